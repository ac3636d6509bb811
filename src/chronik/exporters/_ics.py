"""ICS (RFC 5545, RFC 7986): a calendar that imports cleanly into calendar apps.

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

The text is written content line by content line (``_ics_write``), byte for byte as icalendar's
``to_ical`` writes the same calendar (the differential tests hold it to that), and streamed:
:meth:`IcsExporter.chunks` yields the calendar's properties, each VTIMEZONE, then each VEVENT.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import ClassVar, Literal

from ..humanize import Words
from ..model import Timeline
from ..ordering import Chronology, Entry, entries
from ..prepared import Prepared
from . import _ics_text as txt
from . import _ics_write as w
from ._ics_when import Placement, exact, ics_end, stand_in
from ._vtimezone import vtimezone

DEFAULT_PRODID = "-//chronik//chronik timeline export//EN"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_STATUS = {"tentative": "TENTATIVE", "cancelled": "CANCELLED"}


@dataclass(frozen=True, slots=True)
class Part:
    """One part of the calendar's text (see :meth:`IcsExporter.parts`)."""

    kind: Literal["calendar", "timezone", "event", "end"]
    text: str
    entry: Entry | None = None
    uid: str | None = None
    placement: Placement | None = None
    zone: tuple[str, int, int] | None = None
    """A VTIMEZONE's zone and the first and last year it covers."""


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

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The calendar as text with CRLF line endings."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The calendar in parts: its properties, each VTIMEZONE, each VEVENT, and its end."""
        return (part.text for part in self.parts(prepared))

    def parts(self, prepared: Prepared, /) -> Iterator[Part]:
        """:meth:`chunks`, each part with what it is: the calendar's properties, a VTIMEZONE, a VEVENT
        (with its entry, UID and placement), the end. A feed keeps each event's bytes apart."""
        tl = prepared.timeline
        words = Words(self.language or tl.language)
        yield Part("calendar", self._calendar(tl, words.language))
        chron = prepared.chronology
        placed = self._placed(chron)
        for name, first, last in zones(p for _, p in placed):
            yield Part("timezone", vtimezone(name, first, last), zone=(name, first, last))
        children = chron.parts()
        stamp = self._stamp(tl)
        # DTSTAMP and LAST-MODIFIED, the same for every event
        stamps = (
            f"DTSTAMP{w.when(stamp)}\r\n",
            (f"LAST-MODIFIED{w.when(stamp)}\r\n" if tl.updated is not None or self.stamp is not None else ""),
        )
        in_calendar = {e.id for e, _ in placed}
        for e, placement in placed:
            text = self._event(tl, e, placement, words, stamps, children, in_calendar)
            yield Part("event", text, entry=e, uid=self._uid(e.id, tl), placement=placement)
        yield Part("end", "END:VCALENDAR\r\n")

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """One line for each entry the calendar leaves out or shows only as a labelled span."""
        prepared = Prepared.of(timeline)
        words = Words(self.language or prepared.timeline.language)
        chron = prepared.chronology if self.partial else None
        by_id = {e.id: e for e in chron.entries} if chron else {}
        out = []
        for e in chron.entries if chron else entries(prepared.timeline):
            if exact(e) is not None:
                continue
            when = words.when(e.when, e.zone)
            if chron is not None and stand_in(e, chron.bounds[e.id], by_id) is not None:
                out.append(f"ics: '{e.id}' shown as a labelled span, not a day: {when}")
            else:
                why = "undated" if e.when is None else f"'{e.when}' is not a day or a time"
                out.append(f"ics: left out '{e.id}' ({why}): {when}")
        return out

    def _calendar(self, timeline: Timeline, language: str) -> str:
        """BEGIN:VCALENDAR and the calendar's properties, in icalendar's order (its canonical ones first,
        then by name)."""
        # NAME/DESCRIPTION (RFC 7986) and the X-WR- twins Google reads, all escaped as TEXT. NAME
        # carries the language of the calendar's words (RFC 5545 LANGUAGE), which chronik import reads.
        title = w.text(txt.line(timeline.title))
        out = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{w.text(self.prodid)}",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
        ]
        if timeline.description:
            description = w.text(txt.text(timeline.description))
            out += [f"DESCRIPTION:{description}", f"X-WR-CALDESC:{description}"]
        out += [
            # icalendar types NAME as an unknown value and writes it unescaped: so does this writer
            f"NAME;LANGUAGE={w.param(language)}:{txt.line(timeline.title)}",
            f"X-WR-CALNAME:{title}",
            "REFRESH-INTERVAL;VALUE=DURATION:P1D",
            "X-PUBLISHED-TTL:P1D",
            # the calendar's identity (Apple's property; chronik import reads it). Not RFC 7986's UID
            # on VCALENDAR: tools that split a calendar into one item per event copy the calendar's
            # properties into each item and then take its first UID for the event's (vdirsyncer).
            f"X-WR-RELCALID:{w.text(f'{timeline.id}@{self.domain}')}",
        ]
        if timeline.timezone:  # the zone Google and Apple assume for the calendar (and chronik import reads)
            out.append(f"X-WR-TIMEZONE:{w.text(timeline.timezone)}")
        return w.lines(out)

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
        stamps: tuple[str, str],
        children: dict[str, list[Entry]],
        in_calendar: set[str],
    ) -> str:
        """One VEVENT; its properties in icalendar's order (SUMMARY, DTSTART, DTEND, DTSTAMP, UID,
        SEQUENCE, then by name)."""
        event = e.event
        fold = w.fold
        out = [
            "BEGIN:VEVENT\r\n",
            fold(f"SUMMARY:{w.text(txt.summary(e, words, placement))}"),
            f"\r\nDTSTART{w.when(placement.start)}\r\nDTEND{w.when(ics_end(placement))}\r\n",
            stamps[0],
            fold(f"UID:{w.text(self._uid(e.id, tl))}"),
            "\r\nSEQUENCE:0\r\n",
            fold("CATEGORIES:" + ",".join(w.text(txt.line(c)) for c in (e.kind, *(event.tags if event else ())))),
            "\r\n",
        ]
        description = txt.description(tl, e, words, children)
        if description is not None:
            out += [fold(f"DESCRIPTION:{w.text(description)}"), "\r\n"]
        place = tl.place(event.where) if event is not None and event.where else None
        if place is not None and place.geo is not None:
            out.append(f"GEO:{float(place.geo.lat)};{float(place.geo.lon)}\r\n")
        out.append(stamps[1])
        location = txt.location(tl, e)
        if location is not None:
            out += [fold(f"LOCATION:{w.text(location)}"), "\r\n"]
        if e.parent in in_calendar:  # the part-of relation, for clients that show it and for import
            out += [fold(f"RELATED-TO;RELTYPE=PARENT:{w.text(self._uid(e.parent, tl))}"), "\r\n"]
        status = event.status if event is not None else "confirmed"
        out.append(f"STATUS:{_STATUS.get(status, 'CONFIRMED')}\r\n")
        if placement.all_day:
            out.append("TRANSP:TRANSPARENT\r\n")
        url = (event.url if event else None) or (e.source.url if e.source else None)
        if url is not None:
            out += [fold(f"URL:{url}"), "\r\n"]
        if not placement.exact:
            out.append(f"X-CHRONIK-PRECISION:{w.text(placement.precision)}\r\n")
            if e.when is not None:
                out += [fold(f"X-CHRONIK-WHEN:{w.text(str(e.when))}"), "\r\n"]
        if placement.all_day:
            out.append("X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n")
        out.append("END:VEVENT\r\n")
        return "".join(out)


def zones(placements: Iterable[Placement]) -> list[tuple[str, int, int]]:
    """Each zone used by a timed value with the first and last year it is used in, by TZID."""
    years: dict[str, list[int]] = {}
    for p in placements:
        for value in (p.start, ics_end(p)):
            if isinstance(value, datetime) and value.tzinfo is not None and value.tzinfo is not UTC:
                key = str(getattr(value.tzinfo, "key", ""))
                if key:
                    years.setdefault(key, []).append(value.year)
    return [(name, min(ys), max(ys)) for name, ys in sorted(years.items())]
