"""TimelineJS3 (pinned in tests/interop/node) renders every export in headless Chromium.

Each timeline is exported, served from 127.0.0.1 with TimelineJS from ``node_modules`` (no network:
``script_path`` is local, fonts are off, every other host resolves nowhere) and rendered by the page
``timelinejs.html``, which writes what TimelineJS drew - slide ids, row labels, dates, headlines,
markers, links, element names - into the DOM that ``--dump-dom`` returns. Hostile timelines carry
a payload in every text field TimelineJS shows; a payload that runs marks the page
(``data-pwned`` on ``<html>``) and logs to the console, and the test fails on either.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import chronik
from chronik.model import Timeline
from chronik.ordering import chronology

from ..browser import chromium, need_chromium, need_node_module, page_console_messages, serve
from ..conftest import DATA, SEED

HERE = Path(__file__).parent
CASES = {"seed": SEED} | {p.stem: p for p in sorted((DATA / "timelines").glob("*.yaml"))}
CASES |= {f"interop-{p.stem}": p for p in sorted((DATA / "interop").glob("*.yaml"))}
_RESULT = re.compile(r'<pre id="result">(.*?)</pre>', re.S)


def pwn(field: str) -> str:
    """Markup that runs script if any consumer turns it into HTML, in the forms escaping can miss."""
    mark = f"document.documentElement.dataset.pwned='{field}';console.error('PWNED {field}')"
    return (
        f'<img src=x onerror="{mark}"> <svg onload="{mark}"></svg> '
        f"&lt;img src=x onerror=&quot;{mark}&quot;&gt; &amp;lt;b&amp;gt;{field}"
    )


@dataclass
class Rendered:
    result: dict[str, Any]
    dom: str
    console: list[str]

    @property
    def pwned(self) -> list[str]:
        marks = re.findall(r"<html[^>]*data-pwned=\"([^\"]*)\"", self.dom)
        return marks + [line for line in self.console if "PWNED" in line]


def render(tmp: Path, data: str) -> Rendered:
    """TimelineJS's rendering of one ``.timelinejs.json`` text."""
    need_chromium()
    dist = need_node_module("@knight-lab/timelinejs") / "dist"
    site = tmp / "site"
    site.mkdir()
    (site / "tl").symlink_to(dist, target_is_directory=True)
    shutil.copyfile(HERE / "timelinejs.html", site / "index.html")
    (site / "data.json").write_text(data, encoding="utf-8")
    with serve(site) as base:
        run = chromium(base + "index.html", tmp, "--dump-dom", budget_ms=20000)
    assert run.returncode == 0, run.stderr[-2000:]
    console = page_console_messages(run.stderr, base)
    found = _RESULT.search(run.stdout)
    assert found, f"TimelineJS did not finish: {console or run.stderr[-2000:]}"
    return Rendered(json.loads(html.unescape(found[1])), run.stdout, console)


def _export(tl: Timeline) -> str:
    return chronik.dumps(tl, "timelinejs")


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_sample_renders(case: str, tmp_path: Path) -> None:
    """No console message, every exported slide drawn in order of TimelineJS, every row labelled."""
    tl = chronik.load(CASES[case])
    data = _export(tl)
    doc = json.loads(data)
    shown = render(tmp_path, data)
    assert shown.console == []
    assert shown.pwned == []
    assert shown.result["loaded"]
    ids = [e["unique_id"] for e in doc["events"]]
    assert sorted(shown.result["slides"]) == sorted([*ids, shown.result["slides"][0]])
    assert shown.result["markers"] == len(ids)
    groups = shown.result["groups"]
    assert all(g.strip() for g in groups), groups
    assert sorted(groups) == sorted({e["group"] for e in doc["events"] if "group" in e})
    left_out = {
        e.id for e in chronology(tl).entries if f"left out '{e.id}'" in " ".join(chronik.render(tl, "timelinejs").notes)
    }
    assert {e.id for e in chronology(tl).entries} - left_out == set(ids)


def hostile_timeline() -> Timeline:
    """A payload in every text that reaches TimelineJS: titles (a trip's is a row label), texts,
    places, people, publishers, source titles and names, quotes, the timeline's title and text."""
    return Timeline.model_validate(
        {
            "id": "hostile",
            "title": pwn("title"),
            "description": pwn("description") + "\nsecond line " + pwn("description2"),
            "language": "en",
            "timezone": "Europe/Berlin",
            "places": [{"id": "p", "name": pwn("place"), "tz": "America/New_York", "address": pwn("address")}],
            "people": [{"id": "who", "name": pwn("person"), "role": pwn("role")}],
            "sources": [
                {
                    "id": "src",
                    "publisher": pwn("publisher"),
                    "title": pwn("source-title"),
                    "about": pwn("about"),
                    "published": "2024-11",
                    "url": "https://example.org/?q='x'&y=1",
                    "file": pwn("file"),
                },
                {"id": "src2", "about": pwn("about2"), "published": "2024-11-06", "file": pwn("file2")},
            ],
            "events": [
                {
                    "id": "trip",
                    "kind": "trip",
                    "title": pwn("trip"),
                    "when": "2024-11-10/2024-11-16",
                    "where": "p",
                    "who": ["who"],
                    "description": pwn("event-text") + "\n" + pwn("event-text2"),
                    "tags": [pwn("tag")],
                    "sources": [{"source": "src", "quote": pwn("quote")}],
                    "url": "https://example.org/a?b=1",
                },
                {"id": "stop", "title": pwn("stop"), "parent": "trip", "where": "p", "status": "planned"},
                {"id": "alone", "title": pwn("alone"), "when": "2024-11"},
            ],
        }
    )


def test_hostile_texts_execute_nothing(tmp_path: Path) -> None:
    """Every payload stays text: nothing runs, no element is made of it, it reads as written."""
    tl = hostile_timeline()
    # URLs the model would refuse, put in behind its back: the exporter still writes no such link
    src2 = tl.sources[1].model_copy(update={"url": "javascript:document.documentElement.dataset.pwned='url'"})
    tl = tl.model_copy(update={"sources": (tl.sources[0], src2)})
    shown = render(tmp_path, _export(tl))
    assert shown.pwned == []
    assert shown.console == []
    assert not {"img", "svg", "script", "iframe", "b", "i"} & set(shown.result["elements"])
    assert pwn("trip") in shown.result["groups"]  # the row label reads as the title was written
    assert pwn("trip") in shown.result["headlines"]
    assert pwn("title") in shown.result["headlines"]
    assert all(h.startswith("https://") for h in shown.result["links"])
    assert "https://example.org/?q='x'&y=1" in shown.result["links"]


def test_hostile_calendar_imported_executes_nothing(tmp_path: Path) -> None:
    """An .ics from someone else, through ``chronik import``: its SUMMARY becomes a row label."""
    mark = "document.documentElement.dataset.pwned='ics';console.error('PWNED ics')"
    ics = tmp_path / "hostile.ics"
    ics.write_text(
        "\r\n".join(
            [
                *("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN", f'X-WR-CALNAME:<svg onload="{mark}">'),
                *("BEGIN:VEVENT", "UID:trip@x", "DTSTAMP:20240101T000000Z", "DTSTART;VALUE=DATE:20241110"),
                *("DTEND;VALUE=DATE:20241117", f'SUMMARY:<img src=x onerror="{mark}">'),
                *(f'DESCRIPTION:&lt\\;img src=x onerror="{mark}"&gt\\;', f'LOCATION:<svg onload="{mark}">'),
                *("URL:javascript:alert(1)", "END:VEVENT"),
                *("BEGIN:VEVENT", "UID:part@x", "DTSTAMP:20240101T000000Z", "DTSTART;VALUE=DATE:20241112"),
                *("RELATED-TO;RELTYPE=PARENT:trip@x", f'SUMMARY:<b onmouseover="{mark}">x</b>', "END:VEVENT"),
                *("END:VCALENDAR", ""),
            ]
        ),
        encoding="utf-8",
    )
    out = tmp_path / "hostile.yaml"
    cli = [sys.executable, "-m", "chronik", "import", str(ics), "--out", str(out)]
    run = subprocess.run(cli, capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    tl = chronik.load(out)
    assert any(e.parent == "trip-x" or e.parent for e in tl.events), "the part keeps its parent"
    shown = render(tmp_path, _export(tl))
    assert shown.pwned == []
    assert shown.console == []
    assert not {"img", "svg", "script", "b"} & set(shown.result["elements"])
    assert f'<img src=x onerror="{mark}">' in shown.result["groups"]
    assert all(not h.startswith("javascript:") for h in shown.result["links"])
