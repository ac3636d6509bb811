"""Markdown: a chronology a newsroom can publish.

Grouped by year and month; each entry as ``- **8. November 2024** – what happened[^3]``; parts of
an entry (a trip's stops) nested under it in order; reports written as "Die Zeit berichtet: ...";
every piece of evidence a numbered footnote with its source and the quoted passage; a list of all
sources at the end. Dates keep their precision: "November 2024" stays a month.

Every text from the timeline is escaped, so titles with ``*``, ``_``, ``[``, ``|``, ``#`` or
``<script>`` render as the characters they are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from ..dates import NEG_INF, POS_INF, PartialDate, Precision, Span
from ..humanize import Words
from ..model import Citation, Source, Timeline
from ..ordering import Chronology, Entry, chronology

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#$&^!{}])")
_SPACE = re.compile(r"\s+")


def escape(text: str) -> str:
    """``text`` as inline Markdown that shows exactly these characters, on one line.

    >>> escape("*bold* [x](y) <b>")
    '\\\\*bold\\\\* \\\\[x\\\\](y) \\\\<b\\\\>'
    """
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", text).strip())


@dataclass
class _Notes:
    """Footnotes numbered by first use; one per distinct (source, quote)."""

    words: Words
    timeline: Timeline
    numbers: dict[tuple[str, str | None], int] = field(default_factory=dict)

    def refs(self, citations: tuple[Citation, ...]) -> str:
        out = ""
        for cit in citations:
            key = (cit.source, cit.quote)
            if key not in self.numbers:
                self.numbers[key] = len(self.numbers) + 1
            out += f"[^{self.numbers[key]}]"
        return out

    def render(self) -> list[str]:
        lines = []
        for (source_id, quote), number in self.numbers.items():
            src = self.timeline.source(source_id)
            text = source_label(src, self.words, self.timeline) if src else escape(source_id)
            if quote:
                text += ": " + escape(self.words.quote(quote))
            lines.append(f"[^{number}]: {text}")
        return lines


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


def _group(entry: Entry) -> tuple[int, int | None] | None:
    when = entry.when.start if isinstance(entry.when, Span) else entry.when
    if not isinstance(when, PartialDate):
        return None
    return when.year, when.month if when.precision >= Precision.MONTH else None


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
    ) -> None:
        self.language = language
        self.style: Literal["dmy", "mdy"] = style
        self.weekday = weekday

    def export(self, timeline: Timeline, /) -> str:
        """The chronology document, ending in one newline."""
        words = Words(self.language or timeline.language, self.style, self.weekday)
        return _Renderer(timeline, words, chronology(timeline)).render()

    def notes(self, timeline: Timeline, /) -> list[str]:
        """Markdown shows every entry: nothing to report."""
        return []


class _Renderer:
    def __init__(self, timeline: Timeline, words: Words, chron: Chronology) -> None:
        self.tl = timeline
        self.words = words
        self.chron = chron
        self.notes = _Notes(words, timeline)
        self.by_id = {e.id: e for e in chron.entries}
        self.children: dict[str, list[Entry]] = defaultdict(list)
        for e in chron.entries:
            if e.parent is not None:
                self.children[e.parent].append(e)

    def render(self) -> str:
        w = self.words
        lines = [f"# {w['chronology']}: {escape(self.tl.title)}", ""]
        if self.tl.description:
            lines += [escape(self.tl.description), ""]
        if self.tl.updated is not None:
            lines += [f"*{w['updated']}: {escape(w.partial(self.tl.updated))}*", ""]
        loose = []
        year: int | None = None
        group: tuple[int, int | None] | None = None
        for e in self.chron.entries:
            if e.parent is not None:
                continue
            if e.interval is None and self.chron.bounds[e.id] == (NEG_INF, POS_INF):
                loose.append(e)
                continue
            g = _group(e)
            if g is not None and g != group:
                lines.append("")
                if g[0] != year:
                    lines += [f"## {g[0]}", ""]
                if g[1] is not None:
                    lines += [f"### {escape(w.month(g[1]))} {g[0]}", ""]
                elif g[0] == year:
                    lines += [f"### {escape(w['year_only'].format(g[0]))}", ""]
                year, group = g[0], g
            lines += self.item(e, 0)
        lines.append("")
        if loose:
            lines += [f"## {w['no_date']}", ""]
            for e in loose:
                lines += [*self.item(e, 0), ""]
        lines += self.sources()
        footnotes = self.notes.render()
        if footnotes:
            lines += [f"## {w['evidence']}", "", *footnotes, ""]
        return "\n".join(_tidy(lines)).rstrip("\n") + "\n"

    def item(self, e: Entry, depth: int) -> list[str]:
        w = self.words
        label = w.when(e.when, e.zone)
        if e.when is None:
            label += self.constraint_words(e)
        text, cites = self.text(e)
        indent = "  " * depth
        label = label[:1].upper() + label[1:]
        lines = [f"{indent}- **{escape(label)}** \u2013 {text}{self.notes.refs(cites)}"]
        for child in self.children.get(e.id, ()):
            lines += self.item(child, depth + 1)
        return lines

    def constraint_words(self, e: Entry) -> str:
        w = self.words
        parts = [f"{w['after']} {self.title_of(a)}" for a in e.after]
        parts += [f"{w['before']} {self.title_of(b)}" for b in e.before]
        parts += [f"{w['during']} {self.title_of(d)}" for d in e.during]
        return ", " + ", ".join(parts) if parts else ""

    def title_of(self, ident: str) -> str:
        entry = self.by_id.get(ident)
        if entry is None:
            return ident
        if entry.event is not None:
            return entry.event.title
        return entry.source.name if entry.source else ident

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
            line = f"- {source_label(src, self.words, self.tl)}"
            if src.about and src.about != src.name:
                line += f": {escape(src.about)}"
            lines.append(line)
        return [*lines, ""]


def _tidy(lines: list[str]) -> list[str]:
    """Collapse runs of blank lines to one."""
    out: list[str] = []
    for line in lines:
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
    return out
