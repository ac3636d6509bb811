"""Built-in timeline readers, registered in :data:`chronik.registry.READERS` (one line each)."""

from ..registry import READERS
from ._ics import IcsReader
from ._json import JsonReader
from ._yaml import YamlReader

READERS.register(YamlReader)
READERS.register(JsonReader)
READERS.register(IcsReader)

__all__ = ["IcsReader", "JsonReader", "YamlReader"]
