"""The table of `chronik show` as it was rendered before its fast path: the oracle of `test_table_fast`."""

from __future__ import annotations

import unicodedata

from chronik.humanize import Words
from chronik.model import Timeline
from chronik.ordering import chronology

__all__ = ["render_table"]

_HEAD = {"de": ("#", "Datum", "Art", "Eintrag", "Quellen"), "en": ("#", "Date", "Kind", "Entry", "Sources")}


def _clean(text: str) -> str:
    """One line without control characters, so data cannot move the cursor or clear the screen."""
    text = " ".join(text.split())
    if text.isprintable():  # no "Other" character (and no separator but the space, after the split)
        return text
    return "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "\u2026"


def render_table(timeline: Timeline, language: str | None = None, width: int = 120) -> str:
    """One row per entry in chronological order; parts indented under what they belong to."""
    words = Words(language or timeline.language)
    chron = chronology(timeline)
    depth: dict[str, int] = {}
    rows = []
    for i, e in enumerate(chron.entries, 1):
        depth[e.id] = depth[e.parent] + 1 if e.parent in depth else 0
        if e.source is not None:
            title = words.report(e.source)
        else:
            assert e.event is not None
            title = e.event.title
        cites = e.citations
        rows.append(
            (
                str(i),
                words.when(e.when, e.zone),
                e.kind,
                title,
                ", ".join(dict.fromkeys(c.source for c in cites)),
            )
        )
    head = _HEAD.get(words.language, _HEAD["en"])
    cells = [tuple(_clean(c) for c in row) for row in [head, *rows]]
    # a part's title is indented under what it belongs to, after cleaning (which strips spaces)
    levels = [0] + [depth[e.id] for e in chron.entries]
    cells = [(*row[:3], "  " * level + row[3], row[4]) for row, level in zip(cells, levels, strict=True)]
    widths = [max(len(r[k]) for r in cells) for k in range(5)]
    fixed = widths[0] + widths[1] + widths[2] + 3 * 2
    room = max(width - fixed - 2 * 2, 30)
    widths[3] = min(widths[3], room * 2 // 3)
    widths[4] = min(widths[4], max(room - widths[3], 10))
    lines = []
    for n, row in enumerate(cells):
        parts = [_cut(c, w).ljust(w) for c, w in zip(row, widths, strict=True)]
        parts[0] = parts[0].strip().rjust(widths[0])
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
