"""Score a "same happening" merge against the multi-document gold set (``benchmarks/merge_gold``).

Usage::

    .venv/bin/python benchmarks/merge_eval.py --texts DIR
    .venv/bin/python benchmarks/merge_eval.py --texts DIR --system mypkg.mymodule:cluster
    .venv/bin/python benchmarks/merge_eval.py --texts DIR --per-story --json

``DIR`` holds the passages as ``benchmarks/merge_fetch.py`` writes them (``DIR/<story>/<article>.txt``);
the gold file itself holds no text. Without ``--texts`` the sentences are left empty (the ``what`` of each
entry is still there), which is enough to check the plumbing but not what the numbers in the README mean.

The interface (all a system under test has to implement)
--------------------------------------------------------

A system is a callable ``cluster(story: Story) -> Clustering``:

- ``Story`` (below) is one story of the gold set as a merge sees it: its id and language, its articles
  (``id``, ``dct``, ``publisher``, ``language``) and per article the gold items as **draft entries**
  (``Entry``: ``id`` like ``s1.a2.3``, ``article``, ``value`` (EDTF or ``None`` when unresolved), ``kind``
  (``event`` / ``report``), ``publisher``, ``what``, ``surface`` and ``sentence``, the sentence of the
  passage around the surface). Nothing else of the gold (clusters, disagreements, notes) is visible.
- ``Clustering`` is either a list of clusters (each a list of entry ids; an id left out is a singleton), or a
  pair ``(clusters, flagged)`` where ``flagged`` lists pairs of entry ids the system keeps apart but marks
  as the same happening with different dates. A flagged pair stands for the two clusters its ids are in.

How ``chronik merge`` maps to it: it turns drafts into one timeline whose events cite several sources. Each
merged event is one cluster, namely the draft entries (items) whose quotes it cites, from however many
articles; an event citing one item is a singleton. Two events linked by ``same_as`` (kept apart because
their dates disagree) are a flagged pair. A wrapper that writes each article's entries as a draft timeline,
runs the merge and reads back ``sources``/``same_as`` is all the glue needed.

What is measured, per story and over all stories
------------------------------------------------

- **Pairwise links**: every pair of items in one cluster is a link; precision, recall and F1 of the
  system's links against the gold links (micro-summed over stories for the overall row).
- **B-cubed**: per item, precision = |system cluster ∩ gold cluster| / |system cluster| and recall =
  |…| / |gold cluster| (singletons included), averaged over all items; F1 of the two averages.
- **Disagreement recall**: a gold disagreement (two items, the same happening, different dates) is found
  when the system puts the two items in different clusters *and* flags that pair of clusters.

Baselines (always printed in the same table): ``singletons`` (every item alone), ``date+kind`` (items with
the same date value and the same kind are one cluster; unresolved items stay alone) and ``words`` (items of
different articles whose content words of ``what`` + sentence overlap by Jaccard >= ``WORD_THRESHOLD`` are
linked, clusters are the connected components).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "merge_gold" / "stories.json"

WORD_THRESHOLD = 0.2  # the words baseline's fixed Jaccard threshold (not tuned per story)

Pair = tuple[str, str]
Clusters = list[list[str]]
Clustering = Clusters | tuple[Clusters, list[Pair]]


@dataclass(frozen=True)
class Article:
    id: str
    dct: str
    publisher: str
    language: str


@dataclass(frozen=True)
class Entry:
    id: str
    article: str
    value: str | None
    kind: str
    publisher: str | None
    what: str
    surface: str
    sentence: str


@dataclass(frozen=True)
class Story:
    id: str
    language: str
    topic: str
    articles: tuple[Article, ...]
    entries: tuple[Entry, ...]


@dataclass
class GoldStory:
    story: Story
    clusters: list[list[str]]
    disagreements: list[Pair]


@dataclass
class Score:
    """Counts that add up over stories."""

    link_tp: int = 0
    link_sys: int = 0
    link_gold: int = 0
    b3_p_sum: float = 0.0
    b3_r_sum: float = 0.0
    items: int = 0
    dis_found: int = 0
    dis_gold: int = 0
    flagged: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def pairwise(self) -> tuple[float, float, float]:
        return _prf(self.link_tp, self.link_sys, self.link_gold)

    def bcubed(self) -> tuple[float, float, float]:
        if self.items == 0:
            return 0.0, 0.0, 0.0
        p = self.b3_p_sum / self.items
        r = self.b3_r_sum / self.items
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def disagreement_recall(self) -> float | None:
        return self.dis_found / self.dis_gold if self.dis_gold else None


def _prf(tp: int, sys_n: int, gold_n: int) -> tuple[float, float, float]:
    p = tp / sys_n if sys_n else (1.0 if gold_n == 0 else 0.0)
    r = tp / gold_n if gold_n else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ---------------------------------------------------------------------------------------------- loading


def sentence_around(text: str, surface: str, occurrence: int = 1) -> str:
    """The sentence of ``text`` around the ``occurrence``-th match of ``surface`` ('' if it is not found)."""
    start = -1
    for _ in range(occurrence):
        start = text.find(surface, start + 1)
        if start < 0:
            return ""
    end = start + len(surface)
    left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n"))
    rights = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return " ".join(text[left + 1 : right].split())


def load_gold(path: Path = GOLD, texts: Path | None = None) -> list[GoldStory]:
    """Read the gold file; with ``texts``, fill each entry's sentence from ``texts/<story>/<article>.txt``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    stories: list[GoldStory] = []
    for raw in data["stories"]:
        articles = tuple(
            Article(a["id"], a["dct"], a["publisher"], a.get("language", raw["language"])) for a in raw["articles"]
        )
        bodies: dict[str, str] = {}
        if texts is not None:
            for art in articles:
                file = texts / raw["id"] / f"{art.id}.txt"
                if not file.is_file():
                    raise SystemExit(f"{file}: missing (run benchmarks/merge_fetch.py first)")
                bodies[art.id] = file.read_text(encoding="utf-8")
        entries = tuple(
            Entry(
                id=item["id"],
                article=item["article"],
                value=item["value"],
                kind=item["kind"],
                publisher=item.get("publisher"),
                what=item["what"],
                surface=item["surface"],
                sentence=sentence_around(bodies.get(item["article"], ""), item["surface"], item.get("occurrence", 1)),
            )
            for item in raw["items"]
        )
        story = Story(raw["id"], raw["language"], raw["topic"], articles, entries)
        disagreements = [(d["a"], d["b"]) for d in raw.get("disagreements", [])]
        stories.append(GoldStory(story, [list(c) for c in raw["clusters"]], disagreements))
    return stories


# ---------------------------------------------------------------------------------------------- scoring


def normalise(result: Clustering, ids: Iterable[str]) -> tuple[dict[str, int], set[frozenset[int]]]:
    """Map every item id to a cluster number (left-out ids become singletons) and flagged pairs to pairs of
    cluster numbers. Unknown ids and an id in two clusters are errors of the system under test."""
    if isinstance(result, tuple):
        clusters, flagged = result
    else:
        clusters, flagged = result, []
    known = set(ids)
    where: dict[str, int] = {}
    for n, cluster in enumerate(clusters):
        for item in cluster:
            if item not in known:
                raise ValueError(f"system returned unknown item id {item!r}")
            if item in where:
                raise ValueError(f"system put item {item!r} into two clusters")
            where[item] = n
    next_id = len(clusters)
    for item in sorted(known):
        if item not in where:
            where[item] = next_id
            next_id += 1
    pairs: set[frozenset[int]] = set()
    for a, b in flagged:
        if a not in known or b not in known:
            raise ValueError(f"system flagged unknown item ids {a!r}, {b!r}")
        if where[a] != where[b]:
            pairs.add(frozenset((where[a], where[b])))
    return where, pairs


def _links(where: dict[str, int]) -> set[frozenset[str]]:
    groups: dict[int, list[str]] = {}
    for item, n in where.items():
        groups.setdefault(n, []).append(item)
    links: set[frozenset[str]] = set()
    for members in groups.values():
        members.sort()
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                links.add(frozenset((a, b)))
    return links


def score_story(gold: GoldStory, result: Clustering) -> Score:
    ids = [e.id for e in gold.story.entries]
    sys_where, sys_flagged = normalise(result, ids)
    gold_where, _ = normalise(gold.clusters, ids)
    sys_links, gold_links = _links(sys_where), _links(gold_where)
    score = Score(
        link_tp=len(sys_links & gold_links), link_sys=len(sys_links), link_gold=len(gold_links), items=len(ids)
    )
    sys_members: dict[int, set[str]] = {}
    gold_members: dict[int, set[str]] = {}
    for item in ids:
        sys_members.setdefault(sys_where[item], set()).add(item)
        gold_members.setdefault(gold_where[item], set()).add(item)
    for item in ids:
        s, g = sys_members[sys_where[item]], gold_members[gold_where[item]]
        common = len(s & g)
        score.b3_p_sum += common / len(s)
        score.b3_r_sum += common / len(g)
    score.dis_gold = len(gold.disagreements)
    score.flagged = len(sys_flagged)
    for a, b in gold.disagreements:
        ca, cb = sys_where[a], sys_where[b]
        if ca != cb and frozenset((ca, cb)) in sys_flagged:
            score.dis_found += 1
    return score


# ---------------------------------------------------------------------------------------------- baselines


def singletons(story: Story) -> Clustering:
    """Baseline (a): no merging at all."""
    return [[e.id] for e in story.entries]


def same_date_kind(story: Story) -> Clustering:
    """Baseline (b): one cluster per equal (date value, kind); unresolved items stay alone."""
    groups: dict[tuple[str, str], list[str]] = {}
    alone: list[list[str]] = []
    for e in story.entries:
        if e.value is None:
            alone.append([e.id])
        else:
            groups.setdefault((e.value, e.kind), []).append(e.id)
    return [*groups.values(), *alone]


_STOP_WORDS = (
    "a an the of in on at to for from by with and or but is are was were be been has have had it its this that "
    "these those as after before into about over said says say told will would not no he she they we his her "
    "their who which what when where than then there also more most other some any all new one two "
    "der die das den dem des ein eine einer eines einem einen und oder aber im in am an auf aus bei mit nach von "
    "vor zu zum zur für über unter um ist sind war waren wird werden wurde wurden hat haben hatte hatten sei "
    "seien nicht kein keine sich er sie es wir ihr sein seine ihre dass als auch noch nur so wie wo was wer bis "
    "seit durch gegen ohne sagte sagt laut hieß"
)
_STOP = frozenset(_STOP_WORDS.split(" "))


def _strip_accents(text: str) -> str:
    text = text.casefold().replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def content_words(text: str) -> set[str]:
    """Normalised content words of a German or English text: case-folded, without diacritics, stop words
    and numbers removed, cut to their first six letters (a crude stem that joins "bombing"/"bombings",
    "Gespräche"/"Gesprächen" - no lemmatiser, standard library only)."""
    words = re.findall(r"[^\W\d_]+", _strip_accents(text))
    return {w[:6] for w in words if len(w) > 2 and w not in _STOP}


def word_overlap(story: Story, threshold: float = WORD_THRESHOLD) -> Clustering:
    """Baseline (c): link items of different articles whose content words overlap (Jaccard >= threshold)."""
    entries = list(story.entries)
    words = [content_words(f"{e.what} {e.sentence}") for e in entries]
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(entries):
        for j in range(i + 1, len(entries)):
            if a.article == entries[j].article:
                continue
            union = words[i] | words[j]
            if union and len(words[i] & words[j]) / len(union) >= threshold:
                parent[find(i)] = find(j)
    groups: dict[int, list[str]] = {}
    for i, e in enumerate(entries):
        groups.setdefault(find(i), []).append(e.id)
    return list(groups.values())


BASELINES: dict[str, Callable[[Story], Clustering]] = {
    "singletons": singletons,
    "date+kind": same_date_kind,
    "words": word_overlap,
}


# ---------------------------------------------------------------------------------------------- report


@dataclass
class Run:
    name: str
    per_story: dict[str, Score] = field(default_factory=dict)
    total: Score = field(default_factory=Score)


def evaluate(stories: Sequence[GoldStory], systems: dict[str, Callable[[Story], Clustering]]) -> list[Run]:
    runs: list[Run] = []
    for name, system in systems.items():
        run = Run(name)
        for gold in stories:
            s = score_story(gold, system(gold.story))
            run.per_story[gold.story.id] = s
            run.total.add(s)
        runs.append(run)
    return runs


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _row(label: str, name: str, s: Score) -> str:
    pp, pr, pf = s.pairwise()
    bp, br, bf = s.bcubed()
    cells = [label, name, _fmt(pp), _fmt(pr), _fmt(pf), _fmt(bp), _fmt(br), _fmt(bf)]
    cells += [_fmt(s.disagreement_recall()), f"{s.link_gold}", f"{s.dis_gold}"]
    return "| " + " | ".join(cells) + " |"


def table(runs: Sequence[Run], stories: Sequence[GoldStory], per_story: bool) -> str:
    head = "| story | system | link P | link R | link F1 | B³ P | B³ R | B³ F1 | disagr. R | gold links | gold dis. |"
    lines = [head, "|" + "---|" * 11]
    if per_story:
        for gold in stories:
            for run in runs:
                lines.append(_row(gold.story.id, run.name, run.per_story[gold.story.id]))
    for run in runs:
        lines.append(_row("all", run.name, run.total))
    return "\n".join(lines)


def as_json(runs: Sequence[Run]) -> dict[str, Any]:
    def one(s: Score) -> dict[str, Any]:
        return {
            "pairwise": dict(zip(("p", "r", "f1"), s.pairwise(), strict=True)),
            "bcubed": dict(zip(("p", "r", "f1"), s.bcubed(), strict=True)),
            "disagreement_recall": s.disagreement_recall(),
            "gold_links": s.link_gold,
            "gold_disagreements": s.dis_gold,
            "items": s.items,
        }

    return {r.name: {"all": one(r.total), "stories": {k: one(v) for k, v in r.per_story.items()}} for r in runs}


def load_system(spec: str) -> Callable[[Story], Clustering]:
    """``module:function`` (the module importable from the current path or ``benchmarks/``)."""
    module_name, _, func = spec.partition(":")
    if not module_name or not func:
        raise SystemExit(f"--system {spec!r}: give it as module:function")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    fn = getattr(importlib.import_module(module_name), func)
    if not callable(fn):
        raise SystemExit(f"--system {spec!r} is not callable")
    return fn  # type: ignore[no-any-return]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--texts", type=Path, help="folder of fetched passages (DIR/<story>/<article>.txt)")
    parser.add_argument("--system", action="append", default=[], help="module:function, may be repeated")
    parser.add_argument("--per-story", action="store_true", help="one row per story and system as well")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    stories = load_gold(args.gold, args.texts)
    systems = dict(BASELINES)
    for spec in args.system:
        systems[spec] = load_system(spec)
    runs = evaluate(stories, systems)
    if args.json:
        print(json.dumps(as_json(runs), indent=1))
        return 0
    items = sum(len(g.story.entries) for g in stories)
    arts = sum(len(g.story.articles) for g in stories)
    note = "" if args.texts else " (no texts: sentences empty)"
    print(f"{len(stories)} stories, {arts} articles, {items} items{note}")
    print()
    print(table(runs, stories, args.per_story))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
