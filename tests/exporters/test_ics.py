"""The ICS export, read back by two independent parsers: icalendar and ical (allenporter, strict)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

import icalendar
import pytest
from hypothesis import given, reject, settings
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream
from pydantic import ValidationError

import chronik
from chronik.lint import lint
from chronik.model import Timeline

from ..conftest import DATA, SEED

CASES = [SEED, *sorted((DATA / "timelines").glob("*.yaml"))]


def _ics(path: object) -> str:
    return chronik.dumps(chronik.load(str(path)), "ics")


def test_seed_has_departure_and_delegation_trip(seed: Timeline) -> None:
    """The departure is all-day 10 November; the delegation trip spans 10-16 November (DTEND 17th)."""
    cal = IcsCalendarStream.calendar_from_ics(chronik.dumps(seed, "ics"))
    by_uid = {e.uid: e for e in cal.events}
    departure = by_uid["departure.wegner-usa-2024@chronik.invalid"]
    assert (departure.dtstart, departure.dtend) == (date(2024, 11, 10), date(2024, 11, 11))
    trip = by_uid["delegation-trip.wegner-usa-2024@chronik.invalid"]
    assert (trip.dtstart, trip.dtend) == (date(2024, 11, 10), date(2024, 11, 17))
    five = by_uid["wegner-trip.wegner-usa-2024@chronik.invalid"]
    assert (five.dtstart, five.dtend) == (date(2024, 11, 10), date(2024, 11, 15))


def test_seed_never_pins_coarse_or_undated_entries(seed: Timeline) -> None:
    """1967, "November 2024" and the undated stops are not in the calendar; the stops are in the trip's text."""
    text = chronik.dumps(seed, "ics")
    cal = icalendar.Calendar.from_ical(text)
    uids = {str(e["UID"]) for e in cal.walk("VEVENT")}
    for left_out in ("sister-cities-1967", "checkpoint-2024-11", "stop-boston", "us-election"):
        assert not any(u.startswith(left_out + ".") for u in uids)
    trip = next(e for e in cal.walk("VEVENT") if str(e["UID"]).startswith("delegation-trip."))
    desc = str(trip["DESCRIPTION"])
    assert desc.index("New York") < desc.index("Boston") < desc.index("Giffey") < desc.index("Los Angeles")


def test_notes_list_what_the_calendar_leaves_out(seed: Timeline) -> None:
    """The exporter reports every entry it could not place on a day."""
    notes = chronik.render(seed, "ics").notes
    assert any("checkpoint-2024-11" in n and "November 2024" in n for n in notes)
    assert len(notes) == 8


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_both_parsers_accept_and_agree(path: object) -> None:
    """icalendar and ical parse every export and agree on UIDs, starts and ends."""
    text = _ics(path)
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    strict = IcsCalendarStream.calendar_from_ics(text)
    loose = icalendar.Calendar.from_ical(text)
    a = {e.uid: (e.dtstart, e.dtend) for e in strict.events}
    b = {str(e["UID"]): (_dt(e, "DTSTART"), _dt(e, "DTEND")) for e in loose.walk("VEVENT")}
    assert a.keys() == b.keys()
    for uid, (start, end) in a.items():
        s2, e2 = b[uid]
        assert _utc(start) == _utc(s2), uid
        if end is not None and e2 is not None:
            assert _utc(end) == _utc(e2), uid


def _dt(component: Any, name: str) -> Any:
    return component[name].dt if name in component else None


def _utc(value: Any) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def test_timed_events_carry_zones_and_vtimezones() -> None:
    """Local times get a TZID with a VTIMEZONE; UTC and offsets are written in UTC; nothing floats."""
    text = _ics(DATA / "timelines" / "berlin_dst.yaml")
    cal = icalendar.Calendar.from_ical(text)
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    assert {"Europe/Berlin", "America/New_York"} <= zones
    for ev in cal.walk("VEVENT"):
        start = _dt(ev, "DTSTART")
        assert isinstance(start, datetime)
        assert start.tzinfo is not None
    by_uid: dict[str, Any] = {str(e["UID"]).split(".")[0]: e for e in cal.walk("VEVENT")}
    assert by_uid["after-spring"].start.astimezone(UTC) == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)
    assert by_uid["offset-call"].start == datetime(2024, 11, 10, 16, 30, tzinfo=UTC)
    ny = by_uid["ny-autumn"]
    assert ny.end - ny.start == timedelta(hours=2)


def test_uids_are_stable_and_domain_configurable(seed: Timeline) -> None:
    """UIDs derive from ids and the domain option, never from randomness."""
    text = chronik.dumps(seed, "ics", domain="example.org")
    assert "UID:departure.wegner-usa-2024@example.org" in text
    assert "X-WR-RELCALID:wegner-usa-2024@example.org" in text
    assert "\nUID:wegner-usa-2024@example.org" not in text  # no calendar UID: see test_one_uid_per_item


def test_text_cannot_inject_properties() -> None:
    """Line breaks in event text are escaped, so 'END:VEVENT' in a description stays text."""
    text = _ics(DATA / "timelines" / "markup.yaml")
    lines = text.split("\r\n")
    assert lines.count("END:VEVENT") == 3  # the report and the two events
    assert not any(line.startswith("DTSTART:1970") for line in lines)
    tricky = next(e for e in icalendar.Calendar.from_ical(text).walk("VEVENT") if str(e["UID"]).startswith("tricky."))
    assert "DTSTART:19700101\nEND:VEVENT" in str(tricky["DESCRIPTION"])
    assert "CATEGORIES:event,a\\,b,c\\;d,e\\\\f" in text


def test_stamp_option_sets_dtstamp(seed: Timeline) -> None:
    """An explicit stamp (the CLI passes SOURCE_DATE_EPOCH) replaces the timeline's date."""
    text = chronik.dumps(seed, "ics", stamp=datetime(2000, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert "DTSTAMP:20000102T030405Z" in text


def test_partial_option_adds_labelled_spans(seed: Timeline) -> None:
    """With partial=True, month and undated entries become labelled all-day spans, never a fake day."""
    text = chronik.dumps(seed, "ics", partial=True)
    cal = icalendar.Calendar.from_ical(text)
    by_id = {str(e["UID"]).split(".")[0]: e for e in cal.walk("VEVENT")}
    month = by_id["checkpoint-2024-11"]
    assert (_dt(month, "DTSTART"), _dt(month, "DTEND")) == (date(2024, 11, 1), date(2024, 12, 1))
    assert str(month["X-CHRONIK-PRECISION"]) == "month"
    assert str(month["SUMMARY"]).endswith("(November 2024)")
    year = by_id["sister-cities-1967"]
    assert (_dt(year, "DTSTART"), _dt(year, "DTEND")) == (date(1967, 1, 1), date(1968, 1, 1))
    boston = by_id["stop-boston"]
    assert (_dt(boston, "DTSTART"), _dt(boston, "DTEND")) == (date(2024, 11, 10), date(2024, 11, 17))
    assert str(boston["X-CHRONIK-PRECISION"]) == "undated"
    assert "Datum nicht berichtet" in str(boston["SUMMARY"])
    assert "us-election" not in by_id  # only an upper bound: nothing honest to show
    notes = chronik.render(seed, "ics", partial=True).notes
    assert any("'stop-boston' shown as a labelled span" in n for n in notes)
    assert any("left out 'us-election'" in n for n in notes)


def test_calendar_properties_for_every_client(seed: Timeline) -> None:
    """The calendar-level properties Google, Apple and Outlook each read are all there."""
    text = chronik.dumps(seed, "ics", prodid="-//Example Newsroom//chronik//DE")
    for line in (
        "VERSION:2.0",
        "PRODID:-//Example Newsroom//chronik//DE",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "NAME:Kai Wegners USA-Reise im November 2024",
        "X-WR-CALNAME:Kai Wegners USA-Reise im November 2024",
        "REFRESH-INTERVAL;VALUE=DURATION:P1D",
        "X-PUBLISHED-TTL:P1D",
        "TRANSP:TRANSPARENT",
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
    ):
        assert line + "\r\n" in text, line
    assert "X-WR-CALDESC:" in text
    assert "\r\nDESCRIPTION:Berlins" in text


def test_partial_spans_at_the_edge_of_time() -> None:
    """An undated part of a trip in year 1 has no stand-in span rather than an overflow."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "timezone": "Europe/Berlin",
            "events": [
                {"id": "trip", "title": "T", "when": "0001-01-01/0001-01-02"},
                {"id": "part", "title": "P", "parent": "trip"},
            ],
        }
    )
    assert "BEGIN:VEVENT" in chronik.dumps(tl, "ics", partial=True)


# --- a point in time: DTEND one unit of its precision later -------------------------------------------------

_ZONES = ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC"]


def _point_timeline(when: str, zone: str) -> Timeline:
    return Timeline.model_validate(
        {"id": "t", "title": "T", "timezone": zone, "events": [{"id": "p", "title": "P", "when": when}]}
    )


@settings(max_examples=150, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2060, 12, 31)),
    zone=st.sampled_from(_ZONES),
    seconds=st.booleans(),
    partial=st.booleans(),
)
def test_a_point_in_time_ends_one_unit_later(moment: datetime, zone: str, seconds: bool, partial: bool) -> None:
    """Every timed entry without an end gets a DTEND exactly one minute (second) after DTSTART, as instants.

    Around DST changes too (the end may be written in another offset or in UTC), with and without
    ``partial``; and ``chronik lint`` finds no error in it.
    """
    when = moment.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")
    text = chronik.dumps(_point_timeline(when, zone), "ics", partial=partial)
    (ev,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    start, end = _dt(ev, "DTSTART"), _dt(ev, "DTEND")
    assert "DURATION" not in ev
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(seconds=1 if seconds else 60)
    assert not [f for f in lint(text.encode()) if f.severity == "error"]


@pytest.mark.parametrize(
    ("when", "end"),
    [
        ("2024-10-27T01:59", "DTEND:20241027T000000Z"),  # 02:00 is in the repeated hour: in UTC
        ("2024-03-31T01:59", "DTEND;TZID=Europe/Berlin:20240331T030000"),  # across the gap
    ],
)
def test_points_end_one_unit_later_on_the_utc_line(when: str, end: str) -> None:
    """A point's DTEND is one unit later on the UTC line, in UTC where that falls in the repeated hour.

    (A span or duration that ends as it starts is refused on loading, so it never reaches the calendar.)"""
    assert f"\r\n{end}\r\n" in chronik.dumps(_point_timeline(when, "Europe/Berlin"), "ics")


def test_other_formats_keep_a_point_a_point() -> None:
    """The DTEND is ICS's alone: the CSV export still shows a point without an end time."""
    csv = chronik.dumps(_point_timeline("2024-11-10T11:30", "Europe/Berlin"), "csv")
    assert "P,11/10/2024,11:30 AM,,,False," in csv


_TEXT = st.text(
    st.characters(codec="utf-8", blacklist_categories=("Cc", "Cs")) | st.sampled_from("\r\n\x85\u2028\u2029\t"),
    max_size=40,
)


def _separator_timeline(title: str, description: str, place: str, tag: str) -> Timeline:
    return Timeline.model_validate(
        {
            "id": "t",
            "title": title,
            "description": description or None,
            "timezone": "Europe/Berlin",
            "places": [{"id": "pl", "name": place}],
            "events": [
                {
                    "id": "e",
                    "title": title,
                    "when": "2024-11-10",
                    "where": "pl",
                    "description": description or None,
                    "tags": [tag],
                }
            ],
        }
    )


@settings(max_examples=200, deadline=None)
@given(title=_TEXT.filter(str.strip), description=_TEXT, place=_TEXT.filter(str.strip), tag=_TEXT.filter(str.strip))
def test_every_text_property_treats_controls_and_separators_alike(
    title: str, description: str, place: str, tag: str
) -> None:
    """No TEXT value (SUMMARY, DESCRIPTION, LOCATION, CATEGORIES, NAME, X-WR-CALNAME/CALDESC) keeps a
    control character or a Unicode line separator raw: a single-line value has them as spaces, a
    multi-line one has every line break (CR, CRLF, NEL, U+2028/9) as an escaped ``\\n``."""
    try:  # the model refuses C0/C1 controls and invisible texts; NEL and U+2028/9 it reads as LF
        tl = _separator_timeline(title, description, place, tag)
    except ValidationError:
        reject()
    raw = chronik.dumps(tl, "ics")
    assert not re.search("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]", raw.replace("\r\n", ""))
    cal = icalendar.Calendar.from_ical(raw)
    (ev,) = cal.events
    singles = [str(ev["SUMMARY"]), str(ev["LOCATION"]), str(cal["NAME"]), str(cal["X-WR-CALNAME"])]
    singles += [str(c) for c in ev.categories]
    for value in singles:
        assert not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029]", value), value
    multis = [str(ev[k]) for k in ("DESCRIPTION",) if k in ev] + [
        str(cal[k]) for k in ("DESCRIPTION", "X-WR-CALDESC") if k in cal
    ]
    for value in multis:
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", value), value


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("status", ["cancelled", "tentative"])
def test_an_undated_part_keeps_its_status_in_the_parents_description(language: str, status: str) -> None:
    """A cancelled or tentative undated stop (nested too) says so in its trip's ICS and CSV description."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "language": language,
            "timezone": "Europe/Berlin",
            "events": [
                {"id": "trip", "title": "Trip", "kind": "trip", "when": "2024-11-10/2024-11-12"},
                {"id": "stop", "title": "Stop", "kind": "stop", "parent": "trip", "status": status},
                {"id": "visit", "title": "Visit", "parent": "stop", "status": status},
                {"id": "other", "title": "Other", "parent": "trip"},
            ],
        }
    )
    word = {("de", "cancelled"): "ABGESAGT", ("de", "tentative"): "VORLÄUFIG"}.get((language, status), status.upper())
    (trip,) = icalendar.Calendar.from_ical(chronik.dumps(tl, "ics")).events
    description = str(trip["DESCRIPTION"])
    assert f"2. {word}: Stop (" in description
    assert f"\n   1. {word}: Visit (" in description
    assert "1. Other (" in description
    assert f"2. {word}: Stop (" in chronik.dumps(tl, "csv")


@pytest.mark.parametrize("language", ["de", "en"])
def test_name_says_the_language_and_an_imported_calendar_is_not_its_own_source(language: str) -> None:
    """NAME carries LANGUAGE (what chronik import reads back); a cited calendar file is left out of
    DESCRIPTION, other sources stay."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "timezone": "Europe/Berlin",
            "sources": [
                {"id": "cal", "kind": "document", "title": "The calendar", "file": "../cal.ics"},
                {"id": "zeit", "publisher": "Die Zeit"},
            ],
            "events": [{"id": "e", "title": "E", "when": "2024-11-10", "sources": ["cal", "zeit"]}],
        }
    )
    text = chronik.dumps(tl, "ics", language=language)
    assert f"\r\nNAME;LANGUAGE={language}:T\r\n" in text
    (ev,) = icalendar.Calendar.from_ical(text).events
    assert "Die Zeit" in str(ev["DESCRIPTION"])
    assert "The calendar" not in str(ev["DESCRIPTION"])


def test_partial_undated_days_are_read_at_the_entrys_place() -> None:
    """With --partial, an undated entry after a time is drawn on the days of its own place's zone
    (00:30 in Berlin is still the 10th in Los Angeles), as in the TimelineJS export."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "timezone": "Europe/Berlin",
            "places": [{"id": "la", "name": "Los Angeles", "tz": "America/Los_Angeles"}],
            "events": [
                {"id": "flight", "title": "Flight", "when": "2024-11-11T00:30"},
                {"id": "stop", "title": "Stop", "where": "la", "after": ["flight"], "before": ["back"]},
                {"id": "back", "title": "Back", "when": "2024-11-13"},
            ],
        }
    )
    (stop,) = [
        ev
        for ev in icalendar.Calendar.from_ical(chronik.dumps(tl, "ics", partial=True)).events
        if str(ev["SUMMARY"]).startswith("Stop")
    ]
    assert _dt(stop, "DTSTART") == date(2024, 11, 10)


def test_one_uid_per_item(seed: Timeline) -> None:
    """Split into one item per event with the calendar's properties copied in (as vdirsyncer and
    other sync tools do), each item's first UID is its event's: the calendar carries no UID of its own."""
    text = chronik.dumps(seed, "ics")
    header = text[: text.index("BEGIN:VEVENT")]
    assert "\r\nUID" not in header
