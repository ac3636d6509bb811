"""Markdown text helpers: escaping user text, and wrapping lines at 80 columns without changing meaning."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_SPECIAL = re.compile(r"[\\`*_\[\]<>|~#$&^!{}]")
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: A word that would start a block (list item, ordered list, thematic break) at the start of a line.
_BLOCK_START = re.compile(r"^(?:[-+=]|\d{1,9}[.)])")

_BLOCK_FIRST = frozenset("-+=0123456789")

WIDTH = 80


def escape(text: str) -> str:
    """``text`` as inline Markdown that shows exactly these characters, on one line.

    >>> escape("*bold* [x](y) <b>")
    '\\\\*bold\\\\* \\\\[x\\\\](y) \\\\<b\\\\>'
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        # Already one line of single spaces (no control character, no other whitespace: neither
        # is printable): only the special characters change.
        return _SPECIAL.sub(_backslash, text) if _SPECIAL.search(text) else text
    return escape_slow(text)


def escape_slow(text: str) -> str:
    """:func:`escape` in full for any text (the oracle of its fast path)."""
    return _SPECIAL.sub(_backslash, _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip())


def _backslash(match: re.Match[str]) -> str:
    return "\\" + match[0]


def _safe_start(word: str) -> str:
    """A word that begins a continuation line, escaped so it cannot open a list or a break."""
    if word[:1] not in _BLOCK_FIRST:
        return word
    match = _BLOCK_START.match(word)
    if match is None:
        return word
    end = match.end()
    return word[: end - 1] + "\\" + word[end - 1 :]


def wrap(text: str, first: str, indent: str, width: int = WIDTH) -> list[str]:
    """``first + text`` broken at spaces into lines of at most ``width`` (longer words stay whole).

    Continuation lines start with ``indent``; a word there that could start a block is escaped.
    Empty words (runs of spaces, a space at either end) are dropped, except a space at the start.
    """
    if "  " in text or text[:1] == " " or text[-1:] == " ":
        return wrap_words(text, first, indent, width)
    # Single spaces only: each line takes the longest run of words that fits, found with one
    # ``rfind`` per line instead of one step per word; the same lines as ``wrap_words``.
    end = len(text)
    cut = text.find(" ")
    if cut < 0:
        cut = end
    line = first + (text[:cut] if first.strip() else _safe_start(text[:cut]))
    pos = cut + 1  # where the next word starts; past ``end`` when there is none
    lines: list[str] = []
    while pos <= end:
        room = width - len(line) - 1  # for words after ``line`` and a space
        if end - pos <= room:
            lines.append(line + " " + text[pos:])
            return lines
        cut = text.rfind(" ", pos, pos + room + 1) if room > 0 else -1
        if cut > pos:
            lines.append(line + " " + text[pos:cut])
            pos = cut + 1
        else:
            lines.append(line)
        cut = text.find(" ", pos)
        if cut < 0:
            cut = end
        line = indent + (_safe_start(text[pos:cut]) if text[pos] in _BLOCK_FIRST else text[pos:cut])
        pos = cut + 1
    lines.append(line)
    return lines


def wrap_words(text: str, first: str, indent: str, width: int = WIDTH) -> list[str]:
    """:func:`wrap` word by word, for any text (the oracle of its fast path)."""
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


def document(blocks: Iterable[list[str]], batch: int = 200) -> Iterator[str]:
    """``"\\n".join(tidy(all lines)).rstrip("\\n") + "\\n"`` of the blocks' lines, in parts of about ``batch`` lines.

    Blank lines are tidied as they come (one is kept only after a line with text); newlines at
    the end of what was given so far are held back until text follows them, so the document ends
    in exactly one newline, as ``rstrip`` leaves it.
    """
    held = ""  # trailing newlines not yet written
    previous = ""  # the last line given: a blank one at the start is dropped
    started = False
    pending: list[str] = []
    for block in blocks:
        pending += block
        if len(pending) < batch:
            continue
        kept = _tidied(pending, previous)
        previous = pending[-1]
        pending = []
        if not kept:
            continue
        text = held + ("\n" if started else "") + "\n".join(kept)
        started = True
        out = text.rstrip("\n")
        held = text[len(out) :]
        if out:
            yield out
    kept = _tidied(pending, previous)
    text = held + ("\n" if started and kept else "") + "\n".join(kept)
    yield text.rstrip("\n") + "\n"


def _tidied(lines: list[str], previous: str) -> list[str]:
    """``lines`` without a blank line that follows a blank one (``previous`` is the line before them)."""
    if not lines:
        return []
    return [line for line, before in zip(lines, [previous, *lines[:-1]], strict=True) if line or before]
