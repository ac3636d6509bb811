"""The CSV, TimelineJS, JSON-LD and Markwhen exports: structure, precision, escaping, and robustness."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import chronik
from chronik.dates import PartialDate
from chronik.exporters import CsvExporter, JsonExporter, JsonLdExporter, MarkwhenExporter, TimelineJsExporter
from chronik.exporters._csv import COLUMNS, neutralise
from chronik.exporters._markwhen import line
from chronik.model import Timeline
from chronik.registry import EXPORTERS

from ..conftest import DATA, SEED
from ..strategies import timelines

NEW = ["csv", "timelinejs", "jsonld", "markwhen"]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def _load(name: str) -> Timeline:
    return chronik.load(DATA / "timelines" / f"{name}.yaml")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _by_subject(text: str) -> dict[str, dict[str, str]]:
    return {r["Subject"]: r for r in _rows(text)}


# --- registry -----------------------------------------------------------------------------------


def test_suffixes_do_not_collide_and_paths_still_resolve() -> None:
    """``.timelinejs.json`` never takes ``.json``; each new suffix names its own exporter."""
    suffixes = [EXPORTERS.get(n).suffix for n in EXPORTERS.names()]
    assert len(suffixes) == len(set(suffixes))
    assert EXPORTERS.for_path("exports/x.json") is JsonExporter
    assert EXPORTERS.for_path("exports/x.timelinejs.json") is JsonExporter  # one suffix: ours is never guessed
    assert EXPORTERS.for_path("x.csv") is CsvExporter
    assert EXPORTERS.for_path("x.jsonld") is JsonLdExporter
    assert EXPORTERS.for_path("x.mw") is MarkwhenExporter
    assert TimelineJsExporter.suffix == ".timelinejs.json"


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_has_exactly_googles_columns_and_crlf(seed: Timeline) -> None:
    text = chronik.dumps(seed, "csv")
    assert text.startswith(",".join(COLUMNS) + "\r\n")
    assert text.endswith("\r\n")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert reader.fieldnames == list(COLUMNS)
    assert all(len(row) == len(COLUMNS) and None not in row for row in reader)


def test_csv_all_day_rows_end_on_their_last_day(seed: Timeline) -> None:
    """Google's End Date is the last day of the event, not the day after (as ICS DTEND is)."""
    rows = _by_subject(chronik.dumps(seed, "csv"))
    departure = rows["Abflug nach New York"]
    assert (departure["Start Date"], departure["End Date"], departure["All Day Event"]) == (
        "11/10/2024",
        "11/10/2024",
        "True",
    )
    assert departure["Start Time"] == departure["End Time"] == ""
    delegation = rows["Delegationsreise in die USA von Berlin Partner mit Senatskanzlei und IHK Berlin"]
    assert (delegation["Start Date"], delegation["End Date"], delegation["All Day Event"]) == (
        "11/10/2024",
        "11/16/2024",
        "True",
    )
    assert "1. Station New York" in delegation["Description"]
    assert "HealthCapital" in delegation["Description"]
    assert rows["Kai Wegners fünftägige Reise in die USA"]["End Date"] == "11/14/2024"  # 2024-11-10/P5D
    assert {r["Private"] for r in rows.values()} == {"False"}


def test_csv_leaves_out_months_and_undated_entries_with_notes(seed: Timeline) -> None:
    rendered = chronik.render(seed, "csv")
    subjects = " ".join(_by_subject(rendered.text))
    assert "Checkpoint" not in subjects
    assert "Station" not in subjects
    assert "1967" not in rendered.text.split("\r\n", 1)[1].split(",")[1]
    assert any("'checkpoint-2024-11'" in n and "November 2024" in n for n in rendered.notes)
    assert any("'stop-boston' (undated)" in n for n in rendered.notes)
    assert not any("time zones" in n for n in rendered.notes)  # the seed has no times


def test_csv_timed_rows_are_all_in_the_timelines_zone() -> None:
    """Google reads every row in the calendar's zone: New York's 09:00 EST is 15:00 in Berlin."""
    rendered = chronik.render(_load("berlin_dst"), "csv")
    rows = _by_subject(rendered.text)
    ny = rows["New York, Tag der Umstellung"]
    assert (ny["Start Date"], ny["Start Time"], ny["End Date"], ny["End Time"], ny["All Day Event"]) == (
        "11/03/2024",
        "3:00 PM",
        "11/03/2024",
        "5:00 PM",
        "False",
    )
    assert ny["Description"].splitlines()[0].endswith("Europe/Berlin (UTC+1)")
    night = rows["Über Mitternacht"]
    assert (night["Start Time"], night["End Date"], night["End Time"]) == ("10:00 PM", "11/10/2024", "2:00 AM")
    assert rows["Telefonat in UTC"]["Start Time"] == "5:30 PM"  # 16:30Z
    assert rows["Telefonat in UTC"]["End Date"] == ""  # a point in time: no made-up end
    assert any("CSV has no time zones" in n and "Europe/Berlin" in n for n in rendered.notes)


def test_csv_neutralises_formulas() -> None:
    """The markup sample's title is text; cells that start like a formula get an apostrophe."""
    rows = _rows(chronik.dumps(_load("markup"), "csv"))
    assert any(r["Subject"].startswith("#1 =SUM(A1)") for r in rows)
    tl = Timeline.model_validate(
        {
            "id": "f",
            "title": "Formulas",
            "places": [{"id": "p", "name": '=HYPERLINK("http://x")'}],
            "events": [
                {"id": "a", "title": "=SUM(A1)", "when": "2024-01-01", "where": "p"},
                {"id": "b", "title": "+1", "when": "2024-01-02", "description": "-2+3"},
                {"id": "c", "title": "@cmd", "when": "2024-01-03", "description": "\t=1"},
            ],
        }
    )
    rows = _rows(chronik.dumps(tl, "csv"))
    assert [r["Subject"] for r in rows] == ["'=SUM(A1)", "'+1", "'@cmd"]
    assert rows[0]["Location"] == '\'=HYPERLINK("http://x")'
    assert rows[1]["Description"].startswith("'-2+3")
    assert rows[2]["Description"].startswith("'\t=1")
    assert neutralise("\r=1") == "'\r=1"
    assert neutralise("Berlin") == "Berlin"


# --- TimelineJS ---------------------------------------------------------------------------------

ALLOWED_KEYS = [
    {"year"},
    {"year", "month"},
    {"year", "month", "day"},
    {"year", "month", "day", "hour", "minute"},
    {"year", "month", "day", "hour", "minute", "second"},
]


def _slides(tl: Timeline) -> dict[str, dict[str, Any]]:
    doc = json.loads(chronik.dumps(tl, "timelinejs"))
    return {e["unique_id"]: e for e in doc["events"]}


@pytest.mark.parametrize("name", ["berlin_dst", "markup", "partial_dates"])
def test_timelinejs_dates_carry_only_known_parts(name: str) -> None:
    for slide in _slides(_load(name)).values():
        for key in ("start_date", "end_date"):
            if key in slide:
                assert set(slide[key]) in ALLOWED_KEYS
                assert all(isinstance(v, str) and v.isdigit() for v in slide[key].values())


def test_timelinejs_seed_precision_and_display(seed: Timeline) -> None:
    slides = _slides(seed)
    assert slides["checkpoint-2024-11"]["start_date"] == {"year": "2024", "month": "11"}
    assert slides["checkpoint-2024-11"]["display_date"] == "November 2024"
    assert slides["checkpoint-2024-11"]["group"] == "Berichte"
    assert slides["sister-cities-1967"]["start_date"] == {"year": "1967"}
    assert slides["departure"]["start_date"] == {"year": "2024", "month": "11", "day": "10"}
    assert "end_date" not in slides["departure"]
    assert slides["delegation-trip"]["end_date"] == {"year": "2024", "month": "11", "day": "16"}
    assert slides["wegner-trip"]["end_date"] == {"year": "2024", "month": "11", "day": "14"}


def test_timelinejs_undated_stops_span_their_trip_and_others_are_left_out(seed: Timeline) -> None:
    rendered = chronik.render(seed, "timelinejs")
    slides = {e["unique_id"]: e for e in json.loads(rendered.text)["events"]}
    trip = "Delegationsreise in die USA von Berlin Partner mit Senatskanzlei und IHK Berlin"
    for stop in ("stop-new-york", "stop-boston", "giffey-joins", "stop-los-angeles"):
        assert slides[stop]["display_date"] == "Datum nicht berichtet"
        assert slides[stop]["start_date"] == slides["delegation-trip"]["start_date"]
        assert slides[stop]["end_date"] == slides["delegation-trip"]["end_date"]
        assert slides[stop]["group"] == trip
    assert "us-election" not in slides
    assert any("left out 'us-election'" in n for n in rendered.notes)
    assert any("'stop-boston' shown over the days" in n and "10.–16. November 2024" in n for n in rendered.notes)


def test_timelinejs_escapes_html() -> None:
    text = chronik.dumps(_load("markup"), "timelinejs")
    assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<b>" not in text
    assert "<i>" not in text
    slides = json.loads(text)["events"]
    assert slides[1]["text"]["headline"].startswith("#1 =SUM(A1) &lt;b&gt;bold&lt;/b&gt;")


def test_timelinejs_times_and_open_spans() -> None:
    rendered = chronik.render(_load("berlin_dst"), "timelinejs")
    slides = {e["unique_id"]: e for e in json.loads(rendered.text)["events"]}
    assert slides["utc-call"]["start_date"] == {
        "year": "2024",
        "month": "11",
        "day": "10",
        "hour": "17",
        "minute": "30",
    }
    assert slides["ny-autumn"]["display_date"].endswith("(UTC-5)")
    assert any("no time zones" in n for n in rendered.notes)
    partial = _slides(_load("partial_dates"))
    assert partial["since-2020"]["start_date"] == {"year": "2020"}
    assert "end_date" not in partial["since-2020"]
    assert "until-1990" not in partial
    assert "mystery" not in partial


def test_timelinejs_months_and_years_are_spans_and_rows_labelled() -> None:
    """A month or a year spans all of it (up to the next one, same precision); no row is unlabelled."""
    slides = _slides(_load("partial_dates"))
    assert slides["founding"]["start_date"] == {"year": "1967"}
    assert slides["founding"]["end_date"] == {"year": "1968"}
    months = [s for s in slides.values() if set(s["start_date"]) == {"year", "month"}]
    assert months
    for slide in months:
        assert set(slide["end_date"]) == {"year", "month"}
        assert slide["end_date"] != slide["start_date"]
    assert all(s.get("group") for s in slides.values())
    seed = _slides(chronik.load(SEED))
    assert seed["sister-cities-1967"]["group"] == "Ereignisse"
    assert seed["checkpoint-2024-11"]["end_date"] == {"year": "2024", "month": "12"}


def test_timelinejs_december_runs_into_the_next_year() -> None:
    tl = _load("markup").model_copy(
        update={"events": (_load("markup").events[0].model_copy(update={"when": PartialDate(2024, 12)}),)}
    )
    (slide,) = [s for s in _slides(tl).values() if s["unique_id"] == "tricky"]
    assert slide["end_date"] == {"year": "2025", "month": "1"}


def test_timelinejs_title_text_keeps_its_lines() -> None:
    doc = json.loads(chronik.dumps(_load("markup"), "timelinejs"))
    assert doc["title"]["text"]["text"] == "<p>Line one<br>Line two; with, commas; and \\ backslashes</p>"


@pytest.mark.parametrize("title", ["<img src=x onerror=alert(1)>", "&lt;b&gt;", "a & b", "<<>>"])
def test_timelinejs_plain_fields_survive_timelinejs_decoding(title: str) -> None:
    """group and display_date are decoded once by TimelineJS (stripMarkup) before innerHTML: after
    that decoding they are still escaped text that shows the title as written."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "events": [
                {"id": "trip", "title": title, "kind": "trip", "when": "2024-11-10/2024-11-12"},
                {"id": "part", "title": "p", "parent": "trip", "when": "2024-11-11"},
            ],
        }
    )
    group = _slides(tl)["part"]["group"]
    decoded = html.unescape(group)  # what TimelineJS's DOMParser/textContent gives
    assert "<" not in decoded
    assert html.unescape(decoded) == title  # what innerHTML then shows


def test_timelinejs_undated_days_at_the_entrys_place() -> None:
    """After a flight at 01:00 Berlin time (16:00 the day before in Los Angeles), a stop in Los
    Angeles can fall on the Los Angeles day of the flight; the trip's own days stay its days."""
    tl = Timeline.model_validate(
        {
            "id": "t",
            "title": "T",
            "timezone": "Europe/Berlin",
            "places": [{"id": "la", "name": "Los Angeles", "tz": "America/Los_Angeles"}],
            "events": [
                {"id": "trip", "title": "Trip", "kind": "trip", "when": "2024-11-10/2024-11-16"},
                {"id": "flight", "title": "Flight", "parent": "trip", "when": "2024-11-13T01:00"},
                {"id": "stop", "title": "Stop", "parent": "trip", "after": ["flight"], "where": "la"},
            ],
        }
    )
    stop = _slides(tl)["stop"]
    assert stop["start_date"] == {"year": "2024", "month": "11", "day": "12"}
    assert stop["end_date"] == {"year": "2024", "month": "11", "day": "16"}


# --- JSON-LD ------------------------------------------------------------------------------------


def _walk(node: Any) -> list[dict[str, Any]]:
    """Every JSON object in ``node``, depth first."""
    if isinstance(node, list):
        return [d for item in node for d in _walk(item)]
    if isinstance(node, dict):
        return [node, *(d for value in node.values() for d in _walk(value))]
    return []


def _graph(text: str) -> dict[str, dict[str, Any]]:
    """The nodes of the ``@graph`` by ``@id`` (the timeline's own CreativeWork as ``""``)."""
    doc = json.loads(text)
    assert set(doc) == {"@context", "@graph"}
    return {n.get("@id", ""): n for n in doc["@graph"]}


def test_jsonld_trip_with_stops_in_order_and_giffey_in_boston(seed: Timeline) -> None:
    text = chronik.dumps(seed, "jsonld")
    assert json.loads(text)["@context"] == "https://schema.org"
    nodes = _graph(text)
    trip = nodes["#delegation-trip"]
    assert trip["@type"] == "Event"
    assert (trip["startDate"], trip["endDate"]) == ("2024-11-10", "2024-11-16")
    stops = [nodes[r["@id"]] for r in trip["subEvent"]]
    assert [s["location"]["name"] for s in stops] == ["New York", "Boston", "Los Angeles"]
    assert all("startDate" not in s for s in stops)  # undated: no made-up day
    assert all(s["superEvent"] == {"@id": "#delegation-trip"} for s in stops)
    boston = stops[1]
    giffey = nodes[boston["subEvent"][0]["@id"]]
    assert giffey["@id"] == "#giffey-joins"
    assert giffey["attendee"] == [
        {
            "@type": "Person",
            "@id": "#franziska-giffey",
            "name": "Franziska Giffey",
            "jobTitle": "Wirtschaftssenatorin (SPD)",
        }
    ]
    assert nodes["#sister-cities-1967"]["startDate"] == "1967"
    assert nodes[""]["@type"] == "CreativeWork"
    assert {"@id": "#delegation-trip"} in nodes[""]["about"]


def test_jsonld_events_are_top_level_and_speak_schema_org(seed: Timeline) -> None:
    """Every event is a node of the graph, with only Event properties: sources as subjectOf, status an IRI."""
    nodes = _graph(chronik.dumps(seed, "jsonld"))
    events = [n for n in nodes.values() if n["@type"] == "Event"]
    assert {n["@id"] for n in events} == {f"#{e.id}" for e in seed.events}
    for node in events:
        assert "citation" not in node
        assert node["eventStatus"] in (
            {"@id": "https://schema.org/EventScheduled"},
            {"@id": "https://schema.org/EventCancelled"},
        )
        assert all(r["@id"] in nodes for r in node.get("subjectOf", []))
        for ref in node.get("subEvent", []):
            assert set(ref) == {"@id"}
    # every event with a source keeps it
    for ev in seed.events:
        if ev.sources:
            assert nodes[f"#{ev.id}"]["subjectOf"]


def test_jsonld_reports_are_news_articles_at_their_precision(seed: Timeline) -> None:
    nodes = _graph(chronik.dumps(seed, "jsonld"))
    for src in seed.sources:
        node = nodes[f"#{src.id}"]
        if src.published is None:
            assert node["@type"] == "CreativeWork"
            assert "datePublished" not in node
        else:
            assert node["@type"] == "NewsArticle"
            assert node["datePublished"] == str(src.published)
            assert node["publisher"] == {"@type": "Organization", "name": src.publisher}
    assert nodes["#checkpoint-2024-11"]["datePublished"] == "2024-11"
    assert [r["@id"] for r in nodes[""]["citation"]] == [f"#{s.id}" for s in seed.sources]


def test_jsonld_times_qualifiers_and_notes() -> None:
    events = _graph(chronik.dumps(_load("berlin_dst"), "jsonld"))
    assert events["#spring-forward"]["startDate"] == "2024-03-31T01:30+01:00"
    assert events["#ny-autumn"]["endDate"] == "2024-11-03T11:00-05:00"
    assert events["#ny-autumn"]["duration"] == "PT2H"
    assert events["#utc-call"]["startDate"] == "2024-11-10T16:30Z"
    rendered = chronik.render(_load("partial_dates"), "jsonld")
    events = _graph(rendered.text)
    assert events["#about-march"]["startDate"] == "2024-03-20"
    assert events["#until-1990"]["endDate"] == "1990"
    assert "startDate" not in events["#until-1990"]
    assert any("'about-march'" in n and "approximate" in n for n in rendered.notes)


@pytest.mark.parametrize(
    "title",
    ["</script><script>alert(1)</script>", "<!-- x", "a & b > c", "</SCRIPT >", "<\u2028>", "]]>"],
)
def test_jsonld_cannot_leave_its_script_element(title: str) -> None:
    """No <, > or & in the file (written as \\u escapes); the data read back is unchanged."""
    tl = _load("markup").model_copy(update={"title": title})
    text = chronik.dumps(tl, "jsonld")
    assert not {"<", ">", "&"} & set(text)
    assert _graph(text)[""]["name"] == title


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=30).filter(str.strip))
def test_jsonld_any_text_stays_data(title: str) -> None:
    tl = _load("markup").model_copy(update={"title": title})
    text = chronik.dumps(tl, "jsonld")
    assert not {"<", ">", "&"} & set(text)
    assert _graph(text)[""]["name"] == title


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_jsonld_reads_as_rdf(seed: Timeline) -> None:
    """rdflib reads the graph (schema.org's context inlined as @vocab: no network)."""
    rdflib = pytest.importorskip("rdflib")
    doc = json.loads(chronik.dumps(seed, "jsonld"))
    doc["@context"] = {"@vocab": "https://schema.org/"}
    base = "https://example.org/wegner"
    graph = rdflib.Graph().parse(data=json.dumps(doc), format="json-ld", base=base)
    schema = rdflib.Namespace("https://schema.org/")
    node = rdflib.URIRef
    assert (node(f"{base}#delegation-trip"), schema.subEvent, node(f"{base}#stop-boston")) in graph
    assert (node(f"{base}#stop-boston"), schema.subEvent, node(f"{base}#giffey-joins")) in graph
    assert (node(f"{base}#giffey-joins"), schema.attendee, node(f"{base}#franziska-giffey")) in graph
    assert (node(f"{base}#giffey-joins"), schema.eventStatus, schema.EventScheduled) in graph
    articles = set(graph.subjects(rdflib.RDF.type, schema.NewsArticle))
    assert len(articles) == sum(s.published is not None for s in seed.sources)


# --- Markwhen -----------------------------------------------------------------------------------

_INSTANT = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"
EVENT_LINE = re.compile(
    rf"(\d{{4}}(-\d{{2}}(-\d{{2}})?)?(/\d{{4}}(-\d{{2}}(-\d{{2}})?)?)?|{_INSTANT} - {_INSTANT}): \S.*"
)
BODY_LINE = re.compile(
    r'(- .*|#{1,6} \S.*|timezone: ([A-Za-z_+,./-]+|"[+-]\d{2}:\d{2}")?|  (from|to): "[+-]\d{2}:\d{2}"|)'
)


def _body(text: str) -> list[str]:
    """The lines after the header (which ends at the first blank line)."""
    return text.split("\n\n", 1)[1].splitlines()


def _check_structure(text: str) -> None:
    header, _, body = text.partition("\n\n")
    assert header.startswith("title: ")
    assert all(re.fullmatch(r"(title|description|timezone): .+|// .*", h) for h in header.splitlines())
    depth = 0
    for item in body.splitlines():
        assert EVENT_LINE.fullmatch(item) or BODY_LINE.fullmatch(item), item
        if item.startswith("#"):  # a section: at most one level deeper than the one it is in
            level = len(item) - len(item.lstrip("#"))
            assert level <= depth + 1
            depth = level
    assert not re.search(r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", text)


@pytest.mark.parametrize("name", ["berlin_dst", "markup", "partial_dates"])
def test_markwhen_structure_of_samples(name: str) -> None:
    _check_structure(chronik.dumps(_load(name), "markwhen"))


def test_markwhen_seed(seed: Timeline) -> None:
    rendered = chronik.render(seed, "markwhen")
    _check_structure(rendered.text)
    assert rendered.text.splitlines()[:1] == ["title: Kai Wegners USA-Reise im November 2024"]
    assert "timezone: Europe/Berlin" in rendered.text.split("\n\n")[0]
    body = _body(rendered.text)
    events = [b for b in body if EVENT_LINE.fullmatch(b)]
    assert events[0] == "1967: Städtepartnerschaft Berlin–Los Angeles begründet, Berlins älteste #milestone"
    assert any(e.startswith("2024-11: Tagesspiegel Checkpoint berichtet:") for e in events)
    group = body.index("# Kai Wegners fünftägige Reise in die USA")
    assert body[group + 1] == "2024-11-10/2024-11-14: Kai Wegners fünftägige Reise in die USA #trip"
    assert "2024-11-10: Abflug nach New York #event" in body[group:]
    assert not any(b.startswith("#") for b in body[:group])  # entries without parts before the sections
    assert any(e.startswith("2024-11-10/2024-11-16: Delegationsreise") for e in events)
    assert not any("Station" in e for e in events)  # undated: never on a made-up day
    stops = "- \u2060Stationen (Reihenfolge laut Bericht, ohne Datum): 1. Station New York"
    assert any(b.startswith(stops) for b in body)
    assert "// - Station Boston: Besuch des Massachusetts Institute of Technology (MIT) (geplant)" in rendered.text
    assert any("left out 'stop-boston' (undated)" in n for n in rendered.notes)


def test_markwhen_times_zones_and_escaping() -> None:
    body = _body(chronik.dumps(_load("berlin_dst"), "markwhen"))
    # times are the UTC instants of the JSON bounds: the repeated autumn hour cannot be misread
    ny = body.index("2024-11-03T14:00:00Z - 2024-11-03T16:00:00Z: New York, Tag der Umstellung #event")
    assert not body[ny + 1].startswith("timezone:")  # a zone would move UTC instants
    assert "2024-11-10T16:30:00Z - 2024-11-10T16:31:00Z: Telefonat mit Versatz #event" in body
    markup = chronik.dumps(_load("markup"), "markwhen")
    title = markup.splitlines()[0]
    assert title.startswith('title: "')
    assert json.loads(title.removeprefix("title: ")).startswith("*Not bold*")
    assert "- \u2060Property injection attempt DTSTART:19700101 END:VEVENT" in markup
    assert "#ab #cd #ef" in markup  # tags reduced to what markwhen reads as a tag


# --- every valid timeline -----------------------------------------------------------------------


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(timelines())
def test_new_exporters_accept_every_valid_timeline(doc: dict[str, Any]) -> None:
    """Never raises; the JSON formats parse, the CSV reads back, the Markwhen keeps its structure."""
    tl = Timeline.model_validate(doc)
    for name in NEW:
        rendered = chronik.render(tl, name)
        assert all("\n" not in note for note in rendered.notes)
        if name in ("timelinejs", "jsonld"):
            json.loads(rendered.text)
        elif name == "csv":
            assert all(not cell.startswith(DANGEROUS) for row in _rows(rendered.text) for cell in row.values())
        else:
            _check_structure(rendered.text)


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40).filter(str.strip), st.text(max_size=40))
def test_hostile_text_never_breaks_csv_or_markwhen(title: str, text: str) -> None:
    description = text if text.strip() else None
    try:  # the model refuses control characters and invisible titles, and writes line breaks as LF
        tl = Timeline.model_validate(
            {
                "id": "t",
                "title": title,
                "description": description,
                "sources": [{"id": "s", "publisher": title, "published": "2024-01-01"}],
                "events": [{"id": "e", "title": title, "when": "2024-01-02", "description": description}],
            }
        )
    except ValidationError:
        reject()
    title, description = tl.title, tl.description
    rows = _rows(chronik.dumps(tl, "csv"))
    assert len(rows) == 2
    assert all(not cell.startswith(DANGEROUS) for row in rows for cell in row.values())
    mw = chronik.dumps(tl, "markwhen")
    _check_structure(mw)
    header = yaml.safe_load("\n".join(h for h in mw.split("\n\n")[0].splitlines() if not h.startswith("//")))
    assert header["title"] == line(title)
    assert header.get("description") == (line(description) if description else None)


@pytest.mark.parametrize(
    ("when", "repeated"),
    [
        ("2024-10-27T00:30Z", True),  # 02:30 CEST
        ("2024-10-27T01:30Z", True),  # 02:30 CET
        ("2024-10-27T02:30", True),
        ("2024-10-26T23:30Z", False),  # 01:30 CEST
        ("2024-10-27T02:00Z", False),  # 03:00 CET
        ("2024-10-27T01:00/2024-10-27T02:15", True),  # ends in it
    ],
)
def test_csv_names_times_in_the_repeated_hour(when: str, repeated: bool) -> None:
    """02:30 on 27 October 2024 happens twice in Berlin: without an offset Google takes the first."""
    tl = Timeline.model_validate(
        {"id": "t", "title": "t", "timezone": "Europe/Berlin", "events": [{"id": "e", "title": "x", "when": when}]}
    )
    notes = chronik.render(tl, "csv").notes
    assert any("'e' falls in the repeated hour of Europe/Berlin" in n for n in notes) is repeated
