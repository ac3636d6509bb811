"""benchmarks/corpus.py runs and prints its table (a smoke test at a tiny size; nothing is timed)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT, SEED_TEXT

pytest.importorskip("distributed")
pytest.importorskip("psutil")


def test_corpus_benchmark_quick(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    shutil.copyfile(SEED_TEXT, texts / "seed.txt")
    (texts / "seed.meta.json").write_text('{"dct": "2024-11-10", "language": "de"}', encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "corpus.py"), "--quick", "--articles", "12", "--texts", str(texts)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith("| ")]
    assert [row.split(" | ")[0] for row in rows] == [
        "| run",
        "| plain loop, 1 process",
        "| Dask, 1 worker",
        "| Dask, 2 workers",
    ]
    assert "12 articles" in proc.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["texts"]  # the archive went to a temporary folder
