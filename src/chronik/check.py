"""``chronik check``: what in a timeline contradicts itself or lacks support, with the sources involved.

Every finding has a severity, a stable code, one line of text, the ids involved and the sources
behind them, so an editor can see both readings of a contradiction and decide - chronik never
silently picks one.

==========================  ========  ==========================================================
code                        severity  meaning
==========================  ========  ==========================================================
constraint-cycle            error     after/before/during/parent constraints form a cycle
constraint-contradicts      error     a constraint says A after B, but the dates put A before B
outside-parent              error     a dated part lies wholly outside the dated whole it belongs to
                            warning   ... or only partly inside it
conflicting-dates           warning   two entries marked ``same_as`` give different dates
two-readings                warning   two trips of the same person start together but end apart:
                                      one trip with disagreeing sources, or two trips
no-sources                  warning   an event cites no source
unused-source               info      an undated source that nothing cites
quote-not-found             warning   a quote does not occur in the source's local copy (``file``)
quote-offset-mismatch       warning   a quote occurs in the source's local copy, but not at the character
                                      offsets its ``at`` gives
offset-mismatch             warning   a date-time's fixed offset differs from its place's zone then
ambiguous-time              info      a local time the clocks show twice (autumn): read as the first
==========================  ========  ==========================================================

Dates are compared as the calendar shows them: when either entry is known only to the day (or
coarser), both are compared as days in their own zones, so a stop in Los Angeles on a Berlin trip's
last day lies within the trip. Only two date-times are compared as instants.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from ._gc import paused_gc
from .dates import _EPOCH_ORDINAL, DAY_SECONDS, NEG_INF, POS_INF, Interval, PartialDate, Span, wall_time, zone
from .errors import printable
from .humanize import Words
from .model import Event, Timeline
from .ordering import Entry, entries

__all__ = ["Finding", "Severity", "check"]

Severity = Literal["error", "warning", "info"]
_LINE_BREAKS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_RANK = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    """One thing wrong or worth a look, with the entries and sources involved."""

    severity: Severity
    code: str
    message: str
    ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = field(default=())

    def render(self) -> str:
        """``warning two-readings [wegner-trip, delegation-trip]: message (sources: a, b)``."""
        ids = f" [{', '.join(self.ids)}]" if self.ids else ""
        sources = f" (sources: {', '.join(self.sources)})" if self.sources else ""
        return printable(f"{self.severity} {self.code}{ids}: {self.message}{sources}")

    def to_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "ids": list(self.ids),
            "sources": list(self.sources),
        }


def check(
    timeline: Timeline, documents: Mapping[str, str] | None = None, *, items: Sequence[Entry] | None = None
) -> list[Finding]:
    """All findings, errors first. ``documents`` maps source ids to the text of their ``file``.

    ``items`` are the timeline's :func:`~chronik.ordering.entries`, when they were made already.
    """
    with paused_gc():
        return _check(timeline, documents, list(items) if items is not None else entries(timeline))


def _check(timeline: Timeline, documents: Mapping[str, str] | None, items: list[Entry]) -> list[Finding]:
    by_id = {e.id: e for e in items}
    words = Words("en")  # messages are English, like all of chronik's diagnostics
    found = [
        *_cycles(items),
        *_contradictions(items, by_id),
        *_outside_parent(items, by_id),
        *_same_as(timeline, by_id, words),
        *_two_readings(timeline, by_id, words),
        *_support(timeline),
        *_quotes(timeline, documents or {}),
        *_offsets(items),
        *_ambiguous(items),
    ]
    return sorted(found, key=lambda f: (_RANK[f.severity], f.code, f.ids))


def _sources_of(*entries_: Entry) -> tuple[str, ...]:
    ids: list[str] = []
    for e in entries_:
        ids += [c.source for c in e.citations]
    return tuple(dict.fromkeys(ids))


def _cycles(items: list[Entry]) -> Iterator[Finding]:
    """Constraints that form a cycle: the strongly connected parts of the constraint graph.

    Entries that are free of every cycle are peeled off first (those whose predecessors are all
    peeled, in constraint order), so only what is left - the cycles and what waits for them - is
    searched for components; on a timeline without cycles nothing is.
    """
    known = {e.id for e in items}
    succ: dict[str, list[str]] = {}
    indegree: dict[str, int] = {}
    for e in items:
        ident = e.id
        if e.parent or e.during or e.after:
            for p in e.predecessors:
                if p in known:
                    succ.setdefault(p, []).append(ident)
                    indegree[ident] = indegree.get(ident, 0) + 1
        for b in e.before:
            if b in known:
                succ.setdefault(ident, []).append(b)
                indegree[b] = indegree.get(b, 0) + 1
    peeled = [i for i in succ if i not in indegree]
    for cur in peeled:  # grows while it is read
        for nxt in succ.get(cur, ()):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                peeled.append(nxt)
    left = set(indegree) - set(peeled)
    if not left:
        return
    rest = {i: [n for n in succ.get(i, ()) if n in left] for i in left}
    for component in _strongly_connected(rest):
        if len(component) > 1 or component[0] in rest[component[0]]:
            ids = tuple(sorted(component))
            yield Finding(
                "error", "constraint-cycle", f"these entries must each come before the other: {', '.join(ids)}", ids
            )


def _strongly_connected(succ: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative (no recursion limit on long chains)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    for root in sorted(succ):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            children = succ[node]
            if i < len(children):
                work.append((node, i + 1))
                child = children[i]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                out.append(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return out


def _parts(e: Entry) -> list[PartialDate]:
    if isinstance(e.when, Span):
        return [p for p in (e.when.start, e.when.end) if p is not None]
    return [e.when] if e.when is not None else []


def _timed(e: Entry) -> bool:
    return any(p.has_time for p in _parts(e))


def _local_ordinal(seconds: int, name: str) -> int:
    """The day ordinal, in zone ``name``, of the UTC instant ``seconds``."""
    try:
        return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)).astimezone(zone(name)).toordinal()
    except (OverflowError, ValueError):  # at the edge of years 1-9999: the UTC day will do
        return seconds // DAY_SECONDS + _EPOCH_ORDINAL


def _days(e: Entry) -> Interval:
    """``[first day, last day + 1)`` as day ordinals in the entry's own zone; open ends stay open."""
    assert e.interval is not None
    when = e.when
    if not _timed(e):
        if isinstance(when, PartialDate):
            return Interval(when.first_day().toordinal(), when.last_day().toordinal() + 1)
        if isinstance(when, Span):
            first = when.start.first_day().toordinal() if when.start is not None else NEG_INF
            last = when.last_day()
            return Interval(first, last.toordinal() + 1 if last is not None else POS_INF)
    iv = e.interval
    lo = iv.start if iv.start <= NEG_INF else _local_ordinal(iv.start, e.zone)
    hi = iv.end if iv.end >= POS_INF else _local_ordinal(iv.end - 1, e.zone) + 1
    return Interval(lo, hi)


def _compared(a: Entry, b: Entry) -> tuple[Interval, Interval]:
    """Both entries' intervals on one scale: instants for two date-times, else days."""
    assert a.interval is not None
    assert b.interval is not None
    if _timed(a) and _timed(b):
        return a.interval, b.interval
    return _days(a), _days(b)


def _contradictions(items: list[Entry], by_id: dict[str, Entry]) -> Iterator[Finding]:
    for e in items:
        if e.interval is None:
            continue
        for a in e.after:
            other = by_id.get(a)
            if (
                other is not None
                and other.interval is not None
                and _compared(e, other)[0].before(_compared(e, other)[1])
            ):
                yield Finding(
                    "error",
                    "constraint-contradicts",
                    f"'{e.id}' ({e.when}) is said to come after '{a}' ({other.when}), but its date is earlier",
                    (e.id, a),
                    _sources_of(e, other),
                )
        for b in e.before:
            other = by_id.get(b)
            if (
                other is not None
                and other.interval is not None
                and _compared(other, e)[0].before(_compared(other, e)[1])
            ):
                yield Finding(
                    "error",
                    "constraint-contradicts",
                    f"'{e.id}' ({e.when}) is said to come before '{b}' ({other.when}), but its date is later",
                    (e.id, b),
                    _sources_of(e, other),
                )


def _outside_parent(items: list[Entry], by_id: dict[str, Entry]) -> Iterator[Finding]:
    for e in items:
        if e.interval is None:
            continue
        for c in (*((e.parent,) if e.parent else ()), *e.during):
            whole = by_id.get(c)
            if whole is None or whole.interval is None:
                continue
            part, outer = _compared(e, whole)
            if outer.contains(part):
                continue
            disjoint = part.before(outer) or outer.before(part)
            how = "outside" if disjoint else "partly outside"
            yield Finding(
                "error" if disjoint else "warning",
                "outside-parent",
                f"'{e.id}' ({e.when}) lies {how} '{c}' ({whole.when}), which it is part of",
                (e.id, c),
                _sources_of(e, whole),
            )


def _span_words(e: Entry, words: Words) -> str:
    return words.when(e.when, e.zone)


def _same_as(tl: Timeline, by_id: dict[str, Entry], words: Words) -> Iterator[Finding]:
    if not any(ev.same_as for ev in tl.events):
        return
    same_as: dict[str, tuple[str, ...]] = {}
    for ev in tl.events:
        same_as.setdefault(ev.id, ev.same_as)  # the first event of an id, as a search would find
    for ev in tl.events:
        for other_id in ev.same_as:
            if other_id < ev.id and ev.id in same_as.get(other_id, ()):
                continue  # reported once per pair
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
                _sources_of(a, b),
            )


def _two_readings(tl: Timeline, by_id: dict[str, Entry], words: Words) -> Iterator[Finding]:
    """Trips of a shared person that start together (on the scale :func:`_compared` takes) but end apart.

    Only trips that share a person and a start can pair: they are grouped by (person, first day), and
    two date-times by (person, start instant); within a group only trips whose ends differ are paired.
    So the work grows with the findings, not with all pairs of trips.
    """
    trips = [e for e in tl.events if e.kind == "trip" and isinstance(e.when, Span) and e.who]
    by_day: dict[tuple[str, int], list[tuple[int, int, bool]]] = {}
    by_instant: dict[tuple[str, int], list[tuple[int, int, bool]]] = {}
    for i, trip in enumerate(trips):
        entry = by_id[trip.id]
        if entry.interval is None:
            continue
        days, timed = _days(entry), _timed(entry)
        for person in dict.fromkeys(trip.who):
            by_day.setdefault((person, days.start), []).append((i, days.end, timed))
            if timed:
                by_instant.setdefault((person, entry.interval.start), []).append((i, entry.interval.end, True))
    pairs: set[tuple[int, int]] = set()
    for group in by_day.values():  # two date-times are compared as instants, below
        pairs.update(_apart([m for m in group if not m[2]], group))
    for group in by_instant.values():
        pairs.update(_apart(group, group))
    for i, j in sorted(pairs):  # the order of comparing all pairs (i, j), i < j
        a, b = trips[i], trips[j]
        if b.id in a.same_as or a.id in b.same_as:
            continue
        ea, eb = by_id[a.id], by_id[b.id]
        ia, ib = _compared(ea, eb)
        if ia.start == ib.start and ia.end != ib.end:
            yield _readings(ea, eb, a, b, words)


def _apart(some: list[tuple[int, int, bool]], group: list[tuple[int, int, bool]]) -> Iterator[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of a trip in ``some`` and another in ``group`` whose ends differ."""
    ends: dict[int, list[int]] = {}
    for i, end, _ in group:
        ends.setdefault(end, []).append(i)
    for i, end, _ in some:
        for other, members in ends.items():
            if other != end:
                yield from ((min(i, j), max(i, j)) for j in members)


def _readings(ea: Entry, eb: Entry, a: Event, b: Event, words: Words) -> Finding:
    assert ea.interval is not None
    assert eb.interval is not None
    ia, ib = _compared(ea, eb)
    timed = _timed(ea) and _timed(eb)
    (short, i_short), (long_, i_long) = sorted([(ea, ia), (eb, ib)], key=lambda x: x[1].end)
    who = ", ".join(sorted(set(a.who) & set(b.who)))
    days = [(i.end - i.start) // (DAY_SECONDS if timed else 1) for i in (i_short, i_long)]
    cites = [", ".join(_sources_of(x)) for x in (short, long_)]
    message = (
        f"'{short.id}' ({_span_words(short, words)}, {days[0]} days; per {cites[0]}) and '{long_.id}' "
        f"({_span_words(long_, words)}, {days[1]} days; per {cites[1]}) are trips of {who} that start together "
        f"but end apart. Reading 1: one trip, and the sources disagree on its length. "
        f"Reading 2: {who} travels {days[0]} of the {days[1]} days of '{long_.id}'"
    )
    return Finding("warning", "two-readings", message, (short.id, long_.id), _sources_of(short, long_))


def _support(tl: Timeline) -> Iterator[Finding]:
    for ev in tl.events:
        if not ev.sources:
            yield Finding("warning", "no-sources", f"'{ev.id}' cites no source", (ev.id,))
    cited = {c.source for ev in tl.events for c in ev.sources} | {c.source for s in tl.sources for c in s.sources}
    for src in tl.sources:
        if src.published is None and src.id not in cited:
            yield Finding(
                "info", "unused-source", f"'{src.id}' ({src.name}) has no date and nothing cites it", (src.id,)
            )


def _quotes(tl: Timeline, documents: Mapping[str, str]) -> Iterator[Finding]:
    if not documents:  # nothing to look a quote up in
        return
    texts = {k: " ".join(v.split()) for k, v in documents.items()}
    holders = [(ev.id, ev.sources) for ev in tl.events] + [(s.id, s.sources) for s in tl.sources]
    for owner, citations in holders:
        for cit in citations:
            text = texts.get(cit.source)
            if text is None or not cit.quote:
                continue
            if " ".join(cit.quote.split()) not in text:
                yield Finding(
                    "warning",
                    "quote-not-found",
                    f"the quote cited by '{owner}' does not occur in the text of '{cit.source}': {cit.quote[:80]!r}",
                    (owner,),
                    (cit.source,),
                )
            elif cit.span is not None:
                yield from _quote_at(owner, cit.source, cit.quote, cit.span, documents[cit.source])


def _quote_at(owner: str, source: str, quote: str, span: tuple[int, int], text: str) -> Iterator[Finding]:
    """The quote is ``text[start:end]`` exactly, or a finding saying where it is instead."""
    start, end = span
    text = text.translate(_LINE_BREAKS)  # as the model writes them in the quote, one for one
    if text[start:end] == quote:
        return
    # Only what the timeline itself holds is echoed: never the file's text at the given offsets.
    found = text.find(quote)
    if found >= 0:
        where = f"the quote stands at {found}-{found + len(quote)}"
    else:
        where = "the quote occurs only with different spacing or line breaks"
    if end > len(text):
        where = f"the text has only {len(text):,} characters; {where}"
    yield Finding(
        "warning",
        "quote-offset-mismatch",
        f"the quote cited by '{owner}' is not at {start}-{end} of the text of '{source}': {where}",
        (owner,),
        (source,),
    )


def _ambiguous(items: list[Entry]) -> Iterator[Finding]:
    """Local times in the repeated autumn hour: say which of the two instants chronik took."""
    for e in items:
        for p in _parts(e):
            if p.hour is None or p.offset is not None:  # a date, or a fixed offset: never in a fold
                continue
            tz = zone(e.zone)
            if wall_time(p, tz) != "fold":
                continue
            first = p.to_datetime(tz)
            second = first.replace(fold=1)
            yield Finding(
                "info",
                "ambiguous-time",
                f"'{e.id}' is at {p}, which the clocks in {e.zone} show twice; it is read as the first, "
                f"{p}{_offset(first)} ({first.astimezone(UTC):%H:%M}Z); write {p}{_offset(second)} for the second",
                (e.id,),
                _sources_of(e),
            )


def _offset(moment: datetime) -> str:
    text = moment.strftime("%z")
    return f"{text[:3]}:{text[3:]}"


def _offsets(items: list[Entry]) -> Iterator[Finding]:
    for e in items:
        parts = [e.when] if isinstance(e.when, PartialDate) else []
        if isinstance(e.when, Span):
            parts = [p for p in (e.when.start, e.when.end) if p is not None]
        for p in parts:
            if p.offset is None or not p.has_time or e.event is None or e.event.where is None:
                continue
            local = p.to_datetime(zone(e.zone))
            expected = local.astimezone(zone(e.zone)).utcoffset() or timedelta(0)
            if expected != timedelta(minutes=p.offset):
                yield Finding(
                    "warning",
                    "offset-mismatch",
                    f"'{e.id}' is written with offset {str(p)[16:]} but its place's zone {e.zone} "
                    f"has UTC{'+' if expected >= timedelta(0) else '-'}{abs(expected)} then",
                    (e.id,),
                    _sources_of(e),
                )
