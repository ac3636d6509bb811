"""A day's possessive right after a date: "yesterday's attack" names a happening, so the day dates no statement;
"yesterday's comments from …" and "yesterday's SUNDAY BUSINESS POST article" name a statement; "today's Washington
Post" names an outlet's issue of that day, the outlet's report."""

from __future__ import annotations

import re
from typing import Literal

from .. import outlets
from ._types import Attribution
from .lang import get

#: A possessive ending right after a date.
_POSSESSIVE = re.compile(r"['’]s\s+(?P<head>[\w-]+(?:\s+[\w-]+)?)")
#: A name and its statement noun after a day's possessive: "'s SUNDAY BUSINESS POST article".
_OWNED_STATEMENT = re.compile(r"['’]s\s+(?:[A-ZÄÖÜ][\w.&-]*\s+){1,4}(?P<noun>[a-zäöüß]+)\b")
#: An outlet's issue of a day: "today's Washington Post" (the longest run of capitalised words that names one).
_OWNED_OUTLET = re.compile(r"['’]s\s+(?:[Tt]he\s+)?(?P<name>[A-ZÄÖÜ][\w.&-]*(?:\s+[A-ZÄÖÜ][\w.&-]*){0,3})")


def day_possessive(text: str, end: int, language: str) -> Attribution | Literal[False] | None:
    """What a possessive right after the date ending at ``end`` makes of it: the outlet's report for its issue
    of the day, False for a happening's day, None where there is no possessive or it names a statement (the
    clause then says whose)."""
    possessive = _POSSESSIVE.match(text, end)
    if possessive is None:
        return None
    issue = _owned_outlet(text, end)
    if issue is not None:  # "in today's Washington Post": the paper's issue of that day
        return Attribution(True, issue, past=True, beside=True)
    head = possessive.group("head").lower().split()
    owned = _OWNED_STATEMENT.match(text, end)
    nouns = get(language).statement_nouns
    if {" ".join(head), *head} & nouns or (owned and owned.group("noun").lower() in nouns):
        return None
    return False


def _owned_outlet(text: str, end: int) -> str | None:
    """The known outlet whose issue a day's possessive names ("today's Washington Post"), by its canonical name."""
    run = _OWNED_OUTLET.match(text, end)
    names = run.group("name").split() if run is not None else []
    found = next((o for n in range(len(names), 0, -1) if (o := outlets.known(" ".join(names[:n]))) is not None), None)
    return found.name if found is not None else None
