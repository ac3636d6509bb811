"""The ``chronik`` command: parse arguments, call :mod:`chronik.api`, print. Nothing else.

Exit codes: 0 ok, 1 bad input (one line per problem, naming file:line: field), 2 usage.

Each command imports what it uses when it runs: ``chronik --help``, ``--version`` and shell
completion load click and nothing of chronik's model, readers or exporters. The option choices they
show are therefore static here (:data:`FORMATS`, :data:`LANGUAGES`, :data:`DEFAULT_PRODID`); a test
holds them equal to the registries.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__

if TYPE_CHECKING:
    from datetime import date, datetime
    from pathlib import Path

_F = TypeVar("_F", bound=Callable[..., Any])

#: The built-in exporters' names in registry order (``chronik.registry.EXPORTERS.names()``).
FORMATS = ("ics", "md", "json", "csv", "timelinejs", "jsonld", "markwhen", "html")
#: The languages chronik writes (``chronik.humanize.LANGUAGES``).
LANGUAGES = ("de", "en")
#: The ICS exporter's PRODID (``chronik.exporters._ics.DEFAULT_PRODID``).
DEFAULT_PRODID = "-//chronik//chronik timeline export//EN"


class _Path(click.Path):
    """``click.Path`` giving a :class:`pathlib.Path`; pathlib is imported when a path is given, not for ``--help``."""

    def coerce_path_result(self, value: str | os.PathLike[str]) -> Any:
        from pathlib import Path

        return value if isinstance(value, Path) else Path(value)


class _TextLanguage(click.types.StringParamType):
    """A language ``chronik extract`` reads (a code of ``chronik.extract.lang.LANGUAGES``) or ``auto``. The
    registry is asked only when a code is given, so ``--help`` loads nothing of the extractor, and a new
    language module needs no line here."""

    name = "language"

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return "CODE|auto"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        if value == "auto":
            return "auto"
        from .extract.lang import LANGUAGES as known

        if value not in known:
            choices = ", ".join(repr(code) for code in [*known, "auto"])
            self.fail(f"{value!r} is not one of {choices}.", param, ctx)
        return str(value)


TIMELINE = click.argument("timeline", required=False, type=_Path(dir_okay=False))
LANG = click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the output (default: the timeline's).")


#: The last second chronik can write as a DTSTAMP: 9999-12-31T23:59:59Z.
_MAX_EPOCH = 253402300799


def _source_date_epoch() -> datetime | None:
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if not raw:
        return None
    if not re.fullmatch(r"[+-]?[0-9]+", raw.strip()):
        raise click.UsageError(f"SOURCE_DATE_EPOCH={raw!r} is not a whole number of seconds")
    digits = raw.strip().lstrip("+-").lstrip("0")
    if len(digits) > len(str(_MAX_EPOCH)) or not 0 <= int(raw) <= _MAX_EPOCH:
        raise click.UsageError(
            f"SOURCE_DATE_EPOCH={raw!r} is out of range: chronik takes 0 to {_MAX_EPOCH} (1970 to the end of 9999)"
        )
    from datetime import UTC, datetime

    return datetime.fromtimestamp(int(raw), tz=UTC)


_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def _domain(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """A host name for ICS UIDs: ASCII labels of letters, digits and '-', joined by dots (punycode for IDNs)."""
    labels = value.split(".")
    if len(value) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise click.BadParameter(
            f"{value!r} is not a domain name: letters, digits and '-' between dots, like example.org "
            "(a name with umlauts in its punycode form, xn--...)"
        )
    return value


def _one_line(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """Text that goes into a file as one property: printable, on one line, not empty."""
    if not value.strip() or not value.isprintable():
        raise click.BadParameter(f"{value!r} must be one line of printable text")
    return value


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> list[str]:
    if ctx.resilient_parsing:  # shell completion: no format is needed, none is loaded
        return []
    from . import api
    from .errors import ChronikError
    from .registry import EXPORTERS

    try:
        return api.formats_from(value, EXPORTERS.names())
    except ChronikError as err:
        raise click.BadParameter(str(err)) from None


def _summary(name: str, notes: Sequence[str], partial: bool) -> str:
    """One line for what ``name`` left out or changed: ``ics: 8 entries left out (...); -v lists them``."""
    left = sum(note.startswith(f"{name}: left out ") for note in notes)
    parts = []
    if left:
        why = "undated, or no single day or time"
        if name == "ics" and not partial:
            why += "; --partial shows those with known bounds as labelled spans"
        parts.append(f"{left} {'entry' if left == 1 else 'entries'} left out ({why})")
    if len(notes) - left:
        rest = len(notes) - left
        parts.append(f"{rest} other {'note' if rest == 1 else 'notes'}")
    return f"{name}: {', '.join(parts)}; -v lists them"


def _out_file(what: str) -> Callable[[_F], _F]:
    """The ``--out FILE`` option of commands that print a file unless told where to write it."""
    return click.option(
        "--out",
        "-o",
        "out",
        type=_Path(dir_okay=False),
        help=f"Write {what} here (default: print it).",
    )


def _emit(text: str, out: Path | None, inputs: Sequence[Path] = ()) -> None:
    """Print ``text``, or write it atomically to ``out`` (never over one of ``inputs``) and say so on stderr."""
    if out is None:
        click.echo(text, nl=False)
    else:
        from . import api

        api.write_text(out, text, inputs=inputs)
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
    callback=_formats,
    help=f"Comma-separated formats, or 'all' ({', '.join(FORMATS)}).",
)
@click.option(
    "--out",
    "-o",
    "out_dir",
    default="exports",
    show_default=True,
    type=_Path(file_okay=False),
    help="Folder to write into.",
)
@LANG
@click.option(
    "--domain", default="chronik.invalid", show_default=True, callback=_domain, help="Domain part of ICS UIDs."
)
@click.option("--prodid", default=DEFAULT_PRODID, show_default=True, callback=_one_line, help="ICS PRODID.")
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
@click.option("--verbose", "-v", is_flag=True, help="List each entry a format left out or changed (not just a count).")
@click.option(
    "--findings", is_flag=True, help="Chronology and HTML page: add the findings of 'chronik check' (for editors)."
)
def export(
    timeline: Path | None,
    formats: list[str],
    out_dir: Path,
    lang: str | None,
    domain: str,
    prodid: str,
    partial: bool,
    date_style: str,
    weekday: bool,
    mermaid: bool,
    verbose: bool,
    findings: bool,
) -> None:
    """Export TIMELINE (default: the bundled Wegner timeline) into OUT as <name>.<suffix>.

    All files are written, or none is changed. Per format one line on stderr counts the entries it
    left out or showed differently (-v lists them). With --lang other than the timeline's language,
    the files whose text is in that language are named <name>.<lang>.<suffix>.
    """
    from . import api

    stamp = _source_date_epoch()
    path = timeline or api.default_timeline()
    tl = api.load(path)
    options: dict[str, dict[str, Any]] = {name: {"language": lang} for name in formats}
    options.setdefault("ics", {}).update(domain=domain, prodid=prodid, partial=partial, stamp=stamp)
    options.setdefault("md", {}).update(style=date_style, weekday=weekday, mermaid=mermaid, findings=findings)
    options.setdefault("html", {}).update(findings=findings)
    infix = f".{lang}" if lang and lang != tl.language else ""
    written = api.write_exports(tl, formats, out_dir, path.stem, options, infix, inputs=[path])
    for _, rendered in written:
        if rendered.notes:
            for note in rendered.notes if verbose else [_summary(rendered.format, rendered.notes, partial)]:
                click.echo(note, err=True)
    for target, _ in written:
        click.echo(f"wrote {target}")


@cli.command()
@TIMELINE
@LANG
@click.option("--width", type=click.IntRange(40, 1000), default=None, help="Table width (default: terminal).")
def show(timeline: Path | None, lang: str | None, width: int | None) -> None:
    """Print TIMELINE (default: the bundled one) in order as a table."""
    import shutil

    from . import api
    from .table import render_table

    tl = api.load(timeline or api.default_timeline())
    click.echo(render_table(tl, lang, width or shutil.get_terminal_size().columns), nl=False)


@cli.command("check")
@TIMELINE
@click.option("--json", "as_json", is_flag=True, help="Print the findings as JSON.")
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
@click.option(
    "--root",
    type=_Path(file_okay=False),
    help="Read sources' files anywhere in this folder (default: the timeline's folder and below).",
)
def check_command(timeline: Path | None, as_json: bool, strict: bool, root: Path | None) -> None:
    """Check TIMELINE for contradictions and missing support; exit 1 on errors.

    Each finding names its severity, the entries and the sources involved, so both readings of
    a contradiction can be weighed. Quotes are checked against each source's local file, read only
    from the timeline's folder or below (or from --root and below).
    """
    import json

    from . import api

    path = timeline or api.default_timeline()
    _, findings = api.check_file(path, root=root)
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
@click.argument("ics_file", type=_Path(dir_okay=False))
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1).")
def lint_command(ics_file: Path, strict: bool) -> None:
    """Check any .ics file for what breaks in calendar clients; exit 1 on errors.

    Each finding names the line, what breaks in which client, and how to fix it.
    """
    from . import api

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


def _timeline_out(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    from .writers import timeline_format

    if value is not None and timeline_format(value) is None:
        raise click.BadParameter(f"'{value}': a timeline file is named .yaml, .yml or .json")
    return value


@cli.command("import")
@click.argument("ics_file", type=_Path(dir_okay=False))
@click.option(
    "--out",
    "-o",
    "out",
    type=_Path(dir_okay=False),
    callback=_timeline_out,
    help="Write the timeline file here, as YAML or JSON as its suffix says (default: print YAML).",
)
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language of the timeline (default: the calendar's).")
def import_command(ics_file: Path, out: Path | None, lang: str | None) -> None:
    """Turn an .ics calendar into a timeline file; what ICS cannot say is listed on stderr.

    Recurring events are expanded into their occurrences (bounded); see the README.
    """
    from pathlib import Path

    from . import api
    from .writers import timeline_format, timeline_to_text

    base = out.parent if out is not None else Path()  # the calendar's path in its source is relative to this
    timeline, notes = api.load_with_notes(ics_file, "ics", language=lang, base=base)
    for note in notes:
        click.echo(note, err=True)
    text = timeline_to_text(timeline, timeline_format(out) or "yaml" if out is not None else "yaml")
    _emit(text, out, [ics_file])


def _agreement(name: str, default: float, what: str) -> Callable[[_F], _F]:
    """One of ``chronik merge``'s word-agreement thresholds (0 to 1); its default is
    ``chronik.merge.Options``'s, which is not imported for ``--help`` (a test holds them equal)."""
    return click.option(
        name, type=click.FloatRange(0, 1), default=default, show_default=True, help=f"Word agreement {what}"
    )


@cli.command("merge")
@click.argument("timelines", nargs=-1, required=True, type=_Path(dir_okay=False))
@click.option(
    "--out",
    "-o",
    "out",
    type=_Path(dir_okay=False),
    callback=_timeline_out,
    help="Write the merged timeline here, as YAML or JSON as its suffix says (default: print YAML).",
)
@click.option("--explain", is_flag=True, help="Print each decision and its evidence on stderr.")
@_agreement("--threshold", 0.3, "from which two events with compatible dates are one happening.")
@_agreement(
    "--same-date", 0.1, "that suffices when both dates name the same day, or exactly the same month, year or span."
)
@_agreement("--disagree", 0.6, "from which two events whose dates exclude each other are linked by same_as.")
def merge_command(
    timelines: tuple[Path, ...], out: Path | None, explain: bool, threshold: float, same_date: float, disagree: float
) -> None:
    """Merge TIMELINES (drafts, curated files, imported calendars) into one sourced timeline.

    One source per report; the same happening reported by several becomes one entry citing all of
    them; where they give it dates that exclude each other, both readings stay, linked by same_as
    (chronik check shows the disagreement). The result does not depend on the order of TIMELINES.
    """
    from pathlib import Path

    from . import api
    from .merge import Options, merge
    from .writers import timeline_format, timeline_to_text

    base = out.parent if out is not None else Path()
    loaded = [_rebased(api.load(path), path.parent, base) for path in timelines]
    merged = merge(loaded, Options(threshold=threshold, same_date=same_date, disagree=disagree))
    if explain:
        names = {f"{n}:": f"{path}:" for n, path in enumerate(_sorted_inputs(loaded, timelines), 1)}
        for decision in merged.decisions:
            click.echo(_named(decision.line(), names), err=True)
    events = len(merged.timeline.events)
    given = sum(len(tl.events) for tl in loaded)
    click.echo(
        f"merged {len(timelines)} timelines: {given} events into {events}, "
        f"{sum(len(tl.sources) for tl in loaded)} sources into {len(merged.timeline.sources)}, "
        f"{_count(sum(d.action == 'same_as' for d in merged.decisions), 'disagreement')} linked by same_as",
        err=True,
    )
    text = timeline_to_text(merged.timeline, timeline_format(out) or "yaml" if out is not None else "yaml")
    _emit(text, out, list(timelines))


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _rebased(timeline: Any, folder: Path, base: Path) -> Any:
    """``timeline`` with each source's ``file`` relative to ``base`` instead of ``folder`` (its file's)."""
    changed = []
    for src in timeline.sources:
        if src.file is not None:
            moved = os.path.relpath(os.path.normpath(folder / src.file), base)
            src = src.model_copy(update={"file": moved.replace(os.sep, "/")})
        changed.append(src)
    return timeline.model_copy(update={"sources": tuple(changed)})


def _sorted_inputs(loaded: Sequence[Any], paths: Sequence[Path]) -> list[Path]:
    """The paths in the order :func:`chronik.merge.merge` numbers its inputs (by content)."""
    from .merge import input_order

    return [paths[i] for i in input_order(loaded)]


def _named(line: str, names: dict[str, str]) -> str:
    """A decision's ``1:id`` references as ``path:id``."""
    return re.sub(r"(?<![\w/.-])([0-9]+:)", lambda m: names.get(m[1], m[1]), line)


def _dct(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError("write it as YYYY-MM-DD, like 2024-11-10")
        from datetime import date

        return date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date: {err}") from None


def _zone(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        from .dates import zone

        try:
            zone(value)
        except ValueError as err:
            raise click.BadParameter(str(err)) from None
    return value


#: The files ``chronik extract FOLDER`` reads: plain text and Markdown, not the folder's subfolders.
TEXT_PATTERNS = ("*.txt", "*.md")
_MAGIC = re.compile(r"[*?[]")


def _texts(args: Sequence[Path]) -> list[tuple[str | None, Path]]:
    """The files ``chronik extract`` reads, each with the folder or pattern that found it (None: named).

    A folder gives its ``*.txt`` and ``*.md`` files, a pattern (``'articles/*.txt'``, quoted so the
    shell left it alone, or past the shell's limits) the files it matches, each in name order. A named
    file, or a name with ``*`` that exists as it is, stays as it is.
    """
    import glob
    from pathlib import Path

    texts: list[tuple[str | None, Path]] = []
    for arg in args:
        name = str(arg)
        if arg.is_dir():
            found = sorted(p for pattern in TEXT_PATTERNS for p in glob.glob(os.path.join(glob.escape(name), pattern)))
        elif _MAGIC.search(name) and not os.path.lexists(name):
            found = sorted(p for p in glob.glob(name) if not os.path.isdir(p))
            if not found:
                raise click.BadParameter(f"'{name}' matches no file", param_hint="'TEXTS...'")
        else:
            texts.append((None, arg))
            continue
        texts += [(name, Path(p)) for p in found]
    return texts


def _publisher_name(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--publisher``: a name of printable characters, its blanks collapsed, as its outlet's canonical name where
    the outlet data knows it ("dpa" -> "Deutsche Presse-Agentur")."""
    if value is None:
        return None
    name = " ".join(value.split())
    if not name or len(name) > 200 or any(not c.isprintable() for c in name):
        raise click.BadParameter(f"{value!r} is not an outlet's name (1-200 printable characters)")
    from .outlets import canonical

    return canonical(name)


@cli.command("extract")
@click.argument("texts", nargs=-1, type=_Path())
@click.option(
    "--dct",
    callback=_dct,
    metavar="YYYY-MM-DD",
    help="The texts' publication date: relative dates ('am Sonntag', 'last week') are resolved against it.",
)
@click.option(
    "--lang",
    type=_TextLanguage(),
    default="auto",
    show_default=True,
    help="Language of the texts, as its code (de, en, or any language module the extractor has); 'auto' "
    "decides per text. The draft is written in the first text's.",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default=None,
    help="Format of the draft (default: as the suffix of --out says, else yaml).",
)
@click.option(
    "--tz",
    "timezone",
    callback=_zone,
    metavar="ZONE",
    help="IANA zone of local times in the texts (default: none, so a local time is kept as its day).",
)
@click.option(
    "--out",
    "-o",
    "out",
    type=_Path(),
    help="Write the draft here (default: print it); with --corpus the folder of the stories' timelines.",
)
@click.option(
    "--corpus",
    type=_Path(exists=True),
    metavar="ARTICLES",
    help="An archive: a JSON Lines file or a folder of .txt files with meta.json; one draft per article, "
    "merged per story into --out DIR (needs chronik[corpus]).",
)
@click.option(
    "--publisher",
    metavar="NAME",
    callback=_publisher_name,
    help="The outlet that published the texts ('Der Tagesspiegel', 'dpa'): the articles' publisher, and the "
    "publisher of their own date lines that name no outlet ('Published: …', 'Stand: …'). With --corpus each "
    "article's 'publisher' field does this.",
)
@click.option("--story", metavar="FIELD", help="With --corpus: the metadata field naming each article's story.")
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="With --corpus: a dask.distributed scheduler (tcp://host:port); default: a local cluster.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 1024),
    help="With --corpus and no --scheduler: worker processes of the local cluster (default: the CPU count).",
)
@click.option(
    "--merge",
    is_flag=True,
    help="Draft each text on its own and merge the drafts, as --corpus does a story: a happening several "
    "texts report is one entry citing each (costs more the more texts share happenings).",
)
@click.option("--drafts", is_flag=True, help="With --corpus: also write each article's draft to DIR/drafts/.")
@click.option(
    "--blocksize",
    type=click.IntRange(1),
    default=128 << 10,
    show_default=True,
    metavar="BYTES",
    help="With --corpus of a JSONL file: bytes of whole lines per task.",
)
def extract(
    texts: tuple[Path, ...],
    dct: date | None,
    lang: str,
    fmt: str | None,
    timezone: str | None,
    out: Path | None,
    corpus: Path | None,
    publisher: str | None,
    story: str | None,
    scheduler: str | None,
    workers: int | None,
    merge: bool,
    drafts: bool,
    blocksize: int,
) -> None:
    """Draft a timeline file from TEXTS: each dated statement an event or a report, with its evidence.

    Each entry cites its sentence with character offsets; the texts' paths in the draft are relative
    to the folder of --out (else the current folder), so `chronik check` verifies the quotes (a text
    outside that folder: with the --root it names). One line per text on stderr counts what was found.

    TEXTS are files, folders (their *.txt and *.md files) or quoted patterns like 'articles/*.txt',
    all drafted in one run. A file named on its own must be readable, else nothing is written; a
    file a folder or pattern found that cannot be read is one line on stderr and left out, the draft
    is written from the others, and the exit code is 1.

    --corpus ARTICLES --out DIR drafts each article of an archive on Dask and writes one merged
    timeline per story (--story FIELD) to DIR/<story>.yaml; a bad article is one line and skipped.
    """
    from pathlib import Path

    if corpus is not None:
        if merge:
            raise click.UsageError("--corpus always merges, per story; --merge is for TEXTS")
        if publisher is not None:
            raise click.UsageError("with --corpus each article's publisher comes from its 'publisher' field")
        _extract_corpus(texts, corpus, out, story, scheduler, workers, drafts, blocksize, dct, timezone)
        return
    corpus_only = [
        name for name, value in (("--story", story), ("--scheduler", scheduler), ("--workers", workers)) if value
    ]
    if corpus_only or drafts:
        raise click.UsageError(f"{(corpus_only or ['--drafts'])[0]} goes with --corpus")
    if not texts:
        raise click.UsageError("Missing argument 'TEXTS...' (or --corpus ARTICLES).")
    if out is not None and out.is_dir():
        raise click.BadParameter(f"File '{out}' is a directory.", param_hint="'--out'")

    from .errors import ChronikError
    from .writers import timeline_format

    named = timeline_format(out) if out is not None else None
    if out is not None and named is None:
        raise click.BadParameter(f"'{out}': a timeline file is named .yaml, .yml or .json", param_hint="'--out'")
    if fmt is not None and named is not None and fmt != named:
        raise click.BadParameter(f"--format {fmt} but '{out}' names {named}", param_hint="'--format'")
    fmt = fmt or named or "yaml"
    from .extract import detect_language, find  # the tagger loads its word lists: only when needed
    from .extract._draft import draft_text, draft_timeline, merged_draft, read_source, summary, tag_document

    found = _texts(texts)
    # every file named on its own is readable before any work
    given = {index: read_source(path) for index, (via, path) in enumerate(found) if via is None}
    base = out.parent if out is not None else Path()
    documents = []
    read: list[tuple[str | None, Path]] = []
    failed = 0
    for index, (via, path) in enumerate(found):
        try:
            source = given[index] if index in given else read_source(path)
        except ChronikError as err:  # only a file a folder or pattern found: one line, and on with the rest
            click.echo(str(err), err=True)
            failed += 1
            continue
        doc = tag_document(
            path, source, base=base, language=lang, dct=dct, find=find, detect=detect_language, publisher=publisher
        )
        click.echo(summary(doc, str(path)), err=True)
        documents.append(doc)
        read.append((via, path))
    if not documents:
        raise ChronikError(f"{', '.join(map(str, texts))}: no text could be read; nothing was written")
    inside = base.resolve()
    outside = [(via, path) for via, path in read if not path.resolve().is_relative_to(inside)]
    if outside:
        root = Path(os.path.relpath(os.path.commonpath([inside, *(p.resolve() for _, p in outside)])))
        where = "the draft's folder" if out is not None else "the current folder"
        names = dict.fromkeys(via or str(path) for via, path in outside)  # a folder or pattern once
        click.echo(f"{', '.join(names)}: outside {where}; check the draft with --root {root}", err=True)
    language = documents[0].language or "de"
    drafting = merged_draft if merge else draft_timeline
    text = draft_text(drafting(documents, language=language, dct=dct, timezone=timezone), fmt)
    _emit(text, out, [path for _, path in read])
    if failed:
        click.echo(f"{failed} of {len(found)} texts could not be read and were left out", err=True)
        sys.exit(1)


def _extract_corpus(
    texts: tuple[Path, ...],
    corpus: Path,
    out: Path | None,
    story: str | None,
    scheduler: str | None,
    workers: int | None,
    drafts: bool,
    blocksize: int,
    dct: date | None,
    timezone: str | None,
) -> None:
    """``chronik extract --corpus``: Dask is imported here, and only here."""
    if texts:
        raise click.UsageError("TEXTS and --corpus exclude each other")
    if out is None:
        raise click.UsageError("--corpus needs --out DIR")
    if dct is not None or timezone is not None:
        raise click.UsageError("with --corpus each article's dct comes from its metadata; --dct and --tz do not apply")
    if scheduler is not None and workers is not None:
        raise click.UsageError("--workers is for the local cluster; a --scheduler has its own workers")
    if out.exists() and not out.is_dir():
        raise click.BadParameter(f"'{out}' is not a folder", param_hint="'--out'")
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as err:
        from .errors import ChronikError

        raise ChronikError(
            f"chronik extract --corpus needs Dask ({err.name or err}): pip install 'chronik[corpus]'"
        ) from None
    from .corpus import run

    report = run(
        corpus,
        out,
        story=story,
        scheduler=scheduler,
        workers=workers,
        drafts=drafts,
        blocksize=blocksize,
        echo=lambda line: click.echo(line, err=True),
        progress=sys.stderr.isatty(),
    )
    if report.failures:
        sys.exit(1)


def _refresh(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not re.fullmatch(r"P(?:[0-9]{1,4}W|[0-9]{1,4}D(?:T[0-9]{1,2}H)?|T[0-9]{1,4}[HM])", value) or not re.search(
        "[1-9]", value
    ):
        raise click.BadParameter(f"{value!r} is not a duration like P1D, PT6H or PT30M")
    return value


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if not re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+(?:/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?", value):
        raise click.BadParameter(f"{value!r} is not an http(s) URL like https://feeds.example.org/chronik")
    return value


@cli.command()
@click.argument("timelines", nargs=-1, type=_Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--domain", default="chronik.invalid", show_default=True, callback=_domain, help="Domain part of ICS UIDs."
)
@click.option("--prodid", default=DEFAULT_PRODID, show_default=True, callback=_one_line, help="ICS PRODID.")
@click.option("--partial/--no-partial", default=False, help="ICS: month, year and bounded undated entries as spans.")
@click.option(
    "--refresh",
    default="P1D",
    show_default=True,
    callback=_refresh,
    help="How often subscribers should fetch again (REFRESH-INTERVAL and X-PUBLISHED-TTL).",
)
@click.option("--base-url", callback=_base_url, help="Public URL the feeds are reached at, for the index page's links.")
@click.option(
    "--history/--no-history",
    default=True,
    help="Keep each feed's event history in <timeline>.history beside the file (else in memory only; "
    "always for the bundled timeline).",
)
def serve(
    timelines: tuple[Path, ...],
    host: str,
    port: int,
    domain: str,
    prodid: str,
    partial: bool,
    refresh: str,
    base_url: str | None,
    history: bool,
) -> None:
    """Serve TIMELINES (default: the bundled one) as calendar feeds and in every format, always current.

    Each timeline is at /<id>.ics (subscribe by URL or webcal://), /<id>.<lang>.ics, and /<id>.md,
    .json, .html, ... ; / lists them. Edits are served on the next request; changed events keep their
    UID with a higher SEQUENCE; a file that stops validating keeps its last good version served.
    """
    try:
        from . import serve as serving
    except ImportError as err:
        from .errors import ChronikError

        raise ChronikError(f"chronik serve needs aiohttp ({err.name or err}): pip install 'chronik[serve]'") from None
    from . import api

    paths = list(timelines) or [api.default_timeline()]
    options = serving.Options(
        domain=domain,
        prodid=prodid,
        partial=partial,
        refresh=refresh,
        base_url=base_url,
        history=history and bool(timelines),  # the bundled timeline's folder is not ours to write in
        stamp=_source_date_epoch(),
        now=serving.env_now(),
    )
    serving.run(paths, host, port, options)


def _password(password_file: Path | None) -> str | None:
    """The first line of ``password_file``, else ``CHRONIK_CALDAV_PASSWORD``, else None."""
    if password_file is not None:
        from .errors import ChronikError

        try:
            with password_file.open(encoding="utf-8") as f:
                return f.readline().rstrip("\r\n")
        except (OSError, UnicodeDecodeError) as err:
            raise ChronikError(f"{password_file}: cannot read the password ({type(err).__name__})") from None
    return os.environ.get("CHRONIK_CALDAV_PASSWORD") or None


@cli.command("publish")
@click.argument("timeline", type=_Path(dir_okay=False))
@click.option("--caldav", "url", required=True, metavar="URL", help="CalDAV server, principal or calendar URL.")
@click.option("--calendar", metavar="NAME", help="The calendar (display name or URL path) under URL.")
@click.option("--create", is_flag=True, help="Create the --calendar when it is missing.")
@click.option("--user", metavar="U", help="User name for the server.")
@click.option(
    "--password-file",
    type=_Path(dir_okay=False),
    metavar="F",
    help="Read the password from the first line of F (else: $CHRONIK_CALDAV_PASSWORD).",
)
@click.option("--prune", is_flag=True, help="Delete this timeline's events that left it from the server.")
@LANG
@click.option(
    "--domain", default="chronik.invalid", show_default=True, callback=_domain, help="Domain part of the UIDs."
)
@click.option(
    "--partial/--no-partial",
    default=False,
    help="Also publish month, year and undated-but-bounded entries as labelled all-day spans.",
)
@click.option("--force", is_flag=True, help="Overwrite events edited on the server since they were published.")
@click.option("--verbose", "-v", is_flag=True, help="List each event and what was done with it.")
def publish_command(
    timeline: Path,
    url: str,
    calendar: str | None,
    create: bool,
    user: str | None,
    password_file: Path | None,
    prune: bool,
    lang: str | None,
    domain: str,
    partial: bool,
    force: bool,
    verbose: bool,
) -> None:
    """Publish TIMELINE's events to a CalDAV calendar: create, update what changed, keep the rest.

    Each event is one calendar object named after its UID. Unchanged events cost no request; a
    changed one is written with If-Match and SEQUENCE one above the server's copy; an event edited on
    the server since it was published is a conflict and kept unless --force. Events that left the
    timeline are deleted only with --prune. The password comes from --password-file or
    $CHRONIK_CALDAV_PASSWORD, never from the command line. Exit 1 on any error or conflict.
    """
    from . import api
    from .exporters._ics import IcsExporter
    from .prepared import Prepared
    from .publish import calendar_objects, publish, uid_suffix

    password = _password(password_file)
    tl = api.load(timeline)
    prepared = Prepared(tl)
    if lang and lang != tl.language:  # the UIDs of `chronik export --lang`'s calendar
        prepared = prepared.with_id(f"{tl.id}.{lang}")
    exporter = IcsExporter(language=lang, domain=domain, partial=partial, stamp=_source_date_epoch())
    notes = exporter.notes(prepared)
    for note in notes if verbose else ([_summary("ics", notes, partial)] if notes else []):
        click.echo(note, err=True)
    objects = calendar_objects(exporter, prepared)
    outcome = publish(
        objects,
        url=url,
        suffix=uid_suffix(exporter, prepared),
        calendar=calendar,
        create=create,
        user=user,
        password=password,
        prune=prune,
        force=force,
    )
    if verbose:
        for line in outcome.lines():
            click.echo(line, err=True)
    else:
        for entry, why in outcome.conflicts:
            click.echo(f"conflict: {entry}: {why}", err=True)
    click.echo(outcome.summary())
    if outcome.conflicts:
        sys.exit(1)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of chronik's JSON export ("schema": "chronik/1")."""
    from .schema import json_schema_text

    click.echo(json_schema_text(), nl=False)


def main() -> None:
    """Run the CLI; a ChronikError becomes its message on stderr and exit code 1."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("chronik: aborted", err=True)
        sys.exit(1)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except Exception as err:
        from .errors import ChronikError  # loaded already when one was raised

        if debug or not isinstance(err, ChronikError):
            raise
        click.echo(str(err), err=True)
        sys.exit(1)
