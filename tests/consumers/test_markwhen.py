"""The Markwhen export as ``@markwhen/parser`` (pinned in tests/interop/node) reads it.

For the seed, every sample timeline and hostile titles and zones: every entry chronik puts on the
timeline is one markwhen event with the JSON export's UTC bounds, its title unchanged (nothing taken
as a tag, an image, a place, an id, progress or a checkbox), only chronik's own tags, inside the
sections of its dated ancestors (at most six levels), and the parser reports no problem.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import chronik
from chronik.exporters._markwhen import _header_zone, _title, event_text, tags, when_text
from chronik.humanize import Words
from chronik.model import Timeline
from chronik.ordering import chronology

from ..conftest import DATA, SEED
from . import _js

CASES = {
    p.stem: p
    for p in [
        SEED,
        *sorted((DATA / "timelines").glob("*.yaml")),
        *sorted((DATA / "interop").glob("*.yaml")),
        DATA / "consumers" / "markwhen_hostile.yaml",
    ]
}
WJ = "\u2060"


def _utc(iso: str) -> str:
    return iso.replace(".000Z", "Z")


@pytest.mark.parametrize("case", sorted(CASES))
def test_markwhen_parser_reads_every_event_and_group(case: str, tmp_path: Path) -> None:
    _js.need("@markwhen/parser")
    tl = chronik.load(CASES[case])
    path = tmp_path / "t.mw"
    path.write_text(chronik.dumps(tl, "markwhen"), encoding="utf-8")
    seen = _js.run("markwhen.mjs", str(path))
    assert seen["parser"].startswith("1."), seen["parser"]
    assert seen["messages"] == []

    chron = chronology(tl)
    rows = {r["id"]: r for r in json.loads(chronik.dumps(tl, "json"))["chronology"]}
    words = Words(tl.language)
    default = _header_zone(tl)
    by_id = {e.id: e for e in chron.entries}
    dated_inside: set[str] = set()  # entries with a part on the timeline: markwhen sections
    for e in chron.entries:
        if when_text(e, chron, default) is not None:
            parent = e.parent
            while parent is not None:
                dated_inside.add(parent)
                parent = by_id[parent].parent

    def sections(e_id: str) -> tuple[str, ...]:
        chain = []
        parent = by_id[e_id].parent
        while parent is not None:
            chain.append(_title(by_id[parent], words).replace(WJ, ""))
            parent = by_id[parent].parent
        chain.reverse()
        own = [_title(by_id[e_id], words).replace(WJ, "")] if e_id in dated_inside else []
        return tuple([*chain, *own][:6])

    expected: Counter[tuple[object, ...]] = Counter()
    for e in chron.entries:
        if when_text(e, chron, default) is not None:
            text = event_text(e, words).replace(WJ, "")
            expected[(sections(e.id), text, tuple(tags(e)), rows[e.id]["start"], rows[e.id]["end"])] += 1
    got: Counter[tuple[object, ...]] = Counter()
    for ev in seen["events"]:
        groups = tuple(g.replace(WJ, "") for g in ev["groups"])
        text = ev["title"].replace(WJ, "")
        got[(groups, text, tuple(ev["tags"]), _utc(ev["start"]), _utc(ev["end"]))] += 1
    assert got == expected
    for ev in seen["events"]:  # nothing in a title or description read as markup
        assert ev["id"] is None, ev
        assert ev["completed"] is None, ev
        assert ev["percent"] is None, ev
        assert all(block["type"] == "listItem" for block in ev["supplemental"]), ev
    placed = [e for e in chron.entries if when_text(e, chron, default) is not None]
    cited = {c.source for e in placed for c in e.citations}
    urls = {s.url for s in tl.sources if s.url and s.id in cited}
    items = " ".join(b["raw"] for ev in seen["events"] for b in ev["supplemental"])
    assert all(url in items for url in urls)  # links as they are ('//' included)


_MARKUP = st.sampled_from(
    ["#", "#tag", " #7", "![a](b.png)", "[x](location)", "[m](map)", "!id", ".start", ".end", "50%", "[x] ", "[ ]",
     "//", "- ", "# ", ": ", "every day", "@who", "[l](https://e.org/a)", "\u2060", " "]
)  # fmt: skip
_CHARS = st.characters(blacklist_categories=("Cc", "Cs")) | st.sampled_from("\n\t")  # the model refuses other controls
_TITLES = st.lists(st.one_of(_MARKUP, st.text(_CHARS, max_size=6)), min_size=1, max_size=6).map("".join)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TITLES.filter(str.strip), min_size=1, max_size=5), st.text(_CHARS, max_size=30))
def test_any_title_reads_back_unchanged(tmp_path_factory: pytest.TempPathFactory, titles: list[str], text: str) -> None:
    """Whatever markwhen syntax a title or description holds, the parser gives back the same text."""
    _js.need("@markwhen/parser")
    events = [
        {
            "id": f"e{i}",
            "title": t,
            "when": f"2024-11-{i + 1:02d}",
            "description": text if text.strip() else None,
            "parent": "trip",
        }
        for i, t in enumerate(titles)
    ]
    try:  # the model refuses controls and invisible texts
        tl = Timeline.model_validate(
            {"id": "t", "title": "t", "events": [{"id": "trip", "title": titles[0], "when": "2024-11"}, *events]}
        )
    except ValidationError:
        reject()
    path = tmp_path_factory.mktemp("mw") / "t.mw"
    path.write_text(chronik.dumps(tl, "markwhen"), encoding="utf-8")
    seen = _js.run("markwhen.mjs", str(path))
    assert seen["messages"] == []
    words = Words(tl.language)
    by_id = {e.id: e for e in chronology(tl).entries}
    want = sorted(event_text(by_id[e.id], words).replace(WJ, "") for e in tl.events)
    assert sorted(ev["title"].replace(WJ, "") for ev in seen["events"]) == want
    assert all(ev["tags"] == ["event"] for ev in seen["events"])
    assert [g["title"].replace(WJ, "") for g in seen["groups"]] == [event_text(by_id["trip"], words).replace(WJ, "")]
    assert all(ev["groups"] for ev in seen["events"])
    assert all(b["type"] == "listItem" for ev in seen["events"] for b in ev["supplemental"])
