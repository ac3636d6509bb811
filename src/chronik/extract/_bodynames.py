"""A body's name: the words that make one ("Polizei", "Ministry", a compound of one), the fuller name a text
gives a body it also names in part ("State police" -> "Michigan State Police", "Staatsanwaltschaft" ->
"Staatsanwaltschaft Saarbrücken"), the name a short form's initials spell ("GM" -> "General Motors"), and the
short forms a text defines ("Ministry of Commerce (MOC)")."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from ._phrases import any_date_word
from .lang import get, pool


def organisation_word(word: str) -> bool:
    """An organisation's word ("Polizei", "Ministry", the last part of "Landes-Polizei") or a compound whose last
    part is one of six letters or more ("Kantonspolizei", not "Altstadt")."""
    return word.split("-")[-1] in pool().organisation_words or _compound_heads().search(word) is not None


def without_short_form(name: str) -> str:
    """A body's name less the short form written after it without brackets, where the short form's letters open
    the name and follow in it ("Bundesamt für Energie BFE", "Bundesamt für Umwelt BAFU", "Eidgenössisches
    Departement für auswärtige Angelegenheiten EDA"), as bracketed ones are left ("… (BAFU)")."""
    head, _, short = name.rpartition(" ")
    if not head or not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()) or " " not in head:
        return name
    letters = iter(head.lower())
    if head[:1].lower() != short[:1].lower() or not all(c in letters for c in short[1:].lower()):
        return name
    return head


@cache
def _compound_heads() -> re.Pattern[str]:
    heads = sorted(o.lower() for o in pool().organisation_words if len(o) >= 6)
    return re.compile(rf"\w(?:{'|'.join(map(re.escape, heads))})$")


@cache
def article_words() -> str:
    """Every language's articles, as an alternation."""
    return "|".join(sorted(map(re.escape, pool().articles)))


@cache
def joiner_words() -> str:
    """The small words inside a name, every language's ("of", "and", "für"), as an alternation."""
    return "|".join(sorted(map(re.escape, pool().name_joiners | {"&"})))


@cache
def link_words() -> str:
    """The small words between an office and its body ("of", "for", "des"), as an alternation."""
    return "|".join(sorted(map(re.escape, pool().name_joiners - pool().hyphen_joiners)))


@cache
def _capital_run() -> re.Pattern[str]:
    """A run of two to five capitalised words, small joining words between them."""
    return re.compile(rf"(?<![\w'’.-])[A-Z][\w-]*(?:\s+(?:(?:{joiner_words()})\s+)?[A-Z][\w-]*){{1,4}}")


def spelled_out(text: str) -> dict[str, str]:
    """Per set of initials, the one name in the text they spell ("GM": "General Motors"), found once per text:
    a short form the text uses without defining it stands for that name."""
    names: dict[str, set[str]] = {}
    for m in _capital_run().finditer(text):
        words_ = m.group(0).split()
        for first in range(len(words_) - 2, -1, -1):  # each tail of two words or more ("Lockport General Motors")
            tail = words_[first:]
            initials = "".join(w[0] for w in tail if w[:1].isupper())
            names.setdefault(initials, set()).add(" ".join(tail))
    return {short: next(iter(found)) for short, found in names.items() if len(found) == 1}


#: An adjective made of two words, opening a sentence: "Newly-appointed", "Long-awaited".
_COMPOUND_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]+")


def fuller_name(publisher: str, text: str) -> str:
    """A body named in part ("State police") by the fuller name the text gives it with capitals ("Michigan State
    Police"): only a name holding an organisation's word, and only one the text names in one way."""
    tokens = publisher.split()
    organisation = pool().organisation_words
    if len(tokens) > 3 or not any(organisation_word(t[:1].upper() + t[1:]) for t in tokens):
        return publisher
    words = r"\s+".join(re.escape(t) for t in tokens)
    heads = "|".join(sorted(organisation))
    articles = article_words()
    conjunctions = "|".join(sorted(map(re.escape, pool().hyphen_joiners | {"&"})))  # "Turks and Caicos …"
    pattern = (  # "Turks and Caicos Islands Police Force" for "police", "Ministry of National Defense" for "ministry"
        rf"(?<![\w'’.-])(?P<lead>(?:[A-Z][\w-]*[ \t]+(?:(?:{conjunctions})[ \t]+)?){{0,4}})"  # not over a line
        rf"(?P<body>(?i:{words}))(?:\s+(?:{heads}))?"
        rf"(?P<tail>\s+(?:{link_words()})\s+(?:(?:{articles})\s+)?[A-Z][\w-]*"
        rf"(?:\s+(?:(?:{joiner_words()}|{conjunctions})\s+)?[A-Z][\w-]*){{0,3}}"  # "für Verkehr und Umwelt"
        # or the place it serves, no name after it ("Staatsanwaltschaft Saarbrücken", "Police Scotland", not
        # "Police Chief Michael Lyle", "Police Lt. Max Muster")
        r"|[ \t]+(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?![\w'’-]|\.?\s+[A-ZÄÖÜ]))?"
        r"(?![\w'’-])"
    )
    leading = pool().articles | pool().stop_words
    fuller = set()
    for m in re.finditer(pattern, text):
        if not m.group("body").split()[-1][:1].isupper():
            continue  # "the Chalk Sound police station"
        lead = m.group("lead").split()
        while lead and (
            lead[0].lower() in leading | pool().name_joiners | {"&"} or _COMPOUND_ADJECTIVE.fullmatch(lead[0])
        ):
            lead.pop(0)  # "The International African American Museum", "Newly-appointed Charleston Police"
        opening = [i for i, w in enumerate(lead) if w[:1].isupper() and w.lower() in leading]
        lead = lead[opening[-1] + 1 :] if opening else lead  # "19:31 Uhr Am Landgericht Hannover": a sentence opens
        place = m.group("place")
        if place and (place.lower().endswith(pool().title_endings) or place.lower() in pool().role_nouns):
            continue  # "Polizei Sprecher": a role, no place
        if place and any_date_word(place):
            continue  # "bestätigte das Unternehmen Dienstag auf Anfrage": a day, no place
        if lead or m.group("tail"):
            fuller.add(" ".join([*lead, *m.group(0)[m.start("body") - m.start() :].split()]))
    if not fuller and len(tokens) == 1 and publisher[:1].isupper() and len(publisher) >= 6:
        # "das Ministerium" after "Gesundheitsministerium"; not "die Stadt" after "Innenstadt"
        tail = re.escape(publisher.lower())
        fuller = {m.group(0) for m in re.finditer(rf"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+{tail}(?![\w-])", text)}
    return fuller.pop() if len(fuller) == 1 else publisher


#: "Ministry of Commerce (MOC)", "Bundesamt für Migration und Flüchtlinge (BAMF)": a name, then its short form.
_DEFINED = re.compile(
    r"(?<![\w'’.-])(?P<long>[A-ZÄÖÜ][\w'’.-]*(?:\s+(?:[A-ZÄÖÜ][\w'’.-]*|of|for|the|and|on|für|der|des|und|die|das)){0,7})"
    r"\s*\((?P<short>[A-ZÄÖÜ][A-ZÄÖÜa-z]{1,7})\)"
)


def short_forms(text: str) -> dict[str, str]:
    """The short forms a text defines ("Ministry of Commerce (MOC)") and the names they stand for: a
    statement of the "MOC spokesman" is the Ministry of Commerce's. The short form's letters must be the
    initials of the name's words, in order (so "Wirecard (DAX)" defines nothing)."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        # "the Athletics Integrity Unit's (AIU) processes": the name without its possessive
        short, words = m.group("short"), re.sub(r"['’]s$", "", m.group("long")).split()
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


def named_by_head(noun: str, text: str, at: int) -> str | None:
    """The name the text gives a body it also calls by its common noun ("Mitchell International Airport" for
    "airport"): capitalised words ending in the noun, the last such name before ``at``, else the first after."""
    names = _names_by_head(noun, text)
    i = bisect.bisect_left(names, (at, ""))
    return names[i - 1][1] if i else names[0][1] if names else None


@lru_cache(maxsize=32)
def _names_by_head(noun: str, text: str) -> tuple[tuple[int, str], ...]:
    """Where ``text`` names a body by capitalised words ending in ``noun``, and the name; found once per noun and
    text (a text may call a body by its noun many times)."""
    head = re.escape(noun[:1].upper() + noun[1:])
    word = r"[A-Z](?:[a-z]?\.|[\w'’&-]*)"  # a word or a short form with its dot ("St. Louis Zoo")
    found = []
    for m in re.finditer(rf"(?<![\w'’.-])(?:{word}[ \t]+){{1,4}}{head}(?![\w'’-])", text):
        words = m.group(0).split()
        while len(words) > 1 and words[0].lower() in pool().articles | pool().stop_words:
            words.pop(0)  # "The Mitchell International Airport", "At Mitchell International Airport"
        if len(words) > 1:
            found.append((m.start(), " ".join(words)))
    return tuple(found)


def named_by_compound(kind: str, text: str, at: int) -> str | None:
    """The name the text gives a body it also calls by a noun of its kind written as the name's last part ("der
    Berliner Mieterverein" for "der Verein", "der Autokonzern Stellantis" is :func:`named_by_head`'s): capitalised
    words ending in ``kind`` or a compound of it ("der Berliner Mieterverein" for "der Mieterverein" too), the last
    such name before ``at``, else the first after."""
    names = _names_by_compound(kind.lower(), text)
    i = bisect.bisect_left(names, (at, ""))
    return names[i - 1][1] if i else names[0][1] if names else None


@lru_cache(maxsize=32)
def _names_by_compound(kind: str, text: str) -> tuple[tuple[int, str], ...]:
    """Where ``text`` names a body by up to two capitalised words and a compound ending in ``kind`` (found once per
    kind and text)."""
    found = []
    word = r"[A-ZÄÖÜ][\w'’&-]*"
    compound = rf"(?=[A-ZÄÖÜ])[\w-]*?(?i:{re.escape(kind)})(?![\w'’-])"
    for m in re.finditer(rf"(?<![\w'’.-])(?:{word}[ \t]+){{0,2}}{compound}", text):
        words = m.group(0).split()
        while len(words) > 1 and words[0].lower() in pool().articles | pool().stop_words:
            words.pop(0)  # "Der Berliner Mieterverein"
        if len(words) > 1 or len(words[0]) > len(kind) + 2:  # a name, no mere noun of the kind
            found.append((m.start(), " ".join(words)))
    return tuple(found)


def body_by_noun(publisher: str, text: str, at: int) -> str:
    """A body called by its noun ("the zoo", "Zoo officials") where the text names several of its kind: the name
    named last before (``named_by_head``: "St. Louis Zoo"), else the publisher as it is."""
    words_ = publisher.split()
    if len(words_) == 2 and words_[1].lower().rstrip("s") in pool().role_nouns:
        words_ = words_[:1]  # "Zoo officials": the zoo's
    if len(words_) != 1 or words_[0].title() not in pool().organisation_words:
        return publisher
    return named_by_head(words_[0].lower(), text, at) or publisher


@cache
def _compound_of(role: str) -> re.Pattern[str]:
    """A capitalised compound ending in ``role`` ("Bahnsprecherin", "EVG-Sprecher" for "Sprecher")."""
    return re.compile(rf"(?<![\w-])[A-ZÄÖÜ]\w+?-?(?i:{re.escape(role)})(?![\w-])")


def role_compound(role: str, text: str, before: int, language: str) -> str | None:
    """The institution a role alone stands for where the text named the role before as a compound of the
    institution's name: "sagte die Sprecherin" after "nach Angaben einer Bahnsprecherin" -> "Bahn"."""
    institution = get(language).institution
    found = _compounds(role, text)
    at = bisect.bisect_left(found, (before, "")) - 1  # the last one before
    if institution is None or at < 0:
        return None
    compound = found[at][1]
    body = institution(compound)
    return body if body.lower() != compound.lower() else None


@lru_cache(maxsize=64)
def _compounds(role: str, text: str) -> tuple[tuple[int, str], ...]:
    """Where ``text`` names ``role`` as a compound, found once per role and text (a text may quote the role
    many times)."""
    return tuple((m.start(), m.group(0)) for m in _compound_of(role).finditer(text))
