"""Month and weekday names of a language, from arrow's locale data, as the patterns the rules are built of.

Month and weekday names are never typed in here nor in a language module: they come from
:mod:`arrow.locales` (the locales :attr:`~._language.Language.arrow_locales` names, e.g. ``de``, ``de_AT``
for "Jänner", ``de_CH``, ``en``), so every spelling arrow knows is understood, including abbreviations
like "Aug." and "Sept."; a language adds only the abbreviations arrow lacks (``extra_months``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import arrow.locales

from ._language import Language
from .lang import get


@dataclass(frozen=True)
class Lexicon:
    """Names of one language, lower-cased, mapped to their numbers (month 1-12, weekday 0=Monday)."""

    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    month_pattern: str
    weekday_pattern: str
    month_day_pattern: str
    """Months before a day number, where abbreviations may go without their dot ("Oct 6", "Jan 25")."""
    lang: Language
    """The language's module contents (its words and rules)."""
    month_year_pattern: str = ""
    """Months after a day number and before a year, where abbreviations may go without their dot ("1st Sep,
    2021", "3 Mar 2020")."""


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def lexicon(language: str) -> Lexicon:
    lang = get(language)
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for name in lang.arrow_locales:
        loc = arrow.locales.get_locale(name)
        for number in range(1, 13):
            months[loc.month_names[number].lower()] = number
            abbr = loc.month_abbreviations[number].lower().rstrip(".")
            if len(abbr) >= 3:
                months.setdefault(abbr, number)
        for number in range(1, 8):
            weekdays[loc.day_names[number].lower()] = number - 1
    for abbr, number in {**lang.extra_months, **lang.extra_month_names}.items():
        months.setdefault(abbr, number)
    for name, number in lang.extra_weekdays.items():
        weekdays.setdefault(name, number)
    # Month abbreviations must be followed by a dot to count (see _scan); full names stand alone.
    # Names are matched capitalised, as both languages write them ("May" the month, not "may" the verb);
    # abbreviations only with their dot ("Aug. 7"), full names alone.
    full = _full_names(lang)
    full_months = [w.capitalize() for w in months if w in full]
    abbreviations = [w.capitalize() for w in months if w not in full]
    month_pattern = "(?:" + _alternation(full_months) + ")"
    if abbreviations:
        month_pattern = "(?:" + month_pattern + r"|(?:" + _alternation(abbreviations) + r")\.)"
    month_day_pattern = month_pattern
    if abbreviations:
        month_day_pattern = "(?:" + month_pattern + "|(?:" + _alternation(abbreviations) + r")(?=\s+\d))"
    weekday_pattern = "(?:" + _alternation([w.capitalize() for w in weekdays]) + ")"
    month_year_pattern = month_pattern
    if abbreviations:
        month_year_pattern = "(?:" + month_pattern + "|(?:" + _alternation(abbreviations) + r")(?=,?\s+\d{4}(?!\d)))"
    return Lexicon(
        language, months, weekdays, month_pattern, weekday_pattern, month_day_pattern, lang, month_year_pattern
    )


def _full_names(lang: Language) -> set[str]:
    names: set[str] = set()
    for name in lang.arrow_locales:
        loc = arrow.locales.get_locale(name)
        names.update(loc.month_names[n].lower() for n in range(1, 13))
    return names | set(lang.extra_month_names)


def month_number(lex: Lexicon, word: str) -> int:
    return lex.months[word.lower().rstrip(".")]


def weekday_number(lex: Lexicon, word: str) -> int:
    """The weekday a name gives, or the one weekday a clipped name opens ("Wed", "Thurs.")."""
    low = word.lower().rstrip(".")
    if low in lex.weekdays:
        return lex.weekdays[low]
    found = {number for name, number in lex.weekdays.items() if len(low) >= 2 and name.startswith(low)}
    if len(found) != 1:
        raise KeyError(word)  # no weekday, or two ("So" opens "Sonntag" and "Sonnabend")
    return found.pop()
