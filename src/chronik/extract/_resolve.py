"""Turn what an expression fixes (:class:`~._scan.Spec`) into an EDTF value, given a reference date.

The reference date is the document creation time when known; otherwise the latest full date the text
itself gives. A year left open ("am 17. Oktober", "im Mai") and a weekday ("am Sonntag") are placed by
tense: a past clause takes the latest such date on or before the reference, a future clause the first on
or after it (never one on the other side: only the words, "next January" or a year, may say otherwise),
and a clause without tense markers the nearest one. A day with its month lies up to :data:`DCT_SLACK` days on
the other side rather than a year away: a page is often dated a day after it was written or updated ("will be
released on July 16th" in a text dated 17 July). Relative words count from the reference
("gestern", "vergangene Woche") or from the previous dated mention ("am Vortag", "einen Monat später").
Nothing is ever given more precision than the words have: "im November" stays a month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from ..dates import PartialDate
from ._periods import easter
from ._scan import Spec, Timex
from ._yearless import running_year, story_year, valid_date
from .lang import get


@dataclass(frozen=True)
class Point:
    """A resolved point: year, optional month, day, time. ``str()`` is its EDTF form."""

    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    offset: int | None = None
    """A UTC offset in minutes the text states with the time ("4 a.m. EDT" -> -240)."""

    def __str__(self) -> str:
        """EDTF, written by :class:`chronik.dates.PartialDate` like every other date of chronik."""
        minute = None if self.hour is None else self.minute or 0
        return str(PartialDate(self.year, self.month, self.day, self.hour, minute, offset=self.offset))

    @property
    def as_date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    @classmethod
    def of(cls, day: date, spec: Spec | None = None) -> Point:
        hour = spec.hour if spec else None
        minute = spec.minute if spec else None
        return cls(day.year, day.month, day.day, hour, minute)


#: Zone abbreviations with one meaning in news text, as UTC offsets in minutes. Ambiguous ones (CST, IST) are left out:
#: a time with them stays local.
ZONE_ABBREVIATIONS = {
    "UTC": 0,
    "GMT": 0,
    "BST": 60,
    "CET": 60,
    "MEZ": 60,
    "CEST": 120,
    "MESZ": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "EDT": -240,
    "EST": -300,
    "CDT": -300,
    "MDT": -360,
    "MST": -420,
    "PDT": -420,
    "PST": -480,
    "JST": 540,
    "AEST": 600,
    "AEDT": 660,
    "Greenwich Mean Time": 0,  # as a BBC page writes its stamp's zone
    "British Summer Time": 60,
}


@dataclass(frozen=True)
class Context:
    """What resolution may lean on besides the expression itself."""

    ref: date | None
    """The reference date (document creation time, else inferred from the text)."""
    ref_is_dct: bool
    tense: int
    """-1 past, +1 future, 0 unknown (of the clause the expression stands in)."""
    language: str
    anchor: date | None = None
    """The previous day-precise date in the text."""
    anchor_month: tuple[int, int] | None = None
    """Year and month of the previous dated mention at month precision or finer."""
    ranges: tuple[tuple[date, date], ...] = ()
    """Day ranges the text gives, for placing a weekday when there is no creation date."""
    told: bool = False
    """The expression dates a statement told as made ("said Thursday"): never after the reference."""
    topic_year: int | None = None
    """A later year the sentence names with its subject ("the 2019 World Cup", "die WM 2026"): a day or
    month without year in a clause that is not past belongs to it ("… on June 4")."""
    event_anchor: date | None = None
    """The previous day-precise date of an event (not of a report): "Am Abend" and "um 10 Uhr" continue
    the story, not the day it was told."""
    firm: bool = True
    """The tense is the clause's own: a date never lies on the other side. A tense guessed from the rest of
    the sentence only charges :data:`AGAINST_TENSE` days ("The agreement, signed on January 5, takes
    effect on April 1": the clause of April 1 has no tense of its own)."""
    anchor_ends: bool = False
    """The previous day-precise date ends a period ("gilt bis zum 20. Oktober"): no programme day follows it."""
    anchor_year: int | None = None
    """The year of the previous dated mention, at any precision: "im Vorjahr" is the year before it."""


def _full_dates(timex: Timex) -> list[date]:
    out = []
    for spec in (timex.first, timex.last):
        if spec and spec.year and spec.month and spec.day and (day := valid_date(spec.year, spec.month, spec.day)):
            out.append(day)
    return out


def latest_full_date(found: list[Timex]) -> date | None:
    """The latest full date the expressions name (the reference of a text without its own date)."""
    days = [d for timex in found for d in _full_dates(timex)]
    return max(days) if days else None


#: At most this many distinct day ranges are tried when placing a weekday in a text without a date.
MAX_RANGES = 20


def day_ranges(found: list[Timex]) -> tuple[tuple[date, date], ...]:
    """The spans of days (a month at most) the expressions name, at most :data:`MAX_RANGES`."""
    out: dict[tuple[date, date], None] = {}
    for timex in found:
        days = _full_dates(timex)
        if timex.kind == "range" and len(days) == 2 and days[0] < days[1] and (days[1] - days[0]).days <= 31:
            out[days[0], days[1]] = None
            if len(out) == MAX_RANGES:
                break
    return tuple(out)


def ends_a_period(text: str, start: int, language: str) -> bool:
    """Does a word of a span's end stand right before the date at ``start``, maybe with an article ("bis zum
    20. Oktober", "until the 20th")?"""
    pattern = _period_end(language)
    return pattern is not None and pattern.search(text, max(0, start - 30), start) is not None


@cache
def _period_end(language: str) -> re.Pattern[str] | None:
    words = get(language).range_words
    return re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, words))})\s+(?:\w{{1,4}}\s+)?\Z") if words else None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


#: How many years either side of the reference a day or month without year may be placed in: one is
#: enough but for 29 February, whose nearest year on the side the tense allows may be eight away.
YEARS_AROUND = 8


#: Days a candidate is charged for lying against a tense the clause does not state itself (see
#: :attr:`Context.firm`).
AGAINST_TENSE = 200


def _allowed(offset: int, tense: int) -> bool:
    """May a candidate ``offset`` (days or months) after the reference stand in a clause of ``tense``?
    Never after it in a past clause, never before it in a future one."""
    return not ((tense < 0 and offset > 0) or (tense > 0 and offset < 0))


#: Days a day with its month may lie on the other side of the reference than its tense says: the text may have
#: been written a day or two before or after the date it carries.
DCT_SLACK = 2


def _by_tense(candidates: list[date], ref: date, tense: int, firm: bool = True, slack: int = 0) -> date | None:
    """The candidate nearest to ``ref`` on the side the tense allows (a tie goes to the past), or within ``slack``
    days of it on the other; with a tense that is not ``firm``, one on the other side is charged
    :data:`AGAINST_TENSE` days instead."""

    def fits(days: int) -> bool:
        return _allowed(days, tense) or abs(days) <= slack

    def cost(c: date) -> tuple[int, bool]:
        days = (c - ref).days
        return abs(days) + (0 if fits(days) else AGAINST_TENSE), days > 0

    allowed = [c for c in candidates if not firm or fits((c - ref).days)]
    return min(allowed, key=cost) if allowed else None


def _month_by_tense(month: int, ref: date, tense: int, direction: int | None, firm: bool = True) -> tuple[int, int]:
    here = ref.year * 12 + ref.month - 1
    options = [(y, month) for y in (ref.year - 1, ref.year, ref.year + 1)]
    index = {o: o[0] * 12 + o[1] - 1 for o in options}
    if direction == -1:
        return max((o for o in options if index[o] < here), key=index.__getitem__)
    if direction == 1:
        return min((o for o in options if index[o] > here), key=index.__getitem__)
    if direction == 0:
        return (ref.year, month)

    def cost(o: tuple[int, int]) -> tuple[int, bool]:
        months = index[o] - here
        return abs(months) * 30 + (0 if _allowed(months, tense) else AGAINST_TENSE), months > 0

    allowed = [o for o in options if not firm or _allowed(index[o] - here, tense)]  # never empty
    return min(allowed, key=cost)


def weekday_date(spec: Spec, ctx: Context) -> date | None:
    """The date of a weekday expression ("am Sonntag", "headed Tuesday", "kommenden Samstag")."""
    weekday = spec.weekday
    assert weekday is not None
    if spec.week_offset is not None:  # "am Dienstag voriger Woche"
        if ctx.ref is None:
            return None
        return ctx.ref - timedelta(ctx.ref.weekday()) + timedelta(7 * spec.week_offset + weekday)
    if not ctx.ref_is_dct:
        # No creation date: a weekday inside a day range the text gives ("vom 10. bis 16. November") is that day.
        hits = []
        for first, last in ctx.ranges:
            days = [first + timedelta(n) for n in range((last - first).days + 1)]
            match = [d for d in days if d.weekday() == weekday]
            if len(match) == 1:
                hits.append(match[0])
        if len(set(hits)) == 1:
            return hits[0]
    if ctx.ref is None:
        return None
    ref = ctx.ref
    candidates = [ref + timedelta(n) for n in range(-7, 8) if (ref + timedelta(n)).weekday() == weekday]
    if spec.direction == -1:
        return max(c for c in candidates if c < ref)
    if spec.direction == 1:
        return min(c for c in candidates if c > ref)
    if spec.direction == 0:  # this week's, but one past already is the coming one where the clause looks ahead:
        day = ref - timedelta(ref.weekday()) + timedelta(weekday)  # "an diesem Dienstag wird …" said on a Sunday
        return day + timedelta(7) if day < ref and ctx.tense > 0 else day
    if spec.since:
        return max(c for c in candidates if c <= ref)
    if spec.edition:  # papers report the next morning's edition ahead ("Vorabmeldung"), else a recent one
        return (
            ref + timedelta(1) if (ref + timedelta(1)).weekday() == weekday else max(c for c in candidates if c <= ref)
        )
    if spec.deadline and ctx.tense >= 0:
        return min(c for c in candidates if c >= ref)
    if (
        ctx.anchor is not None
        and not ctx.anchor_ends
        and ctx.tense >= 0
        and 0 < (ctx.anchor - ref).days <= 14
        and weekday != ref.weekday()
    ):
        # A programme told ahead ("am Donnerstag … Am Samstag"): the day follows the last date named. The
        # dct's own weekday stays the dct, as the development set's conventions have it.
        following = ctx.anchor + timedelta((weekday - ctx.anchor.weekday()) % 7)
        if (following - ctx.anchor).days <= 6:
            return following
    wire = get(ctx.language).copy_dated_day_before
    if wire and ctx.ref_is_dct and (ref + timedelta(1)).weekday() == weekday and not ctx.told:
        # Wire copy is dated the day before it runs: "headed Tuesday" in a Monday story is the next day.
        return ref + timedelta(1)
    near = [c for c in candidates if abs((c - ref).days) <= 6]
    if ctx.tense < 0:
        return max(c for c in near if c <= ref)
    if ctx.tense > 0:
        return min(c for c in near if c >= ref)
    return min(near, key=lambda c: (abs((c - ref).days), c > ref))


#: How many years before the reference a year named before "im Vorjahr" may lie and still be the year it counts from.
PRIOR_REACH = 2


def resolve_spec(spec: Spec, ctx: Context) -> Point | tuple[Point, Point] | None:
    """The value of one expression (or range end): a point, a (first, last) range, or None."""
    ref = ctx.ref
    if spec.ago is not None:
        if ref is None:
            return None
        count, unit = spec.ago
        if unit == "D":
            return Point.of(ref - timedelta(count))
        if unit == "W":  # "vor zwei Wochen", "one week ago": counted in days, as people count them
            return Point.of(ref - timedelta(7 * count))
        if unit == "M":
            y, m = _add_months(ref.year, ref.month, -count)
            return Point(y, m)
        if count == 1:  # "vor einem Jahr", "a year ago": the same time last year, its month
            return Point(ref.year - 1, ref.month)
        return Point(ref.year - count)
    if spec.prior_year:  # "im Vorjahr" after "im Geschäftsjahr 2020" in a text of 2021: 2019
        near = ctx.anchor_year is not None and ref is not None and ref.year - PRIOR_REACH <= ctx.anchor_year <= ref.year
        counted = ctx.anchor_year if near else (ref.year if ref else None)
        return Point(counted - 1) if counted is not None else None
    if spec.ahead is not None:  # "in drei Wochen": only where the clause is of the future ("scored in two years")
        if ref is None or ctx.tense <= 0:
            return None
        count, unit = spec.ahead
        if unit in ("D", "W"):
            return Point.of(ref + timedelta(count * (7 if unit == "W" else 1)))
        return Point(*_add_months(ref.year, ref.month, count)) if unit == "M" else Point(ref.year + count)
    if spec.day_offset is not None:
        if ref is None:
            return None
        day = ref + timedelta(spec.day_offset)
        if spec.weekday is not None and day.weekday() != spec.weekday:
            # "des heutigen Freitags" in an update of an earlier day: the day is that weekday's, counted away
            # from the text's day the way the word points (today and yesterday back, tomorrow on)
            step = timedelta(1 if spec.day_offset > 0 else -1)
            while day.weekday() != spec.weekday:
                day += step
        return Point.of(day, spec)
    if spec.anchor_days is not None:
        base = (ctx.event_anchor or ctx.anchor) if spec.anchor_days == 0 and not spec.named_day else ctx.anchor
        if base is None and spec.anchor_days == 0 and ctx.ref_is_dct and not spec.named_day:
            # "am frühen Morgen", "in the afternoon" before any day is named: the text's day ("the same day"
            # before any day names none)
            base = ctx.ref
        if base is not None and ctx.told and ctx.ref_is_dct and ctx.ref is not None and base > ctx.ref:
            base = ctx.ref  # "…“, so der Dienst am Abend" after a forecast for Sunday: the statement's evening
        return Point.of(base + timedelta(spec.anchor_days), spec) if base else None
    if spec.anchor_months is not None:
        if ctx.anchor_month is None:
            return None
        y, m = _add_months(*ctx.anchor_month, spec.anchor_months)
        return Point(y) if spec.modifier == "year" else Point(y, m)
    if spec.weekend:
        return _weekend(spec, ctx)
    if spec.week_offset is not None and spec.weekday is None:
        if ref is None:
            return None
        if spec.week_offset == -1 and ref.weekday() == 6 and ctx.ref_is_dct:
            return None  # "vergangene Woche" on a Sunday: the week now ending, or the one before? Left open.
        monday = ref - timedelta(ref.weekday()) + timedelta(7 * spec.week_offset)
        return (Point.of(monday), Point.of(monday + timedelta(6)))
    if spec.month_offset is not None:
        if ref is None:
            return None
        return Point(*_add_months(ref.year, ref.month, spec.month_offset))
    if spec.quarter_offset is not None:  # "last quarter": the three months of the quarter before the reference's
        if ref is None:
            return None
        first = _add_months(ref.year, ref.month - (ref.month - 1) % 3, 3 * spec.quarter_offset)
        return (Point(*first), Point(*_add_months(*first, 2)))
    if spec.easter is not None:  # "am Karfreitag": the one the tense points to, a year either side
        base = ref or (date(ctx.anchor_month[0], 1, 1) if ctx.anchor_month else None)
        if base is None:
            return None
        options = [easter(y) + timedelta(spec.easter) for y in range(base.year - 1, base.year + 2)]
        chosen = _by_tense(options, base, ctx.tense, ctx.firm)
        return Point.of(chosen, spec) if chosen else None
    if spec.month is not None and spec.day is not None:
        year = spec.year
        if year is None and spec.year_offset is not None and ref is not None:  # "on March 31 next year"
            year = ref.year + spec.year_offset
        if year is not None:
            exact = valid_date(year, spec.month, spec.day)
            return Point.of(exact, spec) if exact else None
        if ctx.topic_year is not None and (exact := valid_date(ctx.topic_year, spec.month, spec.day)):
            return Point.of(exact, spec)
        if (story := story_year(spec, ctx.anchor, ctx.ref, ctx.tense)) is not None:
            return Point.of(story, spec)
        base = ref or (date(ctx.anchor_month[0], ctx.anchor_month[1], 1) if ctx.anchor_month else None)
        if base is None:
            return None
        chosen = None
        for around in (1, YEARS_AROUND):  # a year either side, unless that leaves no 29 February
            years = range(base.year - around, base.year + around + 1)
            options = [d for y in years if 1 <= y <= 9999 and (d := valid_date(y, spec.month, spec.day))]
            named = [d for d in options if d.weekday() == spec.weekday] if spec.weekday is not None else []
            if around == 1 and named:  # "Saturday, August 26": the year in which the day is that weekday
                chosen = _by_tense(named, base, ctx.tense, False)
                break
            if (
                chosen := _by_tense(options, base, ctx.tense, ctx.firm, DCT_SLACK if ctx.ref_is_dct else 0)
            ) is not None:
                break
        return Point.of(chosen, spec) if chosen else None
    if spec.month is not None:
        if spec.year is not None:
            return Point(spec.year, spec.month)
        if spec.year_offset is not None:
            return Point(ref.year + spec.year_offset, spec.month) if ref else None
        if ctx.topic_year is not None and spec.direction is None:
            return Point(ctx.topic_year, spec.month)
        if ref is None:
            return Point(ctx.anchor_month[0], spec.month) if ctx.anchor_month else None
        if spec.since and spec.direction is None:  # "since March", "seit März": the latest March up to now
            return Point(ref.year if spec.month <= ref.month else ref.year - 1, spec.month)
        return Point(*_month_by_tense(spec.month, ref, ctx.tense, spec.direction, ctx.firm))
    if spec.year_offset is not None:
        return Point(ref.year + spec.year_offset) if ref else None
    if spec.new_year:  # "adjourned to the new year" in December, "im neuen Jahr" in January
        return Point(ref.year + (ref.month > 6)) if ref else None
    if spec.weekday is not None:
        found = weekday_date(spec, ctx)
        return Point.of(found, spec) if found else None
    if spec.year is not None:
        return Point(spec.year)
    return None


def _weekend(spec: Spec, ctx: Context) -> tuple[Point, Point] | None:
    """Saturday and Sunday: of the week the direction names, else the nearest weekend the tense allows."""
    ref = ctx.ref
    if ref is None:
        return None
    saturday = ref - timedelta(ref.weekday()) + timedelta(5)
    options = [saturday + timedelta(7 * n) for n in (-1, 0, 1)]
    if spec.direction == 1:
        chosen = min(o for o in options if o > ref)  # "am kommenden Wochenende": the next one to begin
    elif spec.direction == -1:
        chosen = max(o for o in options if o + timedelta(1) < ref)  # "last weekend": the last one over
    elif spec.direction == 0:
        # "were arrested this weekend" on a Monday: the weekend just over, where the one of its week is still ahead
        chosen = saturday - timedelta(7) if ctx.tense < 0 and saturday > ref else saturday
    elif ctx.tense < 0:
        chosen = max(o for o in options if o <= ref)
    elif ctx.tense > 0:
        chosen = min(o for o in options if o + timedelta(1) >= ref)
    else:
        chosen = min(options, key=lambda o: min(abs((o - ref).days), abs((o + timedelta(1) - ref).days)))
    return (Point.of(chosen), Point.of(chosen + timedelta(1)))


def resolve_range(first: Spec, last: Spec, ctx: Context) -> tuple[Point, Point] | None:
    """Both ends of a range; an open year on the first end comes from the last ("vom 10. bis 16. November
    2024"); with no year at all the start is placed by tense and the end is the first such day after it
    ("from September 19 to February 12"); a weekday range runs forward ("von Mittwoch bis Sonntag"); an end
    with a direction places the start before it ("last summer": the last August over, and the June before)."""
    if (
        last.year is None
        and first.year is None
        and first.month is not None
        and last.month is not None
        and last.direction is None
        and not last.by_end
    ):
        year = running_year(first, last, ctx.ref)  # "will be hosted from October 22 through October 31" on the 27th
        start = resolve_spec(first if year is None else replace(first, year=year), ctx)
        if not isinstance(start, Point):
            return None
        year = start.year + (1 if (last.month, last.day or 0) < (first.month, first.day or 0) else 0)
        if last.day is not None and valid_date(year, last.month, last.day) is None:
            return None
        return start, Point(year, last.month, last.day, last.hour, last.minute if last.hour is not None else None)
    end = resolve_spec(last, ctx)
    if not isinstance(end, Point):
        return None
    if first.weekday is not None and first.day is None and last.weekday is not None:
        start = resolve_spec(first, ctx)
        if not isinstance(start, Point) or start.as_date is None:
            return None
        gap = (last.weekday - first.weekday) % 7
        stop = start.as_date + timedelta(gap)
        return start, Point(stop.year, stop.month, stop.day, last.hour, last.minute)
    if first.year is None and first.month is not None:
        year = end.year
        if end.month is not None and first.month > end.month:
            year -= 1
        first = Spec(year=year, month=first.month, day=first.day, hour=first.hour, minute=first.minute)
    start = resolve_spec(first, ctx)
    if not isinstance(start, Point):
        return None
    return start, end
