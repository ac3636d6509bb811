"""The shipped JSON Schema: current, and every JSON export validates against it."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

import chronik
from chronik.cli import cli
from chronik.model import Timeline
from chronik.schema import json_schema, json_schema_text

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
