"""A report keeps no maker rather than a wrong one: words found for a maker that cannot be a name (a run of a
sentence, a count, a participle, a German word in lower case) are dropped; names, known outlets, a site's address,
a noun of a kind of maker and the outlet the caller gave stay."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from chronik.extract import extract
from chronik.extract._plausible import plausible
from chronik.extract._types import Mention


def _report(publisher: str) -> Mention:
    return Mention(
        surface="on Monday",
        start=0,
        end=9,
        value="2020-05-18",
        kind="report",
        publisher=publisher,
        sentence="",
        sentence_start=0,
        document="",
        duration=None,
        basis="",
        places=(),
        people=(),
    )


@pytest.mark.parametrize(
    ("publisher", "language"),
    [
        ("Across Wales we will all now work to implement the minor adjustments", "en"),
        ("from China now one of Fiji’s biggest foreign donors Amnesty International", "en"),
        ("23 percent stake", "en"),
        ("taking charge", "en"),
        ("closing bell", "en"),
        ("to give", "en"),
        ("welcome to", "en"),
        ("two studies", "en"),
        ("darunter", "de"),
        ("kontrollierte", "de"),
    ],
)
def test_words_that_cannot_be_a_name_are_dropped(publisher: str, language: str) -> None:
    assert plausible([_report(publisher)], language)[0].publisher is None


@pytest.mark.parametrize(
    ("publisher", "language"),
    [
        ("10 Downing Street", "en"),
        ("U.S. Department of Agriculture’s Food Safety and Inspection Service", "en"),
        ("Leader of the Vale of Glamorgan Council", "en"),
        ("Pizza and pasta chain Sbarro Inc", "en"),
        ("Qatari state-run news agency", "en"),
        ("football’s ruling body", "en"),
        ("police", "en"),
        ("defense ministry", "en"),
        ("meteorologists", "en"),
        ("az-online.de", "de"),
        ("n-tv", "de"),
        ("taz", "de"),
        ("asca", "de"),
        ("foodmatch", "de"),
        ("Bezirksdirektion Gießen der Vereinigten Hagelversicherung", "de"),
    ],
)
def test_names_and_makers_stay(publisher: str, language: str) -> None:
    assert plausible([_report(publisher)], language)[0].publisher == publisher


def test_the_outlet_the_caller_gave_stays_however_written() -> None:
    assert plausible([_report("museums-blog")], "de", told="museums-blog")[0].publisher == "museums-blog"
    assert plausible([_report("museums-blog")], "de")[0].publisher is None


def test_events_are_left_as_they_are() -> None:
    event = replace(_report("darunter"), kind="event")
    assert plausible([event], "de") == [event]


def test_extract_drops_a_participle_taken_for_the_maker() -> None:
    from chronik.extract import extract

    text = "Florida Governor Ron DeSantis is holding a press conference today at 9 a.m. ET."
    reports = [i for i in extract(text, dct=date(2022, 9, 27), language="en") if i["kind"] == "report"]
    assert reports
    assert all(i["publisher"] != "holding" for i in reports)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("FTC and Facebook declined to comment. But Facebook said in April that it expected to pay.", "Facebook"),
        ("The council met. And the ministry said on Monday that it would act.", "ministry"),
    ],
)
def test_a_conjunction_opening_the_sentence_is_no_part_of_its_maker(text: str, want: str) -> None:
    found = [i for i in extract(text, dct=date(2019, 7, 13), language="en") if i["kind"] == "report"]
    assert [i["publisher"] for i in found] == [want]
