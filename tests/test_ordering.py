"""Ordering: the seed reads as its story does; properties hold for any timeline."""

from __future__ import annotations

import random
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
from chronik.model import Timeline
from chronik.ordering import Relation, chronology, entries, relation

from .strategies import timelines

SEED_ORDER = [
    "sister-cities-1967",
    "tagesspiegel-2023-11-14",
    "ntv-2024-11-06",
    "zeit-2024-11-06",
    "morgenpost-2024-11-07",
    "zeit-2024-11-08",
    "checkpoint-2024-11",
    "us-election",
    "hope-for-relations",
    "wegner-trip",
    "departure",
    "delegation-trip",
    "stop-new-york",
    "stop-boston",
    "giffey-joins",
    "stop-los-angeles",
]


def test_seed_order(seed: Timeline) -> None:
    """1967; the reports in date order with "November 2024" after 8 November; then the trip and its stops."""
    assert [e.id for e in chronology(seed).entries] == SEED_ORDER


def test_undated_stops_are_bounded_by_their_trip(seed: Timeline) -> None:
    """The undated stops inherit the delegation trip's interval as bounds, not a fake date."""
    chron = chronology(seed)
    trip = next(e for e in chron.entries if e.id == "delegation-trip")
    assert trip.interval is not None
    for stop in ("stop-new-york", "stop-boston", "stop-los-angeles", "giffey-joins"):
        assert chron.bounds[stop] == (trip.interval.start, trip.interval.end)
    # the election is only known to be before the trip
    wegner = next(e for e in chron.entries if e.id == "wegner-trip")
    assert wegner.interval is not None
    assert chron.bounds["us-election"][1] == wegner.interval.start


def _shuffled(doc: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    doc = dict(doc)
    doc["events"] = rng.sample(doc["events"], len(doc["events"]))
    doc["sources"] = rng.sample(doc["sources"], len(doc["sources"]))
    return doc


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(timelines(), st.randoms(use_true_random=False))
def test_order_does_not_depend_on_input_order(doc: dict[str, Any], rng: random.Random) -> None:
    """Shuffling events and sources in the file never changes the chronology."""
    a = [e.id for e in chronology(Timeline.model_validate(doc)).entries]
    b = [e.id for e in chronology(Timeline.model_validate(_shuffled(doc, rng))).entries]
    assert a == b


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_satisfiable_constraints_hold(doc: dict[str, Any]) -> None:
    """With acyclic constraints, every after/parent constraint holds, and each entry appears once."""
    tl = Timeline.model_validate(doc)
    order = [e.id for e in chronology(tl).entries]
    assert sorted(order) == sorted(e.id for e in entries(tl))
    index = {i: n for n, i in enumerate(order)}
    for ev in tl.events:
        for a in ev.after:
            assert index[a] < index[ev.id]
        if ev.parent:
            assert index[ev.parent] < index[ev.id]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(timelines(constrained=False))
def test_dates_decide_without_constraints(doc: dict[str, Any]) -> None:
    """Without constraints, an entry that certainly ends before another begins comes first."""
    chron = chronology(Timeline.model_validate(doc))
    seq = chron.entries
    for i, a in enumerate(seq):
        for b in seq[i + 1 :]:
            assert relation(a, b) != Relation.AFTER, (a.id, a.when, b.id, b.when)


@settings(max_examples=100)
@given(timelines())
def test_relation_is_antisymmetric(doc: dict[str, Any]) -> None:
    """BEFORE one way is AFTER the other way; OVERLAP and UNKNOWN are symmetric."""
    items = entries(Timeline.model_validate(doc))
    mirror = {Relation.BEFORE: Relation.AFTER, Relation.AFTER: Relation.BEFORE}
    for a in items:
        for b in items:
            r = relation(a, b)
            assert relation(b, a) == mirror.get(r, r)


@settings(max_examples=60)
@given(timelines())
def test_sorting_is_idempotent(doc: dict[str, Any]) -> None:
    """Writing events in chronological order and ordering again changes nothing."""
    tl = Timeline.model_validate(doc)
    first = [e.id for e in chronology(tl).entries]
    rank = {i: n for n, i in enumerate(first)}
    doc2 = dict(doc, events=sorted(doc["events"], key=lambda e: rank[e["id"]]))
    assert [e.id for e in chronology(Timeline.model_validate(doc2)).entries] == first


def test_cycles_are_broken_deterministically() -> None:
    """A constraint cycle does not hang or drop entries; the result is stable."""
    doc = {
        "id": "t",
        "title": "T",
        "events": [
            {"id": "a", "title": "A", "after": ["c"]},
            {"id": "b", "title": "B", "after": ["a"]},
            {"id": "c", "title": "C", "after": ["b"]},
            {"id": "d", "title": "D", "when": "2024-01-01"},
        ],
    }
    order = [e.id for e in chronology(Timeline.model_validate(doc)).entries]
    assert sorted(order) == ["a", "b", "c", "d"]
    assert order == [e.id for e in chronology(Timeline.model_validate(doc)).entries]


def test_month_only_report_follows_the_reports_of_its_month_not_the_events() -> None:
    """Coarse dates wait for finer entries of their own lane only."""
    doc = {
        "id": "t",
        "title": "T",
        "timezone": "UTC",
        "sources": [
            {"id": "r-month", "publisher": "P", "published": "2024-11"},
            {"id": "r-06", "publisher": "P", "published": "2024-11-06"},
            {"id": "r-20", "publisher": "P", "published": "2024-11-20"},
        ],
        "events": [
            {"id": "e-10", "title": "E", "when": "2024-11-10"},
            {"id": "e-year", "title": "Y", "when": "2024"},
            {"id": "e-dec", "title": "D", "when": "2024-12-01"},
        ],
    }
    order = [e.id for e in chronology(Timeline.model_validate(doc)).entries]
    assert order == ["r-06", "e-10", "r-20", "r-month", "e-dec", "e-year"]


def _reading_order(markdown: str) -> list[str]:
    """The markers (``E3Z``) of the entries in the order a reader meets them in the chronology."""
    body = markdown.split("```\n", 1)[-1]  # after the Mermaid overview
    items = re.split(r"\n\s*- \*\*", body)[1:]
    out = []
    for item in items:
        text = item.split("** \u2013 ", 1)[1]  # the entry's own text, after its date label
        out.append(re.findall(r"[ES]\d+Z", text)[0])
    return out


def _expected_order(chron: Any, marker: dict[str, str]) -> list[str]:
    """Top-level entries in chronology order, each followed by its parts (depth first)."""
    parts = chron.parts()
    out: list[str] = []
    stack = [e for e in reversed(chron.entries) if e.parent is None]
    while stack:
        e = stack.pop()
        out.append(marker[e.id])
        stack += reversed(parts.get(e.id, []))
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines(), st.sampled_from(["de", "en"]))
def test_markdown_lists_entries_in_chronology_order(data: dict[str, Any], lang: str) -> None:
    """One order everywhere: reading the Markdown chronology (and so the HTML, laid out alike)
    top to bottom meets the entries in chronology() order, parts right after their whole."""
    for n, event in enumerate(data["events"]):
        event["title"] = f"E{n}Z"
    for n, source in enumerate(data["sources"]):
        source["publisher"] = f"S{n}Z"
    tl = Timeline.model_validate(data)
    chron = chronology(tl)
    marker = {e.id: f"E{n}Z" for n, e in enumerate(tl.events)} | {s.id: f"S{n}Z" for n, s in enumerate(tl.sources)}
    md = chronik.dumps(tl, "md", language=lang)
    assert _reading_order(md) == _expected_order(chron, marker)


def test_an_undated_entry_after_an_unplaced_one_follows_it() -> None:
    """B (undated, after A) with A undated and unconstrained: both in the undated list, A first."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "timezone": "Europe/Berlin",
            "events": [
                {"id": "x", "title": "E0Z", "when": "2024-11-10"},
                {"id": "b", "title": "E1Z", "after": ["a"]},
                {"id": "a", "title": "E2Z"},
            ],
        }
    )
    assert [e.id for e in chronology(tl).entries] == ["x", "a", "b"]
    md = chronik.dumps(tl, "md", language="en")
    assert _reading_order(md) == ["E0Z", "E2Z", "E1Z"]
    assert md.index("## Undated") < md.index("E2Z")
