"""The iCalendar linter: one sample per defect, chronik's own exports, real-world fixtures, fuzzing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
from chronik import lint as lint_module
from chronik.lint import Finding, lint

from .conftest import DATA, SEED

SAMPLES = DATA / "lint"
FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "ics-fixtures"
EXPORTS = [SEED, *sorted((DATA / "timelines").glob("*.yaml"))]

#: sample file -> (code, line) of its one defect; the code is also the file's name up to the first dot.
CASES = {
    "not-icalendar.ics": 1,
    "invalid-utf8.ics": 9,
    "utf8-bom.ics": 1,
    "bare-lf.ics": 1,
    "bare-cr.ics": 1,
    "long-line.ics": 9,
    "split-utf8.ics": 10,
    "bad-fold.ics": 12,
    "missing-colon.ics": 10,
    "bad-name.ics": 10,
    "bad-param.ics": 10,
    "control-char.ics": 9,
    "no-vcalendar.ics": 1,
    "outside-vcalendar.ics": 12,
    "unbalanced.ics": 4,
    "missing-version.ics": 1,
    "bad-version.ics": 2,
    "missing-prodid.ics": 1,
    "method-not-publish.ics": 4,
    "missing-uid.ics": 4,
    "missing-dtstamp.ics": 4,
    "missing-dtstart.ics": 4,
    "missing-vtimezone.ics": 7,
    "unknown-tzid.windows.ics": 5,
    "unknown-tzid.outlook.ics": 5,
    "floating-time.ics": 7,
    "end-not-after-start.ics": 42,
    "allday-zero-length.ics": 8,
    "date-type-mismatch.ics": 8,
    "bad-date.ics": 7,
    "bad-duration.ics": 8,
    "bad-rrule.ics": 10,
    "bad-utc-offset.ics": 9,
    "bad-escape.ics": 10,
    "unescaped-semicolon.ics": 10,
    "duplicate-uid.ics": 11,
    "end-and-duration.ics": 9,
    "repeated-property.ics": 9,
    "orphan-recurrence-id.ics": 7,
    "allday-duration.ics": 8,
    "until-type-mismatch.ics": 24,
    "tzid-not-allowed.ics": 22,
    "incomplete-vtimezone.ics": 4,
    "incomplete-valarm.ics": 9,
}


def _codes(data: bytes) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in lint(data)]


@pytest.mark.parametrize("name", CASES, ids=lambda n: n.removesuffix(".ics"))
def test_each_defect_is_found_at_its_line(name: str) -> None:
    """Each sample has exactly one defect, found with its code at its line, in a one-line message."""
    findings = lint((SAMPLES / name).read_bytes())
    assert [(f.code, f.line) for f in findings] == [(name.split(".")[0], CASES[name])]
    message = findings[0].message
    assert not re.search(r"[\x00-\x1f]", message)
    assert len(message) <= 200, message


def test_clean_sample_has_no_findings() -> None:
    """A correct file (two zones, an all-day event, escaped TEXT) gives nothing at all."""
    assert lint((SAMPLES / "clean.ics").read_bytes()) == []


def test_every_code_is_documented_and_has_a_sample() -> None:
    """The docstring lists every code; every code but internal-error has its sample file."""
    codes = set(lint_module._RULES)
    documented = set(re.findall(r"^([a-z0-9-]+) +[EW] ", lint_module.__doc__ or "", re.MULTILINE))
    assert documented == codes
    assert {n.split(".")[0] for n in CASES} == codes - {"internal-error"}
    assert {p.name for p in SAMPLES.glob("*.ics")} == {*CASES, "clean.ics"}


def test_severities_match_the_docstring() -> None:
    """E and W in the docstring are the severities the findings carry."""
    table = dict(re.findall(r"^([a-z0-9-]+) +([EW]) ", lint_module.__doc__ or "", re.MULTILINE))
    for code, (severity, _) in lint_module._RULES.items():
        assert table[code] == severity[0].upper(), code


def test_render() -> None:
    """``origin:line: severity code: message``."""
    finding = Finding(3, "missing-uid", "error", "VEVENT has no UID")
    assert finding.render("x.ics") == "x.ics:3: error missing-uid: VEVENT has no UID"


def test_zones_are_compared_as_instants() -> None:
    """Berlin 10:00 to New York 05:00 is one hour (no finding); unknown zones are never compared."""
    clean = (SAMPLES / "clean.ics").read_bytes()
    assert b"DTEND;TZID=America/New_York:20241110T050000" in clean
    assert lint(clean) == []
    unknown = (SAMPLES / "end-not-after-start.ics").read_bytes().replace(b"TZID=Europe/Berlin", b"TZID=Mars/Base")
    assert "end-not-after-start" not in {f.code for f in lint(unknown)}


def test_findings_are_sorted_by_line_then_code() -> None:
    """Several defects in one file come back in file order."""
    data = (SAMPLES / "missing-uid.ics").read_bytes().replace(b"DTSTAMP:", b"X-DTSTAMP:")
    data = data.replace(b"VERSION:2.0\r\n", b"")
    assert _codes(data) == [("missing-version", 1), ("missing-dtstamp", 3), ("missing-uid", 3)]


@pytest.mark.parametrize("path", EXPORTS, ids=lambda p: p.stem)
def test_chronik_exports_lint_clean(path: Path) -> None:
    """What chronik writes has no finding at all, not even a warning."""
    assert lint(chronik.dumps(chronik.load(path), "ics").encode()) == []


# -- real-world fixtures -------------------------------------------------------------------------

#: icalendar files whose names say they are broken (or miss something).
BROKEN_NAME = re.compile(r"broken|bad|invalid|error|fuzz|missing")

#: Broken by name, yet no error finding, and why a linter cannot (or should not) call them errors.
UNDETECTABLE = {
    # TZID:UTC+11 comes with its own VTIMEZONE, which RFC 5545 allows; "bad" refers to icalendar's
    # zone lookup. The linter warns (unknown-tzid) since Google may ignore the definition.
    "icalendar/calendars/issue_218_bad_tzid.ics",
}


def _fixtures() -> list[Path]:
    if not FIXTURES.is_dir():
        return []
    invalid = [p for p in (FIXTURES / "ical" / "parsing-invalid").glob("*") if p.is_file()]
    return sorted({*FIXTURES.rglob("*.ics"), *invalid})


def _must_fail(path: Path) -> bool:
    rel = path.relative_to(FIXTURES).as_posix()
    if rel.startswith("ical/parsing-invalid/"):
        return True
    return rel.startswith("icalendar/") and BROKEN_NAME.search(path.name) is not None


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/ics-fixtures is not there")
def test_real_world_fixtures() -> None:
    """Every fixture lints without raising; the broken ones get at least one error."""
    undetected = set()
    for path in _fixtures():
        findings = lint(path.read_bytes())
        assert all(isinstance(f, Finding) and f.code != "internal-error" for f in findings), path
        assert all("\n" not in f.message and "\r" not in f.message for f in findings), path
        if _must_fail(path) and not any(f.severity == "error" for f in findings):
            undetected.add(path.relative_to(FIXTURES).as_posix())
    assert undetected == UNDETECTABLE


#: Codes about the syntax of lines, as opposed to the structure of the calendar.
SYNTAX = {"missing-colon", "bad-name", "bad-param", "control-char", "invalid-utf8", "split-utf8", "bad-fold", "bare-cr"}


@pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/ics-fixtures is not there")
def test_no_false_alarms_on_valid_fixtures() -> None:
    """ical's valid parsing samples have no syntax findings; real app exports (Google, Thunderbird) lint clean."""
    for path in sorted((FIXTURES / "ical" / "parsing-valid").glob("*.ics")):
        assert not {f.code for f in lint(path.read_bytes())} & SYNTAX, path.name
    exports = sorted((FIXTURES / "icalendar" / "calendars").glob("alarm_*.ics"))
    assert len(exports) >= 10
    for path in exports:
        assert lint(path.read_bytes()) == [], path.name


# -- never raise, never hang ---------------------------------------------------------------------


def _check(data: bytes) -> None:
    findings = lint(data)
    assert all(f.code != "internal-error" for f in findings), findings
    assert findings == sorted(findings, key=lambda f: (f.line, f.code))
    last = data.count(b"\n") + data.count(b"\r") + 1
    assert all(1 <= f.line <= last for f in findings)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes(data: bytes) -> None:
    """Arbitrary bytes give findings, never an exception."""
    _check(data)


_SEED_ICS = chronik.dumps(chronik.load(SEED), "ics").encode()
_PIECES = [b"\r\n", b"\n", b"\r", b"\r\n ", b" ", b":", b";", b",", b"=", b'"', b"\\", b"\xc3", b"\xff", b"\x00"]
_PIECES += [b"BEGIN:VEVENT\r\n", b"END:VEVENT\r\n", b"END:VCALENDAR\r\n", b"TZID=", b"VALUE=DATE:", b"T", b"Z"]
_EDITS = st.tuples(
    st.integers(0, len(_SEED_ICS)), st.integers(0, 40), st.one_of(st.sampled_from(_PIECES), st.binary(max_size=12))
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_EDITS, max_size=12))
def test_mutated_export(edits: list[tuple[int, int, bytes]]) -> None:
    """A valid export with bytes deleted, inserted and replaced gives findings, never an exception."""
    data = _SEED_ICS
    for at, cut, insert in edits:
        data = data[:at] + insert + data[at + cut :]
    _check(data)


@pytest.mark.parametrize(
    "data",
    [
        b"BEGIN:VCALENDAR\r\nX:" + b"a" * 5_000_000 + b"\r\nEND:VCALENDAR\r\n",
        b"BEGIN:VCALENDAR\r\n" + b"BEGIN:VEVENT\r\n" * 20_000,
        b"BEGIN:VCALENDAR\r\n" + b"END:VEVENT\r\n" * 50_000,
        b"BEGIN:VCALENDAR\r\n" + b" x\r\n" * 100_000,
        b"BEGIN:VCALENDAR\r\nX;" + b'P="' * 500_000 + b"\r\n",
        b"BEGIN:VCALENDAR\r\nDESCRIPTION:" + b"\\" * 1_000_001 + b"\r\n",
        b"BEGIN:VCALENDAR\r\nRRULE:" + b";" * 1_000_000 + b"\r\n",
        b"BEGIN:VCALENDAR\r\nDTSTART;TZID=" + b"/" * 1_000_000 + b":20240101T000000\r\n",
        b"\r" * 200_000 + b"BEGIN:VEVENT",
        bytes(range(256)) * 4000,
    ],
    ids=["long-line", "deep-nesting", "many-ends", "folds", "quotes", "backslashes", "rrule", "tzid", "cr", "binary"],
)
def test_pathological_inputs_finish(data: bytes) -> None:
    """Huge lines, deep nesting and long runs of special characters give findings, not a crash or a hang.

    (How long they take is measured by benchmarks/hostile.py, not asserted here.)
    """
    _check(data)


# -- RFC 5545 MUST / MUST NOT that parsers let through ---------------------------------------------

_HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"


def _cal(*components: str) -> bytes:
    return (_HEAD + "".join(components) + "END:VCALENDAR\r\n").encode()


def _comp(name: str, *lines: str, uid: str | None = "u@x") -> str:
    head = [f"UID:{uid}", "DTSTAMP:20241201T000000Z"] if uid is not None else []
    return "".join(f"{line}\r\n" for line in (f"BEGIN:{name}", *head, *lines, f"END:{name}"))


def _ev(*lines: str, uid: str = "u@x") -> str:
    return _comp("VEVENT", *lines, uid=uid)


_BERLIN = (SAMPLES / "clean.ics").read_bytes().decode().split("BEGIN:VTIMEZONE")[1].split("END:VTIMEZONE")[0]
_TZ = "BEGIN:VTIMEZONE" + _BERLIN + "END:VTIMEZONE\r\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # a series and its override share a UID; two overrides of one occurrence do not
        (
            _cal(
                _ev("DTSTART:20241110T100000Z", "RRULE:FREQ=DAILY;COUNT=3"),
                _ev("RECURRENCE-ID:20241111T100000Z", "DTSTART:20241111T120000Z"),
            ),
            [],
        ),
        (
            _cal(
                _ev("DTSTART:20241110T100000Z", "RRULE:FREQ=DAILY;COUNT=3"),
                _ev("RECURRENCE-ID:20241111T100000Z", "DTSTART:20241111T120000Z"),
                _ev("RECURRENCE-ID:20241111T100000Z", "DTSTART:20241111T130000Z"),
            ),
            [("duplicate-uid", 17)],
        ),
        # a VTODO and a VEVENT may share a UID? No: only within one component type is it a clash
        (_cal(_ev("DTSTART;VALUE=DATE:20241110"), _comp("VTODO", "SUMMARY:x")), []),
        (
            _cal(_comp("VTODO", "DTSTART:20241110T100000Z", "DUE:20241110T110000Z", "DURATION:PT1H")),
            [("end-and-duration", 9)],
        ),
        (_cal(_ev("DTSTART:20241110T100000Z", "UID:v@x")), [("repeated-property", 8)]),
        (_cal(_ev("DTSTART:20241110T100000Z", "DTSTART:20241110T110000Z")), [("repeated-property", 8)]),
        (_cal(_ev("DTSTART;VALUE=DATE:20241110", "DURATION:P1DT12H")), [("allday-duration", 8)]),
        (_cal(_ev("DTSTART;VALUE=DATE:20241110", "DURATION:P2W")), []),
        (
            _cal(_ev("DTSTART;VALUE=DATE:20241110", "RRULE:FREQ=DAILY;UNTIL=20241115T000000Z")),
            [("until-type-mismatch", 8)],
        ),
        (_cal(_ev("DTSTART:20241110T100000Z", "RRULE:FREQ=DAILY;UNTIL=20241115")), [("until-type-mismatch", 8)]),
        (_cal(_ev("DTSTART:20241110T100000Z", "RRULE:FREQ=DAILY;UNTIL=20241115T100000Z")), []),
        (
            _cal(_ev("DTSTART:20241110T100000", "RRULE:FREQ=DAILY;UNTIL=20241115T100000Z")),
            [("floating-time", 7), ("until-type-mismatch", 8)],
        ),
        (_cal(_TZ, _ev("DTSTART;TZID=Europe/Berlin;VALUE=DATE:20241110")), [("tzid-not-allowed", 24)]),
        (_cal(_TZ.replace("TZOFFSETTO:+0100\r\n", "")), [("incomplete-vtimezone", 13)]),
        (
            _cal(
                _comp(
                    "VTIMEZONE",
                    "BEGIN:STANDARD",
                    "DTSTART:19701025T030000",
                    "TZOFFSETFROM:+0200",
                    "TZOFFSETTO:+0100",
                    "END:STANDARD",
                    uid=None,
                )
            ),
            [("incomplete-vtimezone", 4)],
        ),
        (
            _cal(_ev("DTSTART;VALUE=DATE:20241110", "BEGIN:VALARM", "TRIGGER:-PT15M", "END:VALARM")),
            [("incomplete-valarm", 8)],
        ),
        (
            _cal(
                _ev(
                    "DTSTART;VALUE=DATE:20241110",
                    "BEGIN:VALARM",
                    "ACTION:AUDIO",
                    "TRIGGER:-PT15M",
                    "REPEAT:2",
                    "END:VALARM",
                )
            ),
            [("incomplete-valarm", 8)],
        ),
        (
            _cal(
                _ev(
                    "DTSTART;VALUE=DATE:20241110",
                    "BEGIN:VALARM",
                    "ACTION:AUDIO",
                    "TRIGGER:-PT15M",
                    "REPEAT:2",
                    "DURATION:PT5M",
                    "END:VALARM",
                )
            ),
            [],
        ),
    ],
)
def test_rfc_5545_rules_parsers_let_through(data: bytes, expected: list[tuple[str, int]]) -> None:
    """Each MUST / MUST NOT of RFC 5545 that the linter checks, with the valid variants that must pass."""
    assert _codes(data) == expected


def test_duplicate_uids_are_counted_per_calendar() -> None:
    """The same UID in two calendars of one file is two calendars' business, not a clash."""
    one = _cal(_ev("DTSTART;VALUE=DATE:20241110")).decode()
    assert _codes((one + one).encode()) == []
