"""The year of a day or a range the text gives without one, where the text around it says more than the tense:
a story told in another year goes on in it ("on September 24, 2020 … On September 27"), and a programme running
over the text's day is this year's."""

from __future__ import annotations

from datetime import date

from ._scan import Spec


def valid_date(year: int, month: int, day: int) -> date | None:
    """The day, or None where the calendar has none (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: How far (days) a day without its year may lie from the full date named just before to take that date's year.
STORY_DAYS = 45


def story_year(spec: Spec, anchor: date | None, ref: date | None, tense: int) -> date | None:
    """A day without its year in a story told in another year than the text's: "on September 24, 2020 … On
    September 27, the ministry said" is 27 September 2020, in a text of 2022. Only where the date named just
    before lies in another year than the text's and the day falls within :data:`STORY_DAYS` of it, or, in a past
    clause, later in the year before the text's and still before its day."""
    if anchor is None or ref is None or anchor.year == ref.year or spec.month is None or spec.day is None:
        return None
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := valid_date(y, spec.month, spec.day))]
    near = [d for d in days if abs((d - anchor).days) <= STORY_DAYS]  # "December 28, 2019 … January 3"
    if not near and tense < 0 and anchor.year == ref.year - 1:
        # "on April 17, 2011, we compiled the roadmap … and on July 19 we accomplished" in a text of 2012: a past
        # story of last year goes on in its year
        near = [d for d in days if d.year == anchor.year and (d - anchor).days > 0 and d < ref]
    return min(near, key=lambda d: abs((d - anchor).days)) if near else None


def running_year(first: Spec, last: Spec, ref: date | None) -> int | None:
    """The year in which a range of months or days without a year runs over the reference day, whatever the
    tense: a programme "from October 22 through October 31" in a text of 27 October is this year's."""
    if ref is None or first.month is None or last.month is None or any(_placed(end) for end in (first, last)):
        return None  # "next winter", "the first quarter of next year": the words say which
    wraps = (last.month, last.day or 0) < (first.month, first.day or 0)  # "from December to February"
    now = (ref.year, ref.month, ref.day)
    for year in (ref.year - wraps, ref.year):
        if (year, first.month, first.day or 1) <= now <= (year + wraps, last.month, last.day or 31):
            return year
    return None


def _placed(spec: Spec) -> bool:
    """Do an expression's words place it against the reference ("next", "of next year", "last month")?"""
    offsets = (spec.year_offset, spec.month_offset, spec.quarter_offset, spec.week_offset, spec.day_offset)
    return spec.direction is not None or spec.since or spec.deadline or any(o is not None for o in offsets)
