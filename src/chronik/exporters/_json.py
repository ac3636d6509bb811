"""JSON: the timeline, lossless, plus its chronology with UTC bounds so consumers need no date logic.

::

    {"schema": "chronik/1",
     "timeline": {...every field of the model, defaults included...},
     "chronology": [{"index": 0, "id": ..., "precision": "year", "start": ..., "end": ...}, ...]}

``timeline`` reads back (``chronik export x.json``) to the identical model; ``chronology`` is derived
and recomputed on reading. ``start``/``end`` are UTC instants of the half-open interval; for an
undated entry they are what its constraints imply (``"bounds": "constraints"``), or null.

The document is written in parts (one per source, place, person, event and chronology row) with
orjson, byte for byte what ``json.dumps(doc, ensure_ascii=False, indent=2)`` writes: each part is
dumped on its own and indented to its depth (JSON strings hold no raw line break, so every line
break in a part is one of the layout's). Where orjson could write a value differently from the
standard library, that part is written by the standard library instead: a float orjson spells
otherwise (``1e-05`` is ``1e-5`` there, ``nan`` is ``null``) or an integer beyond 64 bits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, ClassVar

from ..dates import NEG_INF, POS_INF, utc_iso
from ..model import Timeline
from ..ordering import Chronology
from ..prepared import Prepared
from ..readers._json import SCHEMA
from ._jsonparts import dumps as dumps  # here as before: the JSON exporter writes with it


class JsonExporter:
    """The timeline as a versioned JSON document (``"schema": "chronik/1"``)."""

    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = ".json"
    media_type: ClassVar[str] = "application/json"

    def __init__(self, *, language: str | None = None, indent: int = 2) -> None:
        self.indent = indent

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The JSON document, ending in a newline."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The document in parts: its head, then batches of the items of the timeline's lists and of the chronology."""
        pad = " " * self.indent
        yield f'{{\n{pad}"schema": {dumps(SCHEMA, self.indent, 1, numbers=False)},\n{pad}"timeline": '
        yield from self._timeline(prepared.timeline)
        yield f',\n{pad}"chronology": '
        yield from self._list(_chronology(prepared.chronology), 1, numbers=False)
        yield "\n}\n"

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """JSON holds everything: nothing to report."""
        return []

    def _timeline(self, tl: Timeline) -> Iterator[str]:
        """The model's fields in the model's order, as ``model_dump(mode="json")`` gives them; lists item by item."""
        pad = " " * (self.indent * 2)
        head = tl.model_dump(mode="json", exclude=set(_LISTS))
        values: list[tuple[str, Any]] = []
        for name in type(tl).model_fields:
            if name in _LISTS:
                values.append((name, getattr(tl, name)))
            elif name in head:
                values.append((name, head[name]))
        yield "{"
        for i, (name, value) in enumerate(values):
            yield f"{',' if i else ''}\n{pad}{dumps(name, self.indent, 0)}: "
            if name in _LISTS:
                yield from self._list((item.model_dump(mode="json") for item in value), 2, numbers=name in _NUMBERS)
            else:
                yield dumps(value, self.indent, 2)
        yield f"\n{' ' * self.indent}}}" if values else "}"

    def _list(self, items: Iterable[Any], depth: int, *, numbers: bool) -> Iterator[str]:
        """A JSON array at nesting ``depth`` (its ``[`` already indented), one part per batch of items.

        A batch is dumped as an array of its own and loses its brackets: the items' layout inside
        it is the one they have in the whole array.
        """
        close = len(self.indent * depth * " ") + 2  # "\n", the outer indent, "]"
        it = iter(items)
        first = True
        while batch := list(islice(it, _BATCH)):
            body = dumps(batch, self.indent, depth, numbers=numbers)[1:-close]
            yield ("[" if first else ",") + body
            first = False
        yield "[]" if first else f"\n{' ' * (self.indent * depth)}]"


#: Items per part of a list: parts of some 10 to 100 kB.
_BATCH = 100
#: The timeline's fields that hold lists of objects, written item by item.
_LISTS = ("sources", "places", "people", "events")
#: Those of them whose objects can hold numbers (a place's ``geo``); the others hold text only.
_NUMBERS = frozenset({"places"})


def _chronology(chron: Chronology) -> Iterator[dict[str, Any]]:
    depth: dict[str, int] = {}
    iso: dict[int, str | None] = {}  # bounds repeat (day starts): each written once
    for index, e in enumerate(chron.entries):
        depth[e.id] = depth[e.parent] + 1 if e.parent in depth else 0
        lo, hi = chron.bounds[e.id]
        yield {
            "index": index,
            "id": e.id,
            "kind": e.kind,
            "lane": e.lane,
            "when": str(e.when) if e.when is not None else None,
            "precision": e.precision.label if e.precision is not None else None,
            "bounds": "date" if e.interval is not None else ("constraints" if (lo, hi) != (NEG_INF, POS_INF) else None),
            "start": iso[lo] if lo in iso else iso.setdefault(lo, utc_iso(lo)),
            "end": iso[hi] if hi in iso else iso.setdefault(hi, utc_iso(hi)),
            "zone": e.zone,
            "parent": e.parent,
            "depth": depth[e.id],
        }
