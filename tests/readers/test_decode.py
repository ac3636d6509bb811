"""``decode`` finds a forbidden character with one regular expression, exactly where the old scan did."""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from chronik.errors import ReadError
from chronik.readers._common import decode


def _first_bad(text: str) -> str | None:
    """The character-by-character rule the expression replaces."""
    return next(
        (
            c
            for c in text
            if (ord(c) < 32 and c not in "\t\n\r") or ("\x7f" <= c <= "\x9f" and c != "\x85") or c in "\ufffe\uffff"
        ),
        None,
    )


_CHARS = st.characters(blacklist_categories=("Cs", "Co"), max_codepoint=0x1FFFF) | st.sampled_from(
    ["\x00", "\x08", "\x0b", "\x1f", "\x7f", "\x84", "\x85", "\x86", "\x9f", "\xa0", "\ufffe", "\uffff", "\n", "\t"]
)


@settings(max_examples=2000, deadline=None)
@given(st.text(_CHARS, max_size=40))
def test_the_same_character_on_the_same_line(text: str) -> None:
    bad = _first_bad(text)
    data = text.encode("utf-8")
    if "\x00" in text:
        with pytest.raises(ReadError, match=r"NUL byte|UTF-16|UTF-32"):
            decode(data, "t.yaml")
    elif bad is None:
        assert decode(data, "t.yaml") == text.removeprefix("\ufeff")
    else:
        with pytest.raises(ReadError) as err:
            decode(data, "t.yaml")
        line = text.count("\n", 0, text.index(bad)) + 1
        assert str(err.value) == f"t.yaml:{line}: control character U+{ord(bad):04X} is not allowed in a timeline"
