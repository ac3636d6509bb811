"""Find temporal expressions in a text and read what each one says, before any resolution.

Each rule is a regular expression over the raw text plus a reader that turns its match into a
:class:`Timex`: the fields the words fix (a day and month, a weekday, "vergangene Woche", "einen Monat
später") and nothing more. Which year a bare "im Mai" means is left to :mod:`._resolve`. Overlapping
matches are settled longest-first, so "am Sonntag, 10. November 2024, 12.00 Uhr" is one expression.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from ._lexicon import DURATION_UNITS, NUMBERS, Lexicon, lexicon, month_number, weekday_number


@dataclass(frozen=True)
class Spec:
    """What an expression (or one end of a range) fixes; unset fields are None."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    part_of_day: str | None = None
    modifier: str | None = None
    """``early`` / ``mid`` / ``late`` ("Anfang Oktober", "late November"): the month or year stays whole."""
    direction: int | None = None
    """Explicit direction for a weekday or month: -1 "vergangenen/last", +1 "kommenden/next", 0 "this"."""
    year_offset: int | None = None
    """Year relative to the reference year: "im April vergangenen Jahres" -1, "in April next year" +1."""
    day_offset: int | None = None
    """Days from the reference date: heute 0, gestern -1, morgen 1."""
    anchor_days: int | None = None
    """Days from the previous dated mention: "am Vortag" -1, "tags darauf" 1."""
    anchor_months: int | None = None
    """Months from the previous dated mention: "einen Monat später" 1."""
    week_offset: int | None = None
    """Calendar week (Monday-Sunday) from the reference week: "vergangene Woche" -1."""
    month_offset: int | None = None
    """Month from the reference month: "Anfang des Monats" 0, "last month" -1."""
    ago: tuple[int, str] | None = None
    """"vor drei Jahren": (3, "Y"); units D, W, M, Y."""
    weekend: bool = False
    """"am Wochenende", "last weekend": Saturday and Sunday of the week ``direction`` or the tense points to."""


@dataclass(frozen=True)
class Timex:
    """One temporal expression as found: where, what it fixes, and how to treat it."""

    start: int
    end: int
    surface: str
    kind: str
    """``point``, ``range``, ``vague`` (kept unresolved), ``duration`` (with the noun it measures) or
    ``xref`` (a day counted from another date in the same sentence: "Einen Tag vor Beginn des Gipfels")."""
    first: Spec = field(default_factory=Spec)
    last: Spec | None = None
    duration: str | None = None
    noun: str | None = None
    weak: bool = False
    """An adjective such as "der morgigen Sitzung": dropped when its day is already on the timeline."""
    publisher: str | None = None
    """A wire dateline's agency ("BRUSSELS, February 10 (Xinhua)")."""
    tz: str | None = None


Reader = Callable[[re.Match[str], Lexicon], "Timex | list[Timex] | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader


# ---------------------------------------------------------------- shared pieces

YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
PODS_DE = "morgen|vormittag|mittag|nachmittag|abend|nacht|früh"
PODS_EN = "morning|afternoon|evening|night"
MODIFIERS = {
    "anfang": "early",
    "beginn": "early",
    "mitte": "mid",
    "ende": "late",
    "early": "early",
    "mid": "mid",
    "late": "late",
    "beginning": "early",
    "end": "late",
}
DIRECTIONS = {
    "vergangenen": -1,
    "vergangene": -1,
    "vergangener": -1,
    "vergangenes": -1,
    "letzten": -1,
    "letzte": -1,
    "letzter": -1,
    "letztes": -1,
    "vorigen": -1,
    "vorige": -1,
    "voriger": -1,
    "voriges": -1,
    "kommenden": 1,
    "kommende": 1,
    "kommender": 1,
    "kommendes": 1,
    "nächsten": 1,
    "nächste": 1,
    "nächster": 1,
    "nächstes": 1,
    "diesen": 0,
    "diese": 0,
    "dieser": 0,
    "dieses": 0,
    "laufenden": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "this": 0,
}


def either_case(words: str) -> str:
    """An alternation of ``words`` ("a|b") that also matches each with a capital first letter, as at the
    start of a sentence: "Vergangene Woche", "Two days later"."""
    return "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" if w[0].islower() else w for w in words.split("|"))


DIR_DE = either_case(
    "vergangenen|vergangene|vergangener|vergangenes|letzten|letzte|letzter|letztes|vorigen|vorige|voriges|"
    "kommenden|kommende|kommender|kommendes|nächsten|nächste|nächster|nächstes|diesen|diese|dieser|dieses|laufenden"
)
DIR_EN = either_case("last|past|previous|next|coming|this")
WEEK_DIR_DE = "vergangenen|vergangener|voriger|vorigen|letzter|letzten|nächster|nächsten|kommender|kommenden|dieser"
COUNT_DE = either_case("einen|eine|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf")
COUNT_EN = either_case("a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")


def _int(text: str | None) -> int | None:
    return int(text) if text else None


def _count(text: str, language: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBERS[language].get(text)


def _unit(word: str) -> str:
    word = word.lower()
    for stem, unit in (("tag", "D"), ("day", "D"), ("woche", "W"), ("week", "W"), ("monat", "M"), ("month", "M")):
        if word.startswith(stem):
            return unit
    return "Y"


def _hour(hour: str | None, minute: str | None, ampm: str | None = None) -> tuple[int | None, int | None]:
    if hour is None:
        return None, None
    h, m = int(hour), int(minute or 0)
    if ampm:
        pm = ampm.lower().startswith("p")
        if h == 12:
            h = 0 if not pm else 12
        elif pm:
            h += 12
    if h > 23 or m > 59:
        return None, None
    return h, m


def _timex(m: re.Match[str], kind: str = "point", **fields: object) -> Timex:
    return Timex(m.start(), m.end(), m.group(0), kind, **fields)  # type: ignore[arg-type]


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group, or None when the pattern has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


# ---------------------------------------------------------------- readers


def _read_date(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """Day + month (+ year), optional weekday in front and time after; numeric dates as well."""
    month = _g(m, "m")
    mnum = month_number(lex, month) if month and not month.isdigit() else _int(month)
    day, year = int(m.group("d")), _int(_g(m, "y"))
    if _g(m, "y2"):  # two-digit year of a numeric date (29.7.15)
        year = 2000 + int(m.group("y2"))
    if mnum is None or not 1 <= mnum <= 12:
        return None
    hour, minute = _hour(_g(m, "hh"), _g(m, "mi"), _g(m, "ap"))
    return _timex(m, first=Spec(year=year, month=mnum, day=day, hour=hour, minute=minute), tz=_g(m, "tz"))


def _read_day_range(m: re.Match[str], lex: Lexicon) -> Timex | list[Timex] | None:
    """ "vom 10. bis 16. November 2024", "April 24 and 25": the first end takes month and year from the last."""
    m2 = month_number(lex, m.group("m2"))
    m1 = month_number(lex, m.group("m1")) if _g(m, "m1") else m2
    y2 = _int(_g(m, "y2"))
    y1 = _int(_g(m, "y1")) or y2
    d1, d2 = int(m.group("d1")), int(m.group("d2"))
    if m1 == m2 and y1 == y2 and d1 >= d2:
        return None
    first, last = Spec(year=y1, month=m1, day=d1), Spec(year=y2, month=m2, day=d2)
    return _pair_or_range(m, first, last, "d1", "d2")


def _pair_or_range(m: re.Match[str], first: Spec, last: Spec, g1: str, g2: str) -> Timex | list[Timex]:
    """Days joined by "und"/"and" are a span when they follow each other ("April 24 and 25") or "zwischen"/
    "between" opens them, else two days ("March 3 and 7"); "bis", "to" and dashes always make a span."""
    joiner = m.string[m.end(g1) : m.start(g2)]
    consecutive = first.month == last.month and last.day == (first.day or 0) + 1
    between = re.match(r"(?i)(?:zwischen|between|vom|von|from)\b", m.group(0))
    if between or not re.search(r"\b(?:und|and)\b", joiner) or consecutive:
        return _timex(m, "range", first=first, last=last)
    text = m.string
    return [
        Timex(m.start(), m.end(g1), text[m.start() : m.end(g1)], "point", first=first),
        Timex(m.start(g2), m.end(), text[m.start(g2) : m.end()], "point", first=last),
    ]


def _read_day_list(m: re.Match[str], lex: Lexicon) -> list[Timex] | None:
    """ "February 10, 14, 20, 23, 27", "am 10., 14. und 20. Februar": one day each."""
    month = month_number(lex, m.group("m"))
    year = _int(_g(m, "y"))
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


def _read_month(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A month, maybe with year, modifier, direction or a relative year ("im April vergangenen Jahres")."""
    mnum = month_number(lex, m.group("m"))
    mod = _g(m, "mod")
    direction = DIRECTIONS.get((_g(m, "dir") or "").lower())
    year_offset = DIRECTIONS.get((_g(m, "ydir") or "").lower())
    spec = Spec(
        year=_int(_g(m, "y")),
        month=mnum,
        modifier=MODIFIERS.get(mod.lower().rstrip("-")) if mod else None,
        direction=direction,
        year_offset=year_offset,
    )
    return _timex(m, first=spec)


def _read_month_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "zwischen Mitte Oktober und Anfang Dezember", "from March to May 2016"."""
    y2 = _int(_g(m, "y2"))
    first = Spec(year=_int(_g(m, "y1")) or y2, month=month_number(lex, m.group("m1")))
    last = Spec(year=y2, month=month_number(lex, m.group("m2")))
    return _timex(m, "range", first=first, last=last)


def _read_year(m: re.Match[str], lex: Lexicon) -> Timex | None:
    mod = _g(m, "mod")
    year = int(m.group("y"))
    if mod:
        modifier = MODIFIERS.get(mod.lower().split()[-1].rstrip("-"))
        if modifier == "early":
            return _timex(m, first=Spec(year=year, month=1, modifier="early"))
        if modifier == "late":
            return _timex(m, first=Spec(year=year, month=12, modifier="late"))
    return _timex(m, first=Spec(year=year))


#: Words after which a German four-digit number is a year even when a noun follows ("im Jahr 2000 Soldaten"
#: is rare; "beschäftigt 2000 Mitarbeiter" is common).
_YEAR_CUES_DE = re.compile(
    r"(?:\b(?:im|Im|seit|Seit|bis|Bis|ab|Ab|von|vor|nach|Jahr|Jahre|Jahres|zwischen|und|Ende|Anfang|Mitte|Frühjahr|"
    r"Sommer|Herbst|Winter|bereits|schon|erst|damals|Wahl|wahl)|[-–])\s*$"
)


def _read_year_de(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A bare German year, unless it counts a noun: "2000 Mitarbeiter" (a capitalised word follows, no cue before)."""
    following = re.match(r"\s+([A-ZÄÖÜ][a-zäöüß]+)", m.string[m.end() : m.end() + 40])
    if following and following.group(1).lower() not in lex.months:
        before = m.string[max(0, m.start() - 20) : m.start()]
        sentence_start = re.search(r"(?:^|[.!?]\s+)$", before)
        if not _YEAR_CUES_DE.search(before) and not sentence_start:
            return None
    return _read_year(m, lex)


def _weekday_spec(m: re.Match[str], lex: Lexicon, suffix: str = "") -> Spec:
    hour, minute = _hour(_g(m, "hh" + suffix), _g(m, "mi" + suffix), _g(m, "ap" + suffix))
    direction = DIRECTIONS.get((_g(m, "dir" + suffix) or "").lower())
    pod = _g(m, "pod" + suffix)
    return Spec(
        weekday=weekday_number(lex, m.group("wd" + suffix)),
        hour=hour,
        minute=minute,
        part_of_day=pod.lower() if pod else None,
        direction=direction,
    )


def _read_weekday(m: re.Match[str], lex: Lexicon) -> Timex | None:
    return _timex(m, first=_weekday_spec(m, lex), tz=_g(m, "tz"))


def _read_weekday_range(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "Von Mittwoch 8.00 Uhr bis Sonntag 20.00 Uhr"."""
    return _timex(m, "range", first=_weekday_spec(m, lex, "1"), last=_weekday_spec(m, lex, "2"))


def _read_relative_day(m: re.Match[str], lex: Lexicon) -> Timex | None:
    word = (_g(m, "rel") or "today").lower()  # "this morning" is today
    offsets = {
        "heute": 0,
        "heutigen": 0,
        "heutige": 0,
        "gestern": -1,
        "gestrigen": -1,
        "gestrige": -1,
        "vorgestern": -2,
        "morgen": 1,
        "morgigen": 1,
        "morgige": 1,
        "übermorgen": 2,
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
    }
    hour, minute = _hour(_g(m, "hh"), _g(m, "mi"), _g(m, "ap"))
    weekday = weekday_number(lex, m.group("wd")) if _g(m, "wd") else None
    spec = Spec(day_offset=offsets[word], weekday=weekday, hour=hour, minute=minute)
    return _timex(m, first=spec, weak=word.endswith(("en", "ge")) and word not in ("morgen",))


def _read_week(m: re.Match[str], lex: Lexicon) -> Timex | None:
    direction = _g(m, "dir")
    return _timex(m, first=Spec(week_offset=DIRECTIONS[direction.lower()] if direction else 0))


def _read_weekend(m: re.Match[str], lex: Lexicon) -> Timex | None:
    direction = _g(m, "dir")
    return _timex(m, first=Spec(weekend=True, direction=DIRECTIONS[direction.lower()] if direction else None))


def _read_relative_month(m: re.Match[str], lex: Lexicon) -> Timex | None:
    direction = _g(m, "dir")
    offset = DIRECTIONS[direction.lower()] if direction else 0
    mod = _g(m, "mod")
    return _timex(m, first=Spec(month_offset=offset, modifier=MODIFIERS.get(mod.lower()) if mod else None))


def _read_anchor_day(m: re.Match[str], lex: Lexicon) -> Timex | None:
    word = m.group(0).lower()
    before = any(w in word for w in ("vortag", "vorabend", "before", "previous", "zuvor", "davor", "earlier"))
    count = _count(_g(m, "n") or "1", lex.language) or 1
    unit = _unit(_g(m, "unit") or "tag")
    sign = -1 if before else 1
    if "later in the day" in word or "später am tag" in word or "am selben tag" in word or "same day" in word:
        return _timex(m, first=Spec(anchor_days=0))
    if unit == "M":
        return _timex(m, first=Spec(anchor_months=sign * count))
    if unit == "Y":
        return _timex(m, first=Spec(anchor_months=sign * 12 * count, modifier="year"))
    days = count * (7 if unit == "W" else 1)
    return _timex(m, first=Spec(anchor_days=sign * days))


def _read_ago(m: re.Match[str], lex: Lexicon) -> Timex | None:
    count = _count(m.group("n"), lex.language)
    if count is None:
        return None
    return _timex(m, first=Spec(ago=(count, _unit(m.group("unit")))))


def _read_xref(m: re.Match[str], lex: Lexicon) -> Timex | None:
    count = _count(m.group("n"), lex.language)
    if count is None:
        return None
    sign = 1 if m.group("rel").lower() in ("vor", "before") else -1
    return _timex(m, "xref", first=Spec(anchor_days=sign * count))


def _read_vague(m: re.Match[str], lex: Lexicon) -> Timex | None:
    return _timex(m, "vague")


def _read_duration(m: re.Match[str], lex: Lexicon) -> Timex | None:
    count = _count(m.group("n"), lex.language)
    if count is None or count <= 0:
        return None
    unit = DURATION_UNITS[lex.language][m.group("unit").lower()]
    return _timex(m, "duration", duration=f"P{count}{unit}", noun=m.group("noun"))


def _read_dateline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    if _g(m, "d2"):  # "KATHMANDU, 11 August (RSS)"
        spec = Spec(year=_int(_g(m, "y2")), month=month_number(lex, m.group("m2")), day=int(m.group("d2")))
    else:
        spec = Spec(year=_int(_g(m, "y")), month=month_number(lex, m.group("m")), day=int(m.group("d")))
    start = m.start("when")
    return Timex(start, m.end("when"), m.group("when"), "point", first=spec, publisher=m.group("agency").strip())


def _read_weekday_list(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "am Freitag und Samstag", "next Wednesday, Thursday or Friday": the days from the first to the last."""
    first, last = weekday_number(lex, m.group("wd1")), weekday_number(lex, m.group("wd2"))
    if first == last:
        return None
    head = m.string[max(0, m.start() - 12) : m.start()].split()
    direction = DIRECTIONS.get(head[-1].lower()) if head else None
    return _timex(m, "range", first=Spec(weekday=first, direction=direction), last=Spec(weekday=last))


def _read_clock(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A time on its own ("um 15 Uhr", "15.25 Abflug" opening a programme line, "at 7:30 a.m."): the day
    is the one the text named last."""
    pod = _g(m, "pod3")  # "at 4 in the morning"
    ampm = _g(m, "ap") or ({"morning": "am", "afternoon": "pm", "evening": "pm"}[pod] if pod else None)
    hour, minute = _hour(_g(m, "hh") or _g(m, "hh2") or _g(m, "hh3"), _g(m, "mi") or _g(m, "mi2") or _g(m, "mi3"), ampm)
    if hour is None:
        return None
    return _timex(m, first=Spec(anchor_days=0, hour=hour, minute=minute), tz=_g(m, "tz"))


def _read_part_of_day(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "Am Nachmittag", "in the afternoon": a part of the day the text named last."""
    return _timex(m, first=Spec(anchor_days=0))


def _read_issue(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """A paper's issue day in brackets: "die Süddeutsche Zeitung (Samstag)", "„LVZ“ (Freitag-Ausgabe)"."""
    words = m.group("agency").split()
    while words and words[0] in ("Die", "Der", "Das", "Laut", "Wie"):
        words.pop(0)
    if not words:
        return None
    spec = Spec(weekday=weekday_number(lex, m.group("wd")))
    return Timex(m.start("when"), m.end("when"), m.group("when"), "point", first=spec, publisher=" ".join(words))


def _read_byline(m: re.Match[str], lex: Lexicon) -> Timex | None:
    y = int(m.group("y"))
    year = y if y > 99 else 2000 + y
    spec = Spec(year=year, month=int(m.group("mo")), day=int(m.group("d")))
    if not 1 <= spec.month <= 12:  # type: ignore[operator]
        return None
    return Timex(m.start("when"), m.end("when"), m.group("when"), "point", first=spec, publisher=m.group("agency"))


# ---------------------------------------------------------------- rules per language


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)


#: ISO 8601 dates read the same in every language.
ISO_DATE = Rule(
    "iso-date",
    _compile(rf"(?<![\w.-])(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"),
    _read_date,
)


@cache
def rules(language: str) -> tuple[Rule, ...]:
    lex = lexicon(language)
    mon, wd = lex.month_pattern, lex.weekday_pattern
    if language == "de":
        return _rules_de(mon, wd)
    return _rules_en(mon, wd, lex.month_day_pattern)


def _rules_de(mon: str, wd: str) -> tuple[Rule, ...]:
    time = (
        r"(?:,?\s*(?:um\s+|ab\s+|gegen\s+)?(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?\s*Uhr"
        r"(?:\s*\(?(?P<tz>MEZ|MESZ|UTC|GMT|CET|CEST|OEZ|OESZ)\b\)?)?)"
    )
    date_tail = rf"(?P<d>{DAY})\.\s*(?P<m>{mon})(?:\s+(?P<y>{YEAR}))?{time}?"
    week_day = rf"(?:(?P<wdx>{wd}),?\s+(?:den\s+|dem\s+)?)?"
    return (
        Rule("date", _compile(rf"(?<![\w.]){week_day}{date_tail}"), _read_date),
        Rule(
            "numeric-date",
            _compile(
                rf"(?<![\w.]){week_day}(?P<d>{DAY})\.(?P<m>0?[1-9]|1[0-2])\.(?:(?P<y>{YEAR})|(?P<y2>\d\d)(?!\d))?(?!\d){time}?"
            ),
            _read_date,
        ),
        ISO_DATE,
        Rule(
            "day-range",
            _compile(
                rf"(?<![\w.])(?:(?:vom|von|zwischen|Vom|Von|Zwischen)\s+)?(?:dem\s+)?(?P<d1>{DAY})\.\s*"
                rf"(?:(?P<m1>{mon})\s*(?:(?P<y1>{YEAR})\s*)?)?"
                rf"(?:bis(?:\s+(?:zum|einschließlich))?|und|–|-)\s*(?P<d2>{DAY})\.\s*(?P<m2>{mon})(?:\s+(?P<y2>{YEAR}))?"
            ),
            _read_day_range,
        ),
        Rule(
            "day-list",
            _compile(
                rf"(?<![\w.])(?P<days>{DAY}\.(?:\s*,\s*{DAY}\.)+(?:\s+und\s+{DAY}\.)?)\s*(?P<m>{mon})(?:\s+(?P<y>{YEAR}))?"
            ),
            _read_day_list,
        ),
        Rule(
            "month-range",
            _compile(
                rf"(?:zwischen|Zwischen|von|Von|vom|Vom)\s+(?:(?:Anfang|Mitte|Ende)\s+)?(?P<m1>{mon})(?:\s+(?P<y1>{YEAR}))?"
                rf"\s+(?:und|bis)\s+(?:(?:Anfang|Mitte|Ende)\s+)?(?P<m2>{mon})(?:\s+(?P<y2>{YEAR}))?"
            ),
            _read_month_range,
        ),
        Rule(
            "month",
            _compile(
                rf"(?:(?:im|Im|seit|Seit|ab|Ab|bis|Bis|vom|Vom|zum|des|Des|für|Für|in|In|bis\s+zum|bis\s+Ende|seit\s+Ende|ab\s+Anfang)\s+|(?=(?:Anfang|Mitte|Ende|Anfang|Beginn)\s))"
                rf"(?:(?P<mod>Anfang|Mitte|Ende|Beginn)\s+)?(?:(?P<dir>{DIR_DE})\s+)?(?P<m>{mon})"
                rf"(?:\s+(?P<y>{YEAR})|\s+(?P<ydir>{DIR_DE})\s+Jahres)?"
            ),
            _read_month,
        ),
        Rule("month-year", _compile(rf"(?<![\w.])(?P<m>{mon})\s+(?P<y>{YEAR})"), _read_month),
        Rule(
            "year-range",
            _compile(
                rf"(?:zwischen|Zwischen|von|Von)\s+(?P<y1>{YEAR})\s+(?:und|bis)\s+(?P<y2>{YEAR})"
                rf"|(?<![\w.,])(?P<y1b>{YEAR})\s*(?:bis|–)\s*(?P<y2b>{YEAR})"
            ),
            _read_year_range_any,
        ),
        Rule("year-mod", _compile(rf"(?P<mod>Anfang|Mitte|Ende)\s+(?P<y>{YEAR})"), _read_year),
        Rule(
            "year",
            _compile(rf"(?<![\w.,/-])(?P<y>{YEAR})(?![.,]\d|\s*(?:%|Prozent|Euro|Dollar|Mal\b))"),
            _read_year_de,
        ),
        Rule(
            "weekday-range",
            _compile(
                rf"(?:von|Von|vom|Vom)\s+(?:(?P<dir1>{DIR_DE})\s+)?(?P<wd1>{wd})(?P<pod1>{PODS_DE})?"
                rf"(?:,?\s*(?:um\s+|ab\s+)?(?P<hh1>[01]?\d|2[0-3])(?:[.:](?P<mi1>[0-5]\d))?\s*Uhr)?"
                rf"\s+bis(?:\s+zum)?\s+(?:(?P<dir2>{DIR_DE})\s+)?(?P<wd2>{wd})(?P<pod2>{PODS_DE})?"
                rf"(?:,?\s*(?:um\s+)?(?P<hh2>[01]?\d|2[0-3])(?:[.:](?P<mi2>[0-5]\d))?\s*Uhr)?"
            ),
            _read_weekday_range,
        ),
        Rule(
            "weekday",
            _compile(
                rf"(?:(?:am|Am|seit|Seit|ab|Ab|bis|Bis|vom|Vom|von|Von|zum|Zum)\s+)?"
                rf"(?:(?:(?P<dir>{DIR_DE})\s+)|(?:(?:Morgen|Vormittag|Mittag|Nachmittag|Abend)\s+des\s+(?:(?P<dirb>{DIR_DE})\s+)?))?"
                rf"(?P<wd>{wd})s?(?P<pod>{PODS_DE})?(?![a-zäöüß])"
                rf"(?:\s+(?:der\s+)?(?P<wdir>{WEEK_DIR_DE})\s+Woche(?!n))?"
                rf"(?:{time}|\s*\(\s*(?:um\s+|ab\s+)?(?P<hh2>[01]?\d|2[0-3])[.:](?P<mi2>[0-5]\d)\s*Uhr\s*\))?"
            ),
            _read_weekday_any,
        ),
        Rule(
            "relative-day",
            _compile(
                rf"(?<![\w.])(?P<rel>{either_case('heute|gestern|vorgestern|übermorgen')}|morgen|"
                r"heutigen|gestrigen|morgigen|heutige|gestrige|morgige)(?![\w])"
                rf"(?:,?\s*(?P<wd>{wd})(?:{PODS_DE})?,?)?(?:\s+(?:Abend|Nachmittag|Vormittag|Mittag|Früh|früh|Nacht))?{time}?"
            ),
            _read_relative_day,
        ),
        Rule(
            "week",
            _compile(
                rf"(?:(?:in|In)\s+der\s+|(?:im)\s+Laufe\s+der\s+|(?:Anfang|Mitte|Ende)\s+)?(?P<dir>{DIR_DE})\s+Woche(?!n)"
                r"|(?:Anfang|Mitte|Ende)\s+der\s+Woche"
            ),
            _read_week,
        ),
        Rule(
            "weekend",
            _compile(rf"(?:(?:am|Am|übers|Übers)\s+)?(?:(?P<dir>{DIR_DE})\s+)?Wochenende(?!n)"),
            _read_weekend,
        ),
        Rule(
            "relative-month",
            _compile(
                rf"(?:(?:im|Im)\s+)?(?P<dir>{DIR_DE})\s+Monat(?!e)|(?P<mod>Anfang|Mitte|Ende)\s+(?:des|dieses)\s+Monats"
            ),
            _read_relative_month,
        ),
        Rule(
            "relative-year",
            _compile(
                rf"(?:(?:im|Im)\s+)?(?P<dir>{DIR_DE})\s+Jahr(?:es)?(?!e|zehnt|hundert)"
                rf"|(?P<mod>Anfang|Mitte|Ende)\s+(?:des|dieses)\s+Jahres"
                rf"|(?P<mod2>Anfang|Mitte|Ende)\s+(?P<dir2>{DIR_DE})\s+Jahres"
            ),
            _read_relative_year_any,
        ),
        Rule(
            "anchor",
            _compile(
                r"(?:am|Am)\s+(?:Vortag|Vorabend|Folgetag)|(?:tags|Tags)\s+(?:darauf|zuvor)|"
                r"(?:am|Am)\s+(?:Tag\s+darauf|Tag\s+zuvor|folgenden\s+Tag|nächsten\s+Tag|selben\s+Tag)|"
                rf"(?:(?<![\w])(?P<n>\d+|{COUNT_DE})\s+)"
                r"(?P<unit>Tage?|Wochen?|Monate?|Jahre?)\s+(?:später|danach|darauf|zuvor|davor|früher)"
            ),
            _read_anchor_day,
        ),
        Rule(
            "ago",
            _compile(
                r"(?<![\w])(?:vor|Vor)\s+(?P<n>\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
                r"(?P<unit>Tagen|Wochen|Monaten|Jahren|Tag|Woche|Monat|Jahr)(?![\w])"
            ),
            _read_ago,
        ),
        Rule(
            "xref",
            _compile(
                rf"(?<![\w])(?P<n>\d+|{COUNT_DE})\s+Tage?n?\s+(?P<rel>vor|nach)\s+"
                r"(?:(?:dem|der|den|des)\s+)?(?:(?:Beginn|Start|Ende|Auftakt|Eröffnung)\s+(?:des|der)\s+)?"
                r"[A-ZÄÖÜ][\wÄÖÜäöüß-]+"
            ),
            _read_xref,
        ),
        Rule(
            "vague",
            _compile(
                r"(?i)(?<![\w])(?:vor\s+kurzem|kürzlich|neulich|unlängst|jüngst|"
                r"(?:[Vv]or|[Ii]n|[Nn]ach)\s+(?:einigen|wenigen|ein\s+paar|mehreren)\s+(?:Tagen|Wochen|Monaten)|"
                r"(?:[Ii]n\s+den|[Ii]n\s+der)\s+(?:kommenden|nächsten|folgenden)\s+(?:ein\s+bis\s+zwei\s+|zwei\s+bis\s+drei\s+|paar\s+)?(?:Tagen|Wochen|Monaten|Zeit)|"
                r"in\s+Kürze|demnächst|"
                r"(?:wenige|einige|ein\s+paar|kurz|Wenige|Einige|Kurz)\s+(?:Tage\s+|Wochen\s+|Monate\s+)?(?:nach|vor)\s+(?:der|dem|den|des)\s+[\wÄÖÜäöüß-]+)"
            ),
            _read_vague,
        ),
        Rule(
            "duration",
            _compile(
                r"(?<![\w])(?P<n>\d+|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn)-?"
                r"(?P<unit>tägig|wöchig|monatig|jährig)(?:e|en|er|es|em)\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)",
                # "fünftägigen Reise" - the number word and unit are one word in German
            ),
            _read_duration,
        ),
        Rule(
            "weekday-list",
            _compile(
                rf"(?:(?:am|Am|für|Für|von|Von)\s+)?(?P<wd1>{wd})(?:,\s*{wd})*\s+(?:und|oder|bis)\s+(?P<wd2>{wd})(?![a-zäöüß])"
            ),
            _read_weekday_list,
        ),
        Rule(
            "clock",
            _compile(
                r"(?<![\w.,:])(?:(?:um|Um|gegen|Gegen|ab|Ab)\s+)?(?P<hh>[01]?\d|2[0-3])(?:[.:](?P<mi>[0-5]\d))?\s*Uhr(?![\w])"
                r"|(?m:^[ \t]*(?P<hh2>[01]?\d|2[0-3])[.:](?P<mi2>[0-5]\d)(?=[ \t]+[A-ZÄÖÜ]))"
            ),
            _read_clock,
        ),
        Rule(
            "part-of-day",
            _compile(r"(?<![\w])(?:am|Am)\s+(?:Vormittag|Nachmittag|Abend)(?!\s+(?:des|vor|nach|zuvor)\b)"),
            _read_part_of_day,
        ),
        Rule(
            "issue",
            _compile(
                r"(?<![\w.-])(?P<agency>(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w.-]*)[\"“”']?\s*"
                rf"(?P<when>\((?P<wd>{wd})(?:-?s?[Aa]usgabe)?\))"
            ),
            _read_issue,
        ),
        Rule(
            "byline",
            _compile(
                r"\((?P<agency>[A-Z][A-Za-z]{1,10}(?:/[A-Z][A-Za-z]{1,10})*),\s*"
                r"(?P<when>(?P<d>[0-3]?\d)\.\s?(?P<mo>[01]?\d)\.\s?(?P<y>\d{4}|\d\d))\)"
            ),
            _read_byline,
        ),
    )


def _read_weekday_any(m: re.Match[str], lex: Lexicon) -> Timex | None:
    timex = _read_weekday(m, lex)
    if timex is None:
        return None
    dirb = _g(m, "dirb")
    if dirb and timex.first.direction is None:
        timex = replace(timex, first=replace(timex.first, direction=DIRECTIONS[dirb.lower()]))
    week = _g(m, "wdir")
    if week:  # "am Dienstag voriger Woche", "Tuesday of last week": that week's day
        timex = replace(
            timex, first=replace(timex.first, week_offset=DIRECTIONS[week.lower().replace("voriger", "vorige")])
        )
    if _g(m, "hh2"):  # "Am Dienstag (9:30 Uhr)", "on Sunday at 7:55 a.m."
        hour, minute = _hour(m.group("hh2"), _g(m, "mi2"), _g(m, "ap2"))
        timex = replace(timex, first=replace(timex.first, hour=hour, minute=minute))
    return timex


def _read_year_range_any(m: re.Match[str], lex: Lexicon) -> Timex | None:
    y1 = _g(m, "y1") or _g(m, "y1b")
    y2 = _g(m, "y2") or _g(m, "y2b")
    if y1 is None or y2 is None or int(y1) >= int(y2):
        return None
    return _timex(m, "range", first=Spec(year=int(y1)), last=Spec(year=int(y2)))


def _read_relative_year_any(m: re.Match[str], lex: Lexicon) -> Timex | None:
    """ "im vergangenen Jahr", "Ende des Jahres", "early next year", "the end of the year"."""
    direction = _g(m, "dir") or _g(m, "dir2")
    offset = DIRECTIONS[direction.lower()] if direction else 0
    mod = _g(m, "mod") or _g(m, "mod2")
    modifier = MODIFIERS.get(mod.lower()) if mod else None
    if modifier == "early":
        return _timex(m, first=Spec(year_offset=offset, month=1, modifier="early"))
    if modifier == "late":
        return _timex(m, first=Spec(year_offset=offset, month=12, modifier="late"))
    return _timex(m, first=Spec(year_offset=offset))


def _rules_en(mon: str, wd: str, mon_day: str) -> tuple[Rule, ...]:
    ordinal = r"(?:st|nd|rd|th)?"
    ampm = r"(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)"
    time_after = rf"(?:,?\s*(?:at\s+)?(?P<hh>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*{ampm}(?:\s+(?P<tz>[A-Z]{{2,4}}))?)"
    year_tail = rf"(?:,?\s+(?P<y>{YEAR}))?"
    return (
        Rule(
            "date",
            _compile(
                rf"(?<![\w.])(?:(?P<wdx>{wd}),?\s+)?(?P<m>{mon_day})\s+(?P<d>{DAY}){ordinal}(?![\d]){year_tail}{time_after}?"
            ),
            _read_date,
        ),
        Rule(
            "date-dmy",
            _compile(rf"(?<![\w.])(?P<d>{DAY}){ordinal}\s+(?:of\s+)?(?P<m>{mon}){year_tail}"),
            _read_date,
        ),
        ISO_DATE,
        Rule(
            "us-numeric-date",
            _compile(rf"(?<![\w./])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>{YEAR})(?![\w/])"),
            _read_date,
        ),
        Rule(
            "day-range",
            _compile(
                rf"(?<![\w.])(?P<m2>{mon_day})\s+(?P<d1>{DAY}){ordinal}\s*(?:-|–|to|through|and|until)\s*(?P<d2>{DAY}){ordinal}"
                rf"(?![\d])(?:,?\s+(?P<y2>{YEAR}))?"
                rf"|(?<![\w.])(?P<d1b>{DAY}){ordinal}\s*(?:-|–|to|and|until)\s*(?P<d2b>{DAY}){ordinal}\s+(?P<m2b>{mon})"
                rf"(?:,?\s+(?P<y2b>{YEAR}))?"
            ),
            _read_day_range_en,
        ),
        Rule(
            "day-list",
            _compile(
                rf"(?<![\w.])(?P<m>{mon_day})\s+(?P<days>{DAY}{ordinal}(?:\s*,\s*{DAY}{ordinal})+(?:,?\s+and\s+{DAY}{ordinal})?)"
                rf"(?![\d])(?:,?\s+(?P<y>{YEAR}))?"
            ),
            _read_day_list,
        ),
        Rule(
            "date-range",
            _compile(
                rf"(?:(?:between|Between|from|From)\s+)?(?<![\w.])(?P<m1>{mon_day})\s+(?P<d1>{DAY}){ordinal}(?:,?\s+(?P<y1>{YEAR}))?"
                rf"\s*(?:-|–|to|through|until|and)\s*(?P<m2>{mon_day})\s+(?P<d2>{DAY}){ordinal}(?![\d])(?:,?\s+(?P<y2>{YEAR}))?"
            ),
            _read_day_range,
        ),
        Rule(
            "month-range",
            _compile(
                rf"(?:between|Between|from|From)\s+(?:(?:early|mid-?|late)\s+)?(?P<m1>{mon})(?:,?\s+(?P<y1>{YEAR}))?"
                rf"\s+(?:and|to|until|through)\s+(?:(?:early|mid-?|late)\s+)?(?P<m2>{mon})(?:,?\s+(?P<y2>{YEAR}))?"
            ),
            _read_month_range,
        ),
        Rule(
            "month",
            _compile(
                rf"(?:(?:in|In|since|Since|until|Until|by|By|during|During|of|from|From|to|through|before|after|"
                rf"for|For|until\s+the\s+end\s+of|at\s+the\s+end\s+of|at\s+the\s+beginning\s+of|in\s+the\s+middle\s+of|"
                rf"by\s+the\s+end\s+of|the\s+end\s+of)\s+|(?=(?:early|mid|late|Early|Late|Mid)[\s-]))"
                rf"(?:(?P<mod>early|mid-|mid|late|Early|Mid-|Late)\s*)?(?:(?P<dir>{DIR_EN})\s+)?(?P<m>{mon})(?![\w]|\s+\d)"
                rf"(?:,?\s+(?P<y>{YEAR})|\s+(?P<ydir>this|next|last)\s+year)?"
            ),
            _read_month,
        ),
        Rule(
            "month-dir",
            _compile(rf"(?<![\w])(?P<dir>last|next|Last|Next|this|This)\s+(?P<m>{mon})(?![\w]|\s+\d)"),
            _read_month,
        ),
        Rule("month-year", _compile(rf"(?<![\w.])(?P<m>{mon}),?\s+(?P<y>{YEAR})"), _read_month),
        Rule(
            "year-range",
            _compile(
                rf"(?:between|Between|from|From)\s+(?P<y1>{YEAR})\s+(?:and|to|until|through)\s+(?P<y2>{YEAR})"
                rf"|(?<![\w.,])(?P<y1b>{YEAR})\s*(?:–|-)\s*(?P<y2b>{YEAR})"
            ),
            _read_year_range_any,
        ),
        Rule(
            "year-mod",
            _compile(rf"(?P<mod>early|mid-|mid|late|Early|Late|the\s+end\s+of|the\s+beginning\s+of)\s*(?P<y>{YEAR})"),
            _read_year,
        ),
        Rule(
            "year",
            _compile(
                rf"(?<![\w.,/$-])(?P<y>{YEAR})(?![.,]\d|\s*(?:%|percent|per\s+cent|dollars|people|troops|soldiers|"
                rf"times|votes|miles|km|kilometers|tons|members|cases|deaths)\b)"
            ),
            _read_year,
        ),
        Rule(
            "weekday",
            _compile(
                rf"(?:(?P<tpre>(?P<hh>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*{ampm}(?:\s+(?P<tz>[A-Z]{{2,4}}))?)\s+)?"
                rf"(?:(?:on|On|since|Since|until|Until|by|By|from|From)\s+)?(?:(?P<dir>{DIR_EN}|Last|Next|This)\s+)?"
                rf"(?P<wd>{wd})(?:'s)?(?:\s+(?P<pod>{PODS_EN}))?(?![\w])"
                rf"(?:\s+of\s+(?P<wdir>last|next|this)\s+week(?![\w]))?"
                rf"(?:,?\s+at\s+(?P<hh2>1[0-2]|0?[1-9])(?::(?P<mi2>[0-5]\d))?\s*(?P<ap2>a\.m\.|p\.m\.|am\b|pm\b))?"
            ),
            _read_weekday_any,
        ),
        Rule(
            "relative-day",
            _compile(
                r"(?<![\w])(?:(?P<rel>today|yesterday|tomorrow|tonight|Today|Yesterday|Tomorrow|Tonight)(?!'s|\w)"
                r"(?:\s+(?:morning|afternoon|evening|night))?|(?P<this>[Tt]his\s+(?:morning|afternoon|evening))(?![\w]))"
            ),
            _read_relative_day,
        ),
        Rule(
            "week",
            _compile(
                r"(?<![\w])(?:(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+)?(?:the\s+)?"
                r"(?P<dir>last|next|past|previous|coming|this|Last|Next|This)\s+week(?![\w])"
                r"|(?<![\w])(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+the\s+week(?![\w])"
            ),
            _read_week,
        ),
        Rule(
            "weekend",
            _compile(
                r"(?<![\w])(?:(?:over|during|on|at|Over|During|On|At)\s+)?(?:the\s+)?"
                r"(?:(?P<dir>last|next|past|previous|coming|this|Last|Next|This)\s+)?weekend(?!s|\w)"
            ),
            _read_weekend,
        ),
        Rule(
            "relative-month",
            _compile(
                r"(?<![\w])(?:(?P<dir>last|next|this|Last|Next|This)\s+month(?![\w])|(?P<mod>early|late)\s+this\s+month"
                r"|(?:earlier|later)\s+this\s+month)"
            ),
            _read_relative_month,
        ),
        Rule(
            "relative-year",
            _compile(
                r"(?<![\w])(?:(?P<dir>last|next|Last|Next)\s+year(?![\w])|"
                r"(?:at\s+)?the\s+(?P<mod>end|beginning)\s+of\s+(?:the|this)\s+year"
                r"|(?P<mod2>early|late)\s+(?P<dir2>this|next|last)\s+year"
                r"|(?:[Ee]arlier|[Ll]ater)\s+this\s+year)"
            ),
            _read_relative_year_any,
        ),
        Rule(
            "anchor",
            _compile(
                r"(?<![\w])(?:the\s+(?:day|night)\s+before|the\s+previous\s+day|the\s+next\s+day|the\s+following\s+day|"
                r"later\s+in\s+the\s+day|later\s+that\s+day|the\s+same\s+day|"
                rf"(?P<n>\d+|{COUNT_EN})\s+"
                r"(?P<unit>days?|weeks?|months?|years?)\s+(?:later|afterwards?|earlier|(?:after|before)"
                rf"(?=\s*[,.;)]|\s*$|\s+(?:{wd}|{mon}))))"
            ),
            _read_anchor_day,
        ),
        Rule(
            "ago",
            _compile(
                r"(?<![\w])(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                r"(?P<unit>days?|weeks?|months?|years?)\s+ago(?![\w])"
            ),
            _read_ago,
        ),
        Rule(
            "xref",
            _compile(
                rf"(?<![\w])(?P<n>\d+|{COUNT_EN})\s+days?\s+(?P<rel>before|after)\s+"
                r"(?:the|its|their|his|her)\s+(?:(?:start|beginning|opening|end)\s+of\s+the\s+)?[\w-]+"
            ),
            _read_xref,
        ),
        Rule(
            "vague",
            _compile(
                r"(?i)(?<![\w])(?:recently|lately|earlier\s+this\s+week|later\s+this\s+week|"
                r"in\s+recent\s+(?:days|weeks|months)|in\s+the\s+(?:coming|next|following)\s+(?:few\s+)?(?:days|weeks|months)|"
                r"(?:a\s+few|several|some)\s+(?:days|weeks|months)\s+(?:ago|earlier|later)|"
                r"in\s+(?:a\s+few|several)\s+(?:days|weeks)|"
                r"(?:days|weeks|shortly|soon|just)\s+(?:after|before)\s+the\s+\w+)(?![\w])"
            ),
            _read_vague,
        ),
        Rule(
            "duration",
            _compile(
                r"(?<![\w])(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)-"
                r"(?P<unit>day|week|month|year)\s+(?P<noun>[a-z][\w-]+)"
            ),
            _read_duration,
        ),
        Rule(
            "weekday-list",
            _compile(rf"(?<![\w])(?P<wd1>{wd})(?:,\s*{wd})*,?\s+(?:and|or|through|to)\s+(?P<wd2>{wd})(?![\w])"),
            _read_weekday_list,
        ),
        Rule(
            "clock",
            _compile(
                rf"(?<![\w.,:])(?:(?:at|At|by|until|from|around)\s+)?(?P<hh>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*{ampm}"
                r"(?:\s+(?P<tz>[A-Z]{2,4})\b)?"
                r"|(?<![\w.,:])(?:at\s+)?(?P<hh3>1[0-2]|0?[1-9])(?::(?P<mi3>[0-5]\d))?\s+(?:o'clock\s+)?"
                r"in\s+the\s+(?P<pod3>morning|afternoon|evening)"
            ),
            _read_clock,
        ),
        Rule(
            "part-of-day",
            _compile(r"(?<![\w])(?:[Ii]n|[Ll]ater\s+in)\s+the\s+(?:morning|afternoon|evening)(?![\w])"),
            _read_part_of_day,
        ),
        Rule(
            "dateline",
            _compile(
                r"(?m)^(?:[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .'-]+)?,\s+(?=.{0,30}\)))?"
                rf"(?P<when>(?P<m>{mon})\s+(?P<d>{DAY})(?:,\s+(?P<y>{YEAR}))?|(?P<d2>{DAY})\s+(?P<m2>{mon})(?:\s+(?P<y2>{YEAR}))?)"
                r"\s*\((?P<agency>[^()\n]{2,40})\)(?:\s*(?:--|—|–|_|-)|\s*$)"
            ),
            _read_dateline,
        ),
    )


def _read_day_range_en(m: re.Match[str], lex: Lexicon) -> Timex | list[Timex] | None:
    if _g(m, "d1b"):
        mon = month_number(lex, m.group("m2b"))
        d1, d2, year = int(m.group("d1b")), int(m.group("d2b")), _int(_g(m, "y2b"))
    else:
        mon = month_number(lex, m.group("m2"))
        d1, d2, year = int(m.group("d1")), int(m.group("d2")), _int(_g(m, "y2"))
    if d1 >= d2:
        return None
    first, last = Spec(year=year, month=mon, day=d1), Spec(year=year, month=mon, day=d2)
    return _pair_or_range(m, first, last, "d1b" if _g(m, "d1b") else "d1", "d2b" if _g(m, "d1b") else "d2")


# ---------------------------------------------------------------- scanning


def _candidates(text: str, language: str) -> Iterator[Timex]:
    lex = lexicon(language)
    for rule in rules(language):
        for m in rule.pattern.finditer(text):
            if m.end() == m.start():
                continue
            found = rule.read(m, lex)
            for timex in found if isinstance(found, list) else [found] if found is not None else []:
                yield _trim(timex, text)


def _trim(timex: Timex, text: str) -> Timex:
    """Drop leading and trailing blanks and commas a pattern's optional parts may have taken."""
    start, end = timex.start, timex.end
    while start < end and text[start] in " ,\t\n":
        start += 1
    while end > start and text[end - 1] in " ,\t\n":
        end -= 1
    if (start, end) == (timex.start, timex.end):
        return timex
    return replace(timex, start=start, end=end, surface=text[start:end])


def scan(text: str, language: str) -> list[Timex]:
    """All temporal expressions in ``text``, non-overlapping, longest first, in text order."""
    found = sorted(_candidates(text, language), key=lambda t: (-(t.end - t.start), t.publisher is None, t.start))
    starts: list[int] = []
    taken: list[Timex] = []  # sorted by start, pairwise disjoint
    for timex in found:
        i = bisect.bisect_left(starts, timex.start)
        if i > 0 and taken[i - 1].end > timex.start:
            continue
        if i < len(taken) and taken[i].start < timex.end:
            continue
        starts.insert(i, timex.start)
        taken.insert(i, timex)
    return taken
