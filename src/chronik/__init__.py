"""chronik: turn what was reported about something into an ordered, sourced timeline.

Read a timeline file, order it, and export it::

    import chronik
    tl = chronik.load("seeds/wegner-usa-2024.yaml")
    ics = chronik.dumps(tl, "ics")

The public names are loaded on first use (PEP 562), so ``import chronik`` and ``chronik --help``
stay cheap: a command imports only the modules it needs.
"""

import typing as _typing
from importlib import import_module as _import_module

if _typing.TYPE_CHECKING:
    from .api import default_timeline, dumps, load, loads, render, write_exports
    from .dates import Duration, Interval, PartialDate, Precision, Span, When, parse_when
    from .errors import (
        ChronikError,
        InvalidTimelineError,
        OutputError,
        ReadError,
        TimelineError,
        UnknownFormatError,
    )
    from .model import Citation, Event, Geo, Person, Place, Source, Timeline
    from .ordering import Entry, chronology
    from .registry import EXPORTERS, READERS

__version__ = "0.1.0"

#: Where each public name lives: imported from there on first access.
_HOMES: dict[str, str] = {
    **dict.fromkeys(("default_timeline", "dumps", "load", "loads", "render", "write_exports"), "api"),
    **dict.fromkeys(("Duration", "Interval", "PartialDate", "Precision", "Span", "When", "parse_when"), "dates"),
    **dict.fromkeys(
        (
            "ChronikError",
            "InvalidTimelineError",
            "OutputError",
            "ReadError",
            "TimelineError",
            "UnknownFormatError",
        ),
        "errors",
    ),
    **dict.fromkeys(("Citation", "Event", "Geo", "Person", "Place", "Source", "Timeline"), "model"),
    **dict.fromkeys(("Entry", "chronology"), "ordering"),
    **dict.fromkeys(("EXPORTERS", "READERS"), "api"),  # through api, which registers the built-in formats
}

__all__ = [
    "EXPORTERS",
    "READERS",
    "ChronikError",
    "Citation",
    "Duration",
    "Entry",
    "Event",
    "Geo",
    "Interval",
    "InvalidTimelineError",
    "OutputError",
    "PartialDate",
    "Person",
    "Place",
    "Precision",
    "ReadError",
    "Source",
    "Span",
    "Timeline",
    "TimelineError",
    "UnknownFormatError",
    "When",
    "__version__",
    "chronology",
    "default_timeline",
    "dumps",
    "load",
    "loads",
    "parse_when",
    "render",
    "write_exports",
]


def __getattr__(name: str) -> _typing.Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'chronik' has no attribute {name!r}")
    value = getattr(_import_module(f".{home}", __name__), name)
    globals()[name] = value  # the next access is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
