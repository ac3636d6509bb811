"""``chronik extract --corpus`` on Dask against a plain loop in one process: articles per second and memory.

Usage::

    .venv/bin/python benchmarks/corpus.py                  # 10,000 articles
    .venv/bin/python benchmarks/corpus.py --quick          # 200 articles
    .venv/bin/python benchmarks/corpus.py --articles 2000 --texts ../shared/eval/texts

The archive is generated at run time from the development texts (``--texts``, default
``../shared/eval/texts``: each ``NN.txt`` with its ``NN.meta.json`` giving ``dct`` and ``language``)
into a temporary folder, never into the project: article ``i`` is text ``i mod n`` with its ``dct``
moved by up to two years either way and a few of its capitalised words swapped for names from a
list (fixed seed), so the articles differ; every five articles (at random) form a story.

Three runs, each a child process, on the same archive:

- **loop**: one process reads the archive block by block, drafts each article with the function the
  Dask tasks run (:func:`chronik.corpus.draft_partition`), folds each story with
  :func:`chronik.corpus.add` and writes the stories (:func:`chronik.corpus.render`) - no Dask at all;
- **dask, 1 worker** and **dask, 2 workers**: ``chronik extract --corpus ARCHIVE --story story
  --workers N --out DIR``, the command as a user runs it, so the time includes starting the
  ``LocalCluster`` and writing the stories.

The time is the child's wall time; memory is the peak of the resident memory summed over the
child's process tree (driver, nanny and worker processes), sampled every 50 ms, and the peak of the
largest single process of the tree. The output is a Markdown table. Nothing here is a timed
assertion.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "texts"
#: Names swapped into the texts (made up).
NAMES = (
    "Almweiler",
    "Brenner",
    "Corvin",
    "Dalgaard",
    "Esterhazy",
    "Falkenrath",
    "Gundermann",
    "Hallberg",
    "Ivanka",
    "Jorvik",
    "Kestrel",
    "Lindqvist",
    "Marbach",
    "Norwald",
    "Osterkamp",
    "Pellworm",
)
_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]{3,}\b")
STORY_SIZE = 5


def build_archive(texts: Path, n: int, path: Path, seed: int = 7) -> None:
    """``n`` articles as JSON Lines at ``path``, from the texts of the folder ``texts`` (see the module)."""
    sources = []
    for txt in sorted(texts.glob("*.txt")):
        meta_path = txt.with_suffix(".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        sources.append((txt.stem, txt.read_text(encoding="utf-8"), meta.get("dct"), meta.get("language")))
    if not sources:
        raise SystemExit(f"{texts}: no .txt files")
    rng = random.Random(seed)
    stories = list(range(max(1, n // STORY_SIZE)))
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            stem, text, dct, language = sources[i % len(sources)]
            day = date.fromisoformat(dct) if dct else date(2024, 1, 1)
            day += timedelta(days=rng.randint(-730, 730))
            words = sorted(set(_CAPITALISED.findall(text)))
            for word in rng.sample(words, min(3, len(words))):
                text = re.sub(rf"\b{word}\b", rng.choice(NAMES), text)
            article = {
                "id": f"a{i:06d}-{stem}",
                "story": f"story-{rng.choice(stories):05d}",
                "dct": day.isoformat(),
                "language": language or "auto",
                "publisher": f"Blatt {i % 37}",
                "url": f"https://news.example/{i}",
                "text": text,
            }
            f.write(json.dumps(article, ensure_ascii=False) + "\n")


def loop(archive: Path, out: Path) -> None:
    """The plain loop: every article drafted, folded into its story and the stories written, in this process."""
    from chronik.corpus import Failure, Settings, Story, add, draft_partition, render, scan_jsonl

    settings = Settings("story", "all", str(out))
    stories: dict[str, Story] = {}
    failures = 0
    for block in scan_jsonl(archive):
        for outcome in draft_partition([block], settings):
            if isinstance(outcome, Failure):
                failures += 1
            else:
                stories[outcome.story] = add(stories.get(outcome.story), outcome)
    out.mkdir()
    for name in sorted(stories):
        rendered = render((name, stories[name]))
        if rendered is not None:
            (out / f"{rendered.ident}.yaml").write_text(rendered.text, encoding="utf-8")
    print(json.dumps({"stories": len(stories), "failures": failures}))


@dataclass
class Run:
    name: str
    seconds: float
    tree_mib: float
    largest_mib: float


def measure(name: str, args: Sequence[str], cwd: Path) -> Run:
    """Run ``args``; its wall time and the peak resident memory of its process tree."""
    started = time.perf_counter()
    proc = psutil.Popen(list(args), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_tree = peak_one = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_one
        while not done.is_set():
            try:
                rss = [proc.memory_info().rss]
                for child in proc.children(recursive=True):
                    with contextlib.suppress(psutil.Error):  # a child that ended meanwhile
                        rss.append(child.memory_info().rss)
            except psutil.Error:
                break
            peak_tree, peak_one = max(peak_tree, sum(rss)), max(peak_one, max(rss))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed ({proc.returncode}):\n{err.decode(errors='replace')[-2000:]}")
    return Run(name, seconds, peak_tree / 2**20, peak_one / 2**20)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="articles in the archive (default 10,000)")
    parser.add_argument("--quick", action="store_true", help="200 articles (unless --articles says)")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of the development texts")
    parser.add_argument("--loop", type=Path, nargs=2, help=argparse.SUPPRESS)  # the plain loop's child process
    args = parser.parse_args(argv)
    if args.loop is not None:
        loop(*args.loop)
        return
    n = 200 if args.quick and "--articles" not in (argv or sys.argv) else args.articles
    with tempfile.TemporaryDirectory(prefix="chronik-corpus-") as tmp:
        folder = Path(tmp)
        archive = folder / "archive.jsonl"
        build_archive(args.texts, n, archive)
        size = archive.stat().st_size
        chronik = [sys.executable, "-m", "chronik", "extract", "--corpus", str(archive), "--story", "story"]
        runs = [
            measure(
                "plain loop, 1 process",
                [sys.executable, __file__, "--loop", str(archive), str(folder / "out-loop")],
                folder,
            )
        ]
        for workers in (1, 2):
            out = folder / f"out-{workers}"
            runs.append(
                measure(
                    f"Dask, {workers} worker{'s' * (workers > 1)}",
                    [*chronik, "--workers", str(workers), "--out", str(out)],
                    folder,
                )
            )
        print(
            f"### `chronik extract --corpus`: {n:,} articles ({size / 2**20:.1f} MiB of JSONL, stories of about "
            f"{STORY_SIZE}), {os.cpu_count()} CPUs, Python {platform.python_version()}\n"
        )
        print("| run | seconds | articles/s | speed-up | peak RSS, process tree (MiB) | largest process (MiB) |")
        print("|---|---:|---:|---:|---:|---:|")
        base = runs[0].seconds
        for run in runs:
            print(
                f"| {run.name} | {run.seconds:.1f} | {n / run.seconds:.0f} | {base / run.seconds:.2f}x | "
                f"{run.tree_mib:.0f} | {run.largest_mib:.0f} |"
            )
        loop_files, one, two = (_files(folder / name) for name in ("out-loop", "out-1", "out-2"))
        same = "the same bytes" if one == two else "DIFFERENT files"
        differ = sum(loop_files.get(name) != text for name, text in two.items()) + len(set(loop_files) - set(two))
        print(
            f"\nDask with 1 and with 2 workers wrote {len(two):,} story files: {same}. The plain loop (one fold "
            f"in archive order, not Dask's tree of partial folds) wrote {len(loop_files):,}, {differ} of them "
            "different from Dask's."
        )


if __name__ == "__main__":
    main()
