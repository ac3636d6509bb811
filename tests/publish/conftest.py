"""Fixtures of the publish tests: a Radicale server with htpasswd authentication, on 127.0.0.1."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "editor"
PASSWORD = "s3cret-Pa55"


@dataclass(frozen=True)
class Server:
    """A running Radicale: its base URL, the user's principal URL, credentials and a password file."""

    url: str
    user: str
    password: str
    password_file: Path
    log: Path

    @property
    def principal(self) -> str:
        return f"{self.url}/{self.user}/"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _alive(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


@contextmanager
def running_radicale(home: Path) -> Iterator[Server]:
    """Radicale on 127.0.0.1 with htpasswd authentication (plain passwords: a test config), stopped on exit."""
    port = _free_port()
    users = home / "users"
    users.write_text(f"{USER}:{PASSWORD}\nother:other-password\n", encoding="utf-8")
    password_file = home / "password"
    password_file.write_text(f"{PASSWORD}\n", encoding="utf-8")
    config = home / "config"
    config.write_text(
        f"""[server]
hosts = 127.0.0.1:{port}

[auth]
type = htpasswd
htpasswd_filename = {users}
htpasswd_encryption = plain
delay = 0

[rights]
type = owner_only

[storage]
filesystem_folder = {home / "collections"}

[web]
type = none

[logging]
level = warning
""",
        encoding="utf-8",
    )
    log = home / "radicale.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=home,
        )
    try:
        deadline = time.monotonic() + 30
        while not _alive(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    f"Radicale did not start on 127.0.0.1:{port} (exit {proc.poll()}):\n"
                    + log.read_text(encoding="utf-8", errors="replace")[-3000:],
                    pytrace=False,
                )
            time.sleep(0.05)
        yield Server(f"http://127.0.0.1:{port}", USER, PASSWORD, password_file, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server per test module; each test publishes into calendars of its own."""
    with running_radicale(tmp_path_factory.mktemp("radicale")) as server:
        yield server
