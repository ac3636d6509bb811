"""The drawn timeline of the HTML page: an inline SVG with a horizontal time axis, made in Python.

Every dated entry gets a row: its date and text, and below them its mark on the shared axis. A day
(or a time) is a dot, a span a bar, and a date known only to the month or year a hatched bar over
that whole month or year, so no mark is more precise than the reporting. Long empty stretches
between clusters of entries (1967 ... 2023 ... November 2024) are cut out of the axis and shown as
a break (//); each cluster has its own linear scale. An open end runs to the edge with an arrow.
Undated entries are not drawn at all: the page lists them beside the chart.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from html import escape
from typing import Literal

import arrow.locales

from ..dates import DAY_SECONDS, Interval, PartialDate, Precision, Span, zone
from ..ordering import Entry

__all__ = ["CSS", "Row", "chart"]

WIDTH, PAD, GAP = 400.0, 8.0, 20.0  # viewBox width, margin, width of a break in the axis
AXIS_Y, TOP, ROW = 40.0, 50.0, 36.0  # the axis line, the first row, the height of a row
MAX_SEGMENTS = 5
BOLD_EM, TEXT_EM = 7.6, 6.7  # average advance of a label character in the bold date and in the text
COLORS = {"event": "#1d4f91", "report": "#7a5c2e"}
YEAR, MONTH, DAY = 0, 1, 2  # tick units
#: Tick steps, finest first: (unit, step, about how many days one step is).
STEPS = (
    *((DAY, n, float(n)) for n in (1, 2, 7, 14)),
    *((MONTH, n, n * 30.44) for n in (1, 2, 3, 6)),
    *((YEAR, n * 10**k, n * 10**k * 365.25) for k in range(4) for n in (1, 2, 5)),
)
_SWATCHES = ("dot", "bar", "hatch", "report")
#: What :func:`html.escape` replaces (with ``quote=True``).
_ESCAPED = re.compile("[&<>\"']")
#: Chart title, caption, and one legend text per swatch, per language.
_WORDS = {
    "de": (
        "Zeitleiste der datierten Einträge",
        "Jede Zeile ein datierter Eintrag. Lücken in der Zeitachse sind mit // markiert.",
        *("Tag", "Zeitraum", "nur Monat oder Jahr bekannt", "Bericht"),
    ),
    "en": (
        "Timeline of the dated entries",
        "One row per dated entry. Breaks in the time axis are marked //.",
        *("day", "period", "month or year only", "report"),
    ),
}


@dataclass(frozen=True, slots=True)
class Row:
    """A dated entry with its date and text as the page writes them (on one line, not escaped)."""

    entry: Entry
    date: str
    text: str


@dataclass(frozen=True, slots=True)
class _Piece:
    kind: Literal["dot", "bar", "hatch"]
    start: int
    end: int
    hollow: bool = False


@dataclass(slots=True)
class _Segment:
    """A stretch of the axis on one linear scale; ``finest`` is the finest tick unit its entries allow."""

    start: int
    end: int
    x: float = 0.0
    width: float = 0.0
    weight: int = 0
    finest: int = YEAR

    def at(self, t: int) -> float:
        t = min(max(t, self.start), self.end)
        return self.x + (t - self.start) / max(self.end - self.start, 1) * self.width


def _e(text: str) -> str:
    return escape(text, quote=True) if _ESCAPED.search(text) else text


def _n(x: float) -> str:
    """A coordinate with one decimal at most: ``12``, ``12.5``."""
    text = f"{x:.1f}".removesuffix(".0")
    return "0" if text == "-0" else text


def _point(p: PartialDate, tz: tzinfo, iv: Interval | None = None) -> _Piece:
    """The mark of one date; ``iv`` is its interval in ``tz`` when the caller has it already."""
    if iv is None:
        iv = p.interval(tz)
    if p.precision < Precision.DAY:
        return _Piece("hatch", iv.start, iv.end)
    return _Piece("dot", iv.start, iv.end, hollow=bool(p.qualifier))


def _pieces(e: Entry) -> tuple[list[_Piece], bool, bool]:
    """The marks of an entry, and whether it is open to the left and to the right."""
    tz, when, iv = zone(e.zone), e.when, e.interval
    if isinstance(when, PartialDate):  # the entry's interval is this date's, in the entry's zone
        return [_point(when, tz, iv)], False, False
    assert isinstance(when, Span)
    assert iv is not None
    if when.start is None:
        assert when.end is not None
        return [_point(when.end, tz)], True, False
    if when.end is None and when.duration is None:
        return [_point(when.start, tz)], False, True
    if when.duration is not None and when.start.precision < Precision.DAY:
        return [_Piece("hatch", iv.start, iv.end)], False, False
    out, lo, hi = [], iv.start, iv.end
    for part, first in ((when.start, True), (when.end, False)):
        if part is not None and part.precision < Precision.DAY:  # a coarse end: hatched over its period
            p = part.interval(tz)
            out.append(_Piece("hatch", p.start, p.end))
            lo, hi = (p.end, hi) if first else (lo, p.start)
    return ([_Piece("bar", lo, hi)] if lo < hi else []) + out, False, False


def _local_date(t: int, tz: tzinfo) -> date:
    try:
        return datetime.fromtimestamp(t, tz).date()
    except (OverflowError, ValueError, OSError):
        return date.min if t < 0 else date.max


def _day(d: date, tz: tzinfo) -> Interval:
    return PartialDate(d.year, d.month, d.day).interval(tz)


def _clusters(ranges: list[tuple[int, int]], tz: tzinfo) -> list[list[int]]:
    """The whole local days the ranges cover, joined where they lie close together."""
    known: dict[date, Interval] = {}  # each local day's interval, computed once: many ranges share days

    def day(t: int) -> Interval:
        d = _local_date(t, tz)
        iv = known.get(d)
        if iv is None:
            iv = known[d] = _day(d, tz)
        return iv

    days = sorted((day(a).start, day(b - 1).end) for a, b in ranges)
    out = [list(days[0])]
    for start, end in days[1:]:
        cur = out[-1]
        if start <= cur[1] + max(7 * DAY_SECONDS, min(cur[1] - cur[0], end - start) // 2):
            cur[1] = max(cur[1], end)
        else:
            out.append([start, end])
    return out


def _segments(clusters: list[list[int]], n: int) -> list[_Segment]:
    """``n`` segments: the clusters, joined across all but the ``n - 1`` widest gaps."""
    gaps = sorted(range(1, len(clusters)), key=lambda i: (clusters[i][0] - clusters[i - 1][1], -i), reverse=True)
    breaks = set(gaps[: n - 1])
    out: list[_Segment] = []
    for i, (start, end) in enumerate(clusters):
        if not out or i in breaks:
            out.append(_Segment(start, end))
        else:
            out[-1].end = max(out[-1].end, end)
    return out


class _Axis:
    """The segments of the axis with their places, ticks and headers, in one zone and language."""

    def __init__(self, ranges: list[tuple[int, int]], units: list[int], tz: tzinfo, language: str) -> None:
        self.tz = tz
        self.months = arrow.locales.get_locale(language).month_abbreviations
        self.dot = "." if language == "de" else ""
        clusters = _clusters(ranges, tz)
        n = min(len(clusters), MAX_SEGMENTS)
        while True:  # fewer breaks until every segment has room for its header
            self.segments = _segments(clusters, n)
            need = sum(self._min_width(s) for s in self.segments) + GAP * (n - 1)
            if need <= WIDTH - 2 * PAD or n == 1:
                break
            n -= 1
        for (start, _), unit in zip(ranges, units, strict=True):
            seg = self.segment(start)
            seg.weight, seg.finest = seg.weight + 1, max(seg.finest, unit)
        extra, total, x = max(WIDTH - 2 * PAD - need, 0.0), len(ranges), PAD
        for s in self.segments:  # what is left over goes to the segments by their number of entries
            s.x, s.width = x, self._min_width(s) + extra * s.weight / total
            x += s.width + GAP

    def segment(self, t: int) -> _Segment:
        return self.segments[max(bisect_right([s.start for s in self.segments], t) - 1, 0)]

    def _min_width(self, s: _Segment) -> float:
        days = (s.end - s.start) / DAY_SECONDS
        return max(40.0, len(self.header(s, DAY if days <= 92 else MONTH if days <= 1100 else YEAR)) * 7.0 + 10)

    def unit(self, s: _Segment) -> tuple[int, int]:
        """The finest (unit, step) whose ticks stand far enough apart, and no finer than the entries."""
        per_day = s.width * DAY_SECONDS / max(s.end - s.start, 1)
        for unit, step, days in STEPS:
            if unit <= s.finest and days * per_day >= (30 if unit == YEAR else 26):
                return unit, step
        return YEAR, 10**4

    def header(self, s: _Segment, unit: int) -> str:
        a, b, m = _local_date(s.start, self.tz), _local_date(s.end - 1, self.tz), self.months
        if unit == YEAR:
            return ""
        if unit == MONTH:
            return str(a.year) if a.year == b.year else f"{a.year}\u2013{b.year}"
        if a.year != b.year:
            return f"{m[a.month]} {a.year} \u2013 {m[b.month]} {b.year}"
        return f"{m[a.month]} {a.year}" if a.month == b.month else f"{m[a.month]}\u2013{m[b.month]} {b.year}"

    def ticks(self, s: _Segment) -> Iterator[tuple[float, str]]:
        """(x, label) of each tick, at the middle of its day, month or year."""
        a, b = _local_date(s.start, self.tz), _local_date(s.end - 1, self.tz)
        for value, label in self._candidates(*self.unit(s), a, b):
            iv = value.interval(self.tz)
            mid = iv.start + (iv.end - iv.start) // 2
            if s.start <= mid < s.end:
                yield s.at(mid), label

    def _candidates(self, unit: int, step: int, a: date, b: date) -> Iterator[tuple[PartialDate, str]]:
        if unit == YEAR:
            yield from ((PartialDate(y), str(y)) for y in range(a.year + (-a.year) % step, b.year + 1, step))
        elif unit == MONTH:
            for y, m in (divmod(i, 12) for i in range(a.year * 12 + a.month - 1, b.year * 12 + b.month)):
                if m % step == 0:
                    yield PartialDate(y, m + 1), str(y) if m == 0 and a.year != b.year else self.months[m + 1]
        else:
            days = {1: range(1, 32), 2: range(1, 30, 2), 7: (1, 8, 15, 22), 14: (1, 15)}[step]
            for d in map(date.fromordinal, range(a.toordinal(), b.toordinal() + 1)):
                if d.day in days:
                    label = self.months[d.month] if d.day == 1 and a.month != b.month else f"{d.day}{self.dot}"
                    yield PartialDate(d.year, d.month, d.day), label


def chart(rows: Sequence[Row], tz: str, language: str) -> str:
    """The chart as a ``<figure>``: the SVG, its legend and caption ("" without rows)."""
    return "".join(chart_parts(rows, tz, language))


def chart_parts(rows: Sequence[Row], tz: str, language: str) -> Iterator[str]:
    """:func:`chart` in parts: the frame, then one part per row (nothing without rows)."""
    if not rows:
        return
    words = _WORDS[language]
    marks = [_pieces(r.entry) for r in rows]
    ranges = [(min(p.start for p in ps), max(p.end for p in ps)) for ps, _, _ in marks]
    axis = _Axis(ranges, [min(int(r.entry.precision or 1), 3) - 1 for r in rows], zone(tz), language)
    height = TOP + ROW * len(rows) + 6
    head = [
        f'<figure class="chart-box">\n<svg class="chart" viewBox="0 0 {_n(WIDTH)} {_n(height)}" role="group"'
        f' aria-labelledby="chart-title">\n<title id="chart-title">{_e(words[0])}</title>\n<defs>',
        *(
            f'<pattern id="hatch-{lane}" width="5" height="5" patternUnits="userSpaceOnUse"'
            f' patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/>'
            f'<line x1="1" y1="0" x2="1" y2="5" stroke="{color}" stroke-width="2"/></pattern>'
            for lane, color in COLORS.items()
        ),
        "</defs>",
        *_frame(axis, height),
    ]
    yield "\n".join(head)
    for i, (row, (pieces, left, right), rng) in enumerate(zip(rows, marks, ranges, strict=True)):
        yield "\n" + _row(row, TOP + i * ROW, pieces, (left, right), axis.segment(rng[0]))
    legend = "".join(f'<li><span class="sw {c}"></span>{_e(w)}</li>' for c, w in zip(_SWATCHES, words[2:], strict=True))
    yield f'\n</svg>\n<ul class="legend">{legend}</ul>\n<figcaption>{_e(words[1])}</figcaption>\n</figure>'


def _frame(axis: _Axis, height: float) -> Iterator[str]:
    """Segment bands, axis line, breaks, headers, ticks and grid lines."""
    ay = _n(AXIS_Y)
    for i, s in enumerate(axis.segments):
        x = _n(s.x)
        yield f'<rect class="band" x="{x}" y="{ay}" width="{_n(s.width)}" height="{_n(height - AXIS_Y)}"/>'
        yield f'<line class="axis" x1="{x}" y1="{ay}" x2="{_n(s.x + s.width)}" y2="{ay}"/>'
        head = axis.header(s, axis.unit(s)[0])
        if head:
            yield f'<text class="head" x="{x}" y="13">{_e(head)}</text>'
        for tx, label in axis.ticks(s):
            t = _n(tx)
            yield f'<line class="grid" x1="{t}" y1="{ay}" x2="{t}" y2="{_n(height)}"/>'
            yield f'<line class="tick" x1="{t}" y1="{_n(AXIS_Y - 5)}" x2="{t}" y2="{ay}"/>'
            yield f'<text class="tl" x="{t}" y="{_n(AXIS_Y - 9)}">{_e(label)}</text>'
        for dx in (-6.0, 0.0) if i else ():
            x1, x2, y1, y2 = _n(s.x - GAP / 2 + dx), _n(s.x - GAP / 2 + dx + 6), _n(AXIS_Y + 6), _n(AXIS_Y - 6)
            yield f'<line class="break" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'


def _row(row: Row, top: float, pieces: list[_Piece], open_ends: tuple[bool, bool], seg: _Segment) -> str:
    """One entry: a link to it in the chronology, with its full text as tooltip, label and marks."""
    lane, y, room = row.entry.lane, top + 25, WIDTH - 2 * PAD - 6
    date = _clip(row.date, int(room * 0.7 / BOLD_EM))
    label = _clip(row.text, int((room - len(date) * BOLD_EM) / TEXT_EM))
    out = [
        f'<a class="row {lane}" href="#entry-{_e(row.entry.id)}"><title>{_e(row.date)}: {_e(row.text)}</title>',
        f'<text class="label" x="{_n(PAD)}" y="{_n(top + 13)}"><tspan class="d">{_e(date)}</tspan> {_e(label)}</text>',
    ]
    xs = [seg.at(t) for p in pieces for t in (p.start, p.end)]
    if open_ends[0]:
        out.append(_arrow(min(xs), PAD, y))
    if open_ends[1]:
        out.append(_arrow(max(xs), WIDTH - PAD, y))
    return "".join([*out, *(_mark(p, seg, y, lane) for p in pieces), "</a>"])


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: max(n - 1, 1)].rstrip() + "\u2026"


def _mark(p: _Piece, seg: _Segment, y: float, lane: str) -> str:
    color = COLORS[lane]
    if p.kind == "dot":
        cx, fill = seg.at(p.start + (p.end - p.start) // 2), "#fff" if p.hollow else color
        return f'<circle cx="{_n(cx)}" cy="{_n(y)}" r="4.5" fill="{fill}" stroke="{color}" stroke-width="1.5"/>'
    x0, x1 = seg.at(p.start), seg.at(p.end)
    if x1 - x0 < 3:  # shorter than the eye can see: 3 units wide around its middle
        x0, x1 = (x0 + x1) / 2 - 1.5, (x0 + x1) / 2 + 1.5
    fill = f"url(#hatch-{lane})" if p.kind == "hatch" else color
    box = f'x="{_n(x0)}" y="{_n(y - 5)}" width="{_n(x1 - x0)}" height="10"'
    return f'<rect {box} rx="1.5" fill="{fill}" stroke="{color}"/>'


def _arrow(x: float, edge: float, y: float) -> str:
    back = _n(edge - (6.0 if edge > x else -6.0))
    return (
        f'<line class="open" x1="{_n(x)}" y1="{_n(y)}" x2="{back}" y2="{_n(y)}"/>'
        f'<path class="open-head" d="M{back} {_n(y - 4)}L{_n(edge)} {_n(y)}L{back} {_n(y + 4)}Z"/>'
    )


CSS = """\
figure{margin:.75rem 0 0}
svg.chart{display:block;width:100%;height:auto;max-width:36rem;font-family:var(--sans)}
.chart .band{fill:var(--band)} .chart .grid{stroke:#fff} .chart .axis,.chart .tick,.chart .break{stroke:var(--ink)}
.chart .head{font-size:11px;font-weight:700;fill:var(--ink)} .chart .d{font-weight:700}
.chart .tl{font-size:10.5px;fill:var(--muted);text-anchor:middle} .chart .label{font-size:12.5px;fill:var(--ink)}
.chart .row.event{color:#1d4f91} .chart .row.report{color:#7a5c2e} .chart .row.report .label{fill:#4a3a20}
.chart .open{stroke:currentColor;stroke-width:1.5;stroke-dasharray:3 2} .chart .open-head{fill:currentColor}
.chart a.row:hover .label,.chart a.row:focus .label{text-decoration:underline}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;margin:.6rem 0 0;padding:0;list-style:none;
font:.8rem/1.4 var(--sans);color:var(--muted)}
.sw{display:inline-block;width:1.3rem;height:.7rem;margin-right:.4rem;vertical-align:-.05rem;border-radius:2px;
border:1px solid var(--accent);background:var(--accent)}
.sw.dot{width:.7rem;border-radius:50%} .sw.report{border-color:var(--report);background:var(--report)}
.sw.hatch{background:repeating-linear-gradient(45deg,var(--accent) 0 1.5px,#fff 1.5px 4px)}
figcaption{margin-top:.4rem;font:.8rem/1.45 var(--sans);color:var(--muted)}
@media print{svg.chart{max-width:12cm} figure{break-inside:avoid}}
"""
