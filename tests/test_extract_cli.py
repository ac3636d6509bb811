"""``chronik extract``: one-line errors, usage errors, and drafts that ``check`` and ``export`` accept.

The first tests run the real command in a subprocess (exit codes and stderr as a user sees them),
with the real tagger; the last ones replace the tagger by a fixed one in-process, so that what they
check (paths, options, several texts) does not depend on what the tagger finds.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import chronik
from chronik.cli import cli
from chronik.extract._types import Mention

from .conftest import ROOT, SEED, SEED_TEXT


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "chronik", *args], capture_output=True, text=True, cwd=cwd or ROOT, timeout=120
    )


# --- errors ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"Stra\xdfe am 8. November 2024.", "1: not UTF-8 text (byte 0xDF); save the file as UTF-8"),
        (b"", "the text is empty; there is nothing to extract"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "3: this is a binary file (it contains a NUL byte), not a text file"),
    ],
    ids=["missing", "latin-1", "empty", "binary"],
)
def test_unreadable_text_is_one_line_exit_1(tmp_path: Path, content: bytes | None, message: str) -> None:
    """Each bad text is one line on stderr naming the file; nothing is written."""
    bad = tmp_path / "bad.txt"
    if content is not None:
        bad.write_bytes(content)
    out = tmp_path / "draft.yaml"
    result = run("extract", str(SEED_TEXT), str(bad), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"{bad}{':' if message[0].isdigit() else ': '}{message}"]
    assert result.stdout == ""
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dct", "10.11.2024"], "'10.11.2024' is not a date: write it as YYYY-MM-DD, like 2024-11-10"),
        (["--dct", "2024-02-30"], "'2024-02-30' is not a date: day is out of range for month"),
        (["--tz", "Mars/Olympus"], "'Mars/Olympus' is not a known IANA time zone"),
        (["--lang", "fr"], "'fr' is not one of"),
        (["--format", "toml"], "'toml' is not one of"),
        (["--publisher", " \t "], "is not an outlet's name"),
        (["--publisher", "Acme\x07Post"], "is not an outlet's name"),
    ],
)
def test_bad_options_are_usage_errors(args: list[str], message: str) -> None:
    """A bad --dct, --tz, --lang or --format: exit 2 with a message saying what to write."""
    result = run("extract", str(SEED_TEXT), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_publisher_named_is_the_article_s_and_its_own_date_lines_but_not_a_wire_s(tmp_path: Path) -> None:
    """--publisher: the article's source and its own line that names no outlet; a wire's dateline stays the
    wire's, and so does the page's line over the wire's item; given with --corpus it is a usage error (the
    archive's field says it)."""
    (tmp_path / "a.txt").write_text(
        "Stand: 12.03.2024, 14:05 Uhr\n\nBERLIN (dpa) - Die Stadt teilte am Montag mit, die Brücke sei gesperrt.\n",
        encoding="utf-8",
    )
    result = run(
        "extract", "a.txt", "--dct", "2024-03-12", "--lang", "de", "--publisher", " dpa ", "-f", "json", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    sources = {s["id"]: s for s in json.loads(result.stdout)["sources"]}
    assert sources["a"]["publisher"] == "Deutsche Presse-Agentur"
    assert [s["publisher"] for s in sources.values() if s.get("about", "").startswith("Stand:")] == [
        "Deutsche Presse-Agentur"
    ]
    result = run("extract", "a.txt", "--dct", "2024-03-12", "--lang", "de", "--publisher", "Tagesspiegel", cwd=tmp_path)
    draft = yaml.safe_load(result.stdout)
    by_about = {s.get("about", "")[:6]: s.get("publisher") for s in draft["sources"]}
    assert by_about["Stand:"] == "Deutsche Presse-Agentur"  # the agency's item the page ran
    assert "publisher: Der Tagesspiegel" in result.stdout
    (tmp_path / "b.txt").write_text(
        "Stand: 12.03.2024, 14:05 Uhr\n\nDie Stadt teilte am Montag mit, die Brücke sei gesperrt.\n", encoding="utf-8"
    )
    result = run("extract", "b.txt", "--dct", "2024-03-12", "--lang", "de", "--publisher", "Tagesspiegel", cwd=tmp_path)
    draft = yaml.safe_load(result.stdout)
    by_about = {s.get("about", "")[:6]: s.get("publisher") for s in draft["sources"]}
    assert by_about["Stand:"] == "Der Tagesspiegel"
    result = run("extract", "--corpus", "a.txt", "-o", str(tmp_path / "out"), "--publisher", "X", cwd=tmp_path)
    assert result.returncode == 2
    assert "'publisher' field" in result.stderr


def test_no_text_is_a_usage_error() -> None:
    """At least one TEXT."""
    result = run("extract")
    assert result.returncode == 2
    assert "Missing argument 'TEXTS...'" in result.stderr


# --- with the tagger: the seed text ------------------------------------------------------------------------------


def test_seed_draft_passes_check_and_exports(tmp_path: Path) -> None:
    """Written with -o into another folder: `chronik check` finds the text and no error; export works."""
    out = tmp_path / "drafts" / "seed.yaml"
    out.parent.mkdir()
    result = run("extract", "seeds/000_169111525c476787.txt", "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"seeds/000_169111525c476787\.txt \(de\): \d+ reports?, \d+ events?, \d+ unresolved", lines[0])
    root = Path(os.path.relpath(os.path.commonpath([out.parent.resolve(), SEED_TEXT.resolve()]), ROOT))
    assert lines[1:] == [
        f"seeds/000_169111525c476787.txt: outside the draft's folder; check the draft with --root {root}",
        f"wrote {out}",
    ]
    assert result.stdout == ""
    timeline = chronik.load(out)
    assert timeline.sources[0].file is not None
    assert (out.parent / timeline.sources[0].file).resolve() == SEED_TEXT.resolve()
    assert run("check", str(out)).returncode == 1  # the text lies outside the draft's folder
    checked = run("check", str(out), "--json", "--root", str(root))
    assert checked.returncode == 0, checked.stdout
    findings = json.loads(checked.stdout)
    assert [f for f in findings if f["code"].startswith("quote")] == []
    assert [f for f in findings if f["severity"] == "error"] == []
    exported = run("export", str(out), "--out", str(tmp_path / "exports"))
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "exports" / "seed.ics").exists()
    assert (tmp_path / "exports" / "seed.md").exists()


def test_seed_draft_printed_is_deterministic_yaml_and_json() -> None:
    """Printed, the text's path is relative to the current folder; same bytes every run; JSON alike."""
    first = run("extract", "seeds/000_169111525c476787.txt", "--dct", "2024-11-10")
    assert first.returncode == 0, first.stderr
    assert first.stdout == run("extract", "seeds/000_169111525c476787.txt", "--dct", "2024-11-10").stdout
    timeline = chronik.loads(first.stdout)
    assert timeline.sources[0].file == "seeds/000_169111525c476787.txt"
    assert str(timeline.updated) == "2024-11-10"
    as_json = run("extract", "seeds/000_169111525c476787.txt", "--dct", "2024-11-10", "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    assert chronik.loads(as_json.stdout, "json") == timeline
    assert yaml.safe_load(first.stdout)["id"] == "000_169111525c476787"


def _publisher(name: str | None) -> str:
    words = (name or "").lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in {"der", "die", "das", "dem", "den"} else words)


def test_seed_draft_matches_the_curated_timeline() -> None:
    """The issue's test: the seed's six dated reports with their publishers, 10-16 November, the Sunday
    departure as 2024-11-10, 1967 and the five-day duration."""
    result = run("extract", "seeds/000_169111525c476787.txt")
    assert result.returncode == 0, result.stderr
    draft = chronik.loads(result.stdout)
    seed = chronik.load(SEED)
    want = sorted((str(s.published), _publisher(s.publisher)) for s in seed.sources if s.published)
    got = sorted((str(s.published), _publisher(s.publisher)) for s in draft.sources if s.published)
    assert got == want
    whens = [str(e.when) for e in draft.events if e.when is not None]
    assert "2024-11-10/2024-11-16" in whens
    assert "1967" in whens
    assert {"2024-11-10", "2024-11-10/P5D"} <= set(whens)  # the Sunday departure; the five-day trip


# --- with a fixed tagger: options and paths ----------------------------------------------------------------------


def _fixed_find(
    text: str, *, dct: Any = None, language: str = "auto", document: str = "<text>", publisher: str | None = None
) -> list[Mention]:
    """Every 'am 10. November 2024' in the text is the day; a sentence ends at '. '."""
    out = []
    for match in re.finditer(r"am 10\. November 2024", text):
        start = text.rfind(". ", 0, match.start())
        start = 0 if start < 0 else start + 2
        end = text.find(". ", match.end())
        end = len(text) if end < 0 else end + 1
        value = "2024-11-10T09:30" if "Uhr" in text[start:end] else "2024-11-10"
        out.append(
            Mention(
                match[0],
                match.start(),
                match.end(),
                value,
                "event",
                None,
                text[start:end],
                start,
                document,
                places=("New York",),
            )
        )
    return out


@pytest.fixture
def fixed_tagger(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("chronik.extract.find", _fixed_find, raising=False)
    monkeypatch.setattr("chronik.extract.detect_language", lambda text: "de", raising=False)


@pytest.mark.usefixtures("fixed_tagger")
def test_several_texts_paths_relative_to_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two texts, the draft in a third folder: each file relative to the draft; one summary line per text."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "a" / "eins.txt").write_text("Abflug am 10. November 2024 nach New York.", encoding="utf-8")
    (tmp_path / "b" / "zwei.txt").write_text("Vorher. Dann am 10. November 2024 um 9.30 Uhr.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        cli, ["extract", "a/eins.txt", "b/zwei.txt", "--lang", "en", "-o", "out/d.json", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "a/eins.txt (en): 0 reports, 1 event, 0 unresolved",
        "b/zwei.txt (en): 0 reports, 1 event, 0 unresolved",
        "a/eins.txt, b/zwei.txt: outside the draft's folder; check the draft with --root .",
        "wrote out/d.json",
    ]
    timeline = chronik.load(tmp_path / "out" / "d.json")
    assert [s.file for s in timeline.sources] == ["../a/eins.txt", "../b/zwei.txt"]
    assert (timeline.id, timeline.title, timeline.language) == ("eins", "Draft: eins and one more text", "en")
    assert [str(e.when) for e in timeline.events] == ["2024-11-10", "2024-11-10"]  # no zone: the day
    assert [p.id for p in timeline.places] == ["new-york"]
    assert chronik.api.check_file(tmp_path / "out" / "d.json", root=tmp_path)[1] == []


@pytest.mark.usefixtures("fixed_tagger")
def test_tz_keeps_local_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--tz names the zone of the texts' local times, so they stay times; --lang auto asks detect_language."""
    (tmp_path / "t.txt").write_text("Am Ende am 10. November 2024 um 9.30 Uhr.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract", "t.txt", "--tz", "America/New_York"])
    assert result.exit_code == 0, result.output
    timeline = chronik.loads(result.stdout)
    assert (timeline.language, timeline.timezone) == ("de", "America/New_York")
    assert str(timeline.events[0].when) == "2024-11-10T09:30"
    assert timeline.sources[0].file == "t.txt"


# --- many texts in one run: folders and patterns ---------------------------------------------------------------


def _articles(folder: Path) -> None:
    """Three texts a folder run reads, and what it leaves alone (another suffix, a subfolder)."""
    folder.mkdir()
    (folder / "b.txt").write_text("Abflug am 10. November 2024 nach New York.", encoding="utf-8")
    (folder / "a.md").write_text("Dann am 10. November 2024 in Boston.", encoding="utf-8")
    (folder / "c.txt").write_text("Später am 10. November 2024 in Los Angeles.", encoding="utf-8")
    (folder / "c.meta.json").write_text('{"dct": "2024-11-10"}', encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "d.txt").write_text("Am 15. November 2024 zurück.", encoding="utf-8")


@pytest.mark.usefixtures("fixed_tagger")
@pytest.mark.parametrize("arg", ["in", "in/", "in/*", "in/[ab]*.*"])
def test_a_folder_or_pattern_is_its_files_in_name_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arg: str
) -> None:
    """A folder gives its .txt and .md files, a pattern its matches: the same draft as naming those files."""
    _articles(tmp_path / "in")
    monkeypatch.chdir(tmp_path)
    named = ["in/a.md", "in/b.txt", "in/c.txt"] if arg in ("in", "in/") else ["in/a.md", "in/b.txt"]
    if arg == "in/*":
        named = ["in/a.md", "in/b.txt", "in/c.meta.json", "in/c.txt"]
    expected = CliRunner().invoke(cli, ["extract", *named])
    assert expected.exit_code == 0, expected.output
    result = CliRunner().invoke(cli, ["extract", arg])
    assert result.exit_code == 0, result.output
    assert result.stdout == expected.stdout
    assert [line.split(" ")[0] for line in result.stderr.splitlines()] == [
        os.path.join(arg, os.path.basename(n)) if arg in ("in", "in/") else n for n in named
    ]


@pytest.mark.usefixtures("fixed_tagger")
def test_a_bad_text_a_folder_holds_is_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One line names the bad file, the draft is written from the others, and the exit code is 1."""
    _articles(tmp_path / "in")
    (tmp_path / "in" / "b.txt").write_bytes(b"Stra\xdfe am 8. November 2024.")
    (tmp_path / "in" / "empty.md").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract", "in", "-o", "draft.yaml"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "in/a.md (de): 0 reports, 1 event, 0 unresolved",
        "in/b.txt:1: not UTF-8 text (byte 0xDF); save the file as UTF-8",
        "in/c.txt (de): 0 reports, 1 event, 0 unresolved",
        "in/empty.md: the text is empty; there is nothing to extract",
        "wrote draft.yaml",
        "2 of 4 texts could not be read and were left out",
    ]
    assert [s.file for s in chronik.load(tmp_path / "draft.yaml").sources] == ["in/a.md", "in/c.txt"]


@pytest.mark.usefixtures("fixed_tagger")
def test_a_folder_outside_is_named_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts a folder outside the draft's folder holds: the folder is named once, not each text."""
    _articles(tmp_path / "in")
    (tmp_path / "out").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract", "in", "-o", "out/d.yaml"])
    assert result.exit_code == 0, result.output
    assert "in: outside the draft's folder; check the draft with --root ." in result.stderr.splitlines()


def test_nothing_readable_or_no_match(tmp_path: Path) -> None:
    """A pattern that matches nothing is a usage error; a folder without a readable text writes nothing."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    result = run("extract", "in/*.doc", cwd=tmp_path)
    assert result.returncode == 2
    assert "'in/*.doc' matches no file" in result.stderr
    result = run("extract", "in", "-o", "d.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "in/empty.txt: the text is empty; there is nothing to extract",
        "in: no text could be read; nothing was written",
    ]
    assert not (tmp_path / "d.yaml").exists()


def test_merge_drafts_each_text_then_merges(tmp_path: Path) -> None:
    """--merge: each text is drafted on its own, then merged as `extract --corpus` merges a story: a happening
    two texts report is one entry citing both; what only one text says keeps its one citation."""
    (tmp_path / "a.txt").write_text(
        "Die Ministerin eröffnet am 14. März 2031 in Lindau den Seegipfel der Alpenländer. "
        "Am 3. März 2031 wurde die Uferpromenade gesperrt.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Am 14. März 2031 eröffnet die Ministerin in Lindau den Seegipfel der Alpenländer.", encoding="utf-8"
    )
    result = run("extract", "a.txt", "b.txt", "--dct", "2031-03-02", "--merge", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    timeline = chronik.loads(result.stdout)
    assert (timeline.id, timeline.title) == ("a", "Entwurf: a und ein weiterer Text")
    cited = {str(e.when): sorted(c.source for c in e.sources) for e in timeline.events}
    assert cited == {"2031-03-14": ["a", "b"], "2031-03-03": ["a"]}
    assert [s.file for s in timeline.sources if s.kind == "article"] == ["a.txt", "b.txt"]
    combined = chronik.loads(run("extract", "a.txt", "b.txt", "--dct", "2031-03-02", cwd=tmp_path).stdout)
    assert len(combined.events) == 3  # without --merge: each text's statements side by side
