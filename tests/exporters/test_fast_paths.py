"""The exporters' fast paths write what their slow paths (kept as oracles) write, for any input."""

from __future__ import annotations

import html
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.dates import Span, parse_when
from chronik.exporters import _ics_text as txt
from chronik.exporters._html import clean, clean_slow, text
from chronik.exporters._jsonparts import document
from chronik.exporters._markup import document as document_md
from chronik.exporters._markup import escape, escape_slow, tidy, wrap, wrap_words
from chronik.exporters._markwhen import _NOT_YAML, plain, plain_slow
from chronik.exporters._markwhen import line as mw_line
from chronik.exporters._timelinejs import escape as tljs_escape
from chronik.humanize import LANGUAGES, Words

from ..strategies import when_texts
from .test_json_stream import _JSON

#: Text rich in what the fast paths must notice: spaces in runs and at either end, other
#: whitespace, control characters, Markdown's special characters, block starts, long words.
_PIECES = st.sampled_from(
    [" ", "  ", "\t", "\n", "\r\n", "\x00", "\x1f", "\x7f", "\x85", "\xa0", "\u2028", "\u3000", "\xad",
     "*", "_", "[", "]", "\\", "<", ">", "|", "#", "!", "{", "-", "+", "=", "1.", "12)", "1234567890.",
     "a", "Wort", "Präsident", "x" * 30, "y" * 85, "€", "\U0001f600"]
)  # fmt: skip
_TEXT = st.one_of(st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join))


@given(_TEXT)
@settings(max_examples=1000)
def test_escape_fast_path_is_the_full_escape(text: str) -> None:
    assert escape(text) == escape_slow(text)


@given(
    _TEXT,
    st.sampled_from(["", "- ", "  - ", "[^12]: ", " ", "x" * 90]),
    st.sampled_from(["", "  ", "    ", "x" * 90]),
    st.integers(min_value=0, max_value=120),
)
@settings(max_examples=2000)
def test_wrap_fast_path_is_wrap_word_by_word(text: str, first: str, indent: str, width: int) -> None:
    assert wrap(text, first, indent, width) == wrap_words(text, first, indent, width)


@given(_TEXT, st.sampled_from(["", "- ", "    "]))
@settings(max_examples=500)
def test_wrap_of_escaped_text_is_wrap_word_by_word(text: str, first: str) -> None:
    """The common case: escaped text (single spaces) at the default width."""
    text = escape(text)
    assert wrap(text, first, "  ") == wrap_words(text, first, "  ")


@given(_TEXT)
@settings(max_examples=1000)
def test_html_text_fast_path_is_the_full_clean_and_escape(value: str) -> None:
    assert clean(value) == clean_slow(value)
    assert text(value) == html.escape(clean_slow(value), quote=True)


@given(st.text(alphabet="a &<>\"'\u00e4", max_size=20))
def test_html_text_escapes_what_html_escape_escapes(value: str) -> None:
    assert text(value) == html.escape(clean_slow(value), quote=True)


_MARKWHEN = st.lists(
    st.one_of(_PIECES, st.sampled_from(["#", "#a", "![", "](location)", "](map)", "!x", ".start", ".end", "50%",
                                        " 7% ", "[", "[x]", "//", "/", "\ufffe", "\x80", "\x85"]), st.text(max_size=4)),
    max_size=30,
).map("".join)  # fmt: skip


@given(st.one_of(_TEXT, _MARKWHEN), st.booleans())
@settings(max_examples=1500)
def test_markwhen_plain_fast_path_is_every_pattern_applied(value: str, first: bool) -> None:
    assert plain(value, first=first) == plain_slow(value, first=first)
    assert mw_line(value) == txt.line_slow(_NOT_YAML.sub("", value))


@given(st.one_of(_TEXT, _MARKWHEN))
@settings(max_examples=1000)
def test_ics_text_fast_paths_are_the_full_ones(value: str) -> None:
    assert txt.text(value) == txt.text_slow(value)
    assert txt.line(value) == txt.line_slow(value)


@given(
    st.lists(st.tuples(st.text(max_size=5), _JSON), max_size=3),
    st.text(max_size=5),
    st.lists(_JSON, max_size=7),
    st.integers(min_value=1, max_value=4),
)
@settings(max_examples=500, deadline=None)
def test_json_document_in_batches_is_one_json_dumps(
    fields: list[tuple[str, Any]], key: str, items: list[Any], batch: int
) -> None:
    """TimelineJS and JSON-LD: orjson, batch by batch, writes the bytes of one ``json.dumps``."""
    fields = [(k, v) for k, v in dict(fields).items() if k != key]
    expected = json.dumps({**dict(fields), key: items}, ensure_ascii=False, indent=2)
    assert "".join(document(fields, key, iter(items), batch=batch)) == expected


@given(st.one_of(_TEXT, st.text(alphabet="a &<>\"'", max_size=10)), st.booleans())
def test_timelinejs_escape_is_html_escape(value: str, quote: bool) -> None:
    assert tljs_escape(value, quote) == html.escape(value, quote)


@given(
    st.lists(when_texts(), min_size=1, max_size=6),
    st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kathmandu"]),
    st.sampled_from(LANGUAGES),
    st.sampled_from(["dmy", "mdy"]),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_words_said_once_say_the_same(texts: list[str], tz: str, language: str, style: str, weekday: bool) -> None:
    """A date asked for again is what a fresh :class:`Words` says of it (equal values, equal words)."""
    kept = Words(language, style, weekday)  # type: ignore[arg-type]
    for when in [parse_when(t) for t in texts] * 2:
        assert kept.when(when, tz) == Words(language, style, weekday).when(when, tz)  # type: ignore[arg-type]
        start = when.start if isinstance(when, Span) else when
        if start is not None:
            assert kept.partial(start, tz) == Words(language, style, weekday).partial(start, tz)  # type: ignore[arg-type]


@given(
    st.lists(st.lists(st.sampled_from(["", "", "a", "b c", " ", "\n", "x\n", "- y"]), max_size=6), max_size=12),
    st.integers(min_value=1, max_value=8),
)
def test_markdown_document_in_blocks_is_the_tidied_lines_joined(blocks: list[list[str]], batch: int) -> None:
    lines = [line for block in blocks for line in block]
    expected = "\n".join(tidy(lines)).rstrip("\n") + "\n"
    assert "".join(document_md(iter(blocks), batch)) == expected
