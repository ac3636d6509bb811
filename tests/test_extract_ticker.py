"""Live tickers, and spans written as two days: an entry's time stamp dates what the entry reports (its maker's
where it reports someone's statement, else the page's own), each entry stays one, and "27.11.2016, 12.30 Uhr bis
28.11.2016, 03.40 Uhr" is one span."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chronik.extract import extract
from chronik.extract._ticker import heads_entry

TICKER_DE = """Die aktuelle Debatte im Landtag (05.09.2018)

20:40

Die wichtigsten Entscheide der heutigen Sitzung sind gefallen.

20:39

Vielen Dank fürs Mitlesen. Wir sind morgen ab 9 Uhr wieder für Sie da.

20:39

Jetzt ist genug für heute.

20:38

Der Landtag stimmt zu.

20:38

Der Landtag stimmt ab.
"""


def _items(text: str, dct: date, language: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(i["surface"], i["value"], i["kind"], i["publisher"]) for i in extract(text, dct=dct, language=language)]


def test_a_stamp_alone_on_its_line_is_the_ticker_s_report_of_that_minute() -> None:
    items = _items(TICKER_DE, date(2018, 9, 5), "de")
    stamps = [i for i in items if i[0].startswith("20:")]
    assert [i[1] for i in stamps] == [
        "2018-09-05T20:40",
        "2018-09-05T20:39",
        "2018-09-05T20:39",  # not the day after, which the entry before names ("morgen ab 9 Uhr")
        "2018-09-05T20:38",
        "2018-09-05T20:38",  # two entries of one minute stay two
    ]
    assert {i[2] for i in stamps} == {"report"}
    assert ("morgen ab 9 Uhr", "2018-09-06T09:00", "event", None) in items


def test_an_entry_that_reports_a_statement_is_its_maker_s() -> None:
    text = (
        "Großeinsatz in der Innenstadt.\n\n"
        "+++ 14.35 Uhr: Wie die Polizei Frankfurt berichtet, ist der Einsatz an der Kaiserstraße beendet.\n\n"
        "+++ 14.05 Uhr: Noch immer ist die Ursache ungeklärt.\n\n"
        "+++ 13.50 Uhr: Wie die Stadt am Dienstag mitteilte, ist die Straße gesperrt.\n"
    )
    items = _items(text, date(2021, 5, 4), "de")
    assert ("14.35 Uhr", "2021-05-04T14:35", "report", "Polizei Frankfurt") in items
    assert ("14.05 Uhr", "2021-05-04T14:05", "report", None) in items
    # a statement with its own date is dated by it, not by the stamp
    assert ("13.50 Uhr", "2021-05-04T13:50", "report", None) in items
    assert ("am Dienstag", "2021-05-04", "report", "Stadt") in items


def test_a_live_blog_in_english() -> None:
    text = (
        "Follow the latest on the storm.\n\n14:05\n\nPolice said the road was closed.\n\n"
        "13:40\n\nThe river has burst its banks near the bridge.\n"
    )
    items = _items(text, date(2020, 2, 9), "en")
    assert ("14:05", "2020-02-09T14:05", "report", "Police") in items
    assert ("13:40", "2020-02-09T13:40", "report", None) in items


def test_one_time_on_a_line_is_no_ticker() -> None:
    text = "Programm am Samstag, 12. März 2022\n\n20:15\n\nDer Film beginnt.\n"
    items = _items(text, date(2022, 3, 10), "de")
    assert ("20:15", "2022-03-12T20:15", "event", None) in items


def test_a_day_heading_and_the_first_entry_below_a_blank_line_stay_two() -> None:
    text = "Donnerstag, 17. August\n\n22.38 Uhr: Gewitter sorgen für Überschwemmungen\n\n19 Uhr: Landkreise klagen\n"
    values = [i[1] for i in _items(text, date(2023, 8, 17), "de")]
    assert values[:2] == ["2023-08-17", "2023-08-17T22:38"]
    # one line break still joins a date and its time ("16:18" over "03.03.2025")
    assert [i[1] for i in _items("Am Sonntag, 10. November\num 12 Uhr landete er.", date(2024, 11, 12), "de")] == [
        "2024-11-10T12:00"
    ]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Zeit: 27.11.2016, 12.30 Uhr bis 28.11.2016, 03.40 Uhr", "de", "2016-11-27T12:30/2016-11-28T03:40"),
        ("Es gilt vom 27.11.2016 bis 28.11.2016.", "de", "2016-11-27/2016-11-28"),
        ("Es gilt vom 27.11. bis 28.11.2016.", "de", "2016-11-27/2016-11-28"),  # the year of the second
        ("Das waren die Nachrichten vom 06. bis 17.08.2023.", "de", "2023-08-06/2023-08-17"),
        ("Geöffnet ist vom 1. – 3.10.2023.", "de", "2023-10-01/2023-10-03"),
        ("The show runs from 27 November 2016 to 3 December 2016.", "en", "2016-11-27/2016-12-03"),
    ],
)
def test_two_days_with_bis_to_or_a_dash_are_one_span(text: str, language: str, value: str) -> None:
    assert [i[1] for i in _items(text, date(2016, 11, 29), language)] == [value]


def test_a_backward_or_equal_pair_stays_two_days() -> None:
    values = [i[1] for i in _items("Zeit: 27.11.2016 - 26.11.2016", date(2016, 11, 29), "de")]
    assert values == ["2016-11-27", "2016-11-26"]


@given(st.dates(date(2000, 1, 1), date(2030, 12, 30)), st.integers(1, 40))
def test_a_numeric_span_runs_from_the_first_day_to_the_second(first: date, days: int) -> None:
    last = date.fromordinal(first.toordinal() + days)
    text = f"Die Straße ist vom {first:%d.%m.%Y} bis {last:%d.%m.%Y} gesperrt."
    assert [i[1] for i in _items(text, first, "de")] == [f"{first.isoformat()}/{last.isoformat()}"]


def test_a_page_of_entries_counts_each_entry_s_days_from_its_own_date_line() -> None:
    text = (
        "22. März 2020\n\nCoronavirus: eine Woche Lage\n\n(22.03.2020 - 22:27)\n\nIn Chur ist wenig los.\n\n"
        "17. März 2020\n\nErster Todesfall\n\n(17.03.2020 - 22:39)\n\n"
        "Die Frau verstarb, wie der Kanton heute Nachmittag mitteilte.\n"
    )
    items = _items(text, date(2020, 3, 22), "de")
    assert ("heute Nachmittag", "2020-03-17", "report", "Kanton") in items


def test_english_times_the_blind_pages_wrote() -> None:
    text = "Saturday, 6th April 2019, 17:48 pm\nUpdated Saturday, 6th April 2019, 17:54 pm\n\nArmed police were seen."
    assert [i[1] for i in _items(text, date(2019, 4, 6), "en")] == ["2019-04-06T17:48", "2019-04-06T17:54"]
    assert [
        i[1] for i in _items("Wednesday, 16 July 2025 13:53\n\nThe board is disappointed.", date(2025, 7, 16), "en")
    ] == ["2025-07-16T13:53"]
    infections = "Singapore reported nine new infections as of noon on Saturday (Jun 12)."
    assert [i[1] for i in _items(infections, date(2021, 6, 13), "en")] == ["2021-06-12T12:00"]
    assert [i[1] for i in _items("The road is closed tonight at 7-9 p.m.", date(2021, 6, 13), "en")] == [
        "2021-06-13T19:00/2021-06-13T21:00"
    ]
    assert _items("The score was 7-9 in the end.", date(2021, 6, 13), "en") == []


def test_hours_written_as_words() -> None:
    text = "Wir sind seit vier Uhr auf den Beinen."
    assert [i[1] for i in _items(text, date(2017, 7, 22), "de")] == ["2017-07-22T04:00"]


def test_strong_past_forms_and_a_time_stamp_with_uhr() -> None:
    text = "Ein Pulk zog am Donnerstagabend gegen 20 Uhr durch die Freiburger Innenstadt."
    assert [i[1] for i in _items(text, date(2021, 4, 30), "de")] == ["2021-04-29T20:00"]
    line = "20.03.2020 – 19:57 Uhr\nDer Regierungsrat hat heute beschlossen."
    assert _items(line, date(2020, 3, 20), "de")[0][:2] == ("20.03.2020 – 19:57 Uhr", "2020-03-20T19:57")
    fled = "The suspect fled on Monday."
    assert [i[1] for i in _items(fled, date(2021, 4, 28), "en")] == ["2021-04-26"]


def test_a_ticker_with_bars_keeps_the_day_its_page_names_first() -> None:
    text = (
        "MDR SACHSEN | 29.03.2019 Ticker: Unfall in Dresden\n\nAm Donnerstagvormittag ist eine Autofahrerin "
        "gegen eine Ampel gefahren.\n\n13:00 Uhr | Zeitumstellung nicht vergessen\n\nAm Sonntag werden die Uhren "
        "umgestellt.\n\n12:49 Uhr | Weniger Grippe\n\nDie Zahl der Fälle geht zurück.\n"
    )
    stamps = [i for i in _items(text, date(2019, 3, 29), "de") if i[0].endswith("Uhr")]
    assert [(i[1], i[2]) for i in stamps] == [("2019-03-29T13:00", "report"), ("2019-03-29T12:49", "report")]


def test_years_joined_by_a_hyphen_are_a_span() -> None:
    text = "Er war von 1999-2017 Bürgermeister und 2017-2024 Vize."
    assert [i[1] for i in _items(text, date(2024, 5, 8), "de")] == ["1999/2017", "2017/2024"]


MASTHEAD_DE = """RADIO MUSTERTAL | 14.03.2022 Ticker: Sperrung der Talbrücke und Neuigkeiten aus dem Kreistag

Der RADIO MUSTERTAL-Ticker begleitet Sie mit aktuellen Meldungen.

11:40 Uhr | Talbrücke bleibt gesperrt

Die Talbrücke bei Musterhausen bleibt bis auf Weiteres gesperrt. Ein Gutachten steht noch aus.

10:15 Uhr | Kreistag tagt

Der Kreistag hat über den Haushalt beraten und ihn mit knapper Mehrheit beschlossen. (dpa/lsw)
"""


def test_a_masthead_before_the_bar_names_the_page_and_its_entries() -> None:
    """ "OUTLET | date" opens the page: its date line and every entry that names no maker are the outlet's, even
    where a headline runs on after the date; an entry that credits an agency at its end is the agency's."""
    items = _items(MASTHEAD_DE, date(2022, 3, 14), "de")
    assert ("14.03.2022", "2022-03-14", "report", "RADIO MUSTERTAL") in items
    assert ("11:40 Uhr", "2022-03-14T11:40", "report", "RADIO MUSTERTAL") in items
    assert ("10:15 Uhr", "2022-03-14T10:15", "report", "Deutsche Presse-Agentur") in items


def test_a_masthead_above_the_bar_of_the_date_line_and_a_source_at_a_line_s_end() -> None:
    text = (
        "Valley Courier-Review\n| Tuesday, November 3, 2020 7:06 a.m.\n\n"
        "The candidates are done campaigning. Now it is the voters' turn to speak in the county.\n"
    )
    assert _items(text, date(2020, 11, 3), "en")[0][2:] == ("report", "Valley Courier-Review")
    text = (
        "Published: 7:14AM Tuesday September 13, 2011 Source: Harbour News\n\n"
        "The union is refusing to comment on a report that a minister booed the team on Sunday.\n"
    )
    assert _items(text, date(2011, 9, 13), "en")[0][2:] == ("report", "Harbour News")
    chart = (
        "Prices rose again in the county, the board said on Monday, 4 May 2015.\n\n" + "More text follows. " * 30
    ) + "\nSource: County Statistics Office\n"
    assert ("report", "County Statistics Office") not in [i[2:] for i in _items(chart, date(2015, 5, 4), "en")]


def test_a_desk_s_credit_names_its_known_agency() -> None:
    text = "Metro Desk The Canadian Press, 13 Mar, 2020 12:51 AM\n\nWINNIPEG - The province announced a case.\n"
    assert _items(text, date(2020, 3, 13), "en")[0][2:] == ("report", "The Canadian Press")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die Regel gilt von Freitag, 19. März, bis einschließlich Montag, 22. März.", "2021-03-19/2021-03-22"),
        ("Die Regel gilt vom 19. März bis einschliesslich 22. März.", "2021-03-19/2021-03-22"),
        ("Die Ausstellung läuft vom 3. bis und mit 9. Mai.", "2021-05-03/2021-05-09"),
    ],
)
def test_inclusive_ends_of_a_span(text: str, want: str) -> None:
    assert [i["value"] for i in extract(text, dct=date(2021, 3, 18), language="de")] == [want]


def test_a_two_digit_year_after_slashes_and_no_time_joined_over_a_blank_line() -> None:
    text = "Sheriff's Office - 12/13/19 8:10 AM\n\nOn Thursday night, the school was the target of a threat.\n"
    assert [(i["surface"], i["value"]) for i in extract(text, dct=date(2019, 12, 13), language="en")] == [
        ("12/13/19 8:10 AM", "2019-12-13T08:10"),
        ("On Thursday night", "2019-12-12"),
    ]
    assert [i["value"] for i in extract("It was founded on 3/5/98.", dct=date(2019, 12, 13), language="en")] == [
        "1998-03-05"
    ]


def test_an_archive_s_entry_stamps_are_the_page_s_reports_of_their_days() -> None:
    text = (
        "22. März 2020\n\nLage im Kanton\n\n(22.03.2020 - 22:27)\n\nIn Chur sind nur noch wenige Leute unterwegs.\n\n"
        "17. März 2020\n\nErster Todesfall\n\n(17.03.2020 - 22:39)\n\nIm Tal verstarb eine Frau.\n"
    )
    items = _items(text, date(2020, 3, 22), "de")
    assert ("(22.03.2020 - 22:27)"[1:-1], "2020-03-22T22:27", "report", None) in items
    assert ("(17.03.2020 - 22:39)"[1:-1], "2020-03-17T22:39", "report", None) in items
    agenda = "Wann: Donnerstag, 08. Dezember 2016 11:00 Uhr\n\nDie Sitzung ist öffentlich.\n"
    assert [i[2] for i in _items(agenda, date(2016, 12, 1), "de")] == ["event"]


def test_an_item_s_stamp_after_a_bar_closing_its_paragraph_is_the_page_s() -> None:
    text = (
        "Der Seeadler konnte davonfliegen. | 11.04.2021 17:32\n"
        "Bei einem Unfall ist eine Frau gestorben. | NDR Schleswig-Holstein 11.04.2021 14:42\n"
    )
    told = extract(text, dct=date(2021, 4, 11), language="de", publisher="NDR")
    assert [(i["value"], i["kind"], i["publisher"]) for i in told] == [
        ("2021-04-11T17:32", "report", "NDR"),
        ("2021-04-11T14:42", "report", "NDR Schleswig-Holstein"),
    ]


def test_a_list_s_days_are_the_page_s_reports_where_one_is_its_own_day() -> None:
    """Days without a time on lines of their own head a list's items where one of them is the page's own day; a
    day alone that is not the page's is a chronology's, an event."""
    text = (
        "27 Mar 2018\n\nAwards for sixteen winners\n\nThe Premier has congratulated the winners.\n\n"
        "26 Mar 2018\n\nNew member joins\n\nThe Premier has welcomed a new member of the party.\n"
    )
    assert [(i[1], i[2]) for i in _items(text, date(2018, 3, 27), "en")] == [
        ("2018-03-27", "report"),
        ("2018-03-26", "report"),
    ]
    chronology = (
        "The story of the old town hall, as its friends tell it.\n\n10 May 2016\n\nThe hall opened.\n\n"
        "3 June 2017\n\nThe hall closed.\n"
    )
    assert [i[2] for i in _items(chronology, date(2018, 3, 27), "en")] == ["event", "event"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was last updated 2018-11-26 22:06:44-05 by staff.", ("2018-11-26 22:06:44-05", "2018-11-26T22:06")),
        ("Updated 2018-11-26T22:06:44Z.", ("2018-11-26T22:06:44Z", "2018-11-26T22:06")),
    ],
)
def test_a_machine_s_time_after_an_iso_date(text: str, want: tuple[str, str]) -> None:
    items = _items(text, date(2018, 11, 26), "en")
    assert items[0][:2] == want
    assert items[0][3] is None  # "Updated" is a label, no publisher


def test_a_date_and_a_time_are_not_joined_over_a_blank_line_and_a_dash_joins_a_24_hour_time() -> None:
    text = "Briefs filed on September 10, 2020\n\n7:53 PM CDT Thursday, Sep. 10, 2020\n\nThe family issued a note.\n"
    surfaces = [i[0] for i in _items(text, date(2020, 9, 10), "en")]
    assert surfaces[:2] == ["September 10, 2020", "7:53 PM CDT Thursday, Sep. 10, 2020"]
    text = "Tuesday, 02 April 2013 - 18:54\n\nIssues regarding the participation of the team were discussed.\n"
    assert _items(text, date(2013, 4, 2), "en")[0][:2] == ("Tuesday, 02 April 2013 - 18:54", "2013-04-02T18:54")


def test_a_protocol_s_speaker_after_the_stamp_makes_the_entry() -> None:
    text = (
        "Der Prozess ging weiter.\n\n10:02 Uhr. Götzl: Wir kommen dann zum Zeugen.\n\n"
        "10:15 Uhr. Klemke: Ich beantrage eine Pause.\n\n10:20 Uhr: Update: Die Sitzung ist unterbrochen."
    )
    items = extract(text, dct=date(2014, 12, 3), language="de")
    assert [(i["value"], i["kind"], i["publisher"]) for i in items] == [
        ("2014-12-03T10:02", "report", "Götzl"),
        ("2014-12-03T10:15", "report", "Klemke"),
        ("2014-12-03T10:20", "report", None),
    ]


def test_a_place_opening_a_ticker_s_entry_is_no_speaker() -> None:
    text = (
        "Der Krieg geht weiter.\n\n14:05 Uhr: Kiew: Die Armee meldet Angriffe.\n\n"
        "14:35 Uhr: Moskau: Der Kreml schweigt."
    )
    publishers = [i["publisher"] for i in extract(text, dct=date(2014, 12, 3), language="de")]
    assert "Kiew" not in publishers
    assert "Moskau" not in publishers


def test_a_time_heading_an_entry_is_the_page_s_day_not_one_an_earlier_entry_named() -> None:
    text = (
        "Sendedatum: 22.02.2017 12:00 Uhr\n\n13:52 Uhr - Bremen\n\n"
        '"Ein Tor wäre schön", sagte der Angreifer vor dem Nordderby am Freitagabend.\n\n'
        "13:39 Uhr - Hannover\n\nDie Polizei hat eine Granate aus der Leine gefischt.\n"
    )
    values = {i["surface"]: i["value"] for i in extract(text, dct=date(2017, 2, 22), language="de")}
    assert values["am Freitagabend"] == "2017-02-24"
    assert values["13:39 Uhr"] == "2017-02-22T13:39"


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Update: 24. März, 10.20 Uhr. Die Kanzlerin berät sich um 11 Uhr erneut.\n\n"
            "Update: 23. März, 8.05 Uhr. Erst um kurz vor 3 Uhr morgens traten die Kanzlerin und die "
            "Ministerpräsidenten vor die Kameras.",
            "de",
            ("kurz vor 3 Uhr", "2021-03-23T03:00"),
        ),
        (
            "Updated: March 24, 10:20 a.m. The chancellor meets the premiers at 11 a.m.\n\n"
            "Updated: March 23, 8:05 a.m. Only at 2:55 a.m. did the chancellor face the cameras.",
            "en",
            ("at 2:55 a.m.", "2021-03-23T02:55"),
        ),
    ],
)
def test_an_update_s_stamp_dates_the_times_its_entry_names(text: str, language: str, want: tuple[str, str]) -> None:
    """An entry under its update's stamp tells the times of the stamp's day, not of the entry above it."""
    found = [(i["surface"], i["value"]) for i in extract(text, dct=date(2021, 3, 24), language=language)]
    assert want in found


def test_an_update_s_labelled_stamp_is_the_page_s_report_whatever_follows_it() -> None:
    text = (
        "Updated: March 24, 10:20 a.m. The chancellor meets the premiers at 11 a.m.\n\n"
        "Updated: March 23, 8:05 a.m. Only at 2:55 a.m. did the chancellor face the cameras."
    )
    found = [(i["value"], i["kind"]) for i in extract(text, dct=date(2021, 3, 24), language="en")]
    assert found == [
        ("2021-03-24T10:20", "report"),
        ("2021-03-24T11:00", "event"),
        ("2021-03-23T08:05", "report"),
        ("2021-03-23T02:55", "event"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Corona im Landkreis\n\n16.46 Uhr, Ebersberg: Das Landratsamt warnt vor falschen Anrufen.\n\n"
            "14.20 Uhr - Bad Tölz: Die Stadt schließt das Freibad.",
            "de",
        ),
        ("Storm live\n\n4:46 p.m., Boston: Schools stay closed.\n\n2:20 p.m. - Worcester: Roads are clear.", "en"),
    ],
)
def test_an_entry_s_place_between_its_stamp_and_its_colon(text: str, language: str) -> None:
    """ "16.46 Uhr, Ebersberg: …": the place the entry is from does not keep its stamp from being the page's."""
    found = [(i["value"], i["kind"], i["publisher"]) for i in extract(text, dct=date(2025, 3, 16), language=language)]
    assert [(v, k) for v, k, _ in found] == [("2025-03-16T16:46", "report"), ("2025-03-16T14:20", "report")]
    told = extract(text, dct=date(2025, 3, 16), language=language, publisher="Lokalblatt")
    assert [i["publisher"] for i in told] == ["Lokalblatt", "Lokalblatt"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("17:16, 2013/11/03\n\nThe ministry said the floods killed ten people.", "2013-11-03T17:16"),
        ("21:48 | 03/11/2013\n\nThe ministry said the floods killed ten people.", "2013-11-03T21:48"),
        ("Tue, 03 Nov 2013 20:44:01 +0000 The snake skin found by the river is an anaconda's.", "2013-11-03T20:44"),
        ("Posted 2013/11/03 17:16\n\nThe ministry said the floods killed ten people.", "2013-11-03T17:16"),
    ],
)
def test_a_page_s_stamp_with_its_time_first_or_a_feed_s_seconds(text: str, want: str) -> None:
    """A time opening the page's line before its numeric day ("17:16, 2013/11/03"; a slashed day read day first
    where that is the page's own day), and a feed's stamp with its seconds and offset, are one stamp."""
    found = [
        (i["value"], i["kind"], i["publisher"])
        for i in extract(text, dct=date(2013, 11, 3), language="en", publisher="Daily")
    ]
    assert found[0] == (want, "report", "Daily")


RELEASES_DE = """26.05.2018 Ganz in Weiß: Rekordblüte der Robinien

Eberswalde – Forstleute und Imker bestätigen für dieses Jahr eine Rekordblüte der Robinien in Brandenburg.

25.05.2018 Temperaturen bis 30 Grad

Potsdam – Der Wetterdienst hat für das kommende Wochenende Temperaturen bis 30 Grad angekündigt.

24.05.2018 Neue Krone für Deich bei Friedrichsthal

Friedrichsthal – Den ersten Spatenstich für den neuen Deich setzte der Minister heute ganz vorsichtig.
"""


def test_a_list_s_dates_before_their_items_titles_head_the_items() -> None:
    """A list of releases, each dated at the start of its title's line: the dates are the page's reports, and
    each item's days count from its own date ("heute" under 24.05.2018 is that day)."""
    found = [(i["surface"], i["value"], i["kind"]) for i in extract(RELEASES_DE, dct=date(2018, 5, 26), language="de")]
    assert ("25.05.2018", "2018-05-25", "report") in found
    assert ("24.05.2018", "2018-05-24", "report") in found
    assert ("kommende Wochenende", "2018-05-26/2018-05-27", "event") in found
    assert ("heute", "2018-05-24", "event") in found
    sentence = "12.04.2024 Zwei Tage vor der Wahl hat die Partei am Montag ihr Programm vorgestellt.\n\nMehr folgt."
    assert not heads_entry(sentence, 0, 10)  # a sentence after the date is no title
    assert heads_entry(RELEASES_DE, 0, 10)


def test_a_list_item_s_bracketed_credit_names_its_issuer() -> None:
    """ "20.04.2016\\n[ Der Bundesrat ]": a list of several bodies' releases credits each item below its date."""
    text = (
        "26.04.2016\n[ Bundesamt für Energie ]\nDie Zahl der Anlagen ist gestiegen, teilte das Amt mit.\n\n"
        "20.04.2016\n[ Der Bundesrat ]\nDer Bundesrat hat die Verordnung verabschiedet."
    )
    for publisher in (None, "Bundesamt für Energie BFE"):
        found = extract(text, dct=date(2016, 4, 26), language="de", publisher=publisher)
        assert [(i["value"], i["publisher"]) for i in found if i["kind"] == "report"] == [
            ("2016-04-26", "Bundesamt für Energie"),
            ("2016-04-20", "Bundesrat"),
        ]


def test_a_list_s_date_with_its_item_s_kind_after_a_bar_heads_the_item() -> None:
    """ "16.09.2021 | Statement": a list of a person's statements, each dated on a line with its kind."""
    text = (
        "Alle Statements\n\n16.09.2021 | Statement\n\nOlympiateam\n\nDas Team hat in Tokio Höchstleistungen gezeigt."
        "\n\n13.09.2021 | Statement\n\nMieterschutz\n\nHamburg hat sich heute im Bundesrat eingesetzt."
    )
    found = [(i["value"], i["kind"]) for i in extract(text, dct=date(2021, 9, 16), language="de")]
    assert found == [("2021-09-16", "report"), ("2021-09-13", "report"), ("2021-09-13", "event")]


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (
            "Tue 21 Dec 2010 04.51 EST\n\nCampaigners said the protest is planned.",
            "en",
            date(2010, 12, 21),
            "2010-12-21T04:51",
        ),
        (
            "By Jane Muster\n22:59, 27 Sep 2021\n\nPolice said on Monday a man was arrested.",
            "en",
            date(2021, 9, 27),
            "2021-09-27T22:59",
        ),
        ("Last modified: April 11, 2025\n\nThe team responded to the call.", "en", date(2025, 4, 11), "2025-04-11"),
        (
            "Die Polizei sucht Zeugen.\n\n(Zuletzt geändert: Dienstag, 04.08.20 - 15:37 Uhr   -   965 mal angesehen)\n",
            "de",
            date(2020, 8, 4),
            "2020-08-04T15:37",
        ),
    ],
)
def test_more_forms_of_a_page_s_stamp(text: str, language: str, dct: date, want: str) -> None:
    """A 24-hour time with a dot before its zone after the date ("04.51 EST"), a time before its day with a comma
    ("22:59, 27 Sep 2021"), and the labels "Last modified" and "Zuletzt geändert" stamp the page."""
    found = extract(text, dct=dct, language=language, publisher="Page")
    assert (want, "report", "Page") in [(i["value"], i["kind"], i["publisher"]) for i in found]
