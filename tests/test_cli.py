"""The command line: exit codes, files written, one-line errors, help for every command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import chronik.cli
from chronik.cli import cli
from chronik.registry import EXPORTERS

from .conftest import DATA, ROOT, SEED


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a subprocess (so exit codes and stderr are real)."""
    return subprocess.run(
        [sys.executable, "-m", "chronik", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=60
    )


def test_export_default_writes_every_format(tmp_path: Path) -> None:
    """``chronik export`` with no timeline writes the Wegner exports in every format; ICS omissions are counted."""
    result = run("export", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = {p.name for p in tmp_path.iterdir()}
    assert {"wegner-usa-2024.ics", "wegner-usa-2024.json", "wegner-usa-2024.md"} <= names
    assert len(names) == len(EXPORTERS.names())
    assert "ics: 8 entries left out (undated, or no single day or time;" in result.stderr
    assert (tmp_path / "wegner-usa-2024.ics").read_bytes().count(b"\r\n") > 10


def test_export_formats_and_language(tmp_path: Path) -> None:
    """--format picks formats; --lang en writes <name>.en.md beside the German default."""
    result = run("export", str(SEED), "--format", "md", "--lang", "en", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["wegner-usa-2024.en.md"]
    assert "Date not reported" in (tmp_path / "wegner-usa-2024.en.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", ["wrong_date.yaml", "unknown_field.yaml", "dangling_constraint.yaml", "broken_yaml.yaml", "binary.yaml"]
)
def test_bad_input_is_one_line_and_exit_1(name: str, tmp_path: Path) -> None:
    """Bad files give exactly one line on stderr naming file:line, exit 1, and write nothing."""
    path = DATA / "invalid" / name
    result = run("export", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{path}:")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_usage_errors_exit_2() -> None:
    """Unknown options and formats are usage errors (exit 2)."""
    assert run("export", "--nope").returncode == 2
    assert run("frobnicate").returncode == 2


def test_unknown_format_is_a_usage_error_with_the_list(tmp_path: Path) -> None:
    """An unknown --format names the formats there are; exit 2 (usage), nothing created."""
    result = run("export", "--format", "pdf", "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert not (tmp_path / "out").exists()
    assert f"no exporter named 'pdf' (there are: {', '.join(EXPORTERS.names())})" in result.stderr


def test_missing_timeline_file() -> None:
    """A timeline that does not exist is a one-line error."""
    result = run("show", "no/such/file.yaml")
    assert result.returncode == 1
    assert result.stderr.strip() == "no/such/file.yaml: no such file"


def test_show_prints_the_ordered_table() -> None:
    """``chronik show`` lists entries in order with their dates."""
    result = CliRunner().invoke(cli, ["show", "--width", "160"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "1967" in lines[2]
    assert "14. November 2023" in lines[3]
    assert any("November 2024" in line and "Checkpoint" in line for line in lines)


def test_source_date_epoch_sets_dtstamp(tmp_path: Path) -> None:
    """SOURCE_DATE_EPOCH, when set, becomes the ICS DTSTAMP."""
    import os

    env = dict(os.environ, SOURCE_DATE_EPOCH="946684800")
    result = run("export", "--format", "ics", "--out", str(tmp_path), env=env)
    assert result.returncode == 0, result.stderr
    assert "DTSTAMP:20000101T000000Z" in (tmp_path / "wegner-usa-2024.ics").read_text(encoding="utf-8")


def test_failed_write_leaves_previous_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When a file cannot be replaced, the old file stays, no temporary file is left, exit 1."""
    import os as os_module

    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["export", "--format", "md", "--out", str(out)]).exit_code == 0
    before = (out / "wegner-usa-2024.md").read_bytes()

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os_module, "replace", refuse)
    monkeypatch.setattr(sys, "argv", ["chronik", "export", "--format", "md", "--out", str(out)])
    with pytest.raises(SystemExit) as exit_info:
        chronik.cli.main()
    assert exit_info.value.code == 1
    assert (out / "wegner-usa-2024.md").read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["wegner-usa-2024.md"]


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    """--out naming an existing file is a one-line error."""
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    result = run("export", "--out", str(target))
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr


def test_every_command_has_help() -> None:
    """Each command documents itself."""
    runner = CliRunner()
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert command.help, name


def test_readme_documents_every_command() -> None:
    """The README mentions each command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"chronik {name}" in readme, name


def test_lint_command(tmp_path: Path) -> None:
    """``chronik lint`` passes our own export and flags a broken calendar with file:line, exit 1."""
    out = tmp_path / "out"
    assert run("export", "--format", "ics", "--out", str(out)).returncode == 0
    ok = run("lint", str(out / "wegner-usa-2024.ics"))
    assert ok.returncode == 0, ok.stdout
    assert ok.stdout == ""
    bad = tmp_path / "bad.ics"
    bad.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = run("lint", str(bad))
    assert result.returncode == 1
    assert f"{bad}:4: error missing-uid" in result.stdout


def test_import_command(tmp_path: Path) -> None:
    """``chronik import`` writes a timeline file that exports back to the same calendar."""
    out = tmp_path / "out"
    assert run("export", "--format", "ics", "--out", str(out)).returncode == 0
    ics = out / "wegner-usa-2024.ics"
    timeline = tmp_path / "back.yaml"
    result = run("import", str(ics), "--out", str(timeline))
    assert result.returncode == 0, result.stderr
    again = tmp_path / "again"
    assert run("export", str(timeline), "--format", "ics", "--out", str(again)).returncode == 0
    assert (again / "back.ics").read_bytes() == ics.read_bytes()
    assert run("import", str(tmp_path / "missing.ics")).returncode == 1
