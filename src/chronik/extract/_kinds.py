"""The company a kind's noun stands for: "the company said on Monday" after "Air France has suspended flights",
"wie der Fußball-Bundesligaklub am Mittwoch mitteilte" after "VfL Wolfsburg hat … verpflichtet". A text names the
company as the subject opening a sentence (after a dateline, maybe after an article), its verb right after it; the
report's own sentence is looked at first, then the two before it. Not a person's name, where the language marks
people (:attr:`~._language.Language.people`), nor a title's first word ("Chief executive …"), nor, where every
sentence opens with a capital anyway, one word the text writes with a capital nowhere else ("Regulators …")."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ._bodynames import article_words
from ._names import people
from ._phrases import any_date_word
from ._sentences import Span
from ._types import Mention
from .lang import get, pool

#: A wire dateline opening a sentence: "LONDON (Reuters) - ", "Wolfsburg (dpa) – ".
_DATELINE = re.compile(r"[A-ZÄÖÜ][\w.'’ -]{0,40}?\s*\([^()\n]{1,30}\)\s*[-–—:]\s*")
#: A capitalised run opening a sentence, then a comma or a word in lower case (its verb or "which").
_OPENING = re.compile(r"(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+(?:[A-ZÄÖÜ0-9][\w.&'’-]*|&))*?)(?=[ \t]*,|[ \t]+[a-zäöüß])")


@lru_cache(maxsize=1)
def _apposed() -> re.Pattern[str]:
    """After a sentence's opening noun (and its genitive), a name in apposition between commas: ", der Deggendorfer
    SC,", ", the Fresh Ideation Group,"."""
    articles = article_words()
    return re.compile(
        rf"(?:[ \t]+(?:{articles})[ \t]+[A-ZÄÖÜ][\w.&'’-]*)?,[ \t]+(?:(?:{articles})[ \t]+)?"
        r"(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+(?:[A-ZÄÖÜ0-9][\w.&'’-]*|&)){0,4}),"
    )


#: Sentences looked at before the report's own.
_BACK = 2


def kind_referent(text: str, mention: Mention, language: str, spans: list[Span]) -> str | None:
    """The company the report's kind noun stands for, or None. ``spans``: the text's sentences, as the pipeline
    found them."""
    at = bisect.bisect_right(spans, mention.sentence_start, key=lambda span: span.start) - 1
    for span in reversed(spans[max(0, at - _BACK) : at + 1]):
        name = _opening_name(span.text(text), language, text)
        if name is not None:
            return name
    return None


def _opening_name(sentence: str, language: str, text: str) -> str | None:
    """The subject a sentence opens with, where it is a name and no person's: "Air France" of "LONDON (Reuters) -
    Air France has suspended …", "Lufthansa" of "Die Lufthansa streicht …"."""
    dateline = _DATELINE.match(sentence)
    rest = sentence[dateline.end() :] if dateline else sentence
    pooled, lang = pool(), get(language)
    first = rest.split(" ", 1)
    if len(first) == 2 and first[0].lower() in pooled.articles:
        rest = first[1]  # "Die Lufthansa", "The Fresh Ideation Group"
    m = _OPENING.match(rest)
    if m is None:
        return None
    name = m.group("name").rstrip(".")
    apposed = _apposed().match(rest, m.end())
    if apposed is not None:  # "Der Tabellenletzte der DEL2, der Deggendorfer SC, hat …": the name in apposition
        name = apposed.group("name")
    head = name.split()[0].lower()
    small = pooled.articles | pooled.stop_words | pooled.day_prepositions | lang.function_words | pooled.pronouns
    small |= lang.sentence_adverbs | pooled.demonstratives  # "Dies gab der Verein … bekannt": the subject follows
    small |= {*lang.directions, *lang.modifiers, *lang.relative_days}  # "Last week, the company said"
    one_word = " " not in name
    if (
        head in small
        or any_date_word(head)
        or any(word.isdigit() for word in name.split())  # "Knapp 85 000 Beratungen verbucht …": a count
        or head in lang.statement_nouns  # "Pressemitteilung des Wupperverbandes vom …": what is said, no maker
        or (one_word and any(name.lower().endswith(kind) for kind in pooled.organisation_kinds))
    ):
        return None  # "In Berlin …", "Er hat …", "Das Unternehmen hat …", "Der Reifenkonzern hat …"
    after = rest[m.end() :].split(maxsplit=1)
    if after and after[0].lower() in pooled.title_endings:
        return None  # "Chief executive John Smith has resigned": a person's title
    if lang.people is not None and any(person in name or name in person for person in people(sentence, language)):
        return None  # "Vorstandschef Hans Muster hat …": where the language marks people, no person
    if one_word and not lang.names_open_sentences and not _written_as_name(name, text):
        return None  # "Regulators increase their oversight …": a word any sentence opens with a capital
    return name


def _written_as_name(word: str, text: str) -> bool:
    """Is ``word`` written with its capital somewhere no sentence opens ("shares of Ford fell")?"""
    return word in _inner_capitals(text)


@lru_cache(maxsize=4)
def _inner_capitals(text: str) -> frozenset[str]:
    """The capitalised words a text writes inside its sentences, found once per text."""
    return frozenset(_INNER_CAPITAL.findall(text))


#: A capitalised word after a word or a comma in the same sentence.
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:])[ \t]+([A-ZÄÖÜ][\w&'’-]*)")
