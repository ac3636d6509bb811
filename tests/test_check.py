"""``chronik check``: each finding on a small timeline, and exactly the one real finding on the seed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import chronik
from chronik.check import check
from chronik.cli import cli
from chronik.model import Timeline

from .conftest import SEED


def _tl(events: list[dict[str, Any]], sources: list[dict[str, Any]] | None = None) -> Timeline:
    return Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "timezone": "Europe/Berlin",
            "sources": sources or [{"id": "s", "publisher": "P"}],
            "events": events,
        }
    )


def _codes(tl: Timeline, documents: dict[str, str] | None = None) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.severity, f.code, f.ids) for f in check(tl, documents)]


S = [{"source": "s"}]


def test_seed_shows_the_two_readings_and_nothing_else() -> None:
    """The five-day trip against 10-16 November, with both sides' sources; no other finding."""
    _, findings = chronik.api.check_file(SEED)
    assert [(f.severity, f.code) for f in findings] == [("warning", "two-readings")]
    finding = findings[0]
    assert finding.ids == ("wegner-trip", "delegation-trip")
    assert {"senatskanzlei", "healthcapital", "seed-text"} <= set(finding.sources)
    assert "5 days" in finding.message
    assert "7 days" in finding.message
    assert "Reading 1" in finding.message
    assert "Reading 2" in finding.message


def test_cycle() -> None:
    """A cycle through after-constraints is an error naming its members."""
    tl = _tl(
        [
            {"id": "a", "title": "A", "after": ["c"], "sources": S},
            {"id": "b", "title": "B", "after": ["a"], "sources": S},
            {"id": "c", "title": "C", "after": ["b"], "sources": S},
        ]
    )
    assert ("error", "constraint-cycle", ("a", "b", "c")) in _codes(tl)


def test_constraint_against_dates() -> None:
    """'after' pointing at a later entry contradicts the dates."""
    tl = _tl(
        [
            {"id": "a", "title": "A", "when": "2024-01-01", "after": ["b"], "sources": S},
            {"id": "b", "title": "B", "when": "2024-02-01", "sources": S},
        ]
    )
    assert ("error", "constraint-contradicts", ("a", "b")) in _codes(tl)


def test_child_outside_parent() -> None:
    """A part dated outside its whole is an error; partly outside is a warning."""
    tl = _tl(
        [
            {"id": "trip", "title": "T", "when": "2024-11-10/2024-11-16", "sources": S},
            {"id": "out", "title": "O", "when": "2024-12-01", "parent": "trip", "sources": S},
            {"id": "edge", "title": "E", "when": "2024-11-15/2024-11-20", "parent": "trip", "sources": S},
            {"id": "in", "title": "I", "when": "2024-11-12", "parent": "trip", "sources": S},
        ]
    )
    codes = _codes(tl)
    assert ("error", "outside-parent", ("out", "trip")) in codes
    assert ("warning", "outside-parent", ("edge", "trip")) in codes
    assert not any("in" in ids for _, _, ids in codes)


def test_same_event_two_dates() -> None:
    """Entries marked same_as with different dates show both dates and both sources, once."""
    tl = _tl(
        [
            {"id": "a", "title": "A", "when": "2024-11-10", "same_as": ["b"], "sources": [{"source": "s1"}]},
            {"id": "b", "title": "B", "when": "2024-11-11", "same_as": ["a"], "sources": [{"source": "s2"}]},
        ],
        [{"id": "s1", "publisher": "One"}, {"id": "s2", "publisher": "Two"}],
    )
    found = [f for f in check(tl) if f.code == "conflicting-dates"]
    assert len(found) == 1
    assert found[0].sources == ("s1", "s2")


def test_no_sources_and_unused_source() -> None:
    """An event without citations and an undated source nothing cites are reported."""
    tl = _tl(
        [{"id": "a", "title": "A"}], [{"id": "s", "publisher": "P"}, {"id": "d", "publisher": "D", "published": "2024"}]
    )
    codes = _codes(tl)
    assert ("warning", "no-sources", ("a",)) in codes
    assert ("info", "unused-source", ("s",)) in codes
    assert not any(ids == ("d",) for _, _, ids in codes)  # a dated source is an entry of its own


def test_quote_not_found() -> None:
    """A quote that is not in the source's text is reported."""
    tl = _tl([{"id": "a", "title": "A", "sources": [{"source": "s", "quote": "not there"}]}])
    assert ("warning", "quote-not-found", ("a",)) in _codes(tl, {"s": "some other text"})
    assert not any(c == "quote-not-found" for _, c, _ in _codes(tl, {"s": "it is not   there, really"}))


def test_offset_against_place_zone() -> None:
    """A fixed offset that is not the place's offset at that time is reported."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "places": [{"id": "ny", "name": "NY", "tz": "America/New_York"}],
            "sources": [{"id": "s", "publisher": "P"}],
            "events": [
                {"id": "ok", "title": "A", "when": "2024-11-10T11:30-05:00", "where": "ny", "sources": S},
                {"id": "bad", "title": "B", "when": "2024-07-10T11:30-05:00", "where": "ny", "sources": S},
            ],
        }
    )
    codes = _codes(tl)
    assert ("warning", "offset-mismatch", ("bad",)) in codes
    assert not any(ids == ("ok",) for _, _, ids in codes)


def test_cli_exit_codes_and_json(tmp_path: Path) -> None:
    """Exit 0 with warnings, 1 with --strict or errors; --json prints the findings as data."""
    runner = CliRunner()
    assert runner.invoke(cli, ["check", str(SEED)]).exit_code == 0
    assert runner.invoke(cli, ["check", str(SEED), "--strict"]).exit_code == 1
    result = runner.invoke(cli, ["check", str(SEED), "--json"])
    data = json.loads(result.output)
    assert data[0]["code"] == "two-readings"
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "title: T\nevents:\n  - {id: a, title: A, when: '2024-01-01', after: [b]}\n"
        "  - {id: b, title: B, when: '2024-02-01'}\n",
        encoding="utf-8",
    )
    assert runner.invoke(cli, ["check", str(bad)]).exit_code == 1


@pytest.mark.parametrize("path", sorted((Path(__file__).parent / "data" / "timelines").glob("*.yaml")))
def test_samples_have_no_errors(path: Path) -> None:
    """The sample timelines check without errors."""
    _, findings = chronik.api.check_file(path)
    assert not [f for f in findings if f.severity == "error"]


def test_missing_source_file_is_one_line(tmp_path: Path) -> None:
    """A source whose local file is missing gives one line naming that file."""
    timeline = tmp_path / "t.yaml"
    timeline.write_text("title: T\nsources:\n  - {id: s, publisher: P, file: gone.txt}\n", encoding="utf-8")
    with pytest.raises(chronik.ReadError, match=r"gone\.txt: no such file"):
        chronik.api.check_file(timeline)


def test_a_quote_across_a_unicode_line_separator_is_at_its_offsets() -> None:
    """The model writes U+2028 in a quote as a line break; the check reads the text the same way."""
    text = "Intro. Wegner reist\u2028nach New York."
    quote = "Wegner reist\u2028nach New York."
    tl = _tl([{"id": "a", "title": "A", "sources": [{"source": "s", "quote": quote, "at": f"7-{7 + len(quote)}"}]}])
    assert not [f for f in check(tl, {"s": text}) if f.code.startswith("quote")]
