"""Shared fixtures: paths, the seed timeline, and ``--update-golden``."""

from __future__ import annotations

from pathlib import Path

import pytest

import chronik
from chronik.model import Timeline

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden"
SEED = ROOT / "seeds" / "wegner-usa-2024.yaml"
SEED_TEXT = ROOT / "seeds" / "000_169111525c476787.txt"
#: Third-party material, read in place (never copied into the project).
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite golden files instead of comparing.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed() -> Timeline:
    return chronik.load(SEED)
