"""ICS (RFC 5545, RFC 7986) through icalendar: a calendar that imports cleanly into calendar apps.

What every export carries, and why:

- ``VERSION``, ``PRODID`` (fixed, configurable), ``CALSCALE:GREGORIAN``, ``METHOD:PUBLISH`` (other
  methods make Outlook and Apple treat the file as an invitation);
- ``NAME`` (with ``LANGUAGE``) and ``X-WR-CALNAME``, ``DESCRIPTION`` and ``X-WR-CALDESC`` (Google reads only the X-WR
  ones), ``REFRESH-INTERVAL`` and ``X-PUBLISHED-TTL`` (one day) for subscriptions;
- per event a stable ``UID`` (``<entry-id>.<timeline-id>@<domain>``, never random, so a re-import
  updates instead of duplicating), and ``DTSTAMP``/``LAST-MODIFIED``/``SEQUENCE`` from the timeline's
  ``updated`` date or the ``stamp`` option (the CLI passes ``SOURCE_DATE_EPOCH``): same input, same bytes;
- all-day entries as dates with an exclusive ``DTEND`` plus ``TRANSP:TRANSPARENT`` and
  ``X-MICROSOFT-CDO-ALLDAYEVENT:TRUE``; timed entries with a ``TZID`` and a compact RRULE-based
  ``VTIMEZONE`` for it (see ``_vtimezone``), UTC as ``Z``, never floating; a point in time with a
  ``DTEND`` one minute (or second) later, which every client reads alike (see ``_ics_when.ics_end``);
- ``CATEGORIES`` (kind and tags, one list, inner commas escaped), ``STATUS`` (TENTATIVE and
  CANCELLED also spelled out in ``SUMMARY``, since Google ignores STATUS), ``LOCATION``, ``GEO``,
  ``URL``, and everything a reader needs in ``DESCRIPTION`` (Google and Outlook ignore URL).

Partial knowledge: see ``_ics_when`` for the mapping; month, year and undated entries are left out
(and listed by :meth:`IcsExporter.notes`) unless ``partial=True`` adds them as labelled spans with
``X-CHRONIK-PRECISION`` and the real date in words in ``SUMMARY``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import ClassVar

from icalendar import Calendar, Event, Timezone, vDuration, vText

from ..humanize import Words
from ..model import Timeline
from ..ordering import Chronology, Entry, entries
from ..prepared import Prepared
from . import _ics_text as txt
from ._ics_when import Placement, exact, ics_end, stand_in
from ._vtimezone import vtimezone

DEFAULT_PRODID = "-//chronik//chronik timeline export//EN"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STATUS = {"tentative": "TENTATIVE", "cancelled": "CANCELLED"}


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
        partial: bool = False,
    ) -> None:
        self.language = language
        self.domain = domain
        self.prodid = prodid
        self.stamp = stamp
        self.partial = partial

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The calendar in one part (an adapter until the streaming writer)."""
        yield self.export(prepared)

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The calendar as text with CRLF line endings."""
        prepared = Prepared.of(timeline)
        timeline = prepared.timeline
        words = Words(self.language or timeline.language)
        cal = self._calendar(timeline, words.language)
        chron = prepared.chronology
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

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """One line for each entry the calendar leaves out or shows only as a labelled span."""
        prepared = Prepared.of(timeline)
        timeline = prepared.timeline
        words = Words(self.language or timeline.language)
        chron = prepared.chronology if self.partial else None
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
        cal = Calendar.new(
            uid=f"{timeline.id}@{self.domain}", prodid=self.prodid, calscale="GREGORIAN", method="PUBLISH"
        )
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
