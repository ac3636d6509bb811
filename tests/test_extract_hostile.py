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
from chronik.extract._sentences import sentences

#: Runs of one kind of character (and short repeated units), as a hostile text would send them.
RUNS = ["A", "a", "Ä", "1", ".", "!", "?", "-", "'", " ", "\t", "\n", "\r", "a.", "1.", "A.", "U.S.", "Aa ", "1 ", "1,"]
# an opening quote before a long capitalised word: a quoted name's words are never split to find its end
RUNS += ['"' + "A" * 300 + " "]

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


#: Reports whose publishers send the extractor looking through the whole text (a role named again, a company by
#: its kind, a short form, a body named in part), before a long run.
PREFIXED = """
import sys
from chronik.extract import find
prefixes = {
    "de": "Außenminister Hans Muster reist. Der Minister sagte am Montag, das Unternehmen teilte am Dienstag mit. ",
    "en": "Foreign Minister Hans Muster left. The company said on Monday and State police announced Tuesday. ",
}
for unit in sys.argv[2:]:
    for language, prefix in prefixes.items():
        find(prefix + (unit * int(sys.argv[1]))[: int(sys.argv[1])], language=language)
print("done")
"""


def test_long_runs_after_reports_cost_linear_time() -> None:
    # each took minutes once (a name's pattern tried at every letter of a run of capitals)
    out = subprocess.run(
        [sys.executable, "-c", PREFIXED, "200000", "A", "Aa ", '"' + "A" * 300 + " "],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert out.stdout.strip() == "done"


#: Texts of many reports in one clause whose publishers are looked for around them: a paper's name in quotes, a
#: paper named with its medium's noun, a body called by a common noun.
REPORTS = ["sagte „Aa“ am Montag ", "told the Aa newspaper on Monday ", "museum said on Monday ", "«Aa am Sonntag» "]


def test_many_reports_in_one_clause_cost_linear_time() -> None:
    # 100 kB each, a few thousand reports: each lookup stays near its report (about 8 s for all)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, "100000", *REPORTS], capture_output=True, text=True, timeout=300, check=True
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


#: Lines of every kind the extractor reads, to be put together in any order: datelines, release and page lines,
#: durations without a start, quotations, times beside days, lists and plain sentences.
_LINES = {
    "de": [
        "Hamburg | Donnerstag, 7. Februar 2019",
        "Berlin, 02. Nov (Reuters) - Der Verdacht bestätigte sich nicht.",
        "Ein 14-jähriges Mädchen wurde gefunden, sagt die Kantonspolizei Muster.",
        "veröffentlicht: 10. April 2024 19:44",
        "Wallis / 22.08.2019 - 15:14:43",
        "25.02.2021 - Impfen, testen und öffnen",
        "„Ich komme morgen“, schrieb er am 3. März.",
        "Die Polizei wurde gegen 4 Uhr am Sonntag alarmiert.",
        "Die Muster AG meldet, der Konzern hatte am Montag mitgeteilt, es laufe gut.",
        "Pressestelle der Kirche",
        "(asca 28.05.2012 cs)",
        "In der Nacht auf Mittwoch stieg das Wasser, wie die Stadt mitteilte.",
        "",
    ],
    "en": [
        "NEW YORK, April 30, 2018 /CNW/ - Ten aid workers were released today.",
        "London, June 21: Birmingham City have confirmed it.",
        "17 January 2019",
        "A 15-day gap, said Jane Doe, UNICEF Executive Director.",
        "Published: Aug. 12, 2022 at 4:34 PM EDT",
        "The collision took place around 7:45pm on Friday, May 6, 2005.",
        "In an announcement on Thursday, Acme Corp. said the coach will stay.",
        "Police arrested Hamisu Muster, Onuh Sunday, and Agwan Beispiel last  night.",
        "16 OCTOBER 2012",
        "",
    ],
}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["de", "en"]), st.data())
def test_lines_of_every_kind_in_any_order_never_break_the_extractor(language: str, data: st.DataObject) -> None:
    lines = data.draw(st.lists(st.sampled_from(_LINES[language]), max_size=8))
    text = "\n".join(lines)
    for mention in find(text, dct=date(2020, 5, 12), language=language):
        assert text[mention.start : mention.end] == mention.surface
