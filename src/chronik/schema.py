"""The JSON document chronik exports (``"schema": "chronik/1"``), as models and as a JSON Schema.

``chronik schema`` prints :func:`json_schema`; the same schema ships in the package as
``chronik/chronik-1.schema.json``, and every JSON export validates against it.

Dates carry a ``pattern`` (:data:`EDTF_WHEN`, :data:`EDTF_DATE`) with the grammar chronik's reader
(:func:`chronik.dates.parse_when`) accepts: four-digit years 0001-9999, months 01-12, each month's
days (``2024-04-31`` fails), times 00:00-23:59:59, offsets up to ±14:59, qualifiers on dates only,
spans with both ends of one form, open ends, ISO 8601 durations. What a regular expression cannot
see is left to the reader: 29 February in a year that is not a leap year, a span that ends before
it starts (or, for times, when it starts), and a duration past the year 9999 or longer than 10,000
years validate here and are refused on reading. The pattern accepts no whitespace around the date
(the reader strips it).
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .model import Timeline

__all__ = ["EDTF_DATE", "EDTF_WHEN", "SCHEMA_ID", "ChronologyRow", "Document", "json_schema", "json_schema_text"]

SCHEMA_ID = "https://chronik.invalid/schema/chronik-1.schema.json"

_YEAR = r"(?!0000)[0-9]{4}"
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])(?:-(?:0[1-9]|[12][0-9]|3[01]))?"
    r"|(?:0[469]|11)(?:-(?:0[1-9]|[12][0-9]|30))?"
    r"|02(?:-(?:0[1-9]|1[0-9]|2[0-9]))?)"
)
_DAY_ONLY = _MONTH_DAY.replace(")?", ")")  # the day is not optional
_TIME = r"T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?:Z|[+-](?:0[0-9]|1[0-4])(?::?[0-5][0-9])?)?"
_DATE = rf"{_YEAR}(?:-{_MONTH_DAY})?[?~%]?"
_DATE_TIME = rf"{_YEAR}-{_DAY_ONLY}{_TIME}"
_DURATION = (
    r"P(?=[0-9]|T[0-9])(?:[0-9]{1,4}Y)?(?:[0-9]{1,5}M)?(?:[0-9]{1,6}W)?(?:[0-9]{1,7}D)?"
    r"(?:T(?=[0-9])(?:[0-9]{1,8}H)?(?:[0-9]{1,9}M)?(?:[0-9]{1,10}S)?)?"
)
_OPEN = r"(?:\.\.)?"

#: An EDTF date or date-time as the reader accepts it (``published``, ``updated``).
EDTF_DATE = rf"^(?:{_DATE}|{_DATE_TIME})$"
#: An EDTF ``when``: a date, a date-time, a span of either (open or unknown ends), a start + duration.
EDTF_WHEN = (
    rf"^(?:{_DATE}|{_DATE_TIME}"
    rf"|{_DATE}/(?:{_DATE}|{_OPEN}|{_DURATION})|{_DATE_TIME}/(?:{_DATE_TIME}|{_OPEN}|{_DURATION})"
    rf"|{_OPEN}/(?:{_DATE}|{_DATE_TIME}))$"
)


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
    defs = schema["$defs"]
    _string_of(defs["Event"]["properties"]["when"])["pattern"] = EDTF_WHEN
    _string_of(defs["ChronologyRow"]["properties"]["when"])["pattern"] = EDTF_WHEN
    _string_of(defs["Source"]["properties"]["published"])["pattern"] = EDTF_DATE
    _string_of(defs["Timeline"]["properties"]["updated"])["pattern"] = EDTF_DATE
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def _string_of(prop: dict[str, Any]) -> dict[str, Any]:
    """The string branch of a ``string | null`` property."""
    branches: list[dict[str, Any]] = prop.get("anyOf", [prop])
    (branch,) = [b for b in branches if b.get("type") == "string"]
    return branch


def json_schema_text() -> str:
    """:func:`json_schema` as stable, indented text."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
