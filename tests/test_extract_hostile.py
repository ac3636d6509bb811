"""``chronik extract`` on hostile texts: its cost stays linear, and every kind of line end ends a line.

The cost is bounded by size, never timed inside the test process: each text is large enough that a
pattern backtracking over a run of one character (cost: the square of the run's length) would take
many minutes, and one child process must finish them all well within a generous timeout.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.extract import find
from chronik.extract._attrib import sentences

#: Runs of one kind of character (and short repeated units), as a hostile text would send them.
RUNS = ["A", "a", "Ä", "1", ".", "!", "?", "-", "'", " ", "\t", "\n", "\r", "a.", "1.", "A.", "U.S.", "Aa ", "1 ", "1,"]

CHILD = """
import sys
from chronik.extract import find
n = int(sys.argv[1])
for unit in sys.argv[2:]:
    for language in ("de", "en"):
        find((unit * n)[:n], language=language)
print("done")
"""


def test_long_runs_of_one_character_cost_linear_time() -> None:
    # 200 kB each: at the old quadratic cost one run of capitals alone took over ten minutes.
    out = subprocess.run(
        [sys.executable, "-c", CHILD, "200000", *RUNS], capture_output=True, text=True, timeout=300, check=True
    )
    assert out.stdout.strip() == "done"


@pytest.mark.parametrize("unit", RUNS)
def test_long_runs_give_no_dates(unit: str) -> None:
    for language in ("de", "en"):
        assert find(unit * 5000, language=language, dct=date(2024, 11, 12)) == []


# ---------------------------------------------------------------- line ends


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"])
def test_every_line_end_ends_a_line(end: str) -> None:
    text = end.join(["Berlin", "Am 10. November 2024 reiste er ab", "KURZ", "Der Senat tagte am 12. November"])
    mentions = find(text, dct=date(2024, 11, 20), language="de")
    assert [(m.value, m.sentence) for m in mentions] == [
        ("2024-11-10", "Am 10. November 2024 reiste er ab"),
        ("2024-11-12", "Der Senat tagte am 12. November"),
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.surface
        assert text[m.sentence_start : m.sentence_end] == m.sentence


def test_a_cr_dateline_opens_its_line() -> None:
    text = "Kenya\rNAIROBI, August 21 (Xinhua) -- The president said Friday he would travel."
    [dateline, *_] = find(text, dct=date(2015, 8, 21), language="en")
    assert (dateline.value, dateline.kind, dateline.publisher) == ("2015-08-21", "report", "Xinhua")


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["Am 3. Mai reiste er ab", "Er sagte am Montag", "x", ""]), max_size=6))
def test_cr_lf_and_crlf_split_alike(lines: list[str]) -> None:
    def shape(end: str) -> list[tuple[int, int]]:
        text = end.join(lines)
        return [(s.start - text[: s.start].count("\r\n"), s.end - s.start) for s in sentences(text, "de")]

    assert shape("\r") == shape("\n")
    assert [n for _, n in shape("\r\n")] == [n for _, n in shape("\n")]
