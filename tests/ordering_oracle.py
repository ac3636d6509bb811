"""The ordering as it was computed before its fast path: the oracle of ``test_ordering_fast``."""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from chronik.dates import NEG_INF, POS_INF, PartialDate, Precision, Span, When, zone
from chronik.ordering import Chronology, Entry

__all__ = ["order_entries"]

Lane = Literal["report", "event"]


def _start_part(when: When | None) -> PartialDate | None:
    if isinstance(when, Span):
        return when.start
    return when


def sort_key(
    entry: Entry, anchor: int | None = None, end: int | None = None, *, own: bool = True
) -> tuple[int, int, int, int, str]:
    """A total, deterministic key: (start, lane, end, coarser-last, id).

    ``anchor`` and ``end`` stand in for the bounds of an undated entry (derived from its
    constraints); a dated entry uses its own interval unless ``own`` is False (a coarse entry
    placed after the finer entries of its period).
    """
    if entry.interval is not None:
        anchor = entry.interval.start if own else anchor
        end = entry.interval.end
    lane = 0 if entry.lane == "report" else 1
    precision = int(entry.precision) if entry.precision is not None else 0
    return (
        anchor if anchor is not None else POS_INF,
        lane,
        end if end is not None else POS_INF,
        -precision,
        entry.id,
    )


@dataclass(slots=True)
class _Graph:
    """Edges ``a -> b`` meaning ``a`` comes before ``b``."""

    succ: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    pred: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    indegree: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, a: str, b: str) -> None:
        self.succ[a].append(b)
        self.pred[b].append(a)
        self.indegree[b] += 1

    def cycle_member(self, start: str, done: set[str]) -> list[str]:
        """Walk back from ``start`` through pending predecessors until a node repeats: that cycle."""
        path: dict[str, int] = {}
        cur = start
        while cur not in path:
            path[cur] = len(path)
            cur = next(p for p in sorted(self.pred[cur]) if p not in done)
        return list(path)[path[cur] :]


def _constraint_graph(items: Sequence[Entry], known: set[str]) -> _Graph:
    graph = _Graph()
    for e in items:
        for p in e.predecessors:
            if p in known:
                graph.add(p, e.id)
        for b in e.before:
            if b in known:
                graph.add(e.id, b)
    return graph


def _coarse_anchors(items: Sequence[Entry]) -> dict[str, int]:
    """Where a coarse entry sorts: after the finer entries of its lane that start within its period.

    A month-only report sorts at the start of the last finer-dated report of that month (ties then
    go to the shorter entry, so it comes right after it). The result is never earlier than the
    entry's own start and always before its period ends, so date order is kept.
    """
    levels = (Precision.MONTH, Precision.DAY)
    starts: dict[tuple[str, Precision], list[int]] = defaultdict(list)
    for e in items:
        if e.interval is not None and e.precision is not None:
            for level in levels:
                if e.precision >= level:
                    starts[e.lane, level].append(e.interval.start)
    for values in starts.values():
        values.sort()
    out: dict[str, int] = {}
    for e in items:
        first = _start_part(e.when)
        if first is None or e.precision is None or not e.coarse:
            continue
        period = first.interval(zone(e.zone))  # a span's start period, not the whole span
        finer = starts.get((e.lane, Precision(min(int(e.precision) + 1, Precision.DAY))), [])
        i = bisect_left(finer, period.end) - 1
        if i >= 0 and finer[i] >= period.start:
            out[e.id] = max(finer[i], period.start)
    return out


def _topological(ids: Iterable[str], graph: _Graph) -> list[str]:
    indegree = dict(graph.indegree)
    queue = sorted(i for i in ids if indegree.get(i, 0) == 0)
    out: list[str] = []
    while queue:
        cur = queue.pop()
        out.append(cur)
        for nxt in graph.succ.get(cur, ()):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                queue.append(nxt)
    return out


def _derived_bounds(items: Sequence[Entry], graph: _Graph) -> dict[str, tuple[int, int]]:
    """Bounds for every entry: its own interval, or what its constraints imply when undated.

    One pass in constraint order takes bounds from containers and ``after``; one pass in reverse
    order narrows the end by ``before``. Cycles leave their members unbounded. Bounds never end
    before they start.
    """
    by_id = {e.id: e for e in items}
    order = _topological(by_id, graph)
    bounds = {e.id: (e.interval.start, e.interval.end) for e in items if e.interval is not None}
    for i in order:
        e = by_id[i]
        if e.interval is not None:
            continue
        inside = [bounds.get(c, (NEG_INF, POS_INF)) for c in _containers(e)]
        lo = max([b[0] for b in inside] + [_end_of(by_id.get(a), bounds.get(a)) for a in e.after], default=NEG_INF)
        bounds[i] = (lo, min((b[1] for b in inside), default=POS_INF))
    for i in reversed(order):
        e = by_id[i]
        if e.interval is None and e.before:
            lo, hi = bounds.get(i, (NEG_INF, POS_INF))
            bounds[i] = (lo, min([hi] + [_start_of(by_id.get(b), bounds.get(b)) for b in e.before]))
    out = {i: bounds.get(i, (NEG_INF, POS_INF)) for i in by_id}
    # Constraints that contradict each other (after an entry that ends when its container is over)
    # leave no room: the entry is placed at its earliest, as a moment, never as a negative stretch.
    return {i: (lo, max(lo, hi)) for i, (lo, hi) in out.items()}


def _containers(e: Entry) -> tuple[str, ...]:
    return ((e.parent,) if e.parent else ()) + e.during


def _end_of(e: Entry | None, derived: tuple[int, int] | None) -> int:
    if e is not None and e.interval is not None:
        return e.interval.end
    return derived[0] if derived else NEG_INF


def _start_of(e: Entry | None, derived: tuple[int, int] | None) -> int:
    if e is not None and e.interval is not None:
        return e.interval.start
    return derived[1] if derived else POS_INF


def order_entries(items: Sequence[Entry]) -> Chronology:
    """Order ``items`` (see the module docstring); unknown ids in constraints are ignored."""
    by_id = {e.id: e for e in items}
    graph = _constraint_graph(items, set(by_id))
    bounds = _derived_bounds(items, graph)
    coarse = _coarse_anchors(items)

    def key(e: Entry) -> tuple[int, int, int, int, str]:
        lo, hi = bounds[e.id]
        if e.id in coarse:
            return sort_key(e, coarse[e.id], hi, own=False)
        anchor = lo if lo > NEG_INF else (hi if hi < POS_INF else POS_INF)
        return sort_key(e, anchor, hi)

    keys = {e.id: key(e) for e in items}
    waiting = {e.id: graph.indegree.get(e.id, 0) for e in items}
    heap = [(keys[i], i) for i, n in waiting.items() if n == 0]
    heapq.heapify(heap)
    stack: list[list[str]] = []  # groups of undated entries freed by the last emission, depth first
    out: list[Entry] = []
    emitted: set[str] = set()

    def emit(ident: str) -> None:
        emitted.add(ident)
        out.append(by_id[ident])
        freed: list[str] = []
        for nxt in graph.succ.get(ident, ()):
            waiting[nxt] -= 1
            if waiting[nxt] == 0 and nxt not in emitted:
                if by_id[nxt].interval is None and by_id[nxt].predecessors:
                    freed.append(nxt)
                else:
                    heapq.heappush(heap, (keys[nxt], nxt))
        if freed:
            freed.sort(key=lambda i: (by_id[i].parent != ident, keys[i]), reverse=True)
            stack.append(freed)

    while len(out) < len(items):
        if stack:
            group = stack[-1]
            ident = group.pop()
            if not group:
                stack.pop()
        elif heap:
            ident = heapq.heappop(heap)[1]
        else:  # only cycles are left waiting: break one at its earliest entry
            first = min((i for i in by_id if i not in emitted), key=keys.__getitem__)
            ident = min(graph.cycle_member(first, emitted), key=keys.__getitem__)
        if ident not in emitted:
            emit(ident)
    return Chronology(tuple(out), bounds)
