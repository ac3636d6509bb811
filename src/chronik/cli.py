"""The ``chronik`` command: parse arguments, call :mod:`chronik.api`, print. Nothing else.

Exit codes: 0 ok, 1 bad input (one line per problem, naming file:line: field), 2 usage.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__, api
from .dates import zone
from .errors import ChronikError
from .exporters._ics import DEFAULT_PRODID
from .humanize import LANGUAGES
from .registry import EXPORTERS
from .schema import json_schema_text
from .table import render_table
from .writers import timeline_to_yaml

_F = TypeVar("_F", bound=Callable[..., Any])
TIMELINE = click.argument("timeline", required=False, type=click.Path(dir_okay=False, path_type=Path))
LANG = click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the output (default: the timeline's).")


def _source_date_epoch() -> datetime | None:
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return None
    try:
        return datetime.fromtimestamp(int(raw), tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise click.UsageError(f"SOURCE_DATE_EPOCH={raw!r} is not a whole number of seconds") from None


def _out_file(what: str) -> Callable[[_F], _F]:
    """The ``--out FILE`` option of commands that print a file unless told where to write it."""
    return click.option(
        "--out",
        "-o",
        "out",
        type=click.Path(dir_okay=False, path_type=Path),
        help=f"Write {what} here (default: print it).",
    )


def _emit(text: str, out: Path | None) -> None:
    """Print ``text``, or write it atomically to ``out`` and say so on stderr."""
    if out is None:
        click.echo(text, nl=False)
    else:
        api.write_text(out, text)
        click.echo(f"wrote {out}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chronik")
def cli() -> None:
    """chronik: ordered, sourced timelines from what was reported, exported as ICS, Markdown and JSON."""


@cli.command()
@TIMELINE
@click.option(
    "--format",
    "-f",
    "formats",
    default="all",
    show_default=True,
    help=f"Comma-separated formats, or 'all' ({', '.join(EXPORTERS.names())}).",
)
@click.option(
    "--out",
    "-o",
    "out_dir",
    default="exports",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write into.",
)
@LANG
@click.option("--domain", default="chronik.invalid", show_default=True, help="Domain part of ICS UIDs.")
@click.option("--prodid", default=DEFAULT_PRODID, show_default=True, help="ICS PRODID.")
@click.option(
    "--partial/--no-partial",
    default=False,
    help="ICS: show month, year and undated-but-bounded entries as labelled all-day spans.",
)
@click.option(
    "--date-style",
    type=click.Choice(["dmy", "mdy"]),
    default="dmy",
    show_default=True,
    help="English dates in the chronology: '8 November 2024' (dmy) or 'November 8, 2024' (mdy).",
)
@click.option(
    "--weekday", is_flag=True, help="Chronology: write the weekday before days ('Sonntag, 10. November 2024')."
)
@click.option("--mermaid", is_flag=True, help="Chronology: add a Mermaid timeline block (GitHub renders it).")
@click.option(
    "--findings", is_flag=True, help="Chronology and HTML page: add the findings of 'chronik check' (for editors)."
)
def export(
    timeline: Path | None,
    formats: str,
    out_dir: Path,
    lang: str | None,
    domain: str,
    prodid: str,
    partial: bool,
    date_style: str,
    weekday: bool,
    mermaid: bool,
    findings: bool,
) -> None:
    """Export TIMELINE (default: the bundled Wegner timeline) into OUT as <name>.<suffix>.

    The files are written atomically; ICS entries that cannot be shown as a day or a time are
    listed on stderr.
    """
    path = timeline or api.default_timeline()
    tl = api.load(path)
    wanted = api.formats_from(formats, EXPORTERS.names())
    options: dict[str, dict[str, Any]] = {name: {"language": lang} for name in wanted}
    options.setdefault("ics", {}).update(domain=domain, prodid=prodid, partial=partial, stamp=_source_date_epoch())
    options.setdefault("md", {}).update(style=date_style, weekday=weekday, mermaid=mermaid, findings=findings)
    options.setdefault("html", {}).update(findings=findings)
    infix = f".{lang}" if lang and lang != tl.language else ""
    for target, rendered in api.write_exports(tl, wanted, out_dir, path.stem, options, infix):
        for note in rendered.notes:
            click.echo(note, err=True)
        click.echo(f"wrote {target}")


@cli.command()
@TIMELINE
@LANG
@click.option("--width", type=click.IntRange(40, 1000), default=None, help="Table width (default: terminal).")
def show(timeline: Path | None, lang: str | None, width: int | None) -> None:
    """Print TIMELINE (default: the bundled one) in order as a table."""
    tl = api.load(timeline or api.default_timeline())
    click.echo(render_table(tl, lang, width or shutil.get_terminal_size().columns), nl=False)


@cli.command("check")
@TIMELINE
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
def check_command(timeline: Path | None, as_json: bool, strict: bool) -> None:
    """Check TIMELINE for contradictions and missing support; exit 1 on errors.

    Each finding names its severity, the entries and the sources involved, so both readings of
    a contradiction can be weighed. Quotes are checked against each source's local file.
    """
    path = timeline or api.default_timeline()
    _, findings = api.check_file(path)
    if as_json:
        click.echo(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for finding in findings:
            click.echo(f"{path}: {finding.render()}")
        counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
        plural = {"error": "errors", "warning": "warnings", "info": "info"}
        click.echo(", ".join(f"{n} {s if n == 1 else plural[s]}" for s, n in counts.items()), err=True)
    failing = {"error", "warning"} if strict else {"error"}
    if any(f.severity in failing for f in findings):
        sys.exit(1)


@cli.command("lint")
@click.argument("ics_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
def lint_command(ics_file: Path, strict: bool) -> None:
    """Check any .ics file for what breaks in calendar clients; exit 1 on errors.

    Each finding names the line, what breaks in which client, and how to fix it.
    """
    findings = api.lint_file(ics_file)
    for finding in findings:
        click.echo(finding.render(str(ics_file)))
    errors = sum(f.severity == "error" for f in findings)
    click.echo(
        f"{errors} error{'s' if errors != 1 else ''}, {len(findings) - errors} warning"
        f"{'s' if len(findings) - errors != 1 else ''}",
        err=True,
    )
    if errors or (strict and findings):
        sys.exit(1)


@cli.command("import")
@click.argument("ics_file", type=click.Path(dir_okay=False, path_type=Path))
@_out_file("the timeline file")
def import_command(ics_file: Path, out: Path | None) -> None:
    """Turn an .ics calendar into a timeline file (YAML); what ICS cannot say is listed on stderr.

    Recurring events are expanded into their occurrences (bounded); see the README.
    """
    timeline, notes = api.load_with_notes(ics_file, "ics")
    for note in notes:
        click.echo(note, err=True)
    text = timeline_to_yaml(timeline)
    _emit(text, out)


def _dct(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError("write it as YYYY-MM-DD, like 2024-11-10")
        return date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date: {err}") from None


def _zone(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            zone(value)
        except ValueError as err:
            raise click.BadParameter(str(err)) from None
    return value


@cli.command("extract")
@click.argument("texts", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--dct",
    callback=_dct,
    metavar="YYYY-MM-DD",
    help="The texts' publication date: relative dates ('am Sonntag', 'last week') are resolved against it.",
)
@click.option(
    "--lang",
    type=click.Choice(["de", "en", "auto"]),
    default="auto",
    show_default=True,
    help="Language of the texts; 'auto' decides per text. The draft is written in the first text's.",
)
@click.option("--format", "-f", "fmt", type=click.Choice(["yaml", "json"]), default="yaml", show_default=True)
@click.option(
    "--tz",
    "timezone",
    callback=_zone,
    metavar="ZONE",
    help="IANA zone of local times in the texts (default: none, so a local time is kept as its day).",
)
@_out_file("the draft")
def extract(
    texts: tuple[Path, ...], dct: date | None, lang: str, fmt: str, timezone: str | None, out: Path | None
) -> None:
    """Draft a timeline file from TEXT files: each dated statement an event or a report, with its evidence.

    Each entry cites its sentence with character offsets; the texts' paths in the draft are relative
    to the folder of --out (else the current folder), so `chronik check` verifies the quotes. One
    line per text on stderr counts what was found.
    """
    from .extract import detect_language, find  # the tagger loads its word lists: only when needed
    from .extract._draft import draft_text, draft_timeline, read_source, summary, tag_document

    sources = [(path, read_source(path)) for path in texts]  # every file is readable before any work
    base = out.parent if out is not None else Path()
    documents = []
    for path, source in sources:
        doc = tag_document(path, source, base=base, language=lang, dct=dct, find=find, detect=detect_language)
        click.echo(summary(doc, str(path)), err=True)
        documents.append(doc)
    language = documents[0].language or "de"
    text = draft_text(draft_timeline(documents, language=language, dct=dct, timezone=timezone), fmt)
    _emit(text, out)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of chronik's JSON export ("schema": "chronik/1")."""
    click.echo(json_schema_text(), nl=False)


def main() -> None:
    """Run the CLI; a ChronikError becomes its message on stderr and exit code 1."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        cli.main(standalone_mode=False)
    except ChronikError as err:
        if debug:
            raise
        click.echo(str(err), err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("chronik: aborted", err=True)
        sys.exit(1)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
