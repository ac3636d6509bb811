"""The tense of a clause: past and future markers, a date someone fixed, a list item taking its sentence's tense,
and the verb right after a fronted date. The words are the language's (:mod:`chronik.extract.lang`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ._phrases import alternation, is_date_word
from .lang import get, pool

WORD = re.compile(r"[\w][\w'’.-]*[\w]|[\w]", re.UNICODE)


def words(text: str) -> list[str]:
    return WORD.findall(text)


@lru_cache(maxsize=4096)
def _tense_score(text: str, language: str, intents_before: int | None = None) -> tuple[int, bool]:
    """Past minus future markers (modal and auxiliary future words and "decided to …" count double), and
    whether markers of both kinds are present (a mixed clause: "had been talking about the slated visit").
    With ``intents_before`` (where the date stands), only an intent before the date makes it future: "decided to
    hold the vote on Tuesday" plans it, "on Tuesday decided to suspend them" was the deciding."""
    lang = get(language)
    be = pool().be_words
    suffix = lang.regular_past_suffix
    tokens = [w.lower() for w in words(text)]
    past = future = 0
    for i, token in enumerate(tokens):
        after_be = i > 0 and tokens[i - 1] in be
        if token in lang.future_words:
            if lang.passive_infinitive is not None and lang.passive_infinitive(tokens, i):
                continue  # "konnte … gerettet werden": a passive infinitive, not the future
            future += 2 if token in lang.strong_future_words else 1
        elif not after_be and (
            token in lang.past_words or (suffix is not None and token.endswith(suffix) and len(token) > 4)
        ):
            past += 1
    future += 2 * sum(1 for m in lang.intent.finditer(text) if intents_before is None or m.start() < intents_before)
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


def _frame(clause_text: str, sentence_text: str, language: str, at: int | None) -> str:
    """The sentence a clause (at ``at`` in it) without tense markers takes its tense from: where the clause opens
    with a participle (:attr:`~._language.Language.participle_clause`) and a communication verb in the past
    follows it, the clause up to that verb ("Speaking to the BBC on Monday, the minister said the plan would
    work": said, not would); what was said has its own tense."""
    lang = get(language)
    if at is None or at < 0:
        return sentence_text
    if lang.participle_clause is None or not lang.participle_clause.match(clause_text):
        said = lang.complementizer.search(sentence_text, at + len(clause_text)) if lang.complementizer else None
        return sentence_text[: said.start()] if said is not None else sentence_text  # not what was said
    suffix = lang.regular_past_suffix
    end = at + len(clause_text)
    for m in WORD.finditer(sentence_text, end, min(len(sentence_text), end + 120)):
        token = m.group(0).lower()
        if token in lang.communication_verbs and (
            token in lang.past_words or (suffix is not None and token.endswith(suffix))
        ):
            return sentence_text[at : m.end()]  # bounded: the clause and the words up to the verb
    return sentence_text


def clause_tense(
    clause_text: str, sentence_text: str, language: str, before: str = "", surface: str = "", at: int | None = None
) -> tuple[int, bool]:
    """:func:`tense`, and whether it is firm: the clause's own markers all point one way and no word before
    the date sets it against them. A firm tense rules out dates on the other side of the reference. ``at`` is
    where the clause starts in the sentence."""
    before = before[-80:]
    scheduled = 1 if get(language).scheduled_for.search(before) else 0
    item = _list_item(clause_text, surface, language)  # "…, 14, 20 and March 3"
    at_date = clause_text.find(surface) if surface else -1
    said = get(language).complementizer
    content = said.search(clause_text, at_date + len(surface)) if said is not None and at_date >= 0 else None
    own_text = clause_text[: content.start()] if content is not None else clause_text  # not what was said
    for index, own in enumerate((True, item)):
        text = _frame(clause_text, sentence_text, language, at) if index else own_text
        score, mixed = _tense_score(text, language, at_date if not index and at_date >= 0 else None)
        if scheduled and score > 0:
            return 0, False  # "was postponed to Aug. 11", "wurde für den 29. August angesetzt": either side
        score -= scheduled
        if score:
            firm = own and not mixed and not _against_the_tense().search(before)
            return (-1 if score > 0 else 1), firm
    fronted = get(language).fronted_past
    if (
        fronted is not None
        and surface
        and len(before.split()) <= 1
        and clause_text.lstrip().startswith(before.lstrip())
    ):
        at = clause_text.find(surface)
        if at >= 0 and fronted(clause_text[at + len(surface) :]):
            return -1, False  # "Am Sonntag brannte es": the verb after a fronted date is a weak past form
    return 0, False
