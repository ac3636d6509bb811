"""Who made a dated statement, in shapes blind news passages showed: a body's word before a statement noun, a
possessive, a statement noun a past verb makes, "comments from X", a participle clause running on to the name,
a role whose body runs into the name, and the German "Wie X berichtet" in the present."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.extract import extract

DCT = date(2020, 11, 22)  # a Sunday


def _reports(text: str, language: str = "en", dct: date = DCT) -> list[tuple[str | None, str | None]]:
    return [(i["value"], i["publisher"]) for i in extract(text, dct=dct, language=language) if i["kind"] == "report"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Officers of Thames Valley Police closed the road. A police statement on Sunday said the road was open.",
            ("2020-11-22", "Thames Valley Police"),
        ),
        (
            "The crash follows yesterday’s comments from Canterbury Police District Commander Superintendent John "
            "Price who condemned the behaviour of dangerous drivers.",
            ("2020-11-21", "John Price"),
        ),
        (
            "People’s Progressive Party (PPP) General Secretary Clement Rohee made this allegation on Tuesday as he "
            "continues to bombard the Opposition.",
            ("2020-11-17", "Clement Rohee"),
        ),
        ("The coach John Smith gave an interview on Monday.", ("2020-11-16", "John Smith")),
        (
            "Eskom published a roadmap by Minister of Public Enterprises Pravin Gordhan. Read what the minister "
            "announced at a media briefing in Pretoria on Tuesday below.",
            ("2020-11-17", "Pravin Gordhan"),
        ),
        (
            "Addressing questions during the Public Accounts Committee sitting on Wednesday, November 18, Deputy "
            "Chair of the Commission, Dr. Bossman Asare, affirmed that the EC would soon disclose the calendar.",
            ("2020-11-18", "Bossman Asare"),
        ),
        (
            "On Monday reporters asked Premier Sarah Miller about the border. The premier lost some patience during "
            "her press conference on Tuesday.",
            ("2020-11-17", "Sarah Miller"),
        ),
    ],
)
def test_who_made_it(text: str, want: tuple[str, str]) -> None:
    assert want in _reports(text)


def test_a_plan_stays_an_event_and_lower_case_words_before_a_statement_are_no_maker() -> None:
    assert _reports("The minister will give an interview on Monday.") == []
    assert _reports("The special press statement on Friday said the road was open.") == [("2020-11-20", None)]


def test_wie_x_berichtet_in_the_present() -> None:
    text = "Wie die Polizei Frankfurt am Sonntag berichtet, ist der Einsatz beendet."
    assert _reports(text, "de") == [("2020-11-22", "Polizei Frankfurt")]


def test_a_body_named_with_its_place_and_a_person_by_a_noun_for_them() -> None:
    text = (
        "Die Staatsanwaltschaft Saarbrücken hat ein Verfahren eingeleitet, sagte ein Sprecher der "
        "Staatsanwaltschaft am Freitag. Der Vorsitzende des Kulturforums, Burkhard Jellonnek, hatte Anzeige "
        "erstattet. Das sei unerträglich, teilte der Historiker am Donnerstag mit."
    )
    assert _reports(text, "de", date(2020, 1, 24)) == [
        ("2020-01-24", "Staatsanwaltschaft Saarbrücken"),
        ("2020-01-23", "Burkhard Jellonnek"),
    ]


def test_a_place_after_a_body_but_no_rank_before_a_name() -> None:
    scotland = "Officers from Police Scotland attended. Police said on Friday that the road was closed."
    assert _reports(scotland) == [("2020-11-20", "Police Scotland")]
    chief = "Police Chief Michael Lyle spoke. Police said on Friday that the road was closed."
    assert _reports(chief) == [("2020-11-20", "Police")]
