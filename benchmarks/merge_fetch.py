"""Fetch the passages of the multi-document gold set (``benchmarks/merge_gold/stories.json``).

Usage::

    .venv/bin/python benchmarks/merge_fetch.py --out DIR              # from GitHub, at the pinned commits
    .venv/bin/python benchmarks/merge_fetch.py --out DIR --from SRC   # from passages fetched before

The gold file holds no text, only where each passage comes from: a public repository, a path and the commit,
and how the passage is cut from that file (``cut``):

- ``anchors``: the file is read as UTF-8 and the passage runs from the first occurrence of ``first40`` to the
  end of the next occurrence of ``last40`` (used for the rows of 10kGNAD's ``test.csv``).
- ``wikinewssum``: a JSON Lines file of WikinewsSum; the passage is cut the same way out of the one Wikinews
  text (``text``) or source text (``sources[].maintext``) that contains it; ``url`` names the source.
- ``timeml``: a TimeML file (TempEval-3); the content of ``<TEXT>`` with every tag removed and the XML
  entities unescaped, then cut the same way.

Either way the first and last 40 characters must match ``first40``/``last40`` and the SHA-256 of the passage
(UTF-8, without a trailing newline) must match ``sha256``; a passage that does not is reported and not
written. Each passage is written as ``DIR/<story>/<article>.txt`` (the passage and one newline) with
``DIR/<story>/<article>.meta.json`` beside it. ``--from SRC`` takes the ``.txt`` files of an earlier fetch
(same layout) instead of the network, with the same checks. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "merge_gold" / "stories.json"
RAW = "https://raw.githubusercontent.com/{repository}/{commit}/{path}"


class FetchError(Exception):
    """One line saying what went wrong with one passage or with the network."""


def sha256(passage: str) -> str:
    return hashlib.sha256(passage.encode("utf-8")).hexdigest()


def strip_timeml(document: str) -> str:
    """The text of a TimeML document: the content of ``<TEXT>``, tags removed, entities unescaped."""
    match = re.search(r"<TEXT>(.*)</TEXT>", document, re.DOTALL)
    body = match.group(1) if match else document
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def between(text: str, article: dict[str, Any]) -> str | None:
    """The span of ``text`` from ``first40`` to the end of the next ``last40``, or None."""
    start = text.find(article["first40"])
    if start < 0:
        return None
    end = text.find(article["last40"], start)
    if end < 0:
        return None
    return text[start : end + len(article["last40"])]


def wikinewssum_texts(document: str) -> list[str]:
    """Every Wikinews text and source text of a WikinewsSum JSON Lines file."""
    texts: list[str] = []
    for line in document.splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        texts.append(str(entry.get("text", "")))
        texts.extend(str(source.get("maintext", "")) for source in entry.get("sources", []))
    return texts


def cut(article: dict[str, Any], document: str) -> str:
    """Cut the passage of ``article`` out of its source file's text, as the gold file records it."""
    how = article["cut"]
    if how == "anchors":
        candidates = [document]
    elif how == "timeml":
        candidates = [strip_timeml(document)]
    elif how == "wikinewssum":
        candidates = wikinewssum_texts(document)
    else:
        raise FetchError(f"{article['id']}: unknown cut {how!r}")
    for text in candidates:
        passage = between(text, article)
        if passage is not None:
            return passage
    raise FetchError(f"{article['id']}: the passage {article['first40']!r}…{article['last40']!r} is not in the file")


def check(article: dict[str, Any], passage: str) -> None:
    if passage[:40] != article["first40"] or passage[-40:] != article["last40"]:
        raise FetchError(f"{article['id']}: the passage does not start/end as recorded (different file version?)")
    digest = sha256(passage)
    if digest != article["sha256"]:
        raise FetchError(f"{article['id']}: sha256 {digest[:12]}… differs from the recorded {article['sha256'][:12]}…")


def download(url: str, timeout: float = 60.0) -> str:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data: bytes = response.read()
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise FetchError(f"cannot fetch {url} ({reason}); without network use --from DIR") from None
    return data.decode("utf-8")


def meta(story: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    keys = ("source", "repository", "path", "commit", "line", "dct", "language", "publisher", "sha256", "license")
    return {"story": story["id"], "article": article["id"], **{k: article[k] for k in keys if k in article}}


def run(gold: Path, out: Path, source_dir: Path | None) -> list[str]:
    """Fetch (or take) and check every passage; return the problems, one line each."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    cache: dict[str, str] = {}
    problems: list[str] = []
    for story in data["stories"]:
        for article in story["articles"]:
            try:
                if source_dir is not None:
                    file = source_dir / story["id"] / f"{article['id']}.txt"
                    if not file.is_file():
                        raise FetchError(f"{article['id']}: {file} is missing")
                    passage = file.read_text(encoding="utf-8").removesuffix("\n")
                else:
                    url = RAW.format(**article)
                    if url not in cache:
                        cache[url] = download(url)
                    passage = cut(article, cache[url])
                check(article, passage)
            except FetchError as err:
                problems.append(str(err))
                if source_dir is None and "without network" in str(err):
                    return problems  # no network: one line is enough
                continue
            folder = out / story["id"]
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{article['id']}.txt"
            if source_dir is None or target.resolve() != (source_dir / story["id"] / target.name).resolve():
                target.write_text(passage + "\n", encoding="utf-8")
            (folder / f"{article['id']}.meta.json").write_text(
                json.dumps(meta(story, article), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--out", type=Path, required=True, help="folder to write DIR/<story>/<article>.txt into")
    parser.add_argument("--from", dest="source", type=Path, help="take already fetched passages from this folder")
    args = parser.parse_args(argv)
    problems = run(args.gold, args.out, args.source)
    for line in problems:
        print(f"merge_fetch: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
