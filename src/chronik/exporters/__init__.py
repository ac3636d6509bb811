"""Built-in exporters, registered in :data:`chronik.registry.EXPORTERS` (one line each).

Each is registered by where it lives and imported when it is first used: writing Markdown never
imports the ICS library. The classes are importable from here as before (loaded on first access).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..registry import EXPORTERS

if TYPE_CHECKING:
    from ._csv import CsvExporter
    from ._html import HtmlExporter
    from ._ics import IcsExporter
    from ._json import JsonExporter
    from ._jsonld import JsonLdExporter
    from ._markdown import MarkdownExporter
    from ._markwhen import MarkwhenExporter
    from ._timelinejs import TimelineJsExporter

EXPORTERS.register_lazy("ics", "chronik.exporters._ics:IcsExporter", suffixes=(".ics",))
EXPORTERS.register_lazy("md", "chronik.exporters._markdown:MarkdownExporter", suffixes=(".md",))
EXPORTERS.register_lazy("json", "chronik.exporters._json:JsonExporter", suffixes=(".json",))
EXPORTERS.register_lazy("csv", "chronik.exporters._csv:CsvExporter", suffixes=(".csv",))
EXPORTERS.register_lazy(
    "timelinejs", "chronik.exporters._timelinejs:TimelineJsExporter", suffixes=(".timelinejs.json",)
)
EXPORTERS.register_lazy("jsonld", "chronik.exporters._jsonld:JsonLdExporter", suffixes=(".jsonld",))
EXPORTERS.register_lazy("markwhen", "chronik.exporters._markwhen:MarkwhenExporter", suffixes=(".mw",))
EXPORTERS.register_lazy("html", "chronik.exporters._html:HtmlExporter", suffixes=(".html",))

__all__ = [
    "CsvExporter",
    "HtmlExporter",
    "IcsExporter",
    "JsonExporter",
    "JsonLdExporter",
    "MarkdownExporter",
    "MarkwhenExporter",
    "TimelineJsExporter",
]

_HOMES = {
    "CsvExporter": "._csv",
    "HtmlExporter": "._html",
    "IcsExporter": "._ics",
    "JsonExporter": "._json",
    "JsonLdExporter": "._jsonld",
    "MarkdownExporter": "._markdown",
    "MarkwhenExporter": "._markwhen",
    "TimelineJsExporter": "._timelinejs",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name], __name__), name)
