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
    """The entry's own day(s) or time, or None when the calendar cannot show it as it is."""
    return _days(entry) or _timed(entry)


def stand_in(entry: Entry, bounds: tuple[int, int], bounds_zone: str) -> Placement | None:
    """An all-day span over a month, a year, or the bounds of an undated entry (for ``partial``).

    ``bounds_zone`` is the zone of the dated entry the bounds come from (a trip's zone for its
    undated stops), so the days are the days that entry was written with.
    """
    when = entry.when
    if isinstance(when, PartialDate) and not when.has_time:
        return Placement(when.first_day(), when.last_day() + timedelta(days=1), False, when.precision.label)
    if isinstance(when, Span) and when.start is not None and when.end is not None and not when.start.has_time:
        precision = min(when.start.precision, when.end.precision).label
        return Placement(when.start.first_day(), when.end.last_day() + timedelta(days=1), False, precision)
    lo, hi = bounds
    if when is None and lo > NEG_INF and hi < POS_INF:
        tz = zone(bounds_zone)
        try:
            first = (_EPOCH + timedelta(seconds=lo)).astimezone(tz).date()
            last = (_EPOCH + timedelta(seconds=max(hi - 1, lo))).astimezone(tz).date()
            return Placement(first, last + timedelta(days=1), False, "undated")
        except (OverflowError, ValueError):  # bounds at the very edge of years 1-9999: nothing to draw
            return None
    return None
