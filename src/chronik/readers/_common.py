"""What every timeline reader shares: decoding bytes, and turning plain data into a Timeline.

A reader parses its syntax into plain data (dicts, lists, strings, numbers) and hands it to
:func:`build_timeline` with a *locator*: a function that finds the line of a path such as
``("events", 6, "when")``. The locator runs only when something is wrong, so reading valid
files pays nothing for line numbers.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import InvalidTimelineError, Loc, Problem, ReadError
from ..model import Citation, Event, Geo, Person, Place, Source, Timeline

#: Largest input chronik reads, in bytes.
MAX_BYTES = 64 * 1024 * 1024
#: Deepest nesting a timeline file may have (a valid one needs 5).
MAX_DEPTH = 32

Locator = Callable[[Loc], int | None]


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text from ``data`` (a BOM is dropped); a clear ReadError for binary or other encodings."""
    if len(data) > MAX_BYTES:
        raise ReadError(origin, None, f"file is too large ({len(data):,} bytes; chronik reads up to {MAX_BYTES:,})")
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise ReadError(origin, line, "this is a binary file (it contains a NUL byte), not a timeline")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise ReadError(
            origin, line, f"not UTF-8 text (byte 0x{data[err.start]:02X}); save the file as UTF-8"
        ) from None
    bad = next(
        (
            c
            for c in text
            if (ord(c) < 32 and c not in "\t\n\r") or ("\x7f" <= c <= "\x9f" and c != "\x85") or c in "\ufffe\uffff"
        ),
        None,
    )
    if bad is not None:
        line = text.count("\n", 0, text.index(bad)) + 1
        raise ReadError(origin, line, f"control character U+{ord(bad):04X} is not allowed in a timeline file")
    return text


_MODELS: dict[str, type[BaseModel]] = {
    "sources": Source,
    "places": Place,
    "people": Person,
    "events": Event,
}
_NESTED: dict[str, type[BaseModel]] = {"geo": Geo}


def _fields_at(loc: Loc) -> list[str]:
    """The field names allowed at the object that holds ``loc``'s last part."""
    model: type[BaseModel] = Timeline
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        if part in _MODELS:
            model = _MODELS[part]
        elif part == "sources" and model in (Event, Source):
            model = Citation
        elif part in _NESTED:
            model = _NESTED[part]
    return list(model.model_fields)


def _message(err: dict[str, Any]) -> str:
    loc: Loc = tuple(err["loc"])
    kind = err["type"]
    if kind == "extra_forbidden":
        name = str(loc[-1])
        close = difflib.get_close_matches(name, _fields_at(loc), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else f"; allowed here: {', '.join(_fields_at(loc))}"
        return f"unknown field '{name}'{hint}"
    if kind == "missing":
        return "this field is required"
    msg = str(err["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    if kind in (
        "literal_error",
        "string_type",
        "int_type",
        "float_type",
        "tuple_type",
        "model_type",
        "dict_type",
        "list_type",
        "float_parsing",
        "greater_than_equal",
        "less_than_equal",
    ):
        msg = f"{msg} (got {_show(err.get('input'))})"
    return msg


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def build_timeline(data: Any, origin: str, locate: Locator, default_id: str) -> Timeline:
    """Validate plain ``data`` as a Timeline; every problem names ``origin``, line and field."""
    if not isinstance(data, dict):
        what = "empty" if data is None else f"a {type(data).__name__}"
        raise ReadError(origin, 1, f"a timeline file holds a mapping (title, events, ...), but this one is {what}")
    if "id" not in data and isinstance(data.get("title"), str):
        data = {"id": default_id, **data}
    try:
        return Timeline.model_validate(data)
    except ValidationError as err:
        problems = [Problem(tuple(e["loc"]), _message(dict(e))) for e in err.errors(include_url=False)]
        invalid = InvalidTimelineError(problems)
    except InvalidTimelineError as err:
        invalid = err
    raise invalid.located(origin, [_safe_locate(locate, p.loc) for p in invalid.problems]) from None


def _safe_locate(locate: Locator, loc: Loc) -> int | None:
    """The line of ``loc``, or None: finding a line is best effort and must never hide the error."""
    try:
        return locate(loc)
    except Exception:  # any failure here only costs the line number
        return None
