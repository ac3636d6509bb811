"""Pages of entries: a date heading an entry on a line of its own (:func:`heads_entry`), and live tickers and
blogs, where the time stamp that opens an entry dates what the entry reports (:func:`ticker_entries`).

A ticker ("+++ 14.35 Uhr: Wie die Polizei Frankfurt berichtet, …", "20:40" on a line of its own above the
entry, "16:18" over "03.03.2025") is a page of dated entries, each one the outlet's report of that minute.
An entry that credits an agency at its end ("(dpa)") is the agency's report; an entry whose first sentence
reports someone's statement without a date of its own ("Wie die Polizei berichtet", "erklärte die Polizei,
dass") is that maker's report of the minute; any other entry is the page's own, its masthead's or source's
where the page names one (an entry's later sentences were tried as well and named the wrong makers more often
than the right). Only a text with two stamps or more is a ticker: one time alone on a line is no series.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from .. import outlets
from ._attrib import spoken
from ._publishers import known_outlet
from ._sentences import Span
from ._types import Mention
from .lang import get, pool

#: What may stand on a stamp's line before it: blanks, the ticker's plus signs ("+++ 14.35 Uhr:") and a label of
#: a word or two ("Erstmeldung vom Dienstag, 04.05.2021, 13.40 Uhr:", "Update 14:05").
_BEFORE = re.compile(r"[ \t+]*(?:[A-ZÄÖÜ][\w-]*(?:[ \t]+[a-zäöü]{2,4})?[ \t]+)?")
#: What ends a stamp's line after it: a colon or a bar and the entry ("14.35 Uhr: Wie …", "13:00 Uhr | Zeitumstellung"),
#: or the line's end.
_AFTER = re.compile(
    r"[ \t+]*(?::(?!\d)|\||\n|$|\.[ \t]+(?=[A-ZÄÖÜ])|[^\n]*[ \t]\+\+\+[ \t]*(?:\n|$)"
    # the entry's place before its colon: "16.46 Uhr, Ebersberg: Das Landratsamt …", "9:10 - Bad Tölz:"
    r"|(?:,|[ \t]*[-–—])[ \t]*[A-ZÄÖÜ][\w.'’-]*(?:[ \t/]+[A-ZÄÖÜ][\w.'’-]*){0,2}[ \t]*:(?!\d))"
)  # "13:00 Uhr | Zeitumstellung …", "10:02 Uhr. Götzl:", "+++ 22:53 Koalitionsausschuss tagt +++"

#: How many sentences of an entry may report the statement its stamp dates.
_ENTRY_SENTENCES = 1


@cache
def _clock(clock_words: tuple[str, ...]) -> str:
    """A time of day and maybe its word (the pooled ``clock_words``: "14.35 Uhr", "2.36pm"), as a pattern."""
    words = "|".join(re.escape(w) for w in sorted(clock_words, key=len, reverse=True))
    return rf"\d{{1,2}}(?:[:.]\d\d)?(?:[ \t]*(?:{words}))?" if words else r"\d{1,2}(?:[:.]\d\d)?"


@cache
def _clock_only(clock_words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_clock(clock_words), re.IGNORECASE)


def clock_only(surface: str) -> bool:
    """Is ``surface`` a time alone ("20:39", "14.35 Uhr", "2.36pm")? As a stamp, its day is the ticker's, not one
    an entry names."""
    return _clock_only(pool().clock_words).fullmatch(surface) is not None


def entry_clock(text: str, start: int, surface: str, named: tuple[int, int], paragraphs: list[int]) -> bool:
    """Does a time alone (``surface`` at ``start``) open its line in a later paragraph than the day ``named`` (its
    start and end), where running text named it, not a heading ("13:39 Uhr - Hannover" after "… vor dem Nordderby
    am Freitagabend")? It heads an entry of its own, on the page's day, not on the day that text named.
    ``paragraphs``: where blank lines stand."""
    if not clock_only(surface):
        return False
    line = short_line_start(text, start)  # a stamp opens a short line
    return (
        line is not None
        and not text[line:start].strip()
        and bisect.bisect_left(paragraphs, named[0]) < bisect.bisect_left(paragraphs, start)
        and not heads_entry(text, *named)
    )


#: The agency an entry credits at its end ("… um rund 80 Prozent. (dpa)", "(AFP/red)"): its report.
_CREDIT = re.compile(r"\((?P<name>[A-Za-z][\w-]{1,15})(?:/[a-z]{2,4})?\)\s*$")
#: How a stamp's ``basis`` begins: each entry stays one, even beside another of the same minute (:mod:`._merge`).
TICKER = "ticker entry"


def _stamp(text: str, mention: Mention) -> bool:
    """Does ``mention`` open its line as a time of day and end it, or stand before a colon?"""
    if mention.value is None or "T" not in mention.value or "/" in mention.value:
        return False
    line = short_line_start(text, mention.start)
    if line is None:
        return False
    return _BEFORE.fullmatch(text, line, mention.start) is not None and _AFTER.match(text, mention.end) is not None


def short_line_start(text: str, position: int, reach: int = 60) -> int | None:
    """Where the line of ``position`` begins, if within ``reach`` characters (a stamp's line is short; looking
    further would cost each time of a long line its length), else None."""
    line = text.rfind("\n", max(0, position - reach), position) + 1
    return None if line == 0 and position > reach else line


#: What may stand beside a date that heads an entry on a line of its own: brackets, dashes, bars, a clock time, the
#: item's kind after a bar and a label of a word or two ("(17.03.2020 - 22:39)", "Update vom 13.06.2021, 9 Uhr:",
#: "Samstag, 17. Februar").
@cache
def _heading_rest(clock_words: tuple[str, ...]) -> re.Pattern[str]:
    clock = _clock(clock_words)
    return re.compile(
        rf"[ \t(),:|–—+-]*(?:(?=\d{{1,2}}[:.]\d)(?:{clock}))?[ \t(),:|–—+-]*"
        r"(?:(?<=\|)[ \t]*[A-ZÄÖÜ][\w-]{2,20}[ \t]*)?",  # the item's kind after a bar: "16.09.2021 | Statement"
        re.IGNORECASE,
    )


@cache
def update_label() -> str:
    """The languages' labels of an update before its stamp, as one alternation ("update|aktualisiert|…")."""
    return "|".join(sorted(map(re.escape, pool().update_labels), key=len, reverse=True))


@cache
def _entry_label() -> re.Pattern[str]:
    """An update's label before the stamp that opens its entry: "Update: 23. März, 8.05 Uhr. …", "Updated 4:15 p.m."."""
    return re.compile(rf"[ \t+]*(?:(?i:{update_label()})[ \t]*:?[ \t]*)?")


def opens_entry(text: str, start: int) -> bool:
    """Does a date with its time at ``start`` open its paragraph, maybe after an update's label ("Update: 23. März,
    8.05 Uhr. Erst um kurz vor 3 Uhr morgens …")? It heads an entry: the times the entry names fall on its day."""
    line = short_line_start(text, start)  # a label is short: no looking further back
    return line is not None and _entry_label().fullmatch(text, line, start) is not None


_HEADING_LABEL = re.compile(r"[ \t+]*(?:[A-ZÄÖÜ][\w-]*(?:[ \t]+[a-zäöü]{2,4})?[ \t]+)?[(]?")


def heads_entry(text: str, start: int, end: int) -> bool:
    """Does the date at ``[start, end)`` stand on a line of its own, maybe with a time, brackets or a short label?
    Such a line heads an entry of a page of entries (an archive, a ticker's day, a list of releases): the days
    the entry names count from it."""
    line = text.rfind("\n", max(0, start - 40), start) + 1
    if line == 0 and start > 40:
        return False
    if not text[line:start].strip() and _TITLE_AFTER.match(text, end) is not None:
        return True  # it opens its line before the item's title, a paragraph of its own ("25.05.2018 Neue Krone …")
    stop = text.find("\n", end, end + 40)
    if stop < 0 and len(text) - end > 40:
        return False
    stop = len(text) if stop < 0 else stop
    label = _HEADING_LABEL.fullmatch(text, line, start)
    return label is not None and _heading_rest(pool().clock_words).fullmatch(text, end, stop) is not None


#: An item's title after its date, on the rest of the line, a paragraph of its own: no sentence's end.
_TITLE_AFTER = re.compile(r"[ \t]+[A-ZÄÖÜ„“\"][^\n]{2,100}(?<![.!?,;:])[ \t]*\n[ \t]*\n")


#: A speaker's name opening a protocol's entry after the stamp's full stop, before a colon: "10:02 Uhr. Götzl: …",
#: "Richter Max Muster:"; not a place that opens a ticker's entry after a colon ("14:05 Uhr: Kiew: …").
_SPEAKER = re.compile(r"[ \t]*\.[ \t]+(?P<name>[A-ZÄÖÜ][\w'’.-]+(?:[ \t]+[A-ZÄÖÜ][\w'’.-]+){0,2})[ \t]*:[ \t]+(?=\S)")


def _speaker(text: str, start: int, end: int, language: str) -> str | None:
    """The speaker an entry opens with, as a protocol names them ("Götzl: …"); not a label ("Update: …")."""
    m = _SPEAKER.match(text, start, end)
    if m is None:
        return None
    name = m.group("name")
    low = {w.lower() for w in name.split()}
    if low & (get(language).statement_nouns | pool().articles | pool().stop_words):
        return None
    return name


def ticker_entries(text: str, mentions: list[Mention], spans: list[Span], language: str) -> list[Mention]:
    """``mentions`` with each ticker stamp made a report: the maker's whose statement the entry reports, else the
    page's own (no publisher named here; a page's source is found later)."""
    stamps = [i for i, m in enumerate(mentions) if m.kind == "event" and _stamp(text, m)]
    if len(stamps) < 2:
        return mentions
    starts = [s.start for s in spans]
    dated = sorted(m.start for m in mentions)
    out = list(mentions)
    # the day of the stamp before; the first stamp's is the first day the page names before it, its own day
    # ("MDR SACHSEN | 29.03.2019 Ticker", "Die aktuelle Debatte im Landtag (05.09.2018)"), not one an entry names
    day = next(
        (
            m.value[:10]  # a day, or a day's time ("Sendedatum: 22.02.2017 12:00 Uhr")
            for m in mentions[: stamps[0]]
            if m.value and len(m.value) in (10, 16) and m.value[4] == "-" and not clock_only(m.surface)
        ),
        None,
    )
    # the page's own time on its first line ("22nd Mar 2021 10:32 AM"): no entry is stamped after it
    head = mentions[0]
    dated_head = head.value and len(head.value) == 16 and head.value[10] == "T" and not clock_only(head.surface)
    latest = head.value if dated_head and "\n" not in text[: head.start] else None
    for k, i in enumerate(stamps):
        stamp = mentions[i]
        value = stamp.value or ""
        if day is not None and clock_only(stamp.surface) and value[:10] != day:
            value = day + value[10:]  # "20:39" after an entry that names tomorrow: still the ticker's day
        if latest is not None and clock_only(stamp.surface) and len(value) == 16 and _later(value, latest, _UPDATED):
            # "EARLIER 4.30pm" on a page updated at 10:32 AM: the day before; not "18.10 Uhr" on a page stamped
            # 17:46, which its ticker ran on past
            value = (date.fromisoformat(value[:10]) - timedelta(days=1)).isoformat() + value[10:]
        day = value[:10]
        entry_end = mentions[stamps[k + 1]].start if k + 1 < len(stamps) else len(text)
        first = max(0, bisect.bisect_right(starts, stamp.end) - 1)  # the stamp may open the entry's first sentence
        first += spans[first].end <= stamp.end if first < len(spans) else 0
        credit = _CREDIT.search(text, stamp.end, entry_end)
        publisher = known_outlet(credit.group("name")) if credit and outlets.known(credit.group("name")) else None
        if publisher is None:  # a protocol's speaker: "10:02 Uhr. Götzl: Wir kommen dann zum Zeugen …"
            publisher = _speaker(text, stamp.end, entry_end, language)
        for span in spans[first : first + _ENTRY_SENTENCES] if publisher is None else ():
            if span.end > entry_end:
                break
            own = bisect.bisect_left(dated, max(span.start, stamp.end)) < bisect.bisect_left(dated, span.end)
            if own:
                continue  # "Wie die Bundesbehörde am Donnerstag mitteilte": a statement with its own date
            publisher = spoken(text, span, language)
            if publisher:
                break
        basis = stamp.basis if value == stamp.value else f"the day of the stamp before ({day})"
        out[i] = replace(stamp, value=value, kind="report", publisher=publisher, basis=f"{TICKER}; {basis}")
    return out


#: Minutes a ticker may run on past its page's own stamp the same day (the page stamped when first published).
_UPDATED = 120


def _later(value: str, latest: str, minutes: int) -> bool:
    """Is the time ``value`` (YYYY-MM-DDTHH:MM) more than ``minutes`` after ``latest``?"""
    after = int(value[11:13]) * 60 + int(value[14:16]) - int(latest[11:13]) * 60 - int(latest[14:16])
    return value[:10] > latest[:10] or (value[:10] == latest[:10] and after > minutes)


def entry_stamps(text: str, mentions: list[Mention], day: str) -> set[int]:
    """The mentions that stamp a list's entries: a date with its time on a line of its own ("(17.03.2020 -
    22:39)"), on or before the page's day, where the page has two or more such lines (an archive of items, each
    the page's report of its own day)."""
    stamped = {
        index
        for index, m in enumerate(mentions)
        if m.value
        and "T" in m.value
        and "/" not in m.value
        and m.value[:10] <= day
        and not clock_only(m.surface)  # a time alone is a ticker's stamp
        and heads_entry(text, m.start, m.end)
    }
    # days without a time head a list's entries where one of them is the page's own day ("28.06.2021" under one
    # item, "26.06.2021" under the next): the others are the page's earlier items, not a chronology's
    days = {
        index
        for index, m in enumerate(mentions)
        if m.value
        and len(m.value) == 10
        and m.value <= day
        and any(c.isdigit() for c in m.surface)
        and heads_entry(text, m.start, m.end)
    }
    if len(days) >= 2 and any(mentions[index].value == day for index in days):
        stamped |= days
    return stamped if len(stamped) >= 2 else set()
