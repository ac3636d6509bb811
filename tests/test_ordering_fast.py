"""The ordering's fast path against the computation it replaced (``tests/ordering_oracle.py``).

Entries are generated directly, so that everything ``order_entries`` accepts is covered: reports and
events, coarse dates near finer ones, undated entries, and ``after``/``before``/``during``/``parent``
constraints in any direction, with cycles, self-references and unknown ids.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik import api
from chronik.dates import PartialDate, Span, When, parse_when, zone
from chronik.model import Timeline
from chronik.ordering import Entry, chronology, entries, order_entries

from . import ordering_oracle
from .strategies import ZONES, when_texts

NEAR = st.builds(
    PartialDate,
    st.just(2024),
    st.none() | st.integers(10, 11),
    st.none() | st.integers(1, 30),
)


@st.composite
def near_whens(draw: st.DrawFn) -> When:
    """Dates close together (autumn 2024), so that coarse dates have finer ones in their period."""
    a = draw(NEAR)
    if a.month is None and a.day is not None:
        a = PartialDate(2024, 11, a.day)
    if draw(st.integers(0, 3)) == 0:
        return Span(a, draw(st.none() | st.just(PartialDate(2024, 12))), end_open=draw(st.booleans()))
    return a


@st.composite
def entry_lists(draw: st.DrawFn) -> list[Entry]:
    n = draw(st.integers(1, 14))
    ids = [f"e{i}" for i in range(n)]
    refs = st.sampled_from([*ids, "unknown"])
    out = []
    for ident in ids:
        kind = draw(st.sampled_from(["report", "event", "trip", "stop"]))
        when: When | None = draw(st.none() | near_whens() | when_texts().map(parse_when))
        name = draw(st.sampled_from(ZONES))
        interval = when.interval(zone(name)) if when is not None else None
        constraints = st.lists(refs, max_size=2, unique=True).map(tuple)
        out.append(
            Entry(
                ident,
                kind,
                when,
                interval,
                name,
                parent=draw(st.none() | refs),
                after=draw(constraints),
                before=draw(constraints),
                during=draw(constraints) if draw(st.integers(0, 3)) == 0 else (),
            )
        )
    return draw(st.permutations(out))


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(entry_lists())
def test_order_entries_equals_the_oracle(items: list[Entry]) -> None:
    new, old = order_entries(items), ordering_oracle.order_entries(items)
    assert [e.id for e in new.entries] == [e.id for e in old.entries]
    assert new.bounds == old.bounds
    assert list(new.bounds) == list(old.bounds)


def test_seed_and_a_synthetic_timeline_order_as_the_oracle(seed: Timeline) -> None:
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    import bench

    synthetic = api.loads(json.dumps(bench.synthetic_timeline(3000)), "json")
    for tl in (seed, synthetic):
        new, old = chronology(tl), ordering_oracle.order_entries(entries(tl))
        assert [e.id for e in new.entries] == [e.id for e in old.entries]
        assert new.bounds == old.bounds
