"""Draft timelines from hand-built mentions (no tagger), and the evidence offsets (``at``) they cite."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
from chronik.check import check
from chronik.errors import ChronikError, InvalidTimelineError, ReadError
from chronik.extract._draft import (
    DraftDocument,
    draft_text,
    draft_timeline,
    merged_draft,
    read_source,
    relative_file,
    summary,
    tag_document,
)
from chronik.extract._types import Kind, Mention
from chronik.model import Citation, Timeline

from .strategies import when_texts

DE = (
    "Die Senatskanzlei teilte mit, dass Kai Wegner am Sonntag nach New York fliegt. "
    "Wie die Zeit am 8. November 2024 berichtete, reist Wegner fünf Tage durch die USA.\n"
    "Die Delegation ist vom 10. bis 16. November 2024 unterwegs. "
    "Berlin und Los Angeles sind seit 1967 Partnerstädte. "
    "Vor kurzem traf Kai Wegner in München den Bürgermeister. "
    "Laut dem Tagesspiegel Checkpoint vom November 2024 kostet die Reise 123.000 Euro."
)
EN = "Earlier this week the mayor met Karen Bass in Los Angeles. The Times reported on 8 November 2024 that he left."


def mention(
    text: str,
    surface: str,
    value: str | None,
    kind: Kind = "event",
    *,
    publisher: str | None = None,
    duration: str | None = None,
    places: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
) -> Mention:
    """A mention of ``surface`` in ``text`` (first occurrence), with the sentence around it."""
    start = text.index(surface)
    bounds = [0] + [m.end() for m in re.finditer(r"(?<=[^\d\s][.!?])\s+", text)] + [len(text) + 1]
    s = max(b for b in bounds if b <= start)
    e = min(b for b in bounds if b > start)
    sentence = text[s:e].rstrip()
    return Mention(
        surface,
        start,
        start + len(surface),
        value,
        kind,
        publisher,
        sentence,
        s,
        "doc.txt",
        duration,
        "",
        places,
        people,
    )


def doc(mentions: list[Mention], text: str = DE, file: str = "doc.txt", language: str | None = "de") -> DraftDocument:
    return DraftDocument(file, text, mentions, language)


def draft(mentions: list[Mention], text: str = DE, language: str = "de", **kw: Any) -> Timeline:
    return draft_timeline([doc(mentions, text, language=language)], language=language, dct=kw.pop("dct", None), **kw)


def assert_evidence(tl: Timeline, texts: dict[str, str]) -> None:
    """Every quoted citation of the article sources gives its place in the text, exactly."""
    citations = [c for e in tl.events for c in e.sources] + [c for s in tl.sources for c in s.sources]
    for cit in citations:
        if cit.source in texts:
            assert cit.span is not None
            start, end = cit.span
            assert texts[cit.source][start:end] == cit.quote


# --- the timeline ------------------------------------------------------------------------------------------------


def test_timeline_fields() -> None:
    """Id and title from the file name, the language, a draft note, ``updated`` only from the dct."""
    tl = draft([], dct=date(2024, 11, 10))
    assert (tl.id, tl.title, tl.language) == ("doc", "Entwurf: doc", "de")
    assert tl.description is not None
    assert "chronik extract" in tl.description
    assert str(tl.updated) == "2024-11-10"
    assert draft([]).updated is None
    en = draft([], EN, "en")
    assert en.title == "Draft: doc"
    assert en.description is not None
    assert en.description.startswith("Draft")
    assert tl.timezone is None


def test_article_source_per_document() -> None:
    """Each text is a source of kind article with its file, language and an 'about'."""
    docs = [doc([], file="texts/Zeit Artikel.txt"), doc([], EN, file="b.txt", language="en")]
    tl = draft_timeline(docs, language="de", dct=None)
    assert [(s.id, s.kind, s.file, s.language, s.about) for s in tl.sources] == [
        ("Zeit-Artikel", "article", "texts/Zeit Artikel.txt", "de", "Quelltext"),
        ("b", "article", "b.txt", "en", "Quelltext"),
    ]
    assert tl.id == "Zeit-Artikel"
    assert tl.title == "Entwurf: Zeit Artikel und ein weiterer Text"


def test_same_stem_twice_gets_distinct_ids() -> None:
    """Two texts with one name in different folders: ``-2``."""
    tl = draft_timeline([doc([], file="a/x.txt"), doc([], file="b/x.txt")], language="en", dct=None)
    assert [s.id for s in tl.sources] == ["x", "x-2"]
    assert tl.title == "Draft: x and one more text"


def test_no_documents_or_unknown_language() -> None:
    """A draft needs a text and a language chronik writes."""
    with pytest.raises(ValueError, match="at least one"):
        draft_timeline([], language="de", dct=None)
    with pytest.raises(ValueError, match="fr"):
        draft_timeline([doc([])], language="fr", dct=None)


# --- reports -----------------------------------------------------------------------------------------------------


def test_report_with_a_day() -> None:
    """A dated report: publisher, published, the sentence as 'about' and as the quote with its offsets."""
    m = mention(DE, "am 8. November 2024", "2024-11-08", "report", publisher="Die Zeit")
    tl = draft([m])
    report = tl.sources[1]
    assert report.id == "zeit-2024-11-08"
    assert (report.kind, report.publisher, str(report.published), report.language) == (
        "report",
        "Die Zeit",
        "2024-11-08",
        "de",
    )
    assert report.about == m.sentence
    assert report.sources == (Citation(source="doc", quote=m.sentence, at=f"{m.sentence_start}-{m.sentence_end}"),)
    assert_evidence(tl, {"doc": DE})
    assert not tl.events


@pytest.mark.parametrize(
    ("value", "published"),
    [("2024-11", "2024-11"), ("2024", "2024"), ("2024-11~", "2024-11~"), ("2024-11-08T14:30", "2024-11-08")],
)
def test_report_published_at_its_precision(value: str, published: str) -> None:
    """Year and month stay coarse; a date-time is published on its day."""
    m = mention(DE, "vom November 2024", value, "report", publisher="Tagesspiegel Checkpoint")
    tl = draft([m])
    assert str(tl.sources[1].published) == published
    assert tl.sources[1].id == f"tagesspiegel-checkpoint-{published.rstrip('~').lower().replace('t', '')}"


def test_report_without_a_single_date() -> None:
    """A span or an unresolved date gives no 'published', and 'about' says why."""
    span = mention(DE, "vom 10. bis 16. November 2024", "2024-11-10/2024-11-16", "report", publisher="Die Zeit")
    vague = mention(DE, "Vor kurzem", None, "report", publisher="Der Tagesspiegel")
    tl = draft([span, vague])
    a, b = tl.sources[1:]
    assert a.published is None
    assert a.about is not None
    assert a.about.endswith("(Zeitraum laut Text: 2024-11-10/2024-11-16, kein einzelnes Erscheinungsdatum)")
    assert b.published is None
    assert b.about is not None
    assert b.about.endswith("(Erscheinungsdatum offen: „Vor kurzem“)")
    assert b.id == "tagesspiegel"
    en = draft([mention(EN, "Earlier this week", None, "report")], EN, "en")
    assert en.sources[1].about is not None
    assert en.sources[1].about.endswith('(Publication date unresolved: "Earlier this week")')


def test_report_without_publisher() -> None:
    """Without a publisher the report still says what it is about; its id says 'report'."""
    tl = draft([mention(EN, "on 8 November 2024", "2024-11-08", "report")], EN, "en")
    report = tl.sources[1]
    assert (report.id, report.publisher, report.name) == ("report-2024-11-08", None, report.about)


def test_long_about_is_shortened_at_a_word() -> None:
    """'about' keeps the first words of a long sentence and ends with an ellipsis."""
    text = "Die Zeit berichtete am 8. November 2024 " + "über sehr lange Verhandlungen " * 10 + "."
    tl = draft([mention(text, "am 8. November 2024", "2024-11-08", "report", publisher="Die Zeit")], text)
    about = tl.sources[1].about
    assert about is not None
    assert about.endswith("…")
    assert len(about) <= 120
    assert text.startswith(about[:-1])
    assert about[-2] != " "


# --- events ------------------------------------------------------------------------------------------------------


def test_event_with_a_date() -> None:
    """An event: id from the date and content words, title from the sentence, the quote with offsets."""
    m = mention(DE, "seit 1967", "1967", places=("Berlin", "Los Angeles"))
    tl = draft([m])
    (event,) = tl.events
    assert event.id == "1967-berlin-angeles-partnerstaedte"
    assert (event.kind, str(event.when), event.title) == (
        "event",
        "1967",
        "Berlin und Los Angeles sind seit 1967 Partnerstädte.",
    )
    assert event.description == "Zeitangabe: „seit 1967“"
    assert event.where == "berlin"
    assert [p.id for p in tl.places] == ["berlin"]
    assert_evidence(tl, {"doc": DE})


def test_duration_with_a_day_start() -> None:
    """A duration from a day: START/P5D; with a span or a month it is only noted."""
    day = draft([mention(DE, "am Sonntag", "2024-11-10", duration="P5D")]).events[0]
    assert str(day.when) == "2024-11-10/P5D"
    span = draft([mention(DE, "vom 10. bis 16. November 2024", "2024-11-10/2024-11-16", duration="P5D")]).events[0]
    assert str(span.when) == "2024-11-10/2024-11-16"
    assert span.description is not None
    assert "Dauer laut Text: P5D" in span.description
    for odd in ("P5X", "PT2H", "P0D"):
        event = draft([mention(DE, "am Sonntag", "2024-11-10", duration=odd)]).events[0]
        assert str(event.when) == "2024-11-10"
        assert event.description == f"Zeitangabe: „am Sonntag“; Dauer laut Text: {odd}"
    assert str(draft([mention(DE, "am Sonntag", "2024-11-10", duration="P2W")]).events[0].when) == "2024-11-10/P2W"


def test_unresolved_event() -> None:
    """No date: 'when' is left out, and the description names the words that could not be pinned."""
    de = draft([mention(DE, "Vor kurzem", None, people=("Kai Wegner",), places=("München",))]).events[0]
    assert de.when is None
    assert de.description == "Datum offen: „Vor kurzem“"
    assert de.id == "offen-traf-wegner-muenchen"
    assert de.where == "muenchen"
    assert de.who == ("kai-wegner",)
    en = draft([mention(EN, "Earlier this week", None)], EN, "en").events[0]
    assert en.description == 'Date unresolved: "Earlier this week"'
    assert en.id.startswith("undated-")


def test_an_invalid_value_is_kept_as_unresolved() -> None:
    """A value that is not EDTF never reaches 'when': it is noted beside the words."""
    event = draft([mention(DE, "am Sonntag", "2024-13-45")]).events[0]
    assert event.when is None
    assert event.description == "Datum offen: „am Sonntag“ (ungültiger Wert 2024-13-45)"


def test_local_time_needs_a_zone() -> None:
    """Without a zone a local time is kept as its day and noted; with one it stays a time."""
    m = mention(DE, "am Sonntag", "2024-11-10T11:30")
    plain = draft([m]).events[0]
    assert str(plain.when) == "2024-11-10"
    assert plain.description is not None
    assert "Uhrzeit laut Text: 2024-11-10T11:30" in plain.description
    zoned = draft([m], timezone="Europe/Berlin")
    assert str(zoned.events[0].when) == "2024-11-10T11:30"
    assert zoned.timezone == "Europe/Berlin"
    span = draft([mention(DE, "am Sonntag", "2024-11-10T09:00/2024-11-11T10:00")]).events[0]
    assert str(span.when) == "2024-11-10/2024-11-11"
    fixed = draft([mention(DE, "am Sonntag", "2024-11-10T09:00Z")]).events[0]
    assert str(fixed.when) == "2024-11-10T09:00Z"


def test_event_cites_the_report_in_its_sentence() -> None:
    """An event stated in a report's sentence cites the report too."""
    report = mention(DE, "am 8. November 2024", "2024-11-08", "report", publisher="Die Zeit")
    event = mention(DE, "fünf Tage", None, duration="P5D")
    tl = draft([report, event])
    assert tl.events[0].sources[1] == Citation(source="zeit-2024-11-08")
    other = draft([report, mention(DE, "seit 1967", "1967")])
    assert len(other.events[0].sources) == 1


def test_people_and_places_are_shared_and_ids_unique() -> None:
    """One entry per name; ids never collide, whatever kind of entry took them first."""
    ms = [
        mention(DE, "am Sonntag", "2024-11-10", people=("Kai Wegner",), places=("New York",)),
        mention(DE, "Vor kurzem", None, people=("Kai Wegner", "Kai  Wegner", " "), places=("Kai Wegner",)),
        mention(DE, "seit 1967", "1967", places=("New York",), people=("Ünal Öz",)),
    ]
    tl = draft(ms)
    assert [(p.id, p.name) for p in tl.people] == [("kai-wegner", "Kai Wegner"), ("uenal-oez", "Ünal Öz")]
    assert [(p.id, p.name) for p in tl.places] == [("new-york", "New York"), ("kai-wegner-2", "Kai Wegner")]
    assert tl.events[1].who == ("kai-wegner",)
    assert tl.events[2].where == "new-york"


def test_repeated_sentences_get_numbered_ids() -> None:
    """The same date in the same words: -2, -3, in document order."""
    text = "Am Montag wurde gewählt. Am Montag wurde gewählt. Am Montag wurde gewählt."
    ms = [
        Mention("Am Montag", s, s + 9, "2024-11-04", "event", None, "Am Montag wurde gewählt.", s) for s in (0, 25, 50)
    ]
    tl = draft(ms, text)
    assert [e.id for e in tl.events] == ["2024-11-04-gewaehlt", "2024-11-04-gewaehlt-2", "2024-11-04-gewaehlt-3"]
    assert [e.sources[0].at for e in tl.events] == ["0-24", "25-49", "50-74"]


def test_long_title_is_cut_at_a_word() -> None:
    """Titles stay near 90 characters, cut between words, on one line."""
    text = "Am Sonntag begann die\nReise " + "mit vielen weiteren Stationen " * 6 + "."
    title = draft([mention(text, "Am Sonntag", "2024-11-10")], text).events[0].title
    assert len(title) <= 90
    assert title.endswith("…")
    assert "\n" not in title
    assert title.startswith("Am Sonntag begann die Reise mit")


def test_misplaced_sentence_is_found_or_refused() -> None:
    """Quotes are always verbatim: a sentence at the wrong offset is found; one not in the text is an error."""
    m = mention(DE, "seit 1967", "1967")
    moved = Mention(m.surface, m.start, m.end, m.value, m.kind, None, m.sentence, m.sentence_start + 3)
    assert draft([moved]).events[0].sources[0].at == f"{m.sentence_start}-{m.sentence_end}"
    invented = Mention(m.surface, m.start, m.end, m.value, m.kind, None, "Nicht im Text.", 0)
    assert draft([invented]).events[0].sources[0].quote == "seit 1967"  # falls back to the expression
    nowhere = Mention("nie", 0, 3, None, "event", None, "Nicht im Text.", 0)
    with pytest.raises(ChronikError, match=r"doc\.txt:1: the extractor's sentence"):
        draft([nowhere])


# --- the whole draft ---------------------------------------------------------------------------------------------

SEED_LIKE = [
    mention(DE, "am Sonntag", "2024-11-10", duration="P5D", people=("Kai Wegner",), places=("New York",)),
    mention(DE, "am 8. November 2024", "2024-11-08", "report", publisher="Die Zeit"),
    mention(DE, "fünf Tage", None, places=("USA",)),
    mention(DE, "vom 10. bis 16. November 2024", "2024-11-10/2024-11-16"),
    mention(DE, "seit 1967", "1967", places=("Berlin",)),
    mention(DE, "Vor kurzem", None, people=("Kai Wegner",), places=("München",)),
    mention(DE, "vom November 2024", "2024-11", "report", publisher="Tagesspiegel Checkpoint"),
]


def test_draft_is_deterministic_and_reads_back() -> None:
    """Same input, same bytes; YAML and JSON read back to the same timeline."""
    tl = draft(SEED_LIKE, dct=date(2024, 11, 10))
    again = draft(list(SEED_LIKE), dct=date(2024, 11, 10))
    assert draft_text(tl) == draft_text(again)
    assert chronik.loads(draft_text(tl)) == tl
    assert chronik.loads(draft_text(tl, "json"), "json") == tl
    assert draft_text(tl, "json").index('"id"') < draft_text(tl, "json").index('"title"')
    with pytest.raises(ValueError, match="no draft format"):
        draft_text(tl, "toml")


def test_draft_passes_check_and_exports(tmp_path: Path) -> None:
    """The written draft: `chronik check` finds nothing to warn about; every exporter takes it."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "doc.txt").write_text(DE, encoding="utf-8")
    tl = draft_timeline([doc(SEED_LIKE, file="texts/doc.txt")], language="de", dct=date(2024, 11, 10))
    (tmp_path / "draft.yaml").write_text(draft_text(tl), encoding="utf-8")
    loaded, findings = chronik.api.check_file(tmp_path / "draft.yaml")
    assert loaded == tl
    assert [f for f in findings if f.severity != "info"] == []
    for name in chronik.EXPORTERS.names():
        assert chronik.dumps(loaded, name)
    assert len(chronik.chronology(loaded).entries) == len(tl.events) + 2


# --- evidence offsets in the model and in check ------------------------------------------------------------------


def _timeline(citation: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "t",
        "title": "T",
        "sources": [{"id": "s", "about": "text", "file": "t.txt"}],
        "events": [{"id": "e", "title": "E", "sources": [citation]}],
    }


@pytest.mark.parametrize(
    ("at", "message"),
    [
        ("5-5", "'5-5' is not a character span: START must be less than END"),
        ("9-3", "START must be less than END"),
        ("3..9", "'3..9' is not a character span: write START-END"),
        ("-3-4", "is not a character span"),
        (12, "12 is not a character span"),
        ("0-4", "'at' (0-4) spans 4 characters but the quote has 5"),
    ],
)
def test_at_is_validated_on_load(at: Any, message: str) -> None:
    """A bad span is one line naming the citation."""
    with pytest.raises(InvalidTimelineError) as err:
        chronik.loads(json.dumps(_timeline({"source": "s", "quote": "Hallo", "at": at})), "json", origin="x.json")
    assert str(err.value).count("\n") == 0
    assert str(err.value).startswith("x.json:")
    assert "events[0].sources[0]" in str(err.value)
    assert message in str(err.value)


def test_at_without_a_quote_and_canonical_form() -> None:
    """'at' needs the quote it locates; leading zeros are dropped."""
    with pytest.raises(InvalidTimelineError, match="there is no 'quote'"):
        chronik.loads(json.dumps(_timeline({"source": "s", "at": "1-3"})), "json")
    tl = Timeline.model_validate(_timeline({"source": "s", "quote": "Hallo", "at": "007-012"}))
    assert tl.events[0].sources[0].at == "7-12"
    assert tl.events[0].sources[0].span == (7, 12)
    assert Citation(source="s").span is None
    assert chronik.loads(chronik.dumps(tl, "json"), "json") == tl


def test_check_verifies_offsets() -> None:
    """The quote must stand exactly at 'at'; the finding says where it does stand."""
    text = "Zuerst dies. Hallo Welt. Hallo Welt."
    ok = Timeline.model_validate(_timeline({"source": "s", "quote": "Hallo Welt.", "at": "13-24"}))
    assert check(ok, {"s": text}) == []
    moved = Timeline.model_validate(_timeline({"source": "s", "quote": "Hallo Welt.", "at": "14-25"}))
    (finding,) = check(moved, {"s": text})
    assert (finding.severity, finding.code, finding.ids, finding.sources) == (
        "warning",
        "quote-offset-mismatch",
        ("e",),
        ("s",),
    )
    assert "is not at 14-25 of the text of 's'" in finding.message
    assert "the quote stands at 13-24" in finding.message
    beyond = Timeline.model_validate(_timeline({"source": "s", "quote": "Hallo Welt.", "at": "100-111"}))
    assert "the text has only 36 characters" in check(beyond, {"s": text})[0].message
    spaced = Timeline.model_validate(_timeline({"source": "s", "quote": "Hallo  Welt.", "at": "13-25"}))
    assert "only with different spacing" in check(spaced, {"s": text})[0].message
    missing = Timeline.model_validate(_timeline({"source": "s", "quote": "Tschüss", "at": "0-7"}))
    assert [f.code for f in check(missing, {"s": text})] == ["quote-not-found"]
    assert check(moved) == []  # without the text nothing can be verified


# --- reading texts, paths, summaries ----------------------------------------------------------------------------


def _one_mention(text: str, **kw: Any) -> list[Mention]:
    return [mention(text, text.split()[0], None)]


def _en(text: str) -> str:
    return "en"


def test_read_and_tag_a_document(tmp_path: Path) -> None:
    """The text is read as check reads it (BOM dropped); the file is relative to the base."""
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "a.txt"
    path.write_bytes("\ufeffHallo Welt.".encode())
    calls: list[dict[str, Any]] = []

    def find(text: str, **kw: Any) -> list[Mention]:
        calls.append({"text": text, **kw})
        return _one_mention(text)

    text = read_source(path)
    assert text == "Hallo Welt."
    document = tag_document(path, text, base=tmp_path, language="auto", dct=date(2024, 1, 2), find=find, detect=_en)
    assert (document.file, document.text, document.language) == ("in/a.txt", "Hallo Welt.", "en")
    assert calls == [
        {"text": "Hallo Welt.", "dct": date(2024, 1, 2), "language": "en", "document": str(path), "publisher": None}
    ]
    assert summary(document, "x.txt") == "x.txt (en): 0 reports, 1 event, 1 unresolved"
    fixed = tag_document(path, text, base=tmp_path, language="de", dct=None, find=find, detect=_en)
    assert fixed.language == "de"
    named = tag_document(path, text, base=tmp_path, language="de", dct=None, find=find, detect=_en, publisher="Kurier")
    assert (named.publisher, calls[-1]["publisher"]) == ("Kurier", "Kurier")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the text is empty; there is nothing to extract"),
        (b" \n\t\n", "the text is empty"),
        (b"Stra\xdfe", ":1: not UTF-8 text (byte 0xDF)"),
        (b"a\nb\x00", ":2: this is a binary file (it contains a NUL byte), not a text file"),
    ],
)
def test_read_source_refuses(tmp_path: Path, content: bytes, message: str) -> None:
    """Empty, non-UTF-8 and binary texts are one-line errors naming the file."""
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_source(path)
    assert str(err.value).startswith(str(path))
    assert message in str(err.value)
    with pytest.raises(ReadError, match="no such file"):
        read_source(tmp_path / "nope.txt")


def test_relative_file(tmp_path: Path) -> None:
    """Paths relative to the timeline's folder, with '/'."""
    assert relative_file(tmp_path / "a" / "b.txt", tmp_path / "out") == "../a/b.txt"
    assert relative_file(Path("b.txt"), Path()) == "b.txt"


# --- any mentions over any text ----------------------------------------------------------------------------------

_WORD = st.text(st.characters(codec="utf-8", blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)


def _visible(text: str) -> bool:
    """Something a reader sees: not only spaces, format characters (soft hyphen, zero-width) or marks."""
    blank = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Mn", "Me"}
    return any(unicodedata.category(c) not in blank and c not in "\u115f\u1160\u3164\uffa0\u2800" for c in text)


@st.composite
def documents(draw: st.DrawFn) -> DraftDocument:
    """A random text and random mentions whose sentences and expressions stand in it."""
    # texts as a timeline may quote them: no control characters but tabs and line breaks
    alphabet = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n")
    text = draw(st.text(alphabet, min_size=1, max_size=200).filter(str.strip))
    mentions = []
    for _ in range(draw(st.integers(0, 8))):
        s = draw(st.integers(0, len(text) - 1))
        e = draw(st.integers(s + 1, len(text)))
        if not _visible(text[s:e]):
            continue
        a = draw(st.integers(s, e - 1))
        b = draw(st.integers(a + 1, e))
        value = draw(st.none() | when_texts() | st.sampled_from(["2024-11-10T11:30", "2024-11-10T11:30+01:00", "x"]))
        kind: Kind = draw(st.sampled_from(["event", "report"]))
        mentions.append(
            Mention(
                text[a:b],
                a,
                b,
                value,
                kind,
                draw(st.none() | _WORD.filter(_visible)),
                text[s:e],
                s,
                duration=draw(st.none() | st.sampled_from(["P5D", "PT2H", "P1M", "P"])),
                places=tuple(draw(st.lists(_WORD.filter(_visible), max_size=2))),
                people=tuple(draw(st.lists(_WORD.filter(_visible), max_size=2))),
            )
        )
    return DraftDocument(draw(st.sampled_from(["a.txt", "t/b c.txt", "ü.txt", "...txt"])), text, mentions)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents(), min_size=1, max_size=3), st.sampled_from(["de", "en"]), st.none() | st.dates())
def test_any_mentions_give_a_valid_draft(docs: list[DraftDocument], language: str, dct: date | None) -> None:
    """Always a valid timeline that reads back equal, with every quote standing at its offsets."""
    tl = draft_timeline(docs, language=language, dct=dct)
    assert chronik.loads(draft_text(tl)) == tl
    assert chronik.loads(draft_text(tl, "json"), "json") == tl
    articles = {s.id: d.text for s, d in zip([s for s in tl.sources if s.kind == "article"], docs, strict=True)}
    assert_evidence(tl, articles)
    n_mentions = sum(len(d.mentions) for d in docs)
    assert len(tl.events) + len(tl.sources) == n_mentions + len(docs)
    assert all(len(e.title) <= 90 for e in tl.events)
    assert not [f for f in check(tl, articles) if f.code.startswith("quote")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents(), min_size=1, max_size=3), st.sampled_from(["de", "en"]), st.none() | st.dates())
def test_any_texts_merged_give_a_valid_draft(docs: list[DraftDocument], language: str, dct: date | None) -> None:
    """merged_draft: a valid timeline reading back equal, one article source per text, the first text's head,
    never more events than the texts' drafts hold together."""
    tl = merged_draft(docs, language=language, dct=dct)
    assert chronik.loads(draft_text(tl)) == tl
    head = draft_timeline(docs, language=language, dct=dct)
    assert (tl.id, tl.title, tl.language) == (head.id, head.title, head.language)
    assert sum(s.kind == "article" for s in tl.sources) == len({d.file for d in docs})  # one text named twice: one
    assert len(tl.events) <= sum(len(draft_timeline([d], language=language, dct=dct).events) for d in docs)


def test_merged_texts_share_one_id_space() -> None:
    """Text 'a.txt' and a person 'A' named in another text: the merge gives them distinct ids."""
    person = Mention("0", 0, 1, None, "event", None, "0", 0, "<text>", people=("A",))
    docs = [DraftDocument("a.txt", "0", []), DraftDocument("b.txt", "0", [person])]
    tl = merged_draft(docs, language="de", dct=None)
    ids = [*(s.id for s in tl.sources), *(p.id for p in tl.people), *(p.id for p in tl.places)]
    ids += [e.id for e in tl.events]
    assert "a" in ids
    assert len(ids) == len(set(ids))
