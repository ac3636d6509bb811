"""The Markdown chronology: content, order, languages, and escaping that holds under a real renderer."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

import chronik
from chronik.exporters._markdown import escape
from chronik.model import Timeline

from ..conftest import DATA


def _items(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.lstrip().startswith("- **")]


def test_seed_reports_in_order(seed: Timeline) -> None:
    """The six dated reports appear in date order, "November 2024" last among them."""
    md = chronik.dumps(seed, "md")
    reports = [line for line in _items(md) if "berichtet:" in line]
    dates = [re.match(r"- \*\*(.+?)\*\*", r).group(1) for r in reports]  # type: ignore[union-attr]
    assert dates == [
        "14\\. November 2023".replace("\\", ""),
        "6. November 2024",
        "6. November 2024",
        "7. November 2024",
        "8. November 2024",
        "November 2024",
    ]
    assert "Tagesspiegel Checkpoint berichtet" in reports[-1]


def test_seed_stops_nested_in_order(seed: Timeline) -> None:
    """New York, Boston (with Giffey joining nested under it), Los Angeles, under the delegation trip."""
    lines = _items(chronik.dumps(seed, "md"))
    trip = next(i for i, line in enumerate(lines) if "\u2013 Delegationsreise in die USA" in line)
    rest = lines[trip + 1 : trip + 5]
    assert rest[0].startswith("  - ")
    assert "New York" in rest[0]
    assert rest[1].startswith("  - ")
    assert "Boston" in rest[1]
    assert rest[2].startswith("    - ")
    assert "Giffey" in rest[2]
    assert rest[3].startswith("  - ")
    assert "Los Angeles" in rest[3]
    assert all("Datum nicht berichtet" in line for line in rest)


def test_dates_as_editors_write_them(seed: Timeline) -> None:
    """German: "10.–16. November 2024" with an en dash; English: "10–16 November 2024"."""
    de = chronik.dumps(seed, "md")
    en = chronik.dumps(seed, "md", language="en")
    assert "**10.\u201316. November 2024**" in de
    assert "**10\u201316 November 2024**" in en
    assert "**November 2024**" in de
    assert "**1967**" in de
    assert "Date not reported" in en


def test_every_fact_has_a_footnote(seed: Timeline) -> None:
    """Each list item carries at least one footnote, and each footnote is defined once."""
    md = chronik.dumps(seed, "md")
    for line in _items(md):
        assert re.search(r"\[\^\d+\]$", line), line
    refs = set(re.findall(r"\[\^(\d+)\](?!:)", md))
    defs = re.findall(r"^\[\^(\d+)\]:", md, flags=re.M)
    assert sorted(defs, key=int) == sorted(refs, key=int)
    assert len(defs) == len(set(defs))


def _html(md: str) -> str:
    return str(MarkdownIt("commonmark").enable("table").use(footnote_plugin).render(md))


def test_markup_in_data_renders_as_text() -> None:
    """Titles with markup produce no tags, links, emphasis or headings of their own."""
    md = chronik.dumps(chronik.load(DATA / "timelines" / "markup.yaml"), "md")
    html = _html(md)
    assert "<script>" not in html
    assert "<b>" not in html
    assert "<i>" not in html
    assert "<em>Not" not in html
    assert "<em>nor" not in html
    assert "<em>really" not in html
    assert 'href="http://evil.example"' not in html
    assert "<img" not in html
    assert "<code>" not in html
    assert html.count("<h1>") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_escape_round_trips_through_a_renderer() -> None:
    """Escaped text renders back to exactly the original characters."""
    sample = "*a* _b_ [c](d) <e> `f` #g |h| ~i~ !j \\k &amp; $l$ ^m {n}"
    html = _html(escape(sample))
    text = html.removeprefix("<p>").removesuffix("</p>\n")
    assert text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"') == sample
