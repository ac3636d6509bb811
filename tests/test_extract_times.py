"""Times of day, their spans and the days they fall on; the year a list of days takes from its sentence; months
counted from the text's year ("im März des vergangenen Jahres") and the Swiss forms without an article."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.extract import extract, find


def _found(text: str, language: str, dct: date) -> list[tuple[str, str | None]]:
    return [(m.surface, m.value) for m in find(text, dct=dct, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        (  # both ends with their "pm": no "from" needed
            "The sessions are: 2pm to 4pm; 4:40pm to 6:40pm; 7pm to 9pm.",
            "en",
            date(2017, 8, 17),
            [
                ("2pm to 4pm", "2017-08-17T14:00/2017-08-17T16:00"),
                ("4:40pm to 6:40pm", "2017-08-17T16:40/2017-08-17T18:40"),
                ("7pm to 9pm", "2017-08-17T19:00/2017-08-17T21:00"),
            ],
        ),
        (  # a span of times before its day is that day's
            "The store is open 9 a.m. to 5 p.m. on Saturday.",
            "en",
            date(2017, 8, 17),
            [("9 a.m. to 5 p.m. on Saturday", "2017-08-19T09:00/2017-08-19T17:00")],
        ),
        (
            "Der DWD gab eine Warnung für die Zeit von 2 Uhr bis 14 Uhr am Montag heraus.",
            "de",
            date(2019, 9, 29),
            [("von 2 Uhr bis 14 Uhr am Montag", "2019-09-30T02:00/2019-09-30T14:00")],
        ),
        (  # without "von"; the spans after it continue its day
            "Der Höhepunkt wird für etwa 2 bis 10 Uhr am frühen Montagmorgen erwartet. In Kiel soll der Wind "
            "zwischen 6 und 10 Uhr am stärksten sein.",
            "de",
            date(2019, 9, 29),
            [
                ("2 bis 10 Uhr am frühen Montagmorgen", "2019-09-30T02:00/2019-09-30T10:00"),
                ("zwischen 6 und 10 Uhr", "2019-09-30T06:00/2019-09-30T10:00"),
            ],
        ),
        (  # one rule's "2 bis 10 Uhr" is no span of days, nor an amount of two to ten
            "Es kamen 2 bis 10 Besucher.",
            "de",
            date(2019, 9, 29),
            [],
        ),
    ],
)
def test_spans_of_times_and_their_days(
    text: str, language: str, dct: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text, language, dct) == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        (  # the converted times in brackets, zones named in words, are that moment again
            "First ball is 2pm (9am Eastern Caribbean Time/8am Jamaica Time).",
            "en",
            date(2017, 8, 17),
            [("2pm", "2017-08-17T14:00")],
        ),
        (  # a bracket that says more is no conversion
            "The shop opens at 9am (and closes at 5pm).",
            "en",
            date(2017, 8, 17),
            [("at 9am", "2017-08-17T09:00"), ("at 5pm", "2017-08-17T17:00")],
        ),
        (  # "Hrs" in capitals, and a preposition before a time before its day
            "The fire was contained at 1100Hrs local time on Tuesday.",
            "en",
            date(2020, 10, 14),
            [("at 1100Hrs local time on Tuesday", "2020-10-13T11:00")],
        ),
        (
            "The calf was delivered shortly after 5pm Friday at the exhibit.",
            "en",
            date(2011, 3, 5),
            [("5pm Friday", "2011-03-04T17:00")],
        ),
        (
            "The fire started shortly after 5pm on Friday.",
            "en",
            date(2011, 3, 5),
            [("5pm on Friday", "2011-03-04T17:00")],
        ),
        (  # a news service's item line: its day and time
            "Die Bahn stellte Züge bereit./kil/DP/he\nAXC0241 2017-10-05/20:00",
            "de",
            date(2017, 10, 5),
            [("2017-10-05/20:00", "2017-10-05T20:00")],
        ),
    ],
)
def test_conversions_clock_words_and_item_lines(
    text: str, language: str, dct: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text, language, dct) == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        (  # a year the sentence is about: the days of its list lie in it, whatever "said" after them
            "The meeting dates for 2024 are Feb. 5-6, March 18-19, and Dec. 9-10, the Reserve Bank of Australia said "
            "in a statement on its website.",
            "en",
            date(2023, 7, 25),
            [
                ("2024", "2024"),
                ("Feb. 5-6", "2024-02-05/2024-02-06"),
                ("March 18-19", "2024-03-18/2024-03-19"),
                ("Dec. 9-10", "2024-12-09/2024-12-10"),
            ],
        ),
        (
            "Die Sitzungstermine für 2024 sind der 5. Februar und der 18. März.",
            "de",
            date(2023, 7, 25),
            [("2024", "2024"), ("5. Februar", "2024-02-05"), ("18. März", "2024-03-18")],
        ),
        (  # a past clause keeps its own year
            "The budget for 2024 was approved on March 3.",
            "en",
            date(2023, 7, 25),
            [("2024", "2024"), ("March 3", "2023-03-03")],
        ),
    ],
)
def test_a_year_a_sentence_is_about(
    text: str, language: str, dct: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text, language, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Er war im März des vergangenen Jahres weg.", date(2006, 1, 11), "im März des vergangenen Jahres"),
        ("Er war im März des Vorjahres entlassen worden.", date(2006, 1, 11), "im März des Vorjahres"),
    ],
)
def test_a_month_of_the_year_before_in_the_genitive(text: str, dct: date, expected: str) -> None:
    assert _found(text, "de", dct) == [(expected, "2005-03")]


def test_swiss_month_and_year_ends_without_article_and_an_infinitive_before_werden() -> None:
    text = "Dass sie per Ende Jahr ihren Job verlieren werden, haben anfangs Monat auch 100 Mitarbeitende erfahren."
    assert _found(text, "de", date(2017, 9, 19)) == [("Ende Jahr", "2017-12"), ("anfangs Monat", "2017-09")]
    assert _found("Die Zahlen kommen Ende Monat.", "de", date(2017, 9, 19)) == [("Ende Monat", "2017-09")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # the first day in brackets
            "“We are expecting a system to move in (Saturday) night into Sunday,” he said.",
            date(2017, 12, 22),
            [("(Saturday) night into Sunday", "2017-12-23/2017-12-24")],
        ),
        (  # what is in the forecast lies ahead
            "With more bad weather in the forecast for the weekend, Mercer said the company is reaching out.",
            date(2017, 12, 22),
            [("the weekend", "2017-12-23/2017-12-24")],
        ),
    ],
)
def test_a_night_into_the_next_day_and_a_forecast_ahead(
    text: str, dct: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text, "en", dct) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The King ruled England from 1483. He was born in 1452, and died in 1485.",
            "en",
            [("from 1483", "1483"), ("in 1452", "1452"), ("in 1485", "1485")],
        ),
        (
            "Die Burg stand bis 1410. Sie wurde im Jahr 1250, so die Chronik, gebaut.",
            "de",
            [("bis 1410", "1410"), ("im Jahr 1250", "1250")],
        ),
        ("The bank served 1200 customers in 1450 branches.", "en", []),  # amounts, no years
    ],
)
def test_years_before_1500_after_a_word_of_time(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, language, date(2013, 2, 4)) == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        (  # a weak past form right after a fronted day outweighs one weak word ahead ("bis")
            "Am Mittwoch verständigten sich Bund und Länder auf ein Verbot bis zum 31. August.",
            "de",
            date(2020, 4, 16),
            [("Am Mittwoch", "2020-04-15"), ("31. August", "2020-08-31")],
        ),
        (  # "would" after a past telling's "how" is that telling's future, not the day's
            "On Monday, ABC 6 News broke the story of how the company would be laying off 125 employees.",
            "en",
            date(2013, 3, 27),
            [("On Monday", "2013-03-25")],
        ),
        (
            "The minister said the bridge would open on Friday.",
            "en",
            date(2013, 3, 27),
            [("on Friday", "2013-03-29")],
        ),
    ],
)
def test_a_fronted_past_verb_and_the_future_of_a_past_telling(
    text: str, language: str, dct: date, expected: list[tuple[str, str | None]]
) -> None:
    assert _found(text, language, dct) == expected


def test_a_present_passive_is_no_past_and_a_coming_thing_s_day_lies_ahead() -> None:
    """ "is banned … from January 1" starts ahead; "der am Donnerstag erscheinenden Wochenzeitung" names the coming
    Thursday, even after "sagte"."""
    text = "Along with a fine, Trigg is banned from the AFL from January 1."
    assert _found(text, "en", date(2012, 11, 30)) == [("January 1", "2013-01-01")]
    text = "Das sei ein übler Deal gewesen, sagte Jahn der am Donnerstag erscheinenden Wochenzeitung Die Zeit."
    assert _found(text, "de", date(2013, 5, 15)) == [("am Donnerstag", "2013-05-16")]
    assert _found("Der vom Montag stammende Bericht lag vor.", "de", date(2013, 5, 15)) == [
        ("vom Montag", "2013-05-13")
    ]


def test_the_year_before_in_german() -> None:
    assert _found("Im Vorjahr waren es noch 300 Betriebe.", "de", date(2023, 8, 22)) == [("Im Vorjahr", "2022")]


def test_a_long_bracket_is_a_clause_of_its_own_and_a_season_in_a_name_no_date() -> None:
    text = (
        "Sie hätte früher aufmerksam machen sollen (die Entwicklung war für viele Fachleute bereits im Sommer "
        "absehbar), heißt es."
    )
    assert _found(text, "de", date(2021, 11, 9)) == [("im Sommer", "2021-06/2021-08")]
    assert _found("He can win three medals during the Summer Olympics.", "en", date(2012, 5, 7)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Donnerstag, 16.02.2017 15:04 von", [("Donnerstag, 16.02.2017 15:04", "2017-02-16T15:04")]),
        (
            "23.10.17, 13:31 23.10.17, 14:36",
            [("23.10.17, 13:31", "2017-10-23T13:31"), ("23.10.17, 14:36", "2017-10-23T14:36")],
        ),
    ],
)
def test_german_stamps_with_a_weekday_or_a_year_of_two_digits(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "de", date(2017, 10, 23)) == expected


def test_a_statement_planned_is_not_told_as_made() -> None:
    text = "Nähere Einzelheiten sollen am Sonntag um 12.30 Uhr bei einer Pressekonferenz mitgeteilt werden."
    assert _found(text, "de", date(2018, 12, 15)) == [("am Sonntag um 12.30 Uhr", "2018-12-16T12:30")]
    assert _found("Das wurde am Sonntag mitgeteilt.", "de", date(2018, 12, 15)) == [("am Sonntag", "2018-12-09")]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("09.13 3 Jun 2015\n\nThe High Court has issued its judgment.", "09.13 3 Jun 2015", "2015-06-03T09:13"),
        ("News Summary 17:08 December 05, 2022\n\nThe summary follows.", "17:08 December 05, 2022", "2022-12-05T17:08"),
        ("10:03 05.12.2022\n\nThe delegation will not travel.", "10:03 05.12.2022", "2022-12-05T10:03"),
    ],
)
def test_a_page_stamp_s_24_hour_time_before_its_full_date(text: str, surface: str, value: str) -> None:
    found = find(text, dct=date(2022, 12, 5), language="en")
    assert (found[0].surface, found[0].value) == (surface, value)


def test_of_two_readings_as_long_the_one_with_its_day_wins() -> None:
    text = "The ship ran aground around 3:20 a.m. Friday near mile marker 81."
    assert [(m.surface, m.value) for m in find(text, dct=date(2020, 3, 30), language="en")] == [
        ("3:20 a.m. Friday", "2020-03-27T03:20")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Morgen früh geht es ab 6 Uhr weiter.", [("Morgen früh", "2021-06-29"), ("ab 6 Uhr", "2021-06-29T06:00")]),
        ("Morgen Dienstag wird die Regierung entscheiden.", [("Morgen Dienstag", "2021-06-29")]),
        ("Der Morgen war kalt.", []),
        ("Morgen Frühstück gibt es im Saal.", []),  # a noun that opens with "früh", no morning
        ("Morgen Sonntagsruhe herrscht.", []),
    ],
)
def test_tomorrow_capitalised_opening_a_sentence_before_its_morning_or_weekday(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2021, 6, 28), language="de")] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (  # a span of numeric days, the first with its own month
            "Lucka: Im Zeitraum vom 22.03. – 23.03.2017 wurde eingebrochen.",
            date(2017, 3, 24),
            [("vom 22.03. – 23.03.2017", "2017-03-22/2017-03-23")],
        ),
        (
            "Die Straße ist vom 04.08. bis ca. 11.08.2025 gesperrt.",
            date(2025, 7, 29),
            [("vom 04.08. bis ca. 11.08.2025", "2025-08-04/2025-08-11")],
        ),
        (  # a weekday and its date in brackets, then the time: one moment
            "Zu einem Brandfall kam es am Donnerstag (23.03.2017), gegen 22:10 Uhr in der Kriebitzscher Straße.",
            date(2017, 3, 24),
            [("am Donnerstag (23.03.2017), gegen 22:10 Uhr", "2017-03-23T22:10")],
        ),
        (  # "h" for "Uhr" after a time with its minutes
            "Am 28.09.24 gegen 23:00 h bemerkten Anwohner einen Brand.",
            date(2024, 9, 30),
            [("28.09.24 gegen 23:00 h", "2024-09-28T23:00")],
        ),
        (  # two times with colons need no "Uhr"; after their day, they are that day's
            "Der Einsatz am Freitag, 29.07.2005 von 19:33 bis 19:54 verlief ruhig.",
            date(2005, 7, 30),
            [("Freitag, 29.07.2005 von 19:33 bis 19:54", "2005-07-29T19:33/2005-07-29T19:54")],
        ),
        (
            "In der Zeit vom 25.03. zum 26.03.2020 wurde eingebrochen.",
            date(2020, 3, 27),
            [("vom 25.03. zum 26.03.2020", "2020-03-25/2020-03-26")],
        ),
        (  # a day without its dot, with its year; a time written with "H"
            "22 März 2021 - 14H38\n\nDer Staatsrat hat den Notstand verlängert.",
            date(2021, 3, 22),
            [("22 März 2021 - 14H38", "2021-03-22T14:38")],
        ),
        ("Freitag, 17 Februar 2017 00:37", date(2017, 2, 17), [("Freitag, 17 Februar 2017 00:37", "2017-02-17T00:37")]),
        ("Die Feier am 3 Mai war schön.", date(2017, 2, 17), []),  # no dot and no year: a count, maybe
        # not two days in numbers without colons: "20.10 bis 20.12" may be dates
        ("Die Ausstellung läuft von 20.10 bis 20.12 im Museum.", date(2005, 7, 30), []),
    ],
)
def test_german_spans_and_times_as_police_pages_write_them(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "de", dct) == expected


def test_a_passive_infinitive_after_a_past_modal_is_no_future() -> None:
    """ "konnte Freitagabend … organisiert werden": the Friday before, not the coming one."""
    text = "Mit dem Jugendamt konnte Freitagabend bereits eine Pflegefamilie organisiert werden."
    assert _found(text, "de", date(2019, 9, 29)) == [("Freitagabend", "2019-09-27")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The law took effect on 2013/11/03 and ends 2014/1/31.",
            [("2013/11/03", "2013-11-03"), ("2014/1/31", "2014-01-31")],
        ),
        ("Die Frist endet am 2019.4.1, sagte sie.", [("2019.4.1", "2019-04-01")]),
        ("See example.org/2013/11/03/story and release 2013.11.03.1.", []),
        ("The period 2013-11-01/2013-11-03 was long.", [("2013-11-01", "2013-11-01"), ("2013-11-03", "2013-11-03")]),
    ],
)
def test_year_first_dates_with_slashes_or_dots(text: str, want: list[tuple[str, str]]) -> None:
    """Year, month and day with slashes or dots, as East Asian and Scandinavian pages write them, are dates; a
    path's parts and a version number are not."""
    language = "de" if "Frist" in text else "en"
    assert [(s, v) for s, v in _found(text, language, date(2013, 11, 5))] == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Am Sonntag sagte der Minister: An diesem Dienstag wird das Gesetz beschlossen.", "de", "2025-03-18"),
        ("The council will vote this Tuesday, the mayor said.", "en", "2025-03-18"),
        ("Diesen Dienstag hat der Rat das Gesetz beschlossen.", "de", "2025-03-11"),
    ],
)
def test_this_weekday_past_already_is_the_coming_one_where_the_clause_looks_ahead(
    text: str, language: str, want: str
) -> None:
    """ "An diesem Dienstag wird …" said on a Sunday is the coming Tuesday, not the one of the week ending."""
    assert want in [v for _, v in _found(text, language, date(2025, 3, 16))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Morgen wird der Kreistag über den Haushalt beraten.", [("Morgen", "2025-03-17")]),
        (
            "Meldungen\n\n16.03.2025\nMorgen wird der Kreistag beraten.",
            [("16.03.2025", "2025-03-16"), ("Morgen", "2025-03-17")],
        ),
        ("Er kam am frühen\n\nMorgen des 28. März.", [("28. März", "2025-03-28")]),
        ("Der Morgen war kalt. Guten Morgen sagte er.", []),
    ],
)
def test_morgen_opening_its_sentence_before_the_verb_is_tomorrow(text: str, want: list[tuple[str, str]]) -> None:
    """Capitalised at a sentence's start and before a lower-case verb, "Morgen" is tomorrow; the noun takes an
    article or a genitive after it."""
    assert _found(text, "de", date(2025, 3, 16)) == want


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time with a dot after a dotted date, as Nordic pages write it; an hour of one digit only after "at"
        (
            "Publication date 16.9.2020 16.43 | Published in English on 17.9.2020 at 9.20",
            [("16.9.2020 16.43", "2020-09-16T16:43"), ("17.9.2020 at 9.20", "2020-09-17T09:20")],
        ),
        ("On 28.04.2019 3.50 million people voted.", [("28.04.2019", "2019-04-28")]),
        ("On 28.04.2019 16.50 million people voted.", [("28.04.2019", "2019-04-28")]),
    ],
)
def test_a_dotted_time_after_a_dotted_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "en", date(2020, 9, 17)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span from a time on one day to a time on another, on the 24-hour clock with the day before its month
        (
            "Between 00.01 on Tuesday 11th October and 23.59 on Thursday 13th October",
            [
                (
                    "Between 00.01 on Tuesday 11th October and 23.59 on Thursday 13th October",
                    "2016-10-11T00:01/2016-10-13T23:59",
                )
            ],
        ),
        (
            "The strike runs from 00:01 on 3 November until 23:59 on 5 November 2016.",
            [("from 00:01 on 3 November until 23:59 on 5 November 2016", "2016-11-03T00:01/2016-11-05T23:59")],
        ),
        # midnight on a day is that day's first minute, as noon is its twelfth hour
        ("The ban begins at midnight on Friday, June 1.", [("at midnight on Friday, June 1", "2017-06-01T00:00")]),
        # a stamp's time, a dash and its day are one moment
        ("This is Plymouth: 11:50 - 19 June 2006", [("11:50 - 19 June 2006", "2006-06-19T11:50")]),
    ],
)
def test_spans_of_times_on_two_days_midnight_and_a_time_dashed_before_its_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "en", date(2016, 9, 25)) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a weekday's "s" makes it every such day, and the times after it on its line are no day's
        (
            "Sonntags bis mittwochs: 10 bis 22 Uhr.\n24. Dezember: 10 bis 14 Uhr.",
            "de",
            [("24. Dezember", "2022-12-24"), ("10 bis 14 Uhr", "2022-12-24T10:00/2022-12-24T14:00")],
        ),
        ("Die Züge fahren montags bis freitags ab ca. 12:45 Uhr im 5-Minuten-Takt.", "de", []),
        ("Am Sonntagabend hat der Markt geöffnet.", "de", [("Am Sonntagabend", "2022-11-20")]),
        ("The office is open weekdays from 9am to 5pm.", "en", []),
        # a day of its own stays: "am Montag um 9 Uhr"
        ("Am Montag um 9 Uhr sagte er, die Züge fahren täglich.", "de", [("Am Montag um 9 Uhr", "2022-11-21T09:00")]),
        # a blog's German months in the American order, the comma before the year
        ("Januar 10, 2023 1:08 pm", "de", [("Januar 10, 2023 1:08 pm", "2023-01-10T13:08")]),
        ("Veröffentlicht am Dez. 5, 2021 von admin", "de", [("Dez. 5, 2021", "2021-12-05")]),
    ],
)
def test_habitual_days_and_times_and_american_order_in_german(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, language, date(2022, 11, 21)) == expected


def test_a_byline_and_its_day_on_a_line_date_the_page() -> None:
    found = extract(
        "By admin at 11:32 pm on Friday, June 29, 2012\n\nThe council met.", dct=date(2012, 6, 30), language="en"
    )
    assert [(i["value"], i["kind"]) for i in found] == [("2012-06-29T23:32", "report")]
    found = extract("Standby power was lost on June 29, 2012", dct=date(2012, 6, 30), language="en")
    assert [(i["value"], i["kind"]) for i in found] == [("2012-06-29", "event")]


def test_a_span_from_a_day_past_up_to_one_to_come() -> None:
    text = "Seit Dienstag und noch bis Donnerstag streiken die Beschäftigten der Müllabfuhr."
    assert _found(text, "de", date(2023, 3, 15)) == [("Seit Dienstag und noch bis Donnerstag", "2023-03-14/2023-03-16")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ein Löschhubschrauber mit einem 2000-Liter-Wassertank half.", "de", []),
        ("The club plays in a 1500-seat arena.", "en", []),
        ("Die 2019-Saison war gut.", "de", [("2019", "2019")]),
        ("The 2012-era rules still apply.", "en", [("2012", "2012")]),
    ],
)
def test_a_number_joined_to_a_measure_is_no_year(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, language, date(2019, 6, 25)) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a day opening its line before a bar and a byline dates the page
        (
            "October 01, 2003|By Gary Washburn, Tribune staff reporter.\n\nThe mayor said Tuesday that it was over.",
            date(2003, 10, 1),
            [("2003-10-01", "report"), ("2003-09-30", "report")],
        ),
        # a page's label alone before its day on a line: its update, whatever the day
        (
            "Posted at 4:25 PM, Aug 27, 2019\nand last updated 2019-08-28 00:06:57-04\n\nThe deputy was killed.",
            date(2019, 8, 27),
            [("2019-08-27T16:25", "report"), ("2019-08-28T00:06", "report")],
        ),
    ],
)
def test_a_byline_after_a_bar_and_a_label_alone_date_the_page(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(i["value"], i["kind"]) for i in extract(text, dct=dct, language="en")] == expected


def test_a_time_its_zone_in_words_and_its_day_and_an_update_opening_its_line() -> None:
    text = (
        "12 SEPTEMBER 2017 9:30 AM\n\nHotel companies said they were safe.\n\n"
        "Updated 4:00 p.m. Eastern Daylight Time, 13 September 2017 with statements from Marriott International."
    )
    found = [(i["value"], i["kind"]) for i in extract(text, dct=date(2017, 9, 12), language="en")]
    assert found == [("2017-09-12T09:30", "report"), ("2017-09-13T16:00", "report")]
    # a past form after a date that opens its sentence outweighs a plan named later in it
    text = "In May it secured approval to close 22 stores, with a further 30 slated for closure thereafter."
    assert [i["value"] for i in extract(text, dct=date(2019, 12, 27), language="en")] == ["2019-05"]


@pytest.mark.parametrize(
    "text",
    [
        "The federation forecast sales for November and December combined will fall 1%.",
        "Flu shots are offered throughout November and December.",
        "Sales will rise in November and December.",
    ],
)
def test_two_months_in_a_row_after_a_preposition_are_one_span(text: str) -> None:
    assert [m[1] for m in _found(text, "en", date(2009, 10, 6))] == ["2009-11/2009-12"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a day in numbers and two of its times is one span, also after a label ("Datum:") that is no page's stamp
        ("Die Demo ist am Freitag, 22.06.2018, 18:30 - 19:00 Uhr.", [("2018-06-22T18:30/2018-06-22T19:00", "event")]),
        ("Datum: Freitag, 22.06.2018, 18:30 - 19:00 Uhr", [("2018-06-22T18:30/2018-06-22T19:00", "event")]),
        ("Die Demo ist am Freitag, 18:30–19:00 Uhr.", [("2018-06-22T18:30/2018-06-22T19:00", "event")]),
    ],
)
def test_a_day_and_two_of_its_times_with_a_dash(text: str, want: list[tuple[str, str]]) -> None:
    found = extract(text, dct=date(2018, 6, 20), language="de")
    assert [(i["value"], i["kind"]) for i in found] == want
