"""Files in and out of the command line: confinement of what a timeline names, safe and all-or-nothing writes,
file names, usage errors, and the summaries on stderr."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any, ClassVar, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import chronik
from chronik import api
from chronik.errors import OutputError, ReadError
from chronik.registry import EXPORTERS

from .conftest import ROOT, SEED

SECRET = "TOP-SECRET-1234567890"


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a subprocess; a hang fails the test instead of blocking it."""
    return subprocess.run(
        [sys.executable, "-m", "chronik", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=60
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def _timeline(folder: Path, file: str, quote: str = "Hallo", at: str | None = None) -> Path:
    cite = {"source": "s", "quote": quote} | ({"at": at} if at else {})
    data = {
        "title": "T",
        "sources": [{"id": "s", "publisher": "P", "file": file}],
        "events": [{"id": "e", "title": "E", "when": "2024-11-10", "sources": [cite]}],
    }
    path = folder / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- 8: a source's file stays inside the timeline's folder, is a regular file, and is never echoed


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "private.txt"
    path.write_text(f"Hallo {SECRET}\n", encoding="utf-8")
    (tmp_path / "shared").mkdir()
    return path


@pytest.mark.parametrize("kind", ["absolute", "dotdot", "dotdot-inside", "symlink-out", "symlink-dir-out"])
def test_source_file_outside_the_folder_is_refused(kind: str, secret: Path) -> None:
    """Absolute paths, '..' and symbolic links leading out of the timeline's folder: one line, exit 1, no content."""
    folder = secret.parent / "shared"
    name = {
        "absolute": str(secret),
        "dotdot": "../private.txt",
        "dotdot-inside": "sub/../../private.txt",
        "symlink-out": "link.txt",
        "symlink-dir-out": "up/private.txt",
    }[kind]
    (folder / "sub").mkdir()
    (folder / "link.txt").symlink_to(secret)
    (folder / "up").symlink_to(secret.parent)
    timeline = _timeline(folder, name, quote="nicht drin", at="6-16")
    result = run("check", str(timeline))
    assert result.returncode == 1
    assert one_line(result) == (
        f"{timeline}: sources[0].file: {name!r} is outside the timeline's folder; "
        "chronik reads only files in it or below (check --root DIR widens that)"
    )
    assert SECRET not in result.stdout + result.stderr
    with pytest.raises(ReadError, match="outside the timeline's folder"):
        api.check_file(timeline)


def test_source_file_inside_the_folder_and_below_is_read(tmp_path: Path) -> None:
    """A file beside the timeline or below it, also through a link that stays inside, is read."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text("Hallo Welt", encoding="utf-8")
    (tmp_path / "inner").symlink_to(tmp_path / "texts")
    for name in ("texts/a.txt", "./texts/../texts/a.txt", "inner/a.txt"):
        assert api.check_file(_timeline(tmp_path, name, at="0-5"))[1] == []


def test_root_widens_the_folder_only_as_far_as_asked(secret: Path) -> None:
    """``check --root DIR`` reads files under DIR (a draft beside its texts' folder), and still nothing outside."""
    folder = secret.parent / "shared"
    timeline = _timeline(folder, "../private.txt", quote="Hallo", at="0-5")
    assert run("check", str(timeline), "--root", str(secret.parent)).returncode == 0
    assert api.check_file(timeline, root=secret.parent)[1] == []
    result = run("check", str(_timeline(folder, "../../etc/passwd")), "--root", str(secret.parent))
    assert result.returncode == 1
    assert f"is outside {secret.parent}; chronik reads only files in it or below" in one_line(result)


@given(st.lists(st.sampled_from(["..", ".", "a", "b", "texts"]), min_size=1, max_size=6))
def test_source_file_confinement_is_by_the_resolved_path(parts: list[str]) -> None:
    """Any mix of '..', '.' and names: accepted exactly when the path stays inside the folder."""
    base = Path(__file__).resolve().parent / "data" / "timelines"
    name = "/".join(parts)
    inside = not os.path.normpath(name).startswith("..")
    if inside:
        assert api.source_file(base / "t.yaml", name) == base / name
    else:
        with pytest.raises(ReadError, match="outside the timeline's folder"):
            api.source_file(base / "t.yaml", name)


def test_fifo_as_source_file_does_not_block(tmp_path: Path) -> None:
    """A FIFO named as a source's file is refused at once (check used to wait for a writer forever)."""
    os.mkfifo(tmp_path / "pipe.txt")
    timeline = _timeline(tmp_path, "pipe.txt")
    result = run("check", str(timeline))
    assert result.returncode == 1
    assert one_line(result) == (
        f"{tmp_path / 'pipe.txt'}: is a FIFO, not a regular file; chronik reads the text of source 's' only from a file"
    )


def test_device_as_source_file_is_refused(tmp_path: Path) -> None:
    """A device (here /dev/zero, in the folder by its own node or as a direct read) is never read."""
    with pytest.raises(ReadError, match="is a device or socket, not a regular file"):
        api.read_text("/dev/zero", "a text", regular_only=True)
    with pytest.raises(ReadError, match="is a device or socket"):
        api.load("/dev/zero", "yaml")
    try:
        os.mknod(tmp_path / "zero.txt", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    except (PermissionError, OSError):
        return  # creating device nodes needs privileges; the direct reads above cover the check
    result = run("check", str(_timeline(tmp_path, "zero.txt")))
    assert result.returncode == 1
    assert "is a device or socket, not a regular file" in one_line(result)


def test_offset_mismatch_never_echoes_the_file(tmp_path: Path) -> None:
    """quote-offset-mismatch says where the timeline's own quote stands, not what the file holds at 'at'."""
    (tmp_path / "a.txt").write_text(f"Hallo {SECRET} Hallo", encoding="utf-8")
    for at in ("6-11", "1-6", "10-15", "900-905"):
        _, findings = api.check_file(_timeline(tmp_path, "a.txt", at=at))
        (finding,) = findings
        assert finding.code == "quote-offset-mismatch"
        assert "the quote stands at 0-5" in finding.message
        assert not any(part in finding.message for part in (SECRET[:4], SECRET[4:8], "SECRET", "1234"))


# --- 10: never write over an input


def test_export_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    """An export whose target is the input timeline (by name, or the same file by another name) is refused."""
    calendar = tmp_path / "cal.ics"
    assert run("export", "--format", "ics", "--out", str(tmp_path)).returncode == 0
    (tmp_path / "wegner-usa-2024.ics").rename(calendar)
    before = calendar.read_bytes()
    result = run("export", str(calendar), "--out", str(tmp_path))
    assert result.returncode == 1
    assert one_line(result) == (f"{calendar}: is the input file; chronik does not write over it (choose another --out)")
    assert calendar.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cal.ics"]  # nothing else written either

    visit = tmp_path / "visit.json"
    visit.write_text(json.dumps({"title": "T", "events": [{"id": "e", "title": "E", "when": "2024"}]}), "utf-8")
    other = tmp_path / "other"
    other.mkdir()
    os.link(visit, other / "visit.json")  # the same file under the name the export would write
    for out in (tmp_path, other):
        result = run("export", str(visit), "--format", "md,json", "--out", str(out))
        assert result.returncode == 1
        assert "is the input file" in one_line(result)
    assert not (tmp_path / "visit.md").exists()
    assert not (other / "visit.md").exists()


def test_import_and_extract_refuse_to_overwrite_their_input(tmp_path: Path) -> None:
    """``import``/``extract`` --out naming the input file: one line, exit 1, input unchanged."""
    text = tmp_path / "text.json"
    text.write_text("Am 10. November 2024 flog er nach New York.", encoding="utf-8")
    result = run("extract", str(text), "--out", str(text))
    assert result.returncode == 1
    assert "is the input file" in result.stderr.strip().splitlines()[-1]
    assert text.read_text(encoding="utf-8").startswith("Am 10.")


# --- 11: all files or none


class _Broken:
    """An exporter whose text cannot be written (a lone surrogate), rendered after the good ones."""

    name: ClassVar[str] = "broken"
    suffix: ClassVar[str] = ".broken"
    media_type: ClassVar[str] = "text/plain"

    def __init__(self, **options: Any) -> None:
        pass

    def export(self, timeline: chronik.Timeline, /) -> str:
        return "bad \ud800"

    def notes(self, timeline: chronik.Timeline, /) -> list[str]:
        return []


def _exported(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_failing_format_changes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A format failing after others were rendered: no file new or changed, no temporary file left."""
    out = tmp_path / "out"
    api.write_exports(chronik.load(SEED), ["md", "json"], out, "seed")
    (out / "seed.md").write_text("old", encoding="utf-8")
    before = _exported(out)
    monkeypatch.setitem(EXPORTERS._classes, "broken", _Broken)
    with pytest.raises(OutputError, match=r"seed\.broken: cannot write: .*; no file was changed"):
        api.write_exports(chronik.load(SEED), ["md", "json", "ics", "broken"], out, "seed")
    assert _exported(out) == before


def test_read_only_target_changes_no_file(tmp_path: Path) -> None:
    """A read-only target among several: refused before anything is written."""
    out = tmp_path / "out"
    result = run("export", "--format", "md,ics", "--out", str(out))
    assert result.returncode == 0
    (out / "wegner-usa-2024.md").write_text("old", encoding="utf-8")
    (out / "wegner-usa-2024.ics").chmod(0o444)
    before = _exported(out)
    result = run("export", "--out", str(out))
    assert result.returncode == 1
    assert one_line(result) == f"{out / 'wegner-usa-2024.ics'}: is read-only; no file was changed"
    assert _exported(out) == before
    (out / "wegner-usa-2024.ics").chmod(0o644)


def test_rename_failing_midway_names_what_was_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the second rename fails, the message names the file already replaced; no temporary file stays."""
    out = tmp_path / "out"
    real = os.replace
    calls: list[str] = []

    def second_fails(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(OutputError) as info:
        api.write_exports(chronik.load(SEED), ["md", "json", "csv"], out, "seed")
    assert str(info.value) == (
        f"{out / 'seed.json'}: cannot write: No space left on device; written before it: {out / 'seed.md'}; "
        "the other files are unchanged"
    )
    assert sorted(p.name for p in out.iterdir()) == ["seed.md"]


# --- 12: leftovers of a killed run


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_temporary_files_of_ours_are_removed(tmp_path: Path) -> None:
    """Our own temp files are removed once their writer is dead or they are old; nothing else is touched."""
    out = tmp_path / "out"
    out.mkdir()
    old = time.time() - 7200
    dead = _dead_pid()
    stale = [f".seed.md.{dead}.abcd_123.tmp", ".seed.md.k2j4h5g6.tmp", f".seed.json.{os.getppid()}.zzzzzzzz.tmp"]
    kept = [
        f".seed.md.{os.getppid()}.abcdefgh.tmp",  # a live writer, recently touched
        f".seed.md.{dead}.ABCDEFGH.tmp",  # not a name mkstemp makes
        ".seed.md.notes.tmp",
        "seed.md.tmp",
        ".other.md.k2j4h5g6.tmp",  # a file this export does not write
        f".seed.md.{dead}.abcdefgh.tmp.keep",
    ]
    for name in stale + kept:
        (out / name).write_text("partial", encoding="utf-8")
    for name in (stale[1], stale[2], kept[2], kept[3], kept[4], kept[5]):
        os.utime(out / name, (old, old))
    os.utime(out / stale[0], (time.time() - 60, time.time() - 60))
    os.utime(out / kept[1], (time.time() - 60, time.time() - 60))
    api.write_exports(chronik.load(SEED), ["md", "json"], out, "seed")
    assert sorted(p.name for p in out.iterdir()) == sorted([*kept, "seed.json", "seed.md"])


def test_a_fresh_temp_of_a_dead_writer_waits(tmp_path: Path) -> None:
    """A dead writer's file touched seconds ago may be another machine's write in progress: kept for now."""
    name = f".seed.md.{_dead_pid()}.abcdefgh.tmp"
    (tmp_path / name).write_text("partial", encoding="utf-8")
    api.write_text(tmp_path / "seed.md", "x")
    assert (tmp_path / name).exists()


# --- 13: UTF-16 and UTF-32


@pytest.mark.parametrize(
    ("codec", "name"),
    [
        ("utf-16", "UTF-16"),
        ("utf-16-le", "UTF-16"),
        ("utf-16-be", "UTF-16"),
        ("utf-32", "UTF-32"),
        ("utf-32-le", "UTF-32"),
        ("utf-32-be", "UTF-32"),
    ],
)
def test_wide_unicode_is_named(codec: str, name: str, tmp_path: Path) -> None:
    """A timeline, or a source's text, saved as UTF-16/32 is named as such, with the fix."""
    path = tmp_path / "t.yaml"
    path.write_bytes("title: Staatsbesuch in Österreich\nevents: []\n".encode(codec))
    result = run("show", str(path))
    assert result.returncode == 1
    assert one_line(result) == f"{path}: {name} text: save it as UTF-8"
    (tmp_path / "a.txt").write_bytes("Hallo Welt".encode(codec))
    with pytest.raises(ReadError, match=f"a.txt: {name} text: save it as UTF-8$"):
        api.check_file(_timeline(tmp_path, "a.txt"))


def test_binary_stays_binary(tmp_path: Path) -> None:
    """Bytes that are no text in any encoding are still called binary."""
    path = tmp_path / "t.yaml"
    path.write_bytes(b"title: x\x00\x01\x02\x03\xff" * 50)
    assert "binary file (it contains a NUL byte)" in one_line(run("show", str(path)))


# --- 16: the --out suffix names the format


def test_import_writes_the_format_its_suffix_names(tmp_path: Path) -> None:
    """``import --out X.json`` writes a JSON timeline file, ``.yaml``/``.yml`` YAML; both read back the same."""
    assert run("export", "--format", "ics", "--out", str(tmp_path)).returncode == 0
    ics = tmp_path / "wegner-usa-2024.ics"
    back = {}
    for name in ("back.json", "back.yaml", "back.YML"):
        assert run("import", str(ics), "--out", str(tmp_path / name)).returncode == 0
        back[name] = chronik.load(tmp_path / name)
    assert json.loads((tmp_path / "back.json").read_text(encoding="utf-8"))["title"]
    assert back["back.json"] == back["back.yaml"] == back["back.YML"]
    result = run("import", str(ics), "--out", str(tmp_path / "back.txt"))
    assert result.returncode == 2
    assert "a timeline file is named .yaml, .yml or .json" in result.stderr
    assert not (tmp_path / "back.txt").exists()


def test_extract_writes_the_format_its_suffix_names(tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("Am 10. November 2024 flog er nach New York.", encoding="utf-8")
    assert run("extract", str(text), "--out", str(tmp_path / "d.json")).returncode == 0
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["events"]
    assert run("extract", str(text), "--format", "yaml", "--out", str(tmp_path / "d2.json")).returncode == 2
    assert not (tmp_path / "d2.json").exists()


# --- 19: file names with umlauts


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_non_ascii_file_names_are_transliterated(form: Literal["NFC", "NFD"], tmp_path: Path) -> None:
    """'staatsbesuch-österreich.yaml' exports to 'staatsbesuch-oesterreich.*' with UIDs of that name."""
    name = unicodedata.normalize(form, "staatsbesuch-österreich-straße.yaml")
    shutil.copy(SEED, tmp_path / name)
    result = run("export", str(tmp_path / name), "--format", "ics,md", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["staatsbesuch-oesterreich-strasse.ics", "staatsbesuch-oesterreich-strasse.md"]


def test_default_id_from_a_file_name_reaches_the_uids(tmp_path: Path) -> None:
    path = tmp_path / "Besuch in Zürich, Genève.json"
    path.write_text(json.dumps({"title": "T", "events": [{"id": "e", "title": "E", "when": "2024-11-10"}]}), "utf-8")
    assert chronik.load(path).id == "Besuch-in-Zuerich-Geneve"
    assert "UID:e.Besuch-in-Zuerich-Geneve@chronik.invalid" in chronik.dumps(chronik.load(path), "ics")


@given(st.text(max_size=60))
def test_default_ids_are_ascii_and_the_same_in_nfc_and_nfd(stem: str) -> None:
    ident = api._default_id(stem)
    assert ident.isascii()
    assert ident.replace("-", "").replace(".", "").replace("_", "").isalnum() or ident == "timeline"
    assert 1 <= len(ident) <= 128
    assert ident == api._default_id(unicodedata.normalize("NFD", stem))
    assert ident == api._default_id(unicodedata.normalize("NFC", stem))


# --- 20, 24, 27: usage errors are exit 2 and create nothing


@pytest.mark.parametrize("spec", [",", " , ", "", "ics,pdf", "ICS", "all,ics"])
def test_bad_format_lists_are_usage_errors(spec: str, tmp_path: Path) -> None:
    result = run("export", "--format", spec, "--out", str(tmp_path / "out"))
    assert result.returncode == 2, result.stderr
    assert "Invalid value for '--format'" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "domain", ["", " ", "a b", "a\nb", "exa_mple.org", "-a.org", "a-.org", "a..b", ".org", "ö.de", "a" * 64 + ".org"]
)
def test_bad_domains_are_usage_errors(domain: str, tmp_path: Path) -> None:
    result = run("export", "--format", "ics", "--domain", domain, "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "Invalid value for '--domain'" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("domain", ["example.org", "localhost", "xn--sterreich-z7a.at", "a-b.c0"])
def test_good_domains_reach_the_uids(domain: str, tmp_path: Path) -> None:
    assert run("export", "--format", "ics", "--domain", domain, "--out", str(tmp_path)).returncode == 0
    assert f"@{domain}\r\n".encode() in (tmp_path / "wegner-usa-2024.ics").read_bytes()


@pytest.mark.parametrize("prodid", ["", " ", "a\nb", "a\rPRODID:x", "\x07", "a\u2028b"])
def test_bad_prodids_are_usage_errors(prodid: str, tmp_path: Path) -> None:
    result = run("export", "--format", "ics", "--prodid", prodid, "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("abc", "is not a whole number of seconds"),
        ("1.5", "is not a whole number of seconds"),
        ("99999999999999", "is out of range: chronik takes 0 to 253402300799"),
        ("9" * 5000, "is out of range"),
        ("-1", "is out of range"),
        ("253402300800", "is out of range"),
    ],
)
def test_source_date_epoch_errors(value: str, says: str, tmp_path: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": value}
    result = run("export", "--format", "ics", "--out", str(tmp_path / "out"), env=env)
    assert result.returncode == 2
    assert says in result.stderr
    assert not (tmp_path / "out").exists()


def test_source_date_epoch_at_the_end_of_9999(tmp_path: Path) -> None:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "253402300799"}
    assert run("export", "--format", "ics", "--out", str(tmp_path), env=env).returncode == 0
    assert "DTSTAMP:99991231T235959Z" in (tmp_path / "wegner-usa-2024.ics").read_text(encoding="utf-8")


# --- 26: --lang


def _uids(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8").replace("\r\n ", "")
    return {line[4:] for line in text.splitlines() if line.startswith("UID:")}


def test_lang_names_only_the_files_in_that_language(tmp_path: Path) -> None:
    """--lang en: the language-neutral formats keep their name; the ICS under '.en' has UIDs of its own."""
    assert run("export", "--out", str(tmp_path)).returncode == 0
    german = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run("export", "--lang", "en", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = {p.name for p in tmp_path.iterdir()}
    english = names - set(german)
    assert english == {f"wegner-usa-2024.en{EXPORTERS.get(f).suffix}" for f in EXPORTERS.names()} - {
        "wegner-usa-2024.en.json",
        "wegner-usa-2024.en.jsonld",
    }
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name in german} == german
    de, en = _uids(tmp_path / "wegner-usa-2024.ics"), _uids(tmp_path / "wegner-usa-2024.en.ics")
    assert len(de) == len(en) > 1
    assert not de & en
    assert all("wegner-usa-2024.en@" in u for u in en)


def test_language_neutral_formats_are_what_the_api_says(seed: chronik.Timeline) -> None:
    """LANGUAGE_NEUTRAL holds exactly the formats whose text does not change with the language."""
    neutral = {f for f in EXPORTERS.names() if api.dumps(seed, f, language="de") == api.dumps(seed, f, language="en")}
    assert neutral == api.LANGUAGE_NEUTRAL


# --- 29: one line per format on stderr, the detail behind -v


def test_notes_are_one_summary_line_per_format(tmp_path: Path) -> None:
    result = run("export", "--out", str(tmp_path))
    lines = result.stderr.splitlines()
    assert len(lines) == len({line.split(":")[0] for line in lines}) <= len(EXPORTERS.names())
    assert lines[0] == (
        "ics: 8 entries left out (undated, or no single day or time; --partial shows those with known bounds as "
        "labelled spans); -v lists them"
    )
    assert "jsonld: 2 other notes; -v lists them" in lines
    assert not any(line.startswith(("md:", "html:", "json:")) for line in lines)
    verbose = run("export", "-v", "--out", str(tmp_path))
    assert "ics: left out 'checkpoint-2024-11' ('2024-11' is not a day or a time): November 2024" in verbose.stderr
    assert len(verbose.stderr.splitlines()) > 20


# --- 33: make export installs only the runtime dependencies


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_export_installs_no_development_extras(tmp_path: Path) -> None:
    venv = f"VENV={tmp_path / 'venv'}"
    export = subprocess.run(["make", "-n", "export", venv], capture_output=True, text=True, cwd=ROOT, check=True)
    test = subprocess.run(["make", "-n", "test", venv], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "pip install" in export.stdout
    assert "[dev]" not in export.stdout
    assert "'.[dev]'" in test.stdout
