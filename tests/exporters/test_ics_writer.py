"""The streaming ICS writer against icalendar 7, the oracle: the same bytes, for every timeline.

Two levels: each content-line primitive of ``_ics_write`` against the icalendar function it stands
for (escaping, parameter quoting, folding, values), and whole exports against
:class:`~tests.exporters.ics_oracle.OracleIcsExporter`, the object-tree implementation chronik used
before, on generated timelines full of hostile text. The VTIMEZONEs against the day-by-day oracle,
for every zone there is.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from icalendar import vDDDTypes, vDuration, vUTCOffset
from icalendar.parser import Parameters
from icalendar.parser.string import _escape_char, _foldline
from pydantic import ValidationError

import chronik
from chronik.errors import InvalidTimelineError
from chronik.exporters._ics import IcsExporter
from chronik.exporters._ics_write import date_value, duration, fold, param, text, utc_offset, when
from chronik.exporters._vtimezone import vtimezone
from chronik.model import Timeline
from chronik.prepared import Prepared

from ..conftest import DATA, SEED
from ..strategies import partial_dates
from . import ics_oracle

# --- text ----------------------------------------------------------------------------------------

#: Pieces that exercise escaping and folding: TEXT specials, icalendar's ``\N``, RFC 6868 specials,
#: quotes, multi-byte characters (2, 3 and 4 octets), runs that end near the 75-octet boundary.
_PIECES = st.sampled_from(
    [
        ";", ",", "\\", "\\N", "\\n", "\n", "\r\n", "\r", '"', "'", "^", ":", "’", "\t", " ", "  ",
        "ä", "ß", "€", "—", "中文", "😀", "👩‍👩‍👧", "𝄞", "\u0301", "a" * 60, "b" * 72, "c" * 73, "d" * 74,
        "x" * 75, "é" * 37, "€" * 25, "😀" * 18, "Ende.", "https://example.org/a?b=1;c=2,d",
    ]
)  # fmt: skip
_CHARS = st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\t\n\r")
HOSTILE = st.lists(_PIECES | st.text(_CHARS, max_size=12), min_size=1, max_size=5).map("".join)
#: Texts the model accepts need a visible character; these always have one.
VISIBLE = st.tuples(HOSTILE, st.sampled_from('Aä€😀;,\\"^x'), HOSTILE).map("".join)
#: The same, cheaper to draw for the many texts of a whole timeline (long pieces still cross the fold).
_SHORT = st.lists(_PIECES | st.text(_CHARS, max_size=6), min_size=1, max_size=2).map("".join)
FIELD = st.tuples(_SHORT, st.sampled_from('Aä€😀;,\\"^x'), _SHORT).map("".join)
ANY_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=300) | HOSTILE


@settings(max_examples=2000, deadline=None)
@given(ANY_TEXT)
def test_text_escapes_like_vtext(value: str) -> None:
    assert text(value) == _escape_char(value)


@settings(max_examples=2000, deadline=None)
@given(ANY_TEXT.map(lambda s: s.replace("\r", "").replace("\n", "")), st.sampled_from(["", "SUMMARY:", "X;Y=1:"]))
def test_fold_folds_like_icalendar(value: str, prefix: str) -> None:
    line = prefix + value
    assert fold(line) == _foldline(line)


@settings(max_examples=1000, deadline=None)
@given(HOSTILE | st.text(max_size=40))
def test_parameter_values_quote_like_icalendar(value: str) -> None:
    expected = Parameters({"LANGUAGE": value}).to_ical().decode()
    assert f"LANGUAGE={param(value)}" == expected


@settings(max_examples=1000, deadline=None)
@given(
    st.timedeltas(min_value=timedelta(days=-9999), max_value=timedelta(days=9999)).map(
        lambda d: d - d % timedelta(seconds=1)
    )
)
def test_durations_and_offsets_like_icalendar(td: timedelta) -> None:
    assert duration(td) == vDuration(td).to_ical().decode()  # type: ignore[no-untyped-call]
    if abs(td) < timedelta(days=1):
        assert utc_offset(td) == vUTCOffset(td).to_ical()


_VALUE_ZONES = ["Europe/Berlin", "America/St_Johns", "Africa/Abidjan", "Etc/GMT+5", "UTC", "Etc/UTC", "GMT"]


@settings(max_examples=1000, deadline=None)
@given(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    st.sampled_from([None, UTC, *_VALUE_ZONES]),
    st.booleans(),
)
def test_date_and_date_time_values_like_icalendar(moment: datetime, zone: Any, day: bool) -> None:
    value: date = moment.date() if day else moment.replace(tzinfo=ZoneInfo(zone) if isinstance(zone, str) else zone)
    prop = vDDDTypes(value)
    params = prop.params.to_ical().decode()
    assert when(value) == (f";{params}" if params else "") + ":" + prop.to_ical().decode()
    if not day:
        assert date_value(moment) == vDDDTypes(moment).to_ical().decode()


# --- whole exports -------------------------------------------------------------------------------

_ZONES = [
    "Europe/Berlin", "America/New_York", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe",
    "Pacific/Chatham", "Europe/Dublin", "Africa/Abidjan", "Etc/GMT+5", "UTC", "Asia/Kolkata",
]  # fmt: skip
#: Years of timed values: few, so the day-by-day oracle computes each VTIMEZONE once per session.
_TIMED_YEARS = [1899, 1900, 1970, 2024, 2038, 2050]
_OFFSETS = ["", "", "", "Z", "+05:30", "-03:00", "+00:00"]


@st.composite
def _times(draw: st.DrawFn) -> str:
    year = draw(st.sampled_from(_TIMED_YEARS))
    day = draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31)))
    if draw(st.integers(0, 4)) == 0:  # near a DST change
        day = draw(st.sampled_from([date(year, 3, 31), date(year, 10, 27), date(year, 4, 7), date(year, 11, 3)]))
    seconds = f":{draw(st.integers(0, 59)):02}" if draw(st.booleans()) else ""
    return (
        f"{day}T{draw(st.integers(0, 23)):02}:{draw(st.integers(0, 59)):02}{seconds}{draw(st.sampled_from(_OFFSETS))}"
    )


@st.composite
def _whens(draw: st.DrawFn) -> str | None:
    kind = draw(st.sampled_from(["none", "partial", "time", "time-span", "time-duration", "day-span", "day-duration"]))
    if kind == "none":
        return None
    if kind == "partial":  # year, month, day, qualified: all-day values in years 1-9999
        return str(draw(partial_dates(times=False)))
    start = draw(_times())
    if kind == "time":
        return start
    if kind == "time-span":
        return "/".join(sorted([start, draw(_times())]))
    if kind == "time-duration":
        return f"{start}/{draw(st.sampled_from(['PT0M', 'PT1M', 'PT90M', 'PT1H', 'P1D', 'P2DT3H', 'PT36H']))}"
    a, b = sorted(draw(st.lists(partial_dates(times=False, qualifiers=False), min_size=2, max_size=2)), key=str)
    if kind == "day-duration":
        return f"{a.year:04}-{a.month or 1:02}-{a.day or 1:02}/P{draw(st.integers(1, 40))}D"
    return f"{a}/{b}"


_URLS = st.sampled_from(["https://example.org/a?b=1;c=2,d", "http://ex.org/ä/😀", "https://x.org/" + "p" * 90, None])


@st.composite
def _timelines(draw: st.DrawFn) -> dict[str, Any]:
    ids = draw(st.lists(st.from_regex(r"[a-z][a-z0-9._-]{0,10}", fullmatch=True), min_size=1, max_size=6, unique=True))
    places = [
        {
            "id": f"p{i}",
            "name": draw(FIELD),
            **({"tz": draw(st.sampled_from(_ZONES))} if draw(st.booleans()) else {}),
            **({"address": draw(FIELD)} if draw(st.booleans()) else {}),
            **(
                {"geo": {"lat": draw(st.floats(-90, 90)), "lon": draw(st.floats(-180, 180) | st.integers(-180, 180))}}
                if draw(st.booleans())
                else {}
            ),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    people = [
        {"id": f"h{i}", "name": draw(FIELD), **({"role": draw(FIELD)} if draw(st.booleans()) else {})}
        for i in range(draw(st.integers(0, 2)))
    ]
    sources = []
    for i in range(draw(st.integers(0, 3))):
        source: dict[str, Any] = {"id": f"s{i}", "publisher": draw(FIELD)}
        if draw(st.booleans()):
            source["published"] = str(draw(partial_dates(times=False)))
        url = draw(_URLS)
        if url:
            source["url"] = url
        if draw(st.integers(0, 4)) == 0:
            source |= {"kind": "document", "file": "cal.ics"}
        sources.append(source)
    events = []
    for n, ident in enumerate(ids):
        event: dict[str, Any] = {
            "id": ident,
            "title": draw(FIELD),
            "kind": draw(st.sampled_from(["event", "trip", "stop", "meeting", "report"])),
            "status": draw(st.sampled_from(["confirmed", "planned", "tentative", "cancelled"])),
        }
        when = draw(_whens())
        if when is not None:
            event["when"] = when
        if draw(st.booleans()) and places:
            event["where"] = draw(st.sampled_from(places))["id"]
        if draw(st.booleans()) and people:
            event["who"] = [p["id"] for p in people]
        if draw(st.booleans()):
            event["tags"] = draw(st.lists(FIELD, min_size=1, max_size=3))
        if draw(st.booleans()):
            event["description"] = draw(FIELD)
        url = draw(_URLS)
        if url:
            event["url"] = url
        if n and draw(st.integers(0, 2)) == 0:
            event["parent"] = draw(st.sampled_from(ids[:n]))
        if n and draw(st.integers(0, 2)) == 0:
            event["after"] = [draw(st.sampled_from(ids[:n]))]
        if draw(st.booleans()) and sources:
            event["sources"] = [{"source": draw(st.sampled_from(sources))["id"], "quote": draw(FIELD)}]
        events.append(event)
    return {
        "id": draw(st.from_regex(r"[a-z][a-z0-9._-]{0,10}", fullmatch=True)),
        "title": draw(FIELD),
        "language": draw(st.sampled_from(["de", "en"])),
        **({"description": draw(FIELD)} if draw(st.booleans()) else {}),
        **({"timezone": draw(st.sampled_from(_ZONES))} if draw(st.integers(0, 7)) else {}),
        **({"updated": str(draw(partial_dates(times=False)))} if draw(st.booleans()) else {}),
        "places": places,
        "people": people,
        "sources": sources,
        "events": events,
    }


_OPTIONS = st.fixed_dictionaries(
    {},
    optional={
        "partial": st.booleans(),
        "language": st.sampled_from(["de", "en"]),
        "domain": st.sampled_from(["example.org", "ex;am,ple\\org", "bücher.example", "x" * 80]),
        "prodid": st.sampled_from(["-//x//y//EN", 'a;b,c\\"d', "P" * 100]),
        "stamp": st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)),
    },
)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=_timelines(), options=_OPTIONS)
def test_the_writer_writes_what_icalendar_wrote(data: dict[str, Any], options: dict[str, Any]) -> None:
    """Byte for byte the old object-tree export, its notes too, whole or in chunks, from a Timeline or a Prepared."""
    try:
        tl = Timeline.model_validate(data)
    except (ValidationError, InvalidTimelineError):
        reject()
    exporter = IcsExporter(**options)
    expected = ics_oracle.OracleIcsExporter(**options).export(tl)  # edge dates are left out, never raise
    prepared = Prepared(tl)
    chunks = list(exporter.chunks(prepared))
    assert "".join(chunks) == expected
    assert exporter.export(tl) == expected
    assert exporter.export(prepared) == expected
    assert chunks[-1] == "END:VCALENDAR\r\n"
    assert exporter.notes(prepared) == exporter.notes(tl) == ics_oracle.OracleIcsExporter(**options).notes(tl)


@pytest.mark.parametrize("path", [SEED, *sorted((DATA / "timelines").glob("*.yaml"))], ids=str)
@pytest.mark.parametrize("partial", [False, True])
def test_sample_timelines_against_the_oracle(path: Any, partial: bool) -> None:
    tl = chronik.load(str(path))
    assert IcsExporter(partial=partial).export(tl) == ics_oracle.OracleIcsExporter(partial=partial).export(tl)


def test_chunks_are_the_header_each_vtimezone_each_event_and_the_end() -> None:
    tl = chronik.load(str(DATA / "timelines" / "berlin_dst.yaml"))
    chunks = list(IcsExporter().chunks(Prepared(tl)))
    assert chunks[0].startswith("BEGIN:VCALENDAR\r\n")
    assert "BEGIN:VTIMEZONE" not in chunks[0]
    assert "BEGIN:VEVENT" not in chunks[0]
    kinds = [c.split("\r\n", 1)[0] for c in chunks[1:-1]]
    assert kinds == sorted(kinds, key=lambda k: k != "BEGIN:VTIMEZONE")
    for chunk in chunks[1:-1]:  # whole components
        lines = chunk.split("\r\n")
        assert sum(x.startswith("BEGIN:") for x in lines) == sum(x.startswith("END:") for x in lines)
        assert lines[0].replace("BEGIN:", "END:") == lines[-2]
    assert chunks[-1] == "END:VCALENDAR\r\n"


def test_a_prepared_timeline_is_ordered_once() -> None:
    """With a Prepared, export and notes use its chronology: no ordering of their own."""
    tl = chronik.load(str(DATA / "timelines" / "partial_dates.yaml"))
    prepared = Prepared(tl)
    chron = prepared.chronology
    exporter = IcsExporter(partial=True)
    text, notes = exporter.export(prepared), exporter.notes(prepared)
    assert prepared.chronology is chron
    assert text == ics_oracle.OracleIcsExporter(partial=True).export(tl)
    assert notes == ics_oracle.OracleIcsExporter(partial=True).notes(tl)


# --- VTIMEZONE -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(available_timezones()))
def test_every_zone_has_the_vtimezone_it_had(name: str) -> None:
    """The VTIMEZONE from the zone's transitions equals the one found by reading every day, 1899 to 2101.

    A range's VTIMEZONE depends only on its first year before 1900 and its last year after 1900: this one
    covers every export with values from 1900 to 2100 (and the common 2024 one is a prefix of its work).
    """
    assert vtimezone(name, 1900, 2100) == ics_oracle.vtimezone(name, 1900, 2100).to_ical().decode()
    assert vtimezone(name, 1900, 1900) == ics_oracle.vtimezone(name, 1900, 1900).to_ical().decode()


@pytest.mark.parametrize(
    ("name", "first", "last"),
    [
        ("Europe/Berlin", 2024, 2024),
        ("America/New_York", 2024, 2024),
        ("Australia/Lord_Howe", 2024, 2025),
        ("Africa/Casablanca", 2024, 2090),  # a DST pause every Ramadan, listed year by year
        ("America/Sao_Paulo", 1850, 2024),
        ("Asia/Kathmandu", 1, 3),
        ("Europe/Dublin", 1, 1),
        ("America/Godthab", 2022, 2040),
        ("America/Santiago", 9998, 9998),  # a southern yearly rule to the last year there is
    ],
)
def test_edge_ranges_have_the_vtimezone_they_had(name: str, first: int, last: int) -> None:
    assert vtimezone(name, first, last) == ics_oracle.vtimezone(name, first, last).to_ical().decode()


def test_without_the_zone_data_every_day_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where zoneinfo does not expose a zone's transitions, the VTIMEZONE is still the one it was."""
    from chronik.exporters import _vtimezone

    monkeypatch.setattr(_vtimezone, "_zone_data", lambda key: None)
    _vtimezone._vtimezone.cache_clear()
    try:
        got = _vtimezone._vtimezone("America/New_York", 1899, 2025)
    finally:
        _vtimezone._vtimezone.cache_clear()
    assert got == ics_oracle.vtimezone("America/New_York", 2024, 2024).to_ical().decode()


@pytest.mark.parametrize("text", ["\ufeffBOM first", "\ufeff\ufefftwo", "in\ufeffside", "Tag \ufeff"])
def test_a_byte_order_mark_in_a_text_is_left_out_as_icalendar_would(text: str) -> None:
    """icalendar reads each value's bytes as UTF-8 with a signature, so a value that starts with U+FEFF
    loses it there: the writer leaves U+FEFF out of every text, wherever it stands (found by hypothesis)."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": text,
            "description": text,
            "events": [{"id": "e", "title": text, "when": "2024-11-10", "tags": ["x", text], "description": text}],
        }
    )
    written = IcsExporter().export(tl)
    assert written == ics_oracle.OracleIcsExporter().export(tl)
    assert "\ufeff" not in written
