"""A line that signs and dates a release ("Zoo Dresden 05.04.2019", "Naturschutztierpark Görlitz 5.4.2019"): whose
report its date is, where the name before it is no place, weekday, release series or wire's place."""

from __future__ import annotations

import re

from .. import outlets
from ._phrases import clean_name, is_date_word
from ._publishers import as_named, medium_named, statement_named
from ._sentences import Span
from ._types import Attribution
from .lang import get, pool

#: A line of a name and a date alone: the name's words, capitalised, before the date.
_SIGNED = re.compile(r"[ \t]*(?P<name>[A-ZÄÖÜ][\w.&'’-]*(?:[ \t]+[A-ZÄÖÜ][\w.&'’-]*){0,5})(?P<comma>[ \t]*,)?[ \t]+")


#: An embedded post's signature before its date, ending its line: a dash, the poster's name and handle ("— Cricket
#: South Africa (@OfficialCSA) March 21, 2018", "#EstuK pic.twitter.com/Wq0 — Berliner Feuerwehr (@Berliner_Fw) …").
_EMBEDDED_POST = re.compile(r"(?<!\S)[—–-]+[ \t]*(?P<name>[^()\n@—–]{2,60}?)[ \t]*\(@\w{1,30}\)[ \t]*\Z")

#: How far back a source or signature line may begin before its date.
LINE_REACH = 120


def line_start(text: str, position: int) -> int | None:
    """Where the line of ``position`` begins, if within :data:`LINE_REACH` characters (a source or signature
    line is short; looking further would make a long line's many dates cost its length each)."""
    reach = max(0, position - LINE_REACH)
    start = text.rfind("\n", reach, position)
    if start >= 0:
        return start + 1
    return 0 if reach == 0 else None


def caps_place(name: str) -> bool:
    """Is a name a place in capitals that no data file knows, as datelines write it ("TOKYO", "TIRUCHI"): every word
    of at least five letters (not "NDR SACHSEN", not "BBC")?"""
    return name.isupper() and all(len(w) >= 5 for w in name.split()) and outlets.known(name) is None


def signature(text: str, expr: Span, start: int | None, language: str) -> Attribution | None:
    """A date on a line of its own after a name ("Zoo Dresden 05.04.2019", "Naturschutztierpark Görlitz
    5.4.2019"): the line that signs and dates a release, so a report by that name ("Berlin, 5. April 2019", a
    place and a date, dates a report whose issuer the line does not name). ``start``: where the line begins
    (:func:`line_start`)."""
    if (
        start is None
        or text[expr.end : expr.end + 8].split("\n", 1)[0].strip(" \t.:")
        or ("\n" not in text[expr.end : expr.end + 8] and expr.end + 8 < len(text))
    ):
        return None
    embed = _EMBEDDED_POST.search(text, start, expr.start)  # after the post's words and links on its line
    if embed is not None:  # "— Cricket South Africa (@OfficialCSA) March 21, 2018": a post's signature
        return Attribution(True, as_named(clean_name(embed.group("name"), language), language), True, True)
    line = _SIGNED.fullmatch(text, start, expr.start)
    first = line.group("name").split()[0].lower() if line is not None else ""
    openers = {word.lower() for word in pool().date_openers}  # as written ("By"); the line's first word lower case
    if line is None or first in pool().stop_words | openers or first in get(language).date_leads:
        return None  # "EARLIER 4.30pm:", an update's label, "By Jane Muster …", a byline: no name signs the line
    name = as_named(clean_name(line.group("name"), language), language)
    clipped = get(language).abbreviations.weekdays
    if name and all(is_date_word(w, language) or w.lower().rstrip(".,") in clipped for w in name.split()):
        name = None  # "Sa 19.11.22 | 18:11 Uhr": the day's weekday, no signer
    if line.group("comma") and name:  # "Berlin, 5. April 2019" names a place; "Sky News, Sunday 17 May 2015" an outlet
        name = medium_named(name, language)
    if name and statement_named(re.sub(r"[ \t]+\d+$", "", name), language):  # "Pressemitteilung 19"
        name = None  # "Pressemitteilung 06. Dezember 2016", "Medien-Information": what the line dates, not whose
    if name and caps_place(name):
        name = None  # "TOKYO Wed Apr 9, 2014": a wire's place in capitals, no signer
    if name and name.lower() in pool().section_labels:
        name = None  # "NEWS 28.04.2019 16:49": a site's section, no signer
    return Attribution(True, name, past=True, dated_source=True)
