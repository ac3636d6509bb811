"""Events validated as the YAML reader reads them: the same timeline or the same error as before."""

from __future__ import annotations

from typing import Any

import hypothesis.strategies as st
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from chronik.errors import TimelineError
from chronik.model import Event
from chronik.readers import _yaml
from chronik.readers._yaml import YamlReader, load_yaml

from ..strategies import edited, timelines


def _read(text: str) -> tuple[str, Any]:
    try:
        return "ok", repr(YamlReader().read(text, origin="t.yaml", default_id="d"))
    except TimelineError as err:
        return "error", str(err)


def _held_equal(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    now = _read(text)
    with monkeypatch.context() as patch:
        patch.setattr(_yaml, "_event_or_as_is", lambda item: item)  # every event plain, as before
        before = _read(text)
    assert now == before


_EDITS = st.sampled_from(
    [
        ("", ""),
        ("title: ", "title: &a "),
        ("- id: ", "- &e\n  id: "),
        ("events:\n", "events: &l\n"),
        ("when: ", "when: [x]\n  w: "),
        ("id: ", "id: x\n  id: "),
        ("title:", "colour: red\n  title:"),
        ("events:", "people:"),
        ("- id:", "- !!map\n  id:"),
        ("tags:", "tags: *a\n  x:"),
        ("- ", "- *e\n- "),
        ("where: ", "where: nowhere-"),
        ("parent: ", "parent: none-"),
    ]
)


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    timelines(max_events=6),
    st.sampled_from([None, False, True]),
    st.lists(st.tuples(_EDITS, st.integers(0, 6)), max_size=3),
)
def test_any_document_reads_alike(
    monkeypatch: pytest.MonkeyPatch, doc: dict[str, Any], flow: bool | None, edits: list[tuple[tuple[str, str], int]]
) -> None:
    """Valid or not, in any layout: the same timeline, or the same error with the same line."""
    text = yaml.safe_dump(doc, allow_unicode=True, default_flow_style=flow, sort_keys=False)
    _held_equal(edited(text, edits), monkeypatch)


def test_only_the_root_events_become_models() -> None:
    text = (
        "title: T\nevents:\n  - id: a\n    title: A\n  - &b {id: b, title: B}\n  - {id: c, colour: red}\n"
        "extra:\n  events:\n    - {id: d, title: D}\n"
    )
    data = load_yaml(text, "t.yaml", _yaml._event_or_as_is)
    first, second, third = data["events"]
    assert isinstance(first, Event)
    assert second == {"id": "b", "title": "B"}  # anchored: an alias may use it elsewhere
    assert third == {"id": "c", "colour": "red"}  # invalid: reported when the timeline is built
    assert data["extra"] == {"events": [{"id": "d", "title": "D"}]}
    assert load_yaml(text, "t.yaml") == {**data, "events": [{"id": "a", "title": "A"}, second, third]}
