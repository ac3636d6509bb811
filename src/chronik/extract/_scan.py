"""Find temporal expressions in a text and read what each one says, before any resolution.

Each rule is a regular expression over the raw text plus a reader that turns its match into a
:class:`Timex`: the fields the words fix (a day and month, a weekday, "vergangene Woche", "einen Monat
später") and nothing more. Which year a bare "im Mai" means is left to :mod:`._resolve`. Overlapping
matches are settled longest-first, so "am Sonntag, 10. November 2024, 12.00 Uhr" is one expression.

The rules of a language are its module's (:attr:`~._language.Language.rules`); the readers they use are
shared (:mod:`._readers`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from ._lexicon import Lexicon, lexicon
from ._phrases import one_word_statement_nouns
from .lang import pool


@dataclass(frozen=True)
class Spec:
    """What an expression (or one end of a range) fixes; unset fields are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    part_of_day: str | None = None
    modifier: str | None = None
    """``early`` / ``mid`` / ``late`` ("Anfang Oktober", "late November"): the month or year stays whole."""
    direction: int | None = None
    """Explicit direction for a weekday or month: -1 "vergangenen/last", +1 "kommenden/next", 0 "this"."""
    year_offset: int | None = None
    """Year relative to the reference year: "im April vergangenen Jahres" -1, "in April next year" +1."""
    day_offset: int | None = None
    """Days from the reference date: heute 0, gestern -1, morgen 1."""
    anchor_days: int | None = None
    """Days from the previous dated mention: "am Vortag" -1, "tags darauf" 1."""
    anchor_months: int | None = None
    """Months from the previous dated mention: "einen Monat später" 1."""
    week_offset: int | None = None
    """Calendar week (Monday-Sunday) from the reference week: "vergangene Woche" -1."""
    month_offset: int | None = None
    """Month from the reference month: "Anfang des Monats" 0, "last month" -1."""
    quarter_offset: int | None = None
    """Calendar quarter from the reference quarter: "last quarter" -1, "this quarter" 0 (its three months)."""
    ago: tuple[int, str] | None = None
    """"vor drei Jahren": (3, "Y"); units D, W, M, Y."""
    prior_year: bool = False
    """"im Vorjahr", "the previous year": the year before the one the text named last (or its own)."""
    ahead: tuple[int, str] | None = None
    """"in drei Wochen", "in 18 months": (3, "W"), counted on from the reference in a clause of the future only."""
    weekend: bool = False
    """"am Wochenende", "last weekend": Saturday and Sunday of the week ``direction`` or the tense points to."""
    since: bool = False
    """"seit Sonntag", "since Monday": the start of what still goes on - the day on or before the reference."""
    deadline: bool = False
    """"by Friday", "bis Freitag": a day set ahead - on or after the reference unless the clause is past."""
    by_end: bool = False
    """A span without its year placed by its end ("im ersten Halbjahr": the half that ends on the side the
    tense says; in a text of March, "noch im ersten Halbjahr" is this year's)."""
    named_day: bool = False
    """"the same day", "am selben Tag": the day the text named last, even the day of a report (a part of the
    day continues the last event's day)."""
    edition: bool = False
    """A paper's edition ("(Dienstagsausgabe)"): the next day's paper, reported ahead, or a recent one."""
    new_year: bool = False
    """"in the new year", "im neuen Jahr": the year that begins next, in the year's first half the year begun."""
    easter: int | None = None
    """Days from Easter Sunday of the year ("Karfreitag" -2, "Whit Monday" 50): a feast that moves with Easter."""


@dataclass(frozen=True)
class Timex:
    """One temporal expression as found: where, what it fixes, and how to treat it."""

    start: int
    end: int
    surface: str
    kind: str
    """``point``, ``range``, ``vague`` (kept unresolved), ``duration`` (with the noun it measures) or
    ``xref`` (a day counted from another date in the same sentence: "Einen Tag vor Beginn des Gipfels")."""
    first: Spec = field(default_factory=Spec)
    last: Spec | None = None
    duration: str | None = None
    noun: str | None = None
    weak: bool = False
    """An adjective such as "der morgigen Sitzung": dropped when its day is already on the timeline."""
    publisher: str | None = None
    """A wire dateline's agency ("BRUSSELS, February 10 (Xinhua)")."""
    dateline: bool = False
    """The date of the text's own dateline or release line, a report even where its issuer is not named
    ("Wien, 03. Juli 2009 – 849 Teilnehmer …")."""
    release: bool = False
    """A release's or page's own date line ("Hamburg | Donnerstag, 7. Februar 2019", "veröffentlicht: 10. April
    2024"), not a news dateline: where it names no issuer, the organisation the text names most often is its
    issuer (:mod:`._issuer`)."""
    tz: str | None = None


Reader = Callable[[re.Match[str], Lexicon], "Timex | list[Timex] | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader


@cache
def rules(language: str) -> tuple[Rule, ...]:
    """The language's rules, built once from its month and weekday names."""
    lex = lexicon(language)
    return lex.lang.rules(lex)


# ---------------------------------------------------------------- scanning


#: Blanks over at most one line break: a blank line parts what stands on either side of it (a ticker's day heading
#: and its first entry's time).
ONE_BREAK = r"[ \t]*\n?[ \t]*"

#: The rest of a word and the blanks after it.
_REST_OF_WORD = re.compile(r"\w{1,60}\W{1,20}")  # bounded: a run of letters is no word


def _candidates(text: str, language: str) -> Iterator[Timex]:
    lex = lexicon(language)
    for rule in rules(language):
        for found_m in rule.pattern.finditer(text):
            m: re.Match[str] | None = found_m
            at = found_m.start()
            if at and text[at - 1].isalnum() and text[at].isalnum():
                # an optional word matched at the end of another ("Televisi|on Sunday", "Te|am Montag"): the
                # expression starts at the next word, if it does at all
                word = _REST_OF_WORD.match(text, at)
                m = rule.pattern.match(text, word.end()) if word is not None and word.end() < found_m.end() else None
            if m is None or m.end() == m.start():
                continue
            found = rule.read(m, lex)
            for timex in found if isinstance(found, list) else [found] if found is not None else []:
                yield _trim(timex, text)


def _trim(timex: Timex, text: str) -> Timex:
    """Drop leading and trailing blanks and commas a pattern's optional parts may have taken."""
    start, end = timex.start, timex.end
    while start < end and text[start] in " ,\t\n":
        start += 1
    while end > start and text[end - 1] in " ,\t\n":
        end -= 1
    if (start, end) == (timex.start, timex.end):
        return timex
    return replace(timex, start=start, end=end, surface=text[start:end])


def scan(text: str, language: str) -> list[Timex]:
    """All temporal expressions in ``text``, non-overlapping, longest first, in text order."""
    # longest first; of two as long, the one with a day ("3:20 a.m. Friday" over "around 3:20 a.m.")
    found = sorted(
        _candidates(text, language),
        key=lambda t: (-(t.end - t.start), _clock_only(t), t.publisher is None and not t.dateline, t.start),
    )
    starts: list[int] = []
    taken: list[Timex] = []  # sorted by start, pairwise disjoint
    for timex in found:
        i = bisect.bisect_left(starts, timex.start)
        if i > 0 and taken[i - 1].end > timex.start:
            continue
        if i < len(taken) and taken[i].start < timex.end:
            continue
        starts.insert(i, timex.start)
        taken.insert(i, timex)
    explained = _explained(text, [t for t in taken if not _in_quoted_name(text, t)])
    joined = _join_clocks(text, explained, language)
    return _share_direction(text, _join_spans(text, joined, language), language)


#: The bracket around a date that says which day a relative day before it is: "today (March 23)".
_OPENING, _CLOSING = re.compile(r",?[ \t]*\([ \t]*"), re.compile(r"[ \t]*\)")


def _explained(text: str, taken: list[Timex]) -> list[Timex]:
    """A relative day or a weekday and the date in brackets right after it ("today (March 23)", "gestern (Dienstag,
    3. Mai)", "am Donnerstag (23.03.2017)") are one expression: the bracket's day, which the copy's own day may no
    longer be; a time after the bracket is that day's ("…, gegen 22:10 Uhr")."""
    out: list[Timex] = []
    for timex in taken:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind == "point"
            and (last.first.day_offset is not None or last.first.weekday is not None)
            and last.first.month is None
            and timex.kind == "point"
            and timex.first.month is not None
            and timex.first.day is not None
            and _OPENING.fullmatch(text, last.end, timex.start)
            and (close := _CLOSING.match(text, timex.end)) is not None
        ):
            out[-1] = replace(timex, start=last.start, end=close.end(), surface=text[last.start : close.end()])
            continue
        out.append(timex)
    return out


def _share_direction(text: str, taken: list[Timex], language: str) -> list[Timex]:
    """A weekday joined to one with its direction takes that direction: in "this Monday and Wednesday" the
    Wednesday is this week's too."""
    between = _between(language)
    if between is None:
        return taken
    out = list(taken)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (
            first.kind == second.kind == "point"
            and first.first.weekday is not None
            and first.first.direction is not None
            and second.first.weekday is not None
            and second.first.direction is None
            and second.first.month is None
            and between[1].fullmatch(text, first.end, second.start)
        ):
            out[i] = replace(second, first=replace(second.first, direction=first.first.direction))
    return out


#: A name in quotation marks whose last words read as a day: «Schweiz am Wochenende», „Welt am Sonntag“.
_QUOTED_DAY_NAME = re.compile(r"[„\"“«»][A-ZÄÖÜ][\w.&'’-]*(?:\s+[A-ZÄÖÜ][\w.&'’-]*){0,3}\s+$")


def _in_quoted_name(text: str, timex: Timex) -> bool:
    """Is the expression the end of a name in quotation marks ("die «Schweiz am Wochenende»", "der „Welt am
    Sonntag“"): capitalised words after the opening mark, the closing mark right after the expression?"""
    return text[timex.end : timex.end + 1] in ("“", '"', "”", "«", "»") and bool(
        _QUOTED_DAY_NAME.search(text, max(0, timex.start - 60), timex.start)
    )


def _clock_only(timex: Timex) -> bool:
    """A time of day with no day of its own ("gegen 4 Uhr", "around 7:45pm")."""
    return timex.kind == "point" and timex.last is None and _clock_spec(timex.first)


def _clock_spec(spec: Spec) -> bool:
    return (
        spec.hour is not None
        and spec.anchor_days == 0
        and replace(spec, hour=None, minute=None, anchor_days=None, part_of_day=None) == Spec()
    )


def _clock_range(timex: Timex) -> bool:
    """Two times of day with no day of their own ("von 2 Uhr bis 14 Uhr", "2pm to 4pm")."""
    return timex.kind == "range" and timex.last is not None and _clock_spec(timex.first) and _clock_spec(timex.last)


def _day_only(timex: Timex) -> bool:
    """A day without a time ("am Sonntag", "Friday, May 6, 2005")."""
    spec = timex.first
    return (
        timex.kind == "point"
        and timex.last is None
        and spec.hour is None
        and spec.anchor_days is None
        and (spec.day is not None or spec.weekday is not None or spec.day_offset is not None)
    )


@cache
def _joiners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may stand between a time and its day after it ("gegen 4 Uhr am Sonntag", "at 7:45pm on Friday"), and
    between a day and its time after it ("Am Sonnabend (13 Uhr)", "Sunday, 3 p.m.", "08.12.21 | 05:30 Uhr", "April 13,
    2011 @ 5:50 pm"); a blank line between them parts a ticker's day from its first entry."""
    prepositions = "|".join(sorted(pool().day_prepositions))
    # ("11:50 - 19 June 2006": a dash between a stamp's time and its day)
    before = re.compile(rf"{ONE_BREAK}(?:[,|]|(?<=[ \t])[-–](?=[ \t]))?[ \t]*(?:(?:{prepositions})\s+)?")
    return before, re.compile(rf"{ONE_BREAK}[(,|@]?[ \t]*")


@cache
def _statement_between(language: str) -> re.Pattern[str]:
    """A statement's noun between a time and its day: "In its 6 p.m. advisory yesterday" is yesterday's 6 p.m."""
    nouns = one_word_statement_nouns(language)
    prepositions = "|".join(sorted(map(re.escape, pool().day_prepositions)))  # "… briefing on Monday"
    return re.compile(rf"[ \t]+(?i:{nouns or '(?!)'})[ \t]+(?:(?:{prepositions or '(?!)'})[ \t]+)?")


@cache
def _zone_in_words() -> re.Pattern[str]:
    """A time's zone in words after it ("local time", "Ortszeit"), longest first."""
    longest_first = sorted(pool().zone_words, key=len, reverse=True)
    zones = "|".join(r"[ \t]+".join(map(re.escape, z.split())) for z in longest_first)
    return re.compile(rf"[ \t]+(?:{zones or '(?!)'})(?![\w])")


#: An opening bracket right after a time: what the bracket holds is that moment again, as a converted time.
_CONVERSION = re.compile(r"[ \t]*\($")
#: A bracket holding only a converted time ("(0900 GMT)"), between a time and its day.
_CONVERTED = re.compile(r"[ \t]*\((?:[01]?\d|2[0-3]):?[0-5]\d(?:[ \t]*[A-Z]{2,4})?\)")
#: What may follow a converted time inside its bracket: its zone's capitalised name and more converted times
#: ("9am Eastern Caribbean Time/8am Jamaica Time)").
_ZONE_REST = re.compile(
    r"(?:[ \t]+[A-Z][\w.]*|[ \t]*[/,;][ \t]*(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?|[AP]M)?|[A-Z][\w.]*))*"
    r"[ \t]*\)"
)


def _converted_close(text: str, end: int) -> int:
    """Where the bracket closes that a converted time ending at ``end`` opens with, or -1 where the bracket holds
    more than converted times and their zones' names."""
    found = _ZONE_REST.match(text, end, min(len(text), end + 80))
    return found.end() if found is not None else -1


def _join_clocks(text: str, taken: list[Timex], language: str) -> list[Timex]:
    """A time of day right before or after its day is one expression with it ("gegen 4 Uhr am Sonntag" is
    Sunday 04:00, not 04:00 on the day named last and a Sunday), a statement's noun ("6 p.m. advisory
    yesterday") or the time's zone in words ("07:00 a.m. local time Monday") maybe between. A time in brackets
    right after a time is the same moment converted ("(2300 GMT Sunday)", "(0900 GMT)"), not a moment of its own."""
    before, after = _joiners()
    noun = _statement_between(language)
    zone = _zone_in_words()
    out: list[Timex] = []
    closed = -1  # where a bracket of converted times closes: the times before it are the same moment again
    for timex in taken:
        if timex.start < closed:
            continue  # "2pm (9am Eastern Caribbean Time/8am Jamaica Time)": the second conversion too
        last = out[-1] if out else None
        if last is not None and last.end <= timex.start:
            gap = text[last.end : timex.start]
            named_zone = zone.match(gap)  # "10:18 p.m. local time (2018 GMT)"
            if (
                last.first.hour is not None
                and timex.first.hour is not None
                and _CONVERSION.fullmatch(gap, named_zone.end() if named_zone else 0)
                and (close := _converted_close(text, timex.end)) >= 0
            ):
                closed = close
                continue
            if _clock_only(last) and _day_only(timex):  # "07:00 a.m. local time Monday", "10 a.m. (0900 GMT) on Monday"
                gap = gap[named_zone.end() :] if named_zone else gap
                gap = _CONVERTED.sub("", gap, count=1)
            span = (
                (last, timex)
                if _clock_range(last) and _day_only(timex) and before.fullmatch(gap)
                else (timex, last)
                if _day_only(last) and _clock_range(timex) and after.fullmatch(gap)
                else None
            )
            if span is not None and span[0].last is not None:
                # "von 2 Uhr bis 14 Uhr am Montag", "9 a.m. to 5 p.m. on Saturday", "Freitag, 29.07.2005 von 19:33 bis
                # 19:54": both times on that day
                times, day = span
                assert times.last is not None
                out[-1] = replace(
                    day,
                    start=last.start,
                    end=timex.end,
                    surface=text[last.start : timex.end],
                    kind="range",
                    first=replace(day.first, hour=times.first.hour, minute=times.first.minute),
                    last=replace(day.first, hour=times.last.hour, minute=times.last.minute),
                    tz=day.tz or times.tz,
                )
                continue
            pair = (
                (last, timex)
                if _clock_only(last) and _day_only(timex) and (before.fullmatch(gap) or noun.fullmatch(gap))
                else (timex, last)
                if _day_only(last) and _clock_only(timex) and after.fullmatch(gap)
                else None
            )
            if pair is not None:
                clock, day = pair
                first = replace(day.first, hour=clock.first.hour, minute=clock.first.minute)
                end = timex.end + 1 if "(" in gap and text[timex.end : timex.end + 1] == ")" else timex.end
                out[-1] = replace(
                    day,
                    start=last.start,
                    end=end,
                    surface=text[last.start : end],
                    first=first,
                    tz=day.tz or clock.tz,
                )
                continue
            if last.first.weekend and last.first.month is None and timex.first.month is not None and not gap.strip():
                # "zum Wochenende 27./28. März", "the weekend of": the dates say which weekend
                out[-1] = replace(timex, start=last.start, surface=text[last.start : timex.end])
                continue
        out.append(timex)
    return out


@cache
def _between(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The word before a span's first end ("between") and the word between its ends ("and"), as patterns."""
    words = lexicon(language).lang.between_words
    if words is None:
        return None
    opener, joiner = words
    article = rf"(?:(?:{'|'.join(sorted(pool().articles))})\s+)?"  # "zwischen dem 3. März und dem 9. März"
    return (
        re.compile(rf"(?<![\w-])(?i:{re.escape(opener)})\s+{article}\Z"),
        re.compile(rf"\s+{re.escape(joiner)}\s+{article}"),
    )


def _between_span(text: str, first: Timex, second: Timex, between: tuple[re.Pattern[str], re.Pattern[str]]) -> bool:
    """Are two days the ends of a span "between … and …"?"""
    opener, joiner = between
    return bool(joiner.fullmatch(text, first.end, second.start)) and bool(
        opener.search(text, max(0, first.start - 16), first.start)
    )


@cache
def range_gap(language: str) -> re.Pattern[str]:
    """What stands between the two ends of a span: the language's words ("bis", "to") or a dash."""
    joiners = "|".join(r"\s+".join(map(re.escape, w.split())) for w in lexicon(language).lang.range_words)
    return re.compile(rf"\s*(?:[-–—]|,?\s*(?:{joiners or '(?!)'})(?![\w-]))\s*")  # "Freitag, 19. März, bis …"


#: The fields of a :class:`Spec` beyond its calendar day and time: unset (None or False) on a day as written.
_BEYOND_THE_DAY = tuple(
    name for name in Spec.__dataclass_fields__ if name not in ("year", "month", "day", "weekday", "hour", "minute")
)


def _calendar_day(spec: Spec) -> bool:
    """A day with its month, maybe its year and time, and nothing else ("27.11.2016, 12.30 Uhr", "27.11.")."""
    return spec.day is not None and spec.month is not None and not any(getattr(spec, name) for name in _BEYOND_THE_DAY)


def _join_spans(text: str, taken: list[Timex], language: str) -> list[Timex]:
    """Two days (or times on days) with "bis", "to" or a dash between them are one span ("27.11.2016, 12.30 Uhr
    bis 28.11.2016, 03.40 Uhr", "vom 27.11. bis 28.11.2016"): the first takes the second's year where it gives
    none. Only a span that runs forward; two equal or backward days stay two."""
    gap = range_gap(language)
    between = _between(language)
    out: list[Timex] = []
    for timex in taken:
        last = out[-1] if out else None
        if (
            last is not None
            and (
                gap.fullmatch(text, last.end, timex.start)  # first: most dates are further apart
                or (between is not None and _between_span(text, last, timex, between))
            )
            and last.kind == timex.kind == "point"
            and last.last is None
            and timex.last is None
        ):
            surface = text[last.start : timex.end]
            if _weekday_times(last.first, timex.first) and gap.fullmatch(text, last.end, timex.start):
                # "from Saturday 7am to Sunday 7pm": a span of weekdays runs forward from its first
                out[-1] = replace(last, end=timex.end, surface=surface, kind="range", last=timex.first)
                continue
            first = replace(last.first, year=last.first.year or timex.first.year)
            end = replace(timex.first, year=timex.first.year or first.year)
            if _calendar_day(last.first) and _calendar_day(timex.first) and _order(first) < _order(end):
                out[-1] = replace(
                    last, end=timex.end, surface=surface, kind="range", first=first, last=end, tz=last.tz or timex.tz
                )
                continue
        out.append(timex)
    return out


def _weekday_times(first: Spec, last: Spec) -> bool:
    """Two times on weekdays, and nothing else, the second after the first ("Saturday 7am" … "Sunday 7pm")."""
    plain = all(
        s.weekday is not None
        and s.hour is not None
        and s.day is None
        and s.month is None
        and s.year is None
        and not any(getattr(s, name) for name in _BEYOND_THE_DAY)
        for s in (first, last)
    )
    return plain and (first.weekday != last.weekday or (first.hour or 0) < (last.hour or 0))


def _order(spec: Spec) -> tuple[int, ...]:
    return (spec.year or 0, spec.month or 0, spec.day or 0, spec.hour or 0, spec.minute or 0)
