"""Relation phrases ("vor „…“", "after “…”") stay grammatical whatever the title."""

from __future__ import annotations

import pytest
from hypothesis import given

import chronik
from chronik.humanize import Words
from chronik.model import Timeline
from chronik.ordering import chronology

from .conftest import SEED
from .strategies import TITLES

_QUOTES = {"de": ("\u201e", "\u201c"), "en": ("\u201c", "\u201d")}
_WORDS = {"de": ("vor", "nach", "während"), "en": ("before", "after", "during")}


def _phrase(title: str, language: str) -> str:
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "t",
            "events": [
                {"id": "a", "title": title, "when": "2024-11-02"},
                {"id": "c", "title": title, "when": "2024-11-18"},
                {"id": "p", "title": title, "when": "2024-11-01/2024-11-20"},
                {"id": "b", "title": "b", "after": ["a"], "before": ["c"], "parent": "p", "during": ["p"]},
            ],
        }
    )
    entries = {e.id: e for e in chronology(tl).entries}
    return Words(language).relations(entries["b"], entries, with_parent=True)


@pytest.mark.parametrize("language", ["de", "en"])
@given(title=TITLES)
def test_any_title_is_quoted_after_its_preposition(language: str, title: str) -> None:
    """The title stands unchanged in quotation marks, so no case ending is ever needed."""
    before, after, during = _WORDS[language]
    opening, closing = _QUOTES[language]
    tl = Timeline.model_validate({"id": "t", "title": "t", "events": [{"id": "a", "title": title}]})
    quoted = f"{opening}{tl.events[0].title}{closing}"
    assert _phrase(title, language) == f"{during} {quoted}, {after} {quoted}, {before} {quoted}, {during} {quoted}"


@pytest.mark.parametrize(
    ("language", "phrase"),
    [
        ("de", "vor \u201eKai Wegners fünftägige Reise in die USA\u201c"),
        ("en", "before \u201cKai Wegners fünftägige Reise in die USA\u201d"),
    ],
)
def test_seed_relation_phrase(language: str, phrase: str) -> None:
    """Not 'vor Kai Wegners fünftägige Reise' (a nominative after a preposition that wants the dative)."""
    md = " ".join(chronik.dumps(chronik.load(SEED), "md", language=language).split())
    assert phrase in md
