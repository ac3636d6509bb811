"""Markdown text helpers: escaping user text, and wrapping lines at 80 columns without changing meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#$&^!{}])")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: A word that would start a block (list item, ordered list, thematic break) at the start of a line.
_BLOCK_START = re.compile(r"^(?:[-+=]|\d{1,9}[.)])")

WIDTH = 80


def escape(text: str) -> str:
    """``text`` as inline Markdown that shows exactly these characters, on one line.

    >>> escape("*bold* [x](y) <b>")
    '\\\\*bold\\\\* \\\\[x\\\\](y) \\\\<b\\\\>'
    """
    return _SPECIAL.sub(r"\\\1", _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip())


def _safe_start(word: str) -> str:
    """A word that begins a continuation line, escaped so it cannot open a list or a break."""
    match = _BLOCK_START.match(word)
    if match is None:
        return word
    end = match.end()
    return word[: end - 1] + "\\" + word[end - 1 :]


def wrap(text: str, first: str, indent: str, width: int = WIDTH) -> list[str]:
    """``first + text`` broken at spaces into lines of at most ``width`` (longer words stay whole).

    Continuation lines start with ``indent``; a word there that could start a block is escaped.
    """
    words = text.split(" ")
    lines: list[str] = []
    line = first + (words[0] if first.strip() else _safe_start(words[0]))
    for word in words[1:]:
        if not word:
            continue
        if len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + _safe_start(word)
        else:
            line += " " + word
    lines.append(line)
    return lines


def tidy(lines: list[str]) -> list[str]:
    """Collapse runs of blank lines to one, and drop blank lines at the start."""
    out: list[str] = []
    for line in lines:
        if line == "" and (not out or out[-1] == ""):
            continue
        out.append(line)
    return out


def document(lines: Iterable[str], batch: int = 200) -> Iterator[str]:
    """``"\\n".join(tidy(lines)).rstrip("\\n") + "\\n"``, in parts of about ``batch`` lines.

    Blank lines are tidied as they come; newlines at the end of what was given so far are held back
    until text follows them, so the document ends in exactly one newline, as ``rstrip`` leaves it.
    """
    held = ""  # trailing newlines not yet written
    parts: list[str] = []
    last_blank = True  # no blank line at the start
    started = False
    for line in lines:
        if line == "":
            if last_blank:
                continue
            last_blank = True
        else:
            last_blank = False
        parts.append(line if not started else "\n" + line)
        started = True
        if len(parts) >= batch:
            text = held + "".join(parts)
            kept = text.rstrip("\n")
            held = text[len(kept) :]
            parts = []
            if kept:
                yield kept
    text = held + "".join(parts)
    yield text.rstrip("\n") + "\n"
