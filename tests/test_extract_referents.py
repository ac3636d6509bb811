"""Who a report's maker is where the text calls them by something other than their name: a name that opens an
English sentence (which the people detector passes over, since every sentence opens with a capital), and a
person called by their nation, maybe with their trade ("the Romanian", "the Japanese golfer")."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.extract import extract

DCT = date(2024, 3, 14)  # a Thursday


def _reports(text: str) -> list[tuple[str | None, str | None]]:
    return [(i["value"], i["publisher"]) for i in extract(text, dct=DCT, language="en") if i["kind"] == "report"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the family name alone elsewhere
        (
            "Marta Kovalenko withdrew from the Open. Kovalenko told reporters on Tuesday that she was fine.",
            ("2024-03-12", "Marta Kovalenko"),
        ),
        # a past verb after the opening name, then the nation for the person
        (
            "Marta Kovalenko lost the final in Paris on Sunday. The Ukrainian said on Monday she would rest.",
            ("2024-03-11", "Marta Kovalenko"),
        ),
        (
            "Kenji Moriyama finished fourth. The Japanese golfer announced on Wednesday that he would retire.",
            ("2024-03-13", "Kenji Moriyama"),
        ),
    ],
)
def test_a_name_opening_a_sentence_and_a_nation_for_a_person(text: str, want: tuple[str, str]) -> None:
    assert _reports(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a nation's group or body is no person
        "Kenji Moriyama met Anna Berg. The Japanese side said on Monday that the talks went well.",
        "Kenji Moriyama met Anna Berg. The Japanese officials said on Monday that the talks went well.",
    ],
)
def test_a_nation_s_group_is_not_the_person_named_last(text: str) -> None:
    assert [p for _, p in _reports(text)] not in (["Anna Berg"], ["Kenji Moriyama"])


def test_a_capitalised_word_opening_a_sentence_is_no_given_name() -> None:
    # "Later" opens the sentence; "Halep" stands after a capitalised word everywhere, so no name is made of it
    text = "Simona Halep withdrew from the Open. Later Halep told reporters on Tuesday that she was fine."
    assert [p for _, p in _reports(text)] != ["Later Halep"]


def test_a_place_after_its_preposition_is_no_family_name() -> None:
    text = "New Ulm remains calm. In Ulm, officials said on Monday that the storm had passed."
    assert [p for _, p in _reports(text)] == ["officials"]


DE_DCT = date(2018, 4, 23)  # a Monday


def _de_reports(text: str) -> list[str | None]:
    return [i["publisher"] for i in extract(text, dct=DE_DCT, language="de") if i["kind"] == "report"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a day after the subject is no name of it
        ("Auf den Werften drohen Kündigungen. Das bestätigte das Unternehmen Dienstag auf Anfrage.", "Unternehmen"),
        ("In Kiel drohen Kündigungen. Das bestätigte die Polizei Dienstag auf Anfrage.", "Polizei"),
        # a compound of a kind before the name, an extended attribute before both
        ("Der Autozulieferer Faurecia hat gestern angekündigt, den Standort Beispielstadt aufzulösen.", "Faurecia"),
        (
            "Der zur Groupe PSA gehörende Zulieferer Faurecia hat gestern angekündigt, den Standort Beispielstadt "
            "bis 2020 aufzulösen.",
            "Faurecia",
        ),
        ("Der Verband Region Stuttgart hat gestern angekündigt, den Standort aufzulösen.", "Verband Region Stuttgart"),
        # a company's spokesperson speaks for the company the text named with its kind
        (
            "Der Windanlagenhersteller Enercon reduziert Verträge mit Zulieferern. Betroffen seien Zulieferer in "
            "Emden, sagte ein Unternehmenssprecher am Donnerstag.",
            "Enercon",
        ),
        # the officers are the police, by the name the text gives it
        (
            "Die Polizei Hannover hat einen Mann gefasst. Er sei betrunken, teilten die Beamten am Sonntag mit.",
            "Polizei Hannover",
        ),
        # a conjunction before the fronted phrase is no subject
        ("Doch am Montag hatte die Polizei mitgeteilt, dass alles ruhig sei.", "Polizei"),
    ],
)
def test_german_makers_past_days_kinds_and_conjunctions(text: str, want: str) -> None:
    assert _de_reports(text) == [want]


def test_a_page_s_update_label_makes_its_stamp_the_page_s_own() -> None:
    text = (
        "Die Polizei warnte die Bevölkerung.\n\nUpdate vom 30. November 2019, 14.18 Uhr: Wie die Polizei mitteilt, "
        "wurde eine Person festgenommen.\n\nErstmeldung vom 30. November 2019, 13.35 Uhr:\n\nEin Mann hat am Samstag "
        "eine Geisel genommen."
    )
    found = extract(text, dct=date(2019, 11, 30), language="de", publisher="Beispiel-Zeitung")
    stamps = [(i["value"], i["publisher"]) for i in found if i["kind"] == "report"]
    assert stamps == [("2019-11-30T14:18", "Beispiel-Zeitung"), ("2019-11-30T13:35", "Beispiel-Zeitung")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a dateline's places joined by a slash or a dash
        ("BEIJING/SHANGHAI, Sept 25 (Reuters) - Acme kicked off a product launch event.", ("2023-09-25", "Reuters")),
        ("CHILE – SANTIAGO, Feb. 25 (Xinhua) — A forest fire has destroyed 8,350 hectares.", ("2023-02-25", "Xinhua")),
    ],
)
def test_a_dateline_s_places_joined(text: str, want: tuple[str, str]) -> None:
    found = extract(text, dct=date(2023, 9, 25) if "Sept" in text else date(2023, 2, 25), language="en")
    assert [(i["value"], i["publisher"]) for i in found if i["kind"] == "report"] == [want]


def test_a_blog_s_posted_line_with_its_categories_is_the_page_s_stamp() -> None:
    text = "Posted by on Jan 10, 2011 in Breaking News, Law, Politics | 0 comments\n\nA judge sentenced Max Muster."
    found = extract(text, dct=date(2011, 1, 10), language="en", publisher="Beispiel Voice")
    assert [(i["value"], i["publisher"]) for i in found if i["kind"] == "report"] == [("2011-01-10", "Beispiel Voice")]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a broadcaster's programme line names the programme that carried it
        (
            "Der Verein trennt sich von vier Spielern.\n\nDieses Thema im Programm: MDR AKTUELL – Das "
            "Nachrichtenradio | 08. Mai 2024 | 14:40 Uhr",
            "de",
            ("2024-05-08T14:40", "MDR AKTUELL"),
        ),
        # the plural's past of "veröffentlichen", an agent's attribute
        (
            "Der Verband wertet die heute vom Statistischen Bundesamt veröffentlichten Armutsquoten als Zeugnis.",
            "de",
            ("2024-05-08", "Statistisches Bundesamt"),
        ),
        # a fronted week with only the maker's name before its verb
        (
            "Last week, Marta Muster told Billboard that she might release her next album.",
            "en",
            ("2024-04-29/2024-05-05", "Billboard"),
        ),
        ("Last week, the company said it would cut jobs.", "en", ("2024-04-29/2024-05-05", "company")),
    ],
)
def test_programme_lines_published_figures_and_a_fronted_week(text: str, language: str, want: tuple[str, str]) -> None:
    found = extract(text, dct=date(2024, 5, 8), language=language)
    assert [(i["value"], i["publisher"]) for i in found if i["kind"] == "report"] == [want]


def test_a_fronted_week_before_another_verb_is_no_statement_s() -> None:
    text = "Last week, Marta Muster sang in Paris and told fans she was happy."
    assert [i["kind"] for i in extract(text, dct=date(2024, 5, 8), language="en")] == ["event"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "um 15:42" without its "Uhr", and a dotted date spaced with its year
        ("Am 8. März 2021 um 15:42 stürzte ein Mann.", [("8. März 2021 um 15:42", "2021-03-08T15:42")]),
        ("Am 8. März 2021 um 15.42 stürzte ein Mann.", [("8. März 2021", "2021-03-08")]),
        ("Der Unfall geschah am 27. 02. 2021 in Linz.", [("27. 02. 2021", "2021-02-27")]),
        ("Am 27.02.2021 kamen sie.", [("27.02.2021", "2021-02-27")]),
    ],
)
def test_german_clock_without_uhr_and_spaced_dotted_dates(text: str, want: list[tuple[str, str]]) -> None:
    assert [(i["surface"], i["value"]) for i in extract(text, dct=date(2021, 3, 8), language="de")] == want


def test_a_ticker_s_entries_between_plus_signs() -> None:
    text = (
        "Montag, 02. Juli 2018\n\n+++ 22:53 Koalitionsausschuss tagt +++\n\nDie Spitzen beraten im Kanzleramt.\n\n"
        "+++ 22:46 Seehofer: Einigung ist gut +++\n\nDer Innenminister zeigt sich zufrieden."
    )
    found = extract(text, dct=date(2018, 7, 2), language="de", publisher="Beispiel-TV")
    assert [(i["surface"], i["value"], i["publisher"]) for i in found if i["kind"] == "report"] == [
        ("Montag, 02. Juli 2018", "2018-07-02", "Beispiel-TV"),
        ("22:53", "2018-07-02T22:53", "Beispiel-TV"),
        ("22:46", "2018-07-02T22:46", "Beispiel-TV"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a body's lower-case words after its place's name, and the people speaking for it after them
        (
            "During a news conference Thursday, Beispiel school district officials said they would not answer.",
            "Beispiel school district",
        ),
        ("Texas health department officials said Thursday they would not answer questions.", "Texas health department"),
        # a minister's portfolio of two words before the name
        ("Minister for Water Resources Hamid Muster on Tuesday said that the dam was safe.", "Hamid Muster"),
    ],
)
def test_a_body_s_lower_case_words_and_a_portfolio_s(text: str, want: str) -> None:
    assert [p for _, p in _reports(text)] == [want]


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        # a month's name is a whole word ("für Mainz", "im Mainzer Dom" hold no May)
        ("Er spielte für Mainz. Sie kam im Mainzer Dom an.", "de", date(2020, 12, 10), []),
        ("Er spielt seit Mai für Mainz.", "de", date(2020, 12, 10), [("seit Mai", "2020-05")]),
        # a season's two years with a slash
        (
            "Er war in der Saison 2019/2020 vom Verein gewechselt.",
            "de",
            date(2020, 12, 10),
            [("2019/2020", "2019/2020")],
        ),
        # quarters: without its hyphen before the results' noun, "Last" opening the sentence, "Q2 of 2015"
        (
            "Ford expects fourth quarter profits to rise.",
            "en",
            date(2018, 10, 25),
            [("fourth quarter", "2018-10/2018-12")],
        ),
        ("Last quarter, Ford earned more.", "en", date(2018, 10, 25), [("Last quarter", "2018-07/2018-09")]),
        ("Revenue in Q2 of 2015 rose.", "en", date(2018, 10, 25), [("Q2 of 2015", "2015-04/2015-06")]),
    ],
)
def test_whole_month_names_seasons_and_quarters(
    text: str, language: str, dct: date, want: list[tuple[str, str]]
) -> None:
    assert [(i["surface"], i["value"]) for i in extract(text, dct=dct, language=language)] == want


def test_a_feed_s_line_names_its_issuer_after_the_date() -> None:
    text = (
        "Meldungen der Polizei.\n\n    am 8. März 2021 um 15:42 von Polizei Oberösterreich – Presse (Polizei "
        "Oberösterreich – Presse)\n    Ein Mann stürzte vom Dach."
    )
    found = extract(text, dct=date(2021, 3, 8), language="de")
    assert [(i["value"], i["publisher"]) for i in found if i["kind"] == "report"] == [
        ("2021-03-08T15:42", "Polizei Oberösterreich")
    ]
    assert [i["kind"] for i in extract("Am 8. März 2021 von Polizisten festgenommen.", dct=date(2021, 3, 8))] == [
        "event"
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a four-digit number after a noun that numbers things is no year
        (
            "The crash happened on Route 2010. Room 1999 was closed. Resolution 2254 was passed in 2015.",
            "en",
            ["2015"],
        ),
        (
            "Der Unfall geschah auf der Staatsstraße 2091. Die Linie 2010 und Gleis 2005 fahren nicht. Seit 2019 "
            "ist es so.",
            "de",
            ["2019"],
        ),
    ],
)
def test_a_number_after_a_numbering_noun_is_no_year(text: str, language: str, want: list[str]) -> None:
    assert [i["value"] for i in extract(text, dct=date(2020, 5, 5), language=language)] == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a four-digit number that counts years, or heads a telephone number, is no year; "year-end" is the year's
        (
            "Free call 1800 731 845 for advice. A 1500-year-old church stood there 1800 years ago. "
            "The 2019 year-end report came out in 2020. The years 2016 2017 2018 were hard.",
            "en",
            ["0222", "2019", "2020", "2016", "2017", "2018"],  # "1800 years ago" counts back from the text's day
        ),
        (
            "Der Friedhof unterm Dielenboden. 2000 Jahre alte Gräber. Seit 2000 Jahren steht die 1000-jährige "
            "Eiche. Hotline: 0800 123 4567. Im Jahr 2019 wurde gegraben.",
            "de",
            ["2019"],
        ),
    ],
)
def test_a_number_that_counts_years_or_dials_is_no_year(text: str, language: str, want: list[str]) -> None:
    found = extract(text, dct=date(2022, 4, 20), language=language)
    assert [i["value"] for i in found if i["value"] and "/" not in i["value"] and "-" not in i["value"]] == want


@pytest.mark.parametrize(
    ("text", "language", "dct", "want"),
    [
        (
            "VfL Wolfsburg hat den Schweizer Renato Steffen verpflichtet, wie der Fußball-Bundesligaklub am Mittwoch "
            "mitteilte.",
            "de",
            date(2018, 1, 10),
            ("2018-01-10", "VfL Wolfsburg"),
        ),
        (
            "Die Lufthansa streicht 100 Flüge. Das teilte das Unternehmen am Mittwoch mit.",
            "de",
            date(2018, 1, 10),
            ("2018-01-10", "Lufthansa"),
        ),
        (
            "LONDON (Reuters) - Air France has suspended flights to Bamako until Aug. 11, the company said on Monday.",
            "en",
            date(2023, 8, 7),
            ("2023-08-07", "Air France"),
        ),
        (
            "The Fresh Ideation Group, which is based in Baltimore, is recalling food products. On Friday, the "
            "company said no illnesses had been reported.",
            "en",
            date(2023, 8, 7),
            ("2023-08-04", "Fresh Ideation Group"),
        ),
        # no company opens a sentence: the kind's noun stays
        (
            "Chief executive John Smith has resigned, the company said on Monday.",
            "en",
            date(2023, 8, 7),
            ("2023-08-07", "company"),
        ),
        (
            "In Berlin, sales fell sharply, the company said on Monday.",
            "en",
            date(2023, 8, 7),
            ("2023-08-07", "company"),
        ),
        (
            "Vorstandschef Hans Muster hat seinen Rücktritt erklärt, wie das Unternehmen am Dienstag mitteilte.",
            "de",
            date(2018, 1, 10),
            ("2018-01-09", "Unternehmen"),
        ),
    ],
)
def test_a_kind_s_noun_stands_for_the_company_opening_a_sentence(
    text: str, language: str, dct: date, want: tuple[str, str]
) -> None:
    """ "the company said" names the company a sentence opens with as its subject, its own or one of the two before."""
    found = [(i["value"], i["publisher"]) for i in extract(text, dct=dct, language=language) if i["kind"] == "report"]
    assert found == [want]


def _reports_in(text: str, language: str, dct: date, outlet: str | None = None) -> list[tuple[str, str | None]]:
    found = extract(text, dct=dct, language=language, publisher=outlet)
    return [(i["value"], i["publisher"]) for i in found if i["kind"] == "report"]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the noun of its kind ("der Verein") is the body the text names with a compound of it, not the phrase a
        # sentence opens with ("Knapp 85 000 Beratungen verbucht der Berliner Mieterverein …")
        (
            "Knapp 85 000 Beratungen verbucht der Berliner Mieterverein für das vergangene Jahr. In jedem fünften "
            "Gespräch ging es um Mängel, wie der Verein am Mittwoch mitteilte.",
            "de",
            ("2024-03-13", "Berliner Mieterverein"),
        ),
        # "er" right after the verb is its subject, whatever phrase comes first
        (
            "Die Lausitz hat laut Ministerpräsident Dietmar Woidke bedeutende Fortschritte erzielt. Gut fünf Jahre "
            "nach dem Inkrafttreten des Strukturstärkungsgesetzes sagte er am Mittwoch, dass die Region führt.",
            "de",
            ("2024-03-13", "Dietmar Woidke"),
        ),
        # … but "sie" after a verb that takes a person as its object is that object
        (
            "Die Ministerin Anna Muster besuchte die Stadt. Die Polizei informierte sie am Mittwoch über die Lage.",
            "de",
            ("2024-03-13", "Polizei"),
        ),
        # a short form in capitals after the name, bracketed or not, is no relative pronoun ("who")
        (
            "The World Health Organization (WHO) said on Tuesday that cases rose.",
            "en",
            ("2024-03-12", "World Health Organization"),
        ),
        (
            "The World Health Organization WHO said on Tuesday that cases rose.",
            "en",
            ("2024-03-12", "World Health Organization"),
        ),
    ],
)
def test_a_kind_noun_a_pronoun_after_the_verb_and_a_short_form(text: str, language: str, want: tuple[str, str]) -> None:
    assert _reports_in(text, language, DCT) == [want]


def test_a_page_stamp_published_opening_its_line_names_no_outlet_the_next_line_holds() -> None:
    text = (
        "Publication date 16.9.2020 16.43 | Published in English on 17.9.2020 at 9.20\nPress release 580/2020\n\n"
        "The Government is committed to protecting the wellbeing of people during the crisis."
    )
    found = _reports_in(text, "en", date(2020, 9, 17), "Finnish Government")
    assert found == [("2020-09-16T16:43", "Finnish Government"), ("2020-09-17T09:20", "Finnish Government")]


def test_a_release_line_a_body_named_again_and_again_and_a_state_after_a_period_up_to_now() -> None:
    text = (
        "Heftiger Dauerregen lässt Flüsse und Talsperren steigen\n"
        "Pressemitteilung des Wupperverbandes vom 14.07.21, 18.30 Uhr\n"
        "Die Pegel sind deutlich gestiegen. Der Wupperverband hatte vorsorglich seit Montag Platz in den Talsperren "
        "geschaffen. Der Wupperverband ruft die Anwohner auf, vorsichtig zu sein.\n"
        "Aktuell (Stand 22.00 Uhr) liegt der Pegel bei mehr als 190 Kubikmetern pro Sekunde."
    )
    found = [(i["value"], i["kind"], i["publisher"]) for i in extract(text, dct=date(2021, 7, 14), language="de")]
    # the release's maker is the body (no statement noun, no headline opening a sentence), whose compound name the
    # text writes again and again; the state "Stand 22.00 Uhr" is the page's day, not the Monday a period ran from;
    # an adverb opening its sentence names no one
    assert found == [
        ("2021-07-14T18:30", "report", "Wupperverband"),
        ("2021-07-12", "event", None),
        ("2021-07-14T22:00", "report", None),
    ]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a conjunction opening a sentence is no given name: "But Arena" is the John Arena named before
        (
            "Alderman John Arena opposed the plan. Arena parked his car across the road on Monday. But Arena said "
            "late Tuesday that the road would open.",
            "en",
            ("2024-03-12", "John Arena"),
        ),
        # a body's name runs over "und" after its portfolio's "für"; "Verwaltung" is a body's word
        (
            "Die Senatsverwaltung für Verkehr und Umwelt hat entschieden, die Radwege zu verlängern. Eine Mitteilung "
            "gehe an die Bezirke, teilte die Senatsverwaltung am Mittwoch mit.",
            "de",
            ("2024-03-13", "Senatsverwaltung für Verkehr und Umwelt"),
        ),
    ],
)
def test_a_conjunction_before_a_family_name_and_a_portfolio_of_two_words(
    text: str, language: str, want: tuple[str, str]
) -> None:
    assert _reports_in(text, language, DCT) == [want]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a release's dateline before a sentence opening with a figure, and a letter's "den" before its day
        (
            "München, 19.08.2017. 136 zusätzliche Einsätze für die Feuerwehr im Stadtgebiet – so lautet die Bilanz.",
            "de",
            [("2017-08-19", None)],
        ),
        (
            "München, den 19.08.2017. Die Feuerwehr München hatte im Stadtgebiet viel zu tun.",
            "de",
            [("2017-08-19", "Feuerwehr München")],
        ),
        # a stamp with its time opening the text after an agency's name or a label, the line running on
        (
            "SID 19.08.2017 • 15:43 Uhr Fünf Spieltage vor Ende der Hauptrunde reagiert der Tabellenachte.",
            "de",
            [("2017-08-19T15:43", "Sport-Informations-Dienst")],
        ),
        (
            "Nachrichtenarchiv 19.08.2017 07:07 Bibliothek wird in Weimar wiedereröffnet\n\nDrei Jahre nach dem "
            "Brand wird die Bibliothek eröffnet.",
            "de",
            [("2017-08-19T07:07", None)],
        ),
        # a correction's stamp in brackets after its label, like an update's
        (
            "Die Bibliothek ist wieder offen.\n\nBerichtigung (19.08.2017 – 21:13 Uhr): Im dritten Absatz muss es "
            'richtig heißen: "Werke".',
            "de",
            [("2017-08-19T21:13", None)],
        ),
        (
            "The library is open again.\n\nCorrection (August 19, 2017, 9:13 p.m.): An earlier version misstated "
            "the name.",
            "en",
            [("2017-08-19T21:13", None)],
        ),
    ],
)
def test_a_page_s_stamp_after_a_label_a_letter_s_den_and_a_correction(
    text: str, language: str, want: list[tuple[str, str | None]]
) -> None:
    assert _reports_in(text, language, date(2017, 8, 19)) == want


def test_a_release_s_double_dash_glued_to_its_first_word_and_an_update_after_a_comma() -> None:
    text = "Washington, DC, Oct. 6, 2009--The National Retail Federation, usually bullish, predicts a decline."
    assert _reports_in(text, "en", date(2009, 10, 6)) == [("2009-10-06", "National Retail Federation")]
    text = (
        "on June 26, 2013 at 8:53 PM, updated June 27, 2013 at 6:28 AM\n\nNote: This report has been updated since "
        "it was first posted. The meeting is expected to start at 10 p.m."
    )
    found = extract(text, dct=date(2013, 6, 26), language="en", publisher="Staten Island Advance")
    assert [(i["value"], i["kind"], i["publisher"]) for i in found] == [
        ("2013-06-26T20:53", "report", "Staten Island Advance"),
        ("2013-06-27T06:28", "report", "Staten Island Advance"),
        ("2013-06-26T22:00", "event", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Dies" opening the sentence is no subject, a score's colon breaks no clause, and the club is the name in
        # apposition to the noun the sentence before opens with
        (
            "Der Tabellenletzte der DEL2, der Deggendorfer SC, hat Trainer John Sicinski entlassen. Dies gab der "
            "Verein am Samstag nach der 1:6-Pleite gegen den Konkurrenten EHC Freiburg bekannt.",
            [("2019-01-05", "Deggendorfer SC")],
        ),
        # a part of the day written as a word of its own after the weekday, as before 1996
        (
            "Das gab Kulturstadtrat Andreas Mailath-Pokorny am Donnerstag Abend im Gartenbau Kino bekannt.",
            [("2019-01-03", "Andreas Mailath-Pokorny")],
        ),
    ],
)
def test_a_demonstrative_opening_a_sentence_a_score_s_colon_and_a_weekday_s_evening(
    text: str, want: list[tuple[str, str]]
) -> None:
    assert _reports_in(text, "de", date(2019, 1, 6)) == want


def test_the_occasion_a_statement_was_made_on_and_an_intent_after_its_day() -> None:
    dct = date(2010, 3, 11)  # a Thursday
    text = (
        "During testimony at a City Council hearing Wednesday, Fire Commissioner Salvatore Cassano said 20 fire "
        "companies are facing closure."
    )
    assert _reports_in(text, "en", dct) == [("2010-03-10", "Salvatore Cassano")]
    # no saying after the comma: the occasion's day is an event's, and the intent after it plans what follows it
    found = extract("At a meeting on Wednesday, the board voted to close the plant.", dct=dct, language="en")
    assert [(i["value"], i["kind"]) for i in found] == [("2010-03-10", "event")]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # a person's spokesperson speaks for the person, named in full
        (
            "Der Kulturstadtrat Andreas Mailath-Pokorny kündigte das Programm an. Es handle sich um einen "
            "Rahmenbetrag, bestätigte Mailath-Pokornys Sprecherin Saskia Schwaiger am Freitag.",
            "de",
            ("2024-03-08", "Andreas Mailath-Pokorny"),
        ),
        (
            "Mayor Bill de Blasio announced the plan. It is a framework, de Blasio's spokeswoman Saskia Schwaiger "
            "said on Friday.",
            "en",
            ("2024-03-08", "Bill de Blasio"),
        ),
    ],
)
def test_a_person_s_spokesperson_and_a_double_name(text: str, language: str, want: tuple[str, str]) -> None:
    assert _reports_in(text, language, DCT) == [want]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the organisers are the event the sentences before open with, as a kind's noun is its company
        (
            "Das Filmfestival Max Ophüls Preis in Saarbrücken ist mit einem Besucherrekord zu Ende gegangen. Mit rund "
            "43 000 Gästen kamen so viele wie noch nie, wie die Veranstalter am Montag mitteilten.",
            "de",
            ("2024-03-11", "Filmfestival Max Ophüls Preis"),
        ),
        (
            "The Glastonbury Festival drew a record crowd. More than 200,000 people came, the organisers said on "
            "Monday.",
            "en",
            ("2024-03-11", "Glastonbury Festival"),
        ),
    ],
)
def test_the_organisers_are_the_event_the_text_opens_with(text: str, language: str, want: tuple[str, str]) -> None:
    assert _reports_in(text, language, DCT) == [want]
