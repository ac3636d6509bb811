"""A JSON document written in parts: the bytes of ``json.dumps(..., indent=2)``, one batch of array items at a time.

Each part is written by orjson where it writes what the standard library writes (see :func:`dumps`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import orjson

__all__ = ["document", "dumps"]

#: Array items per part.
_BATCH = 100


def dumps(value: Any, indent: int, depth: int, *, numbers: bool = True) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=indent)`` writes it at nesting ``depth``.

    ``numbers=False`` promises that ``value`` holds no float, which spares looking for one.
    """
    if indent == 2 and not (numbers and _odd_float(value)):
        try:
            text = orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8")
        except TypeError:  # an integer beyond 64 bits, a lone surrogate
            text = json.dumps(value, ensure_ascii=False, indent=indent)
    else:
        text = json.dumps(value, ensure_ascii=False, indent=indent)
    return text.replace("\n", "\n" + " " * (indent * depth)) if depth and "\n" in text else text


def _odd_float(value: Any) -> bool:
    """Whether ``value`` holds a float that orjson writes otherwise than ``json.dumps`` (``float.__repr__``)."""
    todo = [value]
    while todo:
        cur = todo.pop()
        kind = type(cur)
        if kind is float:
            if orjson.dumps(cur) != repr(cur).encode("ascii"):
                return True
        elif kind is dict:
            todo.extend(cur.values())
        elif kind is list:
            todo.extend(cur)
        elif kind not in (str, int, bool) and cur is not None:
            return True  # anything else (a float subclass, a tuple): the standard library decides
    return False


def document(
    fields: Sequence[tuple[str, Any]],
    key: str,
    items: Iterable[Any],
    *,
    batch: int = _BATCH,
    numbers: bool = True,
) -> Iterator[str]:
    """``json.dumps({**dict(fields), key: list(items)}, ensure_ascii=False, indent=2)`` in parts.

    One part per batch of the last member's array, so the array is never held whole as text. A
    batch is dumped as an array of its own and loses its brackets: the items' layout inside it is
    the one they have in the whole array. ``numbers=False`` promises that no item holds a float
    (see :func:`dumps`).
    """
    yield "{"
    for name, value in fields:
        yield f"\n  {dumps(name, 2, 1)}: {dumps(value, 2, 1)},"
    head = f"\n  {dumps(key, 2, 1)}: "
    it = iter(items)
    first = True
    while part := list(islice(it, batch)):
        yield (head + "[" if first else ",") + dumps(part, 2, 1, numbers=numbers)[1:-4]  # less "[" and "\n  ]"
        first = False
    yield head + "[]\n}" if first else "\n  ]\n}"
