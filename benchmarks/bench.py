"""Benchmarks for chronik: reading, ordering and exporting synthetic timelines of growing size.

Usage::

    .venv/bin/python benchmarks/bench.py                   # 1,000 / 10,000 / 100,000 events
    .venv/bin/python benchmarks/bench.py --quick           # 1,000 and 10,000 only
    .venv/bin/python benchmarks/bench.py --sizes 1000,5000

For each size the script generates a timeline deterministically (``random.Random`` with a fixed
seed) as plain data - day, month-only and year-only dates, spans with an end day or a duration,
local date-times at places with IANA zones, undated events placed by ``after``/``before``/
``parent``, dated reports and citations with quotes - and writes it as YAML and as JSON into a
temporary folder. A fresh child process per size then times, with ``time.perf_counter``:

- ``api.load`` of the ``.yaml`` and of the ``.json`` file,
- ``ordering.chronology`` of the loaded timeline,
- ``api.dumps(timeline, name)`` for every exporter in ``registry.EXPORTERS``,

and reports the process's peak resident memory (``VmHWM``, else ``getrusage``) after loading and
after exporting, above the baseline of the interpreter with chronik imported. Small sizes are
repeated and the median is shown. Finally the start-up of the ``chronik`` command is timed
(``--help`` and ``export`` of the bundled timeline, median of 5 runs each).

The output is Markdown: one table of seconds and microseconds per event for each operation and
size, one of memory, one of the CLI start-up.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import yaml

import chronik
from chronik import api
from chronik.errors import ChronikError
from chronik.model import Timeline
from chronik.ordering import chronology
from chronik.registry import EXPORTERS

SEED = 20241110
DEFAULT_SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (1_000, 10_000)
CLI_RUNS = 5

# ---------------------------------------------------------------------------------------------
# Synthetic timelines
# ---------------------------------------------------------------------------------------------

#: (city, IANA zone, latitude, longitude)
CITIES: tuple[tuple[str, str, float, float], ...] = (
    ("Berlin", "Europe/Berlin", 52.52, 13.405),
    ("Hamburg", "Europe/Berlin", 53.551, 9.994),
    ("München", "Europe/Berlin", 48.137, 11.575),
    ("Wien", "Europe/Vienna", 48.208, 16.373),
    ("Zürich", "Europe/Zurich", 47.377, 8.541),
    ("Paris", "Europe/Paris", 48.857, 2.352),
    ("London", "Europe/London", 51.507, -0.128),
    ("Warszawa", "Europe/Warsaw", 52.23, 21.012),
    ("Kyjiw", "Europe/Kyiv", 50.45, 30.523),
    ("İstanbul", "Europe/Istanbul", 41.008, 28.978),
    ("New York", "America/New_York", 40.713, -74.006),
    ("Boston", "America/New_York", 42.36, -71.059),
    ("Los Angeles", "America/Los_Angeles", 34.052, -118.244),
    ("São Paulo", "America/Sao_Paulo", -23.551, -46.633),
    ("Ciudad de México", "America/Mexico_City", 19.433, -99.133),
    ("Tōkyō", "Asia/Tokyo", 35.676, 139.65),
    ("Beijing", "Asia/Shanghai", 39.904, 116.407),
    ("New Delhi", "Asia/Kolkata", 28.614, 77.209),
    ("Kathmandu", "Asia/Kathmandu", 27.717, 85.324),
    ("Sydney", "Australia/Sydney", -33.869, 151.209),
    ("Auckland", "Pacific/Auckland", -36.848, 174.763),
    ("Nairobi", "Africa/Nairobi", -1.292, 36.822),
    ("Tel Aviv", "Asia/Jerusalem", 32.085, 34.782),
)
VENUES = ("Rathaus", "Messe", "Universität", "Hauptbahnhof", "Flughafen", "Konzerthaus", "Botschaft", "Hafen")
PUBLISHERS = (
    "Die Zeit",
    "Der Tagesspiegel",
    "n-tv",
    "Berliner Morgenpost",
    "Süddeutsche Zeitung",
    "taz",
    "Frankfurter Allgemeine",
    "rbb24",
    "Deutschlandfunk",
    "Reuters",
    "The Guardian",
    "Le Monde",
    "Senatskanzlei Berlin",
    "Tagesspiegel Checkpoint",
)
SOURCE_KINDS = ("report", "report", "report", "article", "announcement", "press-release", "interview", "website")
FIRST = ("Kai", "Franziska", "Karen", "Jürgen", "Aylin", "Zoë", "Mikołaj", "Sven", "Élodie", "Björn", "Ana", "Hiroshi")
LAST = ("Wegner", "Giffey", "Bass", "Müller", "Öztürk", "Schäfer", "Nowak", "Dubois", "Jansen", "García", "Satō")
ROLES = ("Bürgermeisterin", "Senator für Wirtschaft (SPD)", "Pressesprecher", "Botschafterin", "CEO", "Professorin")
SUBJECTS = ("Delegation", "Senat", "Bürgermeister", "Ausschuss", "Stadtrat", "Ministerin", "Konzern", "Polizei")
VERBS = ("trifft", "besucht", "eröffnet", "unterzeichnet", "kündigt an", "beschließt", "diskutiert", "stellt vor")
OBJECTS = (
    "die Partnerschaft",
    "das Innovationszentrum",
    "den Haushalt 2025",
    "Gespräche über Künstliche Intelligenz",
    "die Gesundheitswirtschaft",
    "ein Abkommen zur Stadtentwicklung",
    "die Kreativwirtschaft",
    "neue Flugverbindungen",
)
WORDS = (
    "Berlin",
    "Reise",
    "Zusammenarbeit",
    "Wirtschaft",
    "Wissenschaft",
    "transatlantische",
    "Partnerschaft",
    "Gespräche",
    "über",
    "für",
    "die",
    "der",
    "eine",
    "mit",
    "und",
    "künftig",
    "gestärkt",
    "Städtepartnerschaft",
    "Delegation",
    "Kosten",
    "123.000 Euro",
    "Sicherheit",
    "Mobilität",
    "Nachhaltigkeit",
    "„Wir",
    "pflegen",
    "einen",
    "guten",
    "Austausch“",
)
TAGS = ("Delegation", "Wirtschaft", "Wissenschaft", "Kultur", "Sicherheit", "Haushalt", "Außenpolitik")
STATUSES = ("confirmed",) * 8 + ("planned", "tentative", "cancelled")

FIRST_DAY = date(1990, 1, 1).toordinal()
LAST_DAY = date(2025, 12, 31).toordinal()

#: How events are dated, with weights (a trip is one dated trip and 2-5 undated stops).
EVENT_MIX: tuple[tuple[str, int], ...] = (
    ("day", 26),
    ("month", 8),
    ("year", 4),
    ("span-days", 6),
    ("span-duration", 5),
    ("local-time", 18),
    ("local-span", 3),
    ("utc-time", 3),
    ("after", 8),
    ("before", 3),
    ("trip", 4),
)


@dataclass(frozen=True)
class Shape:
    """How many of each object a synthetic timeline of ``events`` events has."""

    events: int
    sources: int
    places: int
    people: int

    @classmethod
    def for_events(cls, events: int) -> Shape:
        return cls(events, max(10, events // 8), max(12, events // 40), max(10, events // 25))


class _Gen:
    """One deterministic synthetic timeline (see :func:`synthetic_timeline`)."""

    def __init__(self, shape: Shape, seed: int) -> None:
        self.rng = random.Random(seed)
        self.shape = shape
        self.zoned_places: list[str] = []
        self.places: list[dict[str, Any]] = []
        self.dated_sources: list[str] = []
        self.recent: list[str] = []  # ids of dated entries, newest last (targets of after/before)

    # -- small pieces ------------------------------------------------------------------------
    def sentence(self, low: int, high: int) -> str:
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high))]
        return " ".join(words).capitalize() + "."

    def day(self) -> date:
        return date.fromordinal(self.rng.randint(FIRST_DAY, LAST_DAY))

    def partial(self) -> Any:
        """A publication date: mostly a day, sometimes a month, rarely a year (some as YAML ints)."""
        d, r = self.day(), self.rng.random()
        if r < 0.65:
            return d.isoformat()
        if r < 0.9:
            return f"{d.year:04d}-{d.month:02d}"
        return d.year if self.rng.random() < 0.5 else str(d.year)

    def citations(self) -> list[Any]:
        out: list[Any] = []
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            src = f"src-{self.rng.randrange(self.shape.sources):06d}"
            r = self.rng.random()
            if r < 0.75:
                out.append({"source": src, "quote": self.sentence(8, 24)})
            elif r < 0.9:
                out.append({"source": src})
            else:
                out.append(src)  # the short form: a plain source id
        return out

    def reference(self) -> str:
        """A recent dated entry (event, or sometimes a dated report) for after/before."""
        if self.dated_sources and (not self.recent or self.rng.random() < 0.15):
            return self.rng.choice(self.dated_sources)
        return self.rng.choice(self.recent[-50:])

    # -- objects -----------------------------------------------------------------------------
    def place(self, i: int) -> dict[str, Any]:
        city, tz, lat, lon = CITIES[i % len(CITIES)]
        pid = f"pl-{i:05d}"
        place: dict[str, Any] = {"id": pid, "name": f"{self.rng.choice(VENUES)} {city}" if i >= len(CITIES) else city}
        if self.rng.random() < 0.9:
            place["tz"] = tz
            self.zoned_places.append(pid)
        if self.rng.random() < 0.5:
            place["geo"] = {"lat": round(lat + self.rng.uniform(-0.05, 0.05), 5), "lon": round(lon, 5)}
        if self.rng.random() < 0.3:
            place["address"] = f"{self.rng.choice(VENUES)}straße {self.rng.randint(1, 200)}, {city}"
        return place

    def person(self, i: int) -> dict[str, Any]:
        person: dict[str, Any] = {"id": f"p-{i:05d}", "name": f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"}
        if self.rng.random() < 0.6:
            person["role"] = self.rng.choice(ROLES)
        return person

    def source(self, i: int) -> dict[str, Any]:
        sid = f"src-{i:06d}"
        publisher = self.rng.choice(PUBLISHERS)
        src: dict[str, Any] = {"id": sid, "kind": self.rng.choice(SOURCE_KINDS), "publisher": publisher}
        if self.rng.random() < 0.5:
            src["title"] = self.sentence(4, 10).rstrip(".")
        src["about"] = self.sentence(6, 16)
        if self.rng.random() < 0.75:
            src["published"] = self.partial()
            self.dated_sources.append(sid)
        if self.rng.random() < 0.6:
            slug = publisher.lower().replace(" ", "-").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
            src["url"] = f"https://www.{slug}.example/artikel/{sid}"
        src["language"] = self.rng.choice(("de", "de", "de", "en", "fr"))
        if i > 0 and self.rng.random() < 0.1:  # known second-hand, from an earlier source
            src["sources"] = [{"source": f"src-{self.rng.randrange(i):06d}", "quote": self.sentence(8, 24)}]
        return src

    def event(self, eid: str, when: Any, **extra: Any) -> dict[str, Any]:
        ev: dict[str, Any] = {"id": eid, "title": f"{self.rng.choice(SUBJECTS)} {self.rng.choice(VERBS)} "}
        ev["title"] += self.rng.choice(OBJECTS)
        if when is not None:
            ev["when"] = when
        ev.update(extra)
        if "where" not in ev and self.rng.random() < 0.4:
            ev["where"] = self.rng.choice(self.places)["id"]
        if self.rng.random() < 0.7:
            ev["who"] = sorted(
                {f"p-{self.rng.randrange(self.shape.people):05d}" for _ in range(self.rng.randint(1, 3))}
            )
        status = self.rng.choice(STATUSES)
        if status != "confirmed":
            ev["status"] = status
        ev["sources"] = self.citations()
        if self.rng.random() < 0.3:
            ev["tags"] = self.rng.sample(TAGS, self.rng.randint(1, 3))
        if self.rng.random() < 0.3:
            ev["description"] = self.sentence(10, 40)
        if self.rng.random() < 0.05:
            ev["url"] = f"https://www.berlin.example/termine/{eid}"
        return ev

    def events(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        kinds = [k for k, _ in EVENT_MIX]
        weights = [w for _, w in EVENT_MIX]
        n = self.shape.events
        while len(out) < n:
            eid = f"ev-{len(out):07d}"
            kind = self.rng.choices(kinds, weights)[0]
            if kind in ("after", "before") and not (self.recent or self.dated_sources):
                kind = "day"
            d = self.day()
            if kind == "day":
                q = self.rng.choice(("",) * 30 + ("~", "?"))
                out.append(self.event(eid, d.isoformat() + q))
            elif kind == "month":
                out.append(self.event(eid, f"{d.year:04d}-{d.month:02d}"))
            elif kind == "year":
                out.append(self.event(eid, d.year if self.rng.random() < 0.5 else str(d.year), kind="milestone"))
            elif kind == "span-days":
                end = d + timedelta(days=self.rng.randint(1, 14))
                out.append(self.event(eid, f"{d.isoformat()}/{end.isoformat()}"))
            elif kind == "span-duration":
                dur = self.rng.choice(("P2D", "P5D", "P1W", "P10D"))
                out.append(self.event(eid, f"{d.isoformat()}/{dur}", kind="meeting"))
            elif kind == "local-time":
                t = f"{self.rng.randint(7, 21):02d}:{self.rng.choice((0, 15, 30, 45)):02d}"
                out.append(self.event(eid, f"{d.isoformat()}T{t}", where=self.rng.choice(self.zoned_places)))
            elif kind == "local-span":
                h = self.rng.randint(8, 18)
                when = f"{d.isoformat()}T{h:02d}:00/{d.isoformat()}T{h + self.rng.randint(1, 3):02d}:30"
                out.append(self.event(eid, when, kind="meeting", where=self.rng.choice(self.zoned_places)))
            elif kind == "utc-time":
                t = f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}Z"
                out.append(self.event(eid, f"{d.isoformat()}T{t}", kind="announcement"))
            elif kind == "after":  # undated; only ever after older entries, so never a cycle
                out.append(self.event(eid, None, after=[self.reference()]))
            elif kind == "before":  # undated; nothing refers to it, so never a cycle
                out.append(self.event(eid, None, before=[self.reference()]))
            else:
                out.extend(self.trip(eid, d, n - len(out)))
                continue
            if "when" in out[-1]:
                self.recent.append(eid)
        return out

    def trip(self, eid: str, start: date, room: int) -> list[dict[str, Any]]:
        """A dated trip (a span) and its undated stops in order, some with an undated part."""
        when = f"{start.isoformat()}/P{self.rng.randint(3, 9)}D" if self.rng.random() < 0.5 else None
        if when is None:
            when = f"{start.isoformat()}/{(start + timedelta(days=self.rng.randint(3, 9))).isoformat()}"
        out = [self.event(eid, when, kind="trip")]
        self.recent.append(eid)
        previous: str | None = None
        for k in range(self.rng.randint(2, 5)):
            if len(out) >= room:
                break
            sid = f"{eid}.{k + 1}"
            extra: dict[str, Any] = {"kind": "stop", "parent": eid, "where": self.rng.choice(self.zoned_places)}
            if previous is not None:
                extra["after"] = [previous]
            out.append(self.event(sid, None, **extra))
            previous = sid
            if len(out) < room and self.rng.random() < 0.25:
                out.append(self.event(f"{sid}.a", None, parent=sid, where=extra["where"]))
        return out

    def timeline(self) -> dict[str, Any]:
        s = self.shape
        self.places = [self.place(i) for i in range(s.places)]
        people = [self.person(i) for i in range(s.people)]
        sources = [self.source(i) for i in range(s.sources)]
        events = self.events()
        self.rng.shuffle(events)  # input order must not matter; don't hand the sorter sorted input
        return {
            "id": f"synthetic-{s.events}",
            "title": f"Synthetische Chronik mit {s.events:,} Ereignissen".replace(",", "."),
            "language": "de",
            "timezone": "Europe/Berlin",
            "description": self.sentence(20, 40),
            "updated": "2026-01-15",
            "sources": sources,
            "places": self.places,
            "people": people,
            "events": events,
        }


def synthetic_timeline(events: int, seed: int = SEED) -> dict[str, Any]:
    """A timeline of ``events`` events as plain data (dicts, lists, str, int, float); deterministic."""
    return _Gen(Shape.for_events(events), seed + events).timeline()


def _yaml_text(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def write_files(events: int, folder: Path) -> tuple[Path, Path, dict[str, int]]:
    """Write the synthetic timeline of ``events`` events as YAML and JSON; return the paths and counts."""
    data = synthetic_timeline(events)
    yaml_path = folder / f"synthetic-{events}.yaml"
    json_path = folder / f"synthetic-{events}.json"
    yaml_path.write_text(_yaml_text(data), encoding="utf-8")
    json_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    counts = {
        "events": len(data["events"]),
        "sources": len(data["sources"]),
        "reports": sum(1 for s in data["sources"] if "published" in s),
        "places": len(data["places"]),
        "people": len(data["people"]),
        "undated": sum(1 for e in data["events"] if "when" not in e),
        "yaml_bytes": yaml_path.stat().st_size,
        "json_bytes": json_path.stat().st_size,
    }
    return yaml_path, json_path, counts


# ---------------------------------------------------------------------------------------------
# Measuring (in a child process per size, so that peak memory belongs to that size alone)
# ---------------------------------------------------------------------------------------------


def _peak_rss_kib() -> int:
    """The peak resident set size of this process so far, in KiB.

    On Linux from ``VmHWM`` in ``/proc/self/status``: ``ru_maxrss`` would not do there, as it
    survives ``exec`` and so starts at the parent's peak (the parent holds the generated data).
    Elsewhere from ``getrusage`` (bytes on macOS, KiB on the BSDs).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _timed(fn: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    """Run ``fn`` ``runs`` times; the wall times and the last result (earlier ones are dropped first)."""
    times: list[float] = []
    result: Any = None
    for _ in range(runs):
        result = None
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return times, result


def measure(yaml_path: Path, json_path: Path, runs: int) -> dict[str, Any]:
    """Times of every operation on the two files (``runs`` each) and peak RSS; runs in a fresh process.

    Ordering and exports work on the timeline read from YAML (from JSON if YAML fails); the JSON file
    is timed last, so that the memory peaks up to the exports hold one timeline only.
    """
    times: dict[str, list[float]] = {}
    errors: dict[str, str] = {}
    memory = {"baseline": _peak_rss_kib()}
    timeline: Timeline | None = None
    try:
        times["load YAML"], timeline = _timed(partial(api.load, yaml_path), runs)
    except ChronikError as err:  # report it and go on with the JSON file
        errors["load YAML"] = str(err)[:300]
    if timeline is None:
        times["load JSON"], timeline = _timed(partial(api.load, json_path), runs)
    assert timeline is not None
    memory["load"] = _peak_rss_kib()
    times["chronology"], _ = _timed(partial(chronology, timeline), runs)
    for name in EXPORTERS.names():
        times[f"dumps {name}"], _ = _timed(partial(api.dumps, timeline, name), runs)
    memory["export"] = _peak_rss_kib()
    if "load JSON" not in times:
        times["load JSON"], from_json = _timed(partial(api.load, json_path), runs)
        if from_json != timeline:
            errors["load JSON"] = "the JSON file reads to a different timeline than the YAML file"
    return {"times": times, "errors": errors, "memory_kib": memory}


def _child(argv: Sequence[str]) -> None:
    yaml_path, json_path, runs = Path(argv[0]), Path(argv[1]), int(argv[2])
    json.dump(measure(yaml_path, json_path, runs), sys.stdout)


def run_size(events: int, folder: Path, runs: int) -> tuple[dict[str, int], dict[str, Any]]:
    t0 = time.perf_counter()
    yaml_path, json_path, counts = write_files(events, folder)
    print(f"{events:,} events: files written in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(yaml_path), str(json_path), str(runs)],
        capture_output=True,
        text=True,
        check=False,
    )
    yaml_path.unlink()
    json_path.unlink()
    if proc.returncode != 0:
        raise SystemExit(f"benchmark of {events:,} events failed:\n{proc.stderr}")
    result: dict[str, Any] = json.loads(proc.stdout)
    return counts, result


def cli_startup(folder: Path) -> dict[str, list[float]]:
    """Wall times of ``chronik --help`` and ``chronik export`` (bundled timeline) as subprocesses."""
    exe = Path(sys.executable).parent / "chronik"
    if not exe.exists():
        raise SystemExit(f"no chronik executable next to {sys.executable}")
    out = folder / "cli-export"
    commands = {
        "chronik --help": [str(exe), "--help"],
        "chronik export (bundled timeline)": [str(exe), "export", "--out", str(out)],
    }
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1731196800"}
    result: dict[str, list[float]] = {}
    for label, cmd in commands.items():
        subprocess.run(cmd, capture_output=True, check=True, env=env)  # warm the OS caches once
        times = []
        for _ in range(CLI_RUNS):
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True, env=env)
            times.append(time.perf_counter() - t0)
        result[label] = times
    return result


# ---------------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------------


def sig3(x: float) -> str:
    """``x`` to 3 significant digits, without an exponent: 0.00123, 1.23, 123, 1230."""
    if x == 0 or not math.isfinite(x):
        return str(x)
    decimals = 2 - math.floor(math.log10(abs(x)))
    rounded = round(x, decimals)
    return f"{rounded:.{max(decimals, 0)}f}"


def runs_for(events: int) -> int:
    if events <= 2_000:
        return 7
    if events <= 20_000:
        return 3
    return 1


def revision() -> str:
    """chronik's version, and the git commit of the checkout (``+dirty`` with local changes in src/)."""
    text = f"chronik {chronik.__version__}"
    root = Path(__file__).resolve().parents[1]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=root, capture_output=True, text=True)
    except OSError:
        return text
    if head.returncode == 0:
        text += f" at {head.stdout.strip()}" + ("+dirty" if dirty.stdout.strip() else "")
    return text


def report(
    sizes: Sequence[int],
    counts: dict[int, dict[str, int]],
    results: dict[int, dict[str, Any]],
    cli: dict[str, list[float]],
) -> str:
    lines = [
        f"# chronik benchmarks - {revision()}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {os.cpu_count()} CPUs, {platform.system()} {platform.machine()}",
        "",
        f"Synthetic timelines (seed {SEED}); medians of {', '.join(f'{runs_for(n)}' for n in sizes)} runs "
        f"for {', '.join(f'{n:,}' for n in sizes)} events. Every `dumps` includes its own `chronology`.",
        "",
        "| timeline | " + " | ".join(f"{n:,}" for n in sizes) + " |",
        "|---|" + "---:|" * len(sizes),
    ]
    for key in ("sources", "reports", "places", "people", "undated"):
        lines.append(f"| {key} | " + " | ".join(f"{counts[n][key]:,}" for n in sizes) + " |")
    for key in ("yaml_bytes", "json_bytes"):
        label = key.replace("_bytes", "").upper() + " size"
        lines.append(f"| {label} | " + " | ".join(f"{counts[n][key] / 2**20:.1f} MiB" for n in sizes) + " |")

    seen = [op for n in sizes for op in (*results[n]["times"], *results[n]["errors"])]
    ops = list(dict.fromkeys(["load YAML", "load JSON", "chronology", *seen]))
    growth = len(sizes) > 1
    lines += [
        "",
        "| operation | "
        + " | ".join(f"{n:,} events" for n in sizes)
        + (f" | µs/event {sizes[-1]:,} ÷ {sizes[0]:,} |" if growth else " |"),
        "|---|" + "---:|" * (len(sizes) + growth),
    ]
    for op in ops:
        cells, per_event = [], []
        for n in sizes:
            times = results[n]["times"].get(op)
            if times is None:
                cells.append("**failed**, see below" if op in results[n]["errors"] else "-")
                continue
            med = statistics.median(times)
            per_event.append(med / n * 1e6)
            cells.append(f"{sig3(med)} s ({sig3(per_event[-1])} µs/ev)")
        row = f"| {op} | " + " | ".join(cells)
        if growth:
            ratio = per_event[-1] / per_event[0] if len(per_event) == len(sizes) else math.nan
            row += f" | {'×' + sig3(ratio) if math.isfinite(ratio) else 'n/a'}"
        lines.append(row + " |")

    lines += ["", "| peak RSS (MiB) | " + " | ".join(f"{n:,} events" for n in sizes) + " |"]
    lines.append("|---|" + "---:|" * len(sizes))
    mem: dict[int, dict[str, int]] = {n: results[n]["memory_kib"] for n in sizes}
    for n in sizes:
        mem[n]["above"] = mem[n]["export"] - mem[n]["baseline"]
    rows = (
        ("interpreter + chronik imported", "baseline"),
        ("after loading", "load"),
        ("after ordering and exporting", "export"),
        ("load + export, above the baseline", "above"),
    )
    for label, key in rows:
        lines.append(f"| {label} | " + " | ".join(f"{mem[n][key] / 1024:.1f}" for n in sizes) + " |")

    lines += ["", f"| CLI start-up (median of {CLI_RUNS}) | seconds | min | max |", "|---|---:|---:|---:|"]
    for label, times in cli.items():
        lines.append(f"| `{label}` | {sig3(statistics.median(times))} | {sig3(min(times))} | {sig3(max(times))} |")

    problems = [(n, op, msg) for n in sizes for op, msg in results[n]["errors"].items()]
    if problems:
        lines += ["", "Problems:", ""]
        lines += [f"- {n:,} events, {op}: {msg}" for n, op, msg in problems]
    return "\n".join(lines) + "\n"


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = [int(part.replace("_", "")) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a comma-separated list of numbers") from None
    if not sizes or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError("sizes must be positive numbers of events")
    return sorted(set(sizes))


def main(argv: Sequence[str] | None = None) -> None:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--child"]:
        _child(args_list[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", type=parse_sizes, help="comma-separated numbers of events, like 1000,10000")
    parser.add_argument("--quick", action="store_true", help="only 1,000 and 10,000 events")
    args = parser.parse_args(args_list)
    sizes: list[int] = args.sizes or list(QUICK_SIZES if args.quick else DEFAULT_SIZES)

    counts: dict[int, dict[str, int]] = {}
    results: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="chronik-bench-") as tmp:
        folder = Path(tmp)
        for n in sizes:
            t0 = time.perf_counter()
            counts[n], results[n] = run_size(n, folder, runs_for(n))
            print(f"{n:,} events done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
        cli = cli_startup(folder)
    print(report(sizes, counts, results, cli), end="")


if __name__ == "__main__":
    main()
