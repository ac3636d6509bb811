"""The year of a day or month the text leaves open, near the turn of the year: a clause's own tense
decides the side of the document date (past: on or before it; future: on or after it), and a statement
told as made ("said on December 3") is never after it. Only the words may say otherwise ("next
January", a year, "already from 1 January", "was postponed to Aug. 11")."""

from __future__ import annotations

from datetime import date, timedelta

import arrow.locales
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.extract import extract, find
from chronik.extract._resolve import DCT_SLACK

EN_MONTHS = list(arrow.locales.get_locale("en").month_names[1:])
DE_MONTHS = list(arrow.locales.get_locale("de").month_names[1:])
#: The wire forms ("Dec. 3", "Sept. 25"): a dot that must not end the sentence.
EN_ABBREVIATED = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DE_ABBREVIATED = ["Jan.", "Febr.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]

#: Document dates all over the calendar, and many near the turn of the year.
DCTS = st.one_of(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.builds(
        date,
        st.integers(1950, 2090),
        st.sampled_from([11, 12, 1]),
        st.integers(1, 28),
    ),
)

PAST_DAY = {
    "en": ["He visited China on {m} {d}.", "The summit was held on {m} {d} in Beijing.", "She arrived on {m} {d}."],
    "de": [
        "Er reiste am {d}. {m} nach China.",
        "Der Gipfel fand am {d}. {m} in Peking statt.",
        "Er hat am {d}. {m} gesprochen.",
        "Er besuchte China am {d}. {m}.",
    ],
}
FUTURE_DAY = {
    "en": ["He will visit China on {m} {d}.", "The summit will be held on {m} {d} in Beijing."],
    "de": ["Er wird am {d}. {m} nach China reisen.", "Der Gipfel soll am {d}. {m} in Peking stattfinden."],
}
PAST_MONTH = {
    "en": ["He visited China in {m}.", "He assumed the presidency in {m}."],
    "de": ["Er besuchte im {m} China.", "Er hat im {m} das Amt übernommen."],
}
FUTURE_MONTH = {
    "en": ["He will visit China in {m}.", "The new law will take effect in {m}."],
    "de": ["Er wird im {m} nach China reisen.", "Das Gesetz soll im {m} in Kraft treten."],
}
REPORT_DAY = {
    "en": [
        "The ministry said on {m} {d} that the talks had failed.",
        "The ministry said on {m} {d} it will not take part.",
        "On {m} {d}, the ministry said the talks would resume.",
    ],
    "de": [
        "Das Ministerium teilte am {d}. {m} mit, dass die Gespräche gescheitert seien.",
        "Der Minister sagte am {d}. {m}, er werde nicht teilnehmen.",
    ],
}


def _months(language: str, abbreviated: bool) -> list[str]:
    if language == "en":
        return EN_ABBREVIATED if abbreviated else EN_MONTHS
    return DE_ABBREVIATED if abbreviated else DE_MONTHS


def _one(text: str, dct: date, language: str) -> tuple[str, str]:
    mentions = [m for m in find(text, dct=dct, language=language) if m.value and len(m.value) in (7, 10)]
    assert len(mentions) == 1, (text, mentions)
    value = mentions[0].value
    assert value is not None
    return value, mentions[0].kind


def _side(value: str, dct: date) -> int:
    """-1 before the dct, 0 on it (its day or month), 1 after it."""
    here = dct.isoformat()[: len(value)]
    return (value > here) - (value < here)


def _days(value: str, dct: date) -> int:
    """How many days a day lies after the dct (before it: negative)."""
    return (date.fromisoformat(value) - dct).days


@settings(max_examples=400)
@given(DCTS, st.integers(1, 12), st.integers(1, 28), st.sampled_from(["de", "en"]), st.integers(0, 3), st.booleans())
def test_a_past_day_is_never_after_the_dct(
    dct: date, month: int, day: int, language: str, form: int, abbreviated: bool
) -> None:
    template = PAST_DAY[language][form % len(PAST_DAY[language])]
    text = template.format(m=_months(language, abbreviated)[month - 1], d=day)
    value, _ = _one(text, dct, language)
    assert value[5:] == f"{month:02d}-{day:02d}"
    # on or before the dct, or up to DCT_SLACK days after it rather than a year back (a page dated late)
    assert _days(value, dct) <= DCT_SLACK
    assert _days(value, dct) > -366
    assert dct.year - 1 <= int(value[:4]) <= dct.year + 1


@settings(max_examples=400)
@given(DCTS, st.integers(1, 12), st.integers(1, 28), st.sampled_from(["de", "en"]), st.integers(0, 1), st.booleans())
def test_a_future_day_is_never_before_the_dct(
    dct: date, month: int, day: int, language: str, form: int, abbreviated: bool
) -> None:
    text = FUTURE_DAY[language][form].format(m=_months(language, abbreviated)[month - 1], d=day)
    value, _ = _one(text, dct, language)
    assert value[5:] == f"{month:02d}-{day:02d}"
    # on or after the dct, or up to DCT_SLACK days before it rather than a year ahead (a page dated late)
    assert _days(value, dct) >= -DCT_SLACK
    assert _days(value, dct) < 366
    assert dct.year - 1 <= int(value[:4]) <= dct.year + 1


@settings(max_examples=300)
@given(DCTS, st.integers(1, 12), st.sampled_from(["de", "en"]), st.integers(0, 1), st.booleans())
def test_a_month_keeps_to_the_side_of_its_tense(dct: date, month: int, language: str, form: int, past: bool) -> None:
    templates = PAST_MONTH if past else FUTURE_MONTH
    text = templates[language][form].format(m=_months(language, False)[month - 1])
    value, _ = _one(text, dct, language)
    assert len(value) == 7  # a month stays a month
    assert int(value[5:]) == month
    assert _side(value, dct) * (1 if past else -1) <= 0


@settings(max_examples=400)
@given(DCTS, st.integers(1, 12), st.integers(1, 28), st.sampled_from(["de", "en"]), st.integers(0, 2), st.booleans())
def test_a_statement_told_as_made_is_never_after_the_dct(
    dct: date, month: int, day: int, language: str, form: int, abbreviated: bool
) -> None:
    template = REPORT_DAY[language][form % len(REPORT_DAY[language])]
    text = template.format(m=_months(language, abbreviated)[month - 1], d=day)
    value, kind = _one(text, dct, language)
    assert value[5:] == f"{month:02d}-{day:02d}"
    assert _days(value, dct) <= DCT_SLACK
    assert kind == "report"


@pytest.mark.parametrize(
    ("language", "text", "dct", "value"),
    [
        ("en", "He visited China in December.", date(2024, 11, 15), "2023-12"),
        ("en", "He assumed the presidency in January.", date(2024, 11, 15), "2024-01"),
        ("en", "The ministry said on December 3 that the talks had failed.", date(2024, 11, 15), "2023-12-03"),
        ("en", "The ministry said on Dec. 3 that the talks had failed.", date(2024, 11, 15), "2023-12-03"),
        ("en", "He will visit China in January.", date(2024, 12, 20), "2025-01"),
        ("en", "He will visit China on Nov. 3.", date(2024, 12, 20), "2025-11-03"),
        ("de", "Er reiste im Dezember nach China.", date(2024, 11, 15), "2023-12"),
        (
            "de",
            "Das Ministerium teilte am 3. Dezember mit, dass die Gespräche gescheitert seien.",
            date(2024, 11, 15),
            "2023-12-03",
        ),
        ("de", "Er wird im Januar nach China reisen.", date(2024, 12, 20), "2025-01"),
        # the words say otherwise
        ("en", "He visited China next January.", date(2024, 11, 15), "2025-01"),
        ("en", "He visited China in December 2024.", date(2024, 11, 15), "2024-12"),
        ("de", "Der Betrag soll schon ab 1. Jänner gelten.", date(2016, 1, 24), "2016-01-01"),
        ("en", "The verdict was postponed to Aug. 11, an official said.", date(2023, 3, 15), "2023-08-11"),
        ("en", "The court has adjourned the trial of the men to June 15.", date(2017, 5, 18), "2017-06-15"),
        # what happens "ahead of" a day lies before it: the day may be after the text's, whatever the tense
        (
            "en",
            "The ministry was angry at advice given ahead of the 12 November events.",
            date(2019, 11, 6),
            "2019-11-12",
        ),
        # what someone expects is to come; one day's part into the next is a span of the two
        (
            "en",
            "The center expects the system to enter Bahamian waters late Monday into Tuesday, an officer said.",
            date(2016, 9, 30),
            "2016-10-03/2016-10-04",
        ),
        # a wish in the present is no future: ten days back, not a year ahead
        ("en", "We would like to clarify our Sept. 25 interaction with a man.", date(2017, 10, 5), "2017-09-25"),
        ("en", "We will clarify our Sept. 25 interaction with a man.", date(2017, 10, 5), "2018-09-25"),
        # a clause without tense of its own: the nearest date, leaning to the sentence's tense
        ("en", "The agreement, signed on January 5, 2023, takes effect on April 1.", date(2023, 3, 15), "2023-04-01"),
    ],
)
def test_year_choice_examples(language: str, text: str, dct: date, value: str) -> None:
    values = [m.value for m in find(text, dct=dct, language=language)]
    assert value in values


def test_a_past_29_february_finds_its_leap_year() -> None:
    [m] = find("The treaty was signed on February 29.", dct=date(2025, 3, 1), language="en")
    assert m.value == "2024-02-29"
    [m] = find("The treaty will be signed on February 29.", dct=date(2025, 3, 1), language="en")
    assert m.value == "2028-02-29"


SINCE = {
    "de": ["Er reist seit {wd} durch die USA.", "Seit {wd}abend ist sie in Los Angeles.", "Seit {wd} wird verhandelt."],
    "en": ["He has been in Tokyo since {wd}.", "Since {wd} night the talks have stalled.", "It has rained since {wd}."],
}
WEEKDAYS = {
    "de": list(arrow.locales.get_locale("de").day_names[1:]),
    "en": list(arrow.locales.get_locale("en").day_names[1:]),
}


@settings(max_examples=60, deadline=None)
@given(
    dct=DCTS,
    weekday=st.integers(0, 6),
    language=st.sampled_from(["de", "en"]),
    form=st.integers(0, 2),
)
def test_since_a_weekday_is_the_last_such_day_up_to_the_dct(dct: date, weekday: int, language: str, form: int) -> None:
    """ "seit Sonntag", "since Monday": what began then still goes on - the day is never ahead, and it is
    the latest such day (a week back at most)."""
    text = SINCE[language][form].format(wd=WEEKDAYS[language][weekday])
    value, _ = _one(text, dct, language)
    day = date.fromisoformat(value[:10])
    assert day.weekday() == weekday
    assert 0 <= (dct - day).days <= 6


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Korrespondentin berichtet in dieser Woche aus den USA. Er ist am Tag darauf verabredet.", "de"),
        ("Vom 10. bis 15. November reiste sie durch die USA. Am Tag darauf war sie zurück.", "de"),
        ("The festival ran this week. The day after, the tents came down.", "en"),
    ],
)
def test_the_day_after_counts_from_a_day_not_from_a_week_or_span(text: str, language: str) -> None:
    """ "am Tag darauf" names the day after a day; after a week or a span it has no day to count from."""
    mentions = find(text, dct=date(2024, 11, 14), language=language)
    assert mentions[0].value is not None  # the week or span itself is read
    assert [m.value for m in mentions if "darauf" in m.surface or "after" in m.surface] in ([None], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb right after a fronted date: a weak past form makes the day past
        ("Am Sonntag brannte es in der Altstadt.", "2021-10-03"),
        ("Am Montag explodierten zwei Autos.", "2021-10-04"),
        # not a present form ending in -ten, an ordinal or a superlative
        ("Für Dienstag erwarten die Meteorologen Regen.", "2021-10-05"),
        ("Am Sonntag erste Ergebnisse.", "2021-10-10"),
    ],
)
def test_a_german_weak_past_after_a_fronted_date(text: str, expected: str) -> None:
    [mention] = find(text, dct=date(2021, 10, 7), language="de")
    assert mention.value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weak past anywhere in the clause makes a weekday past, in the singular and the plural (Monday's text)
        ("Die Polizei kontrollierte am Mittwoch einen Mann.", "2020-03-04"),
        ("Ermittler der Polizei verhafteten am Mittwoch einen 44 Jahre alten Mann.", "2020-03-04"),
        ("Die Beamten stoppten den Wagen am Mittwoch.", "2020-03-04"),
        ("Der Verein informierte am Mittwoch die Mitglieder.", "2020-03-04"),
        # not a present or an infinitive of a verb whose stem ends in "t", an adjective or a wish: the nearest
        ("Die Sportler arbeiten am Mittwoch im Stadion.", "2020-03-11"),
        ("Die Sportler warten am Mittwoch auf das Urteil.", "2020-03-11"),
        ("Der verletzte Mann kommt am Mittwoch ins Stadion.", "2020-03-11"),
        ("In konkreten Fällen hilft am Mittwoch die Beratung.", "2020-03-11"),
        ("Die Regierung könnte am Mittwoch entscheiden.", "2020-03-11"),
    ],
)
def test_a_german_weak_past_anywhere_in_its_clause(text: str, expected: str) -> None:
    [mention] = find(text, dct=date(2020, 3, 9), language="de")
    assert mention.value == expected


@pytest.mark.parametrize("negated", ["won’t", "won't", "wouldn't"])
def test_a_negated_future_is_future_not_the_past_of_win(negated: str) -> None:
    (january,) = find(f"The museum {negated} open in January as planned.", dct=date(2022, 12, 19), language="en")
    assert january.value == "2023-01"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a cause's "due to" plans nothing: the past verb decides
        ("Global deaths due to coronavirus on Monday rose above 3,000.", "en", ["2020-03-02"]),
        ("The match was cancelled due to the weather on Monday.", "en", ["2020-03-02"]),
        # a plan's "due to" still does
        ("The president is due to arrive on Monday.", "en", ["2020-03-09"]),
        ("The envoy, due to speak on Monday, stayed silent about it.", "en", ["2020-03-09"]),
        # the date's own "bis" is no future where a past verb marks the clause
        ("Bis Montag um 18 Uhr wurden 64 Personen positiv getestet.", "de", ["2020-03-02T18:00"]),
        ("Bis Sonntag lagen 62 Fälle vor.", "de", ["2020-03-01"]),
        ("Die Straße ist bis Freitag gesperrt.", "de", ["2020-03-06"]),
        # a span's inner "bis" is the span's, not the clause's opening word: the warning's span lies ahead
        (
            "Am Dienstag gab der DWD eine Warnung für die Zeit von 2 Uhr bis 14 Uhr am Freitag heraus.",
            "de",
            ["2020-03-03", "2020-03-06T02:00/2020-03-06T14:00"],
        ),
        # a fronted phrase names what came first: its day is past, whatever the clause tells after it
        (
            "Nach einem Brand in der U-Bahn-Station am Karlsplatz am Montag kann die U1 bis Freitag nicht fahren.",
            "de",
            ["2020-03-02", "2020-03-06"],
        ),
        ("Nach dem Treffen wird der Rat am Montag entscheiden.", "de", ["2020-03-09"]),  # a verb between
        # an auxiliary ends the fronted phrase: the date is the clause's, a closure ahead
        (
            "Nach der Brücken-Katastrophe in Genua werden am Wochenende Autobahnen gesperrt.",
            "de",
            ["2020-03-07/2020-03-08"],
        ),
        ("Nach dem Unglück sollen am Montag die Arbeiten beginnen.", "de", ["2020-03-09"]),
    ],
)
def test_a_cause_a_date_s_own_word_and_what_came_first(text: str, language: str, expected: list[str]) -> None:
    assert [m.value for m in find(text, dct=date(2020, 3, 4), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # a day just ahead that a past clause tells of is a plan, not last year's day
        (
            "A military court adjourned the trial on Wednesday to March 22.",
            "en",
            date(2022, 3, 3),
            ["2022-03-02", "2022-03-22"],
        ),
        (
            "The government had decided on Feb. 18 to extend the measures until March 6.",
            "en",
            date(2022, 3, 3),
            ["2022-02-18", "2022-03-06"],
        ),
        (
            "Die Kommission hat gestern per Beschluss eine Frist bis zum 17. Mai gesetzt.",
            "de",
            date(2021, 4, 3),
            ["2021-04-02", "2021-05-17"],
        ),
        # a statement told as made on that day still lies before the text's day
        ('"News" hatte am 25. Oktober über diese Causa berichtet.', "de", date(2013, 7, 19), ["2012-10-25"]),
        # a past event's day after the text's is last year's, near or far
        ("The shop closed its doors on September 1.", "en", date(2022, 3, 3), ["2021-09-01"]),
        ("He visited China on March 27.", "en", date(2020, 3, 24), ["2019-03-27"]),
        # a day or two after the text's is the text's own year: the page is dated a little late
        ("He visited China on March 25.", "en", date(2020, 3, 24), ["2020-03-25"]),
        ("21 of them will be released on July 16th.", "en", date(2015, 7, 17), ["2015-07-16"]),
        # "on pace to" plans what follows
        ("The Senate is on pace to hold a key procedural vote Wednesday.", "en", date(2017, 6, 25), ["2017-06-28"]),
    ],
)
def test_a_day_just_ahead_in_a_past_clause_and_a_plan_s_pace(
    text: str, language: str, dct: date, expected: list[str]
) -> None:
    assert [m.value for m in find(text, dct=dct, language=language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In June of 2015, the county opened a shelter.", ["2015-06"]),
        ("By March of last year, the plan was dead.", ["2016-03"]),
        ("The events of June 2016 were forgotten.", ["2016-06"]),
    ],
)
def test_a_month_of_a_year(text: str, expected: list[str]) -> None:
    assert [m.value for m in find(text, dct=date(2017, 9, 6), language="en")] == expected


def test_a_date_after_an_indefinite_article_is_a_thing_s_attribute() -> None:
    text = "SpaceX has a March 20 launch date tentatively reserved with the Eastern Range."
    assert [m.value for m in find(text, dct=date(2012, 1, 20), language="en")] == ["2012-03-20"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the derby's Friday, after the telling on a Wednesday: no day of the statement, the coming Friday
        ('"Ein Tor wäre schön", sagte der Angreifer vor dem Nordderby am Freitagabend.', [("2017-02-24", "event")]),
        ('"Wir sind bereit", sagte der Trainer vor dem Spiel gegen Bayern am Samstag.', [("2017-02-25", "event")]),
        # a place after "vor" is no happening: the day is the statement's
        ('"Wir sind bereit", sagte der Angeklagte vor dem Landgericht am Montag.', [("2017-02-20", "report")]),
        ("Das sagte der Trainer nach dem Spiel am Samstag.", [("2017-02-18", "report")]),
    ],
)
def test_a_day_of_a_happening_the_telling_came_before_lies_ahead_and_dates_no_statement(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.value, m.kind) for m in find(text, dct=date(2017, 2, 22), language="de")] == expected


def test_what_should_have_been_lies_behind() -> None:
    text = "Die Passagiere hätten bereits am späten Samstagabend zurück nach Köln fliegen sollen."
    assert [m.value for m in find(text, dct=date(2017, 9, 12), language="de")] == ["2017-09-09"]
    text = "Die Passagiere sollen am Samstag zurückfliegen."
    assert [m.value for m in find(text, dct=date(2017, 9, 12), language="de")] == ["2017-09-16"]


def test_a_day_stamping_a_list_item_takes_the_nearest_year_whatever_the_item_says() -> None:
    text = (
        "Estonia Preparing To Chair Baltic Council of Ministers\n"
        "Nov 22 - Estonia will assume chairmanship of the Baltic Council of Ministers next year.\n"
        "Tallinn To Be Venue of Festivities\n"
        "Nov 23 - One of the four official festivities will take place in Tallinn on Dec. 21."
    )
    values = [i["value"] for i in extract(text, dct=date(2007, 12, 4), language="en")]
    assert values == ["2007-11-22", "2008", "2007-11-23", "2007-12-21"]
    # the same day inside a sentence keeps the tense's side
    assert [
        i["value"]
        for i in extract("The army will attack on Nov 22 - Estonia said.", dct=date(2007, 12, 4), language="en")
    ] == ["2008-11-22"]


def test_an_update_stamp_after_the_page_day_anchors_no_later_times_and_this_weekend_in_the_past() -> None:
    text = (
        "on June 26, 2013 at 8:53 PM, updated June 27, 2013 at 6:28 AM\n\n"
        "The earliest the meeting is expected to start is 10 p.m. A deal was announced by the mayor Sunday."
    )
    values = [i["value"] for i in extract(text, dct=date(2013, 6, 26), language="en")]
    # the times and the Sunday count from the page's day, not from its later update
    assert values == ["2013-06-26T20:53", "2013-06-27T06:28", "2013-06-26T22:00", "2013-06-23"]
    past = extract(
        "More than 100 people were arrested this weekend, police said.", dct=date(2021, 3, 15), language="en"
    )
    ahead = extract("The city will hold a festival this weekend.", dct=date(2021, 3, 15), language="en")
    assert past[0]["value"] == "2021-03-13/2021-03-14"
    assert [i["value"] for i in ahead] == ["2021-03-20/2021-03-21"]


@settings(max_examples=300)
@given(DCTS, st.integers(1, 40), st.integers(1, 40), st.sampled_from(["de", "en"]), st.booleans())
def test_a_range_without_its_year_running_over_the_dct_is_this_one_whatever_the_tense(
    dct: date, before: int, after: int, language: str, future: bool
) -> None:
    start, end = dct - timedelta(before), dct + timedelta(after)
    if language == "en":
        verb = "will be held" if future else "were held"
        text = (
            f"Events {verb} from {EN_MONTHS[start.month - 1]} {start.day} through {EN_MONTHS[end.month - 1]} {end.day}."
        )
    else:
        verb = "werden" if future else "wurden"
        text = (
            f"Die Veranstaltungen {verb} vom {start.day}. {DE_MONTHS[start.month - 1]} bis zum {end.day}. "
            f"{DE_MONTHS[end.month - 1]} abgehalten."
        )
    values = [i["value"] for i in extract(text, dct=dct, language=language)]
    assert values == [f"{start.isoformat()}/{end.isoformat()}"], text


def test_a_past_story_of_last_year_goes_on_in_its_year() -> None:
    text = (
        "On April 17, 2011, we compiled the roadmap towards restoration, and on July 19 we accomplished the first "
        "target. Then on December 16 we confirmed the second one."
    )
    values = [i["value"] for i in extract(text, dct=date(2012, 12, 27), language="en")]
    assert values == ["2011-04-17", "2011-07-19", "2011-12-16"]
    # a story of years before stays out of it, and so does a plan
    older = extract("The law passed on April 17, 2009. On July 19 the minister resigned.", dct=date(2012, 12, 27))
    assert [i["value"] for i in older] == ["2009-04-17", "2012-07-19"]
    ahead = extract("The law passed on April 17, 2011. It takes effect on July 19.", dct=date(2012, 3, 1))
    assert [i["value"] for i in ahead] == ["2011-04-17", "2012-07-19"]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("The plant will reopen in 18 months.", "en", ["2011-09"]),
        ("The plant will reopen in three weeks' time.", "en", ["2010-04-01"]),
        ("It is expected to be completed in 10 days.", "en", ["2010-03-21"]),
        ("The treaty will be reviewed in two years.", "en", ["2012"]),
        ("Das Werk soll in drei Wochen wieder öffnen.", "de", ["2010-04-01"]),
        ("Die Stadt wird in zwei Jahren neu wählen.", "de", ["2012"]),
        # not counted on where the clause tells no future, nor where the span belongs to a noun
        ("He scored 20 goals in five years.", "en", []),
        ("The first vote in two years of talks will come on Friday.", "en", ["2010-03-12"]),
        ("In zwei Jahren wurden 500 Fälle gezählt.", "de", []),
    ],
)
def test_a_span_counted_on_from_the_text_s_day_in_a_clause_of_the_future(
    text: str, language: str, want: list[str]
) -> None:
    assert [i["value"] for i in extract(text, dct=date(2010, 3, 11), language=language)] == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # two years in a row, two days in a row in numbers, two months after "across": one span each
        ("The strike ran in 2011 and 2012.", "en", ["2011/2012"]),
        ("In den Jahren 1998 und 1999 stiegen die Preise.", "de", ["1998/1999"]),
        ("Die Gruppe tagte am 17. und 18.03.2020.", "de", ["2020-03-17/2020-03-18"]),
        ("The country will host the cup across January and February 2024.", "en", ["2024-01/2024-02"]),
        # further apart, each is its own
        ("Elections were held in 2008 and 2012.", "en", ["2008", "2012"]),
        ("Die Gruppe tagte am 14. und 21.03.2020.", "de", ["2020-03-21"]),
    ],
)
def test_pairs_in_a_row_joined_by_and_are_one_span(text: str, language: str, want: list[str]) -> None:
    assert [i["value"] for i in extract(text, dct=date(2023, 11, 10), language=language)] == want


def test_a_past_form_right_after_the_day_is_the_day_s_verb() -> None:
    text = (
        "The two teams that will share those quarters on Tuesday signed and delivered final agreements on how the "
        "complex will be leased and operated."
    )
    assert [i["value"] for i in extract(text, dct=date(1996, 6, 19), language="en")] == ["1996-06-18"]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        # the year before the one the text named last, or before its own
        (
            "Die Sparkasse legte die Zahlen für das Geschäftsjahr 2020 vor. Der Gewinn stieg gegenüber dem Vorjahr.",
            "de",
            ["2020", "2019"],
        ),
        ("Der Gewinn stieg gegenüber dem Vorjahr um 5 Prozent.", "de", ["2020"]),
        ("In 2020, sales rose 5 percent from the previous year.", "en", ["2020", "2019"]),
        # a year named long before is no year the comparison counts from
        ("Seit 2011 wächst die Bank. Der Gewinn stieg im Vorjahr.", "de", ["2011", "2020"]),
        ("The plant opened in 2005. Sales rose from the year before.", "en", ["2005", "2020"]),
    ],
)
def test_the_prior_year_is_the_year_before_the_one_named_last(text: str, language: str, want: list[str]) -> None:
    assert [i["value"] for i in extract(text, dct=date(2021, 3, 22), language=language)] == want
