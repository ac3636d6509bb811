"""benchmarks/extract_eval.py: the report-recall column counts gold reports output as reports with the right value."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import SHARED, benchmark_module

SCORER = SHARED / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="the shared scorer is not there")


def _eval_dir(tmp_path: Path) -> Path:
    eval_dir = tmp_path / "eval"
    (eval_dir / "gold").mkdir(parents=True)
    shutil.copyfile(SCORER, eval_dir / "score.py")
    gold = [
        {"surface": "am Montag", "value": "2020-01-06", "kind": "report", "publisher": "dpa", "what": "a"},
        {"surface": "am Dienstag", "value": "2020-01-07", "kind": "report", "publisher": "AFP", "what": "b"},
        {"surface": "am Mittwoch", "value": "2020-01-08", "kind": "event", "publisher": None, "what": "c"},
        {"surface": "bald", "value": None, "unresolved": True, "kind": "report", "publisher": "X", "what": "d"},
    ]
    (eval_dir / "gold" / "01.json").write_text(json.dumps(gold), encoding="utf-8")
    return eval_dir


def test_report_recall_needs_kind_report_and_the_value(tmp_path: Path) -> None:
    extract_eval = benchmark_module("extract_eval")
    eval_dir = _eval_dir(tmp_path)
    scorer = extract_eval.load_scorer(eval_dir)
    preds = tmp_path / "preds"
    preds.mkdir()
    (preds / "01.json").write_text(
        json.dumps(
            [
                {"value": "2020-01-06", "kind": "report", "publisher": "Reuters"},  # wrong publisher: still a hit
                {"value": "2020-01-07", "kind": "event", "publisher": None},  # right value, not a report: no hit
                {"value": "2020-01-08", "kind": "report", "publisher": "dpa"},  # a report where gold has an event
            ]
        ),
        encoding="utf-8",
    )
    s = extract_eval.score_micro(scorer, eval_dir, preds, ["01"])
    assert (s["report_hits"], s["n_gold_report"]) == (1, 2)
    assert s["report_recall"] == pytest.approx(0.5)
    assert s["tp"] == 3  # the existing columns are untouched


def test_one_prediction_covers_one_gold_report() -> None:
    extract_eval = benchmark_module("extract_eval")
    scorer = extract_eval.load_scorer(SCORER.parent)
    gold = [
        {"value": "2020-01-06", "kind": "report", "publisher": "a"},
        {"value": "2020-01-06", "kind": "report", "publisher": "b"},
    ]
    assert extract_eval.report_hits(scorer, [{"value": "2020-01-06", "kind": "report"}], gold) == 1
    assert extract_eval.report_hits(scorer, [{"value": "2020-01-06T10:00", "kind": "Report"}] * 2, gold) == 0


def test_the_pairs_are_the_scorers_own() -> None:
    """report_pairs repeats score.py's matching: on the development set its publisher counts are the scorer's."""
    extract_eval = benchmark_module("extract_eval")
    scorer = extract_eval.load_scorer(SCORER.parent)
    chronik = extract_eval.make_chronik()
    for passage in extract_eval.load_passages(SCORER.parent, None):
        gold = scorer.load(str(SCORER.parent / "gold" / f"{passage.doc_id}.json"))
        preds = chronik(passage.text, passage.dct, passage.language)
        # a wrong publisher on every other report, so that all three outcomes occur
        preds += [{**p, "publisher": "Nobody"} for p in preds[::2] if p.get("kind") == "report"]
        counts = scorer.score([dict(p) for p in preds], gold)
        outcomes = [
            scorer.pub_match(p.get("publisher"), g.get("publisher"))
            for p, g in extract_eval.report_pairs(scorer, preds, gold)
        ]
        assert len(outcomes) == counts["n_report_matched"]
        assert [outcomes.count(k) for k in ("exact", "partial", "wrong")] == [
            counts["pub_exact"],
            counts["pub_partial"],
            counts["pub_wrong"],
        ]


def test_a_publisher_is_named_inflected_or_by_its_alias() -> None:
    extract_eval = benchmark_module("extract_eval")
    scorer = extract_eval.load_scorer(SCORER.parent)
    named = extract_eval.named_in
    assert named(scorer, "Oberster Gerichtshof", "Ein Sprecher des Obersten Gerichtshofs sagte am Montag")
    assert named(scorer, "Deutsche Presse-Agentur", "sagte er der dpa am Montag")
    assert named(scorer, "the Associated Press", "told The Associated Press on Friday")
    assert not named(scorer, "RP Online", "Die Rheinbahn teilte am Dienstag mit")
    assert not named(scorer, "Oberster Gerichtshof", "Ein Gerichtshof sagte am Montag")
    assert named(scorer, None, "anything")


def test_the_split_counts_unnamed_publishers(tmp_path: Path) -> None:
    extract_eval = benchmark_module("extract_eval")
    scorer = extract_eval.load_scorer(SCORER.parent)
    gold = [
        {"value": "2020-01-06", "kind": "report", "publisher": "Rheinbahn"},
        {"value": "2020-01-07", "kind": "report", "publisher": "RP Online"},
    ]
    preds = [
        {"value": "2020-01-06", "kind": "report", "publisher": "Polizei"},
        {"value": "2020-01-07", "kind": "report", "publisher": "Rheinbahn"},
    ]
    text = "Die Rheinbahn und die Polizei teilten am Montag und am Dienstag mit"
    split = extract_eval.publisher_split(scorer, preds, gold, text)
    assert split == {"pub_named_wrong": 1, "pub_unnamed_wrong": 1, "pub_unnamed": 1}


def test_chronik_told_the_page_outlet(tmp_path: Path) -> None:
    """``chronik-outlet`` hands each page's outlet (the meta's descriptive publisher up to its first bracket, comma
    or semicolon) to the extractor, which names it as the publisher of the page's own date line; plain chronik is
    not told."""
    extract_eval = benchmark_module("extract_eval")
    texts = tmp_path / "eval" / "texts"
    texts.mkdir(parents=True)
    (texts / "01.txt").write_text("Stand: 14.11.2018, 12:25 Uhr\n\nDer Zug fiel am Dienstag aus.\n", encoding="utf-8")
    meta = {"dct": "2018-11-14", "language": "de", "publisher": "FM1Today (fm1today.ch), Swiss news site; item"}
    (texts / "01.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (passage,) = extract_eval.load_passages(tmp_path / "eval", None)
    assert passage.outlet == "FM1Today"
    told = extract_eval.FACTORIES["chronik-outlet"]()(
        passage.text, passage.dct, passage.language, outlet=passage.outlet
    )
    plain = extract_eval.FACTORIES["chronik"]()(passage.text, passage.dct, passage.language, outlet=passage.outlet)
    assert [(p["value"], p["publisher"]) for p in told if p["kind"] == "report"] == [("2018-11-14T12:25", "FM1Today")]
    assert [p["publisher"] for p in plain if p["kind"] == "report"] == [None]
    assert extract_eval.page_outlet({"publisher": "arcor.de, German web portal"}) == "arcor.de"
    assert extract_eval.page_outlet({}) is None
