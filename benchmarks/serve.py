"""``chronik serve`` against Python's ``http.server`` serving the same bytes: requests per second and latency.

Usage::

    .venv/bin/python benchmarks/serve.py                      # 10,000 events, 32 connections, 5 rounds of 3 s
    .venv/bin/python benchmarks/serve.py --quick              # 1 round of 0.5 s per measurement
    .venv/bin/python benchmarks/serve.py --events 2000 --connections 8 --duration 1 --rounds 3

What is measured, for the bundled timeline (``chronik serve`` with no argument) and for a synthetic
timeline of ``--events`` events (``bench.synthetic_timeline``, fixed seed, written as JSON into a
temporary folder and served by a second ``chronik serve FILE``):

- ``GET /<id>.ics`` - the cached feed, plain (``Accept-Encoding: identity``);
- the same with ``If-None-Match`` and its ETag - the ``304`` path;
- the same with ``Accept-Encoding: gzip`` - the cached gzip form.

The reference is ``http.server.ThreadingHTTPServer`` with ``SimpleHTTPRequestHandler`` (HTTP/1.1 so
that connections are kept alive, request logging off) on a folder holding the exact bytes the chronik
server returned: the plain feed, and its gzip form as ``<id>.ics.gz``. ``http.server`` knows no ETags,
so its ``304`` path is asked with ``If-Modified-Since`` (the ``Last-Modified`` it sent).

Every server is a child process on 127.0.0.1 (a free port), waited for until it answers, then sent
one warm-up request (the first request renders the feed). The load generator is another child
process: aiohttp's client with ``--connections`` keep-alive connections sending requests one after
the other for ``--duration`` seconds, timing every request (headers and whole body). On a machine
with two or more CPUs the servers are pinned to CPU 0 and the client to CPU 1. Measurements are
interleaved - reference, chronik, reference, chronik ... - for ``--rounds`` rounds, and the table
shows medians over the rounds. Errors, unexpected statuses and bodies that differ from the expected
bytes (every 20th response is compared, and the first) are counted and printed; all must be 0. The
server's CPU use during a measurement (from ``/proc``) says whether the server or the client was
the limit. Nothing here is a timed assertion.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
#: Every this-many-th response body (and the first) is compared with the expected bytes.
CHECK_EVERY = 20
SOURCE_DATE_EPOCH = "1731196800"
CPU_KEYS = ("server_cpu", "client_cpu", "other_cpu")
SERVER_CPU = 0
CLIENT_CPU = 1


# ---------------------------------------------------------------------------------------------
# The reference server (a child process: ``serve.py --reference FOLDER PORT``)
# ---------------------------------------------------------------------------------------------


def _reference(folder: str, port: int) -> None:
    import functools
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the chronik server does
        disable_nagle_algorithm = True  # TCP_NODELAY, as aiohttp sets it (else 40 ms per small response)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=folder))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with httpd:
        httpd.serve_forever()


# ---------------------------------------------------------------------------------------------
# The load generator (a child process: ``serve.py --client``, one JSON command per line on stdin)
# ---------------------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """The nearest-rank ``p``-th percentile of ``sorted_values`` (nan when there are none)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), round(p / 100 * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


async def _load(command: dict[str, Any]) -> dict[str, Any]:
    import asyncio

    import aiohttp

    url: str = command["url"]
    headers: dict[str, str] = command["headers"]
    want: int = command["status"]
    expected = Path(command["expected"]).read_bytes() if command["expected"] else b""
    connections: int = command["connections"]
    duration: float = command["duration"]
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    errors: dict[str, int] = {}
    mismatches = 0
    checked = 0
    received = 0

    connector = aiohttp.TCPConnector(limit=connections, force_close=False)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(
        connector=connector, timeout=timeout, auto_decompress=False, skip_auto_headers=("Accept-Encoding",)
    ) as session:
        end = time.perf_counter() + duration

        async def worker() -> None:
            nonlocal mismatches, checked, received
            while time.perf_counter() < end:
                t0 = time.perf_counter()
                try:
                    async with session.get(url, headers=headers) as resp:
                        body = await resp.read()
                        status = resp.status
                except (TimeoutError, aiohttp.ClientError, OSError) as err:
                    errors[type(err).__name__] = errors.get(type(err).__name__, 0) + 1
                    continue
                latencies.append(time.perf_counter() - t0)
                received += len(body)
                statuses[str(status)] = statuses.get(str(status), 0) + 1
                if status == 200 and want == 200 and statuses["200"] % CHECK_EVERY == 1:
                    checked += 1
                    mismatches += body != expected

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(connections)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "elapsed": elapsed,
        "p50": percentile(latencies, 50),
        "p99": percentile(latencies, 99),
        "statuses": statuses,
        "errors": errors,
        "checked": checked,
        "mismatches": mismatches,
        "bytes": received,
    }


def _client() -> None:
    import asyncio

    for line in sys.stdin:
        if not line.strip():
            continue
        result = asyncio.run(_load(json.loads(line)))
        print(json.dumps(result), flush=True)


# ---------------------------------------------------------------------------------------------
# Running the servers and the client
# ---------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def pinning() -> bool:
    """Whether servers and client get one CPU each (two CPUs or more, and a system that can pin)."""
    return hasattr(os, "sched_setaffinity") and len(os.sched_getaffinity(0)) >= 2


def _pin(pid: int, cpu: int) -> None:
    if pinning():
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(pid, {cpus[cpu]})


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process ``pid`` and all its threads (Linux ``/proc``), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine_cpu_seconds() -> float | None:
    """CPU time all CPUs spent busy (not idle or waiting) since boot (Linux ``/proc/stat``), else None."""
    try:
        first = Path("/proc/stat").read_text().splitlines()[0].split()
    except (OSError, IndexError):
        return None
    ticks = [int(x) for x in first[1:9]]
    busy = sum(ticks) - ticks[3] - ticks[4]  # less idle and iowait
    return busy / os.sysconf("SC_CLK_TCK")


@dataclass
class Child:
    """A server started by this script."""

    name: str
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start(name: str, argv: list[str], port: int, log: Path) -> Child:
    env = {**os.environ, "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env)
    _pin(proc.pid, SERVER_CPU)
    return Child(name, proc, port, log)


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """One request with urllib (no decompression): status, headers, body."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=300) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers.items()), err.read()


def wait_until_answering(child: Child, path: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if child.proc.poll() is not None:
            raise SystemExit(f"{child.name} stopped (exit {child.proc.returncode}):\n{child.log.read_text()}")
        try:
            get(child.base + path)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"{child.name} did not answer in {timeout:.0f} s:\n{child.log.read_text()}") from None
            time.sleep(0.05)


class Client:
    """The load generator child process, pinned to its own CPU."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--client"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        _pin(self.proc.pid, CLIENT_CPU)

    def run(self, command: dict[str, Any]) -> dict[str, Any]:
        stdin: IO[str] | None = self.proc.stdin
        stdout: IO[str] | None = self.proc.stdout
        assert stdin is not None
        assert stdout is not None
        stdin.write(json.dumps(command) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise SystemExit(f"the load generator stopped (exit {self.proc.wait()})")
        result: dict[str, Any] = json.loads(line)
        return result

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# ---------------------------------------------------------------------------------------------
# The cases
# ---------------------------------------------------------------------------------------------


@dataclass
class Side:
    """One server's request of one case: where, with which headers, what comes back."""

    server: Child
    path: str
    headers: dict[str, str]
    status: int
    expected: Path | None
    runs: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Case:
    label: str
    size: int
    reference: Side
    chronik: Side


def prepare(label: str, ident: str, chronik: Child, reference: Child, folder: Path) -> list[Case]:
    """Warm ``chronik`` up on ``/<ident>.ics``, keep the bytes it returns, and lay them out for ``reference``."""
    path = f"/{ident}.ics"
    status, headers, plain = get(chronik.base + path)  # renders the feed
    if status != 200:
        raise SystemExit(f"{chronik.name}: GET {path} answered {status}:\n{plain[:500]!r}")
    zstatus, zheaders, packed = get(chronik.base + path, {"Accept-Encoding": "gzip"})
    if zstatus != 200 or zheaders.get("Content-Encoding") != "gzip":
        raise SystemExit(f"{chronik.name}: GET {path} with Accept-Encoding: gzip sent no gzip ({zstatus})")
    import gzip

    if gzip.decompress(packed) != plain:
        raise SystemExit(f"{chronik.name}: the gzip form of {path} is not the plain body")
    served = folder / "reference"
    (served / f"{ident}.ics").write_bytes(plain)
    (served / f"{ident}.ics.gz").write_bytes(packed)
    (folder / f"{ident}.ics").write_bytes(plain)
    (folder / f"{ident}.ics.gz").write_bytes(packed)
    etag = headers["ETag"]
    rstatus, rheaders, rbody = get(reference.base + path)
    if rstatus != 200 or rbody != plain:
        raise SystemExit(f"{reference.name}: GET {path} did not return the bytes chronik served")
    since = rheaders["Last-Modified"]
    identity = {"Accept-Encoding": "identity"}
    return [
        Case(
            f"{label} `.ics`",
            len(plain),
            Side(reference, path, identity, 200, folder / f"{ident}.ics"),
            Side(chronik, path, identity, 200, folder / f"{ident}.ics"),
        ),
        Case(
            f"{label} `.ics`, 304",
            0,
            Side(reference, path, {**identity, "If-Modified-Since": since}, 304, None),
            Side(chronik, path, {**identity, "If-None-Match": etag}, 304, None),
        ),
        Case(
            f"{label} `.ics`, gzip",
            len(packed),
            Side(reference, path + ".gz", identity, 200, folder / f"{ident}.ics.gz"),
            Side(chronik, path, {"Accept-Encoding": "gzip"}, 200, folder / f"{ident}.ics.gz"),
        ),
    ]


def measure(client: Client, side: Side, connections: int, duration: float) -> None:
    before = cpu_seconds(side.server.proc.pid)
    client_before = cpu_seconds(client.proc.pid)
    machine_before = machine_cpu_seconds()
    result = client.run(
        {
            "url": side.server.base + side.path,
            "headers": side.headers,
            "status": side.status,
            "expected": str(side.expected) if side.expected else "",
            "connections": connections,
            "duration": duration,
        }
    )
    after = cpu_seconds(side.server.proc.pid)
    client_after = cpu_seconds(client.proc.pid)
    machine_after = machine_cpu_seconds()
    used = after - before if before is not None and after is not None else None
    elapsed = result["elapsed"]
    result["server_cpu"] = used / elapsed if used is not None else None
    client_used = client_after - client_before if client_after is not None and client_before is not None else None
    result["client_cpu"] = client_used / elapsed if client_used is not None else None
    if machine_after is not None and machine_before is not None and used is not None and client_used is not None:
        result["other_cpu"] = max(0.0, (machine_after - machine_before - used - client_used) / elapsed)
    else:
        result["other_cpu"] = None
    result["cpu_per_request"] = used / result["requests"] if used is not None and result["requests"] else None
    side.runs.append(result)


# ---------------------------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------------------------


def sig3(x: float) -> str:
    """``x`` to 3 significant digits (as in ``bench.py``)."""
    from bench import sig3 as bench_sig3

    return bench_sig3(x)


def rate(run: dict[str, Any]) -> float:
    return float(run["requests"] / run["elapsed"]) if run["elapsed"] > 0 else 0.0


def problems(side: Side) -> int:
    """Errors, statuses other than the expected one, and bodies that differ, over all runs of ``side``."""
    total = 0
    for run in side.runs:
        total += sum(run["errors"].values()) + run["mismatches"]
        total += sum(n for status, n in run["statuses"].items() if int(status) != side.status)
        total += run["requests"] == 0
    return total


def _ms(side: Side, key: str) -> str:
    return sig3(statistics.median(run[key] for run in side.runs) * 1000)


def _cpu(side: Side, key: str = "server_cpu") -> str:
    values = [run[key] for run in side.runs if run[key] is not None]
    return f"{statistics.median(values) * 100:.0f}" if values else "-"


def _cpu_per_request(side: Side) -> float | None:
    values = [run["cpu_per_request"] for run in side.runs if run["cpu_per_request"] is not None]
    return statistics.median(values) if values else None


def _us(seconds: float | None) -> str:
    return sig3(seconds * 1e6) if seconds is not None else "-"


def _size(n: int) -> str:
    if n == 0:
        return "0 (304)"
    if n >= 2**20:
        return f"{n / 2**20:.1f} MiB"
    return f"{n / 2**10:.1f} KiB"


def report(cases: Sequence[Case], args: argparse.Namespace, events: int, revision: str) -> str:
    import aiohttp

    pinned = (
        f"servers pinned to CPU {SERVER_CPU}, the load generator to CPU {CLIENT_CPU}"
        if pinning()
        else "nothing pinned (fewer than 2 CPUs available)"
    )
    lines = [
        f"# chronik serve benchmark - {revision}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {os.cpu_count()} CPUs, {platform.system()} {platform.machine()}, "
        f"aiohttp {aiohttp.__version__}",
        "",
        f"{pinned}; aiohttp client, {args.connections} keep-alive connections, {sig3(args.duration)} s per "
        f"measurement, {args.rounds} round(s) interleaved (reference, chronik, ...); medians over the rounds. "
        f"Reference: `http.server` (`ThreadingHTTPServer` + `SimpleHTTPRequestHandler`, HTTP/1.1) serving the "
        f"bytes chronik returned; its 304 is asked with `If-Modified-Since` (it has no ETags), chronik's with "
        f"`If-None-Match`. Synthetic timeline: `bench.synthetic_timeline({events})`, served from JSON.",
        "",
        "| request | body | reference req/s | chronik req/s | chronik ÷ reference | reference p50 / p99 ms "
        "| chronik p50 / p99 ms | server CPU µs per request ref / chronik | chronik ÷ reference, CPU per request "
        "| CPU busy ref/chronik: server · client · other processes | errors ref / chronik |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for case in cases:
        ref = statistics.median(rate(r) for r in case.reference.runs)
        chk = statistics.median(rate(r) for r in case.chronik.runs)
        ratio = f"{chk / ref:.2f}x" if ref > 0 else "n/a"
        ref_cpu, chk_cpu = _cpu_per_request(case.reference), _cpu_per_request(case.chronik)
        cpu_ratio = f"{chk_cpu / ref_cpu:.2f}x" if ref_cpu and chk_cpu is not None else "n/a"
        lines.append(
            f"| {case.label} | {_size(case.size)} | {sig3(ref)} | {sig3(chk)} | {ratio} "
            f"| {_ms(case.reference, 'p50')} / {_ms(case.reference, 'p99')} "
            f"| {_ms(case.chronik, 'p50')} / {_ms(case.chronik, 'p99')} "
            f"| {_us(ref_cpu)} / {_us(chk_cpu)} | {cpu_ratio} "
            f"| {' · '.join(_cpu(case.reference, k) + '/' + _cpu(case.chronik, k) for k in CPU_KEYS)} % "
            f"| {problems(case.reference)} / {problems(case.chronik)} |"
        )
    lines += [
        "",
        "CPU busy is CPU seconds per second of the measurement: the server (all threads), the load generator, "
        "and every other process on the machine (from `/proc`); a server below 100 % while the client is near "
        "100 % was waiting for the client, and other processes' load takes CPU from both. The server CPU per "
        "request is each server's own cost, whoever was the limit.",
    ]
    total = sum(problems(side) for case in cases for side in (case.reference, case.chronik))
    requests = sum(run["requests"] for case in cases for side in (case.reference, case.chronik) for run in side.runs)
    checked = sum(run["checked"] for case in cases for side in (case.reference, case.chronik) for run in side.runs)
    lines += [
        "",
        f"Requests: {requests:,}; bodies compared with the expected bytes: {checked:,}; "
        f"errors, unexpected statuses and differing bodies: {total}.",
    ]
    details = [
        f"- {case.label}, {name}: statuses {run['statuses']}, errors {run['errors']}, {run['mismatches']} differing"
        for case in cases
        for name, side in (("reference", case.reference), ("chronik", case.chronik))
        for run in side.runs
        if problems(Side(side.server, side.path, side.headers, side.status, side.expected, [run]))
    ]
    if details:
        lines += ["", "Problems:", "", *details]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--duration", type=float, help="seconds per measurement (default 3; 0.5 with --quick)")
    parser.add_argument("--rounds", type=int, help="rounds of interleaved measurements (default 5; 1 with --quick)")
    parser.add_argument("--connections", type=int, default=32, help="concurrent keep-alive connections (32)")
    parser.add_argument("--events", type=int, default=10_000, help="events of the synthetic timeline (10000)")
    parser.add_argument("--quick", action="store_true", help="short measurements, one round")
    args = parser.parse_args(argv)
    if args.duration is None:
        args.duration = 0.5 if args.quick else 3.0
    if args.rounds is None:
        args.rounds = 1 if args.quick else 5
    if args.duration <= 0 or args.rounds < 1 or args.connections < 1 or args.events < 1:
        parser.error("--duration, --rounds, --connections and --events must be positive")
    return args


def run(args: argparse.Namespace) -> tuple[list[Case], str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench import revision, synthetic_timeline

    children: list[Child] = []
    client: Client | None = None
    with tempfile.TemporaryDirectory(prefix="chronik-serve-bench-") as tmp:
        folder = Path(tmp)
        (folder / "reference").mkdir()
        data = synthetic_timeline(args.events)
        synthetic = folder / f"{data['id']}.json"
        synthetic.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        chronik = [sys.executable, "-m", "chronik", "serve", "--host", "127.0.0.1", "--port"]
        try:
            port = free_port()
            children.append(start("chronik serve", [*chronik, str(port)], port, folder / "bundled.log"))
            port = free_port()
            children.append(
                start(
                    f"chronik serve {synthetic.name}",
                    [*chronik, str(port), str(synthetic)],
                    port,
                    folder / "synthetic.log",
                )
            )
            port = free_port()
            argv = [sys.executable, __file__, "--reference", str(folder / "reference"), str(port)]
            children.append(start("http.server", argv, port, folder / "reference.log"))
            for child in children:
                wait_until_answering(child, "/favicon.ico")
            bundled, synth, reference = children
            t0 = time.perf_counter()
            cases = prepare("bundled timeline", "wegner-usa-2024", bundled, reference, folder)
            cases += prepare(f"{args.events:,} events", str(data["id"]), synth, reference, folder)
            print(f"servers ready, feeds rendered in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
            client = Client()
            for r in range(args.rounds):
                for case in cases:
                    for side in (case.reference, case.chronik):
                        measure(client, side, args.connections, args.duration)
                print(f"round {r + 1} of {args.rounds} done", file=sys.stderr, flush=True)
        finally:
            if client is not None:
                client.stop()
            for child in children:
                child.stop()
        shutil.rmtree(folder / "reference", ignore_errors=True)
    return cases, revision()


def main(argv: Sequence[str] | None = None) -> None:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--client"]:
        _client()
        return
    if args_list[:1] == ["--reference"]:
        _reference(args_list[1], int(args_list[2]))
        return
    args = parse_args(args_list)
    cases, revision = run(args)
    text = report(cases, args, args.events, revision)
    print(text, end="")
    if sum(problems(side) for case in cases for side in (case.reference, case.chronik)):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
