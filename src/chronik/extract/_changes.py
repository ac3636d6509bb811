"""A date moved from one day to another: "the budget date has been shifted from Tuesday 30 April to Monday 27 May"
names two days, the old and the new, not a span from the first to the second."""

from __future__ import annotations

from dataclasses import replace

from ._scan import Timex, range_gap
from .lang import get


def changed_dates(text: str, found: list[Timex], language: str) -> list[Timex]:
    """Each span whose words before its first day move a date (:attr:`~._language.Language.date_change`) as its
    two days. The span's own first word may be the change's ("from Tuesday … to …")."""
    change = get(language).date_change
    if change is None:
        return found
    out: list[Timex] = []
    for timex in found:
        last = timex.last if timex.kind == "range" else None
        split = _split(text, timex, language) if last is not None else None
        if last is None or split is None:
            out.append(timex)
            continue
        rest = timex.surface.split(maxsplit=1)  # where the span's second word starts: "from" may be its first
        first_word = timex.end - len(rest[1]) if len(rest) > 1 else timex.end
        starts = [s for s in (timex.start, first_word) if s < split[0] and change.search(text, max(0, s - 80), s)]
        if not starts:
            out.append(timex)
            continue
        start, (gap_start, gap_end) = starts[0], split
        out.append(replace(timex, start=start, end=gap_start, surface=text[start:gap_start], kind="point", last=None))
        second = replace(timex, start=gap_end, surface=text[gap_end : timex.end], kind="point", first=last)
        out.append(replace(second, last=None))
    return out


def _split(text: str, timex: Timex, language: str) -> tuple[int, int] | None:
    """Where the words between the span's two days start and end in the text; None where none stand inside it."""
    gap = range_gap(language).search(timex.surface, 1)
    if gap is None or gap.end() >= len(timex.surface):
        return None
    return timex.start + gap.start(), timex.start + gap.end()
