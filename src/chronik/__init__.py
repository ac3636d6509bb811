"""chronik: turn what was reported about something into an ordered, sourced timeline.

Read a timeline file, order it, and export it::

    import chronik
    tl = chronik.load("seeds/wegner-usa-2024.yaml")
    ics = chronik.dumps(tl, "ics")
"""

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
