"""A date moved from one day to another: "the budget date has been shifted from Tuesday 30 April to Monday 27 May"
names two days, the old and the new, not a span from the first to the second."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ._scan import Timex
from .lang import get


@cache
def _gap(language: str) -> re.Pattern[str]:
    """The language's words between a span's two ends, or a dash."""
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in get(language).range_words)
    return re.compile(rf"\s*(?:[-–—]|,?\s*(?:{words or '(?!)'})(?![\w-]))\s*")


def changed_dates(text: str, found: list[Timex], language: str) -> list[Timex]:
    """Each span whose words before it move a date (:attr:`~._language.Language.date_change`) as its two days."""
    change = get(language).date_change
    if change is None:
        return found
    out: list[Timex] = []
    for timex in found:
        last = timex.last if timex.kind == "range" else None
        parts = _parts(text, timex, language) if last is not None else None
        if last is None or parts is None or not change.search(text, max(0, timex.start - 80), timex.start + parts[0]):
            out.append(timex)
            continue
        lead, gap_start, gap_end = parts
        start, split, resume = timex.start + lead, timex.start + gap_start, timex.start + gap_end
        out.append(replace(timex, start=start, end=split, surface=text[start:split], kind="point", last=None))
        second = replace(timex, start=resume, surface=text[resume : timex.end], kind="point", first=last)
        out.append(replace(second, last=None))
    return out


def _parts(text: str, timex: Timex, language: str) -> tuple[int, int, int] | None:
    """Where the span's first day starts (after "from"), and where the words between its two days start and end,
    counted from the span's start; None where no such words stand inside it."""
    lead = re.match(r"(?i:from|vom|von)\s+", timex.surface)
    skip = lead.end() if lead else 0
    gap = _gap(language).search(timex.surface, skip + 1)
    return (skip, gap.start(), gap.end()) if gap is not None and gap.end() < len(timex.surface) else None
