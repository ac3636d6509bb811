"""The bundled seed timeline is faithful to its text: every quote is verbatim, every fact cited."""

from __future__ import annotations

import pytest

from chronik.model import Timeline

from .conftest import SEED_TEXT, SHARED


def _normalise(text: str) -> str:
    return " ".join(text.split())


def test_every_quote_is_verbatim_in_the_seed_text(seed: Timeline) -> None:
    """Each quoted passage occurs word for word in the seed text."""
    text = _normalise(SEED_TEXT.read_text(encoding="utf-8"))
    citations = [c for e in seed.events for c in e.sources] + [c for s in seed.sources for c in s.sources]
    assert citations
    for cit in citations:
        assert cit.quote is not None
        assert _normalise(cit.quote) in text, cit.quote


def test_every_event_and_report_cites_a_source(seed: Timeline) -> None:
    """No event without sources; every source but the seed text itself says where we read of it."""
    assert all(e.sources for e in seed.events)
    assert all(s.sources for s in seed.sources if s.id != "seed-text")


def test_the_dated_reports(seed: Timeline) -> None:
    """Six reports carry a publication date; "November 2024" stays a month."""
    dated = {s.id: str(s.published) for s in seed.sources if s.published is not None}
    assert dated == {
        "tagesspiegel-2023-11-14": "2023-11-14",
        "zeit-2024-11-06": "2024-11-06",
        "ntv-2024-11-06": "2024-11-06",
        "morgenpost-2024-11-07": "2024-11-07",
        "zeit-2024-11-08": "2024-11-08",
        "checkpoint-2024-11": "2024-11",
    }


def test_the_trip(seed: Timeline) -> None:
    """Departure 10 Nov, five days from then, the delegation trip 10-16 Nov, stops without dates."""
    when = {e.id: (str(e.when) if e.when else None) for e in seed.events}
    assert when["departure"] == "2024-11-10"
    assert when["wegner-trip"] == "2024-11-10/P5D"
    assert when["delegation-trip"] == "2024-11-10/2024-11-16"
    assert when["sister-cities-1967"] == "1967"
    for stop in ("stop-new-york", "stop-boston", "stop-los-angeles", "giffey-joins"):
        assert when[stop] is None


def test_seed_text_matches_the_shared_original() -> None:
    """The project's copy of the seed text is the shared original, byte for byte."""
    original = SHARED / "seeds" / SEED_TEXT.name
    if not original.exists():
        pytest.skip("../shared is not beside this checkout")
    assert SEED_TEXT.read_bytes() == original.read_bytes()
