"""The bundled story told by real reports: what ``chronik extract`` and ``chronik merge`` make of the
reports on Kai Wegner's USA trip, side by side with the curated ``seeds/wegner-usa-2024.yaml``.

Usage::

    .venv/bin/python benchmarks/wegner_reports.py --texts DIR [--out DIR]

``benchmarks/wegner_reports/reports.json`` holds no text. For each report it names the page (``url``), the
publisher, the title, the day its relative dates are read against (``dct``, with ``dct_basis`` where the page
does not say it), the publication date as far as the page gives it (``published``), and the passage taken from
the page: its length, its first and last 40 characters, what was left out of it (``cut``) and the SHA-256 of
its UTF-8 text without a trailing newline. ``DIR`` holds the passages as ``<id>.txt``; each is checked
against its length and hash before anything runs, and a passage that differs is reported and stops the run.

What it runs, in ``--out`` (a temporary folder unless given), the commands a user would:

1. ``chronik extract --corpus articles --story story --out reports``: one draft per report, merged into
   ``reports/wegner-usa-2024.yaml``;
2. ``chronik merge wegner-usa-2024.yaml reports/wegner-usa-2024.yaml --out both.yaml --explain``: the
   curated timeline and the reports' timeline in one;
3. ``chronik check both.yaml``.

It prints three Markdown tables: each curated entry with what the reports' timeline gives for it (merged
into it, or linked to it by ``same_as`` as another reading) and by whom; the reports' entries that match
no curated one; and the findings of ``chronik check`` on ``both.yaml`` about dates that disagree.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import chronik
from chronik.merge import merge
from chronik.model import Event, Timeline

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "benchmarks" / "wegner_reports" / "reports.json"
SEED = ROOT / "seeds" / "wegner-usa-2024.yaml"
STORY = "wegner-usa-2024"


class Stop(Exception):
    """A passage is missing or differs from the one the references describe."""


def passages(texts: Path, reports: list[dict[str, Any]]) -> dict[str, str]:
    """The passages of ``texts``, each checked against its reference."""
    out: dict[str, str] = {}
    for report in reports:
        path = texts / f"{report['id']}.txt"
        try:
            text = path.read_text(encoding="utf-8").rstrip("\n")
        except (OSError, UnicodeDecodeError) as err:
            raise Stop(f"{path}: {err}") from None
        want = report["passage"]
        got = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if len(text) != want["chars"] or got != want["sha256"]:
            raise Stop(
                f"{path}: not the passage of {report['url']} "
                f"({len(text)} characters, sha256 {got[:12]}; expected {want['chars']}, {want['sha256'][:12]}; "
                f"it runs from {want['first40']!r} to {want['last40']!r})"
            )
        out[report["id"]] = text
    return out


def chronik_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "chronik", *args], capture_output=True, text=True, cwd=cwd, timeout=600, check=False
    )


def prepare(out: Path, texts: dict[str, str], reports: list[dict[str, Any]]) -> None:
    """The corpus folder (passages and ``meta.json``) and the curated timeline with its seed text."""
    articles = out / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    meta: dict[str, dict[str, Any]] = {}
    for report in reports:
        (articles / f"{report['id']}.txt").write_text(texts[report["id"]] + "\n", encoding="utf-8")
        fields = ("id", "publisher", "title", "url", "dct", "published", "language")
        meta[f"{report['id']}.txt"] = {k: report[k] for k in fields if k in report} | {"story": STORY}
    (articles / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    shutil.copy2(SEED, out / SEED.name)
    for cited in {s.file for s in chronik.load(SEED).sources if s.file}:
        shutil.copy2(SEED.parent / cited, out / cited)


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _who(tl: Timeline, event: Event) -> str:
    """The reports an entry cites: publisher and publication date."""
    cited = []
    for citation in event.sources:
        source = tl.source(citation.source)
        if source is None:
            continue
        label = source.publisher or source.id
        cited.append(f"{label} {source.published}" if source.published else label)
    return ", ".join(sorted(set(cited)))


def tables(curated: Timeline, reports: Timeline) -> tuple[list[str], list[str]]:
    """The side-by-side table of the curated entries and the table of the reports' other entries."""
    result = merge([curated, reports])
    members: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for (position, old), new in sorted(result.renamed.items()):
        members[new][position].append(old)
    merged = {e.id: e for e in result.timeline.events}
    by_report = {e.id: e for e in reports.events}
    curated_ids = {e.id for e in curated.events}

    rows = [
        "| curated entry | curated date | in the reports' timeline | date there | reported by |",
        "|---|---|---|---|---|",
    ]
    matched: set[str] = set()
    for event in curated.events:
        now = result.renamed.get((0, event.id))
        found = [by_report[r] for r in members[now][1] if r in by_report] if now else []
        how = "merged"
        if not found and now in merged:
            linked = [x for other in merged[now].same_as for x in members[other][1] if x in by_report]
            found = [by_report[r] for r in linked]
            how = "another reading (same_as)"
        matched.update(e.id for e in found)
        if not found:
            rows.append(f"| {_cell(_short(event.title, 60))} | {event.when or '-'} | - | | |")
            continue
        for n, hit in enumerate(found):
            label = _cell(_short(event.title, 60)) if n == 0 else ""
            date = str(event.when or "-") if n == 0 else ""
            rows.append(
                f"| {label} | {date} | {how}: {_cell(_short(hit.title))} | {hit.when or '-'} | {_who(reports, hit)} |"
            )

    rest = [
        "| reports' entry | date | reported by |",
        "|---|---|---|",
    ]
    for event in reports.events:
        if event.id not in matched and event.id not in curated_ids:
            rest.append(f"| {_cell(_short(event.title))} | {event.when or '-'} | {_who(reports, event)} |")
    return rows, rest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--texts", type=Path, required=True, help="folder of the passages, <id>.txt")
    parser.add_argument("--out", type=Path, help="keep the files made here (default: a temporary folder)")
    args = parser.parse_args(argv)
    reports = json.loads(REPORTS.read_text(encoding="utf-8"))
    try:
        texts = passages(args.texts, reports)
    except Stop as err:
        print(err, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        prepare(out, texts, reports)
        steps = [
            ("extract", "--corpus", "articles", "--story", "story", "--workers", "1", "--out", "reports"),
            ("merge", SEED.name, f"reports/{STORY}.yaml", "--out", "both.yaml", "--explain"),
        ]
        for step in steps:
            done = chronik_cli(*step, cwd=out)
            if done.returncode != 0:
                print(f"chronik {' '.join(step)}: exit {done.returncode}\n{done.stderr}", file=sys.stderr)
                return 1
        checked = chronik_cli("check", "both.yaml", cwd=out)
        curated, told = chronik.load(out / SEED.name), chronik.load(out / "reports" / f"{STORY}.yaml")
        side, rest = tables(curated, told)
        print(f"{len(reports)} reports, {len(told.events)} entries in the reports' timeline\n")
        print("\n".join(side), end="\n\n")
        print("\n".join(rest), end="\n\n")
        print("`chronik check both.yaml`, dates that disagree:\n")
        for line in checked.stdout.splitlines() + checked.stderr.splitlines():
            if "conflicting-dates" in line or "two-readings" in line:
                print(f"- {line.split(': ', 1)[-1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
