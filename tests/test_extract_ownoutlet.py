"""A news page's own date line that names no outlet is the report of the outlet the page speaks of as itself:
the one a statement was told or confirmed to, the subject of a newsroom's verb, the one that asked, "our"
portal, a broadcaster's programme line. A name that is no outlet, or an outlet a German page quotes an
interview of, is not the page's."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.extract import extract
from chronik.extract._ownoutlet import own_outlet


def _line(text: str, language: str, dct: date) -> str | None:
    """The publisher of the page's own date line (the first report)."""
    reports = [i for i in extract(text, dct=dct, language=language) if i["kind"] == "report"]
    return reports[0]["publisher"] if reports else "no report"


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        (  # a call sign the text says a statement was told to
            "Aug 21, 2024, 1:28 PM\n\nMUSTERVILLE — City officials confirmed an open investigation of two "
            "officers.\n\nOn Wednesday, the mayor's office told KQRV that it could not comment on the matter.\n",
            date(2024, 8, 21),
            "KQRV",
        ),
        (  # an outlet with a medium's noun, confirmed to
            "June 24, 2018 - 11:26am\n\nThe forward has exercised his player option for next season, two league "
            "sources confirmed to The Musterville Post on Sunday morning.\n",
            date(2018, 6, 24),
            "Musterville Post",
        ),
        (  # a newsroom's verb makes any name an outlet
            "22nd Mar 2021 10:32 AM\n\nThe Muster Valley Herald understands a driver has died in a crash near the "
            "town. Police said the car had rolled into an embankment.\n",
            date(2021, 3, 22),
            "Muster Valley Herald",
        ),
        (
            "Friday, Aug. 18, 2023 - 6:30 p.m.\n\nMuster Beat will provide updates on the fires as they come. "
            "The governor spoke briefly on Friday night.\n",
            date(2023, 8, 18),
            "Muster Beat",
        ),
    ],
)
def test_an_english_page_s_own_line_is_the_outlet_it_names_as_itself(text: str, dct: date, want: str) -> None:
    assert _line(text, "en", dct) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "12.02.2021, 14:36\n\nDas Resultat der Wahl sei rekordwürdig, zu dieser Einschätzung gelangt der "
            "Landesfürst auf Anfrage von Radio Musterland mit einem Augenzwinkern.\n",
            "Radio Musterland",
        ),
        (
            "12. Februar 2021\n\nIn der Behörde wurde eine unbekannte Substanz entdeckt, sagten zwei Mitarbeiter "
            "übereinstimmend im Gespräch mit unserem lokalen Nachrichten-Portal „musterstadt.online“.\n",
            "musterstadt.online",
        ),
        (  # the capitals a paper writes its own name in
            "12.02.2021\n\nDie Chefin wollte am Montag gegenüber dem MUSTERBLATT keine Stellungnahme abgeben.\n",
            "MUSTERBLATT",
        ),
        (
            "12. Februar 2021, 12:43 Uhr\n\nDas Landgericht hat am Donnerstag einen Mann verurteilt.\n\n"
            "Dieses Thema im Programm: MUSTER RADIO - Das Landesradio | Nachrichten | 12. Februar 2021 | 11:30 Uhr\n",
            "MUSTER RADIO",
        ),
    ],
)
def test_a_german_page_s_own_line_is_the_outlet_it_names_as_itself(text: str, want: str) -> None:
    assert _line(text, "de", date(2021, 2, 12)) == want


def test_a_capitalised_word_before_a_newsroom_s_verb_is_no_outlet() -> None:
    text = (
        "8 May 2017 10:36 pm\n\nThe minister said today his remarks were made in a lighter vein. "
        "When contacted, the minister said it was wrong to publish them.\n"
    )
    assert own_outlet(text, "en") is None


def test_a_german_page_quoting_another_outlet_s_interview_is_not_that_outlet() -> None:
    text = (
        "12.02.2021\n\nDer Professor hält das Urteil für verfehlt, wie er in einem Interview mit dem "
        "Musterfunk sagte. Gegenüber der Musterzeitung sprach er von Politik.\n"
    )
    assert own_outlet(text, "de") is None
    assert _line(text, "de", date(2021, 2, 12)) is None


def test_a_person_told_is_no_outlet_and_the_most_named_outlet_wins() -> None:
    assert own_outlet("The mayor told Smith the plan was off. He told Jones the same.\n", "en") is None
    text = (
        "He told the Musterville Times on Monday. She told KQRV on Tuesday. A spokesman told KQRV the plan was off.\n"
    )
    assert own_outlet(text, "en") == "KQRV"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ausgabe 02.09.2020\n20 Millionen Euro fehlen\nDie Stadt teilte mit, dass das Geld fehlt.", "de"),
        ("Issue 02.09.2020\n\nThe city said the money is missing.", "en"),
    ],
)
def test_an_issue_s_label_before_the_page_s_date_names_no_maker(text: str, language: str) -> None:
    """ "Ausgabe 02.09.2020" heads a paper's page: the date line is the page's, "Ausgabe" nobody's name."""
    told = extract(text, dct=date(2020, 9, 2), language=language, publisher="Südfinder")
    assert (told[0]["value"], told[0]["kind"], told[0]["publisher"]) == ("2020-09-02", "report", "Südfinder")
    assert extract(text, dct=date(2020, 9, 2), language=language)[0]["publisher"] is None


def test_a_release_a_service_distributes_is_its_issuer_s_named_on_a_line_of_its_own() -> None:
    """A portal's page of a release with a service's mark ("Schwerin (ots)"): the body named alone on a line at
    the top issued it, and the page's date line is its."""
    text = (
        "19.10.2015 – 02:40\n\nPolizeipräsidium Rostock\n\nPOL-HRO: Brand in Schweriner Gaststätte\n\n"
        "Schwerin (ots)\n\nAm Sonntag kam es gegen 17:30 Uhr zum Brand in der Küche einer Gaststätte."
    )
    told = extract(text, dct=date(2015, 10, 19), language="de", publisher="Presseportal")
    assert (told[0]["value"], told[0]["publisher"]) == ("2015-10-19T02:40", "Polizeipräsidium Rostock")
    plain = text.replace("Schwerin (ots)\n\n", "")  # no service's mark: the portal's own line
    told = extract(plain, dct=date(2015, 10, 19), language="de", publisher="Presseportal")
    assert told[0]["publisher"] == "Presseportal"


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # a city in capitals in the dateline's brackets is no agency
            "April 22, 2019 (KHARTOUM) - The Transitional Military Council (TMC) Monday said it would talk.",
            "en",
            date(2019, 4, 22),
            ("2019-04-22", "Daily"),
        ),
        (
            "Newsroom June 7 07:36\n\nThe spokesman said the talks go on.",
            "en",
            date(2020, 6, 7),
            ("2020-06-07T07:36", "Daily"),
        ),
        (  # parts of a masthead's line set off by slashes
            "nd-aktuell.de / 23.10.2007 / Wirtschaft und Umwelt / Seite 11\n\n»Vom Hafen aufs Parkett!« Mit diesem "
            "Slogan wirbt der Hafenbetreiber für seinen Börsengang.",
            "de",
            date(2007, 10, 23),
            ("2007-10-23", "Daily"),
        ),
        (  # a name on the line below the date is no issuer run on into the next paragraph
            "Nov 25, 2019\n\nRep. Albio Sires\n\nThe House voted on the bill.",
            "en",
            date(2019, 11, 25),
            ("2019-11-25", "Daily"),
        ),
    ],
)
def test_a_page_s_line_with_a_bracketed_place_a_newsroom_s_label_or_slashes(
    text: str, language: str, dct: date, want: tuple[str, str]
) -> None:
    told = extract(text, dct=dct, language=language, publisher="Daily")
    assert (told[0]["value"], told[0]["publisher"]) == want
    assert told[0]["kind"] == "report"


def test_a_release_s_issuer_is_named_on_one_line() -> None:
    """The name below a page's date is no issuer that runs on over a blank line into the next paragraph."""
    found = extract(
        "Nov 25, 2019\n\nRep. Albio Sires\n\nThe House voted on the bill.", dct=date(2019, 11, 25), language="en"
    )
    assert all("\n" not in (i["publisher"] or "") for i in found)


def test_a_release_on_a_wire_names_its_issuer_not_the_wire() -> None:
    """ "VANCOUVER, Jan. 20 /CNW/ -": the wire between slashes spread the release; its issuer is the body it names
    most often, also where the caller names the wire's own site."""
    text = (
        "VANCOUVER, Jan. 20 /CNW/ - The board of directors of the Vancouver Organizing Committee (VANOC) approved "
        "the budget. The Vancouver Organizing Committee said the budget is balanced. The Vancouver Organizing "
        "Committee meets again in March."
    )
    for publisher in (None, "Canada Newswire"):
        found = extract(text, dct=date(2010, 1, 20), language="en", publisher=publisher)
        assert (found[0]["value"], found[0]["publisher"]) == ("2010-01-20", "Vancouver Organizing Committee")


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        (
            "By Jane Muster\nUpdated July 21 2022 - 2:01pm, first published 1:55pm\n\nThe border stays open.",
            date(2022, 7, 21),
        ),
        (
            "December 14, 2020\n\nDear Parents and Staff,\n\nThe school board decided this afternoon to close.",
            date(2020, 12, 14),
        ),
    ],
)
def test_a_label_s_word_or_a_letter_s_salutation_is_no_maker(text: str, dct: date) -> None:
    """ "first published 1:55pm" is a page's label, "Dear Parents and Staff," a letter's greeting: neither made the
    page's report."""
    found = extract(text, dct=dct, language="en", publisher="Daily")
    assert {i["publisher"] for i in found if i["kind"] == "report"} == {"Daily"}
    untold = {i["publisher"] for i in extract(text, dct=dct, language="en") if i["kind"] == "report"}
    assert not untold & {"first", "Dear Parents and Staff"}


def test_a_release_s_title_names_its_issuer_without_an_article_before_its_number() -> None:
    """ "Medieninformation Polizeidirektion Dresden Nr. 409|20": the release's title names its issuer, whose the
    page's date line below it is, not the portal's."""
    text = (
        "Medieninformation Polizeidirektion Dresden Nr. 409|20\n\n12.07.2020, 19:04 Uhr — Erstveröffentlichung\n\n"
        "Versammlung in der Innenstadt\n\nDie Polizeidirektion Dresden führte heute einen Einsatz durch."
    )
    found = extract(text, dct=date(2020, 7, 12), language="de", publisher="Medienservice Sachsen")
    assert (found[0]["value"], found[0]["publisher"]) == ("2020-07-12T19:04", "Polizeidirektion Dresden")
