"""Attribution: who said it, and is the date the date of the saying? (Where clauses break is :mod:`._clauses`.)

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
from functools import cache, lru_cache

from ._bodynames import organisation_word
from ._channels import outlet_named
from ._clauses import clause
from ._phrases import clean_name, np_after, opening_participle, past_form
from ._publishers import (
    as_named,
    compound_outlet,
    known_outlet,
    medium_named,
    name_run,
    outlet_of,
)
from ._sentences import Span
from ._signed import line_start, signature
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
        for v in _communication_verbs(body, language)
        if (v[0] >= rel_end or (v[1] <= rel_start and not lang.reported_clause.search(body[v[1] : rel_start])))
        and not _aside(body, v[0], rel_start)
    ]
    verb = _verb_at(without, verbs[0]) if verbs else None
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
        found = _statement(text, body, without, rel_start, rel_end, clause_span, language)
        if found.is_report and not found.publisher and _cites_source(body, language):
            # "According to a statement issued on Tuesday, the ministry … argues": the subject after the comma
            return replace(found, publisher=as_named(_subject_after(text, clause_span, language), language))
        return found
    gap = body[verb.end() : rel_start] if verb.end() <= rel_start else body[rel_end : verb.start()]
    statement: Attribution | None = None  # the statement noun's reading, found once where it is asked
    if len(words(gap)) > 3:
        # "declined to comment on remarks by Turkish President Erdogan on Monday": a statement noun beside the
        # date, with its maker, dates that statement rather than the verb further off
        statement = _statement(text, body, without, rel_start, rel_end, clause_span, language)
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
        publisher = _subject_after(text, clause_span, language) or publisher
    if publisher:
        publisher = as_named(publisher, language)
    else:  # "In einer Aussendung der Polizei am Freitag hieß es": the statement's maker
        if statement is None:
            statement = _statement(text, body, without, rel_start, rel_end, clause_span, language)
        publisher = statement.publisher
    if not publisher:  # "Addressing a press conference on Tuesday, Chohan said": the subject after the comma
        publisher = as_named(_subject_after(text, clause_span, language), language)
    if not publisher and lang.participle_clause is not None and lang.participle_clause.match(body):
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
    channel = after and 1 < len(gap_words) <= 5 and to_channel
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
        beside=(len(gap_words) <= 3 and not reported) or channel or by_auxiliary,
        # "sagte vergangene Woche", "Vergangene Woche hatte … mitgeteilt", "Last week, he told": nothing but a
        # pronoun between the date and its verb (or the verb's auxiliary)
        next_to=by_auxiliary
        or (len(gap_words) <= 1 and all(w.lower() in pool().pronouns for w in gap_words))
        or channel
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
    verbs = _communication_verbs(body, language)
    if not verbs:
        return None
    start, end, word = verbs[0]
    part = clause(text, sentence, sentence.start + start, sentence.start + end, language)
    own, offset = part.text(text), part.start - sentence.start
    verb = _verb_at(own, (start - offset, end - offset, word))
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


def _verb_at(body: str, found: tuple[int, int, str]) -> re.Match[str] | None:
    """The match of a communication verb found (:func:`_communication_verbs`) where it stands in ``body``, the
    clause or the clause with its date blanked (None where the blank took it)."""
    return re.compile(re.escape(found[2])).match(body, found[0])


def _verb_maker(text: str, body: str, clause_span: Span, verb: re.Match[str], language: str) -> str | None:
    """Who made the statement of ``verb`` in the clause ``body`` (at ``clause_span``): the outlet it was given to,
    where the rest of the sentence names one, else the language's reading of the clause."""
    rest = _to_sentence_end(text, body, clause_span)
    return _channel(rest, verb.start(), verb.end(), language) or get(language).publisher(body, verb)


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


def _channel(rest: str, start: int, end: int, language: str) -> str | None:
    """The outlet a statement went to or came from (``rest``: the clause and the rest of its sentence; the
    statement's verb or noun at ``[start, end)``): a known one, else a broadcaster without a name."""
    generic = get(language).generic_outlet
    return (
        outlet_of(rest, start, end, language)
        or outlet_named(rest, language)
        or compound_outlet(rest, language)
        or (generic(rest) if generic is not None else None)
    )


def _after_comma(text: str, clause_span: Span) -> str | None:
    """The start of the clause after a comma that ends this one (120 characters); None without such a comma."""
    if text[clause_span.end : clause_span.end + 1] != ",":
        return None
    return text[clause_span.end + 1 : clause_span.end + 120]


#: Marks that open a quotation.
_QUOTE_OPENERS = frozenset("\"“„»«‚‘'")


def _subject_after(text: str, clause_span: Span, language: str) -> str | None:
    """The subject of the clause after a comma that ends this one ("Addressing a press conference on Tuesday,
    Chohan said", "In a statement released today, the WHO declared"); None without such a comma."""
    after = _after_comma(text, clause_span)
    if after is None or after.lstrip()[:1] in _QUOTE_OPENERS:
        return None  # '… on Wednesday, November 6, "Josh is …"': what was said, no subject
    first = after.split()[:1]
    opens = _opens_with_preposition().match(text, clause_span.start) is not None
    if first and first[0].lower() in pool().pronouns and opens:  # "During … on June 9, he said": the person
        return first[0]  # named before, as pronouns are
    named = name_run(np_after(after, language))
    body_words = re.match(rf"\s*{re.escape(named)}((?:\s+[a-z]+){{1,2}})", after) if named else None
    for word in body_words.group(1).split() if named and body_words else []:
        if word.title() not in pool().organisation_words:
            break
        # "In a statement on Tuesday, Toronto police said": the city's police; "…, Uvalde school district officials"
        named = f"{named} {word}"
    opens = opens or _cites_source(text[clause_span.start : min(clause_span.end, clause_span.start + 200)], language)
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


def _subject_before(text: str, clause_span: Span, language: str) -> str | None:
    """The name that opens the sentence of a phrase after its comma ("The Police Commissioner repeated the
    comments, in a TV interview on 25 January, …"): the phrase's statement is the subject's."""
    if _opens_with_preposition().match(text, clause_span.start) is None:
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


def _cites_source(clause_text: str, language: str) -> bool:
    """Does the clause open with the words that cite a source ("According to a statement …", "Laut …")?"""
    start = clause_text.lstrip()[:40].lower()
    return any(start.startswith(lead + " ") for lead in get(language).source_leads)


@cache
def _opens_with_preposition() -> re.Pattern[str]:
    """A clause that is a phrase of its own, opening with a preposition of the pooled ``phrase_prepositions``
    ("In a statement on Thursday", "in einer Aussendung am Freitag"): the verb of the clause after the comma
    tells its statement."""
    words = sorted(pool().phrase_prepositions)
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, words))})\s", re.IGNORECASE) if words else re.compile(r"(?!)")


def _made_after(text: str, clause_span: Span, language: str) -> bool:
    """Does the clause after a comma that ends this one tell a statement as made ("In a statement on Thursday,
    the club said …", "In einer Aussendung am Freitag, teilte die Polizei mit")?"""
    after = _after_comma(text, clause_span)
    if after is None:
        return False
    stop = re.search(r"[,;.!?]", after)
    verbs = _communication_verbs(after[: stop.start()] if stop else after, language)
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
    made = [found for found in _communication_verbs(lead, language) if get(language).told_as_made(found[2])]
    verb = _verb_at(lead, made[-1]) if made else None
    return bool(made), (get(language).publisher(lead, verb) if verb is not None else None)


def _to_sentence_end(text: str, without: str, clause_span: Span) -> str:
    """The clause (its date blanked) and the rest of its sentence, where a quoted outlet may stand after a
    clause break ("sagte er der „Zeit“")."""
    ends = re.search(r"[.!?][“”\"»«’']?$", text[max(0, clause_span.end - 2) : clause_span.end])
    if ends and text[clause_span.end : clause_span.end + 1] in ("", " ", "\n", "\t"):
        return without  # the clause ends its sentence: the next one is another statement's
    after = text[clause_span.end : clause_span.end + 80]
    end = re.search(r"[.!?;]\s", after)
    return without + (after[: end.start()] if end else after)


def _statement(
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
        publisher = _channel(_to_sentence_end(text, without, clause_span), m.start(), m.end(), language)
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
            publisher = _subject_after(text, clause_span, language) or _subject_before(text, clause_span, language)
        opens = _opens_with_preposition().match(body) is not None
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


@lru_cache(maxsize=4096)
def _communication_verbs(body: str, language: str) -> tuple[tuple[int, int, str], ...]:
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
