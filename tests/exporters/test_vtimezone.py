"""Compact VTIMEZONEs: what they say equals what zoneinfo says, for every hour of the years covered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest

import chronik
from chronik.exporters._vtimezone import vtimezone

from ..conftest import DATA

ZONES = [
    ("Europe/Berlin", 2024, 2024),
    ("Europe/Berlin", 1967, 1997),  # no DST until 1980, then the 1980-1995 rule
    ("America/New_York", 2005, 2009),  # the US rule changed in 2007
    ("America/Los_Angeles", 1966, 1968),
    ("Europe/Moscow", 2010, 2015),  # permanent summer time 2011, back to standard 2014
    ("Asia/Kolkata", 2024, 2024),  # no DST, +05:30
    ("Australia/Lord_Howe", 2023, 2025),  # 30-minute DST, southern hemisphere
    ("Pacific/Chatham", 2040, 2041),  # +12:45/+13:45, after 2038
    ("America/Sao_Paulo", 2017, 2020),  # DST abolished in 2019
    ("Europe/Dublin", 2023, 2024),  # negative DST in tzdata
    ("UTC", 2024, 2024),
]


def _local_to_utc(local: datetime, tz: Any) -> datetime:
    return local.replace(tzinfo=tz).astimezone(UTC)


@pytest.mark.parametrize(("name", "first", "last"), ZONES, ids=[z[0] for z in ZONES])
def test_every_hour_maps_like_zoneinfo(name: str, first: int, last: int) -> None:
    """Each wall-clock hour in the years asked for maps to the same UTC instant as zoneinfo."""
    vtz = vtimezone(name, first, last)
    parsed = icalendar.Calendar.from_ical(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + vtz.encode() + b"END:VCALENDAR\r\n"
    )
    component: Any = next(iter(parsed.walk("VTIMEZONE")))
    tz = component.to_tz()
    zi = ZoneInfo(name)
    moment = datetime(first, 1, 1, tzinfo=UTC)
    while moment < datetime(last + 1, 1, 1, tzinfo=UTC):
        local = moment.astimezone(zi).replace(tzinfo=None)
        assert _local_to_utc(local, tz) == _local_to_utc(local, zi), (name, local)
        moment += timedelta(minutes=30)


def test_compact_rules_no_rdate_lists() -> None:
    """Berlin: rules since 1900 as RRULEs - the current pair open-ended - and no RDATE lists."""
    text = vtimezone("Europe/Berlin", 2024, 2024)
    assert "RDATE" not in text
    assert "DTSTART:18990101T000000" in text  # an observance before the first change: clients assume UTC
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n" in text
    assert text.count("BEGIN:STANDARD") + text.count("BEGIN:DAYLIGHT") <= 30


def test_the_same_vtimezone_in_every_export() -> None:
    """Exports of different years carry the identical VTIMEZONE (CalDAV servers keep the first per TZID)."""
    assert vtimezone("Europe/Berlin", 2024, 2024) == vtimezone("Europe/Berlin", 1999, 2031)


def test_a_changed_rule_is_closed_with_until() -> None:
    """New York's pre-2007 rule ends with UNTIL a day after its last change; the current one stays open."""
    text = vtimezone("America/New_York", 2005, 2009)
    assert "BYDAY=1SU;BYMONTH=4" in text
    assert "UNTIL=20060403T070000Z" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\n" in text


def test_zone_without_changes_starts_early() -> None:
    """A zone with no transitions in range still has an observance from before the years used."""
    text = vtimezone("Asia/Kolkata", 1967, 1967)
    assert "DTSTART:18990101T000000" in text
    assert "TZOFFSETTO:+0530" in text


def test_export_instants_match_zoneinfo_through_the_files_own_vtimezones() -> None:
    """Every timed event in an export, read through the VTIMEZONE in that file, is the right instant."""
    tl = chronik.load(DATA / "timelines" / "berlin_dst.yaml")
    cal = icalendar.Calendar.from_ical(chronik.dumps(tl, "ics"))
    zones: list[Any] = cal.walk("VTIMEZONE")
    own = {str(c["TZID"]): c.to_tz() for c in zones}
    assert set(own) == {"Europe/Berlin", "America/New_York"}
    checked = 0
    events: list[Any] = cal.walk("VEVENT")
    for ev in events:
        for prop in ("DTSTART", "DTEND"):
            if prop not in ev:
                continue
            value: datetime = ev[prop].dt
            tzid = ev[prop].params.get("TZID")
            if tzid:
                local = value.replace(tzinfo=None)
                assert _local_to_utc(local, own[tzid]) == _local_to_utc(local, ZoneInfo(tzid))
                checked += 1
    assert checked >= 8
