"""How a chronology is laid out in sections, shared by the Markdown and HTML chronologies.

Years in the order they first appear (an open start such as "until 1990" is a section of its own);
within a year its months in order, then the entries known only to the year. An undated entry joins
the section of the entry it follows; one with no constraints at all goes to a final "undated" list.
Parts of an entry (a trip's stops) are not listed here: they are nested under their whole.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..dates import PartialDate, Precision, Span
from ..humanize import Words
from ..ordering import Chronology, Entry

__all__ = ["Year", "sections"]

_Key = tuple[str, int, int | None]


@dataclass(frozen=True)
class Year:
    """One year's section: its heading, and its months (``None`` last: known only to the year)."""

    label: str
    year: int
    months: tuple[tuple[int | None, tuple[Entry, ...]], ...]


def _key(entry: Entry, words: Words) -> _Key | None:
    when = entry.when.start if isinstance(entry.when, Span) else entry.when
    if isinstance(when, PartialDate):
        month = when.month if when.precision >= Precision.MONTH else None
        return str(when.year), when.year, month
    if isinstance(entry.when, Span) and entry.when.end is not None:  # open start: "until 1990"
        year = entry.when.end.year
        label = words["until"].format(year)
        return label[:1].upper() + label[1:], year, None
    return None


def sections(chron: Chronology, words: Words) -> tuple[list[Year], list[Entry]]:
    """The top-level entries by year and month, and the undated ones no constraint places."""
    top = [e for e in chron.entries if e.parent is None]
    loose = [e for e in top if e.interval is None and not e.predecessors and not e.before]
    placed = [e for e in top if e not in loose]
    keys = [_key(e, words) for e in placed]
    known = [k for k in keys if k is not None]
    current = known[0] if known else None
    buckets: dict[_Key, list[Entry]] = defaultdict(list)
    for e, key in zip(placed, keys, strict=True):
        current = key or current
        if current is not None:
            buckets[current].append(e)
    years = []
    for label, year in dict.fromkeys((k[0], k[1]) for k in buckets):
        months = [(k[2], tuple(v)) for k, v in buckets.items() if (k[0], k[1]) == (label, year)]
        months.sort(key=lambda m: (m[0] is None, m[0] or 0))
        years.append(Year(label, year, tuple(months)))
    return years, loose + ([] if known else placed)
