"""EDTF partial dates, spans and durations: parsing, writing, intervals."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from chronik.dates import (
    NEG_INF,
    POS_INF,
    PartialDate,
    Precision,
    Span,
    parse_duration,
    parse_partial_date,
    parse_when,
    utc_iso,
    wall_time,
)

from .strategies import partial_dates, when_texts

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("1967", Precision.YEAR),
        ("2024-11", Precision.MONTH),
        ("2024-11-08", Precision.DAY),
        ("2024-11-10T11:30", Precision.MINUTE),
        ("2024-11-10T11:30:05Z", Precision.SECOND),
    ],
)
def test_precision_is_what_was_written(text: str, precision: Precision) -> None:
    """A partial date keeps exactly the precision it was written with."""
    value = parse_partial_date(text)
    assert value.precision == precision
    assert str(value) == text


def test_month_interval_covers_the_whole_month_in_the_zone() -> None:
    """2024-11 in Berlin runs from 1 November 00:00 CET to 1 December 00:00 CET."""
    iv = parse_when("2024-11").interval(BERLIN)
    assert utc_iso(iv.start) == "2024-10-31T23:00:00Z"
    assert utc_iso(iv.end) == "2024-11-30T23:00:00Z"


def test_span_end_day_is_inclusive() -> None:
    """10-16 November is seven days: the interval ends at the start of the 17th."""
    span = parse_when("2024-11-10/2024-11-16")
    assert isinstance(span, Span)
    iv = span.interval(BERLIN)
    assert (iv.end - iv.start) // 86400 == 7


def test_duration_from_a_day_counts_that_day() -> None:
    """A five-day trip from Sunday 10 November ends on Thursday 14 November."""
    span = parse_when("2024-11-10/P5D")
    assert isinstance(span, Span)
    assert span.last_day() == date(2024, 11, 14)
    iv = span.interval(BERLIN)
    assert utc_iso(iv.end) == "2024-11-14T23:00:00Z"


def test_duration_with_a_time_is_exact() -> None:
    """A two-hour slot over the New York DST change ends two wall-clock hours later."""
    span = parse_when("2024-11-03T09:00/PT2H")
    iv = span.interval(ZoneInfo("America/New_York"))
    assert iv.end - iv.start == 7200


def test_local_time_across_the_dst_gap() -> None:
    """01:30 and 03:30 on 31 March 2024 in Berlin are one hour apart (the clock jumps)."""
    a = parse_when("2024-03-31T01:30").interval(BERLIN)
    b = parse_when("2024-03-31T03:30").interval(BERLIN)
    assert b.start - a.start == 3600


def test_open_and_unknown_ends() -> None:
    """An open or unknown end is unbounded, and written back as it was."""
    for text in ("../2024", "2024/..", "/2024-11", "2024-11/"):
        when = parse_when(text)
        assert str(when) == text
        iv = when.interval(BERLIN)
        assert iv.start == NEG_INF or iv.end == POS_INF


def test_qualifiers() -> None:
    """~ is approximate, ? uncertain, % both."""
    assert parse_partial_date("2024-11~").approximate
    assert parse_partial_date("2024?").uncertain
    both = parse_partial_date("2024-11-08%")
    assert both.approximate
    assert both.uncertain


def test_offsets_are_fixed() -> None:
    """A written offset wins over the zone."""
    value = parse_partial_date("2024-11-10T11:30-05:00")
    assert utc_iso(value.interval(BERLIN).start) == "2024-11-10T16:30:00Z"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13-01", "month 13 does not exist"),
        ("2024-02-30", "has no day 30"),
        ("2023-02-29", "has no day 29"),
        ("10000", "beyond 9999"),
        ("Y12345", "beyond 9999"),
        ("0000", "before 1"),
        ("-0044", "before 1"),
        ("2024-11-XX", "unspecified digits"),
        ("8.11.2024", "year first"),
        ("2024-21", "seasons"),
        ("2024-11-10T24:00", "time of day"),
        ("2024-11-10T11:30?", "apply to dates"),
        ("2024-11-16/2024-11-10", "ends before it starts"),
        ("2024-11-10/2024-11-16T10:00", "mixes a date and a date-time"),
        ("/", "neither start nor end"),
        ("../P5D", "needs a known start"),
        ("2024-11-10/P", "not an ISO 8601 duration"),
        ("2024-11-10T10:00+15:00", "impossible UTC offset"),
        ("next tuesday", "not a valid date"),
        ("a/b/c", "more than one"),
    ],
)
def test_bad_dates_say_what_is_wrong(text: str, message: str) -> None:
    """Each malformed value raises ValueError quoting the value and naming the problem."""
    with pytest.raises(ValueError, match=message) as err:
        parse_when(text)
    assert text.split("/")[0] in str(err.value) or text in str(err.value)


def test_durations() -> None:
    """ISO 8601 durations round-trip; whole days are recognised."""
    assert str(parse_duration("P1Y2M3W4DT5H6M7S")) == "P1Y2M3W4DT5H6M7S"
    assert parse_duration("P2W").whole_days == 14
    assert parse_duration("PT3H").whole_days is None
    with pytest.raises(ValueError, match="10,000 years"):
        parse_duration("P9999Y9999M")


def test_month_durations_clip_to_the_month_end() -> None:
    """31 January plus one month is the end of February."""
    span = parse_when("2024-01-31T10:00/P1M")
    assert isinstance(span, Span)
    assert span.last_day() == date(2024, 2, 29)


def test_utc_iso_edges() -> None:
    """Instants just outside years 1-9999 are still written, never raising."""
    assert utc_iso(NEG_INF) is None
    assert utc_iso(POS_INF) is None
    year_one = parse_partial_date("0001-01-01").interval(ZoneInfo("Asia/Tokyo"))
    assert str(utc_iso(year_one.start)).startswith("0000-12-31T")  # local mean time, per tzdata
    last = parse_partial_date("9999").interval(ZoneInfo("America/Los_Angeles"))
    assert utc_iso(last.end) == "10000-01-01T08:00:00Z"


@given(partial_dates())
def test_partial_dates_round_trip(value: PartialDate) -> None:
    """Writing a partial date and parsing it back gives the same value."""
    assert parse_partial_date(str(value)) == value


@given(partial_dates(), st.sampled_from(["Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati"]))
def test_intervals_are_never_empty(value: PartialDate, tz: str) -> None:
    """Every date covers some time, at every precision and in every zone."""
    iv = value.interval(ZoneInfo(tz))
    assert iv.start < iv.end


@given(when_texts())
def test_whens_round_trip(text: str) -> None:
    """Every EDTF when chronik writes parses back to the same text."""
    when = parse_when(text)
    assert str(parse_when(str(when))) == str(when)
    iv = when.interval(BERLIN)
    assert iv.start < iv.end


@given(st.text(max_size=30))
def test_parser_never_crashes(text: str) -> None:
    """Any text either parses or raises ValueError - nothing else."""
    with contextlib.suppress(ValueError):
        parse_when(text)


_BOUND_ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham"]


def _local_midnight(day: date, tz: ZoneInfo) -> int:
    """UTC seconds of the first instant of ``day`` in ``tz`` (the offset before a gap at midnight)."""
    return int(datetime(day.year, day.month, day.day, tzinfo=tz).timestamp())


def _next(day: date, precision: Precision) -> date:
    if precision == Precision.YEAR:
        return date(day.year + 1, 1, 1)
    if precision == Precision.MONTH:
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return day + timedelta(days=1)


@settings(max_examples=400)
@given(
    st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2040, 12, 30)),
    st.sampled_from(list(Precision)),
    st.sampled_from(_BOUND_ZONES),
    st.integers(1, 180),
)
def test_bounds_have_their_length_on_the_utc_line(moment: datetime, precision: Precision, name: str, k: int) -> None:
    """A second lasts 1 s and a minute 60 s of UTC, whatever the clocks do next (no end an hour late
    before the repeated autumn hour); a day, month or year runs from its local midnight to the next
    one, however long that is that day; and later local times never start earlier."""
    tz = ZoneInfo(name)
    y, mo, d, h, mi, s = moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second
    value = {
        Precision.YEAR: PartialDate(y),
        Precision.MONTH: PartialDate(y, mo),
        Precision.DAY: PartialDate(y, mo, d),
        Precision.MINUTE: PartialDate(y, mo, d, h, mi),
        Precision.SECOND: PartialDate(y, mo, d, h, mi, s),
    }[precision]
    iv = value.interval(tz)
    assert iv.end > iv.start
    if value.has_time:
        assume(wall_time(value, tz) == "ok" or wall_time(value, tz) == "fold")
        assert iv.end - iv.start == (1 if precision == Precision.SECOND else 60)
        later = moment.replace(second=s if precision == Precision.SECOND else 0) + timedelta(minutes=k)
        other = PartialDate(later.year, later.month, later.day, later.hour, later.minute, value.second)
        assume(wall_time(other, tz) != "gap" and wall_time(value, tz) != "gap")
        assert other.interval(tz).start >= iv.end
    else:
        first = value.first_day()
        assert iv.start == _local_midnight(first, tz)
        assert iv.end == _local_midnight(_next(first, precision), tz)
        following = _next(first, precision)
        nxt = PartialDate(following.year, following.month if precision >= Precision.MONTH else None)
        if precision == Precision.DAY:
            nxt = PartialDate(following.year, following.month, following.day)
        assert nxt.interval(tz).start == iv.end


def test_the_minute_before_the_repeated_hour_ends_on_time() -> None:
    """2024-10-27T02:59 in Berlin (first occurrence, 00:59Z) ends at 01:00Z, not at 03:00 local (02:00Z)."""
    iv = PartialDate(2024, 10, 27, 2, 59).interval(ZoneInfo("Europe/Berlin"))
    assert (utc_iso(iv.start), utc_iso(iv.end)) == ("2024-10-27T00:59:00Z", "2024-10-27T01:00:00Z")
