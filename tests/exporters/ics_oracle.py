"""The ICS export as it was built through icalendar's object tree: the oracle the streaming writer is tested against.

:class:`OracleIcsExporter` builds a ``Calendar`` of ``Event`` and ``Timezone`` components and calls
``to_ical``; :func:`vtimezone` finds a zone's transitions by stepping day by day. Both are the
implementations chronik used before its own content-line writer, kept here unchanged so that every
difference in bytes shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import ClassVar
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vDuration, vText

from chronik.exporters import _ics_text as txt
from chronik.exporters._ics_when import Placement, exact, ics_end, stand_in
from chronik.humanize import Words
from chronik.model import Timeline
from chronik.ordering import Chronology, Entry, chronology, entries

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


@cache
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


DEFAULT_PRODID = "-//chronik//chronik timeline export//EN"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STATUS = {"tentative": "TENTATIVE", "cancelled": "CANCELLED"}


class OracleIcsExporter:
    """An iCalendar file (``text/calendar``) of every entry with a day or a time."""

    name: ClassVar[str] = "ics"
    suffix: ClassVar[str] = ".ics"
    media_type: ClassVar[str] = "text/calendar"

    def __init__(
        self,
        *,
        language: str | None = None,
        domain: str = "chronik.invalid",
        prodid: str = DEFAULT_PRODID,
        stamp: datetime | None = None,
        partial: bool = False,
    ) -> None:
        self.language = language
        self.domain = domain
        self.prodid = prodid
        self.stamp = stamp
        self.partial = partial

    def export(self, timeline: Timeline, /) -> str:
        """The calendar as text with CRLF line endings."""
        words = Words(self.language or timeline.language)
        cal = self._calendar(timeline, words.language)
        chron = chronology(timeline)
        children = chron.parts()
        stamp = self._stamp(timeline)
        placed = self._placed(chron)
        in_calendar = {e.id for e, _ in placed}
        events = [self._event(timeline, e, placement, words, stamp, children) for e, placement in placed]
        for (e, _), event in zip(placed, events, strict=True):
            if e.parent in in_calendar:  # the part-of relation, for clients that show it and for import
                event.add("RELATED-TO", self._uid(e.parent, timeline), parameters={"RELTYPE": "PARENT"})
        for component in _timezones(p for _, p in placed):
            cal.add_component(component)
        for event in events:
            cal.add_component(event)
        return bytes(cal.to_ical()).decode("utf-8")

    def notes(self, timeline: Timeline, /) -> list[str]:
        """One line for each entry the calendar leaves out or shows only as a labelled span."""
        words = Words(self.language or timeline.language)
        chron = chronology(timeline) if self.partial else None
        by_id = {e.id: e for e in chron.entries} if chron else {}
        out = []
        for e in chron.entries if chron else entries(timeline):
            if exact(e) is not None:
                continue
            when = words.when(e.when, e.zone)
            if chron is not None and stand_in(e, chron.bounds[e.id], by_id) is not None:
                out.append(f"ics: '{e.id}' shown as a labelled span, not a day: {when}")
            else:
                why = "undated" if e.when is None else f"'{e.when}' is not a day or a time"
                out.append(f"ics: left out '{e.id}' ({why}): {when}")
        return out

    def _calendar(self, timeline: Timeline, language: str) -> Calendar:
        cal = Calendar()  # Calendar.new() would add a random UID
        cal.add("VERSION", "2.0")
        cal.add("PRODID", self.prodid)
        cal.add("CALSCALE", "GREGORIAN")
        cal.add("METHOD", "PUBLISH")
        # NAME/DESCRIPTION (RFC 7986) and the X-WR- twins Google reads, all escaped as TEXT. NAME
        # carries the language of the calendar's words (RFC 5545 LANGUAGE), which chronik import reads.
        cal.add("NAME", txt.line(timeline.title), parameters={"LANGUAGE": language})
        cal.add("X-WR-CALNAME", vText(txt.line(timeline.title)))
        if timeline.description:
            cal.add("DESCRIPTION", txt.text(timeline.description))
            cal.add("X-WR-CALDESC", vText(txt.text(timeline.description)))
        if timeline.timezone:  # the zone Google and Apple assume for the calendar (and chronik import reads)
            cal.add("X-WR-TIMEZONE", timeline.timezone)
        cal.add("REFRESH-INTERVAL", vDuration(timedelta(days=1)), parameters={"VALUE": "DURATION"})
        cal.add("X-PUBLISHED-TTL", vDuration(timedelta(days=1)))
        cal.add("X-WR-RELCALID", vText(f"{timeline.id}@{self.domain}"))
        return cal

    def _placed(self, chron: Chronology) -> list[tuple[Entry, Placement]]:
        out = []
        by_id = {e.id: e for e in chron.entries}
        for e in chron.entries:
            placement = exact(e)
            if placement is None and self.partial:
                placement = stand_in(e, chron.bounds[e.id], by_id)
            if placement is not None:
                out.append((e, placement))
        return out

    def _uid(self, entry_id: str, timeline: Timeline) -> str:
        return f"{entry_id}.{timeline.id}@{self.domain}"

    def _stamp(self, timeline: Timeline) -> datetime:
        if self.stamp is not None:
            return self.stamp.astimezone(UTC)
        if timeline.updated is not None:
            d = timeline.updated.first_day()
            return datetime(d.year, d.month, d.day, tzinfo=UTC)
        return _EPOCH

    def _event(
        self,
        tl: Timeline,
        e: Entry,
        placement: Placement,
        words: Words,
        stamp: datetime,
        children: dict[str, list[Entry]],
    ) -> Event:
        status = e.event.status if e.event is not None else "confirmed"
        ev = Event.new(
            uid=self._uid(e.id, tl),
            summary=txt.summary(e, words, placement),
            start=placement.start,
            end=ics_end(placement),
            stamp=stamp,
            last_modified=stamp if tl.updated is not None or self.stamp is not None else None,
            sequence=0,
            description=txt.description(tl, e, words, children),
            categories=[txt.line(c) for c in (e.kind, *(e.event.tags if e.event else ()))],
            status=_STATUS.get(status, "CONFIRMED"),  # type: ignore[arg-type]
            location=txt.location(tl, e),
            url=(e.event.url if e.event else None) or (e.source.url if e.source else None),
        )
        place = tl.place(e.event.where) if e.event and e.event.where else None
        if place is not None and place.geo is not None:
            ev.add("GEO", (place.geo.lat, place.geo.lon))
        if placement.all_day:
            ev.add("TRANSP", "TRANSPARENT")
            ev.add("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE")
        if not placement.exact:
            ev.add("X-CHRONIK-PRECISION", placement.precision)
            if e.when is not None:
                ev.add("X-CHRONIK-WHEN", str(e.when))
        return ev


def _timezones(placements: Iterable[Placement]) -> list[Timezone]:
    """A VTIMEZONE per zone used by a timed value, covering the years it is used in, by TZID."""
    years: dict[str, list[int]] = {}
    for p in placements:
        for value in (p.start, ics_end(p)):
            if isinstance(value, datetime) and value.tzinfo is not None and value.tzinfo is not UTC:
                key = str(getattr(value.tzinfo, "key", ""))
                if key:
                    years.setdefault(key, []).append(value.year)
    return [vtimezone(name, min(ys), max(ys)) for name, ys in sorted(years.items())]
