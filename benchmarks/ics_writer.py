"""The ICS writer's cost per event, against icalendar's object tree and a plain f-string floor.

Usage::

    .venv/bin/python benchmarks/ics_writer.py [--sizes 200,2000] [--runs 5]

All columns are measured in one process, side by side, on the synthetic timelines of
``benchmarks/bench.py`` (best of ``--runs``, microseconds per placed event):

- *chronology*: ordering the timeline once (``Prepared.chronology``), which every exporter of a run
  shares;
- *icalendar tree*: the exporter chronik had before, which builds ``Event`` and ``Timezone``
  components and calls ``to_ical`` (``tests/exporters/ics_oracle.py``), including its own ordering;
- *writer*: ``IcsExporter().export(timeline)``, including its ordering;
- *writer, prepared*: ``"".join(IcsExporter().chunks(prepared))`` with the ordering done already;
- *floor*: the same properties and the same words (summary, description, location, placement)
  written with plain f-strings, with no escaping, no folding and no checks, the ordering done
  already - what a writer cannot go below without making the words cheaper;
- *writer / floor*: the two previous columns divided.

Then the bundled seed: ``chronik.dumps(seed, "ics")`` against ``chronik.dumps(seed, "md")``, both
warm, and the ICS export once more with every VTIMEZONE cache emptied (a new process's first export).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]

from tests.exporters import ics_oracle  # noqa: E402
from tests.exporters.ics_oracle import OracleIcsExporter  # noqa: E402

import chronik  # noqa: E402
from bench import synthetic_timeline  # noqa: E402
from chronik.exporters import _ics_text as txt  # noqa: E402
from chronik.exporters import _vtimezone  # noqa: E402
from chronik.exporters._ics import IcsExporter  # noqa: E402
from chronik.exporters._ics_when import ics_end  # noqa: E402
from chronik.humanize import Words  # noqa: E402
from chronik.model import Timeline  # noqa: E402
from chronik.prepared import Prepared  # noqa: E402


def best(fn: Callable[[], Any], runs: int) -> float:
    """The fastest of ``runs`` calls, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _value(value: date) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is UTC:
            return f":{value:%Y%m%dT%H%M%S}Z"
        return f";TZID={getattr(value.tzinfo, 'key', '')}:{value:%Y%m%dT%H%M%S}"
    return f";VALUE=DATE:{value:%Y%m%d}"


def floor(prepared: Prepared) -> str:
    """The same calendar's events without escaping, folding or checks (VTIMEZONEs left out)."""
    exporter = IcsExporter()
    tl = prepared.timeline
    words = Words(tl.language)
    chron = prepared.chronology
    children = chron.parts()
    out = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"]
    for e, p in exporter._placed(chron):
        description = txt.description(tl, e, words, children)
        location = txt.location(tl, e)
        cats = ",".join((e.kind, *(e.event.tags if e.event else ())))
        out.append(
            f"BEGIN:VEVENT\r\nSUMMARY:{txt.summary(e, words, p)}\r\nDTSTART{_value(p.start)}\r\n"
            f"DTEND{_value(ics_end(p))}\r\nDTSTAMP:19700101T000000Z\r\nUID:{e.id}.{tl.id}@chronik.invalid\r\n"
            f"SEQUENCE:0\r\nCATEGORIES:{cats}\r\n"
            + (f"DESCRIPTION:{description}\r\n" if description else "")
            + (f"LOCATION:{location}\r\n" if location else "")
            + "STATUS:CONFIRMED\r\nEND:VEVENT\r\n"
        )
    out.append("END:VCALENDAR\r\n")
    return "".join(out)


def _cold() -> None:
    _vtimezone.vtimezone.cache_clear()
    _vtimezone._vtimezone.cache_clear()
    _vtimezone._zone_data.cache_clear()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,2000", help="synthetic timeline sizes (events), comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="repetitions; the best counts")
    args = parser.parse_args(argv)
    runs = args.runs

    print("| events | placed | chronology | icalendar tree | writer | writer, prepared | floor | writer / floor |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        tl = Timeline.model_validate(synthetic_timeline(size))
        prepared = Prepared(tl)
        placed = len(IcsExporter()._placed(prepared.chronology))
        new, old = IcsExporter().export(tl), OracleIcsExporter().export(tl)
        assert new == old, "the writer and icalendar disagree"
        per = 1e6 / placed
        chron = best(lambda: Prepared(tl).chronology, runs) * per  # noqa: B023 - called at once
        tree = best(lambda: OracleIcsExporter().export(tl), runs) * per  # noqa: B023
        writer = best(lambda: IcsExporter().export(tl), runs) * per  # noqa: B023
        chunks = best(lambda: "".join(IcsExporter().chunks(prepared)), runs) * per  # noqa: B023
        plain = best(lambda: floor(prepared), runs) * per  # noqa: B023
        print(
            f"| {size} | {placed} | {chron:.1f} | {tree:.1f} | {writer:.1f} | {chunks:.1f} | {plain:.1f} "
            f"| {chunks / plain:.2f}x |"
        )

    seed = chronik.load(str(ROOT / "seeds" / "wegner-usa-2024.yaml"))
    _cold()
    start = time.perf_counter()
    chronik.dumps(seed, "ics")
    cold = time.perf_counter() - start
    ics = best(lambda: chronik.dumps(seed, "ics"), runs * 4)
    md = best(lambda: chronik.dumps(seed, "md"), runs * 4)
    ics_oracle.vtimezone.cache_clear()
    start = time.perf_counter()
    OracleIcsExporter().export(seed)
    tree_cold = time.perf_counter() - start
    tree_warm = best(lambda: OracleIcsExporter().export(seed), runs * 4)
    print()
    print("| seed | ms |")
    print("|---|---:|")
    print(f"| ics, writer (warm) | {ics * 1e3:.2f} |")
    print(f"| md (warm) | {md * 1e3:.2f} |")
    print(f"| ics / md | {ics / md:.2f}x |")
    print(f"| ics, writer, first export in a process (VTIMEZONE caches empty) | {cold * 1e3:.2f} |")
    print(f"| ics, icalendar tree (warm) | {tree_warm * 1e3:.2f} |")
    print(f"| ics, icalendar tree, first export (day-by-day VTIMEZONE) | {tree_cold * 1e3:.2f} |")


if __name__ == "__main__":
    main()
