"""Hostile inputs: what each costs chronik in time and memory before it is refused.

Usage::

    .venv/bin/python benchmarks/hostile.py

Each input is written to a temporary folder and read by ``chronik.load`` in a fresh process, which
reports its wall time, its peak resident memory (VmHWM) and the first line of the error. The
table shows that every input is refused with one line, quickly and within bounded memory.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CHILD = """
import sys, time
t0 = time.perf_counter()
import chronik
outcome = "read"
try:
    chronik.load(sys.argv[1])
except chronik.ChronikError as err:
    outcome = str(err).splitlines()[0]
elapsed = time.perf_counter() - t0
peak = 0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1])
print(repr((outcome, elapsed, peak / 1024)))
"""


def _alias_bomb() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def _many_events(n: int) -> bytes:
    events = [{"id": f"e{i}", "title": "x", "when": "2024-13-01" if i == n - 1 else "2024-11-10"} for i in range(n)]
    return json.dumps({"id": "t", "title": "T", "events": events}).encode()


INPUTS: dict[str, tuple[str, Callable[[Path], object]]] = {
    "100 MB file (sparse)": ("big.yaml", lambda p: p.open("wb").truncate(100 * 1024 * 1024)),
    "60 MB single string": ("long.yaml", lambda p: p.write_bytes(b"title: " + b"x" * 60_000_000 + b"\n")),
    "YAML nested 100,000 deep": ("deep.yaml", lambda p: p.write_bytes(b"[" * 100_000 + b"]" * 100_000)),
    "JSON nested 100,000 deep": ("deep.json", lambda p: p.write_bytes(b"[" * 100_000 + b"]" * 100_000)),
    "YAML alias bomb (9^9)": ("bomb.yaml", lambda p: p.write_bytes(_alias_bomb())),
    "binary (NUL bytes)": ("bin.yaml", lambda p: p.write_bytes(b"\x00\x01\x02" * 1000)),
    "latin-1 text": ("latin1.yaml", lambda p: p.write_bytes("title: Café Größe\n".encode("latin-1"))),
    "100,000 events, bad date in the last": ("many.json", lambda p: p.write_bytes(_many_events(100_000))),
    "200,000 duplicate keys": ("dups.yaml", lambda p: p.write_bytes(b"".join(b"k: v\n" for _ in range(200_000)))),
}


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory(prefix="chronik-hostile-") as tmp:
        for label, (name, make) in INPUTS.items():
            path = Path(tmp) / name
            make(path)
            size = path.stat().st_size
            t0 = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, check=False)
            wall = time.perf_counter() - t0
            if proc.returncode != 0:
                rows.append((label, size, f"CRASHED: {proc.stderr.strip().splitlines()[-1]}", wall, 0.0))
            else:
                outcome, _, peak = ast.literal_eval(proc.stdout.strip())
                rows.append((label, size, outcome.replace(tmp, "…"), wall, peak))
            path.unlink()
    print(f"# chronik on hostile inputs - Python {sys.version.split()[0]}\n")
    print("| input | size | outcome (first line) | wall s | peak RSS MiB |")
    print("|---|---:|---|---:|---:|")
    for label, size, outcome, wall, peak in rows:
        print(f"| {label} | {size / 1024 / 1024:.1f} MiB | {outcome[:110]} | {wall:.2f} | {peak:.0f} |")


if __name__ == "__main__":
    main()
