"""Built-in exporters, registered in :data:`chronik.registry.EXPORTERS` (one line each)."""

from ..registry import EXPORTERS
from ._ics import IcsExporter
from ._json import JsonExporter
from ._markdown import MarkdownExporter

EXPORTERS.register(IcsExporter)
EXPORTERS.register(MarkdownExporter)
EXPORTERS.register(JsonExporter)

__all__ = ["IcsExporter", "JsonExporter", "MarkdownExporter"]
