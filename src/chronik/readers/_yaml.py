"""YAML timeline files.

Built from the parser's events rather than PyYAML's constructor, so that chronik decides what a
scalar means and nothing surprising happens:

- YAML 1.2 core scalars: only ``true``/``false`` are booleans (``no`` stays the text "no"), only
  decimal digits make integers (``11:30`` stays text, not 690), dates stay EDTF text;
- duplicate keys, non-text keys, custom tags and more than one document are errors with a line;
- nesting is bounded and aliases are counted by the size they expand to, so alias bombs and
  deeply nested input fail fast instead of exhausting memory or the stack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

import yaml

from ..errors import Loc, ReadError
from ..model import Event, Timeline
from ._common import MAX_DEPTH, build_timeline

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+")
_NULL = {"", "~", "null", "Null", "NULL"}
_TAGS = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp"}
#: Most values that aliases may add by repeating what an anchor holds (real values are bounded by
#: the file size limit; this bounds what aliases multiply them into).
MAX_ALIASED = 1_000_000


def _scalar(event: Any) -> Any:
    value: str = event.value
    tag: str | None = event.tag
    if tag not in (None, "!"):
        name = tag.removeprefix("tag:yaml.org,2002:")
        if name not in _TAGS:
            raise _Problem(_line(event), f"the YAML tag '{tag}' is not supported in a timeline file")
        if name == "str":
            return value
    plain = event.implicit[0] and tag in (None, "!")
    if not plain and tag in (None, "!"):
        return value  # quoted: always text
    if value in _NULL:
        return None
    if value.lower() in ("true", "false"):
        return value.lower() == "true"
    if _INT.fullmatch(value):
        try:
            return int(value)
        except ValueError:
            return value
    if _FLOAT.fullmatch(value):
        return float(value)
    return value


_SCALAR = yaml.ScalarEvent
_MAP_START, _MAP_END = yaml.MappingStartEvent, yaml.MappingEndEvent
_SEQ_START, _SEQ_END = yaml.SequenceStartEvent, yaml.SequenceEndEvent


class _Problem(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line


def _line(event: Any) -> int | None:
    return event.start_mark.line + 1 if event.start_mark is not None else None


def _where(where: Any) -> int | None:
    return where if where is None or isinstance(where, int) else _line(where)


class _Frame:
    __slots__ = ("anchor", "container", "key", "line", "size")

    def __init__(self, container: dict[str, Any] | list[Any], anchor: str | None, line: Any) -> None:
        self.container = container
        self.anchor = anchor
        self.line = line
        self.key: str | None = None
        self.size = 1


class _Builder:
    """Plain data from parser events, with an explicit stack (no recursion)."""

    def __init__(self) -> None:
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.documents = 0
        self.aliased = 0
        #: Applied to each plain mapping closed as an item of the root's ``events`` (see :func:`load_yaml`).
        self.convert: Callable[[dict[str, Any]], Any] | None = None

    def place(self, where: Any, anchor: str | None, value: Any, size: int) -> None:
        """Put ``value`` into the open container; ``where`` is its event or its line (read only for errors)."""
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.container, list):
            top.container.append(value)
        elif top.key is None:
            if not isinstance(value, str):
                raise _Problem(_where(where), "keys must be text")
            if value in top.container:
                raise _Problem(_where(where), f"duplicate key '{value}'")
            top.key = value
        else:
            top.container[top.key] = value
            top.key = None

    def run(self, events: Iterable[Any]) -> None:
        """Feed every event; the bulk of a file inline: plain text values, and mappings and lists
        without anchor or tag opened and closed inside an open container. Anything else (and every
        error) goes through :meth:`feed`, which decides it exactly as before."""
        stack = self.stack
        scalar, map_start, seq_start, map_end, seq_end = _SCALAR, _MAP_START, _SEQ_START, _MAP_END, _SEQ_END
        for event in events:
            kind = type(event)
            if kind is scalar:
                if event.anchor is not None or event.tag is not None or not stack:
                    self.feed(event)
                    continue
                value = event.value
                if event.implicit[0] and not (value[:1].isalpha() and value[0] not in "tTfFnN"):
                    value = _scalar(event)
                top = stack[-1]
                container = top.container
                if isinstance(container, list):
                    container.append(value)
                elif top.key is not None:
                    container[top.key] = value
                    top.key = None
                elif type(value) is str and value not in container:
                    top.key = value
                else:
                    self.place(event, None, value, 1)  # a key that is no text, or a duplicate: the error
                    continue
                top.size += 1
            elif kind is map_end or kind is seq_end:
                frame = stack.pop()
                if frame.anchor is not None or not stack:
                    self.place(frame.line, frame.anchor, frame.container, frame.size)
                    continue
                top = stack[-1]
                container = top.container
                if isinstance(container, list):
                    if (
                        len(stack) == 2
                        and self.convert is not None
                        and kind is map_end
                        and top.anchor is None
                        and stack[0].key == "events"
                    ):
                        container.append(self.convert(frame.container))  # type: ignore[arg-type]
                    else:
                        container.append(frame.container)
                elif top.key is not None:
                    container[top.key] = frame.container
                    top.key = None
                else:
                    self.place(frame.line, None, frame.container, frame.size)  # a container as key: the error
                    continue
                top.size += frame.size
            elif (
                (kind is map_start or kind is seq_start)
                and event.anchor is None
                and event.tag is None
                and stack
                and len(stack) < MAX_DEPTH
                and (type(stack[-1].container) is list or stack[-1].key is not None)
            ):
                stack.append(_Frame({} if kind is map_start else [], None, event))
            else:
                self.feed(event)

    def feed(self, event: Any) -> None:
        kind = type(event)
        if kind is _SCALAR:
            value = event.value
            if event.tag is None and (not event.implicit[0] or (value[:1].isalpha() and value[0] not in "tTfFnN")):
                self.place(event, event.anchor, value, 1)  # quoted, or plain text no other type starts like
            else:
                self.place(event, event.anchor, _scalar(event), 1)
        elif kind is _MAP_START or kind is _SEQ_START:
            self.open(event)
        elif kind is _MAP_END or kind is _SEQ_END:
            frame = self.stack.pop()
            self.place(frame.line, frame.anchor, frame.container, frame.size)
        elif kind is yaml.AliasEvent:
            if event.anchor not in self.anchors:
                raise _Problem(_line(event), f"alias '*{event.anchor}' names no anchor defined before it")
            value, size = self.anchors[event.anchor]
            self.aliased += size
            if self.aliased > MAX_ALIASED:
                raise _Problem(_line(event), f"aliases repeat more than {MAX_ALIASED:,} values (an alias bomb?)")
            self.place(event, None, value, size)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                raise _Problem(_line(event), "a timeline file holds one YAML document; found a second")

    def open(self, event: Any) -> None:
        line = _line(event)
        if len(self.stack) >= MAX_DEPTH:
            raise _Problem(line, f"nested more than {MAX_DEPTH} levels deep")
        if event.tag not in (None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"):
            raise _Problem(line, f"the YAML tag '{event.tag}' is not supported in a timeline file")
        if self.stack and isinstance(self.stack[-1].container, dict) and self.stack[-1].key is None:
            raise _Problem(line, "keys must be text")
        container: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
        self.stack.append(_Frame(container, event.anchor, line))


def load_yaml(text: str, origin: str, events: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    """Plain data from YAML ``text``; ReadError with a line for anything chronik does not accept.

    ``events``, when given, is applied to each item of the root mapping's ``events`` list as soon
    as it is read (a mapping without anchor in a list without anchor: nothing else can refer to it).
    """
    builder = _Builder()
    builder.convert = events
    loader = _Loader(text)
    try:
        # what yaml.parse yields, without a generator around each event: get_event gives None at the end
        builder.run(iter(loader.get_event, None))
    except _Problem as err:
        raise ReadError(origin, err.line, str(err)) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        what = ", ".join(str(p) for p in (err.context, err.problem) if p)
        raise ReadError(origin, line, f"YAML syntax error: {what}") from None
    except yaml.YAMLError as err:
        raise ReadError(origin, None, f"YAML syntax error: {err}") from None
    finally:
        loader.dispose()
    return builder.root


def locate_yaml(text: str, loc: Loc) -> int | None:
    """The line of ``loc`` in YAML ``text`` (the deepest part of it that exists)."""
    node: Any = yaml.compose(text, Loader=_Loader)  # the same parser that read the file
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == part), None)
            if match is None:
                break
            line, node = match[0].start_mark.line + 1, match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


class YamlReader:
    """Timeline files in YAML (``.yaml``, ``.yml``)."""

    name: ClassVar[str] = "yaml"
    suffixes: ClassVar[tuple[str, ...]] = (".yaml", ".yml")

    def read(self, text: str, /, *, origin: str = "<string>", default_id: str = "timeline") -> Timeline:
        """Parse ``text``; raises ReadError or InvalidTimelineError naming ``origin`` and the line."""
        data = load_yaml(text, origin, _event_or_as_is)
        return build_timeline(data, origin, lambda loc: locate_yaml(text, loc), default_id)


def _event_or_as_is(item: dict[str, Any]) -> Any:
    """An event read from the file as its model, validated at once; kept as it is when invalid.

    The parsed events then never exist all at once next to their models (a third less memory at
    100,000 events). Building the timeline accepts the models as they are and validates what is
    still plain data, so an invalid event is reported exactly as before, at the same place.
    """
    try:
        return _validate_event(item)
    except Exception:  # reported when the timeline is built, by the same rules
        return item


_validate_event = Event.__pydantic_validator__.validate_python
