"""``chronik show``'s table against the rendering it replaced (``tests/table_oracle.py``)."""

from __future__ import annotations

import sys
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik.model import Timeline
from chronik.table import _clean, render_table

from . import table_oracle
from .strategies import timelines

WHITESPACE = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
HOSTILE = st.text(st.characters() | st.sampled_from(WHITESPACE + "\x1b\x00\x7f\u200b\u2028"), max_size=30)


def test_the_space_is_the_only_printable_whitespace() -> None:
    """What the fast path of ``_clean`` rests on, for the Unicode version of this Python."""
    assert [c for c in WHITESPACE if c.isprintable()] == [" "]


@settings(max_examples=2000)
@given(HOSTILE)
def test_clean_equals_the_oracle(text: str) -> None:
    assert _clean(text) == table_oracle._clean(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(timelines(), st.sampled_from([None, "de", "en"]), st.integers(40, 200))
def test_table_equals_the_oracle(doc: dict[str, Any], language: str | None, width: int) -> None:
    timeline = Timeline.model_validate(doc)
    assert render_table(timeline, language, width) == table_oracle.render_table(timeline, language, width)


def test_seed_table_equals_the_oracle(seed: Timeline) -> None:
    for language in (None, "de", "en"):
        for width in (40, 80, 120, 300):
            assert render_table(seed, language, width) == table_oracle.render_table(seed, language, width)


def test_parts_are_indented_under_what_they_belong_to(seed: Timeline) -> None:
    """The flight is a part of the trip (one level in), the senator joining in Boston a part of a stop (two)."""
    lines = render_table(seed, "de", 200).splitlines()
    start = lines[0].index("Eintrag")
    titles = [line[start:] for line in lines[2:]]
    assert any(t.startswith("  Abflug nach New York") for t in titles)
    assert any(t.startswith("    Wirtschaftssenatorin") and not t.startswith("     ") for t in titles)
    assert any(t.startswith("Kai Wegners") for t in titles)
