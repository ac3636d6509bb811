"""German names of people: the nouns that describe a person before the name are no part of it."""

from __future__ import annotations

import re

from .... import outlets
from .. import pool
from ._words import MEDIA_NOUNS

#: A word of a personal name: capitalised, then lower case ("Hannig", "Karl-Heinz", "Özdemir").
_NAME_PART = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàíóúç]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúç]+)?")


def described(tokens: list[str]) -> list[str]:
    """A person's first and family name without the nouns that describe them before it ("Dresdner Jurist Frank
    Hannig", "Virologe Christian Drosten" -> the name): a noun before two name words is no part of a name, unless
    it is an organisation's ("Verein Eisbären Berlin", "Staatsanwaltschaft Bad Kreuznach")."""
    if len(tokens) < 3 or not all(_NAME_PART.fullmatch(t) for t in tokens[-2:]):
        return tokens
    if outlets.known(" ".join(tokens)) is not None or any(t in MEDIA_NOUNS for t in tokens):
        return tokens  # "Frankfurter Allgemeine Zeitung", "Radio France Internationale"
    organisation = pool().organisation_words
    if any(t in organisation or t.split("-")[-1] in organisation for t in tokens):
        return tokens
    kinds = pool().organisation_kinds
    before = tokens[-3]
    if not _NAME_PART.fullmatch(before) or before.lower().endswith(kinds) or before.lower().endswith(_ORG_ENDINGS):
        return tokens
    if _PROPER_ADJECTIVE.fullmatch(before):  # "Bayerisches Rotes Kreuz": a body's proper name, no one described
        return tokens
    if not before.lower().endswith(_PERSON_ENDINGS):  # "Swiss Ice Hockey": no German noun for a person
        return tokens
    return tokens[-2:]


#: A capitalised adjective in "-isch", which only a proper name keeps capitalised ("Bayerisches", "Sächsische").
_PROPER_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*isch(?:e[nrs]?)?")
#: Endings of German nouns for people ("Jurist", "Virologe", "Sprecher", "Anwältin", "Student", "Kaufmann").
_PERSON_ENDINGS = (
    "er",
    "in",
    "ist",
    "e",
    "ent",
    "ant",
    "eur",
    "or",
    "at",
    "mann",
    "frau",
    "chef",
    "ling",
    "og",
    "ekt",
    "af",
    "ir",
)
#: Endings of German nouns for bodies, not people ("Staatsanwaltschaft", "Direktion", "Ministerium").
_ORG_ENDINGS = ("schaft", "ion", "ium", "amt", "bund", "verband", "zentrum", "gericht", "haus", "werk", "bank")
