"""TimelineJS3 JSON: a title slide and one slide per entry, with dates at the precision known.

``start_date``/``end_date`` carry only what is known: ``{"year"}``, ``{"year", "month"}``,
``{"year", "month", "day"}``, plus ``"hour"``/``"minute"`` (and ``"second"``) for times. Values are
strings, as in TimelineJS's own examples. A span ends on its last day (``2024-11-10/2024-11-16``:
``end_date`` day 16). ``display_date`` is the date as people write it (:class:`~chronik.humanize.Words`),
so "November 2024" reads as a month, not as 1 November.

TimelineJS has no time zones: it reads every date in the viewer's clock. Times are placed in the
timeline's zone, so entries in different zones keep their real order; ``display_date`` gives each
local time with its UTC offset.

Undated entries: an entry whose constraints bound it on both sides (a trip's stop lies within the
trip) is shown as a span over the days those bounds allow, labelled "date not reported"
(``Words["undated"]``), never on a made-up day. Others, and spans without a start, are left out and
listed by :meth:`TimelineJsExporter.notes`.

TimelineJS renders ``headline`` and ``text`` as HTML: every text from the timeline is escaped with
:func:`html.escape`. ``group`` is the top-level trip's title for a trip and its parts, "Berichte"/
"Reports" for reports; ``unique_id`` is the entry's id.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, tzinfo
from html import escape
from typing import Any, ClassVar

from ..dates import PartialDate, Span, zone
from ..humanize import Words
from ..model import Timeline
from ..ordering import Chronology, Entry, chronology
from ._ics_when import exact, stand_in

_REPORTS = {"de": "Berichte", "en": "Reports"}


def _date_parts(value: date | datetime | PartialDate, seconds: bool = False) -> dict[str, str]:
    """Only the parts that are known, as strings."""
    if isinstance(value, PartialDate):
        keys = ("year", "month", "day")
        return {k: str(getattr(value, k)) for k in keys if getattr(value, k) is not None}
    parts = {"year": str(value.year), "month": str(value.month), "day": str(value.day)}
    if isinstance(value, datetime):
        parts |= {"hour": str(value.hour), "minute": str(value.minute)}
        if seconds:
            parts["second"] = str(value.second)
    return parts


class TimelineJsExporter:
    """A TimelineJS3 data file (``application/json``)."""

    name: ClassVar[str] = "timelinejs"
    suffix: ClassVar[str] = ".timelinejs.json"
    media_type: ClassVar[str] = "application/json"

    def __init__(self, *, language: str | None = None) -> None:
        self.language = language

    def export(self, timeline: Timeline, /) -> str:
        """The JSON document, ending in a newline."""
        words = Words(self.language or timeline.language)
        placed = _placed(timeline)
        groups = _groups([e for e, _ in placed], words)
        events = [_slide(timeline, e, dates, words, groups.get(e.id)) for e, dates in placed if dates is not None]
        title = {"text": {"headline": escape(timeline.title), "text": escape(timeline.description or "")}}
        return json.dumps({"title": title, "events": events}, ensure_ascii=False, indent=2) + "\n"

    def notes(self, timeline: Timeline, /) -> list[str]:
        """Entries left out or shown over their bounds, and the zone times are placed in."""
        words = Words(self.language or timeline.language)
        out, timed = [], False
        for e, dates in _placed(timeline):
            when = words.when(e.when, e.zone)
            if dates is None:
                why = "undated, not bounded on both sides" if e.when is None else "no start date"
                out.append(f"timelinejs: left out '{e.id}' ({why}): {when}")
            elif e.when is None:
                days = words.span(Span(_day(dates[0]), _day(dates[1] or dates[0])), "UTC")
                out.append(f"timelinejs: '{e.id}' shown over the days its constraints allow ({days}): {when}")
            timed = timed or (dates is not None and "hour" in dates[0])
        if timed:
            out.append(f"timelinejs: TimelineJS has no time zones: times are placed in {timeline.timezone or 'UTC'}")
        return out


Dates = tuple[dict[str, str], dict[str, str] | None]


def _day(parts: dict[str, str]) -> PartialDate:
    return PartialDate(int(parts["year"]), int(parts["month"]), int(parts["day"]))


def _placed(tl: Timeline) -> list[tuple[Entry, Dates | None]]:
    """Every entry in order, with its ``start_date`` and ``end_date``, or None when left out."""
    chron = chronology(tl)
    by_id = {e.id: e for e in chron.entries}
    axis = zone(tl.timezone or "UTC")
    return [(e, _dates(e, chron, by_id, axis)) for e in chron.entries]


def _groups(items: list[Entry], words: Words) -> dict[str, str]:
    """Reports: "Berichte"; an entry with parts and all its parts: the top-level entry's title."""
    by_id = {e.id: e for e in items}
    has_parts = {e.parent for e in items if e.parent is not None}
    out = {}
    for e in items:
        root = e
        while root.parent is not None and root.parent in by_id:
            root = by_id[root.parent]
        if e.source is not None:
            out[e.id] = _REPORTS[words.language]
        elif root.event is not None and (root is not e or e.id in has_parts):
            out[e.id] = root.event.title
    return out


def _point(value: PartialDate, e: Entry, axis: tzinfo) -> dict[str, str]:
    """A partial date's known parts; a time moved to the axis zone."""
    if value.has_time:
        return _date_parts(value.to_datetime(zone(e.zone)).astimezone(axis), value.second is not None)
    return _date_parts(value)


def _dates(e: Entry, chron: Chronology, by_id: dict[str, Entry], axis: tzinfo) -> Dates | None:
    """``start_date`` and ``end_date`` (or None) of ``e``, or None when it cannot be placed."""
    when = e.when
    if when is None:
        try:
            window = stand_in(e, chron.bounds[e.id], _bounds_zone(e, by_id))
        except OverflowError:  # bounds at the very edge of year 1 or 9999
            window = None
        if window is None or window.end is None:
            return None
        last = window.end - timedelta(days=1)
        return _date_parts(window.start), (_date_parts(last) if last != window.start else None)
    if isinstance(when, PartialDate):
        return _point(when, e, axis), None
    if when.start is None:
        return None
    placed = exact(e)
    end = None
    if placed is not None and isinstance(placed.end, datetime):
        end = _date_parts(placed.end.astimezone(axis), when.start.second is not None)
    elif placed is not None and isinstance(placed.end, date):  # a span of days, also start + days
        end = _date_parts(placed.end - timedelta(days=1))
    elif when.end is not None:
        end = _point(when.end, e, axis)
    return _point(when.start, e, axis), end


def _bounds_zone(e: Entry, by_id: dict[str, Entry]) -> str:
    """The zone of the nearest dated entry the bounds come from (a trip's, for its stops)."""
    todo, seen = [*e.predecessors, *e.before], set()
    while todo:
        other = by_id.get(todo.pop(0))
        if other is None or other.id in seen:
            continue
        seen.add(other.id)
        if other.interval is not None:
            return other.zone
        todo += other.predecessors
    return e.zone


def _slide(tl: Timeline, e: Entry, dates: Dates, words: Words, group: str | None) -> dict[str, Any]:
    start, end = dates
    slide: dict[str, Any] = {"start_date": start} | ({"end_date": end} if end is not None else {})
    slide["display_date"] = escape(words.when(e.when, e.zone))
    if e.source is not None:
        headline = words.report(e.source)
    else:
        assert e.event is not None
        status = e.event.status
        headline = e.event.title + (f" ({words[status]})" if status != "confirmed" else "")
    slide["text"] = {"headline": escape(headline), "text": _html(tl, e, words)}
    if group is not None:
        slide["group"] = escape(group)
    slide["unique_id"] = e.id
    return slide


def _html(tl: Timeline, e: Entry, words: Words) -> str:
    """Description, place, people and sources as escaped HTML paragraphs."""
    parts = []
    ev = e.event
    if ev is not None and ev.description:
        parts.append("<p>" + "<br>".join(escape(t) for t in ev.description.splitlines()) + "</p>")
    place = tl.place(ev.where) if ev is not None and ev.where else None
    if place is not None:
        parts.append(f"<p>{escape(words['where'])}: {escape(place.name)}</p>")
    people = [p for p in (tl.person(i) for i in (ev.who if ev else ())) if p is not None]
    if people:
        names = "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in people)
        parts.append(f"<p>{escape(words['who'])}: {escape(names)}</p>")
    items = []
    if e.source is not None and e.source.url and all(c.source != e.source.id for c in e.citations):
        items.append(f'<li><a href="{escape(e.source.url)}">{escape(e.source.url)}</a></li>')
    for cit in e.citations:
        src = tl.source(cit.source)
        label = src.name if src is not None else cit.source
        item = escape(label) + (f": {escape(words.quote(cit.quote))}" if cit.quote else "")
        if src is not None and src.url:
            item += f' <a href="{escape(src.url)}">{escape(src.url)}</a>'
        items.append(f"<li>{item}</li>")
    if items:
        parts.append(f"<p>{escape(words['sources'])}:</p><ul>{''.join(items)}</ul>")
    return "".join(parts)
