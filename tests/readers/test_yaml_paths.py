"""libyaml and the pure-Python parser, the inline builder and the plain one: the same data or the same error."""

from __future__ import annotations

from typing import Any

import hypothesis.strategies as st
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from chronik.errors import ReadError
from chronik.readers import _yaml
from chronik.readers._yaml import _Builder, _line, _scalar, load_yaml

pytestmark = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")


class _PlainBuilder(_Builder):
    """The builder as it was: every event through ``feed``, every scalar through ``_scalar``."""

    def run(self, events: Any) -> None:
        for event in events:
            if isinstance(event, yaml.ScalarEvent):
                self.place(_line(event), event.anchor, _scalar(event), 1)
            else:
                self.feed(event)


def _reference(text: str, loader: Any = yaml.SafeLoader) -> Any:
    """``load_yaml`` with the plain builder, by default with the pure-Python parser."""
    saved = _yaml._Loader, _yaml._Builder
    _yaml._Loader, _yaml._Builder = loader, _PlainBuilder  # type: ignore[misc]
    try:
        return load_yaml(text, "t.yaml")
    finally:
        _yaml._Loader, _yaml._Builder = saved  # type: ignore[misc]


def _current(text: str) -> Any:
    return load_yaml(text, "t.yaml")


def _typed(value: Any) -> Any:
    """``value`` with its types spelled out (``1 == 1.0 == True`` in Python, not in a timeline)."""
    if isinstance(value, dict):
        return ("map", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [_typed(v) for v in value])
    return (type(value).__name__, repr(value))


def _outcome(load: Any, text: str, *, exact: bool = False) -> tuple[str, Any]:
    try:
        return "data", _typed(load(text))
    except ReadError as err:
        message = str(err)
        # The two parsers word syntax errors their own way; that both refuse the text is what counts.
        return ("syntax", None) if "YAML syntax error" in message and not exact else ("error", message)


_WORDS = st.sampled_from(
    [
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "true",
        "True",
        "TRUE",
        "false",
        "null",
        "Null",
        "NULL",
        "~",
        "",
        "11:30",
        "1967",
        "-3",
        "+4",
        "007",
        "1.5",
        "-.5",
        "1e3",
        "1E-2",
        ".inf",
        "nan",
        "0x1F",
        "0o17",
        "2024-11-10",
        "2024-11-10T09:30",
        "Berlin",
        "Ärger",
        "émigré",
        "t",
        "f",
        "Nacht",
        "Tag",
        "x y",
        "a: b",
        "- a",
        "#x",
        "'q'",
        '"q"',
        "&a",
        "*a",
        "!!str 1",
        "!!int 2",
        "!foo x",
        "|",
        ">",
    ]
)
_DATA = st.recursive(
    _WORDS | st.integers(-(10**20), 10**20) | st.floats(allow_nan=False) | st.booleans() | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_WORDS, inner, max_size=3),
    max_leaves=20,
)
_LINE = st.tuples(
    st.sampled_from(["", "  ", "    ", "- ", "  - "]),
    st.sampled_from(
        ["a", "b", "id", "title", "yes", "1", "? x", "? [x]", "? {x: y}", "&k a", "*k", "!!str a", "&k [a]"]
    ),
    st.sampled_from([": ", ":", ": &k ", ": *k", ": !!str ", ": !!map ", ": !x ", ": [", ": {"]),
    _WORDS,
).map("".join)


def _alike(current: tuple[str, Any], reference: tuple[str, Any]) -> None:
    """The same data or the same error; a text one parser finds malformed the other refuses too.

    libyaml reads ahead inside a flow collection, so it can report a syntax error before a
    problem chronik would have named in the events before it (and the other way round).
    """
    if "syntax" in (current[0], reference[0]):
        assert "data" not in (current[0], reference[0])
    else:
        assert current == reference


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DATA, st.booleans(), st.sampled_from([None, True, False]))
def test_dumped_data_reads_alike(data: Any, unicode: bool, flow: bool | None) -> None:
    text = yaml.safe_dump(data, allow_unicode=unicode, default_flow_style=flow, sort_keys=False)
    assert _outcome(_current, text) == _outcome(_reference, text)


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=8))
def test_hand_written_lines_read_alike(lines: list[str]) -> None:
    text = "\n".join(lines) + "\n"
    _alike(_outcome(_current, text), _outcome(_reference, text))
    libyaml = _outcome(lambda t: _reference(t, yaml.CSafeLoader), text, exact=True)
    assert _outcome(_current, text, exact=True) == libyaml  # the inline builder changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: 2\na: 3\n",
        "a:\n  - x\n  - y\nb: {c: 1, c: 2}\n",
        "a: &x [1, 2]\nb: *x\nc: *y\n",
        "1: a\n",
        "? [a]\n: b\n",
        "a: !!python/object x\n",
        "a: b\n---\nc: d\n",
        "id: t\ntitle: T\nevents:\n  - id: e\n    title: Nacht\n    when: 11:30\n    yes: no\n",
        "[" * 40 + "]" * 40,
        "a:\n" + "".join("  " * i + "- b:\n" for i in range(1, 40)),
        "a: &k {b: [1, {c: d}]}\ne: [*k, *k]\nf: !!map {g: h}\n",
        "? {a: b}\n: c\n",
        "a: [{b: c}, [d, {e: f, e: g}]]\n",
    ],
)
def test_chronik_errors_are_the_same(text: str) -> None:
    assert _outcome(_current, text) == _outcome(_reference, text)
