"""The committed exports/ are what ``chronik export`` writes now (stale exports fail the build)."""

from __future__ import annotations

from pathlib import Path

import chronik
from chronik.api import write_exports

from .conftest import ROOT, SEED


def test_exports_are_current(tmp_path: Path) -> None:
    """Every committed export equals a fresh one, byte for byte."""
    timeline = chronik.load(SEED)
    fresh = write_exports(timeline, chronik.EXPORTERS.names(), tmp_path, SEED.stem)
    fresh += write_exports(timeline, ["md"], tmp_path, SEED.stem, {"md": {"language": "en"}}, ".en")
    for path, _ in fresh:
        committed = ROOT / "exports" / path.name
        assert committed.exists(), f"{committed} is missing: run `make export` and commit it"
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale: run `make export` and commit it"
