"""Bounded fuzzing of every reader: any input gives a Timeline or a one-line TimelineError, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
from chronik.errors import TimelineError
from chronik.readers._common import decode

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(text: str, fmt: str) -> None:
    message = "fuzz"
    try:
        chronik.loads(text, fmt, origin="fuzz")
    except TimelineError as err:
        message = str(err)
    assert message.startswith("fuzz")


@FUZZ
@given(st.text(max_size=400))
def test_yaml_reader_on_any_text(text: str) -> None:
    """Random text never escapes the YAML reader as anything but a TimelineError."""
    _read(text, "yaml")


@FUZZ
@given(st.text(max_size=400))
def test_json_reader_on_any_text(text: str) -> None:
    """Random text never escapes the JSON reader as anything but a TimelineError."""
    _read(text, "json")


@FUZZ
@given(st.binary(max_size=400))
def test_decoding_any_bytes(data: bytes) -> None:
    """Any bytes decode to text or give a ReadError with a line."""
    message = "fuzz"
    try:
        decode(data, "fuzz")
    except TimelineError as err:
        message = str(err)
    assert message.startswith("fuzz")


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """The seed timeline with a few characters deleted, replaced or inserted."""
    text = SEED_TEXT
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text) - 1))
        op = draw(st.sampled_from(["delete", "replace", "insert"]))
        char = draw(st.sampled_from([":", "-", "\n", " ", "[", "{", "'", '"', "&", "*", "!", "#", "9", "x", "\t"]))
        text = text[:i] + ("" if op == "delete" else char) + text[i + (op != "insert") :]
    return text


@FUZZ
@given(mutated_seed())
def test_yaml_reader_on_damaged_seed(text: str) -> None:
    """A damaged seed file reads or fails with one clear error - never a crash."""
    _read(text, "yaml")


@FUZZ
@given(mutated_seed())
def test_json_reader_on_damaged_export(text: str) -> None:
    """A damaged JSON export reads or fails with one clear error."""
    exported = chronik.dumps(chronik.load(SEED), "json")
    cut = len(text) % max(len(exported), 1)
    _read(exported[:cut] + exported[cut + 1 :], "json")


def test_a_100_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A file over the size limit is refused from its size alone (a sparse 100 MB file here)."""
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)
    with pytest.raises(TimelineError, match=r"big\.yaml: file is too large \(104,857,600 bytes"):
        chronik.load(big)
