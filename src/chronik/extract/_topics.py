"""Topic years: a year written onto a capitalised name ("WM 2026", "the 2019 World Cup", "IPL 2019") is the year a
sentence speaks of, so a day or month without its year in that sentence may lie in it ("im Juni" before the "WM
2026"); so is a year a word of the language names as the sentence's topic ("The meeting dates for 2024 are Feb.
5-6")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ._scan import Spec, Timex
from ._sentences import Span
from .lang import pool


def topic_years_of(text: str, found: Iterable[tuple[Span, Timex]]) -> dict[Span, int]:
    """Per sentence, the latest year written onto a capitalised name ("WM 2026", "the 2019 World Cup", "IPL
    2019"; not "Im Jahr 2019" or "since 2019") or named as what it speaks of ("the dates for 2024")."""
    out: dict[Span, int] = {}
    not_topics = pool().not_topics  # capitalised words before a year that make it a time: "Im Jahr 2019"
    for sentence, timex in found:
        spec = timex.first
        if timex.kind != "point" or spec.year is None or spec.month is not None or not timex.surface.isdigit():
            continue
        after = re.match(r"\s+([A-ZÄÖÜ][\w-]+)", text[timex.end : timex.end + 40])
        before = re.search(r"([A-ZÄÖÜ]?[\w-]*)\s+$", text[max(0, timex.start - 40) : timex.start])
        word = before.group(1) if before else ""
        if after or (word[:1].isupper() and word not in not_topics) or word in pool().topic_openers:
            out[sentence] = max(out.get(sentence, spec.year), spec.year)
    return out


def topic_year(spec: Spec, year: int | None, ref: date | None, tense: int) -> int | None:
    """The sentence's topic year for a day or month without year, if it lies ahead and the clause is not past."""
    if year is None or ref is None or spec.year is not None or spec.month is None or spec.year_offset is not None:
        return None
    return year if year > ref.year and tense >= 0 else None
