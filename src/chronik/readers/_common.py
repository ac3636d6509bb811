"""What every timeline reader shares: decoding bytes, and turning plain data into a Timeline.

A reader parses its syntax into plain data (dicts, lists, strings, numbers) and hands it to
:func:`build_timeline` with a *locator*: a function that finds the line of a path such as
``("events", 6, "when")``. The locator runs only when something is wrong, so reading valid
files pays nothing for line numbers.
"""

from __future__ import annotations

import codecs
import difflib
import re
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


#: Byte order marks of the wider Unicode encodings, longest first (UTF-32LE starts like UTF-16LE).
_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def wide_unicode(data: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` when ``data`` is text in that encoding (with or without a BOM), else None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    head = data[:4096]
    units = [(head[i::4], 4) for i in range(4)]  # the bytes at each position of a 4-byte unit
    zeros = [sum(b == 0 for b in column) / max(len(column), 1) for column, _ in units]
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    candidates = (
        ("utf-32-le", "UTF-32", zeros[3] == 1 and zeros[2] >= 0.9),
        ("utf-32-be", "UTF-32", zeros[0] == 1 and zeros[1] >= 0.9),
        ("utf-16-le", "UTF-16", odd >= 0.3 and even < 0.1),
        ("utf-16-be", "UTF-16", even >= 0.3 and odd < 0.1),
    )
    for codec, name, shaped in candidates:
        if not shaped:
            continue
        try:
            text = codecs.getincrementaldecoder(codec)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if text and all(c.isprintable() or c in "\t\n\r" for c in text):
            return name
    return None


#: What a timeline may not contain: C0 controls but tab and line breaks, DEL and C1 controls but NEL, noncharacters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")


def decode(data: bytes, origin: str, what: str = "a timeline") -> str:
    """UTF-8 text from ``data`` (a BOM is dropped); a clear ReadError for binary or other encodings."""
    if len(data) > MAX_BYTES:
        raise ReadError(origin, None, f"file is too large ({len(data):,} bytes; chronik reads up to {MAX_BYTES:,})")
    wide = wide_unicode(data) if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4096] else None
    if wide is not None:
        raise ReadError(origin, None, f"{wide} text: save it as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise ReadError(origin, line, f"this is a binary file (it contains a NUL byte), not {what}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise ReadError(
            origin, line, f"not UTF-8 text (byte 0x{data[err.start]:02X}); save the file as UTF-8"
        ) from None
    bad = _CONTROL.search(text)
    if bad is not None:
        line = text.count("\n", 0, bad.start()) + 1
        raise ReadError(origin, line, f"control character U+{ord(bad.group()):04X} is not allowed in {what}")
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
