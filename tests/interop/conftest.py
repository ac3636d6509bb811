"""Fixtures of the interop suite: the exports under test, ical.js via node, a Radicale server, khal.

Every test in this folder carries the ``interop`` marker (``pytest -m interop`` runs only them,
``pytest -m "not interop"`` skips them). Nothing is skipped when a client is missing: a missing
client is a failure that says what to install.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import chronik
from chronik.model import Timeline

from ..conftest import DATA, SEED
from ..servers import free_port, radicale_command, spawned
from .clients import (
    NODE_DIR,
    CalendarObjects,
    Radicale,
    Seen,
    export,
    ical_client,
    icalendar_client,
    icaljs_client,
    khal_bin,
    khal_client,
    radicale_client,
    vobject_client,
)

HERE = Path(__file__).parent

#: The timelines whose exports every client must read: the seed, the shared sample timelines and
#: the interop timelines (DST days, odd zones, far years, text that needs escaping and folding).
CASES: dict[str, Path] = {
    p.stem: p for p in [SEED, *sorted((DATA / "timelines").glob("*.yaml")), *sorted((DATA / "interop").glob("*.yaml"))]
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "interop: reads chronik's ICS exports with six real clients (icalendar, ical, vobject, "
        "ical.js, Radicale, khal)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.interop)


# --- the exports ----------------------------------------------------------------------------------


@dataclass
class Export:
    name: str
    timeline: Timeline
    path: Path


@dataclass
class Exports:
    """Each case exported once per session, written byte for byte to a temporary folder."""

    folder: Path
    done: dict[str, Export] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Export:
        if name not in self.done:
            timeline = chronik.load(CASES[name])
            path = self.folder / f"{name}.ics"
            path.write_bytes(export(timeline).encode("utf-8"))
            self.done[name] = Export(name, timeline, path)
        return self.done[name]


@pytest.fixture(scope="session")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Exports:
    return Exports(tmp_path_factory.mktemp("exports"))


# --- ical.js --------------------------------------------------------------------------------------


def _pinned_icaljs() -> str:
    manifest = json.loads((NODE_DIR / "package.json").read_text(encoding="utf-8"))
    version: str = manifest["dependencies"]["ical.js"]
    return version


@pytest.fixture(scope="session")
def icaljs() -> Path:
    """``tests/interop/node`` with ical.js installed (``npm ci`` once when node_modules is missing)."""
    if shutil.which("node") is None:
        pytest.fail(
            "ical.js interop needs node (v18+) on PATH; on Debian: apt-get install -y nodejs npm", pytrace=False
        )
    installed = NODE_DIR / "node_modules" / "ical.js" / "package.json"
    if not installed.is_file():
        npm = shutil.which("npm")
        if npm is None:
            pytest.fail(
                f"{NODE_DIR}/node_modules is missing and npm is not on PATH; run: cd tests/interop/node && npm ci",
                pytrace=False,
            )
        proc = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if proc.returncode != 0 or not installed.is_file():
            pytest.fail(
                f"`npm ci` in {NODE_DIR} failed (exit {proc.returncode}); ical.js cannot be installed:\n"
                f"{proc.stderr[-3000:]}",
                pytrace=False,
            )
    version = json.loads(installed.read_text(encoding="utf-8"))["version"]
    if version != _pinned_icaljs():
        pytest.fail(
            f"node_modules has ical.js {version}, package.json pins {_pinned_icaljs()}: "
            "run `cd tests/interop/node && npm ci`",
            pytrace=False,
        )
    return NODE_DIR


# --- Radicale -------------------------------------------------------------------------------------


@contextmanager
def running_radicale(home: Path) -> Iterator[Radicale]:
    """A Radicale CalDAV server on 127.0.0.1 (filesystem storage in ``home``, no auth), stopped on exit."""
    port = free_port()
    log = home / "radicale.log"
    server = Radicale("127.0.0.1", port, log=log)
    command = radicale_command(home, port, "type = none")
    with spawned(command, home, log, server.alive, f"Radicale on 127.0.0.1:{port}"):
        yield server


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    """The session's Radicale server: every export is stored, fetched and listed through it."""
    with running_radicale(tmp_path_factory.mktemp("radicale")) as server:
        yield server


@pytest.fixture
def fresh_radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A Radicale server of its own (Radicale's vobject keeps the first VTIMEZONE per TZID it sees)."""
    with running_radicale(tmp_path) as server:
        yield server


# --- khal -----------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def khal_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """HOME for khal: one config, vdir calendar and database per case are created inside it."""
    if not khal_bin().is_file():
        pytest.fail(f"khal is not installed next to {sys.executable} (pip install khal)", pytrace=False)
    return tmp_path_factory.mktemp("khal")


# --- what each client read, once per session ------------------------------------------------------


@dataclass
class Readings:
    """Each (case, client) read once; a failure is kept and raised again for every test that asks."""

    exports: Exports
    results: dict[tuple[str, str], list[Seen] | BaseException] = field(default_factory=dict)
    stored: dict[str, CalendarObjects] = field(default_factory=dict)

    def _read(self, request: pytest.FixtureRequest, case: str, client: str) -> list[Seen]:
        path = self.exports[case].path
        if client == "icalendar":
            return icalendar_client(path)
        if client == "ical":
            return ical_client(path)
        if client == "vobject":
            return vobject_client(path)
        if client == "icaljs":
            request.getfixturevalue("icaljs")
            return icaljs_client(path)
        if client == "radicale":
            records, self.stored[case] = radicale_client(request.getfixturevalue("radicale"), path, case)
            return records
        if client == "khal":
            return khal_client(request.getfixturevalue("khal_home"), path, case)
        raise KeyError(client)

    def get(self, request: pytest.FixtureRequest, case: str, client: str) -> list[Seen]:
        """What ``client`` read from the export of ``case``; the client's fixtures come from ``request``."""
        key = (case, client)
        if key not in self.results:
            try:
                self.results[key] = self._read(request, case, client)
            except Exception as exc:
                self.results[key] = exc
        result = self.results[key]
        if isinstance(result, BaseException):
            raise result
        return result


@pytest.fixture(scope="session")
def readings(exports: Exports) -> Readings:
    return Readings(exports)
