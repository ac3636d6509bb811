"""English times of the day: clock times ("at 2:30 p.m.", "14:05" heading a live blog's entry, "by 0900 hours"),
their spans ("between 10 a.m. and 11 a.m."), the noon and the parts of the day ("in the morning").

Kept beside :mod:`._rules` so that the calendar's rules and the clock's each read on their own, as in German.
"""

from __future__ import annotations

from ..._lexicon import Lexicon
from ..._readers import clock_reader, compile_rule, read_part_of_day
from ..._scan import Rule
from ..._spans import read_clock_range

#: "at 4 in the morning": the part of the day says a.m. or p.m.
_PARTS_OF_DAY = {"morning": "am", "afternoon": "pm", "evening": "pm"}

#: A time on the 24-hour clock, as British and international English write it: two digits of the hour ("14:00",
#: "07:14hrs", "0900 hours"; "at 2:30" is no such time, but a 12-hour clock's without its "pm").
CLOCK_24 = (
    r"(?P<hh2>[01]\d|2[0-3])(?=:[0-5]\d|[0-5]\d[ \t]?(?:[Hh]rs|HRS|hours)\b|[0-5]\d[ \t]+(?:GMT|UTC)\b)"
    r":?(?P<mi2>[0-5]\d)(?::[0-5]\d(?![\d:]))?(?:[ \t]?(?:[Hh]rs|HRS|hours)\b)?"  # "18:22:00": its seconds
    r"(?![\d:])"
)


def clock_rules(lex: Lexicon, ampm: str) -> tuple[Rule, ...]:
    """The rules of the clock, built from the month and weekday names of ``lex`` and the pattern of "a.m."."""
    mon, wd = lex.month_pattern, lex.weekday_pattern
    return (
        Rule(
            "clock-range",
            compile_rule(
                # "between 10 a.m. and 11 a.m.", "from 9 to 5 p.m.", and with a dash alone "at 7-9 p.m."
                r"(?<![\w:.-])(?:(?:between|Between|from|From)\s+(?:(?:about|around|roughly|approximately)\s+)?"
                r"|(?:at\s+)?(?=[\d:]{1,5}\s*(?:[ap]\.?m\.?\s*)?[-–]\s*\d)"
                # both ends with their "am" or "pm" need no opener: "The sessions are: 2pm to 4pm; 4:40pm to 6:40pm"
                r"|(?=[\d:]{1,5}\s*(?:[ap]\.?m\.?|[AP]M)\s+(?:to|until)\s+[\d:]{1,5}\s*(?:[ap]\.?m\.?|[AP]M)))"
                r"(?P<hh1>1[0-2]|0?[1-9])(?::(?P<mi1>[0-5]\d))?\s*"
                r"(?P<ap1>a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)?\s*(?:(?<=\s)(?:and|to|until)\s+|[-–]\s*)"
                r"(?P<hh2>1[0-2]|0?[1-9])(?:[:.](?P<mi2>[0-5]\d))?\s*(?P<ap2>a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b)"
                r"(?:[ \t]+(?P<tz>[A-Z]{2,4})\b)?"
                rf"(?:,?\s+(?:on\s+)?(?P<wd>{wd})(?![\w]))?"
            ),
            read_clock_range,
        ),
        Rule(
            "clock",
            compile_rule(
                rf"(?<![\w.,:])(?:(?:at|At|by|until|from|around|(?P<near>[Ss]hortly|[Jj]ust)\s+(?:before|after))\s+)?"
                rf"(?P<hh>1[0-2]|0?[1-9]|1[3-9](?=:)|2[0-3](?=:))(?:[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?)?\s*{ampm}"
                r"(?:[ \t]+(?P<tz>[A-Z]{2,4})\b)?"
                # "shortly after 5pm Friday": the time and its day are one expression (:func:`weekday`), not the time
                # with its words before
                rf"(?(near)(?![ \t]+(?:on[ \t]+)?(?:{wd})(?![\w,])))"
                r"|(?<![\w.,:])(?:at\s+)?(?P<hh3>1[0-2]|0?[1-9])(?::(?P<mi3>[0-5]\d))?\s+(?:o'clock\s+)?"
                r"in\s+the\s+(?P<pod3>morning|afternoon|evening)"
                # a live blog's "14:05" above its entry; a page's "PUBLISHED: 19:42 20 February 2018" before its day
                # or a page's "14:24, December 01, 2011", "11:00 November 03, 2019" on its first line
                r"|(?m:(?:^[ \t]*|(?<=:[ \t]))(?P<hh2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)"
                # ("11:50 - 19 June 2006": a quoted item's stamp, its dash between)
                r"(?:[ \t]*$|(?=(?:,|[ \t]+[-–])?[ \t]+\d{1,2}(?:st|nd|rd|th)?[ \t]+"
                rf"(?:{mon}|{lex.month_year_pattern})(?![\w]))"
                rf"|(?<=\A\d\d:\d\d)(?=,?[ \t]+(?:{mon})[ \t]+\d{{1,2}},?[ \t]+\d{{4}}[ \t]*$)"
                # or before a numeric date: "17:16, 2013/11/03", "09:48 | 27/02/2013"
                r"|(?=,?[ \t]+(?:\|[ \t]+)?"
                r"(?:\d{4}(?P<ys>[-/.])\d\d?(?P=ys)\d\d?|\d\d?(?P<ds>[/.])\d\d?(?P=ds)\d{4})[ \t]*$)))"
                r"|(?<![\w])(?:(?:at|At|by|until|around|before|after)\s+)?(?P<noon>noon|midday|midnight)(?![\w])"
                # an hour before the day with its part: "at 2 this afternoon", "2.00 tomorrow afternoon"
                r"|(?<![\w.,:])(?:(?:at|At|by|until|from|around)\s+(?P<hh6>1[0-2]|0?[1-9])(?:[.:](?P<mi6>[0-5]\d))?"
                r"|(?P<hh7>1[0-2]|0?[1-9])[.:](?P<mi7>[0-5]\d))"
                r"(?=\s+(?:this|tomorrow|yesterday)\s+(?P<pod6>morning|afternoon|evening)\b)"
                # a 24-hour time right after a date's year: "Wednesday, 16 July 2025 13:53"
                # with its seconds and offset as a feed stamps it: "Tue, 30 Aug 2016 20:44:01 +0000"
                # or with a dot before its zone, as the Guardian stamps: "Tue 21 Dec 2010 04.51 EST"
                r"|(?<=\d{4})(?:,[ \t]*|[ \t]+[-–][ \t]+|[ \t]+)(?P<hh4>[01]\d|2[0-3])"
                r"(?::|\.(?=[0-5]\d[ \t]+[A-Z]{2,4}\b))(?P<mi4>[0-5]\d)"
                r"(?::[0-5]\d(?:[ \t]+[+-][01]\d[0-5]\d)?)?(?![\d:])"
                r"(?![ \t]*[AaPp]\.?[Mm])"  # "Tuesday, 02 April 2013 - 18:54" too
                # a 24-hour time after its preposition, with its "hrs" or its zone: "at 14:00", "by 0900 hours",
                # "at 1005 GMT"
                r"|(?<![\w.,:])(?:(?:at|At|by|until|from|around|before|after)\s+"
                r"|(?=\d\d:?\d\d(?:[ \t]?(?:[Hh]rs|HRS|hours)|[ \t]+(?:GMT|UTC))\b))"
                rf"{CLOCK_24.replace('hh2', 'hh5').replace('mi2', 'mi5')}(?![ \t]*[AaPp]\.?[Mm])"
                r"(?:[ \t]+(?P<tz5>GMT|UTC)\b)?"
            ),
            clock_reader(_PARTS_OF_DAY),
        ),
        Rule(
            "part-of-day",
            compile_rule(r"(?<![\w])(?:[Ii]n|[Ll]ater\s+in)\s+the\s+(?:morning|afternoon|evening)(?![\w])"),
            read_part_of_day,
        ),
    )
