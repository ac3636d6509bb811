"""English periods named by their words: seasons ("last summer"), decades ("the early '60s") and the days of feasts
("on Good Friday", "on Christmas Eve 2019"), read by the shared readers of :mod:`chronik.extract._periods`.

A feast is read only where it names one day: "Easter" and "Christmas" alone are periods of several days that texts
use loosely ("over Easter", "the Christmas period"), so they stay unread, as Ramadan does; a holiday a country
keeps on its own day ("Independence Day", "Labour Day", "Thanksgiving") is not read either.
"""

from __future__ import annotations

import re

from ..._periods import Feast, decade_reader, feast_names, feast_reader, old_year_rule, season_reader
from ..._readers import DAY, YEAR, compile_rule
from ..._scan import Rule
from ..._spans import part_of_year_reader, read_months_of_year, read_quarter_ended, read_quarter_offset

#: Words before a season or a decade that belong to it ("in the late", "since the early '").
_LEAD = re.compile(
    r"(?<![\w])(?:(?:in|In|(?P<since>since|Since)|by|By|until|Until|during|During|through)\s+)?(?:(?P<art>the|The)\s+)?"
    r"(?:(?:early|mid|late|Early|Mid|Late)[-\s]?)?'?\Z"
)


#: The seasons' words and their first months (meteorological seasons: spring is March to May).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: Words before a season that belong to it, with its direction ("in the late", "last", "this past").
_SEASON_LEAD = re.compile(
    r"(?<![\w])(?:(?:in|In|(?P<since>since|Since)|by|By|until|Until|during|During|through)\s+)?(?:(?P<art>the|The)\s+)?"
    r"(?:(?P<dir>(?:[Tt]his\s+)?[Pp]ast|[Tt]his|[Ll]ast|[Nn]ext|[Cc]oming)\s+)?(?:(?:early|mid|late|Early|Mid|Late)[-\s]?)?\Z"
)
#: The tens' words of a decade ("the eighties").
_TENS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

#: The feasts that name one day, and that day (see :data:`chronik.extract._periods.Feast`).
FEASTS: dict[str, Feast] = {
    "christmas day": ("day", 12, 25),
    "christmas eve": ("day", 12, 24),
    "boxing day": ("day", 12, 26),
    "new year's day": ("day", 1, 1),
    "new year's eve": ("day", 12, 31),
    "halloween": ("day", 10, 31),
    "valentine's day": ("day", 2, 14),
    "st. patrick's day": ("day", 3, 17),
    "st patrick's day": ("day", 3, 17),
    "saint patrick's day": ("day", 3, 17),
    "maundy thursday": ("easter", -3, 0),
    "holy thursday": ("easter", -3, 0),
    "good friday": ("easter", -2, 0),
    "holy saturday": ("easter", -1, 0),
    "easter saturday": ("easter", -1, 0),
    "easter sunday": ("easter", 0, 0),
    "easter monday": ("easter", 1, 0),
    "ascension day": ("easter", 39, 0),
    "pentecost sunday": ("easter", 49, 0),
    "whit sunday": ("easter", 49, 0),
    "whitsunday": ("easter", 49, 0),
    "whit monday": ("easter", 50, 0),
    "shrove tuesday": ("easter", -47, 0),
    "ash wednesday": ("easter", -46, 0),
}
_FEAST_LEAD = re.compile(
    r"(?<![\w])(?:(?:on|On|by|By|until|Until|since|Since|before|Before|after|After|from|From)\s+)?\Z"
)


def period_rules() -> tuple[Rule, ...]:
    """The rules of seasons, decades, feasts and years before 1500."""
    names = feast_names(FEASTS)
    return (
        old_year_rule(r"in|from|since|until|till|by|before|after"),  # "born in 1452,"
        Rule(
            "season",
            compile_rule(
                r"(?<![\w])(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
                rf"(?:\s+(?:of\s+)?(?P<y>{YEAR})(?:[-/](?P<y2>\d\d(?:\d\d)?))?(?![/\d])|(?![\w]))"
            ),
            season_reader(_SEASON_LEAD, _SEASONS),
        ),
        Rule(
            "decade",
            compile_rule(
                r"(?<![\w])(?:(?:(?P<c>1[5-9]|20)|(?<='))(?P<d>\d)0'?s|"
                r"(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])"
            ),
            decade_reader(_LEAD, _TENS, re.compile(r"(?<![\w])[Tt]he\s")),
        ),
        Rule(  # "on Good Friday", "Christmas Eve 2019", "New Year’s Eve"; each word with its capital
            "feast",
            compile_rule(
                rf"(?<![\w-])(?=[A-Z])(?P<f>(?i:{names}))(?:\s+(?:to|until|through)\s+(?=[A-Z])(?P<f2>(?i:{names})))?"
                rf"(?:,?\s+(?P<y>{YEAR}))?(?![\w-])"
            ),
            feast_reader(_FEAST_LEAD, FEASTS),
        ),
    )


#: Ordinals of halves and quarters of a year.
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def part_rules(mon_day: str) -> tuple[Rule, ...]:
    """The rules of halves, quarters and the first or last months of a year ("the third quarter of 2013", "last
    quarter", "the quarter ended June 30", "the first four months of this year"); ``mon_day`` is the month names'
    pattern before a day."""
    return (
        Rule(
            "part-of-year",
            compile_rule(
                r"(?<![\w])(?:(?:the|The)\s+)?(?:(?P<half>first|second)\s+half|(?P<quarter>first|second|third|fourth"
                # with its year, by a direction ("of next year") or of "the year", placed by the tense (a game's
                # "second half" alone is none)
                rf"|last|final)\s+quarter)\s+of\s+(?:(?P<y>{YEAR})|(?P<ydir>this|next|last)\s+year|the\s+year)(?![\w])"
                rf"|(?<![\w])(?:H(?P<half2>[12])|Q(?P<quarter2>[1-4]))\s+(?:of\s+)?(?P<y2>{YEAR})(?![\w])"  # Q2 of 2015
                # alone, placed by the tense: "results for the third quarter", "reported third-quarter earnings"
                r"|(?<![\w-])(?:the|The)\s+(?P<quarter3>first|second|third|fourth)\s+quarter(?![\w-])(?!\s+of\b)"
                # and the day it ended, its own: "the second quarter ended June 30"
                rf"(?:\s+(?:ended|ending)\s+(?:{mon_day})\s+{DAY}(?![\w])(?:,?\s+(?P<y3>{YEAR}))?)?"
                r"|(?<![\w-])(?P<quarter4>first|second|third|fourth)(?:-\s?|\s+)quarter(?=\s+(?:earnings|results|profits?|revenues?"
                r"|sales|loss(?:es)?|income|growth|GDP|output|figures|EPS|deliveries|shipments|dividend)\b)"
            ),
            part_of_year_reader(_ORDINALS),
        ),
        Rule(  # "the quarter ended June 30", "the three months ending March 31, 2020": the quarter that ends then
            "quarter-ended",
            compile_rule(
                r"(?<![\w-])(?:the|The)\s+(?:three\s+months|quarter)\s+(?:ended|ending)\s+"
                rf"(?P<qm>{mon_day})\s+{DAY}(?![\w])(?:,?\s+(?P<y>{YEAR}))?"
            ),
            read_quarter_ended,
        ),
        Rule(  # "The first four months of this year", "the last two months of 2019"
            "months-of-year",
            compile_rule(
                r"(?<![\w-])(?:the|The)\s+(?:first|(?P<last>last|final))\s+(?P<n>\w+)\s+months\s+of\s+"
                rf"(?:(?P<y>{YEAR})|(?P<ydir>this|next|last)\s+year|the\s+year)(?![\w])"
            ),
            read_months_of_year,
        ),
        Rule(  # "profitable almost every day last quarter", "next quarter"; not a game's "the last quarter"
            "quarter-offset",
            compile_rule(
                r"(?:(?<![\w-])(?:the|The)\s+(?P<qdir>previous|past|coming)"
                r"|(?<![\w-])(?<![Tt]he\s)(?P<qdir2>[Ll]ast|[Tt]his|[Nn]ext|previous|past|coming))\s+quarter(?![\w-])(?!\s+of\b)"
            ),
            read_quarter_offset,
        ),
    )
