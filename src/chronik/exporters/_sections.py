"""How a chronology is laid out in sections, shared by the Markdown and HTML chronologies.

The sections follow :func:`chronik.ordering.chronology` exactly: reading them top to bottom gives
the entries in the chronology's order. Each entry sits under the heading of its year and month
(known only to the year: a year-only heading; an open start such as "until 1990": a section of its
own); an undated entry sits under the heading of the entry before it. The entries at the end of the
chronology that nothing places in time - no date, and no constraint leading to a dated entry - form
the final "undated" list. No heading stands twice and no entry moves: an entry known only to the
year that the chronology puts among the months of its year, and an entry whose heading stood
further up (a constraint against the dates, zones), stays in the section at hand - its own date
label says when it was. Parts of an entry (a trip's stops) are not listed here: they are nested under their
whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..dates import NEG_INF, POS_INF, PartialDate, Precision, Span
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


def _unplaced(entry: Entry, chron: Chronology) -> bool:
    """No date and no bounds from constraints: nothing says when it was."""
    return entry.interval is None and chron.bounds.get(entry.id, (NEG_INF, POS_INF)) == (NEG_INF, POS_INF)


def _stays(key: _Key, current: _Key, seen: set[_Key], seen_years: set[tuple[str, int]]) -> bool:
    """True when an entry with ``key`` stays in the current section: known only to the current
    year, or its heading already stood further up (the chronology came back to it)."""
    if key[:2] == current[:2]:
        return key[2] is None or key in seen
    return key[:2] in seen_years


def sections(chron: Chronology, words: Words) -> tuple[list[Year], list[Entry]]:
    """The top-level entries by year and month, and the undated ones no constraint places, in order."""
    top = [e for e in chron.entries if e.parent is None]
    cut = len(top)
    while cut > 0 and _unplaced(top[cut - 1], chron):
        cut -= 1
    placed, loose = top[:cut], top[cut:]
    keys = [_key(e, words) for e in placed]
    known = [k for k in keys if k is not None]
    if not known:
        return [], top
    current = known[0]
    seen, seen_years = {current}, {current[:2]}
    runs: list[tuple[_Key, list[Entry]]] = []
    for e, key in zip(placed, keys, strict=True):
        if key is not None and key != current and not _stays(key, current, seen, seen_years):
            current = key
            seen.add(key)
            seen_years.add(key[:2])
        if runs and runs[-1][0] == current:
            runs[-1][1].append(e)
        else:
            runs.append((current, [e]))
    years: list[tuple[str, int, list[tuple[int | None, tuple[Entry, ...]]]]] = []
    for (label, year, month), items in runs:
        if not years or years[-1][:2] != (label, year):
            years.append((label, year, []))
        years[-1][2].append((month, tuple(items)))
    return [Year(label, year, tuple(months)) for label, year, months in years], loose
