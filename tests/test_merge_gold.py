"""The multi-document gold set of `chronik merge` (benchmarks/merge_gold) is consistent, and its scorer
(benchmarks/merge_eval.py) counts right on tiny made-up clusterings. No texts needed."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from chronik.dates import parse_when

from .conftest import ROOT, benchmark_module

GOLD = ROOT / "benchmarks" / "merge_gold" / "stories.json"


EVAL = benchmark_module("merge_eval")
FETCH = benchmark_module("merge_fetch")


def _stories() -> list[dict[str, Any]]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    stories: list[dict[str, Any]] = data["stories"]
    return stories


STORIES = _stories()


def test_ids_are_unique_and_well_formed() -> None:
    seen: set[str] = set()
    for story in STORIES:
        assert story["id"] not in seen
        seen.add(story["id"])
        articles = {a["id"] for a in story["articles"]}
        for art in story["articles"]:
            assert art["id"].startswith(story["id"] + ".a")
            assert art["id"] not in seen
            seen.add(art["id"])
        for item in story["items"]:
            assert item["id"] not in seen, item["id"]
            seen.add(item["id"])
            assert item["article"] in articles
            assert item["id"].startswith(item["article"] + ".")


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_story_has_three_articles_with_references(story: dict[str, Any]) -> None:
    assert story["language"] in ("de", "en")
    assert len(story["articles"]) >= 3
    for art in story["articles"]:
        for key in ("source", "repository", "path", "commit", "cut", "dct", "publisher", "sha256", "first40", "last40"):
            assert art.get(key), (art["id"], key)
        assert art["cut"] in ("anchors", "wikinewssum", "timeml")
        assert len(art["commit"]) == 40
        assert len(art["sha256"]) == 64
        parse_when(art["dct"])


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_items_follow_the_eval_format(story: dict[str, Any]) -> None:
    for item in story["items"]:
        assert item["kind"] in ("event", "report"), item["id"]
        assert item["surface"], item["id"]
        assert item["what"], item["id"]
        if item["kind"] == "report":
            assert item["publisher"], item["id"]
        if item["value"] is None:
            assert item.get("unresolved") is True, item["id"]
        else:
            parse_when(item["value"])  # raises on anything chronik cannot read
        assert item.get("kind_alt") in (None, "event", "report"), item["id"]
        assert isinstance(item.get("occurrence", 1), int), item["id"]


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_clusters_are_disjoint_and_refer_to_items(story: dict[str, Any]) -> None:
    items = {i["id"]: i for i in story["items"]}
    seen: set[str] = set()
    for cluster in story["clusters"]:
        assert len(cluster) >= 2
        for item in cluster:
            assert item in items, item
            assert item not in seen, item
            seen.add(item)
        # same happening across articles: one item per article and cluster
        assert len({items[i]["article"] for i in cluster}) == len(cluster), cluster


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_disagreements_are_same_story_items_with_different_values(story: dict[str, Any]) -> None:
    items = {i["id"]: i for i in story["items"]}
    cluster_of = {item: n for n, cluster in enumerate(story["clusters"]) for item in cluster}
    for dis in story["disagreements"]:
        a, b = items[dis["a"]], items[dis["b"]]
        assert dis["note"]
        assert a["article"] != b["article"]
        assert a["value"] is not None
        assert b["value"] is not None
        assert a["value"] != b["value"]
        # kept apart: a disagreement never sits inside one cluster
        assert cluster_of.get(a["id"], a["id"]) != cluster_of.get(b["id"], b["id"])


def test_gold_loads_without_texts_and_counts() -> None:
    stories = EVAL.load_gold(GOLD)
    assert len(stories) == len(STORIES)
    assert all(e.sentence == "" for g in stories for e in g.story.entries)


# ---------------------------------------------------------------------------------------------- scorer


def _gold(clusters: list[list[str]], disagreements: list[tuple[str, str]], ids: list[str]) -> Any:
    entries = tuple(EVAL.Entry(i, i.rsplit(".", 1)[0], "2024-11-10", "event", None, i, "x", "") for i in ids)
    articles = tuple(EVAL.Article(a, "2024-11-10", "P", "en") for a in sorted({e.article for e in entries}))
    story = EVAL.Story("t", "en", "test", articles, entries)
    return EVAL.GoldStory(story, clusters, disagreements)


IDS = ["a1.1", "a1.2", "a2.1", "a2.2", "a3.1"]


def test_perfect_clustering_scores_one() -> None:
    gold = _gold([["a1.1", "a2.1", "a3.1"]], [], IDS)
    s = EVAL.score_story(gold, [["a3.1", "a1.1", "a2.1"]])
    assert s.pairwise() == (1.0, 1.0, 1.0)
    assert s.bcubed() == (1.0, 1.0, 1.0)


def test_singletons_have_no_links_and_full_bcubed_precision() -> None:
    gold = _gold([["a1.1", "a2.1", "a3.1"]], [], IDS)
    s = EVAL.score_story(gold, EVAL.singletons(gold.story))
    assert (s.link_tp, s.link_sys, s.link_gold) == (0, 0, 3)
    p, r, _ = s.bcubed()
    assert p == 1.0
    assert r == pytest.approx((3 * (1 / 3) + 2) / 5)


def test_everything_in_one_cluster() -> None:
    gold = _gold([["a1.1", "a2.1"]], [], IDS)
    s = EVAL.score_story(gold, [IDS])
    assert (s.link_tp, s.link_sys, s.link_gold) == (1, 10, 1)
    p, r, _ = s.bcubed()
    assert r == 1.0
    assert p == pytest.approx((2 * (2 / 5) + 3 * (1 / 5)) / 5)


def test_disagreement_needs_apart_and_flagged() -> None:
    gold = _gold([["a1.1", "a2.1"]], [("a1.2", "a2.2")], IDS)
    merged = EVAL.score_story(gold, [["a1.1", "a2.1"], ["a1.2", "a2.2"]])
    assert merged.dis_found == 0  # merged, not flagged
    apart = EVAL.score_story(gold, [["a1.1", "a2.1"]])
    assert apart.dis_found == 0  # apart, but not flagged
    flagged = EVAL.score_story(gold, ([["a1.1", "a2.1"]], [("a2.2", "a1.2")]))
    assert flagged.dis_found == 1
    assert flagged.disagreement_recall() == 1.0
    # a flag between the clusters the two items are in counts, whichever members are named
    via_cluster = EVAL.score_story(gold, ([["a1.2", "a3.1"]], [("a3.1", "a2.2")]))
    assert via_cluster.dis_found == 1


def test_unknown_or_doubled_ids_are_errors() -> None:
    gold = _gold([], [], IDS)
    with pytest.raises(ValueError, match="unknown"):
        EVAL.score_story(gold, [["a9.9"]])
    with pytest.raises(ValueError, match="two clusters"):
        EVAL.score_story(gold, [["a1.1"], ["a1.1", "a2.1"]])


def test_scores_add_up_over_stories() -> None:
    g1 = _gold([["a1.1", "a2.1"]], [], IDS)
    g2 = _gold([["a1.2", "a2.2", "a3.1"]], [], IDS)
    runs = EVAL.evaluate([g1, g2], {"one": lambda story: [[e.id for e in story.entries]]})
    total = runs[0].total
    assert (total.link_gold, total.link_sys) == (1 + 3, 10 + 10)
    assert total.items == 10


def test_baselines() -> None:
    entries = (
        EVAL.Entry("a1.1", "a1", "2004-11-16", "event", None, "White Paper released", "The paper was released.", ""),
        EVAL.Entry("a2.1", "a2", "2004-11-16", "event", None, "White Paper launched", "He launched the paper.", ""),
        EVAL.Entry("a2.2", "a2", "2004-11-16", "report", "X", "X reports", "", ""),
        EVAL.Entry("a3.1", "a3", None, "event", None, "Paper released", "", ""),
    )
    story = EVAL.Story("t", "en", "t", (), entries)
    by_date = sorted(sorted(c) for c in EVAL.same_date_kind(story))
    assert by_date == [["a1.1", "a2.1"], ["a2.2"], ["a3.1"]]
    words = sorted(sorted(c) for c in EVAL.word_overlap(story))
    assert ["a1.1", "a2.1", "a3.1"] in words
    assert EVAL.content_words("Die Gespräche, the Bombings!") == {"gespra", "bombin"}


def test_sentence_around() -> None:
    text = "First one. Then on Friday it rained. Last."
    assert EVAL.sentence_around(text, "on Friday") == "Then on Friday it rained."
    assert EVAL.sentence_around(text, "missing") == ""


def test_fetch_cuts_and_checks(tmp_path: Path) -> None:
    passage = "Hello world, this is the passage that we want to cut out of the file."
    article = {
        "id": "x.a1",
        "cut": "anchors",
        "first40": passage[:40],
        "last40": passage[-40:],
        "sha256": FETCH.sha256(passage),
    }
    assert FETCH.cut(article, "junk before. " + passage + " junk after") == passage
    FETCH.check(article, passage)
    with pytest.raises(FETCH.FetchError):
        FETCH.check({**article, "sha256": "0" * 64}, passage)
    timeml = '<TimeML><TEXT>a <EVENT eid="e1">said</EVENT> &amp; b</TEXT></TimeML>'
    assert FETCH.strip_timeml(timeml) == "a said & b"
    jsonl = json.dumps({"text": "w", "sources": [{"maintext": "junk " + passage}]}) + "\n"
    assert FETCH.cut({**article, "cut": "wikinewssum"}, jsonl) == passage


def test_fetch_from_folder_round_trip(tmp_path: Path) -> None:
    src = tmp_path / "src" / "s"
    src.mkdir(parents=True)
    passage = "Ein kurzer Text, der genau so im Ordner liegt – mit Umlauten: äöü ß."
    (src / "s.a1.txt").write_text(passage + "\n", encoding="utf-8")
    article = {"id": "s.a1", "cut": "anchors", "first40": passage[:40], "last40": passage[-40:]}
    article["sha256"] = FETCH.sha256(passage)
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"stories": [{"id": "s", "articles": [article]}]}), encoding="utf-8")
    out = tmp_path / "out"
    assert FETCH.run(gold, out, tmp_path / "src") == []
    assert (out / "s" / "s.a1.txt").read_text(encoding="utf-8") == passage + "\n"
    assert json.loads((out / "s" / "s.a1.meta.json").read_text(encoding="utf-8"))["sha256"] == article["sha256"]
    (src / "s.a1.txt").write_text(passage + " changed\n", encoding="utf-8")
    assert len(FETCH.run(gold, out, tmp_path / "src")) == 1


def test_pairs_helper_matches_cluster_sizes() -> None:
    links = EVAL._links({"a": 0, "b": 0, "c": 0, "d": 1})
    assert links == {frozenset(p) for p in combinations("abc", 2)}
