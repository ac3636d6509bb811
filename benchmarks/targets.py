"""The targets of issue 11 ("Fast at every size"), measured before and after in one run.

Usage::

    .venv/bin/python benchmarks/targets.py --against 7c60349          # full size (100,000 events)
    .venv/bin/python benchmarks/targets.py --against HEAD --quick     # a smoke run (under 2 minutes)
    .venv/bin/python benchmarks/targets.py --sizes 20000              # the working tree only

``--against REV`` extracts the git revision REV (``git archive``) into a temporary folder and runs
every measurement twice, in child processes of this same interpreter: once with
``PYTHONPATH=<REV>/src`` (the "before" column) and once with ``PYTHONPATH=<this checkout>/src``
(the "after" column). The venv's dependencies serve both. Each side is started through the
``chronik`` entry point its own ``pyproject.toml`` names. Runs of the reference, the before and the
after command are interleaved (reference, before, after, reference, ...) so that the machine's
noise hits all three alike; small things are the median of ``--runs`` runs after one warm-up,
the runs at full size are single.

Every row compares a chronik figure with a reference measured in the same run and prints the
ratio and the issue's target. Wall seconds are read around the child (start-up included); peak
memory is that child's own ``ru_maxrss`` (``os.wait4``). The output is Markdown, one table per
target. Synthetic timelines come from ``bench.synthetic_timeline`` (fixed seed), written as JSON;
the extraction texts are copied from ``../shared/eval/texts`` (or ``--texts``) into a temporary
folder under new names, never into the project.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "texts"
EPOCH = "1731196800"  # SOURCE_DATE_EPOCH: the ICS DTSTAMP stays fixed


@dataclass(frozen=True)
class Preset:
    sizes: tuple[int, ...]
    ics_events: int
    articles: int
    runs: int
    ics_rounds: int


FULL = Preset(sizes=(100_000,), ics_events=10_000, articles=1_000, runs=5, ics_rounds=2)
QUICK = Preset(sizes=(1_000,), ics_events=1_000, articles=40, runs=3, ics_rounds=1)

# ---------------------------------------------------------------------------------------------
# Code run in child processes (plain strings: they must run against any revision of chronik)
# ---------------------------------------------------------------------------------------------

#: Where chronik is imported from (checks that PYTHONPATH picked the intended checkout).
WHERE = "import chronik, sys; sys.stdout.write(chronik.__file__)"

#: ``api.dumps(timeline, "ics")`` of a timeline file: one warm-up, then the median of RUNS runs.
ICS_CHILD = """
import gc, json, statistics, sys, time
from chronik import api
path, runs, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
timeline = api.load(path)
text = api.dumps(timeline, "ics")
if out != "-":
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(text)
times = []
for _ in range(runs):
    text = None
    gc.collect()
    t0 = time.perf_counter()
    text = api.dumps(timeline, "ics")
    times.append(time.perf_counter() - t0)
print(json.dumps({"seconds": statistics.median(times) if times else 0.0, "events": text.count("BEGIN:VEVENT")}))
"""

#: The references for the ICS writer, on the properties of an ICS file chronik wrote: a plain
#: streaming f-string writer (escaping, folding at 75 octets, CRLF) and icalendar (building the
#: component tree from Python values, then ``to_ical``). Same protocol as ICS_CHILD.
ICS_REFERENCE_CHILD = r"""
import gc, json, re, statistics, sys, time
from icalendar import Calendar
from icalendar.cal import Component

path, runs = sys.argv[1], int(sys.argv[2])
with open(path, encoding="utf-8", newline="") as f:
    original = f.read()

TEXT = {"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "X-WR-CALNAME", "X-WR-CALDESC"}
UNESCAPE = re.compile(r"\\([\\;,nN])")

def split(line):
    quoted = False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == ":" and not quoted:
            return line[:i], line[i + 1:]
    return line, ""

lines = []  # (name and parameters, value, is text)
for line in re.sub("\r\n[ \t]", "", original).split("\r\n"):
    if not line:
        continue
    head, value = split(line)
    name = head.split(";", 1)[0]
    text = name in TEXT
    if text:
        value = UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
    lines.append((head, value, text))

def fold(line):
    # as icalendar 7 folds: at most 74 octets of content a line, never inside a UTF-8 character,
    # and a backslash or caret (an escape's first half) moves to the next line
    if line.isascii():
        if len(line) <= 74:
            return line
        parts, start, n = [], 0, len(line)
        while n - start > 74:
            end = start + 74
            if line[end - 1] in "\\^":
                end -= 1
            parts.append(line[start:end])
            start = end
        parts.append(line[start:])
        return "\r\n ".join(parts)
    lines, chars, count = [], [], 0
    for c in line:
        size = len(c.encode("utf-8"))
        if chars and count + size >= 75:
            if len(chars) > 1 and chars[-1] in "\\^":
                carried = chars.pop()
                lines.append("".join(chars))
                chars, count = [carried], 1
            else:
                lines.append("".join(chars))
                chars, count = [], 0
        chars.append(c)
        count += size
    lines.append("".join(chars))
    return "\r\n ".join(lines)

def plain():
    parts = []
    write = parts.append
    for head, value, text in lines:
        if text:
            value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        write(fold(f"{head}:{value}") + "\r\n")
    return "".join(parts)

def spec(component):
    props = []
    for name, prop in component.property_items(recursive=False):
        if name in ("BEGIN", "END"):
            continue
        try:
            value = component.decoded(name)
        except Exception:
            value = prop
        props.append((name, value, dict(prop.params)))
    return type(component), props, [spec(sub) for sub in component.subcomponents]

def build(tree):
    cls, props, subs = tree
    component = cls()
    for name, value, params in props:
        component.add(name, value, parameters=params or None)
    for sub in subs:
        component.add_component(build(sub))
    return component

tree = spec(Calendar.from_ical(original))

def icalendar():
    return build(tree).to_ical().decode("utf-8")

result = {"identical": plain() == original, "events": original.count("BEGIN:VEVENT")}
icalendar()
for label, fn in (("plain", plain), ("icalendar", icalendar)):
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    result[label] = statistics.median(times)
print(json.dumps(result))
"""

#: The reference of the 100k table: ``json.load`` and ``json.dumps(indent=2)`` of the timeline file.
JSON_REFERENCE = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(json.dumps(data, indent=2))
"""

#: The floor of ``check`` and ``show``: ``json.load`` of the timeline file and validation into
#: pydantic models with the fields of ``chronik.model`` (ids, texts, dates as plain ``str``; kinds
#: as ``str``) and no validator of their own: no id, text, date, zone or cross-reference check.
#: Any command that reads the file through a pydantic model pays at least this.
PYDANTIC_FLOOR = """
import json, sys
from pydantic import BaseModel, ConfigDict

class M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

class Citation(M):
    source: str
    quote: str | None = None
    at: str | None = None

class Geo(M):
    lat: float
    lon: float

class Place(M):
    id: str
    name: str
    tz: str | None = None
    geo: Geo | None = None
    address: str | None = None

class Person(M):
    id: str
    name: str
    role: str | None = None

class Source(M):
    id: str
    publisher: str | None = None
    kind: str = "report"
    title: str | None = None
    about: str | None = None
    published: str | int | None = None
    url: str | None = None
    language: str | None = None
    file: str | None = None
    sources: tuple[Citation | str, ...] = ()

class Event(M):
    id: str
    title: str
    kind: str = "event"
    when: str | int | None = None
    where: str | None = None
    who: tuple[str, ...] = ()
    status: str = "confirmed"
    sources: tuple[Citation | str, ...] = ()
    tags: tuple[str, ...] = ()
    description: str | None = None
    url: str | None = None
    parent: str | None = None
    after: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    during: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()

class Timeline(M):
    id: str
    title: str
    language: str = "de"
    timezone: str | None = None
    description: str | None = None
    updated: str | int | None = None
    sources: tuple[Source, ...] = ()
    places: tuple[Place, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()

with open(sys.argv[1], encoding="utf-8") as f:
    Timeline.model_validate(json.load(f))
"""

# ---------------------------------------------------------------------------------------------
# Running children
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One checkout of chronik to measure (``src`` is put first on ``PYTHONPATH``)."""

    label: str
    src: Path
    entry: str  # "module:function" of the chronik command

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        return {**env, "PYTHONPATH": str(self.src), "SOURCE_DATE_EPOCH": EPOCH}

    def chronik(self, *args: str) -> list[str]:
        module, function = self.entry.split(":")
        code = f"import sys; sys.argv[0] = 'chronik'; from {module} import {function}; sys.exit({function}())"
        return [sys.executable, "-c", code, *args]

    def python(self, code: str, *args: str) -> list[str]:
        return [sys.executable, "-c", code, *args]


def plain_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_kib: int
    stdout: str


@dataclass
class Job:
    """A command to run, with the exit codes that count as success."""

    cmd: list[str]
    env: dict[str, str]
    cwd: Path
    ok: frozenset[int] = frozenset({0})
    runs: list[Run] = field(default_factory=list)

    def run(self, scratch: Path) -> Run:
        out_path, err_path = scratch / "child.out", scratch / "child.err"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            t0 = time.perf_counter()
            proc = subprocess.Popen(
                self.cmd, env=self.env, cwd=self.cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err
            )
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - t0
            proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in self.ok:
            tail = err_path.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise SystemExit(f"failed (exit {proc.returncode}): {' '.join(self.cmd)[:300]}\n{tail}")
        peak = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        run = Run(seconds, peak, out_path.read_text(encoding="utf-8", errors="replace"))
        self.runs.append(run)
        return run

    @property
    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_kib(self) -> int:
        return max(r.peak_kib for r in self.runs)


def interleave(jobs: Sequence[Job | None], runs: int, scratch: Path, warmup: int = 1) -> None:
    """Run every job ``warmup`` times uncounted, then ``runs`` times in turn (A B C A B C ...)."""
    live = [job for job in jobs if job is not None]
    for _ in range(warmup):
        for job in live:
            job.run(scratch)
            job.runs.clear()
    for _ in range(runs):
        for job in live:
            job.run(scratch)


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Rows and tables
# ---------------------------------------------------------------------------------------------


def seconds(x: float) -> str:
    return f"{x:.3f} s" if x < 10 else f"{x:.1f} s"


def micros(x: float) -> str:
    return f"{x * 1e6:.1f} µs/event"


def millis(x: float) -> str:
    return f"{x * 1e3:.1f} ms/article"


def kib(x: float) -> str:
    return f"{x:.1f} KiB/event"


def with_peak(job: Job | None) -> str:
    if job is None or not job.runs:
        return "-"
    return f"{seconds(job.seconds)}, {job.peak_kib / 1024:.0f} MiB"


@dataclass
class Row:
    """One line of a table. ``limit`` bounds the ratio (``absolute`` False) or the value itself."""

    what: str
    reference: str
    ref_before: float | None
    ref_after: float | None
    before: float | None
    after: float | None
    fmt: Callable[[float], str]
    target: str
    limit: float
    absolute: bool = False
    cells: tuple[str, str] | None = None  # shown instead of fmt(before), fmt(after)

    def ratio(self, value: float | None, ref: float | None) -> float | None:
        return None if value is None or ref is None or ref == 0 else value / ref

    def met(self, value: float | None, ref: float | None) -> str:
        measure = value if self.absolute else self.ratio(value, ref)
        if measure is None:
            return "-"
        return "yes" if measure <= self.limit else "no"

    def markdown(self) -> str:
        refs = [r for r in (self.ref_before, self.ref_after) if r is not None]
        if not refs:
            ref_cell = self.reference
        elif len(refs) == 1 or self.ref_before == self.ref_after:
            ref_cell = f"{self.reference}: {self.fmt(refs[0])}"
        else:
            ref_cell = f"{self.reference}: {self.fmt(refs[0])} / {self.fmt(refs[1])}"

        def value(v: float | None, i: int) -> str:
            if self.cells is not None:
                return self.cells[i]
            return "-" if v is None else self.fmt(v)

        def ratio(v: float | None, ref: float | None) -> str:
            r = self.ratio(v, ref)
            return "-" if r is None else f"{r:.2f}x"

        cells = [
            self.what,
            ref_cell,
            value(self.before, 0),
            value(self.after, 1),
            ratio(self.before, self.ref_before),
            ratio(self.after, self.ref_after),
            self.target,
            f"{self.met(self.before, self.ref_before)} → {self.met(self.after, self.ref_after)}",
        ]
        return "| " + " | ".join(cells) + " |"


def table(title: str, rows: Sequence[Row], before: str, note: str = "") -> str:
    lines = [f"### {title}", ""]
    if note:
        lines += [note, ""]
    lines += [
        f"| what | reference | {before} (before) | working tree (after) | ratio before | ratio after | target | met? |",
        "|---|---|---:|---:|---:|---:|---|---|",
    ]
    lines += [row.markdown() for row in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# The measurements
# ---------------------------------------------------------------------------------------------


@dataclass
class Bench:
    before: Side | None
    after: Side
    scratch: Path
    runs: int

    @property
    def sides(self) -> list[Side]:
        return [s for s in (self.before, self.after) if s is not None]

    def job(
        self, side: Side | None, args: Sequence[str], ok: Sequence[int] = (0,), cwd: Path | None = None
    ) -> Job | None:
        if side is None:
            return None
        return Job(side.chronik(*args), side.env(), cwd or self.scratch, frozenset(ok))

    def reference(self, code: str, *args: str) -> Job:
        return Job([sys.executable, "-c", code, *args], plain_env(), self.scratch)

    def out(self, side: Side | None, name: str) -> str:
        label = "before" if side is self.before else "after"
        path = self.scratch / f"out-{label}-{name}"
        return str(path)

    def pair(
        self, args: Callable[[Side], Sequence[str]], ok: Sequence[int] = (0,), cwd: Path | None = None
    ) -> tuple[Job | None, Job | None]:
        return (
            self.job(self.before, args(self.before), ok, cwd) if self.before else None,
            self.job(self.after, args(self.after), ok, cwd),
        )

    def export_one(self, path: Path, name: str) -> Callable[[Side], list[str]]:
        return lambda side: ["export", str(path), "--format", name, "--out", self.out(side, name)]

    def extract_one(self, name: str) -> Callable[[Side], list[str]]:
        return lambda side: ["extract", name, "--out", f"{self.out(side, 'single')}.yaml"]

    # -- start-up and the bundled timeline --------------------------------------------------
    def startup(self) -> list[str]:
        progress("start-up: --help, --version, export --format md/ics of the bundled timeline")
        click_ref = self.reference("import click")
        libs_ref = self.reference("import pydantic, yaml")
        helps = self.pair(lambda s: ["--help"])
        versions = self.pair(lambda s: ["--version"])
        mds = self.pair(lambda s: ["export", "--format", "md", "--out", self.out(s, "bundled")])
        icss = self.pair(lambda s: ["export", "--format", "ics", "--out", self.out(s, "bundled")])
        interleave([click_ref, *helps, *versions], self.runs, self.scratch)
        interleave([libs_ref, *mds, *icss], self.runs, self.scratch)

        def s(job: Job | None) -> float | None:
            return None if job is None else job.seconds

        start = [
            Row(
                "`chronik --help`",
                '`python -c "import click"`',
                click_ref.seconds,
                click_ref.seconds,
                s(helps[0]),
                s(helps[1]),
                seconds,
                "≤ 1.3x",
                1.3,
            ),
            Row(
                "`chronik --version`",
                '`python -c "import click"`',
                click_ref.seconds,
                click_ref.seconds,
                s(versions[0]),
                s(versions[1]),
                seconds,
                "≤ 1.3x (as --help)",
                1.3,
            ),
        ]
        bundled = [
            Row(
                "`chronik export --format md` (bundled timeline)",
                '`python -c "import pydantic, yaml"`',
                libs_ref.seconds,
                libs_ref.seconds,
                s(mds[0]),
                s(mds[1]),
                seconds,
                "≤ 1.5x",
                1.5,
            ),
            Row(
                "`chronik export --format ics` (bundled timeline)",
                "md export of the same revision",
                s(mds[0]),
                s(mds[1]),
                s(icss[0]),
                s(icss[1]),
                seconds,
                "≤ 1.1x (as fast as md, 10 % for noise)",
                1.1,
            ),
        ]
        note = (
            f"Wall time of the whole process, median of {self.runs} runs after one warm-up, "
            "interleaved with the reference."
        )
        return [
            table("Start-up", start, self.before_label, note),
            table("Export of the bundled timeline", bundled, self.before_label, note),
        ]

    # -- the ICS writer ------------------------------------------------------------------------
    def ics_writer(self, events: int, rounds: int) -> str:
        progress(f"ICS writer: {events:,} synthetic events, {rounds} round(s)")
        path = write_timeline(events, self.scratch)
        written = self.scratch / "chronik.ics"
        after = Job(self.after.python(ICS_CHILD, str(path), "0", str(written)), self.after.env(), self.scratch)
        after.run(self.scratch)  # writes the ICS file the references rebuild
        results: dict[str, list[dict[str, float]]] = {"ref": [], "before": [], "after": []}
        jobs: list[tuple[str, Job]] = [("ref", self.reference(ICS_REFERENCE_CHILD, str(written), "3"))]
        for label, side in (("before", self.before), ("after", self.after)):
            if side is not None:
                jobs.append((label, Job(side.python(ICS_CHILD, str(path), "3", "-"), side.env(), self.scratch)))
        for _ in range(rounds):
            for label, job in jobs:
                results[label].append(json.loads(job.run(self.scratch).stdout))
        path.unlink()

        def per_event(label: str, key: str) -> float | None:
            found = results[label]
            if not found:
                return None
            return statistics.median(r[key] / r["events"] for r in found)

        plain, ical = per_event("ref", "plain"), per_event("ref", "icalendar")
        b, a = per_event("before", "seconds"), per_event("after", "seconds")
        identical = all(r["identical"] for r in results["ref"])
        vevents = int(results["ref"][0]["events"])
        rows = [
            Row('`api.dumps(tl, "ics")`', "plain streaming f-string writer", plain, plain, b, a, micros, "≤ 2x", 2.0),
            Row(
                '`api.dumps(tl, "ics")`',
                "icalendar: build + `to_ical`",
                ical,
                ical,
                b,
                a,
                micros,
                "≤ 0.067x (15x faster)",
                1 / 15,
            ),
        ]
        note = (
            f"{events:,} synthetic events ({vevents:,} VEVENTs in the calendar), per VEVENT; in-process, "
            f"median of 3 runs after a warm-up, {rounds} interleaved child process(es) each. The references "
            "write the properties of the calendar chronik wrote (plain writer: escaping, folding, CRLF; "
            f"its output is {'byte-identical to' if identical else 'NOT byte-identical to'} chronik's)."
        )
        return table("ICS writer", rows, self.before_label, note)

    # -- a large timeline ----------------------------------------------------------------------
    def large(self, events: int, formats: Sequence[str]) -> list[str]:
        progress(f"{events:,} events: writing the synthetic timeline")
        path = write_timeline(events, self.scratch)
        ref = self.reference(JSON_REFERENCE, str(path), str(self.scratch / "reference.json"))
        base = self.pair(lambda s: ["export", "--out", self.out(s, "bundled-all")])
        progress(f"{events:,} events: baselines (bundled timeline, all formats)")
        interleave([*base], 1, self.scratch)
        progress(f"{events:,} events: all formats")
        every = self.pair(lambda s: ["export", str(path), "--out", self.out(s, "all")])
        interleave([ref, *every], 1, self.scratch, warmup=0)
        singles: dict[str, tuple[Job | None, Job | None]] = {}
        for name in formats:
            progress(f"{events:,} events: --format {name}")
            singles[name] = self.pair(self.export_one(path, name))
            interleave([*singles[name]], 1, self.scratch, warmup=0)
        progress(f"{events:,} events: check and show")
        checks = self.pair(lambda s: ["check", str(path)], ok=(0, 1))
        shows = self.pair(lambda s: ["show", str(path), "--width", "120"])
        floor = self.reference(PYDANTIC_FLOOR, str(path))
        interleave([floor, *checks, *shows], 1, self.scratch, warmup=0)
        size = path.stat().st_size
        path.unlink()

        def s(job: Job | None) -> float | None:
            return None if job is None or not job.runs else job.seconds

        def per_event(job: Job | None, baseline: Job | None) -> float | None:
            if job is None or baseline is None:
                return None
            return (job.peak_kib - baseline.peak_kib) / events

        label = f"`chronik export FILE` ({events:,} events, all formats)"
        rows = [
            Row(
                label,
                "`json.load` + `json.dumps(indent=2)`",
                ref.seconds,
                ref.seconds,
                s(every[0]),
                s(every[1]),
                seconds,
                "≤ 10x",
                10.0,
                cells=(with_peak(every[0]), with_peak(every[1])),
            ),
            Row(
                "peak memory per event, above the bundled timeline's `chronik export`",
                "-",
                None,
                None,
                per_event(every[0], base[0]),
                per_event(every[1], base[1]),
                kib,
                "≤ 4 KiB/event",
                4.0,
                absolute=True,
            ),
        ]
        for name, (b, a) in singles.items():
            rows.append(
                Row(
                    f"`--format {name}`",
                    "`json.load` + `json.dumps(indent=2)`",
                    ref.seconds,
                    ref.seconds,
                    s(b),
                    s(a),
                    seconds,
                    "≤ 2x",
                    2.0,
                    cells=(with_peak(b), with_peak(a)),
                )
            )
        checked = [
            Row(
                f"`chronik check FILE` ({events:,} events)",
                "floor",
                floor.seconds,
                floor.seconds,
                s(checks[0]),
                s(checks[1]),
                seconds,
                "≤ 2 s",
                2.0,
                absolute=True,
            ),
            Row(
                f"`chronik show FILE` ({events:,} events)",
                "floor",
                floor.seconds,
                floor.seconds,
                s(shows[0]),
                s(shows[1]),
                seconds,
                "≤ 2 s",
                2.0,
                absolute=True,
            ),
        ]
        note = (
            f"A synthetic timeline of {events:,} events read from JSON ({path.name}, "
            f"{size / 2**20:.1f} MiB); one run each, wall time and peak RSS of the child. The reference "
            f"took {seconds(ref.seconds)} and {ref.peak_kib / 1024:.0f} MiB. Memory per event: the "
            "child's peak RSS minus the peak of `chronik export` (all formats) of the bundled timeline "
            f"({', '.join(f'{j.peak_kib / 1024:.0f} MiB' for j in base if j is not None)}), divided by the events."
        )
        return [
            table(f"{events:,} events", rows, self.before_label, note),
            table(
                f"`check` and `show` at {events:,} events",
                checked,
                self.before_label,
                "Wall time of the whole command, one run. The floor: `json.load` of the file and "
                "validation into pydantic models with the same fields and no validator of their own "
                f"(`PYDANTIC_FLOOR`), {with_peak(floor)}; the ratio is the command's time over it.",
            ),
        ]

    # -- extraction ------------------------------------------------------------------------------
    def extraction(self, texts: Path, articles: int) -> str:
        sources = sorted(texts.glob("*.txt"))
        if not sources:
            return f"### Extraction\n\nNo texts in {texts}: skipped.\n"
        progress(f"extraction: {articles:,} articles")
        folder = self.scratch / "articles"
        folder.mkdir()
        names = []
        for i in range(articles):
            source = sources[i % len(sources)]
            name = f"article-{i:05d}-{source.stem}.txt"
            shutil.copyfile(source, folder / name)
            names.append(name)
        singles = [self.pair(self.extract_one(name), cwd=folder) for name in names[: self.runs]]
        # one warm-up of each side, then the single-file runs interleaved, then the batches
        interleave([*singles[0]], 0, self.scratch)
        for pair in singles:
            interleave([*pair], 1, self.scratch, warmup=0)
        batch = self.pair(lambda s: ["extract", *names, "--out", f"{self.out(s, 'batch')}.yaml"], cwd=folder)
        interleave([*batch], 1, self.scratch, warmup=0)
        shutil.rmtree(folder)

        def single(side: int) -> float | None:
            runs = [r.seconds for pair in singles if (job := pair[side]) is not None for r in job.runs]
            return statistics.median(runs) if runs else None

        def amortised(job: Job | None) -> float | None:
            return None if job is None else job.seconds / articles

        rows = [
            Row(
                f"`chronik extract` over {articles:,} files, per article",
                "one `chronik extract FILE` per file",
                single(0),
                single(1),
                amortised(batch[0]),
                amortised(batch[1]),
                millis,
                "≤ 10 ms/article",
                0.010,
                absolute=True,
            )
        ]
        note = (
            f"The {len(sources)} texts of the extraction development set, copied {articles:,} times under new "
            f"names into a temporary folder, given to one command as a file list; the reference is one process "
            f"per file (median of {len(singles)} files)."
        )
        return table("Extraction", rows, self.before_label, note)

    @property
    def before_label(self) -> str:
        return self.before.label if self.before is not None else "-"


#: Writes ``bench.synthetic_timeline(events)`` as JSON (in a child: see :func:`write_timeline`).
WRITE_TIMELINE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from bench import synthetic_timeline
with open(sys.argv[3], "w", encoding="utf-8") as f:
    f.write(json.dumps(synthetic_timeline(int(sys.argv[2])), ensure_ascii=False))
"""


def write_timeline(events: int, folder: Path) -> Path:
    """The synthetic timeline of ``bench.py`` (fixed seed) as a JSON file, as ``bench.write_files`` writes it.

    It is generated in a child process: on Linux a child's ``ru_maxrss`` starts at the parent's
    resident size when it was started, so the parent must stay small for the peaks to be the
    children's own.
    """
    path = folder / f"synthetic-{events}.json"
    code = [sys.executable, "-c", WRITE_TIMELINE, str(Path(__file__).resolve().parent), str(events), str(path)]
    subprocess.run(code, env=plain_env(), check=True)
    return path


def own_peak_kib() -> int:
    """This process's peak resident size: the floor under every child's ``ru_maxrss`` (Linux)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


# ---------------------------------------------------------------------------------------------
# Checkouts
# ---------------------------------------------------------------------------------------------


def entry_point(root: Path) -> str:
    with (root / "pyproject.toml").open("rb") as f:
        scripts = tomllib.load(f).get("project", {}).get("scripts", {})
    entry = scripts.get("chronik", "chronik.cli:main")
    return str(entry)


def git(*args: str) -> str:
    proc = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"git {' '.join(args)}: {proc.stderr.strip()}")
    return proc.stdout.strip()


def checkout(rev: str, dest: Path) -> Side:
    """Extract ``rev`` into ``dest`` with ``git archive`` (the repository is not changed)."""
    short = git("rev-parse", "--short", f"{rev}^{{commit}}")
    dest.mkdir()
    archive = subprocess.Popen(["git", "archive", "--format=tar", short], cwd=ROOT, stdout=subprocess.PIPE)
    tar = subprocess.run(["tar", "-x", "-C", str(dest)], stdin=archive.stdout, check=False)
    if archive.stdout is not None:
        archive.stdout.close()
    if archive.wait() != 0 or tar.returncode != 0:
        raise SystemExit(f"could not extract {rev} into {dest}")
    return Side(short, dest / "src", entry_point(dest))


def working_tree() -> Side:
    try:
        head = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "src", "pyproject.toml")
    except (SystemExit, OSError):
        head, dirty = "?", ""
    return Side(f"{head}{'+changes' if dirty else ''}", ROOT / "src", entry_point(ROOT))


def verify(side: Side, scratch: Path) -> None:
    """Fail loudly unless the side's children import chronik from its own ``src``."""
    proc = subprocess.run(side.python(WHERE), env=side.env(), cwd=scratch, capture_output=True, text=True, check=False)
    where = Path(proc.stdout.strip()).resolve()
    if proc.returncode != 0 or not where.is_relative_to(side.src.resolve()):
        raise SystemExit(f"{side.label}: chronik is imported from {where}, not from {side.src}\n{proc.stderr}")


def formats_of(side: Side, scratch: Path) -> list[str]:
    code = "from chronik.registry import EXPORTERS; print(','.join(EXPORTERS.names()))"
    proc = subprocess.run(side.python(code), env=side.env(), cwd=scratch, capture_output=True, text=True, check=True)
    return [name for name in proc.stdout.strip().split(",") if name]


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def parse_sizes(text: str) -> tuple[int, ...]:
    try:
        sizes = tuple(sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()}))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of numbers") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers of events")
    return sizes


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--against", metavar="REV", help="git revision for the 'before' column (e.g. 7c60349)")
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--sizes", type=parse_sizes, help="events of the large timeline(s), like 100000 (default)")
    parser.add_argument("--ics-events", type=positive, help="events of the ICS writer's timeline (default 10000)")
    parser.add_argument("--articles", type=positive, help="articles of the extraction folder (default 1000)")
    parser.add_argument("--runs", type=positive, help="runs of the small measurements (default 5)")
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of .txt articles to extract")
    args = parser.parse_args(argv)
    preset = QUICK if args.quick else FULL
    sizes: tuple[int, ...] = args.sizes or preset.sizes
    started = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="chronik-targets-") as tmp:
        scratch = Path(tmp)
        after = working_tree()
        before = checkout(args.against, scratch / "before") if args.against else None
        for side in (before, after):
            if side is not None:
                verify(side, scratch)
        formats = list(
            dict.fromkeys(name for side in (before, after) if side is not None for name in formats_of(side, scratch))
        )
        bench = Bench(before, after, scratch, args.runs or preset.runs)
        parts = bench.startup()
        parts.append(bench.ics_writer(args.ics_events or preset.ics_events, preset.ics_rounds))
        for events in sizes:
            parts += bench.large(events, formats)
        parts.append(bench.extraction(args.texts, args.articles or preset.articles))

    header = (
        f"## Issue 11 targets: {before.label if before else '-'} (before) vs {after.label} (after)\n\n"
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.system()} {platform.machine()}, "
        f"{datetime.now(UTC):%Y-%m-%d}; whole run {time.perf_counter() - started:.0f} s. "
        f"met? reads before → after. Peak memory cannot read below this script's own peak, "
        f"{own_peak_kib() / 1024:.0f} MiB.\n"
    )
    print("\n".join([header, *parts]), end="")


if __name__ == "__main__":
    main()
