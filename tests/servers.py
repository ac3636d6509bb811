"""What the tests that start servers share: a free port, a child process that answers before it is
used, Radicale's configuration, and vdirsyncer."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def port_open(port: int, timeout: float = 1.0) -> bool:
    """Whether something accepts connections on 127.0.0.1:``port``."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


@contextmanager
def spawned(
    command: Sequence[str], cwd: Path, log: Path, ready: Callable[[], bool], what: str
) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` running with its output in ``log``, once ``ready()`` (30 s at most; else the test
    fails with the log's end); stopped on exit (terminated, killed after 10 s)."""
    with log.open("wb") as out:
        proc = subprocess.Popen(list(command), stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
    try:
        deadline = time.monotonic() + 30
        while not ready():
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(
                    f"{what} did not start (exit {proc.poll()}):\n"
                    + log.read_text(encoding="utf-8", errors="replace")[-3000:],
                    pytrace=False,
                )
            time.sleep(0.05)
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def radicale_command(home: Path, port: int, auth: str) -> list[str]:
    """Radicale on 127.0.0.1:``port`` with its storage in ``home`` and the ``[auth]`` section ``auth``."""
    config = home / "config"
    config.write_text(
        f"""[server]
hosts = 127.0.0.1:{port}

[auth]
{auth}

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
    return [sys.executable, "-m", "radicale", "--config", str(config)]


def vdirsyncer(config: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> None:
    """``vdirsyncer -c config ARGS``, which must succeed (the one installed beside this interpreter)."""
    found = Path(sys.executable).parent / "vdirsyncer"
    if not found.is_file():
        pytest.fail(f"vdirsyncer is not installed next to {sys.executable} (pip install vdirsyncer)", pytrace=False)
    proc = subprocess.run(
        [str(found), "-c", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        input="",
        check=False,
    )
    assert proc.returncode == 0, f"vdirsyncer {' '.join(args)}: {proc.stdout}{proc.stderr}"
