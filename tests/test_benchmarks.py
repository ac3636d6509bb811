"""benchmarks/targets.py and serve.py run and print their tables (smoke tests at tiny sizes; nothing is timed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_TEXT, benchmark_module

SCRIPT = ROOT / "benchmarks" / "targets.py"


def test_targets_prints_every_table(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copyfile(SEED_TEXT, texts / "seed.txt")
    args = ["--sizes", "40", "--ics-events", "30", "--articles", "2", "--runs", "1", "--texts", str(texts)]
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False, timeout=600, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for title in ("Start-up", "Export of the bundled timeline", "ICS writer", "40 events", "Extraction"):
        assert f"### {title}" in out
    assert "| what | reference | - (before) | working tree (after) |" in out
    for row in ("`chronik --help`", "`--format ics`", "`--format md`", "`chronik check FILE`", "per article"):
        assert row in out
    assert "its output is byte-identical to chronik's" in out  # the plain reference writes chronik's bytes


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="not a git checkout")
def test_against_extracts_a_revision_that_imports_from_its_own_src(tmp_path: Path) -> None:
    targets = benchmark_module("targets")
    side = targets.checkout("HEAD", tmp_path / "before")
    assert (side.src / "chronik" / "__init__.py").is_file()
    assert side.entry.count(":") == 1
    targets.verify(side, tmp_path)  # raises SystemExit if chronik came from elsewhere
    here = targets.working_tree()
    assert here.src == ROOT / "src"
    check = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True, text=True)
    assert tmp_path.name not in check.stdout


def test_serve_benchmark_prints_its_table_without_errors(tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / "serve.py"
    args = ["--quick", "--events", "60", "--connections", "2", "--duration", "0.2", "--rounds", "1"]
    proc = subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=False, timeout=120, cwd=tmp_path
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert out.startswith("# chronik serve benchmark")
    assert "| request | body | reference req/s | chronik req/s | chronik ÷ reference |" in out
    rows = [line for line in out.splitlines() if line.startswith(("| bundled timeline", "| 60 events"))]
    assert len(rows) == 6, out
    for row in rows:
        assert row.endswith("| 0 / 0 |"), row  # errors, unexpected statuses, differing bodies
    assert "errors, unexpected statuses and differing bodies: 0." in out
    assert "Problems:" not in out
