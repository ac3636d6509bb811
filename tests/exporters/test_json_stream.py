"""The streamed, orjson-written JSON export is byte for byte what ``json.dumps(indent=2)`` wrote."""

from __future__ import annotations

import json
from typing import Any, cast

import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings

import chronik
from chronik.exporters._json import JsonExporter, _chronology, dumps
from chronik.model import Timeline
from chronik.ordering import chronology
from chronik.readers._json import SCHEMA
from tests.strategies import TITLES, timelines


def _reference(tl: Timeline) -> str:
    """The exporter as it was: one dict, one ``json.dumps``."""
    doc = {
        "schema": SCHEMA,
        "timeline": tl.model_dump(mode="json"),
        "chronology": list(_chronology(chronology(tl))),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


#: Text that tempts an encoder: controls (the model refuses most, ``dumps`` must still match),
#: line separators, quotes, backslashes, emoji, and the edges of the BMP.
_HOSTILE = st.text(
    st.characters(blacklist_categories=("Cs", "Co"))
    | st.sampled_from(["\u2028", "\u2029", "\x7f", "\x85", '"', "\\", "😀"]),
    max_size=12,
)
_NUMBERS = (
    st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0.1, -0.0, 1e16, 1e-7, 1e22, 5e-324, 1.7976931348623157e308, 123456789.0])
)
_JSON = st.recursive(
    st.none() | st.booleans() | _NUMBERS | _HOSTILE,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_HOSTILE, inner, max_size=4),
    max_leaves=25,
)


_TEXT_ONLY = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**64 - 1) | _HOSTILE,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_HOSTILE, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=1500, deadline=None)
@given(_TEXT_ONLY, st.integers(0, 4))
def test_orjson_writes_what_the_standard_library_writes(value: Any, depth: int) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)
    assert dumps(value, 2, depth, numbers=False) == expected


@settings(max_examples=300, deadline=None)
@given(_JSON, st.integers(0, 4))
def test_values_with_numbers_are_written_alike(value: Any, depth: int) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * depth)
    assert dumps(value, 2, depth) == expected


@st.composite
def _rich_timelines(draw: st.DrawFn) -> dict[str, Any]:
    doc = draw(timelines())
    places = [
        {
            "id": f"place_{i}",
            "name": draw(TITLES),
            **(
                {"geo": {"lat": draw(st.floats(-90, 90)), "lon": draw(st.floats(-180, 180))}}
                if draw(st.booleans())
                else {}
            ),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    doc["places"] = places
    if places:
        for event in doc["events"]:
            if draw(st.booleans()):
                event["where"] = draw(st.sampled_from([p["id"] for p in places]))
    if draw(st.booleans()):
        doc["description"] = draw(TITLES)
    return doc


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rich_timelines())
def test_streamed_export_equals_one_json_dumps(doc: dict[str, Any]) -> None:
    tl = chronik.loads(json.dumps(doc), "json")
    exporter = JsonExporter()
    text = exporter.export(tl)
    assert text == _reference(tl)
    assert json.loads(text)["timeline"] == tl.model_dump(mode="json")


def test_an_empty_timeline_and_other_indents() -> None:
    tl = chronik.loads('{"id": "t", "title": "Empty"}', "json")
    assert JsonExporter().export(tl) == _reference(tl)
    doc = json.loads(_reference(tl))
    assert JsonExporter(indent=4).export(tl) == json.dumps(doc, ensure_ascii=False, indent=4) + "\n"


def test_the_bundled_timeline_in_parts() -> None:
    tl = chronik.load(chronik.default_timeline())
    from chronik.prepared import Prepared

    parts = list(JsonExporter().chunks(Prepared(tl)))
    assert len(parts) > len(tl.events)  # written in parts, not as one string
    assert "".join(parts) == _reference(tl)


def test_only_places_hold_numbers() -> None:
    """The exporter skips the exponent check for every list but ``places``: true while the model says so."""
    from typing import get_args

    from pydantic import BaseModel

    from chronik.exporters._json import _LISTS, _NUMBERS

    def numeric(model: type[BaseModel], seen: frozenset[type] = frozenset()) -> bool:
        for field in model.model_fields.values():
            todo = [field.annotation]
            while todo:
                tp = todo.pop()
                if tp in (int, float):
                    return True
                inner = isinstance(tp, type) and issubclass(tp, BaseModel) and tp not in seen
                if inner and numeric(cast("type[BaseModel]", tp), seen | {model}):
                    return True
                todo.extend(get_args(tp))
        return False

    fields = Timeline.model_fields
    for name in _LISTS:
        item = get_args(fields[name].annotation)[0]
        assert numeric(item) == (name in _NUMBERS), name


def test_lists_longer_than_a_batch_and_odd_floats() -> None:
    """Batches join seamlessly; a place whose float orjson spells otherwise is written alike all the same."""
    from chronik.exporters._json import _BATCH

    n = 2 * _BATCH + 5
    doc = {
        "id": "t",
        "title": "Many",
        "places": [{"id": f"p{i}", "name": f"P {i}", "geo": {"lat": 1e-05 * i, "lon": -0.0}} for i in range(n)],
        "events": [{"id": f"e{i}", "title": f"E {i}", "when": "2024-11-10", "where": f"p{i}"} for i in range(n)],
    }
    tl = chronik.loads(json.dumps(doc), "json")
    from chronik.prepared import Prepared

    parts = list(JsonExporter().chunks(Prepared(tl)))
    assert "".join(parts) == _reference(tl)
    assert max(map(len, parts)) < len("".join(parts)) / 3
