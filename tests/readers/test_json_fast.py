"""Reading a JSON timeline's events one by one gives what the usual way gives, or steps aside."""

from __future__ import annotations

import json
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

import chronik
from chronik.errors import TimelineError
from chronik.model import Timeline
from chronik.readers import _json
from chronik.readers._json import JsonReader, _read_events_one_by_one

from ..conftest import SEED
from ..strategies import edited, timelines


def _usual(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    """What the reader gives without the one-by-one path: the timeline, or the error's text."""
    with monkeypatch.context() as patch:
        patch.setattr(_json, "_read_events_one_by_one", lambda text, default_id: None)
        try:
            return "ok", JsonReader().read(text, origin="t.json", default_id="d")
        except TimelineError as err:
            return "error", str(err)


def _held_equal(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _read_events_one_by_one(text, "d")
    usual = _usual(text, monkeypatch)
    if fast is not None:
        assert usual[0] == "ok", "the one-by-one path accepted what the usual way refuses"
        assert fast == usual[1]
        assert repr(fast) == repr(usual[1])
        assert fast.model_fields_set == usual[1].model_fields_set
    # and the reader as a whole gives exactly the usual outcome
    try:
        whole: tuple[str, Any] = ("ok", JsonReader().read(text, origin="t.json", default_id="d"))
    except TimelineError as err:
        whole = ("error", str(err))
    assert whole[0] == usual[0]
    assert (repr(whole[1]) if whole[0] == "ok" else whole[1]) == (repr(usual[1]) if usual[0] == "ok" else usual[1])


def test_the_seed_reads_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    text = chronik.dumps(chronik.load(SEED), "json")
    plain = json.dumps(json.loads(text)["timeline"], ensure_ascii=False, indent=1)
    assert isinstance(_read_events_one_by_one(plain, "d"), Timeline)
    _held_equal(plain, monkeypatch)
    _held_equal(text, monkeypatch)  # an export document: the usual way


_EDITS = st.sampled_from(
    [
        ("", ""),
        ("{", "{ "),
        ("[", "[\n"),
        (",", " ,"),
        (":", " : "),
        ("}", "}}"),
        ("]", ",]"),
        ("}", ",}"),
        ('"id"', '"id": "x", "id"'),
        ('"title"', '"title": "x", "title"'),
        ('"events"', '"events": [], "events"'),
        ('"when"', '"when": "2024", "when"'),
        ("[", "[[]"),
        ('"', "'"),
        (" ", "\u00a0"),
        (" ", "\t"),
        ("\n", "\v"),
        ('"title": "', '"title": "\\ud800'),
        ('"', '"\\u0000'),
        ("1", "NaN"),
        ("2", "1e400"),
        ("{", "\ufeff{"),
        (":", ": " + "[" * 40 + "]" * 40 + ", "),
    ]
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    timelines(max_events=6), st.sampled_from([None, 0, 2]), st.lists(st.tuples(_EDITS, st.integers(0, 10)), max_size=3)
)
def test_any_document_reads_alike(
    monkeypatch: pytest.MonkeyPatch, doc: dict[str, Any], indent: int | None, edits: list[tuple[tuple[str, str], int]]
) -> None:
    """Valid or not, with any layout: the same timeline, or the same error from the usual way."""
    text = json.dumps(doc, ensure_ascii=False, indent=indent)
    _held_equal(edited(text, edits), monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{}",
        "[]",
        '{"title": "T"}',
        '{"title": "T", "events": []}',
        '{"title": "T", "events": [] }  ',
        '{"title": "T", "events": []} x',
        '{"title": "T", "events": [{"id": "a", "title": "A"}] , "events": []}',
        '{"title": "T", "events": [{"id": "a", "title": "A"},]}',
        '{"title": "T", "events": [{"id": "a", "title": "A"} {"id": "b", "title": "B"}]}',
        '{"title": "T", "events": [{"id": "a", "title": "A", "id": "b"}]}',
        '{"title": "T", "events": {"id": "a"}}',
        '{"title": "T", "events": [{"id": "a", "title": "A", "parent": "a"}]}',
        '{"title": "T", "events": [{"id": "a", "title": "A", "where": "p"}]}',
        '{"title": "T",, "events": []}',
        '{"title": "T" "events": []}',
        '{"title": "T", "events": [{"id": "a", "title": "A", "when": 1967}]}',
    ],
)
def test_edge_documents_read_alike(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _held_equal(text, monkeypatch)
