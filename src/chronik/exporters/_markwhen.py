"""Markwhen: a text timeline (``.mw``) that markwhen.com, its editors and its CLI render.

::

    title: Kai Wegners USA-Reise im November 2024
    timezone: Europe/Berlin
    // Nicht auf der Zeitleiste (Datum nicht berichtet oder ohne Anfang):
    // - Station New York: Termine beim Pharmaunternehmen Pfizer (geplant)

    2024-11: Tagesspiegel Checkpoint berichtet: ... #report
    - Nachrichtentext, Quelltext dieser Chronik: „Laut dem Tagesspiegel Checkpoint ...“
    group Kai Wegners fünftägige Reise in die USA
    2024-11-10/2024-11-14: Kai Wegners fünftägige Reise in die USA #trip
    2024-11-10: Abflug nach New York #event
    endGroup

- The header is markwhen's YAML header: ``title``, ``description`` (quoted when YAML needs it) and
  ``timezone``, the zone dates are read in. An entry in another zone gets a ``timezone`` property.
- Dates are EDTF at the precision known (``1967``, ``2024-11``, ``2024-11-10/2024-11-16``, end day
  included, as in chronik); a start plus days is written with its last day; times are local clock
  times ``2024-11-10 11:30`` in the entry's zone (fixed offsets moved into it), to the minute.
  Qualifiers (``~ ? %``), which markwhen does not read, are spelt out after the title.
- An entry with parts opens ``group <title>``, followed by the entry and its parts, then ``endGroup``.
- Each entry's description, people and sources follow as ``- `` list lines (markwhen's event
  description), which can never start an event, a property, a group or a comment.

Markwhen's relative dates (``after !id 1 day``) would pin an undated stop to a made-up day, and it
has no open-ended ranges: such entries are left out of the timeline, named in a ``//`` comment in the
header, and listed by :meth:`MarkwhenExporter.notes`. Every text is put on one line (newlines and
control characters become spaces) and ``//`` is written ``/∕`` so no text can become a comment;
URLs are kept as they are. Markwhen's inline syntax in a title (``#tag``, ``[link](url)``) is left
for markwhen to render: it has no escape for it.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from datetime import datetime, timedelta
from typing import ClassVar

from ..dates import PartialDate, Precision, Span, zone
from ..humanize import Words
from ..model import Timeline
from ..ordering import Entry, chronology
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


def line(text: str) -> str:
    """``text`` on one line, with no ``//`` that could start a comment.

    >>> line("a\\nb // c")
    'a b /∕ c'
    """
    return txt.line(_NOT_YAML.sub("", text)).replace("//", "/\u2215")


def _yaml(text: str) -> str:
    value = line(text)
    plain = _PLAIN_YAML.fullmatch(value) and value.lower() not in _YAML_WORDS
    return value if plain else json.dumps(value, ensure_ascii=False)


def _clock(moment: datetime) -> str:
    return f"{moment.date().isoformat()} {moment.hour:02d}:{moment.minute:02d}"


def when_text(e: Entry) -> str | None:
    """The entry's date in markwhen's EDTF subset, or None when markwhen cannot show it."""
    when, placed = e.when, exact(e)
    if placed is not None:
        start, end = placed.start, placed.end
        if isinstance(start, datetime):
            tz = zone(e.zone)
            text = _clock(start.astimezone(tz))
            return text + (f"/{_clock(end.astimezone(tz))}" if isinstance(end, datetime) else "")
        last = end - timedelta(days=1) if end is not None else start
        return start.isoformat() + (f"/{last.isoformat()}" if last != start else "")
    if isinstance(when, PartialDate):
        return _plain(when)
    if isinstance(when, Span) and when.start is not None and when.end is not None and not when.start.has_time:
        return f"{_plain(when.start)}/{_plain(when.end)}"
    return None


def _plain(value: PartialDate) -> str:
    """``2024-11``: the date without qualifier (months and years never have a time)."""
    return str(PartialDate(value.year, value.month, value.day))


class MarkwhenExporter:
    """A markwhen timeline (``text/markwhen``)."""

    name: ClassVar[str] = "markwhen"
    suffix: ClassVar[str] = ".mw"
    media_type: ClassVar[str] = "text/markwhen"

    def __init__(self, *, language: str | None = None) -> None:
        self.language = language

    def export(self, timeline: Timeline, /) -> str:
        """The markwhen document, ending in one newline."""
        words = Words(self.language or timeline.language)
        chron = chronology(timeline)
        parts: dict[str | None, list[Entry]] = defaultdict(list)
        for e in chron.entries:
            parts[e.parent].append(e)
        default = timeline.timezone or "UTC"
        lines = [f"title: {_yaml(timeline.title)}"]
        if timeline.description:
            lines.append(f"description: {_yaml(timeline.description)}")
        lines.append(f"timezone: {default}")
        missing = [e for e in chron.entries if when_text(e) is None]
        if missing:
            lines.append(f"// {_LEFT_OUT[words.language]}:")
            lines += [f"// - {_title(e, words)} ({line(words.when(e.when, e.zone))})" for e in missing]
        lines.append("")
        for e in parts[None]:
            lines += _block(timeline, e, parts, words, default)
        return "\n".join(lines) + "\n"

    def notes(self, timeline: Timeline, /) -> list[str]:
        """Entries left out, and times shown to the minute only."""
        words = Words(self.language or timeline.language)
        out = []
        for e in chronology(timeline).entries:
            if when_text(e) is None:
                why = "undated" if e.when is None else f"'{e.when}' has no start or no end markwhen can read"
                out.append(
                    f"markwhen: left out '{e.id}' ({why}), named in a header comment: {words.when(e.when, e.zone)}"
                )
            elif e.precision == Precision.SECOND:
                out.append(f"markwhen: '{e.id}' shown to the minute (markwhen times have no seconds)")
        return out


def _title(e: Entry, words: Words) -> str:
    """The entry's title on one line; its id when the title is only control characters."""
    if e.source is not None:
        return line(words.report(e.source)) or e.id
    assert e.event is not None
    status = e.event.status
    return line(e.event.title + (f" ({words[status]})" if status != "confirmed" else "")) or e.id


def _tags(e: Entry) -> str:
    tags = (e.kind, *(e.event.tags if e.event else ()))
    clean = (_NOT_ASCII_WORD.sub("", t) for t in tags)
    return "".join(f" #{t}" for t in dict.fromkeys(clean) if t and not t.isdigit())


def _qualified(when: PartialDate | Span | None) -> bool:
    ends = [when] if isinstance(when, PartialDate) else [when.start, when.end] if isinstance(when, Span) else []
    return any(p is not None and p.qualifier for p in ends)


def _block(tl: Timeline, e: Entry, parts: dict[str | None, list[Entry]], words: Words, default: str) -> list[str]:
    """The entry's lines, and its parts' inside a group when it has any."""
    out = []
    date = when_text(e)
    if date is not None:
        text = _title(e, words)
        if _qualified(e.when):
            text += f" ({line(words.when(e.when, e.zone))})"
        out.append(f"{date}: {text}{_tags(e)}")
        if e.zone != default:
            out.append(f"timezone: {e.zone}")
        out += [f"- {item}" for item in _details(tl, e, words, parts)]
    inner = [text for p in parts.get(e.id, ()) for text in _block(tl, p, parts, words, default)]
    if inner:
        return [f"group {_title(e, words)}", *out, *inner, "endGroup"]
    return out


def _undated_parts(e: Entry, parts: dict[str | None, list[Entry]], words: Words, prefix: str = "") -> list[str]:
    """``1. New York; 2. Boston; 2.1. Giffey joins``: the parts not on the timeline, in order."""
    out = []
    undated = [p for p in parts.get(e.id, ()) if when_text(p) is None]
    for i, p in enumerate(undated, 1):
        number = f"{prefix}{i}."
        out += [f"{number} {_title(p, words)}", *_undated_parts(p, parts, words, number)]
    return out


def _details(tl: Timeline, e: Entry, words: Words, parts: dict[str | None, list[Entry]]) -> list[str]:
    """Description, people, undated parts and sources, one line each (URLs as they are), never a checkbox."""
    items = []
    ev = e.event
    if ev is not None and ev.description:
        items.append(line(ev.description))
    people = [p for p in (tl.person(i) for i in (ev.who if ev else ())) if p is not None]
    if people:
        items.append(line(f"{words['who']}: " + "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in people)))
    itinerary = _undated_parts(e, parts, words)
    if itinerary:
        items.append(line(f"{words['itinerary']}: " + "; ".join(itinerary)))
    if e.source is not None and e.source.url and all(c.source != e.source.id for c in e.citations):
        items.append(e.source.url)
    for cit in e.citations:
        src = tl.source(cit.source)
        text = line(
            (src.name if src is not None else cit.source) + (f": {words.quote(cit.quote)}" if cit.quote else "")
        )
        items.append(text + (f" {src.url}" if src is not None and src.url else ""))
    return [(" " if item.startswith("[") else "") + item for item in items]
