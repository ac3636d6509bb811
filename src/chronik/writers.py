"""Writing timelines back as timeline files.

:func:`timeline_to_yaml` writes the YAML timeline file a person would write: the model's fields
in the model's order, leaving out every field that has its default value and every empty list,
with citations without a quote in their short form (``- seed-text``). A string stays plain only
when every YAML reader reads it back as that same text; anything else is double-quoted, such as
EDTF dates (``"2024-11-08"``), ``"no"``, ``"11:30"``, URLs and text with ``: `` or ``#``. Text
of several lines is a literal block (``|``) when it can be one, else quoted with escapes, so that
``chronik.loads(timeline_to_yaml(tl)) == tl`` for every valid timeline.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Any

from .model import Timeline

__all__ = ["TIMELINE_SUFFIXES", "timeline_format", "timeline_to_json", "timeline_to_text", "timeline_to_yaml"]

#: The timeline file formats by file suffix.
TIMELINE_SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json"}

#: Plain scalars: a letter first, then letters, digits, spaces and harmless punctuation.
_PLAIN = re.compile(r"[^\W\d_][\w .,()'/&+-]*", re.UNICODE)
#: Words YAML 1.1 readers turn into booleans or null.
_SPECIAL = {"y", "yes", "n", "no", "on", "off", "true", "false", "null"}
#: What PyYAML reads as printable, less the line breaks (NEL, LS, PS) and the byte order mark.
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_PRINTABLE = re.compile(r"[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


def _plain(text: str) -> bool:
    return bool(_PLAIN.fullmatch(text)) and not text.endswith(" ") and text.lower() not in _SPECIAL


def _quoted(text: str) -> str:
    """A double-quoted YAML scalar: quotes, backslashes and everything not printable escaped."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _PRINTABLE.fullmatch(char):
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _block(text: str, indent: str) -> str | None:
    """A literal block scalar for text of several printable lines, else None."""
    lines = text.split("\n")
    if len(lines) < 2 or not all(_PRINTABLE.fullmatch(c) for c in text.replace("\n", "")):
        return None
    trailing = len(text) - len(text.rstrip("\n"))
    chomp = "-" if trailing == 0 else "" if trailing == 1 else "+"
    body = lines[: len(lines) - 1] if trailing else lines
    return f"|2{chomp}\n" + "\n".join(f"{indent}  {line}" if line else "" for line in body)


def _scalar(value: Any, indent: str) -> str:
    if isinstance(value, bool) or value is None:
        raise TypeError(f"unexpected value {value!r} in a timeline")
    if isinstance(value, (int, float)):
        return repr(float(value))
    text = str(value)
    if _plain(text):
        return text
    return _block(text, indent) or _quoted(text)


def _mapping(data: dict[str, Any], indent: str) -> list[str]:
    lines = []
    for key, value in data.items():
        if isinstance(value, dict):
            lines += [f"{indent}{key}:", *_mapping(value, indent + "  ")]
        elif isinstance(value, list):
            lines.append(f"{indent}{key}:")
            lines += _sequence(value, indent + "  ")
        else:
            lines.append(f"{indent}{key}: {_scalar(value, indent)}")
    return lines


def _sequence(items: list[Any], indent: str) -> list[str]:
    lines = []
    for item in items:
        if isinstance(item, dict) and set(item) == {"source"}:
            item = item["source"]  # a citation without a quote: its short form
        if isinstance(item, dict):
            inner = _mapping(item, indent + "  ")
            lines += [f"{indent}- {inner[0].lstrip()}", *inner[1:]]
        else:
            lines.append(f"{indent}- {_scalar(item, indent)}")  # a block's indent counts from the '-'
    return lines


def timeline_to_yaml(timeline: Timeline) -> str:
    """``timeline`` as a YAML timeline file; :func:`chronik.loads` reads it back to an equal timeline."""
    data = timeline.model_dump(mode="json", exclude_defaults=True)
    return "\n".join(_mapping(data, "")) + "\n"


def timeline_to_json(timeline: Timeline) -> str:
    """``timeline`` as a JSON timeline file of the YAML file's shape; :func:`chronik.loads` reads it back."""
    return json.dumps(timeline.model_dump(mode="json", exclude_defaults=True), ensure_ascii=False, indent=2) + "\n"


def timeline_to_text(timeline: Timeline, format: str) -> str:
    """``timeline`` as a timeline file in ``format`` (``yaml`` or ``json``)."""
    return timeline_to_json(timeline) if format == "json" else timeline_to_yaml(timeline)


def timeline_format(path: str | PurePath) -> str | None:
    """``yaml`` or ``json`` as the suffix of ``path`` names it (``.yaml``, ``.yml``, ``.json``), else None."""
    return TIMELINE_SUFFIXES.get(PurePath(path).suffix.lower())
