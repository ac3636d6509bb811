"""Who made a dated statement, in shapes blind news passages showed: a body's word before a statement noun, a
possessive, a statement noun a past verb makes, "comments from X", a participle clause running on to the name,
a role whose body runs into the name, and the German "Wie X berichtet" in the present."""

from __future__ import annotations

from datetime import date

import pytest

from chronik import outlets
from chronik.extract import extract

DCT = date(2020, 11, 22)  # a Sunday


def _reports(text: str, language: str = "en", dct: date = DCT) -> list[tuple[str | None, str | None]]:
    return [(i["value"], i["publisher"]) for i in extract(text, dct=dct, language=language) if i["kind"] == "report"]


def _entries(text: str, language: str, dct: date) -> list[tuple[str | None, str, str | None]]:
    """Every entry's value, kind and publisher, events too."""
    return [(i["value"], i["kind"], i["publisher"]) for i in extract(text, dct=dct, language=language)]


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


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # an outlet's credit in brackets after a headline
        (
            "$40M sought for mining network – by Harold Carmichael (Sudbury Star – June 25, 2020)\n\nThe fate …",
            "en",
            ("2020-06-25", "Sudbury Star"),
        ),
        # the one quoted, not "saying"
        (
            "“We are grateful,” executive director Mary Lou Hussak is quoted as saying in a news release Monday.",
            "en",
            ("2020-11-16", "Mary Lou Hussak"),
        ),
        # a date that ends an apposition after the verb of saying and the name
        (
            "“We have a meeting next week,” said Charles Nyabeze, CEMI’s vice-president of business development "
            "Wednesday.",
            "en",
            ("2020-11-18", "Charles Nyabeze"),
        ),
        ("Der Plan sei gut, sagte Max Muster, Sprecher der Stadt, am Freitag.", "de", ("2020-11-20", "Stadt")),
    ],
)
def test_credits_quotations_appositions_and_titles(text: str, language: str, want: tuple[str, str]) -> None:
    assert want in _reports(text, language)


def test_a_relative_clause_after_the_speaker_keeps_its_own_day() -> None:
    assert _reports("The plan is good, said John Smith, who met the mayor on Monday.") == []
    assert _reports("Der Plan sei gut, sagte Max Muster, der den Bürgermeister am Montag traf.", "de") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("22:36 20.02.2017\nHannover\n\nEigentlich geht es los.", "de", "2017-02-20T22:36"),
        ("Am Mittwoch, 18. November 2020, kurz vor 14.30 Uhr, ging die Meldung ein.", "de", "2020-11-18T14:30"),
        ("On Wednesday, shortly after 5pm, a man crossed the road.", "en", "2020-11-18T17:00"),
        ("Das war vor zwanzig Jahren anders.", "de", "2000"),
        ("That was thirty years ago.", "en", "1990"),
    ],
)
def test_times_stamps_and_counts(text: str, language: str, value: str) -> None:
    assert [i["value"] for i in extract(text, dct=DCT, language=language)] == [value]


def test_a_briefing_s_title_line_names_its_issuer() -> None:
    """Its date is the issuer's, and so are the release's statements that name no maker."""
    text = (
        "Media Briefing by a Scottish Government Spokesperson - Monday 16 November 2020\n\nThe SGS welcomed "
        "journalists. The SGS noted that a news release was issued on Sunday."
    )
    assert _reports(text, "en", date(2020, 11, 16)) == [
        ("2020-11-16", "Scottish Government"),
        ("2020-11-15", "Scottish Government"),
    ]


def test_an_official_no_one_named_before_is_the_one_the_next_sentence_names() -> None:
    text = (
        "Tourist arrivals fell at the park, an official said Monday.\n\nActing chief park warden Frederic Mofulu "
        "said the park is affected by the crisis."
    )
    assert _reports(text) == [("2020-11-16", "Frederic Mofulu")]
    alone = "Tourist arrivals fell at the park, an official said Monday. The weather was bad."
    assert _reports(alone) == [("2020-11-16", "official")]


def test_und_es_ist_opens_a_clause_with_its_own_tense() -> None:
    text = "Die Arbeiten konnten bereits eingeholt werden und es ist mit einer Freigabe Mitte September zu rechnen."
    assert [i["value"] for i in extract(text, dct=date(2020, 8, 4), language="de")] == ["2020-09"]


def test_we_opening_a_page_is_no_issuer() -> None:
    text = (
        "Letztes Update: 24.03.2020 18:48 Uhr\nWir halten unseren Beitrag zu den Maßnahmen in Völklingen täglich "
        "aktuell, so gut wir können.\nDie Ausgangsbeschränkungen bleiben in Kraft, wie wir erfahren haben."
    )
    assert ("2020-03-24T18:48", None) in _reports(text, "de", date(2020, 3, 24))


def test_an_outlet_before_the_bar_of_the_page_s_own_line() -> None:
    text = (
        "Tribune-Review | Tuesday, November 3, 2020 7:06 a.m.\n\nThe presidential race drew voters across the "
        "county, officials said."
    )
    assert ("2020-11-03T07:06", "Tribune-Review") in _reports(text, "en", date(2020, 11, 3))


def test_talking_to_and_briefing_the_media_date_the_main_clause_s_statement() -> None:
    text = "Talking to media persons here Friday, Minister Jane Muster argued that the summit went well."
    assert _reports(text, "en", date(2018, 9, 15)) == [("2018-09-14", "Jane Muster")]
    text = "Briefing reporters on Friday, Minister Jane Muster said the summit went well."
    assert _reports(text, "en", date(2018, 9, 15)) == [("2018-09-14", "Jane Muster")]
    assert _reports("He was talking about the summit on Friday.", "en", date(2018, 9, 15)) == []


def test_an_adverb_between_speaking_and_its_channel() -> None:
    text = "Speaking exclusively to Sports Weekly yesterday, Yusuf Muster said: the club is fine."
    assert _reports(text, "en", date(2015, 11, 2)) == [("2015-11-01", "Yusuf Muster")]
    text = "Talking briefly to reporters on Friday, Minister Jane Muster said the summit went well."
    assert _reports(text, "en", date(2018, 9, 15)) == [("2018-09-14", "Jane Muster")]


def test_sprach_von_is_a_statement_sprach_mit_or_ueber_a_meeting() -> None:
    assert _reports("Die Stadt sprach am Sonntag von einem Auftakt nach Maß.", "de", date(2018, 6, 18)) == [
        ("2018-06-17", "Stadt")
    ]
    assert _reports("Am Montag sprach die Ministerin von einer „Zäsur“.", "de", date(2018, 6, 18)) == [
        ("2018-06-18", "Ministerin")
    ]
    assert _reports("Der Minister sprach am Montag mit dem Chef von Siemens.", "de", date(2018, 6, 18)) == []
    assert _reports("Die beiden sprachen am Mittwoch über eine Kooperation.", "de", date(2018, 6, 18)) == []


def test_a_minister_s_portfolio_and_an_abbreviated_title_are_no_part_of_the_name() -> None:
    text = "Minister for Interior Sheikh Ali Muster has said the road will open. In a video message today, he said so."
    assert _reports(text, "en", date(2022, 3, 5)) == [("2022-03-05", "Sheikh Ali Muster")]
    text = "Minister of Foreign Affairs Dr Arzu Rana Muster said on Monday the talks were over."
    assert _reports(text, "en", date(2022, 3, 9)) == [("2022-03-07", "Arzu Rana Muster")]


def test_the_accused_are_people_not_a_verb() -> None:
    text = "Police said the three accused involved in yesterday's attack have been identified."
    assert [(i["value"], i["kind"]) for i in extract(text, dct=date(2022, 3, 5), language="en")] == [
        ("2022-03-04", "event")
    ]


def test_an_outlet_s_credit_after_a_bar_before_an_item_s_closing_date() -> None:
    text = (
        "Die Autobahn wird für einige Nächte gesperrt, teilte die Autobahn GmbH am Montag mit. Die Sperrungen seien "
        "notwendig, sagte eine Sprecherin. | NDR Schleswig-Holstein 15.05.2023 13:00 Uhr\n"
    )
    assert ("2023-05-15T13:00", "NDR Schleswig-Holstein") in _reports(text, "de", date(2023, 5, 15))
    place = "Die Sperrungen seien notwendig, sagte eine Sprecherin. | Lübeck 15.05.2023\n"
    assert ("2023-05-15", "Lübeck") not in _reports(place, "de", date(2023, 5, 15))


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("| Sendedatum NDR 90,3: 22.06.2021 17:00", "NDR 90,3"),  # a label before the station, its frequency
        ("| NDR 90,3 22.06.2021 17:00", "NDR 90,3"),
        ("\nSendung: BR24 Nachrichten, 22.06.2021 17:00 Uhr", "BR24 Nachrichten"),  # a label and its colon
    ],
)
def test_a_broadcast_s_credit_with_its_label_and_frequency_dates_its_item(line: str, outlet: str) -> None:
    text = 'Der Senat will mehr erlauben. Er sagte: "Wir sind noch nicht am sicheren Ufer." ' + line + "\n"
    assert ("2021-06-22T17:00", outlet) in _reports(text, "de", date(2021, 6, 22))
    named = text.replace(outlet, "Polizei Hamburg")  # no outlet: no credit
    assert ("2021-06-22T17:00", "Polizei Hamburg") not in _reports(named, "de", date(2021, 6, 22))


def test_a_headline_after_the_page_s_date_names_no_issuer() -> None:
    """A headline on its own line under the page's date is no release's first sentence: its first word issues
    nothing; a name alone on that line (with its place in brackets) still credits the page."""
    text = "Wednesday, October 2, 2019\n\nListeria prompts sandwich recall\n\nThe sandwiches are sold in Ontario.\n"
    assert _reports(text, "en", date(2019, 10, 2)) == [("2019-10-02", None)]
    release = "Jan 5, 2020\n\nAcme Inc. today announced record sales for the year.\n"
    assert _reports(release, "en", date(2020, 1, 5))[0] == ("2020-01-05", "Acme Inc")


def test_a_place_and_its_day_after_the_page_s_date_are_no_issuer() -> None:
    text = "Sep 15, 2018\n\nChitwan, Sept 14 -- Foreign Minister Jane Muster has said relations were improving.\n"
    assert ("2018-09-15", "Chitwan") not in _reports(text, "en", date(2018, 9, 15))


def test_an_agency_in_brackets_after_the_dateline_s_day_before_a_colon() -> None:
    text = "Islamabad, March 05, 2022 (PPI):Minister Jane Muster has said the accused have been identified."
    assert _reports(text, "en", date(2022, 3, 5))[0] == ("2022-03-05", "PPI")


def test_a_zu_infinitive_takes_no_tense_from_the_sentence() -> None:
    text = (
        "Der Direktor zeigte volles Verständnis für die Entscheidung der Bürgermeisterin, am Samstag keine "
        "Zuschauer im Stadion zuzulassen."
    )
    assert [i["value"] for i in extract(text, dct=date(2020, 10, 22), language="de")] == ["2020-10-24"]


def test_an_interview_on_an_outlet_no_data_file_knows_is_that_outlet_s() -> None:
    text = "In an interview on Radio Muster on Thursday, Jane Muster accused councillors of petty politics."
    assert _reports(text, "en", date(2002, 1, 3)) == [("2002-01-03", "Radio Muster")]
    text = "The Premier revealed it during an interview on ABC Radio this morning."
    assert _reports(text, "en", date(2019, 11, 12)) == [("2019-11-12", "ABC Radio")]  # the programme, not "ABC"
    assert _reports("He is telling the BBC on Monday that it is over.", "en", date(2023, 11, 23)) == [
        ("2023-11-20", "BBC")
    ]


def test_a_time_zone_after_a_page_s_date_is_no_outlet() -> None:
    text = "Thursday, 3 January, 2002, 07:53 GMT\n\nThe former head of communications at the council has resigned.\n"
    assert ("2002-01-03T07:53", "GMT") not in _reports(text, "en", date(2002, 1, 3))


def test_a_programme_after_its_outlet_on_a_page_line() -> None:
    text = (
        "Freitag, 14.12.2018\n\nRadio Muster, Landesrundschau von 07.30 Uhr:\n\n"
        "1. Der Landtag hat am Donnerstag die Reform beschlossen.\n"
    )
    assert ("2018-12-14T07:30", "Radio Muster") in _reports(text, "de", date(2018, 12, 14))


def test_a_titled_person_who_says_something_opens_a_story_not_a_release() -> None:
    text = "Jun 7, 2018\n\nNew Mexico Gov. Jane Muster says the candidate is wrong about the state's finances.\n"
    assert _reports(text, "en", date(2018, 6, 7))[0] == ("2018-06-07", None)
    release = "March 3, 2020 — Acme Corp. today announced a new plant in Ohio.\n"
    assert _reports(release, "en", date(2020, 3, 3))[0] == ("2020-03-03", "Acme Corp")


def test_a_portfolio_a_nation_before_it_and_i_are_no_issuers() -> None:
    text = (
        "Dhaka, 27 January :\n\nForeign Minister Dr. A K Muster made a call to the Malaysian Foreign Minister "
        "Sri Jane Muster today. Dr. Muster congratulated the Malaysian Foreign Minister on the jubilee.\n"
    )
    assert ("2022-01-27", None) in _reports(text, "en", date(2022, 1, 27))
    blog = "Wednesday 27 October 2021\n\nI was personally a bit disappointed with the postponement of the Bill.\n"
    assert _reports(blog, "en", date(2021, 10, 27)) == [("2021-10-27", None)]


def test_an_agency_named_after_the_dateline_s_day_before_a_colon() -> None:
    text = "Lilongwe, April 8, Mana: Minister Jane Muster says the rollout will continue.\n"
    assert _reports(text, "en", date(2025, 4, 8))[0] == ("2025-04-08", "Mana")
    text = "Lilongwe, April 8, Tuesday: Minister Jane Muster says the rollout will continue.\n"
    assert ("2025-04-08", "Tuesday") not in _reports(text, "en", date(2025, 4, 8))


@pytest.mark.parametrize(
    "text",
    [
        "Der Deutsche Wetterdienst hat bereits am Dienstag eine Waldbrandwarnung herausgegeben.",
        "Der Deutsche Wetterdienst gab am Dienstag eine Unwetterwarnung heraus.",
    ],
)
def test_a_warning_issued_is_its_issuer_s_report(text: str) -> None:
    assert _reports(text, "de", date(2017, 4, 12)) == [("2017-04-11", "Deutscher Wetterdienst")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Der Befund wurde am Freitag vom Ministerium bekannt gegeben.", ("2020-02-28", "Ministerium")),
        ("Das wurde am Freitag von der Polizei mitgeteilt.", ("2020-02-28", "Polizei")),
        ("Das Ministerium hat den Befund am Freitag bekannt gegeben.", ("2020-02-28", "Ministerium")),
        ("Das erzählte der Bürgermeister am Freitag im Rathaus.", ("2020-02-28", "Bürgermeister")),
        ("Wie die Zeitung am Dienstag erfuhr, ist die Brücke gesperrt.", ("2020-02-25", "Zeitung")),
    ],
)
def test_german_passives_bekannt_gegeben_erzaehlt_and_a_reporter_s_erfuhr(text: str, want: tuple[str, str]) -> None:
    assert _reports(text, "de", date(2020, 3, 2)) == [want]


def test_one_who_learns_something_reports_nothing() -> None:
    assert _reports("Er erfuhr am Montag von der Kündigung.", "de", date(2020, 3, 2)) == []
    assert _reports("Er war entsetzt, als er am Montag davon erfuhr.", "de", date(2020, 3, 2)) == []


def test_an_abbreviated_title_is_no_part_of_the_maker_s_name() -> None:
    text = (
        "Speaking at a press conference held in Colombo today, UNP General Secretary MP Jane Muster stated that the "
        "leader will discuss it."
    )
    assert _reports(text, "en", date(2013, 4, 2)) == [("2013-04-02", "Jane Muster")]
    text = "Comments made by Gov. Kim Muster to a radio audience Thursday caught the ear of the leaders."
    assert _reports(text, "en", date(2021, 4, 8)) == [("2021-04-08", "Kim Muster")]


def test_a_digest_s_title_line_names_its_issuer() -> None:
    text = (
        "RathausReport der Stadt Musterstadt vom 1. April 2022\n\nPartnerschaft: Stadtrat verabschiedet Resolution\n\n"
        "Mit breiter Mehrheit hat der Stadtrat am Donnerstag eine Resolution verabschiedet. Die Stadt Wladimir "
        "wurde informiert, und die Stadt Wladimir antwortete.\n"
    )
    assert ("2022-04-01", "Stadt Musterstadt") in _reports(text, "de", date(2022, 4, 1))


def test_a_german_body_named_again_by_its_head_is_the_compound_the_text_named() -> None:
    text = "Das Gesundheitsministerium meldete zehn Fälle. Am Sonntag teilte das Ministerium mit, es gebe zwölf mehr."
    assert _reports(text, "de", date(2020, 3, 2)) == [("2020-03-01", "Gesundheitsministerium")]
    two = (
        "Das Gesundheitsministerium und das Innenministerium tagten. Am Sonntag teilte das Ministerium mit, es gebe "
        "zwölf mehr."
    )
    assert _reports(two, "de", date(2020, 3, 2)) == [("2020-03-01", "Ministerium")]  # which one, the text leaves open


def test_a_source_in_guillemets_dated_by_its_issue_and_a_stamp_closing_the_lead() -> None:
    text = (
        "Der Ermittler hat auch den Minister befragt. Er soll sich gewehrt haben. 25.08.2022, 10.32 Uhr\n\n"
        "Jedenfalls soll dazu laut «Weltwoche» vom Donnerstag auch der Minister befragt worden sein.\n"
    )
    reports = _reports(text, "de", date(2022, 8, 25))
    assert ("2022-08-25T10:32", None) in reports
    assert ("2022-08-25", "Weltwoche") in reports


def test_a_crosshead_s_last_word_does_not_speak_through_the_role_on_the_next_line() -> None:
    text = (
        "Über Ostern gibt es Beschränkungen.\nVeröffentlicht: 02.04.2020, 14:21\n\nAuch die Ministerin bleibt zu Hause"
        "\n\nDie SPD-Politikerin machte deutlich, dass Ausflüge verboten sind. Alle sollen zu Hause bleiben.\n"
    )
    assert ("2020-04-02T14:21", "Hause") not in _reports(text, "de", date(2020, 4, 2))


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a known outlet's byline over the page's date line: the outlet's page
        ("By Press Association\nMonday, June 29, 2020 - 06:05 PM\n\nThe council met.\n", "en", "Press Association"),
        ("Von dpa\n29.06.2020, 18:05 Uhr\n\nDer Rat tagte.\n", "de", "Deutsche Presse-Agentur"),
        # a source line closing the page credits it, as one in its head does
        (
            "CNA News – Nicosia 29/06/2020 18:05\n\nThe council met again.\n\nSource: Cyprus News Agency\n",
            "en",
            "Cyprus News Agency",
        ),
    ],
)
def test_a_known_outlet_s_byline_and_a_closing_source_line_name_the_page_s_outlet(
    text: str, language: str, want: str
) -> None:
    assert _reports(text, language, date(2020, 6, 29))[0][1] == want


def test_a_reporter_s_byline_names_no_outlet_and_a_rank_before_a_title_is_no_body() -> None:
    text = (
        "By Jane Muster\nMonday, June 29, 2020 - 06:05 PM\n\nThe deputy First Minister has said the talks failed. "
        "First Minister Arlene Muster agreed. First Minister Muster had spoken to him.\n"
    )
    assert _reports(text, "en", date(2020, 6, 29))[0] == ("2020-06-29T18:05", None)


@pytest.mark.parametrize(
    "text",
    [
        "The Nigeria Police have declared him wanted. The police spokesperson, Jimoh Muster, said the order "
        "stands. Mr. Muster said Monday night that he must report.",
        "The Nigeria Police have declared him wanted. Jimoh Muster, a spokesman for the police, said on Monday "
        "that he must report.",
    ],
)
def test_a_spokesperson_of_a_body_named_by_its_noun_speaks_for_the_body(text: str) -> None:
    assert _reports(text, "en", date(2018, 2, 6)) == [("2018-02-05", "Nigeria Police")]


def test_a_spokesperson_without_a_body_speaks_for_herself() -> None:
    assert _reports("A spokesperson, Jane Muster, said on Monday that it was over.") == [("2020-11-16", "Jane Muster")]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Jane Muster, on Sunday, at the start of the weekly Cabinet meeting, said the deal was good.",
        "Prime Minister Jane Muster, this morning (Sunday, 26 June 2016), said the deal was good.",
    ],
)
def test_a_date_set_off_by_commas_and_an_aside_dates_the_verb_after_them(text: str) -> None:
    assert _reports(text, "en", date(2016, 6, 26)) == [("2016-06-26", "Jane Muster")]


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # the subject's clause before the date's opening comma, all its words
        (
            "The Federal Capital Territory Police Command, on Thursday, said hoodlums burnt a container.",
            "en",
            date(2024, 8, 2),
            [("2024-08-01", "Federal Capital Territory Police Command")],
        ),
        # a statement's maker ends where the verb begins
        (
            "A statement from the Ministry of Health confirmed the figures on Monday.",
            "en",
            date(2024, 8, 2),
            [("2024-07-29", "Ministry of Health")],
        ),
        # an object opens the clause: the subject follows the verb
        (
            "Diesen Entscheid teilte der FC St. Gallen am späteren Dienstagnachmittag an einer Medienkonferenz mit.",
            "de",
            date(2017, 12, 12),
            [("2017-12-12", "FC St. Gallen")],
        ),
        ("Den Beschluss gab der Stadtrat am Dienstag bekannt.", "de", date(2017, 12, 12), [("2017-12-12", "Stadtrat")]),
    ],
)
def test_subjects_before_a_comma_set_date_after_a_statement_s_from_and_after_an_object(
    text: str, language: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert _reports(text, language, dct) == expected


def test_an_interview_given_to_a_known_outlet_is_the_outlet_s_report() -> None:
    text = "During a live interview with ESPN on Sunday, the league's rushing champion also said he was sorry."
    assert _reports(text, "en", date(2018, 12, 2)) == [("2018-12-02", "ESPN")]
    text = "Das sagte der Minister am Sonntag der Neuen Osnabrücker Zeitung."
    assert _reports(text, "de", date(2018, 12, 2)) == [("2018-12-02", "Neue Osnabrücker Zeitung")]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Österreichs Präsident Alexander Van der Bellen hat am Donnerstag gesagt, er sei schockiert.", "de", None),
        ("Commission President Ursula von der Leyen said on Thursday that the deal stood.", "en", None),
        ("Der frühere Siemens-Chef Heinrich von Pierer sagte am Donnerstag, er sei zufrieden.", "de", None),
    ],
)
def test_a_name_with_particles_between_its_parts_is_one_name(text: str, language: str, name: str | None) -> None:
    people = {"de": ("Alexander Van der Bellen", "Heinrich von Pierer"), "en": ("Ursula von der Leyen",)}[language]
    [(_, publisher)] = _reports(text, language, date(2022, 10, 21))
    assert publisher in people


def test_a_date_in_a_relative_clause_of_its_own_is_no_date_of_the_verb_after_it() -> None:
    text = (
        "The champion, who had battled into the third round against Max Muster on Wednesday, announced his "
        "withdrawal moments before the match."
    )
    assert _reports(text, "en", date(2023, 8, 10)) == []


def test_a_byline_of_several_authors_over_the_page_s_day_is_the_page_s_line() -> None:
    text = (
        "Steffen Muster wird Landrat. Bei der Stichwahl gestern erhielt er zwei Drittel der Stimmen.\n\n"
        "Von Jana Muster, Max Beispiel und Eva Probe 16.06.2014, 01:41\n\nDer Hochschullehrer gewann klar.\n"
    )
    told = extract(text, dct=date(2014, 6, 16), language="de", publisher="Volksstimme")
    assert ("2014-06-16T01:41", "report", "Volksstimme") in [(i["value"], i["kind"], i["publisher"]) for i in told]


def test_it_said_is_the_body_s_statement_not_the_person_s_named_before() -> None:
    text = (
        "The Malaysian Communications and Multimedia Commission has questioned a man. He is investigated under the "
        "Multimedia and Communications Act 1998 for improper use of network facilities, it said in a statement today."
    )
    assert _reports(text, "en", date(2020, 4, 11)) == [
        ("2020-04-11", "Malaysian Communications and Multimedia Commission")
    ]


def test_an_author_signing_the_page_s_line_gives_way_to_the_outlet_the_caller_names() -> None:
    text = (
        "Wie stark die Person des Landrats wirkt, zeigte sich.\nAntje Muster 11.04.2018 - 19:52 Uhr\nDie Kandidaten.\n"
    )
    told = extract(text, dct=date(2018, 4, 11), language="de", publisher="Freies Wort")
    assert ("2018-04-11T19:52", "Freies Wort") in [(i["value"], i["publisher"]) for i in told]
    assert ("2018-04-11T19:52", "Antje Muster") in _reports(text, "de", date(2018, 4, 11))


def test_a_picture_s_credit_is_no_source_of_the_page() -> None:
    text = (
        "20:28 26.03.2020\nDer Minister kommt zu einem Termin. Quelle: Frank Muster/dpa/Archivbild\n\n"
        "18:20 Uhr\n\nDie Stadt schließt die Bäder.\n\n18:10 Uhr\n\nDie Schulen bleiben zu.\n"
    )
    assert not [p for _, p in _reports(text, "de", date(2020, 3, 26)) if p and "Archivbild" in p]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zudem seien drei Menschen verletzt worden, so ein Sprecher der Polizei Mittelhessen am Sonntag.",
            [("2021-09-19", "Polizei Mittelhessen")],
        ),
        ("„Wir sind zufrieden“, so eine Sprecherin des Ministeriums am Montag.", [("2021-09-20", "Ministerium")]),
        ("Das Haus ist so ein Ding am Sonntag gewesen.", []),
    ],
)
def test_so_and_a_spokesperson_with_an_indefinite_article_attribute_a_statement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _reports(text, "de", date(2021, 9, 21)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Muster had on Sunday described the attack as organised.", [("2020-06-21", "Jane Muster")]),
        ("Former player Max Muster on Monday retracted a claim that he was suspended.", [("2020-06-22", "Max Muster")]),
        ("The weather service on Thursday advised fishermen not to venture out.", [("2020-06-18", "weather service")]),
    ],
)
def test_describing_advising_retracting_and_notifying_are_statements(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _reports(text, "en", date(2020, 6, 24)) == expected


def test_a_byline_s_author_is_no_publisher_of_the_page_s_line() -> None:
    text = "The garda was arrested this morning.\n\nBy Jane Muster Tuesday 9 Nov 2021, 6:13 PM\n\nHe was held.\n"
    told = extract(text, dct=date(2021, 11, 9), language="en", publisher="The Journal")
    assert [(i["value"], i["publisher"]) for i in told if i["kind"] == "report"] == [
        ("2021-11-09T18:13", "The Journal")
    ]
    assert ("2021-11-09T18:13", "By Jane Muster") not in _reports(text, "en", date(2021, 11, 9))


def test_an_aside_that_is_a_clause_of_its_own_is_no_way_to_the_verb() -> None:
    text = "„Wir warten ab bis Samstag, 17.30 Uhr, dann wissen wir Bescheid“, erklärte der Trainer auf Nachfrage."
    assert _reports(text, "de", date(2017, 5, 18)) == []


def test_a_phrase_after_its_comma_is_the_statement_of_the_sentence_s_subject() -> None:
    text = (
        "It rained. It snowed. The Police Commissioner repeated the comments, in a follow up TV interview on 25 "
        "January, which was seen."
    )
    assert _reports(text, "en", date(2025, 2, 24)) == [("2025-01-25", "Police Commissioner")]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a place in brackets before a release's date
        (
            "(St. John’s, NL), December 7, 2022 – The Royal Newfoundland Constabulary (RNC) seized drugs.\n",
            date(2022, 12, 7),
            ("2022-12-07", "Royal Newfoundland Constabulary"),
        ),
        # a wire's dateline with its state under the page's date: the wire's page, not the place
        (
            "Aug 7, 2019\n\nLAS CRUCES, N.M. (AP) — Border Patrol checkpoints have reopened.\n",
            date(2019, 8, 7),
            ("2019-08-07", "Associated Press"),
        ),
        # a title and the person's name after it open a story, no release
        (
            "Apia, Samoa – 24 February 2025 – The Minister of Police, Jane Muster has confirmed that no talks were "
            "held.\n",
            date(2025, 2, 24),
            ("2025-02-24", None),
        ),
        # a time zone is never a word of the next paragraph ("PHOENIX")
        (
            "Feb 11, 2023, 5:45 AM\n\nPHOENIX — Police arrested a man on Friday.\n",
            date(2023, 2, 11),
            ("2023-02-11T05:45", None),
        ),
    ],
)
def test_date_lines_of_releases_and_wires(text: str, dct: date, want: tuple[str, str | None]) -> None:
    assert _reports(text, "en", dct)[0] == want


def test_a_news_page_s_own_line_names_no_body_of_its_story() -> None:
    story = (
        "23:46 27.04.2018\n\nDer bisherige Bürgermeister Bernd Muster übergab die Urkunde. Ein SPD-Sprecher lobte "
        "ihn. Die SPD feierte den Wechsel.\n"
    )
    assert _reports(story, "de", date(2018, 4, 27))[0] == ("2018-04-27T23:46", None)
    release = "Pressemitteilung 27.04.2018\n\nDie Beispiel AG hat einen neuen Vorstand. Die Beispiel AG dankt.\n"
    assert _reports(release, "de", date(2018, 4, 27))[0] == ("2018-04-27", "Beispiel AG")


def test_a_stamp_in_digits_opening_its_paragraph_dates_the_page() -> None:
    text = "12.04.2024 Der Vorstand tritt zurück. Er geht nach Wien.\n\n12.04.2024 Die Bahn fährt wieder.\n"
    assert _reports(text, "de", date(2024, 4, 12))[0] == ("2024-04-12", None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # whatever a copy of the page glued after its stamp: a bar and a headline, a number mark, a place in
        # capitals, a spaced dash and a sentence below a headline, a time glued to a word
        ("21.09.2021 | Sachsen-Anhalt am Morgen Brieffreundschaft zu Attentäter: Polizistin suspendiert\n", "de"),
        ("#166 21.09.2021 INNERES Moorbrand in Meppen: Grüne üben harsche Kritik an der Landesregierung.\n", "de"),
        ("21.09.2021 / ISRAEL - Nach heftigen Auseinandersetzungen heißt es: Feuerpause.\n", "de"),
        (
            "Muster in Oslo\n\n21.09.2021 - Hans Muster, Direktor des Instituts, wird den Gouverneur in Oslo "
            "treffen.\n",
            "de",
        ),
        ("21/09/21 Merklich gelöst: So verabschiedete sich der Intendant von den Journalisten.\n", "de"),
        ("21.09.2021 (Muster News) - PARLIAMENT | The minister said exports grew.\n", "en"),
    ],
)
def test_a_full_date_opening_the_page_is_its_stamp(text: str, language: str) -> None:
    assert _reports(text, language, date(2021, 9, 21))[0] == ("2021-09-21", None)


def test_a_full_date_opening_the_page_keeps_its_time_without_uhr() -> None:
    text = "21. September 2021 um 10:33H. Muster & Cie schmückt sich mit fremden Federn, schreibt ein Portal.\n"
    assert _reports(text, "de", date(2021, 9, 21))[0] == ("2021-09-21T10:33", None)


@pytest.mark.parametrize(
    "text",
    [
        "21. September 2021 war der Tag, an dem der Prozess gegen den Angeklagten vor dem Landgericht begann.\n",
        "Am 21.09.2021 begann der Prozess.\n",
        "Der Prozess.\n\nEr begann.\n\n21.09.2021 - Das Gericht tagt.\n",  # not the page's head
        "Der Prozess.\n\nEr begann 2020 vor dem Landgericht.\n21.09.2021 - Das Gericht tagt.\n",
    ],
)
def test_a_date_that_does_not_open_the_page_is_no_stamp(text: str) -> None:
    assert [i["kind"] for i in extract(text, dct=date(2021, 9, 21), language="de") if "2021-09-21" in i["value"]] == [
        "event"
    ]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        # a body's public relations officer speaks for it; "an X post" is a statement
        (
            "The Lagos State Police Public Relations Officer, Jane Muster, has faulted a report. He made this known "
            "in an X post on Tuesday.",
            date(2023, 11, 21),
            [("2023-11-21", "Lagos State Police")],
        ),
        # a broadcaster's call sign after "told"; "spoke … on" an outlet
        ("On Wednesday, the Mayor’s Office told KSL that it was aware.", date(2024, 8, 21), [("2024-08-21", "KSL")]),
        (
            "The deputy Prime Minister, Grant Muster, spoke about it on TVNZ’s Breakfast Show this morning.",
            date(2021, 4, 27),
            [("2021-04-27", "TVNZ")],
        ),
        # a time after the page's date on its own line is the page's update; its opening name is the story's
        (
            "Aug 21, 2024, 1:28 PM | Updated: 3:03 pm\n\nNew Zealand says it stands ready to help.\n",
            date(2024, 8, 21),
            [("2024-08-21T13:28", None), ("2024-08-21T15:03", None)],
        ),
    ],
)
def test_public_relations_officers_call_signs_and_a_page_s_update(
    text: str, dct: date, want: list[tuple[str, str | None]]
) -> None:
    assert _reports(text, "en", dct) == want


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The September to December (SOND) 2019 outlook was issued.", "en", "2019-09/2019-12"),
        ("Prices rose from November to February 2020.", "en", "2019-11/2020-02"),
        ("Die Monate September bis Dezember 2019 werden nass.", "de", "2019-09/2019-12"),
    ],
)
def test_months_to_months_of_one_year(text: str, language: str, value: str) -> None:
    assert [i["value"] for i in extract(text, dct=date(2019, 9, 11), language=language)] == [value]


def test_a_body_written_like_a_call_sign_is_no_outlet() -> None:
    for body in ("WHO", "WADA"):
        assert (
            _reports(f"The mayor told {body} officials on Monday that it was over.", "en", date(2024, 8, 21))[0][1]
            != body
        )


def test_a_page_s_later_update_after_a_bar_is_its_report_and_no_day_of_the_story() -> None:
    text = (
        "27.04.2023 | Stand 16.09.2023, 23:00 Uhr\n\nWie die Polizei Landshut am Nachmittag mitteilte, kam es "
        "erneut zu Bränden.\n"
    )
    assert _reports(text, "de", date(2023, 4, 27)) == [
        ("2023-04-27", None),
        ("2023-09-16T23:00", None),
        ("2023-04-27", "Polizei Landshut"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a phrase between commas after a fronted date is passed over to the clause that tells
        (
            "On Monday, soon after landing back in Honiara from his visit, Manasseh Muster told reporters the aid "
            "was late.",
            [("2023-07-17", "Manasseh Muster")],
        ),
        # not the subject itself, nor a clause of its own
        ("On Monday, the road was closed, police said.", []),
    ],
)
def test_a_phrase_after_a_fronted_date_is_passed_over(text: str, want: list[tuple[str, str]]) -> None:
    assert _reports(text, "en", date(2023, 7, 18)) == want


def test_heisst_es_takes_the_body_named_before_it_in_its_own_sentence_too() -> None:
    text = (
        "Ein Priester wird beschuldigt. Das Erzbistum werde alles tun, heißt es in einer an diesem Mittwoch "
        "veröffentlichten Erklärung."
    )
    assert _reports(text, "de", date(2008, 7, 30)) == [("2008-07-30", "Erzbistum")]


def test_an_outlet_after_a_spaced_dash_on_the_page_s_line() -> None:
    text = "Stand: 23.04.2020 19:49 Uhr - NDR 1 Welle Nord\n\nDie Werft stellt einen Insolvenzantrag.\n"
    assert _reports(text, "de", date(2020, 4, 23))[0] == ("2020-04-23T19:49", "NDR 1 Welle Nord")


def test_a_relative_day_and_its_weekday_in_brackets_are_one_entry_of_the_subject() -> None:
    text = "The Scottish government has today (Tuesday) announced that its vouchers would be extended."
    assert _reports(text, "en", date(2025, 4, 15)) == [("2025-04-15", "Scottish government")]


def test_a_dateline_s_agency_credited_at_the_text_s_end() -> None:
    text = "WINDHOEK, March 8 — Minister Tom Muster on Thursday said the sector grew.\nIt is big. – XINHUA\n"
    assert _reports(text, "en", date(2018, 3, 8)) == [("2018-03-08", "Xinhua"), ("2018-03-08", "Tom Muster")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a paper's report or article with its day dates the paper's report, whatever the clause's verb
        (
            "In einem Bericht der Kleinen Zeitung vom 23. Feber 2010 sprachen Sie von einer Ersatzsauna.",
            [("2010-02-23", "Kleine Zeitung")],
        ),
        ("In einem Artikel der „Zeit“ vom 23. Februar 2010 stand, dass es regnet.", [("2010-02-23", "Die Zeit")]),
    ],
)
def test_a_german_report_or_article_with_its_day_and_its_paper(text: str, want: list[tuple[str, str]]) -> None:
    assert _reports(text, "de", date(2011, 4, 14)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a post without its article renames the name before it, as "the mayor of Norwich" does
        (
            "John Smith, cabinet member for growth, said on Monday the plan would go ahead.",
            [("2019-02-11", "John Smith")],
        ),
        ("Jane Doe, head of communications at Acme, said on Monday it was fine.", [("2019-02-11", "Jane Doe")]),
        # a participle clause runs on to the name, whose post follows it
        (
            "Speaking at a cabinet meeting at City Hall last night, Mike Stonard, cabinet member for sustainable and "
            "inclusive growth, said the committee had a narrow focus.",
            [("2019-02-13", "Mike Stonard")],
        ),
        # or to the name after the post
        (
            "Addressing questions on Wednesday, Deputy Chair of the Commission, Dr. Bossman Asare, affirmed the plan.",
            [("2019-02-13", "Bossman Asare")],
        ),
    ],
)
def test_a_post_without_its_article_beside_the_name(text: str, want: list[tuple[str, str]]) -> None:
    assert _reports(text, "en", date(2019, 2, 14)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the next sentence says the person gave the dated statement to an outlet: the outlet's report
        (
            "Development should top the agenda, Zambia's Foreign Minister Mundia Sikatana said here on Monday. "
            '"The summit should focus on development," Sikatana told Xinhua in an exclusive interview.',
            [("2006-10-30", "Xinhua")],
        ),
        (
            "Jane Muster said on Monday the plan was good. She told the BBC that she would stay.",
            [("2006-10-30", "BBC")],
        ),
        # another person, an outlet no data file knows, or a date of its own: the statement stays the person's
        (
            "Jane Muster said on Monday the plan was good. Tom Beispiel told the BBC that he would stay.",
            [("2006-10-30", "Jane Muster")],
        ),
        (
            "Jane Muster said on Monday the plan was good. Muster told the Weekly Gazette that she would stay.",
            [("2006-10-30", "Jane Muster")],
        ),
        (
            "Jane Muster said on Monday the plan was good. Muster told the BBC on Tuesday that she would stay.",
            [("2006-10-30", "Jane Muster"), ("2006-10-31", "BBC")],
        ),
        (
            "Jane Muster sagte am Montag, der Plan sei gut. Muster sagte der Deutschen Presse-Agentur, sie bleibe.",
            [("2006-10-30", "Deutsche Presse-Agentur")],
        ),
    ],
)
def test_a_dated_statement_given_to_the_outlet_the_next_sentence_names(text: str, want: list[tuple[str, str]]) -> None:
    language = "de" if " sagte " in text else "en"
    assert _reports(text, language, date(2006, 10, 31)) == want


def test_a_label_after_a_page_line_s_bar_is_no_outlet() -> None:
    text = "03 Nov 2020 at 07:14hrs | Views\nTouts operating in Bulawayo have been accused of using the parks.\n"
    assert _reports(text, "en", date(2020, 11, 3)) == [("2020-11-03T07:14", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a pronominal adverb fronted: the subject follows the auxiliary; a cardinal's title is no part of his name
        (
            "Darüber hat der Vorsitzende der Bischofskonferenz, der Mainzer Bischof Kardinal Karl Lehmann, heute "
            "morgen im Eröffnungsgottesdienst gepredigt.",
            [("2004-09-21", "Karl Lehmann")],
        ),
        ("Darüber hat die Polizei am Montag informiert.", [("2004-09-20", "Polizei")]),
    ],
)
def test_a_sermon_and_a_fronted_pronominal_adverb(text: str, want: list[tuple[str, str]]) -> None:
    assert _reports(text, "de", date(2004, 9, 21)) == want


def test_a_ticker_s_label_signs_nothing_and_no_entry_is_stamped_after_the_page() -> None:
    text = (
        "22nd Mar 2021 10:32 AM\nUPDATE, MONDAY 10AM:\n\nPolice have released more details about the crash.\n\n"
        "EARLIER 4.30pm:\n\nFire crews are on their way to a crash in Tara.\n"
    )
    found = [(i["surface"], i["value"], i["publisher"]) for i in extract(text, dct=date(2021, 3, 22), language="en")]
    # the page was updated at 10:32 on Monday: its 4.30pm entry is Sunday's, and "EARLIER" is no publisher
    assert ("4.30pm", "2021-03-21T16:30", None) in found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a separable verb joined in a clause with its verb last, in the present
        ("Die Beamten sammelten Köder ein, wie die Polizei am Donnerstag mitteilt.", [("2021-03-04", "Polizei")]),
        ("Wie die Stadt am Montag bekanntgibt, ist die Straße zu.", [("2021-03-01", "Stadt")]),
        # an editor's or desk's sign in brackets is no agency; a known agency in small letters is one
        ("Mannheim, 26. November 2015. (red) Heute ist die Klage verhandelt worden.", [("2015-11-26", None)]),
        (
            "Berlin, 26. November 2015 (dpa) Heute ist die Klage verhandelt worden.",
            [("2015-11-26", "Deutsche Presse-Agentur")],
        ),
    ],
)
def test_german_verbs_last_in_the_present_and_an_editor_s_sign(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _reports(text, "de", date(2021, 3, 4) if "Köder" in text or "Stadt" in text else date(2015, 11, 26)) == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a release's place and its day with its weekday in brackets
        (
            "MONTPELIER, Vermont (Friday, Nov. 15, 2024) — The Vermont State Police will hold a briefing today.",
            "en",
            ("2024-11-15", "report"),
        ),
        # a statement noun and a comma, then the day alone: the statement's day
        (
            "***Initial news release, 1:45 p.m. Friday, Nov. 15, 2024***\n\nThe police investigate.",
            "en",
            ("2024-11-15T13:45", "report"),
        ),
        ("Update, 5. März 2025\n\nDie Polizei sucht weiter.", "de", ("2025-03-05", "report")),
        # any other word before the comma leaves the day an event
        ("He came home, Friday, Nov. 15, 2024.", "en", ("2024-11-15", "event")),
    ],
)
def test_a_release_s_weekday_in_brackets_and_a_statement_titled_by_its_day(
    text: str, language: str, want: tuple[str, str]
) -> None:
    found = extract(text, dct=date(2024, 11, 15), language=language)
    assert (found[0]["value"], found[0]["kind"]) == want


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        # "am heutigen Dienstag" is the day of the press conference, and its date in brackets restates it
        (
            "Auf die Ereignisse hat Landeshauptmann Arno Kompatscher in der Pressekonferenz nach der Sitzung der "
            "Landesregierung am heutigen Dienstag (5. Juli) zurückgeblickt.",
            "de",
            date(2022, 7, 5),
            [("am heutigen Dienstag (5. Juli)", "2022-07-05", "report", "Arno Kompatscher")],
        ),
        # an update's label and a colon before its day
        (
            "Update: 2. November, 8.07 Uhr. Seit Montag gilt der Lockdown.",
            "de",
            date(2020, 11, 2),
            [
                ("2. November, 8.07 Uhr", "2020-11-02T08:07", "report", None),
                ("Seit Montag", "2020-11-02", "event", None),
            ],
        ),
        # a publication line in capitals names no one
        (
            "PUBLISHED ON July 24th, 2014\n\nKenya's main port handled more cargo.",
            "en",
            date(2014, 7, 24),
            [("July 24th, 2014", "2014-07-24", "report", None)],
        ),
        # "am heutigen Abend" names its time; "des heutigen Freitags" in an update of a Friday is that Friday
        (
            "Die Konferenz hat am heutigen Abend einen Beschluss gefasst.",
            "de",
            date(2021, 3, 18),
            [("heutigen Abend", "2021-03-18", "event", None)],
        ),
        (
            "Mit Ablauf des heutigen Freitags ist das Verlassen der Wohnung verboten.",
            "de",
            date(2020, 3, 24),
            [("heutigen Freitag", "2020-03-20", "event", None)],
        ),
    ],
)
def test_todays_weekday_an_update_s_colon_and_a_capital_publication_line(
    text: str, language: str, dct: date, want: list[tuple[str, str, str, str | None]]
) -> None:
    assert [
        (i["surface"], i["value"], i["kind"], i["publisher"]) for i in extract(text, dct=dct, language=language)
    ] == want


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        # a known outlet that is a part of the page's line by itself, or after "by"
        ("by RNZ / 15 March, 2019\n\nForty-nine people have died.", "en", date(2019, 3, 15), ("2019-03-15", "RNZ")),
        (
            "13.05.2021, 15:22 Uhr | dpa\n\nDie Flotte ist gestartet.",
            "de",
            date(2021, 5, 13),
            ("2021-05-13T15:22", "Deutsche Presse-Agentur"),
        ),
        # a year right after a comma, and a line's agency among its parts
        (
            "29 October,2022 03:46 PM IST | Kolkata | PTI\nThe minister spoke.",
            "en",
            date(2022, 10, 29),
            ("2022-10-29T15:46", "PTI"),
        ),
        # one word that may be a label or a noun is no outlet ("Zeit:" names the time of an incident)
        (
            "Zeit: 28.11.2016, 07.30 Uhr\nOrt: Strauchitz\nEin Einbruch.",
            "de",
            date(2016, 11, 28),
            ("2016-11-28T07:30", None),
        ),
    ],
)
def test_a_known_outlet_among_the_parts_of_a_page_s_line(
    text: str, language: str, dct: date, want: tuple[str, str | None]
) -> None:
    assert _reports(text, language, dct)[:1] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the body after "authorities from", and a name after the noun of its kind and "the"
        (
            "Authorities from the Busan Sasang Police Precinct said Thursday that a man was caught.",
            "Busan Sasang Police Precinct",
        ),
        (
            "South African opposition party the Economic Freedom Fighters on Monday said the king must go.",
            "Economic Freedom Fighters",
        ),
        # a source cited before a comma: the statement is the subject's after it
        (
            "According to a statement issued on Tuesday, the Ministry of Health argues that Juba is safe.",
            "Ministry of Health",
        ),
    ],
)
def test_a_body_after_its_people_its_kind_or_a_cited_source(text: str, want: str) -> None:
    assert [p for _, p in _reports(text, "en", date(2019, 11, 6))] == [want]


def test_a_broadcaster_s_reporter_by_its_call_sign_is_the_broadcaster_s() -> None:
    text = "On Thursday, WFAA-TV's Brad Watson reported that the senator would run."
    assert _reports(text, "en", date(2013, 1, 11)) == [("2013-01-10", "WFAA-TV")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Prime Minister Jone Muster in his address to the nation last night says all allegations will be heard.",
            ("2020-11-21", "Jone Muster"),
        ),
        (
            "Home Minister Mir Ali Muster reacting on the blast on Thursday evening said the attack was planned.",
            ("2020-11-19", "Mir Ali Muster"),
        ),
        (  # a common noun opening the sentence is no name the phrase after it could follow
            "Authorities from the Muster Police Precinct said Thursday that they had arrested a suspect.",
            ("2020-11-19", "Muster Police Precinct"),
        ),
    ],
)
def test_a_phrase_after_a_name_before_the_verb_is_no_part_of_it(text: str, want: tuple[str, str]) -> None:
    assert want in _reports(text)


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # a place in brackets before the release's day is no agency's byline
            "(Musterstadt, 01.10.2021).\nDie Reise des Stadtrats beschäftigte gestern auch den Gemeinderat.",
            "de",
            date(2021, 10, 1),
            ("2021-10-01", None),
        ),
        (  # a site's section after the bar of its date line is no outlet
            "26 February 2020 | Local News\n\nThe minister stuck to his remarks.",
            "en",
            date(2020, 2, 26),
            ("2020-02-26", None),
        ),
        (  # a portfolio and a role in small letters before the name
            "Trade minister Jon Muster yesterday stuck to explosive remarks he made at Walvis Bay on Monday.",
            "en",
            date(2020, 2, 26),
            ("2020-02-24", "Jon Muster"),
        ),
        (  # an adjective before an outlet's name
            "The president vowed to act, the official Daily Muster reported Tuesday.",
            "en",
            date(2001, 8, 28),
            ("2001-08-28", "Daily Muster"),
        ),
        (  # a phrase opening with a participle: the subject after its comma spoke, not a place it names
            "President Jon Muster has vowed to act.\n\nSpeaking at a public rally in the western Muster Region on "
            "Monday, the president said that peace will not be compromised.",
            "en",
            date(2001, 8, 28),
            ("2001-08-27", "Jon Muster"),
        ),
        (  # a role before the name between commas
            "Minister of Natural Resources, Jon Muster, today, said the paper is attacking him.",
            "en",
            date(2019, 1, 13),
            ("2019-01-13", "Jon Muster"),
        ),
    ],
)
def test_places_sections_roles_adjectives_and_openers_are_no_part_of_a_maker(
    text: str, language: str, dct: date, want: tuple[str, str | None]
) -> None:
    assert want in _reports(text, language, dct)


def test_a_verb_after_a_role_ends_the_maker_s_words() -> None:
    text = (
        "Minister Jon Muster said today the paper attacks him. "
        "The minister referred to an article published on January 12 in the publication."
    )
    assert all(" " not in (p or "").replace("Jon Muster", "") for _, p in _reports(text, "en", date(2019, 1, 13)))


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (
            "Musterland in 100 Sekunden vom 12. April 2017\n\nAuch wenn es vereinzelt geregnet hat, ist es trocken.",
            "de",
            date(2017, 4, 12),
            ("2017-04-12", "Musterland in 100 Sekunden"),
        ),
        (
            "Aus den Musterstädter Nachrichten vom 15.11.2011:\nDer Verein erwägt einen Umzug.\n\n"
            "(aus den Musterstädter Nachrichten vom 15.11.2011)",
            "de",
            date(2011, 11, 15),
            ("2011-11-15", "Musterstädter Nachrichten"),
        ),
        (  # what the text is names no source
            "Update vom 12.04.2017: Die Polizei sucht weiter.\n\nDer Mann ist flüchtig.",
            "de",
            date(2017, 4, 12),
            ("2017-04-12", None),
        ),
        (
            "Published in The Muster Independent on 17 August 2011\n\nWorkers demanded their salaries.",
            "en",
            date(2011, 8, 17),
            ("2011-08-17", "Muster Independent"),
        ),
    ],
)
def test_a_page_s_source_named_before_its_day(
    text: str, language: str, dct: date, want: tuple[str, str | None]
) -> None:
    assert _reports(text, language, dct) == [want]


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # a 24-hour time before the day on a page's line
            "PUBLISHED: 19:42 20 February 2018\n\nCouncillors have voted down eight proposals.",
            "en",
            date(2018, 2, 20),
            ("2018-02-20T19:42", None),
        ),
        (  # the line's update does not make it a sentence
            "PUBLISHED: 14:32 11 March 2020 | UPDATED: 14:32 11 March 2020\n\nOfficers are searching the town.",
            "en",
            date(2020, 3, 11),
            ("2020-03-11T14:32", None),
        ),
        (
            "16. Januar 2022 // 18:00\n\nDer Bürgermeister steht vor einer Entscheidung.",
            "de",
            date(2022, 1, 16),
            ("2022-01-16T18:00", None),
        ),
        (  # an author and the stamp again on the page's line
            "28.06.2017 - 16:15 Uhr von Max Muster 28.06.2017 - 16:15 Uhr\n\nAuch in diesem Jahr gibt es Interviews.",
            "de",
            date(2017, 6, 28),
            ("2017-06-28T16:15", None),
        ),
    ],
)
def test_a_page_s_own_line_with_its_time_its_update_or_its_author(
    text: str, language: str, dct: date, want: tuple[str, str | None]
) -> None:
    assert want in _reports(text, language, dct)


def test_a_rank_before_a_role_names_no_issuer() -> None:
    text = (
        "June 9, 2010 -- President Jon Muster last night announced a reshuffle following the retirement of the "
        "Vice-President Max Muster.\nThe President has submitted his nomination for the new Vice president."
    )
    assert ("2010-06-09", "Vice") not in _reports(text, "en", date(2010, 6, 9))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a day's possessive before an outlet and its statement noun
            "The deputy's call comes in the wake of yesterday's MUSTER BUSINESS POST article which featured a "
            "leaked recording.",
            ("2020-11-21", "MUSTER BUSINESS POST"),
        ),
        ("Muster gave this assurance last Saturday when he met the Governor.", ("2020-11-21", "Muster")),
        ("The mayor, Jane Muster, gave a tearful apology on Friday after the finding.", ("2020-11-20", "Jane Muster")),
    ],
)
def test_an_outlet_s_article_an_assurance_and_an_apology_are_statements(text: str, want: tuple[str, str]) -> None:
    assert want in _reports(text)


def test_a_day_s_possessive_before_a_name_and_no_statement_is_no_report() -> None:
    assert _reports("Yesterday's Muster Valley crash killed two people.") == []


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # a page's line ends in a zone, the next line opens with the body: no name runs over the line
            "Published 16th Mar 2024, 12:03 GMT\nUpdated 17th Mar 2024, 12:14 GMT\nPolice confirmed on Sunday they "
            "have charged a man.",
            "en",
            date(2024, 3, 17),
            ("2024-03-17", "Police"),
        ),
        (  # the site and the agency whose copy it runs, before the day
            "MOSCOW (Muster News / Sputnik - 30th March, 2020) World Athletics said on Monday that it postponed "
            "its championship.",
            "en",
            date(2020, 3, 30),
            ("2020-03-30", "Sputnik"),
        ),
        (
            "MOSCOW (Muster News / Sputnik - 30th March, 2020) World Athletics said on Monday that it postponed "
            "its championship.",
            "en",
            date(2020, 3, 30),
            ("2020-03-30", "World Athletics"),
        ),
        (  # titles after titles
            "Police Commissioner Major General Jon Muster said on Tuesday the answers were sent.",
            "en",
            date(2022, 2, 3),
            ("2022-02-01", "Jon Muster"),
        ),
        (  # a gerund of saying after "by"
            "Oil giant Muster surprised markets today by reporting a 9% hike in profits.",
            "en",
            date(2004, 4, 29),
            ("2004-04-29", "Muster"),
        ),
        (  # the compound noun of an outlet's kind before its name
            "Die Mannschaft ist groß, berichtete die Finanznachrichtenagentur Muster am Mittwoch.",
            "de",
            date(2013, 2, 13),
            ("2013-02-13", "Muster"),
        ),
        (  # a medium's noun that is part of the name stays
            "Das sagte der Bürgermeister am Mittwoch Radio Musterstadt.",
            "de",
            date(2013, 2, 13),
            ("2013-02-13", "Radio Musterstadt"),
        ),
    ],
)
def test_zones_credits_titles_gerunds_and_kinds_around_a_maker(
    text: str, language: str, dct: date, want: tuple[str, str]
) -> None:
    assert want in _reports(text, language, dct)


def test_the_reporting_of_a_period_is_no_statement() -> None:
    assert _reports("The reporting period ended on Monday.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a participle ending its part of the clause before "und": the subject opens the clause
            '"Musterblatt" hatte am 25. Oktober über mehrere Seiten über die Causa berichtet und dabei erklärt, er '
            "sei weg.",
            ("2020-10-25", "Musterblatt"),
        ),
        (  # an author's sign in a byline dates the page and names no one of its sentence
            "Erst am Donnerstag verkündete das Blatt, dass Jana Muster geht. (sefe, 22.11.2020)",
            ("2020-11-22", None),
        ),
    ],
)
def test_a_german_subject_before_und_and_an_author_s_byline(text: str, want: tuple[str, str | None]) -> None:
    assert want in _reports(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # an adverb after the name, the whole name after a portfolio
            "Minister for Railways Khawaja Jon Muster on Friday strongly condemned the fire at the station.",
            "en",
            date(2023, 5, 12),
            ("2023-05-12", "Khawaja Jon Muster"),
        ),
        (  # the agency in brackets before the day
            "Musterville, France (AFP) June 16, 2010 Heavy rains triggered flash floods on Tuesday.",
            "en",
            date(2010, 6, 16),
            ("2010-06-16", "Agence France-Presse"),
        ),
        (  # a programme line's credit before its day and time
            "Der Trainer bleibt.\n\nDieses Thema im Programm: MUSTER FERNSEHEN | MDR Aktuell | 15. Mai 2020 | "
            "17:45 Uhr",
            "de",
            date(2020, 5, 15),
            ("2020-05-15T17:45", "MDR Aktuell"),
        ),
    ],
)
def test_adverbs_portfolios_wire_brackets_and_programme_credits(
    text: str, language: str, dct: date, want: tuple[str, str]
) -> None:
    assert want in _reports(text, language, dct)


def test_a_day_an_announcement_set_ahead_is_not_told_as_past() -> None:
    got = [
        (m["value"], m["kind"])
        for m in extract(
            "Das Landratsamt hat Details für den 2. April angekündigt.", dct=date(2020, 4, 1), language="de"
        )
    ]
    assert got == [("2020-04-02", "event")]


@pytest.mark.parametrize(
    "text",
    [
        'Die Sätze sind wichtig, sagte Lombardi am Freitag in einem Interview mit "Radio Muster".',
        "Das sagte Lombardi am Freitag in einem Interview mit Radio Muster.",
        "Das sagte Lombardi am Freitag im Gespräch mit dem Sender Radio Muster.",
    ],
)
def test_a_statement_in_an_interview_with_an_outlet_is_the_outlet_s(text: str) -> None:
    assert ("2020-11-20", "Radio Muster") in _reports(text, "de")


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # a clipped weekday before the month; the wire's place in capitals signs nothing, its bracket does
            "TOKYO Wed Apr 9, 2014 8:35am EDT\n\nTOKYO (Reuters) - Muster Motor Corp said on Wednesday that it would "
            "recall cars.",
            "en",
            date(2014, 4, 9),
            ("2014-04-09T08:35-04:00", "Reuters"),
        ),
        (  # a time before the page's day over a bar, and an agency's service in the dateline's bracket
            "6:53 | 17.02.2020\n\nBERLIN (dpa-AFX) – Mehrere Strecken sind wieder frei.",
            "de",
            date(2020, 2, 17),
            ("2020-02-17T06:53", "Deutsche Presse-Agentur"),
        ),
        (  # an hour before its day and part of the day
            "A bulletin issued by the Muster Meteorological Service at 2 this afternoon said the storm was near.",
            "en",
            date(2018, 2, 9),
            ("2018-02-09T14:00", "Muster Meteorological Service"),
        ),
    ],
)
def test_clipped_weekdays_wire_places_bars_and_hours_before_their_day(
    text: str, language: str, dct: date, want: tuple[str, str]
) -> None:
    assert want in _reports(text, language, dct)


def test_a_number_before_a_part_of_the_day_is_no_hour_without_a_preposition() -> None:
    got = [m["value"] for m in extract("He scored 2 this afternoon.", dct=date(2018, 2, 9), language="en")]
    assert got == ["2018-02-09"]


def test_a_word_leading_the_date_is_no_part_of_the_subject() -> None:
    text = "Late yesterday the prosecution added to the comments by saying the men were motivated."
    assert _reports(text, "en", date(2009, 8, 27)) == [("2009-08-26", "prosecution")]
    assert _reports("Only yesterday the police said the road was closed.", "en", date(2009, 8, 27)) == [
        ("2009-08-26", "police")
    ]
    text = "Spät am Montagabend teilte die Polizei mit, die Straße sei gesperrt."
    assert _reports(text, "de", date(2009, 8, 27)) == [("2009-08-24", "Polizei")]
    text = "Kürzlich hatte die Polizei mitgeteilt, die Straße sei gesperrt."
    assert [(i["kind"], i["publisher"]) for i in extract(text, dct=date(2009, 8, 27), language="de")] == [
        ("report", "Polizei")
    ]


def test_a_statement_dated_beside_its_verb_is_about_its_clause_s_other_dates() -> None:
    text = "JR West on Monday announced the cancellation of all trains on the Sanyo line for the whole day on Tuesday."
    assert _entries(text, "en", date(2023, 8, 14)) == [
        ("2023-08-14", "report", "JR West"),
        ("2023-08-15", "event", None),
    ]


def test_a_body_s_place_with_its_adjective_is_no_part_of_its_name() -> None:
    text = "Die Polizei im nordrhein-westfälischen Köln teilte am Mittwoch mit, es sei ruhig."
    assert _reports(text, "de", date(2019, 7, 24)) == [("2019-07-24", "Polizei")]
    text = "Eine Messstation der Bundeswehr im nordrhein-westfälischen Geilenkirchen meldete am Mittwoch 40,5 Grad."
    assert _reports(text, "de", date(2019, 7, 24)) == [("2019-07-24", "Messstation der Bundeswehr")]


def test_a_registration_is_no_statement_and_its_line_no_release_title() -> None:
    text = (
        "Gegen die Freisprüche für alle 13 Angeklagten hat Staatsanwalt Max Muster am Dienstag seine Berufung "
        "angemeldet.\n\nDie Anmeldung der Berufung kommt nicht überraschend."
    )
    assert _reports(text, "de", date(2011, 5, 3)) == []


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        ("Das Urteil ist nicht rechtskräftig. (mas, derStandard.at, 3.5.2011)", date(2011, 5, 3), "Der Standard"),
        ("22. November 2012 (dpa) Berlin\n\nEin Jäger will einen Wolf gesehen haben.", date(2012, 11, 22), "dpa"),
        ("22. November 2012 (dpa/lni) Berlin\n\nEin Jäger will einen Wolf gesehen haben.", date(2012, 11, 22), "dpa"),
        ("BERLIN, 22. November (dpa/lni) - Ein Jäger will einen Wolf gesehen haben.", date(2012, 11, 22), "dpa"),
    ],
)
def test_a_german_byline_or_dateline_names_its_outlet(text: str, dct: date, want: str) -> None:
    assert _reports(text, "de", dct) == [(dct.isoformat(), outlets.canonical(want))]


def test_a_weekday_in_brackets_after_the_day_is_no_wire() -> None:
    text = "22. November 2012 (Donnerstag) Ein Jäger will einen Wolf gesehen haben."
    assert all(publisher != "Donnerstag" for _, publisher in _reports(text, "de", date(2012, 11, 22)))


def test_a_date_beside_the_auxiliary_dates_the_participle_at_the_clause_s_end() -> None:
    text = "Mitte März hatte Gea seine mittelfristigen Ziele bis 2022 bekannt gegeben und den Markt damit enttäuscht."
    assert _entries(text, "de", date(2018, 4, 12)) == [
        ("2018-03", "report", "Gea"),
        ("2022", "event", None),
    ]
    text = "Am Montag hatte die Stadt das Fest eröffnet."
    assert _reports(text, "de", date(2018, 4, 12)) == []


def test_verbs_of_apology_and_prediction() -> None:
    text = "A former Kenyan runner on Thursday predicted that the world record will be lowered on Sunday."
    assert [value for value, _ in _reports(text, "en", date(2017, 9, 21))] == ["2017-09-21"]
    text = "Councillor Paul Muster apologised to his fellow councillors in a meeting today."
    assert _reports(text, "en", date(2017, 9, 21)) == [("2017-09-21", "Paul Muster")]


def test_a_wire_s_credit_is_not_the_agency_its_copy_tells_of() -> None:
    text = (
        "SEATTLE (AP) — A ferry ran aground near Seattle, authorities said.\n\n"
        "Passengers were taken ashore, the agency announced shortly after 8 p.m."
    )
    items = extract(text, dct=date(2023, 4, 15), language="en")
    assert [i["publisher"] for i in items if i["value"] == "2023-04-15T20:00"] == ["agency"]


def test_sources_with_a_body_speak_for_it_and_a_fragment_in_quotes_breaks_no_clause() -> None:
    text = "An asteroid will pass next week, sources with the Purple Mountain Observatory said Thursday."
    assert _reports(text, "en", date(2020, 11, 12)) == [("2020-11-12", "Purple Mountain Observatory")]
    text = "The group said it would “not be appropriate” to publish its annual results on November 13 as planned."
    assert [i["value"] for i in extract(text, dct=date(2017, 11, 6), language="en")] == ["2017-11-13"]
    text = "Back in August, Lonmin announced plans to slash costs."
    assert _reports(text, "en", date(2017, 11, 6)) == [("2017-08", "Lonmin")]


def test_a_time_its_statement_and_its_day_are_one_expression() -> None:
    text = (
        "In its 6 p.m. advisory yesterday, the Department of Meteorology said the storm was heading west. "
        "At 5 p.m., the center of the storm was about 150 miles north of Curacao."
    )
    items = extract(text, dct=date(2016, 9, 30), language="en")
    assert [(i["surface"], i["value"], i["kind"]) for i in items] == [
        ("6 p.m. advisory yesterday", "2016-09-29T18:00", "report"),
        ("At 5 p.m.", "2016-09-29T17:00", "event"),
    ]
    text = "The ministry sent out its first national advisory about the quake at 5.10am."
    assert _reports(text, "en", date(2016, 9, 2)) == [("2016-09-02T05:10", "ministry")]


def test_a_statement_s_part_of_day_after_a_day_ahead_is_the_statement_s_own() -> None:
    text = 'Die Lage: "Der Regen lässt am Sonntag nach. Es wird steigen", so der Dienst des Landes am Abend.'
    assert _entries(text, "de", date(2024, 9, 14)) == [
        ("2024-09-15", "event", None),
        ("2024-09-14", "report", "Dienst des Landes"),
    ]


def test_a_page_s_closing_stamp_and_the_outlet_credited_below_it() -> None:
    text = "Der FC Augsburg hat heute gewonnen.\n\n2019-11-14T19:08:34+01:00\nHITRADIO RT1 Augsburg\n"
    assert ("2019-11-14T19:08", "HITRADIO RT1 Augsburg") in _reports(text, "de", date(2019, 11, 14))


def test_an_owner_s_apposition_and_a_dateline_s_place_after_the_page_s_day() -> None:
    text = "AFP - Air France-KLM, Europe's biggest airline, on Tuesday announced its first loss."
    assert _reports(text, "en", date(2009, 5, 19)) == [("2009-05-19", "Air France-KLM")]
    text = "Dec 19, 2018\n\nSYDNEY, Australia – John Morris has been appointed interim coach, the club said."
    assert all(publisher != "SYDNEY" for _, publisher in _reports(text, "en", date(2018, 12, 19)))


@pytest.mark.parametrize(
    ("text", "language", "dct", "value"),
    [
        ("Yagi was forecasted to make a landfall in Hainan on Friday.", "en", date(2024, 9, 4), "2024-09-06"),
        ("Einige sollen bereits am Dienstag Material zurückgeholt haben.", "de", date(2017, 1, 5), "2017-01-03"),
        ("Der Täter soll am Dienstag die Bank überfallen haben.", "de", date(2017, 1, 5), "2017-01-03"),
        ("Die Brücke soll am Dienstag eröffnet werden.", "de", date(2017, 1, 5), "2017-01-10"),
    ],
)
def test_what_is_forecast_lies_ahead_what_someone_is_said_to_have_done_behind(
    text: str, language: str, dct: date, value: str
) -> None:
    assert [i["value"] for i in extract(text, dct=dct, language=language)] == [value]


def test_a_publisher_the_caller_names_is_the_page_s_own_lines_not_a_wire_s_nor_a_quoted_outlet_s() -> None:
    text = (
        "Published: Apr. 15, 2023 at 9:29 PM CDT\nSEATTLE (AP) — A ferry ran aground on Saturday.\n\n"
        "Passengers were kept onboard, the agency said."
    )
    reports = [
        (i["value"], i["publisher"]) for i in extract(text, dct=date(2023, 4, 15), language="en", publisher="NBC15")
    ]
    assert ("2023-04-15T21:29-05:00", "Associated Press") in reports  # the line over the agency's item
    reports = [
        (i["value"], i["publisher"])
        for i in extract(text.replace(" (AP)", ""), dct=date(2023, 4, 15), language="en", publisher="NBC15")
    ]
    assert ("2023-04-15T21:29-05:00", "NBC15") in reports
    text = "BERLIN, 12. März (dpa) - Die Stadt sagte am Montag dem „Spiegel“, die Brücke sei gesperrt."
    reports = [
        (i["value"], i["publisher"])
        for i in extract(text, dct=date(2024, 3, 12), language="de", publisher="Tagesspiegel")
    ]
    assert reports == [("2024-03-12", "Deutsche Presse-Agentur"), ("2024-03-11", "Der Spiegel")]


@pytest.mark.parametrize(
    ("text", "language", "dct", "page", "agency"),
    [
        (
            "IPOH, Aug 10 — The ministry has received no report so far, the minister said.\n\n"
            "He spoke to reporters. — Bernama",
            "en",
            date(2019, 8, 10),
            "Malay Mail",
            "Bernama",
        ),
        (
            "WINDHOEK, March 8 — The minister on Thursday said the mine would open.\n\n"
            "It will employ 300 people. – XINHUA",
            "en",
            date(2018, 3, 8),
            "Namibia Daily News",
            "Xinhua",
        ),
    ],
)
def test_a_dateline_opening_an_agency_s_item_is_the_agency_s_even_on_a_page_the_caller_names(
    text: str, language: str, dct: date, page: str, agency: str
) -> None:
    # the caller names the page's outlet (``--publisher``); the item the page carries credits an agency, whose
    # dateline opens the text: the dateline is the agency's report, the page's own stamps stay the page's
    first = extract(text, dct=dct, language=language, publisher=page)[0]
    assert (first["value"], first["publisher"]) == (dct.isoformat(), agency)


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        ("Sa 19.11.22 | 18:11 Uhr\n\nDie Strecke ist gesperrt.", "de", date(2022, 11, 19), ("2022-11-19T18:11", None)),
        ("Pressemitteilung 19 vom 17. Juli 2020\n\nDas Urteil kommt.", "de", date(2020, 7, 17), ("2020-07-17", None)),
        (
            "February 19, 2008 9:47:33 AM PST\n\nTwo paintings were recovered.",
            "en",
            date(2008, 2, 19),
            ("2008-02-19T09:47-08:00", None),
        ),
        (
            "[November 19, 2018]  BUCHAREST - A painting was found in Romania.",
            "en",
            date(2018, 11, 19),
            ("2018-11-19", None),
        ),
    ],
)
def test_a_page_s_own_line_signed_by_no_weekday_nor_release_series(
    text: str, language: str, dct: date, want: tuple[str, None]
) -> None:
    assert _reports(text, language, dct)[:1] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Im ZDF-Interview sagte Wolfgang Muster am Montag, es sei nichts dran.", "ZDF"),
        ("Im ARD-Interview sagte heute Wolfgang Muster zu den Vorwürfen, es sei nichts dran.", "ARD"),
        ("In einem „Spiegel“-Interview sagte Muster am Montag, es sei nichts dran.", "Der Spiegel"),
        ("Im Abschluss-Interview sagte Wolfgang Muster am Montag, es sei nichts dran.", "Wolfgang Muster"),
        ("Heute sagte Wolfgang Muster zu den Vorwürfen, es sei nichts dran.", "Wolfgang Muster"),
    ],
)
def test_an_outlet_that_makes_the_first_part_of_the_interview_s_noun(text: str, want: str) -> None:
    assert [publisher for _, publisher in _reports(text, "de", date(2003, 7, 8))] == [want]


def test_the_outlet_a_page_names_as_itself_before_its_programme() -> None:
    text = (
        "5:52 pm on 15 November 2013\n\nFerry passengers are angry. The chief executive told Radio New "
        "Zealand's Morning Report programme that services would resume."
    )
    assert _reports(text, "en", date(2013, 11, 15))[:1] == [("2013-11-15T17:52", "RNZ")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Die Stadt wählt einen Namen.\n\nvon dpa\n\n28. Januar 2019, 14:14 Uhr\n\nMehr dazu später.", "dpa"),
        ("Die Stadt wählt einen Namen.\n\nLetzte Änderung: 28. Januar 2019, 14:14 Uhr\n\nQuelle: dpa", "dpa"),
        (
            "München, 28.01.2019 – Für ganz Deutschland drohen Gewitter, sagt der Meteorologe.\n\nPM: WetterOnline",
            "WetterOnline",
        ),
    ],
)
def test_a_page_s_credit_names_the_source_of_its_own_date_line(text: str, want: str) -> None:
    assert _reports(text, "de", date(2019, 1, 28))[:1][0][1] == outlets.canonical(want)


def test_a_start_set_ahead_and_the_press_conference_a_quotation_was_given_at() -> None:
    text = (
        "Vice-captain and batsman Ajinkya Muster expressed confidence ahead of the first Test match starting from "
        "October 2, saying the "
        "preparation was good. Muster said, “We had a good practice session today and one more day tomorrow,” in a "
        "pre-match press conference on Monday."
    )
    assert _entries(text, "en", date(2019, 10, 1)) == [
        ("2019-10-02", "event", None),
        ("2019-09-30", "event", None),
        ("2019-10-01", "event", None),
        ("2019-09-30", "report", "Ajinkya Muster"),
    ]


def test_an_apposition_in_small_letters_between_subject_and_verb() -> None:
    text = "Dutch airline operator KLM, part of Air France-KLM, said on Monday night it had cancelled flights."
    assert _reports(text, "en", date(2011, 5, 24)) == [("2011-05-23", "KLM")]


def test_a_judge_s_title_is_no_part_of_the_name() -> None:
    text = "Islamabad High Court Chief Justice Aamer Farooq on Friday remarked that the verdict was reserved."
    assert _reports(text, "en", date(2023, 10, 6)) == [("2023-10-06", "Aamer Farooq")]
    text = "The Justice Department said on Friday that it would appeal."
    assert _reports(text, "en", date(2023, 10, 6)) == [("2023-10-06", "Justice Department")]


def test_a_spokesperson_of_a_body_named_by_its_noun_speaks_for_its_name() -> None:
    """ "airport spokesman Ryan McAdams" speaks for the airport the text names ("Mitchell International
    Airport"); with no such name, or no body ("a senior spokesman"), the person stays."""
    head = "Both runways at Mitchell International Airport were closed. "
    text = head + "The runway was shut, airport spokesman Ryan McAdams said Wednesday night."
    assert _reports(text, "en", date(2014, 2, 19)) == [("2014-02-19", "Mitchell International Airport")]
    text = "The runway was shut, airport spokesman Ryan McAdams said Wednesday night."
    assert _reports(text, "en", date(2014, 2, 19)) == [("2014-02-19", "Ryan McAdams")]
    text = head + "The runway was shut, a senior spokesman Ryan McAdams said Wednesday night."
    assert _reports(text, "en", date(2014, 2, 19)) == [("2014-02-19", "Ryan McAdams")]


def test_a_text_opening_with_its_day_and_a_dash_is_dated_by_it() -> None:
    """A news service's copy opens with its day alone: "Feb. 19--Both runways …"."""
    text = "Feb. 19--Both runways were closed for about 40 minutes, an airport spokesman said."
    assert _entries(text, "en", date(2014, 2, 19)) == [("2014-02-19", "report", None)]
    assert _entries("The vote on Feb. 19 -- a day of rain -- passed.", "en", date(2014, 2, 20)) == [
        ("2014-02-19", "event", None)
    ]


def test_a_body_called_by_its_noun_is_the_one_named_before() -> None:
    """ "Zoo officials" and "the zoo" speak for the zoo the text named last before them."""
    text = "The St. Louis Zoo welcomed a calf. Zoo officials announced Tuesday that 11 calves were born."
    assert _reports(text, "en", date(2019, 2, 5)) == [("2019-02-05", "St. Louis Zoo")]
    text = "The cub was born at the National Zoo. The Bronx Zoo sent a keeper. The zoo said on Sunday it was well."
    assert _reports(text, "en", date(2019, 2, 5)) == [("2019-02-03", "Bronx Zoo")]  # the last before, of two
    assert _reports("The zoo said on Sunday that the cub was healthy.", "en", date(2019, 2, 5)) == [
        ("2019-02-03", "zoo")
    ]


def test_a_name_may_open_with_an_accented_capital() -> None:
    text = "The advisory issued by Met Éireann on Thursday said the storm would pass."
    assert _reports(text, "en", date(2017, 10, 12)) == [("2017-10-12", "Met Éireann")]


def test_a_compound_body_takes_its_fuller_name_and_a_chief_executive_his_name() -> None:
    """ "das Landgericht" after "Am Landgericht Hannover" (a compound of an organisation's word; the sentence's
    opening word and the time before it are no part of the name); "its chief executive" is the person the text
    names with the role."""
    text = (
        "16.08.2023 19:31 Uhr Am Landgericht Hannover ist eine Richterin erkrankt. "
        "Das teilte das Landgericht am Mittwoch mit."
    )
    assert _reports(text, "de", date(2023, 8, 16))[-1] == ("2023-08-16", "Landgericht Hannover")
    text = "Profit is the priority, its chief executive said on Wednesday. Chief Executive John Chen told investors so."
    assert _reports(text, "en", date(2016, 6, 22)) == [("2016-06-22", "John Chen")]


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # a time before the page's day on its first line
        (
            "14:24, December 01, 2011\n\nTUNIS, Nov. 30 (Xinhua) -- A court sentenced him.",
            "en",
            date(2011, 12, 1),
            [("2011-12-01T14:24", "report", "Xinhua"), ("2011-11-30", "report", "Xinhua")],
        ),
        # a second labelled stamp after a bar behind the first one's time, not after a credit
        (
            "Published: Jun. 29, 2016 at 8:15 PM CDT|Updated: Jun. 30, 2016 at 1:59 PM CDT\n\nThe board met.",
            "en",
            date(2016, 6, 30),
            [("2016-06-29T20:15-05:00", "report", None), ("2016-06-30T13:59-05:00", "report", None)],
        ),
        (
            "IANS| Last Updated: Saturday, September 23, 2017 - 09:30\n\nA quake struck, The Sun reported on Friday.",
            "en",
            date(2017, 9, 23),
            [("2017-09-23T09:30", "report", "IANS"), ("2017-09-22", "report", "Sun")],
        ),
        # German page lines: a time in brackets after "Erstellt am", a day in brackets opening the text, a time
        # with a dot on a stamp's own line
        (
            "Es gab keinen Rekord.\n\nErstellt am 28. Juli 2013 (18:35)\n\nDie Werte kommen am Abend.",
            "de",
            date(2013, 7, 28),
            [("2013-07-28T18:35", "report", None), ("2013-07-28", "event", None)],
        ),
        (
            "(22.09.2023) Der Prozess wird wiederholt, sagte ein Sprecher am Freitag.",
            "de",
            date(2023, 9, 22),
            [("2023-09-22", "report", None), ("2023-09-22", "report", "Sprecher")],
        ),
        (
            "22.05.2023 21.00\nDie Bahn sperrt mehrere Strecken für Bauarbeiten.",
            "de",
            date(2023, 5, 22),
            [("2023-05-22T21:00", "report", None)],
        ),
    ],
)
def test_a_page_s_own_lines_in_more_shapes(
    text: str, language: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _entries(text, language, dct) == expected


def test_a_name_before_a_possessive_noun_issues_no_page_line() -> None:
    text = (
        "Mar 2, 2020, 2:31 PM | Updated: Apr 16, 2020, 5:17 pm\n\n"
        "Washington state’s coronavirus outbreak continues to escalate in Washington with many new cases.\n"
    )
    assert [p for _, _, p in _entries(text, "en", date(2020, 4, 16))] == [None, None]


def test_a_page_opening_with_its_outlet_and_day_and_times_in_capitals() -> None:
    """ "Xinhua, February 24, 2015 …" is the outlet's page line (a place before the day is not an outlet); "1:35 P.M."
    opening a running item's entry is its time; "Saturday night into Sunday" is one span."""
    text = "Xinhua, February 24, 2015 Adjust font size:\n\nMark Carney said on Tuesday that prices would fall."
    assert _entries(text, "en", date(2015, 2, 24)) == [
        ("2015-02-24", "report", "Xinhua"),
        ("2015-02-24", "report", "Mark Carney"),
    ]
    text = "1:35 P.M.\n\nThe family of the victim spoke to reporters outside the courthouse."
    assert [v for v, _, _ in _entries(text, "en", date(2015, 4, 15))] == ["2015-04-15T13:35"]
    text = "Iran launched drones at Israel through Saturday night into Sunday."
    assert _entries(text, "en", date(2024, 4, 14)) == [("2024-04-13/2024-04-14", "event", None)]
    text = "The warning runs from Thursday afternoon into Thursday evening."
    assert [v for v, _, _ in _entries(text, "en", date(2019, 10, 3))] == ["2019-10-03", "2019-10-03"]


def test_a_club_is_a_body_of_its_kind() -> None:
    """ "der Verein", "the club" stand for the club the text names after that noun."""
    text = "Der Verein Eisbären Berlin trennt sich vom Trainer. Das teilte der Verein am Mittwoch mit."
    assert _reports(text, "de", date(2016, 12, 21)) == [("2016-12-21", "Eisbären Berlin")]
    text = "The club Manchester United sacked its coach. The club said on Wednesday that a successor would follow."
    assert _reports(text, "en", date(2016, 12, 21)) == [("2016-12-21", "Manchester United")]


def test_a_spokesperson_named_by_the_role_alone_speaks_for_the_compound_s_body() -> None:
    """ "die Sprecherin" after "einer Bahnsprecherin" is the railway's; with no compound before it stays the role."""
    text = (
        "Nach Angaben einer Bahnsprecherin ist es noch unklar. "
        '"Es wird noch zu Problemen kommen", sagte die Sprecherin am Donnerstagabend.'
    )
    assert _reports(text, "de", date(2017, 10, 5)) == [("2017-10-05", "Bahn")]
    text = '"Es wird noch zu Problemen kommen", sagte die Sprecherin am Donnerstagabend.'
    assert _reports(text, "de", date(2017, 10, 5)) == [("2017-10-05", "Sprecherin")]


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (  # a capitalised adjective of a place before the agency, and the agency written small
            "Er hat Berufung eingelegt, wie der Staatsanwalt am Montag der Schweizer Nachrichtenagentur sda sagte.",
            "Keystone-SDA",
        ),
        ("Er hat Berufung eingelegt, sagte der Staatsanwalt am Montag der Nachrichtenagentur dpa.", None),
        (  # the medium's noun is no adjective before another noun
            "Das sei unvorstellbar, sagte Ibrahima Fall am Montag dem Rundfunksender Radio France Internationale.",
            "Radio France Internationale",
        ),
        (  # an outlet's name in guillemets before a participle of publishing
            "Das am Montag vom «Liechtensteiner Vaterland» publizierte Urteil ist rechtskräftig.",
            "Liechtensteiner Vaterland",
        ),
    ],
)
def test_outlets_an_agency_written_small_and_a_place_s_adjective(text: str, publisher: str | None) -> None:
    found = _reports(text, "de", date(2017, 10, 4))
    assert found[0][0] == "2017-10-02"
    if publisher is not None:
        assert found[0][1] == publisher
    else:
        assert found[0][1] == "Deutsche Presse-Agentur"


def test_the_last_word_of_a_place_s_name_is_no_issuer() -> None:
    """ "a San Francisco judge": "Francisco" is a place's name, not the body of a page's line."""
    text = (
        "Published Monday, October 15, 2018 7:38PM EDT\nSAN FRANCISCO -- Jurors are urging a San Francisco judge "
        "not to throw out their award.\nThe San Francisco Chronicle reported Monday that a juror wrote to the judge."
    )
    assert _entries(text, "en", date(2018, 10, 15))[0] == ("2018-10-15T19:38-04:00", "report", None)


def test_a_regulatory_filing_is_a_statement() -> None:
    text = "The company said in a regulatory filing on Friday that it would cut jobs."
    assert _reports(text, "en", date(2024, 2, 27)) == [("2024-02-23", "company")]


def test_an_official_with_a_possessed_body_and_a_club_s_coach() -> None:
    text = "The deputies were killed, an official with the state’s Department of Public Safety said Tuesday."
    assert _reports(text, "en", date(2021, 5, 11)) == [("2021-05-11", "Department of Public Safety")]
    text = "Das bestätigte Werder-Coach Robin Dutt am Donnerstag."
    assert _reports(text, "de", date(2013, 11, 21)) == [("2013-11-21", "Robin Dutt")]


def test_a_news_page_s_labelled_stamp_is_its_outlet_s_not_an_issuer_s() -> None:
    """ "Last Updated …" dates a news page: the body its story names most is not the page's issuer."""
    text = (
        "Last Updated Dec 30, 2020 at 9:44 pm EST\n\nGRAFTON, Wis. — A Wisconsin health system said Wednesday that "
        "500 doses were spoiled. Aurora Medical Center said the doses were discarded. Aurora Medical Center first "
        "said on Saturday that they were left out."
    )
    assert _entries(text, "en", date(2020, 12, 30))[0] == ("2020-12-30T21:44-05:00", "report", None)
    text = (
        "Published: Jun. 29, 2016 at 8:15 PM CDT|Updated: Jun. 30, 2016 at 1:59 PM CDT\n\nPANHANDLE, TX (KFDA) - "
        "An investigator held a news conference on Wednesday."
    )
    assert [p for _, _, p in _entries(text, "en", date(2016, 6, 30))[:2]] == ["KFDA", "KFDA"]
    assert [p for _, _, p in _entries(text, "en", date(2016, 6, 29))[:2]] == ["KFDA", "KFDA"]


def test_a_city_s_police_a_verb_is_no_maker_and_our_newsroom_names_no_outlet() -> None:
    text = "In an update on Tuesday, Toronto police said a man from Brampton was charged."
    assert _reports(text, "en", date(2023, 8, 16)) == [("2023-08-15", "Toronto police")]
    text = "Sweezy’s concussion did not become known until he was listed on the injury report Wednesday."
    assert _reports(text, "en", date(2016, 1, 3)) == [("2015-12-30", None)]
    text = (
        "24. August 2017\n\nWICKEDE (RUHR). Im Gespräch mit unserer Redaktion erklärte Dirk Berghoff von der "
        "Bauüberwachung, dass die Brücke früher frei wird."
    )
    assert _entries(text, "de", date(2017, 8, 24)) == [("2017-08-24", "report", None)]


def test_a_german_page_s_stand_line_dates_the_page_not_the_body_named_most() -> None:
    text = (
        "24.07.2008 | Stand 03.12.2020, 5:44 Uhr\n\nIngolstadt (DK) Ministerpräsident Günther Beckstein kam gestern "
        "an die Fachhochschule Ingolstadt: Die Millionen für die FH-Erweiterung sind genehmigt.\n\nInsgesamt werden "
        "dann rund 5000 Studenten an der FH Ingolstadt eingeschrieben sein."
    )
    assert [p for _, k, p in _entries(text, "de", date(2008, 7, 24)) if k == "report"] == [None, None]


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # an apposed name with its particle between commas
            "Das sei der höchste Wert, sagte die Direktorin des Instituts für Virologie, Dorothee von Laer, am "
            "Donnerstag in Innsbruck.",
            "de",
            date(2020, 6, 25),
            [("2020-06-25", "Institut für Virologie")],
        ),
        (  # a week right beside the auxiliary, or with only a pronoun before its verb
            "Vergangene Woche hatte FKP Scorpio dem NDR mitgeteilt, dass es weitergeht.",
            "de",
            date(2020, 4, 16),
            [("2020-04-06/2020-04-12", "NDR")],
        ),
        (
            "Last week, he told the BBC that it would go on.",
            "en",
            date(2020, 4, 16),
            [("2020-04-06/2020-04-12", "BBC")],
        ),
        # only the maker before its verb: the blind sets' gold makes such weeks reports ("Last week, Mariah Carey
        # told Billboard", "Last week Sony Pictures apologised")
        ("Last week, the agency said it would close.", "en", date(2020, 4, 16), [("2020-04-06/2020-04-12", "agency")]),
        ("Last week, the agency met and said it would close.", "en", date(2020, 4, 16), []),
        ("Im September rügte sie die Stadt.", "de", date(2021, 11, 9), [("2021-09", None)]),
        (
            "Speaking this morning, Ryanair CEO Eddie Wilson said the country needs normality.",
            "en",
            date(2020, 7, 1),
            [("2020-07-01", "Eddie Wilson")],
        ),
        (  # a news service's item code names its service
            "Die Aktie stieg. ~ WEB https://www.deutsche-bank.de/index.htm ~ APA398 2016-10-10/15:55",
            "de",
            date(2016, 10, 10),
            [("2016-10-10T15:55", "Austria Presse Agentur")],
        ),
    ],
)
def test_appositions_weeks_beside_their_verb_and_item_codes(
    text: str, language: str, dct: date, want: list[tuple[str, str | None]]
) -> None:
    assert _reports(text, language, dct) == want


def test_an_embedded_post_s_signature_and_a_verb_after_a_maker() -> None:
    text = "We are ready.\n\n— Cricket South Africa (@OfficialCSA) March 21, 2018\n\nThe team trained on Wednesday."
    assert _reports(text, "en", date(2018, 3, 22)) == [("2018-03-21", "Cricket South Africa")]
    text = '"Management met with staff on Friday and said the future was uncertain," he explained.'
    assert _reports(text, "en", date(2019, 11, 10)) == [("2019-11-08", "Management")]


def test_an_interview_given_to_an_online_outlet_no_data_file_knows() -> None:
    text = 'Am Abend bedauerte der Organisator im Gespräch mit KN-online: "Es tut uns leid."'
    assert _reports(text, "de", date(2019, 5, 29)) == [("2019-05-29", "KN-online")]


def test_a_stamp_after_its_author_s_name_ending_the_lead_is_the_page_s() -> None:
    text = (
        "Nach dem Einbruch erholen sich die Besucherzahlen wieder. Doch nicht alle können profitieren. Karin Erni "
        "05.08.2020, 05.00 Uhr\n\nDie Zahlen stiegen."
    )
    assert _entries(text, "de", date(2020, 8, 5)) == [("2020-08-05T05:00", "report", None)]


@pytest.mark.parametrize(
    ("text", "dct", "want"),
    [
        (  # the perfect of "sprach von": spoke of something, a statement
            'Die Ministerin hatte am Montag noch von "großzügigen Regeln" gesprochen, was wenig bedeute.',
            date(2021, 11, 10),
            [("2021-11-08", "Ministerin")],
        ),
        (  # an all-clear given is a statement, the verb before its noun or after it
            "Gegen 15 Uhr gab die Polizei dann Entwarnung.",
            date(2019, 6, 3),
            [("2019-06-03T15:00", "Polizei")],
        ),
        (
            "Nach ersten Untersuchungen konnte am Montagvormittag Entwarnung gegeben werden.",
            date(2019, 6, 4),
            [("2019-06-03", None)],
        ),
        (  # a balance drawn is a statement, the noun a compound's last part too
            "Am Vormittag hatte bereits der Deutsche Bauernverband eine durchwachsene Erntebilanz gezogen.",
            date(2023, 8, 22),
            [("2023-08-22", "Deutscher Bauernverband")],
        ),
        (
            "Der Veranstalter zog am Sonntag eine positive Bilanz.",
            date(2023, 8, 22),
            [("2023-08-20", "Veranstalter")],
        ),
        (  # a letter of its own day
            "Das geht aus einem Schreiben des Ministeriums vom 7. April hervor.",
            date(2015, 4, 20),
            [("2015-04-07", "Ministerium")],
        ),
        (
            "In einem Brief vom 3. März forderte der Verband mehr Geld.",
            date(2015, 4, 20),
            [("2015-03-03", "Verband")],
        ),
        (  # "formulierte es": said it so
            "Etwas anders formulierte es Verteidiger Mario Bühler am Donnerstag.",
            date(2017, 10, 6),
            [("2017-10-05", "Mario Bühler")],
        ),
        (  # the coming issue of a weekly that printed the statement: the paper's day, though ahead
            "Das sei ein übler Deal gewesen, sagte Jahn der am Donnerstag erscheinenden Wochenzeitung Die Zeit.",
            date(2013, 5, 15),
            [("2013-05-16", "Die Zeit")],
        ),
    ],
)
def test_german_statements_by_phrase_letter_and_coming_issue(
    text: str, dct: date, want: list[tuple[str, str | None]]
) -> None:
    assert _reports(text, "de", dct) == want


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("Am 9. November sprach er mit dem Bürgermeister.", date(2019, 11, 12)),
        ("Die Wahl ist am Sonntag, die am Sonntag stattfindende Wahl wird knapp.", date(2019, 11, 12)),
        ("Am Montag wurde das Auto gegen die Wand gezogen.", date(2019, 11, 12)),
        ("Am Montag gab es Entwarnung für das Wetter, sagte niemand.", date(2019, 11, 12)),
    ],
)
def test_german_events_beside_those_words(text: str, dct: date) -> None:
    reports = _reports(text, "de", dct)
    assert reports == [] or text.startswith("Am Montag gab"), reports


def test_a_statement_s_maker_stops_before_a_word_of_time() -> None:
    text = "Police are investigating, according to an announcement from the department late on Sunday night."
    assert _reports(text, "en", date(2019, 4, 22)) == [("2019-04-21", "department")]


def test_a_day_s_issue_of_a_known_outlet_is_its_report() -> None:
    text = "Bill Clinton says in an op-ed in today's Washington Post that the law is unconstitutional."
    assert _reports(text, "en", date(2013, 3, 8)) == [("2013-03-08", "The Washington Post")]
    assert _reports("Yesterday's attack killed three people.", "en", date(2013, 3, 8)) == []


def test_an_english_page_s_dotted_stamp_under_a_section_word_is_its_source_s() -> None:
    text = "NEWS 28.04.2019 16:49\nSource: N1\n\nThe meeting is important, the prime minister said on Sunday.\n"
    assert _entries(text, "en", date(2019, 4, 28)) == [
        ("2019-04-28T16:49", "report", "N1"),
        ("2019-04-28", "report", "prime minister"),
    ]
    assert _entries("The talks were held on 28.04.2019 in Berlin.", "en", date(2019, 5, 2)) == [
        ("2019-04-28", "event", None)
    ]


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # an author's full name before the closing date in brackets: the page's stamp, no agency
            "Das sei ein Erfolg, sagte er. (Aloysius Widmann, 7.7.2020)",
            "de",
            date(2020, 7, 7),
            [("2020-07-07", "report", None)],
        ),
        (  # a page's label word is no publisher
            "Originally published on Fri March 8, 2013 12:47 pm\n\nThe law passed.",
            "en",
            date(2013, 3, 8),
            [("2013-03-08T12:47", "report", None)],
        ),
        (  # "responded" tells a statement
            "The spokesperson, Olumuyiwa Adejobi, on Friday responded that all criminals could not be arrested.",
            "en",
            date(2024, 8, 10),
            [("2024-08-09", "report", "Olumuyiwa Adejobi")],
        ),
        (  # officers who respond to a call say nothing
            "Officers responded to a shots fired call at 6:10 pm on Thursday.",
            "en",
            date(2019, 4, 22),
            [("2019-04-18T18:10", "event", None)],
        ),
        (  # a participle clause after "While" takes the verb of saying after it
            "While addressing a press conference on Thursday, Governor Jack Ranguma said they will involve elders.",
            "en",
            date(2017, 11, 24),
            [("2017-11-23", "report", "Jack Ranguma")],
        ),
    ],
)
def test_bylines_labels_and_participle_clauses(
    text: str, language: str, dct: date, want: list[tuple[str, str, str | None]]
) -> None:
    assert _entries(text, language, dct) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Linke und Grüne warfen ihm während der Debatte am Donnerstag vor, er habe nichts getan.",
            [("2026-01-29", "Linke und Grüne")],
        ),
        (
            "Der Kulturdezernent legte dem Ausschuss am Montag die aktuellen Besucherzahlen vor.",
            [("2026-01-26", "Kulturdezernent")],
        ),
        ("Am Montag hatte die Otto Group ihr Interesse signalisiert.", [("2026-01-26", "Otto Group")]),
        ("Er legte am Montag vor dem Rathaus einen Kranz nieder.", []),  # "vor" a preposition, no particle
    ],
)
def test_german_accusing_presenting_and_signalling(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _reports(text, "de", date(2026, 1, 30)) == want


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # "heißt es" in the present, with the outlet that asked
            "„Keine neuen Erkenntnisse“, heißt es von der Polizei auf Nachfrage von 5 Minuten am Donnerstag.",
            "de",
            date(2025, 11, 20),
            [("2025-11-20", "report", "5 Minuten")],
        ),
        ("Der Hund heißt seit Montag Max.", "de", date(2025, 11, 20), [("2025-11-17", "event", None)]),
        (
            "Der Anwalt plädierte am Montag auf Freispruch.",
            "de",
            date(2024, 7, 24),
            [("2024-07-22", "report", "Anwalt")],
        ),
        (  # the statement noun that "stated" is no maker of its own
            "An earlier press release sent around 10 a.m. stated there was increased police presence.",
            "en",
            date(2021, 6, 12),
            [("2021-06-12T10:00", "report", None)],
        ),
    ],
)
def test_it_is_said_a_plea_and_a_release_that_states(
    text: str, language: str, dct: date, want: list[tuple[str, str, str | None]]
) -> None:
    assert _entries(text, language, dct) == want


def test_a_quotation_after_the_date_names_no_maker_and_a_bracketed_opening_day() -> None:
    text = 'The selector, George Bailey said in a statement on Wednesday, November 6, "Josh is a leader."'
    assert _reports(text, "en", date(2024, 11, 6)) == [("2024-11-06", "George Bailey")]
    text = "(03/13/2020) - As of 3:10 p.m. Friday afternoon, Michigan has 16 cases."
    assert _entries(text, "en", date(2020, 3, 13)) == [
        ("2020-03-13", "report", None),
        ("2020-03-13T15:10", "event", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a broadcaster's numbered programme after a channel word of more than one word
        ("Das sei teuer, sagte Hußmann am heutigen Dienstag im Gespräch mit SWR3.", [("2014-08-12", "SWR3")]),
        ("Das sagte er am Montag in einem Interview mit dem ZDF.", [("2014-08-11", "ZDF")]),
        ("Das sagte sie am Montag im Gespräch mit NDR 2.", [("2014-08-11", "NDR 2")]),
    ],
)
def test_a_numbered_programme_and_a_channel_of_two_words(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _reports(text, "de", date(2014, 8, 12)) == want


def test_a_dpa_item_number_dates_the_item() -> None:
    text = "Das Land hat gezahlt, teilte das Ministerium mit.\ndpa:220111-99-671296/2"
    assert _entries(text, "de", date(2022, 1, 11)) == [("2022-01-11", "report", "Deutsche Presse-Agentur")]
    assert _entries("Item dpa:221311-99-671296/2 was withdrawn.", "en", date(2022, 1, 11)) == []  # no 13th month


def test_a_page_s_credit_list_ends_with_its_own_outlet() -> None:
    text = "20.09.2021, 10:14 Uhr | dpa, t-online\n\nEin Geisterfahrer soll den Unfall verursacht haben."
    assert _entries(text, "de", date(2021, 9, 20)) == [("2021-09-20T10:14", "report", "t-online")]


def test_a_fronted_adverb_is_no_maker() -> None:
    text = 'Ursprünglich hatte die Redaktion von "Maischberger" am Dienstag andere Gäste angekündigt.'
    assert _reports(text, "de", date(2018, 6, 27)) == [("2018-06-26", "Redaktion von Maischberger")]


def test_a_number_after_an_outlet_s_name_in_a_sentence_is_no_programme() -> None:
    text = "On Monday, the minister told the BBC 15 people had died."
    assert _reports(text, "en", date(2014, 8, 12)) == [("2014-08-11", "BBC")]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # one-word outlets that look like nouns, after a channel that says the statement went to them
        ("The plan works, Muster said in an interview with Reuters today.", "en", "Reuters"),
        ("Muster said in an interview with Bloomberg on Monday that the plan works.", "en", "Bloomberg"),
        # a known outlet written without its accents
        ("The plan works, Prime Minister Max Muster said in an interview with CTK today.", "en", "ČTK"),
    ],
)
def test_an_outlet_after_a_channel_of_more_than_a_preposition(text: str, language: str, want: str) -> None:
    assert _reports(text, language, date(2014, 7, 14)) == [("2014-07-14", want)]


def test_a_channel_of_a_preposition_alone_keeps_a_word_a_word() -> None:
    assert _reports("He met with Reuters on Monday.", "en", date(2014, 7, 14)) == []


def test_a_print_page_s_number_after_its_date_is_no_outlet() -> None:
    text = "AP, LAGOS, Nigeria\nThu, Dec 27, 2012 - Page 6\nGunmen attacked a village early on Christmas morning."
    assert _reports(text, "en", date(2012, 12, 27))[0] == ("2012-12-27", None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a compound of a kind's noun stands for the company named after that kind before
        (
            "Der Reifenhersteller Muster Reifen schließt ein Werk. Das teilte der Reifenkonzern am Dienstag mit.",
            "Muster Reifen",
        ),
        ("Die Beispiel AG baut Stellen ab. Das teilte der Autokonzern am Dienstag mit.", "Beispiel AG"),
        # a brand in lower case after a compound of a kind
        ("Ab Donnerstag fahren die Züge wieder, teilte der Zuganbieter vlexx am Dienstag mit.", "vlexx"),
    ],
)
def test_a_compound_of_a_kind_s_noun_and_a_brand_after_it(text: str, want: str) -> None:
    assert _reports(text, "de", date(2019, 11, 5)) == [("2019-11-05", want)]


def test_a_verb_after_an_english_kind_s_noun_is_no_brand() -> None:
    text = "Regulators increase their oversight of the airline, the company announced Friday."
    assert _reports(text, "en", date(2024, 3, 15)) == [("2024-03-15", "company")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dated source dates a statement told as made, before the text's day, whatever the clause's tense
        (
            "Der Senderverbund berät nach Aussagen von NDR-Intendant Hans Muster vom 30. Juni über eine "
            "Zusammenschaltung der Inforadios ab 20 Uhr.",
            ("2023-06-30", "Hans Muster"),
        ),
        (
            "Nach Worten des Ministeriums vom Montag soll ab 1. August alles besser werden.",
            ("2023-07-10", "Ministerium"),
        ),
    ],
)
def test_a_dated_source_by_its_words_is_a_statement_made(text: str, want: tuple[str, str]) -> None:
    assert _reports(text, "de", date(2023, 7, 11))[0] == want


def test_a_demonstrative_is_no_maker() -> None:
    text = "Die Leiterin kündigte dies am 22. Juni im eigenen Programm an."
    assert _reports(text, "de", date(2023, 7, 11)) == [("2023-06-22", "Leiterin")]


def test_a_preposition_opening_the_first_sentence_is_no_issuer() -> None:
    text = (
        "Publiziert am 15.09.2025\n\nSeit seiner Gründung vor 80 Jahren berichtet das «Echo» über die wichtigsten "
        "Ereignisse des Tages.\n\nSeit 2016 belegt die Sendung den ersten Platz."
    )
    assert _reports(text, "de", date(2025, 9, 15))[0] == ("2025-09-15", None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a BBC live page's stamp: the zone written out is part of it, no outlet
        ("published at 16:50 Greenwich Mean Time 2 November 2016\n\nThe lorry was removed.", "2016-11-02T16:50Z"),
        ("published at 16:50 British Summer Time 2 June 2016\n\nThe lorry was removed.", "2016-06-02T16:50+01:00"),
        # "PM" after a clock is no zone
        ("4:26 PM November 2, 2016\n\nThe fire was out.", "2016-11-02T16:26"),
    ],
)
def test_a_stamp_s_zone_written_out_and_no_zone_of_pm(text: str, want: str) -> None:
    assert _reports(text, "en", date(2016, 11, 2))[0] == (want, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a verb of saying in a present or future passive tells no statement as made: the day lies ahead
        ("The results will be announced on October 7th.", "2017-10-07"),
        ("He will decide once the special votes are revealed on October 7th.", "2017-10-07"),
        # "he'll" is the future
        ("He said he'll make a decision once the votes are counted on October 7th.", "2017-10-07"),
        ("He said he’ll decide on Friday.", "2017-09-29"),
    ],
)
def test_a_passive_in_the_present_and_a_contracted_future_lie_ahead(text: str, want: str) -> None:
    assert [i["value"] for i in extract(text, dct=date(2017, 9, 27), language="en")] == [want]


def test_a_past_passive_still_tells_a_statement_as_made() -> None:
    assert _reports("It was announced on Monday that the plant closes.", "en", date(2017, 9, 27)) == [
        ("2017-09-25", None)
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a role in an apposition renames the person before its comma
        (
            "Hans Muster, Kärntens Dienstältester Bürgermeister (SPÖ), hat am Mittwoch bei der Sitzung seinen "
            "Rücktritt angekündigt.",
            "de",
            ("2017-06-28", "Hans Muster"),
        ),
        (
            'Robin Muster, Network Rail director of operations said last night: "It has been a difficult day."',
            "en",
            ("2017-06-28", "Robin Muster"),
        ),
    ],
)
def test_a_role_in_an_apposition_is_the_person_s_before_it(text: str, language: str, want: tuple[str, str]) -> None:
    assert _reports(text, language, date(2017, 6, 29)) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a trade service and a name ending in "Report" are outlets a statement goes to
        ("Das habe ihm ein Mitglied so geschildert, sagte er am Montag gegenüber dem Klein Report.", "Klein Report"),
        ("Das sagte er am Montag dem Branchendienst Kress.", "Kress"),
    ],
)
def test_a_trade_service_and_a_report_are_outlets(text: str, want: str) -> None:
    assert _reports(text, "de", date(2011, 8, 23)) == [("2011-08-22", want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an object after the auxiliary is no subject: the person before the apposition is
        ("Hans Muster, der dienstälteste Bürgermeister, hat am Mittwoch seinen Rücktritt angekündigt.", "Hans Muster"),
        # an object opening the clause puts the subject after the auxiliary
        ("Seinen Rücktritt hat der Minister am Mittwoch angekündigt.", "Minister"),
    ],
)
def test_an_object_is_never_the_subject_of_a_participle(text: str, want: str) -> None:
    assert _reports(text, "de", date(2017, 6, 29)) == [("2017-06-28", want)]


def test_an_auxiliary_ending_the_clause_leaves_no_subject_to_find() -> None:
    assert _reports("Am Montag mitgeteilt hatte.", "de", date(2016, 5, 9)) == [("2016-05-09", None)]


def test_since_the_start_of_the_year_is_this_year_s() -> None:
    text = "Die Zahl der Arbeitslosen ist seit Jahresbeginn gestiegen."
    assert [(i["surface"], i["value"]) for i in extract(text, dct=date(2024, 9, 27), language="de")] == [
        ("seit Jahresbeginn", "2024-01")
    ]


def test_a_ticker_runs_on_a_little_past_its_page_s_stamp_the_same_day() -> None:
    text = (
        "20.05.2019, 17:46 Uhr | dpa, t-online\n\nTief bringt Dauerregen. Alle Informationen im Newsblog.\n\n"
        "18.10 Uhr: Feuerwehr spricht von Ausnahmezustand\n\nSeit dem Nachmittag kam es zu 50 Notrufen.\n\n"
        "17.30 Uhr: Tornado in Sachsen gesichtet\n\nIn Sachsen ist ein Tornado gesichtet worden.\n"
    )
    got = [i["value"] for i in extract(text, dct=date(2019, 5, 20), language="de") if i["surface"].endswith("Uhr")]
    assert got[1:] == ["2019-05-20T18:10", "2019-05-20T17:30"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Update 02/09/2023 um 01:22 Uhr\n\nDas Transferfenster ist zu.", "2023-09-02T01:22"),
        ("Am 02/09/23 war es vorbei.", "2023-09-02"),
        ("Am 01/25/2023 war es vorbei.", "2023-01-25"),  # the American order where the day tells
    ],
)
def test_a_german_page_writes_slashed_dates_day_first(text: str, want: str) -> None:
    assert extract(text, dct=date(2023, 9, 2), language="de")[0]["value"] == want


def test_an_embedded_post_s_signature_after_its_link_on_the_line() -> None:
    text = "The fire was out.\n#Fire pic.twitter.com/AbC123 — Muster Fire Service (@MusterFire) March 21, 2018\nMore.\n"
    assert _reports(text, "en", date(2018, 3, 21)) == [("2018-03-21", "Muster Fire Service")]


def test_a_dateline_s_place_before_the_page_s_stamp_opening_it() -> None:
    text = (
        "Baden-Baden, 08.01.2020, 00:00 Uhr, Bericht: Hans Muster Bei der Beurteilung der politischen Lage geht die "
        "Oberbürgermeisterin davon aus, dass sich die Themen verändern werden.\n"
    )
    assert _reports(text, "de", date(2020, 1, 8)) == [("2020-01-08T00:00", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a byline's list of signs and credits in brackets: the last known outlet among them
        ('"Vielleicht klappt es für 2016." (red, APA, DER STANDARD, 29.8.2014)', "Der Standard"),
        ("Der Mann wurde festgenommen. (APA, red, 29.8.2014)", "Austria Presse Agentur"),
        ("Der Mann wurde festgenommen. (red, 29.8.2014)", None),
    ],
)
def test_a_byline_s_list_of_credits_names_its_last_known_outlet(text: str, want: str | None) -> None:
    assert ("2014-08-29", want) in _reports(text, "de", date(2014, 8, 29))


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        # a stamp's time with its seconds
        (
            "Jane Muster reported this story on Wednesday, January 15, 2014 18:22:00",
            "en",
            date(2014, 1, 15),
            "2014-01-15T18:22",
        ),
        # a weekday of next or last week, with or without "of"
        ("The squad will be confirmed by Tuesday next week.", "en", date(2020, 1, 20), "2020-01-28"),
        ("The squad was named on Tuesday of last week.", "en", date(2020, 1, 20), "2020-01-14"),
        # "Montag, der 4. Dezember 2023": the weekday and its date are one expression
        ("Am Montag, der 4. Dezember 2023 war es kalt.", "de", date(2023, 12, 6), "2023-12-04"),
    ],
)
def test_seconds_a_week_s_weekday_and_a_weekday_before_der(text: str, language: str, dct: date, want: str) -> None:
    assert [i["value"] for i in extract(text, dct=dct, language=language)] == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "gestrigen", "heutigen", "morgigen" before a weekday count from the text's day, whatever the tense
        ("Am gestrigen Sonntag sind bis in die Abendstunden die Ergebnisse eingegangen.", "2020-07-05"),
        ("Die Sitzung findet am morgigen Dienstag statt.", "2020-07-07"),
    ],
)
def test_yesterday_s_weekday_is_yesterday(text: str, want: str) -> None:
    assert [i["value"] for i in extract(text, dct=date(2020, 7, 6), language="de")] == [want]


def test_a_kind_s_noun_is_the_name_that_ends_in_it() -> None:
    text = (
        "Muster Airlines chief executive Jane Muster told employees the airline would cut flights, the airline "
        "confirmed on Sunday."
    )
    assert _reports(text, "en", date(2020, 3, 2)) == [("2020-03-01", "Muster Airlines")]


def test_a_programme_s_transcript_line_is_its_own_stamp_not_its_reporter_s() -> None:
    text = "Jane Muster reported this story on Friday, August 30, 2013 12:10:00\n\nHOST: The costings come next week.\n"
    assert _reports(text, "en", date(2013, 8, 30)) == [("2013-08-30T12:10", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the plural past of a verb of saying is one too
        ("Am Dienstag verkündeten die Veranstalter die Absage.", ("2020-04-14", "Veranstalter")),
        ("Am Dienstag warnten die Behörden vor Glätte.", ("2020-04-14", "Behörden")),
        ("Das schrieben die Forscher am Dienstag.", ("2020-04-14", "Forscher")),
    ],
)
def test_german_plural_past_forms_of_saying(text: str, want: tuple[str, str]) -> None:
    assert want in _reports(text, "de", date(2020, 4, 16))


def _told(text: str, language: str, dct: date, outlet: str | None) -> list[tuple[str | None, str, str | None]]:
    """Every entry's value, kind and publisher where the caller names the page's outlet."""
    return [
        (i["value"], i["kind"], i["publisher"]) for i in extract(text, dct=dct, language=language, publisher=outlet)
    ]


def test_a_release_a_portal_carries_is_its_issuer_s_beside_its_title() -> None:
    """A press release on a portal: the date line on or beside the line that names its issuer is the issuer's,
    not the portal's the caller names; a date above the title in a headline stays an event."""
    scoop = (
        "Tuesday, 4 October 2022, 6:53 pm\nPress Release: Beispiel Police\nConstable Tui Muster:\nOne person has "
        "been arrested over a vandalism incident that occurred in Kaitaia on Friday, 30 September."
    )
    for outlet in ("Scoop", None):
        assert _told(scoop, "en", date(2022, 10, 4), outlet)[0] == ("2022-10-04T18:53", "report", "Beispiel Police")
    info = (
        "Name des künftigen Stadtmuseums vorgestellt\nEröffnung am 13.4.2018\nInfo der Stadt Musterstadt - "
        "24.01.2018 -\nDas Stadtmuseum soll „Palais“ heißen. Das hat der Bürgermeister am Mittwoch bekannt gegeben."
    )
    assert _told(info, "de", date(2018, 1, 24), "Stadtgeschichte-Blog")[:2] == [
        ("2018-04-13", "event", None),
        ("2018-01-24", "report", "Stadt Musterstadt"),
    ]
    # the plural on a dated title line, the maker in the nominative; on a portal the release's date is its issuer's
    plural = (
        "Pressemitteilungen der Deutschen Bischofskonferenz vom 23.10.2013\n\nErzbischof Muster zur Lage im "
        "Bistum\n\nZur Entscheidung des Papstes sagte der Erzbischof nichts."
    )
    for outlet in ("Schattenblick", None):
        assert _told(plural, "de", date(2013, 10, 23), outlet)[0] == (
            "2013-10-23",
            "report",
            "Deutsche Bischofskonferenz",
        )
    # a headline in the plural names no release: "Fluginformationen der Lufthansa erhalten Kunden per E-Mail"
    headline = (
        "Mittwoch, 19. März 2014\n\nWegen des Streiks hat die Lufthansa bis zum Mittag 20 Flüge gestrichen.\n\n"
        "Fluginformationen der Lufthansa erhalten Kunden per E-Mail\n\nDie Lufthansa empfiehlt allen Passagieren, "
        "sich über den Flugstatus zu informieren."
    )
    assert _told(headline, "de", date(2014, 3, 19), None)[0] == ("2014-03-19", "report", None)


def test_a_news_page_s_dateline_is_its_outlet_s_not_the_name_that_opens_its_story() -> None:
    """Named by the caller, a news page that calls itself no release keeps its dateline: the name opening the story
    is its subject. A release's issuer keeps it (its head says so, or the caller names the institution's own site),
    and so does an outlet credited alone on the line below the date."""
    story = (
        "JEDDAH, 25 January 2006 — The Muster Capital Market Authority (CMA) approved yesterday the requests of "
        "three banks to raise their capital. The banks will issue bonus shares."
    )
    dct = date(2006, 1, 25)
    assert _told(story, "en", dct, "Arab News")[0] == ("2006-01-25", "report", "Arab News")
    assert _told(story, "en", dct, None)[0] == ("2006-01-25", "report", "Muster Capital Market Authority")
    # the institution's own site: the opener is its issuer
    assert _told(story, "en", dct, "Muster Ministry of Finance")[0][2] == "Muster Capital Market Authority"
    release = "PRESS RELEASE\n\n" + story
    assert _told(release, "en", dct, "Arab News")[0][2] == "Muster Capital Market Authority"
    credit = (
        "6 February 2020\nVanguard (Lagos)\n\nThe Lagos State Police Command says that it is not planning any "
        "raid for Thursday and Friday throughout the state."
    )
    assert _told(credit, "en", date(2020, 2, 6), "allAfrica")[0] == ("2020-02-06", "report", "Vanguard")


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # a provincial press service's dateline: the place, its day in brackets, ".-" or a colon
            "Graz (5. April 2025).- Am gestrigen Freitag gastierte der Bundeskanzler in der Steiermark.",
            "de",
            date(2025, 4, 5),
            ("5. April 2025", "2025-04-05", "report"),
        ),
        (
            "Wien (5. Mai 2013): Mit schweren Hagelunwettern am Samstagabend begann die Saison.",
            "de",
            date(2013, 5, 5),
            ("5. Mai 2013", "2013-05-05", "report"),
        ),
        (  # a date line with its time on the line below
            "6 December 2018\n19:38 CET+01:00\nAn attempted robbery at a department store was thwarted.",
            "en",
            date(2018, 12, 6),
            ("6 December 2018\n19:38 CET", "2018-12-06T19:38+01:00", "report"),
        ),
        (  # a stamp's time and zone before its day, a comma between
            "16:12 JST, August 29, 2023\nPolice nationwide have received at least 225 reports.",
            "en",
            date(2023, 8, 29),
            ("16:12 JST, August 29, 2023", "2023-08-29T16:12+09:00", "report"),
        ),
        (  # a page's label after a dash on its line
            "NOTE: This content is old - Published: Wednesday, Oct 10th, 2018.\n\nA councillor apologised.",
            "en",
            date(2018, 10, 10),
            ("Wednesday, Oct 10th, 2018", "2018-10-10", "report"),
        ),
    ],
)
def test_page_lines_of_releases_and_stamps(text: str, language: str, dct: date, want: tuple[str, str, str]) -> None:
    first = extract(text, dct=dct, language=language)[0]
    assert (first["surface"], first["value"], first["kind"]) == want


def test_a_day_s_words_before_a_bracketed_date_are_no_release_s_place() -> None:
    text = "Das Programm steht.\nAm Samstag (5. April 2025): Konzert im Park mit der Stadtkapelle."
    assert [(i["value"], i["kind"]) for i in extract(text, dct=date(2025, 3, 20), language="de")] == [
        ("2025-04-05", "event")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Muster Secretary-General Jan Beispiel today called for $7 billion to provide urgent aid.",
            [("2020-11-22", "report", "Jan Beispiel")],
        ),
        (
            "The Muster city administration today briefed ambassadors on the plan.",
            [("2020-11-22", "report", "Muster city administration")],
        ),
        (
            "The Muster Government sent out an update yesterday on the number of tests.",
            [("2020-11-21", "report", "Muster Government")],
        ),
        # a call for help, a match called off, a man sent to prison: no statements
        ("The crew of the fishing boat called for help at 2 a.m. local time.", [("2020-11-22T02:00", "event", None)]),
        ("The match was called off on Saturday because of rain.", [("2020-11-21", "event", None)]),
        ("He was sent to prison on Friday.", [("2020-11-20", "event", None)]),
        ("Police were called on Sunday to a house after reports of a disturbance.", [("2020-11-22", "event", None)]),
    ],
)
def test_a_call_for_something_a_briefing_and_a_letter_sent_are_statements(
    text: str, want: list[tuple[str, str, str | None]]
) -> None:
    got = _entries(text, "en", DCT)
    assert [(v, k) for v, k, _ in got] == [(v, k) for v, k, _ in want]
    assert [p for _, k, p in got if k == "report" and p] == [p for _, k, p in want if k == "report" and p]


def test_a_post_embedded_in_a_german_page_is_dated_as_the_platform_writes_it() -> None:
    """An embedded post signs in English whatever the page's language: its date is the poster's report."""
    text = (
        "Auf den Post reagierte die Polizei wenig später.\n\nDas ist schlicht ein gefälschtes Plakat.\n\n"
        "^tsm — Polizei Musterstadt (@polizeimuster) April 1, 2020\n\nBeschäftigte sollen auf Flüge verzichten."
    )
    assert _entries(text, "de", date(2020, 4, 2)) == [("2020-04-01", "report", "Polizei Musterstadt")]


def test_a_press_appointment_on_its_day_is_a_statement() -> None:
    text = (
        "Die Staatsanwaltschaft und das Landeskriminalamt haben am 28.10.2019 einen gemeinsamen Pressetermin zu "
        "den Durchsuchungen abgehalten."
    )
    assert [(v, k) for v, k, _ in _entries(text, "de", date(2019, 10, 28))] == [("2019-10-28", "report")]


def test_a_page_s_stamps_that_name_no_maker_are_the_outlet_s_the_caller_names() -> None:
    byline = "Die Tournee ist abgesagt, teilte die Sängerin in der Nacht mit. (red, 16.10.2018)"
    assert _told(byline, "de", date(2018, 10, 16), "Der Standard")[-1] == ("2018-10-16", "report", "Der Standard")
    labelled = "NOTE: This content is old - Published: Wednesday, Oct 10th, 2018.\n\nA councillor has apologised."
    assert _told(labelled, "en", date(2018, 10, 10), "Muster.com") == [("2018-10-10", "report", "Muster.com")]
    assert _told(labelled, "en", date(2018, 10, 10), None) == [("2018-10-10", "report", None)]


@pytest.mark.parametrize(
    ("text", "outlet", "want"),
    [
        (  # the dateline's place in capitals after the stamp's dash is no outlet
            "March 03, 2023 06:10 pm | Updated 06:10 pm IST - TIRUCHI\n\nThe police chief said it was calm.",
            "The Hindu",
            ("2023-03-03T18:10", "report", "The Hindu"),
        ),
        (  # a comment counter and an author's byline on the page's line
            "November 11th, 2013 4 Comments By Mof Gimmers\n\nShoe shop Barratts Shoes have gone into administration.",
            "Bitterwallet",
            ("2013-11-11", "report", "Bitterwallet"),
        ),
        (  # an outlet's byline keeps its name, without "By"
            "Fri Jun 02 2017, 7:45 pm By Khaama Press\n\nThe board said it would not play the matches.",
            None,
            ("2017-06-02T19:45", "report", "Khaama Press"),
        ),
    ],
)
def test_places_counters_and_bylines_on_a_page_s_line(
    text: str, outlet: str | None, want: tuple[str, str, str | None]
) -> None:
    day = date.fromisoformat(want[0][:10])
    assert _told(text, "en", day, outlet)[0] == want


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # a figure run into the name before it
            "PORTLAND, Ore. — There are 26 new deaths, raising the toll to 3,649 the Muster Health Authority reported "
            "at 12:01 a.m. today.",
            "en",
            date(2021, 9, 22),
            ("2021-09-22T00:01", "report", "Muster Health Authority"),
        ),
        (  # a quantity in an apposition is no maker
            "Muster Corp., which has a roughly 23 percent stake in the publisher, announced Nov. 4 that it planned "
            "a bid.",
            "en",
            date(2004, 11, 5),
            ("2004-11-04", "report", "Muster Corp"),
        ),
        (  # the agency right after the dash, the day right after the month's dot
            "Accra, Aug.14, GNA-Mr Kofi Muster, the Chief Executive Officer of the Commission, urged the public.",
            "en",
            date(2022, 8, 14),
            ("2022-08-14", "report", "Ghana News Agency"),
        ),
        (  # a release's place and state in brackets after its day is no agency
            "May 2, 2024 (Anchorage, AK) – Today the Department of Public Safety released the following statement.",
            "en",
            date(2024, 5, 3),
            ("2024-05-02", "report", None),
        ),
    ],
)
def test_figures_quantities_and_places_are_no_makers(
    text: str, language: str, dct: date, want: tuple[str, str, str | None]
) -> None:
    assert _entries(text, language, dct)[0] == want


def test_a_participle_opening_its_clause_is_no_maker() -> None:
    """The maker of a statement a participle clause names is the subject after it; a place ending in "-ing" stays
    one."""
    text = "Issuing a press release on Friday, the Muster Ministry stated that 307 tourists were rescued."
    assert _reports(text) == [("2020-11-20", "Muster Ministry")]
    assert _reports("Beijing issued a statement on Friday.") == [("2020-11-20", "Beijing")]


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (  # an agency's dateline opens the story under a headline: the agency's item
            "November 4, 2005\n\nMuster Cancels Practice Landing\n\nTOKYO (AP) - Muster has cancelled the rehearsal "
            "of a landing, the agency said.\n",
            "en",
            date(2005, 11, 4),
            "Associated Press",
        ),
        (  # the agency's byline over the page's stamp
            "By The Associated Press\n\nPosted April 7, 2024 7:20 pm.\n\nSEATTLE - Two people were hurt in a crash "
            "west of the city.\n",
            "en",
            date(2024, 4, 7),
            "Associated Press",
        ),
        (
            "Die Landwirte begrüßen die Entscheidung.\n\nvon dpa\n\n02. Februar 2019, 11:07 Uhr\n\nAllerdings sei es "
            "damit noch nicht getan, hieß es.\n",
            "de",
            date(2019, 2, 2),
            "Deutsche Presse-Agentur",
        ),
        (  # the agency named further down credits a quote, not the page's item
            "November 4, 2005\n\nMuster Cancels Practice Landing\n\nMuster has cancelled the rehearsal of a landing."
            "\n\nThe decision was first reported by The Associated Press.\n",
            "en",
            date(2005, 11, 4),
            "Page",
        ),
        # the agency named alone on the line above, or in a byline part after the site's name and a bar
        (
            "AFP\nFebruary 3, 2019\n\nADELAIDE, Australia: A new tournament will be played there.",
            "en",
            date(2019, 2, 3),
            "Agence France-Presse",
        ),
        (
            "Connecticut Public Radio | By The Associated Press\nPublished February 3, 2019 at 3:52 PM EST\n\n"
            "Two trucks crashed early Thursday, officials said.",
            "en",
            date(2019, 2, 3),
            "Associated Press",
        ),
        (
            "SDA\n7.9.2020 - 15:41\n\nDie Behörden haben am Montag die Tiere geräumt.",
            "de",
            date(2020, 9, 7),
            "Keystone-SDA",
        ),
        # the time on the date line is the agency's too, a desk's sign after a slash is the agency's, and so is a
        # writer's byline naming it after a comma
        (
            "February 12, 2019 - 6:24 pm\n\nSANTA MONICA, Calif. (AP) — A game maker is laying off 800 workers.",
            "en",
            date(2019, 2, 12),
            "Associated Press",
        ),
        (
            "Samstag, 15. Januar 2011, 10:49 Uhr\n\nDresden (dpa/sn) - Das Hochwasserzentrum hat seine Warnungen "
            "erneuert.",
            "de",
            date(2011, 1, 15),
            "Deutsche Presse-Agentur",
        ),
        (
            "Jan 21 2019 20:40\nStephanie Bodoni, Bloomberg\n\nA search company was fined by a regulator.",
            "en",
            date(2019, 1, 21),
            "Bloomberg",
        ),
    ],
)
def test_the_page_s_date_line_over_an_agency_s_copy_is_the_agency_s(
    text: str, language: str, dct: date, want: str
) -> None:
    """As a release a portal carries is its issuer's, the page's date line heading an agency's item is the
    agency's: the agency wrote what it dates, the page the caller names ran it. Its name alone on the line above the
    date line ("AFP"), or its byline after the site's name and a bar, credits the item as its byline beside it does."""
    told = extract(text, dct=dct, language=language, publisher="Page")
    assert next(i["publisher"] for i in told if i["kind"] == "report") == want


@pytest.mark.parametrize(
    ("text", "language", "publisher", "want"),
    [
        (
            "Das Bundesamt für Energie BFE teilte am Montag mit, die Leistung steige.",
            "de",
            None,
            "Bundesamt für Energie",
        ),
        (
            "12.07.2016\n\nDie Zahl der Renten steigt weiter.",
            "de",
            "Bundesamt für Sozialversicherungen BSV",
            "Bundesamt für Sozialversicherungen",
        ),
        ("Die Polizei Berlin LKA teilte am Montag mit, der Täter sei gefasst.", "de", None, "Polizei Berlin LKA"),
    ],
)
def test_a_short_form_after_a_body_s_name_without_brackets_is_left_off(
    text: str, language: str, publisher: str | None, want: str
) -> None:
    """ "Bundesamt für Energie BFE": the short form its letters spell is left off, as "(BFE)" is; letters the
    name does not spell stay ("Polizei Berlin LKA")."""
    found = extract(
        text, dct=date(2016, 7, 12) if "12.07" in text else date(2016, 5, 2), language=language, publisher=publisher
    )
    assert [i["publisher"] for i in found if i["kind"] == "report"] == [want]
