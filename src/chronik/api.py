"""The library's entry points, and the only module that touches files.

``loads``/``dumps`` are pure (text in, text out); ``load`` and ``write_exports`` wrap them with
file I/O: bounded reads, and atomic writes (a temporary file in the target folder, then a rename)
so a failed export leaves the previous files as they were.
"""

from __future__ import annotations

import gc
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from . import exporters as _exporters  # noqa: F401 - registers the built-in exporters
from . import readers as _readers  # noqa: F401 - registers the built-in readers
from .check import Finding, check
from .errors import OutputError, ReadError
from .lint import Finding as LintFinding
from .lint import lint
from .model import Timeline
from .readers._common import MAX_BYTES, decode
from .registry import EXPORTERS, READERS

__all__ = [
    "Rendered",
    "check_file",
    "default_timeline",
    "dumps",
    "lint_file",
    "load",
    "load_with_notes",
    "loads",
    "read_text",
    "render",
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


def _default_id(stem: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-._")[:128]
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
    with _no_gc():
        timeline = reader.read(text, origin=origin, default_id=_default_id(path.stem))
    return timeline, list(getattr(reader, "notes", []))


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a large, acyclic object tree.

    Parsing allocates millions of objects that all stay alive; the collector's passes over them
    cost about a third of load time at 100,000 events and free nothing.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Rendered:
    """One export in memory: its format name, file suffix, text and notes."""

    format: str
    suffix: str
    text: str
    notes: tuple[str, ...]


def render(timeline: Timeline, format: str, **options: Any) -> Rendered:
    """Export ``timeline`` as ``format`` with exporter ``options``; pure."""
    exporter = EXPORTERS.create(format, **options)
    return Rendered(format, exporter.suffix, exporter.export(timeline), tuple(exporter.notes(timeline)))


def dumps(timeline: Timeline, format: str, **options: Any) -> str:
    """``timeline`` as text in ``format``; pure and deterministic."""
    return render(timeline, format, **options).text


def write_exports(
    timeline: Timeline,
    formats: Sequence[str],
    out_dir: str | os.PathLike[str],
    stem: str,
    options: dict[str, dict[str, Any]] | None = None,
    infix: str = "",
) -> list[tuple[Path, Rendered]]:
    """Render every format first, then write ``<out_dir>/<stem><infix><suffix>`` atomically each.

    The file name comes from ``stem`` (the timeline file's name), never from event data.
    """
    options = options or {}
    done = [render(timeline, f, **options.get(f, {})) for f in formats]
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out}: cannot create the folder: {err.strerror or err}") from None
    written = []
    for item in done:
        target = out / f"{_default_id(stem)}{infix}{item.suffix}"
        _atomic_write(target, item.text.encode("utf-8"))
        written.append((target, item))
    return written


def write_text(target: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 to ``target`` atomically (the parent folder must exist)."""
    _atomic_write(Path(target), text.encode("utf-8"))


def _atomic_write(target: Path, data: bytes) -> None:
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
        tmp = None
    except OSError as err:
        raise OutputError(f"{target}: cannot write: {err.strerror or err}; the previous file is unchanged") from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


def formats_from(spec: str, known: Iterable[str]) -> list[str]:
    """``"ics,md"`` -> ``["ics", "md"]``; ``"all"`` -> every registered exporter."""
    names = list(known)
    if spec.strip() == "all":
        return names
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    for name in wanted:
        EXPORTERS.get(name)
    return list(dict.fromkeys(wanted))


def check_file(path: str | os.PathLike[str]) -> tuple[Timeline, list[Finding]]:
    """Load the timeline at ``path`` and check it, reading each source's local ``file`` for its quotes."""
    path = Path(path)
    timeline = load(path)
    documents = {}
    for src in timeline.sources:
        if src.file:
            doc = path.parent / src.file
            documents[src.id] = read_text(doc, f"the text of source '{src.id}'")
    return timeline, check(timeline, documents)


def read_text(path: str | os.PathLike[str], what: str = "a text file") -> str:
    """The UTF-8 text of ``path`` (a byte order mark dropped), bounded like :func:`load`; one-line errors.

    ``chronik check`` reads sources' local files with it, so character offsets taken in this text
    (a citation's ``at``) are the offsets ``check`` verifies.
    """
    path = Path(path)
    data = _read_bytes(path, what)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise ReadError(str(path), line, f"this is a binary file (it contains a NUL byte), not {what}")
    return decode(data, str(path))


def lint_file(path: str | os.PathLike[str]) -> list[LintFinding]:
    """Lint the .ics file at ``path`` (any calendar, not only chronik's); bounded read like :func:`load`."""
    return lint(_read_bytes(Path(path), "a calendar file"))


def _read_bytes(path: Path, what: str) -> bytes:
    """The bytes of ``path``, refused with one line when missing, a folder, unreadable or over the limit."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(origin, None, f"file is too large ({size:,} bytes; chronik reads up to {MAX_BYTES:,})")
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ReadError(origin, None, "no such file") from None
    except IsADirectoryError:
        raise ReadError(origin, None, f"is a directory, not {what}") from None
    except OSError as err:
        raise ReadError(origin, None, f"cannot read: {err.strerror or err}") from None
