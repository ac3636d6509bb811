"""Compact VTIMEZONEs: one STANDARD and one DAYLIGHT rule per era, as calendar clients expect.

icalendar's ``add_missing_timezones()`` writes a long list of RDATEs; Outlook desktop is reported
to misread such zones by an hour. This module reads the real transitions from zoneinfo for the
years a calendar needs and writes each run of same-rule years as one component with an RRULE
(``FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU``), closed with UNTIL when the rule changed later and left
open when it is the zone's current rule. A transition that fits no yearly rule becomes a
component of its own (one DTSTART, no RRULE).

The transitions are found where the zone's data (its TZif transitions and the yearly rule after
them) says they are, read back through zoneinfo to the second, not by reading the zone every day;
the text is written as icalendar writes it (``_ics_write``) and cached per zone and years.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property, lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from . import _ics_write as w

__all__ = ["vtimezone"]

_DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Transition:
    at: datetime  # UTC instant
    before: timedelta
    after: timedelta
    dst: bool
    name: str

    @cached_property
    def local(self) -> datetime:
        """Wall time of the transition in the offset in force before it (RFC 5545 DTSTART)."""
        return (self.at + self.before).replace(tzinfo=None)

    def rule(self, nth: int) -> tuple[object, ...]:
        loc = self.local
        return (self.dst, loc.month, loc.weekday(), nth, loc.time(), self.before, self.after, self.name)


_State = tuple[timedelta, bool, str]


def _offset(tz: ZoneInfo, at: datetime) -> _State:
    local = at.astimezone(tz)
    return local.utcoffset() or timedelta(0), bool(local.dst()), local.tzname() or ""


def _transitions(tz: ZoneInfo, first_year: int, last_year: int) -> list[_Transition]:
    """Every change of offset, DST flag or name between the two years (inclusive).

    The zone is read once a day at noon UTC, and a day whose two readings differ is bisected to the
    second. Only the days next to a transition in the zone's data (:func:`_change_days`) are read:
    any other day has equal readings. What is found is what reading every day would find.
    """
    start = datetime(max(first_year, 1), 1, 1, 12, tzinfo=UTC)
    end = datetime(min(last_year + 1, 9999), 1, 1, 12, tzinfo=UTC)
    days = (end - start).days
    if days <= 0:
        return []
    out = []
    read: dict[int, _State] = {}  # the reading at noon of day k, shared by the days before and after it
    for k, moments in _change_days(tz, start, days):
        cur = start + k * _DAY
        nxt = cur + _DAY
        state = read[k] if k in read else _offset(tz, cur)
        new = read[k + 1] = _offset(tz, nxt)
        if new != state:
            out.append(_Transition(_change(tz, cur, nxt, state, moments), state[0], new[0], new[1], new[2]))
    return out


def _change(tz: ZoneInfo, cur: datetime, nxt: datetime, state: _State, moments: list[int]) -> datetime:
    """The second the zone leaves ``state`` between ``cur`` and ``nxt``, found by bisection.

    When the zone's data has exactly one transition in the day and the readings a second before it
    and at it differ, that transition is the second bisection would find (a bisection to one second,
    rounded down, ends on a whole-second change exactly), so it is taken without bisecting.
    """
    if len(moments) == 1:
        at = datetime.fromtimestamp(moments[0], UTC)
        if _offset(tz, at - _SECOND) == state and _offset(tz, at) == _offset(tz, nxt):
            return at
    lo, hi = cur, nxt
    while hi - lo > _SECOND:
        mid = lo + (hi - lo) / 2
        if _offset(tz, mid) == state:
            lo = mid
        else:
            hi = mid
    return hi.replace(microsecond=0)


@lru_cache(maxsize=256)
def _zone_data(key: str) -> tuple[tuple[int, ...], Any] | None:
    """The zone's transitions (UTC seconds) and its rule after them, from the pure-Python zoneinfo reader.

    None when this Python's zoneinfo does not expose them (then every day is read).
    """
    try:
        reader = importlib.import_module("zoneinfo._zoneinfo")  # reads the same TZif files as the C one
        zone = reader.ZoneInfo.no_cache(key)
        return tuple(int(t) for t in zone._trans_utc), zone._tz_after
    except Exception:  # a private API: any surprise means reading every day
        return None


def _change_days(tz: ZoneInfo, start: datetime, days: int) -> list[tuple[int, list[int]]]:
    """The days (counted from ``start``, fewer than ``days``) whose readings may differ, in order, each
    with the zone's transitions (UTC seconds) inside it: every day within one of a transition."""
    data = _zone_data(str(tz.key))
    if data is None:
        return [(k, []) for k in range(days)]
    trans_utc, after = data
    origin = int(start.timestamp())
    first, last = origin - 2 * 86400, origin + (days + 2) * 86400
    moments = [t for t in trans_utc if first <= t <= last]
    transitions = getattr(after, "transitions", None)
    if transitions is not None:  # a yearly DST rule after the last listed transition
        std = int(after.std.utcoff.total_seconds())
        dst = int(after.dst.utcoff.total_seconds())
        since = datetime.fromtimestamp(trans_utc[-1], UTC).year if trans_utc else start.year
        for year in range(max(since - 1, start.year - 1, 1), min(start.year + days // 365 + 2, 9999) + 1):
            begin, end = transitions(year)  # local wall times: DST begins in standard time, ends in DST
            moments += [int(begin) - std, int(end) - dst]
    found: dict[int, list[int]] = {}
    for t in sorted(set(moments)):
        k = (t - origin) // 86400
        for d in range(k - 1, k + 2):
            if 0 <= d < days:
                found.setdefault(d, [])
        inside = (t - origin - 1) // 86400  # the day whose (noon, next noon] holds t
        if inside in found:
            found[inside].append(t)
    return sorted(found.items())


def _nth_options(local: datetime) -> set[int]:
    """Which BYDAY ordinals describe this day: its week number (1-5) and -1 if it is the last."""
    options = {(local.day - 1) // 7 + 1}
    if (local + timedelta(days=7)).month != local.month:
        options.add(-1)
    return options


def _runs(transitions: list[_Transition]) -> list[list[_Transition]]:
    """Group consecutive yearly transitions of one kind that share a rule."""
    runs: list[list[_Transition]] = []
    for kind in (False, True):
        current: list[_Transition] = []
        shared: set[int] = set()
        for t in (t for t in transitions if t.dst == kind):
            options = _nth_options(t.local)
            if current:
                last = current[-1]
                common = shared & options
                same = last.rule(0)[:3] + last.rule(0)[4:] == t.rule(0)[:3] + t.rule(0)[4:]
                if same and common and t.local.year == last.local.year + 1:
                    current.append(t)
                    shared = common
                    continue
                runs.append(current)
            current, shared = [t], options
        if current:
            runs.append(current)
    return sorted(runs, key=lambda r: r[0].at)


def _component(run: list[_Transition], open_ended: bool) -> list[str]:
    """The STANDARD or DAYLIGHT component of a run, as content lines (properties in icalendar's order)."""
    first = run[0]
    kind = "DAYLIGHT" if first.dst else "STANDARD"
    out = [f"BEGIN:{kind}", f"DTSTART:{w.date_value(first.local)}"]
    if len(run) > 1 or open_ended:
        options = set.intersection(*(_nth_options(t.local) for t in run))
        nth = -1 if -1 in options else min(options)
        # A day after the last change rather than at it: dateutil (vobject, Radicale) reads the
        # UTC "Z" of UNTIL as local time and would drop the last change east of UTC.
        until = "" if open_ended else f";UNTIL={w.date_value(run[-1].at + _DAY)}Z"
        out.append(
            f"RRULE:FREQ=YEARLY{until};BYDAY={nth}{_WEEKDAYS[first.local.weekday()]};BYMONTH={first.local.month}"
        )
    if first.name:
        out.append(f"TZNAME:{w.text(first.name)}")
    out += [f"TZOFFSETFROM:{w.utc_offset(first.before)}", f"TZOFFSETTO:{w.utc_offset(first.after)}", f"END:{kind}"]
    return out


#: VTIMEZONEs start here (or earlier, for older events), so every export of chronik carries the same
#: VTIMEZONE for a zone: some clients (vobject, and so Radicale's CalDAV queries) keep the first one
#: they see per TZID for every calendar on the server. The interop suite stores all sample exports on
#: one Radicale server to hold this.
BASE_YEAR = 1900


def _lead(tz: ZoneInfo, year: int, first: _Transition | None) -> list[str]:
    """The observance in force from 1 January of ``year`` until the first transition (or for ever)."""
    offset, dst, tzname = _offset(tz, datetime(year, 1, 1, 12, tzinfo=UTC))
    kind = "DAYLIGHT" if dst else "STANDARD"
    out = [f"BEGIN:{kind}", f"DTSTART:{w.date_value(datetime(year, 1, 1))}"]
    if tzname:
        out.append(f"TZNAME:{w.text(tzname)}")
    before = w.utc_offset(first.before if first else offset)
    return [*out, f"TZOFFSETFROM:{before}", f"TZOFFSETTO:{before}", f"END:{kind}"]


@lru_cache(maxsize=256)
def vtimezone(name: str, first_year: int, last_year: int) -> str:
    """A VTIMEZONE for IANA zone ``name``, exact for every instant from 1900 (or ``first_year``) to
    ``last_year``, as text (CRLF line endings), byte for byte as icalendar writes it.

    Clients take the offset before a zone's first observance to be UTC, so the first observance
    starts on 1 January of the first year covered. Every range that reaches back to the same year
    and forward to the same horizon shares one computation.
    """
    return _vtimezone(name, max(min(first_year, BASE_YEAR) - 1, 1), max(last_year, BASE_YEAR) + 1)


@lru_cache(maxsize=256)
def _vtimezone(name: str, start: int, horizon: int) -> str:
    tz = ZoneInfo(name)
    found = _transitions(tz, start, horizon)
    out = ["BEGIN:VTIMEZONE", f"TZID:{w.text(name)}"]
    if not found or found[0].at > datetime(start + 1, 1, 1, tzinfo=UTC):
        out += _lead(tz, start, found[0] if found else None)
    runs = _runs(found)
    last_of_kind = {
        kind: max((r for r in runs if r[0].dst == kind), key=lambda r: r[-1].at, default=None) for kind in (False, True)
    }
    for run in runs:
        yearly = len(run) > 1 and run[-1].local.year >= horizon
        still = run is last_of_kind[run[0].dst] and yearly and _continues(tz, run)
        out += _component(run, still)
    out.append("END:VTIMEZONE")
    return w.lines(out)


def _continues(tz: ZoneInfo, run: list[_Transition]) -> bool:
    """True when the zone still follows this run's rule in the far future (its current rule)."""
    last = run[-1]
    later = _transitions(tz, last.local.year + 5, last.local.year + 6)
    same = [t for t in later if t.dst == last.dst]
    return bool(same) and same[0].rule(0)[:3] + same[0].rule(0)[4:] == last.rule(0)[:3] + last.rule(0)[4:]
