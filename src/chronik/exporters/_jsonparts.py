"""A JSON document written in parts: the bytes of ``json.dumps(..., indent=2)``, one array item at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

__all__ = ["document"]


def _nested(value: Any, level: int) -> str:
    """``value`` as ``json.dumps(indent=2)`` writes it ``level`` levels deep (JSON text has no raw newlines)."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


def document(fields: Sequence[tuple[str, Any]], key: str, items: Iterable[Any]) -> Iterator[str]:
    """``json.dumps({**dict(fields), key: list(items)}, ensure_ascii=False, indent=2)`` in parts.

    One part per item of the last member's array, so the array is never held whole as text.
    """
    yield "{"
    for name, value in fields:
        yield f"\n  {_nested(name, 1)}: {_nested(value, 1)},"
    head = f"\n  {_nested(key, 1)}: "
    empty = True
    for item in items:
        yield (head + "[\n    " if empty else ",\n    ") + _nested(item, 2)
        empty = False
    yield head + "[]\n}" if empty else "\n  ]\n}"
