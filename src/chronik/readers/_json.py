"""JSON timeline files, and chronik's own JSON exports (``"schema": "chronik/1"``).

An export holds the timeline under ``"timeline"`` next to derived data (the chronology); the
derived part is recomputed, not read, so an export reads back to exactly the timeline it came from.
"""

from __future__ import annotations

import json
import re
from typing import Any, ClassVar

from ..errors import Loc, ReadError
from ..model import Event, Timeline
from ._common import MAX_DEPTH, build_timeline

SCHEMA = "chronik/1"
_WS = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null")


class _Duplicate(Exception):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        raise _Duplicate(next(key for key, _ in pairs if key in seen or seen.add(key)))  # type: ignore[func-returns-value]
    return out


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed in JSON")


def _depth(value: Any) -> int:
    """How deeply ``value`` nests (a scalar is 1, ``{"a": 1}`` is 2): level by level, only containers."""
    if type(value) is not dict and type(value) is not list:
        return 1
    level, depth = [value], 1
    while True:
        full = [c for c in level if c]
        if not full:
            return depth
        depth += 1
        level = [v for c in full for v in (c.values() if type(c) is dict else c) if type(v) is dict or type(v) is list]
        if not level:
            return depth


def load_json(text: str, origin: str) -> Any:
    """Plain data from JSON ``text``; ReadError with a line for anything chronik does not accept."""
    data = _parse(text, origin)
    if _depth(data) > MAX_DEPTH:
        raise ReadError(origin, None, f"nested more than {MAX_DEPTH} levels deep")
    return data


def _parse(text: str, origin: str) -> Any:
    """:func:`load_json` but for the depth, which the caller checks."""
    try:
        data = json.loads(text, object_pairs_hook=_pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise ReadError(origin, err.lineno, f"JSON syntax error: {err.msg} (column {err.colno})") from None
    except _Duplicate as err:
        raise ReadError(origin, _line_of_duplicate(text, str(err)), f"duplicate key '{err}'") from None
    except RecursionError:
        raise ReadError(origin, None, f"nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as err:  # NaN/Infinity, integers with too many digits
        raise ReadError(origin, None, f"JSON value not accepted: {err}") from None
    return data


class _Lines:
    """A position-tracking walk over (valid) JSON text: the line of each key and item."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def line(self, pos: int) -> int:
        return self.text.count("\n", 0, pos) + 1

    def skip_ws(self) -> None:
        match = _WS.match(self.text, self.pos)
        self.pos = match.end() if match else self.pos

    def string(self) -> str:
        value, self.pos = json.decoder.scanstring(self.text, self.pos + 1)  # type: ignore[attr-defined]
        return str(value)

    def skip_value(self) -> None:
        self.skip_ws()
        char = self.text[self.pos]
        if char == '"':
            self.string()
        elif char in "{[":
            depth = 0
            while True:
                char = self.text[self.pos]
                if char == '"':
                    self.string()
                    continue
                depth += char in "{["
                depth -= char in "}]"
                self.pos += 1
                if depth == 0:
                    return
        else:
            match = _SCALAR.match(self.text, self.pos)
            self.pos = match.end() if match else self.pos + 1

    def members(self) -> Any:
        """Yield (key or index, offset) for each member of the container at pos, leaving pos at its value."""
        self.skip_ws()
        opener = self.text[self.pos]
        self.pos += 1
        index = 0
        while True:
            self.skip_ws()
            if self.text[self.pos] in "}]":
                return
            if opener == "{":
                start = self.pos
                key = self.string()
                self.skip_ws()
                self.pos += 1  # ':'
                yield key, start
            else:
                yield index, self.pos
                index += 1
            self.skip_ws()
            if self.text[self.pos] == ",":
                self.pos += 1


def locate_json(text: str, loc: Loc) -> int | None:
    """The line of ``loc`` in JSON ``text`` (the deepest part of it that exists)."""
    walk = _Lines(text)
    walk.skip_ws()
    line = walk.line(walk.pos)
    for part in loc:
        walk.skip_ws()
        if walk.pos >= len(text) or text[walk.pos] not in "{[":
            break
        for key, offset in walk.members():
            if key == part:
                line = walk.line(offset)
                break
            walk.skip_value()
        else:
            break
    return line


def _line_of_duplicate(text: str, key: str) -> int | None:
    needle = json.dumps(key)
    seen: dict[int, set[str]] = {}
    depth = 0
    pos = 0
    walk = _Lines(text)
    while pos < len(text):
        char = text[pos]
        if char == '"':
            walk.pos = pos
            value = walk.string()
            end = walk.pos
            after = _WS.match(text, end)
            if after is not None and text[after.end() : after.end() + 1] == ":" and value == key:
                keys = seen.setdefault(depth, set())
                if needle in keys:
                    return walk.line(pos)
                keys.add(needle)
            pos = end
            continue
        if char in "{[":
            depth += 1
            seen.pop(depth, None)
        elif char in "}]":
            seen.pop(depth, None)
            depth -= 1
        pos += 1
    return None


def unwrap(data: Any, origin: str) -> tuple[Any, Loc]:
    """The timeline inside a chronik JSON export, and the path prefix it sits at."""
    if isinstance(data, dict) and "schema" in data:
        if data["schema"] != SCHEMA:
            raise ReadError(origin, 1, f"unknown schema {data['schema']!r}; this chronik reads '{SCHEMA}'")
        if not isinstance(data.get("timeline"), dict):
            raise ReadError(origin, 1, f"a '{SCHEMA}' document needs a 'timeline' object")
        return data["timeline"], ("timeline",)
    return data, ()


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_reject_constant)
#: What may follow an item of a list: white space, and a comma (group 1) before the next item.
_COMMA = re.compile(r"[ \t\n\r]*(?:(,)[ \t\n\r]*)?")


def _read_events_one_by_one(text: str, default_id: str) -> Timeline | None:
    """The timeline in ``text`` with each event validated as soon as it is parsed, or None.

    The top-level object is walked here, its values parsed by the same decoder as :func:`load_json`,
    but the events one at a time: each becomes an :class:`Event` before the next is parsed, so the
    parsed events never exist all at once next to their models (a third less memory at the peak,
    and the models fill the memory the parsed events leave). Anything unusual (a syntax error, a
    duplicate key, an invalid event or timeline, an export document) gives None: the caller reads
    the file the usual way, which reports the problem exactly as it always did.
    """
    ws, comma, decode, scan = _WS.match, _COMMA.match, _DECODER.raw_decode, _DECODER.scan_once  # type: ignore[attr-defined]
    string = json.decoder.scanstring  # type: ignore[attr-defined]
    validate = Event.__pydantic_validator__.validate_python
    try:
        pos = ws(text, 0).end()  # type: ignore[union-attr]
        if text[pos] != "{":
            return None
        data: dict[str, Any] = {}
        pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
        while text[pos] != "}":
            if text[pos] != '"':
                return None
            key, pos = string(text, pos + 1)
            if key in data or key == "schema":
                return None
            pos = ws(text, pos).end()  # type: ignore[union-attr]
            if text[pos] != ":":
                return None
            pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
            if key == "events" and text[pos] == "[":
                events: list[Event] = []
                pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
                if text[pos] != "]":
                    while True:
                        item, pos = scan(text, pos)  # StopIteration where no value starts (a trailing comma)
                        events.append(validate(item))
                        del item
                        after = comma(text, pos)
                        pos = after.end()  # type: ignore[union-attr]
                        if after.lastindex is None:  # type: ignore[union-attr]
                            break
                    if text[pos] != "]":
                        return None
                data[key], pos = events, pos + 1
            else:
                data[key], pos = decode(text, pos)
            pos = ws(text, pos).end()  # type: ignore[union-attr]
            if text[pos] == ",":
                pos = ws(text, pos + 1).end()  # type: ignore[union-attr]
                if text[pos] == "}":
                    return None
            elif text[pos] != "}":
                return None
        if ws(text, pos + 1).end() != len(text):  # type: ignore[union-attr]
            return None
        return build_timeline(data, "", lambda loc: None, default_id)
    except Exception:  # whatever it is, the usual way finds and reports it
        return None


class JsonReader:
    """Timeline files in JSON (``.json``), including chronik's own JSON exports."""

    name: ClassVar[str] = "json"
    suffixes: ClassVar[tuple[str, ...]] = (".json",)

    def read(self, text: str, /, *, origin: str = "<string>", default_id: str = "timeline") -> Timeline:
        """Parse ``text``; raises ReadError or InvalidTimelineError naming ``origin`` and the line.

        The depth is measured only when something is wrong: a timeline that validates nests at most
        seven levels (every field has a type, none holds free-form data), so a valid file skips the
        walk. A file nested too deep is still reported as that, before any other problem.
        """
        fast = _read_events_one_by_one(text, default_id)
        if fast is not None:
            return fast
        data = _parse(text, origin)
        try:
            inner, prefix = unwrap(data, origin)
            return build_timeline(inner, origin, lambda loc: locate_json(text, (*prefix, *loc)), default_id)
        except Exception:
            if _depth(data) <= MAX_DEPTH:
                raise
        raise ReadError(origin, None, f"nested more than {MAX_DEPTH} levels deep")
