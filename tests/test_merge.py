"""``chronik merge``: reports of one story from several outlets reconciled into one sourced timeline.

The three little reports below are made up in the shape of real ones (one visit, three outlets, one
of them a day off); no real news text is copied.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import chronik
from chronik import api
from chronik.check import check
from chronik.cli import cli
from chronik.merge import Options, merge, merge_two, publisher_key, words
from chronik.model import Timeline
from chronik.writers import timeline_to_text

from .conftest import DATA
from .strategies import timelines


def _doc(ident: str, publisher: str, published: str, events: list[dict[str, Any]], **source: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "title": f"Entwurf {ident}",
        "timezone": "Europe/Vienna",
        "sources": [{"id": ident, "publisher": publisher, "published": published, **source}],
        "events": [
            {**{k: v for k, v in e.items() if k != "quote"}, "sources": [{"source": ident, "quote": e["quote"]}]}
            for e in events
        ],
    }


STANDARD = _doc(
    "standard",
    "derStandard.at",
    "2015-10-24",
    [
        {
            "id": "treffen",
            "title": "Kerry und Lawrow treffen sich in Wien zu Syrien-Gesprächen",
            "when": "2015-10-23",
            "quote": "Kerry und Lawrow trafen sich am Freitag in Wien zu Gesprächen über Syrien.",
        },
        {
            "id": "assad-moskau",
            "title": "Assad besucht Moskau",
            "when": "2015-10-20",
            "quote": "Assad war am Dienstag überraschend in Moskau.",
        },
    ],
    url="https://www.derstandard.example/2015/syrien",
)
APA = _doc(
    "apa",
    "APA",
    "2015-10-23",
    [
        {
            "id": "gespraeche",
            "title": "Syrien-Gespräche von Kerry und Lawrow in Wien",
            "when": "2015-10",
            "quote": "Die Außenminister Kerry und Lawrow führten in Wien Gespräche über Syrien.",
        },
        {
            "id": "naechste-runde",
            "title": "Nächste Gesprächsrunde in Wien geplant",
            "when": "2015-10-30",
            "quote": "Eine nächste Runde soll am 30. Oktober in Wien stattfinden.",
        },
    ],
)
XINHUA = _doc(
    "xinhua",
    "Xinhua",
    "2015-10-25",
    [
        {
            "id": "meeting",
            "title": "Kerry und Lawrow: Treffen in Wien über Syrien",
            "when": "2015-10-22",
            "quote": "Kerry und Lawrow trafen sich nach Angaben von Xinhua am Donnerstag in Wien über Syrien.",
        },
        {
            "id": "assad",
            "title": "Assad in Moskau zu Besuch",
            "quote": "Assad besuchte Moskau, meldete Xinhua.",
        },
    ],
)


def _tl(doc: dict[str, Any]) -> Timeline:
    return Timeline.model_validate(doc)


def _story() -> list[Timeline]:
    return [_tl(STANDARD), _tl(APA), _tl(XINHUA)]


def _by_source(tl: Timeline) -> dict[str, set[str]]:
    """Each event's id and the sources it cites."""
    return {e.id: {c.source for c in e.sources} for e in tl.events}


def test_the_same_happening_from_two_outlets_is_one_entry_citing_both() -> None:
    merged = merge(_story()).timeline
    cited = _by_source(merged)
    # the Vienna talks: the day (Standard) inside the month (APA) is one entry, citing both with their quotes
    talks = next(e for e in merged.events if {"standard", "apa"} <= cited[e.id])
    assert str(talks.when) == "2015-10-23"  # the most precise of the compatible dates
    assert {c.quote for c in talks.sources} >= {
        "Kerry und Lawrow trafen sich am Freitag in Wien zu Gesprächen über Syrien.",
        "Die Außenminister Kerry und Lawrow führten in Wien Gespräche über Syrien.",
    }
    # the undated Xinhua mention of Assad's visit joins the dated one
    assad = next(e for e in merged.events if "xinhua" in cited[e.id] and "standard" in cited[e.id])
    assert str(assad.when) == "2015-10-20"
    # the next round is reported by one outlet only: an entry of its own
    assert any(cited[e.id] == {"apa"} for e in merged.events)


def test_dates_that_exclude_each_other_stay_two_entries_linked_by_same_as() -> None:
    merged = merge(_story())
    tl = merged.timeline
    thursday = next(e for e in tl.events if str(e.when) == "2015-10-22")
    friday = next(e for e in tl.events if str(e.when) == "2015-10-23")
    assert friday.id in thursday.same_as
    assert thursday.id in friday.same_as
    assert any(d.action == "same_as" for d in merged.decisions)
    found = [f for f in check(tl) if f.code == "conflicting-dates" and {thursday.id, friday.id} <= set(f.ids)]
    assert found, "chronik check shows the disagreement"
    assert {"standard", "xinhua"} <= set(found[0].sources)


def test_the_result_does_not_depend_on_the_order_of_the_inputs() -> None:
    story = _story()
    first = chronik.dumps(merge(story).timeline, "json")
    for order in itertools.permutations(story):
        assert chronik.dumps(merge(list(order)).timeline, "json") == first


def test_merging_in_steps_loses_no_reading() -> None:
    """APA's "in October" fits both Thursday (Xinhua) and Friday (Standard). Merged at once, it joins
    the reading its words agree with most; merged in steps, it joins the one it meets first. Either
    way both readings stay, linked by same_as, each with its sources: nothing is lost or picked."""
    a, b, c = _story()
    for merged in (merge([a, b, c]).timeline, merge_two(a, merge_two(b, c)), merge_two(merge_two(a, b), c)):
        days = {str(e.when): e for e in merged.events if str(e.when) in ("2015-10-22", "2015-10-23")}
        assert set(days) == {"2015-10-22", "2015-10-23"}
        assert days["2015-10-23"].id in days["2015-10-22"].same_as
        cited = {c.source for e in days.values() for c in e.sources}
        assert cited == {"standard", "apa", "xinhua"}


_HAPPENINGS = [
    ("Brückeneinsturz", "Genua", "2018-08-14"),
    ("Wahlsieg", "Kurz", "2017-10-15"),
    ("Gipfeltreffen", "Valletta", "2015-11-11"),
    ("Staatsbesuch", "Peking", "2015-07-29"),
    ("Urteil", "Florenz", "2016-05-31"),
    ("Referendum", "Athen", "2015-07-05"),
]


@st.composite
def _articles(draw: st.DrawFn) -> list[Timeline]:
    """Two to four reports of a story: each tells some of the happenings, at the day or only the
    month, in words of its own around the happening's two distinctive words (no reading conflicts)."""
    out = []
    for n in range(draw(st.integers(2, 4))):
        told = draw(st.lists(st.sampled_from(range(len(_HAPPENINGS))), min_size=1, max_size=4, unique=True))
        events = []
        for k in told:
            what, where, day = _HAPPENINGS[k]
            filler = draw(st.sampled_from(["laut Bericht", "wie gemeldet wurde", "nach Angaben", ""]))
            events.append(
                {
                    "id": f"e{k}-{n}",
                    "title": f"{what} {where} {filler}".strip(),
                    "when": day if draw(st.booleans()) else day[:7],
                    "quote": f"{what} in {where} {filler}.",
                }
            )
        out.append(_tl(_doc(f"src{n}", f"Outlet {n}", "2020-01-01", events) | {"id": f"t{n}"}))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_articles())
def test_merging_is_associative_and_commutative_when_no_reading_conflicts(tls: list[Timeline]) -> None:
    whole = merge(tls).timeline
    stepwise = tls[0]
    for tl in tls[1:]:
        stepwise = merge_two(stepwise, tl)
    assert stepwise == whole
    backwards = tls[-1]
    for tl in reversed(tls[:-1]):
        backwards = merge_two(tl, backwards)
    assert backwards == whole
    # one entry per happening told, citing every report that told it
    assert len(whole.events) == len({e.id.split("-")[0] for tl in tls for e in tl.events})


@pytest.mark.parametrize("path", [api.default_timeline(), *sorted((DATA / "timelines").glob("*.yaml"))])
def test_a_file_merged_with_itself_is_unchanged(path: Path) -> None:
    tl = api.load(path)
    assert merge([tl, tl]).timeline == tl
    assert merge([tl]).timeline == tl


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_any_timeline_merged_with_itself_is_unchanged(doc: dict[str, Any]) -> None:
    tl = Timeline.model_validate(doc)
    assert merge([tl, tl]).timeline == tl


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(timelines(constrained=False, max_events=5), min_size=2, max_size=3), st.randoms())
def test_any_inputs_in_any_order_give_the_same_timeline(docs: list[dict[str, Any]], rnd: Any) -> None:
    tls = [Timeline.model_validate({**d, "id": f"t{i}"}) for i, d in enumerate(docs)]
    shuffled = list(tls)
    rnd.shuffle(shuffled)
    assert merge(shuffled).timeline == merge(tls).timeline


def test_one_source_per_report() -> None:
    a = _tl(
        _doc("a", "dpa", "2024-11-10", [{"id": "x", "title": "Abflug", "when": "2024-11-10", "quote": "q"}])
        | {"id": "ta"}
    )
    departure = [{"id": "y", "title": "Abflug", "when": "2024-11-10", "quote": "r"}]
    b = _tl(_doc("b", "Deutsche Presse-Agentur", "2024-11-10", departure) | {"id": "tb"})
    merged = merge([a, b]).timeline
    assert [s.id for s in merged.sources] == ["a"]  # same publisher (alias), same day, no title or URL
    (event,) = merged.events
    assert [(c.source, c.quote) for c in event.sources] == [("a", "q"), ("a", "r")]
    assert publisher_key("AP") == publisher_key("The Associated Press")
    assert publisher_key("dpa") != publisher_key("AFP")


def test_two_different_events_under_one_id_are_both_kept() -> None:
    a = _tl(_doc("a", "A", "2024-01-01", [{"id": "e", "title": "Wahl in Wien", "when": "2024-01-05", "quote": "q"}]))
    b = _tl(
        _doc("b", "B", "2024-01-01", [{"id": "e", "title": "Brand in Graz", "when": "2024-01-05", "quote": "r"}])
        | {"id": "b-tl"}
    )
    merged = merge([a, b])
    assert sorted(e.id for e in merged.timeline.events) == ["e", "e-2"]


def test_words_fold_case_accents_and_endings() -> None:
    assert words("Die Gespräche der Außenminister") == words("gesprache aussenminister")
    assert "treff" in words("Treffen") or "treffen" in words("Treffen")


def test_thresholds_change_the_decisions() -> None:
    strict = merge(_story(), Options(threshold=0.99, disagree=0.99)).timeline
    assert all(len({c.source for c in e.sources}) == 1 for e in strict.events)
    assert all(not e.same_as for e in strict.events)


def test_the_command_writes_the_merged_timeline_and_explains(tmp_path: Path) -> None:
    paths = []
    for doc in (STANDARD, APA, XINHUA):
        path = tmp_path / f"{doc['id']}.json"
        path.write_text(timeline_to_text(_tl(doc), "json"), encoding="utf-8")
        paths.append(path)
    out = tmp_path / "merged.yaml"
    result = CliRunner().invoke(cli, ["merge", *map(str, paths), "--out", str(out), "--explain"])
    assert result.exit_code == 0, result.output
    assert "merged 3 timelines: 6 events into " in result.output
    assert f"{tmp_path / 'standard.json'}:treffen" in result.output
    assert "same_as" in result.output
    merged = api.load(out)
    assert any(len({c.source for c in e.sources}) > 1 for e in merged.events)


def test_a_shared_date_needs_fewer_shared_words_than_a_month_around_a_day() -> None:
    """Two reports naming the same day (or the very same month) and a word in common are one
    happening; the same words with a day inside the other's month are not enough."""

    def pair(when_a: str, when_b: str, options: Options) -> int:
        a = _tl(
            _doc(
                "a",
                "A",
                "2016-05-01",
                [{"id": "x", "title": "Stichwahl in Wien abgesagt", "when": when_a, "quote": "q"}],
            )
        )
        b = _tl(
            _doc(
                "b",
                "B",
                "2016-05-02",
                [{"id": "y", "title": "Gericht in Wien hebt Stichwahl auf", "when": when_b, "quote": "r"}],
            )
            | {"id": "tb"}
        )
        return len(merge([a, b], options).timeline.events)

    assert pair("2016-07-01", "2016-07-01", Options(threshold=0.7, same_date=0.3)) == 1
    assert pair("2016-07", "2016-07-01", Options(threshold=0.7, same_date=0.3)) == 2
    assert pair("2016-07", "2016-07", Options(threshold=0.7, same_date=0.3)) == 1  # the very same month


def _trip(ident: str, when: str, title: str) -> Timeline:
    return _tl(
        _doc(ident, ident.upper(), "2024-11-08", [{"id": f"{ident}-e", "title": title, "when": when, "quote": title}])
    )


TRIP = "Wegner reist mit Delegation nach New York, Boston und Los Angeles"


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        ("2024-11-10/2024-11-15", "2024-11-10/2024-11-15", True),  # the same span
        ("2024-11-10/P6D", "2024-11-10/2024-11-15", True),  # the same span, written two ways
        ("2024-11/2024-12", "2024-11-10/2024-12-05", True),  # ends that agree at their precisions
        ("2024-11", "2024-11-10/2024-11-15", True),  # a coarser date containing the span: its month
        ("2024-11-10/P5D", "2024-11-10/2024-11-16", False),  # five days against seven: two readings
        ("2024-11-09/2024-11-15", "2024-11-10/2024-11-15", False),  # begins a day apart
        ("2024-11-13", "2024-11-10/2024-11-15", False),  # a day within the span: a part of it
    ],
)
def test_a_span_is_an_extent_not_an_uncertain_date(a: str, b: str, merged: bool) -> None:
    """Spans name how long a happening lasted: they agree only when their ends agree, a day inside
    one is a part of it, and two readings of one trip's length stay two entries linked by same_as."""
    result = merge([_trip("a", a, TRIP), _trip("b", b, TRIP)])
    tl = result.timeline
    assert len(tl.events) == (1 if merged else 2)
    if merged:
        assert str(tl.events[0].when) in {a, b}
        assert str(tl.events[0].when) != "2024-11"  # the span, never the month around it
        return
    first, second = tl.events
    linked = second.id in first.same_as
    part = any(len(str(e.when)) == 10 for e in tl.events)
    assert linked is not part  # two readings are linked; a day of the trip is not the trip
    if linked:
        found = [f for f in check(tl) if f.code == "conflicting-dates"]
        assert found
        assert {"a", "b"} <= set(found[0].sources)
    else:
        assert any(d.action == "kept apart" and "a part of it" in d.evidence for d in result.decisions)


def test_a_group_holds_no_two_spans_that_disagree() -> None:
    """A month joins each of two spans, but the spans (10-14 and 10-16 November) never end up in one
    group through it."""
    inputs = [
        _trip("a", "2024-11-10/P5D", TRIP),
        _trip("b", "2024-11-10/2024-11-16", TRIP),
        _trip("c", "2024-11", TRIP),
    ]
    for order in itertools.permutations(inputs):
        tl = merge(list(order)).timeline
        spans = [e for e in tl.events if "/" in str(e.when)]
        assert len(spans) == 2
        assert spans[0].id in spans[1].same_as


@pytest.mark.parametrize("zone", ["UTC", "America/Los_Angeles", "Asia/Tokyo"])
def test_a_date_is_the_same_days_in_every_zone(zone: str) -> None:
    """Two timelines set in different zones: 10 November is that day in both, so 10 and 11 November
    never overlap by the hours between the zones, and the same day is the same date."""

    def one(ident: str, when: str, tz: str) -> Timeline:
        doc = _doc(
            ident, ident.upper(), "2024-11-12", [{"id": f"{ident}-e", "title": TRIP, "when": when, "quote": TRIP}]
        )
        return _tl(doc | {"timezone": tz})

    apart = merge([one("a", "2024-11-10", "Europe/Berlin"), one("b", "2024-11-11", zone)]).timeline
    assert len(apart.events) == 2
    assert apart.events[1].id in apart.events[0].same_as  # one trip, two days: a disagreement
    same = merge([one("a", "2024-11-10", "Europe/Berlin"), one("b", "2024-11-10", zone)])
    assert len(same.timeline.events) == 1
    assert "2024-11-10 contains 2024-11-10" in next(d.evidence for d in same.decisions if d.action == "merged")


def _curated_trip(span: str) -> tuple[Timeline, Timeline]:
    curated = _doc(
        "kuratiert",
        "Redaktion",
        "2024-11-20",
        [
            {
                "id": "reise",
                "title": "Delegationsreise nach New York, Boston und Los Angeles",
                "when": "2024-11-10/2024-11-16",
                "quote": "q1",
            },
            {
                "id": "station-boston",
                "title": "Station Boston: Wegner besucht das MIT in Boston",
                "parent": "reise",
                "quote": "q2",
            },
        ],
    )
    draft = _doc(
        "entwurf",
        "Agentur",
        "2024-11-08",
        [{"id": "besuch", "title": "Wegner besucht New York, Boston und Los Angeles", "when": span, "quote": "q3"}],
    )
    return _tl(curated), _tl(draft)


@pytest.mark.parametrize("span", ["2024-11-10/2024-11-16", "2024-11-10/2024-11-15"])
def test_a_part_never_joins_its_whole_or_another_reading_of_it(span: str) -> None:
    """A stop of the trip (undated, its parent the trip) shares words with a report of the whole trip;
    the report is the trip (or another reading of its length), never the stop."""
    curated, draft = _curated_trip(span)
    result = merge([curated, draft])
    cited = _by_source(result.timeline)
    stop = next(e for e in result.timeline.events if e.parent is not None)
    assert cited[stop.id] == {"kuratiert"}
    if span == "2024-11-10/2024-11-16":
        assert any(c == {"kuratiert", "entwurf"} for c in cited.values())  # the same trip: one entry
    else:
        trip = next(e for e in result.timeline.events if e.id != stop.id and "entwurf" in cited[e.id])
        assert trip.same_as  # the other reading of the trip, linked
        assert any("a part of the other" in d.evidence for d in result.decisions)


def test_one_shared_word_is_not_enough_without_a_date_in_common() -> None:
    """'los' in "Los Angeles" and in "geht es los" is one word: no evidence of one happening."""
    a = _tl(
        _doc(
            "a",
            "A",
            "2024-11-08",
            [{"id": "x", "title": "Am Wochenende geht es los", "when": "2024-11-09/2024-11-10", "quote": "q"}],
        )
    )
    b = _tl(_doc("b", "B", "2024-11-20", [{"id": "y", "title": "Station Los Angeles", "quote": "r"}]))
    result = merge([a, b])
    assert len(result.timeline.events) == 2
    assert any("one word is not enough" in d.evidence for d in result.decisions)


def test_parents_that_go_round_after_merging_lose_one_link() -> None:
    """A visit inside a trip in one file, the trip inside the visit in the other: the merge is valid."""
    a = _tl(
        _doc(
            "a",
            "A",
            "2015-10-24",
            [
                {"id": "x", "title": "Gipfel in Wien mit Kerry", "when": "2015-10-23", "parent": "y", "quote": "q"},
                {"id": "y", "title": "Reise nach Europa von Kerry und Lawrow", "when": "2015-10", "quote": "q"},
            ],
        )
    )
    b = _tl(
        _doc(
            "b",
            "B",
            "2015-10-25",
            [
                {
                    "id": "x2",
                    "title": "Reise nach Europa von Kerry und Lawrow",
                    "when": "2015-10",
                    "parent": "y2",
                    "quote": "r",
                },
                {"id": "y2", "title": "Gipfel in Wien mit Kerry", "when": "2015-10-23", "quote": "r"},
            ],
        )
        | {"id": "tb"}
    )
    merged = merge([a, b])
    assert len(merged.timeline.events) == 2
    assert sum(e.parent is not None for e in merged.timeline.events) == 1
    assert any(d.action == "parent dropped" for d in merged.decisions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(timelines(), timelines())
def test_any_two_valid_timelines_merge_into_a_valid_one(a: dict[str, Any], b: dict[str, Any]) -> None:
    """Whatever the inputs say about parents, order and sources, the merge is a valid timeline."""
    merged = merge([Timeline.model_validate(a), Timeline.model_validate({**b, "id": "other"})]).timeline
    assert Timeline.model_validate(merged.model_dump(mode="json")) == merged


def test_the_command_line_defaults_are_the_merge_defaults() -> None:
    options = {p.name: p.default for p in cli.commands["merge"].params}
    defaults = Options()
    assert (options["threshold"], options["same_date"], options["disagree"]) == (
        defaults.threshold,
        defaults.same_date,
        defaults.disagree,
    )
