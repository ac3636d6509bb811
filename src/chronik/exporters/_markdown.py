"""Markdown: a chronology a newsroom can publish.

Grouped by year and month; each entry as ``- **8. November 2024** – what happened[^3]``; parts of
an entry (a trip's stops) nested under it in order; reports written as "Die Zeit berichtet: ...";
every piece of evidence a numbered footnote with its source and the quoted passage; a list of all
sources at the end. Dates keep their precision: "November 2024" stays a month.

Every text from the timeline is escaped, so titles with ``*``, ``_``, ``[``, ``|``, ``#`` or
``<script>`` render as the characters they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from ..check import Finding
from ..humanize import Words
from ..model import Citation, Source, Timeline
from ..ordering import Chronology, Entry
from ..prepared import Prepared
from ._markup import WIDTH, document, escape, wrap
from ._sections import sections


@dataclass
class _Notes:
    """Footnotes numbered by first use; one per distinct (source, quote)."""

    words: Words
    timeline: Timeline
    numbers: dict[tuple[str, str | None], int] = field(default_factory=dict)

    def refs(self, citations: tuple[Citation, ...]) -> str:
        """``[^3][^7]``: one reference per distinct piece of evidence, in ascending order.

        New evidence gets the next numbers; evidence cited before keeps its number, so the group is
        sorted (never ``[^18][^16]``) and the numbers appear in the text in order of first use.
        """
        for cit in citations:
            self.numbers.setdefault((cit.source, cit.quote), len(self.numbers) + 1)
        numbers = sorted({self.numbers[(cit.source, cit.quote)] for cit in citations})
        return "".join(f"[^{n}]" for n in numbers)

    def render(self) -> Iterator[list[str]]:
        """The footnotes' lines, one list per footnote, in order of their numbers."""
        labels: dict[str, str] = {}  # a source's label, written once per source, not per footnote
        for (source_id, quote), number in self.numbers.items():
            src = self.timeline.source(source_id)
            if src is None:
                text = escape(source_id)
            elif source_id in labels:
                text = labels[source_id]
            else:
                text = labels[source_id] = source_label(src, self.words, self.timeline)
            if quote:
                text += ": " + escape(self.words.quote(quote))
            yield wrap(text, f"[^{number}]: ", "    ")


def source_label(src: Source, words: Words, timeline: Timeline) -> str:
    """``Die Zeit, 8. November 2024 – title <url>``, escaped."""
    parts = [escape(src.name)]
    if src.published is not None:
        parts.append(escape(words.partial(src.published, timeline.timezone or "UTC")))
    text = ", ".join(parts)
    if src.title and src.publisher:
        text += f" \u2013 {escape(src.title)}"
    if src.file:
        text += f" ({escape(src.file)})"
    if src.url:
        text += f" <{src.url}>"
    return text


class MarkdownExporter:
    """A chronology in Markdown, in German or English."""

    name: ClassVar[str] = "md"
    suffix: ClassVar[str] = ".md"
    media_type: ClassVar[str] = "text/markdown"

    def __init__(
        self,
        *,
        language: str | None = None,
        style: Literal["dmy", "mdy"] = "dmy",
        weekday: bool = False,
        findings: bool = False,
        mermaid: bool = False,
    ) -> None:
        self.language = language
        self.style: Literal["dmy", "mdy"] = style
        self.weekday = weekday
        self.findings = findings
        self.mermaid = mermaid

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The chronology document, ending in one newline."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The chronology document in parts of a few hundred lines."""
        timeline = prepared.timeline
        words = Words(self.language or timeline.language, self.style, self.weekday)
        renderer = _Renderer(timeline, words, prepared.chronology)
        return document(renderer.lines(prepared.findings if self.findings else [], self.mermaid))

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """Markdown shows every entry: nothing to report."""
        return []


class _Renderer:
    def __init__(self, timeline: Timeline, words: Words, chron: Chronology) -> None:
        self.tl = timeline
        self.words = words
        self.chron = chron
        self.notes = _Notes(words, timeline)
        self.by_id = {e.id: e for e in chron.entries}
        self.children = chron.parts()
        #: How labels start that are capitalised at the start of an item ("undated", "from ...", "until ...").
        self.lower_starts = (words["undated"], words["from"].split("{")[0], words["until"].split("{")[0])

    def lines(self, findings: list[Finding], mermaid: bool) -> Iterator[list[str]]:
        """The document's lines in order, in blocks of a few (blank lines not yet tidied)."""
        w = self.words
        heading = f"# {w['chronology']}: {escape(self.tl.title)}"
        yield [heading, ""] if len(heading) <= WIDTH else [f"# {w['chronology']}", "", *self.para(self.tl.title)]
        if self.tl.description:
            yield self.para(self.tl.description)
        if self.tl.updated is not None:
            yield [f"{w['updated']}: {escape(w.partial(self.tl.updated))}", ""]
        if mermaid:
            yield self.mermaid()
        yield from self.body()
        yield self.sources()
        if findings:
            block = [f"## {w['findings']}", ""]
            for f in findings:
                block += wrap(escape(f.render()), "- ", "  ")
            yield [*block, ""]
        if self.notes.numbers:  # after the body: footnotes are numbered in reading order
            yield [f"## {w['evidence']}", ""]
            yield from self.notes.render()
            yield [""]

    def para(self, text: str) -> list[str]:
        return [*wrap(escape(text), "", ""), ""]

    def body(self) -> Iterator[list[str]]:
        """Sections by year and month (see ``_sections``), then the entries no constraint places."""
        w = self.words
        years, loose = sections(self.chron, w)
        for section in years:
            yield [f"## {escape(section.label)}", ""]
            for month, entries in section.months:
                if month is not None:
                    yield [f"### {escape(w.month(month))} {section.year}", ""]
                elif len(section.months) > 1:
                    yield [f"### {escape(w['year_only'].format(section.year))}", ""]
                for e in entries:
                    yield self.item(e, 0)
                yield [""]
        if loose:
            yield [f"## {w['no_date']}", ""]
            for e in loose:
                yield self.item(e, 0)
            yield [""]

    def mermaid(self) -> list[str]:
        """A Mermaid ``timeline`` block (GitHub renders it) of the dated top-level entries.

        Lines are cut to 80 columns with an ellipsis: it is an overview; the list below is complete.
        """
        plain = Words(self.words.language, self.words.style)
        lines = ["```mermaid", "timeline", _fit(f"    title {_mermaid_text(self.tl.title)}")]
        last = None
        for e in self.chron.entries:
            if e.parent is not None or e.when is None:
                continue
            label = _mermaid_text(plain.when(e.when, e.zone))
            text = plain.report(e.source) if e.source is not None else e.title
            if label == last:
                lines.append(_fit(f"        : {_mermaid_text(text)}"))
            else:
                lines.append(_fit(f"    {label} : {_mermaid_text(text)}"))
            last = label
        return [*lines, "```", ""]

    def item(self, e: Entry, depth: int) -> list[str]:
        w = self.words
        label = w.when(e.when, e.zone)
        if e.when is None:
            relations = w.relations(e, self.by_id)
            label += f", {relations}" if relations else ""
        if label.startswith(self.lower_starts):
            label = label[:1].upper() + label[1:]
        text, cites = self.text(e)
        indent = "  " * depth
        lines = wrap(f"**{escape(label)}** \u2013 {text}{self.notes.refs(cites)}", f"{indent}- ", indent + "  ")
        for child in self.children.get(e.id, ()):
            lines += self.item(child, depth + 1)
        return lines

    def text(self, e: Entry) -> tuple[str, tuple[Citation, ...]]:
        w = self.words
        if e.source is not None:
            return escape(w.report(e.source)), e.citations
        ev = e.event
        assert ev is not None
        text = escape(ev.title)
        if ev.status != "confirmed":
            text += f" ({escape(w[ev.status])})"
        if ev.description:
            text += ("" if ev.title.endswith((".", "!", "?")) else ".") + f" {escape(ev.description)}"
        return text, e.citations

    def sources(self) -> list[str]:
        if not self.tl.sources:
            return []
        lines = [f"## {self.words['sources']}", ""]
        for src in self.tl.sources:
            line = source_label(src, self.words, self.tl)
            if src.about and src.about != src.name:
                line += f": {escape(src.about)}"
            lines += wrap(line, "- ", "  ")
        return [*lines, ""]


def _mermaid_text(text: str) -> str:
    """Text for a Mermaid timeline line: one line, no ':' or '#' (its separators), no markup."""
    return " ".join(text.replace(":", "\u2236").replace("#", "\uff03").replace(";", ",").split()) or "-"


def _fit(line: str) -> str:
    return line if len(line) <= WIDTH else line[: WIDTH - 1].rstrip() + "\u2026"
