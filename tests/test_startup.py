"""Start-up: each command imports only what it uses (a behaviour test, not a timed one).

Each case runs the real CLI in a fresh interpreter and reports which modules it loaded. ``--help``,
``--version`` and shell completion load click and nothing of chronik's model, readers or exporters;
``show`` reads YAML and orders, without any exporter, the ICS library or arrow; ``export --format md``
loads the Markdown exporter alone. The CLI's static option values must equal the registries'.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import arrow.locales
import pytest

import chronik
from chronik import cli, humanize
from chronik.exporters._ics import DEFAULT_PRODID
from chronik.registry import EXPORTERS, READERS

#: What the subprocess prints: the modules loaded after the command ran, as JSON on the last line.
_PROBE = """
import json, sys
sys.argv = ["chronik", *sys.argv[1:]]
from chronik.cli import main
try:
    main()
except SystemExit:
    pass
print(json.dumps(sorted(sys.modules)))
"""

HEAVY = ("pydantic", "pydantic_core", "yaml", "arrow", "icalendar", "dateutil", "recurring_ical_events")


def loaded(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> set[str]:
    """The modules ``chronik ARGS`` loaded in a fresh interpreter."""
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        check=True,
    )
    modules: list[str] = json.loads(result.stdout.splitlines()[-1])
    return set(modules)


def under(modules: set[str], *packages: str) -> set[str]:
    """The modules in ``modules`` that are one of ``packages`` or inside one."""
    return {m for m in modules if any(m == p or m.startswith(f"{p}.") for p in packages)}


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["export", "--help"], ["extract", "--help"]])
def test_help_and_version_load_nothing_heavy(args: list[str]) -> None:
    """``--help`` and ``--version`` load click and chronik's command module: no model, reader or exporter."""
    modules = loaded(*args)
    assert under(modules, *HEAVY) == set()
    assert under(modules, "chronik") == {"chronik", "chronik.cli"}


def test_shell_completion_loads_nothing_heavy() -> None:
    """click's shell completion (``_CHRONIK_COMPLETE``) offers choices without loading a format."""
    env = {"_CHRONIK_COMPLETE": "bash_complete", "COMP_WORDS": "chronik export --lang ", "COMP_CWORD": "3"}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, env={**os.environ, **env}
    )
    *completions, last = result.stdout.splitlines()
    assert completions == ["plain,de", "plain,en"]
    modules = set(json.loads(last))
    assert under(modules, *HEAVY) == set()
    assert under(modules, "chronik") == {"chronik", "chronik.cli"}


def test_show_loads_no_exporter(tmp_path: Path) -> None:
    """``show`` loads the model, the YAML reader and the ordering: no exporter, ICS library or arrow."""
    modules = loaded("show", "--width", "100")
    assert {"chronik.model", "chronik.readers._yaml", "chronik.ordering"} <= modules
    assert under(modules, "chronik.exporters", "icalendar", "arrow", "dateutil", "recurring_ical_events") == set()
    assert "chronik.readers._ics" not in modules


def test_markdown_export_loads_only_its_exporter(tmp_path: Path) -> None:
    """``export --format md`` loads the Markdown exporter and no other, nor the ICS library or arrow."""
    modules = loaded("export", "--format", "md", "--out", str(tmp_path))
    assert (tmp_path / "wegner-usa-2024.md").is_file()
    exporters = {m for m in under(modules, "chronik.exporters") if m.count(".") == 2}
    assert exporters == {"chronik.exporters._markdown", "chronik.exporters._markup", "chronik.exporters._sections"}
    assert under(modules, "icalendar", "arrow", "dateutil", "recurring_ical_events") == set()


def test_the_cli_static_values_are_the_registries() -> None:
    """The choices ``--help`` shows without loading a format are the registered ones."""
    assert list(cli.FORMATS) == EXPORTERS.names()
    assert cli.LANGUAGES == humanize.LANGUAGES
    assert cli.DEFAULT_PRODID == DEFAULT_PRODID


def test_month_and_day_names_are_arrows() -> None:
    """humanize's own tables hold the names arrow's locales give (so no output byte changed)."""
    for language in humanize.LANGUAGES:
        locale = arrow.locales.get_locale(language)
        assert list(humanize._MONTH_NAMES[language]) == locale.month_names
        assert list(humanize._DAY_NAMES[language]) == locale.day_names


def test_lazy_registrations_match_their_classes() -> None:
    """Every format registered by name imports as a class of that name and those suffixes."""
    for registry in (READERS, EXPORTERS):
        for name in registry.names():
            assert registry.get(name).name == name  # _resolve checks the suffixes too


def test_public_names_load_on_first_use() -> None:
    """``import chronik`` is cheap; its names load when used, and ``from chronik import load`` works."""
    modules = loaded("--version")
    assert "chronik.api" not in modules
    from chronik import load

    assert load is chronik.api.load
    with pytest.raises(AttributeError):
        chronik.no_such_name  # noqa: B018


def test_a_calendar_of_days_loads_no_ics_library(tmp_path: Path) -> None:
    """The bundled timeline has no local times: its calendar is written without loading icalendar."""
    modules = loaded("export", "--format", "ics", "--out", str(tmp_path))
    assert (tmp_path / "wegner-usa-2024.ics").is_file()
    assert under(modules, "icalendar", "arrow", "dateutil", "recurring_ical_events") == set()
