"""The JSON-LD export read by pyld (a JSON-LD 1.1 processor) and embedded in a page in Chromium.

pyld expands every export against a local stand-in for the schema.org context
(``schemaorg-context.jsonld``: ``@vocab`` schema.org plus the IRI-typed properties the export
uses); its document loader is replaced, so no request can leave. Chromium then loads a page that
holds the export in ``<script type="application/ld+json">`` as a site would paste it: nothing in it
may run, and the script element must still hold exactly the exported data.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld  # type: ignore[import-untyped]

import chronik
from chronik.model import Timeline

from ..browser import chromium, need_chromium, page_console_messages
from ..conftest import DATA, SEED
from .test_timelinejs import hostile_timeline, pwn

HERE = Path(__file__).parent
SCHEMA = "https://schema.org/"
CONTEXT = json.loads((HERE / "schemaorg-context.jsonld").read_text(encoding="utf-8"))
CASES = {"seed": SEED} | {p.stem: p for p in sorted((DATA / "timelines").glob("*.yaml"))}
CASES |= {f"interop-{p.stem}": p for p in sorted((DATA / "interop").glob("*.yaml"))}


def _loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """schema.org's context from the local file; anything else is refused (no network)."""
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise jsonld.JsonLdError(f"no network in the tests: {url}", "loading document failed")


def expand(text: str) -> list[dict[str, Any]]:
    doc = json.loads(text)
    out: list[dict[str, Any]] = jsonld.expand(doc, {"documentLoader": _loader, "base": "https://example.org/tl"})
    return out


def _types(node: dict[str, Any]) -> list[str]:
    return [t.removeprefix(SCHEMA) for t in node.get("@type", [])]


@pytest.mark.parametrize("case", sorted(CASES))
def test_pyld_expands_every_export(case: str) -> None:
    """Every node has a schema.org type; events carry Event properties only; statuses are IRIs."""
    tl = chronik.load(CASES[case])
    nodes = expand(chronik.dumps(tl, "jsonld"))
    events = [n for n in nodes if _types(n) == ["Event"]]
    assert {n["@id"] for n in events} == {f"https://example.org/tl#{e.id}" for e in tl.events}
    for node in nodes:
        assert node["@type"], node
        assert all(k.startswith((SCHEMA, "@")) for k in node), node.keys()
    for node in events:
        assert f"{SCHEMA}citation" not in node
        for status in node.get(f"{SCHEMA}eventStatus", []):
            assert status["@id"] in (f"{SCHEMA}EventScheduled", f"{SCHEMA}EventCancelled")
        for place in node.get(f"{SCHEMA}location", []):
            assert _types(place) == ["Place"]


def test_dated_events_with_an_address_have_what_google_needs() -> None:
    """name, startDate (a full date or date-time) and a Place with an address: an event rich result."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "language": "en",
            "places": [{"id": "mit", "name": "MIT", "address": "77 Massachusetts Ave, Cambridge, MA"}],
            "events": [{"id": "visit", "title": "Visit", "when": "2024-11-13", "where": "mit"}],
        }
    )
    (visit,) = [n for n in expand(chronik.dumps(tl, "jsonld")) if _types(n) == ["Event"]]
    assert visit[f"{SCHEMA}name"] == [{"@value": "Visit"}]
    assert visit[f"{SCHEMA}startDate"] == [{"@value": "2024-11-13"}]
    (place,) = visit[f"{SCHEMA}location"]
    assert place[f"{SCHEMA}address"] == [{"@value": "77 Massachusetts Ave, Cambridge, MA"}]


def test_no_request_leaves() -> None:
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand({"@context": "https://example.org/ctx", "x": 1}, {"documentLoader": _loader})


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>host</title>
<script type="application/ld+json">{data}</script>
</head><body><p id="after">after the data</p>
<pre id="result"></pre>
<script>
const scripts = document.querySelectorAll('script[type="application/ld+json"]');
document.getElementById("result").textContent = JSON.stringify(
  {{count: scripts.length, data: JSON.parse(scripts[0].textContent), scripts: document.scripts.length}});
</script></body></html>
"""


@pytest.mark.parametrize("case", ["hostile", "markup", "seed"])
def test_embedded_in_a_page_nothing_runs(case: str, tmp_path: Path) -> None:
    """Pasted into <script type="application/ld+json">, the export cannot close the element."""
    need_chromium()
    tl = hostile_timeline() if case == "hostile" else chronik.load(CASES[case])
    if case == "hostile":
        tl = tl.model_copy(update={"title": "</script><script>" + pwn("script").replace('"', "'") + "</script>"})
    text = chronik.dumps(tl, "jsonld")
    page = tmp_path / "host.html"
    page.write_text(_PAGE.format(data=text), encoding="utf-8")
    run = chromium(page.as_uri(), tmp_path, "--dump-dom", budget_ms=3000)
    assert run.returncode == 0, run.stderr[-2000:]
    assert page_console_messages(run.stderr, page.as_uri()) == []
    assert "data-pwned" not in run.stdout.split("<body", 1)[0]
    found = re.search(r'<pre id="result">(.*?)</pre>', run.stdout, re.S)
    assert found
    result = json.loads(html.unescape(found[1]))
    assert result["count"] == 1
    assert result["scripts"] == 2  # the data and the page's own reader: none was added
    assert result["data"] == json.loads(text)
