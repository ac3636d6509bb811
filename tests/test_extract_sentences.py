"""Sentence ends in ``chronik extract``: a dot after an abbreviation ends a sentence only when what
follows says so, per class of abbreviation, in German and English; both ways are tested."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronik.extract import find
from chronik.extract._sentences import sentences
from chronik.extract.lang import get


def split(text: str, language: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # months: on before a number or another date word, an end before a capitalised word
        ("en", "He arrived on Sept. 25 in Paris. Then he left.", ["He arrived on Sept. 25 in Paris.", "Then he left."]),
        ("en", "It was Jan. 5 when he came.", ["It was Jan. 5 when he came."]),
        ("en", "He came in Sept. The talks failed.", ["He came in Sept.", "The talks failed."]),
        ("de", "Am 10. Okt. 2024 sagte er das. Dann ging er.", ["Am 10. Okt. 2024 sagte er das.", "Dann ging er."]),
        ("de", "Am 3. Febr. 2024 und am 5. Dez. 2024 tagte er.", ["Am 3. Febr. 2024 und am 5. Dez. 2024 tagte er."]),
        ("de", "Er kam im Okt. Dann ging er.", ["Er kam im Okt.", "Dann ging er."]),
        # weekdays
        ("de", "Er kommt am Mo. 5. Mai an.", ["Er kommt am Mo. 5. Mai an."]),
        ("en", "Due Mon. Oct. 9 at noon.", ["Due Mon. Oct. 9 at noon."]),
        ("de", "Er sagte so. Dann ging er.", ["Er sagte so.", "Dann ging er."]),
        # titles: a name follows, never an end
        ("en", "Mr. Smith met Gov. Brown and Lt. Gen. Jones.", ["Mr. Smith met Gov. Brown and Lt. Gen. Jones."]),
        ("en", "Sen. Warren and Rep. Ocasio-Cortez spoke.", ["Sen. Warren and Rep. Ocasio-Cortez spoke."]),
        (
            "de",
            "Er traf Dr. Meier und Prof. Müller. Dann ging er.",
            ["Er traf Dr. Meier und Prof. Müller.", "Dann ging er."],
        ),
        # inside a sentence, never an end
        ("de", "Er traf z. B. Vertreter der Länder.", ["Er traf z. B. Vertreter der Länder."]),
        (
            "de",
            "Er traf u. a. Kanzler Scholz bzw. Minister Habeck.",
            ["Er traf u. a. Kanzler Scholz bzw. Minister Habeck."],
        ),
        ("de", "Es kostet ca. 5 Mio. Euro. Dann.", ["Es kostet ca. 5 Mio. Euro.", "Dann."]),
        ("de", "Das steht in Art. 5 und Nr. 3.", ["Das steht in Art. 5 und Nr. 3."]),
        ("en", "Leaders, e.g. Macron, came.", ["Leaders, e.g. Macron, came."]),
        # common: an end before a capitalised word only
        (
            "en",
            "Apple Inc. said so. Apple Inc. The firm left.",
            ["Apple Inc. said so.", "Apple Inc.", "The firm left."],
        ),
        ("en", "He wore No. 5 and said no. The end.", ["He wore No. 5 and said no.", "The end."]),
        ("de", "Äpfel, Birnen usw. Die Preise stiegen.", ["Äpfel, Birnen usw.", "Die Preise stiegen."]),
        # initialisms: only a word that opens a sentence ends one
        (
            "en",
            "He met Gov. Brown in Washington, D.C. The next day he left.",
            ["He met Gov. Brown in Washington, D.C.", "The next day he left."],
        ),
        (
            "en",
            "U.S. President Joe Biden came to the U.N. Security Council.",
            ["U.S. President Joe Biden came to the U.N. Security Council."],
        ),
        ("en", "He lives in the U.S. He left.", ["He lives in the U.S.", "He left."]),
        ("en", "At 9 a.m. Monday he left.", ["At 9 a.m. Monday he left."]),
        ("en", "He left at 9 a.m. The talks began.", ["He left at 9 a.m.", "The talks began."]),
        ("en", "John F. Kennedy came.", ["John F. Kennedy came."]),
        ("en", "It came from the U.S. “We are ready,” he said.", ["It came from the U.S.", "“We are ready,” he said."]),
        # not an abbreviation: an ordinary end
        ("en", "He came in May. The talks failed.", ["He came in May.", "The talks failed."]),
        ("de", "Er kam im Mai. Dann ging er.", ["Er kam im Mai.", "Dann ging er."]),
    ],
)
def test_sentence_ends(language: str, text: str, expected: list[str]) -> None:
    assert split(text, language) == expected


@given(st.sampled_from(["de", "en"]), st.data())
def test_a_month_abbreviation_before_a_day_never_ends_a_sentence(language: str, data: st.DataObject) -> None:
    abbreviation = data.draw(st.sampled_from(sorted(get(language).abbreviations.months)))
    day = data.draw(st.integers(1, 31))
    word = abbreviation.capitalize() + "."
    text = f"Er kam am {day}. {word} 2024 an." if language == "de" else f"He came on {word} {day}, 2024."
    assert split(text, language) == [text]
    ending = f"Er kam im {word} Dann ging er." if language == "de" else f"He came in {word} Then he left."
    assert len(split(ending, language)) == 2


@given(st.sampled_from(["de", "en"]), st.data())
def test_a_title_never_ends_a_sentence(language: str, data: st.DataObject) -> None:
    title = data.draw(st.sampled_from(sorted(get(language).abbreviations.titles))).capitalize()
    text = f"Er traf {title}. Meier in Berlin." if language == "de" else f"He met {title}. Smith in Boston."
    assert split(text, language) == [text]


# ---------------------------------------------------------------- what a whole sentence gives


def test_a_wire_dateline_with_an_abbreviated_month_keeps_its_sentence() -> None:
    text = "WASHINGTON, Oct. 9 (UPI) -- The president said Friday he would travel."
    mentions = find(text, dct=date(2024, 10, 9), language="en")
    first = mentions[0]
    assert (first.value, first.kind, first.publisher, first.sentence) == (
        "2024-10-09",
        "report",
        "UPI",
        text,
    )


@pytest.mark.parametrize(
    ("language", "text", "value", "publisher"),
    [
        ("en", "The agency said on Sept. 25 that talks had failed.", "2024-09-25", "agency"),
        ("de", "Am 10. Okt. 2024 sagte der Minister, er komme.", "2024-10-10", "Minister"),
        ("de", "„Wir kommen“, sagte Dr. Meier am 10. Okt. in Berlin.", "2024-10-10", "Meier"),
        ("en", "Gov. Brown told Reuters on Jan. 5 that he would run.", "2024-01-05", "Reuters"),
    ],
)
def test_an_abbreviated_date_keeps_its_report(language: str, text: str, value: str, publisher: str) -> None:
    [m] = find(text, dct=date(2024, 11, 12), language=language)
    assert (m.value, m.kind, m.sentence) == (value, "report", text)
    assert m.publisher is not None
    assert publisher in m.publisher


_WRAPPED = (
    "BRUSSELS Jan 4 The Union says no date has been fixed for further\n"
    "talks, while hoping they will be soon, a spokesman for the council\n"
    "said. He was reacting to comments from the country's negotiator,\n"
    "who said earlier on Friday the country had agreed to hold talks in\n"
    "January with the six powers.\n"
)


def test_wire_copy_wrapped_at_a_fixed_width_is_read_by_its_sentences() -> None:
    """A line break inside a sentence of hard-wrapped copy is a blank, not a sentence end."""
    assert split(_WRAPPED, "en") == [
        "BRUSSELS Jan 4 The Union says no date has been fixed for further\ntalks, while hoping they will be soon, "
        "a spokesman for the council\nsaid.",
        "He was reacting to comments from the country's negotiator,\nwho said earlier on Friday the country had "
        "agreed to hold talks in\nJanuary with the six powers.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a list: each item is its own line, however long
        "Das Wichtigste in Schlagzeilen:\n"
        "  • Millionen Masken in Leipzig eingetroffen und sofort verteilt worden\n"
        "  • Australien führt eine Corona-App für alle Bürgerinnen und Bürger ein\n"
        "  • Europäische Konzerne streichen wegen der Krise ihre Dividende\n"
        "  • Regierung will die Corona-App mit dezentralisierter Speicherung",
        # short lines: a heading and a ticker
        "Die Meldungen im Einzelnen\n19.00 Uhr Neue Zahlen\n18.30 Uhr Ein Gipfel\n18.00 Uhr Ein Streik\n"
        "17.00 Uhr Regen",
    ],
)
def test_lists_and_short_lines_keep_their_line_ends(text: str) -> None:
    assert len(split(text, "de")) == len(text.strip().split("\n"))
