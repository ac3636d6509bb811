"""Every exporter on every sample timeline (and the seed) matches its golden file byte for byte.

Run ``pytest --update-golden`` to rewrite the files after a deliberate change, and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import chronik
from chronik.registry import EXPORTERS

from ..conftest import DATA, GOLDEN, SEED

CASES = {p.stem: p for p in sorted((DATA / "timelines").glob("*.yaml"))} | {"seed": SEED}


@pytest.mark.parametrize("name", EXPORTERS.names())
@pytest.mark.parametrize("case", sorted(CASES))
def test_golden(case: str, name: str, update_golden: bool) -> None:
    """The export equals tests/golden/<case>/<exporter><suffix>."""
    rendered = chronik.render(chronik.load(CASES[case]), name)
    golden = GOLDEN / case / f"{name}{rendered.suffix}"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(rendered.text.encode("utf-8"))
    assert golden.exists(), f"no golden file {golden}; run pytest --update-golden"
    assert rendered.text.encode("utf-8") == golden.read_bytes()


@pytest.mark.parametrize("name", EXPORTERS.names())
@pytest.mark.parametrize("case", sorted(CASES))
def test_exports_are_deterministic(case: str, name: str) -> None:
    """Loading and exporting twice gives the same bytes."""
    a = chronik.dumps(chronik.load(CASES[case]), name)
    b = chronik.dumps(chronik.load(CASES[case]), name)
    assert a == b


@pytest.mark.parametrize("lang", ["de", "en"])
def test_markdown_in_both_languages(lang: str, update_golden: bool) -> None:
    """The seed chronology in German and in English matches its golden file."""
    text = chronik.dumps(chronik.load(SEED), "md", language=lang)
    golden = GOLDEN / "seed" / f"md.{lang}.md"
    if update_golden:
        golden.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == Path(golden).read_bytes()


def test_same_bytes_across_processes(tmp_path: Path) -> None:
    """Exports do not depend on hash randomisation: two processes with different seeds agree."""
    import os
    import subprocess
    import sys

    script = (
        "import sys, chronik\n"
        "for p in sys.argv[1:]:\n"
        "    tl = chronik.load(p)\n"
        "    for n in chronik.EXPORTERS.names():\n"
        "        sys.stdout.write(chronik.dumps(tl, n))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        args = [sys.executable, "-c", script, *map(str, CASES.values())]
        outputs.append(subprocess.run(args, capture_output=True, env=env, check=True, timeout=120).stdout)
    assert outputs[0] == outputs[1]
