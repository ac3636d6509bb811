"""TimelineJS3 JSON: a title slide and one slide per entry, with dates at the precision known.

``start_date``/``end_date`` carry only what is known: ``{"year"}``, ``{"year", "month"}``,
``{"year", "month", "day"}``, plus ``"hour"``/``"minute"`` (and ``"second"``) for times. Values are
strings, as in TimelineJS's own examples. A span ends on its last day (``2024-11-10/2024-11-16``:
``end_date`` day 16). A month or a year is a span over all of it, never a point on its first day: it
runs to the start of the next month or year (``2024-11``: ``{"year": "2024", "month": "11"}`` to
``{"year": "2024", "month": "12"}``), because TimelineJS drops an ``end_date`` whose parts equal the
start's and a last day would be a made-up day. ``display_date`` is the date as people write it
(:class:`~chronik.humanize.Words`), so "November 2024" reads as a month, not as 1 November.
TimelineJS orders slides by their start (``sortByDate``), so a month-only entry is the first slide of
its month there, while the other exports put it after the days of that month.

TimelineJS has no time zones: it reads every date in the viewer's clock. Times are placed in the
timeline's zone, so entries in different zones keep their real order; ``display_date`` gives each
local time with its UTC offset.

Undated entries: an entry whose constraints bound it on both sides (a trip's stop lies within the
trip) is shown as a span over the days those bounds allow, labelled "date not reported"
(``Words["undated"]``), never on a made-up day. The days are those of the entry's own place: a
bound taken from a dated day (a trip's days) keeps that day, a bound at a time is read in the zone
of the undated entry's place (see :func:`._ics_when.undated_zones`). Others, and spans without a
start, are left out and listed by :meth:`TimelineJsExporter.notes`.

``group`` is the top-level trip's title for a trip and its parts, "Berichte"/"Reports" for reports,
and - once any entry has a group - "Ereignisse"/"Events" for the others, so no row is unlabelled;
``unique_id`` is the entry's id.

Escaping follows what TimelineJS 3 does with each field (``TimelineConfig._tidyFields``):

- ``text.headline`` and ``text.text`` are HTML: DOMPurify sanitizes them and TimelineJS writes them
  with ``innerHTML``; every text from the timeline is escaped once with :func:`html.escape`.
- ``group`` and ``display_date`` are plain text to TimelineJS: ``stripMarkup`` *decodes* them
  (``DOMParser`` then ``textContent``, so ``&lt;`` becomes ``<``) and the result is written with
  ``innerHTML`` (the row label, the slide's date, the next/previous buttons). They are escaped twice,
  so what reaches ``innerHTML`` is escaped text again.
- Links in ``text.text`` are http(s) only; no ``media`` (its ``url`` is not sanitized by
  TimelineJS) and no ``eras`` are written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, tzinfo
from functools import lru_cache
from html import escape as html_escape
from typing import Any, ClassVar
from urllib.parse import urlsplit

from ..dates import PartialDate, Span, zone
from ..humanize import Words
from ..model import Timeline
from ..ordering import Chronology, Entry
from ..prepared import Prepared
from ._ics_when import exact, stand_in
from ._jsonparts import document

_REPORTS = {"de": "Berichte", "en": "Reports"}
_EVENTS = {"de": "Ereignisse", "en": "Events"}
_SPACE = re.compile(r"\s+")
#: What :func:`html.escape` replaces (``'`` and ``"`` only with ``quote=True``).
_ESCAPED = re.compile("[&<>\"']")


def escape(text: str, quote: bool = True) -> str:
    """:func:`html.escape`, with one search instead of five replacements when nothing needs it."""
    return html_escape(text, quote) if _ESCAPED.search(text) else text


def plain(text: str) -> str:
    """A text field TimelineJS decodes once before ``innerHTML`` (``group``, ``display_date``)."""
    return escape(escape(_SPACE.sub(" ", text).strip(), quote=False), quote=False)


def _lines(text: str) -> str:
    """A multi-line text as one HTML paragraph, its lines kept with ``<br>``."""
    return "<p>" + "<br>".join(escape(t) for t in text.splitlines()) + "</p>"


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

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The JSON document, ending in a newline."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The JSON document in parts: the title, then one part per slide."""
        timeline = prepared.timeline
        words = Words(self.language or timeline.language)
        placed = _placed(prepared)
        groups = _groups([e for e, _ in placed], words)
        cited: dict[str, tuple[str, str]] = {}  # each cited source's label and link, written once
        events = (
            _slide(timeline, e, dates, words, groups.get(e.id), cited) for e, dates in placed if dates is not None
        )
        description = _lines(timeline.description) if timeline.description else ""
        title = {"text": {"headline": escape(timeline.title), "text": description}}
        yield from document([("title", title)], "events", events, numbers=False)  # text only
        yield "\n"

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """Entries left out or shown over their bounds, and the zone times are placed in."""
        prepared = Prepared.of(timeline)
        timeline = prepared.timeline
        words = Words(self.language or timeline.language)
        out, timed = [], False
        for e, dates in _placed(prepared):
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


def _placed(prepared: Prepared) -> list[tuple[Entry, Dates | None]]:
    """Every entry in order, with its ``start_date`` and ``end_date``, or None when left out."""
    tl, chron = prepared.timeline, prepared.chronology
    by_id = {e.id: e for e in chron.entries}
    axis = zone(tl.timezone or "UTC")
    return [(e, _dates(e, chron, by_id, axis)) for e in chron.entries]


def _groups(items: list[Entry], words: Words) -> dict[str, str]:
    """Reports: "Berichte"; an entry with parts and all its parts: the top-level entry's title.

    Once any entry has a group, every other entry is put in "Ereignisse"/"Events": TimelineJS
    draws the ungrouped entries of a grouped timeline in a row without a label.
    """
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
    if out:
        out = {e.id: out.get(e.id, _EVENTS[words.language]) for e in items}
    return out


def _point(value: PartialDate, e: Entry, axis: tzinfo) -> dict[str, str]:
    """A partial date's known parts; a time moved to the axis zone."""
    if value.has_time:
        return _date_parts(value.to_datetime(zone(e.zone)).astimezone(axis), value.second is not None)
    return _date_parts(value)


def _after(value: PartialDate) -> dict[str, str]:
    """The start of the month or year after a month or a year, at the same precision."""
    if value.month is None:
        return {"year": str(value.year + 1)}
    year, month = divmod(value.year * 12 + value.month, 12)
    return {"year": str(year), "month": str(month + 1)}


def _end(value: PartialDate, e: Entry, axis: tzinfo) -> dict[str, str]:
    """The ``end_date`` for an end value: a day or time as it is, a month or year up to the next one."""
    if value.has_time or value.day is not None:
        return _point(value, e, axis)
    return _after(value)


def _dates(e: Entry, chron: Chronology, by_id: dict[str, Entry], axis: tzinfo) -> Dates | None:
    """``start_date`` and ``end_date`` (or None) of ``e``, or None when it cannot be placed."""
    when = e.when
    if when is None:
        try:
            window = stand_in(e, chron.bounds[e.id], by_id)
        except OverflowError:  # bounds at the very edge of year 1 or 9999
            window = None
        if window is None or window.end is None:
            return None
        last = window.end - timedelta(days=1)
        return _date_parts(window.start), (_date_parts(last) if last != window.start else None)
    if isinstance(when, PartialDate):
        return _point(when, e, axis), (None if when.has_time or when.day is not None else _after(when))
    if when.start is None:
        return None
    placed = exact(e)
    end = None
    if placed is not None and isinstance(placed.end, datetime):
        end = _date_parts(placed.end.astimezone(axis), when.start.second is not None)
    elif placed is not None and isinstance(placed.end, date):  # a span of days, also start + days
        end = _date_parts(placed.end - timedelta(days=1))
    elif when.end is not None:
        end = _end(when.end, e, axis)
    return _point(when.start, e, axis), end


def _slide(
    tl: Timeline,
    e: Entry,
    dates: Dates,
    words: Words,
    group: str | None,
    cited: dict[str, tuple[str, str]] | None = None,
) -> dict[str, Any]:
    start, end = dates
    slide: dict[str, Any] = {"start_date": start} | ({"end_date": end} if end is not None else {})
    slide["display_date"] = plain(words.when(e.when, e.zone))
    if e.source is not None:
        headline = words.report(e.source)
    else:
        assert e.event is not None
        status = e.event.status
        headline = e.event.title + (f" ({words[status]})" if status != "confirmed" else "")
    slide["text"] = {"headline": escape(headline), "text": _html(tl, e, words, cited)}
    if group is not None:
        slide["group"] = plain(group)
    slide["unique_id"] = e.id
    return slide


def _html(tl: Timeline, e: Entry, words: Words, cited: dict[str, tuple[str, str]] | None = None) -> str:
    """Description, place, people and sources as escaped HTML paragraphs.

    ``cited`` keeps each source's escaped label and link by its id, for the next slide citing it.
    """
    parts = []
    ev = e.event
    if ev is not None and ev.description:
        parts.append(_lines(ev.description))
    place = tl.place(ev.where) if ev is not None and ev.where else None
    if place is not None:
        parts.append(f"<p>{escape(words['where'])}: {escape(place.name)}</p>")
    people = [p for p in (tl.person(i) for i in (ev.who if ev else ())) if p is not None]
    if people:
        names = "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in people)
        parts.append(f"<p>{escape(words['who'])}: {escape(names)}</p>")
    items = []
    own = e.source.url if e.source is not None else None
    if e.source is not None and own and _web(own) and all(c.source != e.source.id for c in e.citations):
        items.append(f'<li><a href="{escape(own)}">{escape(own)}</a></li>')
    cited = {} if cited is None else cited
    for cit in e.citations:
        known = cited.get(cit.source)
        if known is None:
            src = tl.source(cit.source)
            label = escape(src.name if src is not None else cit.source)
            url = src.url if src is not None else None
            known = cited[cit.source] = (
                label,
                f' <a href="{escape(url)}">{escape(url)}</a>' if url and _web(url) else "",
            )
        label, link = known
        quote = f": {escape(words.quote(cit.quote))}" if cit.quote else ""
        items.append(f"<li>{label}{quote}{link}</li>")
    if items:
        parts.append(f"<p>{escape(words['sources'])}:</p><ul>{''.join(items)}</ul>")
    return "".join(parts)


@lru_cache(maxsize=4096)  # the same few sources' URLs, cited over and over
def _web(url: str | None) -> bool:
    """An http(s) URL with a host: the only links written (``javascript:`` and the like never)."""
    parts = urlsplit(url or "")
    return parts.scheme in ("http", "https") and bool(parts.hostname)
