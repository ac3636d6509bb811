"""chronik's JSON Schema read by Ajv (strict mode, draft 2020-12) beside Python's jsonschema.

Ajv compiles the shipped schema in strict mode (its patterns are valid JavaScript regular
expressions, it has no unknown keywords), every golden and sample JSON export validates in both, and
documents with dates the reader refuses fail in both.
"""

from __future__ import annotations

import copy
import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema

import chronik

from ..conftest import DATA, GOLDEN, ROOT, SEED
from . import _js

SCHEMA = Path(str(resources.files("chronik").joinpath("chronik-1.schema.json")))
VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
BAD_DATES = ["2024-13-01", "2024-02-30", "2024-11-31", "yesterday", "0000", "2024-11-10T25:00", "../..", "2024/P"]


def _ajv(paths: list[Path]) -> list[dict[str, Any]]:
    out = _js.run("ajv.mjs", str(SCHEMA), *map(str, paths))
    assert out["ajv"].startswith("8."), out["ajv"]
    return list(out["results"])


def test_every_json_export_validates_in_ajv_and_jsonschema(tmp_path: Path) -> None:
    _js.need("ajv")
    paths = sorted(GOLDEN.glob("*/json.json")) + sorted((ROOT / "exports").glob("*.json"))
    paths = [p for p in paths if not p.name.endswith(".timelinejs.json")]
    for sample in sorted((DATA / "interop").glob("*.yaml")):
        path = tmp_path / f"{sample.stem}.json"
        path.write_text(chronik.dumps(chronik.load(sample), "json"), encoding="utf-8")
        paths.append(path)
    assert len(paths) > 10
    for result in _ajv(paths):
        assert result["valid"], (result["file"], result["errors"])
        VALIDATOR.validate(json.loads(Path(result["file"]).read_text(encoding="utf-8")))


def test_bad_dates_fail_in_ajv_and_jsonschema(tmp_path: Path) -> None:
    _js.need("ajv")
    doc = json.loads(chronik.dumps(chronik.load(SEED), "json"))
    event = next(i for i, e in enumerate(doc["timeline"]["events"]) if e["when"])
    paths = []
    for n, bad in enumerate(BAD_DATES):
        for where in ("event", "chronology", "published", "updated"):
            broken = copy.deepcopy(doc)
            if where == "event":
                broken["timeline"]["events"][event]["when"] = bad
            elif where == "chronology":
                broken["chronology"][0]["when"] = bad
            elif where == "published":
                broken["timeline"]["sources"][0]["published"] = bad
            else:
                broken["timeline"]["updated"] = bad
            assert not VALIDATOR.is_valid(broken), (bad, where)
            path = tmp_path / f"{n}-{where}.json"
            path.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
            paths.append(path)
    for result in _ajv(paths):
        assert not result["valid"], result["file"]
        assert any("must match pattern" in e for e in result["errors"]), result["errors"]
