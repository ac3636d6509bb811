"""A page's bylines and labels beside its days: "By admin at 11:32 pm on Friday, June 29, 2012", "October 01,
2003|By Gary Washburn", "Published: …", "and last updated 2019-08-28 00:06:57-04" (:mod:`._pagelines` reads the
page's lines with them)."""

from __future__ import annotations

import re
from functools import cache

from ._ticker import short_line_start, update_label
from ._types import Mention
from .lang import pool

#: The rest of a line after a date: blanks only.
LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def labelled(text: str, start: int) -> bool:
    """Does a page's label ("Published:", "veröffentlicht") stand right before ``start`` on its line (or after the
    line's bar or a comma: "…|Updated: Jun. 30, 2016", "… at 8:53 PM, updated June 27, 2013 at 6:28 AM")?"""
    reach = max(0, start - 60)  # a label stands right before its stamp: a long line is not searched back
    cut = max(text.rfind("\n", reach, start), text.rfind("|", reach, start), text.rfind(",", reach, start), reach - 1)
    line = text[cut + 1 : start]
    words = re.findall(r"\w+", line)
    return len(words) <= 3 and any(w.lower() in pool().page_labels for w in words)


#: How far back a byline's line is looked for before its day.
_BYLINE_REACH = 60


#: A byline before its day on the line's start: "By admin at ", "By Jane Muster, ", "Posted by admin on ".
_BYLINE_BEFORE = re.compile(r"[ \t]*(?:(?i:posted)[ \t]+)?(?i:by)[ \t]+[\w.&'’ -]{1,40}?(?:[ \t]*[,|–—-])?[ \t]*")


#: A byline after a day that opens its line, past a bar: "October 01, 2003|By Gary Washburn, Tribune staff reporter.".
_BYLINE_AFTER = re.compile(r"[ \t]*\|[ \t]*(?i:by)[ \t]+[^\n|]{1,80}(?:\n|\Z)")


@cache
def _update_opening() -> re.Pattern[str]:
    """An update's label opening a line, right before its stamp: "Updated ", "Aktualisiert am "."""
    return re.compile(rf"[ \t]*(?i:{update_label()})[ \t]*:?[ \t]*(?:(?i:am|on|at)[ \t]+)?")


def bylined(text: str, mention: Mention) -> bool:
    """Is ``mention`` a day with a byline before it, alone on its line ("By admin at 11:32 pm on Friday, June 29,
    2012"), or opening its line before a bar and a byline, or after an update's label opening its line ("Updated 4:00
    p.m. …, 13 September 2017 with …") or a page's label alone ("and last updated 2019-08-28 00:06:57-04"), whatever
    its day?"""
    if mention.value is None:
        return False
    start = short_line_start(text, mention.start, _BYLINE_REACH)
    if start is None:
        return False
    if _BYLINE_AFTER.match(text, mention.end) is not None:
        return not text[start : mention.start].strip()
    if _update_opening().fullmatch(text, start, mention.start) is not None:
        return True  # "Updated 4:00 p.m. Eastern Daylight Time, 13 September 2017 with statements from …"
    if LINE_END.match(text, mention.end) is None:
        return False
    if _BYLINE_BEFORE.fullmatch(text, start, mention.start) is not None:
        return True
    # a label alone, no credit before a bar ("IANS| Last Updated: …" is the credited source's)
    return "|" not in text[start : mention.start] and labelled(text, mention.start)
