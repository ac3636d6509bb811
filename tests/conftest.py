"""Shared fixtures: paths, the seed timeline, and ``--update-golden``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

import chronik
from chronik.model import Timeline

ROOT = Path(__file__).resolve().parents[1]


def benchmark_module(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` imported as the module ``benchmark_<name>`` (the scripts are no package)."""
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


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
