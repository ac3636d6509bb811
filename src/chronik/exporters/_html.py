"""HTML: one self-contained page with the chronology and a drawn timeline.

The page holds what the Markdown chronology holds - sections by year and month, dates as people
write them, reports set apart from events, a trip's undated parts nested under it in order, every
piece of evidence a numbered footnote with its source, date, quote and link - and above it a chart
of the dated entries (see :mod:`._svg`), with the undated ones listed beside it.

It loads nothing: no scripts, fonts, images or style sheets, and a Content-Security-Policy that
forbids them, so even markup smuggled into a title could not fetch anything. Every text from the
timeline is escaped; URLs appear only as the ``href`` of http(s) links.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import escape
from typing import ClassVar
from urllib.parse import urlsplit

from ..check import Finding
from ..dates import PartialDate, When
from ..humanize import Words
from ..model import Citation, Source, Timeline
from ..ordering import Chronology, Entry
from ..prepared import Prepared
from . import _svg
from ._sections import sections

__all__ = ["CSP", "HtmlExporter"]

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_SPACE = re.compile(r"\s+")
_DOT = " \u00b7 "
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
#: What :func:`html.escape` replaces (with ``quote=True``).
_ESCAPED = re.compile("[&<>\"']")
#: The page's own words: chart heading, report badge, heading of the undated list, footnote back link.
_PAGE = {
    "de": ("Zeitleiste", "Bericht", "Ohne Datum, nicht im Diagramm", "zurück zum Eintrag"),
    "en": ("Timeline", "Report", "Undated, not in the chart", "back to the entry"),
}


def clean(value: str) -> str:
    """``value`` on one line, without control characters."""
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        # One line of single spaces already: no control character and no whitespace but the
        # space is printable.
        return value
    return clean_slow(value)


def clean_slow(value: str) -> str:
    """:func:`clean` in full for any text (the oracle of its fast path)."""
    return _CONTROL.sub("", _SPACE.sub(" ", value)).strip()


def text(value: str) -> str:
    """``value`` as HTML text or attribute value: clean, then escaped."""
    value = clean(value)
    return escape(value, quote=True) if _ESCAPED.search(value) else value


def link(url: str | None, cls: str = "src-link") -> str:
    """`` <a href="…">host</a>`` for an http(s) URL, else nothing."""
    parts = urlsplit(url or "")
    if not url or parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    return f' <a class="{cls}" href="{escape(url, quote=True)}" rel="noreferrer">{text(parts.hostname)}</a>'


def _time(value: When | None, label: str) -> str:
    """``<time>`` where HTML can say the value (a plain date or date-time), else a ``<span>``."""
    if isinstance(value, PartialDate) and not value.qualifier:
        return f'<time datetime="{text(str(value))}">{text(label)}</time>'
    return f"<span>{text(label)}</span>"


def _section(cls: str, heading: str, body: str) -> str:
    return f'<section class="{cls}">\n<h2>{text(heading)}</h2>\n{body}\n</section>'


def source_label(src: Source, words: Words, timeline: Timeline) -> str:
    """``Die Zeit, 8. November 2024 – title (file) host``, with the host linked; escaped."""
    out = f'<span class="src">{text(src.name)}</span>'
    if src.published is not None:
        out += ", " + _time(src.published, words.partial(src.published, timeline.timezone or "UTC"))
    if src.title and src.publisher:
        out += f" \u2013 {text(src.title)}"
    if src.file:
        out += f" ({text(src.file)})"
    return out + link(src.url)


@dataclass
class _Notes:
    """Footnotes numbered by first use, one per distinct (source, quote), linked both ways."""

    words: Words
    timeline: Timeline
    numbers: dict[tuple[str, str | None], int] = field(default_factory=dict)
    uses: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    def refs(self, citations: tuple[Citation, ...]) -> str:
        out = []
        for cit in citations:
            n = self.numbers.setdefault((cit.source, cit.quote), len(self.numbers) + 1)
            self.uses[n] += 1
            out.append(f'<a href="#note-{n}" id="ref-{n}-{self.uses[n]}">{n}</a>')
        return f'<sup class="refs">{", ".join(out)}</sup>' if out else ""

    def render(self, back: str) -> Iterator[str]:
        """The list of footnotes, one part per footnote (nothing when there are none)."""
        labels: dict[str, str] = {}  # a source's label, written once per source, not per footnote
        label = text(back)
        for k, ((source_id, quote), n) in enumerate(self.numbers.items()):
            src = self.timeline.source(source_id)
            if src is None:
                body = text(source_id)
            elif source_id in labels:
                body = labels[source_id]
            else:
                body = labels[source_id] = source_label(src, self.words, self.timeline)
            if quote:
                body += f': <span class="quote">{text(self.words.quote(quote))}</span>'
            body += "".join(
                [
                    f' <a class="back" href="#ref-{n}-{u}" aria-label="{label}">\u21a9</a>'
                    for u in range(1, self.uses[n] + 1)
                ]
            )
            yield ('<ol class="notes">\n' if k == 0 else "\n") + f'<li id="note-{n}">{body}</li>'
        if self.numbers:
            yield "\n</ol>"


class HtmlExporter:
    """A self-contained HTML5 page: the chronology and a drawn timeline, in German or English."""

    name: ClassVar[str] = "html"
    suffix: ClassVar[str] = ".html"
    media_type: ClassVar[str] = "text/html"

    def __init__(self, *, language: str | None = None, findings: bool = False) -> None:
        self.language = language
        self.findings = findings
        """Add the check findings (``chronik check``) after the sources: for editors, not for readers."""

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The page, ending in one newline."""
        return "".join(self.chunks(Prepared.of(timeline)))

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The page in parts: head, masthead, chart, then one part per entry of the chronology."""
        timeline = prepared.timeline
        words = Words(self.language or timeline.language)
        findings = prepared.findings if self.findings else []
        return _Page(timeline, words, prepared.chronology).render(findings)

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """The page shows every entry: nothing to report."""
        return []


class _Page:
    def __init__(self, timeline: Timeline, words: Words, chron: Chronology) -> None:
        self.tl, self.w, self.chron = timeline, words, chron
        self.own = _PAGE[words.language]
        self.notes = _Notes(words, timeline)
        self.by_id = {e.id: e for e in chron.entries}
        self.children = chron.parts()
        self._labels: dict[int, str] = {}  # date labels by id() of their entry, which the chronology keeps alive

    def render(self, findings: list[Finding]) -> Iterator[str]:
        """The page in parts; the parts of the page are joined by newlines, empty ones left out."""
        yield (
            f'<!DOCTYPE html>\n<html lang="{self.w.language}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="referrer" content="no-referrer">\n'
            f"<title>{text(self.w['chronology'] + ': ' + self.tl.title)}</title>\n"
            f'<style>\n{CSS}{_svg.CSS}</style>\n</head>\n<body>\n<main class="page">\n'
        )
        yield self.masthead()  # never empty
        yield from self.overview()
        yield "\n"
        yield from self.chronology()
        sources = self.sources()
        if sources:
            yield "\n" + sources
        if findings:
            items = "\n".join(f"<li>{text(f.render())}</li>" for f in findings)
            yield "\n" + _section("findings", self.w["findings"], f'<ul class="findings">\n{items}\n</ul>')
        if self.notes.numbers:
            head, tail = _section("evidence", self.w["evidence"], "\0").split("\0")
            yield "\n" + head
            yield from self.notes.render(self.own[3])
            yield tail
        yield "\n</main>\n</body>\n</html>\n"

    def masthead(self) -> str:
        out = ['<header class="masthead">', f'<p class="kicker">{text(self.w["chronology"])}</p>']
        out.append(f"<h1>{text(self.tl.title)}</h1>")
        if self.tl.description:
            out.append(f'<p class="dek">{text(self.tl.description)}</p>')
        if self.tl.updated is not None:
            updated = _time(self.tl.updated, self.w.partial(self.tl.updated))
            out.append(f'<p class="updated">{text(self.w["updated"])}: {updated}</p>')
        return "\n".join([*out, "</header>"])

    def overview(self) -> Iterator[str]:
        """The chart of the dated entries, and the undated entries beside it, led by a newline (nothing if neither)."""
        dated = [e for e in self.chron.entries if e.interval is not None]
        undated = [e for e in self.chron.entries if e.interval is None]
        if not dated and not undated:
            return
        yield f'\n<section class="overview">\n<h2>{text(self.own[0])}</h2>\n<div class="overview-grid">\n'
        rows = [_svg.Row(e, clean(self.date_label(e)), clean(self.plain(e))) for e in dated]
        yield from _svg.chart_parts(rows, self.tl.timezone or "UTC", self.w.language)
        if undated:
            yield f'\n<aside class="undated">\n<h3>{text(self.own[2])}</h3>\n<ul>\n'
            for k, e in enumerate(undated):
                yield ("\n" if k else "") + self.undated_item(e)
            yield "\n</ul>\n</aside>"
        yield "\n</div>\n</section>"

    def undated_item(self, e: Entry) -> str:
        rel = self.relations(e, with_parent=True)
        rel = f' <span class="rel">{text(rel)}</span>' if rel else ""
        return f'<li><a href="#entry-{text(e.id)}">{text(self.plain(e))}</a>{rel}</li>'

    def chronology(self) -> Iterator[str]:
        """Entries by year and month, laid out exactly as the Markdown chronology (see ``_sections``).

        One part per top-level entry (with its parts), each line after the first led by a newline.
        """
        years, loose = sections(self.chron, self.w)
        yield '<section class="chronology">'
        for section in years:
            yield f'\n<h2 class="year">{text(section.label)}</h2>'
            for month, entries in section.months:
                if month is not None:
                    yield f'\n<h3 class="month">{text(self.w.month(month))} {section.year}</h3>'
                elif len(section.months) > 1:
                    yield f'\n<h3 class="month">{text(self.w["year_only"].format(section.year))}</h3>'
                yield '\n<ol class="entries">'
                for e in entries:
                    yield "\n" + self.item(e)
                yield "\n</ol>"
        if loose:
            yield f"\n<h2>{text(self.w['no_date'])}</h2>\n" + '<ol class="entries">'
            for e in loose:
                yield "\n" + self.item(e)
            yield "\n</ol>"
        yield "\n</section>"

    def item(self, e: Entry) -> str:
        """One entry as a list item ``id="entry-<id>"``, with its parts nested in order."""
        cls = f"entry {e.lane} kind-{e.kind}"
        if e.event is not None and e.event.status != "confirmed":
            cls += f" status-{e.event.status}"
        when = _time(e.when, self.date_label(e))
        rel = self.relations(e) if e.when is None else ""
        when += f'<span class="rel">{text(rel)}</span>' if rel else ""
        what = self.what(e)  # before the parts: footnotes are numbered in reading order
        parts = "".join(self.item(c) for c in self.children.get(e.id, ()))
        parts = f'<ol class="parts">{parts}</ol>' if parts else ""
        return (
            f'<li class="{text(cls)}" id="entry-{text(e.id)}">\n<div class="when">{when}</div>\n'
            f'<div class="body">{what}{parts}</div>\n</li>'
        )

    def what(self, e: Entry) -> str:
        refs = self.notes.refs(e.citations)
        if e.source is not None:
            badge = f'<span class="badge">{text(self.own[1])}</span> '
            return f'<p class="what">{badge}{self.report(e.source)}{refs}{link(e.source.url)}</p>'
        ev = e.event
        assert ev is not None
        head = f"<strong>{text(ev.title)}</strong>"
        if ev.status != "confirmed":
            head += f' <span class="status">{text(self.w[ev.status])}</span>'
        if not ev.description:
            return f'<p class="what">{head}{refs}</p>{self.meta(e)}'
        return f'<p class="what">{head}</p><p class="desc">{text(ev.description)}{refs}</p>{self.meta(e)}'

    def report(self, src: Source) -> str:
        """``Die Zeit berichtet: …`` as :meth:`Words.report` words it, the publisher marked up."""
        about = src.about or src.title or ""
        if src.publisher is None:
            return text(self.w["report"].format(about=about))
        name = f'<span class="src">{text(src.publisher)}</span>'
        return self.w["reports"].format(publisher=name, about=text(about)) if about else name

    def meta(self, e: Entry) -> str:
        """``Ort: Boston · Beteiligte: Kai Wegner`` and the event's link."""
        assert e.event is not None
        place = self.tl.place(e.event.where) if e.event.where else None
        people = ", ".join(p.name for p in map(self.tl.person, e.event.who) if p is not None)
        parts = [f"{self.w['where']}: {place.name}"] if place else []
        parts += [f"{self.w['who']}: {people}"] if people else []
        more = link(e.event.url, "ext")
        return f'<p class="meta">{text(_DOT.join(parts))}{more}</p>' if parts or more else ""

    def date_label(self, e: Entry) -> str:
        """The entry's date in words, capitalised (kept: the chart and the list both show it)."""
        label = self._labels.get(id(e))
        if label is None:
            label = self.w.when(e.when, e.zone)
            label = self._labels[id(e)] = label[:1].upper() + label[1:]
        return label

    def relations(self, e: Entry, *, with_parent: bool = False) -> str:
        """``nach Station New York, vor …``: what places an undated entry (its parent too, if asked)."""
        return self.w.relations(e, self.by_id, with_parent=with_parent)

    def plain(self, e: Entry) -> str:
        """The entry's line as plain text, for the chart and the list of undated entries."""
        if e.source is not None:
            return self.w.report(e.source)
        assert e.event is not None
        return e.event.title + (f" ({self.w[e.event.status]})" if e.event.status != "confirmed" else "")

    def sources(self) -> str:
        items = []
        for src in self.tl.sources:
            about = f": {text(src.about)}" if src.about and src.about != src.name else ""
            items.append(f"<li>{source_label(src, self.w, self.tl)}{about}</li>")
        body = '<ul class="sources">\n' + "\n".join(items) + "\n</ul>"
        return _section("sources-box", self.w["sources"], body) if items else ""


CSS = """\
:root{--ink:#151515;--muted:#585858;--rule:#dcd8cf;--accent:#1d4f91;--report:#7a5c2e;--band:#f4f1ea;color-scheme:light;
--sans:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Liberation Sans",sans-serif;
--serif:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"Liberation Serif","DejaVu Serif",serif}
*,*::before,*::after{box-sizing:border-box} html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:var(--ink);font:1.0625rem/1.6 var(--serif);overflow-wrap:break-word}
.page{display:block;max-width:46rem;margin:0 auto;padding:1.5rem 1.1rem 3rem} a{color:var(--accent)}
:target{background:#fff3bf}
.masthead{border-bottom:3px solid var(--ink);padding-bottom:1.1rem;margin-bottom:.5rem}
.masthead+.overview>h2{border-top:0}
.kicker{margin:0 0 .4rem;font:700 .78rem/1.2 var(--sans);letter-spacing:.09em;text-transform:uppercase;
color:var(--accent)}
h1{margin:0 0 .6rem;font:700 clamp(1.7rem,6.5vw,2.6rem)/1.12 var(--serif);letter-spacing:-.01em}
.dek{margin:0 0 .8rem;font-size:1.15rem;line-height:1.5;color:#2a2a2a}
.updated{margin:0;font:.82rem/1.4 var(--sans);color:var(--muted)}
h2{margin:2.2rem 0 .4rem;padding-top:.5rem;border-top:1px solid var(--ink);font:700 1.45rem/1.2 var(--serif)}
h3{margin:1.3rem 0 .2rem;font:700 .78rem/1.3 var(--sans);letter-spacing:.08em;text-transform:uppercase;
color:var(--muted)}
.overview-grid{display:grid;gap:1rem 1.75rem;align-items:start}
@media (min-width:52rem){.overview-grid{grid-template-columns:minmax(0,1fr) 13rem}}
.undated h3{margin-top:.9rem} .undated ul{margin:.4rem 0 0;padding:0;list-style:none;font:.88rem/1.4 var(--sans)}
.undated li{padding:.45rem 0;border-top:1px solid var(--rule)}
.undated a{color:var(--ink);font-weight:600;text-decoration:none} .undated a:hover{text-decoration:underline}
.undated .rel{display:block;color:var(--muted);font-size:.8rem}
ol.entries,ol.parts{margin:0;padding:0;list-style:none}
.entry{display:grid;grid-template-columns:8.5rem minmax(0,1fr);gap:.15rem 1.1rem;padding:.8rem 0;
border-top:1px solid var(--rule)}
.entries>.entry:first-child{border-top:0}
@media (max-width:34rem){.entry{grid-template-columns:minmax(0,1fr)}}
.when{padding-top:.15rem;font:700 .85rem/1.4 var(--sans)}
.when .rel{display:block;margin-top:.1rem;font-weight:400;color:var(--muted)}
.what,.desc,.meta{margin:0} .desc{margin-top:.3rem}
.meta{margin-top:.35rem;font:.8rem/1.4 var(--sans);color:var(--muted)}
.status,.badge{display:inline-block;padding:.1rem .35rem;border:1px solid currentColor;border-radius:2px;
font:700 .66rem/1.2 var(--sans);letter-spacing:.06em;text-transform:uppercase;vertical-align:.12em;
white-space:nowrap;color:var(--muted)}
.entry.report>.body{padding-left:.8rem;border-left:3px solid var(--report);color:#3b3124}
.entry.report .badge{color:var(--report)} .entry.report .src{font-weight:700}
ol.parts{margin-top:.6rem;padding-left:.9rem;border-left:2px solid var(--accent)}
.parts .entry{grid-template-columns:minmax(0,1fr);padding:.55rem 0;border-top:1px dashed var(--rule)}
.parts>.entry:first-child{border-top:0;padding-top:.2rem}
sup.refs{margin-left:.15em;font:600 .7rem/0 var(--sans);white-space:nowrap}
sup.refs a{text-decoration:none} .back{text-decoration:underline;text-underline-offset:.15em}
.src-link,.ext{font:.8rem var(--sans);white-space:nowrap}
.sources,.notes{margin:.6rem 0 0;font:.86rem/1.5 var(--sans)} .sources{padding-left:1.1rem}
.notes{padding-left:2rem} .sources li,.notes li{margin:.35rem 0}
.sources .src,.notes .src{font-weight:700} .quote{font-family:var(--serif);font-style:italic}
@media print{body{font-size:10.5pt;color:#000} .page{max-width:none;padding:0} :target{background:none}
a{color:inherit;text-decoration:none} a.src-link::after,a.ext::after{content:" <" attr(href) ">";white-space:normal}
.entry,.notes li,.undated li{break-inside:avoid} h2,h3{break-after:avoid}
.overview-grid{grid-template-columns:minmax(0,1fr)}}
"""
