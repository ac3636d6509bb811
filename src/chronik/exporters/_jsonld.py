"""JSON-LD with schema.org: one ``@graph`` of the timeline, its events and its sources.

::

    {"@context": "https://schema.org",
     "@graph": [CreativeWork,        # the timeline: about its top-level events, citing its sources
                Event, ...,          # every event, top level, in chronological order
                NewsArticle | CreativeWork, ...]}   # every source, in file order

- Every event is a top-level ``Event`` node (``@id`` ``#<event-id>``), which is where search engines
  look for events (Google's event rich results read ``Event`` items; one nested under
  ``CreativeWork.about`` is not one). It has ``name``, ``description``, ``startDate``/``endDate``
  at the precision known (``1967``, ``2024-11``, ``2024-11-10``, or a date-time with its UTC
  offset: never a made-up day), ``duration`` for a start plus a duration, ``location`` (a
  ``Place`` with ``address`` and ``geo`` where known), ``attendee`` (a ``Person`` for each of
  ``who``), ``eventStatus`` (a schema.org ``EventStatusType`` as an ``@id``: ``EventScheduled``,
  ``EventCancelled``), ``keywords`` (kind and tags), ``url``, ``subjectOf`` (the sources that report
  it, ``{"@id": "#<source-id>"}``: schema.org's ``citation`` is a property of creative works, not of
  events), and ``superEvent``/``subEvent`` references for a trip and its parts, in order.
- Google's event rich results need ``name``, ``startDate`` and a ``location`` with an address. An
  event that has them all is eligible; chronik never fills a gap to make it so: an undated event has
  no ``startDate``, a month or year stays ``2024-11``/``1967`` (reduced-precision ISO 8601, which
  Google does not accept as a start), and a place without a known address has none.
- A source with a ``published`` date is a ``NewsArticle`` with ``datePublished`` at its precision
  (``2024-11`` stays a month); one without is a ``CreativeWork``. Both carry ``headline``,
  ``description`` (what it says), ``publisher`` (an ``Organization``), ``url``, ``inLanguage`` and
  ``citation`` (where we read of it).

The file is meant to be pasted into ``<script type="application/ld+json">``: ``<``, ``>`` and ``&``
are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (the same JSON data), so no text can close
the script element or open a comment in the host page.

schema.org has no words for EDTF qualifiers (``~ ? %``), for quotes attached to a citation, or for
the order constraints; :meth:`JsonLdExporter.notes` lists what was left out. Keys are written in a
fixed order: the same timeline gives the same bytes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import chain
from typing import Any, ClassVar

from ..dates import PartialDate, Precision, Span, When, zone
from ..model import Citation, Event, Source, Timeline
from ..ordering import Entry
from ..prepared import Prepared
from ._ics_when import exact
from ._jsonparts import document

CONTEXT = "https://schema.org"
_STATUS = {
    "confirmed": "https://schema.org/EventScheduled",
    "planned": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
}


def script_safe(text: str) -> str:
    """JSON text with ``<``, ``>`` and ``&`` as ``\\u`` escapes: safe inside ``<script>``, same data.

    Outside strings JSON has none of the three, so only string contents change.
    """
    if "<" not in text and ">" not in text and "&" not in text:
        return text
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")  # faster than translate


def iso(value: PartialDate, tz: str) -> str:
    """ISO 8601 at the value's own precision: ``1967``, ``2024-11``, ``2024-11-10T11:30+01:00``."""
    if not value.has_time:
        return str(PartialDate(value.year, value.month, value.day))
    return _moment(value.to_datetime(zone(tz)), value.precision)


def _moment(moment: datetime, precision: Precision) -> str:
    text = moment.isoformat(timespec="seconds" if precision == Precision.SECOND else "minutes")
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text


def _dates(e: Entry) -> dict[str, str]:
    when = e.when
    if isinstance(when, PartialDate):
        return {"startDate": iso(when, e.zone)}
    if not isinstance(when, Span):
        return {}
    out = {"startDate": iso(when.start, e.zone)} if when.start is not None else {}
    placed = exact(e)
    if when.end is not None:
        out["endDate"] = iso(when.end, e.zone)
    elif placed is not None and placed.end is not None and when.duration is not None:
        end = placed.end
        if isinstance(end, datetime):
            out["endDate"] = _moment(end, when.start.precision if when.start else Precision.MINUTE)
        else:
            out["endDate"] = (end - timedelta(days=1)).isoformat()
    if when.duration is not None:
        out["duration"] = str(when.duration)
    return out


def _refs(citations: tuple[Citation, ...]) -> list[dict[str, str]]:
    return [{"@id": f"#{s}"} for s in dict.fromkeys(c.source for c in citations)]


class JsonLdExporter:
    """schema.org JSON-LD (``application/ld+json``)."""

    name: ClassVar[str] = "jsonld"
    suffix: ClassVar[str] = ".jsonld"
    media_type: ClassVar[str] = "application/ld+json"

    def __init__(self, *, language: str | None = None) -> None:
        self.language = language

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The JSON-LD document, ending in a newline."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The JSON-LD document in parts: one per node of the graph."""
        timeline, chron = prepared.timeline, prepared.chronology
        parts: dict[str | None, list[Entry]] = defaultdict(list)
        for e in chron.entries:
            if e.event is not None:
                parts[e.parent].append(e)
        work: dict[str, Any] = {"@type": "CreativeWork", "name": timeline.title}
        if timeline.description:
            work["description"] = timeline.description
        work["inLanguage"] = timeline.language
        if timeline.updated is not None:
            work["dateModified"] = iso(timeline.updated, "UTC")
        work["about"] = [{"@id": f"#{e.id}"} for e in parts[None]]
        work["citation"] = [{"@id": f"#{s.id}"} for s in timeline.sources]
        events = (_event(timeline, e, parts) for e in chron.entries if e.event is not None)
        sources = (_source(s, timeline.timezone or "UTC") for s in timeline.sources)
        for part in document([("@context", CONTEXT)], "@graph", chain([work], events, sources)):
            yield script_safe(part)
        yield "\n"

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """Qualifiers dropped, and that quotes and order constraints have no schema.org form."""
        timeline = Prepared.of(timeline).timeline
        out = []
        dated: list[tuple[str, When | None]] = [(e.id, e.when) for e in timeline.events]
        dated += [(s.id, s.published) for s in timeline.sources]
        for ident, when in dated:
            if any(p.qualifier for p in _parts(when)):
                out.append(f"jsonld: '{ident}' is '{when}'; schema.org dates cannot say approximate or uncertain")
        if any(c.quote for e in timeline.events for c in e.sources) or any(
            c.quote for s in timeline.sources for c in s.sources
        ):
            out.append(
                "jsonld: the quoted passages of citations are left out (the JSON and Markdown exports have them)"
            )
        if any(e.after or e.before or e.during for e in timeline.events):
            out.append("jsonld: after/before/during constraints have no schema.org form; subEvents are in order")
        return out


def _parts(when: When | None) -> list[PartialDate]:
    if isinstance(when, PartialDate):
        return [when]
    if isinstance(when, Span):
        return [p for p in (when.start, when.end) if p is not None]
    return []


def _event(tl: Timeline, e: Entry, parts: dict[str | None, list[Entry]]) -> dict[str, Any]:
    ev = e.event
    assert ev is not None
    node: dict[str, Any] = {"@type": "Event", "@id": f"#{ev.id}", "name": ev.title}
    if ev.description:
        node["description"] = ev.description
    node |= _dates(e)
    if ev.status in _STATUS:
        node["eventStatus"] = {"@id": _STATUS[ev.status]}
    node |= _place_and_people(tl, ev)
    node["keywords"] = [ev.kind, *ev.tags]
    if ev.url:
        node["url"] = ev.url
    if ev.sources:
        node["subjectOf"] = _refs(ev.sources)
    if e.parent is not None:
        node["superEvent"] = {"@id": f"#{e.parent}"}
    if parts.get(ev.id):
        node["subEvent"] = [{"@id": f"#{p.id}"} for p in parts[ev.id]]
    return node


def _place_and_people(tl: Timeline, ev: Event) -> dict[str, Any]:
    out: dict[str, Any] = {}
    place = tl.place(ev.where) if ev.where else None
    if place is not None:
        loc: dict[str, Any] = {"@type": "Place", "@id": f"#{place.id}", "name": place.name}
        if place.address:
            loc["address"] = place.address
        if place.geo is not None:
            loc["geo"] = {"@type": "GeoCoordinates", "latitude": place.geo.lat, "longitude": place.geo.lon}
        out["location"] = loc
    people = [p for p in (tl.person(i) for i in ev.who) if p is not None]
    if people:
        out["attendee"] = [
            {"@type": "Person", "@id": f"#{p.id}", "name": p.name} | ({"jobTitle": p.role} if p.role else {})
            for p in people
        ]
    return out


def _source(src: Source, tz: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": "NewsArticle" if src.published is not None else "CreativeWork",
        "@id": f"#{src.id}",
    }
    headline = src.title or src.about
    if headline:
        node["headline"] = headline
    if src.about and src.about != headline:
        node["description"] = src.about
    if src.published is not None:
        node["datePublished"] = iso(src.published, tz)
    if src.publisher:
        node["publisher"] = {"@type": "Organization", "name": src.publisher}
    if src.url:
        node["url"] = src.url
    if src.language:
        node["inLanguage"] = src.language
    if src.sources:
        node["citation"] = _refs(src.sources)
    return node
