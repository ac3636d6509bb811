"""The ordered timeline as a plain-text table for the terminal (``chronik show``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ._gc import paused_gc
from .humanize import Words
from .model import Timeline
from .ordering import Entry, chronology

__all__ = ["render_table"]

_HEAD = {"de": ("#", "Datum", "Art", "Eintrag", "Quellen"), "en": ("#", "Date", "Kind", "Entry", "Sources")}


def _clean(text: str) -> str:
    """One line without control characters, so data cannot move the cursor or clear the screen."""
    # A printable text holds no whitespace but the space (no other character is both), so when it has
    # no space at either end and none doubled, splitting and joining at whitespace gives it back as is.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    text = " ".join(text.split())
    if text.isprintable():  # no "Other" character (and no separator but the space, after the split)
        return text
    return "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text)


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "\u2026"


def render_table(timeline: Timeline, language: str | None = None, width: int = 120) -> str:
    """One row per entry in chronological order; parts indented under what they belong to."""
    words = Words(language or timeline.language)
    with paused_gc():  # the rows are kept until the end: the collector would only walk them again and again
        return _render(chronology(timeline).entries, words, width)


def _render(entries: Sequence[Entry], words: Words, width: int) -> str:
    depth: dict[str, int] = {}
    spoken: dict[tuple[object, str], str] = {}  # a date in words, per value and zone (they repeat)
    head = _HEAD.get(words.language, _HEAD["en"])
    columns: tuple[list[str], ...] = tuple([_clean(h)] for h in head)
    numbers, dates, kinds, titles, cites = columns
    for i, e in enumerate(entries, 1):
        level = depth[e.id] = depth[e.parent] + 1 if e.parent in depth else 0
        if e.source is not None:
            title = words.report(e.source)
        else:
            assert e.event is not None
            title = e.event.title
        key = (e.when, e.zone)
        date = spoken.get(key)
        if date is None:
            date = spoken[key] = _clean(words.when(e.when, e.zone))
        numbers.append(str(i))  # digits: nothing to clean
        dates.append(date)
        kinds.append(_clean(e.kind))
        titles.append("  " * level + _clean(title))  # the indent is added after cleaning, which would strip it
        sources = e.citations
        if len(sources) == 1:
            cites.append(_clean(sources[0].source))
        else:
            cites.append(_clean(", ".join(dict.fromkeys(c.source for c in sources))))
    widths = [max(map(len, column)) for column in columns]
    fixed = widths[0] + widths[1] + widths[2] + 3 * 2
    room = max(width - fixed - 2 * 2, 30)
    widths[3] = min(widths[3], room * 2 // 3)
    widths[4] = min(widths[4], max(room - widths[3], 10))
    w0, w1, w2, w3, w4 = widths
    # Numbers, dates and kinds are never wider than their column (it is as wide as the widest): only
    # titles and sources are cut. A number is digits, so its padding to the right, stripped, is none.
    padded = (
        [c.rjust(w0) for c in numbers],
        [c.ljust(w1) for c in dates],
        [c.ljust(w2) for c in kinds],
        [_cut(c, w3).ljust(w3) if len(c) > w3 else c.ljust(w3) for c in titles],
        [_cut(c, w4).ljust(w4) if len(c) > w4 else c.ljust(w4) for c in cites],
    )
    lines = [f"{a}  {b}  {c}  {d}  {e}".rstrip() for a, b, c, d, e in zip(*padded, strict=True)]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
