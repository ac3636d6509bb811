"""Every error chronik raises on purpose.

::

    ChronikError                    base of everything below; the CLI prints str(err) and exits 1
    ├── TimelineError               a timeline (file or object) cannot be used
    │   ├── ReadError               raised by readers: bytes or syntax (encoding, YAML, JSON, size)
    │   └── InvalidTimelineError    raised by the model: fields, dates and references, with locations
    ├── UnknownFormatError          raised by the registries: no reader/exporter of that name
    └── OutputError                 raised by api.write_exports/write_text: a file could not or must not be written

Messages are single lines of the form ``origin:line: field: what is wrong`` so that editors and
CI logs can jump to the place. Details for debugging stay in attributes, never in the message.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "ChronikError",
    "InvalidTimelineError",
    "OutputError",
    "Problem",
    "ReadError",
    "TimelineError",
    "UnknownFormatError",
    "printable",
]

Loc = tuple[str | int, ...]

#: How many problems an InvalidTimelineError lists before it summarises the rest.
MAX_LISTED = 20


_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
#: Format characters that reorder or hide text on a terminal (bidi embeddings, overrides, isolates).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if unicodedata.category(char) in ("Cc", "Zl", "Zp", "Cs") or char in _BIDI:
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def printable(text: str) -> str:
    """``text`` safe to print on one line of a terminal or log: line breaks, tabs, control
    characters (ESC starts a terminal escape sequence), line separators and bidi controls are
    written as Python escapes (``\\n``, ``\\x1b``, ``\\u2028``); everything else is kept.

    Every message that echoes input goes through here (:meth:`Problem.render`, :class:`ReadError`,
    ``check`` findings), so input can never break a message into lines or restyle a terminal.
    """
    if text.isprintable():
        return text
    return "".join(_escape(c) for c in text)


class ChronikError(Exception):
    """Base class: every error chronik raises deliberately."""


class TimelineError(ChronikError):
    """A timeline cannot be read or is not valid."""


class ReadError(TimelineError):
    """The bytes or the syntax of an input are wrong (raised by readers)."""

    def __init__(self, origin: str, line: int | None, message: str) -> None:
        self.origin = origin
        self.line = line
        self.message = message
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(printable(f"{where}: {message}"))


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a timeline: where (a path into the document) and what."""

    loc: Loc
    message: str
    line: int | None = None

    @property
    def field(self) -> str:
        """The location as people write it: ``events[6].when``."""
        return format_loc(self.loc)

    def render(self, origin: str) -> str:
        """``origin:line: field: message``, leaving out what is unknown."""
        where = f"{origin}:{self.line}" if self.line is not None else origin
        field = self.field
        return printable(f"{where}: {field}: {self.message}" if field else f"{where}: {self.message}")


class InvalidTimelineError(TimelineError):
    """The timeline's content breaks the model's rules (raised by the model and the readers).

    ``problems`` holds every problem found; ``str()`` gives one line per problem.
    """

    def __init__(self, problems: Sequence[Problem], origin: str = "<timeline>") -> None:
        self.problems = tuple(problems)
        self.origin = origin
        lines = [p.render(origin) for p in self.problems[:MAX_LISTED]]
        if len(self.problems) > MAX_LISTED:
            lines.append(printable(f"{origin}: ... and {len(self.problems) - MAX_LISTED} more problems"))
        super().__init__("\n".join(lines))

    def located(self, origin: str, lines: Sequence[int | None]) -> InvalidTimelineError:
        """A copy naming ``origin`` with a line number for each problem."""
        return InvalidTimelineError(
            [Problem(p.loc, p.message, line) for p, line in zip(self.problems, lines, strict=True)],
            origin,
        )


class UnknownFormatError(ChronikError, KeyError):
    """No reader or exporter is registered under that name (raised by the registries)."""

    def __str__(self) -> str:
        return printable(str(self.args[0])) if self.args else "unknown format"


class OutputError(ChronikError):
    """An export could not (or must not, like over its input) be written; the previous files are left as they were."""


def format_loc(loc: Loc) -> str:
    """Render a location path: ``("events", 6, "when")`` -> ``events[6].when``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
