"""The words of an ICS export: SUMMARY, DESCRIPTION, LOCATION, as calendar apps show them.

Google and Outlook ignore URL and most of the structure of a VEVENT, so what a reader needs - the
people, the undated parts of a trip in order, the sources with their quotes and links - goes into
DESCRIPTION as plain text.
"""

from __future__ import annotations

import re

from ..dates import Span
from ..humanize import Words
from ..model import Source, Timeline
from ..ordering import Entry
from ._ics_when import Placement, exact

# Line breaks: CRLF, CR, NEL (U+0085), LINE and PARAGRAPH SEPARATOR (U+2028/9). Every other control
# character (C0, DEL, C1; Unicode category Cc) and any lone surrogate (which UTF-8 cannot encode) is
# a space. U+FEFF (a byte order mark pasted into a text, or the deprecated zero-width no-break space)
# is left out: icalendar reads every value's bytes as UTF-8 with a signature, so a value that starts
# with one would lose it there and keep it here. The same rules for every TEXT value, single-line or
# not: see text() and line().
_BREAK = re.compile("\r\n|[\r\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def text(value: str) -> str:
    """Multi-line TEXT (DESCRIPTION): every line break as LF (icalendar escapes it as \\n), no other controls."""
    if value.isprintable() or value.replace("\n", "").isprintable():
        return value  # nothing but LF of what changes: every other break, control or surrogate is not printable
    return text_slow(value)


def text_slow(value: str) -> str:
    """:func:`text` in full for any text (the oracle of its fast path)."""
    return _CONTROL.sub(" ", _BREAK.sub("\n", value)).replace("\ufeff", "")


def line(value: str) -> str:
    """Single-line TEXT (SUMMARY, LOCATION, CATEGORIES, NAME): line breaks, controls and whitespace runs
    become one space."""
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value  # one line of single spaces already: no whitespace but the space is printable
    return line_slow(value)


def line_slow(value: str) -> str:
    """:func:`line` in full for any text (the oracle of its fast path)."""
    return " ".join(text_slow(value).split())


def summary(e: Entry, words: Words, placement: Placement) -> str:
    """The title; status in words (Google ignores STATUS); the real precision of a stand-in span."""
    out = _title(e, words)
    start = e.when.start if isinstance(e.when, Span) else e.when
    if not placement.exact or (start is not None and start.qualifier):
        out += f" ({words.when(e.when, e.zone)})"
    return line(out)


def _title(e: Entry, words: Words) -> str:
    """A report as "X berichtet: ...", an event by its title with its status in words when it is
    tentative or cancelled (in SUMMARY and in a parent's itinerary alike: Google ignores STATUS)."""
    if e.source is not None:
        return words.report(e.source)
    assert e.event is not None
    if e.event.status in ("tentative", "cancelled"):
        return f"{words[e.event.status].upper()}: {e.event.title}"
    return e.event.title


def location(tl: Timeline, e: Entry) -> str | None:
    """The place's name and address."""
    place = tl.place(e.event.where) if e.event is not None and e.event.where else None
    if place is None:
        return None
    return line(f"{place.name}, {place.address}" if place.address else place.name)


def _itinerary(e: Entry, words: Words, children: dict[str, list[Entry]], depth: int = 0) -> list[str]:
    """The parts of ``e`` that have no day of their own, in order, nested by indentation."""
    out = []
    undated = [p for p in children.get(e.id, ()) if exact(p) is None]
    for i, p in enumerate(undated, 1):
        title = _title(p, words)
        out.append(f"{'   ' * depth}{i}. {title} ({words.when(p.when, p.zone)})")
        out += _itinerary(p, words, children, depth + 1)
    return out


def calendar_file(src: Source) -> bool:
    """Whether ``src`` is an iCalendar file (a timeline made by ``chronik import`` cites its calendar)."""
    return src.kind == "document" and src.file is not None and src.file.lower().endswith((".ics", ".ical"))


def _sources(tl: Timeline, e: Entry, words: Words) -> list[str]:
    """The sources block; a calendar file is not listed in the calendar made from it (nor in its CSV):
    it would name the very calendar the reader is looking at, and break export -> import -> export."""
    out = [f"- {e.source.url}"] if e.source is not None and e.source.url else []
    citations = e.event.sources if e.event is not None else (e.source.sources if e.source else ())
    for cit in citations:
        src = tl.source(cit.source)
        if src is None or calendar_file(src):
            continue
        label = src.name + (f", {words.partial(src.published)}" if src.published is not None else "")
        out.append(
            f"- {label}" + (f": {words.quote(cit.quote)}" if cit.quote else "") + (f" {src.url}" if src.url else "")
        )
    return out


def description(tl: Timeline, e: Entry, words: Words, children: dict[str, list[Entry]]) -> str | None:
    """Description, people, the undated parts in order, and the sources with quotes and links."""
    blocks = []
    if e.event is not None and e.event.description:
        blocks.append(e.event.description)
    if e.event is not None and e.event.who:
        people = (tl.person(i) for i in e.event.who)
        blocks.append(f"{words['who']}: " + "; ".join(p.name + (f" ({p.role})" if p.role else "") for p in people if p))
    itinerary = _itinerary(e, words, children)
    if itinerary:
        blocks.append("\n".join([f"{words['itinerary']}:", *itinerary]))
    sources = _sources(tl, e, words)
    if sources:
        blocks.append(f"{words['sources']}:\n" + "\n".join(sources))
    return text("\n\n".join(blocks)) or None
