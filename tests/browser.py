"""Headless Chromium for the tests: run a page, read what it logged and the DOM it ended with.

Used by the HTML page test and by the consumer tests of TimelineJS and JSON-LD. Chromium runs with
a fresh profile, no background networking and every host name resolving nowhere (only 127.0.0.1 is
reachable), so a page that tries to load anything from the network fails visibly instead of
waiting. Its console goes to stderr (``--enable-logging``), where :func:`page_console_messages`
finds it.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
NODE_DIR = Path(__file__).parent / "interop" / "node"
NODE_MODULES = NODE_DIR / "node_modules"

_CONSOLE = re.compile(r':CONSOLE[:(]\d*\)?\] "(?P<message>.*)", source: (?P<source>\S*) \(\d+\)$')


def need_chromium() -> None:
    """Skip (locally) or fail (in CI) when Chromium is missing."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: apt-get install -y chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (install it: apt-get update && apt-get install -y chromium)")


def need_node_module(name: str) -> Path:
    """``tests/interop/node/node_modules/<name>``; skip locally, fail in CI, when ``npm ci`` was not run."""
    path = NODE_MODULES / name
    if not (path / "package.json").is_file():
        message = f"{name} is not installed: cd tests/interop/node && npm ci"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def page_console_messages(stderr: str, page_uri: str) -> list[str]:
    """What pages under ``page_uri`` logged to the console (Chromium writes it to stderr).

    Uncaught errors are kept wherever they come from.
    """
    out = []
    for line in stderr.splitlines():
        m = _CONSOLE.search(line)
        if (m and m["source"].startswith(page_uri)) or "Uncaught" in line:
            out.append(line)
    return out


def chromium(url: str, tmp: Path, *mode: str, budget_ms: int = 0) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium on ``url`` once (``mode``: ``--dump-dom``, ``--screenshot=…``).

    ``budget_ms`` lets the page's scripts and timers run that long (virtual time) before the DOM is
    dumped.
    """
    profile = tmp / f"profile-{mode[0].strip('-').split('=')[0]}"
    command = [
        str(CHROMIUM),
        *("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"),
        *("--disable-background-networking", "--disable-component-update", "--disable-sync"),
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        f"--user-data-dir={profile}",
        *("--enable-logging=stderr", "--v=0", "--window-size=420,2000"),
        *((f"--virtual-time-budget={budget_ms}",) if budget_ms else ()),
        *mode,
        url,
    ]
    env = dict(os.environ, HOME=str(tmp))
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env, check=False)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """``folder`` over HTTP on 127.0.0.1 (symbolic links followed); yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
