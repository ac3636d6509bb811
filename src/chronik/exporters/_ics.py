"""ICS (RFC 5545) through icalendar: a calendar that imports into calendar apps.

How each kind of ``when`` becomes a VEVENT:

=====================================  ==============================================================
day (``2024-11-08``)                   all-day: ``DTSTART;VALUE=DATE`` and the exclusive next day as ``DTEND``
day span / start + days                all-day over several days; ``DTEND`` is the day after the last
date-time (``2024-11-10T11:30``)       ``DTSTART;TZID=...`` with a VTIMEZONE; ``Z``/offsets become UTC
date-time span                         ``DTSTART``/``DTEND`` with their zones
month, year, open span, undated        **left out** - never pinned to a fake day; listed in the
                                       parent's DESCRIPTION and reported on stderr
=====================================  ==============================================================

UIDs come from ids (``<entry>.<timeline>@<domain>``), DTSTAMP/LAST-MODIFIED from the timeline's
``updated`` date (or the ``stamp`` option, e.g. from SOURCE_DATE_EPOCH): the same timeline gives
the same bytes. Sources and their quotes go to DESCRIPTION, because Google and Outlook ignore URL.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import ClassVar

from icalendar import Calendar, Event, vDuration, vText

from ..dates import PartialDate, Precision, Span, zone
from ..humanize import Words
from ..model import Citation, Timeline
from ..ordering import Entry, chronology, entries

DEFAULT_PRODID = "-//chronik//chronik timeline export//EN"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _text(value: str) -> str:
    """Multi-line TEXT: line breaks as LF (icalendar escapes them as \\n), no other controls."""
    return _CONTROL.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))


def _line(value: str) -> str:
    """Single-line TEXT (SUMMARY, LOCATION, CATEGORIES): all whitespace runs become one space."""
    return " ".join(_CONTROL.sub(" ", value).split())


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _day_bounds(entry: Entry) -> tuple[date, date] | None:
    """(first day, exclusive end day) of an entry that is whole days, else None."""
    when = entry.when
    if isinstance(when, PartialDate):
        if when.precision == Precision.DAY:
            first = when.first_day()
            return first, first + timedelta(days=1)
        return None
    if isinstance(when, Span) and when.start is not None and not when.start.has_time:
        if when.start.precision != Precision.DAY:
            return None
        if when.end is not None and when.end.precision != Precision.DAY:
            return None
        last = when.last_day()
        if last is None or (when.duration is not None and when.duration.whole_days is None):
            return None
        return when.start.first_day(), last + timedelta(days=1)
    return None


def _timed_bounds(entry: Entry) -> tuple[datetime, datetime | None] | None:
    """(start, end or None) of an entry with a time of day, else None."""
    when = entry.when
    tz = zone(entry.zone)
    if isinstance(when, PartialDate) and when.has_time:
        return _zoned(when, tz), None
    if isinstance(when, Span) and when.start is not None and when.start.has_time:
        start = _zoned(when.start, tz)
        if when.duration is not None:
            iv = when.interval(tz)
            return start, (_EPOCH + timedelta(seconds=iv.end)).astimezone(start.tzinfo)
        if when.end is not None:
            return start, _zoned(when.end, tz)
    return None


def _zoned(value: PartialDate, tz: timezone | object) -> datetime:
    moment = value.to_datetime(tz)  # type: ignore[arg-type]
    if value.offset is not None:  # a fixed offset has no VTIMEZONE: write it in UTC
        return moment.astimezone(UTC)
    return moment


class IcsExporter:
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
    ) -> None:
        self.language = language
        self.domain = domain
        self.prodid = prodid
        self.stamp = stamp

    def _stamp(self, timeline: Timeline) -> datetime:
        if self.stamp is not None:
            return self.stamp.astimezone(UTC)
        if timeline.updated is not None:
            d = timeline.updated.first_day()
            return datetime(d.year, d.month, d.day, tzinfo=UTC)
        return _EPOCH

    def export(self, timeline: Timeline, /) -> str:
        """The calendar as text with CRLF line endings."""
        words = Words(self.language or timeline.language)
        cal = Calendar.new(
            uid=f"{timeline.id}@{self.domain}",
            prodid=self.prodid,
            calscale="GREGORIAN",
            method="PUBLISH",
        )
        # NAME/DESCRIPTION (RFC 7986) and the X-WR- twins Google reads, all escaped as TEXT.
        cal.add("NAME", _line(timeline.title))
        cal.add("X-WR-CALNAME", vText(_line(timeline.title)))
        if timeline.description:
            cal.add("DESCRIPTION", _text(timeline.description))
            cal.add("X-WR-CALDESC", vText(_text(timeline.description)))
        cal.add("REFRESH-INTERVAL", vDuration(timedelta(days=1)), parameters={"VALUE": "DURATION"})
        cal.add("X-PUBLISHED-TTL", vDuration(timedelta(days=1)))
        chron = chronology(timeline)
        children: dict[str, list[Entry]] = {}
        for e in chron.entries:
            if e.parent is not None:
                children.setdefault(e.parent, []).append(e)
        stamp = self._stamp(timeline)
        timed = False
        for e in chron.entries:
            vevent = self._event(timeline, e, words, stamp, children)
            if vevent is not None:
                timed |= isinstance(vevent.start, datetime)
                cal.add_component(vevent)
        if timed:
            cal.add_missing_timezones()
            # icalendar adds them in set order: sort by TZID, ahead of the events, for stable bytes
            zones = sorted((c for c in cal.subcomponents if c.name == "VTIMEZONE"), key=lambda c: str(c["TZID"]))
            cal.subcomponents[:] = zones + [c for c in cal.subcomponents if c.name != "VTIMEZONE"]
        return bytes(cal.to_ical()).decode("utf-8")

    def notes(self, timeline: Timeline, /) -> list[str]:
        """One line for each entry the calendar leaves out, and why."""
        words = Words(self.language or timeline.language)
        out = []
        for e in entries(timeline):  # file order: no need to order the timeline a second time
            if _day_bounds(e) is None and _timed_bounds(e) is None:
                why = "undated" if e.when is None else f"'{e.when}' is not a day or a time"
                out.append(f"ics: left out '{e.id}' ({why}): {words.when(e.when, e.zone)}")
        return out

    def _event(
        self, tl: Timeline, e: Entry, words: Words, stamp: datetime, children: dict[str, list[Entry]]
    ) -> Event | None:
        days = _day_bounds(e)
        timed = None if days is not None else _timed_bounds(e)
        if days is None and timed is None:
            return None
        summary, citations, status = _summary(e, words)
        start: date | datetime = days[0] if days else timed[0]  # type: ignore[index]
        end: date | datetime | None = days[1] if days else timed[1]  # type: ignore[index]
        ev = Event.new(
            uid=f"{e.id}.{tl.id}@{self.domain}",
            summary=_line(summary),
            start=start,
            end=end,
            stamp=stamp,
            last_modified=stamp if tl.updated is not None or self.stamp is not None else None,
            sequence=0,
            description=_text(_description(tl, e, words, citations, children)) or None,
            categories=[_line(c) for c in (e.kind, *(e.event.tags if e.event else ()))],
            status={"tentative": "TENTATIVE", "cancelled": "CANCELLED"}.get(status, "CONFIRMED"),  # type: ignore[arg-type]
            location=_line(location) if (location := _location(tl, e)) else None,
            url=(e.event.url if e.event else None) or (e.source.url if e.source else None),
        )
        place = tl.place(e.event.where) if e.event and e.event.where else None
        if place is not None and place.geo is not None:
            ev.add("GEO", (place.geo.lat, place.geo.lon))
        if days is not None:
            ev.add("TRANSP", "TRANSPARENT")
            ev.add("X-MICROSOFT-CDO-ALLDAYEVENT", "TRUE")
        return ev


def _summary(e: Entry, words: Words) -> tuple[str, tuple[Citation, ...], str]:
    if e.source is not None:
        return words.report(e.source), e.source.sources, "confirmed"
    assert e.event is not None
    ev = e.event
    text = ev.title
    if ev.status in ("tentative", "cancelled"):
        text = f"{words[ev.status].upper()}: {text}"
    when = e.when.start if isinstance(e.when, Span) else e.when
    if when is not None and when.qualifier:
        text += f" ({words.partial(when, e.zone)})"
    return text, ev.sources, ev.status


def _location(tl: Timeline, e: Entry) -> str | None:
    if e.event is None or e.event.where is None:
        return None
    place = tl.place(e.event.where)
    if place is None:
        return None
    return f"{place.name}, {place.address}" if place.address else place.name


def _itinerary(e: Entry, words: Words, children: dict[str, list[Entry]], depth: int = 0) -> list[str]:
    """The parts of ``e`` that the calendar cannot show, in order, nested by indentation."""
    lines = []
    undated = [p for p in children.get(e.id, ()) if _day_bounds(p) is None and _timed_bounds(p) is None]
    for i, p in enumerate(undated, 1):
        title = p.event.title if p.event else p.id
        lines.append(f"{'   ' * depth}{i}. {title} ({words.when(p.when, p.zone)})")
        lines += _itinerary(p, words, children, depth + 1)
    return lines


def _description(
    tl: Timeline, e: Entry, words: Words, citations: tuple[Citation, ...], children: dict[str, list[Entry]]
) -> str:
    blocks = []
    if e.event is not None and e.event.description:
        blocks.append(e.event.description)
    if e.event is not None and e.event.who:
        names = [p.name + (f" ({p.role})" if p.role else "") for p in (tl.person(i) for i in e.event.who) if p]
        blocks.append(f"{words['who']}: " + "; ".join(names))
    itinerary = _itinerary(e, words, children)
    if itinerary:
        blocks.append("\n".join([f"{words['itinerary']}:", *itinerary]))
    source_lines = []
    for cit in citations:
        src = tl.source(cit.source)
        if src is None:
            continue
        label = src.name
        if src.published is not None:
            label += f", {words.partial(src.published)}"
        line = f"- {label}"
        if cit.quote:
            line += f": {words.quote(cit.quote)}"
        if src.url:
            line += f" {src.url}"
        source_lines.append(line)
    if e.source is not None and e.source.url:
        source_lines.insert(0, f"- {e.source.url}")
    if source_lines:
        blocks.append(f"{words['sources']}:\n" + "\n".join(source_lines))
    return "\n\n".join(blocks)
