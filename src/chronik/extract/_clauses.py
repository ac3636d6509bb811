"""Clauses: where a sentence breaks into the clauses whose verbs a date may belong to (commas, dashes, quotation
marks, subordinators: the language's :attr:`~._language.Language.clause_breaks`), never inside a name in quotes, a
short bracket, a list of single words or an apposition of a name ("Hua Chunying, Sprecherin des
Außenministeriums, sagte"); which clause a date fronted before a comma belongs to, and which verb a date set off by
commas goes on with ("Netanyahu, on Sunday, said")."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ._sentences import Span
from .lang import get, pool

_NAME_ONLY = re.compile(
    r"\s*(?:(?:[A-ZÄÖÜ][\w.'’-]*|(?:von|van|de|der|den|zu|da|di|del|al|bin)(?=\s+[A-ZÄÖÜ]))\s*){1,5}"
    r"(?:\([A-Z]{2,6}\)\s*)?(?:(?:and|und)\s+(?:[A-ZÄÖÜ][\w.'’-]*\s*){1,4})?"
)  # ", Ibrahima Fall,", ", Idrissa Seck and Ousmane Sonko,", ", Dorothee von Laer,"


@lru_cache(maxsize=1024)
def _breaks(body: str, language: str) -> list[tuple[int, int]]:
    """Where ``body``'s clauses break; a comma inside a list of single words ("North American, European and
    Japanese donor Governments", "Rot, Grün und Blau") breaks none."""
    listed = _list_comma(language)
    bracketed = [m.span() for m in _BRACKET.finditer(body)]  # "(NASDAQ: CTIB)", "(Foto: dpa)"
    titles = {at for m in _TITLE.finditer(body) for at in (m.start(), m.end() - 1)}  # 'Zeitung "Jornal de Negocios"'
    titles |= {at for m in _FRAGMENT.finditer(body) for at in (m.start(), m.end() - 1)}  # 'it would “not be …”'
    return [
        (m.start(), m.end())
        for m in get(language).clause_breaks.finditer(body)
        if not (m.group(0) == "," and (listed.match(body, m.end()) or _LEGAL_FORM.match(body, m.end())))
        and not any(start < m.start() < end for start, end in bracketed)
        and m.start() not in titles
    ]


#: A company's legal form after a comma, part of its name: "TPI Composites, Inc.", "Acme, LLC".
_LEGAL_FORM = re.compile(r"\s+(?:Inc|Ltd|LLC|LLP|L\.P|Corp|plc|PLC|S\.A|N\.V)\b")
#: A name or title in quotes, no quotation: capitalised words and the particles of names, at most ten (each word
#: taken whole, so a long word is never split among the ten: that would backtrack without end) ('die
#: Zeitung "Jornal de Negocios"', 'die Modelle "Fit" und "Freed"', 'the "Daily Planet"').
_TITLE = re.compile(
    r"[\"„“»«](?=[A-ZÄÖÜ])(?:[\w.&'’-]++(?:\s+(?=[A-ZÄÖÜ]|(?:de|da|do|del|di|du|la|le|el|of|for|in|on|the|and|und|für|van|von|am|im|an|auf|der|des|zur|zum)\s))?)"
    r"{1,10}(?<=\w)[\"“”«»](?!\w)"
)
#: A few quoted words inside a clause, no sentence of their own: 'said it would “not be appropriate” to publish',
#: 'eine „vorübergehende“ Lösung'. Their quotation marks break no clause.
_FRAGMENT = re.compile(r"(?<=\w )[\"„“»«](?=[a-zäöüß])[^\"„“”»«.!?,;:\n]{1,60}(?<=\w)[\"“”«»](?= \w)")
#: A short bracket: a ticker, a credit or an aside, whose commas and colons break no clause.
_BRACKET = re.compile(r"\([^()\n]{1,60}\)")


@cache
def _list_comma(language: str) -> re.Pattern[str]:
    """One word after a comma, then "and"/"und" and a word: the comma joins a list."""
    joiners = "|".join(sorted(pool().hyphen_joiners))
    verbs = get(language).communication_verbs
    return re.compile(rf"\s*(?!(?:{'|'.join(sorted(verbs))})\b)[\w-]+\s+(?:{joiners})\s+[\w-]+")


@lru_cache(maxsize=1024)
def _named_between(body: str, language: str) -> tuple[int, ...]:
    """For each clause break of a sentence: is the text up to the next break a name or an apposition (2: ",
    Ibrahima Fall,", ", the executive branch of the Union,"), a relative clause (1: ", which makes widgets,") or
    neither (0)? Found once per sentence, which often holds many dates."""
    lang = get(language)
    breaks = _breaks(body, language)
    out = []
    for k, (_, end) in enumerate(breaks):
        between = body[end : breaks[k + 1][0] if k + 1 < len(breaks) else len(body)]
        if _NAME_ONLY.fullmatch(between) or (lang.apposition is not None and lang.apposition.fullmatch(between)):
            out.append(2)
        else:
            out.append(int(lang.relative is not None and lang.relative.fullmatch(between) is not None))
    return tuple(out)


#: A time the date sets off with a comma at its end: "am Dienstag, gegen 19.50 Uhr", "Friday, at 3:15 p.m.".
_CLOCK_APPOSED = re.compile(r",[^,]*?\d{1,2}(?:[:.]\d\d|\s*(?:Uhr|[ap]\.?m\.?))[^,\d]*$")


def clause(text: str, sentence: Span, start: int, end: int, language: str) -> Span:
    """The clause of ``sentence`` around ``[start, end)``: between clause breaks (commas, dashes, quotes,
    subordinators); a comma-enclosed name or apposition in between (", Ibrahima Fall,", ", the executive
    branch of the European Union,") does not break it."""
    body = text[sentence.start : sentence.end]
    breaks = _breaks(body, language)
    s, e = start - sentence.start, end - sentence.start
    before = [i for i, b in enumerate(breaks) if b[1] <= s]
    after = [i for i, b in enumerate(breaks) if b[0] >= e]
    i = before[-1] if before else -1  # the break that opens the clause
    j = after[0] if after else len(breaks)  # the break that closes it

    def comma(k: int) -> bool:
        return 0 <= k < len(breaks) and body[breaks[k][0]] == ","

    named = _named_between(body, language)

    def name_between(k: int, relative: bool = False) -> bool:
        return 0 <= k < len(named) and named[k] >= (1 if relative else 2)

    # ", Sampo Terho, am Donnerstag": a name between two commas is an apposition, not a clause of its own; so is
    # a relative clause between the subject and its verb ("Acme Corp., which makes widgets, said on Monday")
    while comma(i) and comma(i - 1) and name_between(i - 1, relative=True):
        i -= 2
    first = j  # the break right after the expression
    if comma(j) and _CLOCK_APPOSED.search(body, s, e) and not body[e : breaks[j][0]].strip():
        j += 1  # "am Dienstag, gegen 19.50 Uhr, … beschädigt haben": the comma closes the date's time, set off
    while comma(j) and comma(j + 1) and name_between(j):
        j += 2
    left = breaks[i][1] if i >= 0 else 0
    right = breaks[j][0] if j < len(breaks) else len(body)
    # "On Thursday, MOC spokesman Shen Danyang said …", "Am Montag, so der Sprecher, …": a date that opens
    # its sentence before a comma, with at most a preposition or "earlier" beside it, dates the clause after
    lead = body[:s].split()
    if (
        i < 0
        and comma(first)
        and len(lead) <= 1
        and all(w.lower() in get(language).date_leads for w in lead)
        and not body[e : breaks[first][0]].strip()
    ):
        k = first + 1
        while comma(k) and comma(k + 1) and name_between(k):
            k += 2  # "Earlier Wednesday, Hans Muster, Commissioner of the district, said …"
        right = breaks[k][0] if k < len(breaks) else len(body)
    when = get(language).when_clause
    if (
        when is not None
        and comma(first)
        and right == breaks[first][0]
        and len(body[e:right].split()) <= 2
        and when.match(body, breaks[first][1])
    ):
        # "since May 24, when the Qatari news agency reported", "seit dem 3. März zu, als das Ministerium
        # mitteilte": the date is the time of the clause after it
        right = breaks[first + 1][0] if first + 1 < len(breaks) else len(body)
    inside = _inside_bracket(body, s, e)
    if inside is not None:  # "(die Entwicklung war … bereits im Sommer absehbar)": a bracket's own clause
        left, right = max(left, inside[0]), min(right, inside[1])
    return Span(sentence.start + left, sentence.start + right)


#: How many words a bracket holds at least to be a clause of its own, not a name's or an aside's ("(AP)").
_BRACKET_CLAUSE = 5
#: How far either side of a date its bracket is looked for (a bracket's clause is short; a long sentence's many
#: dates must not each search all of it).
_BRACKET_REACH = 300


def _inside_bracket(body: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the round bracket around ``[start, end)`` where it holds a clause of its own (five words or
    more), else None."""
    opening = body.rfind("(", max(0, start - _BRACKET_REACH), start)
    if opening < 0 or body.find(")", opening, start) >= 0:
        return None
    closing = body.find(")", end, end + _BRACKET_REACH)
    if closing < 0 or body.find("(", end, closing) >= 0:
        return None
    return (opening + 1, closing) if len(body[opening + 1 : closing].split()) >= _BRACKET_CLAUSE else None


def after_fronted(text: str, sentence: Span, comma: int, language: str) -> int:
    """Where the clause ends that a date fronted before ``comma`` belongs to: the clause after the comma, past an
    interjection of one word ("On September 27, however, the ministry said") or a phrase between commas that
    opens in lower case and tells nothing ("On Monday, soon after landing back in Honiara, Sogavare told")."""
    after = clause(text, sentence, comma + 1, comma + 1, language)
    words_ = text[after.start : after.end].split()
    verbs = get(language).communication_verbs
    if (
        words_
        and words_[0].isalpha()
        and words_[0].islower()
        and words_[0] not in pool().pronouns  # "he said": the subject
        and words_[0] not in pool().articles  # "a soldier … told": the subject
        and (len(words_) == 1 or not any(w.strip(",.").lower() in verbs for w in words_))
        and text[after.end : after.end + 1] == ","
    ):
        after = clause(text, sentence, after.end + 1, after.end + 1, language)
    return after.end


#: A comma right after a date (and its brackets: "this morning (Sunday, 26 June 2016),") and a lower-case word
#: after it, the verb the date's subject goes on with, maybe after an aside between commas that opens with a preposition
#: ("Netanyahu, on Sunday, at the start of the Cabinet meeting, said").
_CLOSING_COMMA = r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*"
_VERB = r"(?P<verb>[a-zäöüß]+)\b"
_VERB_AFTER = re.compile(rf"{_CLOSING_COMMA}(?:(?P<aside>[a-zäöüß][^,;:()\n\"“”„«»]{{0,60}}),\s*)?{_VERB}")
#: :data:`_VERB_AFTER` with no aside: the verb right after the date's closing comma.
_VERB_AFTER_PLAIN = re.compile(rf"{_CLOSING_COMMA}(?P<aside>){_VERB}")


def verb_after(text: str, at: int, end: int, language: str) -> int | None:
    """Where a communication verb starts that goes on after a date's closing comma (:data:`_VERB_AFTER`), or None;
    an aside before it is a phrase that opens with a preposition and tells nothing of its own."""
    verbs = get(language).communication_verbs
    for m in (_VERB_AFTER.match(text, at, end), _VERB_AFTER_PLAIN.match(text, at, end)):
        if m is None or m.group("verb") not in verbs:
            continue
        aside = (m.group("aside") or "").split()
        if aside and (aside[0] not in pool().phrase_prepositions | pool().day_prepositions or verbs & set(aside)):
            continue  # an aside opens with a preposition and holds no verb of saying ("at the start of the meeting")
        return m.start("verb")
    return None
