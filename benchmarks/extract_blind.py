"""Lay out a blind set for ``benchmarks/extract_eval.py`` from its references and the passages.

Usage::

    .venv/bin/python benchmarks/extract_blind.py --texts DIR [--set benchmarks/extract_blind/set7.json] [--out DIR]
    .venv/bin/python benchmarks/extract_eval.py --eval-dir DIR

A set file (``benchmarks/extract_blind/set6.json``, the default, ``set7.json``, ``set8.json``, ``set9.json``,
``set10.json`` or ``set11.json``) holds no text (the passages are third-party pages): for each passage it names the
page (``url``, ``publisher``), the day its relative dates are read against (``dct``, with ``dct_basis``), the
language, what was left out of the page's text (``cut``), the passage's length, first and last 40 characters and the
SHA-256 of its UTF-8 text without a trailing newline, and the gold items.

``DIR`` holds the passages as ``<id>.txt`` (a trailing newline is allowed). Each is checked against its length
and hash; a passage that differs stops the run before anything is written, a missing one is left out with a
note (so a partial set can still be scored). The folder written to ``--out`` (default ``./blind-<set name>``)
is laid out like the shared development set: ``texts/NN.txt`` (with one trailing newline), ``texts/NN.meta.json``
(``source``, ``dct``, ``language``, ``license``, ...), ``gold/NN.json`` and a copy of the shared scorer
``score.py`` (``--scorer``), which ``extract_eval.py`` loads from the folder it scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SET6 = ROOT / "benchmarks" / "extract_blind" / "set6.json"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
LICENSE = "third-party web page, referenced only; the passage is not part of the project"


class Stop(Exception):
    """A passage differs from the one its reference describes, or the set cannot be laid out."""


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_passage(path: Path, ref: dict[str, Any]) -> str:
    """The passage at ``path`` without its trailing newline, checked against ``ref["passage"]``."""
    text = path.read_text(encoding="utf-8")
    if text.endswith("\n"):
        text = text[:-1]
    want = ref["passage"]
    if len(text) != want["chars"] or sha256(text) != want["sha256"]:
        raise Stop(
            f"{path.name}: {len(text)} characters, SHA-256 {sha256(text)[:12]}...; the reference wants "
            f"{want['chars']} characters starting {want['first40']!r} and ending {want['last40']!r} "
            f"(SHA-256 {want['sha256'][:12]}...)"
        )
    return text


def meta_of(ref: dict[str, Any], words: int) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "source": f"web page {ref['url']} ({ref['publisher']})",
        "url": ref["url"],
        "publisher": ref["publisher"],
        "dct": ref["dct"],
        "dct_basis": ref["dct_basis"],
        "language": ref["language"],
        "license": LICENSE,
        "excerpt": ref["cut"],
        "words": words,
    }
    if ref.get("byline_removed"):
        meta["byline_removed"] = ref["byline_removed"]
    return meta


def lay_out(refs: Sequence[dict[str, Any]], texts: Path, out: Path, scorer: Path) -> list[str]:
    """Write the eval folder for the passages found in ``texts``; return the ids left out (missing)."""
    if not scorer.is_file():
        raise Stop(f"no scorer at {scorer} (give --scorer PATH to the shared eval's score.py)")
    found: dict[str, str] = {}
    missing = []
    for ref in refs:
        path = texts / f"{ref['id']}.txt"
        if path.is_file():
            found[ref["id"]] = read_passage(path, ref)
        else:
            missing.append(ref["id"])
    if not found:
        raise Stop(f"none of the passages is in {texts} (expected files like {refs[0]['id']}.txt)")
    (out / "texts").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(exist_ok=True)
    for ref in refs:
        text = found.get(ref["id"])
        if text is None:
            continue
        (out / "texts" / f"{ref['id']}.txt").write_text(text + "\n", encoding="utf-8")
        meta = json.dumps(meta_of(ref, len(text.split())), ensure_ascii=False, indent=1) + "\n"
        (out / "texts" / f"{ref['id']}.meta.json").write_text(meta, encoding="utf-8")
        gold = json.dumps(ref["gold"], ensure_ascii=False, indent=1) + "\n"
        (out / "gold" / f"{ref['id']}.json").write_text(gold, encoding="utf-8")
    shutil.copyfile(scorer, out / "score.py")
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, required=True, help="folder with the passages as <id>.txt")
    parser.add_argument("--set", type=Path, default=SET6, help=f"the references (default: {SET6.name})")
    parser.add_argument("--out", type=Path, default=None, help="eval folder to write (default: ./blind-<set name>)")
    parser.add_argument("--scorer", type=Path, default=SCORER, help=f"the shared score.py (default: {SCORER})")
    args = parser.parse_args(argv)

    refs: list[dict[str, Any]] = json.loads(args.set.read_text(encoding="utf-8"))["passages"]
    out: Path = args.out if args.out is not None else Path(f"blind-{args.set.stem}")
    try:
        missing = lay_out(refs, args.texts, out, args.scorer)
    except Stop as exc:
        print(f"extract_blind: {exc}", file=sys.stderr)
        return 1
    laid = len(refs) - len(missing)
    print(f"{laid} of {len(refs)} passages laid out in {out}; score them with:")
    print(f"  .venv/bin/python benchmarks/extract_eval.py --eval-dir {out}")
    if missing:
        print(f"left out (no <id>.txt in {args.texts}): {', '.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
