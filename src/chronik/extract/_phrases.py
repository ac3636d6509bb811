"""Noun phrases for the languages' publishers: the name after or before a verb, a name as a publisher is
written (:func:`clean_name`), and the compiled alternations of word lists the shared machinery uses."""

from __future__ import annotations

import re
from functools import cache

from ._lexicon import lexicon
from .lang import LANGUAGES, get, pool

#: A token of a name: a capitalised word or a day number.
NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|\d{1,2}(?=\b))"


@cache
def alternation(template: str, words: tuple[str, ...], flags: int = 0) -> re.Pattern[str]:
    """``template`` with ``{}`` replaced by the alternation of ``words`` (regular expressions), compiled once."""
    return re.compile(template.replace("{}", "|".join(words)), flags)


#: Particles inside personal names, whatever the text's language ("Bashar al-Assad", "Van der Bellen").
NAME_PARTICLES = {"bin", "von", "van", "de", "da", "di", "del", "der", "ibn", "zu"}


#: A name in quotation marks after at most two words (an article): "die «Schweiz am Wochenende»".
_QUOTED_FIRST = re.compile(r"(?P<lead>\s*(?:[\w-]+\s+){0,2}?)[„\"“«»](?P<name>[A-ZÄÖÜ][^„\"“”«»\n]{0,60}?)[“\"”«»]")


def np_after(rest: str, language: str) -> str | None:
    """The name or noun phrase right after a verb: ``die Präsidentschaft``, ``Kurz``, ``sich die Grünen``.
    A title before a name is dropped for an apposition's name ("der Fraktionschef …, Sampo Terho,")."""
    words = pool()
    adjective = get(language).adjective
    quoted = _QUOTED_FIRST.match(rest)
    if quoted is not None and all(
        w.lower() in words.articles | words.verb_fillers for w in quoted.group("lead").split()
    ):
        return clean_name(quoted.group("name"), language)  # "Die «Schweiz am Wochenende» hatte … berichtet"
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
    media = get(language).outlet_nouns  # "russische Medien", "staatliche Medien": the adjective tells which
    while len(picked) > 1 and picked[0].islower() and picked[-1].lower() not in media:
        picked.pop(0)  # "umstrittene Machthaber Bashar al-Assad" -> "Machthaber Bashar al-Assad"
    return clean_name(" ".join(picked), language)


#: A name in quotation marks at the end of the words before a verb (up to six words).
_QUOTED_LAST = re.compile(r"[„\"“«»](?P<name>[A-ZÄÖÜ][^„\"“”«»\n]{0,60}?)[“\"”«»]\s*$")


def np_before(head: str, language: str) -> str | None:
    """The subject before the verb: the longest run of name tokens (with articles, "der", "of") at the end."""
    words = pool()
    adjective = get(language).adjective
    head = alternation(r"\s+(?:{})\s*$", words.subject_tail).sub(" ", head)
    closes = head.rstrip()[-1:] in ("“", '"', "”", "«", "»")
    quoted = _QUOTED_LAST.search(head, max(0, len(head) - 80)) if closes else None
    if quoted is not None:  # "Die «Schweiz am Wochenende» hatte …": a name in quotes is whole, whatever its words
        return clean_name(quoted.group("name"), language)
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
    # "Die Polizei in Straßburg teilte mit": the place belongs to the name; "eine Sprecherin des Amtes am Mittwoch
    # in Berlin sagte": the place after the (blanked) date is where it was said. Never the place alone.
    place = len(tokens)
    while place > 0 and tokens[place - 1][:1].isupper():
        place -= 1
    places = get(language).place_prepositions
    tail: list[str] = []
    if (
        2 < place < len(tokens)
        and tokens[place - 1].islower()
        and tokens[place - 1].endswith("en")
        and re.fullmatch(places, tokens[place - 2])
        and tokens[place - 3][:1].isupper()
    ):  # "Die Polizei im nordrhein-westfälischen Köln teilte mit": where the body sits, no part of its name
        tokens = tokens[: place - 2]
    elif 1 < place < len(tokens) and re.fullmatch(places, tokens[place - 1]) and tokens[place - 2][:1].isupper():
        joined = re.search(rf"{re.escape(tokens[place - 2])} {re.escape(tokens[place - 1])} \S+(?:\s\S+)*\s*$", head)
        tail = tokens[place - 1 :] if joined else []
        tokens = tokens[: place - 1]
    picked: list[str] = []
    for at in range(len(tokens) - 1, -1, -1):
        word = tokens[at]
        low = word.lower()
        if not picked and not word[0].isupper():
            break  # the subject ends in a name or noun, never in "hatte" or an adjective
        particle = low in NAME_PARTICLES and at > 0 and tokens[at - 1][:1].isupper()  # "Jornal de Negocios"
        if word[0].isupper() or word.isdigit() or low in words.subject_joiners or adjective(word) or particle:
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
    return clean_name(" ".join(picked + tail), language)


def is_date_word(word: str, language: str) -> bool:
    lex = lexicon(language)
    low = word.lower().rstrip(".")
    return (
        low in lex.months
        or low in lex.weekdays
        or low in lex.lang.relative_days  # "today", "gestern"
        or low.isdigit()
        or any(low.startswith(w) for w in lex.weekdays)
    )


def any_date_word(word: str) -> bool:
    """Is ``word`` a date's word in any language chronik reads ("Dienstag", "Tuesday")? A name never holds one."""
    return any(is_date_word(word, code) for code in LANGUAGES)


def _untitled(tokens: list[str], language: str) -> list[str]:
    """A name's words less the abbreviated titles before it ("Gov. Kim Reynolds", "MP Thissa Attanayaka": the
    person), where two words of the name stay."""
    titles = get(language).abbreviations.titles
    while len(tokens) > 2 and tokens[0].rstrip(".").lower() in titles and tokens[1][:1].isupper():
        tokens = tokens[1:]
    return tokens


def untitled(name: str | None, language: str) -> str | None:
    """``name`` less the abbreviated titles before it (:func:`_untitled`)."""
    return " ".join(_untitled(name.split(), language)) if name else name


#: A figure: "649", "0,71", "3.5", "20%".
_NUMBER = re.compile(r"[\d][\d.,:%]*")


def clean_name(name: str, language: str) -> str | None:
    """A publisher's name as found, less articles, trailing small words and dates; the institution of a role
    ("Der Präsident der Wahlkommission" -> "Wahlkommission"); None for a pronoun."""
    words = pool()
    name = re.sub(r"\s*\(\s*[A-Z][A-Za-z]{0,7}\s*\)", "", name)  # "Reynolds American Inc (RAI)": its short form
    name = re.sub(r"\s*\([^()]*$", "", name)  # "Polizei (PI Salzgitter" of a bracket the clause cut
    name = re.sub(r"\s+", " ", name).strip(" ,.-")
    tokens = name.split(" ")
    # a dateline's day run into the name ("March 3 The White House"): the name after it
    while len(tokens) > 2 and is_date_word(tokens[0], language) and tokens[1].strip(",.").isdigit():
        tokens = tokens[2:]
    if len(tokens) > 1 and _NUMBER.fullmatch(tokens[0]):
        if tokens[1].lower() in words.articles:
            tokens = tokens[1:]  # "3,649 the Oregon Health Authority reported": a figure run into the name
        elif not tokens[1][:1].isupper() or re.search(r"[.,%]", tokens[0]):
            return None  # "bei 0,71 Metern (Stand: …)", "25 percent stake": a quantity ("5 Minuten" is an outlet)
    while tokens and tokens[0].lower() in words.articles:
        tokens.pop(0)
    tokens = _untitled(tokens, language)
    while tokens and (
        tokens[-1].lower() in words.articles | words.name_tail | words.quantifiers
        or (is_date_word(tokens[-1], language) and not tokens[-1].isdigit())
        or (tokens[-1] in NAME_PARTICLES and len(tokens) > 1)  # "Wolfgang Schäuble zu den Vorwürfen": no "zu …"
    ):
        tokens.pop()  # "Ford, General Motors and Fiat Chrysler all announced": the names, not "all"
    # "Der Präsident der Wahlkommission" -> the institution; "Sprecher des Ministeriums" likewise.
    for i, token in enumerate(tokens[:-2]):
        if token in words.role_nouns and tokens[i + 1].lower() in words.role_links:
            genitive = tokens[i + 1] in words.genitive_links
            tokens = tokens[i + 2 :]
            while tokens and tokens[0].lower() in words.articles:
                tokens.pop(0)
            if genitive and tokens:  # "des Innenministeriums" -> "Innenministerium", "des Amtes" -> "Amt"
                last = tokens[-1]
                tokens[-1] = last[:-2] if last.endswith("es") and len(last) > 4 else last.removesuffix("s")
            break
    name = " ".join(tokens).strip(" ,.")
    if not name or name.lower() in words.no_publisher or name.lower() in get(language).communication_verbs:
        return None  # "Posted 1/25/2013": the verb of a page's line, no maker
    return name


@cache
def one_word_statement_nouns(language: str) -> str:
    """The language's statement nouns of one word as an alternation, longest first ("statement", "Interview"), for
    the patterns that look for one beside a date or an outlet; empty where the language has none."""
    nouns = (n for n in get(language).statement_nouns if " " not in n)
    return "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))


def past_form(word: str, language: str) -> bool:
    """Is ``word`` (as written) a past form of the language: one of its past words, or a regular past ("listed")?"""
    lang = get(language)
    suffix = lang.regular_past_suffix
    return word in lang.past_words or (suffix is not None and word.endswith(suffix))


def spoken_to(channel: str) -> bool:
    """Does a channel say a statement went to someone, more than a preposition and an article ("in an interview
    with", "according to", "im Gespräch mit", not "with the", "beim")?"""
    return any(len(word) > 4 and word.lower() not in pool().articles for word in channel.split())


def opening_participle(clause: str, name: str, language: str) -> bool:
    """Is a name a participle opening its clause before its object's article ("Issuing a press release …")?"""
    pattern, at = get(language).participle_clause, clause.find(name)
    after = clause[at + len(name) :].split(None, 1) if at >= 0 else []
    return pattern is not None and pattern.fullmatch(name) is not None and bool(after) and after[0] in pool().articles
