"""People and places of a sentence, cheaply: capitalised names after a locative preposition, and personal
names where the language's module says a text marks them (else runs of two or three capitalised words).

The prepositions, common nouns and ways of marking people are the language's (:mod:`chronik.extract.lang`);
titles, articles and organisation words are looked for in texts of every language (pooled).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from ._lexicon import lexicon
from ._phrases import NAME_PARTICLES, past_form
from .lang import pool

#: A personal name: two or three capitalised words, maybe with a particle ("Van der Bellen", "al-Assad").
#: A family name's prefix before a second capital: "McNamara", "MacDonald", "DeSantis", "LeBron", "O'Brien".
_PREFIX = r"(?:Mc|Mac|De|Di|Du|La|Le|O['’])?"
PERSON_NAME = (
    r"[A-ZÄÖÜ][a-zäöüßéèçñ'’-]+(?:-[A-ZÄÖÜ][a-zäöüßéèçñ'’]+)?"  # "Frank-Walter"
    rf"(?:\s+(?:al|el)-[A-ZÄÖÜ][a-zäöüßéèçñ'’-]+"  # "Khalid al-Falih"
    # "Heinrich von Pierer", "Ursula von der Leyen", "Alexander Van der Bellen": the particles before the last name
    r"|(?:\s+(?:von|van|de|der|al|bin|el|da|di|zu|Van|Von)(?:\s+(?:der|den|de|la|le))?(?=\s)|\s+(?:al|el)-)?"
    # (a name's part never ends in its hyphen: "Mailath-Pokorny" whole, not "Mailath-")
    rf"(?:\s+{_PREFIX}[A-ZÄÖÜ][a-zäöüßéèçñ'’-]+(?<!-)(?:-[A-ZÄÖÜ][a-zäöüßéèçñ'’]+)?){{1,2}})"
)
_PERSON = re.compile(rf"(?<![\w.])(?P<name>{PERSON_NAME})")


@cache
def _portfolio_after() -> re.Pattern[str]:
    """A title and the word before a portfolio, as the pooled words give them: "Minister for", "Secretary of the"."""
    words = pool()
    links = "|".join(sorted(map(re.escape, words.name_joiners | words.role_links)))
    articles = "|".join(sorted(map(re.escape, words.articles)))
    return re.compile(rf"(?P<title>\S+)\s+(?i:{links})\s+(?:(?i:{articles})\s+)?$")


def _lead(sentence_text: str, start: int, raw: str, titles: frozenset[str]) -> int:
    """Where the name begins in a run of capitalised words at ``start`` that opens with a minister's portfolio
    after the title ("Minister for Interior Sheikh Rashid Ahmad") or with an abbreviated title ("Dr Arzu Rana
    Deuba"); 0 where it opens with the name."""
    words_ = list(re.finditer(r"\S+", raw))
    skip = 0
    after = _portfolio_after().search(sentence_text, max(0, start - 30), start)
    if words_[0].group(0) in pool().portfolios and after is not None and is_title(after.group("title")):
        skip = next((k for k, w in enumerate(words_) if w.group(0) not in pool().portfolios), len(words_))
    titled = next((k for k, w in enumerate(words_[skip : skip + 2]) if w.group(0).rstrip(".").lower() in titles), None)
    if titled is not None:  # "Dr Arzu Rana Deuba", "Yesterday Dr Arzu …", "… Affairs Dr Arzu …"
        skip += titled + 1
    if not skip:
        return 0
    at = start + words_[skip].start() if skip < len(words_) else start + len(raw)
    blanks = _BLANKS.match(sentence_text, at)
    return blanks.end() if blanks is not None else at


_BLANKS = re.compile(r"\s*")


#: What marks a name as a person's right after it: "…, who", "…, whose", an age ("…, 45,").
_WHO = re.compile(r"\s*,\s*(?:who|whose|\d{1,3}\s*,)(?![\w])")


def _introduced(sentence_text: str, end: int) -> bool:
    """Do the words after a name mark it as a person's: "…, who", an age, a role ("Joe Muster, a spokesperson
    for the company,")?"""
    if _WHO.match(sentence_text, end):
        return True
    role = re.match(r"\s*,\s*(\w+)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b", sentence_text[end : end + 80])
    if role is None or role.group(1).lower() not in pool().articles:
        return False
    return role.group(2) in _role_nouns() or is_title(role.group(2))


@cache
def _role_nouns() -> frozenset[str]:
    return frozenset(r.lower() for r in pool().role_nouns)


def is_title(word: str) -> bool:
    """Does ``word`` end as a title before a name does ("Außenminister", "President")?"""
    return word.lower().endswith(pool().title_endings)


@lru_cache(maxsize=1024)
def places(sentence_text: str, language: str) -> tuple[str, ...]:
    """Capitalised names after a locative preposition ("in Boston", "nach New York"), first ones first."""
    found: list[str] = []
    lex = lexicon(language)
    words = pool()
    common = lex.lang.common_noun
    pattern = rf"\b{lex.lang.place_prepositions}\s+(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-Z][\w.-]+){{0,2}})"
    for m in re.finditer(pattern, sentence_text):
        parts = m.group("name").rstrip(".,").split()
        titled = next((i for i, p in enumerate(parts) if i and p.lower().endswith(words.title_endings)), len(parts))
        parts = parts[:titled]  # "in Los Angeles Bürgermeisterin Karen Bass": the place ends before the title
        name = " ".join(parts)
        if any(p.lower() in lex.months or p.lower() in lex.weekdays or p.lower() in words.articles for p in parts):
            continue
        if common is not None and common(parts[0]):
            continue
        if name not in found:
            found.append(name)
    return tuple(found[:3])


@lru_cache(maxsize=1024)
def people(sentence_text: str, language: str) -> tuple[str, ...]:
    """Personal names, cheaply: where the language marks them (:attr:`~._language.Language.people`: in German
    a title before, a party after, an apposition), else two or three capitalised words (in English not
    opening the sentence), less a title in front. Never a month, weekday, article, common noun or a place
    of the sentence."""
    lex = lexicon(language)
    lang = lex.lang
    words = pool()
    where = set(places(sentence_text, language))
    found: list[str] = []
    if lang.people is not None:
        candidates = lang.people(sentence_text)
    else:
        candidates = [(m.start(), m.group("name")) for m in _PERSON.finditer(sentence_text)]
    taken = 0  # where a name found past its title ends: the names found inside it are its parts
    for start, raw in candidates:
        if start < taken:
            continue
        parts = raw.split()
        lead = _lead(sentence_text, start, raw, lang.abbreviations.titles) if lang.people is None else 0
        if lead:  # "Minister for Interior Sheikh Rashid Ahmad", "Dr Arzu Rana Deuba": the name follows
            rest = _PERSON.match(sentence_text, lead)
            if rest is None:
                continue
            start, raw = rest.start(), rest.group("name")
            parts, taken = raw.split(), rest.end()
        titled = [m.end() for m in re.finditer(r"\S+", raw) if m.end() < len(raw) and is_title(m.group(0))]
        if titled and lang.people is None:  # "Chief Minister Arvind Kejriwal": the name is what follows the title
            rest = _PERSON.match(sentence_text, start + titled[-1] + 1)
            while rest is not None and rest.group("name").split()[0].lower().endswith(words.title_endings):
                # "Police Commissioner Major General Antony Anderson": titles after titles
                rest = _PERSON.match(sentence_text, rest.start() + len(rest.group("name").split()[0]) + 1)
            if rest is None:
                continue
            start, raw = rest.start(), rest.group("name")
            parts, taken = raw.split(), rest.end()
        if parts[0].lower().endswith(words.title_endings) or (start == 0 and len(parts) == 3):
            parts = parts[1:]  # a title, or the capitalised first word of the sentence
        elif start == 0 and not lang.names_open_sentences and not _introduced(sentence_text, start + len(raw)):
            continue  # "Foreign Minister …" opens many a sentence; "Kozo Yamamoto, who left …" is a person
        place_words = {w for p in where for w in p.split()}
        while len(parts) > 2 and parts[0] in place_words:
            parts = parts[1:]  # "in Los Angeles Kai Wegner (CDU)": the place's tail is not the name's head
        name = " ".join(parts)
        parts = [p for i, p in enumerate(parts) if not (0 < i < len(parts) - 1 and p in NAME_PARTICLES)]  # "von der"
        if len(parts) < 2 or any(name in p or p in name for p in where) or words.organisation_words & set(parts):
            continue
        if any(p.lower() in lex.months or p.lower() in lex.weekdays or p.lower() in words.articles for p in parts):
            continue
        if lang.common_noun is not None and any(lang.common_noun(p) for p in parts):
            continue
        if any(p.split("-")[-1] in words.compound_tails for p in parts if "-" in p):
            continue  # "the Persian-language Etemad newspaper", "a Berlin-based firm"
        if name not in found:
            found.append(name)
    return tuple(found[:4])


def personal(name: str) -> bool:
    """Does a publisher look like a person's full name: two to four name words, none an organisation's?"""
    tokens = name.split()
    inner = sum(1 for t in tokens[1:-1] if t in NAME_PARTICLES)  # "Alexander Van der Bellen", "Ursula von der Leyen"
    return (
        2 <= len(tokens) - inner <= 4
        and all(
            t[:1].isupper() or t.startswith(("al-", "el-")) or (t in NAME_PARTICLES and t in tokens[1:-1])
            for t in tokens
        )
        and not pool().organisation_words & set(tokens)
        and not any(t.lower().endswith(pool().title_endings) for t in tokens)
    )


def bare(surname: str) -> str:
    """A family name without its article ("al-Falih" -> "Falih")."""
    return re.sub(r"^(?:al|el|bin|ibn)-", "", surname)


def without_verbs(publisher: str | None, language: str) -> str | None:
    """A publisher without a past verb run on after it ("Management met" -> "Management"); none where a pronoun
    in small letters opens it ("it has been confirmed": a passive names no maker)."""
    tokens = (publisher or "").split()
    if len(tokens) > 1 and tokens[0] in pool().pronouns:
        return None
    while len(tokens) > 1 and tokens[-1].islower() and past_form(tokens[-1], language):
        tokens.pop()
    return " ".join(tokens) or None


def apposed_to(role: str, text: str, before: int) -> str | None:
    """The person a role renames in an apposition ("Hans Muster, Kärntens dienstältester Bürgermeister (SPÖ), hat
    am Mittwoch …", "Robin Muster, Network Rail director of operations said"): the name right before the comma
    that opens it, where the text gives the role so before ``before``."""
    at = text.rfind(role, max(0, before - 300), before)
    m = _APPOSED.search(text, max(0, at - 60), at) if at >= 0 else None
    return m.group("name") if m is not None and personal(m.group("name")) else None


#: A person's name and the comma that opens an apposition after it.
_APPOSED = re.compile(r"(?<![\w'’.-])(?P<name>[A-ZÄÖÜ][\w'’.-]+(?:[ \t]+[A-ZÄÖÜ][\w'’.-]+){1,3}),[ \t]+$")


def with_openers(
    named: list[tuple[int, tuple[str, ...]]], text: str, language: str
) -> list[tuple[int, tuple[str, ...]]]:
    """``named`` (the people of each sentence, by sentence start) with the name that opens a sentence where the
    language's sentences open with a capital anyway ("Simona Halep withdrew from …"): a person's where the text
    names the family name alone elsewhere ("…, Halep said", not after a place's preposition) or a past
    verb follows it ("Hideki Matsuyama finished fourth")."""
    lex = lexicon(language)
    if lex.lang.names_open_sentences:
        return named
    words = pool()
    out = []
    before: dict[str, list[str]] | None = None  # per word of the text, the word right before each of its uses
    alone: dict[str, bool] = {}  # per family name asked, once
    for start, names in named:
        m = _PERSON.match(text, start)
        parts, end = (m.group("name").split(), m.end()) if m is not None else ([], start)
        first, last = (parts[0], parts[-1]) if len(parts) == 2 else ("", "")
        if (
            not first
            or any(n.endswith(last) for n in names)
            or {first.lower(), last.lower()}
            & (words.articles | words.stop_words | words.pronouns | words.subject_leads | lex.lang.date_leads)
            or any(w.lower() in lex.months or w.lower() in lex.weekdays for w in parts)
            or words.organisation_words & {first, last}
            or is_title(first)
            or is_title(last)
        ):
            out.append((start, names))
            continue
        before = _words_before(text) if before is None else before  # found once per text, where a name asks
        if last not in alone:
            alone[last] = _alone(before.get(last, []), lex.lang.place_prepositions)
        if first.lower() in before or not (alone[last] or _acts(text, end, language)):  # "Later Halep told": a word
            out.append((start, names))
            continue
        out.append((start, (f"{first} {last}", *names)))
    return out


def _words_before(text: str) -> dict[str, list[str]]:
    """Each word of ``text`` and the word right before each of its uses, on the same line with only blanks between
    ("" where none is)."""
    found: dict[str, list[str]] = {}
    last_word, last_end = "", -1
    for m in re.finditer(r"[\w'’-]+", text):
        glued = last_end >= 0 and m.start() > last_end and not text[last_end : m.start()].strip(" \t")
        found.setdefault(m.group(0), []).append(last_word if glued else "")
        last_word, last_end = m.group(0), m.end()
    return found


def _acts(text: str, end: int, language: str) -> bool:
    """Does a past verb follow a name ("Simona Halep withdrew", "Hideki Matsuyama finished fourth")?"""
    verb = re.match(r"[ \t]+([a-z]+)\b", text[end : end + 30])
    return verb is not None and past_form(verb.group(1), language)


def _alone(words_before: list[str], prepositions: str) -> bool:
    """Is a family name (the words before each of its uses) named alone somewhere: not after a capitalised word (a
    name's or a sentence's first), nor as a place after a preposition?"""
    return any(not word[:1].isupper() and not re.fullmatch(prepositions, word, re.IGNORECASE) for word in words_before)


#: Nouns after a nation's adjective that name a group or a body, not a person ("the Japanese side").
_COLLECTIVE = frozenset(
    [
        "side",
        "government",
        "team",
        "delegation",
        "embassy",
        "media",
        "press",
        "public",
        "army",
        "military",
        "navy",
        "police",
    ]
)


def national_referent(publisher: str, sentence: str, national: Callable[[str], bool]) -> bool:
    """Is a report's maker a person called by their nation, maybe with their trade ("the Romanian said", "the
    Japanese golfer announced")? The person the text named last, then."""
    tokens = publisher.split()
    if not 1 <= len(tokens) <= 2 or not national(tokens[0]):
        return False
    if not re.search(rf"(?<![\w-])[Tt]he\s+{re.escape(publisher)}(?![\w-])", sentence):
        return False
    rest = tokens[1:]
    return not rest or (
        rest[0].islower()
        and not rest[0].endswith("s")
        and rest[0] not in _COLLECTIVE
        and rest[0].title() not in pool().organisation_words
    )


def in_full(publisher: str | None, named: dict[str, str]) -> str | None:
    """A person's family name alone or after its particle ("Mailath-Pokorny", "de Blasio") by the full name the text
    gives it; ``named`` maps family names to the full names."""
    if not publisher or not (publisher[0].islower() or " " not in publisher):
        return publisher
    full = named.get(publisher.split()[-1])
    return full if full and full.endswith(" " + publisher) and personal(full) else publisher
