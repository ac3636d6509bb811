"""Where a dated statement went: the outlet it was given to is its publisher, however the text's grammar leads
to the outlet's name (the Austrian "sagte X zur APA", a dative the name keeps as it is known by)."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.extract import extract

DCT = date(2006, 10, 18)  # a Wednesday


def _reports(text: str, language: str = "de", dct: date = DCT) -> list[tuple[str | None, str | None]]:
    return [(i["value"], i["publisher"]) for i in extract(text, dct=dct, language=language) if i["kind"] == "report"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            '"Die Wienerberger hat sicher nicht vor, einzusteigen", sagte Reithofer am Mittwoch zur APA.',
            [("2006-10-18", "Austria Presse Agentur")],
        ),
        (
            '"Wir müssen abwarten", sagte Bartenstein am Rande einer Pressekonferenz am Donnerstag zur APA.',
            [("2006-10-12", "Austria Presse Agentur")],
        ),
        ("Der Minister sagte am Donnerstag zum ORF, es sei nichts entschieden.", [("2006-10-12", "ORF")]),
        # a known outlet keeps its name in the dative: not "Krone Zeitung"
        (
            'Der Minister sagte am Donnerstag der "Kronen Zeitung", es sei nichts entschieden.',
            [("2006-10-12", "Kronen Zeitung")],
        ),
        (
            'Der Minister sagte am Donnerstag zur "Kronen Zeitung", es sei nichts entschieden.',
            [("2006-10-12", "Kronen Zeitung")],
        ),
        # an unknown paper's dative still becomes its nominative
        (
            "Der Minister sagte am Donnerstag der Süddeutschen Zeitung, es sei nichts entschieden.",
            [("2006-10-12", "Süddeutsche Zeitung")],
        ),
    ],
)
def test_statement_given_to_an_outlet(text: str, want: list[tuple[str, str]]) -> None:
    assert _reports(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # "zur" before a word that is no outlet, or before an outlet's word used as a word: about, not to
        "Der Minister sagte am Donnerstag zur Zeit sei nichts entschieden.",
        "Der Minister äußerte sich am Donnerstag zur AUA und ihrer Zukunft.",
    ],
)
def test_zur_before_no_outlet_gives_none(text: str) -> None:
    assert all(publisher not in ("Die Zeit", "Austria Presse Agentur") for _, publisher in _reports(text))
