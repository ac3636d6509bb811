"""A date beside a statement noun ("in einer Aussendung am Freitag", "released a statement on Sunday"):
whose statement, and is it told as made?"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ._bodynames import organisation_word
from ._makers import (
    after_comma,
    channel,
    communication_verbs,
    opens_with_preposition,
    subject_after,
    subject_before,
    to_sentence_end,
    verb_at,
)
from ._phrases import clean_name, opening_participle, past_form
from ._publishers import (
    as_named,
    name_run,
)
from ._sentences import Span
from ._tense import words
from ._types import Attribution
from .lang import get, pool


def _made_after(text: str, clause_span: Span, language: str) -> bool:
    """Does the clause after a comma that ends this one tell a statement as made ("In a statement on Thursday,
    the club said …", "In einer Aussendung am Freitag, teilte die Polizei mit")?"""
    after = after_comma(text, clause_span)
    if after is None:
        return False
    stop = re.search(r"[,;.!?]", after)
    verbs = communication_verbs(after[: stop.start()] if stop else after, language)
    return any(get(language).told_as_made(verb) for _, _, verb in verbs)


def _quoted_maker(text: str, clause_span: Span, language: str) -> tuple[bool, str | None]:
    """Does the clause follow a quotation whose speaker a verb before it tells as made ('Rahane said, “…,” in a
    press conference on Monday'), and who is that speaker?"""
    head = text[max(0, clause_span.start - 600) : clause_span.start]
    if not re.search(r"[”\"»«][ \t]*,?[ \t]*$", head):
        return False, None
    opening = max(head.rfind("“"), head.rfind("„"), head.rfind("«"), head.rfind('"', 0, len(head.rstrip()) - 1))
    lead = head[:opening] if opening > 0 else ""
    lead = re.split(r"[.!?][’'\"”]?[ \t]+|\n", lead)[-1]  # the words of the sentence before the quotation
    made = [found for found in communication_verbs(lead, language) if get(language).told_as_made(found[2])]
    verb = verb_at(lead, made[-1]) if made else None
    return bool(made), (get(language).publisher(lead, verb) if verb is not None else None)


def noun_statement(
    text: str, body: str, without: str, rel_start: int, rel_end: int, clause_span: Span, language: str
) -> Attribution:
    """A date beside a statement noun in a clause without a communication verb: "in einer Aussendung am
    Freitag", "released an official statement on Sunday morning", "remarks by X on Monday"."""
    lang = get(language)
    nouns = _noun_pattern(language)
    for start in _statement_nouns(body, language):
        m = nouns.match(body, start) if nouns is not None else None  # the whole noun: "press conference"
        assert m is not None
        gap = body[m.end() : rel_start] if m.end() <= rel_start else body[rel_end : m.start()]
        made = lang.statement_makers.match(gap) if lang.statement_makers and m.end() <= rel_start else None
        if made is not None:  # "a statement released by the Welsh Rugby Union (WRU) on Sunday": the maker's words
            gap = gap[made.end() :]
        between = words(gap)
        if m.end() <= rel_start and between and between[-1].lower() in pool().day_prepositions:
            between.pop()  # "… in M'Lang, Cotabato, on Monday": the date's own word
        owned = _POSSESSIVE_NAME.fullmatch(gap) if rel_end <= m.start() else None
        if owned is not None:  # "yesterday's SUNDAY BUSINESS POST article": the day's, the name's statement
            named = as_named(clean_name(owned.group("name"), language), language)
            return Attribution(True, named, past=True, beside=True)
        if len(between) > (6 if m.end() <= rel_start else 2):
            continue  # after its noun the date may follow the maker; before it, only "in a" or "in einer" stands
        # "in einer Aussendung der dpa", "in an interview with Qatar TV on Thursday"
        publisher = channel(to_sentence_end(text, without, clause_span), m.start(), m.end(), language)
        maker = lang.statement_makers.match(without[m.end() :]) if lang.statement_makers else None
        if publisher is None and maker is None and rel_end <= m.start():
            maker = lang.statement_makers.match(without[rel_end:]) if lang.statement_makers else None
        if publisher is None and maker is not None:
            publisher = clean_name(maker.group("np") or maker.groupdict().get("np2") or "", language)
        if publisher is None and m.end() <= rel_start + 1:  # "during her press conference on Tuesday": hers
            *_, first, last = ["", "", *words(without[max(0, m.start() - 40) : m.start()])]  # "her", "his first"
            owner = last if last in lang.possessives else first if last.islower() else ""
            publisher = lang.possessives.get(owner)
        if publisher is None:
            publisher = name_run(lang.publisher(without, m))
            head = without[: m.start()].rstrip()
            if (
                publisher
                and head.endswith(publisher)
                and (
                    (publisher.islower() and not organisation_word(publisher.title()))  # "a police statement": its
                    or (" " not in publisher and _LABEL_START.search(head[: -len(publisher)]))
                )
            ):
                publisher = None  # "The special press statement", "12 March 2020 | Media statement": the noun's words
            if publisher and publisher.islower() and past_form(publisher, language):
                publisher = None  # "until he was listed on the injury report Wednesday": a verb, no maker
            if publisher and opening_participle(without, publisher, language):
                publisher = None  # "Issuing a press release on Friday, the Ministry stated": the subject after
        if publisher is None:
            # "In a statement released today, the World Health Organization (WHO) declared": the subject after
            publisher = subject_after(text, clause_span, language) or subject_before(text, clause_span, language)
        opens = opens_with_preposition().match(body) is not None
        quoted, speaker = _quoted_maker(text, clause_span, language) if opens else (False, None)
        publisher = publisher or speaker  # 'Rahane said, “…,” in a press conference on Monday': Rahane's
        dated = m.end() <= rel_start and lang.dated_source_lead.match(body[rel_start:rel_end]) is not None
        # "eine Mitteilung vom Montag": the statement's own date, so it was made; so is one cited as a source
        # ("laut Auskunft der Klinik am Samstag", "according to a statement on Friday") or one a past verb
        # just before it makes ("gave an interview on Monday"); else the clause's tense says
        cited = (
            _cited(body[: m.start()], language)
            or (opens and (quoted or _made_after(text, clause_span, language)))
            or any(
                w.lower() in lang.past_words or lang.told_as_made(w)
                for w in words(body[max(0, m.start() - 60) : m.start()])[-3:]
            )
        )
        return Attribution(
            True, as_named(publisher, language), past=dated or cited, dated_source=dated, beside=len(words(gap)) <= 3
        )
    return Attribution(False)


#: Where a label line's words begin: at a line's start or after a bar or dash ("… | Media statement").
_LABEL_START = re.compile(r"(?:^|\n|[|–—]|\s-)\s*$")


def _cited(head: str, language: str) -> bool:
    """Do the words before a statement noun cite it as a source ("laut einer", "according to the")?"""
    articles = pool().articles
    tokens = [w.lower() for w in words(head)[-4:]]
    while tokens and tokens[-1] in articles:
        tokens.pop()
    tail = " ".join(tokens)
    return any(tail == c or tail.endswith(" " + c) for c in get(language).source_leads)


#: A name between a day's possessive and its statement noun: "yesterday's SUNDAY BUSINESS POST article".
_POSSESSIVE_NAME = re.compile(r"['’]s[ \t]+(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+[A-ZÄÖÜ0-9][\w.&'’-]*){0,3})[ \t]+")


@lru_cache(maxsize=4096)
def _statement_nouns(body: str, language: str) -> tuple[int, ...]:
    """Where a clause names a statement ("Aussendung", "statement"), found once per clause (a clause often
    holds many dates)."""
    nouns = _noun_pattern(language)
    found = nouns.finditer(body) if nouns is not None else ()  # not a page's counter: "4 Comments By Mof Gimmers"
    return tuple(m.start() for m in found if not _COUNTED.search(body, max(0, m.start() - 8), m.start()))


_COUNTED = re.compile(r"(?<![\w.,:])\d+[ \t]+$")  #: a number right before a noun: a counter, no statement


@cache
def _noun_pattern(language: str) -> re.Pattern[str] | None:
    """The language's statement nouns as one pattern; a noun of two words ("press conference") is found at its
    first."""
    nouns = get(language).statement_nouns
    if not nouns:
        return None
    alternation = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(nouns, key=len, reverse=True))
    # a capitalised first part joined by a hyphen is the noun's too: "Abschluss-Pressekonferenz"
    return re.compile(rf"(?:(?<![\w'’-])[A-ZÄÖÜ]\w*-|(?<![\w'’-]))(?i:{alternation})(?![\w'’-])")
