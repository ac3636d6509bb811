"""German: where a news page names itself ("auf Anfrage von Radio Liechtenstein", "unserem Portal …", "Dieses
Thema im Programm: …")."""

from __future__ import annotations

import re

#: A name: up to four capitalised words ("Radio Liechtenstein", "MDR SACHSEN"), the first maybe in small letters
#: where the words around make it a name ("wickede.ruhr HEIMAT ONLINE").
_TAIL = r"[\w.&'’-]*(?:[ \t]+[A-ZÄÖÜ0-9][\w.&'’-]*){0,3}"
_CAPITALISED = rf"[A-ZÄÖÜ]{_TAIL}"
_NAME = rf"[A-ZÄÖÜa-zäöü]{_TAIL}"
#: Where a news page names itself (:mod:`..._ownoutlet`): as the one that asked ("auf Anfrage von Radio
#: Liechtenstein"), as "our" outlet ("unserem lokalen Nachrichten-Portal „wickede.ruhr HEIMAT ONLINE“"), in a
#: public broadcaster's programme line ("Dieses Thema im Programm: MDR SACHSEN - Das Sachsenradio | …") or in the
#: capitals a paper writes its own name in ("gegenüber dem STANDARD"). Not any outlet a statement was given to
#: ("gegenüber der APA", "im Interview mit dem ORF"): German pages quote other outlets' interviews as often as
#: their own.
OWN_OUTLET = re.compile(
    r"\bauf[ \t]+(?:An|Nach)frage[ \t]+(?:von|bei)[ \t]+(?:de[mnrs][ \t]+|die[ \t]+)?[„“\"»«]?"
    rf"(?P<name>{_CAPITALISED})"
    r"|\bunser(?:em|er|es|en)?[ \t]+(?:[a-zäöüß]+e[nmrs]?[ \t]+)?[\w-]*"
    # the name in quotation marks, capitalised, or a site's address ("unserem Nachrichten-Portal „wickede.ruhr“"),
    # not the verb after "unserer Redaktion" ("Im Gespräch mit unserer Redaktion erklärte Dirk Berghoff")
    rf"(?:Portal|Zeitung|Sender|Redaktion|Magazin|Radio|Blatt)[ \t]+(?:[„“\"»«](?P<named>{_NAME})"
    rf"|(?P<named_capitalised>{_CAPITALISED})|(?P<named_site>[a-zäöü][\w-]*\.[a-z]{{2,}}{_TAIL}))"
    # "gegenüber dem STANDARD": a paper writes its own name in capitals
    r"|\bgegenüber[ \t]+de[mnr][ \t]+(?P<named_in_capitals>[A-ZÄÖÜ]{4,}(?:[ \t]+[A-ZÄÖÜ]{2,})?)(?![\w-])"
    rf"|\bThema[ \t]+im[ \t]+Programm:[ \t]*(?P<named_programme>{_CAPITALISED})"
)

#: A page's source named before its day: "Ostbayern in 100 Sekunden vom ", "(aus den Kieler Nachrichten vom ".
LINE_SOURCE = re.compile(
    r"[ \t]*\(?(?:[Aa]us[ \t]+(?:den|der|dem)[ \t]+)?"
    r"(?P<name>[A-ZÄÖÜa-z][\w'’.&-]*(?:[ \t]+(?:in|im|am|für|und|[A-ZÄÖÜ0-9][\w'’.&-]*)){0,5})[ \t]+vom[ \t]+"
)


#: Broadcasters and media without a name, by gender (the ending of an adjective before them in the nominative).
_GENERIC_MEDIA = {
    "Fernsehen": "es",
    "Staatsfernsehen": "es",
    "Radio": "es",
    "Staatsradio": "es",
    "Rundfunk": "er",
    "Staatsrundfunk": "er",
    "Hörfunk": "er",
    "Staatsfunk": "er",
    "Staatssender": "er",
    "Medien": "e",
    "Staatsmedien": "e",
}
_GENERIC = re.compile(
    r"\b(?:im|in\s+den|den|dem|gegenüber\s+dem|gegenüber\s+den)\s+(?P<adjectives>(?:[a-zäöüß]+(?:en|em)\s+|[A-ZÄÖÜ][a-zäöüß]+(?:en|em|er)\s+){0,2})"
    rf"(?P<noun>{'|'.join(sorted(_GENERIC_MEDIA, key=len, reverse=True))})\b(?!\s*[A-ZÄÖÜ„\"“])"
)


def generic_outlet(text: str) -> str | None:
    """A broadcaster without a name where a statement went ("sagte er im ukrainischen Fernsehen" ->
    "ukrainisches Fernsehen", "den staatlichen Medien" -> "staatliche Medien", "im Schweizer Fernsehen" ->
    "Schweizer Fernsehen"); one with a name after it
    ("dem Sender XY-TV") is named by that name elsewhere."""
    m = _GENERIC.search(text)
    if m is None:
        return None
    noun = m.group("noun")
    ending = _GENERIC_MEDIA[noun]
    adjectives = [  # "im Schweizer Fernsehen": a place's adjective in -er never changes
        a if a.endswith("er") else re.sub(r"(?:en|em)$", "", a) + ending for a in m.group("adjectives").split()
    ]
    return " ".join([*adjectives, noun])
