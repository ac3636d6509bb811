"""Dates at the very edge of years 1-9999 go through every format without a traceback.

The day after 9999-12-31 is no date, and 0001-01-01T00:30 east of UTC is no UTC date-time, so a
calendar cannot hold such an entry: the formats that place entries on dates leave it out with a
note, and every other entry is written as usual.
"""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest
from click.testing import CliRunner

from chronik.cli import cli

EDGES = """\
id: edge
title: Edge
timezone: Asia/Tokyo
events:
  - {id: last, title: Last day, when: "9999-12-31"}
  - {id: lastspan, title: Last span, when: "9999-12-30/9999-12-31"}
  - {id: lastmin, title: Last minute, when: "9999-12-31T23:59"}
  - {id: lastmonth, title: Last month, when: "9999-12"}
  - {id: lastyear, title: Last year, when: "9999"}
  - {id: first, title: First minute, when: "0001-01-01T00:30"}
  - {id: firstday, title: First day, when: "0001-01-01"}
  - {id: ok, title: Normal, when: "2024-11-10"}
  - {id: undated, title: After the last day, after: [last]}
"""


@pytest.mark.parametrize("partial", [[], ["--partial"]])
def test_every_format_writes_the_edges(tmp_path: Path, partial: list[str]) -> None:
    source = tmp_path / "edge.yaml"
    source.write_text(EDGES, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["export", str(source), "--out", str(out), "-v", *partial])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    cal = icalendar.Calendar.from_ical((out / "edge.ics").read_bytes())
    uids = {str(e["UID"]).split(".")[0] for e in cal.walk("VEVENT")}
    assert {"ok", "firstday"} <= uids
    assert not uids & {"last", "lastspan", "lastmin"}  # no DTEND can follow them
    assert "left out 'last'" in result.output
    for name in ("show", "check"):
        shown = CliRunner().invoke(cli, [name, str(source)])
        assert shown.exit_code in (0, 1), shown.output  # 1: check's warnings; never a crash
        assert shown.exception is None or isinstance(shown.exception, SystemExit)
