"""chronik's ICS exports, read by six independent clients that must all agree with chronik.

For every input timeline (the seed, ``tests/data/timelines`` and ``tests/data/interop``) and every
client, the client must accept the file and read exactly the events chronik exported, each with
the start and end instant (UTC) or dates and the all-day flag chronik's model gives it. The tests
compare meaning, never bytes: the exporter's VTIMEZONEs may be written in any valid way.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from .clients import (
    CLIENTS,
    Radicale,
    Seen,
    differences,
    expected,
    ical_client,
    icalendar_client,
    icaljs_client,
    radicale_store,
    radicale_time_range_misses,
    same,
    same_text,
    uid_of,
    vobject_client,
)
from .conftest import CASES, Exports, Readings

CASE_IDS = list(CASES)


def test_enough_tricky_inputs(exports: Exports) -> None:
    """The interop timelines exist, load, and each puts events in the calendar."""
    interop = [name for name, path in CASES.items() if path.parent.name == "interop"]
    assert len(interop) >= 10
    for name in CASES:
        assert expected(exports[name].timeline), f"{name}: no event would be in the calendar"


@pytest.mark.parametrize("client", CLIENTS)
@pytest.mark.parametrize("case", CASE_IDS)
def test_client_reads_export(
    request: pytest.FixtureRequest, exports: Exports, readings: Readings, case: str, client: str
) -> None:
    """The client accepts the export and reads every event as chronik means it."""
    want = expected(exports[case].timeline)
    got = readings.get(request, case, client)
    problems = differences(client, got, want)
    assert not problems, f"{client} reads {case}.ics differently from chronik:\n" + "\n".join(problems)


@pytest.mark.parametrize("case", CASE_IDS)
def test_clients_agree(request: pytest.FixtureRequest, exports: Exports, readings: Readings, case: str) -> None:
    """All six clients see the same events with the same start, end and all-day flag.

    On failure, prints each disputed event with what every client said, next to chronik's value.
    """
    want = {r.uid: r for r in expected(exports[case].timeline)}
    seen: dict[str, dict[str, Seen]] = {}
    errors: dict[str, str] = {}
    for client in CLIENTS:
        try:
            seen[client] = {r.uid: r for r in readings.get(request, case, client)}
        except Exception as exc:
            errors[client] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    uids = sorted(set(want).union(*(s.keys() for s in seen.values())))
    report = []
    for uid in uids:
        values = {client: records.get(uid) for client, records in seen.items()}
        exact = {v.when() if v else None for c, v in values.items() if c != "khal"}  # khal: through same()
        pivot = next(iter(exact)) if len(exact) == 1 else None
        agree = pivot is not None and all(v is not None and same(c, v, pivot) for c, v in values.items())
        if not agree:
            rows = [f"  {'chronik':<10} {want[uid].show() if uid in want else 'not exported'}"]
            rows += [f"  {c:<10} {v.show() if v else 'MISSING'}" for c, v in values.items()]
            report.append("\n".join([uid, *rows]))
    for client, message in errors.items():
        report.append(f"{client} could not read {case}.ics: {message}")
    assert not report, f"clients disagree on {case}.ics:\n" + "\n".join(report)


_BREAK = re.compile("\r\n|[\r\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _multi_line(text: str) -> str:
    """A multi-line TEXT value as chronik writes it: every line break (CR, NEL, U+2028/9) LF, other controls a space."""
    return _CONTROL.sub(" ", _BREAK.sub("\n", text))


def _one_line(text: str) -> str:
    """A single-line TEXT value as chronik writes it: line breaks, controls and whitespace runs one space."""
    return " ".join(_multi_line(text).split())


@pytest.mark.parametrize("case", CASE_IDS)
def test_clients_read_the_same_text(
    request: pytest.FixtureRequest, exports: Exports, readings: Readings, case: str
) -> None:
    """SUMMARY, DESCRIPTION and LOCATION survive escaping and folding, and every client reads the same.

    The event's title must be in SUMMARY, its description in DESCRIPTION and its place's name in
    LOCATION, as icalendar reads them; every other client must read exactly what icalendar reads
    (umlauts, emoji, commas, semicolons, backslashes, line breaks, kilobytes of folded lines).
    """
    timeline = exports[case].timeline
    reference = {r.uid: r.text for r in readings.get(request, case, "icalendar")}
    problems = []
    for ev in timeline.events:
        uid = uid_of(timeline, ev.id)
        if uid not in reference:
            continue
        text = reference[uid]
        assert text is not None
        if _one_line(ev.title) not in (text.summary or ""):
            problems.append(f"{uid}: SUMMARY {text.summary!r} lacks the title {ev.title!r}")
        if ev.description and _multi_line(ev.description) not in (text.description or ""):
            problems.append(f"{uid}: DESCRIPTION lacks the event's description")
        place = timeline.place(ev.where) if ev.where else None
        if place is not None and _one_line(place.name) not in (text.location or ""):
            problems.append(f"{uid}: LOCATION {text.location!r} lacks {place.name!r}")
    for client in CLIENTS:
        for rec in readings.get(request, case, client):
            if rec.uid in reference and not same_text(client, rec.text, reference[rec.uid]):
                problems.append(f"{rec.uid}: {client} read {rec.text!r}, icalendar {reference[rec.uid]!r}")
    assert not problems, f"text in {case}.ics:\n" + "\n".join(problems)


@pytest.mark.parametrize("case", CASE_IDS)
def test_radicale_time_range(exports: Exports, fresh_radicale: Radicale, case: str) -> None:
    """Radicale's own CalDAV time-range filter places every event of the file where chronik does.

    The file is alone on a fresh server, so Radicale reads it with its own VTIMEZONEs.
    """
    stored = radicale_store(fresh_radicale, exports[case].path, case)
    misses = radicale_time_range_misses(fresh_radicale, stored, expected(exports[case].timeline))
    assert not misses, f"Radicale's time-range queries on {case}.ics:\n" + "\n".join(misses)


def test_radicale_time_range_many_calendars(exports: Exports, fresh_radicale: Radicale) -> None:
    """Every export on one server (in CASES order), each in its own calendar: still all in place.

    Radicale parses stored items with vobject, which keeps the first VTIMEZONE it saw for a TZID
    for the life of the process. On a server with several calendars, an event can therefore be
    evaluated with another calendar's VTIMEZONE for the same TZID: this holds only when every
    export's VTIMEZONE for a zone is right for every year any export needs.
    """
    stored = {case: radicale_store(fresh_radicale, exports[case].path, case) for case in CASES}
    misses = [
        f"{case}: {line}"
        for case in CASES
        for line in radicale_time_range_misses(fresh_radicale, stored[case], expected(exports[case].timeline))
    ]
    assert not misses, "Radicale's time-range queries with all exports on one server:\n" + "\n".join(misses)


def _shift_offsets(text: str, tzid: str, hours: int) -> str:
    """The ICS text with every TZOFFSETFROM/TZOFFSETTO of VTIMEZONE ``tzid`` moved by ``hours``."""

    def shift(m: re.Match[str]) -> str:
        sign = -1 if m[2] == "-" else 1
        minutes = sign * (int(m[3]) * 60 + int(m[4])) + hours * 60
        s = "-" if minutes < 0 else "+"
        return f"{m[1]}{s}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}{m[5] or ''}"

    out, zone = [], None
    for line in text.split("\r\n"):
        if line.startswith("TZID:"):
            zone = line[5:]
        elif line == "END:VTIMEZONE":
            zone = None
        elif zone == tzid:
            line = re.sub(r"^(TZOFFSET(?:FROM|TO):)([+-])(\d\d)(\d\d)(\d\d)?$", shift, line)
        out.append(line)
    return "\r\n".join(out)


@pytest.mark.usefixtures("icaljs")
def test_which_clients_read_the_vtimezone(exports: Exports, tmp_path_factory: pytest.TempPathFactory) -> None:
    """ical.js and vobject compute instants from the file's VTIMEZONE; icalendar and ical use zoneinfo.

    With every Berlin offset in the file moved three hours east, a Berlin event in November is read
    three hours earlier by the VTIMEZONE readers, and unchanged by the zoneinfo readers. This is
    what makes ical.js and vobject (and Radicale's time-range filter, which uses vobject) the
    clients that check chronik's VTIMEZONEs.
    """
    original = exports["berlin_dst"]
    uid = next(r.uid for r in expected(original.timeline) if r.uid.startswith("night."))
    text = original.path.read_bytes().decode("utf-8")
    moved = _shift_offsets(text, "Europe/Berlin", 3)
    assert moved != text
    path = tmp_path_factory.mktemp("moved") / "berlin_dst_moved.ics"
    path.write_bytes(moved.encode("utf-8"))
    base = next(r for r in icalendar_client(original.path) if r.uid == uid)
    assert isinstance(base.start, datetime)
    assert isinstance(base.end, datetime)
    assert base.start == datetime(2024, 11, 9, 21, 0, tzinfo=UTC)
    earlier = base._replace(start=base.start - timedelta(hours=3), end=base.end - timedelta(hours=3))
    for reader in (icaljs_client, vobject_client):
        assert next(r for r in reader(path) if r.uid == uid) == earlier, reader.__name__
    for reader in (icalendar_client, ical_client):
        assert next(r for r in reader(path) if r.uid == uid) == base, reader.__name__
    assert icalendar.Calendar.from_ical(moved)  # still a valid calendar


@pytest.mark.parametrize("case", CASE_IDS)
def test_point_in_time_encoding(exports: Exports, case: str) -> None:
    """No VEVENT leaves its end to the client: every one has a DTEND after its DTSTART, never DURATION.

    Without DTEND (or with DTEND equal to DTSTART) five clients read a zero-length event and khal
    an hour; with the DTEND chronik writes (one minute, or one second, after a point in time), all
    six read the same end, which ``test_clients_agree`` checks without any tolerance.
    """
    cal = icalendar.Calendar.from_ical(exports[case].path.read_bytes().decode("utf-8"))
    for ev in cal.events:
        assert "DTEND" in ev, ev["UID"]
        assert "DURATION" not in ev, ev["UID"]
        start, end = ev.start, ev.end
        if isinstance(start, datetime):
            assert isinstance(end, datetime), ev["UID"]
            assert end.astimezone(UTC) > start.astimezone(UTC), ev["UID"]
        else:
            assert end > start, ev["UID"]
