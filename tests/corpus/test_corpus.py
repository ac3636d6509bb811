"""``chronik extract --corpus``: an archive of made-up articles, drafted and merged per story on Dask.

The same archive runs on the default scheduler (a LocalCluster the command starts on 127.0.0.1) and
on a real ``dask.distributed.LocalCluster`` this module starts itself (``--scheduler``): the outputs
are the same bytes. Bad lines are one line each and skipped; the counts add up.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import chronik

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

#: Made-up short articles: three stories, each told by two or three articles sharing happenings.
ARTICLES: list[dict[str, Any]] = [
    {
        "id": "gipfel-1",
        "story": "gipfel-lindau",
        "dct": "2031-03-02",
        "language": "de",
        "publisher": "Bodensee-Bote",
        "url": "https://news.example/bote/gipfel-1",
        "text": "Die Außenminister der Alpenländer treffen sich am 14. März 2031 in Lindau zum Seegipfel. "
        "Der Seegipfel endet am 15. März 2031 mit einer gemeinsamen Erklärung zum Wasserschutz.",
    },
    {
        "id": "gipfel-2",
        "story": "gipfel-lindau",
        "dct": "2031-03-10",
        "language": "de",
        "publisher": "Allgäuer Rundschau",
        "title": "Seegipfel in Lindau",
        "text": "Am 14. März 2031 treffen sich die Außenminister der Alpenländer in Lindau zum Seegipfel. "
        "Bereits am 3. März 2031 hatte die Stadt die Uferpromenade für Besucher gesperrt.",
    },
    {
        "id": "gipfel-3",
        "story": "gipfel-lindau",
        "dct": "2031-03-16",
        "publisher": "Kurier am See",
        "title": "Erklärung zum Wasserschutz",
        "text": "Der Seegipfel der Alpenländer endete am 15. März 2031 mit einer gemeinsamen Erklärung "
        "zum Wasserschutz. Die Außenminister wollen sich im Mai 2032 wieder treffen.",
    },
    {
        "id": "bridge-1",
        "story": "harbour-bridge",
        "dct": "2030-05-02",
        "language": "en",
        "publisher": "Harbour Times",
        "title": "Bridge to open",
        "text": "The new Wexmoor harbour bridge will open on May 20, 2030, the city council said on Monday. "
        "Construction of the harbour bridge began in March 2027.",
    },
    {
        "id": "bridge-2",
        "story": "harbour-bridge",
        "dct": "2030-05-21",
        "publisher": "Coast Daily",
        "title": "Harbour bridge open",
        "text": "The new Wexmoor harbour bridge opened on May 20, 2030 after three years of work. "
        "Construction of the harbour bridge began in March 2027.",
    },
    {
        "id": "fest-1",
        "story": "lichterfest",
        "dct": "2029-09-01",
        "language": "de",
        "publisher": "Stadtanzeiger Quellbach",
        "url": "https://news.example/anzeiger/fest-1",
        "text": "Das Lichterfest in Quellbach beginnt am 20. September 2029 auf dem Marktplatz. "
        "Die Stadt erwartet zum Lichterfest rund zehntausend Besucher.",
    },
    {
        "id": "fest-2",
        "story": "lichterfest",
        "dct": "2029-09-21",
        "language": "en",
        "publisher": "Valley Courier",
        "url": "https://news.example/courier/fest-2",
        "text": "The Quellbach Lichterfest began on September 20, 2029 on the Marktplatz. "
        "The Lichterfest ends on September 22, 2029.",
    },
]

#: Bad lines, each with the reason it is reported (the line number is added in the test).
BAD = [
    ("{not json", "invalid JSON"),
    (json.dumps({"id": "no-text", "story": "lichterfest", "dct": "2029-09-02"}), "no text"),
    (json.dumps({"id": "bad-dct", "story": "harbour-bridge", "dct": "2030-13-45", "text": "On May 3, 2030."}), "dct"),
    (json.dumps({"id": "bad-dct-2", "story": "lichterfest", "dct": "2. September", "text": "Am 3. Mai."}), "dct"),
]


def write_archive(path: Path, articles: list[dict[str, Any]], bad: bool = True) -> list[tuple[int, str]]:
    """The archive as JSON Lines, bad lines among the good (and a blank line); (line, reason) of the bad."""
    lines = [json.dumps(a, ensure_ascii=False) for a in articles]
    where: list[tuple[int, str]] = []
    if bad:
        for n, (line, _) in enumerate(BAD):
            at = 1 + 2 * n
            lines.insert(at, line)
        lines.insert(4, "")
        where = [(lines.index(line) + 1, reason) for line, reason in BAD]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return where


def chronik_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chronik", *args], capture_output=True, text=True, cwd=cwd, timeout=300, check=False
    )


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A real two-worker LocalCluster on 127.0.0.1, started by the test; its scheduler's address."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0", silence_logs=40
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, cluster: str) -> dict[str, Any]:
    """The archive run on the default scheduler and on the test's cluster (small blocks: several tasks)."""
    tmp = tmp_path_factory.mktemp("corpus")
    bad = write_archive(tmp / "archive.jsonl", ARTICLES)
    args = ["extract", "--corpus", "archive.jsonl", "--story", "story", "--blocksize", "700"]
    default = chronik_cli(*args, "--workers", "2", "--out", "default", cwd=tmp)
    external = chronik_cli(*args, "--scheduler", cluster, "--out", "external", "--drafts", cwd=tmp)
    return {"tmp": tmp, "bad": bad, "default": default, "external": external}


def test_default_and_external_scheduler_write_the_same_bytes(runs: dict[str, Any]) -> None:
    tmp = runs["tmp"]
    for name in ("default", "external"):
        assert runs[name].returncode == 1, runs[name].stderr  # bad lines: reported, and the exit code says so
    default, external = outputs(tmp / "default"), outputs(tmp / "external")
    assert sorted(default) == ["gipfel-lindau.yaml", "harbour-bridge.yaml", "lichterfest.yaml"]
    assert {k: v for k, v in external.items() if not k.startswith("drafts/")} == default
    assert sorted(k for k in external if k.startswith("drafts/")) == [
        f"drafts/{a['id']}.yaml" for a in sorted(ARTICLES, key=lambda a: a["id"])
    ]

    def stable(err: str) -> list[str]:  # the lines but the run time and the output folder's name
        return [
            line.rsplit(", ", 1)[0].replace("external", "OUT").replace("default", "OUT") for line in err.splitlines()
        ]

    assert stable(runs["default"].stderr) == stable(runs["external"].stderr)


def test_bad_lines_are_reported_and_skipped_and_the_counts_add_up(runs: dict[str, Any]) -> None:
    lines = runs["default"].stderr.splitlines()
    reported = [line for line in lines if re.match(r"archive\.jsonl:[0-9]+: ", line)]
    assert [int(line.split(":")[1]) for line in reported] == [n for n, _ in runs["bad"]]
    for line, (_, reason) in zip(reported, runs["bad"], strict=True):
        assert reason in line
    assert lines[-1].startswith(
        f"archive.jsonl: {len(ARTICLES) + len(BAD)} articles read, {len(ARTICLES)} drafts, {len(BAD)} failures, "
    )
    assert "in 3 stories" in lines[-1]
    per_story = {line.split(":")[0]: line for line in lines if " merged entries -> " in line}
    assert per_story["harbour-bridge"].startswith("harbour-bridge: 3 articles, 2 drafts, 1 failure, ")
    assert per_story["lichterfest"].startswith("lichterfest: 4 articles, 2 drafts, 2 failures, ")
    assert per_story["gipfel-lindau"].startswith("gipfel-lindau: 3 articles, 3 drafts, 0 failures, ")


def _articles_cited(event: chronik.model.Event, articles: set[str]) -> set[str]:
    return {c.source for c in event.sources if c.source in articles}


def test_each_story_is_one_merged_timeline_citing_its_articles(runs: dict[str, Any]) -> None:
    out = runs["tmp"] / "default"
    ids = {a["id"] for a in ARTICLES}
    for story in ("gipfel-lindau", "harbour-bridge", "lichterfest"):
        tl = chronik.load(out / f"{story}.yaml")
        told = {a["id"] for a in ARTICLES if a["story"] == story}
        assert tl.id == story
        articles = {s.id for s in tl.sources if s.kind == "article"}
        assert articles == told  # each article is a source, no other story's
        assert all(s.id in ids for s in tl.sources if s.kind == "article")
        assert max(len(_articles_cited(e, articles)) for e in tl.events) >= 2  # a happening told by several
        assert chronik.api.check_file(out / f"{story}.yaml")[1] == []
    gipfel = chronik.load(out / "gipfel-lindau.yaml")
    by_day = {str(e.when): _articles_cited(e, {"gipfel-1", "gipfel-2", "gipfel-3"}) for e in gipfel.events}
    assert by_day["2031-03-14"] == {"gipfel-1", "gipfel-2"}
    assert by_day["2031-03-15"] == {"gipfel-1", "gipfel-3"}
    bridge = chronik.load(out / "harbour-bridge.yaml")
    source = {s.id: s for s in bridge.sources}
    assert (source["bridge-2"].publisher, source["bridge-2"].title, str(source["bridge-2"].published)) == (
        "Coast Daily",
        "Harbour bridge open",
        "2030-05-21",
    )
    assert {str(e.when) for e in bridge.events if len(_articles_cited(e, {"bridge-1", "bridge-2"})) == 2} == {
        "2030-05-20",
        "2027-03",
    }


def test_order_of_the_archive_and_its_blocks_do_not_matter(tmp_path: Path, cluster: str) -> None:
    """The archive in one block, and reversed in many: the same stories, byte for byte."""
    write_archive(tmp_path / "a.jsonl", ARTICLES, bad=False)
    write_archive(tmp_path / "b.jsonl", ARTICLES[::-1], bad=False)
    for name, blocksize in (("a", "1000000"), ("b", "500")):
        args = ["--story", "story", "--blocksize", blocksize, "--scheduler", cluster, "--out", name]
        result = chronik_cli("extract", "--corpus", f"{name}.jsonl", *args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
    assert outputs(tmp_path / "a") == outputs(tmp_path / "b")


def test_a_folder_with_meta_json_is_one_timeline_without_story(tmp_path: Path, cluster: str) -> None:
    folder = tmp_path / "texts"
    folder.mkdir()
    meta = {}
    for a in ARTICLES[:3]:
        (folder / f"{a['id']}.txt").write_text(a["text"], encoding="utf-8")
        meta[f"{a['id']}.txt"] = {k: v for k, v in a.items() if k != "text"}
    (folder / "leer.txt").write_bytes(b"")
    (folder / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    result = chronik_cli("extract", "--corpus", "texts", "--scheduler", cluster, "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"{os.path.join('texts', 'leer.txt')}: the text is empty; there is nothing to extract"
    assert lines[-1].startswith("texts: 4 articles read, 3 drafts, 1 failure, ")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["texts.yaml"]
    tl = chronik.load(tmp_path / "out" / "texts.yaml")
    files = sorted(s.file for s in tl.sources if s.kind == "article" and s.file)
    assert files == ["../texts/gipfel-1.txt", "../texts/gipfel-2.txt", "../texts/gipfel-3.txt"]
    assert chronik.api.check_file(tmp_path / "out" / "texts.yaml", root=tmp_path)[1] == []


def test_without_dask_one_line_and_exit_1(tmp_path: Path) -> None:
    write_archive(tmp_path / "a.jsonl", ARTICLES[:1], bad=False)
    probe = (
        "import sys; sys.modules['distributed'] = None; sys.argv = ['chronik', *sys.argv[1:]]; "
        "from chronik.cli import main; main()"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, "extract", "--corpus", "a.jsonl", "--out", "out"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "chronik extract --corpus needs Dask (distributed): pip install 'chronik[corpus]'"
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--corpus", "a.jsonl"], "--corpus needs --out DIR"),
        (["--story", "story", "x.txt"], "--story goes with --corpus"),
        (["--corpus", "a.jsonl", "x.txt", "--out", "o"], "TEXTS and --corpus exclude each other"),
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    write_archive(tmp_path / "a.jsonl", ARTICLES[:1], bad=False)
    (tmp_path / "x.txt").write_text("Am 3. Mai 2030.", encoding="utf-8")
    result = chronik_cli("extract", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        ({"dct": "2024-11-08"}, "2024-11-08"),  # the dct is the publication day
        ({"dct": "2024-11-08", "published": "2024-11"}, "2024-11"),  # an archive that knows only the month
        ({"dct": "2024-11-08", "published": "2024"}, "2024"),
        ({"published": "2024-11"}, "2024-11"),
        ({}, None),
    ],
)
def test_published_keeps_the_precision_the_archive_gives(meta: dict[str, str], published: str | None) -> None:
    from chronik.corpus import Item, Settings, draft_article

    line = json.dumps({"id": "a1", "text": "Am Sonntag, dem 10. November 2024, reist sie ab.", "language": "de"} | meta)
    draft = draft_article(Item("archive.jsonl:1", line=line.encode()), Settings(None, "archive", "."))
    source = draft.timeline.sources[0]
    assert (str(source.published) if source.published else None) == published
    assert [str(e.when) for e in draft.timeline.events] == ["2024-11-10"]  # the dct still resolves, published or not


@pytest.mark.parametrize("published", ["November 2024", "2024-11-31", "2024-13", 2024, "2024-11-08T10:00"])
def test_a_bad_published_is_the_article_s_one_failure(published: object) -> None:
    from chronik.corpus import Item, Settings, _Bad, draft_article

    line = json.dumps({"id": "a1", "text": "Am 10. November 2024.", "dct": "2024-11-08", "published": published})
    with pytest.raises(_Bad, match="published"):
        draft_article(Item("archive.jsonl:1", line=line.encode()), Settings(None, "archive", "."))
