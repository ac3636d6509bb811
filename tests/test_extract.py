"""The extractor (``chronik.extract``): expressions, resolution, attribution, the seed, the development set.

The development set is read in place from ``../shared/eval`` (never copied); its scorer is imported from
there too, so the numbers here are the numbers of ``benchmarks/extract_eval.py``.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import arrow.locales
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.dates import parse_when
from chronik.extract import detect_language, extract, find

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_169111525c476787.txt"
EVAL = ROOT.parent / "shared" / "eval"

# ---------------------------------------------------------------- the seed (the issue's "done when")


def test_seed_draft_has_the_curated_dated_entries() -> None:
    mentions = find(SEED.read_text(encoding="utf-8"))
    reports = {(m.value, m.publisher) for m in mentions if m.kind == "report"}
    assert reports == {
        ("2023-11-14", "Der Tagesspiegel"),  # outlets by their canonical names (chronik/outlets.json)
        ("2024-11-06", "Die Zeit"),
        ("2024-11-06", "n-tv"),
        ("2024-11-07", "Morgenpost"),  # Berliner or Hamburger: the text does not say
        ("2024-11-08", "Die Zeit"),
        ("2024-11", "Tagesspiegel Checkpoint"),
    }
    events = {m.value for m in mentions if m.kind == "event"}
    assert {"1967", "2024-11-10", "2024-11-10/2024-11-16", "2024-11-10/P5D"} <= events
    sunday = next(m for m in mentions if m.surface == "am Sonntag")
    assert sunday.value == "2024-11-10"
    assert sunday.kind == "event"
    trip = next(m for m in mentions if m.duration == "P5D")
    assert trip.surface == "fünftägigen Reise"
    vague = [m for m in mentions if m.value is None]
    assert [m.surface for m in vague] == ["wenige Tage nach der Wahl"]


def test_seed_evidence_is_verbatim() -> None:
    text = SEED.read_text(encoding="utf-8")
    for m in find(text):
        assert text[m.start : m.end] == m.surface
        assert text[m.sentence_start : m.sentence_end] == m.sentence
        assert m.sentence_start <= m.start < m.end <= m.sentence_end


# ---------------------------------------------------------------- expressions, one sentence each

D = date(2023, 3, 15)  # a Wednesday

CASES: list[tuple[str, str, list[tuple[str | None, str, str | None]]]] = [
    ("de", "Die Regierung hat am Montag ein Gesetz beschlossen.", [("2023-03-13", "event", None)]),
    ("de", "Der Bundestag soll am Freitag darüber abstimmen.", [("2023-03-17", "event", None)]),
    (
        "de",
        "Wie das Handelsblatt am Dienstag berichtete, will der Konzern 2024 eine Fabrik eröffnen.",
        [("2023-03-14", "report", "Handelsblatt"), ("2024", "event", None)],
    ),
    (
        "de",
        "Die Konferenz findet vom 3. bis 5. Mai in Wien statt. Am 2. Mai reisen die Delegationen an.",
        [("2023-05-03/2023-05-05", "event", None), ("2023-05-02", "event", None)],
    ),
    (
        "de",
        "Gestern Abend trafen sich die Minister; heute beraten sie weiter.",
        [("2023-03-14", "event", None), ("2023-03-15", "event", None)],
    ),
    (
        "de",
        "Der Prozess begann am 12.01.2023. Ein Urteil wird Ende April erwartet.",
        [("2023-01-12", "event", None), ("2023-04", "event", None)],
    ),
    (
        "de",
        "Die Preise sind gestiegen, teilte das Statistische Bundesamt am Mittwoch mit.",
        [("2023-03-15", "report", "Statistisches Bundesamt")],
    ),
    (
        "de",
        "Die Polizei nahm ihn am Sonntag fest. Zwei Tage später wurde er dem Haftrichter vorgeführt.",
        [("2023-03-12", "event", None), ("2023-03-14", "event", None)],
    ),
    (
        "de",
        "Der Kanzler reist kommende Woche nach Paris. Vergangene Woche war er in Rom.",
        [("2023-03-20/2023-03-26", "event", None), ("2023-03-06/2023-03-12", "event", None)],
    ),
    ("de", "Die Ausstellung war im Oktober eröffnet worden.", [("2022-10", "event", None)]),
    (
        "de",
        "Die Außenministerin sagte der Süddeutschen Zeitung am Sonntag, sie sei zuversichtlich.",
        [("2023-03-12", "report", "Süddeutsche Zeitung")],
    ),
    (
        "de",
        "Am Mittwochmorgen um 7.30 Uhr begann der Streik. Er soll bis Donnerstagabend dauern.",
        [("2023-03-15T07:30", "event", None), ("2023-03-16", "event", None)],
    ),
    ("de", "Das Unternehmen beschäftigt 2000 Mitarbeiter und wurde 1990 gegründet.", [("1990", "event", None)]),
    ("de", "Der Termin wurde für den 29. März angesetzt.", [("2023-03-29", "event", None)]),
    ("de", "Vor kurzem hatte die Stadt das Projekt gestoppt.", [(None, "event", None)]),
    (
        "de",
        "Laut dem Kurier vom Dienstag liegt der Bericht seit Ende Februar vor.",
        [("2023-03-14", "report", "Kurier"), ("2023-02", "event", None)],
    ),
    (
        "de",
        "Einen Tag vor Beginn des Gipfels hat der Rat am Dienstag getagt.",
        [("2023-03-15", "event", None), ("2023-03-14", "event", None)],
    ),
    (
        "en",
        "The company said on Tuesday that it would cut jobs by the end of the year.",
        [("2023-03-14", "report", "company"), ("2023-12", "event", None)],
    ),
    (
        "en",
        "Talks are scheduled for March 20-22 in Geneva, a UN spokeswoman told Reuters on Monday.",
        [("2023-03-20/2023-03-22", "event", None), ("2023-03-13", "report", "Reuters")],
    ),
    (
        "en",
        "The bill was passed last week and will be signed next month.",
        [("2023-03-06/2023-03-12", "event", None), ("2023-04", "event", None)],
    ),
    ("en", "In 2019, the city hosted the summit.", [("2019", "event", None)]),
    (
        "en",
        "The agreement, signed on January 5, 2023, takes effect on April 1.",
        [("2023-01-05", "event", None), ("2023-04-01", "event", None)],
    ),
    (
        "en",
        "The report was published Wednesday by the Associated Press.",
        [("2023-03-15", "report", "Associated Press")],
    ),
    ("en", "Earlier this week the bank raised rates.", [(None, "event", None)]),
    (
        "en",
        "The minister arrived yesterday and met the president this morning.",
        [("2023-03-14", "event", None), ("2023-03-15", "event", None)],
    ),
    ("en", "Elections will be held in early March next year.", [("2024-03", "event", None)]),
    (
        "de",
        "Am Wochenende demonstrierten Tausende. Am kommenden Wochenende soll es weitere Proteste geben.",
        [("2023-03-11/2023-03-12", "event", None), ("2023-03-18/2023-03-19", "event", None)],
    ),
    (
        "de",
        "Ende der Woche will die Kommission entscheiden, erklärte ein Sprecher des Innenministeriums am Montag.",
        [("2023-03-13/2023-03-19", "event", None), ("2023-03-13", "report", "Innenministerium")],
    ),
    ("de", "Das hieß es am Dienstag aus dem Kanzleramt.", [("2023-03-14", "report", "Kanzleramt")]),
    ("en", "Over the weekend the company changed course.", [("2023-03-11/2023-03-12", "event", None)]),
    (
        "de",
        "Wie die Süddeutsche Zeitung (Samstag) berichtet, steigen die Preise.",
        [("2023-03-11", "report", "Süddeutsche Zeitung")],
    ),
    (
        "de",
        "Dies teilte das Oberlandesgericht am Montagabend mit. Die Anschläge waren am Dienstag voriger Woche.",
        [("2023-03-13", "report", "Oberlandesgericht"), ("2023-03-07", "event", None)],
    ),
    (
        "de",
        "Am 9. November sprach er. Am 9. November hatte er schon einmal gesprochen.",
        [("2022-11-09", "event", None)],
    ),
    (
        "en",
        "The verdict was postponed to Aug. 11, an official confirmed to Sputnik on Saturday.",
        [("2023-08-11", "event", None), ("2023-03-11", "report", "Sputnik")],
    ),
    (
        "de",
        "Biden kommt am Freitag und Samstag nach Berlin. Am Samstag um 10.30 Uhr trifft er Scholz.",
        [("2023-03-17/2023-03-18", "event", None), ("2023-03-18T10:30", "event", None)],
    ),
    (
        "de",
        "Das Programm am Sonntag, 19.03.2023:\n10.00 Messe im Dom\n16.45 Abfahrt zum Hafen\n",
        [("2023-03-19", "event", None), ("2023-03-19T10:00", "event", None), ("2023-03-19T16:45", "event", None)],
    ),
    (
        "en",
        "The union said it will escalate the strike next week. Buses may stop on Wednesday, Thursday or Friday.",
        # the dct's own weekday (Wednesday) is the dct, as the development set's conventions have it
        [("2023-03-20/2023-03-26", "event", None), ("2023-03-15/2023-03-17", "event", None)],
    ),
    (
        "en",
        "The race will start on Sunday at 7:55 a.m. In the afternoon the roads reopen.",
        [("2023-03-19T07:55", "event", None), ("2023-03-19", "event", None)],
    ),
    (
        "de",
        "Merkel reist am Donnerstag nach Peking, wie Vize-Regierungssprecherin Martina Fietz am Freitag mitteilte.",
        [("2023-03-16", "event", None), ("2023-03-10", "report", "Regierung")],  # a spokeswoman's institution
    ),
    (
        "de",
        "Mit der Hilfe von Ronaldo verkündet die FIFA am Mittwoch den Spielplan.",
        [("2023-03-15", "report", "FIFA")],
    ),
    (
        "de",
        "Am Sonntag konnte ein 70 Jahre alter Mann gerettet werden. Ein 14-jähriges Mädchen wurde geborgen.",
        [("2023-03-12", "event", None)],
    ),
    ("en", "The deal was reached one week ago.", [("2023-03-08", "event", None)]),
    (
        "en",
        "India will open the 2025 World Cup against South Africa on June 4.",
        [("2025", "event", None), ("2025-06-04", "event", None)],  # the sentence's year, not the nearest June
    ),
    (
        "de",
        "Im Jahr 2025 wurde gewählt, am 4. Juni wird gezählt.",
        [("2025", "event", None), ("2023-06-04", "event", None)],
    ),
    (
        "en",
        "The seven-phase election will be held on February 10, 14, 20 and March 3 and 7.",
        [  # "will be held": on or after the dct (15 March 2023), so next year's days
            ("2024-02-10", "event", None),
            ("2024-02-14", "event", None),
            ("2024-02-20", "event", None),
            ("2024-03-03", "event", None),
            ("2024-03-07", "event", None),
        ],
    ),
    (
        "en",
        "India will play from September 19 to February 12, the board announced on Thursday. Tests will be on "
        "Oct 6 and Nov 1-5.",
        [
            ("2023-09-19/2024-02-12", "event", None),
            ("2023-03-09", "report", "board"),
            ("2023-10-06", "event", None),
            ("2023-11-01/2023-11-05", "event", None),
        ],
    ),
    (
        "de",
        "Gewählt wird am 10., 14. und 20. Mai, die Stichwahl folgt am 3. und 7. Juni.",
        [
            ("2023-05-10", "event", None),
            ("2023-05-14", "event", None),
            ("2023-05-20", "event", None),
            ("2023-06-03", "event", None),
            ("2023-06-07", "event", None),
        ],
    ),
    (
        "en",
        "India will play the 2019 World Cup, the board said on Tuesday.",
        [("2019", "event", None), ("2023-03-14", "report", "board")],
    ),
    (
        "en",
        "Protesters gathered on Saturday, two days after the verdict was announced.",
        [("2023-03-11", "event", None), ("2023-03-09", "event", None)],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_expression(language: str, text: str, expected: list[tuple[str | None, str, str | None]]) -> None:
    got = [(m.value, m.kind, m.publisher) for m in find(text, dct=D, language=language)]
    assert got == expected


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The father will leave at 4 a.m. EDT Thursday.", "2023-03-16T04:00-04:00"),
        ("de", "Der Start ist am Mittwoch um 14 Uhr MESZ.", "2023-03-15T14:00+02:00"),
        ("de", "Der Start ist am Mittwoch um 14 Uhr.", "2023-03-15T14:00"),  # no zone stated: a local time
        ("en", "The vote is at 9 a.m. CST Friday.", "2023-03-17T09:00"),  # CST is ambiguous: stays local
    ],
)
def test_a_stated_zone_becomes_an_offset(language: str, text: str, value: str) -> None:
    assert [m.value for m in find(text, dct=D, language=language)] == [value]


def test_dateline_is_a_report_of_its_agency() -> None:
    text = "BRUSSELS, February 10 (Xinhua) --\n\nNATO ministers met on Tuesday.\n"
    got = [(m.value, m.kind, m.publisher) for m in find(text, dct=date(1999, 2, 10), language="en")]
    assert got == [("1999-02-10", "report", "Xinhua"), ("1999-02-09", "event", None)]


def test_dateline_without_a_city() -> None:
    text = "Oct. 9 (UPI) -- Thousands walked off the job Monday.\n"
    got = [(m.value, m.kind, m.publisher) for m in find(text, dct=date(2023, 10, 9), language="en")]
    assert got == [("2023-10-09", "report", "UPI"), ("2023-10-09", "event", None)]


def test_dateline_with_day_before_month() -> None:
    text = "KATHMANDU, 11 August (RSS)\nThe commission met on Thursday.\n"
    got = [(m.value, m.kind, m.publisher) for m in find(text, dct=date(2017, 8, 11), language="en")]
    assert got == [("2017-08-11", "report", "RSS"), ("2017-08-10", "event", None)]


def test_without_a_date_relative_words_stay_open() -> None:
    mentions = find("Die Minister trafen sich gestern in Wien.", language="de")
    assert [(m.surface, m.value) for m in mentions] == [("gestern", None)]


def test_weekday_inside_the_texts_own_range_without_dct() -> None:
    text = "Die Messe läuft vom 6. bis 12. Oktober 2025. Am Dienstag spricht die Ministerin."
    mentions = find(text, language="de")
    assert [m.value for m in mentions] == ["2025-10-06/2025-10-12", "2025-10-07"]


@pytest.mark.parametrize("dct", [date(9999, 12, 31), date(1, 1, 1)])
def test_the_ends_of_the_calendar_leave_dates_open(dct: date) -> None:
    text = "Er kommt übermorgen, nächste Woche, im kommenden Jahr und am Wochenende. Vor drei Jahren war es so."
    for m in find(text, dct=dct, language="de"):
        if m.value is not None:
            parse_when(m.value)  # never year 0 or 10000


def test_detect_language() -> None:
    assert detect_language(SEED.read_text(encoding="utf-8")) == "de"
    assert detect_language("The minister said on Tuesday that the talks had failed.") == "en"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        find("text", language="fr")


# ---------------------------------------------------------------- properties


def _names(language: str) -> tuple[list[str], list[str]]:
    loc = arrow.locales.get_locale(language)
    return list(loc.month_names[1:]), list(loc.day_names[1:])


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(range(4)))
def test_absolute_dates_resolve_exactly(day: date, form: int) -> None:
    de_months, _ = _names("de")
    en_months, _ = _names("en")
    texts = [
        ("de", f"Der Vertrag wurde am {day.day}. {de_months[day.month - 1]} {day.year} unterzeichnet."),
        ("de", f"Der Vertrag wurde am {day.day}.{day.month}.{day.year} unterzeichnet."),
        ("en", f"The treaty was signed on {en_months[day.month - 1]} {day.day}, {day.year}."),
        ("en", f"The treaty was signed on {day.day} {en_months[day.month - 1]} {day.year}."),
    ]
    language, text = texts[form]
    assert [m.value for m in find(text, dct=date(2020, 6, 1), language=language)] == [day.isoformat()]


@given(st.dates(min_value=date(1900, 1, 8), max_value=date(2099, 12, 24)), st.integers(0, 6), st.sampled_from([-1, 1]))
def test_weekdays_land_on_their_day_on_the_side_the_tense_says(dct: date, weekday: int, side: int) -> None:
    _, days = _names("de")
    text = f"Der Rat hat am {days[weekday]} getagt." if side < 0 else f"Der Rat wird am {days[weekday]} tagen."
    [mention] = find(text, dct=dct, language="de")
    assert mention.value is not None
    got = date.fromisoformat(mention.value)
    assert got.weekday() == weekday
    assert 0 <= (got - dct).days * side <= 6


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.integers(1, 12))
def test_month_without_year_is_within_a_year_of_the_dct(dct: date, month: int) -> None:
    months, _ = _names("de")
    [mention] = find(f"Die Wahl fand im {months[month - 1]} statt.", dct=dct, language="de")
    assert mention.value is not None
    year, got_month = (int(x) for x in mention.value.split("-"))
    assert got_month == month
    assert abs((year * 12 + month) - (dct.year * 12 + dct.month)) <= 12


_WORDS = st.sampled_from(
    [
        "am",
        "Montag",
        "Sonntag",
        "10.",
        "November",
        "2024",
        "vom",
        "bis",
        "sagte",
        "der",
        "Nachrichtenagentur",
        "AFP",
        "gestern",
        "vergangene",
        "Woche",
        "on",
        "Tuesday",
        "said",
        "told",
        "Reuters",
        "March",
        "early",
        "later",
        "two",
        "days",
        "before",
        "the",
        "summit",
        "fünftägige",
        "Reise",
        "begann",
        ",",
        ".",
        "\n",
        "(Xinhua)",
        "laut",
        "Uhr",
        "12.00",
        "Vortag",
        "einen",
        "Monat",
        "später",
    ]
)


@settings(max_examples=300)
@given(
    st.one_of(st.lists(_WORDS, max_size=60).map(" ".join), st.text(max_size=300)),
    st.one_of(st.none(), st.dates(min_value=date(1, 1, 8), max_value=date(9999, 12, 24))),
    st.sampled_from(["de", "en", "auto"]),
)
def test_any_text_gives_valid_evidence_and_values(text: str, dct: date | None, language: str) -> None:
    mentions = find(text, dct=dct, language=language)
    assert mentions == find(text, dct=dct, language=language)
    for m in mentions:
        assert text[m.start : m.end] == m.surface
        assert text[m.sentence_start : m.sentence_end] == m.sentence
        assert m.kind in ("event", "report")
        if m.value is not None:
            parse_when(m.value)  # valid EDTF, accepted by the timeline model


def test_extract_gives_scorer_values() -> None:
    items = extract(SEED.read_text(encoding="utf-8"), language="de")
    values = {i["value"] for i in items}
    assert "2024-11-10/2024-11-14" in values  # the five-day trip as the scorer's inclusive range
    assert all(set(i) >= {"value", "kind", "publisher"} for i in items)


# ---------------------------------------------------------------- the development set


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_eval_score", EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _micro(language: str) -> dict[str, Any]:
    scorer = _scorer()
    total: dict[str, int] = {}
    for meta_path in sorted((EVAL / "texts").glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta["language"] != language:
            continue
        doc = meta_path.name.split(".")[0]
        text = (EVAL / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        preds = extract(text, dct=date.fromisoformat(meta["dct"][:10]), language=language)
        gold = scorer.load(str(EVAL / "gold" / f"{doc}.json"))
        for key, value in scorer.score(preds, gold).items():
            if isinstance(value, int):
                total[key] = total.get(key, 0) + value
    return {**total, **scorer.summarise(total)}


@pytest.mark.skipif(not EVAL.is_dir(), reason="the development set ../shared/eval is not beside the checkout")
@pytest.mark.parametrize("language", ["de", "en"])
def test_development_set_scores(language: str) -> None:
    """A regression guard well below today's scores (de F1 0.96, en 0.97; HeidelTime 0.69 / 0.80)."""
    s = _micro(language)
    assert s["F1"] >= 0.9, s
    assert s["kind_acc"] >= 0.85, s
    assert s["pub_exact"] + s["pub_soft"] > 0.5, s


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        # a weekday told ahead follows the day of a programme named before it
        ("Am Montag, 19. Oktober, beginnt das Fest. Am Mittwoch spielt die Band.", "de", ["2020-10-19", "2020-10-21"]),
        # not the end of a period: "Ab Mittwoch" in a Tuesday's text is the next day, within the period
        (
            "Die Verfügung gilt bis zum 20. Oktober.\n\nAb Mittwoch wird die Zahl beschränkt.",
            "de",
            ["2020-10-20", "2020-10-14"],
        ),
        ("The order runs until October 20. On Saturday the market will open.", "en", ["2020-10-20", "2020-10-17"]),
        # nor a day named in an earlier paragraph: a new paragraph's weekday counts from the text's day
        (
            "Dazu wird der Rat am kommenden Mittwoch, 21. Oktober, informieren.\n\nAm Sonntag findet ein Gipfel statt.",
            "de",
            ["2020-10-21", "2020-10-18"],
        ),
    ],
)
def test_a_weekday_after_the_end_of_a_period_is_no_step_of_a_programme(
    text: str, language: str, values: list[str]
) -> None:
    dct = date(2020, 10, 16) if "kommenden" in text else date(2020, 10, 13)  # a Friday's text, else a Tuesday's
    assert [m.value for m in find(text, dct=dct, language=language)] == values


def test_weekday_wire_convention() -> None:
    # A Monday wire story: "headed Tuesday" is the next day; "said Monday" is the story's day.
    text = "Albright headed Tuesday to East Africa. Albright said Monday she would go."
    got = [m.value for m in find(text, dct=date(1998, 8, 17), language="en")]
    assert got == ["1998-08-18", "1998-08-17"]


def test_dct_relative_week_on_a_sunday_stays_open() -> None:
    [mention] = find("In der vergangenen Woche wurde geliefert.", dct=date(2015, 8, 2), language="de")
    assert mention.value is None


def test_anchor_counts_from_the_previous_date() -> None:
    text = "Lawrow sprach am Samstag. Am Vortag hatte er Kerry getroffen."
    got = [m.value for m in find(text, dct=date(2015, 10, 24), language="de")]
    assert got == ["2015-10-24", "2015-10-23"]


def test_people_and_places_are_cheap_but_not_careless() -> None:
    text = (
        "Am Montag traf Kai Wegner (CDU) in Los Angeles Bürgermeisterin Karen Bass. "
        "Am Dienstag ging es um Gesundheitswirtschaft, Künstliche Intelligenz, Stadtentwicklung und Kultur."
    )
    first, second = find(text, dct=D, language="de")
    assert first.people == ("Kai Wegner", "Karen Bass")
    assert first.places == ("Los Angeles",)
    assert second.people == ()  # a list is no apposition, "Künstliche Intelligenz" no person
    english = find("On Monday President Bill Clinton met Tony Blair in London.", dct=D, language="en")
    assert english[0].people == ("Bill Clinton", "Tony Blair")
    assert english[0].places == ("London",)


@pytest.mark.parametrize(
    ("text", "language", "dct", "values"),
    [
        ("Er reist am Sonntag (10. November) in die USA.", "de", date(2024, 11, 8), ["2024-11-10"]),
        ("Die Wahl findet am Montag, dem 4. März 2019, statt.", "de", date(2019, 3, 1), ["2019-03-04"]),
        ("The vote is on Monday, March 4, 2019.", "en", date(2019, 3, 1), ["2019-03-04"]),
        # two happenings of one day in one sentence stay two: the words between are no restatement
        (
            "She lands in Dar es Salaam Tuesday morning and in Nairobi later in the day.",
            "en",
            date(1998, 8, 17),
            ["1998-08-18", "1998-08-18"],
        ),
    ],
)
def test_a_day_restated_right_after_itself_is_one_entry(text: str, language: str, dct: date, values: list[str]) -> None:
    assert [m.value for m in find(text, dct=dct, language=language)] == values


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        # a season is its three months (meteorological); its early or late part the whole season
        ("Im Spätsommer 2013 begann der Bau.", "de", "Im Spätsommer 2013", "2013-06/2013-08"),
        ("Seit dem Frühjahr 2020 wird gebaut.", "de", "Seit dem Frühjahr 2020", "2020-03/2020-05"),
        ("Im Herbst des Jahres 2019 kam die Wende.", "de", "Im Herbst des Jahres 2019", "2019-09/2019-11"),
        ("In the summer of 2013 work began.", "en", "In the summer of 2013", "2013-06/2013-08"),
        ("By late spring 2021 the plant had closed.", "en", "By late spring 2021", "2021-03/2021-05"),
        ("In the fall of 2001 the plant closed.", "en", "In the fall of 2001", "2001-09/2001-11"),
        # a winter runs over the new year: with both years it is December to February; with one, its year
        ("Im Winter 2022/23 fehlte das Gas.", "de", "Im Winter 2022/23", "2022-12/2023-02"),
        ("The winter of 2019-20 was mild.", "en", "The winter of 2019-20", "2019-12/2020-02"),
        ("Im Winter 2022 fehlte das Gas.", "de", "Im Winter 2022", "2022"),
        ("Im Winter 2022/24 fehlte das Gas.", "de", "Im Winter 2022/24", "2022"),
        # a season named from the text's day (10 January 2024)
        ("Im vergangenen Sommer regnete es kaum.", "de", "Im vergangenen Sommer", "2023-06/2023-08"),
        ("Im Herbst letzten Jahres kam die Wende.", "de", "Im Herbst letzten Jahres", "2023-09/2023-11"),
        ("Im Frühjahr kommenden Jahres wird gewählt.", "de", "Im Frühjahr kommenden Jahres", "2025-03/2025-05"),
        ("Nächsten Sommer wird gebaut.", "de", "Nächsten Sommer", "2024-06/2024-08"),
        ("Last summer the river ran dry.", "en", "Last summer", "2023-06/2023-08"),
        ("Last winter was mild.", "en", "Last winter", "2022-12/2023-02"),
        ("This past fall was wet.", "en", "This past fall", "2023-09/2023-11"),
        ("The vote is due this spring.", "en", "this spring", "2024-03/2024-05"),
        ("Next winter will be hard.", "en", "Next winter", "2024-12/2025-02"),
        # "this winter" in January: the one now ending or the one to come - the words stay
        ("This winter is cold.", "en", "This winter", None),
        # decades: their ten years
        ("In den 80er Jahren war das anders.", "de", "In den 80er Jahren", "1980/1989"),
        ("Seit den 1990er-Jahren sinkt die Zahl.", "de", "Seit den 1990er-Jahren", "1990/1999"),
        ("Die Achtzigerjahre waren bunt.", "de", "Die Achtzigerjahre", "1980/1989"),
        ("In the 1990s the plant was closed.", "en", "In the 1990s", "1990/1999"),
        ("The building dates from the early '60s.", "en", "the early '60s", "1960/1969"),
        ("That was in the nineties.", "en", "in the nineties", "1990/1999"),
        # a decade's word that may be an age stays unresolved
        ("A woman in her forties was hurt.", "en", "forties", None),
        ("Eine Frau in den Vierzigern wurde verletzt.", "de", "in den Vierzigern", None),
    ],
)
def test_seasons_are_their_months_and_decades_their_years(
    text: str, language: str, surface: str, value: str | None
) -> None:
    """A season is the three months of the meteorological season, as news and annotators read it; a
    decade its ten years; neither more precise than the words. A winter named by one year, "this winter" in
    January and an age's word ("in her forties") stay as their words say (the year, or unresolved)."""
    [mention] = find(text, dct=date(2024, 1, 10), language=language)
    assert (mention.surface, mention.value) == (surface, value)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("SVolt hatte zum Jahresende 2022 angekündigt, nicht zu bauen.", "Jahresende 2022", "2022-12"),
        ("Zum Jahresbeginn 2021 kam die Wende.", "Jahresbeginn 2021", "2021-01"),
        ("Das Werk soll bis Jahresende fertig sein.", "Jahresende", "2024-12"),  # the text's year (10 January 2024)
        # one year ago is the same time last year, its month (two years ago is a year's)
        ("Das Gespräch fand vor ziemlich genau einem Jahr statt.", "vor ziemlich genau einem Jahr", "2023-01"),
        ("Das Gespräch fand vor zwei Jahren statt.", "vor zwei Jahren", "2022"),
    ],
)
def test_a_year_s_end_or_start_as_one_word_with_its_year_and_stacked_hedges_before_an_ago(
    text: str, surface: str, value: str
) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2024, 1, 10), language="de")] == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "language", "dct", "surface", "value"),
    [
        # carried copy: the bracket says which day its "today" was, though the page runs days later
        (
            "The minister spoke to reporters today (March 23) in Kingston.",
            "en",
            date(2018, 3, 27),
            "today (March 23)",
            "2018-03-23",
        ),
        (
            "Der Minister sagte gestern (Dienstag, 3. Mai), er sei zufrieden.",
            "de",
            date(2016, 5, 5),
            "gestern (Dienstag, 3. Mai)",
            "2016-05-03",
        ),
    ],
)
def test_a_relative_day_and_the_date_in_brackets_after_it_are_the_bracket_s_day(
    text: str, language: str, dct: date, surface: str, value: str
) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=dct, language=language)] == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Delta delayed its deliveries to 2020 to 2022.", "2020 to 2022", "2020/2022"),
        ("Deliveries are now planned for 2020 through 2022.", "2020 through 2022", "2020/2022"),
    ],
)
def test_two_years_joined_by_to_are_a_span(text: str, surface: str, value: str) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2010, 10, 25), language="en")] == [(surface, value)]


def test_a_season_without_year_or_direction() -> None:
    """After a preposition and the article ("im Sommer", "in the spring") a season is one season, placed by the
    tense as a month alone is; "in summer" is any summer, a winter so may be either, "Der Sommer" names no time."""
    found = find("Im Sommer wird gebaut. In summer it rains.", dct=date(2024, 1, 10), language="de")
    assert [(m.surface, m.value) for m in found] == [("Im Sommer", "2024-06/2024-08")]
    assert find("In summer it rains. Prices fall sharply.", dct=date(2024, 1, 10), language="en") == []
    found = find("Nach dem Einbruch im Frühjahr erholen sich die Zahlen.", dct=date(2020, 8, 5), language="de")
    assert [(m.surface, m.value) for m in found] == [("im Frühjahr", "2020-03/2020-05")]
    found = find("Sales fell in the spring. The summer was hot.", dct=date(2024, 6, 10), language="en")
    assert [(m.surface, m.value) for m in found] == [("in the spring", "2024-03/2024-05")]
    assert find("Im Winter wird es kalt. Der Sommer war heiß.", dct=date(2024, 6, 10), language="de") == []


@pytest.mark.parametrize(
    ("text", "language", "dct", "value"),
    [
        # what began then still goes on: the season is the latest begun, whatever the sentence's tense
        ("Trotz der sich seit dem Frühjahr ziehenden Auftragsflaute.", "de", date(2022, 6, 27), "2022-03/2022-05"),
        ("Seit dem Herbst gibt es Probleme.", "de", date(2019, 4, 10), "2018-09/2018-11"),
        ("Sales have been weak since the spring.", "en", date(2019, 10, 2), "2019-03/2019-05"),
        ("Since the summer, prices will keep rising.", "en", date(2019, 1, 10), "2018-06/2018-08"),
    ],
)
def test_a_season_since_which_something_goes_on_is_the_latest(text: str, language: str, dct: date, value: str) -> None:
    assert [m.value for m in find(text, dct=dct, language=language)] == [value]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a comma may close the first end's year before "and" or "to"
        (
            "They fell sick between November, 2017, and June 2019.",
            "between November, 2017, and June 2019",
            "2017-11/2019-06",
        ),
        (
            "It ran between March 5, 2017, and June 2, 2019.",
            "between March 5, 2017, and June 2, 2019",
            "2017-03-05/2019-06-02",
        ),
    ],
)
def test_a_comma_after_a_span_s_first_year(text: str, surface: str, value: str) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2019, 10, 2), language="en")] == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "language", "publisher"),
    [
        # the outlet the statement went to publishes it, in its canonical name
        ("Das sagte Innenministerin Petra Muster am Montag im ZDF.", "de", "ZDF"),
        ("Das sagte Max Muster am Sonntag der „Zeit“.", "de", "Die Zeit"),
        ("Er sagte am Freitag gegenüber dem Spiegel, er trete zurück.", "de", "Der Spiegel"),
        ("Wie die dpa am Dienstag meldete, ist die Brücke gesperrt.", "de", "Deutsche Presse-Agentur"),
        ("The minister told the BBC on Friday that talks would resume.", "en", "BBC"),
        ("Reuters reported on Wednesday that the deal was off.", "en", "Reuters"),
        ("The mayor said in an interview with CNN on Sunday that the city was safe.", "en", "CNN"),
        # a common word is no outlet without quotes or an outlet noun: "in der Zeit" is a time
        ("In der Zeit danach sagte der Bürgermeister Hans Muster am Montag, alles sei gut.", "de", "Hans Muster"),
        # a spokesperson speaks for the institution
        ("Das bestätigte ein EVG-Sprecher am Sonntagnachmittag.", "de", "EVG"),
        ("Das teilte Außenamtssprecher Hong Lei am Donnerstag mit.", "de", "Außenamt"),
        ("Commission spokeswoman Dana Muster said on Tuesday that the plan stands.", "en", "Commission"),
        ("NPR's Merrit Muster reported on Saturday morning that the roads were closed.", "en", "NPR"),
    ],
)
def test_the_outlet_or_institution_behind_a_statement_publishes_it(text: str, language: str, publisher: str) -> None:
    reports = [m for m in find(text, dct=date(2024, 11, 14), language=language) if m.kind == "report"]
    assert [m.publisher for m in reports] == [publisher]


@pytest.mark.parametrize(
    ("text", "language", "publisher"),
    [
        ("In einer Aussendung der Polizei am Freitag hieß es, alles sei ruhig.", "de", "Polizei"),
        ("In einer Mitteilung des Ministeriums vom Montag wird das bestritten.", "de", "Ministerium"),
        ("Pressemitteilung vom 08.11.2024", "de", None),
        (
            "There will be a statement made later today by the office of the special envoy.",
            "en",
            "office of the special envoy",
        ),
        ("The club released an official statement on Sunday morning.", "en", None),
    ],
)
def test_a_date_beside_a_statement_noun_dates_a_report(text: str, language: str, publisher: str | None) -> None:
    """No communication verb, but a statement made: "in einer Aussendung am Freitag", "a statement …
    later today by the office of …" are reports, by the maker the words name."""
    [mention] = find(text, dct=date(2024, 11, 14), language=language)
    assert mention.kind == "report"
    if publisher is not None:
        assert mention.publisher == publisher


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # a day set ahead ("by Friday", "bis Freitag") lies ahead unless the clause is past
        ("Forecasts show landfall by Friday morning.", "en", date(2024, 11, 11), [("by Friday morning", "2024-11-15")]),
        ("The work had been finished by Friday.", "en", date(2024, 11, 11), [("by Friday", "2024-11-08")]),
        ("Der Antrag muss bis Freitag gestellt werden.", "de", date(2024, 11, 11), [("bis Freitag", "2024-11-15")]),
        # a paper's edition: the next morning's, reported ahead, else the latest
        (
            'Das sagte er der "Frankfurter Allgemeinen Zeitung" (Dienstagsausgabe).',
            "de",
            date(2024, 11, 11),
            [("(Dienstagsausgabe)", "2024-11-12")],
        ),
        (
            'Das sagte er der "Frankfurter Allgemeinen Zeitung" (Samstagsausgabe).',
            "de",
            date(2024, 11, 11),
            [("(Samstagsausgabe)", "2024-11-09")],
        ),
        # two-digit ends of year ranges
        ("The war of 1957-58 changed everything.", "en", date(2024, 11, 11), [("1957-58", "1957/1958")]),
        ("Im Haushalt 2019/20 fehlt Geld.", "de", date(2024, 11, 11), [("2019/20", "2019/2020")]),
        ("Die Zahl stieg 2024-11 stark.", "de", date(2024, 11, 11), [("2024", "2024")]),  # no range backwards
        # "This year" opening a sentence; comparisons are no dates
        ("This year, the harvest was poor.", "en", date(2024, 11, 11), [("This year", "2024")]),
        ("The birds arrived a month earlier than usual.", "en", date(2024, 11, 11), []),
        ("Die Vögel kamen einen Monat früher als sonst.", "de", date(2024, 11, 11), []),
    ],
)
def test_days_set_ahead_editions_ranges_and_comparisons(
    text: str, language: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=dct, language=language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Der Bau lief von April 2011 bis Ende 2013.", "de", [("von April 2011 bis Ende 2013", "2011-04/2013-12")]),
        ("Der Bau lief von April 2011 bis 2013.", "de", [("von April 2011 bis 2013", "2011-04/2013")]),
        (
            "Work ran from April 2011 to the end of 2013.",
            "en",
            [("from April 2011 to the end of 2013", "2011-04/2013-12")],
        ),
        (
            "In der Nacht von Sonntag auf Montag brannte es.",
            "de",
            [("In der Nacht von Sonntag auf Montag", "2024-11-10/2024-11-11")],
        ),
        (
            "Overnight Sunday into Monday the storm hit.",
            "en",
            [("Overnight Sunday into Monday", "2024-11-10/2024-11-11")],
        ),
        ("He remembers that January day in 2011.", "en", [("that January day in 2011", "2011-01")]),
        ("The match starts at 15:00 GMT Saturday.", "en", [("15:00 GMT Saturday", "2024-11-16T15:00Z")]),
        ("The museum opened Saturday.", "en", [("Saturday", "2024-11-09")]),
    ],
)
def test_coordinated_ranges_nights_and_kept_precision(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    """One range where the words give one ("von April 2011 bis Ende 2013", the night of Sunday to Monday),
    no precision lost ("that January day in 2011" is its month, "15:00 GMT Saturday" keeps time and zone),
    a timetable in the present lies ahead."""
    assert [(m.surface, m.value) for m in find(text, dct=date(2024, 11, 13), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (  # the zone in words between the time and its day
            "The airport has been closed since 07:00 a.m. local time Monday (2300 GMT Sunday), officials said.",
            "en",
            [("07:00 a.m. local time Monday", "2024-11-11T07:00")],
        ),
        ("Der Zug fuhr um 7 Uhr Ortszeit am Montag ab.", "de", [("um 7 Uhr Ortszeit am Montag", "2024-11-11T07:00")]),
        (  # a converted time in brackets is that moment again, also between a time and its day
            "British Airways grounded all flights until 2 pm (1300 GMT) on Tuesday as a precaution.",
            "en",
            [("until 2 pm (1300 GMT) on Tuesday", "2024-11-12T14:00")],
        ),
        (
            "The ash reached Scotland by 0600 GMT on Tuesday, the Met Office said.",
            "en",
            [("0600 GMT on Tuesday", "2024-11-12T06:00Z")],
        ),
        (  # after the zone in words too
            "The first cub was born at 10:18 p.m. local time (2018 GMT), and the other came later.",
            "en",
            [("at 10:18 p.m.", "2024-11-13T22:18")],
        ),
        ("The stock was 1.6% lower by 1005 GMT.", "en", [("by 1005 GMT", "2024-11-13T10:05Z")]),
        # a bracket after a time holding no time of its own is no conversion
        (
            "The vote closed at 5 p.m. (as planned) on Tuesday.",
            "en",
            [("at 5 p.m.", "2024-11-13T17:00"), ("on Tuesday", "2024-11-12")],
        ),
    ],
)
def test_a_time_s_zone_in_words_and_its_conversion(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    """A time, its zone in words and its day are one expression ("07:00 a.m. local time Monday"); a converted
    time in brackets after it ("(2300 GMT Sunday)", "(1300 GMT)") is the same moment, no moment of its own."""
    assert [(m.surface, m.value) for m in find(text, dct=date(2024, 11, 13), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        ("The case has been adjourned to the new year.", "en", date(2024, 12, 17), [("to the new year", "2025")]),
        ("Der Prozess geht ins neue Jahr.", "de", date(2024, 11, 3), [("ins neue Jahr", "2025")]),
        ("Am ersten Abend im neuen Jahr war es ruhig.", "de", date(2021, 1, 4), [("im neuen Jahr", "2021")]),
        (  # "between … and …" is one span
            "He took part between 16th October 2023 and 12th February 2024.",
            "en",
            date(2024, 12, 17),
            [("16th October 2023 and 12th February 2024", "2023-10-16/2024-02-12")],
        ),
        (
            "Zwischen dem 3. März und dem 9. März 2024 war es kalt.",
            "de",
            date(2024, 12, 17),
            [("3. März und dem 9. März 2024", "2024-03-03/2024-03-09")],
        ),
        (  # a span of times after "from about"
            "The runway was closed from about 3:30 p.m. to 5 p.m. on Monday.",
            "en",
            date(2014, 2, 19),
            [("from about 3:30 p.m. to 5 p.m. on Monday", "2014-02-17T15:30/2014-02-17T17:00")],
        ),
        (  # two weekdays apart are two days, the second this week's like the first
            "Action was set for this Monday and Wednesday.",
            "en",
            date(2022, 11, 7),
            [("this Monday", "2022-11-07"), ("Wednesday", "2022-11-09")],
        ),
        (
            "It rained on Friday and Saturday.",
            "en",
            date(2022, 11, 7),
            [("Friday and Saturday", "2022-11-04/2022-11-05")],
        ),
    ],
)
def test_the_new_year_spans_between_and_days_apart(
    text: str, language: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    """ "The new year" is the year that begins next (in a year's first half, the one begun); "between X and Y"
    is one span; a weekday list of two days apart ("Monday and Wednesday") is two days, not the span."""
    assert [(m.surface, m.value) for m in find(text, dct=dct, language=language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "publisher"),
    [
        # a bare outlet noun takes the outlet named last before it
        ("Der Spiegel enthüllt Neues. Wie das Magazin am Samstag berichtete, ist alles anders.", "de", "Der Spiegel"),
        ("The Guardian has the story. The paper reported on Monday that talks failed.", "en", "The Guardian"),
        # no outlet named before: the noun stays
        ("Wie das Magazin am Samstag berichtete, ist alles anders.", "de", "Magazin"),
        # an edition's paper in its own form
        (
            'Das sagte er der "Frankfurter Allgemeinen Zeitung" (Montagsausgabe).',
            "de",
            "Frankfurter Allgemeine Zeitung",
        ),
        # a statement's maker, not the verb after it
        ("Manchester United have released an official club statement on Sunday morning.", "en", "Manchester United"),
    ],
)
def test_outlets_referred_to_and_makers_by_name(text: str, language: str, publisher: str) -> None:
    reports = [m for m in find(text, dct=date(2023, 2, 13), language=language) if m.kind == "report"]
    assert [m.publisher for m in reports] == [publisher]


@pytest.mark.parametrize(
    ("text", "language", "publisher"),
    [
        # a date opening its sentence before a comma dates the clause after it
        ("On Thursday, Ministry spokesman Hans Muster said the talks had failed.", "en", "Ministry"),
        ("Earlier Wednesday, the governor said all were safe.", "en", "governor"),
        # a pronoun takes the person named last in the sentences before
        (
            "Bundesaußenminister Guido Muster bestätigte die Befreiung. "
            "Dazu erklärte er am Montag in Berlin, man sei froh.",
            "de",
            "Guido Muster",
        ),
        # a German title before a single name is left out, and "Dr." with it
        ("Außenminister Muster erklärte am Montag vor seiner Reise, es gehe voran.", "de", "Muster"),
        ("Das erklärte Bundesaußenminister Dr. Frank Muster am Montag.", "de", "Frank Muster"),
    ],
)
def test_fronted_dates_pronouns_and_titles(text: str, language: str, publisher: str) -> None:
    reports = [m for m in find(text, dct=date(2024, 11, 14), language=language) if m.kind == "report"]
    assert [m.publisher for m in reports] == [publisher]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Madrid, March 16 (IANS/EFE) A man was arrested in the capital.",
            "en",
            [("2023-03-16", "report", "IANS/EFE")],
        ),
        ("On March 16 (Monday) The talks began.", "en", [("2023-03-16", "event", None), ("2023-03-13", "event", None)]),
        ("Er kam ins Gewahrsam. PM der PD Kiel vom 23.03.2020", "de", [("2020-03-23", "report", "PD Kiel")]),
    ],
)
def test_wire_datelines_and_press_release_lines(
    text: str, language: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.value, m.kind, m.publisher) for m in find(text, dct=date(2023, 3, 16), language=language)] == expected


def test_a_short_form_the_text_defines_names_its_institution() -> None:
    """ "Ministry of Commerce (MOC)" … "MOC spokesman … said": the ministry's statement, by its name; a
    bracketed word whose letters are not the name's initials defines nothing."""
    from chronik.extract._bodynames import short_forms

    text = (
        "BEIJING, Aug 16 – The Ministry of Commerce (MOC) has urged Japan to act. "
        "On Thursday, MOC spokesman Shen Muster said China was concerned."
    )
    reports = [m for m in find(text, dct=date(2012, 8, 16), language="en") if m.kind == "report"]
    # the dateline is the page's own report, its outlet unnamed
    assert [(m.surface, m.publisher) for m in reports] == [("Aug 16", None), ("On Thursday", "Ministry of Commerce")]
    assert short_forms("Die Muster AG (DAX) meldet Gewinne.") == {}
    assert short_forms("Die Europäische Zentralbank (EZB) hebt die Zinsen an.") == {"EZB": "Europäische Zentralbank"}


@pytest.mark.parametrize(
    ("text", "language", "publisher"),
    [
        # a role before a name is left out, in English too
        (
            "Ruritanian President Anna Maria Muster said on Monday that the border stays open.",
            "en",
            "Anna Maria Muster",
        ),
        ("Acme Labs CEO J.P. Muster sent a memo to staff on Wednesday.", "en", "J.P. Muster"),
        ("UN Secretary-General Max Muster said on Friday that aid was on its way.", "en", "Max Muster"),
        ("Maj. Jeff Muster said on Friday that the deputy was fired.", "en", "Jeff Muster"),
        # a name opening a sentence is a person's where ", who" follows; the pronoun after it is that person
        (
            "Kozo Muster, who left the Cabinet in August, made the remarks on Thursday with Liberal Democratic Party "
            "lawmakers in Kitakyushu. He said Saturday he would retract them.",
            "en",
            "Kozo Muster",
        ),
        # a word that may be a role opens a company's name too
        ("General Motors said on Monday that sales fell.", "en", "General Motors"),
        ("Major League Baseball said on Monday that games resume.", "en", "Major League Baseball"),
        ("Chief Executive Max Muster said on Monday that sales rose.", "en", "Max Muster"),
        # the people speaking for a body after its name; a one-word name in the fullest form the text gives
        ("Acme Packaging Corporation officials said Friday that the plant closes.", "en", "Acme Packaging Corporation"),
        ("Acme Corp. shares fell. Acme said on Tuesday that it would delay its filings.", "en", "Acme Corp"),
        # "the company", "der Konzern": the company the text named last before with its legal form
        ("Acme Corp. shares fell. The company said on Tuesday that it would delay its filings.", "en", "Acme Corp"),
        (
            "Die Muster AG meldet Verluste. Der Konzern hatte am Montag mitgeteilt, es laufe schlecht.",
            "de",
            "Muster AG",
        ),
        # an outlet known by how its name ends, where the statement went
        (
            "When contacted by The Musterville Times this morning, Maj. Max Muster declined to comment.",
            "en",
            "Musterville Times",
        ),
        (
            "Chief Max Muster says in a letter released Tuesday to a Muster Connecticut Media executive that he "
            "regrets the arrest.",
            "en",
            "Muster Connecticut Media",
        ),
        ("Police contacted the family on Monday, Chief Max Muster said on Tuesday.", "en", "Max Muster"),
        # German: a person named before their title; a company's leadership speaks as the company
        (
            "Mit Befremden reagierte Markus Muster, Trainer des Zweitligisten Holstein Kiel, auf den Bericht. "
            "„Es gibt nichts Neues“, sagte Muster am Dienstagmittag.",
            "de",
            "Markus Muster",
        ),
        ("Am Dienstagmorgen informierte das Acme-Management die Belegschaft.", "de", "Acme"),
        ("Der Brand hatte einen technischen Grund. Das haben die Ermittler am Mittwoch mitgeteilt.", "de", "Ermittler"),
        (
            "Die Untersuchungen laufen, sagte Max Muster, Mediensprecher der Kantonspolizei, am Montag auf Anfrage von "
            "TV Musterland.",
            "de",
            "TV Musterland",
        ),
        # a paper's edition of a day, and a paper named in quotation marks that a noun refers back to
        (
            "Der Trainer reagierte auf die Veröffentlichung des „Musterstädter Express“. Die Boulevardzeitung "
            "hatte in ihrer Dienstagsausgabe geschrieben, er wechsle nach Köln.",
            "de",
            "Musterstädter Express",
        ),
        # a role of something before a name is left out too; a role of something alone stays
        ("Minister of Health Max Muster said on Friday that the clinics reopen.", "en", "Max Muster"),
        (
            "In a statement this evening, the Tánaiste and Minister for Justice Frances Muster said all was done.",
            "en",
            "Frances Muster",
        ),
        ("Minister of Foreign Affairs said on Friday that the talks failed.", "en", "Minister of Foreign Affairs"),
        # the words of a statement's noun phrase are no maker; its maker after "issued by" is
        (
            "The special press statement issued by the Malay Rulers yesterday was the result of their talks.",
            "en",
            "Malay Rulers",
        ),
        # a spokesperson "for", "with", "under" an institution, and a press office, speak for it
        ("A spokesman with Ruritania's Foreign Ministry on Thursday expressed thanks.", "en", "Foreign Ministry"),
        (
            "The Press Office under the Ministry of Transport published Saturday afternoon a release.",
            "en",
            "Ministry of Transport",
        ),
        # the subject begins after a copula or a statement noun
        ("Below is the statement the Mayor's office issued on Sunday morning:", "en", "Mayor's office"),
        # a name, then its apposition, then the verb
        (
            "Earlier Wednesday, Hans Peter Muster, Commissioner of Northern District, said the roads were closed.",
            "en",
            "Hans Peter Muster",
        ),
        (
            "BRUSSELS – The European Commission, the executive branch of the Union, on Tuesday declined to comment.",
            "en",
            "European Commission",
        ),
        # a relative clause, a ticker, a legal form after a comma and an apposition with a list between the
        # subject and its verb
        ("Acme Corp., which makes widgets, said on Monday it would grow.", "en", "Acme Corp"),
        ("The Ruritania Council, whose members met twice, announced on Monday a new tax.", "en", "Ruritania Council"),
        (
            "Acme Industries Corporation (NASDAQ: ACME), a maker of balloons, printed and laminated films and "
            "packaging, today announced its results.",
            "en",
            "Acme Industries Corporation",
        ),
        (
            "Muster Composites, Inc. (Nasdaq: MUST), the only maker of wind blades, announced today a pause.",
            "en",
            "Muster Composites Inc",
        ),
        ("Die Acme GmbH, die Ballons herstellt, teilte am Montag mit, sie wachse.", "de", "Acme GmbH"),
        # a person called by their age is the person named before; a separable verb with its particle before it
        (
            "Der Geschäftsführer Lars Muster tritt zurück. Der 38-Jährige sagte am Montag, er gehe.",
            "de",
            "Lars Muster",
        ),
        ("Manager Lars Muster resigned. The 38-year-old said on Monday he would leave.", "en", "Lars Muster"),
        ("Er tritt zurück, wie die Stadtverwaltung am Montag bekannt gab.", "de", "Stadtverwaltung"),
        # "by government media officers": the outlet's people, no outlet
        (
            "Minister Franz Muster on Monday warned any attempt by government media officer’s to block journalists.",
            "en",
            "Franz Muster",
        ),
        # a body named in part takes the fuller name the text gives it
        (
            "State police announced Thursday afternoon that a suspect was arrested. Musterland State Police Lt. "
            "Max Muster said the area is public.",
            "en",
            "Musterland State Police",
        ),
        # a statement's noun in a compound, its maker and its date
        ("Archivmeldung der Rathauskorrespondenz vom 28.09.2020:", "de", "Rathauskorrespondenz"),
        # a paper's name in quotes or with a particle is the subject; a noun after a preposition is none
        (
            'Die portugiesische Zeitung "Jornal de Lisboa" meldete am Donnerstag ohne Quellenangabe, es sei so.',
            "de",
            "Jornal de Lisboa",
        ),
        ("Die Stiftung Casa de Muster meldete am Donnerstag, es sei so.", "de", "Stiftung Casa de Muster"),
        # a role alone is the person named with it after the role's "of" phrase; the maker stands before "made",
        # whatever statement nouns follow
        (
            "The Minister of Information and National Orientation, Max Muster, has dismissed the reports. The "
            "Minister made the clarification in his opening remarks at the eighth edition of the briefing session "
            "on Tuesday in Abuja.",
            "en",
            "Max Muster",
        ),
        # "das Unternehmen", "the company": the company named before after a noun of its kind
        (
            "Der japanische Autobauer Muster Motor ruft Autos zurück. Wie das Unternehmen am Donnerstag mitteilte, "
            "ist Europa nicht betroffen.",
            "de",
            "Muster Motor",
        ),
        (
            "Japanese carmaker Muster Motor will recall cars. The company said on Thursday that Europe is spared.",
            "en",
            "Muster Motor",
        ),
        ("Der Verband, dessen Sitz in Bonn liegt, erklärte am Montag, er klage.", "de", "Verband"),
        # statements that are acts: "took to Twitter", "declined to comment"
        ("Governor Anna Muster took to Twitter Monday afternoon to urge calm.", "en", "Anna Muster"),
        # German: a title written with a capital in a compound, a hyphenated first name, the fullest name later
        (
            "Außenminister Muster erklärte heute vor seiner Reise, es gehe voran. "
            "Außenminister Frank-Peter Muster reist heute nach Paris.",
            "de",
            "Frank-Peter Muster",
        ),
        (
            "Der Acme-Chef Markus Muster erwartet keine Folgen. Das sagte Muster am Montag in einer Telefonkonferenz.",
            "de",
            "Markus Muster",
        ),
        # "laut Auskunft der Klinik am Samstag": the statement noun dates the report of its maker
        ("Laut Auskunft der Klinik am späten Samstagnachmittag besteht keine Lebensgefahr.", "de", "Klinik"),
        # a name after a two-word title; titles and offices before a name
        (
            "Minutes after Chief Minister Max Muster announced a curfew, flights stopped. At a press conference on "
            "Sunday evening, Muster told reporters that the airport would close.",
            "en",
            "Max Muster",
        ),
        (
            "Palace Press Officer and Communications Undersecretary Anna Muster said on Monday the talks went well.",
            "en",
            "Anna Muster",
        ),
        # "the museum", "police": the one body of that kind the text names in full
        (
            "The Ruritanian Folk Art Museum won't open in January. The museum confirmed the delay on Monday.",
            "en",
            "Ruritanian Folk Art Museum",
        ),
        (
            "A member of the Turks and Caicos Islands Police Force was arrested. In a statement on Sunday, police "
            "confirmed the arrest.",
            "en",
            "Turks and Caicos Islands Police Force",
        ),
        # an outlet named before its medium's noun, or owning the service spoken to
        (
            "Max Muster said in an interview with the Ruritanian-language Musterblatt newspaper on Sunday that it "
            "was so.",
            "en",
            "Musterblatt",
        ),
        ("“It grew,” one villager told RFM’s Mandarin service Thursday.", "en", "RFM"),
        # the common noun of a company's kind is no part of its name; "the airline" is the carrier named before
        ("Budget carrier Musterair on Friday said flights would resume.", "en", "Musterair"),
        (
            "Budget carrier Musterair cancels flights. The airline said in a statement on Thursday that it would "
            "resume.",
            "en",
            "Musterair",
        ),
        # German: the nouns describing a person before their name; a body's or outlet's name stays whole; a
        # fronted "Gemeinsam mit …" puts the subject after the verb
        ("Es sei so, teilte der Dresdner Jurist Frank Muster am Montag auf seiner Webseite mit.", "de", "Frank Muster"),
        ("Das sagte der Virologe Christian Muster am Montag.", "de", "Christian Muster"),
        # a club's kind before its name is no part of it (the annotators of set 23 name "Eisbären Berlin")
        ("Das teilte der Verein Eisbären Musterstadt am Montag mit.", "de", "Eisbären Musterstadt"),
        ("Das berichtete die Frankfurter Allgemeine Zeitung am Montag.", "de", "Frankfurter Allgemeine Zeitung"),
        (
            "Gemeinsam mit seiner Salzburger Amtskollegin Anna Beispiel betonte Landesrat Karl Muster am Mittwoch "
            "erneut, es gehe voran.",
            "de",
            "Karl Muster",
        ),
        # a paper's name in quotes is whole, even where its words read as a day; a media spokesperson speaks for
        # no institution of that name
        (
            "Die «Musterland am Wochenende» hatte am Samstag berichtet, der Minister habe Akten weitergegeben.",
            "de",
            "Musterland am Wochenende",
        ),
        ("Man werde sich äussern, schrieb Mediensprecherin Anna Muster am Montag.", "de", "Anna Muster"),
        ("Das sagte Polizei-Mediensprecher Hans Muster am Montag.", "de", "Polizei"),
        # "hieß es vom …"; a governor by the full name the text gave before; a long quoted name breaks no clause
        ('"Es wird hart", hieß es am Freitag vom US-Katastrophenschutz.', "de", "US-Katastrophenschutz"),
        (
            "Gouverneur Hans Muster bereitete die Bevölkerung vor. Alle sollten gehen, erklärte Gouverneur Muster "
            "am Freitag.",
            "de",
            "Hans Muster",
        ),
        (
            '"Es war der schlimmste Sturm", sagte Anna Muster vom "Center for Disaster Management and Risk '
            'Reduction Technology" (CEDIM) am Freitag in Karlsruhe.',
            "de",
            "Anna Muster",
        ),
        # a wire's dateline with a long agency name; a report by a paper named with its medium; more verbs and
        # nouns of statements
        (
            "LUGANSK, October 3 (Musterland Media Centre) - The ministry denied the reports.",
            "en",
            "Musterland Media Centre",
        ),
        (
            "A report by the Chronicle newspaper on Friday, September 2 claimed that two excavators vanished.",
            "en",
            "Chronicle",
        ),
        ("Die Verfügung sei rechtswidrig, stellt die Musterbank am Donnerstag fest.", "de", "Musterbank"),
        ("Mit Entsetzen reagierte heute Außenminister Hans Muster auf den Anschlag.", "de", "Hans Muster"),
        (
            "Am Dienstag fand ein Mediengespräch von Bürgermeister Hans Muster statt.",
            "de",
            "Hans Muster",
        ),
        # a spokesperson's apposition may hold a short form in brackets and "from"; "a spokesperson for the
        # company" speaks for the company named before; academic titles between a title and the name
        (
            "A skier is suspected, Hans Muster, a spokesman for the Olympic Athletes from Musterland (OAM), said "
            "Sunday.",
            "en",
            "Olympic Athletes from Musterland",
        ),
        (
            "Acme Incorporated will cut jobs. Joe Muster, a spokesperson for the company, confirmed on Friday that "
            "workers will be laid off.",
            "en",
            "Acme Incorporated",
        ),
        (
            "Das sagte Ministerpräsident Prof. Dr. Hans Muster. Das unterstrich der Regierungschef heute im Rahmen "
            "eines Pressegespräches.",
            "de",
            "Hans Muster",
        ),
        # a name after a noun in lower case, particles and all
        ("Ten days later, conductor Hans de Muster announced that he was leaving.", "en", "Hans de Muster"),
        # a place's police; a list of names counted by "all"; an office for a place before a name; an office of
        # a body and no name; a short form the text spells out without defining it
        ("Musterton police gave few details during a news conference on Tuesday afternoon.", "en", "Musterton police"),
        (
            "Acme Motors and Muster Cars all announced on Wednesday they would close factories.",
            "en",
            "Acme Motors and Muster Cars",
        ),
        ("Member for Musterton Hans Muster yesterday said the centre is funded.", "en", "Hans Muster"),
        (
            "The Deputy Minister of the Department of Muster Affairs said on Monday the talks went well.",
            "en",
            "Department of Muster Affairs",
        ),
        (
            "A Acme Motors spokesperson clarified the plan. “We will share more,” Hans Muster, a AM spokesperson said "
            "on Thursday morning.",
            "en",
            "Acme Motors",
        ),
        (
            "Bisher gebe es keine Hinweise, teilte die Polizei am Dienstag auf Nachfrage von muster.de mit.",
            "de",
            "muster.de",
        ),
        # a programme named before a page line's date
        (
            "Die Polizei gab Entwarnung.\n\nRegionaljournal Musterland, 14.11.2024, 12 Uhr;",
            "de",
            "Regionaljournal Musterland",
        ),
    ],
)
def test_people_by_their_names_and_institutions_behind_their_roles(text: str, language: str, publisher: str) -> None:
    reports = [m for m in find(text, dct=date(2024, 11, 14), language=language) if m.kind == "report"]
    assert [m.publisher for m in reports][:1] == [publisher]
    assert all(m.publisher != "Liberal Democratic Party" for m in reports)  # a party is no person


@pytest.mark.parametrize(
    "text",
    [
        "The company took over the plant on Monday.",
        "Sales declined by 5 percent on Monday.",
        "Yesterday, a man died, the police said later.",
    ],
)
def test_verbs_of_saying_only_where_they_say_something(text: str) -> None:
    """ "took" and "declined" are acts of saying only in "took to Twitter", "declined to comment"; a clause
    with a verb between commas is no apposition ("Yesterday, a man died, the police said")."""
    assert [m.kind for m in find(text, dct=date(2024, 11, 14), language="en")] == ["event"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a quotation counts from the day of the statement quoting it, before or after it
        ("„Ich komme morgen“, schrieb er am 3. März.", "de", [("morgen", "2024-03-04"), ("3. März", "2024-03-03")]),
        (
            "Am Montag sagte er: „Heute ist ein guter Tag.“",
            "de",
            [("Am Montag", "2024-11-11"), ("Heute", "2024-11-11")],
        ),
        (
            'In a letter dated March 3, he wrote: "I will arrive tomorrow."',
            "en",
            [("March 3", "2024-03-03"), ("tomorrow", "2024-03-04")],
        ),
        # a statement made on the text's day leaves its quotation as it is
        (
            '"We will decide on Friday," the minister said today.',
            "en",
            [("on Friday", "2024-11-15"), ("today", "2024-11-13")],
        ),
        # a quotation without a dated statement counts from the text's day
        ("„Wir entscheiden morgen“, hieß es.", "de", [("morgen", "2024-11-14")]),
    ],
)
def test_a_quotation_counts_from_the_day_it_was_said(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2024, 11, 13), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NEW YORK, May 4, 2021 /PRNewswire/ -- Acme Holdings Corp. (NYSE: ACM) today announced results.",
            ("2021-05-04", "report", "Acme Holdings Corp"),
        ),
        (
            "BOSTON, Jan. 12, 2022 (GLOBE NEWSWIRE) -- The Beispiel Company, a maker of glass, said it will close.",
            ("2022-01-12", "report", "Beispiel Company"),
        ),
        # no issuer named first: the wire's name
        ("LONDON, May 4, 2021 /PRNewswire/ -- Results were announced.", ("2021-05-04", "report", "PRNewswire")),
        # the date in brackets after the place, dashes around the date, an ellipsis after it
        (
            "HALIFAX, NS (March 2, 2017) — The Atlantic Group of Research Colleges warmly welcomes the budget.",
            ("2017-03-02", "report", "Atlantic Group of Research Colleges"),
        ),
        (
            "LAKE PLACID, NY – March 2, 2017 – Beispiel Corporation (NASDAQ:BSPL), a maker of glass, bottles, jars "
            "and lids for the food, drink and drug trades in North America and Europe, today announced a deal.",
            ("2017-03-02", "report", "Beispiel Corporation"),
        ),
        # a person opening the release for a body: the body
        (
            "Regina, March 2, 2017…Dr. Jane Q. Muster, President and CEO of the Prairie Foundation for Research "
            "(PFR), today announced an investment.",
            ("2017-03-02", "report", "Prairie Foundation for Research"),
        ),
    ],
)
def test_a_press_release_dateline_is_its_issuers_report(text: str, expected: tuple[str, str, str]) -> None:
    """A press release is its issuer's, named at the start of its first sentence as the text names it."""
    first = find(text, dct=date(2024, 11, 13), language="en")[0]
    assert (first.value, first.kind, first.publisher) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a broadcaster without a name where the statement went, in the nominative
        (
            "Der Verlust betrage 40 Prozent, sagte Energieminister Hans Muster am Sonntag im ukrainischen Fernsehen.",
            "de",
            ("2024-11-10", "report", "ukrainisches Fernsehen"),
        ),
        ("Das sagte er am Montag den staatlichen Medien.", "de", ("2024-11-11", "report", "staatliche Medien")),
        (
            "Der Rat berät dann, wie Ratssprecher Hans Muster am Montag im Ruritanischen Fernsehen bekanntgab.",
            "de",
            ("2024-11-11", "report", "Ruritanisches Fernsehen"),
        ),
        (
            "Der Rat berät dann, wie Ratssprecher Hans Muster am Montag im Schweizer Fernsehen (SRF) bekanntgab.",
            "de",
            ("2024-11-11", "report", "Schweizer Fernsehen"),
        ),
        (
            "Talks must bring results, the minister said in an interview broadcast on Tuesday evening by "
            "state television.",
            "en",
            ("2024-11-12", "report", "state television"),
        ),
        (
            "He told Ruritanian state TV on Monday that talks would resume.",
            "en",
            ("2024-11-11", "report", "Ruritanian state TV"),
        ),
        # a source line before its date
        (
            "Quelle: B5 aktuell Nachrichten, 01.07.2020 01:00 Uhr",
            "de",
            ("2020-07-01T01:00", "report", "B5 aktuell Nachrichten"),
        ),
        ("Source: Xinhua| 2017-08-15", "en", ("2017-08-15", "report", "Xinhua")),
    ],
)
def test_broadcasters_without_a_name_and_source_lines(text: str, language: str, expected: tuple[str, str, str]) -> None:
    [mention] = find(text, dct=date(2024, 11, 13), language=language)
    assert (mention.value, mention.kind, mention.publisher) == expected


@pytest.mark.parametrize(
    ("language", "text", "dct", "expected"),
    [
        # a feast that names one day or night: its day, in the year given or placed by the tense
        (
            "de",
            "In der Silvesternacht blieb es ruhig.",
            date(2021, 1, 4),
            [("In der Silvesternacht", "2020-12-31/2021-01-01")],
        ),
        ("de", "Am Karfreitag 2020 war es still.", date(2021, 1, 4), [("Am Karfreitag 2020", "2020-04-10")]),
        (
            "de",
            "Die Läden bleiben von Karfreitag bis Ostermontag zu.",
            date(2020, 4, 1),
            [("von Karfreitag bis Ostermontag", "2020-04-10/2020-04-13")],
        ),
        (
            "de",
            "Am Faschingsdienstag kam lediglich eine Kabine.",
            date(2011, 4, 14),
            [("Am Faschingsdienstag", "2011-03-08")],
        ),
        (
            "de",
            "Die Regel gilt vor dem Karfreitag am 19. April.",
            date(2019, 3, 14),
            [("vor dem Karfreitag", "2019-04-19")],
        ),
        ("en", "Churches were attacked on Easter Sunday.", date(2019, 5, 27), [("on Easter Sunday", "2019-04-21")]),
        (
            "en",
            "Shops close from Good Friday to Easter Monday.",
            date(2020, 4, 1),
            [("from Good Friday to Easter Monday", "2020-04-10/2020-04-13")],
        ),
        ("en", "It was New Year’s Eve 2019.", date(2021, 1, 4), [("New Year’s Eve 2019", "2019-12-31")]),
        # a feast's word that is also a name, and the periods of several days, are none
        ("de", "Silvester Muster kam gestern.", date(2021, 1, 4), [("gestern", "2021-01-03")]),
        ("de", "Über Ostern bleibt es kalt.", date(2021, 3, 1), []),
        ("en", "They met over Christmas.", date(2021, 1, 4), []),
    ],
)
def test_feasts_that_name_one_day(language: str, text: str, dct: date, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=dct, language=language)] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # English on the 24-hour clock: two digits of the hour after a preposition, or with "hrs"/"hours"
        ("en", "The train left at 14:00 on Monday.", [("at 14:00 on Monday", "2020-11-02T14:00")]),
        ("en", "The fire started at 1400hrs on Monday.", [("at 1400hrs on Monday", "2020-11-02T14:00")]),
        ("en", "03 Nov 2020 at 07:14hrs\nTouts were accused.", [("03 Nov 2020 at 07:14hrs", "2020-11-03T07:14")]),
        ("en", "Polls close at 22:00.", [("at 22:00", "2020-11-03T22:00")]),
        # a score, or a 12-hour time without its "pm", is none
        ("en", "The score was 12:10 at half time.", []),
        ("en", "It opened at 2:30 on Monday.", [("on Monday", "2020-11-02")]),
        # a German part of the day in the spelling before 1996 is the day's, not "tomorrow"
        ("de", "Er hat heute morgen gepredigt.", [("heute morgen", "2020-11-03")]),
        ("de", "Er kam gestern abend an.", [("gestern abend", "2020-11-02")]),
        ("de", "Wir treffen uns morgen.", [("morgen", "2020-11-04")]),
    ],
)
def test_clock_times_and_parts_of_days_as_written(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2020, 11, 3), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the minutes said after "Uhr"
        (
            "Der Beitrag lief um 12 Uhr 05 am 21. September 2004.",
            [("um 12 Uhr 05 am 21. September 2004", "2004-09-21T12:05")],
        ),
        (
            "Der Zug fuhr am 21. September 2004 um 9 Uhr 30 ab.",
            [("21. September 2004 um 9 Uhr 30", "2004-09-21T09:30")],
        ),
        # not a number of what follows (a noun is capitalised)
        ("Am 21. September 2004 um 12 Uhr 30 Menschen kamen.", [("21. September 2004 um 12 Uhr", "2004-09-21T12:00")]),
        # "bis einschließlich dem" joins a span as "bis einschließlich" does
        (
            "Die Kurzarbeit gilt vom 4. bis einschließlich dem 15. Oktober 2018.",
            [("vom 4. bis einschließlich dem 15. Oktober 2018", "2018-10-04/2018-10-15")],
        ),
    ],
)
def test_german_spoken_minutes_and_inclusive_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2004, 9, 21), language="de")] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The deal ends on March 31 next year.", [("March 31 next year", "2020-03-31")]),
        ("en", "It ended on 31 March last year.", [("31 March last year", "2018-03-31")]),
        ("en", "It starts on June 1 this year.", [("June 1 this year", "2019-06-01")]),
        ("de", "Der Vertrag endet am 31. März nächsten Jahres.", [("31. März nächsten Jahres", "2020-03-31")]),
        ("de", "Er endete am 31. März des vergangenen Jahres.", [("31. März des vergangenen Jahres", "2018-03-31")]),
    ],
)
def test_a_day_and_month_with_its_year_counted_from_the_text_s(
    language: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2019, 2, 14), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Sitzung war am 23. Feber 2010.", [("23. Feber 2010", "2010-02-23")]),  # Austrian, as "Jänner"
        ("Seit Feber 2010 ist die Sauna zu.", [("Seit Feber 2010", "2010-02")]),
    ],
)
def test_month_names_arrow_lacks_stand_without_a_dot(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2011, 4, 14), language="de")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He came on 3 Mar 2020 and left.", [("3 Mar 2020", "2020-03-03", "event", None)]),
        (
            "Tehran, (APP - Ruritania Point News - 1st Sep, 2021 ) :Stalled talks may not resume.",
            [("1st Sep, 2021", "2021-09-01", "report", "APP")],
        ),
        ("The talks failed (AFP, March 3, 2020).", [("March 3, 2020", "2020-03-03", "report", "Agence France-Presse")]),
        # an abbreviation without its dot is a month only before a day or a year
        ("Page 5 Mar was here.", []),
    ],
)
def test_abbreviated_months_before_a_year_and_agency_bylines(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert [
        (m.surface, m.value, m.kind, m.publisher) for m in find(text, dct=date(2024, 11, 13), language="en")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # institutions in the nominative, as they are known by
        ("Das sagte ein Sprecher des Obersten Gerichtshofs am Montag.", ("am Montag", "Oberster Gerichtshof")),
        # an outlet's name runs on over its hyphen: never "Deutsche Presse"
        ("Das sagte Muster am Montag der Deutschen Presse-Agentur.", ("am Montag", "Deutsche Presse-Agentur")),
        ("Das sagte Muster am Montag der Deutschen Welle.", ("am Montag", "Deutsche Welle")),
        (
            "Das teilte die Pressestelle der Europäischen Kommission am Montag mit.",
            ("am Montag", "Europäische Kommission"),
        ),
        ("Laut einer Mitteilung der Vereinten Nationen vom Montag ist alles gut.", ("vom Montag", "Vereinte Nationen")),
        ("Laut einer Mitteilung des Innenministeriums vom Montag ist alles gut.", ("vom Montag", "Innenministerium")),
        # after a definite article the adjective takes its nominative ending without one; clubs, crosses, railways
        ("Das Rote Kreuz teilte am Montag mit, alles sei gut.", ("am Montag", "Rotes Kreuz")),
        ("Der Deutsche Alpenverein teilte am Montag mit, alles sei gut.", ("am Montag", "Deutscher Alpenverein")),
        ("Das sagte ein Sprecher der Deutschen Bahn am Montag.", ("am Montag", "Deutsche Bahn")),
        # an adjective in "-isch" is capitalised only in a proper name: no one described by a noun
        (
            "Ein Sprecher des Bayerischen Roten Kreuzes sagte am Montag, alles sei gut.",
            ("am Montag", "Bayerisches Rotes Kreuz"),
        ),
        # the paper a statement was given to, its name in quotes
        (
            "Ministerin Anna Muster sagte der „Süddeutschen Zeitung“ am Montag, alles sei gut.",
            ("am Montag", "Süddeutsche Zeitung"),
        ),
        # a person's name is left as it is
        ("Das sagte Steffen Muster (SPD) am Montag.", ("am Montag", "Steffen Muster")),
        # a source dated by a month, its maker in the nominative
        (
            "Laut einer Zählung der Oberösterreichischen Nachrichten aus dem März hat der Sender zu viel gesendet.",
            ("aus dem März", "Oberösterreichische Nachrichten"),
        ),
    ],
)
def test_german_names_in_the_nominative(text: str, expected: tuple[str, str]) -> None:
    reports = [(m.surface, m.publisher) for m in find(text, dct=date(2025, 4, 10), language="de") if m.kind == "report"]
    assert reports == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people who speak for a body, named after them: the body
        (
            "Officials at the Federal Aviation Administration said Friday that it was over.",
            "Federal Aviation Administration",
        ),
        ("Two senior officials from the Ministry of Health said on Friday that it was over.", "Ministry of Health"),
        ("An official with the State Department said on Friday that it was over.", "State Department"),
        # a participle before the date takes the tense of the verb that follows it, not of what was said
        ("Speaking to the BBC on Friday, the minister said the plan would work.", "BBC"),
    ],
)
def test_english_bodies_behind_their_people(text: str, expected: str) -> None:
    reports = [(m.value, m.publisher) for m in find(text, dct=date(2024, 5, 15), language="en") if m.kind == "report"]
    assert reports == [("2024-05-10", expected)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a month or a year right beside a verb told as made dates the statement
        ("Das Ministerium hatte im Juni mitgeteilt, dass alles gut sei.", "de", ("2024-06", "report", "Ministerium")),
        ("The ministry said in June that it would act.", "en", ("2024-06", "report", "ministry")),
        # "nach Angaben aus … vom", a place after the subject, the maker of a statement before its verb
        (
            "Nach Angaben aus Regierungskreisen vom Montag ist der Plan gescheitert.",
            "de",
            ("2024-11-11", "report", "Regierungskreisen"),
        ),
        (
            "Die Polizei in Straßburg teilte am Montag mit, dass zwei Männer festgenommen wurden.",
            "de",
            ("2024-11-11", "report", "Polizei in Straßburg"),
        ),
        ("The company released a statement on Friday.", "en", ("2024-11-08", "report", "company")),
    ],
)
def test_reporting_constructions(text: str, language: str, expected: tuple[str, str, str | None]) -> None:
    first = find(text, dct=date(2024, 11, 13), language=language)[0]
    assert (first.value, first.kind, first.publisher) == expected


def test_speaking_to_an_outlet_dates_a_report() -> None:
    [mention] = find(
        "Speaking to the BBC on Monday, the minister said the plan was dead.", dct=date(2024, 11, 13), language="en"
    )
    assert (mention.value, mention.kind, mention.publisher) == ("2024-11-11", "report", "BBC")


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # wire datelines in German and with the agency after a dash, an undotted month before the wire's name
        (
            "BEIJING, 24. Januar (Xinhuanet) -- China drängte die Nachbarn.",
            "de",
            date(2017, 1, 24),
            ("2017-01-24", "Xinhuanet"),
        ),
        (
            "BERLIN, 6. Dezember. /tass/. Das Ministerium erhöhte die Standards.",
            "de",
            date(2023, 12, 6),
            ("2023-12-06", "TASS"),
        ),
        (
            "MINSK, December 29 – RIA Novosti. The press secretary did not comment.",
            "en",
            date(2022, 12, 29),
            ("2022-12-29", "RIA Novosti"),
        ),
        (
            "LONDON, Sept 17 (Reuters) - The manager has dismissed suggestions.",
            "en",
            date(2017, 9, 17),
            ("2017-09-17", "Reuters"),
        ),
        # a spokesperson's later statements are the institution's; a role stands for the person named with it
        (
            "The press secretary of the Ruritanian Foreign Ministry Anton Muster did not comment. "
            "“The investigation is underway,” Muster told reporters on Thursday.",
            "en",
            date(2022, 12, 29),
            ("2022-12-29", "Ruritanian Foreign Ministry"),
        ),
        (
            "Health Cabinet Secretary Sicily Muster has confirmed the news. The Cabinet Secretary, who was speaking "
            "to journalists on Monday, asked everyone to remain vigilant.",
            "en",
            date(2019, 6, 18),
            ("2019-06-17", "Sicily Muster"),
        ),
        # a statement noun fronted before a comma: the subject after it made the statement
        (
            "In a statement released today, the World Health Organization (WHO) declared an emergency.",
            "en",
            date(2014, 8, 8),
            ("2014-08-08", "World Health Organization"),
        ),
        # a press conference is a statement noun of two words; at one, the subject after the comma spoke
        (
            "At a press conference on Sunday evening, Muster told reporters that no flight would land.",
            "en",
            date(2020, 3, 22),
            ("2020-03-22", "Muster"),
        ),
        (
            "Auf einer Pressekonferenz am Sonntag sagte Anna Muster, es gebe keine Flüge.",
            "de",
            date(2020, 3, 22),
            ("2020-03-22", "Anna Muster"),
        ),
        # the outlet a statement went to, right after the date; a title anywhere before the name
        (
            '"Es gibt nichts Neues", sagte EADS-Sprecher Hans Muster am Montag Dow Jones Newswires auf Anfrage.',
            "de",
            date(2007, 12, 10),
            ("2007-12-10", "Dow Jones Newswires"),
        ),
        (
            "Als »sehr angespannt« bezeichnet Lichtensteins Feuerwehrkommandant Andreas Muster die Lage am "
            "Sonntagvormittag.",
            "de",
            date(2024, 6, 2),
            ("2024-06-02", "Andreas Muster"),
        ),
        (
            "The Ministry of External Affairs clarified on Saturday that a question needs correction.",
            "en",
            date(2023, 12, 9),
            ("2023-12-09", "Ministry of External Affairs"),
        ),
        (
            "Diese Nachricht wurde am 03.08.2025 im Programm Deutschlandfunk gesendet.",
            "de",
            date(2025, 8, 3),
            ("2025-08-03", "Deutschlandfunk"),
        ),
    ],
)
def test_datelines_spokespeople_and_roles(text: str, language: str, dct: date, expected: tuple[str, str]) -> None:
    reports = [(m.value, m.publisher) for m in find(text, dct=dct, language=language) if m.kind == "report"]
    assert expected in reports, reports


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # halves and quarters of a year
        (
            "The merger is expected to close in the first half of 2015.",
            "en",
            date(2014, 8, 29),
            [("2015-01/2015-06", "event")],
        ),
        (
            "Sales rose in the third quarter of 2019 and in Q4 2019.",
            "en",
            date(2020, 1, 5),
            [("2019-07/2019-09", "event"), ("2019-10/2019-12", "event")],
        ),
        (
            "Die Fusion soll im ersten Halbjahr 2015 abgeschlossen werden.",
            "de",
            date(2014, 8, 29),
            [("2015-01/2015-06", "event")],
        ),
        # a quarter by its direction from the text's, and the first or last months of a year
        (
            "Trading was profitable almost every day last quarter; sales will rise next quarter.",
            "en",
            date(2014, 1, 21),
            [("2013-10/2013-12", "event"), ("2014-04/2014-06", "event")],
        ),
        ("He scored 12 points in the last quarter.", "en", date(2014, 1, 21), []),
        (
            "Chipotle reported third-quarter earnings; in the first quarter sales fell.",
            "en",
            date(2016, 10, 26),
            [("2016-07/2016-09", "event"), ("2016-01/2016-03", "event")],
        ),
        ("Rains were predicted for the last quarter of 2023.", "en", date(2023, 9, 1), [("2023-10/2023-12", "event")]),
        (
            "The first four months of this year were the driest on record.",
            "en",
            date(2020, 6, 25),
            [("2020-01/2020-04", "event")],
        ),
        ("Im vergangenen Quartal sank der Umsatz.", "de", date(2020, 6, 25), [("2020-01/2020-03", "event")]),
        # a decade in small letters, and its century
        (
            "Das geschah in den siebziger Jahren des vergangenen Jahrhunderts, jenes in den achtziger Jahren des 19. "
            "Jahrhunderts.",
            "de",
            date(2013, 3, 18),
            [("1970/1979", "event"), ("1880/1889", "event")],
        ),
        # a quarter by the day it ended
        (
            "Net income fell in the second quarter ended June 30; revenue rose in the quarter ended Feb. 28.",
            "en",
            date(2016, 7, 18),
            [("2016-04/2016-06", "event"), ("2015-12/2016-02", "event")],
        ),
        (
            "Revenue rose in the three months ending March 31, 2020.",
            "en",
            date(2020, 5, 5),
            [("2020-01/2020-03", "event")],
        ),
        (
            "In den letzten zwei Monaten des vergangenen Jahres sank der Umsatz.",
            "de",
            date(2020, 6, 25),
            [("2019-11/2019-12", "event")],
        ),
        # without its year: by a direction, else the part that ends on the side the tense says; a game's half is none
        (
            "Eine Anklage wird noch im ersten Halbjahr erwartet.",
            "de",
            date(2023, 3, 15),
            [("2023-01/2023-06", "event")],
        ),
        ("Im zweiten Halbjahr stieg der Umsatz.", "de", date(2023, 3, 15), [("2022-07/2022-12", "event")]),
        (
            "Im zweiten Quartal des kommenden Jahres wird gebaut.",
            "de",
            date(2023, 3, 15),
            [("2024-04/2024-06", "event")],
        ),
        ("In der ersten Hälfte des Spiels fiel kein Tor.", "de", date(2023, 3, 15), []),
        ("The plant opens in the first quarter of next year.", "en", date(2023, 3, 15), [("2024-01/2024-03", "event")]),
        ("He scored in the second half.", "en", date(2023, 3, 15), []),
        # a year that frames the month right after it is no entry of its own
        ("Last year in August the river flooded the town.", "en", date(2019, 6, 18), [("2018-08", "event")]),
        # a part of the day before any day is named is the text's day; a US date with its time, on a liveblog's
        # author line, dates that author's entry
        ("Die Feuerwehr war am frühen Morgen im Einsatz.", "de", date(2021, 9, 16), [("2021-09-16", "event")]),
        ("10/4/2021 6:26:23 AM   Julia Muster", "en", date(2021, 10, 4), [("2021-10-04T06:26", "report")]),
        # a passive infinitive after a modal is no future; "vom Freitagabend" names a day past
        (
            "Er konnte am Mittwochnachmittag von der Polizei festgenommen werden.",
            "de",
            date(2021, 9, 16),
            [("2021-09-15", "event")],
        ),
        (
            "Es soll geklärt werden, ob er für die Brände vom Freitagabend verantwortlich ist.",
            "de",
            date(2021, 9, 16),
            [("2021-09-10", "event")],
        ),
        # a verb in brackets says nothing of a date outside them
        (
            "Nach den Bränden am Dienstagabend (wir berichteten) hat die Polizei einen Mann festgenommen.",
            "de",
            date(2021, 9, 16),
            [("2021-09-14", "event")],
        ),
    ],
)
def test_parts_of_years_framing_years_and_asides(
    text: str, language: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(m.value, m.kind) for m in find(text, dct=dct, language=language)] == expected


def test_german_adjectives_after_an_article_in_the_nominative() -> None:
    [mention] = find(
        "Regen sei zu erwarten, teilte der Deutsche Wetterdienst am Morgen mit.", dct=date(2021, 10, 4), language="de"
    )
    assert (mention.value, mention.kind, mention.publisher) == ("2021-10-04", "report", "Deutscher Wetterdienst")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a statement noun with its maker beside the date dates that statement, not a verb further off
        (
            "The Commission on Tuesday declined to comment on remarks by Ruritanian President Anna Muster on Monday.",
            "en",
            ("2024-11-11", "Anna Muster"),
        ),
        # a role named just after stands for the person named with it
        (
            "Der Minister hat heute am Rande des Besuchs dazu aufgefordert, ruhig zu bleiben. "
            "Außenminister Muster hat weiter gesagt, es sei ernst.",
            "de",
            ("2024-11-13", "Muster"),
        ),
    ],
)
def test_statements_beside_their_dates_and_roles_named_after(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    reports = [
        (m.value, m.publisher) for m in find(text, dct=date(2024, 11, 13), language=language) if m.kind == "report"
    ]
    assert expected in reports, reports


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # two times of one day are one range, on the weekday named with them or the day named last
        (
            "The road will be closed between 10 a.m. and 11 a.m. Wednesday.",
            "en",
            date(2011, 11, 21),
            "2011-11-23T10:00/2011-11-23T11:00",
        ),
        ("The office is open from 9 to 5 pm on Monday.", "en", date(2011, 11, 21), "2011-11-21T09:00/2011-11-21T17:00"),
        ("Von 8 bis 12.30 Uhr bleibt das Amt zu.", "de", date(2018, 12, 10), "2018-12-10T08:00/2018-12-10T12:30"),
        # "seit dem frühen Mittwochabend", "since March": never ahead
        ("Seit dem frühen Mittwochabend ruht der Ball.", "de", date(2020, 4, 16), "2020-04-15"),
        ("The crew has been in space since March.", "en", date(2023, 8, 25), "2023-03"),
        # the weekday written with a day tells its year
        (
            "SpaceX said it was delaying the liftoff to Saturday, August 26 at 3:27 a.m.",
            "en",
            date(2023, 8, 25),
            "2023-08-26T03:27",
        ),
        # a statement noun after the date is its statement's only right beside it
        ("Der Gipfel endete am 15. März 2031 mit einer gemeinsamen Erklärung.", "de", date(2031, 3, 16), "2031-03-15"),
    ],
)
def test_time_ranges_since_and_weekdays_that_tell_the_year(text: str, language: str, dct: date, expected: str) -> None:
    [mention] = find(text, dct=dct, language=language)
    assert mention.value == expected
    assert mention.kind == "event"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ein Zug fuhr in ein Auto.\n\nveröffentlicht: 10. April 2024 19:44\n", "de", "2024-04-10T19:44"),
        ("veröffentlicht am 23.03.2009\n\nDie Staatskanzlei lädt ein.", "de", "2009-03-23"),
        ("Stand: 10.07.2024, 13:45 Uhr\nDer Brand ist gelöscht.", "de", "2024-07-10T13:45"),
        ("Date:Thursday, February 09,2006\n\nPolice are investigating a collision.", "en", "2006-02-09"),
        ("Published: Aug. 12, 2022 at 4:34 PM EDT\nThe plant closes.", "en", "2022-08-12T16:34-04:00"),
        ("Updated 12 August 2022\nThe plant closes.", "en", "2022-08-12"),
        # a date alone on the last line signs a release
        ("The minister will attend the summit.\n\nMINISTRY OF FOREIGN AFFAIRS\n16 OCTOBER 2012\n", "en", "2012-10-16"),
    ],
)
def test_a_pages_publication_line_is_its_own_report(text: str, language: str, expected: str) -> None:
    assert [(m.value, m.kind) for m in find(text, dct=date(2024, 11, 13), language=language)] == [(expected, "report")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the issuer is the organisation the release names most often, in its fullest form
        (
            "Hamburg | Donnerstag, 7. Februar 2019\n"
            "Nach der Entscheidung der Kommission, den Verkauf von der Muster AG an die Beispiel-Werke AG zu "
            "untersagen, prüft Muster Alternativen. Muster hatte die Bedenken erwartet. Der Vorstand der Muster "
            "AG bedauert die Entscheidung.",
            "de",
            "Muster AG",
        ),
        (
            "Wien (pts016/04.08.2003/11:10) Die vom Marktforschungsinstitut Musterstudio Informationsservices "
            "GmbH durchgeführte Befragung zeigt Trends. Laut Musterstudio wächst der Tourismus.",
            "de",
            "Musterstudio Informationsservices GmbH",
        ),
        (
            "NEW YORK and JUBA, South Sudan, April 30, 2018 /CNW/ - Ten aid workers were released today. "
            '"It is a relief," said Jane Doe, UNICEF Executive Director. Two of them work for UNICEF.',
            "en",
            "UNICEF",
        ),
        # a release line with the day first and no wire; its issuer opens the first sentence
        (
            "Nairobi/Geneva, 11 September 2020 — The International Federation of Red Cross and Red Crescent "
            "Societies (IFRC) today launched an appeal.",
            "en",
            "International Federation of Red Cross and Red Crescent Societies",
        ),
        # an acronym naming a thing ("the ACD Summit") is no issuer; a date alone closing a release dates it
        (
            "Mr Max Muster will attend the ACD Summit. The ACD was founded in 2002. The ACD meets again.\n\n"
            "16 OCTOBER 2012\n",
            "en",
            None,
        ),
        # a one-word name someone speaks for
        (
            "Hamburg, 4. 3. 2022 – Heute protestieren Aktivisten von Musterfrieden in Rostock. „Das muss enden“, "
            "sagt Musterfrieden Energie-Experte Karl Muster. Musterfrieden fordert ein Embargo.",
            "de",
            "Musterfrieden",
        ),
        # a name with an organisation's word as its head ("International", "Department", "-Institut … für …"),
        # counted with the short form the text defines for it; a line that calls itself a release
        (
            "Pressemitteilung 06. Dezember 2016\n\nAnlässlich des Tags fordert Musterhilfe International die "
            "Regierungen auf, mehr zu tun. Musterhilfe zeigt Beispiele aus vielen Ländern.",
            "de",
            "Musterhilfe International",
        ),
        (
            "FOR IMMEDIATE RELEASE\nMonday, Feb. 1, 2016\nMusterville Police Respond to False Report\n"
            "Police Chief Max Muster reports that the Musterville Police Department responded to a call.",
            "en",
            "Musterville Police Department",
        ),
        (
            "March 23, 2018 – The article asserted that The Independent Commission of Musters (ICOM) erred. "
            "This is inaccurate. ICOM did not err, and the Court of Appeal agreed. ICOM acted lawfully, and the "
            "Court of Appeal said so.",
            "en",
            "Independent Commission of Musters",
        ),
        # a title line that names the issuer; "UPDATE <date>:" dates the release; so does a short line of its own
        (
            "Presseaussendung der Polizei Musterland\n\nUPDATE 28.07.2021:\nDie Brandursache ist nicht geklärt.",
            "de",
            "Polizei Musterland",
        ),
        (
            "Statement of the Spokesperson of the Ministry of Foreign Affairs, Ambassador Max Muster, in Response "
            "to a Question\n\nQA-40, 12 November 2016\n\nWe have learned that the talks have been paused.",
            "en",
            "Ministry of Foreign Affairs",
        ),
        (
            "Interview mit Max Muster (CDU) für die NRW-Lokalradios\n\nOberhausen, 14. September 2021\n"
            "Max Muster glaubt an den Sieg. Die Partei hofft.",
            "de",
            "NRW-Lokalradios",
        ),
        # a release that names no organisation twice stays without a publisher; a wire stays the wire's
        (
            "Bonn, 04.07.2022. Durch die Folgen der Krise hat sich die Lage verschlechtert. Die Hilfe der Muster AG "
            "kommt an.",
            "de",
            None,
        ),
        (
            "NEW YORK, April 30, 2018 /CNW/ - Ten aid workers were released today, NEW YORK officials said.",
            "en",
            "CNW",
        ),
    ],
)
def test_a_release_line_without_its_issuer_takes_the_organisation_named_most(
    text: str, language: str, expected: str | None
) -> None:
    lines = [m for m in find(text, dct=date(2024, 11, 13), language=language) if m.kind == "report"]
    assert [m.publisher for m in lines] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        (
            "The blockade has held since May 24, when the Qatari state-run news agency reported the hack.",
            "en",
            date(2017, 10, 27),
            [("2017-05-24", "report", "Qatari state-run news agency")],
        ),
        (
            "Die Grenze ist seit dem 3. März zu, als das Innenministerium die Schließung mitteilte.",
            "de",
            date(2020, 4, 1),
            [("2020-03-03", "report", "Innenministerium")],
        ),
        # a clause with its verb last has its subject first
        (
            "Die Straße bleibt zu, wie die Stadtverwaltung am Montag den Anwohnern mitteilte.",
            "de",
            date(2020, 4, 1),
            [("2020-03-30", "report", "Stadtverwaltung")],
        ),
        # a clause of time without a statement leaves the date an event
        (
            "The road has been closed since May 24, when the floods came.",
            "en",
            date(2017, 10, 27),
            [("2017-05-24", "event", None)],
        ),
        (
            "Seit dem 3. März, als das Hochwasser kam, ist die Straße gesperrt.",
            "de",
            date(2020, 4, 1),
            [("2020-03-03", "event", None)],
        ),
    ],
)
def test_a_clause_of_time_after_a_date_dates_its_statement(
    text: str, language: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.value, m.kind, m.publisher) for m in find(text, dct=dct, language=language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # press releases' date lines, with the issuer their first sentence names, or none
        (
            "Bern, 11.12.2015 - Der Bundesrat hat die Departemente verteilt.",
            "de",
            date(2015, 12, 11),
            ("2015-12-11", "Bundesrat"),
        ),
        (
            "Trier, 14. September 2020 | Die Arbeitsgemeinschaft der Caritasverbände\nRheinland-Pfalz (AGCV) "
            "unterstützt die Kampagne.",
            "de",
            date(2020, 9, 14),
            ("2020-09-14", "Arbeitsgemeinschaft der Caritasverbände Rheinland-Pfalz"),
        ),
        (
            "Wien (pts016/04.08.2003/11:10) Aus Sicht der Betriebe gewinnt Österreich.",
            "de",
            date(2003, 8, 4),
            ("2003-08-04T11:10", None),
        ),
        ("Wien, 03. Juli 2009 – 849 Teilnehmer konnten teilnehmen.", "de", date(2009, 7, 3), ("2009-07-03", None)),
        # a line of a name and a date alone signs a release
        (
            "Zoo Musterstadt 05.04.2019\nEinzugstermin für den Koala steht fest.",
            "de",
            date(2019, 4, 5),
            ("2019-04-05", "Zoo Musterstadt"),
        ),
        # figures as their maker gave them on a day; "„…“, so X am Donnerstag"
        (
            "Zum Stand Mittwoch, 28. Oktober 2020 ist bei 201 Menschen eine Infizierung nachgewiesen.",
            "de",
            date(2020, 10, 28),
            ("2020-10-28", None),
        ),
        (
            "„Migranten werden diffamiert“, so Regina Muster, Caritasdirektorin für die Diözese Mainz, am Donnerstag.",
            "de",
            date(2025, 2, 3),
            ("2025-01-30", "Regina Muster"),
        ),
        (
            "Der Rat berät dann, wie Bundesratssprecher André Muster am Mittwoch bekanntgab.",
            "de",
            date(2022, 12, 8),
            ("2022-12-07", "Bundesrat"),
        ),
        # a participle before a comma: the subject after it; a name with its family name's article
        (
            "Addressing a press conference on Tuesday, Chohan said no stone would be left unturned.",
            "en",
            date(2018, 8, 28),
            ("2018-08-28", "Chohan"),
        ),
        (
            "Energy Minister Khalid al-Muster said on Sunday that talks go on. "
            "Muster said earlier this month that they would.",
            "en",
            date(2019, 6, 17),
            ("2019-06-16", "Khalid al-Muster"),
        ),
    ],
)
def test_release_lines_signatures_and_sources_of_quotations(
    text: str, language: str, dct: date, expected: tuple[str, str | None]
) -> None:
    reports = [(m.value, m.publisher) for m in find(text, dct=dct, language=language) if m.kind == "report"]
    assert expected in reports, reports


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("OPEC would probably meet in the first week in July in Vienna.", "en", [("2019-07-01/2019-07-07", "event")]),
        ("Die Konferenz findet in der ersten Juliwoche statt.", "de", [("2019-07-01/2019-07-07", "event")]),
        ("The outbreak hit its plants in January and February 2020.", "en", [("2020-01/2020-02", "event")]),
        ("Die Werte stiegen im Januar und Februar 2020.", "de", [("2020-01/2020-02", "event")]),
        # "the same day" is the day named last, even a report's (not the last event's)
        (
            "Flights were cancelled on Thursday, June 13. The union announced a strike on Friday, June 14. "
            "On the same day, the airline cancelled more flights.",
            "en",
            [("2019-06-13", "event"), ("2019-06-14", "report"), ("2019-06-14", "event")],
        ),
    ],
)
def test_weeks_of_months_month_pairs_and_the_same_day(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.value, m.kind) for m in find(text, dct=date(2019, 6, 17), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # a time right before or after its day is one expression with it
        (
            "Die Polizei wurde gegen 4 Uhr am Sonntag alarmiert.",
            "de",
            date(2024, 7, 10),
            ("2024-07-07T04:00", "gegen 4 Uhr am Sonntag"),
        ),
        (
            "The collision took place around 7:45pm on Friday, May 6, 2005.",
            "en",
            date(2006, 2, 9),
            ("2005-05-06T19:45", "around 7:45pm on Friday, May 6, 2005"),
        ),
        (
            "As of 10 am August 16, 5,327 cases were reported.",
            "en",
            date(2003, 8, 16),
            ("2003-08-16T10:00", "10 am August 16"),
        ),
        (
            "Am Sonnabend (13 Uhr) gastieren die Kieler in Dresden.",
            "de",
            date(2018, 4, 11),
            ("2018-04-14T13:00", "Am Sonnabend (13 Uhr)"),
        ),
        # a night named by the day it ends on is dated by that day, as reports date what happened in it; named by
        # both its days it is the span of the two
        (
            "In der Nacht auf Mittwoch stieg das Wasser.",
            "de",
            date(2013, 6, 5),
            ("2013-06-05", "In der Nacht auf Mittwoch"),
        ),
        (
            "In der Nacht zum Montag wurde eingebrochen.",
            "de",
            date(2013, 6, 5),
            ("2013-06-03", "In der Nacht zum Montag"),
        ),
        (
            "In der Nacht von Sonntag auf Montag wurde eingebrochen.",
            "de",
            date(2013, 6, 5),
            ("2013-06-02/2013-06-03", "In der Nacht von Sonntag auf Montag"),
        ),
        # the middle and the end of a year
        ("Das Werk soll per Mitte 2029 fertig sein.", "de", date(2026, 2, 10), ("2029-06/2029-07", "Mitte 2029")),
        ("By mid-2029 it will be done.", "en", date(2026, 2, 10), ("2029-06/2029-07", "mid-2029")),
        (
            "The count ended Sunday, 3 p.m., officials said.",
            "en",
            date(2018, 4, 11),
            ("2018-04-08T15:00", "Sunday, 3 p.m."),
        ),
        ("By the end of 2027 it will be done.", "en", date(2026, 2, 10), ("2027-12", "the end of 2027")),
        # the end or start of the year in one word or the Swiss way, placed by tense as a month is
        ("Er tritt Ende Jahr ab.", "de", date(2018, 9, 30), ("2018-12", "Ende Jahr")),
        ("Das Wort wird zum Jahresbeginn übernommen.", "de", date(2004, 12, 30), ("2005-01", "Jahresbeginn")),
        ("Das Werk schloss zum Jahresende.", "de", date(2019, 3, 1), ("2018-12", "Jahresende")),
    ],
)
def test_times_beside_their_days_nights_and_the_middle_of_a_year(
    text: str, language: str, dct: date, expected: tuple[str, str]
) -> None:
    [mention] = find(text, dct=dct, language=language)
    assert (mention.value, mention.surface) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a week right beside a verb told as made dates the statement
        ("Acme Corp. disclosed last week that it received a subpoena.", ("2020-05-04/2020-05-10", "report")),
        # further off, it dates what was said
        ("Acme Corp. confirmed new cases during the last week.", ("2020-05-04/2020-05-10", "event")),
        # a span of months never dates a statement
        ("Acme Corp. said between March and April that sales fell.", ("2020-03/2020-04", "event")),
    ],
)
def test_a_week_beside_its_verb_dates_a_statement(text: str, expected: tuple[str, str]) -> None:
    [mention] = find(text, dct=date(2020, 5, 12), language="en")
    assert (mention.value, mention.kind) == expected


def test_a_part_of_the_day_after_a_week_is_no_day_of_that_week() -> None:
    """ "in dieser Woche … am späten Abend": the week names no day, so the evening is not its Monday's."""
    values = [
        m.value
        for m in find(
            "Aus den USA berichtet in dieser Woche unsere Korrespondentin. In Los Angeles ist es am späten Abend "
            "noch warm.",
            dct=date(2024, 11, 14),
            language="de",
        )
    ]
    assert values == ["2024-11-11/2024-11-17", "2024-11-14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire's dateline with the month short and no dot; a part of the day after it is on its day
        (
            "Berlin, 02. Nov (Reuters) - Der Verdacht hat sich nicht bestätigt. Endgültig wisse man es am Samstag.\n"
            "Kiel, 02. Nov (Reuter) - Der Verdächtige hat sich gestellt. Oberstaatsanwalt Max Muster sagte am Abend "
            "in Kiel, er sei erschienen.",
            [
                ("2001-11-02", "report", "Reuters"),
                ("2001-11-03", "event", None),
                ("2001-11-02", "report", "Reuter"),
                ("2001-11-02", "report", "Max Muster"),
            ],
        ),
        # an agency's byline with its editor's initials; a small word in brackets is no agency
        ("Es ist gut. (asca 28.05.2012 cs)", [("2012-05-28", "report", "asca")]),
        ("Das Treffen (am 12.3.2020) fiel aus.", [("2020-03-12", "event", None)]),
        ("Das Spiel am 27-04-1968 endete 2:0.", [("1968-04-27", "event", None)]),
        # a source with an adjective, in the nominative
        (
            "Laut der offiziellen Statistik vom Samstag wurden 9943 Fälle gezählt.",
            [("2001-10-27", "report", "offizielle Statistik")],
        ),
        # a title before a name; "zurückgewiesen" tells a statement
        (
            "Das erklärte der Beauftragte der Kirche, Pfarrer Bernd Muster, am Donnerstag.",
            [("2001-11-01", "report", "Bernd Muster")],
        ),
        ("Vatikansprecher Max Muster hat am Montag Meldungen zurückgewiesen.", [("2001-10-29", "report", "Vatikan")]),
        # a text that opens with its date and a dash; a release line with its issuer on the last line
        ("25.02.2021 - Impfen, testen und öffnen.", [("2021-02-25", "report", None)]),
        ("Di 14.03.2017 - Stiftung verabschiedet Programm.", [("2017-03-14", "report", None)]),  # weekday clipped
        # a paper's numbered issue and its day; a law's number is none
        ("Im Vinschgerwind Nr. 17/2017 vom 31.08.2017 schrieb ich.", [("2017-08-31", "report", "Vinschgerwind")]),
        ("Das Gesetz 12/2019 vom 3. Mai 2019 gilt.", [("2019-05-03", "event", None)]),
        # the label of a line: no maker ("Nachricht 23. November 2014", "Redaktion 28.09.2010 - 17:56 Uhr")
        ("Nachricht 23. November 2014\n\nDie Synode tagt.", [("2014-11-23", "report", None)]),
        ("Grund dafür sei das.\nRedaktion 28.09.2010 - 17:56 Uhr\n", [("2010-09-28T17:56", "report", None)]),
        # a time stamp, and one closing a page
        ("Am 10.07.2024, 13:45 brach Feuer aus.", [("2024-07-10T13:45", "event", None)]),
        ("Die Polizei dankt.\n\nWallis / 22.08.2019 - 15:14:43\n", [("2019-08-22T15:14", "report", None)]),
        ("06.07.2018, 14:56\nDer Vorstand tritt zurück.", [("2018-07-06T14:56", "report", None)]),
        ("18.10.2025 | 11:55\nDer Vorstand tritt zurück.", [("2025-10-18T11:55", "report", None)]),
        # a line that says what it dates names no issuer
        ("Amnesty kritisiert es.\nPressemitteilung 06. Dezember 2016\n", [("2016-12-06", "report", None)]),
        # "kommunizierte" tells a statement; a subordinate clause's subject comes first
        (
            "Bevor Johann Muster seinen Rücktritt am Dienstag offiziell kommunizierte, wusste es jeder.",
            [("2001-10-30", "report", "Johann Muster")],
        ),
        (
            "Der Rat tagte.\nHannover/Berlin, 30. Dezember 2004\nPressestelle der Kirche\n",
            [("2004-12-30", "report", "Pressestelle der Kirche")],
        ),
        # a headline after a release line is no issuer
        (
            "Berlin, 5. März 2020\nNeue Regeln für Mieter\nDie Regierung beschloss sie.",
            [("2020-03-05", "report", None)],
        ),
    ],
)
def test_wire_copy_bylines_sources_and_release_lines_in_german(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(m.value, m.kind, m.publisher) for m in find(text, dct=date(2001, 11, 2), language="de")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release line with its date in brackets, and an issuer of the first sentence with "of the"
        (
            "Georgetown, Guyana – (September 12, 2018) The Ministry of the Presidency condemns the report.",
            [("2018-09-12", "report", "Ministry of the Presidency")],
        ),
        # an aside between subject and verb; a phrase opening with a preposition is no subject
        (
            "The presidency, through its digital communications office, said on Monday that the pictures were old.",
            [("2018-09-10", "report", "presidency")],
        ),
        (
            "In a press statement on Sunday, police spokesman Audley Muster confirmed the arrest.",
            [("2018-09-09", "report", "police")],
        ),
        (
            "Guyana sends Minister of Foreign Affairs Mr. Carl Muster, who clearly reiterated this in a statement on "
            "Tuesday.",
            [("2018-09-11", "report", "Carl Muster")],
        ),
        # "told" gives the outlet a statement went to, and the speaker where the audience is none
        ("The minister told Parliament on Monday that talks failed.", [("2018-09-10", "report", "minister")]),
        (
            "The minister told the Financial Times on Monday that talks failed.",
            [("2018-09-10", "report", "Financial Times")],
        ),
        # a comma inside a list of single words keeps the clause together
        (
            "Muster told North American, European and Japanese donor Governments in New York on Monday that aid "
            "was needed.",
            [("2018-09-10", "report", "Muster")],
        ),
        # "last night" is the night before; an issuer after "by" keeps "for" and "of"
        (
            "The Police Command said last night that it had begun an investigation.",
            [("2018-09-11", "report", "Police Command")],
        ),
        ("Last  night the police said so.", [("2018-09-11", "report", "police")]),
        (
            "The press release issued by the Department for Education on 22 August 2018.",
            [("2018-08-22", "report", "Department for Education")],
        ),
        # a text that opens with its date on a line of its own: the issuer opens what follows
        (
            "17 January 2019\nMusterton City Council challenges criticisms about delays.",
            [("2019-01-17", "report", "Musterton City Council")],
        ),
        # a phrase with a statement noun before a comma: the verb after it tells the statement as made
        (
            "And, in an announcement on Thursday, Birmingham said the coach will stay in charge.",
            [("2018-09-06", "report", "Birmingham")],
        ),
        (
            'The alliance will issue a statement tomorrow (Thursday)," he added.',
            [("2018-09-13", "event", None)],
        ),
        # a weekday as a name in a list of names is no day
        (
            "Police arrested Hamisu Muster, Onuh Sunday, and Agwan Beispiel on Monday, the police said.",
            [("2018-09-10", "event", None)],
        ),
        # a release's date line after a first line such as "FOR IMMEDIATE RELEASE"
        (
            "FOR IMMEDIATE RELEASE\nMonday, Feb. 1, 2016\nContact: John Muster\nPolice respond to a false report.",
            [("2016-02-01", "report", None)],
        ),
        # a city, its date and a colon open a story: a report whose maker the dateline does not name (a news
        # dateline takes no guessed issuer), unlike such a line inside a text
        (
            "London, June 21: Birmingham City have confirmed it. Birmingham City have a caretaker. Birmingham City "
            "Chairman Max Muster spoke.",
            [("2018-06-21", "report", None)],
        ),
        ("The plan.\nAgenda, May 5: talks.", [("2018-05-05", "event", None)]),
        # verbs of accusing and condemning tell a statement
        ("Ruritania on Wednesday accused Musterland of planting mines.", [("2018-09-12", "report", "Ruritania")]),
    ],
)
def test_english_release_lines_asides_and_audiences(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.value, m.kind, m.publisher) for m in find(text, dct=date(2018, 9, 12), language="en")] == expected


def test_names_joined_by_and_rename_the_subject_before_them() -> None:
    """ "two opposition candidates, Hans Muster and Anna Beispiel, said": the clause keeps its subject, and the
    names are who spoke."""
    [mention] = find(
        "On Sunday evening, two opposition candidates, Hans Muster and Anna Beispiel, said there would be a second "
        "round.",
        dct=date(2019, 2, 25),
        language="en",
    )
    assert (mention.value, mention.kind, mention.publisher) == ("2019-02-24", "report", "Hans Muster and Anna Beispiel")


def test_a_span_from_a_time_on_one_day_to_a_time_on_another() -> None:
    [mention] = find(
        "From 10:00 am August 15 to 10:00 am August 16, the mainland reported no new case.",
        dct=date(2003, 8, 16),
        language="en",
    )
    assert (mention.surface, mention.value) == (
        "From 10:00 am August 15 to 10:00 am August 16",
        "2003-08-15T10:00/2003-08-16T10:00",
    )


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # release and city datelines: a weekday before the date, a full stop after it, several places before it
        (
            "Hamburg | Donnerstag, 7. Februar 2019\nNach der Entscheidung ist alles anders.",
            "de",
            date(2019, 2, 7),
            ("2019-02-07", None),
        ),
        (
            "Bonn/Berlin, 04.07.2022. Durch die Folgen der Klimakrise hungern mehr Menschen.",
            "de",
            date(2022, 7, 4),
            ("2022-07-04", None),
        ),
        (
            "CAIRO – 27 October 2017: The former prime minister said that he regretted it.",
            "en",
            date(2017, 10, 27),
            ("2017-10-27", None),
        ),
        (
            "PORT-AU-PRINCE (AFP) Sep 21, 2004 The death toll rose to 700.",
            "en",
            date(2004, 9, 21),
            ("2004-09-21", "Agence France-Presse"),
        ),
        (
            "CRAWLEY, West Sussex, United Kingdom, Jan. 9, 2014 (GLOBE NEWSWIRE) -- Acme Group Limited (Nasdaq:ACM) "
            "announced results.",
            "en",
            date(2014, 1, 9),
            ("2014-01-09", "Acme Group Limited"),
        ),
        # more ways of saying, a title "Landeshauptmann", an announcement dated by its weekday
        (
            "Die Lage sei kritisch, erklärte Landeshauptmann Dr. Erwin Muster heute, Freitag.",
            "de",
            date(2006, 6, 30),
            ("2006-06-30", "Erwin Muster"),
        ),
        (
            "Chinas Außenamtssprecher Hong Lei hat sich am Dienstag zu mehreren Themen geäußert.",
            "de",
            date(2013, 5, 29),
            ("2013-05-28", "Chinas Außenamt"),
        ),
        (
            "An officer was arrested, according to a Friday announcement by County District Attorney Greg Muster.",
            "en",
            date(2021, 10, 23),
            ("2021-10-22", "Greg Muster"),
        ),
        (
            "He regretted it, in an interview with Qatar TV on Thursday.",
            "en",
            date(2017, 10, 27),
            ("2017-10-26", "Qatar TV"),
        ),
    ],
)
def test_more_datelines_and_ways_of_saying(
    text: str, language: str, dct: date, expected: tuple[str, str | None]
) -> None:
    reports = [(m.value, m.publisher) for m in find(text, dct=dct, language=language) if m.kind == "report"]
    assert expected in reports, reports


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell on Monday following reports it had received more money.",
        "Shares fell on Monday as some users called for a boycott of the company.",
    ],
)
def test_reports_as_a_noun_and_calls_are_no_statements(text: str) -> None:
    assert [m.kind for m in find(text, dct=date(2015, 5, 19), language="en")] == ["event"]


def test_a_relative_clause_after_a_date_joins_no_later_verb_to_it() -> None:
    text = "Acme shares fell on Tuesday after the firm, which is facing investigations, disclosed another delay."
    (tuesday,) = find(text, dct=date(2020, 5, 13), language="en")
    assert (tuesday.value, tuesday.kind) == ("2020-05-12", "event")


def test_a_press_conference_still_to_come_is_an_event() -> None:
    for text, language in (
        ("A press conference will be held on Tuesday.", "en"),
        ("Am Dienstag findet eine Pressekonferenz statt.", "de"),
    ):
        (tuesday,) = find(text, dct=date(2020, 3, 22), language=language)
        assert (tuesday.value, tuesday.kind) == ("2020-03-24", "event")


def test_each_story_under_its_own_dateline_counts_its_days_from_it() -> None:
    text = (
        "Musterstadt, 30.03.2021 - Der Geschäftsführer legt sein Amt nieder.\n\n"
        "Musterstadt, 26.03.2021 - Turbulent ging es gestern Abend im Rat zu.\n\n"
        "Musterstadt, 19.03.2021 - Rechtzeitig zum Weltwassertag am 22. März wird das Wasser aufgedreht. "
        "Spätestens zum Wochenende 27./28. März soll es überall fließen."
    )
    found = {m.surface: m.value for m in find(text, dct=date(2021, 3, 30), language="de")}
    assert found["gestern Abend"] == "2021-03-25"
    assert found["22. März"] == "2021-03-22"
    assert found["Wochenende 27./28. März"] == "2021-03-27/2021-03-28"


def test_the_start_of_the_week_is_its_monday() -> None:
    (start,) = find("Muster kündigte zum Wochenbeginn an, es zu tun.", dct=date(2015, 11, 18), language="de")
    assert (start.value, start.kind, start.publisher) == ("2015-11-16", "report", "Muster")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ermittlungen eingeleitet\n\n29.08.2018, 09:58 Uhr — Erstveröffentlichung (aktuell)\n\n"
            "Dem Ministerium ist bekannt, dass ein Dokument veröffentlicht wurde.",
            ("2018-08-29T09:58", "report", None),
        ),
        (
            "SENDETERMIN Mi., 29.08.18 | 05:30 Uhr | Das Erste\n\nMuster stimmte sich auf seine Rolle ein.",
            ("2018-08-29T05:30", "report", "Das Erste"),
        ),
        # a short line with another day than the text's is an agenda's
        (
            "Pressekonferenz\n\nWann: Donnerstag, 30. August 2018 11:00 Uhr\n\nWo: Berlin",
            ("2018-08-30T11:00", "event", None),
        ),
    ],
)
def test_a_short_line_that_gives_the_texts_own_day_dates_the_page(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    (line,) = [m for m in find(text, dct=date(2018, 8, 29), language="de") if m.value and m.value.startswith("2018-08")]
    assert (line.value, line.kind, line.publisher) == expected


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Musterbank erhebt Beschwerde\n\nLugano (awp) - Die Musterbank hat Beschwerde erhoben.\n"
            "29.08.2018 11:30\n\nDie Aufsicht hat entschieden.",
            "AWP",
        ),
        (
            "Muster Pumpen wächst\n\n29.08.2018 Musterstadt:\n\nDas Jahr war gut.\n\n(Quelle: Musterkurier)",
            "Musterkurier",
        ),
    ],
)
def test_a_pages_own_date_line_is_the_source_the_page_names(text: str, publisher: str) -> None:
    (line,) = [m for m in find(text, dct=date(2018, 8, 29), language="de") if m.kind == "report"]
    assert (line.value or "")[:10] == "2018-08-29"
    assert line.publisher == publisher


@pytest.mark.parametrize(
    "text",
    [
        "Das sagte er der „Welt am Sonntag“.",
        "Bischof Muster sprach das „Wort zum Sonntag“ in der ARD.",
        "Die «Musterland am Wochenende» hatte es zuerst gemeldet.",
    ],
)
def test_a_name_in_quotes_whose_words_read_as_a_day_is_no_date(text: str) -> None:
    assert find(text, dct=date(2024, 11, 14), language="de") == []


def test_a_quotation_in_quotes_keeps_its_day() -> None:
    found = find("Er sagte: „Wir kommen am Sonntag“.", dct=date(2024, 11, 14), language="de")
    assert [m.surface for m in found] == ["am Sonntag"]


def test_a_release_dated_in_brackets_before_its_first_sentence() -> None:
    text = (
        "(Berlin, 16. Februar 2010) Wegen Metalldiebstählen ist nur ein Gleis frei. Die Deutsche Bahn arbeitet "
        "mit der Bundespolizei zusammen. Über Änderungen informiert die Deutsche Bahn im Internet."
    )
    first = find(text, dct=date(2010, 2, 16), language="de")[0]
    assert (first.value, first.kind, first.publisher) == ("2010-02-16", "report", "Deutsche Bahn")


@pytest.mark.parametrize(
    ("text", "dct", "issuer"),
    [
        # a brand written in lower case, named with its legal form or after a noun of its kind
        (
            "Presseinformationen, 06.07.2018, 14:56\n\nDer Vorstand der musterkrupp AG tritt zurück. Der "
            "Aufsichtsrat dankt ihm für das, was er für musterkrupp erreicht hat.",
            date(2018, 7, 6),
            "musterkrupp AG",
        ),
        (
            "Pressemitteilung 28.11.2019\n\nDie Verbraucherorganisation foodmatch hat die Warnungen kritisiert. "
            "foodmatch forderte ein neues Portal.",
            date(2019, 11, 28),
            "foodmatch",
        ),
    ],
)
def test_a_release_by_a_name_written_in_lower_case(text: str, dct: date, issuer: str) -> None:
    first = find(text, dct=dct, language="de")[0]
    assert (first.kind, first.publisher) == ("report", issuer)


def test_a_two_word_statement_noun_reaches_its_date_from_its_last_word() -> None:
    text = (
        "Hans Muster, who leads the party, spoke. During a joint press conference with the president of Musterland "
        "on June 9, he said he would decide soon."
    )
    june = next(m for m in find(text, dct=date(2017, 6, 20), language="en") if m.surface == "June 9")
    assert (june.kind, june.publisher) == ("report", "Hans Muster")


def test_a_release_statement_without_a_maker_is_its_issuers() -> None:
    text = (
        'FOR IMMEDIATE RELEASE\n\n18 December 2009\n\nAcme plc ("Acme")\n\nAcme today announces the completion '
        "of its acquisition of Muster SAS. The acquisition, which was announced on 29 October, is a key step in "
        "Acme's strategy. Acme shares rose."
    )
    found = {m.surface: (m.kind, m.publisher) for m in find(text, dct=date(2009, 12, 18), language="en")}
    assert found["29 October"] == ("report", "Acme plc")


def test_a_story_told_in_another_year_keeps_its_year_for_days_without_one() -> None:
    text = (
        "The Ministry of National Defense has expressed regret over its announcement.In a message sent to "
        "reporters on Thursday, the ministry said it had announced on September 24, 2020, that the official "
        "tried to defect.On September 27, however, the ministry said that the body was burned."
    )
    found = {m.surface: (m.value, m.kind, m.publisher) for m in find(text, dct=date(2022, 6, 16), language="en")}
    assert found["on Thursday"] == ("2022-06-16", "report", "Ministry of National Defense")
    assert found["September 27"] == ("2020-09-27", "report", "Ministry of National Defense")
    # a year's turn: "December 28, 2019 … January 3" is 3 January 2020
    later = find("It began on December 28, 2019. On January 3, police said it was over.", dct=date(2022, 6, 16))
    assert [m.value for m in later] == ["2019-12-28", "2020-01-03"]


def test_a_weekday_before_a_day_and_month_and_an_outlet_before_them() -> None:
    found = find("He said so.\n\nSky News, Sunday 17 May 2015\n\nThe truth is out.", dct=date(2015, 5, 25))
    assert [(m.surface, m.value, m.kind, m.publisher) for m in found] == [
        ("Sunday 17 May 2015", "2015-05-17", "report", "Sky News")
    ]
    place = find("He said so.\n\nBerlin, Sunday 17 May 2015\n\nThe truth is out.", dct=date(2015, 5, 25))
    assert [m.publisher for m in place] == [None]


def test_a_dateline_with_agency_and_day_in_one_bracket_and_times_without_their_last_dot() -> None:
    text = (
        "MUSTER CITY (Musterland News / 07 February) — A quake struck at 12:22 p.m. on Sunday.\n\n"
        "Anna Muster told MusterNews at 12:41 p.m that the quake was strong."
    )
    found = [(m.surface, m.value, m.kind, m.publisher) for m in find(text, dct=date(2021, 2, 7), language="en")]
    assert found[0] == ("07 February", "2021-02-07", "report", "Musterland News")
    assert found[-1] == ("at 12:41 p.m", "2021-02-07T12:41", "report", "MusterNews")


@pytest.mark.parametrize(
    ("text", "dct", "publisher"),
    [
        (
            "Die Feiertage sind vorbei, und die Kantonspolizei Musterland zieht Bilanz. Die Patrouillen mussten "
            "ausrücken. Wie es am Dienstag in einer Medienmitteilung heisst, meldete ein Mann der Polizei etwas.",
            date(2022, 12, 30),
            "Kantonspolizei Musterland",
        ),
        (
            "Der ORF selbst reagiert empört. In einer Aussendung am Freitag heißt es: Die Vorwürfe sind falsch.",
            date(2022, 12, 30),
            "ORF",
        ),
        (
            "Nachdem russische Medien am Dienstag berichteten, dass es so sei, meldete sich der Verband.",
            date(2016, 8, 2),
            "russische Medien",
        ),
    ],
)
def test_a_statement_that_names_no_maker_is_the_body_named_most(text: str, dct: date, publisher: str) -> None:
    reports = [m for m in find(text, dct=dct, language="de") if m.kind == "report"]
    assert [m.publisher for m in reports][:1] == [publisher]


def test_a_page_day_opening_its_paragraph_and_a_closing_credit() -> None:
    text = (
        "Nächster Akt im Sanierungsdrama\n\n27. März 2013. Wie das Musterhaus mitteilt, wird das Theater nicht "
        "zurückkehren können. Erst im Februar war der Termin verschoben worden.\n\n(Musterhaus Stuttgart / sle)"
    )
    first = find(text, dct=date(2013, 3, 27), language="de")[0]
    assert (first.surface, first.kind, first.publisher) == ("27. März 2013", "report", "Musterhaus Stuttgart")
    # a narrative's date that is not the text's own day stays an event
    story = find("14. Juli 1789. Die Bastille fällt.", dct=date(2013, 3, 27), language="de")[0]
    assert story.kind == "event"


def test_a_release_dated_before_its_place_under_its_letterhead() -> None:
    text = "Musterländische Bundeskanzlei\n\n03.01.2025, Bern - Beim Bundesratsfoto 2025 haben viele mitgemacht."
    first = find(text, dct=date(2025, 1, 3), language="de")[0]
    assert (first.surface, first.kind, first.publisher) == ("03.01.2025", "report", "Musterländische Bundeskanzlei")


def test_a_known_outlet_alone_on_a_line_names_the_page() -> None:
    text = "The Associated Press\nPublished Thursday, May 24, 2018 6:24AM EDT\nKINSHASA -- The toll rose."
    first = find(text, dct=date(2018, 5, 24), language="en")[0]
    assert (first.kind, first.publisher) == ("report", "Associated Press")


def test_a_release_named_by_its_date_line_makes_its_unnamed_statements() -> None:
    text = (
        "LAKE PLACID, NY – March 2, 2017 – Beispiel Corporation (NASDAQ:BSPL), a maker of glass, bottles, jars "
        "and lids for the food, drink and drug trades in North America and Europe, today announced a deal."
    )
    assert [(m.surface, m.kind, m.publisher) for m in find(text, dct=date(2017, 3, 2), language="en")] == [
        ("March 2, 2017", "report", "Beispiel Corporation"),
        ("today", "report", "Beispiel Corporation"),
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the sentence after a page's date line opens with the issuer, who is named again
        (
            "Mittwoch, 4. März 2020, 10:15 - Medienmitteilung\n\nBeispiel Eishockey Schweiz hat am Mittwoch über die "
            "neue Saison informiert. Der Verband zählt zwölf Klubs. Beispiel Eishockey Schweiz wählt im Mai.",
            date(2020, 3, 4),
            [
                ("Mittwoch, 4. März 2020, 10:15", "2020-03-04T10:15", "Beispiel Eishockey Schweiz"),
                ("am Mittwoch", "2020-03-04", "Beispiel Eishockey Schweiz"),
            ],
        ),
        # a headline after the date line names no issuer
        (
            "04.03.2020 10:15\n\nErdbeben in Beispielland\n\nErdbeben sind dort selten, sagen die Fachleute vor Ort.",
            date(2020, 3, 4),
            [("04.03.2020 10:15", "2020-03-04T10:15", None)],
        ),
        # a body named before a compound's role counts as named: "NABU-Experte"
        (
            "4. März 2020 - Der Luchs ist zurück im Harz. „Wir freuen uns“, erklärt NABU-Artenschutzexperte Max "
            "Muster. Der NABU fordert einen Plan.",
            date(2020, 3, 4),
            [("4. März 2020", "2020-03-04", "NABU")],
        ),
        # an organisation's word, then where it is: "Hochschule Beispielstadt"; a date the American way
        (
            "03/04/2020 10:15\n\nMax Muster PR-Referat\nHochschule Beispielstadt-Nord\n\nDie Hochschule hat eine neue "
            "Rektorin. An der Hochschule lernen 3000 Menschen.",
            date(2020, 3, 4),
            [],
        ),
        (
            "03/24/2020 10:15\n\nMax Muster PR-Referat\nHochschule Beispielstadt-Nord\n\nDie Hochschule hat eine neue "
            "Rektorin. An der Hochschule lernen 3000 Menschen.",
            date(2020, 3, 24),
            [("03/24/2020 10:15", "2020-03-24T10:15", "Hochschule Beispielstadt-Nord")],
        ),
    ],
)
def test_german_pages_and_their_issuers(text: str, dct: date, expected: list[tuple[str, str, str | None]]) -> None:
    reports = [(m.surface, m.value, m.publisher) for m in find(text, dct=dct, language="de") if m.kind == "report"]
    assert reports == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement noun in a hyphenated compound
        (
            "Den Bericht hat Bischof Max Muster bei der Abschluss-Pressekonferenz am 4. März 2020 vorgestellt.",
            [("4. März 2020", "report", "Max Muster")],
        ),
        # "informiert" with "haben" informs; informed people do not
        ("Der Verband hat am Mittwoch über die Saison informiert.", [("am Mittwoch", "report", "Verband")]),
        ("Die Bürger wurden am Mittwoch über die Pläne informiert.", [("am Mittwoch", "event", None)]),
        # a pronoun opening a clause with its verb last: whom it names
        (
            "Bundesratssprecher Max Muster war in Bern, als er am Mittwoch über die Sitzung informierte.",
            [("am Mittwoch", "report", "Bundesrat")],
        ),
        # a name of no German noun for a person keeps its first word
        ("Swiss Beispiel Hockey hat am Mittwoch informiert.", [("am Mittwoch", "report", "Swiss Beispiel Hockey")]),
    ],
)
def test_german_statements_in_compounds_and_clauses(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(m.surface, m.kind, m.publisher) for m in find(text, dct=date(2020, 3, 4), language="de")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted 3/24/2020 3:11 PM", [("3/24/2020 3:11 PM", "2020-03-24T15:11", "report", None)]),
        ("03/24/2020 15:11", [("03/24/2020 15:11", "2020-03-24T15:11", "report", None)]),
        (
            "A senior BCCI official said on Monday that it was fine.",
            [("on Monday", "2020-03-23", "report", "BCCI")],
        ),
        (
            "The official informed The Beispiel Times newspaper on Monday that it was fine.",
            [("on Monday", "2020-03-23", "report", "Beispiel Times")],
        ),
    ],
)
def test_english_page_stamps_officials_and_outlets_informed(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    found = find(text, dct=date(2020, 3, 24), language="en")
    assert [(m.surface, m.value, m.kind, m.publisher) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement from a body, its maker before its noun after "according to"
        ("According to a statement from the Ministry of Justice on Tuesday, he was freed.", "Ministry of Justice"),
        ("According to a Ministry of Justice statement on Tuesday, he was freed.", "Ministry of Justice"),
        # the maker of a statement ends before the blanked date, not at the sentence's end
        ("A statement issued by the club on Tuesday said he had left.", "club"),
        # honorifics written without their dot
        ("Dr Jane Muster said on Tuesday the results were clear.", "Jane Muster"),
        ("Mr Albert Muster-Beispiel said on Tuesday the results were clear.", "Albert Muster-Beispiel"),
    ],
)
def test_english_statements_from_bodies_and_honorifics(text: str, expected: str) -> None:
    reports = [(m.value, m.publisher) for m in find(text, dct=date(2024, 5, 16), language="en") if m.kind == "report"]
    assert reports == [("2024-05-14", expected)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Polizeipräsidiums Oberfranken", "Polizeipräsidium Oberfranken"),
        ("Bayerischen Landesamts für Umwelt", "Bayerisches Landesamt für Umwelt"),
        ("Amtes für Statistik", "Amt für Statistik"),
        ("Deutschen Bank AG", "Deutsche Bank AG"),
        ("Obersten Gerichtshofs", "Oberster Gerichtshof"),
        ("Max Muster", "Max Muster"),
    ],
)
def test_german_heads_before_a_place_or_what_they_are_for(name: str, expected: str) -> None:
    from chronik.extract.lang.de._nominative import nominative

    assert nominative(name) == expected


def test_a_joint_release_titled_below_its_headline_is_its_first_makers() -> None:
    text = (
        "09.09.2020, PP Beispielland\n\nSoko ermittelt weiter\n\nBEISPIELSTADT. Die Soko arbeitet weiter an dem "
        "Fall.\n\nGemeinsame Presseerklärung des Polizeipräsidiums Beispielland und der Staatsanwaltschaft "
        "Beispielstadt\n\nMittlerweile sind über 100 Hinweise eingegangen."
    )
    first = find(text, dct=date(2020, 9, 9), language="de")[0]
    assert (first.surface, first.kind, first.publisher) == ("09.09.2020", "report", "Polizeipräsidium Beispielland")


def test_an_issuer_line_above_a_date_in_capitals() -> None:
    text = (
        "Beispiel Aid Press Release\n31 OCTOBER 2007\nToday Beispiel Aid, with more than 40 agencies, is "
        "highlighting the crisis."
    )
    first = find(text, dct=date(2007, 10, 31), language="en")[0]
    assert (first.surface, first.value, first.kind, first.publisher) == (
        "31 OCTOBER 2007",
        "2007-10-31",
        "report",
        "Beispiel Aid",
    )
    # a month in capitals is a date only with its day and year: "PRICES MAY 2007 RISE" is a year
    assert [m.surface for m in find("PRICES MAY 2007 RISE", dct=date(2007, 10, 31), language="en")] == ["2007"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body described by its kind and place: the one full name of that kind the text gives
        (
            "The Leeds hospital at the centre of the row on Monday denied the claims. In a statement, King "
            "Beispiel VII Hospital said it had acted properly.",
            "King Beispiel VII Hospital",
        ),
        # a nation's body stays the nation's
        (
            "The Ruritanian government announced Monday that it will pay. The Government of the City of Beispiel "
            "welcomed it.",
            "Ruritanian government",
        ),
        # a spokesman with a body speaks for it
        ("A spokesman with Ruritania's Foreign Ministry on Monday expressed gratitude.", "Foreign Ministry"),
        # a title's dot glued to the name
        ("Eight chiefs were relieved, police chief Gen.Nicolas Muster III said on Monday.", "Nicolas Muster III"),
    ],
)
def test_english_bodies_by_kind_and_glued_titles(text: str, expected: str) -> None:
    first = next(m for m in find(text, dct=date(2012, 12, 11), language="en") if m.kind == "report")
    assert (first.value, first.publisher) == ("2012-12-10", expected)


def test_a_statement_noun_reaches_its_date_past_a_place_and_the_dates_own_word() -> None:
    text = "Muster made the statement in a speech before flood victims in Beispiel, Ruritania, on Monday, December 30."
    assert [(m.value, m.kind, m.publisher) for m in find(text, dct=date(2020, 1, 1), language="en")] == [
        ("2019-12-30", "report", "Muster")
    ]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a decision dated before its "decided to" was the deciding, in the past
        (
            "The board on Tuesday decided to suspend the three players.",
            date(2018, 3, 28),
            [("on Tuesday", "2018-03-27", "event", None)],
        ),
        (
            "The board decided to hold the vote on Tuesday.",
            date(2018, 3, 28),
            [("on Tuesday", "2018-04-03", "event", None)],
        ),
        # "hinted" is a verb of saying
        (
            "Prime Minister Jane Muster hinted Sunday that elections could come early.",
            date(2011, 11, 21),
            [("Sunday", "2011-11-20", "report", "Jane Muster")],
        ),
        # "Deputy" before a family name is a title, and family names like "McNamara" are names
        (
            'The question came from Clare TD Michael McNamara, who asked the premier. "I asked," Deputy McNamara said '
            "in a debate on Tuesday, June 14.",
            date(2022, 6, 15),
            [("Tuesday, June 14", "2022-06-14", "report", "Michael McNamara")],
        ),
        # an agency after the dateline's day; a place and day that open a text and a dash
        (
            "Accra, May 20, GNA – The President swore in 24 ministers.",
            date(2024, 5, 21),
            [("May 20", "2024-05-20", "report", "Ghana News Agency")],
        ),
        (
            "Sri Lanka, Oct. 18 — The reports are false, the Cabinet Secretary said.",
            date(2018, 10, 18),
            [("Oct. 18", "2018-10-18", "report", None)],
        ),
    ],
)
def test_english_decisions_hints_deputies_and_datelines(
    text: str, dct: date, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert [(m.surface, m.value, m.kind, m.publisher) for m in find(text, dct=dct, language="en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound title before a name with particles
        ("EU-Kommissionspräsidentin Ursula von der Leyen sagte am Freitag, es sei gut.", "Ursula von der Leyen"),
        # the outlet that asked, in a compound
        ("Es gebe keine Täter, teilte ein Polizeisprecher am Freitag auf PNN-Anfrage mit.", "PNN"),
        # a party after its leader's title stays the party's name
        ("Das sagte Fraktionschef der Linken am Freitag.", "Fraktionschef der Linken"),
    ],
)
def test_german_titles_before_particles_and_outlets_asking(text: str, expected: str) -> None:
    reports = [(m.value, m.publisher) for m in find(text, dct=date(2022, 6, 17), language="de") if m.kind == "report"]
    assert reports == [("2022-06-17", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same day" and "a month later" before any day or month is named have nothing to count from
        ("The claim came on the same day that 105 people waited. He spoke on Tuesday, June 14.", [None, "2022-06-14"]),
        ("A month later, 105 people waited.", [None]),
        # after one, they count from it
        ("He spoke on Tuesday, June 14. On the same day, 105 people waited.", ["2022-06-14", "2022-06-14"]),
        ("In March he came. A month later, 105 people waited.", ["2022-03", "2022-04"]),
    ],
)
def test_anaphoric_days_and_months_need_a_day_or_month_before(text: str, expected: list[str | None]) -> None:
    assert [m.value for m in find(text, dct=date(2022, 6, 15), language="en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesperson's name between commas: the institution speaks; any other role's: the person
        ("Der Sprecher der Stadtverwaltung, Max Muster, bestätigte am Dienstag den Vorfall.", "Stadtverwaltung"),
        ("Der Bürgermeister von Beispielstadt, Max Muster, sagte am Dienstag, alles sei gut.", "Max Muster"),
        # a body's kind before its name is no part of it; a name that holds its kind keeps it
        ("In einer Stellungnahme vom Dienstag erklärte die Firma Beispiel GmbH, sie prüfe den Fall.", "Beispiel GmbH"),
        ("Die Gewerkschaft Verdi rief am Dienstag zum Streik auf.", "Verdi"),
        ("Die Stiftung Warentest teilte am Dienstag mit, das Produkt sei mangelhaft.", "Stiftung Warentest"),
        ("Der Landesverein Sachsen teilte am Dienstag mit, das Produkt sei mangelhaft.", "Landesverein Sachsen"),
        # a paper in quotes as a dated source, a Sunday paper whose name holds a day
        ("Laut einem Bericht des „Spiegel“ vom Dienstag plant die Regierung neue Steuern.", "Der Spiegel"),
        ("Im Interview mit der „Welt am Sonntag“ sagte Muster am Dienstag, er sei bereit.", "Welt am Sonntag"),
    ],
)
def test_german_appositions_kinds_and_papers_in_quotes(text: str, expected: str) -> None:
    found = find(text, dct=date(2024, 5, 16), language="de")
    assert [(m.value, m.kind, m.publisher) for m in found] == [("2024-05-14", "report", expected)]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a text that writes a day over 12 first reads its other slashed dates day first too
        ("It happened on 12/03/2020 and on 25/03/2020.", date(2020, 6, 1), ["2020-03-12", "2020-03-25"]),
        # one that writes a day over 12 second reads them month first
        ("It happened on 12/03/2020 and on 03/25/2020.", date(2020, 6, 1), ["2020-12-03", "2020-03-25"]),
        # with no sign either way, month first, unless day first gives the text's own day
        ("It happened on 04/03/2020.", date(2020, 6, 1), ["2020-04-03"]),
        ("Press release – 12/03/2020\nBeispiel Trust welcomes the decision.", date(2020, 3, 12), ["2020-03-12"]),
    ],
)
def test_slashed_dates_follow_the_texts_order(text: str, dct: date, expected: list[str]) -> None:
    assert [m.value for m in find(text, dct=dct, language="en")] == expected


def test_a_label_line_names_no_maker() -> None:
    text = "12 March 2020 | Media statement\nThe Beispiel Council has approved the budget. The Beispiel Council met."
    first = find(text, dct=date(2020, 3, 12), language="en")[0]
    assert (first.kind, first.publisher) == ("report", "Beispiel Council")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # an opening phrase is no subject; a copula before a plan keeps the subject before it
        (
            "Following this afternoon’s announcement, the premiers answered questions.",
            date(2020, 9, 9),
            [("this afternoon", "2020-09-09", "report", None)],
        ),
        (
            "Gov. Jane Muster was expected to hold a news conference on Friday at 4 p.m.",
            date(2020, 3, 6),
            [("on Friday at 4 p.m.", "2020-03-06T16:00", "report", "Jane Muster")],
        ),
        # "Posted by" an outlet; a participle before its noun is no verb of saying
        (
            "Posted by Beispiel 19 News on Saturday, March 14, 2020",
            date(2020, 3, 14),
            [("Saturday, March 14, 2020", "2020-03-14", "report", "Beispiel 19 News")],
        ),
        (
            "The number of confirmed cases in Ohio doubled since Friday.",
            date(2020, 3, 14),
            [("since Friday", "2020-03-13", "event", None)],
        ),
        # a date with its own closing comma before the verb of its subject
        (
            "ST. PAUL — State health officials on Friday, March 6, confirmed the first case.",
            date(2020, 3, 6),
            [("Friday, March 6", "2020-03-06", "report", "State health officials")],
        ),
        # "Cllr" is a title; "about a week ago"
        (
            "Councillor Mark Muster spoke first. Cllr Muster said this afternoon that it was fine.",
            date(2016, 4, 15),
            [("this afternoon", "2016-04-15", "report", "Mark Muster")],
        ),
        ("About a week ago the date leaked.", date(2026, 2, 26), [("About a week ago", "2026-02-19", "event", None)]),
    ],
)
def test_english_openers_plans_posts_and_participles(
    text: str, dct: date, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert [(m.surface, m.value, m.kind, m.publisher) for m in find(text, dct=dct, language="en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vor rund einer Woche war das Datum durchgesickert.", [("Vor rund einer Woche", "2026-02-19")]),
        (
            "Die Stelle wird für die Periode März 2027 bis Februar 2031 ausgeschrieben.",
            [("März 2027 bis Februar 2031", "2027-03/2031-02")],
        ),
    ],
)
def test_german_approximate_counts_and_month_ranges_with_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=date(2026, 2, 26), language="de")] == expected


def test_a_british_time_with_a_dot_joins_its_day() -> None:
    found = find(
        "The First Minister will make a statement at 12.30pm on Thursday.", dct=date(2020, 5, 20), language="en"
    )
    assert [(m.surface, m.value) for m in found] == [("12.30pm on Thursday", "2020-05-21T12:30")]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # two weekdays with their parts of the day, between them: one span
        (
            "Zwischen Sonntagnachmittag und Montagmorgen wurde eingebrochen.",
            date(2019, 1, 8),
            [("Zwischen Sonntagnachmittag und Montagmorgen", "2019-01-06/2019-01-07")],
        ),
        # its end "early" or "late" on its day: still one span
        (
            "Von Freitagabend bis zum frühen Montagmorgen fahren keine S-Bahnen auf der Stammstrecke.",
            date(2022, 8, 25),
            [("Von Freitagabend bis zum frühen Montagmorgen", "2022-08-26/2022-08-29")],
        ),
        # a day restated right after itself with its time is one entry, at that time
        (
            "Der Klub wird am morgigen Mittwochnachmittag (17.12., 15 Uhr) den Trainer vorstellen.",
            date(2014, 12, 16),
            [("am morgigen Mittwochnachmittag (17.12., 15 Uhr)", "2014-12-17T15:00")],
        ),
    ],
)
def test_german_spans_between_weekdays_and_days_restated_with_their_time(
    text: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=dct, language="de")] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a preposition is never the end of another word: "Televisi|on Sunday", "Te|am Montag", "…ministerin Julia"
        ("He told Beispiel Television Sunday night that he came.", "en", ["Sunday night"]),
        ("Das Team Montag kam zurück.", "de", ["Montag"]),
        ("foodwatch forderte Bundesministerin Julia Muster auf, zu handeln.", "de", []),
    ],
)
def test_an_expression_never_starts_inside_a_word(text: str, language: str, expected: list[str]) -> None:
    assert [m.surface for m in find(text, dct=date(2018, 2, 5), language=language)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KOTA BEISPIEL (Sept 21): Heavy rain has flooded 60 areas.", ("Sept 21", "2021-09-21", "report", None)),
        (
            "Metro Beispiel (Beispiel News, Sept 21) — Cases doubled overnight.",
            ("Sept 21", "2021-09-21", "report", "Beispiel News"),
        ),
    ],
)
def test_a_day_in_brackets_after_the_place_is_a_dateline(text: str, expected: tuple[str, str, str, str | None]) -> None:
    first = find(text, dct=date(2021, 9, 21), language="en")[0]
    assert (first.surface, first.value, first.kind, first.publisher) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an auxiliary and adverb after the subject, a participle phrase after a common noun are no part of it
        ("The spokesperson had initially issued the statement on Tuesday.", "en", "spokesperson"),
        ("The order passed to this effect on Tuesday stated that he must pay.", "en", "order"),
        # a label line names no maker: the kind of text is no outlet
        ("Medien-Information   14. Mai 2024\n\nDas Kabinett hat heute beschlossen.", "de", None),
    ],
)
def test_subjects_without_auxiliaries_participles_and_labels(text: str, language: str, expected: str | None) -> None:
    first = next(m for m in find(text, dct=date(2024, 5, 16), language=language) if m.kind == "report")
    assert first.publisher == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # what was said has its own tense: "would be announced" does not make Wednesday the next one
        ("Later on Wednesday, the committee proclaimed that the results would be announced.", "en", "2021-09-29"),
        ("Am Mittwoch teilte das Ministerium mit, dass die Ergebnisse veröffentlicht werden.", "de", "2021-09-29"),
    ],
)
def test_the_tense_of_what_was_said_is_not_the_clauses(text: str, language: str, expected: str) -> None:
    assert [m.value for m in find(text, dct=date(2021, 9, 30), language=language)] == [expected]


def test_a_statement_reaches_its_date_past_its_makers_name() -> None:
    text = "The regions hit back at a statement released by the Beispiel Rugby Union (BRU) on Sunday covering pay."
    assert [(m.value, m.kind, m.publisher) for m in find(text, dct=date(2013, 4, 1), language="en")] == [
        ("2013-03-31", "report", "Beispiel Rugby Union")
    ]


def test_a_page_s_line_of_labelled_stamps_and_a_weekday_span_with_its_parts() -> None:
    text = (
        "Last updated: 14:38 06 Nov 2017 GMT, First published: 09:48 06 Nov 2017 GMT\n\n"
        "Lonmin shares fell. Strong rain is expected from Wednesday night through Friday."
    )
    items = [(m.value, m.kind) for m in find(text, dct=date(2017, 11, 6), language="en")]
    assert items == [
        ("2017-11-06T14:38", "report"),
        ("2017-11-06T09:48", "report"),
        ("2017-11-08/2017-11-10", "event"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        (  # a sentence opening with its start is set ahead
            "Starting Friday, owners can bring their cars in, the ministry said Sunday.",
            "en",
            date(2019, 11, 3),
            [("Friday", "2019-11-08"), ("Sunday", "2019-11-03")],
        ),
        (  # a feast's ordinal in small letters
            "Das Jungtier soll für den zweiten Weihnachtstag zu sehen sein.",
            "de",
            date(2011, 12, 24),
            [("zweiten Weihnachtstag", "2011-12-26")],
        ),
        (
            "Am ersten Weihnachtsfeiertag regnete es.",
            "de",
            date(2011, 12, 27),
            [("Am ersten Weihnachtsfeiertag", "2011-12-25")],
        ),
    ],
)
def test_a_start_opening_its_sentence_and_a_feast_s_ordinal(
    text: str, language: str, dct: date, expected: list[tuple[str, str]]
) -> None:
    assert [(m.surface, m.value) for m in find(text, dct=dct, language=language)] == expected


def test_a_stored_page_s_age_and_a_day_set_for_an_appointment() -> None:
    """ "/ 24 days ago" on a stamp line is the stored copy's age, no date; "den für Donnerstag angesetzten Termin"
    is set ahead."""
    text = (
        "July 12, 2017 / 11:10 PM / 24 days ago\n\nRIO DE JANEIRO, July 12 (Reuters) - A lawyer said he would appeal."
    )
    found = [m.surface for m in find(text, dct=date(2017, 7, 12), language="en")]
    assert found
    assert not [s for s in found if "ago" in s]
    assert [m.value for m in find("He left 24 days ago.", dct=date(2017, 7, 12), language="en")] == ["2017-06-18"]
    text = "Das Gericht hat den für Donnerstag angesetzten Verhandlungstermin kurzfristig aufgehoben."
    assert [(m.surface, m.value) for m in find(text, dct=date(2023, 8, 16), language="de")] == [
        ("Donnerstag", "2023-08-17")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Einsatzkräfte kamen in der vergangenen Nacht nicht zur Ruhe.", [("2017-09-13/2017-09-14", "event")]),
        ("In der letzten Nacht des Jahres feierten alle.", []),
        # "bis zu 150 Kilometern" is an amount, no future: the Wednesday is the one before
        (
            "Nachdem der Sturm am Mittwoch mit bis zu 150 Kilometern pro Stunde übers Land gefegt ist, war es still.",
            [("2017-09-13", "event")],
        ),
    ],
)
def test_last_night_in_german_and_an_amount_up_to(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.value, m.kind) for m in find(text, dct=date(2017, 9, 14), language="de")] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a date as a thing's attribute is not when the clause's verb happened: the nearer year
        (
            "Williams was the latest withdrawal from the September 22-28 tournament.",
            date(2013, 9, 19),
            "2013-09-22/2013-09-28",
        ),
        ("Three men were arrested before the August 9th election.", date(2022, 7, 25), "2022-08-09"),
        # a day the clause sets ahead with "till"
        ("The hearing of the case then adjourned till March 25.", date(2020, 3, 24), "2020-03-25"),
        # a past event's own day stays behind the text's, unless only a day or two ahead (a page dated late)
        ("He visited China on March 27.", date(2020, 3, 24), "2019-03-27"),
        (
            "The disease drove customers away and in the first quarter led to a decline.",
            date(2016, 10, 26),
            "2016-01/2016-03",
        ),
    ],
)
def test_a_date_as_a_thing_s_attribute_or_set_till_a_day_is_either_side(text: str, dct: date, expected: str) -> None:
    assert [m.value for m in find(text, dct=dct, language="en")] == [expected]


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # the agency between slashes after a dateline's day
        (
            "MOSCOW, August 12. /TASS/. The player has signed with the club, the club announced on Monday.",
            "en",
            date(2019, 8, 12),
            [("2019-08-12", "report", "TASS"), ("2019-08-12", "report", "club")],
        ),
        # the British "Friday last" is the Friday before; "Monday next" the one after
        (
            "Judges will hear the applications identified in the notice of Friday last.",
            "en",
            date(2020, 3, 18),
            [("2020-03-13", "event", None)],
        ),
        ("The hearing resumes on Monday next.", "en", date(2020, 3, 18), [("2020-03-23", "event", None)]),
        ("He said on Friday last week that it was over.", "en", date(2020, 3, 18), [("2020-03-13", "report", None)]),
        # a conjunction of time before its pronoun opens a clause of its own tense
        (
            "She will play for the first time since she won the title in February.",
            "en",
            date(2020, 9, 12),
            [("2020-02", "event", None)],
        ),
        # a timetable's "gets underway" lies ahead
        ("The tournament gets underway on Monday.", "en", date(2020, 9, 12), [("2020-09-14", "event", None)]),
        # a person reported missing: no one's statement
        ("The woman was reported missing on Saturday.", "en", date(2012, 4, 17), [("2012-04-14", "event", None)]),
        ("Her family reported her missing on Saturday.", "en", date(2012, 4, 17), [("2012-04-14", "event", None)]),
        (
            "The agency reported the missing funds on Saturday.",
            "en",
            date(2012, 4, 17),
            [("2012-04-14", "report", "agency")],
        ),
        ("Die Frau wurde am Samstag als vermisst gemeldet.", "de", date(2012, 4, 17), [("2012-04-14", "event", None)]),
        (
            "Die Eltern meldeten den Jungen am Samstag als vermisst.",
            "de",
            date(2012, 4, 17),
            [("2012-04-14", "event", None)],
        ),
        # a participle between a day's adverb and its noun names a thing: no one's statement
        (
            "Mit einem gestern verkündeten Urteil hat das Gericht einen Berater verurteilt.",
            "de",
            date(2014, 5, 9),
            [("2014-05-08", "event", None)],
        ),
        # "am gleichen Tag": the day named before
        (
            "Im Nachbarort kam es am Samstag zu einem Unfall. Am gleichen Tag stürzte ein Kletterer.",
            "de",
            date(2012, 4, 17),
            [("2012-04-14", "event", None), ("2012-04-14", "event", None)],
        ),
    ],
)
def test_slashed_agencies_british_weekdays_clauses_of_time_and_people_reported_missing(
    text: str, language: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    found = extract(text, dct=dct, language=language)
    assert [(m["value"], m["kind"], m["publisher"]) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # a dateline's time after a slash, and ".-" after the agency
        (
            "Rome Newsroom, Oct 30, 2020 / 12:30 pm (CNA).- Pope Francis has said more changes are ahead.",
            "en",
            date(2020, 10, 30),
            [("2020-10-30T12:30", "report", "CNA")],
        ),
        # a place in capitals opens a dateline with no dash after its day; the day is no part of a maker's name
        (
            "WASHINGTON, March 3 The White House said on Monday that it would act.",
            "en",
            date(2012, 3, 3),
            [("2012-03-03", "report", None), ("2012-02-27", "report", "White House")],
        ),
        ("Paris, Oct 18 The show opened.", "en", date(2012, 10, 18), [("2012-10-18", "event", None)]),
        # a stamp's time after "@"
        (
            "Datum: Mittwoch, der 13. April 2011 @ 17:50:11 Thema: Politik",
            "de",
            date(2011, 4, 13),
            [("2011-04-13T17:50", "report", None)],
        ),
        (
            "Posted on April 13, 2011 @ 5:50 pm by admin",
            "en",
            date(2011, 4, 13),
            [("2011-04-13T17:50", "report", None)],
        ),
        # a notice, a letter: the statement of its maker on its day
        (
            "Darauf deutet ein Aushang von Günther Muster vom 4. Februar 2022 hin.",
            "de",
            date(2022, 4, 4),
            [("2022-02-04", "report", "Günther Muster")],
        ),
        (
            "Das geht aus einem Schreiben des Ministeriums vom 3. März hervor.",
            "de",
            date(2022, 4, 4),
            [("2022-03-03", "report", "Ministerium")],
        ),
    ],
)
def test_datelines_with_times_capital_places_stamps_at_and_dated_notices(
    text: str, language: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    found = extract(text, dct=dct, language=language)
    assert [(m["value"], m["kind"], m["publisher"]) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "outlet", "expected"),
    [
        # a page's stamp opening its text with a colon before its first sentence
        (
            "30.03.2023, 17.05 Uhr: Am Donnerstag tagte die Bürgerschaft.",
            "de",
            date(2023, 3, 30),
            None,
            [("2023-03-30T17:05", "report", None), ("2023-03-30", "event", None)],
        ),
        # the item's day in brackets closing the text
        (
            "Die Messe läuft. Es gab ein Wachstum. (27.8.17)",
            "de",
            date(2017, 8, 27),
            "Muster-Magazin",
            [("2017-08-27", "report", "Muster-Magazin")],
        ),
        # a page's first publication with its site between
        (
            "The bank paid a fine.\n\n(First published on http://www.muster.com on 13th February 2019)",
            "en",
            date(2019, 2, 13),
            "Muster Express",
            [("2019-02-13", "report", "Muster Express")],
        ),
        # an update's stamp in brackets after what it updates is the page's
        (
            "Die Armee meldet einen Vormarsch (Update vom 22. März, 9.38 Uhr). In Boryspil ist Panik ausgebrochen.",
            "de",
            date(2022, 3, 22),
            "Muster-Merkur",
            [("2022-03-22T09:38", "report", "Muster-Merkur")],
        ),
        # what a text refers to ("sich auf") is no day set ahead
        (
            "Die Berichte beziehen sich auf den 24. Februar.",
            "de",
            date(2022, 3, 22),
            None,
            [("2022-02-24", "event", None)],
        ),
    ],
)
def test_stamps_with_colons_closing_brackets_sites_and_bracketed_updates(
    text: str, language: str, dct: date, outlet: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    found = extract(text, dct=dct, language=language, publisher=outlet)
    assert [(m["value"], m["kind"], m["publisher"]) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # a day written the American way where day and month are one number, its time with seconds and PM
        (
            "8/8/2016 7:51:23 PM\nDer Trainer sprach von einem Skandal.",
            "de",
            date(2016, 8, 8),
            [("2016-08-08T19:51", "report", None)],
        ),
        # the day's dot on an English page, opening its line or after "on"; not a number ending a sentence
        (
            "Privacy Ticker\n26. April 2021\n\nThe DPC opened an inquiry.",
            "en",
            date(2021, 4, 26),
            [("2021-04-26", "report", None)],
        ),
        ("The score was 3. April 2021 was a good month.", "en", date(2021, 4, 26), [("2021-04", "event", None)]),
        # a page's line with an abbreviated month and its time after a comma
        (
            "Published: 04 Dec 2020,09:52 AM IST\n\nThe bank kept its rates.",
            "en",
            date(2020, 12, 4),
            [("2020-12-04T09:52", "report", None)],
        ),
        # a date in a clause with a verb of its own ("would meet") is that clause's, not the statement's after it
        (
            "The committee would meet at Karachi on July 31, said a statement issued here on Thursday.",
            "en",
            date(2023, 7, 27),
            [("2023-07-31", "event", None), ("2023-07-27", "report", None)],
        ),
    ],
)
def test_equal_day_and_month_dotted_days_abbreviated_stamps_and_clauses_with_their_own_verb(
    text: str, language: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    found = extract(text, dct=dct, language=language)
    assert [(m["value"], m["kind"], m["publisher"]) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # two times on weekdays with "to" or "bis" between: one span, forward from the first
        ("The airport stays closed from Saturday 7am to Sunday 7pm.", "en", ["2019-04-13T07:00/2019-04-14T19:00"]),
        ("The airport stays closed from 7am Saturday to 7pm Sunday.", "en", ["2019-04-13T07:00/2019-04-14T19:00"]),
        ("The talks ran Monday 5pm to Monday 9am.", "en", ["2019-04-08T17:00", "2019-04-08T09:00"]),
        (
            "Der Flughafen bleibt von Samstag, 7 Uhr, bis Sonntag, 19 Uhr, geschlossen.",
            "de",
            ["2019-04-13T07:00/2019-04-14T19:00"],
        ),
        # an American stamp's 12-hour time tells its order
        ("8/5/2021 6:33:27 AM\nEin Mann stellte sich der Polizei.", "de", ["2021-08-05T06:33"]),
        # a change of date is two days, no span
        (
            "The budget date has been shifted from Tuesday 30 April to Monday 27 May.",
            "en",
            ["2019-04-30", "2019-05-27"],
        ),
        ("The festival runs from Tuesday 30 April to Monday 27 May.", "en", ["2019-04-30/2019-05-27"]),
    ],
)
def test_spans_of_weekday_times_and_american_stamps(text: str, language: str, expected: list[str]) -> None:
    dct = date(2021, 8, 5) if "8/5/2021" in text else date(2019, 4, 12)
    assert [m["value"] for m in extract(text, dct=dct, language=language)] == expected


def test_a_colon_dateline_below_a_page_s_title_when_its_place_is_in_capitals() -> None:
    text = "Oil barge sinks\n\nPublished October 7, 2006\n\nKARACHI, Oct 6: A barge sank in the open sea."
    found = extract(text, dct=date(2006, 10, 7), language="en")
    assert [(m["value"], m["kind"]) for m in found] == [("2006-10-07", "report"), ("2006-10-06", "report")]


@pytest.mark.parametrize(
    ("text", "language", "dct", "expected"),
    [
        # "heuer", "heurig", "diesjährig": this year, as the south says it
        ("Heuer findet das Fest wieder statt.", "de", date(2019, 9, 25), [("2019", "event", None)]),
        ("Das diesjährige Fest war gut besucht.", "de", date(2019, 9, 25), [("2019", "event", None)]),
        # a time set off by commas is the date's: "sollen … beschädigt haben" after it still says it is past
        (
            "Mehrere Jugendliche sollen am Dienstag, gegen 19.50 Uhr, insgesamt drei Plakate beschädigt haben.",
            "de",
            date(2026, 3, 9),
            [("2026-03-03T19:50", "event", None)],
        ),
        # a site's stamp with its month short and no dot; a span of times joined by a dash
        ("Der Brand brach am 3 Jan 2024 aus.", "de", date(2024, 1, 5), [("2024-01-03", "event", None)]),
        (
            "Am 30. April 2024 zwischen 00:00 - 09:00 Uhr wurde eingebrochen.",
            "de",
            date(2024, 4, 30),
            [("2024-04-30T00:00/2024-04-30T09:00", "event", None)],
        ),
        # a part of a year the words name with its number
        ("Zum Ende des Jahres 2018 waren es mehr.", "de", date(2020, 1, 8), [("2018-12", "event", None)]),
        ("Mitte des Jahres 2020 stieg die Zahl.", "de", date(2021, 1, 8), [("2020-06/2020-07", "event", None)]),
        ("By the beginning of the year 2019 it fell.", "en", date(2020, 1, 8), [("2019-01", "event", None)]),
        # last year's, as an adjective
        ("Der letztjährige Umsatz war höher.", "de", date(2019, 9, 25), [("2018", "event", None)]),
        ("Das vorjährige Ergebnis wurde übertroffen.", "de", date(2019, 9, 25), [("2018", "event", None)]),
        # a page's "Stand:" and its time where its line runs on from the title, not a figure's
        (
            "Zum Ferienstart: DLRG appelliert an Badegäste Stand: 14.07.2023 16:23 Uhr Die Retter hatten viel zu tun.",
            "de",
            date(2023, 7, 14),
            [("2023-07-14T16:23", "report", None)],
        ),
        # a caps date line with its ordinal and a comma before the year
        ("LUSAKA, 13TH FEBRUARY, 2020 – Police responded.", "en", date(2020, 2, 13), [("2020-02-13", "report", None)]),
        # a year clipped to two digits after an apostrophe
        ("The storm hit on Jan 5 '19 in the north.", "en", date(2020, 5, 22), [("2019-01-05", "event", None)]),
        # a short form defined after a name's possessive stands for the name without it
        (
            "He would respect the Athletics Integrity Unit's (AIU) processes. The AIU said on Friday it had acted.",
            "en",
            date(2023, 8, 12),
            [("2023-08-11", "report", "Athletics Integrity Unit")],
        ),
        # the statement's noun in the singular
        (
            "Stephen Muster made the comment Thursday as questions arose.",
            "en",
            date(2021, 1, 7),
            [("2021-01-07", "report", "Stephen Muster")],
        ),
        # a page's time after a bar
        (
            "Source: Muster Wednesday, July 5, 2023 | 12:16\n\nThe talks failed.",
            "en",
            date(2023, 7, 5),
            [("2023-07-05T12:16", "report", None)],
        ),
    ],
)
def test_this_year_in_the_south_caps_ordinals_comments_and_barred_times(
    text: str, language: str, dct: date, expected: list[tuple[str, str, str | None]]
) -> None:
    found = extract(text, dct=dct, language=language)
    assert [(m["value"], m["kind"], m["publisher"]) for m in found] == expected


def test_an_earlier_update_opening_its_entry_is_the_page_s() -> None:
    text = (
        "Update vom 31.08.2020, 7.00 Uhr: Kunde findet Glas im Glas\n\nDer Hersteller ruft den Artikel zurück.\n\n"
        "Update vom 26.08.2020, 7.59 Uhr: Weißwürste zurückgerufen\n\nDer Hersteller ruft die Würste zurück."
    )
    found = extract(text, dct=date(2020, 8, 31), language="de", publisher="Muster-Franken")
    assert [(m["value"], m["publisher"]) for m in found if m["kind"] == "report"] == [
        ("2020-08-31T07:00", "Muster-Franken"),
        ("2020-08-26T07:59", "Muster-Franken"),
    ]
