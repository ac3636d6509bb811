"""Ordering: the chronology of a timeline, as a pure function.

The entries of a timeline are its events plus one *report* entry for every source with a
``published`` date, so that report dates and events are ordered together.

How :func:`chronology` orders them, in order of strength:

1. **Constraints.** ``after``/``before``/``during`` and ``parent`` (a part comes after the whole it
   belongs to) always hold when they can (cycles are broken at the earliest entry).
2. **Dates.** Entries are ordered by the start of their interval, so an entry that certainly ends
   before another begins always comes first. Entries whose start is the same come shorter first.
3. **Coarse dates.** An entry known only to the month or year (``2024-11``) follows the finer-dated
   entries of its own lane that fall within that period: a report dated "November 2024" comes after
   the reports of 6 and 8 November. Lanes are *reports* and *everything else*, so the month-only
   report is not pushed behind the events of that month, about whose order it says nothing.
4. **Undated entries** come directly after the last entry they follow (``after``, ``parent``,
   ``during``), depth first, so a trip's undated stops stay together in their order, with each
   stop's own parts right after it. An undated entry that only has ``before`` constraints comes
   just before the first of those; one with no constraints at all goes to the end.
5. **Tie-break:** reports first, then shorter, then finer precision, then id.

The result does not depend on the order of the input.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from enum import Enum
from typing import Literal
from zoneinfo import ZoneInfo

from ._gc import paused_gc
from .dates import NEG_INF, POS_INF, Interval, PartialDate, Precision, Span, When, zone
from .model import Citation, Event, Source, Timeline

__all__ = ["Entry", "Relation", "chronology", "entries", "relation", "sort_key"]

Lane = Literal["report", "event"]


@dataclass(frozen=True, slots=True)
class Entry:
    """One point or span on the timeline: an event, or a dated source as a report."""

    id: str
    kind: str
    when: When | None
    interval: Interval | None
    """The UTC interval of ``when``; None for an undated entry."""
    zone: str
    """The IANA zone its local values are read in."""
    event: Event | None = None
    source: Source | None = None
    parent: str | None = None
    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    during: tuple[str, ...] = ()

    @property
    def lane(self) -> Lane:
        """``report`` for reports, ``event`` for everything else."""
        return "report" if self.kind == "report" else "event"

    @property
    def precision(self) -> Precision | None:
        """Precision of the date; None for an undated entry."""
        return self.when.precision if self.when is not None else None

    @property
    def coarse(self) -> bool:
        """True when the start is known only to the month or year (or not at all)."""
        start = _start_part(self.when)
        return start is None or start.precision < Precision.DAY

    @property
    def title(self) -> str:
        """How the entry is named to readers: the event's title, or the source's name."""
        if self.event is not None:
            return self.event.title
        return self.source.name if self.source is not None else self.id

    @property
    def citations(self) -> tuple[Citation, ...]:
        """What supports this entry: an event's sources; for a report, where we read of it."""
        if self.event is not None:
            return self.event.sources
        if self.source is not None:
            return self.source.sources or (Citation(source=self.source.id),)
        return ()

    @property
    def predecessors(self) -> tuple[str, ...]:
        """Entries that must come before this one: containers, then ``after``."""
        return _containers(self) + self.after


def _start_part(when: When | None) -> PartialDate | None:
    if isinstance(when, Span):
        return when.start
    return when


def entries(timeline: Timeline) -> list[Entry]:
    """All entries of ``timeline``: its events, then a report for each dated source (input order)."""
    out: list[Entry] = []
    zones: dict[str | None, tuple[str, ZoneInfo]] = {}  # an event's zone depends on its place alone
    for ev in timeline.events:
        known = zones.get(ev.where)
        if known is None:
            name = timeline.event_zone(ev)
            known = zones[ev.where] = (name, zone(name))
        tzname, tz = known
        interval = ev.when.interval(tz) if ev.when is not None else None
        out.append(
            Entry(
                ev.id,
                ev.kind,
                ev.when,
                interval,
                tzname,
                event=ev,
                parent=ev.parent,
                after=ev.after,
                before=ev.before,
                during=ev.during,
            )
        )
    default = timeline.timezone or "UTC"
    for src in timeline.sources:
        if src.published is not None:
            out.append(
                Entry(src.id, "report", src.published, src.published.interval(zone(default)), default, source=src)
            )
    return out


class Relation(Enum):
    """How two entries relate in time, as far as their dates tell."""

    BEFORE = "before"
    AFTER = "after"
    OVERLAP = "overlap"
    UNKNOWN = "unknown"


def relation(a: Entry, b: Entry) -> Relation:
    """BEFORE when ``a`` certainly ends before ``b`` begins, AFTER for the reverse, else OVERLAP.

    UNKNOWN when either is undated. Antisymmetric: ``relation(a, b)`` is BEFORE iff
    ``relation(b, a)`` is AFTER.
    """
    if a.interval is None or b.interval is None:
        return Relation.UNKNOWN
    if a.interval.before(b.interval):
        return Relation.BEFORE
    if b.interval.before(a.interval):
        return Relation.AFTER
    return Relation.OVERLAP


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


class _Graph:
    """Edges ``a -> b`` meaning ``a`` comes before ``b``."""

    __slots__ = ("_pred", "indegree", "succ")

    def __init__(self) -> None:
        self.succ: dict[str, list[str]] = defaultdict(list)
        self.indegree: dict[str, int] = defaultdict(int)
        self._pred: dict[str, list[str]] | None = None

    def add(self, a: str, b: str) -> None:
        self.succ[a].append(b)
        self.indegree[b] += 1
        self._pred = None

    @property
    def pred(self) -> dict[str, list[str]]:
        """For each node, its predecessors (in the order the edges were added); made when first asked."""
        if self._pred is None:
            pred: dict[str, list[str]] = defaultdict(list)
            for a, targets in self.succ.items():
                for b in targets:
                    pred[b].append(a)
            self._pred = pred
        return self._pred

    def cycle_member(self, start: str, done: set[str]) -> list[str]:
        """Walk back from ``start`` through pending predecessors until a node repeats: that cycle."""
        pred = self.pred
        path: dict[str, int] = {}
        cur = start
        while cur not in path:
            path[cur] = len(path)
            cur = next(p for p in sorted(pred[cur]) if p not in done)
        return list(path)[path[cur] :]


def _constraint_graph(items: Sequence[Entry], known: AbstractSet[str]) -> _Graph:
    graph = _Graph()
    succ, indegree = graph.succ, graph.indegree
    for e in items:
        ident = e.id
        if e.parent or e.during or e.after:
            for p in e.predecessors:
                if p in known:
                    succ[p].append(ident)
                    indegree[ident] += 1
        for b in e.before:
            if b in known:
                succ[ident].append(b)
                indegree[b] += 1
    return graph


def _coarse_anchors(items: Sequence[Entry]) -> dict[str, int]:
    """Where a coarse entry sorts: after the finer entries of its lane that start within its period.

    A month-only report sorts at the start of the last finer-dated report of that month (ties then
    go to the shorter entry, so it comes right after it). The result is never earlier than the
    entry's own start and always before its period ends, so date order is kept.
    """
    month, day = Precision.MONTH, Precision.DAY
    starts: dict[tuple[bool, int], list[int]] = {(r, level): [] for r in (True, False) for level in (month, day)}
    candidates: list[tuple[Entry, PartialDate, int, bool]] = []
    for e in items:
        when = e.when
        if when is None:
            continue
        precision = int(when.precision)
        report = e.kind == "report"
        iv = e.interval
        if iv is not None and precision >= month:
            starts[report, month].append(iv.start)
            if precision >= day:
                starts[report, day].append(iv.start)
        first = when.start if isinstance(when, Span) else when
        if first is not None and first.precision < day:
            candidates.append((e, first, precision, report))
    for values in starts.values():
        values.sort()
    out: dict[str, int] = {}
    for e, first, precision, report in candidates:
        period = first.interval(zone(e.zone))  # a span's start period, not the whole span
        finer = starts[report, min(precision + 1, day)]
        i = bisect_left(finer, period.end) - 1
        if i >= 0 and finer[i] >= period.start:
            out[e.id] = max(finer[i], period.start)
    return out


def _topological(graph: _Graph) -> list[str]:
    """The ids that have constraints, in an order that puts every entry after its predecessors;
    members of cycles, and whatever waits for them, are left out."""
    indegree = dict(graph.indegree)
    succ = graph.succ
    out = [i for i in succ if i not in indegree]
    for cur in out:  # grows while it is read
        for nxt in succ.get(cur, ()):
            left = indegree[nxt] - 1
            indegree[nxt] = left
            if left == 0:
                out.append(nxt)
    return out


def _derived_bounds(by_id: dict[str, Entry], graph: _Graph) -> dict[str, tuple[int, int]]:
    """Bounds for every entry: its own interval, or what its constraints imply when undated.

    One pass in constraint order takes bounds from containers and ``after``; one pass in reverse
    order narrows the end by ``before``. Cycles leave their members unbounded, and so do no
    constraints. Bounds never end before they start.
    """
    unbounded = (NEG_INF, POS_INF)
    derived: dict[str, tuple[int, int]] = {}

    def bound(ident: str) -> tuple[int, int]:
        e = by_id.get(ident)
        if e is None:
            return unbounded
        if e.interval is not None:
            return e.interval.start, e.interval.end
        return derived.get(ident, unbounded)

    if any(e.interval is None for e in by_id.values()):
        order = [i for i in _topological(graph) if by_id[i].interval is None]
        for i in order:
            e = by_id[i]
            inside = [bound(c) for c in _containers(e)]
            lo = max([b[0] for b in inside] + [_end_of(by_id.get(a), derived.get(a)) for a in e.after], default=NEG_INF)
            derived[i] = (lo, min((b[1] for b in inside), default=POS_INF))
        for i in reversed(order):
            e = by_id[i]
            if e.before:
                lo, hi = derived.get(i, unbounded)
                derived[i] = (lo, min([hi] + [_start_of(by_id.get(b), derived.get(b)) for b in e.before]))
    # Constraints that contradict each other (after an entry that ends when its container is over)
    # leave no room: the entry is placed at its earliest, as a moment, never as a negative stretch.
    out: dict[str, tuple[int, int]] = {}
    for i, e in by_id.items():
        iv = e.interval
        lo, hi = (iv.start, iv.end) if iv is not None else derived.get(i, unbounded)
        out[i] = (lo, hi) if hi >= lo else (lo, lo)
    return out


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


@dataclass(frozen=True, slots=True)
class Chronology:
    """Entries in order, with the bounds used to place undated ones."""

    entries: tuple[Entry, ...]
    bounds: dict[str, tuple[int, int]]
    """For each id, ``(earliest, latest)`` in UTC seconds: the interval, or what constraints imply."""

    def parts(self) -> dict[str, list[Entry]]:
        """The parts of each entry that has any (``parent``), in chronological order."""
        out: dict[str, list[Entry]] = {}
        for e in self.entries:
            if e.parent is not None:
                out.setdefault(e.parent, []).append(e)
        return out


def chronology(timeline: Timeline) -> Chronology:
    """Order the entries of ``timeline`` (see the module docstring for the rules)."""
    with paused_gc():
        return order_entries(entries(timeline))


def order_entries(items: Sequence[Entry]) -> Chronology:
    """Order ``items`` (see the module docstring); unknown ids in constraints are ignored.

    Every entry's sort key (:func:`sort_key`, with the anchors above) is computed once and the keys
    are sorted once; from then on an entry is its rank in that order, so the queue of entries that
    are free to come next compares plain numbers.
    """
    by_id = {e.id: e for e in items}
    graph = _constraint_graph(items, by_id.keys())
    bounds = _derived_bounds(by_id, graph)
    coarse = _coarse_anchors(items)
    keys: list[tuple[int, int, int, int, str]] = []
    follows: set[str] = set()  # undated entries with a predecessor: placed right after it, not by key
    for ident, e in by_id.items():
        iv, when = e.interval, e.when
        lane = 0 if e.kind == "report" else 1
        precision = -int(when.precision) if when is not None else 0
        if iv is not None:
            keys.append((coarse.get(ident, iv.start), lane, iv.end, precision, ident))
            continue
        lo, hi = bounds[ident]
        if ident in coarse:
            keys.append((coarse[ident], lane, hi, precision, ident))
        else:
            keys.append((lo if lo > NEG_INF else (hi if hi < POS_INF else POS_INF), lane, hi, precision, ident))
        if e.parent or e.during or e.after:
            follows.add(ident)
    keys.sort()
    ids = [k[4] for k in keys]
    rank = {ident: r for r, ident in enumerate(ids)}
    succ = graph.succ
    waiting = dict(graph.indegree)
    heap = [r for r, ident in enumerate(ids) if ident not in waiting]  # in order, so a heap already
    stack: list[list[str]] = []  # groups of undated entries freed by the last emission, depth first
    out: list[Entry] = []
    emitted: set[str] = set()
    total = len(items)
    heappush, heappop = heapq.heappush, heapq.heappop
    while len(out) < total:
        if stack:
            group = stack[-1]
            ident = group.pop()
            if not group:
                stack.pop()
        elif heap:
            ident = ids[heappop(heap)]
        else:  # only cycles are left waiting: break one at its earliest entry
            first = ids[min(rank[i] for i in by_id if i not in emitted)]
            ident = min(graph.cycle_member(first, emitted), key=rank.__getitem__)
        if ident in emitted:
            continue
        emitted.add(ident)
        out.append(by_id[ident])
        nexts = succ.get(ident)
        if not nexts:
            continue
        freed: list[str] = []
        for nxt in nexts:
            left = waiting[nxt] - 1
            waiting[nxt] = left
            if left == 0 and nxt not in emitted:
                if nxt in follows:
                    freed.append(nxt)
                else:
                    heappush(heap, rank[nxt])
        if freed:
            if len(freed) > 1:
                freed.sort(key=lambda i: (by_id[i].parent != ident, rank[i]), reverse=True)
            stack.append(freed)
    return Chronology(tuple(out), bounds)
