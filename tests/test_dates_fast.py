"""The fast path of ``PartialDate.interval`` against the general computation it replaced."""

from __future__ import annotations

from datetime import timedelta, timezone, tzinfo

from hypothesis import given
from hypothesis import strategies as st

from chronik.dates import Interval, PartialDate, _naive_to_utc, zone

ZONES = ["UTC", "Europe/Berlin", "America/Los_Angeles", "Australia/Lord_Howe", "Asia/Kathmandu", "Africa/Casablanca"]


def general_interval(value: PartialDate, tz: tzinfo) -> Interval:
    """The computation before the fast path, kept as the oracle."""
    if value.offset is not None:
        tz = timezone(timedelta(minutes=value.offset))
    start = _naive_to_utc(*value.local_start(), tz)
    if value.hour is not None:
        return Interval(start, start + (1 if value.second is not None else 60))
    return Interval(start, _naive_to_utc(*value.local_end(), tz))


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(st.one_of(st.integers(1, 9999), st.sampled_from([1, 2, 1582, 1900, 2000, 2024, 9998, 9999])))
    precision = draw(st.integers(1, 5))
    month = draw(st.integers(1, 12)) if precision >= 2 else None
    day = None
    if precision >= 3:
        assert month is not None
        last = PartialDate(year, month).last_day().day
        day = draw(st.one_of(st.integers(1, last), st.sampled_from([1, last])))
    hour = draw(st.integers(0, 23)) if precision >= 4 else None
    minute = draw(st.integers(0, 59)) if precision >= 4 else None
    second = draw(st.integers(0, 59)) if precision == 5 else None
    offset = draw(st.none() | st.integers(-14 * 60, 14 * 60)) if precision >= 4 else None
    qualifier = draw(st.sampled_from(["", "?", "~", "%"])) if precision <= 3 else ""
    return PartialDate(year, month, day, hour, minute, second, offset, qualifier)  # type: ignore[arg-type]


@given(partial_dates(), st.sampled_from(ZONES))
def test_interval_equals_the_general_computation(value: PartialDate, name: str) -> None:
    tz = zone(name)
    assert value.interval(tz) == general_interval(value, tz)


@given(partial_dates(), st.integers(-14 * 60, 14 * 60))
def test_interval_in_a_fixed_offset_zone(value: PartialDate, minutes: int) -> None:
    tz = timezone(timedelta(minutes=minutes))
    assert value.interval(tz) == general_interval(value, tz)


def test_values_no_parser_makes_take_the_general_path() -> None:
    odd = [PartialDate(2024, 1, 31, 24, 0), PartialDate(2024, None, 5), PartialDate(2024, 2, None, 10, 0)]
    for value in odd:
        try:
            expected: Interval | str = general_interval(value, zone("Europe/Berlin"))
        except (ValueError, OverflowError) as err:
            expected = repr(err)
        try:
            got: Interval | str = value.interval(zone("Europe/Berlin"))
        except (ValueError, OverflowError) as err:
            got = repr(err)
        assert got == expected
