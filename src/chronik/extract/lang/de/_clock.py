"""German times of the day: clock times ("um 15.30 Uhr", "gegen vier Uhr", "um 12 Uhr 05"), their spans ("zwischen 14
und 16 Uhr"), parts of the day ("am Nachmittag"), the nights between two days ("in der Nacht zum Montag",
"in der vergangenen Nacht") and a ticker's or programme's line that opens with its time ("+++ 22:53 …", "15.25 Abflug").

Kept beside :mod:`._rules` so that the calendar's rules and the clock's each read on their own; :func:`time_suffix`
is the time a date or weekday may carry ("am 3. Mai um 14 Uhr").
"""

from __future__ import annotations

import re

from ..._lexicon import Lexicon
from ..._readers import clock_reader, compile_rule, read_part_of_day, read_weekday_range, timex_of, weekday_spec
from ..._scan import ONE_BREAK, Rule, Spec, Timex
from ..._spans import read_clock_range

#: Minutes said after "Uhr" ("um 12 Uhr 05", "um 9 Uhr 30 ab"), not a count ("um 12 Uhr 30 Menschen": nouns are capital)
_SPOKEN_MINUTES = r"(?:[ \t]+(?P<mu>[0-5]\d)(?=[ \t]*(?:[,.;:)!?]|$)|[ \t]+[a-zäöüß]))?"


#: "h" for "Uhr" after a time with its minutes ("gegen 23:00 h", "18.30 h"), as Swiss and Austrian pages write it.
_HOURS = r"(?<=[.:]\d\d)[ \t]?h(?![\w])"


def time_suffix() -> str:
    """The time after a date or a weekday: ", 14 Uhr", "um 9.30 Uhr", "um 15:42", "18 Uhr MEZ"."""
    return (
        rf"(?:,?{ONE_BREAK}(?:(?P<um>um\s+)|ab\s+|gegen\s+)?(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?"
        rf"(?:\s*Uhr{_SPOKEN_MINUTES}|{_HOURS}|(?(um)(?<=:\d\d)(?![\d:])|(?!)))"
        r"(?:\s*\(?(?P<tz>MEZ|MESZ|UTC|GMT|CET|CEST|OEZ|OESZ)\b\)?)?)"
    )


def night_rules(lex: Lexicon, dir_words: str) -> tuple[Rule, ...]:
    """The nights: the last one, the one before a weekday, the one from one weekday to the next (``dir_words``: the
    direction words, "vergangenen", "kommenden", ...)."""
    wd = lex.weekday_pattern
    return (
        Rule(  # "in der vergangenen Nacht", "letzte Nacht": the night before the day it is said on
            "last-night",
            compile_rule(
                r"(?<![\w])(?:(?:in|In)\s+der\s+)?(?:[Vv]ergangenen?|[Ll]etzten?)\s+Nacht(?![\w])"
                r"(?!\s+(?:des|der|vor|im|in|am|von|vom|zum|bis)\b)"  # not "in der letzten Nacht des Jahres"
            ),
            _read_last_night,
        ),
        Rule(
            "night-to",
            compile_rule(
                rf"(?:(?:in|In)\s+der\s+)?Nacht\s+(?:auf|zum|zu)\s+(?:(?P<dir2>{dir_words})\s+)?(?P<wd2>{wd})(?![\w])"
            ),
            _read_night_to,
        ),
        Rule(
            "night",  # "in der Nacht von Sonntag auf Montag"
            compile_rule(
                rf"(?:(?:in|In)\s+der\s+)?Nacht\s+(?:von|vom)\s+(?:(?P<dir1>{dir_words})\s+)?(?P<wd1>{wd})"
                rf"\s+(?:auf|zum|zu)\s+(?:(?P<dir2>{dir_words})\s+)?(?P<wd2>{wd})(?![\w])"
            ),
            read_weekday_range,
        ),
    )


def clock_rules() -> tuple[Rule, ...]:
    """Clock times, their spans and the parts of a day."""
    return (
        Rule(
            "clock",
            compile_rule(
                r"(?<![\w.,:])(?:(?:um|Um|gegen|Gegen|ab|Ab|(?:[Kk]urz|[Kk]napp)\s+(?:vor|nach))\s+)?"
                r"(?:(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?|(?P<hhw>eins?|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
                rf"|zehn|elf|zwölf))(?:\s*Uhr{_SPOKEN_MINUTES}|{_HOURS})(?![\w])"  # "seit vier Uhr", "gegen 23:00 h"
                # a programme's or ticker's line: "15.25 Abflug", "20:40" alone above its entry
                r"|(?m:(?:^[ \t]*|(?<=^\+\+\+[ ]))(?P<hh2>[01]?\d|2[0-3])[.:](?P<mi2>[0-5]\d)"  # "+++ 22:53 …"
                # "22:36 20.02.2017", "6:53 | 17.02.2020"
                r"(?=[ \t]+[A-ZÄÖÜ]|(?<=:\d\d)(?:[ \t]*$|[ \t]+(?:\|[ \t]+)?\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d))))"
            ),
            clock_reader(),
        ),
        Rule(
            "clock-range",
            compile_rule(
                r"(?<![\w])(?:zwischen|Zwischen|von|Von)\s+(?P<hh1>[01]?\d|2[0-3])(?:[.:](?P<mi1>[0-5]\d))?(?:\s+Uhr)?"
                # "von 19:33 bis 19:54": the second time's minutes after a colon say it is one without "Uhr"
                r"(?:\s+(?:und|bis)\s+|\s*[-–]\s*)(?P<hh2>[01]?\d|2[0-3])(?:[.:](?P<mi2>[0-5]\d))?(?:\s+Uhr(?![\w])|(?<=:\d\d)(?![\d:]))"
                # without "von": "für etwa 2 bis 10 Uhr", "14 bis 16 Uhr"
                r"|(?<![\w.,:])(?P<hh3>[01]?\d|2[0-3])(?:[.:](?P<mi3>[0-5]\d))?(?:\s+Uhr)?"
                # or a dash between times with their minutes: "18:30 - 19:00 Uhr"
                r"(?:\s+bis\s+|(?<=:\d\d)\s*[-–]\s*(?=\d{1,2}:\d\d))(?P<hh4>[01]?\d|2[0-3])(?:[.:](?P<mi4>[0-5]\d))?\s*Uhr(?![\w])"
            ),
            read_clock_range,
        ),
        Rule(
            "part-of-day",
            compile_rule(
                r"(?<![\w])(?:am|Am)\s+(?:(?:frühen|späten)\s+)?(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)"
                r"(?!\s+(?:des|vor|nach|zuvor)\b)"
            ),
            read_part_of_day,
        ),
    )


def _read_last_night(m: re.Match[str], lex: Lexicon) -> Timex | None:
    return timex_of(m, "range", first=Spec(day_offset=-1), last=Spec(day_offset=0))


def _read_night_to(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "in der Nacht auf Mittwoch", "in der Nacht zum Montag": the day named, which the night runs into and by which
    a report dates what happened in it (a police report's "in der Nacht zum Montag" is Monday's); a night named
    by both its days ("von Sonntag auf Montag") is the span of the two."""
    return timex_of(m, "point", first=weekday_spec(m, lex, "2"))
