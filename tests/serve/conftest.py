"""A real ``chronik serve`` on 127.0.0.1, started and stopped by the tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from chronik import api
from tests.servers import free_port, port_open


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


@dataclass
class Server:
    url: str
    proc: subprocess.Popen[bytes]
    log: Path
    folder: Path

    def get(self, path: str, headers: dict[str, str] | None = None, method: str = "GET") -> Response:
        request = urllib.request.Request(self.url + path, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                return Response(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
        except urllib.error.HTTPError as err:
            return Response(err.code, {k.lower(): v for k, v in err.headers.items()}, err.read())

    def logged(self) -> str:
        return self.log.read_text(encoding="utf-8")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


def start(args: list[str], folder: Path, env: dict[str, str] | None = None) -> Server:
    """``chronik serve ARGS`` on a free port of 127.0.0.1, answering."""
    port = free_port()
    log = folder / f"serve-{port}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "chronik", "serve", "--port", str(port), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=folder,
            env={**os.environ, **(env or {})},
        )
    server = Server(f"http://127.0.0.1:{port}", proc, log, folder)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"chronik serve ended (exit {proc.returncode}):\n{server.logged()}")
        if port_open(port, timeout=0.5):
            return server
        time.sleep(0.05)
    server.stop()
    raise AssertionError(f"chronik serve did not answer on port {port}:\n{server.logged()}")


@pytest.fixture
def timeline_file(tmp_path: Path) -> Path:
    """A copy of the bundled timeline in a folder of its own (its history is written beside it)."""
    target = tmp_path / "wegner.yaml"
    shutil.copyfile(api.default_timeline(), target)
    return target


@pytest.fixture
def server(timeline_file: Path) -> Iterator[Server]:
    running = start([str(timeline_file)], timeline_file.parent, {"SOURCE_DATE_EPOCH": "1731196800"})
    yield running
    running.stop()
