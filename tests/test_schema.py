"""The shipped JSON Schema: current, and every JSON export validates against it."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
from chronik.cli import cli
from chronik.dates import parse_partial_date, parse_when
from chronik.model import Timeline
from chronik.schema import EDTF_DATE, EDTF_WHEN, json_schema, json_schema_text

from .conftest import DATA, SEED
from .strategies import timelines

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def test_shipped_schema_is_current() -> None:
    """The schema file in the package is what the model generates now (regenerate with `chronik schema`)."""
    shipped = resources.files("chronik").joinpath("chronik-1.schema.json").read_text(encoding="utf-8")
    assert shipped == json_schema_text()


def test_schema_command_prints_it() -> None:
    """``chronik schema`` prints the schema."""
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["$id"].endswith("chronik-1.schema.json")


def test_the_schema_is_a_valid_schema() -> None:
    """The schema itself is valid draft 2020-12."""
    jsonschema.Draft202012Validator.check_schema(json_schema())


@pytest.mark.parametrize("path", [SEED, *sorted((DATA / "timelines").glob("*.yaml"))], ids=lambda p: p.stem)
def test_exports_validate(path: Any) -> None:
    """Every sample's JSON export validates."""
    VALIDATOR.validate(json.loads(chronik.dumps(chronik.load(path), "json")))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_any_timeline_export_validates(doc: dict[str, Any]) -> None:
    """The JSON export of any valid timeline validates."""
    VALIDATOR.validate(json.loads(chronik.dumps(Timeline.model_validate(doc), "json")))


def test_schema_rejects_a_broken_document() -> None:
    """The schema is not vacuous: a wrong precision or a missing field fails."""
    doc = json.loads(chronik.dumps(chronik.load(SEED), "json"))
    doc["chronology"][0]["precision"] = "week"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(doc)
    del doc["timeline"]["title"]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(doc)


# --- the EDTF patterns agree with the reader -------------------------------------------------------

_WHEN = re.compile(EDTF_WHEN)
_DATE_ONLY = re.compile(EDTF_DATE)
#: What a regular expression cannot check, and the reader refuses (the schema's docstring lists them).
_GAPS = (
    "has no day 29",
    "ends before it starts",
    "ends when it starts",
    "longer than 10,000 years",
    "beyond the years 1 to 9999",
)

_years = st.sampled_from(["0000", "0001", "0999", "1967", "2023", "2024", "2100", "9999", "10000", "999", "20x4"])
_months = st.sampled_from(["00", "01", "02", "04", "06", "09", "11", "12", "13", "21", "1", "XX"])
_days = st.sampled_from(["00", "01", "09", "28", "29", "30", "31", "32", "3"])
_times = st.sampled_from(["T00:00", "T11:30", "T23:59:59", "T24:00", "T12:60", "T12:00:60", "T1:00", "T11:30:05"])
_offsets = st.sampled_from(["", "", "Z", "+01:00", "-05:00", "+0530", "+14", "+15:00", "-12:60", "+1"])
_qualifiers = st.sampled_from(["", "", "?", "~", "%", "?~"])
_durations = st.sampled_from(["P5D", "P1W", "PT2H", "P1Y2M", "P", "PT", "P1DT", "P5", "PT90M", "P9999Y", "P1Y1D"])


@st.composite
def _edtf_like(draw: st.DrawFn) -> str:
    """Dates, date-times and spans from EDTF's grammar, with near misses in every part."""

    def one() -> str:
        text = draw(_years)
        if draw(st.booleans()):
            text += "-" + draw(_months)
            if draw(st.booleans()):
                text += "-" + draw(_days)
                if draw(st.booleans()):
                    return text + draw(_times) + draw(_offsets) + draw(st.sampled_from(["", "", "?"]))
        return text + draw(_qualifiers)

    shape = draw(st.sampled_from(["one", "span", "open", "duration", "junk"]))
    if shape == "one":
        return one()
    if shape == "span":
        return f"{one()}/{one()}"
    if shape == "open":
        return draw(st.sampled_from([f"../{one()}", f"/{one()}", f"{one()}/..", f"{one()}/", "../..", "/"]))
    if shape == "duration":
        return f"{one()}/{draw(_durations)}"
    return draw(st.text(alphabet="0123456789-/:.TPZ+~?%DXW ", max_size=24))


def _reader(text: str, *, span: bool = True) -> str | None:
    """None when chronik's reader accepts ``text``, else its message."""
    try:
        parse_when(text) if span else parse_partial_date(text)
    except ValueError as err:
        return str(err)
    return None


@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
@given(_edtf_like())
def test_edtf_pattern_agrees_with_the_reader(text: str) -> None:
    """What the reader accepts matches the pattern; what only the pattern accepts is a listed gap."""
    for pattern, span in ((_WHEN, True), (_DATE_ONLY, False)):
        if text != text.strip():
            continue  # the reader strips whitespace; the schema (for what chronik writes) has none
        error = _reader(text, span=span)
        matched = pattern.fullmatch(text) is not None
        if error is None:
            assert matched, f"the reader accepts {text!r}, the schema does not"
        elif matched:
            assert any(gap in error for gap in _GAPS), f"the schema accepts {text!r}: {error}"


@pytest.mark.parametrize(
    "when",
    [
        "1967",
        "2024-11",
        "2024-11-08",
        "2024-11-10T11:30",
        "2024-11-10T16:30Z",
        "2024-11-10T11:30-05:00",
        "2024-11~",
        "2024?",
        "2024-11-08%",
        "2024-11-10/2024-11-16",
        "2024-11-10/P5D",
        "2024-11-03T09:00/PT2H",
        "2020/..",
        "../1990",
        "2024-11/",
    ],
)
def test_every_form_in_the_readme_validates(when: str) -> None:
    assert _WHEN.fullmatch(when)
    assert _reader(when) is None


@pytest.mark.parametrize(
    "when",
    [
        "2024-13-01",
        "2024-02-30",
        "2024-04-31",
        "yesterday",
        "2024-11-32",
        "0000",
        "2024-11-10T24:00",
        "../..",
        "2024-11-10T11:30?",
        "2024-11-10/2024-11-12T10:00",
        "2024-11-10/PT",
        "11/10/2024",
        " 2024",
        "",
    ],
)
def test_schema_rejects_what_is_not_a_date(when: str) -> None:
    """A JSON export with such a date fails validation, in ``timeline`` and in ``chronology``."""
    doc = json.loads(chronik.dumps(chronik.load(SEED), "json"))
    event = next(i for i, e in enumerate(doc["timeline"]["events"]) if e["when"])
    doc["timeline"]["events"][event]["when"] = when
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(doc)
    doc = json.loads(chronik.dumps(chronik.load(SEED), "json"))
    doc["chronology"][0]["when"] = when
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(doc)
    doc = json.loads(chronik.dumps(chronik.load(SEED), "json"))
    doc["timeline"]["sources"][0]["published"] = when
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(doc)
