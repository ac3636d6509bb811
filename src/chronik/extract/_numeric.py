"""Numeric dates written with slashes whose order the text must tell: "03/04/2020" is 3 April where the text
writes "25/03/2020" elsewhere (day first) or its own day is 3 April, and 4 March where it writes "03/25/2020" or
gives nothing else. The rules read such a date month first (:mod:`.lang.en._rules`); this reads it again.
ISO 8601 dates, with a machine's time after them, are one rule for every language (:data:`ISO_DATE`)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .. import outlets
from ._lexicon import Lexicon
from ._readers import YEAR, compile_rule, read_date, timex_of
from ._scan import Rule, Spec, Timex
from ._types import Mention

#: A date of three numbers with slashes: day or month, day or month, year.
_SLASHED = re.compile(r"(?<![\w./])(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)(?![\w/])")


def day_first(text: str, mentions: list[Mention], dct: date | None) -> list[Mention]:
    """``mentions`` with each slashed date that could be either way read day first where the text writes such
    dates day first (a first number over 12 and none second), or, where it shows no order, where the day-first
    reading is the text's own day."""
    if "/" not in text:
        return mentions
    firsts = seconds = False
    for found in _SLASHED.finditer(text):
        firsts |= int(found.group(1)) > 12
        seconds |= int(found.group(2)) > 12
    out = mentions
    for index, mention in enumerate(mentions):
        m = _SLASHED.search(mention.surface)  # "17:16, 03/11/2013": after its time too
        if m is None or mention.value is None:
            continue
        first, second, year = int(m.group(1)), int(m.group(2)), int(mention.value[:4])  # "12/13/19": 2019
        if not (1 <= first <= 12 and 1 <= second <= 12) or first == second:
            continue
        read = f"{year:04d}-{first:02d}-{second:02d}"  # month first, as the rules read it
        if not mention.value.startswith(read):
            continue
        other = f"{year:04d}-{second:02d}-{first:02d}"
        own = dct is not None and dct.isoformat() == other
        if (firsts and not seconds) or (not seconds and own):
            out = out if out is not mentions else list(mentions)
            out[index] = replace(mention, value=other + mention.value[len(read) :])
    return out


#: A news service's item code before its stamp: "AXC0241 2017-10-05/20:00", "APA398 2016-10-10/15:55".
_ITEM_CODE = re.compile(r"(?<![\w])(?P<code>[A-Z]{3})\d{3,4}[ \t]+\Z")


def _read_iso(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """An ISO date; after a news service's item code it is the item's stamp, a page line of the service the code
    names where it is a known one ("APA398" is the APA's)."""
    if m.group("sep") != "-" and (
        _IN_PATH.match(m.string, m.end()) or m.string[max(0, m.start() - 1) : m.start()] == "/"
    ):
        return None  # a path's parts ("/2013/11/03/story"), a version ("2013.11.03.1")
    timex = read_date(m, lex)
    code = _ITEM_CODE.search(m.string, max(0, m.start() - 10), m.start())
    if timex is None or code is None or not m.group("hh2") or m.string[m.start("hh2") - 1] != "/":
        return timex
    return replace(
        timex,
        dateline=True,
        publisher=outlets.canonical(code.group("code")) if outlets.known(code.group("code")) else None,
    )


_IN_PATH = re.compile(r"[/.]\w")

#: ISO 8601 dates read the same in every language, and the year-first dates with slashes or dots that East Asian
#: and Scandinavian pages write ("2013/11/03 17:16", "2019.4.1"; the separators alike).
ISO_DATE = Rule(
    "iso-date",
    compile_rule(
        rf"(?<![\w.-])(?P<y>{YEAR})(?P<sep>[-/.])(?P<m>0[1-9]|1[0-2]|(?<=[/.])[1-9])(?P=sep)"
        r"(?P<d>0[1-9]|[12]\d|3[01]|(?<=[/.])[1-9])"
        # a machine's time after it: "2018-11-26 22:06:44-05", "2018-11-26T22:06:44Z" (the offset is read past),
        # a news service's item line "AXC0241 2017-10-05/20:00"
        r"(?:(?:T|[ \t]+|/(?=\d\d:))(?P<hh2>[01]\d|2[0-3]):(?P<mi2>[0-5]\d)"
        r"(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d(?::?\d\d)?)?)?"
        r"(?![\w-])"
    ),
    _read_iso,
)


def _read_dpa_item(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A dpa item's number, which opens with the item's day: "dpa:220111-99-671296/2" is dpa's of 11 January 2022."""
    try:
        day = date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return timex_of(m, first=Spec(year=day.year, month=day.month, day=day.day), publisher="dpa", dateline=True)


#: A dpa item's number, the same in every language: "dpa:220111-99-671296/2".
DPA_ITEM = Rule(
    "dpa-item",
    compile_rule(
        r"(?<![\w:])dpa:(?P<y>\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])-\d\d-\d{3,9}(?:/\d{1,4})?(?![\w/])"
    ),
    _read_dpa_item,
)


#: A day over 12 before its month and year, with slashes, as English texts write it among American dates:
#: "25/03/2020", "28/08/14" (:func:`day_first` reads the others of such a text day first; German texts read every
#: slashed date day first, :data:`SLASHED_DAY_FIRST`).
DAY_OVER_TWELVE = Rule(
    "day-first-numeric-date",
    compile_rule(rf"(?<![\w./])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?:(?P<y>{YEAR})|(?P<y2>\d\d))(?![\w/])"),
    read_date,
)


#: Any day before its month and year with slashes, as German-language pages write them ("02/09/2023", "28/08/14";
#: a year of two digits only after two digits each for day and month).
SLASHED_DAY_FIRST = Rule(
    "slashed-day-first-date",
    compile_rule(
        rf"(?<![\w./])(?P<d>0?[1-9]|[12]\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?:(?P<y>{YEAR})|(?<=\d\d/\d\d/)(?P<y2>\d\d))"
        r"(?![\w/])"
    ),
    read_date,
)
