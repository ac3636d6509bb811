"""``chronik merge``: many timelines (drafts, curated files, imported calendars) into one sourced timeline.

What is merged, and how it is decided (every threshold is a field of :class:`Options`):

- **Sources:** one per real report. Two sources are the same report when they have the same URL
  (normalised), or the same local ``file``, or the same publisher (normalised, agency aliases named
  one way) with the same ``published`` value and the same title - or, where neither has a title or a
  URL, words of ``about`` that agree (:attr:`Options.source_words`).
- **Places and people:** the same normalised name is the same place or person.
- **Events:** two events from different inputs are **the same happening** when their kinds agree (or
  one is the plain ``event``), their places and people do not contradict, their words agree (the
  overlap of the content words of title and quotes, in German and English, at least
  :attr:`Options.threshold`; without a date in common, at least two words) and their dates are
  compatible at their precisions (one's calendar days contain or overlap the other's, or one is
  undated; a span is an extent: two spans agree only when their first and last days agree, and a day
  inside a span is a part of it). A part never joins its whole (its ``parent``, or another reading of
  it). Such events become **one entry citing all their sources**, each citation with its own quote and
  ``at``; its date is the most precise of theirs. When the words agree strongly
  (:attr:`Options.disagree`) but the **dates exclude each other**, the events are kept as two entries
  linked by ``same_as``: ``chronik check`` then shows the disagreement with the sources on each side.
  Nothing is silently picked.
- Events of one input are never merged with each other (its author kept them apart), except that an
  event with the same id and the same content in several inputs is one event (so merging a file with
  itself changes nothing).

The result does not depend on the order of the inputs, and merging in steps gives what merging at
once gives (on data whose decisions do not hinge on a threshold): groups are formed from pairs
sorted by their evidence and then by content; every choice is the smallest of its candidates (ids,
field values, the timeline's id and title) or the most precise (an entry's date, which brings its
title); lists are sorted; entries are ordered by date, then id. A timeline merged with itself, or
alone, is returned as it is.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import orjson

from .dates import POS_INF, Interval, PartialDate, Precision, Span, When
from .model import Event, Timeline
from .ordering import entries
from .outlets import canonical, fold

__all__ = ["Decision", "Merged", "Options", "input_order", "merge", "merge_two"]


@dataclass(frozen=True)
class Options:
    """The thresholds of :func:`merge` (documented in the README; ``chronik merge`` takes each)."""

    threshold: float = 0.3
    """Word agreement (0-1) from which two date-compatible events are the same happening."""
    same_date: float = 0.1
    """Word agreement that suffices when both dates name the same day (a time within it counts) or
    exactly the same period (the same month, year or span): a date in common is evidence of its own."""
    disagree: float = 0.6
    """Word agreement from which two events whose dates exclude each other are linked by ``same_as``."""
    source_words: float = 0.6
    """Word agreement of ``about`` from which two untitled reports of one publisher and day are one."""


@dataclass(frozen=True)
class Decision:
    """One decision with the evidence that made it (what ``--explain`` prints)."""

    action: str
    """``merged``, ``same_as``, ``kept apart``, ``same source``, ``same place``, ``same person``, ``renamed``."""
    what: tuple[str, ...]
    """The entries concerned, as ``input:id``."""
    evidence: str

    def line(self) -> str:
        return f"{self.action}: {' + '.join(self.what)}: {self.evidence}"


@dataclass
class Merged:
    timeline: Timeline
    decisions: list[Decision] = field(default_factory=list)
    renamed: dict[tuple[int, str], str] = field(default_factory=dict)
    """Each input's events and sources as ``(position in the inputs given, old id)``: their id in
    :attr:`timeline` (where several became one, all map to it)."""


# --- words --------------------------------------------------------------------------------------

_STOP_WORDS = """
    der die das den dem des ein eine einer einen einem eines und oder aber auch als am an auf aus bei
    bis durch für gegen im in ins ist mit nach nicht noch nun ob über um unter vom von vor wie zu zum
    zur sich sie er es wir ihr ihre ihren sein seine seinen seiner hat haben hatte wird werden wurde
    wurden sei sind war waren soll sollen kann können muss dass daß so wo was wer seit laut sagte sagt
    heute gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag woche jahr jahres
    the a an and or but of to in on at by for from with as is are was were be been has have had will
    would said says say that this these those it its he she they we his her their after before over
    into about also not no today yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday week year
    januar jänner februar märz april mai juni juli august september oktober november dezember
    january february march may june july october december
    angaben angabe bericht berichte berichtet berichtete berichten meldet meldete meldeten gemeldet
    mitteilung mitgeteilt teilte mit erklärte erklärt hieß heißt zufolge demnach sprecher sprecherin
    according reported reports reporting report told announced statement spokesman spokeswoman
    quoted added noted news agency
"""
#: Words that say nothing about which happening is meant: articles, pronouns, auxiliaries, weekdays and
#: months (dates are compared as dates), and the words of reporting itself ("laut Angaben", "reported").
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SUFFIXES = ("ungen", "ung", "en", "er", "es", "em", "e", "s", "ing", "ed")


def _fold(text: str) -> str:
    """Case-folded, without accents, ``ß`` as ``ss``: the form words and names are compared in."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 4 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def words(text: str) -> frozenset[str]:
    """The content words of ``text``: folded, without stop words and words under 3 letters, stemmed."""
    out = set()
    for w in _WORD.findall(text.casefold()):
        if w in _STOP or len(w) < 3 or w.isdigit():  # numbers are mostly dates, compared as dates
            continue
        out.add(_stem(_fold(w)))
    return frozenset(out)


def _name(text: str | None) -> str:
    """A name compared loosely: folded, only letters and digits, single spaces."""
    return fold(text or "")


def publisher_key(name: str | None) -> str:
    """The publisher as compared: its canonical name when it is a known outlet (:mod:`chronik.outlets`),
    else its folded name."""
    return _name(canonical(name)) if name else ""


def _url_key(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    query = "&".join(sorted(q for q in parts.query.split("&") if q and not q.startswith("utm_")))
    return urlunsplit(("https", parts.netloc.casefold().removeprefix("www."), path, query, ""))


# --- one event of one input ----------------------------------------------------------------------


@dataclass
class _Item:
    """An event of one input, with what decides whether it is the same happening as another."""

    index: int  # the input's position among the inputs sorted by content
    event: Event
    interval: Interval | None
    precision: Precision | None
    place: str
    people: frozenset[str]
    words: frozenset[str]
    key: str  # the event's content, for sorting ties
    days: Interval | None = None
    """The calendar days of the date, the same in every zone: ``2024-11-10`` is that day wherever the
    timeline is set (a date-time is its local day). Dates are compared by these, date-times with each
    other by their instants (``interval``)."""
    timed: bool = False
    ends: tuple[Interval | None, Interval | None] | None = None
    """A span's first and last date in days, each at its precision (None: not known); None for a single
    date."""

    @property
    def ref(self) -> str:
        return f"{self.index + 1}:{self.event.id}"


def _content(data: Any) -> str:
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json", exclude_defaults=True)


def _items(index: int, tl: Timeline) -> list[_Item]:
    intervals = {e.id: e for e in entries(tl) if e.event is not None}
    out = []
    for ev in tl.events:
        entry = intervals[ev.id]
        place = tl.place(ev.where) if ev.where else None
        people = frozenset(_name(p.name) for pid in ev.who if (p := tl.person(pid)) is not None)
        text = " ".join([ev.title, *(c.quote or "" for c in ev.sources)])
        days = _days(ev.when) if ev.when is not None else None
        timed = ev.when is not None and _timed(ev.when)
        ends = _span_ends(_floating(ev.when), days) if isinstance(ev.when, Span) else None
        out.append(
            _Item(
                index,
                ev,
                entry.interval,
                ev.when.precision if ev.when is not None else None,
                _name(place.name) if place is not None else "",
                people,
                words(text),
                _content(_dump(ev)),
                days,
                timed,
                ends,
            )
        )
    return out


def _timed(when: When) -> bool:
    if isinstance(when, PartialDate):
        return when.has_time
    return any(d is not None and d.has_time for d in (when.start, when.end))


def _day_of(value: PartialDate) -> PartialDate:
    return PartialDate(value.year, value.month, value.day, qualifier=value.qualifier)


def _floating(when: Span) -> Span:
    """The span without its times of day (a span's days)."""
    return Span(
        _day_of(when.start) if when.start is not None else None,
        _day_of(when.end) if when.end is not None else None,
        when.duration,
        when.start_open,
        when.end_open,
    )


def _days(when: When) -> Interval | None:
    """The calendar days a date covers, read alike in every zone (UTC as the frame: no shift)."""
    try:
        return (_day_of(when) if isinstance(when, PartialDate) else _floating(when)).interval(UTC)
    except (ValueError, OverflowError):
        return None


def _span_ends(span: Span, whole: Interval | None) -> tuple[Interval | None, Interval | None]:
    """A span's first and last day as intervals at their precisions (``2024-11-10/P5D`` ends on the 14th)."""
    if whole is None:
        return None, None
    first = span.start.interval(UTC) if span.start is not None else None
    if span.end is not None:
        return first, span.end.interval(UTC)
    if span.duration is not None and first is not None and whole.end != POS_INF:
        return first, Interval(whole.end - (first.end - first.start), whole.end)
    return first, None


def agreement(a: frozenset[str], b: frozenset[str]) -> float:
    """How far two events' words agree: the shared words over the words of the smaller set (0-1).

    Unweighted on purpose: a weight taken from the events being merged (how rare a word is among
    them) would make the same two events agree more or less depending on which others are merged
    with them, and merging in steps would no longer give what merging at once gives.
    """
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _dates(a: _Item, b: _Item) -> tuple[str, str]:
    """``compatible``/``excluded``/``part``/``undated`` and the words for the evidence.

    Two single dates are compatible when one's interval contains or overlaps the other's (a day in its
    month). A span is a happening's extent, not an uncertain date: two spans are the same reading only
    when their first dates agree and their last dates agree at their precisions (10-15 November and
    10-16 November are two readings of one trip, ``excluded``); a single date within a span is a
    ``part`` of it (a day of the trip), not the same happening, while a coarser date that contains the
    span (its month) is compatible with it.
    """
    ia, ib = _frame(a, b)
    if ia is None or ib is None:
        return "undated", "one is undated"
    lo, hi = max(ia.start, ib.start), min(ia.end, ib.end)
    wa, wb = a.event.when, b.event.when
    if not (lo < hi or ia == ib):
        return "excluded", f"dates {wa} and {wb} exclude each other"
    if a.ends is not None and b.ends is not None:
        if _agree(a.ends[0], b.ends[0]) and _agree(a.ends[1], b.ends[1]):
            return "compatible", f"spans {wa} and {wb} agree"
        return "excluded", f"spans {wa} and {wb} begin or end apart"
    if (a.ends is None) != (b.ends is None):
        (span, outer), (single, inner) = ((a, ia), (b, ib)) if a.ends is not None else ((b, ib), (a, ia))
        if not _within(outer, inner) and _within(inner, outer):
            return "part", f"{single.event.when} lies within the span {span.event.when}: a part of it"
    how = "contains" if _within(ia, ib) or _within(ib, ia) else "overlaps"
    return "compatible", f"dates {wa} {how} {wb}" if how == "contains" else f"dates {wa} and {wb} overlap"


def _frame(a: _Item, b: _Item) -> tuple[Interval | None, Interval | None]:
    """What two dates are compared by: instants when both have a time of day, else calendar days."""
    return (a.interval, b.interval) if a.timed and b.timed else (a.days, b.days)


def _agree(a: Interval | None, b: Interval | None) -> bool:
    """Two ends of spans agree: one not known, or their intervals meet."""
    return a is None or b is None or max(a.start, b.start) < min(a.end, b.end) or a == b


def _within(inner: Interval, outer: Interval) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _kinds_agree(a: Event, b: Event) -> bool:
    return a.kind == b.kind or "event" in (a.kind, b.kind)


def _judge(a: _Item, b: _Item, options: Options) -> tuple[str, float, str]:
    """(``merged``/``same_as``/``kept apart``, agreement, evidence) for two events of different inputs."""
    score = agreement(a.words, b.words)
    shared = sorted(a.words & b.words, key=lambda w: (-len(w), w))[:6]
    said = f"words {score:.2f} ({', '.join(shared) or 'none shared'})"
    if not _kinds_agree(a.event, b.event):
        return "kept apart", score, f"kinds {a.event.kind} and {b.event.kind}; {said}"
    if a.place and b.place and a.place != b.place:
        return "kept apart", score, f"places {a.place} and {b.place}; {said}"
    if a.people and b.people and not a.people & b.people:
        return "kept apart", score, f"no person in common; {said}"
    dates, why = _dates(a, b)
    if dates == "part":
        return "kept apart", score, f"{why}; {said}"
    if dates == "excluded":
        if score >= options.disagree:
            return "same_as", score, f"{why}; {said} ≥ {options.disagree}"
        return "kept apart", score, f"{why}; {said}"
    ia, ib = _frame(a, b)
    same = ia == ib or _same_day(a, b)
    needed = options.same_date if dates == "compatible" and same else options.threshold
    if not same and len(a.words & b.words) < 2:
        return "kept apart", score, f"{why}; {said}: one word is not enough without a date in common"
    if score >= needed:
        return "merged", score, f"{why}; {said} ≥ {needed}"
    return "kept apart", score, f"{why}; {said} < {needed}"


def _same_day(a: _Item, b: _Item) -> bool:
    """Both dated to a day or finer, on the same day (a time within the other's day counts)."""
    ia, ib = a.days, b.days
    if ia is None or ib is None or a.precision is None or b.precision is None:
        return False
    if min(a.precision, b.precision) < Precision.DAY:
        return False
    day = 86400
    return ia.end - ia.start <= day and ib.end - ib.start <= day and (_within(ia, ib) or _within(ib, ia))


# --- the merge -------------------------------------------------------------------------------------


def input_order(timelines: Sequence[Timeline]) -> list[int]:
    """The positions of ``timelines`` sorted by their content: the numbering of the decisions (1, 2, ...)."""
    return sorted(range(len(timelines)), key=lambda i: _content(_dump(timelines[i])))


def _metadata(tl: Timeline) -> dict[str, Any]:
    return {k: v for k, v in _dump(tl).items() if k not in ("sources", "places", "people", "events", "updated")}


def _primary(inputs: Sequence[Timeline]) -> int:
    """The input whose id, title, language and zone the result takes: the smallest of them by content
    (a choice that merging in steps makes alike: the smallest of the smallest)."""
    return min(range(len(inputs)), key=lambda i: _content(_metadata(inputs[i])))


def merge_two(a: Timeline, b: Timeline, options: Options | None = None) -> Timeline:
    """``merge([a, b])``'s timeline: the binary form a fold over many timelines needs."""
    return merge([a, b], options).timeline


def merge(timelines: Sequence[Timeline], options: Options | None = None) -> Merged:
    """The timelines as one (see the module's docstring); the same for any order of ``timelines``."""
    options = options or Options()
    if not timelines:
        raise ValueError("nothing to merge")
    inputs: list[Timeline] = []
    given: list[list[int]] = []  # each input's positions in ``timelines``
    for i in input_order(timelines):  # the same timeline twice is once
        if not inputs or timelines[i] != inputs[-1]:
            inputs.append(timelines[i])
            given.append([])
        given[-1].append(i)
    if len(inputs) == 1:
        tl = inputs[0]
        own = [e.id for e in tl.events] + [src.id for src in tl.sources]
        same = {(i, x): x for i in given[0] for x in own}
        return Merged(tl, [], same)
    decisions: list[Decision] = []
    taken: set[str] = set()  # one id space: a source, a place and a person never share an id
    sources, source_ids = _merge_sources(inputs, options, decisions, taken)
    places, place_ids = _merge_named(inputs, "places", decisions, "same place", taken)
    people, person_ids = _merge_named(inputs, "people", decisions, "same person", taken)
    events, event_ids = _merge_events(inputs, options, decisions, source_ids, place_ids, person_ids)
    renamed = {(i, old): new for table in (source_ids, event_ids) for (n, old), new in table.items() for i in given[n]}
    head = _metadata(inputs[_primary(inputs)])
    body: dict[str, Any] = dict(head)
    updated = [tl.updated for tl in inputs if tl.updated is not None]
    if updated:
        body["updated"] = str(max(updated, key=lambda d: (d.first_day(), d.precision)))
    body.update(sources=sources, places=places, people=people, events=events)
    return Merged(Timeline.model_validate(body), decisions, renamed)


def _merge_sources(
    inputs: Sequence[Timeline], options: Options, decisions: list[Decision], taken: set[str]
) -> tuple[list[dict[str, Any]], dict[tuple[int, str], str]]:
    """The distinct sources (dumped), and each input source's id in the result."""
    groups: list[list[tuple[int, Any]]] = []
    for i, tl in enumerate(inputs):
        for src in tl.sources:
            for group in groups:  # one input's sources are distinct: never two of them in a group
                if all(j != i for j, _ in group) and any(_same_source(s, src, options) for _, s in group):
                    group.append((i, src))
                    break
            else:
                groups.append([(i, src)])
    return _settle(groups, decisions, "same source", _source_evidence, taken)


def _same_source(a: Any, b: Any, options: Options) -> bool:
    if a == b:
        return True
    if a.url and b.url:
        return _url_key(a.url) == _url_key(b.url)
    if a.file and b.file:
        return bool(a.file == b.file)
    if publisher_key(a.publisher) != publisher_key(b.publisher) or not a.publisher:
        return False
    if str(a.published) != str(b.published):
        return False
    if a.title and b.title:
        return _name(a.title) == _name(b.title)
    if a.title or b.title or a.url or b.url:
        return False
    wa, wb = words(a.about or ""), words(b.about or "")
    if not wa or not wb:
        return wa == wb
    return len(wa & wb) / min(len(wa), len(wb)) >= options.source_words


def _source_evidence(members: Sequence[Any]) -> str:
    s = members[0]
    return f"{s.publisher or s.title or s.about}, {s.published or 'undated'}"


def _merge_named(
    inputs: Sequence[Timeline], attr: str, decisions: list[Decision], action: str, taken: set[str]
) -> tuple[list[dict[str, Any]], dict[tuple[int, str], str]]:
    groups: list[list[tuple[int, Any]]] = []
    by_name: dict[str, list[tuple[int, Any]]] = {}
    for i, tl in enumerate(inputs):
        for thing in getattr(tl, attr):
            key = _name(thing.name)
            group = by_name.get(key)
            if group is None:
                group = by_name[key] = []
                groups.append(group)
            group.append((i, thing))
    return _settle(groups, decisions, action, lambda m: m[0].name, taken)


def _settle(
    groups: list[list[tuple[int, Any]]], decisions: list[Decision], action: str, evidence: Any, taken: set[str]
) -> tuple[list[dict[str, Any]], dict[tuple[int, str], str]]:
    """One dumped model per group, each field the smallest value a member gives (so that merging in
    steps chooses alike), its id the smallest of the group's (else made unique), ordered by id; and
    each member's new id."""
    out: list[dict[str, Any]] = []
    ids: dict[tuple[int, str], str] = {}
    keyed = [(min(_content(_dump(m)) for _, m in g), g) for g in groups]
    for _key, group in sorted(keyed, key=lambda kg: kg[0]):
        members = sorted(group, key=lambda im: _content(_dump(im[1])))
        body: dict[str, Any] = {}
        for _, m in members:  # each field: the smallest value any member gives (citations: all)
            for k, v in _dump(m).items():
                if k == "sources":
                    body[k] = _union_citations(body.get(k, []), v)
                elif k not in body or _content(v) < _content(body[k]):
                    body[k] = v
        ident = _unique(min(m.id for _, m in members), taken)
        body["id"] = ident
        for i, m in members:
            ids[(i, m.id)] = ident
        if len({_content(_dump(m)) for _, m in members}) > 1:
            refs = tuple(sorted({f"{i + 1}:{m.id}" for i, m in members}))
            decisions.append(Decision(action, refs, f"{evidence([m for _, m in members])} → {ident}"))
        out.append(body)
    return sorted(out, key=lambda b: b["id"]), ids


def _unique(ident: str, taken: set[str]) -> str:
    n, candidate = 1, ident
    while candidate in taken:
        n += 1
        candidate = f"{ident[: 128 - len(str(n)) - 1]}-{n}"
    taken.add(candidate)
    return candidate


def _union_citations(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Both lists' citations once each, by source and then quote."""
    found = {_content(c): c for c in [*a, *b]}
    return [found[k] for k in sorted(found, key=lambda k: (found[k]["source"], k))]


def _merge_events(
    inputs: Sequence[Timeline],
    options: Options,
    decisions: list[Decision],
    source_ids: dict[tuple[int, str], str],
    place_ids: dict[tuple[int, str], str],
    person_ids: dict[tuple[int, str], str],
) -> tuple[list[dict[str, Any]], dict[tuple[int, str], str]]:
    items = [it for i, tl in enumerate(inputs) for it in _items(i, tl)]
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    members: dict[int, set[int]] = {n: {items[n].index} for n in range(len(items))}  # inputs in each group
    nodes: dict[int, list[int]] = {n: [n] for n in range(len(items))}  # events in each group
    # the same event (id and content) in several inputs is one event
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        by_key[(it.event.id, it.key)].append(n)
    for same in by_key.values():
        for n in same[1:]:
            ra, rb = find(same[0]), find(n)
            if ra != rb:
                parent[rb] = ra
                members[ra] |= members.pop(rb)
                nodes[ra] += nodes.pop(rb)
    # a part is never its whole: the events each event lies in (its parent, theirs, ...) in its own input
    where = {(it.index, it.event.id): n for n, it in enumerate(items)}
    wholes: dict[int, list[int]] = {}
    for n, it in enumerate(items):
        chain, up = [], it.event.parent
        while up is not None and (it.index, up) in where and where[(it.index, up)] not in chain:
            chain.append(where[(it.index, up)])
            up = items[chain[-1]].event.parent
        if chain:
            wholes[n] = chain
    links: list[tuple[int, int, str]] = []

    def part_of(ra: int, rb: int) -> bool:
        """Whether an event of one group lies in an event of the other, or in another reading of it."""
        readings = (
            {rb} | {find(y) for x, y, _ in links if find(x) == rb} | {find(x) for x, y, _ in links if find(y) == rb}
        )
        return any(find(w) in readings for n in nodes[ra] for w in wholes.get(n, ()))

    pairs = _candidates(items)
    judged = []
    for a, b in pairs:
        if find(a) == find(b) and (items[a].event.id, items[a].key) == (items[b].event.id, items[b].key):
            continue
        action, score, why = _judge(items[a], items[b], options)
        judged.append((action, score, why, a, b))
    judged.sort(key=lambda j: (-j[1], items[j[3]].key, items[j[4]].key))
    for action, score, why, a, b in judged:
        refs = (items[a].ref, items[b].ref)
        if action == "merged":
            ra, rb = find(a), find(b)
            if ra == rb:
                continue
            if members[ra] & members[rb]:  # two events of one input are never one
                decisions.append(Decision("kept apart", refs, f"{why}; but each group holds an event of one input"))
                continue
            if not _all_compatible(items, nodes[ra] + nodes[rb]):
                decisions.append(Decision("kept apart", refs, f"{why}; but dates in the groups exclude each other"))
                continue
            if part_of(ra, rb) or part_of(rb, ra):
                decisions.append(Decision("kept apart", refs, f"{why}; but one is a part of the other (its parent)"))
                continue
            parent[rb] = ra
            members[ra] |= members.pop(rb)
            nodes[ra] += nodes.pop(rb)
            decisions.append(Decision("merged", refs, why))
        elif action == "same_as":
            if not members[find(a)] & members[find(b)]:  # one input's events are apart by its author's choice
                links.append((a, b, why))
        elif score > 0.2:
            decisions.append(Decision("kept apart", refs, why))
    return _events_out(inputs, items, find, links, decisions, source_ids, place_ids, person_ids)


#: A word more events share than this brings no candidate pairs of its own (dates still do).
_COMMON = 200


def _candidates(items: Sequence[_Item]) -> set[tuple[int, int]]:
    """The pairs of events (of different inputs) worth judging: those sharing a word that few events
    have, and those whose dates overlap (found by a sweep over the starts). Others share no word or
    have dates and words that could only keep them apart."""
    pairs: set[tuple[int, int]] = set()

    def add(a: int, b: int) -> None:
        if items[a].index != items[b].index:
            pairs.add((a, b) if items[a].key <= items[b].key else (b, a))

    by_word: dict[str, list[int]] = defaultdict(list)
    for n, it in enumerate(items):
        for w in it.words:
            by_word[w].append(n)
    for ns in by_word.values():
        if len(ns) <= _COMMON:
            for x, a in enumerate(ns):
                for b in ns[x + 1 :]:
                    add(a, b)
    dated = sorted((it.days.start, it.days.end, n) for n, it in enumerate(items) if it.days is not None)
    active: list[tuple[int, int]] = []  # (end, item) of the spans not yet over
    for start, end, n in dated:
        active = [(e, m) for e, m in active if e > start]
        for _, m in active:
            if items[m].words & items[n].words:
                add(m, n)
        active.append((end, n))
    return pairs


def _all_compatible(items: Sequence[_Item], group: Sequence[int]) -> bool:
    """Every two dates of the group are compatible (for single dates, intervals: the same as one common
    point, as intervals on a line that meet pairwise all meet)."""
    dated = sorted({n for n in group if items[n].interval is not None}, key=lambda n: items[n].key)
    return all(_dates(items[m], items[n])[0] == "compatible" for i, m in enumerate(dated) for n in dated[i + 1 :])


def _events_out(
    inputs: Sequence[Timeline],
    items: Sequence[_Item],
    find: Any,
    links: Sequence[tuple[int, int, str]],
    decisions: list[Decision],
    source_ids: dict[tuple[int, str], str],
    place_ids: dict[tuple[int, str], str],
    person_ids: dict[tuple[int, str], str],
) -> tuple[list[dict[str, Any]], dict[tuple[int, str], str]]:
    groups: dict[int, list[int]] = defaultdict(list)
    for n in range(len(items)):
        groups[find(n)].append(n)
    # ids: the smallest of each group's, unique; the order: by date (the start of the entry's date, undated
    # last), then by id - what a reader of the file expects, and the same however the inputs were merged
    taken: set[str] = {*source_ids.values(), *place_ids.values(), *person_ids.values()}
    new_id: dict[tuple[int, str], str] = {}
    for g in sorted(groups.values(), key=lambda g: min(items[n].key for n in g)):
        ident = _unique(min(items[n].event.id for n in g), taken)
        for n in g:
            new_id[(items[n].index, items[n].event.id)] = ident
    same_as: dict[str, set[str]] = defaultdict(set)
    for a, b, why in links:
        ia, ib = new_id[(items[a].index, items[a].event.id)], new_id[(items[b].index, items[b].event.id)]
        if ia == ib:
            continue
        same_as[ia].add(ib)
        same_as[ib].add(ia)
        decisions.append(Decision("same_as", (items[a].ref, items[b].ref), why))
    made = [_event_of(items, g, new_id, same_as, source_ids, place_ids, person_ids) for g in groups.values()]
    _break_parent_cycles([body for body, _ in made], decisions)
    return [body for body, _ in sorted(made, key=lambda bs: (bs[1] is None, bs[1] or 0, bs[0]["id"]))], new_id


def _break_parent_cycles(bodies: Sequence[dict[str, Any]], decisions: list[Decision]) -> None:
    """Two files can each put one of two merged events inside the other (a trip in a visit here, the
    visit in the trip there): the merged parents would go round. Each such ring loses the parent link
    of its event with the largest id, and a decision says so; the rest of the ring stays."""
    by_id = {b["id"]: b for b in bodies}
    for start in sorted(by_id):
        seen: list[str] = []
        current: str | None = start
        while current is not None and current not in seen:
            seen.append(current)
            current = by_id[current].get("parent") if current in by_id else None
        if current is None:
            continue
        ring = seen[seen.index(current) :]
        last = max(ring)
        parent = by_id[last].pop("parent")
        decisions.append(Decision("parent dropped", (last, parent), f"the merged parents go round: {' → '.join(ring)}"))


def _event_of(
    items: Sequence[_Item],
    group: Sequence[int],
    new_id: dict[tuple[int, str], str],
    same_as: dict[str, set[str]],
    source_ids: dict[tuple[int, str], str],
    place_ids: dict[tuple[int, str], str],
    person_ids: dict[tuple[int, str], str],
) -> tuple[dict[str, Any], int | None]:
    """The entry of a group, and the start of its date (what the entries are ordered by)."""

    def rank(n: int) -> tuple[Any, ...]:
        """The member whose date, title and words the entry takes: the narrowest date, then the finest,
        then by its own fields (never by how many it cites: that grows as merging goes on)."""
        it = items[n]
        width = (it.interval.end - it.interval.start) if it.interval is not None else math.inf
        own = _dump(it.event)
        for k in ("sources", "same_as", "after", "before", "during", "who", "tags", "where", "parent"):
            own.pop(k, None)
        return (it.interval is None, width, -(it.precision or 0), _content(own))

    members = sorted(group, key=rank)
    lead = items[members[0]]
    body: dict[str, Any] = dict(_dump(lead.event))
    i = lead.index
    ident = new_id[(i, lead.event.id)]
    body["id"] = ident

    def remap(index: int, ids: Iterable[str]) -> list[str]:
        """Ids of events (or of dated sources, which ``after`` and ``before`` may name) in the result."""
        found = {new_id.get((index, x)) or source_ids.get((index, x)) for x in ids}
        return sorted(x for x in found if x is not None and x != ident)

    citations: list[dict[str, Any]] = []
    seen: set[str] = set()
    tags: list[str] = []
    who: set[str] = set()
    relations: dict[str, set[str]] = {k: set() for k in ("after", "before", "during", "same_as")}
    parent = None
    where = None
    for n in members:
        it = items[n]
        ev = it.event
        for c in ev.sources:
            cited = _dump(c)
            cited["source"] = source_ids[(it.index, c.source)]
            if (key := _content(cited)) not in seen:
                seen.add(key)
                citations.append(cited)
        tags += [t for t in ev.tags if t not in tags]
        who |= {person_ids[(it.index, p)] for p in ev.who}
        for k in relations:
            relations[k] |= set(remap(it.index, getattr(ev, k)))
        if ev.parent is not None:
            mapped = new_id.get((it.index, ev.parent))
            if mapped is not None and mapped != ident and (parent is None or mapped < parent):
                parent = mapped
        if ev.where is not None:
            mapped = place_ids[(it.index, ev.where)]
            where = mapped if where is None or mapped < where else where
    relations["same_as"] |= same_as.get(ident, set())
    body["sources"] = _union_citations(citations, [])
    for k in ("tags", "who", "after", "before", "during", "same_as", "parent", "where"):
        body.pop(k, None)
    if tags:
        body["tags"] = sorted(tags)
    if who:
        body["who"] = sorted(who)
    if where is not None:
        body["where"] = where
    if parent is not None:
        body["parent"] = parent
    for k, v in relations.items():
        if v:
            body[k] = sorted(v)
    if not body["sources"]:
        del body["sources"]
    return body, lead.interval.start if lead.interval is not None else None
