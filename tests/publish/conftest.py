"""Fixtures of the publish tests: a Radicale server with htpasswd authentication, on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from ..servers import free_port, port_open, radicale_command, spawned

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


@contextmanager
def running_radicale(home: Path) -> Iterator[Server]:
    """Radicale on 127.0.0.1 with htpasswd authentication (plain passwords: a test config), stopped on exit."""
    port = free_port()
    users = home / "users"
    users.write_text(f"{USER}:{PASSWORD}\nother:other-password\n", encoding="utf-8")
    password_file = home / "password"
    password_file.write_text(f"{PASSWORD}\n", encoding="utf-8")
    auth = f"type = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\ndelay = 0"
    log = home / "radicale.log"
    command = radicale_command(home, port, auth)
    with spawned(command, home, log, lambda: port_open(port), f"Radicale on 127.0.0.1:{port}"):
        yield Server(f"http://127.0.0.1:{port}", USER, PASSWORD, password_file, log)


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server per test module; each test publishes into calendars of its own."""
    with running_radicale(tmp_path_factory.mktemp("radicale")) as server:
        yield server
