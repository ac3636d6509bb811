"""Sentences, clauses, tense and attribution: who said it, and is the date the date of the saying?

A dated clause is a *report* when it holds a communication verb ("sagte", "meldete", "berichtete",
"said", "reported", "was quoted … by") or a "laut X vom <date>"; the publisher is, in this order, the
outlet the statement was given to ("der Nachrichtenagentur AFP", "told Kenya Television"), the agent
of a passive ("by local media"), the name after "laut" / "according to", or the clause's subject. A
"Wie die Senatskanzlei mitteilte, begann die Reise am Sonntag" dates the beginning of the trip, not
the statement, because the date stands in the other clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ._lexicon import (
    ABBREVIATIONS,
    COMMUNICATION_VERBS,
    FUTURE_WORDS,
    MEDIA_NOUNS,
    PAST_WORDS,
    ROLE_NOUNS,
    SEPARABLE,
    lexicon,
)

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
            if number.isdigit() and len(number) <= 2 and (nxt.lower() in months or language == "de"):
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
    abbr = ABBREVIATIONS[language]
    lex = lexicon(language)
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

_CLAUSE_BREAK = {
    "de": re.compile(
        r"[,;:]|\s[–—-]{1,2}\s|\s--\s|[„“”\"»«]|``|''|\((?=\s)|\b(?:dass|weil|ob|nachdem|bevor|obwohl|wobei|sodass|damit)\b"
    ),
    "en": re.compile(r"[,;:]|\s[–—-]{1,2}\s|\s--\s|[“”\"]|``|''|\b(?:that|because|while|although|whereas)\b"),
}
_NAME_ONLY = re.compile(r"\s*(?:[A-ZÄÖÜ][\w.'’-]*\s*){1,4}(?:\([A-Z]{2,6}\)\s*)?")


@lru_cache(maxsize=1024)
def _breaks(body: str, language: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CLAUSE_BREAK[language].finditer(body)]


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
    return Span(sentence.start + left, sentence.start + right)


def words(text: str) -> list[str]:
    return WORD.findall(text)


# ---------------------------------------------------------------- tense


_INTENT = {
    "en": re.compile(
        r"\b(?:decided|agreed|voted|promised|pledged|vowed|plans?|planned|intends?|intended|expects?|expected|"
        r"wants?|wanted|hopes?|hoped|aims?|set|due|going|about|is|are|was|were|scheduled|slated)\s+to\s+(?!the\b|a\b)[a-z]+"
    ),
    "de": re.compile(r"\b(?:beschlossen|vereinbart|angekündigt|geplant|vorgesehen)\b[^.]*\bzu\s+[a-zäöü]+en\b"),
}
_SCHEDULED_FOR = {
    "de": re.compile(r"\b(?:für|auf)\s+(?:den|die|das)\s*$"),
    "en": re.compile(
        r"\b(?:for|until|(?:postponed|delayed|moved|pushed\s+back|put\s+off|rescheduled|adjourned|deferred|"
        r"brought\s+forward|set|fixed)\s+(?:\w+\s+)?to)\s*$"
    ),
}
_BE = {"be", "been", "being"}


@lru_cache(maxsize=4096)
def _tense_score(text: str, language: str) -> tuple[int, bool]:
    """Past minus future markers (modal and auxiliary future words and "decided to …" count double), and
    whether markers of both kinds are present (a mixed clause: "had been talking about the slated visit")."""
    tokens = [w.lower() for w in words(text)]
    past = future = 0
    for i, token in enumerate(tokens):
        after_be = i > 0 and tokens[i - 1] in _BE
        if token == "werden" and i > 0 and tokens[i - 1].startswith("ge") and tokens[i - 1].endswith(("t", "en")):
            continue  # "konnte … gerettet werden": a passive infinitive, not the future
        if token in FUTURE_WORDS[language]:
            future += 2 if token in ("will", "would", "shall", "wird", "werden", "soll", "sollen") else 1
        elif not after_be and (
            token in PAST_WORDS[language] or (language == "en" and token.endswith("ed") and len(token) > 4)
        ):
            past += 1
    future += 2 * len(_INTENT[language].findall(text))
    return past - future, past > 0 and future > 0


#: Words just before a date that set it against the clause's tense: "soll schon ab 1. Jänner gelten".
_AGAINST_THE_TENSE = re.compile(
    r"\b(?:schon|bereits|rückwirkend|already|retroactively|retroactive\s+to|as\s+early\s+as)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def tense(clause_text: str, sentence_text: str, language: str, before: str = "") -> int:
    """-1 past, +1 future, 0 unknown: markers in the clause decide, else in the whole sentence.
    ``before`` is the clause text just before the expression: "für den 29. August" leans to the future."""
    return clause_tense(clause_text, sentence_text, language, before)[0]


#: Words a list item may hold besides its date ("…, 14, 20 and March 3"): such a "clause" is no clause
#: of its own, and the sentence's tense is its own.
_LIST_WORDS = {"and", "or", "on", "to", "from", "the", "of", "und", "oder", "am", "im", "bis", "vom", "von", "den"}


def _list_item(clause_text: str, surface: str, language: str) -> bool:
    """Is the clause no more than its date and a few list words? (Bounded: a list item is short.)"""
    if not surface or len(clause_text) > len(surface) + 60:
        return False
    rest = words(clause_text.replace(surface, " ", 1))
    return all(w.lower() in _LIST_WORDS or _is_date_word(w, language) for w in rest)


def clause_tense(
    clause_text: str, sentence_text: str, language: str, before: str = "", surface: str = ""
) -> tuple[int, bool]:
    """:func:`tense`, and whether it is firm: the clause's own markers all point one way and no word before
    the date sets it against them. A firm tense rules out dates on the other side of the reference."""
    before = before[-80:]
    scheduled = 1 if _SCHEDULED_FOR[language].search(before) else 0
    item = _list_item(clause_text, surface, language)  # "…, 14, 20 and March 3"
    for own, text in ((True, clause_text), (item, sentence_text)):
        score, mixed = _tense_score(text, language)
        if scheduled and score > 0:
            return 0, False  # "was postponed to Aug. 11", "wurde für den 29. August angesetzt": either side
        score -= scheduled
        if score:
            firm = own and not mixed and not _AGAINST_THE_TENSE.search(before)
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


_ARTICLES = {"der", "die", "das", "dem", "den", "des", "the", "a", "an", "ein", "eine", "einer", "einem", "einen"}
_NAME_TOKEN = r"(?:[A-ZÄÖÜ][\w'’.&-]*|\d{1,2}(?=\b))"
_STOP_DE = {
    "am",
    "im",
    "in",
    "an",
    "auf",
    "zu",
    "mit",
    "bei",
    "vor",
    "nach",
    "laut",
    "über",
    "von",
    "vom",
    "für",
    "und",
    "noch",
    "auch",
    "bereits",
    "ebenfalls",
    "sich",
    "es",
    "er",
    "sie",
    "man",
    "wie",
    "so",
}


def attribute(text: str, clause_span: Span, expr: Span, language: str) -> Attribution:
    """Is the date at ``expr`` the date of a statement in its clause, and whose statement?"""
    body = text[clause_span.start : clause_span.end]
    rel_start = expr.start - clause_span.start
    rel_end = expr.end - clause_span.start
    without = body[:rel_start] + " " * (rel_end - rel_start) + body[rel_end:]
    verbs = [
        v
        for v in _communication_verbs(body, language)
        if v[0] >= rel_end or (v[1] <= rel_start and not _REPORTED_CLAUSE[language].search(body[v[1] : rel_start]))
    ]
    verb = re.compile(re.escape(verbs[0][2])).match(without, verbs[0][0]) if verbs else None
    lead = re.match(r"(?:vom|von|of|dated)\s+", body[rel_start:rel_end])
    laut = _laut_vom(body[:rel_start] + (lead.group(0) if lead else ""), language)
    if laut is not None:
        return Attribution(True, laut, past=True, dated_source=True)
    if verb is None:
        return Attribution(False)
    gap = body[verb.end() : rel_start] if verb.end() <= rel_start else body[rel_end : verb.start()]
    return Attribution(
        True, _publisher(without, verb, language), _past_form(verb.group(0), language), beside=len(words(gap)) <= 3
    )


#: Between a communication verb and a later date, a modal or a "dass" means the date is the reported
#: thing's: "said it will escalate next week", "erklärte, er werde am Montag zurücktreten".
_REPORTED_CLAUSE = {
    "en": re.compile(r"\b(?:will|would|could|should|might|may|can|shall|plans?|planned|intends?|is|are|was|were)\b"),
    "de": re.compile(r"\b(?:werde|würde|werden|wird|solle|sollen|soll|könne|könnte|wolle|dass)\b"),
}


def _past_form(verb: str, language: str) -> bool:
    low = verb.lower()
    if language == "en":
        return low.endswith("ed") or low in ("said", "told", "wrote", "issued")
    return (
        low in PAST_WORDS["de"]
        or low in PARTICIPLES
        or low.endswith(("te", "ten"))
        or low in ("hieß", "schrieb", "gab")
    )


@lru_cache(maxsize=4096)
def _communication_verbs(body: str, language: str) -> tuple[tuple[int, int, str], ...]:
    """Start, end and text of each communication verb in a clause (cached: a clause often holds several dates)."""
    verbs = COMMUNICATION_VERBS[language]
    out = []
    for m in re.finditer(r"[\w']+", body):
        word = m.group(0)
        low = word.lower()
        if word[0].isupper() and language == "de" and low not in ("hieß",) and m.start() > 0:
            continue  # a capitalised word inside a German clause is a noun ("Berichte")
        if low in verbs:
            if low in ("zeigte", "zeigten") and not re.match(r"\s+sich\b", body[m.end() :]):
                continue
            if language == "de" and low.endswith("ten") and _attributive(body, m):
                continue  # "mit scharf kritisierten Luftangriffen" is an adjective, not a statement
            out.append((m.start(), m.end(), word))
            continue
        particles = SEPARABLE.get(low)
        if particles and any(re.search(rf"\b{p}\b", body[m.end() :]) for p in particles):
            out.append((m.start(), m.end(), word))
    return tuple(out)


def _attributive(body: str, m: re.Match[str]) -> bool:
    """A German "-ten" form between a lowercase adverb and a noun: "scharf kritisierten Luftangriffen"."""
    before = re.search(r"([\wäöüß]+)\s+$", body[: m.start()])
    after = re.match(r"\s+[A-ZÄÖÜ]", body[m.end() :])
    if not before or not after:
        return False
    word = before.group(1)
    return word.islower() and word not in _STOP_DE and word not in PAST_WORDS["de"] | FUTURE_WORDS["de"]


def _laut_vom(head: str, language: str) -> str | None:
    """ "Laut dem Tagesspiegel Checkpoint vom November 2024": the date belongs to the source."""
    pattern = (
        rf"(?:[Ll]aut|[Zz]ufolge)\s+(?:(?:dem|der|einem|einer|des)\s+)?"
        rf"(?P<name>(?:{_NAME_TOKEN}\s*){{1,5}}?(?:\s*\([\w-]{{2,12}}\))?)\s+vom\s*$"
        if language == "de"
        else rf"[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?P<name>(?:{_NAME_TOKEN}\s*){{1,5}}?)"
        r"\s+(?:of|dated)\s*$"
    )
    m = re.search(pattern, head)
    if not m:
        return None
    return _clean(m.group("name"), language)


def _publisher(body: str, verb: re.Match[str], language: str) -> str | None:
    media = _media_name(body, language)
    if media:
        return media
    if language == "en":
        to = re.match(rf"\s+to\s+(?:the\s+)?(?P<np>(?:{_NAME_TOKEN}\s*){{1,5}})", body[verb.end() :])
        if to and verb.group(0).lower() in ("said", "confirmed", "announced", "stated", "declared", "denied"):
            return _clean(to.group("np"), language)
        by = re.search(rf"\bby\s+(?P<np>(?:(?:the|local|state|national|foreign|{_NAME_TOKEN})[\s']*){{1,6}})", body)
        if by and verb.group(0).lower() in ("quoted", "reported", "announced", "issued", "published"):
            return _clean(by.group("np"), language)
        told = re.match(rf"\s+(?:the\s+)?(?P<np>(?:{_NAME_TOKEN}\s*){{1,5}})", body[verb.end() :])
        if verb.group(0).lower() == "told" and told:
            return _clean(told.group("np"), language)
        subject = _subject_en(body[: verb.start()])
        return subject or _np_after(body[verb.end() :], language)
    if verb.group(0).lower() == "hieß":  # "hieß es am Dienstag aus dem Kanzleramt"
        source = re.search(rf"\b(?:aus|von)\s+(?:dem|der|den)\s+(?P<np>(?:{_NAME_TOKEN}\s*){{1,4}})", body)
        return _clean(source.group("np"), language) if source else None
    rest = body[verb.end() :]
    if verb.group(0).lower() in PARTICIPLES and not re.search(r"\w", re.sub(_AUXILIARIES, "", rest)):
        # "Pjöngjang hatte im Jänner … bekanntgegeben": the subject opens the clause.
        return _np_after(body, language)
    after = _np_after(body[verb.end() :], language)
    before = _np_before(body[: verb.start()], language)
    # German main clauses put the subject right after the verb when something else comes first
    # (", sagte Lawrow", "Auch am Sonntag zeigten sich die Grünen"); "Die Morgenpost berichtete" has it before.
    head = body[: verb.start()]
    first = head.split()[0].lower() if head.split() else ""
    inverted = (
        not head.strip() or first in _FRONTED or _np_before(head, language) is None
    )  # "Mit der Hilfe von … verkündet die FIFA": a fronted phrase puts the subject after the verb
    return (after or before) if inverted else (before or after)


_AUXILIARIES = r"\b(?:worden|wurde|wurden|habe|haben|hat|hatte|hatten|sei|seien|ist|sind|war|waren|werden)\b"
#: German participles among the communication verbs: the clause's subject stands at its start.
PARTICIPLES = {"gesagt", "erklärt", "gemeldet", "berichtet", "mitgeteilt", "bekanntgegeben", "angekündigt"}
PARTICIPLES |= {"veröffentlicht", "verkündet"}

_EN_DROP = {
    "and",
    "but",
    "so",
    "then",
    "also",
    "here",
    "there",
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "who",
}


def _subject_en(head: str) -> str | None:
    """The English subject before the verb: the clause's words there, less leading conjunctions and
    trailing adverbs and dates ("hospital officials and family members", "U.S. President Bill Clinton")."""
    tokens = re.findall(r"[\w'’.&-]+|[()]", head)
    while tokens and (
        tokens[-1].lower() in _EN_DROP or tokens[-1].lower() in ("on", "at") or _is_date_word(tokens[-1], "en")
    ):
        tokens.pop()
    while tokens and tokens[0].lower() in _EN_DROP | _ARTICLES | {"when", "as", "after", "before"}:
        tokens.pop(0)
    if not tokens or len(tokens) > 12 or all(t.lower() in _EN_FUNCTION for t in tokens):
        return None
    return _clean(" ".join(t for t in tokens), "en")


_EN_FUNCTION = {
    "it",
    "will",
    "be",
    "been",
    "being",
    "officially",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "not",
    "to",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "which",
    "who",
    "this",
    "that",
}


def _media_name(body: str, language: str) -> str | None:
    nouns = "|".join(re.escape(n) for n in sorted(MEDIA_NOUNS[language], key=len, reverse=True))
    if language == "de":
        pattern = (
            rf"(?:dem|der|den|des|die|das)\s+(?:[a-zäöüß-]+(?:en|em|er|e)\s+){{0,3}}(?:{nouns})"
            rf"\s+(?P<name>(?:{_NAME_TOKEN}\s*){{1,4}})"
        )
        m = re.search(pattern, body)
        if m is None:
            outlet = re.search(
                rf"\b(?:dem|der)\s+(?P<name>(?:[A-ZÄÖÜ][\w-]*\s+){{0,3}}(?=[A-ZÄÖÜ])[\w-]*(?:{_OUTLET_HEADS}))(?![\w])",
                body,
            )
            if outlet:
                return _nominative(outlet.group("name"))
    else:
        m = re.search(rf"\btold\s+(?:the\s+)?(?P<name>(?:{_NAME_TOKEN}\s*){{1,5}})", body)
        if not m:
            m = re.search(rf"(?:the\s+)?(?:{nouns})\s+(?P<name>(?:{_NAME_TOKEN}\s*){{1,4}})", body)
    return _clean(m.group("name"), language) if m else None


#: How outlet names end: "Süddeutschen Zeitung", "Berliner Morgenpost", "Frankfurter Rundschau".
_OUTLET_HEADS = "|".join(
    (
        "Zeitung",
        "Zeitschrift",
        "Post",
        "Morgenpost",
        "Rundschau",
        "Allgemeinen",
        "Anzeiger",
        "Kurier",
        "Presse",
        "Tagblatt",
        "Tagespost",
        "Nachrichten",
        "Spiegel",
        "Welt",
        "Magazin",
        "Fernsehen",
        "Rundfunk",
        "Journal",
    )
)


def _nominative(name: str) -> str:
    """A dative outlet name in the form it is known by: "Süddeutschen Zeitung" -> "Süddeutsche Zeitung"."""
    tokens = name.split()
    fixed = [t[:-1] if i < len(tokens) - 1 and t.endswith("en") and t[0].isupper() else t for i, t in enumerate(tokens)]
    return " ".join(fixed)


#: Words that open a fronted phrase in a German main clause; the subject then follows the verb.
_FRONTED = {
    "mit",
    "nach",
    "bei",
    "in",
    "im",
    "am",
    "an",
    "auf",
    "aus",
    "vor",
    "seit",
    "auch",
    "zuvor",
    "damit",
    "dabei",
    "dort",
    "dann",
    "heute",
    "gestern",
    "zudem",
    "außerdem",
    "trotz",
    "wegen",
    "für",
    "gegen",
    "über",
    "unter",
    "zum",
    "zur",
    "bereits",
    "erst",
    "noch",
    "so",
}
_DEMONSTRATIVES = {"dies", "das", "dieses", "diese", "dieser", "dem", "this", "that", "these", "it", "es", "er", "sie"}
_NAME_PARTICLES = {"bin", "von", "van", "de", "da", "di", "del", "der", "ibn", "zu"}


def _np_after(rest: str, language: str) -> str | None:
    """The name or noun phrase right after a verb: ``die Präsidentschaft``, ``Kurz``, ``sich die Grünen``.
    A title before a name is dropped for an apposition's name ("der Fraktionschef …, Sampo Terho,")."""
    picked: list[str] = []
    end = 0
    for m in re.finditer(r"[\w'’.&-]+|[(),]", rest):
        word = m.group(0)
        low = word.lower()
        if not picked and (
            low in ("sich", "bereits", "auch", "ebenfalls", "noch", "here", "also", "again") or low in _ARTICLES
        ):
            continue
        if (
            word[0].isupper()
            or (picked and low in ("der", "des", "of", "von", "für", "and"))
            or (picked and picked[-1].endswith("-") and low in ("und", "oder"))
            or (picked and picked[-1][0].isupper() and (low in _NAME_PARTICLES or low.startswith(("al-", "el-"))))
            or (not picked and _is_adjective(word, language))
        ):
            if low in ("am", "im") or _is_date_word(word, language):
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
    return _clean(" ".join(picked), language)


def _np_before(head: str, language: str) -> str | None:
    """The subject before the verb: the longest run of name tokens (with articles, "der", "of") at the end."""
    head = re.sub(r"\s+(?:bereits|auch|ebenfalls|noch|here|also|then|have|has|had|was|were)\s*$", " ", head)
    tokens = re.findall(r"[\w'’.&-]+|[()]", head)
    while tokens and (tokens[-1].lower() in _STOP_DE or _is_date_word(tokens[-1], language) or tokens[-1] in "()"):
        if tokens[-1].lower() in ("am", "on"):
            tokens.pop()
            continue
        if _is_date_word(tokens[-1], language) or tokens[-1] in "()":
            tokens.pop()
            continue
        break
    picked: list[str] = []
    for word in reversed(tokens):
        low = word.lower()
        if not picked and not word[0].isupper():
            break  # the subject ends in a name or noun, never in "hatte" or an adjective
        if (
            word[0].isupper()
            or word.isdigit()
            or low in ("der", "des", "of", "and", "und", "the", "for", "für", "s")
            or _is_adjective(word, language)
        ):
            picked.append(word)
            continue
        if word in "()":
            picked.append(word)
            continue
        break
    picked.reverse()
    if len(picked) == 1 and picked[0].lower() in _DEMONSTRATIVES:
        return None  # "Dies teilte das Oberlandesgericht … mit": the subject follows the verb
    while picked and (
        picked[0].lower() in _ARTICLES | {"of", "and", "und", "für", "for", "wie", "auch", "(", ")"}
        or picked[0] in "()"
    ):
        picked.pop(0)
    if not picked:
        return None
    return _clean(" ".join(picked), language)


def _is_adjective(word: str, language: str) -> bool:
    if language == "de":
        if word in PAST_WORDS["de"] or word in FUTURE_WORDS["de"] or word in COMMUNICATION_VERBS["de"]:
            return False
        return (
            word.islower() and word.endswith(("e", "en", "er", "es", "em")) and len(word) > 3 and word not in _STOP_DE
        )
    return word.islower() and word in {
        "national",
        "local",
        "state",
        "official",
        "foreign",
        "hospital",
        "senior",
        "government",
        "police",
        "military",
        "family",
        "members",
        "officials",
        "newspapers",
        "media",
        "sources",
        "spokesman",
        "spokeswoman",
    }


def _is_date_word(word: str, language: str) -> bool:
    lex = lexicon(language)
    low = word.lower().rstrip(".")
    return low in lex.months or low in lex.weekdays or low.isdigit() or any(low.startswith(w) for w in lex.weekdays)


def _clean(name: str, language: str) -> str | None:
    name = re.sub(r"\s+", " ", name).strip(" ,.-")
    tokens = name.split(" ")
    while tokens and tokens[0].lower() in _ARTICLES:
        tokens.pop(0)
    while tokens and (
        tokens[-1].lower() in _ARTICLES | {"of", "der", "des", "und", "and", "von"}
        or (_is_date_word(tokens[-1], language) and not tokens[-1].isdigit())
    ):
        tokens.pop()
    # "Der Präsident der Wahlkommission" -> the institution; "Sprecher des Ministeriums" likewise.
    for i, token in enumerate(tokens[:-2]):
        if token in ROLE_NOUNS and tokens[i + 1].lower() in ("der", "des", "of"):
            genitive = tokens[i + 1] == "des"
            tokens = tokens[i + 2 :]
            while tokens and tokens[0].lower() in _ARTICLES:
                tokens.pop(0)
            if genitive and tokens:  # "des Innenministeriums" -> "Innenministerium", "des Amtes" -> "Amt"
                last = tokens[-1]
                tokens[-1] = last[:-2] if last.endswith("es") and len(last) > 5 else last.removesuffix("s")
            break
    name = " ".join(tokens).strip(" ,.")
    if not name or name.lower() in {"er", "sie", "es", "he", "she", "it", "they", "we", "ich", "wir", "man"}:
        return None
    return name


# ---------------------------------------------------------------- people and places

_PLACE_PREP = {"de": r"(?:in|nach|aus|bei)", "en": r"(?:in|to|from|at)"}
#: German nouns that follow "in"/"nach"/"aus" bare in idioms ("in Kraft", "nach Angaben"), not places.
_NOT_PLACES = {
    "Kraft",
    "Frage",
    "Ordnung",
    "Richtung",
    "Angaben",
    "Höhe",
    "Folge",
    "Betrieb",
    "Haft",
    "Zukunft",
    "Anspruch",
    "Aussicht",
    "Begleitung",
    "Kürze",
    "Gefahr",
    "Hinsicht",
    "Bezug",
    "Auftrag",
    "Verbindung",
    "Zusammenarbeit",
    "Zusammenhang",
    "Person",
    "Form",
    "Kontakt",
    "Sachen",
    "Teilen",
    "Summe",
    "Ruhe",
    "Not",
    "Anwesenheit",
    "Gesprächen",
    "Sicherheitsgründen",
    "Berufung",
    "Rede",
    "Absprache",
}
_NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "gründen", "arbeit")
#: Words that open a title before a name ("Außenminister Sergej Lawrow", "President Bill Clinton").
_TITLE_ENDINGS = (
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "meister",
    "meisterin",
    "senator",
    "senatorin",
    "botschafter",
    "botschafterin",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "abgeordnete",
    "gesandte",
    "kandidat",
    "kandidatin",
    "secretary",
    "president",
    "ambassador",
    "director",
    "governor",
    "mayor",
    "chancellor",
    "prime",
    "general",
    "judge",
    "attorney",
)


def _is_common_noun(word: str) -> bool:
    return word in _NOT_PLACES or word.lower().endswith(_NOUN_SUFFIXES)


@lru_cache(maxsize=1024)
def places(sentence_text: str, language: str) -> tuple[str, ...]:
    """Capitalised names after a locative preposition ("in Boston", "nach New York"), first ones first."""
    found: list[str] = []
    lex = lexicon(language)
    pattern = rf"\b{_PLACE_PREP[language]}\s+(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-Z][\w.-]+){{0,2}})"
    for m in re.finditer(pattern, sentence_text):
        parts = m.group("name").rstrip(".,").split()
        titled = next((i for i, p in enumerate(parts) if i and p.lower().endswith(_TITLE_ENDINGS)), len(parts))
        parts = parts[:titled]  # "in Los Angeles Bürgermeisterin Karen Bass": the place ends before the title
        name = " ".join(parts)
        if any(p.lower() in lex.months or p.lower() in lex.weekdays or p.lower() in _ARTICLES for p in parts):
            continue
        if language == "de" and _is_common_noun(parts[0]):
            continue
        if name not in found:
            found.append(name)
    return tuple(found[:3])


_NAME = (
    r"[A-ZÄÖÜ][a-zäöüßéèçñ'’-]+(?:\s+(?:von|van|de|der|al|bin|el|da|di|zu)\s+|\s+(?:al|el)-)?"
    r"(?:\s+[A-ZÄÖÜ][a-zäöüßéèçñ'’-]+){1,2}"
)
_PERSON = re.compile(rf"(?<![\w.])(?P<name>{_NAME})")
#: German people are only taken where the text marks them as such: after a title ("Bürgermeisterin Karen
#: Bass"), before a party in brackets ("Kai Wegner (CDU)") or as an apposition (", Sampo Terho,"), since
#: German capitalises every noun ("Künstliche Intelligenz" is no person).
_PERSON_DE = re.compile(
    rf"(?:\b[\wÄÖÜäöüß-]*(?:{'|'.join(_TITLE_ENDINGS)})\s+(?P<a>{_NAME}))"
    rf"|(?<![\w.])(?P<b>{_NAME})(?=\s+\([A-ZÄÖÜ][\wÄÖÜ/-]{{1,8}}\))"
    rf"|,\s+(?P<c>{_NAME})(?=\s*,)"
    rf"|\([A-ZÄÖÜ][\wÄÖÜ/-]{{1,8}}\)\s*(?:,|und)\s+(?P<d>{_NAME})"
)
_TITLED = re.compile(rf"(?:{'|'.join(_TITLE_ENDINGS)})\b", re.IGNORECASE)
_ORGANISATION_WORDS = {"Department", "Ministry", "University", "Institute", "Council", "Agency", "Office", "House"}


@lru_cache(maxsize=1024)
def people(sentence_text: str, language: str) -> tuple[str, ...]:
    """Personal names, cheaply: in German only where the text marks a person (a title before, a party after,
    an apposition); in English two or three capitalised words not opening the sentence, less a title in
    front. Never a month, weekday, article, common noun or a place of the sentence."""
    lex = lexicon(language)
    where = set(places(sentence_text, language))
    found: list[str] = []
    if language == "de":
        candidates = [
            (m.start(), next(g for g in m.groups() if g))
            for m in _PERSON_DE.finditer(sentence_text)
            # an apposition names a person only after a title ("der Fraktionschef …, Sampo Terho,"), not
            # in a list ("Gesundheitswirtschaft, Künstliche Intelligenz, Stadtentwicklung")
            if not m.group("c") or _TITLED.search(sentence_text[max(0, m.start() - 80) : m.start()])
        ]
    else:
        candidates = [(m.start(), m.group("name")) for m in _PERSON.finditer(sentence_text)]
    for start, raw in candidates:
        parts = raw.split()
        if parts[0].lower().endswith(_TITLE_ENDINGS) or (start == 0 and len(parts) == 3):
            parts = parts[1:]  # a title, or the capitalised first word of the sentence
        elif start == 0 and language == "en":
            continue
        place_words = {w for p in where for w in p.split()}
        while len(parts) > 2 and parts[0] in place_words:
            parts = parts[1:]  # "in Los Angeles Kai Wegner (CDU)": the place's tail is not the name's head
        name = " ".join(parts)
        if len(parts) < 2 or any(name in p or p in name for p in where) or _ORGANISATION_WORDS & set(parts):
            continue
        if any(p.lower() in lex.months or p.lower() in lex.weekdays or p.lower() in _ARTICLES for p in parts):
            continue
        if language == "de" and any(_is_common_noun(p) for p in parts):
            continue
        if name not in found:
            found.append(name)
    return tuple(found[:4])
