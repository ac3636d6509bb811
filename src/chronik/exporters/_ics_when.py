"""Where an entry goes in a calendar: its DTSTART/DTEND, all-day or timed, or nowhere.

=====================================  ============================================================
day (``2024-11-08``)                   all-day: ``DTSTART;VALUE=DATE``, the next day as ``DTEND``
day span / start + whole days          all-day over several days; ``DTEND`` is the day after the last
date-time (``2024-11-10T11:30``)       ``DTSTART;TZID=…`` (a VTIMEZONE is added); UTC, ``Z`` and fixed
                                       offsets are written in UTC; a point in time gets a ``DTEND`` one
                                       unit of its precision later (a minute, a second): see below
date-time span / start + duration      ``DTSTART``/``DTEND`` with their zone; an end at the start (``11:30/
                                       11:30``, ``PT0M``) is written as a point in time
month, year (``2024-11``, ``1967``)    left out; with ``partial=True`` an all-day span over the whole
                                       month or year, labelled with the precision
undated with bounds from constraints   left out; with ``partial=True`` an all-day span over the bounds,
                                       labelled "date not reported"
open span, undated without bounds      always left out
=====================================  ============================================================

All-day values are computed on calendar dates, never through UTC, so no day shifts by a zone.

A point in time in a calendar (:func:`ics_end`): without ``DTEND`` (or with ``DTEND`` equal to
``DTSTART``), RFC 5545 says a timed event ends as it starts, but clients disagree - icalendar, ical,
vobject, ical.js and Radicale read zero length, khal invents an hour. ``DTEND`` one minute (for a
second-precision time: one second) after ``DTSTART`` is read identically by all six, is no
zero-length event for ``chronik lint``, and says what the time says: ``11:30`` is the minute from
11:30 to 11:31, its interval in the chronology. (``DURATION:PT0S`` is also read alike, but claims a
zero-length instant the source never gave.) The end is computed on the instant, so it is right
across a DST change; :class:`Placement` itself keeps ``end=None`` for the formats that show a point
as a point.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from ..dates import NEG_INF, POS_INF, PartialDate, Precision, Span, zone
from ..ordering import Entry

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_UNIT = {"minute": timedelta(minutes=1), "second": timedelta(seconds=1)}


@dataclass(frozen=True, slots=True)
class Placement:
    """An entry's DTSTART and DTEND (exclusive; None for a point in time)."""

    start: date | datetime
    end: date | datetime | None
    exact: bool = True
    """False for a labelled stand-in span of a month, a year or an undated entry (``partial``)."""
    precision: str = "day"
    """``day``, ``minute``, ``second``, or for stand-ins ``month``, ``year``, ``undated``."""

    @property
    def all_day(self) -> bool:
        """True for a DATE value."""
        return not isinstance(self.start, datetime)


def _days(entry: Entry) -> Placement | None:
    when = entry.when
    if isinstance(when, PartialDate):
        if when.precision == Precision.DAY:
            first = when.first_day()
            return Placement(first, first + timedelta(days=1))
        return None
    if not isinstance(when, Span) or when.start is None or when.start.has_time:
        return None
    if when.start.precision != Precision.DAY or (when.end is not None and when.end.precision != Precision.DAY):
        return None
    last = when.last_day()
    if last is None or (when.duration is not None and when.duration.whole_days is None):
        return None
    return Placement(when.start.first_day(), last + timedelta(days=1))


def _zoned(value: PartialDate, tz: tzinfo, name: str) -> datetime:
    """The date-time to write: local in its zone where that is unambiguous, else the same instant safely.

    A local time in a spring-forward gap is written as the real wall time it means (02:30 -> 03:30,
    the offset before the gap as RFC 5545 3.3.5 says); one in the repeated autumn hour is written in
    UTC (its first occurrence), because clients disagree on which occurrence a local time means.
    """
    moment = value.to_datetime(tz)
    if value.offset is not None or name in ("UTC", "Etc/UTC"):  # no VTIMEZONE for these: write UTC
        return moment.astimezone(UTC)
    real = moment.astimezone(UTC).astimezone(tz)
    if real.replace(tzinfo=None) != moment.replace(tzinfo=None):
        return real
    if moment.replace(fold=1).utcoffset() != moment.utcoffset():
        return moment.astimezone(UTC)
    return moment


def _timed(entry: Entry) -> Placement | None:
    when = entry.when
    tz = zone(entry.zone)
    if isinstance(when, PartialDate) and when.has_time:
        return Placement(_zoned(when, tz, entry.zone), None, precision=when.precision.label)
    if not isinstance(when, Span) or when.start is None or not when.start.has_time:
        return None
    start = _zoned(when.start, tz, entry.zone)
    if when.duration is not None:
        end = (_EPOCH + timedelta(seconds=when.interval(tz).end)).astimezone(start.tzinfo)
        return Placement(start, end, precision=when.start.precision.label)
    if when.end is not None:
        return Placement(start, _zoned(when.end, tz, entry.zone), precision=when.start.precision.label)
    return None


def ics_end(placement: Placement) -> date | datetime:
    """The DTEND to write: the placement's end, or for a point in time (no end, or an end not after
    the start) one unit of its precision after the start, in the start's zone - in UTC when that
    wall time falls in a repeated autumn hour, as :func:`_zoned` writes such a start."""
    start, end = placement.start, placement.end
    if end is not None and (not isinstance(start, datetime) or not isinstance(end, datetime) or end > start):
        return end
    assert isinstance(start, datetime), "an all-day placement always has its end"
    moment = (start.astimezone(UTC) + _UNIT.get(placement.precision, _UNIT["minute"])).astimezone(start.tzinfo)
    if moment.tzinfo is not UTC and moment.replace(fold=1).utcoffset() != moment.replace(fold=0).utcoffset():
        return moment.astimezone(UTC)
    return moment


def exact(entry: Entry) -> Placement | None:
    """The entry's own day(s) or time, or None when the calendar cannot show it as it is.

    None also for a value at the very edge of years 1-9999 whose DTSTART or DTEND would fall outside
    them (the day after 9999-12-31, a time of 0001-01-01 east of UTC written in UTC): no calendar
    date can hold it.
    """
    try:
        placement = _days(entry) or _timed(entry)
        if placement is not None:
            ics_end(placement)
    except (OverflowError, ValueError):
        return None
    return placement


def undated_zones(entry: Entry, bounds: tuple[int, int], by_id: Mapping[str, Entry]) -> tuple[str, str]:
    """The zones to read an undated entry's lower and upper bound in, to get the days it can fall on.

    A bound that is the start or end of a related entry dated to the day (a trip's days, for its
    undated stops) is read in that entry's zone, so it stays the day that entry was written with.
    Any other bound (a time, say "after the 23:30 flight") is read in the entry's own zone: the
    zone of its place, else the timeline's.
    """
    days: dict[int, str] = {}
    todo, seen = [*entry.predecessors, *entry.before], set()
    while todo:
        other = by_id.get(todo.pop(0))
        if other is None or other.id in seen:
            continue
        seen.add(other.id)
        if other.interval is not None:
            if not has_time(other.when):  # days, months, years: their first and last day
                days.setdefault(other.interval.start, other.zone)
                days.setdefault(other.interval.end, other.zone)
        else:
            todo += [*other.predecessors, *other.before]
    lo, hi = bounds
    return days.get(lo, entry.zone), days.get(hi, entry.zone)


def has_time(when: PartialDate | Span | None) -> bool:
    """True when a value (or a span's start or end) has a time of day."""
    if isinstance(when, PartialDate):
        return when.has_time
    if isinstance(when, Span):
        return any(p is not None and p.has_time for p in (when.start, when.end))
    return False


def stand_in(entry: Entry, bounds: tuple[int, int], by_id: Mapping[str, Entry]) -> Placement | None:
    """An all-day span over a month, a year, or the bounds of an undated entry (for ``partial``).

    An undated entry's bounds are read in the zones :func:`undated_zones` gives (a day a trip was
    written with stays that day, a time is read at the undated entry's place); ``by_id`` holds the
    entries it is related to.
    """
    when = entry.when
    try:
        if isinstance(when, PartialDate) and not when.has_time:
            return Placement(when.first_day(), when.last_day() + timedelta(days=1), False, when.precision.label)
        if isinstance(when, Span) and when.start is not None and when.end is not None and not when.start.has_time:
            precision = min(when.start.precision, when.end.precision).label
            return Placement(when.start.first_day(), when.end.last_day() + timedelta(days=1), False, precision)
    except (OverflowError, ValueError):  # ends on 9999-12-31: the day after is no date
        return None
    lo, hi = bounds
    if when is None and lo > NEG_INF and hi < POS_INF:
        lo_zone, hi_zone = undated_zones(entry, bounds, by_id)
        try:
            first = (_EPOCH + timedelta(seconds=lo)).astimezone(zone(lo_zone)).date()
            last = (_EPOCH + timedelta(seconds=max(hi - 1, lo))).astimezone(zone(hi_zone)).date()
            last = max(last, first)
            return Placement(first, last + timedelta(days=1), False, "undated")
        except (OverflowError, ValueError):  # bounds at the very edge of years 1-9999: nothing to draw
            return None
    return None
