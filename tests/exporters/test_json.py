"""The JSON export: versioned, lossless, and carrying the chronology for consumers."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings

import chronik
from chronik.model import Timeline

from ..strategies import timelines


def test_seed_json_holds_every_event_with_sources_and_precision(seed: Timeline) -> None:
    """Every event is there with its citations; the chronology gives precision and UTC bounds."""
    doc = json.loads(chronik.dumps(seed, "json"))
    assert doc["schema"] == "chronik/1"
    events = {e["id"]: e for e in doc["timeline"]["events"]}
    assert set(events) == {e.id for e in seed.events}
    assert all(e["sources"] for e in events.values())
    rows = {r["id"]: r for r in doc["chronology"]}
    assert rows["checkpoint-2024-11"]["precision"] == "month"
    assert rows["checkpoint-2024-11"]["when"] == "2024-11"
    assert rows["sister-cities-1967"]["precision"] == "year"
    assert rows["departure"]["start"] == "2024-11-09T23:00:00Z"
    assert rows["stop-boston"]["precision"] is None
    assert rows["stop-boston"]["bounds"] == "constraints"
    assert [r["index"] for r in doc["chronology"]] == list(range(len(doc["chronology"])))


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_json_round_trip_is_byte_identical(doc: dict[str, Any]) -> None:
    """JSON -> model -> JSON gives the same bytes, for any valid timeline."""
    tl = Timeline.model_validate(doc)
    text = chronik.dumps(tl, "json")
    back = chronik.loads(text, "json")
    assert back == tl
    assert chronik.dumps(back, "json") == text


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_every_exporter_accepts_every_valid_timeline(doc: dict[str, Any]) -> None:
    """No valid timeline makes an exporter fail."""
    tl = Timeline.model_validate(doc)
    for name in chronik.EXPORTERS.names():
        assert chronik.dumps(tl, name)
