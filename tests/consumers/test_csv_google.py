"""The CSV export read back under Google Calendar's import rules gives the JSON export's instants.

Google's rules ("Create or edit a .csv file"): every row is read in the zone of the calendar it is
imported into (the file names none), dates are ``MM/DD/YYYY``, times ``1:00 PM``, and an all-day
event's End Date is its last day. chronik writes every time in the timeline's zone, so a calendar
in that zone reads each row at the instant the JSON export gives: for the seed, every sample and
every interop timeline (zones across the world, DST days, half-hour zones, fixed offsets).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest

import chronik
from chronik.dates import Span, zone
from chronik.exporters._ics_when import exact
from chronik.ordering import chronology

from ..conftest import DATA, SEED

CASES = {
    p.stem: p for p in [SEED, *sorted((DATA / "timelines").glob("*.yaml")), *sorted((DATA / "interop").glob("*.yaml"))]
}
UNIT = {"minute": timedelta(minutes=1), "second": timedelta(seconds=1)}


def _day(text: str) -> date:
    month, day, year = (int(x) for x in text.split("/"))
    return date(year, month, day)


def _clock(day: date, text: str, calendar_zone: str) -> datetime:
    """``1:30 PM`` on ``day`` in the calendar's zone; a repeated hour read as its first (fold 0)."""
    hhmm, meridiem = text.split(" ")
    hour, minute = (int(x) for x in hhmm.split(":"))
    assert 1 <= hour <= 12, text
    assert meridiem in ("AM", "PM"), text
    hour = hour % 12 + (12 if meridiem == "PM" else 0)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone(calendar_zone))


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


@pytest.mark.parametrize("case", sorted(CASES))
def test_csv_read_as_google_does_gives_the_json_instants(case: str) -> None:
    tl = chronik.load(CASES[case])
    rendered = chronik.render(tl, "csv")
    calendar_zone = tl.timezone or "UTC"  # the zone the README says to import into
    rows = list(csv.DictReader(io.StringIO(rendered.text, newline="")))
    json_rows = {r["id"]: r for r in json.loads(chronik.dumps(tl, "json"))["chronology"]}
    placed = [e for e in chronology(tl).entries if exact(e) is not None]
    assert len(rows) == len(placed)
    for row, e in zip(rows, placed, strict=True):
        want = json_rows[e.id]
        start, end = _instant(want["start"]), _instant(want["end"])
        if row["All Day Event"] == "True":
            local = zone(e.zone)  # an all-day row is a date: the entry's own days
            assert _day(row["Start Date"]) == start.astimezone(local).date(), e.id
            assert _day(row["End Date"]) + timedelta(days=1) == end.astimezone(local).date(), e.id
            assert start.astimezone(local).time() == end.astimezone(local).time() == datetime.min.time()
            continue
        assert row["All Day Event"] == "False"
        assert row["Description"].startswith(("Zeitzone der Uhrzeiten: ", "Time zone of the times: "))
        assert calendar_zone in row["Description"].splitlines()[0]
        read = _clock(_day(row["Start Date"]), row["Start Time"], calendar_zone)
        # JSON ends are exclusive: the last minute written plus one, or a start plus its duration
        last = end if isinstance(e.when, Span) and e.when.duration else end - UNIT[want["precision"]]
        read_end = _clock(_day(row["End Date"]), row["End Time"], calendar_zone) if row["End Date"] else None
        if any(_repeated(m, calendar_zone) for m in (start, last)):
            assert any(f"'{e.id}' falls in the repeated hour" in n for n in rendered.notes), e.id
            continue
        assert read.astimezone(UTC) == _minute(start), e.id
        if read_end is None:
            assert end - start == UNIT[want["precision"]], e.id  # a point: Google gives it its length
        else:
            assert read_end.astimezone(UTC) == _minute(last), e.id


def _repeated(moment: datetime, name: str) -> bool:
    local = moment.astimezone(zone(name)).replace(tzinfo=None)
    return local.replace(tzinfo=zone(name)).utcoffset() != local.replace(tzinfo=zone(name), fold=1).utcoffset()
