"""JSON: the timeline, lossless, plus its chronology with UTC bounds so consumers need no date logic.

::

    {"schema": "chronik/1",
     "timeline": {...every field of the model, defaults included...},
     "chronology": [{"index": 0, "id": ..., "precision": "year", "start": ..., "end": ...}, ...]}

``timeline`` reads back (``chronik export x.json``) to the identical model; ``chronology`` is derived
and recomputed on reading. ``start``/``end`` are UTC instants of the half-open interval; for an
undated entry they are what its constraints imply (``"bounds": "constraints"``), or null.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar

from ..dates import NEG_INF, POS_INF, utc_iso
from ..model import Timeline
from ..ordering import Chronology
from ..prepared import Prepared
from ..readers._json import SCHEMA


class JsonExporter:
    """The timeline as a versioned JSON document (``"schema": "chronik/1"``)."""

    name: ClassVar[str] = "json"
    suffix: ClassVar[str] = ".json"
    media_type: ClassVar[str] = "application/json"

    def __init__(self, *, language: str | None = None, indent: int = 2) -> None:
        self.indent = indent

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The JSON document in one part (an adapter until the streaming writer)."""
        yield self.export(prepared)

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The JSON document, ending in a newline."""
        prepared = Prepared.of(timeline)
        doc = {
            "schema": SCHEMA,
            "timeline": prepared.timeline.model_dump(mode="json"),
            "chronology": _chronology(prepared.chronology),
        }
        return json.dumps(doc, ensure_ascii=False, indent=self.indent) + "\n"

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """JSON holds everything: nothing to report."""
        return []


def _chronology(chron: Chronology) -> list[dict[str, Any]]:
    depth: dict[str, int] = {}
    rows = []
    for index, e in enumerate(chron.entries):
        depth[e.id] = depth[e.parent] + 1 if e.parent in depth else 0
        lo, hi = chron.bounds[e.id]
        rows.append(
            {
                "index": index,
                "id": e.id,
                "kind": e.kind,
                "lane": e.lane,
                "when": str(e.when) if e.when is not None else None,
                "precision": e.precision.label if e.precision is not None else None,
                "bounds": "date"
                if e.interval is not None
                else ("constraints" if (lo, hi) != (NEG_INF, POS_INF) else None),
                "start": utc_iso(lo),
                "end": utc_iso(hi),
                "zone": e.zone,
                "parent": e.parent,
                "depth": depth[e.id],
            }
        )
    return rows
