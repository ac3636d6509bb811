"""The JSON document chronik exports (``"schema": "chronik/1"``), as models and as a JSON Schema.

``chronik schema`` prints :func:`json_schema`; the same schema ships in the package as
``chronik/chronik-1.schema.json``, and every JSON export validates against it.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .model import Timeline

__all__ = ["SCHEMA_ID", "ChronologyRow", "Document", "json_schema", "json_schema_text"]

SCHEMA_ID = "https://chronik.invalid/schema/chronik-1.schema.json"


class ChronologyRow(BaseModel):
    """One entry of the ordered timeline, with everything a consumer needs and no date logic."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0, description="Position in the chronology, from 0.")
    id: str = Field(description="The event's id, or the source's id for a report.")
    kind: str = Field(description="Event kind, or 'report' for a dated source.")
    lane: Literal["report", "event"]
    when: str | None = Field(description="EDTF as written; null when the date is unknown.")
    precision: Literal["year", "month", "day", "minute", "second"] | None
    bounds: Literal["date", "constraints"] | None = Field(
        description="Where start/end come from: the date itself, or (undated) the constraints; null if unbounded."
    )
    start: str | None = Field(description="UTC instant the entry cannot begin before (inclusive), ISO 8601.")
    end: str | None = Field(description="UTC instant the entry is over by (exclusive), ISO 8601.")
    zone: str = Field(description="IANA zone its local values are read in.")
    parent: str | None
    depth: int = Field(ge=0, description="Nesting under parents: 0 for top-level entries.")


class Document(BaseModel):
    """A chronik JSON export."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["chronik/1"] = Field(alias="schema")
    timeline: Timeline
    chronology: list[ChronologyRow]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a chronik JSON export."""
    schema = Document.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def json_schema_text() -> str:
    """:func:`json_schema` as stable, indented text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
