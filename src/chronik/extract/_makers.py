"""Who the words around a dated clause name: the clause's communication verbs, the outlet a statement went
to, the subject of the clause after a comma or the name that opens the sentence."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ._channels import outlet_named
from ._phrases import np_after
from ._publishers import (
    compound_outlet,
    name_run,
    outlet_of,
)
from ._sentences import Span
from .lang import get, pool


def verb_at(body: str, found: tuple[int, int, str]) -> re.Match[str] | None:
    """The match of a communication verb found (:func:`communication_verbs`) where it stands in ``body``, the
    clause or the clause with its date blanked (None where the blank took it)."""
    return re.compile(re.escape(found[2])).match(body, found[0])


def channel(rest: str, start: int, end: int, language: str) -> str | None:
    """The outlet a statement went to or came from (``rest``: the clause and the rest of its sentence; the
    statement's verb or noun at ``[start, end)``): a known one, else a broadcaster without a name."""
    generic = get(language).generic_outlet
    return (
        outlet_of(rest, start, end, language)
        or outlet_named(rest, language)
        or compound_outlet(rest, language)
        or (generic(rest) if generic is not None else None)
    )


def after_comma(text: str, clause_span: Span) -> str | None:
    """The start of the clause after a comma that ends this one (120 characters); None without such a comma."""
    if text[clause_span.end : clause_span.end + 1] != ",":
        return None
    return text[clause_span.end + 1 : clause_span.end + 120]


#: Marks that open a quotation.
_QUOTE_OPENERS = frozenset("\"“„»«‚‘'")


def subject_after(text: str, clause_span: Span, language: str) -> str | None:
    """The subject of the clause after a comma that ends this one ("Addressing a press conference on Tuesday,
    Chohan said", "In a statement released today, the WHO declared"); None without such a comma."""
    after = after_comma(text, clause_span)
    if after is None or after.lstrip()[:1] in _QUOTE_OPENERS:
        return None  # '… on Wednesday, November 6, "Josh is …"': what was said, no subject
    first = after.split()[:1]
    opens = opens_with_preposition().match(text, clause_span.start) is not None
    if first and first[0].lower() in pool().pronouns and opens:  # "During … on June 9, he said": the person
        return first[0]  # named before, as pronouns are
    named = name_run(np_after(after, language))
    body_words = re.match(rf"\s*{re.escape(named)}((?:\s+[a-z]+){{1,2}})", after) if named else None
    for word in body_words.group(1).split() if named and body_words else []:
        if word.title() not in pool().organisation_words:
            break
        # "In a statement on Tuesday, Toronto police said": the city's police; "…, Uvalde school district officials"
        named = f"{named} {word}"
    opens = opens or cites_source(text[clause_span.start : min(clause_span.end, clause_span.start + 200)], language)
    participle = get(language).participle_clause
    speaking = participle is not None and participle.match(text, clause_span.start) is not None
    body = re.match(r"\s*(\w+)\s+([a-z]+)\b", after) if named is None and (opens or speaking) else None
    body = body if body and body.group(1).lower() in pool().articles else None
    if body and (body.group(2).title() in pool().organisation_words or body.group(2) in pool().organisation_kinds):
        return body.group(2)  # "In a statement on Thursday, the ministry said": the body the text names in full
    if body and speaking and body.group(2).endswith(pool().title_endings):
        return body.group(2)  # "Speaking at a rally on Monday, the president said": the one named with the role
    return named


#: Where a sentence starts: after a sentence's end or a line break.
_SENTENCE_START = re.compile(r"[.!?][“”\"»«]?\s+|\n")


def subject_before(text: str, clause_span: Span, language: str) -> str | None:
    """The name that opens the sentence of a phrase after its comma ("The Police Commissioner repeated the
    comments, in a TV interview on 25 January, …"): the phrase's statement is the subject's."""
    if opens_with_preposition().match(text, clause_span.start) is None:
        return None
    head = text[max(0, clause_span.start - 200) : clause_span.start]
    opening = next(reversed([*_SENTENCE_START.finditer(head)]), None)  # the last sentence's start
    if not head.rstrip().endswith(",") or (opening is None and clause_span.start > 200):
        return None
    sentence = head[opening.end() if opening else 0 :]
    first = sentence.split()[:1]
    named = name_run(np_after(" " + sentence, language))
    if named is None or not first:
        return None
    return named if first[0] == named.split()[0] or first[0].lower() in pool().articles else None  # it opens it


def cites_source(clause_text: str, language: str) -> bool:
    """Does the clause open with the words that cite a source ("According to a statement …", "Laut …")?"""
    start = clause_text.lstrip()[:40].lower()
    return any(start.startswith(lead + " ") for lead in get(language).source_leads)


@cache
def opens_with_preposition() -> re.Pattern[str]:
    """A clause that is a phrase of its own, opening with a preposition of the pooled ``phrase_prepositions``
    ("In a statement on Thursday", "in einer Aussendung am Freitag"): the verb of the clause after the comma
    tells its statement."""
    words = sorted(pool().phrase_prepositions)
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, words))})\s", re.IGNORECASE) if words else re.compile(r"(?!)")


def to_sentence_end(text: str, without: str, clause_span: Span) -> str:
    """The clause (its date blanked) and the rest of its sentence, where a quoted outlet may stand after a
    clause break ("sagte er der „Zeit“")."""
    ends = re.search(r"[.!?][“”\"»«’']?$", text[max(0, clause_span.end - 2) : clause_span.end])
    if ends and text[clause_span.end : clause_span.end + 1] in ("", " ", "\n", "\t"):
        return without  # the clause ends its sentence: the next one is another statement's
    after = text[clause_span.end : clause_span.end + 80]
    end = re.search(r"[.!?;]\s", after)
    return without + (after[: end.start()] if end else after)


@lru_cache(maxsize=4096)
def communication_verbs(body: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """Start, end and text of each communication verb in a clause (cached: a clause often holds several dates)."""
    lang = get(language)
    verbs, noun, check = lang.communication_verbs, lang.noun, lang.verb_filter
    separable = pool().separable_verbs
    out = []
    for m in re.finditer(r"[\w']+", body):
        if noun is not None and noun(body, m):
            continue  # "Berichte": a German noun, no verb
        word = m.group(0)
        low = word.lower()
        if low in verbs:
            if check is None or check(body, m):
                out.append((m.start(), m.end(), word))
            continue
        particles = separable.get(low)
        if particles and (
            any(re.search(rf"\b{p}\b", body[m.end() :]) for p in particles)
            or any(re.search(rf"\b{p}\s+$", body[: m.start()]) for p in particles)  # "wie X bekannt gab"
        ):
            out.append((m.start(), m.end(), word))
    return tuple(out)
