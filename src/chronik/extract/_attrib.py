"""Attribution: who said it, and is the date the date of the saying? (Where clauses break is :mod:`._clauses`;
the words around a clause that name a maker are :mod:`._makers`; a date beside a statement noun is
:mod:`._statement`.)

A dated clause is a *report* when it holds a communication verb ("sagte", "meldete", "berichtete",
"said", "reported", "was quoted … by") or a "laut X vom <date>"; the publisher is, in this order, the
outlet the statement was given to ("der Nachrichtenagentur AFP", "told Kenya Television"), the agent
of a passive ("by local media"), the name after "laut" / "according to", or the clause's subject. A
"Wie die Senatskanzlei mitteilte, begann die Reise am Sonntag" dates the beginning of the trip, not
the statement, because the date stands in the other clause.

The words are the language's (:mod:`chronik.extract.lang`): its verbs, clause breaks and tense markers;
who made a statement is the language module's :attr:`~._language.Language.publisher`, built on the
noun-phrase helpers here (:func:`np_after`, :func:`np_before`, :func:`clean_name`). People and places
are in :mod:`._names`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ._clauses import clause
from ._makers import (
    after_comma,
    channel,
    cites_source,
    communication_verbs,
    opens_with_preposition,
    subject_after,
    to_sentence_end,
    verb_at,
)
from ._phrases import clean_name, np_after, past_form
from ._publishers import (
    as_named,
    known_outlet,
    medium_named,
    name_run,
)
from ._sentences import Span
from ._signed import line_start, signature
from ._statement import noun_statement
from ._tense import words
from ._types import Attribution
from .lang import get, pool

# ---------------------------------------------------------------- reports


def attribute(text: str, clause_span: Span, expr: Span, language: str) -> Attribution:
    """Is the date at ``expr`` the date of a statement in its clause, and whose statement?"""
    lang = get(language)
    body = text[clause_span.start : clause_span.end]
    rel_start = expr.start - clause_span.start
    rel_end = expr.end - clause_span.start
    without = body[:rel_start] + " " * (rel_end - rel_start) + body[rel_end:]
    # Between a communication verb and a later date, a modal or a "dass" means the date is the reported
    # thing's: "said it will escalate next week", "erklärte, er werde am Montag zurücktreten".
    verbs = [
        v
        for v in communication_verbs(body, language)
        if (v[0] >= rel_end or (v[1] <= rel_start and not lang.reported_clause.search(body[v[1] : rel_start])))
        and not _aside(body, v[0], rel_start)
    ]
    verb = verb_at(without, verbs[0]) if verbs else None
    lead = lang.dated_source_lead.match(body[rel_start:rel_end])
    # the source stands right before its date ("laut einer Mitteilung des Ministeriums vom"): only that much is read
    source = lang.dated_source.search(body[max(0, rel_start - 160) : rel_start] + (lead.group(0) if lead else ""))
    laut = clean_name(source.group("name"), language) if source else None
    if laut is not None:
        return Attribution(True, as_named(laut, language), past=True, dated_source=True, beside=True)
    line_start_at = line_start(text, expr.start)
    signed = signature(text, expr, line_start_at, language)  # "Zoo Dresden 05.04.2019" on a line of its own
    if signed is not None:
        return signed
    if lang.source_line is not None and line_start_at is not None:  # "Quelle: B5 aktuell Nachrichten, 01.07.2020"
        line = lang.source_line.fullmatch(text, line_start_at, expr.start)
        if line is not None:
            return Attribution(True, known_outlet(clean_name(line.group("name"), language)), True, True)
    if verb is None:
        speaker = _apposed_speaker(text, clause_span, body[rel_end:], language)
        if speaker is not None:
            return Attribution(True, as_named(speaker[1], language), lang.told_as_made(speaker[0]), beside=True)
        if _titled_statement(text, clause_span.start, language) and not re.search(r"\w", without):
            return Attribution(True, None, past=True)  # "Initial news release, 1:45 p.m. Friday, Nov. 15, 2024"
        found = noun_statement(text, body, without, rel_start, rel_end, clause_span, language)
        if not found.is_report and (said := _said_there(text, clause_span, without, language)) is not None:
            return said  # "At a City Council hearing Wednesday, Fire Commissioner Salvatore Cassano said …"
        if found.is_report and not found.publisher and cites_source(body, language):
            # "According to a statement issued on Tuesday, the ministry … argues": the subject after the comma
            return replace(found, publisher=as_named(subject_after(text, clause_span, language), language))
        return found
    gap = body[verb.end() : rel_start] if verb.end() <= rel_start else body[rel_end : verb.start()]
    statement: Attribution | None = None  # the statement noun's reading, found once where it is asked
    if len(words(gap)) > 3:
        # "declined to comment on remarks by Turkish President Erdogan on Monday": a statement noun beside the
        # date, with its maker, dates that statement rather than the verb further off
        statement = noun_statement(text, body, without, rel_start, rel_end, clause_span, language)
        if statement.is_report and statement.publisher:  # told as made by the verb too ("is quoted as saying in")
            return replace(statement, past=statement.past or lang.told_as_made(verb.group(0)))
    publisher = _verb_maker(text, without, clause_span, verb, language)
    participle = lang.participle_clause
    if (
        participle is not None
        and verb.start() == len(body) - len(body.lstrip())
        and participle.match(body)
        and not (publisher and medium_named(publisher, language))
    ):
        # "Speaking at a public rally in the Shinyanga Region on Monday, the president said": the subject after
        # the comma speaks, not a name the phrase holds ("Speaking to the BBC on Friday, …" is the BBC's)
        publisher = subject_after(text, clause_span, language) or publisher
    if publisher:
        publisher = as_named(publisher, language)
    else:  # "In einer Aussendung der Polizei am Freitag hieß es": the statement's maker
        if statement is None:
            statement = noun_statement(text, body, without, rel_start, rel_end, clause_span, language)
        publisher = statement.publisher
    if not publisher:  # "Addressing a press conference on Tuesday, Chohan said": the subject after the comma
        publisher = as_named(subject_after(text, clause_span, language), language)
    if (
        not publisher
        and lang.participle_clause is not None
        and lang.participle_clause.match(body)
        and verb.group(0).lower() not in pool().page_labels  # "Published in English on 17.9.2020": a page's stamp
    ):
        # "Addressing questions … on Wednesday, February 21, Deputy Chair of the Commission, Dr. Bossman Asare,
        # affirmed": the clause runs on to the name its verb follows; "…, Mike Stonard, cabinet member for
        # growth, said": to the name before the post that renames it
        segments = [part for part in without[rel_end:].split(",") if part.strip()]
        named = (name_run(np_after(part, language)) for part in reversed(segments))
        publisher = as_named(next((name for name in named if name), None), language)
    gap_words, after = words(gap), verb.end() <= rel_start
    by_auxiliary = _by_auxiliary(body, rel_start, rel_end, verb, language)
    # "wrote on his social media accounts last week", "said in an interview last month": where it went between
    to_channel = bool(gap_words) and gap_words[0].lower() in pool().channel_prepositions
    via_channel = after and 1 < len(gap_words) <= 5 and to_channel
    # not "said the plant closed in March": a past verb between reports what happened then
    reported = after and not to_channel and any(past_form(w, language) for w in gap_words)
    planned = (lang.planned_after is not None and lang.planned_after.match(body, verb.end()) is not None) or (
        lang.planned_before is not None
        and lang.planned_before.search(body, max(0, verb.start() - 30), verb.start()) is not None
    )
    return Attribution(
        True,
        publisher,
        lang.told_as_made(verb.group(0)) and not planned,
        beside=(len(gap_words) <= 3 and not reported) or via_channel or by_auxiliary,
        # "sagte vergangene Woche", "Vergangene Woche hatte … mitgeteilt", "Last week, he told": nothing but a
        # pronoun between the date and its verb (or the verb's auxiliary)
        next_to=by_auxiliary
        or (len(gap_words) <= 1 and all(w.lower() in pool().pronouns for w in gap_words))
        or via_channel
        # "Last week, Mariah Carey told Billboard", "Last week, the company said": only the maker's name between the
        # fronted date and its verb
        or (
            rel_end <= verb.start()
            and bool(publisher)
            and (
                {w.lower() for w in gap_words} <= {*str(publisher).lower().split(), *pool().articles}
                or (len(gap_words) <= 4 and all(w[:1].isupper() for w in gap_words))
            )
        ),
    )


def _by_auxiliary(body: str, rel_start: int, rel_end: int, verb: re.Match[str], language: str) -> bool:
    """Does a finite auxiliary stand right beside the date, the verb a participle after both ("Mitte März hatte
    Gea … bekannt gegeben", "Die Polizei hatte am Montag … mitgeteilt")?"""
    auxiliary = get(language).auxiliary
    if auxiliary is None or verb.start() < rel_end or not get(language).told_as_made(verb.group(0)):
        return False
    before, after = words(body[:rel_start])[-1:], words(body[rel_end : verb.start()])[:1]
    return any(auxiliary.fullmatch(word) for word in before + after)


def spoken(text: str, sentence: Span, language: str) -> str | None:
    """Who makes the statement a sentence without a date of its own reports ("Wie die Polizei Frankfurt
    berichtet, ist …", "erklärte die Polizei, dass …"): the maker of its first communication verb, found as
    for a dated clause, or None where the sentence has no such verb or names no maker."""
    body = sentence.text(text)
    verbs = communication_verbs(body, language)
    if not verbs:
        return None
    start, end, word = verbs[0]
    part = clause(text, sentence, sentence.start + start, sentence.start + end, language)
    own, offset = part.text(text), part.start - sentence.start
    verb = verb_at(own, (start - offset, end - offset, word))
    if verb is None:
        return None
    return as_named(_verb_maker(text, own, part, verb, language), language) or None


def _titled_statement(text: str, start: int, language: str) -> bool:
    """Does a statement noun and a comma or colon end the line's text right before ``start`` ("***Initial news
    release, " before its date, "Update: " before its day)? Then the clause of the date alone dates the statement."""
    line = text[max(0, start - 60) : start]
    line = line[line.rfind("\n") + 1 :].rstrip()
    if not line.endswith((",", ":")):  # "Update: 2. November, 8.07 Uhr."
        return False
    low = " ".join(line[:-1].lower().split())
    return any(
        low.endswith(noun) and (len(low) == len(noun) or not low[-len(noun) - 1].isalnum())
        for noun in get(language).statement_nouns
    )


def _verb_maker(text: str, body: str, clause_span: Span, verb: re.Match[str], language: str) -> str | None:
    """Who made the statement of ``verb`` in the clause ``body`` (at ``clause_span``): the outlet it was given to,
    where the rest of the sentence names one, else the language's reading of the clause."""
    if verb.group(0).lower() in pool().page_labels and not re.split(r"[\n|]", body[: verb.start()])[-1].strip():
        # "Published in English on 17.9.2020" opening its line: a page's stamp, gone to no outlet
        return get(language).publisher(body, verb)
    rest = to_sentence_end(text, body, clause_span)
    return channel(rest, verb.start(), verb.end(), language) or get(language).publisher(body, verb)


#: A verb and the name after it, then the comma that opens an apposition, maybe after another one.
_SPEAKER_BEFORE = re.compile(
    r"(?P<verb>\w+)\s+(?P<name>(?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3}[A-ZÄÖÜ][\w'’-]*)\s*,(?:[^,;.]{1,60},)?\s*$"
)  # "said Charles Nyabeze,", "sagte Max Muster, Sprecher der Stadt,"


def _apposed_speaker(text: str, clause_span: Span, rest: str, language: str) -> tuple[str, str] | None:
    """The verb of saying and the name before an apposition that a date ends ("…,” said Charles Nyabeze, CEMI's
    vice-president of business development Wednesday."): the date is that statement's."""
    if rest.strip(" \t.!?\"“”'’»«") or not text[max(0, clause_span.start - 3) : clause_span.start].rstrip().endswith(
        ","
    ):
        return None  # the date must end an apposition, which a comma opens
    relative = get(language).relative
    if relative is not None and relative.match(text, clause_span.start):
        return None  # "said John Smith, who met the mayor on Monday": his meeting's day
    m = _SPEAKER_BEFORE.search(text, max(0, clause_span.start - 80), clause_span.start)
    if m is None or m.group("verb").lower() not in get(language).communication_verbs:
        return None
    return m.group("verb"), m.group("name")


def _aside(body: str, verb: int, date: int) -> bool:
    """Does the verb stand in brackets the date is not in ("am Dienstagabend (wir berichteten: …)")? Then it
    says nothing of the date."""
    opening = body.rfind("(", 0, verb)
    if opening < 0 or ")" in body[opening:verb]:
        return False  # the verb is in no bracket
    close = body.find(")", verb)
    return not opening < date < (close if close >= 0 else len(body))


#: Words of a phrase that names where something was said, at most, before its comma.
_OCCASION_WORDS = 10
#: Words the subject after the comma may have before its verb of saying.
_SUBJECT_WORDS = 6


def _said_there(text: str, clause_span: Span, without: str, language: str) -> Attribution | None:
    """A phrase opening the sentence with a preposition, no verb of its own, and its date, then a comma and a subject
    that says something: the occasion the statement was made on ("At a City Council hearing Wednesday, Fire
    Commissioner Salvatore Cassano said …", "During a visit to Kyiv on Monday, the minister told reporters …")."""
    if opens_with_preposition().match(without) is None or len(words(without)) > _OCCASION_WORDS:
        return None
    after = after_comma(text, clause_span)
    subject = subject_after(text, clause_span, language) if after is not None else None
    if after is None or subject is None:
        return None
    head = re.match(r"[^,;:.!?\"“”]*", after)
    verbs = communication_verbs(head.group(0) if head else "", language)
    if not verbs or len(words(after[: verbs[0][0]])) > _SUBJECT_WORDS or subject not in after[: verbs[0][0]]:
        return None
    return Attribution(True, as_named(subject, language), get(language).told_as_made(verbs[0][2]), beside=True)
