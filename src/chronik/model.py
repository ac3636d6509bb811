"""The timeline model: frozen pydantic models for timelines, sources, places, people and events.

Per-object rules live on each model as one named validator per rule; rules across objects (unique
ids, references, the parent tree, zones for local times) live on :class:`Timeline` and raise
:class:`~chronik.errors.InvalidTimelineError` with the location of every problem.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, timedelta
from functools import cached_property
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from .dates import PartialDate, Span, When, parse_partial_date, parse_when, span_problem, wall_time, zone
from .errors import InvalidTimelineError, Loc, Problem

__all__ = [
    "Citation",
    "Event",
    "EventKind",
    "Geo",
    "IdPool",
    "Person",
    "Place",
    "Source",
    "SourceKind",
    "Status",
    "Timeline",
]

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_AT = re.compile(r"([0-9]{1,15})-([0-9]{1,15})")
_LANG = re.compile(r"[a-z]{2,3}")


def _check_id(value: str) -> str:
    """An id, interned: the references to an entry share one string with its ``id``."""
    if not _ID.fullmatch(value):
        raise ValueError(
            f"'{value}' is not a valid id: use up to 128 letters, digits, '-', '_' or '.', "
            "starting with a letter or digit"
        )
    return sys.intern(value)


class IdPool:
    """Fresh ids in one namespace: ``base``, else ``base-2``, ``base-3`` ..., the base cut so that the
    whole id (with ``suffix``) stays within the 128 characters an id may have."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, base: str, suffix: str = "") -> str:
        n = 1
        while (ident := base[: 128 - len(tail := suffix + (f"-{n}" if n > 1 else ""))] + tail) in self.used:
            n += 1
        self.used.add(ident)
        return ident


def _check_zone(value: str) -> str:
    zone(value)
    return value


def _check_language(value: str) -> str:
    if not _LANG.fullmatch(value):
        raise ValueError(f"'{value}' is not a language code: use ISO 639-1, like 'de' or 'en'")
    return value


#: Characters that show nothing on their own though they are no format or space character.
_INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800")
#: Line and paragraph separators a text field may hold: they become plain line breaks.
_LINE_BREAKS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n"})
_SEPARATOR = re.compile("[\x85\u2028\u2029]")
#: The control characters (C0, DEL, C1) but tab, LF, CR and NEL.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _url_refuses(char: str) -> bool:
    """Spaces, controls, line separators and format characters (bidi overrides) have no place in a URL."""
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf", "Zs", "Zl", "Zp") or char in '<>"'


_URL_ASCII_REFUSES = re.compile('[\x00-\x20\x7f<>"]')


def _check_url(value: str) -> str:
    if value.isascii():
        found = _URL_ASCII_REFUSES.search(value)
        bad = found[0] if found else None
    else:
        bad = next((c for c in value if _url_refuses(c)), None)
    if bad is not None:
        raise ValueError(f"'{value}' is not an http(s) URL: it contains U+{ord(bad):04X}")
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"'{value}' is not an http(s) URL")
    return value


#: Categories that show nothing on their own: spaces, separators, controls, format characters
#: (zero-width space and joiners), combining marks. Unassigned code points count as visible.
_BLANK = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Mn", "Me"})


def _visible(char: str) -> bool:
    return unicodedata.category(char) not in _BLANK and char not in _INVISIBLE


#: What sends a text to the full check: a control character (C0 but tab, LF, CR; DEL; C1, NEL among
#: them) or a line break that becomes LF.
_UNUSUAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
#: Printable ASCII but the space: each of these characters is visible.
_ASCII_VISIBLE = re.compile("[!-~]")
#: Texts up to this length are interned: tags, publishers, names repeat across a timeline.
_SHORT_TEXT = 32


def _check_text(value: str) -> str:
    """Text shows something, holds no control character but tabs and line breaks (LF, CR), and
    writes the other line breaks (NEL, U+2028, U+2029) as LF, one for one, so offsets stay valid.

    Short texts are interned (a tag used a thousand times is one string). Most texts have no
    unusual character and a visible ASCII one: they are accepted as they are without the full check.
    """
    if _UNUSUAL.search(value) is None and _ASCII_VISIBLE.search(value) is not None:
        return sys.intern(value) if len(value) <= _SHORT_TEXT else value
    value = _check_text_fully(value)
    return sys.intern(value) if len(value) <= _SHORT_TEXT else value


def _check_text_fully(value: str) -> str:
    """:func:`_check_text` for every text (the fast path of it only accepts what this accepts)."""
    bad = _CONTROL.search(value)
    if bad is not None:
        raise ValueError(f"contains the control character U+{ord(bad[0]):04X}; remove it")
    if not any(_visible(c) for c in value):
        raise ValueError("must not be empty" if not value.strip() else "has no visible character")
    return value.translate(_LINE_BREAKS) if _SEPARATOR.search(value) else value


def _parse_at(value: Any) -> str:
    """``"120-184"``: a character span ``START-END`` (0-based, END exclusive), written canonically."""
    match = _AT.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise ValueError(
            f"{value!r:.60} is not a character span: write START-END, the 0-based offsets of the quote's first "
            "character and of the character after its last, like '120-184'"
        )
    start, end = int(match[1]), int(match[2])
    if start >= end:
        raise ValueError(f"'{value}' is not a character span: START must be less than END, like '120-184'")
    return f"{start}-{end}"


def _edtf(value: Any) -> str:
    """Accept YAML integers such as ``1967`` as the EDTF year they mean."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"expected an EDTF date as text, got {type(value).__name__}")
    return str(value)


def _parse_when_value(value: Any) -> When:
    if isinstance(value, (PartialDate, Span)):
        return value
    return parse_when(_edtf(value))


def _parse_date_value(value: Any) -> PartialDate:
    if isinstance(value, PartialDate):
        return value
    text = _edtf(value)
    if "/" in text:
        raise ValueError(f"'{text}' is a span; a publication date is a single (partial) date")
    return parse_partial_date(text)


_EDTF_SCHEMA = {
    "type": "string",
    "description": "EDTF level 0-1 date, date-time or span (1967, 2024-11, 2024-11-10/2024-11-16, 2024-11-10/P5D)",
}

Id = Annotated[str, AfterValidator(_check_id)]
Text = Annotated[str, AfterValidator(_check_text)]
ZoneName = Annotated[str, AfterValidator(_check_zone)]
Language = Annotated[str, AfterValidator(_check_language)]
Url = Annotated[str, AfterValidator(_check_url)]
CharSpan = Annotated[
    str,
    PlainValidator(_parse_at),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]+-[0-9]+$"}),
]
WhenValue = Annotated[
    PartialDate | Span,
    PlainValidator(_parse_when_value),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(_EDTF_SCHEMA),
]
DateValue = Annotated[
    PartialDate,
    PlainValidator(_parse_date_value),
    PlainSerializer(str, return_type=str),
    WithJsonSchema({"type": "string", "description": "EDTF date: 2024, 2024-11 or 2024-11-08"}),
]

EventKind = Literal["event", "trip", "stop", "meeting", "milestone", "announcement", "statement", "report"]
SourceKind = Literal["report", "announcement", "press-release", "article", "interview", "website", "document"]
Status = Literal["confirmed", "planned", "tentative", "cancelled"]


def _attribute_docstrings(cls: type) -> dict[str, str]:
    """The docstrings under the annotated attributes of ``cls`` (what pydantic's ``use_attribute_docstrings`` reads)."""
    import ast  # only when a JSON Schema is made
    import inspect
    import textwrap
    from itertools import pairwise

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):  # no source (a frozen build): no descriptions
        return {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    docs = {}
    for field, doc in pairwise(body):
        if (
            isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(doc, ast.Expr)
            and isinstance(doc.value, ast.Constant)
            and isinstance(doc.value.value, str)
        ):
            docs[field.target.id] = inspect.cleandoc(doc.value.value)
    return docs


#: Most distinct sets of field names kept for sharing (a timeline has a few dozen).
_MAX_FIELD_SETS = 4096
_FIELD_SETS: dict[frozenset[str], set[str]] = {}


class _Model(BaseModel):
    # The attributes' docstrings are the fields' descriptions in the JSON Schema. They are read only
    # when a schema is made (``__get_pydantic_json_schema__``), not with ``use_attribute_docstrings``,
    # which reads and parses this file's source for every class at import time (most of its cost).
    model_config = ConfigDict(frozen=True, extra="forbid")

    def _share_fields_set(self) -> None:
        """Objects given the same fields share one set of their names (``model_fields_set``).

        Pydantic gives each object its own set, 200 to 728 bytes: with 100,000 events and their
        citations a fifth of the model's memory. The models are frozen, so nothing adds to it.
        Called by the numerous models' (events, citations, sources) own after-validators.
        """
        names = self.__pydantic_fields_set__
        key = frozenset(names)
        shared = _FIELD_SETS.get(key)
        if shared is None:
            if len(_FIELD_SETS) >= _MAX_FIELD_SETS:
                return
            shared = _FIELD_SETS.setdefault(key, names)
        object.__setattr__(self, "__pydantic_fields_set__", shared)

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        json_schema = handler(core_schema)
        properties = handler.resolve_ref_schema(json_schema).get("properties", {})
        for name, doc in _attribute_docstrings(cls).items():
            field, prop = cls.model_fields.get(name), properties.get(name)  # the models' fields have no aliases
            if field is not None and field.description is None and prop is not None:
                prop["description"] = doc
        return json_schema


class Citation(_Model):
    """A reference from a fact to the source that supports it."""

    source: Id
    """The id of a source in ``Timeline.sources``."""
    quote: Text | None = None
    """The passage, verbatim, that supports the fact."""
    at: CharSpan | None = None
    """Where the quote stands in the source's local ``file``: ``START-END``, 0-based characters, END exclusive."""

    @model_validator(mode="before")
    @classmethod
    def _accept_plain_id(cls, data: Any) -> Any:
        """``- zeit-2024-11-08`` is short for ``- source: zeit-2024-11-08``."""
        return {"source": data} if isinstance(data, str) else data

    @model_validator(mode="after")
    def _check_at_fits_quote(self) -> Citation:
        self._share_fields_set()
        span = self.span
        if span is None:
            return self
        if self.quote is None:
            raise ValueError(f"'at' ({self.at}) gives where the quote stands, but there is no 'quote'")
        if span[1] - span[0] != len(self.quote):
            raise ValueError(
                f"'at' ({self.at}) spans {span[1] - span[0]} characters but the quote has {len(self.quote)}"
            )
        return self

    @property
    def span(self) -> tuple[int, int] | None:
        """``at`` as ``(start, end)``: ``text[start:end]`` is the quote; None when not given."""
        if self.at is None:
            return None
        start, _, end = self.at.partition("-")
        return int(start), int(end)


class Geo(_Model):
    """A point on the earth (WGS 84)."""

    lat: float = Field(ge=-90, le=90)
    """Latitude in degrees, -90 to 90."""
    lon: float = Field(ge=-180, le=180)
    """Longitude in degrees, -180 to 180."""


class Place(_Model):
    """Where something happens; its zone makes local times exact."""

    id: Id
    name: Text
    """The name as the timeline's readers know it."""
    tz: ZoneName | None = None
    """IANA time zone of local times at this place, like ``America/New_York``."""
    geo: Geo | None = None
    """Coordinates, when known."""
    address: Text | None = None
    """A postal address or venue, when known."""


class Person(_Model):
    """Someone who takes part in events."""

    id: Id
    name: Text
    role: Text | None = None
    """Office or role at the time, like ``Regierender Bürgermeister von Berlin (CDU)``."""


class Source(_Model):
    """A report, announcement or document. With a ``published`` date it is a point on the timeline."""

    id: Id
    publisher: Text | None = None
    """Who published it: ``Die Zeit``, ``Senatskanzlei Berlin``."""
    kind: SourceKind = "report"
    """What it is; a dated source appears on the timeline as a report."""
    title: Text | None = None
    """Its headline or title, when known."""
    about: Text | None = None
    """What it says, in a few words (used as the report's line in a chronology)."""
    published: DateValue | None = None
    """Publication date at the precision known (``2024-11`` stays a month); None when unknown."""
    url: Url | None = None
    language: Language | None = None
    file: Text | None = None
    """A local copy of the text, relative to the timeline file."""
    sources: tuple[Citation, ...] = ()
    """Where we learned of this source (for reports known only second-hand)."""

    @property
    def name(self) -> str:
        """How to name the source to readers: publisher, else title, else what it is about."""
        return self.publisher or self.title or self.about or self.id

    @model_validator(mode="after")
    def _check_says_something(self) -> Source:
        self._share_fields_set()
        if self.publisher is None and self.title is None and self.about is None:
            raise ValueError("a source needs at least a publisher, a title or an 'about'")
        return self


class Event(_Model):
    """Something that happened or is planned, with its date at the precision known."""

    id: Id
    """Stable identifier; the ICS UID is derived from it."""
    title: Text
    kind: EventKind = "event"
    when: WhenValue | None = None
    """EDTF date, date-time or span; None when the date is unknown (placed by constraints)."""
    where: Id | None = None
    """The id of a place."""
    who: tuple[Id, ...] = ()
    """Ids of people taking part."""
    status: Status = "confirmed"
    sources: tuple[Citation, ...] = ()
    """Citations supporting this event."""
    tags: tuple[Text, ...] = ()
    description: Text | None = None
    url: Url | None = None
    parent: Id | None = None
    """The id of the event this one is part of (a stop of a trip); implies ``during``."""
    after: tuple[Id, ...] = ()
    """Ids of entries this event comes after."""
    before: tuple[Id, ...] = ()
    """Ids of entries this event comes before."""
    during: tuple[Id, ...] = ()
    """Ids of entries this event falls within."""
    same_as: tuple[Id, ...] = ()
    """Ids of events that describe the same happening; ``chronik check`` compares their dates."""

    @model_validator(mode="after")
    def _check_event(self) -> Event:
        """The event's rules, in this order, from one validator: it runs for every event, and again
        for each event given to a timeline as a model (as the readers do)."""
        self._share_fields_set()
        self._check_no_self_reference()
        self._check_not_before_and_after()
        return self

    def _check_no_self_reference(self) -> None:
        if self.parent is None and not (self.after or self.before or self.during or self.same_as):
            return  # refers to nothing
        refs = {self.parent, *self.after, *self.before, *self.during, *self.same_as}
        if self.id in refs:
            raise ValueError(f"event '{self.id}' refers to itself in parent/after/before/during/same_as")

    def _check_not_before_and_after(self) -> None:
        if not (self.after and self.before):
            return
        both = sorted(set(self.after) & set(self.before))
        if both:
            raise ValueError(f"'{both[0]}' is both in 'after' and in 'before'")

    @property
    def containers(self) -> tuple[str, ...]:
        """The entries this event lies within: its parent, then ``during``."""
        return ((self.parent,) if self.parent else ()) + self.during


class Timeline(_Model):
    """A titled set of sources and events: the unit chronik reads, orders, checks and exports."""

    id: Id
    """Short name; part of every ICS UID, so it must stay stable."""
    title: Text
    language: Language = "de"
    """Language of the texts (``de`` or ``en`` for the chronology)."""
    timezone: ZoneName | None = None
    """Default IANA zone for dates and local times without a place zone."""
    description: Text | None = None
    updated: DateValue | None = None
    """When the timeline itself was last edited (used as ICS DTSTAMP/LAST-MODIFIED)."""
    sources: tuple[Source, ...] = ()
    places: tuple[Place, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()

    @model_validator(mode="after")
    def _check_across_objects(self) -> Timeline:
        problems = list(_unique_ids(self))
        problems += _references(self)
        problems += _parent_cycles(self)
        problems += _zones(self)
        if not problems:
            problems += _when_problems(self)
        if problems:
            raise InvalidTimelineError(problems)
        return self

    def event_zone(self, event: Event) -> str:
        """The IANA zone an event's local values are read in (place, else timeline, else UTC)."""
        place = self.place(event.where) if event.where else None
        return (place.tz if place and place.tz else None) or self.timezone or "UTC"

    @cached_property
    def _index(self) -> dict[str, Place | Person | Source | Event]:
        return {item.id: item for group in (self.sources, self.places, self.people, self.events) for item in group}

    def place(self, place_id: str) -> Place | None:
        """The place with that id, or None."""
        item = self._index.get(place_id)
        return item if isinstance(item, Place) else None

    def person(self, person_id: str) -> Person | None:
        """The person with that id, or None."""
        item = self._index.get(person_id)
        return item if isinstance(item, Person) else None

    def source(self, source_id: str) -> Source | None:
        """The source with that id, or None."""
        item = self._index.get(source_id)
        return item if isinstance(item, Source) else None


def _all_ids(tl: Timeline) -> Iterator[tuple[Loc, str]]:
    for name in ("sources", "places", "people", "events"):
        for i, item in enumerate(getattr(tl, name)):
            yield (name, i, "id"), item.id


def _unique_ids(tl: Timeline) -> Iterator[Problem]:
    ids = [item.id for group in (tl.sources, tl.places, tl.people, tl.events) for item in group]
    if len(set(ids)) == len(ids):
        return  # the common case, in one pass; the walk below names each duplicate
    seen: dict[str, Loc] = {}
    for loc, ident in _all_ids(tl):
        if ident in seen:
            first = ".".join(str(p) for p in seen[ident][:2]).replace(".", "[", 1) + "]"
            yield Problem(loc, f"duplicate id '{ident}' (first used at {first})")
        else:
            seen[ident] = loc


def _references(tl: Timeline) -> Iterator[Problem]:
    sources = {s.id for s in tl.sources}
    places = {p.id for p in tl.places}
    people = {p.id for p in tl.people}
    events = {e.id for e in tl.events}
    entries = events | {s.id for s in tl.sources if s.published is not None}
    evs = tl.events
    if (
        sources.issuperset([c.source for group in (tl.sources, evs) for item in group for c in item.sources])
        and places.issuperset([ev.where for ev in evs if ev.where is not None])
        and people.issuperset([who for ev in evs for who in ev.who])
        and events.issuperset([ev.parent for ev in evs if ev.parent is not None])
        and events.issuperset([same for ev in evs for same in ev.same_as])
        and entries.issuperset([ref for ev in evs for refs in (ev.after, ev.before, ev.during) for ref in refs])
    ):
        return  # every reference holds, checked set by set; the walk below names each one that does not
    for i, src in enumerate(tl.sources):
        yield from _citations(("sources", i), src.sources, sources)
    for i, ev in enumerate(tl.events):
        at: Loc = ("events", i)
        yield from _citations(at, ev.sources, sources)
        if ev.where is not None and ev.where not in places:
            yield Problem((*at, "where"), f"no place has the id '{ev.where}'")
        for j, who in enumerate(ev.who):
            if who not in people:
                yield Problem((*at, "who", j), f"no person has the id '{who}'")
        if ev.parent is not None and ev.parent not in events:
            yield Problem((*at, "parent"), f"no event has the id '{ev.parent}'")
        for j, same in enumerate(ev.same_as):
            if same not in events:
                yield Problem((*at, "same_as", j), f"no event has the id '{same}'")
        for field in ("after", "before", "during"):
            for j, ref in enumerate(getattr(ev, field)):
                if ref not in entries:
                    what = "a source without a 'published' date" if ref in sources else "no event or dated source"
                    yield Problem((*at, field, j), f"'{ref}' is {what}; constraints need an entry on the timeline")


def _citations(at: Loc, citations: tuple[Citation, ...], sources: set[str]) -> Iterator[Problem]:
    for j, cit in enumerate(citations):
        if cit.source not in sources:
            yield Problem((*at, "sources", j, "source"), f"no source has the id '{cit.source}'")


#: How deep parts may nest: a part of a part ... of a whole has at most this many wholes above it.
MAX_PARENT_DEPTH = 32


def _parent_cycles(tl: Timeline) -> Iterator[Problem]:
    """Parents form a tree no deeper than MAX_PARENT_DEPTH; walked without recursion, each step once.

    Depths are memoised, so a chain of any length costs one walk. A chain too deep is reported once,
    at the first event below the bound.
    """
    parent = {e.id: e.parent for e in tl.events if e.parent is not None}
    depth: dict[str, int] = {}
    for i, ev in enumerate(tl.events):
        cur = ev.parent
        if cur is None:  # a whole that is no part: depth 0, what the walk below gives it
            depth[ev.id] = 0
            continue
        path = [ev.id]
        seen = {ev.id}
        cycle = None
        while cur is not None and cur not in depth:
            if cur in seen:
                cycle = cur
                break
            path.append(cur)
            seen.add(cur)
            cur = parent.get(cur)
        if cycle is not None:
            yield Problem(("events", i, "parent"), f"the parents of '{ev.id}' form a cycle through '{cycle}'")
            for node in path:
                depth.setdefault(node, -1)  # in or below a cycle: reported there, not measured
            continue
        base = depth[cur] if cur is not None else -1
        if base < 0 and cur is not None:
            continue
        for node in reversed(path):
            base += 1
            depth[node] = base
        if depth[ev.id] == MAX_PARENT_DEPTH + 1:
            yield Problem(
                ("events", i, "parent"),
                f"'{ev.id}' is a part nested {MAX_PARENT_DEPTH + 1} levels deep (parent of a parent ...); "
                f"chronik allows {MAX_PARENT_DEPTH}",
            )


def _when_problems(tl: Timeline) -> Iterator[Problem]:
    """Every date is a real stretch of time in its zone: spans end after they start, and a local
    time is one the clocks show that day (not skipped when they spring forward)."""
    for i, ev in enumerate(tl.events):
        if ev.when is None or (
            isinstance(ev.when, PartialDate) and (ev.when.hour is None or ev.when.offset is not None)
        ):
            continue  # a date, or a fixed instant: always a real stretch of time
        name = tl.event_zone(ev)
        try:
            tz = zone(name)
        except ValueError:  # reported as the place's or timeline's problem
            continue
        # date spans and durations are checked when parsed; a span of times may need its zone
        problem = span_problem(ev.when, tz) if isinstance(ev.when, Span) and ev.when.end is not None else None
        if problem is not None:
            yield Problem(("events", i, "when"), problem)
        parts = [ev.when] if isinstance(ev.when, PartialDate) else [ev.when.start, ev.when.end]
        for part in parts:
            if part is not None and part.hour is not None and wall_time(part, tz) == "gap":
                yield Problem(("events", i, "when"), _gap_message(part, name))
    default = tl.timezone or "UTC"
    for i, src in enumerate(tl.sources):
        if (
            src.published is not None
            and src.published.hour is not None
            and wall_time(src.published, zone(default)) == "gap"
        ):
            yield Problem(("sources", i, "published"), _gap_message(src.published, default))


def _gap_message(value: PartialDate, name: str) -> str:
    """``'2024-03-31T02:30' does not exist in Europe/Berlin ...`` with what to write instead."""
    tz = zone(name)
    local = value.to_datetime(tz)
    first = local.replace(fold=1).astimezone(UTC)  # read with the offset after the change: earlier
    last = local.replace(fold=0).astimezone(UTC)  # read with the offset before it: later
    step = timedelta(minutes=1)
    change = first
    while change < last and (change + step).astimezone(tz).utcoffset() == first.astimezone(tz).utcoffset():
        change += step
    change += step  # the first minute on the new clock
    start_gap = (change - step).astimezone(tz) + step  # the old clock's wall time at the change
    fmt = "%Y-%m-%dT%H:%M:%S" if value.second is not None else "%Y-%m-%dT%H:%M"
    offset = local.replace(fold=0).strftime("%z")
    return (
        f"'{value}' does not exist in {name}: the clocks jump from {start_gap.strftime('%H:%M')} to "
        f"{change.astimezone(tz).strftime('%H:%M')} that day; write {last.astimezone(tz).strftime(fmt)} "
        f"(the same instant as {value} at the offset before the change, {offset[:3]}:{offset[3:]}) "
        "or the time that was meant"
    )


def _zones(tl: Timeline) -> Iterator[Problem]:
    """Local date-times need a zone: from the place or the timeline, never floating."""
    zoned_places = {p.id for p in tl.places if p.tz}
    if tl.timezone:
        return
    for i, ev in enumerate(tl.events):
        parts = [ev.when] if isinstance(ev.when, PartialDate) else []
        if isinstance(ev.when, Span):
            parts = [p for p in (ev.when.start, ev.when.end) if p is not None]
        floating = [p for p in parts if p.has_time and p.offset is None]
        if floating and ev.where not in zoned_places:
            yield Problem(
                ("events", i, "when"),
                f"'{ev.when}' is a local time but neither its place nor the timeline names a time zone",
            )
