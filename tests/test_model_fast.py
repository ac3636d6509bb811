"""The model's fast paths hold equal to the full checks: text, shared field-name sets, interned strings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chronik import model
from chronik.model import Citation, Event, Timeline

_TRICKY = st.sampled_from(list("\x00\t\n\r\x0b\x7f\x84\x85\x86\x9f\u2028\u2029\u200b\u3164\u2800\u0301 a!~é"))


def _outcome(check: object, value: str) -> tuple[str, str]:
    try:
        return "ok", check(value)  # type: ignore[operator]
    except ValueError as err:
        return "error", str(err)


@given(st.lists(st.one_of(_TRICKY, st.characters()), max_size=12).map("".join) | st.text(max_size=40))
def test_text_fast_path_is_the_full_check(value: str) -> None:
    assert _outcome(model._check_text, value) == _outcome(model._check_text_fully, value)


def test_equal_field_sets_are_shared_and_unchanged() -> None:
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "sources": [{"id": "s", "title": "S"}],
            "events": [
                {"id": "a", "title": "A", "when": "2024", "sources": ["s"]},
                {"id": "b", "title": "B", "when": "2025", "sources": [{"source": "s"}]},
                {"id": "c", "title": "C"},
            ],
        }
    )
    a, b, c = tl.events
    assert a.model_fields_set == b.model_fields_set == {"id", "title", "when", "sources"}
    assert a.model_fields_set is b.model_fields_set
    assert c.model_fields_set == {"id", "title"}
    assert a.sources[0].model_fields_set is b.sources[0].model_fields_set == {"source"}
    assert a.model_dump(exclude_unset=True) == {
        "id": "a",
        "title": "A",
        "when": "2024",
        "sources": ({"source": "s"},),
    }
    copy = a.model_copy(update={"title": "X"})
    assert copy.title == "X"
    assert a.model_fields_set == {"id", "title", "when", "sources"}
    assert isinstance(copy, Event)
    assert isinstance(copy.sources[0], Citation)


def test_references_share_the_id_string() -> None:
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "sources": [{"id": "".join(["s", "1"]), "title": "S"}],
            "events": [{"id": "e", "title": "E", "sources": ["".join(["s", "1"])], "tags": ["".join(["x", "y"])]}],
        }
    )
    assert tl.events[0].sources[0].source is tl.sources[0].id
