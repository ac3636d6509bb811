"""The references of the real reports on the Wegner trip (benchmarks/wegner_reports) are well formed, a
passage that is not the one referenced is refused, and the side-by-side table says what a made-up reports'
timeline recovers of the curated one. No texts needed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import chronik
from chronik.dates import parse_partial_date
from chronik.model import Timeline

from .conftest import ROOT, benchmark_module

WEGNER = benchmark_module("wegner_reports")
REPORTS: list[dict[str, Any]] = json.loads((ROOT / "benchmarks" / "wegner_reports" / "reports.json").read_text("utf-8"))


def test_references_are_complete_and_hold_no_text() -> None:
    assert len({r["id"] for r in REPORTS}) == len(REPORTS) >= 8
    for report in REPORTS:
        assert report["url"].startswith("https://")
        assert report["publisher"]
        if "dct" in report:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", report["dct"])
        if "published" in report:
            parse_partial_date(report["published"])  # a month or year where the page gives no more
            assert "dct_basis" in report  # a dct the page does not state says how it was found
        passage = report["passage"]
        assert re.fullmatch(r"[0-9a-f]{64}", passage["sha256"])
        assert len(passage["first40"]) == len(passage["last40"]) == 40
        assert passage["chars"] <= 2500  # a passage, not the page


def test_a_passage_that_differs_is_refused(tmp_path: Path) -> None:
    report = REPORTS[0]
    (tmp_path / f"{report['id']}.txt").write_text(report["passage"]["first40"] + " ... " + report["passage"]["last40"])
    with pytest.raises(WEGNER.Stop, match="not the passage of"):
        WEGNER.passages(tmp_path, [report])
    with pytest.raises(WEGNER.Stop, match=REPORTS[1]["id"]):
        WEGNER.passages(tmp_path, [REPORTS[1]])  # missing


def test_the_table_shows_what_the_reports_recover_and_their_other_reading() -> None:
    curated = chronik.load(WEGNER.SEED)
    told = Timeline.model_validate(
        {
            "id": "berichte",
            "title": "Berichte",
            "language": "de",
            "sources": [{"id": "agentur", "publisher": "Agentur", "published": "2024-11"}],
            "events": [
                {
                    "id": "abflug",
                    "title": "Wegner fliegt am Sonntag nach New York",
                    "when": "2024-11-10",
                    "sources": [{"source": "agentur", "quote": "Wegner fliegt am Sonntag nach New York."}],
                },
                {
                    "id": "reise",
                    "title": "Wegner besucht vom 10. bis 15. November New York, Boston und Los Angeles",
                    "when": "2024-11-10/2024-11-15",
                    "sources": [{"source": "agentur", "quote": "Wegner besucht New York, Boston und Los Angeles."}],
                },
                {"id": "anderes", "title": "Etwas ganz anderes", "when": "2020", "sources": [{"source": "agentur"}]},
            ],
        }
    )
    side, rest = WEGNER.tables(curated, told)
    departure = next(row for row in side if row.startswith("| Abflug nach New York"))
    assert "merged: Wegner fliegt am Sonntag nach New York" in departure
    assert "Agentur 2024-11" in departure
    delegation = next(row for row in side if row.startswith("| Delegationsreise"))
    assert "another reading (same_as)" in delegation
    assert "2024-11-10/2024-11-15" in delegation
    assert any(row.startswith("| Etwas ganz anderes | 2020 |") for row in rest)
    assert len(side) == 2 + len(curated.events)  # each curated entry once, none matched twice
