"""Built-in exporters, registered in :data:`chronik.registry.EXPORTERS` (one line each)."""

from ..registry import EXPORTERS
from ._csv import CsvExporter
from ._html import HtmlExporter
from ._ics import IcsExporter
from ._json import JsonExporter
from ._jsonld import JsonLdExporter
from ._markdown import MarkdownExporter
from ._markwhen import MarkwhenExporter
from ._timelinejs import TimelineJsExporter

EXPORTERS.register(IcsExporter)
EXPORTERS.register(MarkdownExporter)
EXPORTERS.register(JsonExporter)
EXPORTERS.register(CsvExporter)
EXPORTERS.register(TimelineJsExporter)
EXPORTERS.register(JsonLdExporter)
EXPORTERS.register(MarkwhenExporter)
EXPORTERS.register(HtmlExporter)

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
