"""The shared readers of ``chronik extract``'s rules: each turns a match into the :class:`~._scan.Timex` its
words fix, by the groups the pattern names (``d``, ``m``, ``y``, ``wd``, ``dir``, ``mod``, ``hh``, ``mi``,
...). A language module writes the patterns (:attr:`~._language.Language.rules`) and pairs each with a
reader here, or with one of its own; the words a reader looks up (directions, modifiers, number words,
units) are the language's, through ``lex.lang``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from ._lexicon import Lexicon, month_number, weekday_number
from ._scan import ONE_BREAK, Reader, Spec, Timex
from .lang import all_directions, pool

# ---------------------------------------------------------------- shared pieces

YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
#: What stands between a date and the time stamp after it: blanks over at most one line break, maybe a dash, a
#: comma, a slash or a bar ("22.08.2019 - 15:14:43", "11. September 2019, 15:50", "18.10.2025 | 11:55").
STAMP_GAP = rf"{ONE_BREAK}(?:-|–|,|//?|\||@)?[ \t]*"  # "16. Januar 2022 // 18:00", "13. April 2011 @ 17:50:11"


def either_case(words: str) -> str:
    """An alternation of ``words`` ("a|b") that also matches each with a capital first letter, as at the
    start of a sentence: "Vergangene Woche", "Two days later"."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" if w[0].islower() else w for w in words.split("|"))


def as_int(text: str | None) -> int | None:
    return int(text) if text else None


def count_of(text: str, lex: Lexicon) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return lex.lang.numbers.get(text)


def unit_of(word: str | None, lex: Lexicon) -> str:
    """The unit letter (D, W, M, Y) of a unit word; a day where there is none."""
    if word is None:
        return "D"
    word = word.lower()
    for stem, unit in lex.lang.units:
        if word.startswith(stem):
            return unit
    return "Y"


def clock(hour: str | None, minute: str | None, ampm: str | None = None) -> tuple[int | None, int | None]:
    if hour is None:
        return None, None
    h, m = int(hour), int(minute or 0)
    if ampm:
        pm = ampm.lower().startswith("p")
        if h == 12:
            h = 0 if not pm else 12
        elif pm and h < 12:  # "17:48 pm": a 24-hour time with its half of the day said again
            h += 12
    if h > 23 or m > 59:
        return None, None
    return h, m


def timex_of(m: re.Match[str], kind: str = "point", **fields: object) -> Timex:
    return Timex(m.start(), m.end(), m.group(0), kind, **fields)  # type: ignore[arg-type]


def opt(m: re.Match[str], name: str) -> str | None:
    """A named group, or None when the pattern has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


def minutes(m: re.Match[str], suffix: str = "") -> str | None:
    """The minutes of a time: group ``mi`` (with ``suffix``), else ``mu``, the minutes a language says after its
    hour's word ("um 12 Uhr 05")."""
    return opt(m, "mi" + suffix) or opt(m, "mu" + suffix)


# ---------------------------------------------------------------- readers


def read_date(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """Day + month (+ year), optional weekday in front and time after; numeric dates as well."""
    month = opt(m, "m")
    mnum = month_number(lex, month) if month and not month.isdigit() else as_int(month)
    day, year = int(m.group("d")), as_int(opt(m, "y"))
    if opt(m, "y2"):  # two-digit year of a numeric date (29.7.15, 12/13/19); as POSIX reads "%y": 69-99 are 19..
        year = int(m.group("y2")) + (1900 if int(m.group("y2")) >= 69 else 2000)
    if mnum is None or not 1 <= mnum <= 12:
        return None
    hour, minute = clock(opt(m, "hh") or opt(m, "hh2"), minutes(m) or opt(m, "mi2"), opt(m, "ap"))
    wd = opt(m, "wdx")  # "Saturday, August 26": the weekday tells the year where the text gives none
    weekday = weekday_number(lex, wd) if wd and year is None else None
    year_offset = lex.lang.directions.get((opt(m, "ydir") or "").lower())  # "on March 31 next year"
    spec = Spec(year=year, month=mnum, day=day, hour=hour, minute=minute, weekday=weekday, year_offset=year_offset)
    return timex_of(m, first=spec, tz=opt(m, "tz"))


def read_day_range(m: re.Match[str], lex: Lexicon) -> Timex | list[Timex] | None:
    """ "vom 10. bis 16. November 2024", "April 24 and 25": the first end takes month and year from the last."""
    m2 = month_number(lex, m.group("m2"))
    m1 = month_number(lex, m.group("m1")) if opt(m, "m1") else m2
    y2 = as_int(opt(m, "y2"))
    y1 = as_int(opt(m, "y1")) or y2
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if m1 == m2 and y1 == y2 and d1 >= d2:
        return None
    first, last = Spec(year=y1, month=m1, day=d1), Spec(year=y2, month=m2, day=d2)
    return pair_or_range(m, first, last, "d1", "d2")


def pair_or_range(m: re.Match[str], first: Spec, last: Spec, g1: str, g2: str) -> Timex | list[Timex]:
    """Days joined by "und"/"and" are a span when they follow each other ("April 24 and 25") or "zwischen"/
    "between" opens them, else two days ("March 3 and 7"); "bis", "to" and dashes always make a span."""
    joiner = m.string[m.end(g1) : m.start(g2)]
    consecutive = first.month == last.month and last.day == (first.day or 0) + 1
    between = re.match(r"(?i)(?:zwischen|between|vom|von|from)\b", m.group(0))
    if between or not re.search(r"\b(?:und|and)\b", joiner) or consecutive:
        return timex_of(m, "range", first=first, last=last)
    text = m.string
    return [
        Timex(m.start(), m.end(g1), text[m.start() : m.end(g1)], "point", first=first),
        Timex(m.start(g2), m.end(), text[m.start(g2) : m.end()], "point", first=last),
    ]


def read_day_list(m: re.Match[str], lex: Lexicon) -> list[Timex] | None:
    """ "February 10, 14, 20, 23, 27", "am 10., 14. und 20. Februar": one day each."""
    month = month_number(lex, m.group("m"))
    year = as_int(opt(m, "y"))
    days = list(re.finditer(r"\d{1,2}", m.group("days")))
    if len(days) < 3:
        return None
    base = m.start("days")
    out = []
    for i, d in enumerate(days):
        start = m.start() if i == 0 else base + d.start()
        end = m.end() if i == len(days) - 1 else base + d.end()
        if i == 0 and m.start("m") > m.start("days"):  # German: the month follows the list
            start, end = m.start(), base + d.end() + 1
        elif i == len(days) - 1 and m.start("m") < m.start("days"):
            end = base + d.end()
        out.append(
            Timex(start, end, m.string[start:end], "point", first=Spec(year=year, month=month, day=int(d.group())))
        )
    return out


def read_month(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A month, maybe with year, modifier, direction or a relative year ("im April vergangenen Jahres")."""
    mnum = month_number(lex, m.group("m"))
    mod = opt(m, "mod")
    direction = lex.lang.directions.get((opt(m, "dir") or "").lower())
    year_offset = lex.lang.directions.get((opt(m, "ydir") or "").lower())
    spec = Spec(
        year=as_int(opt(m, "y")),
        month=mnum,
        modifier=lex.lang.modifiers.get(mod.lower().rstrip("-")) if mod else None,
        direction=direction,
        year_offset=year_offset,
        since=m.group(0).lower().startswith(("since ", "seit ")),
    )
    return timex_of(m, first=spec)


def read_month_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "zwischen Mitte Oktober und Anfang Dezember", "from March to May 2016", "von April 2011 bis Ende
    2013" (a year's start or end is its first or last month, as "Ende 2013" alone is)."""
    y2, y1 = as_int(opt(m, "y2")), as_int(opt(m, "y1"))
    first = Spec(year=y1 or y2, month=month_number(lex, m.group("m1")))
    if y1 is None and y2 is not None and opt(m, "m2") and first.month > month_number(lex, m.group("m2")):  # type: ignore[operator]
        first = replace(first, year=y2 - 1)  # "from November to February 2020": the November before
    if opt(m, "m2") is None:
        y3 = as_int(opt(m, "y3"))
        if first.year is None or y3 is None or y3 <= first.year:
            return None
        said = [
            lex.lang.modifiers[w]
            for w in (opt(m, "mod2") or "").lower().replace("-", " ").split()
            if w in lex.lang.modifiers
        ]
        month = {"late": 12, "early": 1}.get(said[0]) if said else None
        return timex_of(m, "range", first=first, last=Spec(year=y3, month=month))
    last = Spec(year=y2, month=month_number(lex, m.group("m2")))
    return timex_of(m, "range", first=first, last=last)


def read_year(m: re.Match[str], lex: Lexicon) -> Timex | None:
    mod = opt(m, "mod")
    year = int(m.group("y"))
    if not mod and (_numbered(m.string, m.start(), lex.lang.number_nouns) or _counted(m, lex) or _dialled(m)):
        return None
    if mod:
        key = [w for w in mod.lower().rstrip("-").split() if w not in ("the", "of")][-1]  # "the end of" -> "end"
        modifier = lex.lang.modifiers.get(key)
        if modifier == "early":
            return timex_of(m, first=Spec(year=year, month=1, modifier="early"))
        if modifier == "late":
            return timex_of(m, first=Spec(year=year, month=12, modifier="late"))
        if modifier == "mid":  # "Mitte 2029", "mid-2029": the middle months, as "Ende 2016" is its last
            return timex_of(m, "range", first=Spec(year=year, month=6), last=Spec(year=year, month=7))
    return timex_of(m, first=Spec(year=year))


def _counted(m: re.Match[str], lex: Lexicon) -> bool:
    """Does the noun "year" follow the number, so it counts years ("2000 Jahre alte Gräber", "1800 years ago",
    "a 1500-year-old church")?"""
    after = re.match(r"[ \t]*-?[ \t]*([\w-]+)", m.string[m.end() : m.end() + 30])
    if after is not None and after.group(1).lower() in lex.lang.year_nouns:
        return True
    # a measure joined to the number: "einem 2000-Liter-Wassertank", "a 2000-seat arena"
    unit = _JOINED_WORD.match(m.string, m.end())
    return unit is not None and unit.group(1).lower() in pool().measure_words


#: A word joined to a number by a hyphen.
_JOINED_WORD = re.compile(r"-([^\W\d_]+)(?![\w])")


def _dialled(m: re.Match[str]) -> bool:
    """Is the number the head of a telephone number ("Free call 1800 731 845"): two more groups of digits follow, the
    first of two or three (so not a run of years, "2019 2020 2021")?"""
    return re.match(r"[ \t]\d{2,3}[ \t]\d{2,4}(?![\d]|[.,]\d)", m.string[m.end() : m.end() + 12]) is not None


def _numbered(text: str, start: int, nouns: tuple[str, ...]) -> bool:
    """Does a noun that numbers things stand right before ``start`` ("Staatsstraße 2091", "Route 2010")?"""
    before = re.search(r"([\w.]+)[ \t]+$", text[max(0, start - 30) : start])
    word = before.group(1).lower() if before else ""
    return any(word == n or (n.startswith("-") and word.endswith(n[1:])) for n in nouns)


def weekday_spec(m: re.Match[str], lex: Lexicon, suffix: str = "") -> Spec:
    hour, minute = clock(opt(m, "hh" + suffix), minutes(m, suffix), opt(m, "ap" + suffix))
    if hour is None and opt(m, "hh24" + suffix):  # "15:00 GMT Saturday"
        hour, minute = int(m.group("hh24" + suffix)), int(m.group("mi24" + suffix))
    direction = lex.lang.directions.get((opt(m, "dir" + suffix) or "").lower())
    pod = opt(m, "pod" + suffix)
    return Spec(
        weekday=weekday_number(lex, m.group("wd" + suffix)),
        hour=hour,
        minute=minute,
        part_of_day=pod.lower() if pod else None,
        direction=direction,
    )


def read_weekday(m: re.Match[str], lex: Lexicon) -> Timex | None:
    return timex_of(m, first=weekday_spec(m, lex), tz=opt(m, "tz"))


def read_weekday_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "Von Mittwoch 8.00 Uhr bis Sonntag 20.00 Uhr"; "Seit Dienstag und noch bis Donnerstag" from a day up to
    now."""
    first = weekday_spec(m, lex, "1")
    if m.group(0)[:4].lower() == "seit":
        first = replace(first, since=True)
    return timex_of(m, "range", first=first, last=weekday_spec(m, lex, "2"))


def read_relative_day(m: re.Match[str], lex: Lexicon) -> Timex | None:
    rel = opt(m, "rel")
    word = " ".join(rel.lower().split()) if rel else ""  # "last  night" with any blanks
    offset = lex.lang.relative_days[word] if rel else 0  # "this morning" is today
    hour, minute = clock(opt(m, "hh"), minutes(m), opt(m, "ap"))
    weekday = weekday_number(lex, m.group("wd")) if opt(m, "wd") else None
    spec = Spec(day_offset=offset, weekday=weekday, hour=hour, minute=minute)
    return timex_of(m, first=spec, weak=bool(word) and word.startswith(lex.lang.adjective_days))


def read_week(m: re.Match[str], lex: Lexicon) -> Timex | None:
    direction = opt(m, "dir")
    return timex_of(m, first=Spec(week_offset=lex.lang.directions[direction.lower()] if direction else 0))


def read_weekend(m: re.Match[str], lex: Lexicon) -> Timex | None:
    direction = opt(m, "dir")
    return timex_of(
        m, first=Spec(weekend=True, direction=lex.lang.directions[direction.lower()] if direction else None)
    )


def read_relative_month(m: re.Match[str], lex: Lexicon) -> Timex | None:
    direction = opt(m, "dir")
    offset = lex.lang.directions[direction.lower()] if direction else 0
    mod = opt(m, "mod") or opt(m, "mod2")
    return timex_of(m, first=Spec(month_offset=offset, modifier=lex.lang.modifiers.get(mod.lower()) if mod else None))


def anchor_reader(before: tuple[str, ...], same_day: tuple[str, ...]) -> Reader:
    """A reader of days counted from the previous dated mention ("am Vortag", "two days later"): ``before``
    words in the match count back ("Vortag", "earlier"), ``same_day`` phrases mean that very day."""

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        word = m.group(0).lower()
        count = count_of(opt(m, "n") or "1", lex) or 1
        unit = unit_of(opt(m, "unit"), lex)
        sign = -1 if any(w in word for w in before) else 1
        if any(phrase in word for phrase in same_day):
            return timex_of(m, first=Spec(anchor_days=0, named_day=True))
        if unit == "M":
            return timex_of(m, first=Spec(anchor_months=sign * count))
        if unit == "Y":
            return timex_of(m, first=Spec(anchor_months=sign * 12 * count, modifier="year"))
        days = count * (7 if unit == "W" else 1)
        return timex_of(m, first=Spec(anchor_days=sign * days))

    return read


def read_prior_year(m: re.Match[str], lex: Lexicon) -> Timex | None:
    return timex_of(m, first=Spec(prior_year=True))


def read_ahead(m: re.Match[str], lex: Lexicon) -> Timex | None:
    count = count_of(m.group("n"), lex)
    return timex_of(m, first=Spec(ahead=(count, unit_of(m.group("unit"), lex)))) if count else None


def read_ago(m: re.Match[str], lex: Lexicon) -> Timex | None:
    count = count_of(m.group("n"), lex)
    if count is None:
        return None
    return timex_of(m, first=Spec(ago=(count, unit_of(m.group("unit"), lex))))


def xref_reader(before: tuple[str, ...]) -> Reader:
    """A reader of days counted from another date of the sentence ("Einen Tag vor Beginn des Gipfels"):
    group ``rel`` is one of the ``before`` words (lower-cased) or says after."""

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        count = count_of(m.group("n"), lex)
        if count is None:
            return None
        sign = 1 if m.group("rel").lower() in before else -1
        return timex_of(m, "xref", first=Spec(anchor_days=sign * count))

    return read


def read_vague(m: re.Match[str], lex: Lexicon) -> Timex | None:
    return timex_of(m, "vague")


def read_duration(m: re.Match[str], lex: Lexicon) -> Timex | None:
    count = count_of(m.group("n"), lex)
    if count is None or count <= 0:
        return None
    unit = lex.lang.duration_units[m.group("unit").lower()]
    return timex_of(m, "duration", duration=f"P{count}{unit}", noun=m.group("noun"))


def read_weekday_list(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "am Freitag und Samstag", "next Wednesday, Thursday or Friday": the days from the first to the last."""
    first, last = weekday_number(lex, m.group("wd1")), weekday_number(lex, m.group("wd2"))
    if first == last:
        return None
    words = m.string[m.end("wd1") : m.start("wd2")]
    if "," not in words and (last - first) % 7 != 1 and words.split()[0].lower() not in lex.lang.range_words:
        return None  # "this Monday and Wednesday": two days, not the span between them ("Friday and Saturday" is)
    head = m.string[max(0, m.start() - 12) : m.start()].split()
    direction = all_directions().get(head[-1].lower()) if head else None  # of any language
    return timex_of(m, "range", first=Spec(weekday=first, direction=direction), last=Spec(weekday=last))


def clock_reader(parts_of_day: Mapping[str, str] | None = None) -> Reader:
    """A reader of a time on its own ("um 15 Uhr", "15.25 Abflug" opening a programme line, "at 7:30 a.m."):
    the day is the one the text named last. ``parts_of_day`` gives groups ``pod3`` and ``pod6`` their "am" or "pm"
    ("at 4 in the morning", "2 this afternoon")."""

    def read(m: re.Match[str], lex: Lexicon) -> Timex | None:
        pod = opt(m, "pod3") or opt(m, "pod6")
        ampm = opt(m, "ap") or (parts_of_day.get(pod) if pod and parts_of_day else None)
        hh = (
            opt(m, "hh")
            or opt(m, "hh2")
            or opt(m, "hh3")
            or opt(m, "hh4")
            or opt(m, "hh5")
            or opt(m, "hh6")
            or opt(m, "hh7")
        )
        noon = opt(m, "noon")
        hh = hh or (("0" if noon.lower() == "midnight" else "12") if noon else None)  # "midnight on Friday, June 1"
        word = opt(m, "hhw")  # "seit vier Uhr"
        count = count_of(word, lex) if word else None
        hh = hh or (str(count) if count else None)
        mi = (
            minutes(m)
            or opt(m, "mi2")
            or opt(m, "mi3")
            or opt(m, "mi4")
            or opt(m, "mi5")
            or opt(m, "mi6")
            or opt(m, "mi7")
        )
        hour, minute = clock(hh, mi, ampm)
        if hour is None:
            return None
        return timex_of(m, first=Spec(anchor_days=0, hour=hour, minute=minute), tz=opt(m, "tz") or opt(m, "tz5"))

    return read


def read_part_of_day(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "Am Nachmittag", "in the afternoon": a part of the day the text named last."""
    return timex_of(m, first=Spec(anchor_days=0))


def read_weekday_any(m: re.Match[str], lex: Lexicon) -> Timex | None:
    timex = read_weekday(m, lex)
    if timex is None:
        return None
    podw = opt(m, "podw")
    if podw and timex.first.part_of_day is None:  # "am Donnerstag Abend"
        timex = replace(timex, first=replace(timex.first, part_of_day=podw.lower()))
    dirb = opt(m, "dirb")
    if dirb and timex.first.direction is None:
        timex = replace(timex, first=replace(timex.first, direction=lex.lang.directions[dirb.lower()]))
    if opt(m, "since"):  # "seit Sonntag": what began then still goes on, so the day is not ahead
        timex = replace(timex, first=replace(timex.first, since=True))
    if opt(m, "of") and not re.match(r"\s+an\b", m.string[m.end() : m.end() + 4]):
        # "die Brände vom Freitagabend", "die Mitteilung vom Montag": what the day saw is told, so it is not
        # ahead ("vom Montag an" may be)
        timex = replace(timex, first=replace(timex.first, since=True))
    if opt(m, "by"):  # "by Friday morning", "bis Freitag": a day set ahead
        timex = replace(timex, first=replace(timex.first, deadline=True))
    week = opt(m, "wdir")
    if week:  # "am Dienstag voriger Woche", "Tuesday of last week": that week's day
        timex = replace(timex, first=replace(timex.first, week_offset=lex.lang.directions[week.lower()]))
    if opt(m, "hh2"):  # "Am Dienstag (9:30 Uhr)", "on Sunday at 7:55 a.m."
        hour, minute = clock(m.group("hh2"), opt(m, "mi2"), opt(m, "ap2"))
        timex = replace(timex, first=replace(timex.first, hour=hour, minute=minute))
    for word in m.group(0).lower().split():  # "am gestrigen Sonntag": yesterday, which the weekday names
        if word.startswith(lex.lang.adjective_days) and word in lex.lang.relative_days:
            return replace(timex, first=replace(timex.first, day_offset=lex.lang.relative_days[word]))
    return timex


def read_year_range_any(m: re.Match[str], lex: Lexicon) -> Timex | None:
    y1 = opt(m, "y1") or opt(m, "y1b") or opt(m, "y1c")
    y2 = opt(m, "y2") or opt(m, "y2b") or opt(m, "y2c")
    if y1 is not None and y2 is not None and len(y2) == 2:  # "1957-58", "2003/04": the same century, ahead
        if not 0 < int(y2) - int(y1) % 100 <= 10:
            return None
        y2 = str(int(y1) // 100 * 100 + int(y2))
    if y1 is None or y2 is None or int(y1) >= int(y2):
        return None
    return timex_of(m, "range", first=Spec(year=int(y1)), last=Spec(year=int(y2)))


def read_relative_year_any(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "im vergangenen Jahr", "Ende des Jahres", "early next year", "the end of the year"."""
    direction = opt(m, "dir") or opt(m, "dir2") or opt(m, "dir3")
    if opt(m, "new"):
        return timex_of(m, first=Spec(new_year=True))
    if opt(m, "last"):  # an adjective of last year's ("der letztjährige Umsatz")
        return timex_of(m, first=Spec(year_offset=-1))
    offset = lex.lang.directions[direction.lower()] if direction else 0
    compound = opt(m, "mod3") or opt(m, "mod4")  # "Ende Jahr", "Jahresbeginn": placed by tense, as a month is
    if compound:
        month = 1 if lex.lang.modifiers.get(compound.lower()) == "early" else 12
        year = int(m.group("y")) if opt(m, "y") else None  # "Jahresende 2022": that year's
        since = m.group(0).lower().startswith("seit")  # "seit Jahresbeginn": the last one up to the text's day
        return timex_of(
            m, first=Spec(year=year, month=month, modifier=lex.lang.modifiers.get(compound.lower()), since=since)
        )
    mod = opt(m, "mod") or opt(m, "mod2")
    modifier = lex.lang.modifiers.get(mod.lower()) if mod else None
    named = as_int(opt(m, "yof"))  # "Ende des Jahres 2018", "the end of the year 2018": that year's
    if named is not None:
        if modifier == "mid":
            return timex_of(m, "range", first=Spec(year=named, month=6), last=Spec(year=named, month=7))
        month_of = {"early": 1, "late": 12}.get(modifier or "")
        return timex_of(m, first=Spec(year=named, month=month_of, modifier=modifier))
    if modifier == "early":
        return timex_of(m, first=Spec(year_offset=offset, month=1, modifier="early"))
    if modifier == "late":
        return timex_of(m, first=Spec(year_offset=offset, month=12, modifier="late"))
    return timex_of(m, first=Spec(year_offset=offset))


def compile_rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)
