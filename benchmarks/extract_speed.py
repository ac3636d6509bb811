"""Speed and memory of ``chronik extract`` on growing and on hostile texts.

Usage::

    .venv/bin/python benchmarks/extract_speed.py

Each text is written to a temporary file and run through ``chronik extract`` (the whole command: read,
tag, draft, YAML) in a fresh process, which reports the command's wall time (imports excluded) and the
process's peak resident memory (VmHWM). The last
column divides the time per character by that of the seed text, measured in the same run: a value near
1 means linear cost. Hostile texts are built to provoke backtracking or quadratic work: nothing but
digits and dots, one endless sentence of weekdays, thousands of reports in one clause.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_169111525c476787.txt"

CHILD = """
import sys, time
from click.testing import CliRunner
from chronik.cli import cli
import chronik.extract, chronik.extract._draft
t0 = time.perf_counter()
result = CliRunner().invoke(cli, ["extract", sys.argv[1], "--dct", "2024-11-12", "--lang", sys.argv[2]])
elapsed = time.perf_counter() - t0
peak = 0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1])
entries = result.output.count("\\n  - id:")
print(repr((result.exit_code, entries, elapsed, peak / 1024)))
"""


def _seed(times: int) -> Callable[[], str]:
    return lambda: SEED.read_text(encoding="utf-8") * times


TEXTS: dict[str, tuple[str, Callable[[], str]]] = {
    "seed text (3 kB)": ("de", _seed(1)),
    "seed x 30 (94 kB)": ("de", _seed(30)),
    "seed x 300 (0.9 MB)": ("de", _seed(300)),
    "digits and dots (0.5 MB)": ("de", lambda: "1. 2. 3. " * 60_000),
    "one sentence of weekdays (0.5 MB)": ("de", lambda: "am Sonntag " * 45_000),
    "bare years (0.5 MB)": ("de", lambda: "1999 2000 2001 " * 33_000),
    "reports in one clause (0.5 MB)": ("de", lambda: "sagte der Nachrichtenagentur AFP am Montag, " * 11_000),
    "English wire (0.5 MB)": ("en", lambda: "NAIROBI, August 21 (Xinhua) -- He said Friday. " * 10_000),
    "no blanks (0.5 MB)": ("de", lambda: "x" * 500_000),
    "one list of 100,000 days (0.4 MB)": ("en", lambda: "February 10" + ", 14" * 100_000),
    # Long runs of one kind of character: a pattern without a left anchor that can backtrack over the
    # run would cost the square of its length.
    "one capital letter (100 kB)": ("de", lambda: "A" * 100_000),
    "one small letter (100 kB)": ("en", lambda: "a" * 100_000),
    "digits (100 kB)": ("de", lambda: "1" * 100_000),
    "dots (1 MB)": ("de", lambda: "." * 1_000_000),
    "a.a.a. (1 MB)": ("en", lambda: "a." * 500_000),
    "1.1.1. (1 MB)": ("de", lambda: "1." * 500_000),
    "U.S.U.S. (1 MB)": ("en", lambda: "U.S." * 250_000),
    "whitespace (1 MB)": ("de", lambda: " \t" * 500_000),
    "question marks (1 MB)": ("en", lambda: "?" * 1_000_000),
    "capitalised words (0.5 MB)": ("de", lambda: "Aa " * 170_000),
    "CR line ends (0.5 MB)": ("de", lambda: "Am 10. Okt. 2024 sagte er\r" * 20_000),
    # quotations dated by the statement that quotes them, and marks left open
    "quotations (0.5 MB)": ("de", lambda: "„Ich komme morgen“, schrieb er am 3. März. " * 11_500),
    "open quotation marks (0.5 MB)": ("en", lambda: '"On Monday “ he said » ' * 20_000),
    # wire copy wrapped at a fixed width: one sentence over many lines
    "hard-wrapped lines (0.5 MB)": (
        "en",
        lambda: "the minister said on Friday that talks with the six powers\n" * 8_500,
    ),
    # appositions between commas, and press-release datelines
    "appositions (0.5 MB)": (
        "en",
        lambda: "Earlier Wednesday, Hans Muster, the head of the office of the board, said so. " * 6_500,
    ),
    # roles that stand for a person named before, and a spokesperson's later statements
    "roles named again (0.5 MB)": (
        "en",
        lambda: "Foreign Minister Anna Muster spoke. The Minister said on Monday it was over. " * 6_500,
    ),
    "spokespeople by surname (0.5 MB)": (
        "en",
        lambda: "The spokesman of the Foreign Ministry Anton Muster spoke. Muster said on Monday so. " * 6_000,
    ),
    "release datelines (0.5 MB)": (
        "en",
        lambda: "TOLEDO, Ohio, March 19, 2020 /PRNewswire/ -- Acme Inc. (NYSE: ACM) today announced a plan.\n" * 5_300,
    ),
    # release lines that name no issuer (the text's organisations are counted once), publication lines, and
    # times beside their days
    "release lines without issuer (0.5 MB)": (
        "de",
        lambda: (
            "Hamburg | Donnerstag, 7. Februar 2019\nDie Muster AG meldet, sagt Muster-Sprecher Hans Muster.\n" * 5_300
        ),
    ),
    "publication lines (0.5 MB)": ("de", lambda: "veröffentlicht: 10. April 2024 19:44\nDer Zug fuhr.\n" * 10_000),
    "times beside days (0.5 MB)": ("en", lambda: "around 7:45pm on Friday, May 6, 2005, and " * 12_000),
    # companies named again by their kind, bodies named in part, pages of stories under their own datelines and
    # page lines (each name or line is looked up once, not once per mention)
    "companies by their kind (0.5 MB)": (
        "de",
        lambda: "Der Autobauer Muster Motor ruft zurück. Wie das Unternehmen am Montag mitteilte, geht es. " * 5_500,
    ),
    "bodies named in part (0.5 MB)": (
        "en",
        lambda: "State police announced Thursday an arrest. Musterland State Police Lt. Max Muster said so. " * 5_500,
    ),
    "page lines and datelines (0.5 MB)": (
        "de",
        lambda: "Musterstadt, 26.03.2021 - Gestern Abend tagte der Rat.\n29.08.2018, 09:58 Uhr — Neu\n" * 6_000,
    ),
    # papers named in quotes (some with a day in their name), with their medium's noun, bodies by a common noun
    "papers in quotes (0.5 MB)": (
        "de",
        lambda: "Die «Musterland am Sonntag» hatte am Samstag berichtet, sagte „Aa“ am Montag dem Verein. " * 5_500,
    ),
    "papers and bodies by their nouns (0.5 MB)": (
        "en",
        lambda: (
            "Budget carrier Musterair said on Friday, told the Aa newspaper on Monday; the museum said so. " * 5_300
        ),
    ),
    "bodies of one kind by their noun (0.5 MB)": (
        "en",
        lambda: (
            "The St. Louis Zoo opened. The Bronx Zoo closed. Zoo officials said on Monday, airport spokesman "
            "Al Aa said on Tuesday. " * 4_200
        ),
    ),
    # names that open sentences (their family names looked up once per text) and people called by their nation
    "names opening sentences (0.5 MB)": (
        "en",
        lambda: "Marta Kovalenko withdrew from the Open. The Ukrainian said on Monday that she was fine. " * 5_800,
    ),
}

#: A child that runs longer than this is reported as timed out (the quadratic texts of old took hours).
TIMEOUT = 600


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=TIMEOUT, help="seconds a text may take (default %(default)s)")
    parser.add_argument("--only", default="", help="run only the texts whose name contains this")
    args = parser.parse_args()
    rows: list[tuple[str, int, str, object, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (language, build) in TEXTS.items():
            if args.only not in name:
                continue
            path = Path(tmp) / "text.txt"
            text = build()
            path.write_text(text, encoding="utf-8")
            try:
                out = subprocess.run(
                    [sys.executable, "-c", CHILD, str(path), language],
                    capture_output=True,
                    text=True,
                    check=False,
                    timeout=args.timeout,
                )
            except subprocess.TimeoutExpired:
                rows.append((name, len(text), f"timed out after {args.timeout:.0f} s", "-", 0.0, 0.0))
                continue
            if out.returncode != 0:
                rows.append((name, len(text), "failed", out.stderr.strip().splitlines()[-1:], 0.0, 0.0))
                continue
            code, entries, elapsed, peak = ast.literal_eval(out.stdout.strip().splitlines()[-1])
            rows.append((name, len(text), f"exit {code}", entries, elapsed, peak))
    seed = SEED.read_text(encoding="utf-8")
    base = next((r[4] / r[1] for r in rows if r[1] == len(seed) and r[4]), 0.0)
    print("| text | characters | outcome | entries | seconds | peak MiB | time per char vs seed |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, chars, outcome, entries, elapsed, peak in rows:
        ratio = (elapsed / chars) / base if chars and elapsed and base else 0.0
        print(f"| {name} | {chars:,} | {outcome} | {entries} | {elapsed:.2f} | {peak:.0f} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
