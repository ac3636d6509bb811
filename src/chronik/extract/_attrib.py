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

_SENTENCE_END = re.compile(r"[.!?]+[\"'”“»«’]*(?=\s+[\"'„“»«(]*[A-ZÄÖÜ0-9])|\n\s*\n|\n")


def sentences(text: str, language: str) -> list[Span]:
    """Sentence spans (blanks trimmed). A dot after a day number ("am 8. November"), an abbreviation
    ("Aug.", "U.S.") or a single initial does not end a sentence."""
    months = lexicon(language).months
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if "\n" not in m.group(0):
            before = text[start : m.start()]
            word = re.search(r"([\w.]+)$", before)
            last = word.group(1).lower() if word else ""
            after = re.match(r"\s*[\"'„“»«(]*([\w]+)", text[m.end() :])
            nxt = after.group(1).lower() if after else ""
            if last.rstrip(".") in ABBREVIATIONS or (re.fullmatch(r"(?:\w\.)*\w", last) and len(last) <= 3):
                continue
            if last.rstrip(".").rstrip(".").isdigit() and len(last.rstrip(".")) <= 2 and (nxt in months):
                continue
            if last.isdigit() and len(last) <= 2 and language == "de":
                continue  # "am 8. November", "der 3. Platz"
        end = m.end() if "\n" not in m.group(0) else m.start()
        _add(spans, text, start, end)
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


# ---------------------------------------------------------------- clauses

_CLAUSE_BREAK = {
    "de": re.compile(
        r"[,;:]|\s[–—-]{1,2}\s|\s--\s|[„“”\"»«]|``|''|\((?=\s)|\b(?:dass|weil|ob|nachdem|bevor|obwohl|wobei|sodass|damit)\b"
    ),
    "en": re.compile(r"[,;:]|\s[–—-]{1,2}\s|\s--\s|[“”\"]|``|''|\b(?:that|because|while|although|whereas)\b"),
}
_NAME_ONLY = re.compile(r"\s*(?:[A-ZÄÖÜ][\w.'’-]*\s*){1,4}(?:\([A-Z]{2,6}\)\s*)?")


def clause(text: str, sentence: Span, start: int, end: int, language: str) -> Span:
    """The clause of ``sentence`` around ``[start, end)``: between clause breaks (commas, dashes, quotes,
    subordinators); a comma-enclosed name in between (an apposition: ", Ibrahima Fall,") does not break it."""
    body = text[sentence.start : sentence.end]
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK[language].finditer(body)]
    s, e = start - sentence.start, end - sentence.start
    left, right = 0, len(body)
    for b_start, b_end in breaks:
        if b_end <= s:
            left = b_end
        elif b_start >= e:
            right = b_start
            break
    # Appositions: extend over a name-only segment and the segment beyond it.
    while left > 0:
        prev = [b for b in breaks if b[1] <= left - 1 or b[1] < left]
        prev_break = max((b for b in prev if b[1] < left), default=None, key=lambda b: b[1])
        seg_start = prev_break[1] if prev_break else 0
        segment = body[seg_start : left - 1] if body[left - 1] == "," else ""
        if segment and _NAME_ONLY.fullmatch(segment) and seg_start > 0 and body[seg_start - 1] == ",":
            before = max((b for b in breaks if b[1] < seg_start - 1), default=None, key=lambda b: b[1])
            left = before[1] if before else 0
        else:
            break
    while right < len(body) and body[right] == ",":
        nxt = next((b for b in breaks if b[0] > right), None)
        segment = body[right + 1 : nxt[0] if nxt else len(body)]
        if nxt and body[nxt[0]] == "," and _NAME_ONLY.fullmatch(segment):
            after = next((b for b in breaks if b[0] > nxt[0]), None)
            right = after[0] if after else len(body)
        else:
            break
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
_SCHEDULED_FOR = {"de": re.compile(r"\b(?:für|auf)\s+(?:den|die|das)\s*$"), "en": re.compile(r"\b(?:for|until)\s*$")}
_BE = {"be", "been", "being"}


def _tense_score(text: str, language: str) -> int:
    """Past minus future markers; modal and auxiliary future words and "decided to …" count double."""
    tokens = [w.lower() for w in words(text)]
    score = 0
    for i, token in enumerate(tokens):
        after_be = i > 0 and tokens[i - 1] in _BE
        if token in FUTURE_WORDS[language]:
            score -= 2 if token in ("will", "would", "shall", "wird", "werden", "soll", "sollen") else 1
        elif not after_be and (
            token in PAST_WORDS[language] or (language == "en" and token.endswith("ed") and len(token) > 4)
        ):
            score += 1
    score -= 2 * len(_INTENT[language].findall(text))
    return score


def tense(clause_text: str, sentence_text: str, language: str, before: str = "") -> int:
    """-1 past, +1 future, 0 unknown: markers in the clause decide, else in the whole sentence.
    ``before`` is the clause text just before the expression: "für den 29. August" is scheduled, so future."""
    if _SCHEDULED_FOR[language].search(before):
        return 1
    for text in (clause_text, sentence_text):
        score = _tense_score(text, language)
        if score:
            return -1 if score > 0 else 1
    return 0


# ---------------------------------------------------------------- reports


@dataclass(frozen=True)
class Attribution:
    is_report: bool
    publisher: str | None = None


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
    verb = _communication_verb(without, language)
    lead = re.match(r"(?:vom|von|of|dated)\s+", body[rel_start:rel_end])
    laut = _laut_vom(body[:rel_start] + (lead.group(0) if lead else ""), language)
    if laut is not None:
        return Attribution(True, laut)
    if verb is None:
        return Attribution(False)
    return Attribution(True, _publisher(without, verb, language))


def _communication_verb(body: str, language: str) -> re.Match[str] | None:
    verbs = COMMUNICATION_VERBS[language]
    for m in re.finditer(r"[\w']+", body):
        word = m.group(0)
        low = word.lower()
        if word[0].isupper() and language == "de" and low not in ("hieß",) and m.start() > 0:
            continue  # a capitalised word inside a German clause is a noun ("Berichte")
        if low in verbs:
            if low in ("zeigte", "zeigten") and not re.match(r"\s+sich\b", body[m.end() :]):
                continue
            return m
        particles = SEPARABLE.get(low)
        if particles and any(re.search(rf"\b{p}\b", body[m.end() :]) for p in particles):
            return m
    return None


def _laut_vom(head: str, language: str) -> str | None:
    """ "Laut dem Tagesspiegel Checkpoint vom November 2024": the date belongs to the source."""
    pattern = (
        rf"(?:[Ll]aut|[Zz]ufolge)\s+(?:(?:dem|der|einem|einer|des)\s+)?(?P<name>(?:{_NAME_TOKEN}\s*){{1,5}}?)\s*vom\s*$"
        if language == "de"
        else rf"(?:[Aa]ccording\s+to|[Ii]n)\s+(?:the\s+|a\s+)?(?P<name>(?:{_NAME_TOKEN}\s*){{1,5}}?)"
        r"\s*(?:of|dated|on)\s*$"
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
        by = re.search(rf"\bby\s+(?P<np>(?:(?:the|local|state|national|foreign|{_NAME_TOKEN})[\s']*){{1,6}})", body)
        if by and verb.group(0).lower() in ("quoted", "reported", "announced", "issued", "published"):
            return _clean(by.group("np"), language)
        told = re.match(rf"\s+(?:the\s+)?(?P<np>(?:{_NAME_TOKEN}\s*){{1,5}})", body[verb.end() :])
        if verb.group(0).lower() == "told" and told:
            return _clean(told.group("np"), language)
        subject = _subject_en(body[: verb.start()])
        return subject or _np_after(body[verb.end() :], language)
    after = _np_after(body[verb.end() :], language)
    before = _np_before(body[: verb.start()], language)
    # German main clauses put the subject right after the verb when something else comes first
    # (", sagte Lawrow", "Auch am Sonntag zeigten sich die Grünen"); "Die Morgenpost berichtete" has it before.
    inverted = (
        verb.start() == 0 or not body[: verb.start()].strip() or _np_before(body[: verb.start()], language) is None
    )
    return (after or before) if inverted else (before or after)


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
    if not tokens or len(tokens) > 12:
        return None
    return _clean(" ".join(t for t in tokens), "en")


def _media_name(body: str, language: str) -> str | None:
    nouns = "|".join(re.escape(n) for n in sorted(MEDIA_NOUNS[language], key=len, reverse=True))
    if language == "de":
        pattern = (
            rf"(?:dem|der|den|des)\s+(?:[a-zäöüß-]+(?:en|em|er|e)\s+){{0,3}}(?:{nouns})"
            rf"\s+(?P<name>(?:{_NAME_TOKEN}\s*){{1,4}})"
        )
        m = re.search(pattern, body)
    else:
        m = re.search(rf"\btold\s+(?:the\s+)?(?P<name>(?:{_NAME_TOKEN}\s*){{1,5}})", body)
        if not m:
            m = re.search(rf"(?:the\s+)?(?:{nouns})\s+(?P<name>(?:{_NAME_TOKEN}\s*){{1,4}})", body)
    return _clean(m.group("name"), language) if m else None


def _np_after(rest: str, language: str) -> str | None:
    """The name or noun phrase right after a verb: ``die Präsidentschaft``, ``Kurz``, ``sich die Grünen``."""
    tokens = re.finditer(r"[\w'’.&-]+|[(),]", rest)
    picked: list[str] = []
    for m in tokens:
        word = m.group(0)
        low = word.lower()
        if not picked and (
            low in ("sich", "bereits", "auch", "ebenfalls", "noch", "here", "also", "again") or low in _ARTICLES
        ):
            continue
        if (
            word[0].isupper()
            or (picked and low in ("der", "des", "of", "von", "für", "and"))
            or (not picked and _is_adjective(word, language))
        ):
            if low in ("am", "im") or _is_date_word(word, language):
                break
            picked.append(word)
            continue
        break
    return _clean(" ".join(picked), language) if picked else None


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
        or _is_date_word(tokens[-1], language)
    ):
        tokens.pop()
    # "Der Präsident der Wahlkommission" -> the institution; "Sprecher des Ministeriums" likewise.
    for i, token in enumerate(tokens[:-2]):
        if token in ROLE_NOUNS and tokens[i + 1].lower() in ("der", "des", "of"):
            tokens = tokens[i + 2 :]
            while tokens and tokens[0].lower() in _ARTICLES:
                tokens.pop(0)
            break
    name = " ".join(tokens).strip(" ,.")
    if not name or name.lower() in {"er", "sie", "es", "he", "she", "it", "they", "we", "ich", "wir", "man"}:
        return None
    return name


# ---------------------------------------------------------------- people and places

_PLACE_PREP = {"de": r"(?:in|nach|aus|von|bei)", "en": r"(?:in|to|from|at)"}


def places(sentence_text: str, language: str) -> tuple[str, ...]:
    """Capitalised names after a locative preposition ("in Boston", "nach New York"), first ones first."""
    found: list[str] = []
    lex = lexicon(language)
    for m in re.finditer(
        rf"\b{_PLACE_PREP[language]}\s+(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-Z][\w.-]+){{0,2}})", sentence_text
    ):
        name = m.group("name").rstrip(".,")
        first = name.split()[0].lower()
        if first in lex.months or first in lex.weekdays or first in _ARTICLES or not name[0].isupper():
            continue
        if language == "de" and len(name.split()) == 1 and _looks_like_common_noun(name):
            continue
        if name not in found:
            found.append(name)
    return tuple(found[:3])


def _looks_like_common_noun(word: str) -> bool:
    return word.lower().endswith(("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "um", "ing", "en"))


_PERSON = re.compile(
    r"(?<![\w.])(?P<name>[A-ZÄÖÜ][a-zäöüßé'’-]+(?:\s+(?:von|van|de|der|al|bin|el)\s+)?(?:\s+[A-ZÄÖÜ][a-zäöüßé'’-]+){1,2})"
)


def people(sentence_text: str, language: str, known_first_names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Two or three capitalised words in a row that are not at the sentence start and carry no month,
    weekday or article - a cheap guess at personal names ("Kai Wegner", "Karen Bass")."""
    lex = lexicon(language)
    found: list[str] = []
    for m in _PERSON.finditer(sentence_text):
        name = m.group("name")
        parts = name.split()
        if any(p.lower() in lex.months or p.lower() in lex.weekdays or p.lower() in _ARTICLES for p in parts):
            continue
        if language == "de" and any(_looks_like_common_noun(p) for p in parts):
            continue
        if m.start() == 0 and not known_first_names.intersection({parts[0]}):
            continue
        if name not in found:
            found.append(name)
    return tuple(found[:4])
