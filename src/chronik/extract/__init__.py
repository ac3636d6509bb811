"""``chronik extract``: dated statements in German and English news text, as a draft timeline.

Rule-based and offline. :func:`find` returns one :class:`Mention` per timeline entry: the temporal
expression, its EDTF value at the precision the words give (or None when the words are vague), whether
the date is the date of a report (and whose), and the evidence (sentence and offsets).
:func:`extract` is the same as plain dictionaries in the development set's scoring format.

Pipeline: :mod:`._scan` finds expressions with the rules of the text's language (:mod:`.lang`: one module
per language) built from arrow's month and weekday names; :mod:`._sentences` splits sentences, :mod:`._attrib`
clauses, and decides report or event; :mod:`._resolve` places open years, weekdays and relative words by tense
against the document creation time (or the latest full date in the text, or a day range in the text);
repeated mentions of one entry are merged.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from ._attrib import attribute
from ._bodynames import without_short_form
from ._carried import agency_copy, bracketed_credits, own_stamps, unsigned_stamps
from ._changes import changed_dates
from ._clauses import after_fronted, clause, verb_after
from ._durations import Found, link_durations
from ._interviews import given_to_outlets
from ._issuer import issuers, with_legal_form
from ._mention import as_mention
from ._merge import merge
from ._names import people, with_openers
from ._numeric import day_first
from ._pagelines import page_lines, page_source
from ._phrases import alternation, past_form
from ._plausible import plausible
from ._possessive import day_possessive
from ._publishers import known_outlet, name_publishers
from ._quotes import inside, quotations, speaker_day
from ._resolve import (
    ZONE_ABBREVIATIONS,
    Context,
    Point,
    day_ranges,
    ends_a_period,
    latest_full_date,
    resolve_range,
    resolve_spec,
)
from ._scan import Spec, Timex, scan
from ._sentences import LONE_CR, Span, sentences
from ._tense import before_happening, clause_tense, set_ahead
from ._ticker import entry_clock, heads_entry, opens_entry, ticker_entries, update_label
from ._topics import topic_year, topic_years_of
from ._types import Attribution, Mention
from .lang import LANGUAGES, detect_language, get, pool

__all__ = ["Mention", "detect_language", "extract", "find"]

# The registered languages load with the extractor: every text needs their pooled words.
pool()


#: A blank line: a new paragraph.
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


@cache
def _update_before() -> re.Pattern[str]:
    """An update's label right before a date: "updated ", "Aktualisiert am "."""
    return re.compile(rf"(?i:{update_label()})[ \t]*:?[ \t]*(?:(?:am|on)[ \t]+)?\Z")


def _update_labelled(text: str, start: int) -> bool:
    """Does an update's label stand right before ``start`` ("…, updated June 27, 2013 at 6:28 AM")?"""
    return _update_before().search(text, max(0, start - 30), start) is not None


def _habitual_time(text: str, timex: Timex, language: str) -> bool:
    """Is ``timex`` a time of day alone after words that make it every such day's, on its line ("Sonntags bis
    mittwochs: 10 bis 22 Uhr", "montags bis freitags ab ca. 12:45 Uhr")?"""
    habitual = get(language).habitual
    first = timex.first
    if habitual is None or first.hour is None or first.day is not None or first.weekday is not None:
        return False
    if first.month is not None or first.year is not None or first.day_offset is not None:
        return False  # "täglich ab morgen um 9 Uhr": a day of its own
    line = text.rfind("\n", max(0, timex.start - 60), timex.start) + 1
    return habitual.search(text, max(line, timex.start - 60), timex.start) is not None


def find(
    text: str,
    *,
    dct: date | None = None,
    language: str = "auto",
    document: str = "<text>",
    publisher: str | None = None,
) -> list[Mention]:
    """Every dated statement of ``text``, one per timeline entry, in text order. ``publisher``: the outlet that
    published the text, where the caller knows it; the page's own date lines that name no outlet are its."""
    if language == "auto":
        language = detect_language(text)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)} or auto, not {language!r}")
    original = text
    fronted = alternation(r"\s*(?:(?:{})\s+)?", pool().date_openers, re.IGNORECASE)
    leading = alternation(r"[a-zäöü]+\s+(?:(?:{})\s+)?", pool().lead_articles)
    text = LONE_CR.sub("\n", text)  # a CR alone ends a line too (old Mac files); offsets stay the same
    spans = sentences(text, language)
    starts = [s.start for s in spans]
    found: list[Found] = []
    strong = get(language).strong_future_words
    for timex in changed_dates(text, scan(text, language), language):
        if _habitual_time(text, timex, language):
            continue
        i = bisect.bisect_right(starts, timex.start) - 1
        inside = i >= 0 and spans[i].start <= timex.start and timex.end <= spans[i].end
        sentence = spans[i] if inside else Span(timex.start, timex.end)
        part = clause(text, sentence, timex.start, timex.end, language)
        opens = part.start == sentence.start and fronted.fullmatch(text[part.start : timex.start])
        if opens and re.match(r"\s*,", text[timex.end : part.end + 1]):
            # "On Dec. 3, the ministry said …", "Am 3. Dezember, so das Ministerium, …": a date fronted
            # before a comma belongs to the clause that follows it.
            comma = text.index(",", timex.end)
            part = Span(timex.start, after_fronted(text, sentence, comma, language))
        elif (verb := verb_after(text, timex.end, sentence.end, language)) is not None and not any(
            past_form(word, language) or word.lower() in strong for word in text[part.start : timex.start].split()
        ):  # not a clause with a verb of its own ("who had battled … on Wednesday, announced", "would meet … on
            # July 31, said a statement")
            # "Minnesota health officials on Friday, March 6, confirmed …": the date's closing comma, then the verb;
            # "The Police Command, on Thursday, said": the subject's clause before the date's opening comma too
            comma = text.rfind(",", sentence.start, part.start)
            opening = comma >= 0 and not text[comma + 1 : part.start].strip()
            start = clause(text, sentence, comma - 1, comma - 1, language).start if opening else part.start
            part = Span(start, after_fronted(text, sentence, verb - 1, language))
        before = text[part.start : timex.start]
        lead = leading.match(timex.surface)
        if lead:
            before += lead.group(0)  # "for early March", "für den 29. August": the words lead the expression
        found.append(
            Found(
                timex,
                sentence,
                part,
                *clause_tense(
                    part.text(text), sentence.text(text), language, before, timex.surface, part.start - sentence.start
                ),
            )
        )
    timexes = [f.timex for f in found]
    ranges = day_ranges(timexes)
    ref = dct or latest_full_date(timexes)
    mentions = day_first(text, _resolve_all(text, found, language, ref, dct is not None, ranges, document), dct)
    mentions = ticker_entries(text, mentions, spans, language)
    named = with_openers([(s.start, people(s.text(text), language)) for s in spans], text, language)
    mentions = given_to_outlets(text, name_publishers(mentions, named, text, language), spans, language)
    known = known_outlet(without_short_form(" ".join(publisher.split()))) if publisher and publisher.strip() else None
    credited = page_source(text, language)  # the source the page credits, found once
    mentions, pages = page_lines(text, mentions, dct, language, known or credited, credited)
    unsigned = unsigned_stamps(timexes)
    issued = own_stamps(unsigned, issuers(text, timexes, mentions, language, pages, known, credited), known)
    issued = bracketed_credits(text, agency_copy(text, issued, pages | unsigned, known), language)
    mentions = plausible(with_legal_form(text, issued, language, spans), language, known or publisher)
    merged = merge(mentions, get(language).adjective_days)
    if text == original:
        return merged
    return [_quoted_from(original, m) for m in merged]


def _quoted_from(original: str, mention: Mention) -> Mention:
    """``mention`` with its expression and sentence as they stand in ``original`` (same offsets)."""
    return replace(
        mention,
        surface=original[mention.start : mention.end],
        sentence=original[mention.sentence_start : mention.sentence_start + len(mention.sentence)],
    )


def extract(
    text: str, *, dct: date | None = None, language: str = "auto", publisher: str | None = None
) -> list[dict[str, Any]]:
    """:func:`find` as plain dictionaries ``{value, kind, publisher, surface, start, end}``, values in the
    scorer's forms (a start with a duration becomes an inclusive day range)."""
    return [
        {
            "value": _scorer_value(mention.value),
            "kind": mention.kind,
            "publisher": mention.publisher,
            "surface": mention.surface,
            "start": mention.start,
            "end": mention.end,
        }
        for mention in find(text, dct=dct, language=language, publisher=publisher)
    ]


def _scorer_value(value: str | None) -> str | None:
    if value is None or "/P" not in value:
        return value
    start, duration = value.split("/P", 1)
    m = re.fullmatch(r"(\d+)D", duration)
    if not m or len(start) != 10:
        return start
    first = date.fromisoformat(start)
    return f"{start}/{(first + timedelta(int(m.group(1)) - 1)).isoformat()}"


# ---------------------------------------------------------------- resolution in text order


def _resolve_all(
    text: str,
    found: list[Found],
    language: str,
    ref: date | None,
    ref_is_dct: bool,
    ranges: tuple[tuple[date, date], ...],
    document: str,
) -> list[Mention]:
    anchor: date | None = None
    anchor_ends = False
    anchor_at = 0  # where the anchor's expression ends
    paragraphs = [m.start() for m in _PARAGRAPH.finditer(text)]  # where blank lines stand, found once
    event_anchor: date | None = None
    event_at = event_end = -1  # where the event anchor's day is named
    anchor_month: tuple[int, int] | None = None
    anchor_year: int | None = None
    mentions: list[Mention] = []
    contexts: list[Context] = []
    whos: list[Attribution | None] = []
    day_of: dict[int, date] = {}
    said: dict[tuple[int | None, ...], date] = {}
    topic_years = topic_years_of(text, [(f.sentence, f.timex) for f in found])
    story = ref  # the date the days of the story at hand count from
    attributions = [_attribution(text, f, language) for f in found]
    # a clause whose statement is dated beside its verb ("JR West on Monday announced the cancellation … on
    # Tuesday"): its other dates are what the statement is about, not the statement's
    dated = {f.clause for f, who in zip(found, attributions, strict=True) if who and who.is_report and who.beside}
    for index, f in enumerate(found):
        tense, firm = f.tense, f.firm
        who = attributions[index]
        if who is not None and who.is_report and not (who.beside or who.dated_source) and f.clause in dated:
            who = None
        if who is not None and before_happening(
            text[max(f.clause.start, f.timex.start - 120) : f.timex.start], language
        ):
            who = None  # "sagte er vor dem Nordderby am Freitagabend": the derby's day, not the saying's
        if event_at >= 0 and entry_clock(text, f.timex.start, f.timex.surface, (event_at, event_end), paragraphs):
            anchor = event_anchor = None  # a ticker's "13:39 Uhr" after an entry that named Friday: the page's day
        scheduled = set_ahead(text, f.timex.start, f.timex.end, language)
        who = replace(who, past=False) if who is not None and scheduled else who  # its day, not the statement's
        told = _told_as_made(f, who)
        if told or _dates_a_statement(f, who) or (tense == 0 and (f.timex.publisher or f.timex.dateline)):
            # a statement told as made ("sagte", "said") was made on or before the text's day; not a day it set
            # ahead ("hat Details für den 2. April angekündigt")
            tense, firm = -1, True
        topic = topic_year(f.timex.first, topic_years.get(f.sentence), ref, tense)
        ctx = Context(
            story,
            ref_is_dct,
            tense,
            language,
            anchor,
            anchor_month,
            ranges,
            told,
            topic,
            event_anchor,
            firm,
            # a programme's days follow each other in one paragraph, not across a new one
            anchor_ends or bisect.bisect_left(paragraphs, anchor_at) < bisect.bisect_left(paragraphs, f.timex.start),
            anchor_year,
        )
        contexts.append(ctx)
        whos.append(who)
        key = _open_day(f.timex)
        before = _said_before(said, key, tense)
        if before is not None:
            # The same open day named again ("am Donnerstag" … "am Donnerstag") is the same day, unless
            # the tense turned ("next Friday" … "began on Friday").
            value: Point | tuple[Point, Point] | None = Point.of(before, f.timex.first)
            basis = "as where the text names this day before"
        else:
            value, basis = _value(f, ctx)
            if key is not None and isinstance(value, Point) and value.as_date is not None:
                said[(*key, tense)] = value.as_date
        offset = ZONE_ABBREVIATIONS.get(" ".join((f.timex.tz or "").split()))
        if offset is not None and isinstance(value, Point) and value.hour is not None:
            value = replace(value, offset=offset)  # "4 a.m. EDT Thursday": the zone is stated
        update = False  # a page's later update ("Stand 16.09.") tells no story and starts none
        if value is not None:
            first = value[0] if isinstance(value, tuple) else value
            labelled = f.timex.release or _update_labelled(text, f.timex.start)  # "…, updated June 27, 2013 at 6:28"
            update = labelled and ref is not None and first.as_date is not None and first.as_date > ref
            if first.as_date is not None and not update and not (f.timex.first.since and not f.timex.dateline):
                # "am Tag darauf" counts from the previous day, not from the start of a week or a span (nor from
                # a day a period runs from up to now: "seit Montag")
                anchor = first.as_date if not isinstance(value, tuple) else None
                anchor_ends = ends_a_period(text, f.timex.start, language)
                anchor_at = f.timex.end
                day_of[index] = first.as_date
            if first.month is not None:
                anchor_month = (first.year, first.month)
            if first.year is not None and not (update or f.timex.first.since or f.timex.first.prior_year):
                anchor_year = first.year
        mention = as_mention(text, f, value, basis, language, who, document, story, ref_is_dct)
        one_day = _one_day(value)  # a day, or two times on one day ("von 2 bis 10 Uhr am Montag")
        stamp = isinstance(value, Point) and value.hour is not None and opens_entry(text, f.timex.start)
        # (not a day a period runs from up to now: "seit Montag … Aktuell (Stand 22.00 Uhr)" is the page's day)
        since = f.timex.first.since and not f.timex.dateline
        if (mention.kind == "event" or f.timex.dateline or stamp) and one_day is not None and not (update or since):
            # a part of the day continues a day (not the start of a week or a span); a dateline opens a story, a
            # stamp its entry ("Update: 23. März, 8.05 Uhr. Erst um kurz vor 3 Uhr …")
            event_anchor = one_day
            event_at, event_end = f.timex.start, f.timex.end
            # a page of stories, each under its own dateline or date line ("Lüneburg, 26.03.2021 - … gestern
            # Abend", "17. März 2020" over an entry): a story's days count from its date's
            if isinstance(value, Point) and value.day is not None and ref is not None and one_day <= ref:
                heads = f.timex.dateline or (value.year is not None and heads_entry(text, f.timex.start, f.timex.end))
                story = one_day if heads else story
        mentions.append(mention)
    # Cross references ("Einen Tag vor Beginn des Gipfels … am Dienstag") count from a date in their sentence.
    days_in: dict[Span, list[date]] = {}
    for index, day in day_of.items():
        days_in.setdefault(found[index].sentence, []).append(day)
    for index, f in enumerate(found):
        if f.timex.kind != "xref":
            continue
        others = days_in.get(f.sentence, [])
        if others and f.timex.first.anchor_days is not None:
            try:
                day = others[0] + timedelta(f.timex.first.anchor_days)
            except OverflowError:
                continue
            mentions[index] = replace(
                mentions[index], value=str(Point.of(day)), basis="counted from its sentence's date"
            )
    _speakers_days(text, found, mentions, contexts, whos, day_of, language, document)
    link_durations(text, found, mentions)
    return [
        m
        for f, m in zip(found, mentions, strict=True)
        if (f.timex.kind != "duration" and f.timex.first.ahead is None) or m.value is not None
    ]


def _speakers_days(
    text: str,
    found: list[Found],
    mentions: list[Mention],
    contexts: list[Context],
    whos: list[Attribution | None],
    day_of: dict[int, date],
    language: str,
    document: str,
) -> None:
    """Dates inside a quotation count from the day of the statement quoting it, where that is not the
    reference ("„Ich komme morgen“, schrieb er am 3. März": 4 March)."""
    quotes = quotations(text)
    if not quotes:
        return
    where = [inside(quotes, f.timex.start, f.timex.end) for f in found]
    statements: dict[int, list[tuple[int, date]]] = {}  # by sentence start
    for index, (f, mention) in enumerate(zip(found, mentions, strict=True)):
        day = day_of.get(index) if mention.kind == "report" else None
        if day is not None and where[index] is None and "/" not in (mention.value or ""):
            statements.setdefault(f.sentence.start, []).append((f.timex.start, day))
    spans = sorted({(f.sentence.start, f.sentence.end) for f in found})
    starts = [s for s, _ in spans]

    def sentence_at(position: int) -> list[tuple[int, date]]:
        i = bisect.bisect_right(starts, position) - 1
        return statements.get(spans[i][0], []) if i >= 0 and position <= spans[i][1] else []

    for index, f in enumerate(found):
        quote = where[index]
        if quote is None or f.timex.kind in ("vague", "duration", "xref"):
            continue
        day = speaker_day(quote, sentence_at(quote[0] - 1), sentence_at(quote[1]))
        ctx = contexts[index]
        if day is None or day == ctx.ref:
            continue
        spoken = replace(ctx, ref=day, ref_is_dct=True, anchor_month=(day.year, day.month))
        value, basis = _value(f, spoken)
        if basis.startswith("relative to the document date"):
            basis = f"relative to the day of the statement quoting it, {day}"
        mentions[index] = as_mention(text, f, value, basis, language, whos[index], document, day, True)


def _attribution(text: str, f: Found, language: str) -> Attribution | None:
    """Whose statement the expression dates, if any: asked once per expression (None where it cannot be
    a statement's date, or where a dateline or byline already says whose)."""
    if f.timex.publisher or f.timex.dateline or f.timex.kind in ("duration", "xref"):
        return None
    owned = day_possessive(text, f.timex.end, language)
    if owned is not None:
        return owned or None  # an outlet's issue of the day, or a happening's day
    return attribute(text, f.clause, Span(f.timex.start, f.timex.end), language)


def _told_as_made(f: Found, who: Attribution | None) -> bool:
    """A weekday or relative day in a clause that tells a statement as made ("sagte am Montag")."""
    return who is not None and f.timex.kind == "point" and f.timex.first.month is None and who.is_report and who.past


def _dates_a_statement(f: Found, who: Attribution | None) -> bool:
    """A day or month of a statement told as made ("The ministry said on December 3 that …", "sagte am
    3. Dezember"): it lies on or before the text's day, whatever the tense of the rest of the clause."""
    return who is not None and f.timex.kind == "point" and who.is_report and who.past and who.beside


def _said_before(
    said: dict[tuple[int | None, ...], date], key: tuple[int | None, ...] | None, tense: int
) -> date | None:
    if key is None:
        return None
    if (*key, tense) in said:
        return said[(*key, tense)]
    if tense == 0:
        return next((day for k, day in said.items() if k[:-1] == key), None)
    return None


def _open_day(timex: Timex) -> tuple[int | None, ...] | None:
    """A day the words leave open to resolution (a weekday, or a day and month without year), as a key to
    resolve a repetition the same way; None for anything else."""
    spec = timex.first
    if timex.kind != "point" or spec.year is not None or spec.direction is not None or spec.week_offset is not None:
        return None
    if spec.day_offset is not None or spec.anchor_days is not None or spec.anchor_months is not None:
        return None
    if spec.month is not None and spec.day is not None:
        return (spec.month, spec.day)
    if spec.weekday is not None and spec.month is None:
        return (None, spec.weekday)
    return None


def _value(f: Found, ctx: Context) -> tuple[Point | tuple[Point, Point] | None, str]:
    timex = f.timex
    if timex.kind in ("vague", "duration", "xref"):
        return None, "unresolved"
    try:
        if timex.kind == "range" and timex.last is not None:
            value: Point | tuple[Point, Point] | None = resolve_range(timex.first, timex.last, ctx)
        else:
            value = resolve_spec(timex.first, ctx)
    except (OverflowError, ValueError):
        return None, "beyond the years 1-9999"  # "übermorgen" on 9999-12-31
    points = value if isinstance(value, tuple) else (value,) if value is not None else ()
    if any(not 1 <= p.year <= 9999 for p in points):
        return None, "beyond the years 1-9999"  # "next year" on 9999-12-31
    return value, _basis(timex.first, ctx)


def _basis(spec: Spec, ctx: Context) -> str:
    if spec.year is not None and (spec.month is not None or spec.day is None) and spec.weekday is None:
        return "absolute"
    if spec.anchor_days is not None or spec.anchor_months is not None:
        return "counted from the previous date in the text"
    if ctx.ref_is_dct:
        return f"relative to the document date {ctx.ref}"
    return f"relative to the text's latest date {ctx.ref}" if ctx.ref else "unresolved"


def _one_day(value: Point | tuple[Point, Point] | None) -> date | None:
    """The day a value names: a day, or a span of times on one day."""
    if isinstance(value, Point):
        return value.as_date
    if value is not None and value[0].hour is not None and value[0].as_date == value[1].as_date:
        return value[0].as_date
    return None
