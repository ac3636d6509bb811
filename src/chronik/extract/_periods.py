"""Readers of periods a text names by their words rather than by numbers: seasons ("im Spätsommer 2013",
"last summer"), decades ("in den 80er Jahren", "the early '60s") and the days of feasts ("am Karfreitag",
"in der Silvesternacht", "on Christmas Eve 2019"). Each rule matches its rare core word and takes the words
before it that belong to it (its lead) here, with a pattern of the language's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from ._lexicon import Lexicon
from ._readers import as_int, compile_rule, opt, read_year
from ._scan import Reader, Rule, Spec, Timex
from .lang import pool


def led(m: re.Match[str], lead: re.Pattern[str]) -> int:
    """Where an expression starts once the words right before it that belong to it are taken in ("im"
    before "Spätsommer 2013", "in the early" before "1990s"). Rules match their rare core word first and
    take their lead here: optional words opening a pattern would be tried at every position of a text."""
    return lead_of(m, lead)[0]


def lead_of(m: re.Match[str], lead: re.Pattern[str]) -> tuple[int, re.Match[str] | None]:
    """:func:`led`, with the lead's match (None where no word before belongs to the expression)."""
    head = m.string[max(0, m.start() - 40) : m.start()]
    found = lead.search(head)
    if found and found.start() < len(head):
        return m.start() - (len(head) - found.start()), found
    return m.start(), None


#: A season's months, as meteorological seasons count them: a season is the three months from its first.
SEASON_MONTHS = 3


def season_reader(lead: re.Pattern[str], seasons: Mapping[str, int]) -> Reader:
    """ "im Spätsommer 2013", "in the spring of 2020", "last summer", "im Herbst letzten Jahres": the three
    months of the meteorological season (spring March-May, summer June-August, autumn September-November,
    winter December-February), as newsrooms and annotators read a season of the northern hemisphere, with
    the words kept as the expression. An early or late part of a season is the whole season, never more
    precise than the words. "Winter 2022" alone may be either winter the year touches, so it stays that
    year; "Winter 2022/23" is December 2022 to February 2023. ``seasons``: each season's word (lower case)
    and its first month; ``lead``: the words before it that belong to it (ending at the end of the string),
    with group ``dir`` a direction word ("last summer", "im vergangenen Sommer"). The rule's groups: ``s``
    the season's word (without a part before it: "sommer" of "Spätsommer"), ``y`` its year and ``y2`` a
    winter's second, ``ydir`` a direction before the word for year ("im Herbst letzten Jahres"). A season
    with neither year nor direction after a preposition and the article (group ``art`` of ``lead``: "im Sommer",
    "in the spring") is placed by the tense as a month is; a winter so, or a season without both, is no date."""

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        start, found = lead_of(m, lead)
        first_month = seasons.get(m.group("s").lower())
        said = found.group("dir") if found and "dir" in lead.groupindex else None
        if first_month is None:
            return None
        last_month = (first_month + SEASON_MONTHS - 2) % 12 + 1
        wraps = last_month < first_month
        if not (said or opt(m, "y") or opt(m, "ydir")):
            # "im Sommer", "in the spring": a preposition and the article name one season, the one the tense points
            # to, placed as a month alone is; a winter runs into the next year (which one, the words do not say),
            # "in summer" is any summer ("In summer it rains") and "Der Sommer war …" names no time
            lead_words = found.group(0).split() if found else []
            article = found is not None and "art" in lead.groupindex and found.group("art")
            named = re.match(r"[ \t]+[A-ZÄÖÜ]", m.string[m.end() : m.end() + 3])  # "during the Summer Olympics"
            if wraps or not article or lead_words[0].lower() in pool().articles or named:
                return None
            # "seit dem Frühjahr", "since the spring": what began then goes on, so the season is the latest begun
            since = found is not None and "since" in lead.groupindex and found.group("since") is not None
            first, last = Spec(month=first_month, since=since), Spec(month=last_month)
            return Timex(start, m.end(), m.string[start : m.end()], "range", first=first, last=last)
        year, second = as_int(opt(m, "y")), opt(m, "y2")
        direction = lex.lang.directions.get(said.split()[-1].lower()) if said else None  # "this past": "past"
        year_offset = lex.lang.directions.get((opt(m, "ydir") or "").lower())
        first, last = Spec(month=first_month), Spec(month=last_month)
        if year is not None:
            end_year = year + 1 if wraps else year
            if wraps and (second is None or int(second) % 10 ** len(second) != end_year % 10 ** len(second)):
                return Timex(start, m.end(), m.string[start : m.end()], "point", first=Spec(year=year))
            first, last = Spec(year=year, month=first_month), Spec(year=end_year, month=last_month)
        elif direction == -1:  # the last such season over: "last summer" in July is the year before's
            last = Spec(month=last_month, direction=-1)
        elif direction == 1 or (direction == 0 and not wraps):  # "next winter"; "this summer"
            first = Spec(month=first_month, direction=direction)
        elif year_offset is not None and not wraps:  # "im Herbst letzten Jahres"
            first = Spec(month=first_month, year_offset=year_offset)
            last = Spec(month=last_month, year_offset=year_offset)
        else:  # "this winter": the one now ending or the one to come; "im Winter letzten Jahres": which?
            return Timex(start, m.end(), m.string[start : m.end()], "vague")
        return Timex(start, m.end(), m.string[start : m.end()], "range", first=first, last=last)

    return read


def old_year_rule(words: str) -> Rule:
    """A year before 1500, read only after one of the language's words of time (``words``, an alternation) and
    before a sentence's break: "born in 1452,", "im Jahr 1452,". Bare numbers of four digits below 1500 are
    amounts ("1200 customers") far more often than years."""
    return Rule(
        "old-year",
        compile_rule(rf"(?<![\w])(?:{words})\s+(?P<y>1[0-4]\d\d)(?=[.,;:!?)]|\s*$)"),
        read_year,
    )


def decade_start(digit: int) -> int:
    """The first year of a decade written without its century ("die 80er Jahre", "the '60s", "the
    eighties"): the last century's, but for the first two decades of this one ("die 00er Jahre")."""
    return (2000 if digit < 2 else 1900) + 10 * digit


def decade_reader(lead: re.Pattern[str], tens: Mapping[str, int], article: re.Pattern[str] | None = None) -> Reader:
    """ "in den 80er Jahren", "the early 1990s", "die Achtzigerjahre": the decade's ten years as a span
    ("1980/1989"), which is all the words say; its early or late part is the whole decade, never more
    precise than the words. ``tens``: the number words of the tens, lower case ("achtziger": 8); groups
    ``c`` the decade's century digits ("19" of "1990s"), ``d`` or ``d2`` its tens digit, ``w`` its word, ``cn``
    its century's ordinal ("des 19. Jahrhunderts").
    ``article``: where a decade's word is also an age ("in their forties"), what the words before it must
    hold for a decade ("in the forties"); else it stays unresolved with its words."""

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        start = led(m, lead)
        century, digit, said = opt(m, "c"), opt(m, "d") or opt(m, "d2"), opt(m, "w")
        tens_digit = int(digit) if digit else tens.get((said or "").lower())
        if said and article is not None and not article.search(m.string[start : m.start()]):
            tens_digit = None
        if tens_digit is None:
            return Timex(start, m.end(), m.string[start : m.end()], "vague")
        if opt(m, "cn"):  # "des 19. Jahrhunderts": the century by its ordinal
            century = str(int(m.group("cn")) - 1)
        first = int(century) * 100 + 10 * tens_digit if century else decade_start(tens_digit)
        surface = m.string[start : m.end()]
        return Timex(start, m.end(), surface, "range", first=Spec(year=first), last=Spec(year=first + 9))

    return read


def easter(year: int) -> date:
    """Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * leap) // 433
    month = (h + leap - 7 * m + 90) // 25
    return date(year, month, (h + leap - 7 * m + 33 * month + 19) % 32)


#: What a feast's day is: a fixed day ("day", month, day), the night from that day into the next ("night", month,
#: day) or a day counted from Easter Sunday ("easter", days).
Feast = tuple[str, int, int]


def feast_names(feasts: Mapping[str, Feast]) -> str:
    """The feasts' words as one alternation, longest first, any blanks between words and either apostrophe."""
    return "|".join(
        r"\s+".join(re.escape(w).replace("'", "['’]") for w in name.split())
        for name in sorted(feasts, key=len, reverse=True)
    )


def feast_reader(lead: re.Pattern[str], feasts: Mapping[str, Feast], bare: frozenset[str] = frozenset()) -> Reader:
    """ "am Karfreitag", "in der Silvesternacht 2019", "on Christmas Eve": the feast's day (or night), as the
    words name it, in the year they give or, without one, placed by the tense as a day and month are. ``feasts``:
    each feast's words (lower case, one blank between words, "'" for any apostrophe) and its day; ``lead``: the
    words before it that belong to it (ending at the end of the string); ``bare``: feasts whose word is also a
    name ("Silvester"), a date only after a word of the lead or before a year. The rule's groups: ``f`` the
    feast's words, ``f2`` a second feast that ends a span from the first ("von Karfreitag bis Ostermontag"),
    ``y`` the year."""

    def feast_of(words: str) -> tuple[str, Feast | None]:
        name = " ".join(words.lower().replace("’", "'").split())
        return name, feasts.get(name) or feasts.get(re.sub(r"e?s$", "", name))  # "des Karfreitags"

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        start, found = lead_of(m, lead)
        name, feast = feast_of(m.group("f"))
        year = as_int(opt(m, "y"))
        if feast is None or (name in bare and found is None and year is None):
            return None
        surface = m.string[start : m.end()]
        first, last = _feast_days(feast, year)
        if opt(m, "f2"):  # "von Karfreitag bis Ostermontag": from the first's first day to the second's last
            feast2 = feast_of(m.group("f2"))[1]
            if feast2 is None:
                return None
            day2, night_end = _feast_days(feast2, year)
            last = night_end or day2
        if last is None:
            return Timex(start, m.end(), surface, "point", first=first)
        return Timex(start, m.end(), surface, "range", first=first, last=last)

    return read


def _feast_days(feast: Feast, year: int | None) -> tuple[Spec, Spec | None]:
    """A feast's day (its night's first and last day) in ``year``, or placed by the tense without one."""
    kind, first, second = feast
    if kind == "easter":
        day = easter(year) + timedelta(first) if year is not None else None
        return (Spec(year=year, month=day.month, day=day.day) if day else Spec(easter=first)), None
    spec = Spec(year=year, month=first, day=second)
    if kind != "night":
        return spec, None
    after = date(year or 2001, first, second) + timedelta(1)  # "die Silvesternacht": into the next day
    return spec, Spec(year=after.year if year is not None else None, month=after.month, day=after.day)
