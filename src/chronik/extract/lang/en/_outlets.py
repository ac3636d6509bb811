"""English: where a text names an outlet without a name ("told state television") and where a news page names
itself ("told KSL", "The Chinchilla News understands")."""

from __future__ import annotations

import re

#: A name: up to four capitalised words ("The Denver Post", "ONE News", "KSL").
_NAME = r"[A-Z][\w.&'’-]*(?:[ \t]+[A-Z0-9][\w.&'’-]*){0,3}"
#: Where a news page names itself (:mod:`..._ownoutlet`): as the one a statement went to ("told KSL", "confirmed
#: to The Denver Post", "in a phone interview with the Star", "inquiries by ONE News"), as the subject of a
#: newsroom's verb ("The Chinchilla News understands", "Civil Beat will provide updates") or in the plea to
#: subscribe ("by subscribing to the Reno Gazette Journal").
OWN_OUTLET = re.compile(
    r"\b(?:told|(?:confirmed|said|spoke|speaking|talking|talked|explained|admitted|revealed|wrote|stated)\s+to"
    r"|(?:interview|conversation|chat)\s+with|(?:inquiries|enquiries|questions|queries|requests?)\s+(?:by|from)"
    rf"|(?:contacted|asked|approached)\s+by)\s+(?:the\s+)?(?P<name>{_NAME})"
    rf"|(?:^|(?<=[.!?\n])[ \t]*)(?:The[ \t]+)?(?P<named>{_NAME})[ \t]+(?:understands|has[ \t]+(?:learned|learnt|"
    r"contacted|reached[ \t]+out)|can[ \t]+(?:reveal|confirm)|will[ \t]+(?:provide|await|continue[ \t]+to[ \t]+update)"
    r"|reached[ \t]+out)\b"
    rf"|\bsubscribing[ \t]+to[ \t]+(?:the[ \t]+)?(?P<named_by_plea>{_NAME})",
    re.MULTILINE,
)


#: A page's source named before its day: "Published in The Independent on ".
LINE_SOURCE = re.compile(
    rf"[ \t]*(?:(?:First|Originally)[ \t]+)?(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared)[ \t]+in[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_NAME})[ \t]+on[ \t]+"
)


#: An outlet without a name where a statement went: "told state television", "on Iranian state TV", "to local
#: media", "by the official news agency".
_GENERIC = re.compile(
    r"\b(?:told|to|on|by|with|via)\s+(?:the\s+)?(?P<name>(?:[A-Z][a-z]+\s+)?(?:(?:state|national|public|local|official"
    r"|government|state-run|state-owned)\s+)+(?:television|TV|radio|media|broadcaster|news\s+agency|newspapers?)"
    r"|(?:[A-Z][a-z]+\s+)(?:television|TV|radio|media))\b(?!\s+[A-Z])"
    # "by government media officers": the outlet's people, a modifier, no outlet
    r"(?!\s+(?:officers?|officials?|staff|workers?|employees?|personnel|regulators?|department|office)\b|\S*['’]s\b)"
)


def generic_outlet(text: str) -> str | None:
    """A broadcaster or medium without a name where a statement went ("in an interview broadcast on Tuesday by
    state television" -> "state television", "told Iranian state TV" -> "Iranian state TV")."""
    m = _GENERIC.search(text)
    return m.group("name") if m else None
