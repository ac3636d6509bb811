"""``check``'s cycle search, which peels off what no cycle holds first, against the search of the
whole constraint graph that it replaced (kept here as the oracle)."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import HealthCheck, given, settings

from chronik.check import Finding, _cycles, _strongly_connected
from chronik.ordering import Entry

from .test_ordering_fast import entry_lists


def _cycles_whole_graph(items: list[Entry]) -> Iterator[Finding]:
    succ: dict[str, list[str]] = {e.id: [] for e in items}
    for e in items:
        for p in e.predecessors:
            if p in succ:
                succ[p].append(e.id)
        for b in e.before:
            if b in succ:
                succ[e.id].append(b)
    for component in _strongly_connected(succ):
        if len(component) > 1 or component[0] in succ[component[0]]:
            ids = tuple(sorted(component))
            yield Finding(
                "error", "constraint-cycle", f"these entries must each come before the other: {', '.join(ids)}", ids
            )


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(entry_lists())
def test_cycles_equal_the_search_of_the_whole_graph(items: list[Entry]) -> None:
    def key(f: Finding) -> tuple[str, ...]:
        return f.ids

    assert sorted(_cycles(items), key=key) == sorted(_cycles_whole_graph(items), key=key)


def test_a_chain_has_no_cycle_and_a_ring_is_one() -> None:
    chain = [Entry(f"e{i}", "event", None, None, "UTC", after=(f"e{i - 1}",) if i else ()) for i in range(50)]
    assert list(_cycles(chain)) == []
    ring = [*chain[1:], Entry("e0", "event", None, None, "UTC", after=("e49",))]
    assert [f.ids for f in _cycles(ring)] == [tuple(sorted(f"e{i}" for i in range(50)))]
