"""Compact VTIMEZONEs: one STANDARD and one DAYLIGHT rule per era, as calendar clients expect.

icalendar's ``add_missing_timezones()`` writes a long list of RDATEs; Outlook desktop is reported
to misread such zones by an hour. This module reads the real transitions from zoneinfo for the
years a calendar needs and writes each run of same-rule years as one component with an RRULE
(``FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU``), closed with UNTIL when the rule changed later and left
open when it is the zone's current rule. A transition that fits no yearly rule becomes a
component of its own (one DTSTART, no RRULE).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

__all__ = ["vtimezone"]

_DAY = timedelta(days=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Transition:
    at: datetime  # UTC instant
    before: timedelta
    after: timedelta
    dst: bool
    name: str

    @property
    def local(self) -> datetime:
        """Wall time of the transition in the offset in force before it (RFC 5545 DTSTART)."""
        return (self.at + self.before).replace(tzinfo=None)

    def rule(self, nth: int) -> tuple[object, ...]:
        loc = self.local
        return (self.dst, loc.month, loc.weekday(), nth, loc.time(), self.before, self.after, self.name)


def _offset(tz: ZoneInfo, at: datetime) -> tuple[timedelta, bool, str]:
    local = at.astimezone(tz)
    return local.utcoffset() or timedelta(0), bool(local.dst()), local.tzname() or ""


def _transitions(tz: ZoneInfo, first_year: int, last_year: int) -> list[_Transition]:
    """Every change of offset, DST flag or name between the two years (inclusive), found by bisection."""
    start = datetime(max(first_year, 1), 1, 1, 12, tzinfo=UTC)
    end = datetime(min(last_year + 1, 9999), 1, 1, 12, tzinfo=UTC)
    out = []
    cur, state = start, _offset(tz, start)
    while cur < end:
        nxt = min(cur + _DAY, end)
        new = _offset(tz, nxt)
        if new != state:
            lo, hi = cur, nxt
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if _offset(tz, mid) == state:
                    lo = mid
                else:
                    hi = mid
            at = hi.replace(microsecond=0)
            out.append(_Transition(at, state[0], new[0], new[1], new[2]))
            state = new
        cur = nxt
    return out


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


def _component(run: list[_Transition], open_ended: bool) -> TimezoneStandard | TimezoneDaylight:
    first = run[0]
    comp = TimezoneDaylight() if first.dst else TimezoneStandard()
    comp.add("DTSTART", first.local)
    comp.add("TZOFFSETFROM", first.before)
    comp.add("TZOFFSETTO", first.after)
    if first.name:
        comp.add("TZNAME", first.name)
    if len(run) > 1 or open_ended:
        options = set.intersection(*(_nth_options(t.local) for t in run))
        nth = -1 if -1 in options else min(options)
        rule: dict[str, object] = {
            "FREQ": "YEARLY",
            "BYMONTH": first.local.month,
            "BYDAY": f"{nth}{_WEEKDAYS[first.local.weekday()]}",
        }
        if not open_ended:
            # A day after the last change rather than at it: dateutil (vobject, Radicale) reads the
            # UTC "Z" of UNTIL as local time and would drop the last change east of UTC.
            rule["UNTIL"] = run[-1].at.replace(tzinfo=UTC) + _DAY
        comp.add("RRULE", rule)
    return comp


#: VTIMEZONEs start here (or earlier, for older events), so every export of chronik carries the same
#: VTIMEZONE for a zone: some clients (vobject, and so Radicale's CalDAV queries) keep the first one
#: they see per TZID for every calendar on the server. The interop suite stores all sample exports on
#: one Radicale server to hold this.
BASE_YEAR = 1900


def _lead(tz: ZoneInfo, year: int, first: _Transition | None) -> TimezoneStandard | TimezoneDaylight:
    """The observance in force from 1 January of ``year`` until the first transition (or for ever)."""
    offset, dst, tzname = _offset(tz, datetime(year, 1, 1, 12, tzinfo=UTC))
    comp = TimezoneDaylight() if dst else TimezoneStandard()
    comp.add("DTSTART", datetime(year, 1, 1))
    comp.add("TZOFFSETFROM", first.before if first else offset)
    comp.add("TZOFFSETTO", first.before if first else offset)
    if tzname:
        comp.add("TZNAME", tzname)
    return comp


@lru_cache(maxsize=64)
def vtimezone(name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for IANA zone ``name``, exact for every instant from 1900 (or ``first_year``) to ``last_year``.

    Clients take the offset before a zone's first observance to be UTC, so the first observance
    starts on 1 January of the first year covered.
    """
    tz = ZoneInfo(name)
    start = max(min(first_year, BASE_YEAR) - 1, 1)
    horizon = max(last_year, BASE_YEAR) + 1
    found = _transitions(tz, start, horizon)
    vtz = Timezone()
    vtz.add("TZID", name)
    if not found or found[0].at > datetime(start + 1, 1, 1, tzinfo=UTC):
        vtz.add_component(_lead(tz, start, found[0] if found else None))
    runs = _runs(found)
    last_of_kind = {
        kind: max((r for r in runs if r[0].dst == kind), key=lambda r: r[-1].at, default=None) for kind in (False, True)
    }
    for run in runs:
        yearly = len(run) > 1 and run[-1].local.year >= horizon
        still = run is last_of_kind[run[0].dst] and yearly and _continues(tz, run)
        vtz.add_component(_component(run, still))
    return vtz


def _continues(tz: ZoneInfo, run: list[_Transition]) -> bool:
    """True when the zone still follows this run's rule in the far future (its current rule)."""
    last = run[-1]
    later = _transitions(tz, last.local.year + 5, last.local.year + 6)
    same = [t for t in later if t.dst == last.dst]
    return bool(same) and same[0].rule(0)[:3] + same[0].rule(0)[4:] == last.rule(0)[:3] + last.rule(0)[4:]
