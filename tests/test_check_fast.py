"""``check`` without comparing all pairs: the same findings, in the same order, as the all-pairs check.

The all-pairs forms of ``two-readings`` and ``conflicting-dates`` are kept here as the oracle; generated
timelines have many trips that share people, start on the same few days or instants in several zones,
end apart or together, and point at each other with ``same_as``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik import check as check_module
from chronik.check import Finding, _compared, _readings, _span_words, check
from chronik.dates import Span
from chronik.humanize import Words
from chronik.model import Timeline
from chronik.ordering import Entry

from .strategies import ZONES


def _event(tl: Timeline, ident: str, attr: str) -> tuple[str, ...]:
    for ev in tl.events:
        if ev.id == ident:
            value: tuple[str, ...] = getattr(ev, attr)
            return value
    return ()


def _same_as_all_pairs(tl: Timeline, by_id: dict[str, Entry], words: Words) -> Iterator[Finding]:
    for ev in tl.events:
        for other_id in ev.same_as:
            if other_id < ev.id and ev.id in _event(tl, other_id, "same_as"):
                continue
            a, b = by_id.get(ev.id), by_id.get(other_id)
            if a is None or b is None or a.interval is None or b.interval is None:
                continue
            if _compared(a, b)[0] == _compared(a, b)[1]:
                continue
            yield Finding(
                "warning",
                "conflicting-dates",
                f"'{a.id}' and '{b.id}' are the same event but dated {_span_words(a, words)} "
                f"and {_span_words(b, words)}",
                (a.id, b.id),
                check_module._sources_of(a, b),
            )


def _two_readings_all_pairs(tl: Timeline, by_id: dict[str, Entry], words: Words) -> Iterator[Finding]:
    trips = [e for e in tl.events if e.kind == "trip" and isinstance(e.when, Span) and e.who]
    for i, a in enumerate(trips):
        for b in trips[i + 1 :]:
            if not set(a.who) & set(b.who) or b.id in a.same_as or a.id in b.same_as:
                continue
            ea, eb = by_id[a.id], by_id[b.id]
            if ea.interval is None or eb.interval is None:
                continue
            ia, ib = _compared(ea, eb)
            if ia.start == ib.start and ia.end != ib.end:
                yield _readings(ea, eb, a, b, words)


DAYS = (["2024-11-10", "2024-11-11", "2024-11"], ["2024-11-12", "2024-11-14", "2024-12", "P2D", "P4D"])
TIMES = (
    ["2024-11-10T09:00", "2024-11-10T23:30", "2024-11-11T00:30"],
    ["2024-11-12T18:00", "2024-11-14T08:00", "PT30H"],
)


@st.composite
def trip_timelines(draw: st.DrawFn) -> dict[str, Any]:
    """Trips of a few shared people, starting together often, in several zones, some marked ``same_as``."""
    people = [f"p{i}" for i in range(draw(st.integers(1, 4)))]
    places = [{"id": f"at-{i}", "name": f"Place {i}", "tz": z} for i, z in enumerate(ZONES)]
    n = draw(st.integers(2, 14))
    ids = [f"e{i:02d}" for i in range(n)]
    events = []
    for i, ident in enumerate(ids):
        starts, ends = draw(st.sampled_from([DAYS, TIMES]))
        start, end = draw(st.sampled_from(starts)), draw(st.sampled_from(ends))
        when = f"{start}/{end}" if not (start == "2024-11" and end.startswith("P")) else start + "/2024-11-14"
        event: dict[str, Any] = {
            "id": ident,
            "title": f"Trip {i}",
            "kind": draw(st.sampled_from(["trip", "trip", "trip", "event"])),
            "when": when,
            "who": draw(st.lists(st.sampled_from(people), min_size=0, max_size=3)),
            "sources": [{"source": "s"}],
        }
        if draw(st.booleans()):
            event["where"] = draw(st.sampled_from(places))["id"]
        others = [x for x in ids if x != ident]
        if draw(st.integers(0, 3)) == 0:
            event["same_as"] = draw(st.lists(st.sampled_from(others), max_size=2, unique=True))
        events.append(event)
    return {
        "id": "t",
        "title": "T",
        "timezone": draw(st.sampled_from(ZONES)),
        "sources": [{"id": "s", "publisher": "P"}],
        "places": places,
        "people": [{"id": p, "name": p.upper()} for p in people],
        "events": events,
    }


def _valid(data: dict[str, Any]) -> Timeline | None:
    try:
        return Timeline.model_validate(data)
    except ValueError:
        return None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trip_timelines())
def test_check_equals_the_all_pairs_check(data: dict[str, Any]) -> None:
    """Same findings, same order, as the quadratic check (kept above as the oracle)."""
    tl = _valid(data)
    if tl is None:
        return
    fast = check(tl)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(check_module, "_two_readings", _two_readings_all_pairs)
        patch.setattr(check_module, "_same_as", _same_as_all_pairs)
        slow = check(tl)
    assert fast == slow


def test_generated_timelines_do_find_two_readings() -> None:
    """The strategy reaches the case it is for: two trips of one person that start together and end apart."""
    data = {
        "id": "t",
        "title": "T",
        "timezone": "Europe/Berlin",
        "sources": [{"id": "s", "publisher": "P"}],
        "people": [{"id": "p0", "name": "P"}],
        "events": [
            {"id": "a", "title": "A", "kind": "trip", "when": "2024-11-10/2024-11-12", "who": ["p0"]},
            {"id": "b", "title": "B", "kind": "trip", "when": "2024-11-10T09:00/2024-11-14T08:00", "who": ["p0"]},
            {"id": "c", "title": "C", "kind": "trip", "when": "2024-11-10/2024-11-14", "who": ["p0"], "same_as": ["a"]},
        ],
    }
    tl = Timeline.model_validate(data)
    assert [f.ids for f in check(tl) if f.code == "two-readings"] == [("a", "b")]
