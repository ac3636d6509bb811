"""The JSON reader: plain timelines and chronik's own exports."""

from __future__ import annotations

import json

import pytest

import chronik
from chronik.errors import ReadError
from chronik.readers._json import load_json, locate_json

from ..conftest import SEED


def test_export_reads_back_to_the_same_timeline() -> None:
    """JSON export -> model -> JSON export is byte-identical."""
    tl = chronik.load(SEED)
    once = chronik.dumps(tl, "json")
    again = chronik.dumps(chronik.loads(once, "json"), "json")
    assert once == again
    assert chronik.loads(once, "json") == tl


def test_unknown_schema_version() -> None:
    """A document of another schema version is refused clearly."""
    with pytest.raises(ReadError, match="unknown schema 'chronik/9'"):
        chronik.loads('{"schema": "chronik/9", "timeline": {}}', "json")


def test_nan_and_huge_numbers_are_refused() -> None:
    """NaN/Infinity are not JSON; integers with thousands of digits are refused."""
    with pytest.raises(ReadError, match="NaN"):
        load_json('{"a": NaN}', "x")
    with pytest.raises(ReadError):
        load_json('{"a": ' + "9" * 5000 + "}", "x")


def test_deep_json_is_refused() -> None:
    """Nesting far beyond what a timeline needs fails fast, whatever its depth."""
    for depth in (40, 100_000):
        with pytest.raises(ReadError, match="nested more than"):
            load_json("[" * depth + "]" * depth, "x")


def test_locate_json() -> None:
    """The locator finds keys and list items by line, skipping strings with brackets."""
    doc = {"id": "t", "title": "a [tricky] {title}", "events": [{"id": "a", "title": "x"}, {"id": "b", "when": "y"}]}
    text = json.dumps(doc, indent=2)
    lines = text.splitlines()
    line = locate_json(text, ("events", 1, "when"))
    assert line is not None
    assert '"when"' in lines[line - 1]
    assert locate_json(text, ("title",)) == 3
