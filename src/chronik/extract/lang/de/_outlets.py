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
