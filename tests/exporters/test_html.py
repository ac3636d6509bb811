"""The HTML page: structure, escaping, no network, the drawn timeline, a real browser, golden files.

The page is parsed with :mod:`html.parser` into a small tree (end tags must close what is open, so
the markup is well nested) and checked element by element; then headless Chromium renders the seed
page, and the test fails on any console message of the page - a script error or a blocked load.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

import chronik
from chronik.exporters._html import CSP, HtmlExporter
from chronik.model import Timeline
from chronik.ordering import chronology

from ..browser import chromium, need_chromium, need_node_module, page_console_messages
from ..conftest import DATA, SEED

CASES = {p.stem: p for p in sorted((DATA / "timelines").glob("*.yaml"))} | {"seed": SEED}
EVERY = CASES | {f"interop-{p.stem}": p for p in sorted((DATA / "interop").glob("*.yaml"))}
VOID = {"meta", "link", "img", "br", "hr", "input", "base", "source", "embed", "area", "col", "track", "wbr"}
ALLOWED = {
    *("html", "head", "meta", "title", "style", "body", "main", "header", "section", "aside", "div", "p"),
    *("h1", "h2", "h3", "ol", "ul", "li", "a", "span", "strong", "sup", "time", "figure", "figcaption"),
    *("svg", "defs", "pattern", "rect", "line", "path", "circle", "text", "tspan"),
}
SCREENSHOT_COPY = Path("/tmp/chronik-seed-page.png")


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node] = field(default_factory=list)
    parts: list[str | Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(p if isinstance(p, str) else p.text for p in self.parts)

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, tag: str, cls: str | None = None) -> list[Node]:
        return [n for n in self.walk() if n.tag == tag and (cls is None or cls in n.classes)]

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        self.stack[-1].parts.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.stack[-1].parts.append(data)


def parse(page: str) -> Node:
    """The page as a tree; fails unless every element is closed in order."""
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], f"unclosed: {[n.tag for n in builder.stack[1:]]}"
    return builder.root


def _ids(root: Node) -> dict[str, Node]:
    ids = [n.attrs["id"] for n in root.walk() if "id" in n.attrs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    return {n.attrs["id"]: n for n in root.walk() if "id" in n.attrs}


def _urls(tl: Timeline) -> set[str]:
    return {u for u in [*(s.url for s in tl.sources), *(e.url for e in tl.events)] if u}


def _row(root: Node, ident: str) -> Node:
    (svg,) = root.find("svg")
    return next(a for a in svg.find("a") if a.attrs["href"] == f"#entry-{ident}")


def _span(node: Node) -> tuple[float, float]:
    """The x extent of a mark: a rect's box, a circle's centre."""
    if node.tag == "circle":
        return float(node.attrs["cx"]), float(node.attrs["cx"])
    x = float(node.attrs["x"])
    return x, x + float(node.attrs["width"])


def test_exporter_contract(seed: Timeline) -> None:
    """Name, suffix, media type, keyword-only options, nothing left out, and reachable through the registry."""
    assert (HtmlExporter.name, HtmlExporter.suffix, HtmlExporter.media_type) == ("html", ".html", "text/html")
    with pytest.raises(TypeError):
        HtmlExporter("de")  # type: ignore[call-arg]
    assert HtmlExporter(language="en").notes(seed) == []
    rendered = chronik.render(seed, "html")
    assert rendered.suffix == ".html"
    assert rendered.text == HtmlExporter().export(seed)
    assert rendered.text.endswith("</html>\n")


@pytest.mark.parametrize("case", sorted(EVERY))
def test_every_entry_is_an_element(case: str) -> None:
    """Well nested, only known tags, unique ids, and an element id="entry-<id>" for every entry."""
    tl = chronik.load(EVERY[case])
    root = parse(HtmlExporter().export(tl))
    assert {n.tag for n in root.walk()} - {"#document"} <= ALLOWED
    ids = _ids(root)
    for entry in chronology(tl).entries:
        assert ids[f"entry-{entry.id}"].tag == "li"
    (h1,) = root.find("h1")
    assert h1.text == " ".join(tl.title.split())


@pytest.mark.parametrize("case", sorted(CASES))
def test_footnotes_link_both_ways(case: str) -> None:
    """Every reference leads to its note, and every note links back to each place that cites it."""
    root = parse(HtmlExporter().export(chronik.load(CASES[case])))
    ids = _ids(root)
    refs = [a for a in root.find("a") if a.attrs.get("href", "").startswith("#note-")]
    notes = [li for li in root.find("li") if li.attrs.get("id", "").startswith("note-")]
    assert refs
    assert notes
    for ref in refs:
        assert ids[ref.attrs["href"][1:]] in notes
        back = f"#{ref.attrs['id']}"
        assert any(a.attrs.get("href") == back for note in notes for a in note.find("a", "back")), back
    for note in notes:
        for a in note.find("a", "back"):
            assert ids[a.attrs["href"][1:]] in refs
    numbers = [int(li.attrs["id"].removeprefix("note-")) for li in notes]
    assert numbers == list(range(1, len(notes) + 1))
    first_use = list(dict.fromkeys(int(r.attrs["href"].removeprefix("#note-")) for r in refs))
    assert first_use == numbers, "notes are numbered in reading order"


def test_hostile_markup_stays_text() -> None:
    """Titles full of markup become text in the page, its <title>, the chart rows and their SVG <title>s."""
    tl = chronik.load(DATA / "timelines" / "markup.yaml")
    page = HtmlExporter().export(tl)
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    root = parse(page)
    assert not {"script", "b", "i", "img"} & {n.tag for n in root.walk()}
    (head_title,) = [n for n in root.find("title") if n.text.startswith("Chronology")]
    assert head_title.text == f"Chronology: {tl.title}"
    tricky = next(e for e in tl.events if e.id == "tricky")
    assert _ids(root)["entry-tricky"].find("strong")[0].text == tricky.title
    row_title = _row(root, "tricky").find("title")[0].text
    assert row_title == f"1 January 2024: {tricky.title}"
    assert 'href="https://example.org/a_b?c=d&amp;e=f"' in page
    assert "\u201cHe said: &quot;*really*&quot; &lt;i&gt;now&lt;/i&gt;\u201d" in page


def test_texts_are_one_line() -> None:
    """Newlines, tabs and CRs in titles become spaces in the chronology, the chart labels and their titles."""
    root = parse(HtmlExporter().export(chronik.load(DATA / "interop" / "text_escapes.yaml")))
    (svg,) = root.find("svg")
    row = _row(root, "newline-title")
    assert row.find("title")[0].text == "2 February 2024: Title with newline and tab"
    assert _ids(root)["entry-newline-title"].find("strong")[0].text == "Title with newline and tab"
    for node in [*svg.find("title"), *svg.find("text"), *root.find("strong"), *root.find("p", "desc")]:
        assert not re.search(r"[\n\r\t]", node.text), node.text


@pytest.mark.parametrize("case", sorted(EVERY))
def test_nothing_can_load(case: str) -> None:
    """No scripts, no external resources; URLs only as href of http(s) links to the timeline's own sources."""
    tl = chronik.load(EVERY[case])
    page = HtmlExporter().export(tl)
    root = parse(page)
    assert not {"script", "link", "img", "iframe", "object", "embed", "base", "form"} & {n.tag for n in root.walk()}
    for node in root.walk():
        assert not {"src", "srcset", "action", "poster", "background", "xlink:href"} & set(node.attrs), node.tag
        assert not any(k.startswith("on") for k in node.attrs), node.tag
        for key, value in node.attrs.items():
            if "://" in value:
                assert (node.tag, key) == ("a", "href"), (node.tag, key, value)
                assert value in _urls(tl)
    assert re.findall(r"url\((?!#hatch-(?:event|report)\))", page) == []
    assert "@import" not in page
    metas = [m.attrs for m in root.find("meta")]
    assert {"http-equiv": "Content-Security-Policy", "content": CSP} in metas
    assert page.index("Content-Security-Policy") < page.index("<style>")
    if not _urls(tl):
        assert "http://" not in page
        assert "https://" not in page


def test_page_for_phones_and_print(seed: Timeline) -> None:
    """HTML5 doctype, charset, lang, viewport, one inline style sheet with print rules, a scalable SVG."""
    page = HtmlExporter().export(seed)
    assert page.startswith('<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n')
    root = parse(page)
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in [
        m.attrs for m in root.find("meta")
    ]
    (style,) = root.find("style")
    assert "@media print" in style.text
    assert "@media (max-width:" in style.text
    (svg,) = root.find("svg")
    assert "viewBox" in page
    assert not {"width", "height"} & set(svg.attrs)
    assert 'lang="en"' in HtmlExporter(language="en").export(seed)


def test_dates_as_people_write_them(seed: Timeline) -> None:
    """Precision is kept and written in words, in German and in English."""
    de = parse(HtmlExporter().export(seed))
    whens = [n.text for n in de.find("div", "when")]
    assert "10.\u201314. November 2024" in whens
    assert "November 2024" in whens
    assert "1967" in whens
    assert "Datum nicht berichtet" in whens
    en = parse(HtmlExporter(language="en").export(seed))
    assert "Date not reported" in [n.text for n in en.find("div", "when")]
    assert "10\u201314 November 2024" in [n.text for n in en.find("div", "when")]


def test_trip_parts_nested_in_order(seed: Timeline) -> None:
    """New York, Boston (with Giffey joining inside it), Los Angeles, under the delegation trip, undated."""
    ids = _ids(parse(HtmlExporter().export(seed)))

    def parts(ident: str) -> list[str]:
        (ol,) = [c for c in ids[f"entry-{ident}"].find("ol", "parts") if c in _children(ids[f"entry-{ident}"])]
        return [li.attrs["id"].removeprefix("entry-") for li in ol.children]

    assert parts("delegation-trip") == ["stop-new-york", "stop-boston", "stop-los-angeles"]
    assert parts("stop-boston") == ["giffey-joins"]
    assert parts("wegner-trip") == ["departure"]
    for ident in ("stop-new-york", "stop-boston", "giffey-joins", "stop-los-angeles"):
        assert ids[f"entry-{ident}"].find("div", "when")[0].text.startswith("Datum nicht berichtet")


def _children(node: Node) -> list[Node]:
    """Descendants that are not inside a nested entry."""
    out = []
    for child in node.children:
        out.append(child)
        if child.tag != "li":
            out += _children(child)
    return out


def test_reports_are_set_apart(seed: Timeline) -> None:
    """Reports carry the class ``report`` and a badge; events do not."""
    root = parse(HtmlExporter().export(seed))
    entries = root.find("li", "entry")
    reports = [li for li in entries if "report" in li.classes]
    assert [li.attrs["id"] for li in reports][:2] == ["entry-tagesspiegel-2023-11-14", "entry-ntv-2024-11-06"]
    assert len(reports) == 6
    for li in reports:
        assert li.find("span", "badge")[0].text == "Bericht"
        assert "berichtet:" in li.find("p", "what")[0].text
    assert all("event" in li.classes and not li.find("span", "badge") for li in entries if li not in reports)


def test_chart_draws_dated_entries_only(seed: Timeline) -> None:
    """Dated entries are rows of the chart, in order; undated ones are listed beside it, not drawn."""
    root = parse(HtmlExporter().export(seed))
    (svg,) = root.find("svg")
    drawn = [a.attrs["href"].removeprefix("#entry-") for a in svg.find("a")]
    chron = chronology(seed).entries
    assert drawn == [e.id for e in chron if e.interval is not None]
    (aside,) = root.find("aside", "undated")
    listed = [a.attrs["href"].removeprefix("#entry-") for a in aside.find("a")]
    assert listed == [e.id for e in chron if e.interval is None]
    assert "stop-boston" in listed


def test_chart_marks_keep_precision(seed: Timeline) -> None:
    """Days are dots, spans bars, a month or a year a hatched bar over all of it - never a fake day."""
    root = parse(HtmlExporter().export(seed))
    month = _row(root, "checkpoint-2024-11").find("rect")
    assert [r.attrs["fill"] for r in month] == ["url(#hatch-report)"]
    assert not _row(root, "checkpoint-2024-11").find("circle")
    assert [r.attrs["fill"] for r in _row(root, "sister-cities-1967").find("rect")] == ["url(#hatch-event)"]
    lo, hi = _span(month[0])
    for ident in ("ntv-2024-11-06", "zeit-2024-11-08", "departure"):
        (dot,) = _row(root, ident).find("circle")
        assert lo < _span(dot)[0] < hi
    trip = _span(_row(root, "delegation-trip").find("rect")[0])
    five = _span(_row(root, "wegner-trip").find("rect")[0])
    assert lo <= trip[0] == five[0] < five[1] < trip[1] <= hi
    assert trip[1] - trip[0] == pytest.approx((five[1] - five[0]) * 7 / 5, abs=0.3)
    assert _span(_row(root, "departure").find("circle")[0])[0] == pytest.approx((five[0] * 9 + five[1]) / 10, abs=0.3)


def test_open_ends_and_coarse_spans() -> None:
    """``2020/..`` and ``../1990`` run to the chart's edge; ``2024-03/2024-05`` is hatched at both ends."""
    root = parse(HtmlExporter().export(chronik.load(DATA / "timelines" / "partial_dates.yaml")))
    assert _row(root, "since-2020").find("path", "open-head")
    assert _row(root, "until-1990").find("path", "open-head")
    assert not _row(root, "festival").find("path", "open-head")
    fills = [r.attrs["fill"] for r in _row(root, "spring-campaign").find("rect")]
    assert fills == ["#1d4f91", "url(#hatch-event)", "url(#hatch-event)"]
    assert _row(root, "about-march").find("circle")[0].attrs["fill"] == "#fff"


# --- a real browser -----------------------------------------------------------------------------


def test_console_filter_keeps_the_pages_errors_only() -> None:
    """The filter keeps script errors and blocked loads of the page, and ignores Chromium's own noise."""
    uri = "file:///tmp/x/seed.html"
    stderr = "\n".join(
        [
            "[1:2:1126/002922.139910:ERROR:dbus/bus.cc:405] Failed to connect to the bus",
            f'[1:1:1126/002922.840168:INFO:CONSOLE:1] "Uncaught ReferenceError: f is not defined", source: {uri} (1)',
            f"[1:1:1126/002922.84:INFO:CONSOLE(3)] \"Loading the image 'http://x/' violates ...\", source: {uri} (3)",
            '[1:1:1126/002922.85:INFO:CONSOLE:1] "noise", source: chrome://newtab/ (1)',
        ]
    )
    found = page_console_messages(stderr, uri)
    assert len(found) == 2
    assert "Uncaught ReferenceError" in found[0]
    assert "violates" in found[1]


def _png_is_a_picture(data: bytes) -> tuple[int, int, int]:
    """(width, height, distinct byte values of the pixel data): a blank page has very few."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + size]
        pos += 12 + size
    return width, height, len(set(zlib.decompress(idat)))


def test_chromium_renders_the_seed(tmp_path: Path, seed: Timeline) -> None:
    """Headless Chromium draws the page at phone width without a single console message from it."""
    need_chromium()
    page = tmp_path / "seed.html"
    page.write_text(HtmlExporter().export(seed), encoding="utf-8")
    shot = tmp_path / "page.png"
    drawn = chromium(page.as_uri(), tmp_path, f"--screenshot={shot}")
    dumped = chromium(page.as_uri(), tmp_path, "--dump-dom")
    for run in (drawn, dumped):
        assert run.returncode == 0, run.stderr[-2000:]
        assert page_console_messages(run.stderr, page.as_uri()) == []
    width, height, values = _png_is_a_picture(shot.read_bytes())
    assert (width, height) == (420, 2000)
    assert values > 32
    assert shot.stat().st_size > 20_000
    shutil.copyfile(shot, SCREENSHOT_COPY)
    print(f"\nscreenshot of the seed page: {shot} (copy: {SCREENSHOT_COPY})")
    dom = parse(dumped.stdout.strip())
    ids = _ids(dom)
    for entry in chronology(seed).entries:
        assert f"entry-{entry.id}" in ids
    assert not dom.find("script")


_AXE_RUNNER = """<script src="{axe}"></script>
<script>
axe.run(document, {{resultTypes: ["violations"]}}).then((r) => {{
  const out = document.createElement("pre");
  out.id = "axe-result";
  out.textContent = JSON.stringify(r.violations.map((v) => ({{id: v.id, impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(" ") + " " + n.failureSummary)}})));
  document.body.appendChild(out);
}});
</script>
"""


@pytest.mark.parametrize("case", ["seed", "markup", "partial_dates"])
def test_axe_finds_no_serious_violation(case: str, tmp_path: Path) -> None:
    """axe-core (pinned in tests/interop/node) on the page in Chromium: no serious or critical violation.

    The test copy of the page loads axe-core, so its Content-Security-Policy (no scripts) is left out.
    """
    need_chromium()
    axe = need_node_module("axe-core") / "axe.min.js"
    page = HtmlExporter().export(chronik.load(CASES[case]))
    page = page.replace(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n', "")
    page = page.replace("</body>", _AXE_RUNNER.format(axe=axe.as_uri()) + "</body>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    run = chromium(path.as_uri(), tmp_path, "--dump-dom", "--allow-file-access-from-files", budget_ms=10000)
    assert run.returncode == 0, run.stderr[-2000:]
    found = re.search(r'<pre id="axe-result">(.*?)</pre>', run.stdout, re.S)
    assert found, run.stderr[-2000:]
    violations = json.loads(html.unescape(found[1]))
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(serious, indent=1)[:4000]


def test_chart_links_reach_screen_readers(seed: Timeline) -> None:
    """The chart is a labelled group, not an image: its links are read, each named by its <title>."""
    root = parse(HtmlExporter().export(seed))
    (svg,) = root.find("svg")
    assert svg.attrs.get("role") == "group"
    assert svg.attrs["aria-labelledby"] == "chart-title"
    for a in svg.find("a"):
        assert a.find("title")[0].text.strip()
    page = HtmlExporter().export(seed)
    assert ".back{text-decoration:underline" in page
