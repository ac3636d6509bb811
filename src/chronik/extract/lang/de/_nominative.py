"""German names in the nominative, as they are known by: a statement's maker is often named in the genitive or
dative ("ein Sprecher des Obersten Gerichtshofs", "sagte der Süddeutschen Zeitung"), the draft names it as it is
called ("Oberster Gerichtshof", "Süddeutsche Zeitung")."""

from __future__ import annotations

import re

from .... import outlets
from ..._language import ordered

#: How the head nouns of institutions end, by the nominative ending of an adjective before them (after no
#: article): "Oberster Gerichtshof", "Europäische Kommission", "Auswärtiges Amt", "Vereinte Nationen".
_HEAD_ENDINGS = (
    (
        ordered(
            "hof rat tag bund verband dienst senat ausschuss konzern rundfunk sender fonds markt kurier anzeiger "
            "spiegel merkur bote verein verbund klub club orden staat"
        ),
        "er",
    ),
    (
        ordered(
            "amt ministerium gericht institut büro komitee parlament zentrum werk haus kommando klinikum krankenhaus "
            "fernsehen radio kabinett kollegium blatt magazin journal kreuz präsidium kommissariat sekretariat "
            "konsulat rektorat theater orchester museum"
        ),
        "es",
    ),
    (ordered("nationen staaten nachrichten medien werke kliniken"), "e"),
    (
        ordered(
            "ung heit keit schaft ion tät bank kammer kommission agentur polizei behörde anstalt partei union "
            "zeitung klinik stelle akademie liga post rundschau welt presse zeitschrift statistik bahn hilfe wacht "
            "wehr kasse börse kirche schule allianz justiz konferenz kanzlei gemeinde"
        ),
        "e",
    ),
)
#: A capitalised adjective's dative or genitive ending: "Obersten", "Europäischen", "Vereinten".
_ADJECTIVE_EN = re.compile(r"^[A-ZÄÖÜa-zäöü][a-zäöüß-]+en$")  # "offiziellen Statistik" too
#: A place's adjective, which keeps its form in every case: "Osnabrücker", "Berliner", "Kieler".
_PLACE_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+er$")
#: A capitalised adjective's ending after a definite article: "der Deutsche Wetterdienst".
_ADJECTIVE_E = re.compile(r"^[A-ZÄÖÜ][a-zäöüß-]+(?:isch|lich|ig|al|ell|iv|er|sch|t)e$")
#: Masculine and neuter heads, whose genitive takes an "s" ("des Amtes", "des Ministeriums").
_GENITIVE_S = tuple(e for ends, ending in _HEAD_ENDINGS if ending in ("er", "es") for e in ends)


def nominative(name: str, default: str | None = None) -> str:
    """A name in the nominative, as it is known by ("Obersten Gerichtshof" -> "Oberster Gerichtshof",
    "Europäischen Kommission" -> "Europäische Kommission", "Vereinten Nationen" -> "Vereinte Nationen",
    "Süddeutschen Zeitung" -> "Süddeutsche Zeitung", "Polizeipräsidiums Oberfranken" -> "Polizeipräsidium
    Oberfranken"): the head noun is the last whose gender its ending tells, before a place or "für …"; the
    adjectives before it take its ending, else the ``default`` ending (an outlet's name: "e"). Any other name as it
    is; a known outlet's name as it is written, whatever its ending ("der Kronen Zeitung")."""
    tokens = name.split()
    if not tokens or outlets.known(name) is not None:
        return name
    limit = next((i for i, t in enumerate(tokens) if i > 0 and t in _JOINERS), len(tokens))
    at, ending = limit - 1, None
    for i in range(limit - 1, -1, -1):
        head, ending = _head(tokens[i])
        if ending is not None:
            at, tokens[i] = i, head
            break
    if ending is None:
        at = len(tokens) - 1
    ending = ending or default
    if ending is None:
        return " ".join(tokens)
    for i in range(at - 1, -1, -1):
        if _PLACE_ADJECTIVE.match(tokens[i]):
            continue  # "Neuen Osnabrücker Zeitung": a place's adjective never changes, the one before it does
        if _ADJECTIVE_EN.match(tokens[i]):
            tokens[i] = tokens[i][:-2] + ending  # "Obersten" -> "Oberster"
        elif default is None and _ADJECTIVE_E.match(tokens[i]):
            tokens[i] = tokens[i][:-1] + ending  # "der Deutsche Wetterdienst" -> "Deutscher Wetterdienst"
        else:
            break
    return " ".join(tokens)


#: Small words after a head noun that join what follows to it ("Landesamt für Umwelt", "Amt der Landesregierung").
_JOINERS = frozenset(("für", "der", "des", "von", "vom", "und", "zur", "zum", "in", "im", "am", "an", "auf", "bei"))


def _head(token: str) -> tuple[str, str | None]:
    """A head noun in its nominative and the ending of adjectives before it, from the nominative or genitive
    ("Gerichtshof", "Amtes", "Innenministeriums"); (the token, None) for any other word."""
    low = token.lower()
    ending = next((e for ends, e in _HEAD_ENDINGS if low.endswith(ends)), None)
    if ending is not None:
        return token, ending
    for cut in (1, 2):  # a genitive: "des Innenministeriums", "des Amtes", "des Obersten Gerichtshofs"
        stem = low[:-cut]
        if low.endswith("es"[2 - cut :]) and any(stem.endswith(e) for e in _GENITIVE_S):
            return token[:-cut], next((e for ends, e in _HEAD_ENDINGS if stem.endswith(ends)), None)
    return token, None
