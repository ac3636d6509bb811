"""The ICS reader: chronik's own exports come back, other calendars import with notes, bad input fails cleanly."""

from __future__ import annotations

import re
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
from chronik.api import check_file, load_with_notes
from chronik.cli import cli
from chronik.dates import Span
from chronik.errors import ReadError, TimelineError
from chronik.model import Timeline
from chronik.ordering import Entry
from chronik.readers._ics import IcsReader
from chronik.registry import READERS
from chronik.writers import timeline_to_yaml

from ..conftest import DATA, SEED
from ..strategies import TITLES, timelines

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "ics-fixtures"
SAMPLES = sorted((DATA / "timelines").glob("*.yaml"))


def _read(body: str, header: str = "") -> tuple[Timeline, list[str]]:
    """Import a calendar made of ``header`` (calendar properties) and ``body`` (components)."""
    reader = IcsReader()
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{header}{body}END:VCALENDAR\n"
    return reader.read(text.replace("\n", "\r\n"), origin="t.ics"), reader.notes


def _event(*lines: str, uid: str = "a@example.org") -> str:
    return "BEGIN:VEVENT\n" + "".join(f"{line}\n" for line in (f"UID:{uid}", "SUMMARY:Hi", *lines)) + "END:VEVENT\n"


def _whens(tl: Timeline) -> list[str]:
    return [str(e.when) for e in tl.events]


# --- round trips -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [SEED, *SAMPLES, *sorted((DATA / "interop").glob("*.yaml"))], ids=lambda p: p.stem)
def test_round_trip_byte_identical(path: Path) -> None:
    """export -> import -> export gives the same bytes (UIDs, days, times, zones, texts, parts of trips),
    and the timeline's language comes back from the calendar."""
    original = chronik.load(path)
    first = chronik.dumps(original, "ics")
    reader = IcsReader()
    imported = reader.read(first, origin="x.ics")
    assert imported.language == original.language
    assert chronik.dumps(imported, "ics") == first
    assert reader.notes == []


def test_the_seed_keeps_its_parts(seed: Timeline) -> None:
    """RELATED-TO;RELTYPE=PARENT in the export brings the departure back as a part of the trip."""
    imported = chronik.loads(chronik.dumps(seed, "ics"), "ics")
    assert {e.id: e.parent for e in imported.events}["departure"] == "wegner-trip"
    assert imported.timezone == "Europe/Berlin"  # from X-WR-TIMEZONE


def _when(entry: Entry) -> tuple[object, ...]:
    """An entry's first and last day, or for a time of day its UTC start."""
    first = entry.when.start if isinstance(entry.when, Span) else entry.when
    assert first is not None
    if first.has_time:
        assert entry.interval is not None
        return (entry.interval.start,)
    return first.first_day(), entry.when.last_day() if entry.when is not None else None


@pytest.mark.parametrize("path", [SEED, *SAMPLES], ids=lambda p: p.stem)
def test_round_trip_keeps_what_ics_says(path: Path) -> None:
    """Every exported entry comes back with its id, kind, days or instant, status and tags.

    All-day dates compare as days: the export does not say the timeline's zone they were read in.
    """
    tl = chronik.load(path)
    back = chronik.loads(chronik.dumps(tl, "ics"), "ics")
    assert back.id == tl.id
    before = {e.id: e for e in chronik.chronology(tl).entries}
    for entry in chronik.chronology(back).entries:
        original, event = before[entry.id], entry.event
        assert event is not None
        assert (entry.kind, _when(entry)) == (original.kind, _when(original))
        assert event.tags == (original.event.tags if original.event else ())
        assert event.status == (original.event.status if original.event else "confirmed").replace(
            "planned", "confirmed"
        )


# --- hand-written calendars ----------------------------------------------------------------------------------


def test_all_day_span_ends_the_day_before_dtend() -> None:
    """DTEND of an all-day event is exclusive: 10-17 November is 10 to 16 November."""
    tl, _ = _read(_event("DTSTART;VALUE=DATE:20241110", "DTEND;VALUE=DATE:20241117"))
    assert _whens(tl) == ["2024-11-10/2024-11-16"]
    tl, _ = _read(_event("DTSTART;VALUE=DATE:20241110", "DTEND;VALUE=DATE:20241111"))
    assert _whens(tl) == ["2024-11-10"]


def test_timed_event_with_tzid_is_local_in_the_timeline_zone() -> None:
    """The commonest TZID becomes the timeline's zone; its times stay local."""
    ny = "DTSTART;TZID=America/New_York:20241110T093000", "DTEND;TZID=America/New_York:20241110T110000"
    tl, notes = _read(_event(*ny))
    assert tl.timezone == "America/New_York"
    assert _whens(tl) == ["2024-11-10T09:30/2024-11-10T11:00"]
    assert notes == []


def test_other_zones_stay_local_at_their_place_or_keep_their_offset() -> None:
    """A second zone is the zone of the event's LOCATION; without one, the offset is kept."""
    body = _event("DTSTART;TZID=Europe/Berlin:20241110T093000", uid="a")
    body += _event("DTSTART;TZID=Europe/Berlin:20241111T093000", uid="b")
    body += _event("DTSTART;TZID=America/New_York:20241112T093000", "LOCATION:New York", uid="c")
    body += _event("DTSTART;TZID=America/Chicago:20241113T093000", uid="d")
    tl, notes = _read(body)
    assert tl.timezone == "Europe/Berlin"
    assert _whens(tl) == ["2024-11-10T09:30", "2024-11-11T09:30", "2024-11-12T09:30", "2024-11-13T09:30-06:00"]
    assert tl.places[0].tz == "America/New_York"
    assert any("America/Chicago" in n and "t.ics:" in n for n in notes)


def test_utc_and_floating_times() -> None:
    """UTC stays UTC (Z); a floating time is read in the calendar's zone, with a note."""
    tl, notes = _read(_event("DTSTART:20241110T163000Z"))
    assert _whens(tl) == ["2024-11-10T16:30Z"]
    tl, notes = _read(_event("DTSTART:20241110T093000"), header="X-WR-TIMEZONE:Europe/Berlin\n")
    assert (tl.timezone, _whens(tl)) == ("Europe/Berlin", ["2024-11-10T09:30"])
    assert notes == ["t.ics:8: event 'a@example.org': floating times: read as local times in Europe/Berlin"]


@pytest.mark.parametrize(
    ("lines", "when"),
    [
        (("DTSTART:20241110T113000Z", "DTEND:20241110T113100Z"), "2024-11-10T11:30Z"),
        (("DTSTART:20241110T113000Z", "DURATION:PT1M"), "2024-11-10T11:30Z"),
        (("DTSTART:20241110T113015Z", "DTEND:20241110T113016Z"), "2024-11-10T11:30:15Z"),
        (("DTSTART:20241110T113000Z", "DTEND:20241110T113001Z"), "2024-11-10T11:30:00Z"),
        (("DTSTART:20241110T113015Z", "DTEND:20241110T113115Z"), "2024-11-10T11:30:15Z/2024-11-10T11:31:15Z"),
        (("DTSTART:20241110T113000Z", "DTEND:20241110T113200Z"), "2024-11-10T11:30Z/2024-11-10T11:32Z"),
        (("DTSTART:20241110T113000Z",), "2024-11-10T11:30Z"),
        # one minute as instants across the spring gap (01:59 CET -> 03:00 CEST)
        (
            ("DTSTART;TZID=Europe/Berlin:20240331T015900", "DTEND;TZID=Europe/Berlin:20240331T030000"),
            "2024-03-31T01:59",
        ),
    ],
)
def test_a_one_unit_event_is_a_point_in_time(lines: tuple[str, ...], when: str) -> None:
    """DTEND one minute (one second) after DTSTART - how chronik writes a point in time - reads as that point."""
    tl, _ = _read(_event(*lines), "X-WR-TIMEZONE:Europe/Berlin\n")
    assert _whens(tl) == [when]


def test_duration_is_kept() -> None:
    """DURATION becomes start plus duration, for times and days."""
    tl, _ = _read(_event("DTSTART:20241110T090000Z", "DURATION:PT1H30M"))
    assert _whens(tl) == ["2024-11-10T09:00Z/PT1H30M"]
    tl, _ = _read(_event("DTSTART;VALUE=DATE:20241110", "DURATION:P3D"))
    assert _whens(tl) == ["2024-11-10/2024-11-12"]


def test_recurring_event_becomes_one_event_per_occurrence() -> None:
    """RRULE, EXDATE and a moved occurrence (RECURRENCE-ID) expand to dated events with stable ids."""
    body = _event("DTSTART;TZID=Europe/Berlin:20240101T100000", "RRULE:FREQ=WEEKLY;COUNT=4", uid="w@x")
    body = body.replace("END:VEVENT", "EXDATE;TZID=Europe/Berlin:20240108T100000\nEND:VEVENT")
    body += _event("RECURRENCE-ID;TZID=Europe/Berlin:20240115T100000", "DTSTART;TZID=Europe/Berlin:20240116T120000")
    tl, notes = _read(body.replace("UID:a@example.org", "UID:w@x"))
    assert [e.id for e in tl.events] == ["w-x-20240101T1000", "w-x-20240115T1000", "w-x-20240122T1000"]
    assert _whens(tl) == ["2024-01-01T10:00", "2024-01-16T12:00", "2024-01-22T10:00"]
    assert notes == []


def test_recurrence_is_bounded() -> None:
    """An endless rule stops two years after its start, a long one at 500; both are noted, and fast."""
    start = time.perf_counter()
    tl, notes = _read(_event("DTSTART;VALUE=DATE:20240101", "RRULE:FREQ=WEEKLY"))
    assert (len(tl.events), str(tl.events[-1].when)) == (105, "2025-12-29")
    assert notes == ["t.ics:4: event 'a@example.org' repeats without end: imported until 2025-12-31"]
    tl, notes = _read(_event("DTSTART:20240101T000000Z", "RRULE:FREQ=MINUTELY;COUNT=100000000"))
    assert len(tl.events) == 500
    assert notes == ["t.ics:4: event 'a@example.org': only its first 500 occurrences imported"]
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "finds no day in 400 years"),
        ("FREQ=YEARLY;INTERVAL=400;BYMONTH=2;BYMONTHDAY=29", "finds no day in 400 years"),
        ("FREQ=SECONDLY", "recurs up to 86,400 times a day"),
        ("FREQ=HOURLY;INTERVAL=2;BYHOUR=1", "is not a valid rule"),
        ("FREQ=YEARLY;RSCALE=CHINESE", "only Gregorian rules"),
    ],
)
def test_rules_that_would_hang_are_errors(rule: str, message: str) -> None:
    """A rule that matches nothing would make dateutil search to the year 9999: it fails fast instead."""
    start = time.perf_counter()
    with pytest.raises(ReadError, match=f"t.ics:8: event 'a@example.org': .*{message}"):
        _read(_event("DTSTART:21000101T100000", f"RRULE:{rule}"))
    assert time.perf_counter() - start < 2


def test_missing_summary_gets_a_placeholder() -> None:
    """An event without SUMMARY is titled '(untitled)' and noted."""
    tl, notes = _read(_event("DTSTART;VALUE=DATE:20241110").replace("SUMMARY:Hi\n", ""))
    assert tl.events[0].title == "(untitled)"
    assert notes == ["t.ics:4: event 'a@example.org' has no SUMMARY: titled '(untitled)'"]


def test_foreign_uids_become_safe_unique_ids() -> None:
    """Odd characters become '-', long UIDs are cut to 128 characters, duplicates get a number."""
    odd = "{Ümläut} 50%/?=x@example.org"
    long = "0400000082" * 40
    body = _event("DTSTART;VALUE=DATE:20241110", uid=odd) + _event("DTSTART;VALUE=DATE:20241111", uid=odd)
    body += _event("DTSTART;VALUE=DATE:20241112", uid=long) + _event("DTSTART;VALUE=DATE:20241113", uid=long)
    tl, notes = _read(body)
    ids = [e.id for e in tl.events]
    assert ids[:2] == ["Umlaut-50-x-example.org", "Umlaut-50-x-example.org-2"]
    assert len(ids[2]) == len(ids[3]) == 128
    assert ids[2] != ids[3]
    assert all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", i) for i in ids)
    assert any("is used 2 times" in n for n in notes)


@pytest.mark.parametrize("calendar_id", ["X-WR-RELCALID:trip-2024@example.org", "UID:trip-2024@example.org"])
def test_chronik_uids_give_back_entry_and_timeline_ids(calendar_id: str) -> None:
    """``<entry>.<timeline>@<domain>`` UIDs, with the calendar's id (chronik's X-WR-RELCALID, or the
    calendar UID older exports wrote), recover both ids."""
    tl, _ = _read(_event("DTSTART;VALUE=DATE:20241110", uid="stop.boston.trip-2024@example.org"), f"{calendar_id}\n")
    assert (tl.id, tl.events[0].id) == ("trip-2024", "stop.boston")


def test_location_with_geo_is_one_place() -> None:
    """Events at the same LOCATION share one place; GEO becomes its position."""
    where = "LOCATION:Rotes Rathaus\\, Berlin", "GEO:52.5186;13.4081"
    body = _event("DTSTART;VALUE=DATE:20241110", *where, uid="a") + _event(
        "DTSTART;VALUE=DATE:20241111", *where, uid="b"
    )
    tl, _ = _read(body)
    assert len(tl.places) == 1
    place = tl.places[0]
    assert (place.id, place.name, place.geo and (place.geo.lat, place.geo.lon)) == (
        "Rotes-Rathaus-Berlin",
        "Rotes Rathaus, Berlin",
        (52.5186, 13.4081),
    )
    assert {e.where for e in tl.events} == {place.id}


def test_categories_status_url_and_parent() -> None:
    """The first category names the kind when it is one; STATUS, URL and RELATED-TO carry over."""
    body = _event("DTSTART;VALUE=DATE:20241110", "CATEGORIES:meeting,Work", "STATUS:CANCELLED", uid="a")
    body += _event("DTSTART;VALUE=DATE:20241110", "CATEGORIES:Work", "URL:https://example.org/x", uid="b")
    body += _event("DTSTART;VALUE=DATE:20241110", "RELATED-TO:a", "STATUS:TENTATIVE", uid="c")
    tl, _ = _read(body)
    a, b, c = tl.events
    assert (a.kind, a.tags, a.status) == ("meeting", ("Work",), "cancelled")
    assert (b.kind, b.tags, b.url) == ("event", ("Work",), "https://example.org/x")
    assert (c.parent, c.status) == ("a", "tentative")


def test_other_components_and_empty_calendars_are_noted() -> None:
    """VTODO and friends are left out; a calendar without events is an empty timeline."""
    tl, notes = _read("BEGIN:VTODO\nUID:t\nSUMMARY:Do\nEND:VTODO\n", "X-WR-CALNAME:Tasks\n")
    assert (tl.title, tl.events) == ("Tasks", ())
    assert notes == [
        "t.ics:5: VTODO left out: chronik imports events (VEVENT)",
        "t.ics:1: the calendar has no events (VEVENT): the timeline is empty",
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello\r\n", "t.ics:1: not an iCalendar content line"),
        ("BEGIN:VEVENT\r\nEND:VEVENT\r\n", "t.ics:1: not an iCalendar file: it does not start with BEGIN:VCALENDAR"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n", "t.ics:2: BEGIN:VEVENT is never closed"),
        ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\n", "t.ics:3: BEGIN:VCALENDAR after END:VCALENDAR"),
        ("BEGIN:VCALENDAR\r\n" + "BEGIN:X\r\n" * 5000, "t.ics:33: components nested more than 32 levels deep"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240230\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "t.ics:4:"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20240102T100000Z\r\nDTEND:20240101T100000Z\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n",
            "t.ics:5: event 'a': DTEND is before DTSTART",
        ),
    ],
)
def test_unreadable_input_is_one_line_read_error(text: str, message: str) -> None:
    """Broken structure, bad dates and non-calendars raise ReadError naming the line, in one line."""
    with pytest.raises(ReadError) as info:
        IcsReader().read(text, origin="t.ics")
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


def test_registered_by_suffix() -> None:
    """``chronik.load`` picks the reader for .ics and .ical files."""
    assert READERS.for_path("calendar.ics") is IcsReader
    assert READERS.for_path("calendar.ICAL") is IcsReader


# --- real-world calendars ------------------------------------------------------------------------------------

#: Under ical/parsing-invalid, every file must raise. None imports today; one that starts to would be
#: listed here with the reason it is acceptable.
IMPORTS_DESPITE_BEING_INVALID: set[str] = set()


@contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Fail the test instead of hanging (SIGALRM, where the platform has it)."""

    def stop(signum: int, frame: Any) -> None:
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop) if hasattr(signal, "SIGALRM") else None
    if previous is not None:
        signal.alarm(seconds)
    try:
        yield
    finally:
        if previous is not None:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


def _fixtures() -> list[Path]:
    return sorted(FIXTURES.rglob("*.ics")) if FIXTURES.is_dir() else []


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/ics-fixtures is not there")
@pytest.mark.parametrize("path", _fixtures(), ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_imports_or_fails_in_one_line(path: Path) -> None:
    """Each real-world file gives a Timeline or a one-line TimelineError, within 5 s."""
    start = time.perf_counter()
    error: TimelineError | None = None
    notes: list[str] = []
    with _deadline(10):
        try:
            notes = load_with_notes(path)[1]
        except TimelineError as err:
            error = err
    assert time.perf_counter() - start < 5
    for note in notes:  # each note names a real line of the file, or no line at all
        assert re.match(rf"{re.escape(str(path))}(:[1-9][0-9]*)?: \S", note), note
    if error is not None:
        assert "\n" not in str(error)
        assert str(error).startswith(str(path))
    if path.parent.name == "parsing-invalid" and path.name not in IMPORTS_DESPITE_BEING_INVALID:
        assert error is not None


@st.composite
def _mutated_export(draw: st.DrawFn) -> str:
    """A chronik ICS export with a few characters deleted, replaced or inserted."""
    text = chronik.dumps(chronik.load(draw(st.sampled_from([SEED, *SAMPLES]))), "ics")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        text = (
            text[:at]
            + draw(st.sampled_from(["", ":", ";", "\r\n", "\r\n ", "BEGIN:VEVENT", "Z", "9", "="]))
            + text[at + 1 :]
        )
    return text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=300), _mutated_export()))
def test_any_text_gives_a_timeline_or_a_one_line_error(text: str) -> None:
    """Random and damaged calendars never escape as anything but a one-line TimelineError."""
    message = "fuzz"
    reader = IcsReader()
    try:
        reader.read(text, origin="fuzz")
    except TimelineError as err:
        message = str(err)
    assert re.match(r"fuzz(:[1-9][0-9]*)?(: |$)", message), message
    assert "\n" not in message
    for note in reader.notes:
        assert re.match(r"fuzz(:[1-9][0-9]*)?: \S", note), note
        assert "\n" not in note


def test_notes_without_a_line_name_none() -> None:
    """A parent cycle and icalendar's own warnings point at a line; nothing prints the line as None."""
    cycle = _event("DTSTART:20240101", "RELATED-TO:b@example.org", uid="a@example.org") + _event(
        "DTSTART:20240102", "RELATED-TO:a@example.org", uid="b@example.org"
    )
    _, notes = _read(cycle)
    assert notes == ["t.ics:8: RELATED-TO of 'a-example.org' left out: the parents form a cycle"]


def test_icalendar_warnings_point_at_their_line() -> None:
    """icalendar warns about a vendor TZID without saying where: the note names the line of the TZID.

    (The TZID is one no other test uses: icalendar warns only the first time it resolves a name.)
    """
    _, notes = _read(_event("DTSTART;TZID=/chronik-test.invalid/Europe/Berlin:20240101T100000"))
    assert [n.split(" Timezone ")[0] for n in notes] == ["t.ics:7: icalendar:"]


# --- YAML writer ---------------------------------------------------------------------------------------------

_TEXT = TITLES  # text the model accepts as it is
_TRICKY = st.sampled_from(["no", "Yes", "11:30", "2024-11-08", "null", "~", "a: b", "# x", " lead", "x\n\n", "- y"])


@st.composite
def _rich_timelines(draw: st.DrawFn) -> dict[str, Any]:
    """The shared timelines, plus text fields YAML could misread: descriptions, tags, places."""
    data = draw(timelines())
    data["description"] = draw(_TEXT | _TRICKY)
    data["places"] = [{"id": "P", "name": draw(_TEXT | _TRICKY), "geo": {"lat": draw(st.floats(-90, 90)), "lon": 0}}]
    for event in data["events"]:
        event["tags"] = draw(st.lists(_TEXT | _TRICKY, max_size=2))
        if draw(st.booleans()):
            event["description"] = draw(_TEXT | _TRICKY)
            event["where"] = "P"
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rich_timelines())
def test_timeline_to_yaml_reads_back_equal(data: dict[str, Any]) -> None:
    """``loads(timeline_to_yaml(tl)) == tl`` for every valid timeline."""
    tl = Timeline.model_validate(data)
    assert chronik.loads(timeline_to_yaml(tl)) == tl


def test_timeline_to_yaml_is_readable(seed: Timeline) -> None:
    """Defaults and empty lists are left out; dates are quoted; short citations stay short."""
    text = timeline_to_yaml(seed)
    assert chronik.loads(text) == seed
    assert 'updated: "2026-11-25"' in text
    assert "language: de" not in text.split("sources:")[0]
    assert "status: confirmed" not in text
    assert "who: []" not in text


# --- language and source of an import ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "body", "language"),
    [
        ("NAME;LANGUAGE=en-GB:Woche\n", _event("DTSTART:20240101", "SUMMARY:Treffen mit dem Senat"), "en"),
        ("", _event("DTSTART:20240101", "SUMMARY;LANGUAGE=de:Meeting"), "de"),
        ("X-WR-CALNAME:Summit week\n", _event("DTSTART:20240101", "SUMMARY:Meeting with the mayor"), "en"),
        ("X-WR-CALNAME:Gipfel\n", _event("DTSTART:20240101", "SUMMARY:Treffen mit dem Bürgermeister"), "de"),
        ("", _event("DTSTART:20240101", "SUMMARY:X", "DESCRIPTION:Quellen:\\n- Zeit"), "de"),
        ("", _event("DTSTART:20240101", "SUMMARY:X", "DESCRIPTION:Sources:\\n- Times"), "en"),
        ("", _event("DTSTART:20240101", "SUMMARY:X"), "en"),  # nothing tells
        ("", "", "en"),
    ],
)
def test_language_comes_from_the_calendar(header: str, body: str, language: str) -> None:
    """LANGUAGE parameters (the calendar's first), else chronik's words, else function words; else English."""
    tl, _ = _read(body, header)
    assert tl.language == language


@pytest.mark.parametrize("language", ["de", "en"])
def test_language_option_overrides(language: str) -> None:
    """``chronik import --lang`` wins over anything in the calendar, and strips that language's status words."""
    events = [("a", "20240101", "SUMMARY;LANGUAGE=en:CANCELLED: Visit"), ("b", "20240102", "SUMMARY:ABGESAGT: Besuch")]
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:{u}@x\r\nDTSTART:{d}\r\n{t}\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n" for u, d, t in events
    )
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{body}END:VCALENDAR\r\n"
    tl = IcsReader(language=language).read(text, origin="t.ics")
    assert tl.language == language
    assert [e.title for e in tl.events] == (
        ["Visit", "ABGESAGT: Besuch"] if language == "en" else ["CANCELLED: Visit", "Besuch"]
    )
    with pytest.raises(ValueError, match="language"):
        IcsReader(language="fr")


def test_the_calendar_file_is_the_source_of_every_event(tmp_path: Path) -> None:
    """Each imported event cites the calendar file (a document titled with the calendar's name), whose
    path is relative to ``base``; ``chronik check`` then has no event without a source."""
    body = _event("DTSTART:20240101", "SUMMARY:One") + _event("DTSTART:20240102", "SUMMARY:Two", uid="b@x")
    (tmp_path / "cals").mkdir()
    (tmp_path / "out").mkdir()
    cal = tmp_path / "cals" / "week.ics"
    cal.write_text(f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//EN\nNAME:The week\n{body}END:VCALENDAR\n")
    tl, _ = load_with_notes(cal, "ics", base=tmp_path / "out")
    (src,) = tl.sources
    assert (src.kind, src.title, src.file, src.language) == ("document", "The week", "../cals/week.ics", "en")
    assert all([c.source for c in e.sources] == [src.id] for e in tl.events)
    out = tmp_path / "out" / "week.yaml"
    out.write_text(timeline_to_yaml(tl), encoding="utf-8")
    _, findings = check_file(out)
    assert not [f for f in findings if f.code == "no-sources"]
    assert src.file is not None
    assert (out.parent / src.file).read_text() == cal.read_text()


def test_import_command_language_and_source(tmp_path: Path) -> None:
    """`chronik import --lang en -o` writes an English timeline whose events cite the calendar; check is clean."""
    cal = tmp_path / "cal.ics"
    cal.write_text(chronik.dumps(chronik.load(SEED), "ics"), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    out = tmp_path / "sub" / "t.yaml"
    result = CliRunner().invoke(cli, ["import", str(cal), "--lang", "en", "-o", str(out)])
    assert result.exit_code == 0, result.output
    tl = chronik.load(out)
    assert tl.language == "en"
    assert tl.sources[0].file == "../cal.ics"
    default = CliRunner().invoke(cli, ["import", str(cal), "-o", str(out)])
    assert default.exit_code == 0, default.output
    assert chronik.load(out).language == "de"  # the seed's export says so in NAME;LANGUAGE=de
    _, findings = check_file(out)
    assert not [f for f in findings if f.code == "no-sources"]
    bad = CliRunner().invoke(cli, ["import", str(cal), "--lang", "fr"])
    assert bad.exit_code == 2


def test_a_last_modified_that_is_no_date_time_is_noted_not_a_traceback() -> None:
    """icalendar reads ``LAST-MODIFIED:202611`` as a time of day; it must not reach the max() of the days."""
    text = _event("DTSTART;VALUE=DATE:20240101", "LAST-MODIFIED:202611") + _event(
        "DTSTART;VALUE=DATE:20240102", "LAST-MODIFIED:20240105T000000Z", uid="b@example.org"
    )
    timeline, notes = _read(text)
    assert timeline.updated is not None
    assert str(timeline.updated) == "2024-01-05"
    assert any("LAST-MODIFIED that is no date-time ignored" in n for n in notes), notes
