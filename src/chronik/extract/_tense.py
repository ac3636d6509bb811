"""The tense of a clause: past and future markers, a date someone fixed, a list item taking its sentence's tense,
and the verb right after a fronted date. The words are the language's (:mod:`chronik.extract.lang`)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ._phrases import alternation, is_date_word, past_form
from .lang import get, pool

WORD = re.compile(r"[\w][\w'’.-]*[\w]|[\w]", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=4096)
def _markers(
    text: str, language: str
) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Where ``text`` marks the past and the future, found once per text (a clause or sentence often holds many
    dates): the offsets of past words; of future words and the running total of their weights (modal and
    auxiliary future words count double); the starts and ends of intents ("decided to …", counting double); the
    words that open what was said."""
    lang = get(language)
    be = pool().be_words
    suffix = lang.regular_past_suffix
    found = list(WORD.finditer(text))
    written = [m.group(0) for m in found]
    tokens = [w.lower() for w in written]
    weak = lang.weak_past
    past: list[int] = []
    future: list[int] = []
    weights = [0]
    for i, token in enumerate(tokens):
        after_be = i > 0 and tokens[i - 1] in be
        if token in lang.future_words:
            if lang.no_future is not None and lang.no_future(tokens, i):
                continue  # "konnte … gerettet werden", "we would like to": no future
            future.append(found[i].start())
            weights.append(weights[-1] + (2 if token in lang.strong_future_words else 1))
        elif not after_be and (
            token in lang.past_words
            or (suffix is not None and token.endswith(suffix) and len(token) > 4)
            or (weak is not None and weak(written, i))
        ):
            past.append(found[i].start())
    intents = list(lang.intent.finditer(text))
    said = tuple(m.start() for m in lang.complementizer.finditer(text)) if lang.complementizer else ()
    return (
        tuple(past),
        tuple(future),
        tuple(weights),
        tuple(m.start() for m in intents),
        tuple(m.end() for m in intents),
        said,
    )


def _said_after(text: str, language: str, start: int) -> int | None:
    """Where what was said begins ("that", "dass") in the 300 characters after ``start``, found by lookup."""
    said = _markers(text, language)[5]
    i = bisect.bisect_left(said, start)
    return said[i] if i < len(said) and said[i] < start + 300 else None


def _tense_score(
    text: str,
    language: str,
    lo: int = 0,
    hi: int | None = None,
    intents_before: int | None = None,
    skip: tuple[int, int] | None = None,
) -> tuple[int, bool]:
    """Past minus future markers of ``text[lo:hi]``, and whether markers of both kinds are present (a mixed
    clause: "had been talking about the slated visit"). With ``intents_before`` (where the date stands), only an
    intent before the date makes it future: "decided to hold the vote on Tuesday" plans it, "on Tuesday decided
    to suspend them" was the deciding. Counted from :func:`_markers`, so any window of a text costs a lookup."""
    past_at, future_at, weights, intent_starts, intent_ends, _ = _markers(text, language)
    hi = len(text) if hi is None else hi
    past = bisect.bisect_left(past_at, hi) - bisect.bisect_left(past_at, lo)
    future = weights[bisect.bisect_left(future_at, hi)] - weights[bisect.bisect_left(future_at, lo)]
    last = min(hi, intents_before) if intents_before is not None else hi
    intents = bisect.bisect_left(intent_starts, last) - bisect.bisect_left(intent_starts, lo)
    intents = min(intents, bisect.bisect_right(intent_ends, hi) - bisect.bisect_left(intent_starts, lo))
    future += 2 * max(0, intents)
    if skip is not None:  # words left out of the count: the date's own opening word (:func:`clause_tense`)
        past -= bisect.bisect_left(past_at, skip[1]) - bisect.bisect_left(past_at, skip[0])
        future -= weights[bisect.bisect_left(future_at, skip[1])] - weights[bisect.bisect_left(future_at, skip[0])]
    return past - future, past > 0 and future > 0


def _against_the_tense() -> re.Pattern[str]:
    """Words just before a date that set it against the clause's tense: "soll schon ab 1. Jänner gelten"."""
    return alternation(r"\b(?:{})\s+(?:\w+\s+){0,2}$", pool().against_the_tense, re.IGNORECASE)


def tense(clause_text: str, sentence_text: str, language: str, before: str = "") -> int:
    """-1 past, +1 future, 0 unknown: markers in the clause decide, else in the whole sentence.
    ``before`` is the clause text just before the expression: "für den 29. August" leans to the future."""
    return clause_tense(clause_text, sentence_text, language, before)[0]


def _list_item(clause_text: str, surface: str, language: str) -> bool:
    """Is the clause no more than its date and a few list words ("…, 14, 20 and March 3")? Then it is no
    clause of its own, and the sentence's tense is its own. (Bounded: a list item is short.)"""
    if not surface or len(clause_text) > len(surface) + 60:
        return False
    rest = words(clause_text.replace(surface, " ", 1))
    return all(w.lower() in pool().list_words or is_date_word(w, language) for w in rest)


def _frame(clause_text: str, sentence_text: str, language: str, at: int | None) -> tuple[int, int]:
    """The part of the sentence (a clause at ``at`` in it) a clause without tense markers takes its tense from:
    where the clause opens with a participle (:attr:`~._language.Language.participle_clause`) and a communication
    verb in the past follows it, the clause up to that verb ("Speaking to the BBC on Monday, the minister said
    the plan would work": said, not would); else the sentence up to what was said ("that", "dass"), which has its
    own tense. Bounded: only the next words are looked at."""
    lang = get(language)
    if at is None or at < 0:
        return 0, len(sentence_text)
    end = at + len(clause_text)
    if lang.participle_clause is None or not lang.participle_clause.match(clause_text):
        said = _said_after(sentence_text, language, end)
        hi = said if said is not None else len(sentence_text)
        attribution = _trailing_attribution(sentence_text, language)
        return 0, attribution if attribution is not None and end <= attribution < hi else hi
    for m in WORD.finditer(sentence_text, end, min(len(sentence_text), end + 120)):
        token = m.group(0).lower()
        if token in lang.communication_verbs and past_form(token, language):
            return at, m.end()  # the clause and the words up to the verb
    return 0, len(sentence_text)


#: A sentence's closing attribution: a comma, a few words with a verb of saying among them, the sentence's end
#: (", the Reserve Bank of Australia said in a statement on its website.", ", sagte ein Sprecher am Montag.").
_TRAILING = re.compile(r",[ \t]+(?P<words>[^,;:.!?\n]{2,80}?)[ \t]*[.!?]?[\"”“»«']?[ \t]*$")


@lru_cache(maxsize=4096)
def _trailing_attribution(sentence_text: str, language: str) -> int | None:
    """Where a sentence's closing attribution begins ("…, the bank said in a statement."): what stands before
    it was said, and its tense is not the saying's. Found once per sentence (a sentence often holds many dates)."""
    found = _TRAILING.search(sentence_text, max(0, len(sentence_text) - 90))
    if found is None:
        return None
    verbs = get(language).communication_verbs
    tokens = [w.lower() for w in WORD.findall(found.group("words"))]
    return found.start() if 0 < len(tokens) <= 14 and any(t in verbs for t in tokens) else None


#: How far before a clause's end its infinitive may begin ("zu schließen", "zuzulassen"): the pattern ends there.
_INFINITIVE_REACH = 60


def before_happening(before: str, language: str) -> bool:
    """Does ``before``, the words right before a date, name a happening the clause's telling came before ("vor
    dem Nordderby ")? The date is then the happening's, not the telling's (:attr:`Language.before_happening`)."""
    pattern = get(language).before_happening
    return pattern is not None and pattern.search(before) is not None


#: A dash after a date that opens its line, then the item's text: the date stamps a list's item.
_ITEM_STAMP = re.compile(r"[ \t]+(?:-|–|—|--)[ \t]+(?=[A-ZÄÖÜ])")
#: The start of a line, maybe indented, right before a date.
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")


def clause_tense(
    clause_text: str, sentence_text: str, language: str, before: str = "", surface: str = "", at: int | None = None
) -> tuple[int, bool]:
    """:func:`tense`, and whether it is firm: the clause's own markers all point one way and no word before
    the date sets it against them. A firm tense rules out dates on the other side of the reference. ``at`` is
    where the clause starts in the sentence."""
    near = max(0, len(before) - len(surface) - 40)  # the date stands right after ``before``: look only there
    before = before[-80:]
    at_date = clause_text.find(surface, near, near + len(surface) + 120) if surface else -1
    attribute = get(language).date_attribute
    if (
        attribute is not None
        and at_date >= 0
        and any(c.isdigit() for c in surface)
        and attribute[0].search(before)
        and attribute[1].match(clause_text, at_date + len(surface))
    ):
        return 0, False  # "withdrew from the September 22-28 tournament": the date names a thing, either side
    in_sentence = (at or 0) + at_date
    if (
        at_date >= 0
        and surface
        and _ITEM_STAMP.match(sentence_text, in_sentence + len(surface))
        and _LINE_OPENS.search(sentence_text, max(0, in_sentence - 20), in_sentence)
    ):
        return 0, False  # "Nov 22 - Estonia will assume the chair next year": an item's stamp, out of its clause
    ahead = get(language).ahead_attribute
    if ahead is not None and at_date >= 0 and ahead.match(clause_text, at_date + len(surface)):
        return 1, False  # "der am Donnerstag erscheinenden Wochenzeitung": a coming thing's day
    after = get(language).after_happening
    if after is not None and at_date >= 0 and after.search(clause_text, max(0, at_date - 200), at_date):
        return -1, False  # "Nach einem Brand … am Montag kann die U1 … nicht fahren": the fire came first
    if at_date >= 0 and before_happening(clause_text[max(0, at_date - 120) : at_date], language):
        return 1, False  # "sagte er vor dem Nordderby am Freitagabend": the derby's day, after the telling
    if at_date >= 0 and surface and _past_right_after(clause_text[at_date + len(surface) :], language):
        return -1, False  # "The teams on Tuesday signed agreements on how it will be leased": the verb is the day's
    scheduled = 1 if get(language).scheduled_for.search(before) else 0
    item = _list_item(clause_text, surface, language)  # "…, 14, 20 and March 3"
    content = _said_after(clause_text, language, at_date + len(surface)) if at_date >= 0 else None
    own_end = content if content is not None else len(clause_text)  # not what was said
    infinitive = get(language).infinitive_clause
    for index, own in enumerate((True, item)):
        if (
            index
            and infinitive is not None
            and infinitive.search(clause_text, max(0, own_end - _INFINITIVE_REACH), own_end)
        ):
            break  # "…, am Samstag keine Zuschauer zuzulassen": an infinitive's own time, not the sentence's tense
        if index:
            lo, hi = _frame(clause_text, sentence_text, language, at)
            # an intent after the date plans what follows it, not the date's ("At a meeting on Wednesday, the
            # board voted to close the plant")
            score, mixed = _tense_score(sentence_text, language, lo, hi, in_sentence if at_date >= 0 else None)
        else:
            score, mixed = _tense_score(clause_text, language, 0, own_end, at_date if at_date >= 0 else None)
            if at_date >= 0 and surface.strip():
                # the word opening the date ("Bis Montag", not one inside a span: "von 2 bis 14 Uhr") does not
                # outvote the rest of the clause ("Bis Montag um 18 Uhr wurden 64 Personen getestet" is past); where
                # nothing else marks a tense, it does ("Die Straße ist bis Freitag gesperrt")
                opening = (at_date, at_date + len(surface.split(maxsplit=1)[0]))
                rest = _tense_score(clause_text, language, 0, own_end, at_date, opening)
                score, mixed = rest if rest[0] else (score, mixed)
        if scheduled and score > 0:
            return 0, False  # "was postponed to Aug. 11", "wurde für den 29. August angesetzt": either side
        score -= scheduled
        if score == -1 and not index and _fronted_past(clause_text, language, before, surface):
            return -1, False  # "Am Mittwoch verständigten sich … bis zum 31. August": one weak word ahead, a past verb
        if score:
            firm = own and not mixed and not _against_the_tense().search(before)
            plan = get(language).plan_leads
            if score > 0 and plan is not None and (plan.search(before) or plan.match(surface + " ")):
                firm = False  # "adjourned the trial on Wednesday … to Dec. 22": a plan's day may lie ahead
            return (-1 if score > 0 else 1), firm
    if _fronted_past(clause_text, language, before, surface):
        return -1, False  # "Am Sonntag brannte es": the verb after a fronted date is a weak past form
    return 0, False


#: The word right after a date, on its line.
_NEXT_WORD = re.compile(r"[ \t]+([a-zäöüß]+)\b(?![ \t]+by\b)")


def _past_right_after(rest: str, language: str) -> bool:
    """Does a past form follow the date right away, no subject between ("on Tuesday signed", not "signed by")?"""
    m = _NEXT_WORD.match(rest)
    return m is not None and len(m.group(1)) > 3 and past_form(m.group(1), language)


def _fronted_past(clause_text: str, language: str, before: str, surface: str) -> bool:
    """Does the clause open with its date and a weak past form right after it ("Am Sonntag brannte es")?"""
    fronted = get(language).fronted_past
    opens = len(before.split()) <= 1 and clause_text.lstrip().startswith(before.lstrip())
    if fronted is None or not surface or not opens:
        return False
    at = clause_text.find(surface)
    return at >= 0 and fronted(clause_text[at + len(surface) :])


def set_ahead(text: str, start: int, end: int, language: str) -> bool:
    """Is the date at ``[start, end)`` one its words set ahead of a statement ("hat Details für den 2. April
    angekündigt", "sagte Jahn der am Donnerstag erscheinenden Zeit": the paper's day)?"""
    ahead = get(language).ahead_attribute
    return get(language).scheduled_for.search(text, max(0, start - 80), start) is not None or (
        ahead is not None and ahead.match(text, end) is not None
    )


def coming_issue(text: str, end: int, language: str) -> bool:
    """Does an outlet's coming issue follow the date ending at ``end`` ("der am Donnerstag erscheinenden Zeit")?"""
    issue = get(language).coming_issue
    return issue is not None and issue.match(text, end) is not None
