"""Readers of spans a text names as one: halves and quarters of a year, weeks of a month, two months joined
by "and", two times of one day. The words are the languages' (their rules pass ordinal words in)."""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping

from ._lexicon import Lexicon, month_number, weekday_number
from ._readers import as_int, clock, opt, timex_of
from ._scan import Reader, Spec, Timex


def read_month_pair(m: re.Match[str], lex: Lexicon) -> Timex | list[Timex] | None:
    """Two months joined by "and"/"und" ("in January and February 2020"): one span where they follow each
    other, else two months; both take the year written after the second."""
    year = as_int(opt(m, "y"))
    first, last = month_number(lex, m.group("m1")), month_number(lex, m.group("m2"))
    if first == last:
        return None
    if last == first + 1:
        return timex_of(m, "range", first=Spec(year=year, month=first), last=Spec(year=year, month=last))
    return [
        Timex(m.start("m1"), m.end("m1"), m.group("m1"), "point", first=Spec(year=year, month=first)),
        Timex(m.start("m2"), m.end(), m.string[m.start("m2") : m.end()], "point", first=Spec(year=year, month=last)),
    ]


def read_year_pair(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """Two years in a row joined by "and"/"und" ("in 2011 and 2012", "1998 und 1999"): one span; two years apart are
    two years, read each on its own."""
    first, last = int(m.group("y1")), int(m.group("y2"))
    return timex_of(m, "range", first=Spec(year=first), last=Spec(year=last)) if last == first + 1 else None


def read_numeric_day_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """Two days written in numbers, the month and year after the second ("vom 06. bis 17.08.2023"), the first maybe
    with its own month ("vom 22.03. – 23.03.2017")."""
    month, year = int(m.group("m2")), as_int(opt(m, "y2"))
    month1 = as_int(opt(m, "m1")) or month
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if (month1, d1) >= (month, d2) or (opt(m, "und") and (month1, d1 + 1) != (month, d2)):
        return None  # "am 17. und 18.03.2020" is a span, "am 14. und 21.05.2019" two days
    return timex_of(m, "range", first=Spec(year=year, month=month1, day=d1), last=Spec(year=year, month=month, day=d2))


def week_of_month_reader(ordinals: Mapping[str, int]) -> Reader:
    """A reader of a week of a month ("the first week in July", "in der ersten Juliwoche"): its days, the 1st to
    the 7th and so on; the last week is the month's last seven days. ``ordinals`` maps ordinal words to 1-4,
    or -1 for the last."""

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        number = ordinals.get(m.group("ord").lower())
        month = month_number(lex, opt(m, "m") or m.group("m1"))
        if number is None:
            return None
        year = as_int(opt(m, "y"))
        length = calendar.monthrange(year or 2001, month)[1]
        first_day = length - 6 if number == -1 else 7 * (number - 1) + 1
        return timex_of(
            m,
            "range",
            first=Spec(year=year, month=month, day=first_day),
            last=Spec(year=year, month=month, day=first_day + 6),
        )

    return read


def part_of_year_reader(ordinals: Mapping[str, int]) -> Reader:
    """A reader of a half or a quarter of a year ("the first half of 2015", "im dritten Quartal 2019", "Q3
    2019"): its months as a range, the year as written, by a direction ("of next year", group ``ydir``) or,
    without either, the one whose part ends on the side the tense says ("noch im ersten Halbjahr"). ``ordinals``
    maps the language's ordinal words to numbers (groups ``half``/``half2`` or ``quarter``/``quarter2``: a word
    or a digit; ``y`` or ``y2`` the year)."""

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        half = opt(m, "half") or opt(m, "half2")
        word = half or opt(m, "quarter") or opt(m, "quarter2") or opt(m, "quarter3") or opt(m, "quarter4") or ""
        number = int(word) if word.isdigit() else ordinals.get(word.lower())
        months = 6 if half else 3
        if number == -1:  # "the last quarter of 2023": the year's last part
            number = 12 // months
        if number is None or not 1 <= number <= 12 // months:
            return None
        year = as_int(opt(m, "y") or opt(m, "y2") or opt(m, "y3"))
        offset = lex.lang.directions.get((opt(m, "ydir") or "").lower())  # "of next year", "dieses Jahres"
        first = Spec(year=year, month=(number - 1) * months + 1, year_offset=offset)
        last = Spec(year=year, month=number * months, year_offset=offset, by_end=year is None and offset is None)
        return timex_of(m, "range", first=first, last=last)

    return read


def read_clock_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """Two times of one day ("between 10 a.m. and 11 a.m. Wednesday", "zwischen 5 und 9 Uhr"): a range on the
    weekday named with them, else on the day the text named last. The first time takes the second's a.m. or
    p.m. where it has none of its own."""
    ap2 = opt(m, "ap2")
    hh1, mi1 = opt(m, "hh1") or m.group("hh3"), opt(m, "mi1") or opt(m, "mi3")  # a second form's groups: 3 and 4
    first = clock(hh1, mi1, opt(m, "ap1") or ap2)
    last = clock(opt(m, "hh2") or m.group("hh4"), opt(m, "mi2") or opt(m, "mi4"), ap2)
    if ap2 and not opt(m, "ap1") and first >= last:
        first = clock(hh1, mi1, "am")  # "from 9 to 5 p.m."
    if first[0] is None or last[0] is None or first >= last:
        return None
    wd = opt(m, "wd")
    weekday = weekday_number(lex, wd) if wd else None
    anchor = None if wd else 0
    return timex_of(
        m,
        "range",
        first=Spec(weekday=weekday, anchor_days=anchor, hour=first[0], minute=first[1]),
        last=Spec(weekday=weekday, anchor_days=anchor, hour=last[0], minute=last[1]),
        tz=opt(m, "tz"),
    )


def read_datetime_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A span from a time on one day to a time on another ("From 10:00 am August 15 to 10:00 am August 16")."""
    first = clock(m.group("hh1"), opt(m, "mi1"), opt(m, "ap1"))
    last = clock(m.group("hh2"), opt(m, "mi2"), opt(m, "ap2"))
    if first[0] is None or last[0] is None:
        return None
    year = as_int(opt(m, "y"))
    start = Spec(
        year=year, month=month_number(lex, m.group("m1")), day=int(m.group("d1")), hour=first[0], minute=first[1]
    )
    end = Spec(year=year, month=month_number(lex, m.group("m2")), day=int(m.group("d2")), hour=last[0], minute=last[1])
    if (start.month, start.day, start.hour, start.minute) >= (end.month, end.day, end.hour, end.minute):
        return None
    return timex_of(m, "range", first=start, last=end)


def read_day_clock_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A day in numbers and two times of it ("Freitag, 22.06.2018, 18:30 - 19:00 Uhr"): a span on that day."""
    year, month, day = as_int(opt(m, "y")), int(m.group("mo")), int(m.group("d"))
    times = [(int(m.group(f"hh{n}")), int(m.group(f"mi{n}"))) for n in (1, 2)]
    if times[0] >= times[1]:
        return None
    first, last = (Spec(year=year, month=month, day=day, hour=h, minute=mi) for h, mi in times)
    return timex_of(m, "range", first=first, last=last)


def read_quarter_offset(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A quarter by its direction from the text's ("last quarter", "this quarter"; group ``qdir``): its three
    months (group ``qdir`` or ``qdir2``)."""
    offset = lex.lang.directions.get((opt(m, "qdir") or opt(m, "qdir2") or "").lower())
    return None if offset is None else timex_of(m, first=Spec(quarter_offset=offset))


def read_months_of_year(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """The first or last months of a year ("the first four months of this year", "die ersten drei Monate des
    Jahres 2019"): a range of months, the year as written, by its direction (group ``ydir``) or placed by the
    tense. Group ``n`` counts the months (a number or a word), ``last`` marks the year's end."""
    word = m.group("n").lower()
    count = int(word) if word.isdigit() else lex.lang.numbers.get(word)
    if count is None or not 1 <= count <= 11:
        return None
    year = as_int(opt(m, "y"))
    offset = lex.lang.directions.get((opt(m, "ydir") or "").lower())
    start = 13 - count if opt(m, "last") else 1
    first = Spec(year=year, month=start, year_offset=offset)
    last = Spec(year=year, month=start + count - 1, year_offset=offset, by_end=year is None and offset is None)
    return timex_of(m, "range", first=first, last=last)


def read_quarter_ended(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """The three months that end in the month named ("the quarter ended June 30"; group ``qm``), the year as
    written (group ``y``) or placed by the tense."""
    month = month_number(lex, m.group("qm"))
    year = as_int(opt(m, "y"))
    start = month - 2 if month > 2 else month + 10
    first = Spec(year=(year - 1 if year is not None and month <= 2 else year), month=start)
    last = Spec(year=year, month=month, by_end=year is None)
    return timex_of(m, "range", first=first, last=last)
