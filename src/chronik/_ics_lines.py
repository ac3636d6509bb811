"""Raw iCalendar reading for :mod:`chronik.lint`: physical lines, unfolding, content lines, value syntax.

Nothing here raises on bad input and nothing is worse than linear in the input: every function
returns what it could read, and what was wrong as plain data (the linter words the messages).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import NamedTuple

_BREAK = re.compile(rb"(\r\n|\n|\r)")
TOKEN = re.compile(r"[A-Za-z0-9-]+")
_UP_TO_PARAMS = re.compile(r"[^;:]*")
_PARAM_NAME = re.compile(r'[^=;:"]*')
_PARAMTEXT = re.compile(r'[^";:,]*')
CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
DATE_SHAPE = re.compile(r"[0-9]{8}(?:T[0-9]{6}Z?)?")
_DATE = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_DATETIME = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})T([0-9]{2})([0-9]{2})([0-9]{2})(Z?)")
_DURATION = re.compile(r"[+-]?P(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?")
_OFFSET = re.compile(r"[+-]([0-9]{2})([0-9]{2})([0-9]{2})?")
_ESCAPE_OR_SEMICOLON = re.compile(r"\\(.?)|;", re.DOTALL)
_MAX_SECONDS = 999_999_999 * 86_400  # what datetime.timedelta (and most clients) can hold

_DAY = "(?:SU|MO|TU|WE|TH|FR|SA)"
_INT = r"[+-]?[0-9]{1,3}"
_RRULE_PARTS = {
    "FREQ": "SECONDLY|MINUTELY|HOURLY|DAILY|WEEKLY|MONTHLY|YEARLY",
    "UNTIL": "[0-9]{8}(?:T[0-9]{6}Z?)?",
    "COUNT": "[0-9]+",
    "INTERVAL": "[0-9]*[1-9][0-9]*",
    "BYSECOND": "[0-9]{1,2}",
    "BYMINUTE": "[0-9]{1,2}",
    "BYHOUR": "[0-9]{1,2}",
    "BYDAY": rf"(?:[+-]?[0-9]{{1,2}})?{_DAY}",
    "BYMONTHDAY": _INT,
    "BYYEARDAY": _INT,
    "BYWEEKNO": _INT,
    "BYMONTH": "[0-9]{1,2}L?",  # L: leap month (RFC 7529)
    "BYSETPOS": _INT,
    "WKST": _DAY,
    "RSCALE": "[A-Za-z0-9-]+",  # RFC 7529
    "SKIP": "OMIT|BACKWARD|FORWARD",  # RFC 7529
}
_RRULE_VALUE = {k: re.compile(rf"(?:{v})(?:,(?:{v}))*", re.IGNORECASE) for k, v in _RRULE_PARTS.items()}


def quote(text: str, limit: int = 40) -> str:
    """``text`` quoted for a one-line message: control characters escaped, cut to ``limit`` characters."""
    text = CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text[: limit * 4])
    return f"'{text[: limit - 1]}…'" if len(text) > limit else f"'{text}'"


class Physical(NamedTuple):
    """One line of the file as its bytes and the break that ends it (CRLF, LF, CR, or none at the end)."""

    number: int
    data: bytes
    ending: bytes


def physical_lines(data: bytes) -> list[Physical]:
    """The file split at every CRLF, LF and lone CR, numbered from 1."""
    parts = _BREAK.split(data)
    texts, endings = parts[0::2], [*parts[1::2], b""]
    if not texts[-1]:  # the file ends with a line break (or is empty)
        texts.pop()
    return list(map(Physical, itertools.count(1), texts, endings))


@dataclass(slots=True)
class Unfolded:
    """A content line's bytes, one chunk per physical line (without the fold's leading space or tab)."""

    line: int
    chunks: list[tuple[int, bytes]] = field(default_factory=list)

    def decode(self) -> tuple[str, int | None, bytes]:
        """The text (bad bytes replaced), and the physical line and bytes of the first UTF-8 error."""
        data = b"".join(chunk for _, chunk in self.chunks)
        try:
            return data.decode("utf-8"), None, b""
        except UnicodeDecodeError as err:
            at, line = err.start, self.line
            for number, chunk in self.chunks:
                line = number
                if at < len(chunk):
                    break
                at -= len(chunk)
            return data.decode("utf-8", "replace"), line, data[err.start : err.end]

    def split_characters(self) -> list[tuple[int, str]]:
        """(physical line, character) for every fold that cuts a UTF-8 character in two."""
        out: list[tuple[int, str]] = []
        for (number, before), (_, after) in itertools.pairwise(self.chunks):
            if before and before[-1] >= 0x80 and after and 0x80 <= after[0] <= 0xBF:
                lead = next((i for i in range(len(before) - 1, max(-1, len(before) - 5), -1) if before[i] >= 0xC0), -1)
                out.append((number, (before[lead:] + after[:4]).decode("utf-8", "replace")[:1]))
        return out


def unfold(lines: list[Physical]) -> tuple[list[Unfolded], list[int]]:
    """Content lines (RFC 5545 3.1 unfolding), and the continuation lines that follow nothing."""
    out: list[Unfolded] = []
    orphans: list[int] = []
    current: Unfolded | None = None
    for p in lines:
        if p.data[:1] in (b" ", b"\t"):
            if current is None:
                orphans.append(p.number)
            else:
                current.chunks.append((p.number, p.data[1:]))
        elif not p.data:
            current = None
        else:
            current = Unfolded(p.number, [(p.number, p.data)])
            out.append(current)
    return out, orphans


@dataclass(frozen=True, slots=True)
class ContentLine:
    """``name *(";" param) ":" value`` with the name and parameter names upper-cased."""

    line: int
    name: str
    params: dict[str, list[str]]
    value: str

    def param(self, name: str) -> str | None:
        """The first value of a parameter, upper-cased, or None."""
        values = self.params.get(name)
        return values[0].upper() if values else None


class LineError(NamedTuple):
    """Why a content line could not be split: ``missing-colon``, ``bad-name`` or ``bad-param``."""

    code: str
    detail: str


def parse_line(text: str, line: int) -> ContentLine | LineError:
    """Split one unfolded content line by the RFC 5545 grammar (3.1), strictly."""
    if ":" not in text:
        return LineError("missing-colon", "")
    i = _end(_UP_TO_PARAMS, text, 0)
    name = text[:i]
    if not TOKEN.fullmatch(name):
        return LineError("bad-name", name)
    params: dict[str, list[str]] = {}
    while text[i] == ";":
        found = _param(text, i + 1)
        if isinstance(found, LineError):
            return found
        pname, values, i = found
        params.setdefault(pname.upper(), []).extend(values)
    return ContentLine(line, name.upper(), params, text[i + 1 :])


def _end(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where a match of ``pattern`` (one that may be empty) starting at ``pos`` ends."""
    m = pattern.match(text, pos)
    return m.end() if m else pos


def _param(text: str, i: int) -> tuple[str, list[str], int] | LineError:
    """One ``name=value,value`` parameter from ``i``; returns the index of the ``;`` or ``:`` after it."""
    eq = _end(_PARAM_NAME, text, i)
    pname = text[i:eq]
    if not text.startswith("=", eq):
        return LineError("bad-param", f"parameter {quote(pname)} has no '='" if pname else "an empty parameter")
    if not TOKEN.fullmatch(pname):
        return LineError("bad-param", f"parameter name {quote(pname)} is not a token")
    values, k = [], eq
    while True:
        start = k + 1
        if text.startswith('"', start):
            k = text.find('"', start + 1)
            if k < 0:
                return LineError("bad-param", f"parameter {quote(pname)} has an unclosed quote")
            values.append(text[start + 1 : k])
            k += 1
        else:
            k = _end(_PARAMTEXT, text, start)
            values.append(text[start:k])
        if k >= len(text):
            return LineError("missing-colon", "")
        if text[k] not in ",;:":
            return LineError("bad-param", f"parameter {quote(pname)} has a quote inside its value")
        if text[k] != ",":
            return pname, values, k


class When(NamedTuple):
    """A DATE or DATE-TIME value; date-times are naive, ``utc`` says whether it ended in Z."""

    value: date | datetime
    utc: bool

    @property
    def is_date(self) -> bool:
        return not isinstance(self.value, datetime)


def parse_when(text: str) -> When | None:
    """``YYYYMMDD`` or ``YYYYMMDDTHHMMSS[Z]``, None when it is neither or no such day exists."""
    try:
        if m := _DATETIME.fullmatch(text):
            y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
            return When(datetime(y, mo, d, h, mi, min(s, 59)), m[7] == "Z")  # 60: a leap second
        if m := _DATE.fullmatch(text):
            return When(date(int(m[1]), int(m[2]), int(m[3])), False)
    except ValueError:
        return None
    return None


def duration_problem(text: str) -> str | None:
    """Why ``text`` is not a usable DURATION (RFC 5545 3.3.6), or None."""
    m = _DURATION.fullmatch(text)
    if m is None or not any(m.groups()) or text.endswith("T"):
        return "expected e.g. PT1H30M, P2D or P1W"
    w, d, h, mi, s = (int(g or 0) for g in m.groups())
    if (((w * 7 + d) * 24 + h) * 60 + mi) * 60 + s > _MAX_SECONDS:
        return "too long for clients to represent"
    return None


def period_problem(text: str) -> str | None:
    """Why ``text`` is not a PERIOD (``start/end`` or ``start/duration``, RFC 5545 3.3.9), or None."""
    start, slash, end = text.partition("/")
    first = parse_when(start)
    if not slash or first is None or first.is_date:
        return "expected date-times start/end or start/duration"
    if end.startswith(("P", "+P", "-P")):
        return duration_problem(end)
    second = parse_when(end)
    return None if second is not None and not second.is_date else "the end is not a date-time"


def rrule_problem(text: str) -> str | None:
    """Why ``text`` is not a RECUR value (RFC 5545 3.3.10), or None."""
    seen: set[str] = set()
    for part in text.removesuffix(";").split(";"):  # a trailing ';' is common and harmless
        name, eq, value = part.partition("=")
        name = name.upper()
        if not eq or name not in _RRULE_VALUE:
            return f"{quote(part, 30)} is not a known NAME=VALUE part"
        if name in seen:
            return f"{name} appears twice"
        seen.add(name)
        if not _RRULE_VALUE[name].fullmatch(value):
            return f"{name}={quote(value, 30)} is not a valid value"
    if "FREQ" not in seen:
        return "FREQ is missing"
    return "UNTIL and COUNT must not both be given" if {"UNTIL", "COUNT"} <= seen else None


def offset_problem(text: str) -> bool:
    """Whether ``text`` is not a UTC-OFFSET (``+HHMM[SS]``, hours < 24, never ``-0000``)."""
    m = _OFFSET.fullmatch(text)
    if m is None:
        return True
    h, mi, s = int(m[1]), int(m[2]), int(m[3] or 0)
    return h > 23 or mi > 59 or s > 59 or (text[0] == "-" and h == mi == s == 0)


def text_problems(text: str) -> tuple[str | None, bool]:
    """The first invalid TEXT escape (the character after the backslash), and whether a ``;`` is unescaped."""
    bad: str | None = None
    semicolon = False
    for m in _ESCAPE_OR_SEMICOLON.finditer(text):
        if m.group() == ";":
            semicolon = True
        elif bad is None and (m[1] == "" or m[1] not in "\\;,nN"):
            bad = m[1]
    return bad, semicolon


@dataclass(slots=True, eq=False)
class Component:
    """A BEGIN ... END block as read; ``cal`` is the VCALENDAR it is in (None outside any)."""

    name: str
    line: int
    cal: Component | None
    props: list[ContentLine] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)
    first: dict[str, ContentLine] = field(default_factory=dict)

    def add(self, prop: ContentLine) -> None:
        self.props.append(prop)
        self.first.setdefault(prop.name, prop)

    def get(self, name: str) -> ContentLine | None:
        """The first property of that (upper-case) name."""
        return self.first.get(name)


class Unbalanced(NamedTuple):
    """BEGIN:``begin`` never closed (``end`` None), END:``end`` without BEGIN, or one closing the other."""

    line: int
    begin: str | None
    end: str | None
    end_line: int = 0


def build_tree(lines: list[ContentLine]) -> tuple[Component, list[Component], list[Unbalanced]]:
    """The component tree however badly BEGIN and END pair up, every component in file order, and the mismatches.

    Iterative and linear, so deep nesting cannot exhaust the stack.
    """
    root = Component("", 0, None)
    stack, comps, problems, open_names = [root], [], [], Counter[str]()
    for cl in lines:
        if cl.name == "BEGIN":
            name, parent = cl.value.upper(), stack[-1]
            comp = Component(name, cl.line, parent if parent.name == "VCALENDAR" else parent.cal)
            parent.children.append(comp)
            stack.append(comp)
            comps.append(comp)
            open_names[name] += 1
        elif cl.name == "END":
            problems += _close(stack, open_names, cl)
        else:
            stack[-1].add(cl)
    problems += [Unbalanced(comp.line, comp.name, None) for comp in stack[1:]]
    return root, comps, problems


def _close(stack: list[Component], open_names: Counter[str], cl: ContentLine) -> list[Unbalanced]:
    name = cl.value.upper()
    if open_names[name] <= 0:
        return [Unbalanced(cl.line, None, name)]
    problems = []
    while stack[-1].name != name:
        comp = stack.pop()
        open_names[comp.name] -= 1
        problems.append(Unbalanced(comp.line, comp.name, name, cl.line))
    stack.pop()
    open_names[name] -= 1
    return problems
