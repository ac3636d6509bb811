"""The first pass of the ICS reader: content lines and BEGIN/END structure, with line numbers.

Runs before icalendar parses anything, so that a broken file fails with one line naming the line,
and so the reader can point its notes at lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import ReadError
from ._common import MAX_DEPTH

_VALUE = r'(?:"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*)'  # a parameter value
_LINE = re.compile(rf"([A-Za-z0-9-]+)(?:;[A-Za-z0-9-]+={_VALUE}(?:,{_VALUE})*)*:([^\x00-\x08\x0a-\x1f\x7f]*)")


def one_line(err: object) -> str:
    text = " ".join(str(err).split())
    return text if len(text) <= 200 else text[:197] + "..."


@dataclass
class Node:
    """A component as written: its name, its line, and the first line of each of its properties."""

    name: str
    line: int
    props: dict[str, int] = field(default_factory=dict)


def _unfolded(text: str) -> list[tuple[int, str]]:
    """Content lines with the number of their first line, unfolded as icalendar does it."""
    out: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(text.split("\n"), 1):
        raw = raw.removesuffix("\r")
        if raw[:1] in (" ", "\t") and out:
            out[-1][1].append(raw[1:])
        elif raw:
            out.append((number, [raw]))
    return [(number, "".join(parts)) for number, parts in out]


def scan(text: str, origin: str) -> tuple[list[Node], int | None]:
    """Check each content line and the BEGIN/END structure: the components in document order, and
    the line of the first property after END:VCALENDAR (ignored; a second calendar is an error)."""
    nodes: list[Node] = []
    stack: list[Node] = []
    after = None
    for number, line in _unfolded(text):
        match = _LINE.fullmatch(line)
        if match is None:
            raise ReadError(origin, number, f"not an iCalendar content line: {one_line(repr(line))}")
        name, value = match[1].upper(), match[2].strip().upper()
        if not nodes and (name, value) != ("BEGIN", "VCALENDAR"):
            raise ReadError(origin, number, "not an iCalendar file: it does not start with BEGIN:VCALENDAR")
        if nodes and not stack:
            if name == "BEGIN":
                raise ReadError(origin, number, f"BEGIN:{value} after END:VCALENDAR: chronik reads one calendar")
            after = after or number
        elif name == "BEGIN":
            if len(stack) >= MAX_DEPTH:
                raise ReadError(origin, number, f"components nested more than {MAX_DEPTH} levels deep")
            stack.append(Node(value, number))
            nodes.append(stack[-1])
        elif name == "END" and stack[-1].name != value:
            raise ReadError(
                origin, number, f"END:{value} does not close BEGIN:{stack[-1].name} (line {stack[-1].line})"
            )
        elif name == "END":
            stack.pop()
        else:
            stack[-1].props.setdefault(name, number)
    if not nodes:
        raise ReadError(origin, 1, "not an iCalendar file: it is empty")
    if stack:
        raise ReadError(origin, stack[-1].line, f"BEGIN:{stack[-1].name} is never closed by END:{stack[-1].name}")
    return nodes, after
