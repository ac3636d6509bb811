"""Partial dates, spans and durations in EDTF notation; their intervals in UTC.

chronik writes every date as EDTF (Extended Date/Time Format, Library of Congress, levels 0 and 1):

=========================  ==========================================================
``1967``                   a year (precision: year)
``2024-11``                a month
``2024-11-08``             a day
``2024-11-10T11:30``       a local date-time; its zone comes from the place or timeline
``2024-11-10T16:30Z``      a date-time in UTC (or with an offset such as ``+01:00``)
``2024-11~`` ``2024?``     approximate (``~``), uncertain (``?``) or both (``%``)
``2024-11-10/2024-11-16``  a span; the end day is included, as people write it
``2024-11-10/P5D``         a start and an ISO 8601 duration (here: 10 to 14 November)
``../2024`` ``2024-11/``   an open (``..``) or unknown (empty) end of a span
=========================  ==========================================================

Each value resolves to a half-open interval ``[start, end)`` of UTC seconds (:class:`Interval`), given
the IANA zone the value is local to. Precision is data: ``2024-11`` stays a month; it is never
pinned to a day. Partial dates deliberately have no ``<``: two overlapping dates are neither
before nor after each other, so sorting uses :func:`chronik.ordering.sort_key` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from enum import IntEnum
from functools import lru_cache
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

__all__ = [
    "Duration",
    "Interval",
    "PartialDate",
    "Precision",
    "Span",
    "WallTime",
    "When",
    "parse_duration",
    "parse_partial_date",
    "parse_when",
    "real_wall_time",
    "span_problem",
    "utc_iso",
    "wall_time",
    "zone",
    "zone_names",
]

Qualifier = Literal["", "?", "~", "%"]

DAY_SECONDS = 86_400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
#: Bounds used for open or unknown interval ends: far outside any representable date.
NEG_INF = -(10**13)
POS_INF = 10**13


class Precision(IntEnum):
    """How much of a date is known; larger is finer."""

    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4
    SECOND = 5

    @property
    def label(self) -> str:
        """Lower-case name used in JSON and on the command line."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Interval:
    """A half-open interval ``[start, end)`` of seconds since 1970-01-01T00:00Z.

    An open or unknown end is ``NEG_INF``/``POS_INF``.
    """

    start: int
    end: int

    def before(self, other: Interval) -> bool:
        """True when this interval certainly ends before ``other`` begins."""
        return self.end <= other.start

    def contains(self, other: Interval) -> bool:
        """True when ``other`` lies wholly inside this interval."""
        return self.start <= other.start and other.end <= self.end


#: Names the zone database holds that are no IANA zone: the system's own zone, the template
#: for POSIX rules, a placeholder, and the copies of the database with other leap-second rules.
_NOT_IANA = frozenset({"localtime", "posixrules", "Factory"})


@lru_cache(maxsize=1)
def zone_names() -> frozenset[str]:
    """Every IANA zone name chronik accepts: the zones of the tz database and their links
    (``Europe/Berlin``, ``US/Eastern``, ``UTC``, ``Etc/GMT+5``), nothing else."""
    return frozenset(
        name for name in available_timezones() if name not in _NOT_IANA and not name.startswith(("posix/", "right/"))
    )


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name``; raises ValueError naming it when it is no IANA zone name.

    Only names of the tz database are zones: ``localtime``, ``posixrules``, ``Factory``, paths and
    the ``posix/`` and ``right/`` copies are refused, so a timeline means the same on every machine.
    """
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*", name) or len(name) > 64:
        raise ValueError(f"'{name}' is not an IANA time zone name (like 'Europe/Berlin')")
    if name not in zone_names():
        raise ValueError(f"'{name}' is not a known IANA time zone (like 'Europe/Berlin')")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"'{name}' is not a known IANA time zone (like 'Europe/Berlin')") from None


WallTime = Literal["ok", "gap", "fold"]


def wall_time(value: PartialDate, tz: tzinfo) -> WallTime:
    """Whether a local date-time exists once in ``tz``: ``ok``; ``gap`` when the clocks skip it
    (spring forward); ``fold`` when it happens twice (the repeated autumn hour). A date, or a
    date-time with a fixed offset, is always ``ok``."""
    if value.hour is None or value.offset is not None:
        return "ok"
    try:
        local = value.to_datetime(tz).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return "ok"
    before, after = (tz.utcoffset(local.replace(fold=f)) for f in (0, 1))
    if before is None or after is None or before == after:
        return "ok"
    return "gap" if before < after else "fold"


def real_wall_time(value: PartialDate, tz: tzinfo) -> PartialDate:
    """A local time the clocks skipped, as the wall time it means (RFC 5545 3.3.5: read with the
    offset before the change, so 02:30 on a spring-forward night in Berlin is 03:30); any other
    value unchanged. For readers of calendars, which may hold such times; a timeline may not."""
    if wall_time(value, tz) != "gap":
        return value
    real = value.to_datetime(tz).astimezone(UTC).astimezone(tz)
    second = real.second if value.second is not None else None
    return PartialDate(real.year, real.month, real.day, real.hour, real.minute, second, None, value.qualifier)


def _naive_to_utc(ordinal: int, second_of_day: int, tz: tzinfo) -> int:
    """Local wall time (day ordinal, second of day) in ``tz`` -> UTC seconds."""
    naive = (ordinal - _EPOCH_ORDINAL) * DAY_SECONDS + second_of_day
    try:
        local = datetime.fromordinal(ordinal) + timedelta(seconds=second_of_day)
    except (ValueError, OverflowError):  # beyond year 9999 or before year 1
        local = datetime.max if ordinal > 1 else datetime.min
    offset = tz.utcoffset(local) or timedelta(0)
    return naive - int(offset.total_seconds())


def utc_iso(seconds: int) -> str | None:
    """``2024-11-09T23:00:00Z`` for UTC seconds; None for an open bound.

    The few instants just outside years 1-9999 (year 1 east of UTC, 9999 west of it) are written
    with ISO 8601 years 0000 and 10000 rather than failing.
    """
    if seconds <= NEG_INF or seconds >= POS_INF:
        return None
    days, sod = divmod(seconds, DAY_SECONDS)
    ordinal = days + _EPOCH_ORDINAL
    hh, rest = divmod(sod, 3600)
    clock = f"T{hh:02d}:{rest // 60:02d}:{rest % 60:02d}Z"
    if ordinal < 1:
        return f"0000-12-{31 + ordinal:02d}{clock}"
    if ordinal > date.max.toordinal():
        return f"10000-01-{ordinal - date.max.toordinal():02d}{clock}"
    return date.fromordinal(ordinal).isoformat() + clock


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def _add_months(year: int, month: int, day: int, months: int) -> tuple[int, int, int]:
    index = year * 12 + (month - 1) + months
    y, m = divmod(index, 12)
    if not 1 <= y <= 9999:
        raise ValueError("the duration reaches beyond the years 1 to 9999")
    return y, m + 1, min(day, _days_in_month(y, m + 1))


@dataclass(frozen=True, slots=True)
class Duration:
    """An ISO 8601 duration such as ``P5D``, ``P1Y2M``, ``PT3H30M`` or ``P2W``."""

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: int = 0

    def __str__(self) -> str:
        date_part = "".join(
            f"{n}{u}" for n, u in ((self.years, "Y"), (self.months, "M"), (self.weeks, "W"), (self.days, "D")) if n
        )
        time_part = "".join(f"{n}{u}" for n, u in ((self.hours, "H"), (self.minutes, "M"), (self.seconds, "S")) if n)
        return "P" + date_part + (f"T{time_part}" if time_part else "") if (date_part or time_part) else "P0D"

    @property
    def whole_days(self) -> int | None:
        """The length in days when it is given in weeks and days only, else None."""
        if self.years or self.months or self.hours or self.minutes or self.seconds:
            return None
        return self.weeks * 7 + self.days

    def add_to(self, ordinal: int, second_of_day: int) -> tuple[int, int]:
        """Add this duration to a local wall time (calendar arithmetic for years and months)."""
        if self.years or self.months:
            d = date.fromordinal(ordinal)
            y, m, dd = _add_months(d.year, d.month, d.day, self.years * 12 + self.months)
            ordinal = date(y, m, dd).toordinal()
        total = second_of_day + self.hours * 3600 + self.minutes * 60 + self.seconds
        extra_days, second_of_day = divmod(total, DAY_SECONDS)
        return ordinal + (self.weeks * 7 + self.days) + extra_days, second_of_day


_DURATION = re.compile(
    r"P(?:(?P<Y>\d{1,4})Y)?(?:(?P<Mo>\d{1,5})M)?(?:(?P<W>\d{1,6})W)?(?:(?P<D>\d{1,7})D)?"
    r"(?:T(?:(?P<H>\d{1,8})H)?(?:(?P<Mi>\d{1,9})M)?(?:(?P<S>\d{1,10})S)?)?"
)


def parse_duration(text: str) -> Duration:
    """Parse an ISO 8601 duration (whole numbers only).

    >>> str(parse_duration("P5D")), parse_duration("P1W").whole_days
    ('P5D', 7)
    """
    m = _DURATION.fullmatch(text)
    if m is None or text in ("P", "PT") or text.endswith("T"):
        raise ValueError(f"'{text}' is not an ISO 8601 duration (like 'P5D', 'P2W' or 'PT3H')")
    g = {k: int(v) if v else 0 for k, v in m.groupdict().items()}
    dur = Duration(g["Y"], g["Mo"], g["W"], g["D"], g["H"], g["Mi"], g["S"])
    total_days = dur.years * 366 + dur.months * 31 + dur.weeks * 7 + dur.days
    total_days += (dur.hours * 3600 + dur.minutes * 60 + dur.seconds) // DAY_SECONDS
    if total_days > 3_660_000:
        raise ValueError(f"the duration '{text}' is longer than 10,000 years")
    return dur


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to year, month, day, minute or second precision, optionally qualified.

    ``offset`` is a fixed UTC offset in minutes for date-times written with ``Z`` or ``+01:00``;
    otherwise a date-time is local to the zone passed to :meth:`interval`.
    """

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    offset: int | None = None
    qualifier: Qualifier = ""
    precision: Precision = field(init=False, repr=False, compare=False)
    """The finest part that is known (derived from the parts; stored, as every exporter asks for it)."""

    def __post_init__(self) -> None:
        if self.second is not None:
            precision = Precision.SECOND
        elif self.minute is not None:
            precision = Precision.MINUTE
        elif self.day is not None:
            precision = Precision.DAY
        elif self.month is not None:
            precision = Precision.MONTH
        else:
            precision = Precision.YEAR
        object.__setattr__(self, "precision", precision)

    @property
    def approximate(self) -> bool:
        """EDTF ``~`` or ``%``: the value is about right."""
        return self.qualifier in ("~", "%")

    @property
    def uncertain(self) -> bool:
        """EDTF ``?`` or ``%``: the source is not sure of the value."""
        return self.qualifier in ("?", "%")

    @property
    def has_time(self) -> bool:
        """True for date-times (minute or second precision)."""
        return self.hour is not None

    def __str__(self) -> str:
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        if self.hour is not None:
            out += f"T{self.hour:02d}:{self.minute or 0:02d}"
            if self.second is not None:
                out += f":{self.second:02d}"
            if self.offset is not None:
                out += _format_offset(self.offset)
        return out + self.qualifier

    def first_day(self) -> date:
        """The first calendar day the value can fall on."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The last calendar day the value can fall on."""
        if self.day is not None:
            return date(self.year, self.month or 1, self.day)
        if self.month is not None:
            return date(self.year, self.month, _days_in_month(self.year, self.month))
        return date(self.year, 12, 31)

    def local_start(self) -> tuple[int, int]:
        """(day ordinal, second of day) of the earliest local wall time."""
        sod = (self.hour or 0) * 3600 + (self.minute or 0) * 60 + (self.second or 0)
        return self.first_day().toordinal(), sod

    def local_end(self) -> tuple[int, int]:
        """(day ordinal, second of day) just after the latest local wall time (exclusive)."""
        if self.hour is not None:
            ordinal, sod = self.local_start()
            sod += 1 if self.second is not None else 60
            return (ordinal + 1, 0) if sod >= DAY_SECONDS else (ordinal, sod)
        return self.last_day().toordinal() + 1, 0

    def tz(self, default: tzinfo) -> tzinfo:
        """The zone this value is local to: its fixed offset, else ``default``."""
        if self.offset is None:
            return default
        return _fixed_zone(self.offset)

    def interval(self, tz: tzinfo) -> Interval:
        """``[earliest, latest)`` in UTC seconds, reading local values in ``tz``.

        A date-time lasts its minute (or second) on the UTC line: ``2024-10-27T02:59`` in
        Europe/Berlin (its first occurrence) ends one minute later, not at 03:00 local, which
        comes an hour and a minute later. A date runs from its first local midnight to the next.
        """
        if self.offset is not None:
            tz = _fixed_zone(self.offset)
        year, month, day, hour = self.year, self.month, self.day, self.hour
        if 1 < year < 9999:  # the fast path: no wall time here lies outside years 1-9999
            try:
                if hour is not None:
                    minute, second = self.minute or 0, self.second
                    local = datetime(year, month or 1, day or 1, hour, minute, second or 0)
                    offset = tz.utcoffset(local)
                    start = (local.toordinal() - _EPOCH_ORDINAL) * DAY_SECONDS + hour * 3600 + minute * 60
                    start += (second or 0) - (int(offset.total_seconds()) if offset else 0)
                    return Interval(start, start + (1 if second is not None else 60))
                first = datetime(year, month or 1, day or 1)
            except ValueError:  # a value no parser makes (hour 24, day 0): the general path says what it means
                pass
            else:
                ordinal = first.toordinal()
                if day is not None:
                    days = 1
                elif month is not None:
                    days = _days_in_month(year, month)
                else:
                    days = 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365
                offset = tz.utcoffset(first)
                start = (ordinal - _EPOCH_ORDINAL) * DAY_SECONDS - (int(offset.total_seconds()) if offset else 0)
                offset = tz.utcoffset(datetime.fromordinal(ordinal + days))
                end = (ordinal + days - _EPOCH_ORDINAL) * DAY_SECONDS - (int(offset.total_seconds()) if offset else 0)
                return Interval(start, end)
        start = _naive_to_utc(*self.local_start(), tz)
        if hour is not None:
            return Interval(start, start + (1 if self.second is not None else 60))
        return Interval(start, _naive_to_utc(*self.local_end(), tz))

    def to_datetime(self, tz: tzinfo) -> datetime:
        """The aware date-time of a date-time value (minute or second precision)."""
        if self.hour is None or self.day is None or self.month is None:
            raise ValueError(f"'{self}' has no time of day")
        return datetime(
            self.year, self.month, self.day, self.hour, self.minute or 0, self.second or 0, tzinfo=self.tz(tz)
        )


@lru_cache(maxsize=256)
def _fixed_zone(minutes: int) -> timezone:
    """The fixed UTC offset of ``minutes`` as a zone (equal to a new ``timezone`` of it; made once)."""
    return timezone(timedelta(minutes=minutes))


def _format_offset(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    h, m = divmod(abs(minutes), 60)
    return f"{sign}{h:02d}:{m:02d}"


@dataclass(frozen=True, slots=True)
class Span:
    """A span between two partial dates, or a start plus a duration.

    ``start``/``end`` are None for an unknown end (EDTF empty) or an open one (``..``,
    ``start_open``/``end_open``). The end date is inclusive: ``2024-11-10/2024-11-16`` covers seven days.
    """

    start: PartialDate | None
    end: PartialDate | None = None
    duration: Duration | None = None
    start_open: bool = False
    end_open: bool = False

    @property
    def precision(self) -> Precision:
        """The precision of the start, or of the end when the start is not known."""
        known = self.start or self.end
        return known.precision if known is not None else Precision.YEAR

    def __str__(self) -> str:
        left = str(self.start) if self.start is not None else (".." if self.start_open else "")
        if self.duration is not None:
            return f"{left}/{self.duration}"
        right = str(self.end) if self.end is not None else (".." if self.end_open else "")
        return f"{left}/{right}"

    def end_local(self) -> tuple[int, int] | None:
        """(ordinal, second) just after the span's latest possible end, local; None if unbounded."""
        if self.duration is not None and self.start is not None:
            if self.start.has_time:
                return self.duration.add_to(*self.start.local_start())
            last_start = self.start.local_end()[0] - 1
            ordinal, sod = self.duration.add_to(last_start, 0)
            return (ordinal + 1 if sod else ordinal), 0
        return self.end.local_end() if self.end is not None else None

    def last_day(self) -> date | None:
        """The inclusive last day (for a date span with a duration, the day the duration ends)."""
        if self.end is not None:
            return self.end.last_day()
        end = self.end_local()
        if end is None:
            return None
        ordinal, sod = end
        return date.fromordinal(ordinal - 1 if sod == 0 else ordinal)

    def interval(self, tz: tzinfo) -> Interval:
        """``[earliest start, latest end)`` in UTC seconds."""
        start = self.start.interval(tz).start if self.start is not None else NEG_INF
        if self.end is not None:
            return Interval(start, self.end.interval(tz).end)
        end_local = self.end_local()
        if end_local is None:
            return Interval(start, POS_INF)
        return Interval(start, _naive_to_utc(*end_local, self.start.tz(tz) if self.start else tz))


When = PartialDate | Span

_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:T(?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?"
    r"(?P<q>[?~%])?"
)
_HINT = "expected EDTF like 1967, 2024-11, 2024-11-08, 2024-11-10T11:30 or 2024-11-10/2024-11-16"


def parse_partial_date(text: str) -> PartialDate:
    """Parse one EDTF date or date-time (no spans).

    >>> parse_partial_date("2024-11").precision.label
    'month'
    >>> str(parse_partial_date("2024-11-10T11:30+01:00"))
    '2024-11-10T11:30+01:00'
    """
    m = _DATE.fullmatch(text)
    if m is None:
        raise ValueError(_explain_bad_date(text))
    g = m.groupdict()
    year = int(g["y"])
    if year == 0:
        raise ValueError(f"'{text}' is not a valid date: years before 1 are not supported")
    month = int(g["m"]) if g["m"] else None
    if month is not None and 21 <= month <= 41:
        raise ValueError(f"'{text}': EDTF seasons (21-41) are not supported; give the months as a span")
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{text}' is not a valid date: month {month} does not exist")
    day = int(g["d"]) if g["d"] else None
    if day is not None and month is not None and not 1 <= day <= _days_in_month(year, month):
        raise ValueError(f"'{text}' is not a valid date: {year:04d}-{month:02d} has no day {day}")
    hour = int(g["H"]) if g["H"] else None
    minute = int(g["M"]) if g["M"] else None
    second = int(g["S"]) if g["S"] else None
    if hour is not None and (hour > 23 or (minute or 0) > 59 or (second or 0) > 59):
        raise ValueError(f"'{text}' is not a valid time of day (00:00 to 23:59:59)")
    offset = _parse_offset(text, g["tz"]) if g["tz"] else None
    if hour is not None and g["q"]:
        raise ValueError(f"'{text}': the qualifiers ? ~ % apply to dates, not to date-times")
    qualifier: Qualifier = g["q"] or ""  # type: ignore[assignment]
    return PartialDate(year, month, day, hour, minute, second, offset, qualifier)


def _parse_offset(text: str, raw: str) -> int:
    if raw == "Z":
        return 0
    digits = raw[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 14 or minutes > 59:
        raise ValueError(f"'{text}' has an impossible UTC offset '{raw}'")
    return (hours * 60 + minutes) * (1 if raw[0] == "+" else -1)


def _explain_bad_date(text: str) -> str:
    if re.fullmatch(r"Y-?\d{5,}.*|\d{5,}(-.*)?", text):
        return f"'{text}' is not supported: years beyond 9999 cannot be represented"
    if re.fullmatch(r"-\d+.*", text):
        return f"'{text}' is not supported: years before 1 cannot be represented"
    if re.fullmatch(r"[0-9Xx]{4}(-[0-9Xx]{2}){0,2}[?~%]?", text):
        return f"'{text}': unspecified digits (X) are not supported; give only the known part, like 2024-11"
    if re.fullmatch(r"\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}", text.strip()):
        return f"'{text}' is not an EDTF date; write it year first, like 2024-11-08"
    return f"'{text}' is not a valid date ({_HINT})"


def parse_when(text: str) -> When:
    """Parse the ``when`` of an event: a partial date, a span, or a start with a duration.

    >>> str(parse_when("2024-11-10/P5D").last_day())
    '2024-11-14'
    """
    text = text.strip()
    if "/" not in text:
        return parse_partial_date(text)
    left, _, right = text.partition("/")
    if "/" in right:
        raise ValueError(f"'{text}' has more than one '/' ({_HINT})")
    start = None if left in ("", "..") else parse_partial_date(left)
    if right.startswith(("-P", "+P")):
        raise ValueError(f"'{text}': a duration cannot have a sign; give the earlier date first, like 2024-11-10/P5D")
    if right.startswith("P"):
        if start is None:
            raise ValueError(f"'{text}': a duration needs a known start, like 2024-11-10/P5D")
        try:
            duration = parse_duration(right)
        except ValueError as err:
            raise ValueError(f"'{text}': {err}") from None
        if duration == Duration():
            raise ValueError(f"'{text}': a duration must be longer than zero; for a single date write just '{start}'")
        return Span(start, duration=duration)
    end = None if right in ("", "..") else parse_partial_date(right)
    if start is None and end is None:
        raise ValueError(f"'{text}' has neither start nor end; leave 'when' out for an unknown date")
    span = Span(start, end, start_open=left == "..", end_open=right == "..")
    if start is not None and end is not None:
        if start.has_time != end.has_time:
            raise ValueError(f"'{text}' mixes a date and a date-time; give both ends the same form")
        if (start.offset is None) == (end.offset is None):  # else only the zone can tell: see span_problem
            problem = span_problem(span, UTC)
            if problem:
                raise ValueError(problem)
    return span


def span_problem(when: When, tz: tzinfo) -> str | None:
    """Why ``when``, read in ``tz``, is no interval of time, or None when it is one.

    A span must end after it starts: a day span may end on its first day (``2024-11-10/2024-11-10``
    is that day), but a span of date-times must end at a later instant than its start
    (``T10:00/T10:00`` has no length; write the single time instead).
    """
    if not isinstance(when, Span) or when.start is None:
        return None
    iv = when.interval(tz)
    if when.end is not None and when.start.has_time:
        if when.end.interval(tz).start <= iv.start:
            same = when.end.interval(tz).start == iv.start
            return (
                f"'{when}' ends {'when' if same else 'before'} it starts; a span of times needs an end after its "
                f"start (for a single time write just '{when.start}')"
            )
        return None
    if iv.end <= iv.start:
        return f"'{when}' ends before it starts"
    return None
