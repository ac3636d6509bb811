"""Markwhen: a text timeline (``.mw``) that markwhen.com, its editors and its CLI render.

::

    title: Kai Wegners USA-Reise im November 2024
    timezone: Europe/Berlin
    // Nicht auf der Zeitleiste (Datum nicht berichtet oder ohne Anfang):
    // - Station New York: Termine beim Pharmaunternehmen Pfizer (geplant)

    2024-11: Tagesspiegel Checkpoint berichtet: ... #report
    - ⁠Nachrichtentext, Quelltext dieser Chronik: „Laut dem Tagesspiegel Checkpoint ...“

    # Kai Wegners fünftägige Reise in die USA
    2024-11-10/2024-11-14: Kai Wegners fünftägige Reise in die USA #trip
    2024-11-10: Abflug nach New York #event

What is written is what ``@markwhen/parser`` (1.x, behind markwhen.com and its editors) reads; the
consumer tests parse every export with it and compare each event's range with the JSON export.

- The header is markwhen's YAML header: ``title``, ``description`` (quoted when YAML needs it) and
  ``timezone``, the zone dates are read in. An entry in another zone gets a ``timezone`` property.
  Zones markwhen cannot name (those with digits: ``Etc/GMT+12``, ``EST5EDT``) are written as the
  fixed offsets in force at the entry's start and end (``timezone: "-12:00"``).
- Dates are EDTF at the precision known (``1967``, ``2024-11``, ``2024-11-10/2024-11-16``, end day
  included, as in chronik); a start plus days is written with its last day. Times are the UTC
  instants of the entry's bounds, to the second (``2024-11-10T10:30:00Z - 2024-11-10T10:31:00Z``):
  markwhen's local clock times have no seconds and no offset, so a repeated autumn hour could not
  be told apart. Qualifiers (``~ ? %``), which markwhen does not read, are spelt out after the title.
- An entry with parts is a markwhen section (``# <title>``, ``##`` for a part's parts, at most six
  levels; deeper parts stay in the sixth), holding the entry and its parts. A section runs until the
  next heading of its level, so the entries without parts come first, and within a section the
  parts without parts before those with parts: markwhen orders them by date when it draws them.
- Each entry's description, people and sources follow as ``- `` list lines (markwhen's event
  description); one with a colon starts with a word joiner, so that markwhen never reads it as an
  event (``- 10: …`` would be one) or a checkbox.

Markwhen's relative dates (``after !id 1 day``) would pin an undated stop to a made-up day, and it
has no open-ended ranges: such entries are left out of the timeline, named in a ``//`` comment in the
header, and listed by :meth:`MarkwhenExporter.notes`. Every text is put on one line (newlines and
control characters become spaces). Markwhen reads a ``#word`` as a tag, ``![x](y)`` as an image,
``[x](location)`` as a place, ``!word`` or ``.start`` in a title as an id, ``50%`` as progress, a
leading ``[ ]`` as a checkbox, and an event whose title starts with ``//`` as a comment: chronik's
texts get an invisible word joiner (U+2060) inside each such mark so they stay text. Links
(``[x](https://…)``) and URLs are kept as they are: ``//`` is a comment only at the start of a line
(or of an event's title, handled as above).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import ClassVar

from ..dates import NEG_INF, POS_INF, PartialDate, Span, zone
from ..humanize import Words
from ..model import Timeline
from ..ordering import Chronology, Entry
from ..prepared import Prepared
from . import _ics_text as txt
from ._ics_when import exact

_LEFT_OUT = {
    "de": "Nicht auf der Zeitleiste (Datum nicht berichtet oder ohne Anfang)",
    "en": "Not on the timeline (date not reported, or no start)",
}
_PLAIN_YAML = re.compile(r"[^\W\d_][^:#\"'\\\[\]{}|>&*!%@`]*")
_NOT_ASCII_WORD = re.compile(r"[^A-Za-z0-9_]")
_NOT_YAML = re.compile("[\x80-\x84\x86-\x9f\ufffe\uffff]")  # not allowed in YAML (U+0085 becomes a space)
_YAML_WORDS = ("true", "false", "null", "yes", "no", "on", "off")  # YAML 1.2 and 1.1 non-strings
_LEVELS = 6  # markwhen's sections: '#' to '######'
_JOIN = "\u2060"  # word joiner: invisible, not whitespace, not a word character (in JavaScript)
_EPOCH = datetime(1970, 1, 1).astimezone(zone("UTC"))
#: A zone name luxon reads (its 'z' token: letters, '_', '+', ',', '-', '.', '/'; never digits).
_LUXON_ZONE = re.compile(r"[A-Za-z_+,\-./]+")

#: Markwhen's inline marks in any text line: a tag, an image, a place.
_MARKS = [
    (re.compile(r"(?<!\S)#(?=\w)"), "#" + _JOIN),  # '#word' after a space or at the start: a tag
    (re.compile(r"!\["), "!" + _JOIN + "["),  # '![alt](url)': an image
    (re.compile(r"\]\((?=(?:location|map)\))"), "]" + _JOIN + "("),  # '[place](location)'
]
#: ... and in an event's first line: an id, progress, a leading checkbox.
_FIRST_LINE_MARKS = [
    (re.compile(r"!(?=\w)"), "!" + _JOIN),  # '!id'
    (re.compile(r"\.(?=start|end)"), "." + _JOIN),  # '.start', '.end'
    (re.compile(r"(?<!\S)(\d{1,3})%(?!\S)"), r"\1" + _JOIN + "%"),  # '50%': progress
    (re.compile(r"^\["), _JOIN + "["),  # '[ ]', '[x]': a checkbox
    (re.compile(r"^//"), "/" + _JOIN + "/"),  # a title starting with '//' would make the event a comment
]
#: A character each mark above needs, in the same order: without it, the pattern cannot match.
_MARK_NEEDS = "#[("
_FIRST_LINE_NEEDS = "!.%[/"


def line(text: str) -> str:
    """``text`` on one line (newlines and control characters become spaces).

    >>> line("a\\nb // c")
    'a b // c'
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # nothing to change: what _NOT_YAML and txt.line remove is not printable
    return txt.line(_NOT_YAML.sub("", text))


def plain(text: str, *, first: bool = False) -> str:
    """``text`` on one line, with markwhen's inline marks broken by a word joiner.

    >>> plain("Gipfel #G20 ![x](y.png) [Rathaus](location)") == (
    ...     "Gipfel #\\u2060G20 !\\u2060[x](y.png) [Rathaus]\\u2060(location)"
    ... )
    True
    """
    out = line(text)
    for (pattern, repl), needs in zip(_MARKS, _MARK_NEEDS, strict=True):
        if needs in out:
            out = pattern.sub(repl, out)
    if first:
        for (pattern, repl), needs in zip(_FIRST_LINE_MARKS, _FIRST_LINE_NEEDS, strict=True):
            if needs in out:
                out = pattern.sub(repl, out)
    return out


def plain_slow(text: str, *, first: bool = False) -> str:
    """:func:`plain` with every pattern applied (the oracle of its fast path)."""
    out = txt.line_slow(_NOT_YAML.sub("", text))
    for pattern, repl in _MARKS + (_FIRST_LINE_MARKS if first else []):
        out = pattern.sub(repl, out)
    return out


def _yaml(text: str) -> str:
    value = line(text)
    plain_ok = _PLAIN_YAML.fullmatch(value) and value.lower() not in _YAML_WORDS
    return value if plain_ok else json.dumps(value, ensure_ascii=False)


def _utc(seconds: int) -> str | None:
    """``2024-11-10T10:30:00Z``, or None outside the years markwhen reads (four digits)."""
    if not NEG_INF < seconds < POS_INF:
        return None
    moment = _EPOCH + timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if 1 <= moment.year <= 9999 else None


def when_text(e: Entry, chron: Chronology, default: str = "UTC") -> str | None:
    """The entry's date in the syntax markwhen reads, or None when markwhen cannot show it.

    ``default`` is the header's zone. Markwhen ends a lone date (``2024-03``) at its start plus one
    period at the start's fixed offset, which is an hour off when the header zone changes its offset
    within the period; such a date is written as a range to itself (``2024-03/2024-03``), whose end
    markwhen reads in the zone.
    """
    when, placed = e.when, exact(e)
    if placed is not None:
        start, end = placed.start, placed.end
        if isinstance(start, datetime):
            lo, hi = (_utc(b) for b in chron.bounds[e.id])
            return f"{lo} - {hi}" if lo and hi else None
        last = end - timedelta(days=1) if end is not None else start
        if last != start or _offset_changes(default, start, last):
            return f"{start.isoformat()}/{last.isoformat()}"
        return start.isoformat()
    if isinstance(when, PartialDate):
        text = _plain(when)
        return f"{text}/{text}" if _offset_changes(default, when.first_day(), when.last_day()) else text
    if isinstance(when, Span) and when.start is not None and when.end is not None and not when.start.has_time:
        return f"{_plain(when.start)}/{_plain(when.end)}"
    return None


def _offset_changes(name: str, first: date, last: date) -> bool:
    """Whether zone ``name`` has another UTC offset at the end of day ``last`` than at ``first``."""
    tz = zone(name)
    try:
        after = last + timedelta(days=1)
    except OverflowError:
        return False
    offsets = {datetime(d.year, d.month, d.day, tzinfo=tz).utcoffset() for d in (first, after)}
    return len(offsets) > 1


def _plain(value: PartialDate) -> str:
    """``2024-11``: the date without qualifier (months and years never have a time)."""
    return str(PartialDate(value.year, value.month, value.day))


def _offset(name: str, seconds: int) -> str:
    """``"-12:00"``: the UTC offset of zone ``name`` at that instant, quoted for YAML."""
    delta = (_EPOCH + timedelta(seconds=seconds)).astimezone(zone(name)).utcoffset() or timedelta(0)
    minutes = int(delta.total_seconds() // 60)
    h, m = divmod(abs(minutes), 60)
    return f'"{"+" if minutes >= 0 else "-"}{h:02d}:{m:02d}"'


def _zone_lines(e: Entry, chron: Chronology, default: str) -> list[str]:
    """The ``timezone`` property of a dated (not timed) entry, when its zone is not the header's."""
    if e.zone == default:
        return []
    if _LUXON_ZONE.fullmatch(e.zone):
        return [f"timezone: {e.zone}"]
    lo, hi = chron.bounds[e.id]
    first, last = _offset(e.zone, lo), _offset(e.zone, hi)
    return [f"timezone: {first}"] if first == last else ["timezone:", f"  from: {first}", f"  to: {last}"]


def _header_zone(timeline: Timeline) -> str:
    """The timeline's zone, or UTC when markwhen cannot read its name (each entry then says its own)."""
    name = timeline.timezone or "UTC"
    return name if _LUXON_ZONE.fullmatch(name) else "UTC"


class MarkwhenExporter:
    """A markwhen timeline (``text/markwhen``)."""

    name: ClassVar[str] = "markwhen"
    suffix: ClassVar[str] = ".mw"
    media_type: ClassVar[str] = "text/markwhen"

    def __init__(self, *, language: str | None = None) -> None:
        self.language = language

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The markwhen document, ending in one newline."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The markwhen document in parts: the header, then one part per top-level entry (with its section)."""
        timeline, chron = prepared.timeline, prepared.chronology
        words = Words(self.language or timeline.language)
        parts: dict[str | None, list[Entry]] = defaultdict(list)
        for e in chron.entries:
            parts[e.parent].append(e)
        default = _header_zone(timeline)
        writer = _Writer(timeline, chron, parts, words, default)
        lines = [f"title: {_yaml(timeline.title)}"]
        if timeline.description:
            lines.append(f"description: {_yaml(timeline.description)}")
        lines.append(f"timezone: {default}")
        missing = [e for e in chron.entries if writer.when(e) is None]
        if missing:
            lines.append(f"// {_LEFT_OUT[words.language]}:")
            lines += [f"// - {_title(e, words)} ({line(words.when(e.when, e.zone))})" for e in missing]
        lines.append("")
        yield "\n".join(lines)
        first = True  # the body's first line, when it is a section's blank line, is left out
        for body in writer.top(parts[None]):
            if first and body[:1] == [""]:
                body = body[1:]
            first = False
            if body:
                yield "\n" + "\n".join(body)
        yield "\n"

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """Entries left out."""
        prepared = Prepared.of(timeline)
        timeline, chron = prepared.timeline, prepared.chronology
        words = Words(self.language or timeline.language)
        out = []
        default = _header_zone(timeline)
        for e in chron.entries:
            if when_text(e, chron, default) is None:
                why = "undated" if e.when is None else f"'{e.when}' has no start or no end markwhen can read"
                out.append(
                    f"markwhen: left out '{e.id}' ({why}), named in a header comment: {words.when(e.when, e.zone)}"
                )
        return out


def _title(e: Entry, words: Words, *, first: bool = False) -> str:
    """The entry's title on one line; its id when the title is only control characters."""
    if e.source is not None:
        text = words.report(e.source)
    else:
        assert e.event is not None
        status = e.event.status
        text = e.event.title + (f" ({words[status]})" if status != "confirmed" else "")
    return plain(text, first=first) or e.id


def event_text(e: Entry, words: Words) -> str:
    """The text of the entry's event line: its title, and its qualifier in words."""
    text = _title(e, words, first=True)
    if _qualified(e.when):
        text += f" ({plain(words.when(e.when, e.zone))})"
    return text


def tags(e: Entry) -> list[str]:
    """The entry's kind and tags as markwhen tags (ASCII word characters, not only digits)."""
    names = (e.kind, *(e.event.tags if e.event else ()))
    clean = (_NOT_ASCII_WORD.sub("", t) for t in names)
    return [t for t in dict.fromkeys(clean) if t and not t.isdigit()]


def _tags(e: Entry) -> str:
    return "".join(f" #{t}" for t in tags(e))


def _qualified(when: PartialDate | Span | None) -> bool:
    ends = [when] if isinstance(when, PartialDate) else [when.start, when.end] if isinstance(when, Span) else []
    return any(p is not None and p.qualifier for p in ends)


class _Writer:
    def __init__(
        self, tl: Timeline, chron: Chronology, parts: dict[str | None, list[Entry]], words: Words, default: str
    ) -> None:
        self.tl, self.chron, self.parts, self.words, self.default = tl, chron, parts, words, default
        self._when: dict[str, str | None] = {}
        self._shown: dict[str, bool] = {}

    def when(self, e: Entry) -> str | None:
        """:func:`when_text` of ``e`` in the header's zone, computed once per entry."""
        if e.id not in self._when:
            self._when[e.id] = when_text(e, self.chron, self.default)
        return self._when[e.id]

    def shown_below(self, e: Entry) -> bool:
        """Whether any part of ``e`` (at any depth) is on the timeline: then :meth:`level` of its parts has lines."""
        if e.id not in self._shown:
            stack, found = list(self.parts.get(e.id, ())), False
            while stack and not found:
                part = stack.pop()
                found = self.when(part) is not None or self._shown.get(part.id, False)
                if not found and part.id not in self._shown:
                    stack += self.parts.get(part.id, ())
            self._shown[e.id] = found
        return self._shown[e.id]

    def top(self, entries: list[Entry]) -> Iterator[list[str]]:
        """:meth:`level` at depth 1, one top-level entry at a time: those without dated parts, then the sections."""
        for e in entries:
            if not self.shown_below(e):
                yield self.entry(e)
        for e in entries:
            if self.shown_below(e):
                yield ["", f"# {_title(e, self.words)}", *self.entry(e), *self.level(self.parts.get(e.id, []), 2)]

    def level(self, entries: list[Entry], depth: int) -> list[str]:
        """Entries at one section level: those without dated parts first, then one section each."""
        loose: list[str] = []
        sections: list[str] = []
        for e in entries:
            kids = self.parts.get(e.id, [])
            if depth > _LEVELS:  # below markwhen's deepest section: listed in it
                loose += self.entry(e) + self.level(kids, depth)
                continue
            inner = self.level(kids, depth + 1)
            if inner:
                sections += ["", f"{'#' * depth} {_title(e, self.words)}", *self.entry(e), *inner]
            else:
                loose += self.entry(e)
        return loose + sections

    def entry(self, e: Entry) -> list[str]:
        """The entry's event line, properties and description (nothing when markwhen cannot date it)."""
        date = self.when(e)
        if date is None:
            return []
        out = [f"{date}: {event_text(e, self.words)}{_tags(e)}"]
        placed = exact(e)
        if placed is None or not isinstance(placed.start, datetime):  # times are UTC instants
            out += _zone_lines(e, self.chron, self.default)
        return out + [f"- {item}" for item in self.details(e)]

    def _undated_parts(self, e: Entry, prefix: str = "") -> list[str]:
        """``1. New York; 2. Boston; 2.1. Giffey joins``: the parts not on the timeline, in order."""
        out = []
        undated = [p for p in self.parts.get(e.id, ()) if self.when(p) is None]
        for i, p in enumerate(undated, 1):
            number = f"{prefix}{i}."
            out += [f"{number} {_title(p, self.words)}", *self._undated_parts(p, number)]
        return out

    def details(self, e: Entry) -> list[str]:
        """Description, people, undated parts and sources, one line each (URLs as they are), never a checkbox."""
        tl, words = self.tl, self.words
        items = []
        ev = e.event
        if ev is not None and ev.description:
            items.append(plain(ev.description))
        people = [p for p in (tl.person(i) for i in (ev.who if ev else ())) if p is not None]
        if people:
            who = "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in people)
            items.append(plain(f"{words['who']}: {who}"))
        itinerary = self._undated_parts(e)
        if itinerary:
            items.append(line(f"{words['itinerary']}: " + "; ".join(itinerary)))
        if e.source is not None and e.source.url and all(c.source != e.source.id for c in e.citations):
            items.append(line(e.source.url))
        for cit in e.citations:
            src = tl.source(cit.source)
            text = plain(
                (src.name if src is not None else cit.source) + (f": {words.quote(cit.quote)}" if cit.quote else "")
            )
            items.append(text + (f" {line(src.url)}" if src is not None and src.url else ""))
        return [_item(item) for item in items if item]


def _item(text: str) -> str:
    """A description line's text, never read as an event or a checkbox.

    Markwhen reads ``- <relative date or month>: …`` (``- 10: …``, ``- March: …``, ``- before: …``)
    as an event ranging from now, and ``- [x]`` as a checkbox; every event start needs a colon. Such
    a line starts with a word joiner, which no date and no checkbox can start with.
    """
    return _JOIN + text if ":" in text or text.startswith("[") else text
