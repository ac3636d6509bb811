"""English: the institution a person is introduced as speaking for ("a spokesman for the Commission", "MEA
spokesperson Arindam Bagchi")."""

from __future__ import annotations

import re

from ..._language import words
from .. import pool
from ._attrib import unowned

_ORG = r"(?P<org>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|from))*)"
#: A body named by its common noun in lower case ("the police", "the ministry"), or by its name.
_NOUN_OR_ORG = r"(?P<org>(?:[a-z]+|[A-Z][\w'’.&-]*)(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|from))*)"
_SPOKES_ROLE = (
    r"(?:spokes(?:man|woman|person)|press\s+(?:secretary|officer)|public\s+relations\s+officer|media\s+officer)"
)
#: "the press secretary of the Belarusian Foreign Ministry Anatoly Glaz", "MEA spokesperson Arindam Bagchi".
_INTRO_BEFORE = (
    re.compile(rf"(?i:{_SPOKES_ROLE})\s+(?:of|for|at|with)\s+(?:the\s+)?{_ORG}\s*,?\s*$"),
    re.compile(rf"(?<![\w'’.&-]){_NOUN_OR_ORG}(?:'s|’s)?\s+(?i:{_SPOKES_ROLE})\s*,?\s*$"),
)
#: "Michael Mann, a spokesman for the Commission", "Jane Doe, spokeswoman of the ministry".
_INTRO_AFTER = re.compile(
    rf"\s*,\s*(?:an?\s+|the\s+)?(?:[a-z]+\s+){{0,2}}{_SPOKES_ROLE}\s+(?:of|for|at|with)\s+(?:the\s+)?"
    r"(?:(?P<kind>company|firm|carrier|airline|retailer|group|bank)\b|" + _NOUN_OR_ORG + ")"
)


def spokesperson_for(before: str, after: str) -> str | None:
    """The institution a person is introduced as speaking for, from the text around their full name ("a
    spokesperson for the company": the company, as the text names it elsewhere)."""
    m = _INTRO_BEFORE[0].search(before) or _INTRO_BEFORE[1].search(before) or _INTRO_AFTER.match(after)
    if m is None:
        return None
    if m.groupdict().get("kind"):
        return m.group("kind")
    org = m.group("org")
    first, _, rest = org.partition(" ")
    if rest and first.lower() in pool().articles:
        org = rest  # "The Lagos State Police Public Relations Officer": the Lagos State Police
    if org.lower() in pool().articles or (org.islower() and org.lower() in _NO_BODY):
        return None  # "a spokesperson", "a senior spokesman": no body ("the police spokesperson": the police)
    if org.islower() and org.title() not in pool().organisation_words:
        return org  # "airport spokesman Ryan McAdams": the airport, by the name the text gives it
    return org.title() if org.islower() else unowned(re.sub(r"['’]s$", "", org))  # "de Blasio's spokeswoman"


#: Small words before a spokesperson's role that name no body: "a senior spokesman", "its chief spokeswoman".
_NO_BODY = words("chief senior deputy acting former new official principal main its his her their our your")
