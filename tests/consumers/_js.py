"""Runs the node scripts under tests/interop/node (the real consumers of the text formats).

The scripts need the pinned packages of tests/interop/node/package.json (``npm ci`` there). Where
they are not installed the tests are skipped with that reason; CI installs them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

NODE_DIR = Path(__file__).resolve().parents[1] / "interop" / "node"


def need(package: str) -> None:
    """Skip the calling test when node or the package is not installed."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    if not (NODE_DIR / "node_modules" / package / "package.json").exists():
        pytest.skip(f"{package} is not installed: run 'npm ci' in tests/interop/node")


def run(script: str, *args: str) -> Any:
    """The JSON the script prints; its stderr when it fails."""
    proc = subprocess.run(
        ["node", str(NODE_DIR / script), *args], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, f"{script} failed: {proc.stderr.strip()}"
    return json.loads(proc.stdout)
