"""The model's rules across objects: spans with length, real local times, IANA zones, clean text,
bounded part-of nesting; and error lines that can never carry a control character."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
import chronik.api
from chronik.check import check
from chronik.dates import Duration, PartialDate, Span, parse_when, zone
from chronik.errors import TimelineError, printable
from chronik.model import MAX_PARENT_DEPTH, Timeline
from chronik.ordering import chronology
from chronik.registry import EXPORTERS

from .strategies import timelines


def _doc(events: list[dict[str, Any]], **top: Any) -> dict[str, Any]:
    return {"id": "t", "title": "T", "timezone": "Europe/Berlin", **top, "events": events}


def _error(doc: dict[str, Any], fmt: str = "yaml") -> str:
    """The error chronik gives for ``doc`` written as YAML or JSON; it must be one line per problem."""
    text = yaml.safe_dump(doc, allow_unicode=False) if fmt == "yaml" else json.dumps(doc)
    with pytest.raises(TimelineError) as err:
        chronik.loads(text, fmt, origin="in." + fmt)
    message = str(err.value)
    assert "Traceback" not in message
    return message


def _one(doc: dict[str, Any]) -> str:
    message = _error(doc)
    assert len(message.splitlines()) == 1, message
    return message


# --- 1. spans with no length -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "says"),
    [
        ("2024-11-10/P0D", "a duration must be longer than zero"),
        ("2024-11-10/PT0S", "a duration must be longer than zero"),
        ("2024-11-10/P0Y", "a duration must be longer than zero"),
        ("2024-11-10/P0Y0M0D", "a duration must be longer than zero"),
        ("2024-11-10/P0W", "a duration must be longer than zero"),
        ("2024-11/PT0H0M0S", "a duration must be longer than zero"),
        ("2024-11-10T10:00/PT0S", "a duration must be longer than zero"),
        ("2024-11-10T10:00/PT0M", "a duration must be longer than zero"),
        ("2024-11-10/-P1D", "a duration cannot have a sign"),
        ("2024-11-10/+P1D", "a duration cannot have a sign"),
        ("2024-11-10/2024-11-09", "ends before it starts"),
        ("2024-11-10T10:00/2024-11-10T10:00", "ends when it starts"),
        ("2024-11-10T10:00:30/2024-11-10T10:00:30", "ends when it starts"),
        ("2024-11-10T10:00/2024-11-10T09:59", "ends before it starts"),
        ("2024-11-10T10:00Z/2024-11-10T11:00+02:00", "ends before it starts"),
        # only the zone tells: 08:30 in Berlin is 07:30Z, before 08:00Z
        ("2024-11-10T08:00Z/2024-11-10T08:30", "ends before it starts"),
    ],
)
def test_a_span_without_length_is_refused_in_one_line(when: str, says: str) -> None:
    """Zero or negative lengths are refused where the file says them; exporters never see them."""
    message = _one(_doc([{"id": "a", "title": "A", "when": when}]))
    assert message.startswith("in.yaml:"), message
    assert "events[0].when:" in message
    assert says in message


@pytest.mark.parametrize(
    "when", ["2024-11-10/2024-11-10", "2024-11-10/PT1S", "2024-11-10T10:00/PT1S", "2024-11-10T10:00/2024-11-10T10:01"]
)
def test_shortest_spans_are_kept(when: str) -> None:
    """A day span may end on its first day (that day); a span of times one second or minute on."""
    tl = Timeline.model_validate(_doc([{"id": "a", "title": "A", "when": when}]))
    (entry,) = chronology(tl).entries
    assert entry.interval is not None
    assert entry.interval.end > entry.interval.start


_ZONES = st.sampled_from(["Europe/Berlin", "America/Los_Angeles", "Australia/Lord_Howe", "UTC", "America/Santiago"])


@settings(max_examples=300)
@given(
    st.dates(min_value=PartialDate(1900).first_day(), max_value=PartialDate(2100).first_day()),
    st.sampled_from(["day", "minute", "second"]),
    st.lists(st.integers(0, 3), min_size=7, max_size=7),
    _ZONES,
)
def test_every_accepted_duration_has_length(day: Any, precision: str, parts: list[int], name: str) -> None:
    """Any start plus any duration (zeros included) is refused or ends after it starts."""
    y, mo, w, d, h, mi, s = parts
    duration = str(Duration(y, mo, w, d, h, mi, s))
    start = f"{day}" + {"day": "", "minute": "T01:30", "second": "T01:30:15"}[precision]
    if Duration(y, mo, w, d, h, mi, s) == Duration():
        with pytest.raises(ValueError, match="longer than zero"):
            parse_when(f"{start}/{duration}")
        return
    iv = parse_when(f"{start}/{duration}").interval(zone(name))
    assert iv.end > iv.start


def _utc(text: str) -> tuple[int, str]:
    """An ISO 8601 UTC instant as a sortable key (years 0000 and 10000 included)."""
    year, _, rest = text.partition("-")
    return int(year), rest


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_every_entry_ends_after_it_starts(data: dict[str, Any]) -> None:
    """In every valid timeline every dated entry ends after it starts - its interval, and its bounds
    in the JSON export; bounds implied by constraints never end before they start."""
    tl = Timeline.model_validate(data)
    chron = chronology(tl)
    for e in chron.entries:
        if e.interval is not None:
            assert e.interval.end > e.interval.start, e.when
        lo, hi = chron.bounds[e.id]
        assert hi >= lo, e.id
    for item in json.loads(chronik.dumps(tl, "json"))["chronology"]:
        if item["start"] is not None and item["end"] is not None:
            start, end = _utc(item["start"]), _utc(item["end"])
            assert end >= start, item
            assert end > start or item["when"] is None, item


# --- 4. deep chains -----------------------------------------------------------------------------


def _parent_chain(levels: int) -> Timeline:
    """A whole with ``levels`` parts below it, each part of the one before."""
    events: list[dict[str, Any]] = [{"id": "e0", "title": "Root", "when": "2024-11-10/2024-11-16"}]
    events += [{"id": f"e{i}", "title": f"Part {i}", "parent": f"e{i - 1}"} for i in range(1, levels + 1)]
    return Timeline.model_validate(_doc(events))


def _every_exporter(tl: Timeline) -> None:
    for name in EXPORTERS.names():
        assert chronik.dumps(tl, name)


def test_parts_nested_to_the_bound_go_through_everything() -> None:
    tl = _parent_chain(MAX_PARENT_DEPTH)
    assert len(chronology(tl).entries) == MAX_PARENT_DEPTH + 1
    check(tl)
    _every_exporter(tl)


def test_parts_nested_beyond_the_bound_are_refused_in_one_line() -> None:
    events: list[dict[str, Any]] = [{"id": "e0", "title": "Root"}]
    events += [{"id": f"e{i}", "title": "P", "parent": f"e{i - 1}"} for i in range(1, MAX_PARENT_DEPTH + 2)]
    message = _one(_doc(events))
    assert f"events[{MAX_PARENT_DEPTH + 1}].parent:" in message
    assert f"nested {MAX_PARENT_DEPTH + 1} levels deep" in message


def test_a_very_deep_chain_gives_one_line_in_any_input_order() -> None:
    """400 levels, listed leaf first: still one problem, found without recursion."""
    events: list[dict[str, Any]] = [{"id": "e0", "title": "Root"}]
    events += [{"id": f"e{i}", "title": "P", "parent": f"e{i - 1}"} for i in range(1, 401)]
    message = _one(_doc(events[::-1]))
    assert "nested 33 levels deep" in message


def test_a_parent_cycle_is_still_named() -> None:
    events = [{"id": "a", "title": "A", "parent": "c"}, {"id": "b", "title": "B", "parent": "a"}]
    events.append({"id": "c", "title": "C", "parent": "b"})
    assert "form a cycle" in _error(_doc(events))


@pytest.mark.parametrize("field", ["after", "before", "during"])
def test_a_long_constraint_chain_goes_through_everything(field: str) -> None:
    """5,000 entries each after (before, during) the one before, some dated: no recursion anywhere."""
    n = 5000
    events: list[dict[str, Any]] = [{"id": "e0", "title": "Start", "when": "2024-01-01/2024-12-31"}]
    for i in range(1, n):
        event: dict[str, Any] = {"id": f"e{i}", "title": f"Step {i}", field: [f"e{i - 1}"]}
        if i % 500 == 0 and field == "after":
            event["when"] = "2025-06-01"
        events.append(event)
    tl = Timeline.model_validate(_doc(events))
    chron = chronology(tl)
    assert len(chron.entries) == n
    check(tl)
    _every_exporter(tl)


def test_an_imported_parent_chain_gives_one_line(tmp_path: Path) -> None:
    """An ICS whose RELATED-TO;RELTYPE=PARENT chain is 400 deep: ``chronik import`` says so in one line."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//chain//EN"]
    for i in range(400):
        lines += ["BEGIN:VEVENT", f"UID:e{i}@test", "DTSTAMP:20240101T000000Z", "DTSTART;VALUE=DATE:20241110"]
        lines += [f"SUMMARY:Level {i}"] + ([f"RELATED-TO;RELTYPE=PARENT:e{i - 1}@test"] if i else []) + ["END:VEVENT"]
    ics = tmp_path / "chain.ics"
    ics.write_text("\r\n".join([*lines, "END:VCALENDAR", ""]), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "chronik", "import", str(ics)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "levels deep" in result.stderr


S: dict[str, Any] = {"sources": ["s"]}

# --- 7. days compared as days -------------------------------------------------------------------


def test_a_stop_on_the_trips_last_day_in_another_zone_is_inside() -> None:
    """The seed's shape: a trip in Europe/Berlin, a stop in Los Angeles on its first and last day."""
    doc = _doc(
        [
            {"id": "trip", "title": "Trip", "kind": "trip", "when": "2024-11-10/2024-11-16", "sources": ["s"]},
            {"id": "first", "title": "LA", "when": "2024-11-10", "where": "la", "parent": "trip", **S},
            {"id": "last", "title": "LA", "when": "2024-11-16", "where": "la", "parent": "trip", **S},
            {
                "id": "both",
                "title": "LA",
                "when": "2024-11-15/P2D",
                "where": "la",
                "during": ["trip"],
                "sources": ["s"],
            },
            {"id": "eve", "title": "LA", "when": "2024-11-16T20:00", "where": "la", "parent": "trip", **S},
            {"id": "after", "title": "A", "when": "2024-11-16", "where": "la", "after": ["first"], "sources": ["s"]},
            {"id": "same", "title": "S", "when": "2024-11-16", "same_as": ["last"], "sources": ["s"]},
            {"id": "out", "title": "O", "when": "2024-11-17", "where": "la", "parent": "trip", **S},
            {
                "id": "edge",
                "title": "E",
                "when": "2024-11-16/2024-11-17",
                "where": "la",
                "parent": "trip",
                "sources": ["s"],
            },
        ],
        sources=[{"id": "s", "publisher": "P"}],
        places=[{"id": "la", "name": "Los Angeles", "tz": "America/Los_Angeles"}],
    )
    found = {(f.severity, f.code, f.ids) for f in check(Timeline.model_validate(doc))}
    assert found == {
        ("error", "outside-parent", ("out", "trip")),
        ("warning", "outside-parent", ("edge", "trip")),
    }


def test_a_bundled_timeline_has_no_outside_parent() -> None:
    assert not [f for f in chronik.api.check_file(chronik.api.default_timeline())[1] if f.code == "outside-parent"]


def test_two_timed_entries_are_still_compared_as_instants() -> None:
    doc = _doc(
        [
            {"id": "meet", "title": "M", "when": "2024-11-16T10:00/2024-11-16T11:00", "sources": ["s"]},
            {
                "id": "call",
                "title": "C",
                "when": "2024-11-16T10:30",
                "where": "la",
                "during": ["meet"],
                "sources": ["s"],
            },
        ],
        sources=[{"id": "s", "publisher": "P"}],
        places=[{"id": "la", "name": "Los Angeles", "tz": "America/Los_Angeles"}],
    )
    assert [(f.code, f.ids) for f in check(Timeline.model_validate(doc))] == [("outside-parent", ("call", "meet"))]


# --- 14, 22. what text may hold -----------------------------------------------------------------


@pytest.mark.parametrize("char", ["\v", "\f", "\x1b", "\x85", "\u2028", "\u2029", "\x00", "\x7f", "\u202e", " ", "\t"])
def test_a_url_with_a_control_or_separator_is_refused(char: str) -> None:
    message = _one(_doc([{"id": "a", "title": "A", "url": f"https://example.org/a{char}b"}]))
    assert "events[0].url:" in message
    assert "is not an http(s) URL" in message


@pytest.mark.parametrize("ident", ["a\nb", "a\x1bb", "a\u2028b", "a\x85", "a\u200bb", "a b"])
def test_an_id_with_a_control_or_separator_is_refused(ident: str) -> None:
    assert "is not a valid id" in _one(_doc([{"id": ident, "title": "A"}]))


@pytest.mark.parametrize("char", ["\x1b", "\x00", "\x07", "\x7f", "\x9b", "\v", "\f"])
def test_text_with_a_control_character_is_refused(char: str) -> None:
    message = _one(_doc([{"id": "a", "title": "A", "description": f"x{char}y"}]))
    assert f"events[0].description: contains the control character U+{ord(char):04X}" in message


def test_unicode_line_separators_become_lf() -> None:
    tl = Timeline.model_validate(_doc([{"id": "a", "title": "A", "description": "1\r\n2\r3\x854\u20285\u20296\n7\t8"}]))
    assert tl.events[0].description == "1\r\n2\r3\n4\n5\n6\n7\t8"


@pytest.mark.parametrize(
    "title", ["\u200b", "\u200b\u200c\u200d\ufeff", " \u2060 ", "\u00ad", "\u3164", "\u034f", "\u2800\u202e", "\n\t"]
)
def test_a_title_of_invisible_characters_is_refused(title: str) -> None:
    message = _one(_doc([{"id": "a", "title": title}]))
    assert "events[0].title:" in message
    assert "has no visible character" in message or "must not be empty" in message


def test_visible_titles_with_joiners_are_kept() -> None:
    tl = Timeline.model_validate(_doc([{"id": "a", "title": "\U0001f468\u200d\U0001f469"}, {"id": "b", "title": "é"}]))
    assert tl.events[0].title == "\U0001f468\u200d\U0001f469"


_HOSTILE = ["a\nb", "a\r\nb", "\x1b[31mred\x1b[0m", "a\u2028b", "a\x85b", "\u202eevil", "a\tb", "\x9b2J"]


def _controls(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in "\u202a\u202b\u202c\u202d\u202e"]


@pytest.mark.parametrize("value", _HOSTILE)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_error_lines_never_hold_a_control_character(value: str, fmt: str) -> None:
    """Echoed input is written with escapes, in every field that echoes it."""
    docs = [
        _doc([{"id": value, "title": "A"}]),
        _doc([{"id": "a", "title": "A", "when": value}]),
        _doc([{"id": "a", "title": "A", "url": value}]),
        _doc([{"id": "a", "title": "A", "where": value}]),
        _doc([{"id": "a", "title": "A", value: 1}]),
        _doc([{"id": "a", "title": "A"}], timezone=value),
        _doc([{"id": "a", "title": "A", "status": value}]),
    ]
    for doc in docs:
        message = _error(doc, fmt)
        for line in message.splitlines():
            assert not _controls(line), repr(line)


@pytest.mark.parametrize("value", _HOSTILE)
def test_ics_error_lines_never_hold_a_control_character(value: str) -> None:
    escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "")
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\n"
        f"DTSTART;TZID={escaped}:20241110T100000\r\nX-{escaped}:1\r\nSUMMARY:{escaped}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    try:
        chronik.loads(text, "ics", origin="in.ics")
    except TimelineError as err:
        for line in str(err).splitlines():
            assert not _controls(line), repr(line)


def test_printable_escapes_only_what_is_dangerous() -> None:
    assert printable("Köln – 10 Uhr") == "Köln – 10 Uhr"
    assert printable("a\nb\r\x1b[31m\u2028\x85\u202e") == "a\\nb\\r\\x1b[31m\\u2028\\x85\\u202e"


# --- 17. zones ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["localtime", "posixrules", "Factory", "posix/Europe/Berlin", "right/UTC", "/etc/localtime", "../x", "Berlin"],
)
def test_only_iana_zone_names_are_zones(name: str) -> None:
    assert "time zone" in _one(_doc([{"id": "a", "title": "A"}], timezone=name))


@pytest.mark.parametrize("name", ["UTC", "Etc/UTC", "Etc/GMT+5", "US/Eastern", "GMT", "Asia/Kolkata", "Europe/Kiev"])
def test_iana_names_and_links_are_zones(name: str) -> None:
    assert Timeline.model_validate(_doc([{"id": "a", "title": "A"}], timezone=name)).timezone == name


# --- 18. local times the clocks skip or repeat ---------------------------------------------------


@pytest.mark.parametrize(
    ("zone_name", "when", "write"),
    [
        ("Europe/Berlin", "2024-03-31T02:30", "write 2024-03-31T03:30"),
        ("Europe/Berlin", "2024-03-31T02:00", "write 2024-03-31T03:00"),
        ("Europe/Berlin", "2024-03-31T01:00/2024-03-31T02:15:30", "write 2024-03-31T03:15:30"),
        ("America/New_York", "2024-03-10T02:59", "write 2024-03-10T03:59"),
        ("Australia/Lord_Howe", "2024-10-06T02:15", "write 2024-10-06T02:45"),
        ("America/Santiago", "2024-09-08T00:30", "write 2024-09-08T01:30"),
    ],
)
def test_a_local_time_the_clocks_skip_is_refused(zone_name: str, when: str, write: str) -> None:
    message = _one(_doc([{"id": "a", "title": "A", "when": when}], timezone=zone_name))
    assert "events[0].when:" in message
    assert f"does not exist in {zone_name}" in message
    assert write in message


def test_a_repeated_local_time_is_read_as_the_first_and_check_says_so() -> None:
    tl = Timeline.model_validate(
        _doc([{"id": "a", "title": "A", "when": "2024-10-27T02:30"}, {"id": "b", "title": "B", "when": "2024-11-01"}])
    )
    (finding,) = [f for f in check(tl) if f.code == "ambiguous-time"]
    assert finding.severity == "info"
    assert finding.ids == ("a",)
    assert "read as the first, 2024-10-27T02:30+02:00 (00:30Z)" in finding.message
    assert "write 2024-10-27T02:30+01:00 for the second" in finding.message
    start = chronology(tl).entries[0].interval
    assert start is not None
    assert chronik.dates.utc_iso(start.start) == "2024-10-27T00:30:00Z"
    # Markdown and ICS show the same instant
    assert "02:30 Uhr (UTC+2)" in chronik.dumps(tl, "md")
    assert "DTSTART:20241027T003000Z" in chronik.dumps(tl, "ics")


def test_an_explicit_offset_chooses_the_second_occurrence() -> None:
    tl = Timeline.model_validate(_doc([{"id": "a", "title": "A", "when": "2024-10-27T02:30+01:00"}]))
    assert not [f for f in check(tl) if f.code in ("ambiguous-time", "offset-mismatch")]
    start = chronology(tl).entries[0].interval
    assert start is not None
    assert chronik.dates.utc_iso(start.start) == "2024-10-27T01:30:00Z"
    assert "DTSTART:20241027T013000Z" in chronik.dumps(tl, "ics")


def test_an_imported_calendar_time_in_the_gap_becomes_the_real_time(tmp_path: Path) -> None:
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20240101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20240331T023000\r\nSUMMARY:Gap\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    tl = chronik.loads(text, "ics")
    assert str(tl.events[0].when) == "2024-03-31T03:30"


def test_the_json_chronology_ends_a_minute_before_the_repeated_hour_on_time() -> None:
    tl = Timeline.model_validate(_doc([{"id": "a", "title": "A", "when": "2024-10-27T02:59"}]))
    (item,) = json.loads(chronik.dumps(tl, "json"))["chronology"]
    assert (item["start"], item["end"]) == ("2024-10-27T00:59:00Z", "2024-10-27T01:00:00Z")


def test_a_timed_span_ends_after_its_last_minute_on_the_utc_line() -> None:
    when = parse_when("2024-10-27T01:00/2024-10-27T02:59")
    assert isinstance(when, Span)
    iv = when.interval(zone("Europe/Berlin"))
    assert (chronik.dates.utc_iso(iv.start), chronik.dates.utc_iso(iv.end)) == (
        "2024-10-26T23:00:00Z",
        "2024-10-27T01:00:00Z",
    )


@pytest.mark.parametrize("char", ["\x9b", "\x80", "\x9f", "\x7f"])
def test_a_raw_c1_control_in_a_file_is_one_line(tmp_path: Path, char: str) -> None:
    """Read as bytes, a C1 control (CSI, U+009B, starts terminal sequences) is refused with its line;
    ``chronik extract`` says so too instead of drafting a timeline the model would refuse."""
    path = tmp_path / "t.yaml"
    path.write_text(f"id: t\ntitle: T{char}\n", encoding="utf-8")
    with pytest.raises(TimelineError, match=rf"t.yaml:2: control character U\+{ord(char):04X}"):
        chronik.load(path)
    text = tmp_path / "text.txt"
    text.write_text(f"Berlin, 8. November 2024. Kai Wegner reist am 10. November 2024{char} nach New York.\n")
    result = subprocess.run(
        [sys.executable, "-m", "chronik", "extract", str(text)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"{text}:1: control character U+{ord(char):04X} is not allowed in a text file"
    ]
