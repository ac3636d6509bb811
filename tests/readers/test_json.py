"""The JSON reader: plain timelines and chronik's own exports."""

from __future__ import annotations

import json

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

import chronik
from chronik.errors import ReadError
from chronik.readers._json import _depth, _Duplicate, _pairs, load_json, locate_json

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


def _reference_depth(value: object) -> int:
    """The depth walk as it was: every value, one at a time."""
    deepest, todo = 0, [(value, 1)]
    while todo:
        cur, depth = todo.pop()
        deepest = max(deepest, depth)
        if isinstance(cur, dict):
            todo.extend((v, depth + 1) for v in cur.values())
        elif isinstance(cur, list):
            todo.extend((v, depth + 1) for v in cur)
    return deepest


_VALUES = st.recursive(
    st.none() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=30,
)


@settings(max_examples=500, deadline=None)
@given(_VALUES)
def test_depth_is_measured_as_before(value: object) -> None:
    assert _depth(value) == _reference_depth(value)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcd"), st.integers(0, 3)), max_size=8))
def test_the_first_repeated_key_is_named(pairs: list[tuple[str, int]]) -> None:
    keys = [k for k, _ in pairs]
    repeated = next((k for i, k in enumerate(keys) if k in keys[:i]), None)
    if repeated is None:
        assert _pairs(list(pairs)) == dict(pairs)
    else:
        with pytest.raises(_Duplicate) as err:
            _pairs(list(pairs))
        assert str(err.value) == repeated


@pytest.mark.parametrize(
    "doc",
    [
        "[" * 40 + "]" * 40,
        '{"id": "t", "title": "T", "events": [{"id": "a", "title": "A", "tags": ' + "[" * 40 + "]" * 40 + "}]}",
        '{"id": "t", "title": "T", "colour": ' + "[" * 40 + "]" * 40 + "}",
        '{"id": "t", "title": "T", "events": [{"id": "a", "title": "A", "when": ' + "[" * 40 + "]" * 40 + "}]}",
        '{"schema": "chronik/9", "timeline": ' + "[" * 40 + "]" * 40 + "}",
        '{"schema": "chronik/1", "timeline": {"id": "t", "title": "T", "x": ' + "[" * 40 + "]" * 40 + "}}",
        "[" * 5000 + "]" * 5000,
    ],
)
def test_depth_is_reported_before_any_other_problem(doc: str) -> None:
    """The reader measures the depth only when a file does not validate; it is still the one error."""
    with pytest.raises(ReadError) as err:
        chronik.loads(doc, "json")
    assert str(err.value) == "<string>: nested more than 32 levels deep"


def test_a_file_at_the_depth_limit_gets_its_own_error() -> None:
    """Within the limit, the problem itself is reported (with its line)."""
    doc = '{"id": "t", "title": "T", "colour": ' + "[" * 30 + "]" * 30 + "}"
    with pytest.raises(chronik.TimelineError, match="unknown field 'colour'"):
        chronik.loads(doc, "json")
