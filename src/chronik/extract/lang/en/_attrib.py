"""English attribution: who made a statement ("told Kenya Television", "was quoted … by local media",
"according to the State Department of"), and which words may open a subject.

The publisher is, in this order, the outlet the statement was given to or published by, the one after
"said to" / "told", the agent of a passive ("by local media"), else the subject before the verb (less
conjunctions, adverbs and dates) or the name after it.
"""

from __future__ import annotations

import re

from ..._language import words
from ..._phrases import NAME_TOKEN, clean_name, is_date_word, np_after
from .. import pool

#: Nouns of media and agencies: the name after them is the publisher ("the news agency Xinhua").
MEDIA_NOUNS = (
    "news agency",
    "agency",
    "newspaper",
    "daily",
    "broadcaster",
    "television",
    "radio",
    "magazine",
    "network",
    "channel",
    "station",
)
_NOUNS = "|".join(re.escape(n) for n in sorted(MEDIA_NOUNS, key=len, reverse=True))
_TOLD = re.compile(rf"\btold\s+(?:the\s+)?(?P<name>(?:{NAME_TOKEN}\s*){{1,5}})")
_MEDIA = re.compile(rf"(?:the\s+)?(?:{_NOUNS})\s+(?P<name>(?:{NAME_TOKEN}\s*){{1,4}})")
_SAID_TO = re.compile(rf"\s+to\s+(?:the\s+)?(?P<np>(?:{NAME_TOKEN}\s*){{1,5}})")
_BY = re.compile(rf"\bby\s+(?P<np>(?:(?:the|local|state|national|foreign|{NAME_TOKEN})[\s']*){{1,6}})")
_TOLD_WHOM = re.compile(rf"\s+(?:the\s+)?(?P<np>(?:{NAME_TOKEN}\s*){{1,5}})")

#: "According to the State Department of December 3": the date belongs to the source.
DATED_SOURCE = re.compile(
    rf"[Aa]ccording\s+to\s+(?:the\s+|a\s+)?(?P<name>(?:{NAME_TOKEN}\s*){{1,5}}?)\s+(?:of|dated)\s*$"
)
DATED_SOURCE_LEAD = re.compile(r"(?:of|dated)\s+")

#: Words dropped around an English subject: conjunctions, adverbs, auxiliaries.
_DROP = words("and but so then also here there has have had was were is are who earlier later")
#: A subject made only of these names nobody ("it will", "they").
_FUNCTION = words(
    "it will be been being officially would could should may might must can not to they he she we i you which "
    "who this that"
)
#: Lower-case words that may open a subject or a name ("local media", "hospital officials").
ADJECTIVES = words(
    "national local state official foreign hospital senior government police military family members officials "
    "newspapers media sources spokesman spokeswoman"
)


def media_name(body: str) -> str | None:
    """The outlet a statement was given to or published by: "told Kenya Television", "the news agency Xinhua"."""
    m = _TOLD.search(body) or _MEDIA.search(body)
    return clean_name(m.group("name"), "en") if m else None


def publisher(body: str, verb: re.Match[str]) -> str | None:
    """Who made the statement of the clause ``body`` with the communication verb ``verb``."""
    media = media_name(body)
    if media:
        return media
    said = verb.group(0).lower()
    to = _SAID_TO.match(body[verb.end() :])
    if to and said in ("said", "confirmed", "announced", "stated", "declared", "denied"):
        return clean_name(to.group("np"), "en")
    by = _BY.search(body)
    if by and said in ("quoted", "reported", "announced", "issued", "published"):
        return clean_name(by.group("np"), "en")
    told = _TOLD_WHOM.match(body[verb.end() :])
    if said == "told" and told:
        return clean_name(told.group("np"), "en")
    subject = subject_before(body[: verb.start()])
    return subject or np_after(body[verb.end() :], "en")


def subject_before(head: str) -> str | None:
    """The English subject before the verb: the clause's words there, less leading conjunctions and
    trailing adverbs and dates ("hospital officials and family members", "U.S. President Bill Clinton")."""
    tokens = re.findall(r"[\w'’.&-]+|[()]", head)
    while tokens and (
        tokens[-1].lower() in _DROP or tokens[-1].lower() in ("on", "at") or is_date_word(tokens[-1], "en")
    ):
        tokens.pop()
    while tokens and tokens[0].lower() in _DROP | pool().articles | {"when", "as", "after", "before"}:
        tokens.pop(0)
    if not tokens or len(tokens) > 12 or all(t.lower() in _FUNCTION for t in tokens):
        return None
    return clean_name(" ".join(t for t in tokens), "en")


def told_as_made(verb: str) -> bool:
    """A past form: "said", "reported"."""
    low = verb.lower()
    return low.endswith("ed") or low in ("said", "told", "wrote", "issued")


def adjective(word: str) -> bool:
    return word.islower() and word in ADJECTIVES


#: "Commission spokeswoman Dana Spinant", "a State Department spokesman", "NPR's Merrit Kennedy".
_SPOKES = re.compile(
    r"^(?:an?\s+|the\s+)?(?P<org>.+?)(?:'s|’s)?\s+(?:spokes(?:man|woman|person|people)|press\s+secretary)\b",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"^(?P<org>.+?)(?:'s|’s)\s+\S")


def institution(name: str) -> str:
    """The institution of a spokesperson ("Commission spokeswoman Dana Spinant" -> "Commission") or the
    outlet whose reporter speaks ("NPR's Merrit Kennedy" -> "NPR"); any other name as it is."""
    from .... import outlets

    m = _SPOKES.match(name)
    if m is not None and m.group("org")[:1].isupper():
        return m.group("org")
    m = _POSSESSIVE.match(name)
    if m is not None and outlets.known(m.group("org")) is not None:
        return m.group("org")
    return name
