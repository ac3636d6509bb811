"""Built-in timeline readers, registered in :data:`chronik.registry.READERS` (one line each).

Each is registered by where it lives and imported when it is first used: reading YAML never
imports the ICS library. The classes are importable from here as before (loaded on first access).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..registry import READERS

if TYPE_CHECKING:
    from ._ics import IcsReader
    from ._json import JsonReader
    from ._yaml import YamlReader

READERS.register_lazy("yaml", "chronik.readers._yaml:YamlReader", suffixes=(".yaml", ".yml"))
READERS.register_lazy("json", "chronik.readers._json:JsonReader", suffixes=(".json",))
READERS.register_lazy("ics", "chronik.readers._ics:IcsReader", suffixes=(".ics", ".ical"))

__all__ = ["IcsReader", "JsonReader", "YamlReader"]

_HOMES = {"IcsReader": "._ics", "JsonReader": "._json", "YamlReader": "._yaml"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_HOMES[name], __name__), name)
