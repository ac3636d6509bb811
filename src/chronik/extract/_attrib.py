"""Sentences, clauses, tense and attribution: who said it, and is the date the date of the saying?

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
from dataclasses import dataclass
from functools import cache, lru_cache

from .. import outlets
from ._lexicon import lexicon
from .lang import get, pool

WORD = re.compile(r"[\w][\w'’.-]*[\w]|[\w]", re.UNICODE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def text(self, doc: str) -> str:
        return doc[self.start : self.end]


# ---------------------------------------------------------------- sentences

_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"'”“»«’]*(?=\s+[\"'„“»«(]*[A-ZÄÖÜ0-9])|\n\s*\n|\n")


#: A carriage return not followed by a line feed: a line end of its own (old Mac files).
LONE_CR = re.compile(r"\r(?!\n)")

#: A "sentence" longer than this (a list, a table, text without full stops) is cut at a blank near the
#: limit, so that evidence stays quotable and the work per expression stays bounded.
MAX_SENTENCE = 1500


def sentences(text: str, language: str) -> list[Span]:
    """Sentence spans (blanks trimmed). A dot after a day number ("am 8. November") does not end a
    sentence, nor one after an abbreviation unless what follows says so (:func:`_abbreviation_goes_on`)."""
    months = lexicon(language).months
    ordinal_dot = get(language).ordinal_dot
    text = LONE_CR.sub("\n", text)  # a CR alone ends a line as LF and CRLF do; offsets stay the same
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            word = re.search(r"([\w.]+)$", text[max(start, m.start() - 40) : m.start()])
            last = word.group(1).lower() if word else ""
            after = re.match(r"\s*([\"'„“»«(]*)([\w]+)", text[m.end() : m.end() + 40])
            nxt = after.group(2) if after else ""
            if m.group(0).startswith(".") and not m.group(0).startswith(".."):
                head = text[max(start, m.start() - 12) : m.start()]
                quoted = bool(after and after.group(1))
                if _abbreviation_goes_on(head, last, nxt, quoted, language):
                    continue
            number = last.rstrip(".")
            if number.isdigit() and len(number) <= 2 and (nxt.lower() in months or ordinal_dot):
                continue  # "am 8. November", "der 3. Platz"
        end = m.end() if "\n" not in m.group(0) else m.start()
        _add(spans, text, start, end)
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _abbreviation_goes_on(head: str, last: str, nxt: str, quoted: bool, language: str) -> bool:
    """Does the dot after ``last`` (the word before it, lower-cased; ``head`` the text just before the
    dot) belong to an abbreviation that does not end the sentence before ``nxt`` (the next word;
    ``quoted``: a quote or bracket opens before it)?"""
    lex = lexicon(language)
    abbr = lex.lang.abbreviations
    pair = re.search(r"(?<![\w.])(\w)\.\s?(\w)$", head)  # "z. B", "u. a", "d. h"
    if pair and f"{pair.group(1)}.{pair.group(2)}".lower() in abbr.inner:
        return True
    word = last.rstrip(".")
    capital = nxt[:1].isupper()
    low = nxt.lower()
    if word in abbr.titles or word in abbr.inner:
        return True
    if word in abbr.months or word in abbr.weekdays:
        date_word = low in lex.months or low in lex.weekdays or low in abbr.months or low in abbr.weekdays
        return not capital or date_word  # "Sept. 25", "Mo. 5. Mai", "Mon. Oct. 9"; "in Sept. The talks"
    if word in abbr.common:
        return not capital  # "No. 5", "Apple Inc. said"; "Apple Inc. The company"
    if re.fullmatch(r"(?:\w\.)*\w", word) and len(word) <= 7 and not word.isdigit():
        # an initialism or an initial ("U.S.", "D.C.", "a.m.", "John F. Kennedy"): only a word that opens
        # a sentence, or a quote, ends it ("in Washington, D.C. The next day", "at 9 a.m. Monday" goes on)
        return not (capital and (low in abbr.openers or quoted))
    return False


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = end
        if stop - start > MAX_SENTENCE:
            cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            stop = cut if cut > start else start + MAX_SENTENCE
        trimmed = stop
        while trimmed > start and text[trimmed - 1].isspace():
            trimmed -= 1
        if trimmed > start:
            spans.append(Span(start, trimmed))
        start = stop


# ---------------------------------------------------------------- clauses

_NAME_ONLY = re.compile(r"\s*(?:[A-ZÄÖÜ][\w.'’-]*\s*){1,4}(?:\([A-Z]{2,6}\)\s*)?")


@lru_cache(maxsize=1024)
def _breaks(body: str, language: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in get(language).clause_breaks.finditer(body)]


def clause(text: str, sentence: Span, start: int, end: int, language: str) -> Span:
    """The clause of ``sentence`` around ``[start, end)``: between clause breaks (commas, dashes, quotes,
    subordinators); a comma-enclosed name in between (an apposition: ", Ibrahima Fall,") does not break it."""
    body = text[sentence.start : sentence.end]
    breaks = _breaks(body, language)
    s, e = start - sentence.start, end - sentence.start
    before = [i for i, b in enumerate(breaks) if b[1] <= s]
    after = [i for i, b in enumerate(breaks) if b[0] >= e]
    i = before[-1] if before else -1  # the break that opens the clause
    j = after[0] if after else len(breaks)  # the break that closes it

    def comma(k: int) -> bool:
        return 0 <= k < len(breaks) and body[breaks[k][0]] == ","

    def name_between(k: int) -> bool:
        stop = breaks[k + 1][0] if k + 1 < len(breaks) else len(body)
        return bool(_NAME_ONLY.fullmatch(body[breaks[k][1] : stop]))

    # ", Sampo Terho, am Donnerstag": a name between two commas is an apposition, not a clause of its own.
    while comma(i) and comma(i - 1) and name_between(i - 1):
        i -= 2
    while comma(j) and comma(j + 1) and name_between(j):
        j += 2
    left = breaks[i][1] if i >= 0 else 0
    right = breaks[j][0] if j < len(breaks) else len(body)
    # "On Thursday, MOC spokesman Shen Danyang said …", "Am Montag, so der Sprecher, …": a date that opens
    # its sentence before a comma, with at most a preposition or "earlier" beside it, dates the clause after
    lead = body[:s].split()
    if (
        i < 0
        and comma(j)
        and len(lead) <= 1
        and all(w.lower() in get(language).date_leads for w in lead)
        and not body[e : breaks[j][0]].strip()
    ):
        k = j + 1
        right = breaks[k][0] if k < len(breaks) else len(body)
    return Span(sentence.start + left, sentence.start + right)


def words(text: str) -> list[str]:
    return WORD.findall(text)


# ---------------------------------------------------------------- tense


@lru_cache(maxsize=4096)
def _tense_score(text: str, language: str) -> tuple[int, bool]:
    """Past minus future markers (modal and auxiliary future words and "decided to …" count double), and
    whether markers of both kinds are present (a mixed clause: "had been talking about the slated visit")."""
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
    future += 2 * len(lang.intent.findall(text))
    return past - future, past > 0 and future > 0


@cache
def alternation(template: str, words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """``template`` with ``{}`` replaced by the alternation of ``words`` (regular expressions), compiled once."""
    return re.compile(template.replace("{}", "|".join(words)), flags)


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


def clause_tense(
    clause_text: str, sentence_text: str, language: str, before: str = "", surface: str = ""
) -> tuple[int, bool]:
    """:func:`tense`, and whether it is firm: the clause's own markers all point one way and no word before
    the date sets it against them. A firm tense rules out dates on the other side of the reference."""
    before = before[-80:]
    scheduled = 1 if get(language).scheduled_for.search(before) else 0
    item = _list_item(clause_text, surface, language)  # "…, 14, 20 and March 3"
    for own, text in ((True, clause_text), (item, sentence_text)):
        score, mixed = _tense_score(text, language)
        if scheduled and score > 0:
            return 0, False  # "was postponed to Aug. 11", "wurde für den 29. August angesetzt": either side
        score -= scheduled
        if score:
            firm = own and not mixed and not _against_the_tense().search(before)
            return (-1 if score > 0 else 1), firm
    return 0, False


# ---------------------------------------------------------------- reports


@dataclass(frozen=True)
class Attribution:
    is_report: bool
    publisher: str | None = None
    past: bool = False
    """The statement is told as made ("sagte", "said", "berichtete", "laut … vom"), not as coming."""
    dated_source: bool = False
    """The date belongs to the source itself ("laut dem Tagesspiegel Checkpoint vom November 2024")."""
    beside: bool = False
    """At most three words stand between the verb and the date ("said on December 3", "sagte der
    Minister am Montag"): the date is the statement's own."""


#: A token of a name: a capitalised word or a day number.
NAME_TOKEN = r"(?:[A-ZÄÖÜ][\w'’.&-]*|\d{1,2}(?=\b))"


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
        if v[0] >= rel_end or (v[1] <= rel_start and not lang.reported_clause.search(body[v[1] : rel_start]))
    ]
    verb = re.compile(re.escape(verbs[0][2])).match(without, verbs[0][0]) if verbs else None
    lead = lang.dated_source_lead.match(body[rel_start:rel_end])
    source = lang.dated_source.search(body[:rel_start] + (lead.group(0) if lead else ""))
    laut = clean_name(source.group("name"), language) if source else None
    if laut is not None:
        return Attribution(True, known_outlet(laut), past=True, dated_source=True)
    if verb is None:
        return _statement(text, body, without, rel_start, rel_end, clause_span, language)
    gap = body[verb.end() : rel_start] if verb.end() <= rel_start else body[rel_end : verb.start()]
    rest = _to_sentence_end(text, without, clause_span)
    publisher = outlet_of(rest, verb.start(), verb.end(), language) or lang.publisher(without, verb)
    if publisher:
        publisher = _as_named(publisher, language)
    else:  # "In einer Aussendung der Polizei am Freitag hieß es": the statement's maker
        publisher = _statement(text, body, without, rel_start, rel_end, clause_span, language).publisher
    return Attribution(True, publisher, lang.told_as_made(verb.group(0)), beside=len(words(gap)) <= 3)


def _to_sentence_end(text: str, without: str, clause_span: Span) -> str:
    """The clause (its date blanked) and the rest of its sentence, where a quoted outlet may stand after a
    clause break ("sagte er der „Zeit“")."""
    after = text[clause_span.end : clause_span.end + 80]
    end = re.search(r"[.!?;]\s", after)
    return without + (after[: end.start()] if end else after)


def _as_named(publisher: str | None, language: str) -> str | None:
    """A publisher as the draft names it: a spokesperson's institution, a known outlet by its one name."""
    institution = get(language).institution
    if publisher and institution is not None:
        publisher = institution(publisher)
    return known_outlet(publisher)


def _statement(
    text: str, body: str, without: str, rel_start: int, rel_end: int, clause_span: Span, language: str
) -> Attribution:
    """A date beside a statement noun in a clause without a communication verb: "in einer Aussendung am
    Freitag", "released an official statement on Sunday morning", "remarks by X on Monday"."""
    lang = get(language)
    for start in _statement_nouns(body, language):
        m = _WORD.match(body, start)
        assert m is not None
        gap = body[m.end() : rel_start] if m.end() <= rel_start else body[rel_end : m.start()]
        if len(words(gap)) > 6:
            continue
        publisher = outlet_of(_to_sentence_end(text, without, clause_span), m.start(), m.end(), language)
        maker = lang.statement_makers.match(without[m.end() :]) if lang.statement_makers else None
        if publisher is None and maker is None and rel_end <= m.start():
            maker = lang.statement_makers.match(without[rel_end:]) if lang.statement_makers else None
        if publisher is None and maker is not None:
            publisher = clean_name(maker.group("np") or maker.groupdict().get("np2") or "", language)
        if publisher is None:
            publisher = _name_run(lang.publisher(without, m))
        dated = m.end() <= rel_start and lang.dated_source_lead.match(body[rel_start:rel_end]) is not None
        # "eine Mitteilung vom Montag": the statement's own date, so it was made; else the clause's tense says
        return Attribution(
            True, _as_named(publisher, language), past=dated, dated_source=dated, beside=len(words(gap)) <= 3
        )
    return Attribution(False)


_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=4096)
def _statement_nouns(body: str, language: str) -> tuple[int, ...]:
    """Where a clause names a statement ("Aussendung", "statement"), found once per clause (a clause often
    holds many dates)."""
    nouns = get(language).statement_nouns
    if not nouns:
        return ()
    return tuple(m.start() for m in _WORD.finditer(body) if m.group(0).lower() in nouns)


@cache
def _outlet_names() -> re.Pattern[str]:
    """Every known outlet's names, longest first, whole words, maybe in quotes."""
    names = sorted({n for o in outlets.outlets() for n in (o.name, *o.aliases)}, key=lambda n: (-len(n), n))
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?P<q>[„\"“‚'»]?)(?P<name>{alternation})(?P<q2>[“\"”‘'«]?)(?![\w-])")


def _common_word(name: str) -> bool:
    """A one-word name written like a noun ("Zeit", "Welt", "Guardian"): also a common word."""
    return " " not in name and name[:1].isupper() and name[1:].islower() and name.isalpha()


def outlet_of(body: str, verb_start: int, verb_end: int, language: str) -> str | None:
    """A known outlet (:mod:`chronik.outlets`) the clause names as where the statement went or came from:
    after a channel word ("im ZDF", "told the BBC", "gegenüber der „Zeit“", "sagte … der dpa"), or as the
    subject of the communication verb ("Reuters reported", "meldete die dpa"). Its canonical name."""
    lang = get(language)
    articles = pool().articles
    for m in _outlet_names().finditer(body):
        name = m.group("name")
        head = body[: m.start()].split()
        quoted = bool(m.group("q") or m.group("q2"))
        if _common_word(name) and not quoted and not (head and head[-1].lower() in lang.outlet_nouns):
            continue
        while head and head[-1].lower() in lang.outlet_nouns:
            head.pop()  # "der Zeitung „Die Welt“": the noun is part of the way to the name
        lead = " ".join(head[-4:]).lower()
        channel = next((c for c in lang.outlet_channels if lead == c or lead.endswith(" " + c)), None)
        if channel is not None and (channel.lower() not in articles or m.start() >= verb_end):
            return outlets.canonical(name)
        between = body[verb_end : m.start()] if m.start() >= verb_end else body[m.end() : verb_start]
        if all(w.lower() in articles for w in between.split()):  # right beside the verb: its subject
            return outlets.canonical(name)
    return None


def _name_run(name: str | None) -> str | None:
    """The name at the start of a subject that runs on into its verb ("Manchester United have released an
    official club" -> "Manchester United"): its capitalised words, with small joining words between."""
    if not name:
        return name
    tokens = name.split()
    keep = 0
    for i, token in enumerate(tokens):
        if token[:1].isupper() or token[:1].isdigit():
            keep = i + 1
        elif token.lower() not in ("of", "the", "and", "for", "de", "der", "des", "von", "für", "und"):
            break
    return " ".join(tokens[:keep]) or name


def outlets_named(text: str) -> list[tuple[int, str]]:
    """Where ``text`` names a known outlet (a common word only in quotes), with its canonical name, in order:
    what "das Magazin" and "the paper" refer back to."""
    return [
        (m.start(), outlets.canonical(m.group("name")))
        for m in _outlet_names().finditer(text)
        if not _common_word(m.group("name")) or m.group("q") or m.group("q2")
    ]


#: "Ministry of Commerce (MOC)", "Bundesamt für Migration und Flüchtlinge (BAMF)": a name, then its short form.
_DEFINED = re.compile(
    r"(?P<long>[A-ZÄÖÜ][\w'’.-]*(?:\s+(?:[A-ZÄÖÜ][\w'’.-]*|of|for|the|and|on|für|der|des|und|die|das)){0,7})"
    r"\s*\((?P<short>[A-ZÄÖÜ][A-ZÄÖÜa-z]{1,7})\)"
)


def short_forms(text: str) -> dict[str, str]:
    """The short forms a text defines ("Ministry of Commerce (MOC)") and the names they stand for: a
    statement of the "MOC spokesman" is the Ministry of Commerce's. The short form's letters must be the
    initials of the name's words, in order (so "Wirecard (DAX)" defines nothing)."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        short, words = m.group("short"), m.group("long").split()
        for first in range(len(words)):  # the shortest tail of the name whose initials spell the short form
            tail = words[first:]
            if tail[0][:1].isupper() and _spells(short, tail):
                out.setdefault(short, " ".join(tail))
                break
    return out


def _spells(short: str, words: list[str]) -> bool:
    """Do the words spell ``short``: each capitalised word gives its initial and maybe letters of its later
    parts ("Zentralbank" the Z and B of EZB, "Bundesamt" the B and A of BAMF); small words may give theirs."""
    letters = short.upper()
    i = 0
    for n, word in enumerate(words):
        if i < len(letters) and word[:1].upper() == letters[i]:
            i += 1
            rest = word[1:].upper()
            later = sum(1 for w in words[n + 1 :] if w[:1].isupper())  # letters the capitalised words after need
            while i < len(letters) - later and letters[i] in rest:
                rest = rest[rest.index(letters[i]) + 1 :]
                i += 1
        elif word[:1].isupper():
            return False
    return i == len(letters)


def known_outlet(name: str | None) -> str | None:
    """A publisher's name, as its outlet's canonical name where it is a known outlet."""
    return outlets.canonical(name) if name else None


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
        if particles and any(re.search(rf"\b{p}\b", body[m.end() :]) for p in particles):
            out.append((m.start(), m.end(), word))
    return tuple(out)


# ---------------------------------------------------------------- noun phrases (for the languages' publishers)

#: Particles inside personal names, whatever the text's language ("Bashar al-Assad", "Van der Bellen").
NAME_PARTICLES = {"bin", "von", "van", "de", "da", "di", "del", "der", "ibn", "zu"}


def np_after(rest: str, language: str) -> str | None:
    """The name or noun phrase right after a verb: ``die Präsidentschaft``, ``Kurz``, ``sich die Grünen``.
    A title before a name is dropped for an apposition's name ("der Fraktionschef …, Sampo Terho,")."""
    words = pool()
    adjective = get(language).adjective
    picked: list[str] = []
    end = 0
    for m in re.finditer(r"[\w'’.&-]+|[(),]", rest):
        word = m.group(0)
        low = word.lower()
        if not picked and (low in words.verb_fillers or low in words.articles):
            continue
        if (
            word[0].isupper()
            or (picked and low in words.name_joiners)
            or (picked and picked[-1].endswith("-") and low in words.hyphen_joiners)
            or (picked and picked[-1][0].isupper() and (low in NAME_PARTICLES or low.startswith(("al-", "el-"))))
            or (not picked and adjective(word))
        ):
            if low in words.date_prepositions or is_date_word(word, language):
                break
            picked.append(word)
            end = m.end()
            continue
        break
    if not picked:
        return None
    apposition = re.match(r"\s*,\s*((?:[A-ZÄÖÜ][\w'’.-]+\s+){1,3}[A-ZÄÖÜ][\w'’.-]+)\s*,", rest[end:])
    if apposition:
        return apposition.group(1)
    while len(picked) > 1 and picked[0].islower():
        picked.pop(0)  # "umstrittene Machthaber Bashar al-Assad" -> "Machthaber Bashar al-Assad"
    return clean_name(" ".join(picked), language)


def np_before(head: str, language: str) -> str | None:
    """The subject before the verb: the longest run of name tokens (with articles, "der", "of") at the end."""
    words = pool()
    adjective = get(language).adjective
    head = alternation(r"\s+(?:{})\s*$", words.subject_tail).sub(" ", head)
    tokens = re.findall(r"[\w'’.&-]+|[()]", head)
    while tokens and (
        tokens[-1].lower() in words.stop_words or is_date_word(tokens[-1], language) or tokens[-1] in "()"
    ):
        if tokens[-1].lower() in words.day_prepositions:
            tokens.pop()
            continue
        if is_date_word(tokens[-1], language) or tokens[-1] in "()":
            tokens.pop()
            continue
        break
    picked: list[str] = []
    for word in reversed(tokens):
        low = word.lower()
        if not picked and not word[0].isupper():
            break  # the subject ends in a name or noun, never in "hatte" or an adjective
        if word[0].isupper() or word.isdigit() or low in words.subject_joiners or adjective(word):
            picked.append(word)
            continue
        if word in "()":
            picked.append(word)
            continue
        break
    picked.reverse()
    if len(picked) == 1 and picked[0].lower() in words.demonstratives:
        return None  # "Dies teilte das Oberlandesgericht … mit": the subject follows the verb
    while picked and (picked[0].lower() in words.articles | words.subject_head | {"(", ")"} or picked[0] in "()"):
        picked.pop(0)
    if not picked:
        return None
    return clean_name(" ".join(picked), language)


def is_date_word(word: str, language: str) -> bool:
    lex = lexicon(language)
    low = word.lower().rstrip(".")
    return low in lex.months or low in lex.weekdays or low.isdigit() or any(low.startswith(w) for w in lex.weekdays)


def clean_name(name: str, language: str) -> str | None:
    """A publisher's name as found, less articles, trailing small words and dates; the institution of a role
    ("Der Präsident der Wahlkommission" -> "Wahlkommission"); None for a pronoun."""
    words = pool()
    name = re.sub(r"\s+", " ", name).strip(" ,.-")
    tokens = name.split(" ")
    while tokens and tokens[0].lower() in words.articles:
        tokens.pop(0)
    while tokens and (
        tokens[-1].lower() in words.articles | words.name_tail
        or (is_date_word(tokens[-1], language) and not tokens[-1].isdigit())
    ):
        tokens.pop()
    # "Der Präsident der Wahlkommission" -> the institution; "Sprecher des Ministeriums" likewise.
    for i, token in enumerate(tokens[:-2]):
        if token in words.role_nouns and tokens[i + 1].lower() in words.role_links:
            genitive = tokens[i + 1] in words.genitive_links
            tokens = tokens[i + 2 :]
            while tokens and tokens[0].lower() in words.articles:
                tokens.pop(0)
            if genitive and tokens:  # "des Innenministeriums" -> "Innenministerium", "des Amtes" -> "Amt"
                last = tokens[-1]
                tokens[-1] = last[:-2] if last.endswith("es") and len(last) > 5 else last.removesuffix("s")
            break
    name = " ".join(tokens).strip(" ,.")
    if not name or name.lower() in words.no_publisher:
        return None
    return name
