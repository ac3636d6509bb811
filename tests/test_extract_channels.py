"""Where a dated statement went: the outlet it was given to is its publisher, however the text's grammar leads
to the outlet's name (the Austrian "sagte X zur APA", a dative the name keeps as it is known by); the phrase of
where it went or appeared ("wrote on Facebook last week", "In a post on social media on Tuesday") keeps a week or a
day the statement's, a past verb between ("said the plant closed in March") makes it the reported happening's."""

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


EN_DCT = date(2020, 5, 22)  # a Friday


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Farah wrote on his social media accounts last week that he was sad.",
            "en",
            ("2020-05-11/2020-05-17", "Farah"),
        ),
        ('Farah said on his social media accounts last week: "I am sad."', "en", ("2020-05-11/2020-05-17", "Farah")),
        ('Farah wrote in a post last week: "I am sad."', "en", ("2020-05-11/2020-05-17", "Farah")),
        ("Farah said in an interview last month that he was sad.", "en", ("2020-04", "Farah")),
        ("Farah schrieb auf Instagram vergangene Woche, er sei traurig.", "de", ("2020-05-11/2020-05-17", "Farah")),
        (
            "In a post on social media on Tuesday, Sonko said Kibicho was among the most powerful men in Government.",
            "en",
            ("2020-05-19", "Sonko"),
        ),
        ("In a post on X on Tuesday, the ministry said the talks had failed.", "en", ("2020-05-19", "ministry")),
        ("He made the remark on Tuesday.", "en", ("2020-05-19", None)),
    ],
)
def test_where_a_statement_went_keeps_its_date_the_statement_s(
    text: str, language: str, want: tuple[str, str | None]
) -> None:
    assert _reports(text, language, EN_DCT) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Farah said the plant closed in March last year.",  # the closing's month
        "Farah said he resigned in March.",
        "The minister left his post on Monday.",  # a post alone is no statement
        "Farah warned about the flooding last week.",
    ],
)
def test_what_the_statement_reports_is_no_report(text: str) -> None:
    assert _reports(text, "en", EN_DCT) == []
