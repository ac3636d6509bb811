"""The library's entry points, and the only module that touches files.

``loads``/``dumps`` are pure (text in, text out); ``load`` and ``write_exports`` wrap them with
file I/O: bounded reads that never block on a device or (where a timeline names the file) a FIFO,
and all-or-nothing writes (every file staged as a temporary file in its target folder, then all
renamed) so a failed export leaves the previous files as they were. Files a timeline names are
read only from the timeline's folder or below (:func:`source_file`).
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._gc import paused_gc
from .errors import OutputError, ReadError, UnknownFormatError
from .prepared import Prepared
from .readers._common import MAX_BYTES, decode
from .registry import EXPORTERS, READERS, Exporter

if TYPE_CHECKING:
    from .check import Finding
    from .lint import Finding as LintFinding
    from .model import Timeline

__all__ = [
    "LANGUAGE_NEUTRAL",
    "Rendered",
    "Written",
    "ascii_name",
    "check_file",
    "default_timeline",
    "dumps",
    "lint_file",
    "load",
    "load_with_notes",
    "loads",
    "read_text",
    "render",
    "source_file",
    "write_exports",
    "write_text",
]

SEED_NAME = "wegner-usa-2024.yaml"


def default_timeline() -> Path:
    """The bundled Wegner timeline: inside the installed package, else the checkout's ``seeds/``."""
    packaged = resources.files("chronik").joinpath("_seeds", SEED_NAME)
    path = Path(str(packaged)) if packaged.is_file() else Path(__file__).resolve().parents[2] / "seeds" / SEED_NAME
    try:  # shown in messages: relative to the working folder when it is inside it
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


#: Letters NFKD does not take apart, written as German and Nordic readers spell them without accents.
_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ẞ": "SS"}
    | {"æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O", "å": "aa", "Å": "Aa"}
    | {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i"}
)


def ascii_name(text: str) -> str:
    """``text`` in ASCII letters: ö -> oe, ß -> ss, é -> e (in NFC or NFD alike); other scripts stay as they are."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLITERATION)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _default_id(stem: str) -> str:
    """The id (and export file name) a file name gives: transliterated, then ``[A-Za-z0-9._-]`` only."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name(stem)).strip("-._")[:128].rstrip("-._")
    return slug or "timeline"


def loads(text: str, format: str = "yaml", *, origin: str = "<string>", default_id: str = "timeline") -> Timeline:
    """Parse timeline ``text`` in ``format`` (``yaml`` or ``json``)."""
    return READERS.create(format).read(text, origin=origin, default_id=default_id)


def load(path: str | os.PathLike[str], format: str | None = None) -> Timeline:
    """Read the timeline file at ``path``; the format comes from its suffix unless given."""
    return load_with_notes(path, format)[0]


def load_with_notes(
    path: str | os.PathLike[str], format: str | None = None, **options: Any
) -> tuple[Timeline, list[str]]:
    """:func:`load`, plus the reader's notes on what it changed or left out (ICS import).

    ``options`` go to the reader (the ICS reader's ``language`` and ``base``).
    """
    path = Path(path)
    origin = str(path)
    reader = READERS.create(format, **options) if format else READERS.for_path(path)(**options)
    text = decode(_read_bytes(path, "a timeline file"), origin)
    with paused_gc():
        timeline = reader.read(text, origin=origin, default_id=_default_id(path.stem))
    return timeline, list(getattr(reader, "notes", []))


@dataclass(frozen=True)
class Rendered:
    """One export in memory: its format name, file suffix, text and notes."""

    format: str
    suffix: str
    text: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Written:
    """One export :func:`write_exports` wrote: its format name, file suffix and notes (the text is in the file)."""

    format: str
    suffix: str
    notes: tuple[str, ...]


def _chunks(exporter: Exporter, prepared: Prepared) -> Iterator[str]:
    """The exporter's document in parts; an exporter without ``chunks`` (written before it) gives one part."""
    chunks = getattr(exporter, "chunks", None)
    if chunks is None:
        yield exporter.export(prepared.timeline)
    else:
        yield from chunks(prepared)


def _notes(exporter: Exporter, prepared: Prepared) -> tuple[str, ...]:
    subject = prepared if hasattr(exporter, "chunks") else prepared.timeline
    return tuple(exporter.notes(subject))


def render(timeline: Timeline | Prepared, format: str, **options: Any) -> Rendered:
    """Export ``timeline`` as ``format`` with exporter ``options``; pure.

    A :class:`~chronik.prepared.Prepared` timeline lends its chronology and findings, so several
    formats of one timeline order and check it once.
    """
    prepared = Prepared.of(timeline)
    exporter = EXPORTERS.create(format, **options)
    return Rendered(format, exporter.suffix, "".join(_chunks(exporter, prepared)), _notes(exporter, prepared))


def dumps(timeline: Timeline | Prepared, format: str, **options: Any) -> str:
    """``timeline`` as text in ``format``; pure and deterministic."""
    return render(timeline, format, **options).text


#: Formats whose text does not depend on ``language``: ``--lang`` writes them under their usual name.
LANGUAGE_NEUTRAL = frozenset({"json", "jsonld"})


def write_exports(
    timeline: Timeline | Prepared,
    formats: Sequence[str],
    out_dir: str | os.PathLike[str],
    stem: str,
    options: dict[str, dict[str, Any]] | None = None,
    infix: str = "",
    *,
    inputs: Sequence[str | os.PathLike[str]] = (),
) -> list[tuple[Path, Written]]:
    """Write every format to a staged file, then put them all in place: all written, or none changed.

    Each format goes to ``<out_dir>/<stem><infix><suffix>``; ``infix`` (like ``.en``) is left out for
    the formats in :data:`LANGUAGE_NEUTRAL`, and an ICS file written under an infix gets UIDs of its own
    (``<entry>.<timeline>.en@<domain>``), so it can be imported beside the usual one. The file name
    comes from ``stem`` (the timeline file's name, transliterated to ASCII), never from event data.
    A target that is one of ``inputs``, a folder, not a regular file or read-only is refused before
    anything is written.

    The timeline is ordered and checked once for all formats (one :class:`~chronik.prepared.Prepared`),
    and one format at a time is rendered, streamed in parts into its temporary file: no output is held
    whole in memory.
    """
    options = options or {}
    prepared = Prepared.of(timeline)
    renamed: dict[str, Prepared] = {}
    out = Path(out_dir)
    plan: list[tuple[Path, str, Exporter, Prepared]] = []
    for name in formats:
        own = infix if name not in LANGUAGE_NEUTRAL else ""
        source = prepared
        if own and name == "ics":  # two calendars imported side by side must not share UIDs
            ident = f"{prepared.timeline.id}{own}"
            source = renamed.setdefault(ident, prepared.with_id(ident))
        exporter = EXPORTERS.create(name, **options.get(name, {}))
        plan.append((out / f"{_default_id(stem)}{own}{exporter.suffix}", name, exporter, source))
    for target, _, _, _ in plan:
        _refuse_target(target, inputs)
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out}: cannot create the folder: {err.strerror or err}") from None
    done: list[tuple[Path, Written]] = []

    def parts(target: Path, name: str, exporter: Exporter, source: Prepared) -> Iterator[bytes]:
        yield from _encoded_parts(target, _chunks(exporter, source))
        done.append((target, Written(name, exporter.suffix, _notes(exporter, source))))

    try:
        _put_in_place([(target, parts(target, name, exporter, source)) for target, name, exporter, source in plan])
    except BaseException:
        if created:  # a folder made for this run, still empty: as if the run had not started
            with suppress(OSError):
                out.rmdir()
        raise
    return done


def _encoded(target: Path, text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as err:  # a lone surrogate: an exporter's bug, caught before any file changes
        raise OutputError(f"{target}: cannot write: not UTF-8 text ({err.reason}); no file was changed") from None


def _encoded_parts(target: Path, chunks: Iterable[str]) -> Iterator[bytes]:
    """``chunks`` as UTF-8, a batch at a time (a few hundred KiB), so small parts are written in few calls."""
    batch: list[str] = []
    size = 0
    for chunk in chunks:
        batch.append(chunk)
        size += len(chunk)
        if size >= _BATCH:
            yield _encoded(target, "".join(batch))
            batch, size = [], 0
    if batch:
        yield _encoded(target, "".join(batch))


#: Characters of output gathered before they are encoded and written.
_BATCH = 1 << 18


def write_text(target: str | os.PathLike[str], text: str, *, inputs: Sequence[str | os.PathLike[str]] = ()) -> None:
    """Write ``text`` as UTF-8 to ``target`` atomically (the parent folder must exist); never over ``inputs``."""
    target = Path(target)
    _refuse_target(target, inputs)
    _put_in_place([(target, _encoded(target, text))])


def _refuse_target(target: Path, inputs: Sequence[str | os.PathLike[str]]) -> None:
    """One line when ``target`` must not be replaced: an input of this run, a folder, a device, read-only."""
    try:
        st = target.stat()
    except FileNotFoundError:
        return
    except OSError as err:
        raise OutputError(f"{target}: cannot write: {err.strerror or err}; no file was changed") from None
    for source in inputs:
        try:
            same = os.path.samefile(target, source)
        except OSError:
            same = False
        if same:
            raise OutputError(f"{target}: is the input file; chronik does not write over it (choose another --out)")
    if stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{target}: is a folder; no file was changed")
    if not stat.S_ISREG(st.st_mode):
        raise OutputError(f"{target}: is not a regular file; no file was changed")
    if not st.st_mode & 0o222:
        raise OutputError(f"{target}: is read-only; no file was changed")


#: Temporary files of :func:`_stage`: ``.<name>.<pid>.<random>.tmp`` (older versions: without the pid).
_TEMP_TAIL = re.compile(r"(?:(?P<pid>[0-9]{1,10})\.)?[a-z0-9_]{8}\.tmp")
#: A temporary file whose writer is gone is removed once untouched this long; any of ours after STALE_AGE.
DEAD_WRITER_AGE = 10.0
STALE_AGE = 3600.0


def _stage(target: Path) -> tuple[int, str]:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    return fd, tmp


def _put_in_place(files: Sequence[tuple[Path, bytes | Iterable[bytes]]]) -> None:
    """Write every file to a temporary file beside it, then rename them all; on a failure, change nothing.

    A file's data is its bytes, or its parts in order (written as they come: one file at a time is
    produced). Leftovers of a killed earlier run (our own temporary names only) are removed first.
    """
    for target, _ in files:
        _remove_stale_temps(target)
    staged: list[tuple[str, Path]] = []
    try:
        for target, data in files:
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
            try:
                fd, tmp = _stage(target)
            except OSError as err:
                raise OutputError(f"{target}: cannot write: {err.strerror or err}; no file was changed") from None
            staged.append((tmp, target))
            try:
                with os.fdopen(fd, "wb") as handle:
                    for part in (data,) if isinstance(data, bytes) else data:
                        handle.write(part)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(tmp, mode)
            except OSError as err:
                raise OutputError(f"{target}: cannot write: {err.strerror or err}; no file was changed") from None
        written: list[Path] = []
        while staged:
            tmp, target = staged[0]
            try:
                os.replace(tmp, target)
            except OSError as err:
                done = f"; written before it: {', '.join(map(str, written))}" if written else ""
                raise OutputError(
                    f"{target}: cannot write: {err.strerror or err}{done}; the other files are unchanged"
                ) from None
            staged.pop(0)
            written.append(target)
    finally:
        for tmp, _ in staged:
            with suppress(OSError):
                os.unlink(tmp)


def _remove_stale_temps(target: Path) -> None:
    """Remove ``.<target name>.*.tmp`` files of ours left by a killed run: writer dead, or untouched for long."""
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    now = time.time()
    for name in names:
        match = _TEMP_TAIL.fullmatch(name[len(prefix) :]) if name.startswith(prefix) else None
        if match is None:
            continue
        path = target.parent / name
        try:
            st = path.lstat()
        except OSError:
            continue
        age = now - st.st_mtime
        pid = int(match["pid"]) if match["pid"] else None
        stale = age > STALE_AGE or (pid is not None and pid != os.getpid() and age > DEAD_WRITER_AGE and _gone(pid))
        if stat.S_ISREG(st.st_mode) and stale:
            with suppress(OSError):
                path.unlink()


def _gone(pid: int) -> bool:
    """True when no process ``pid`` runs here (a process we may not signal still runs)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, OSError):
        return False
    return False


def formats_from(spec: str, known: Iterable[str]) -> list[str]:
    """``"ics,md"`` -> ``["ics", "md"]``; ``"all"`` -> every registered exporter.

    An unknown name, or a list naming none (``","``), raises UnknownFormatError listing the names.
    """
    names = list(known)
    if spec.strip() == "all":
        return names
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    if not wanted:
        raise UnknownFormatError(f"{spec!r} names no format (there are: all, {', '.join(names)})")
    for name in wanted:
        EXPORTERS.get(name)
    return list(dict.fromkeys(wanted))


def check_file(
    path: str | os.PathLike[str], *, root: str | os.PathLike[str] | None = None
) -> tuple[Timeline, list[Finding]]:
    """Load the timeline at ``path`` and check it, reading the local ``file`` of each source a quote cites.

    A ``file`` must lie in the timeline's folder or below it (or in ``root`` or below, when given;
    symbolic links resolved) and be a regular file: anything else is refused with one line naming
    the source.
    """
    from .check import check  # only this command needs it

    path = Path(path)
    timeline = load(path)
    # A file some quote is checked against must lie inside and is read. Any other file is only looked
    # for when it lies inside (a calendar an import names as its events' source may lie beside the
    # timeline's folder; outside, nothing is touched).
    citations = [c for e in timeline.events for c in e.sources] + [c for s in timeline.sources for c in s.sources]
    quoted = {c.source for c in citations if c.quote}
    documents = {}
    for index, src in enumerate(timeline.sources):
        if not src.file:
            continue
        field = f"sources[{index}].file"
        if src.id in quoted:
            doc = source_file(path, src.file, field, root=root)
            documents[src.id] = read_text(doc, f"the text of source '{src.id}'", regular_only=True)
            continue
        try:
            doc = source_file(path, src.file, field, root=root)
        except ReadError:
            continue
        if not doc.exists():
            raise ReadError(str(doc), None, "no such file")
    return timeline, check(timeline, documents)


def source_file(
    timeline_path: str | os.PathLike[str],
    name: str,
    field: str = "file",
    *,
    root: str | os.PathLike[str] | None = None,
) -> Path:
    """The path of a file the timeline at ``timeline_path`` names, if it lies in the timeline's folder or below.

    ``name`` is relative to the timeline's folder. An absolute path, a ``..`` leading out, or a
    symbolic link resolving outside the folder (or outside ``root``, when given) is a ReadError
    naming ``field``: a timeline from elsewhere must not make chronik read the user's files.
    """
    timeline_path = Path(timeline_path)
    base = timeline_path.parent
    fence = Path(root) if root is not None else base
    try:
        inside = not os.path.isabs(name) and (base / name).resolve().is_relative_to(fence.resolve())
    except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL
        inside = False
    if not inside:
        where = f"outside {fence}" if root is not None else "outside the timeline's folder"
        raise ReadError(
            str(timeline_path),
            None,
            f"{field}: {name!r} is {where}; chronik reads only files in it or below (check --root DIR widens that)",
        )
    return base / name


def read_text(path: str | os.PathLike[str], what: str = "a text file", *, regular_only: bool = False) -> str:
    """The UTF-8 text of ``path`` (a byte order mark dropped), bounded like :func:`load`; one-line errors.

    ``chronik check`` reads sources' local files with it, so character offsets taken in this text
    (a citation's ``at``) are the offsets ``check`` verifies. ``regular_only`` refuses FIFOs,
    devices and sockets (a path a timeline names must never block or stream).
    """
    path = Path(path)
    data = _read_bytes(path, what, regular_only=regular_only)
    return decode(data, str(path), what)


def lint_file(path: str | os.PathLike[str]) -> list[LintFinding]:
    """Lint the .ics file at ``path`` (any calendar, not only chronik's); bounded read like :func:`load`."""
    from .lint import lint  # it reads the ICS library's zone tables: only for this command

    return lint(_read_bytes(Path(path), "a calendar file"))


def _read_bytes(path: Path, what: str, *, regular_only: bool = False) -> bytes:
    """The bytes of ``path``, refused with one line when missing, a folder, unreadable or over the limit.

    The file is opened without blocking and checked before reading: a device or socket is always
    refused, a FIFO (a pipe the user gives, like ``<(...)``) only with ``regular_only``.
    """
    origin = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ReadError(origin, None, "no such file") from None
    except IsADirectoryError:
        raise ReadError(origin, None, f"is a directory, not {what}") from None
    except OSError as err:
        raise ReadError(origin, None, f"cannot read: {err.strerror or err}") from None
    try:
        st = os.fstat(fd)
    except OSError as err:
        os.close(fd)
        raise ReadError(origin, None, f"cannot read: {err.strerror or err}") from None
    if stat.S_ISDIR(st.st_mode):
        os.close(fd)
        raise ReadError(origin, None, f"is a directory, not {what}")
    with os.fdopen(fd, "rb") as handle:
        try:
            pipe = stat.S_ISFIFO(st.st_mode)
            if not stat.S_ISREG(st.st_mode) and (regular_only or not pipe):
                kind = "a FIFO" if pipe else "a device or socket"
                raise ReadError(origin, None, f"is {kind}, not a regular file; chronik reads {what} only from a file")
            if st.st_size > MAX_BYTES:
                raise ReadError(
                    origin, None, f"file is too large ({st.st_size:,} bytes; chronik reads up to {MAX_BYTES:,})"
                )
            if pipe:
                os.set_blocking(fd, True)  # the user's own pipe: wait for its writer like any program
            return handle.read(MAX_BYTES + 1)
        except OSError as err:
            raise ReadError(origin, None, f"cannot read: {err.strerror or err}") from None
