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
            rule["UNTIL"] = run[-1].at.replace(tzinfo=UTC)
        comp.add("RRULE", rule)
    return comp


def vtimezone(name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for IANA zone ``name`` that is exact for every instant in the given years."""
    tz = ZoneInfo(name)
    first_year = max(first_year - 1, 1)
    horizon = last_year + 1
    found = _transitions(tz, first_year, horizon)
    vtz = Timezone()
    vtz.add("TZID", name)
    if not found:
        offset, dst, tzname = _offset(tz, datetime(max(first_year, 1), 1, 1, 12, tzinfo=UTC))
        comp = TimezoneDaylight() if dst else TimezoneStandard()
        comp.add("DTSTART", datetime(1970, 1, 1))
        comp.add("TZOFFSETFROM", offset)
        comp.add("TZOFFSETTO", offset)
        if tzname:
            comp.add("TZNAME", tzname)
        vtz.add_component(comp)
        return vtz
    # The scan starts a year before the first year asked for, so every instant asked for lies
    # after the first transition found: no component is needed for the time before it.
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
