"""The contracts of readers and exporters, and the registries that hold them.

A format is one small class in its own module, registered here by name. Adding one means one
module, one ``register`` line in ``readers/__init__.py`` or ``exporters/__init__.py``, and its golden
tests; the CLI picks it up from :meth:`Registry.names`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from .errors import UnknownFormatError
from .model import Timeline

if TYPE_CHECKING:
    from .prepared import Prepared

__all__ = ["EXPORTERS", "READERS", "Exporter", "Reader", "Registry"]


class Reader(Protocol):
    """Turns text into a Timeline; raises ReadError or InvalidTimelineError naming origin and line."""

    name: ClassVar[str]
    """Registry key, like ``yaml``."""
    suffixes: ClassVar[tuple[str, ...]]
    """File suffixes it reads, like ``(".yaml", ".yml")``."""

    def read(self, text: str, /, *, origin: str = ..., default_id: str = ...) -> Timeline:
        """Parse ``text``; ``default_id`` names a timeline whose file gives no id."""


class Exporter(Protocol):
    """Turns a valid Timeline into text. Pure and deterministic: same timeline, same bytes.

    Options are keyword arguments of ``__init__`` (every exporter takes ``language``); the work
    happens in :meth:`chunks`, which reads the chronology and the findings from the
    :class:`~chronik.prepared.Prepared` it is given (computed once per run, shared by all formats)
    and yields the document in parts, so it can be written without being held whole.
    Exporters trust the model and never validate.
    """

    name: ClassVar[str]
    """Registry key and ``--format`` value, like ``ics``."""
    suffix: ClassVar[str]
    """File suffix of its output, like ``.ics``."""
    media_type: ClassVar[str]
    """IANA media type of its output, like ``text/calendar``."""

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        """The output document in parts, in order: ``"".join(chunks(p)) == export(p.timeline)``."""

    def export(self, timeline: Timeline | Prepared, /) -> str:
        """The whole output document: ``"".join(self.chunks(Prepared.of(timeline)))``."""

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        """What the format had to leave out or change, one line each (shown on stderr)."""


T = TypeVar("T")


class Registry(Generic[T]):
    """Format classes by name, in the order they were registered."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._classes: dict[str, type[T]] = {}

    def register(self, cls: type[T]) -> type[T]:
        """Add ``cls`` under its ``name``; usable as a class decorator. A name can be taken once."""
        name: str = getattr(cls, "name")  # noqa: B009 - T is a Protocol without a bound here
        if name in self._classes:
            raise ValueError(f"a {self.kind} named '{name}' is registered already")
        self._classes[name] = cls
        return cls

    def get(self, name: str) -> type[T]:
        """The class registered as ``name``; UnknownFormatError lists the names there are."""
        try:
            return self._classes[name]
        except KeyError:
            known = ", ".join(self.names())
            raise UnknownFormatError(f"no {self.kind} named '{name}' (there are: {known})") from None

    def create(self, name: str, **options: Any) -> T:
        """An instance of the class registered as ``name``, made with ``options``."""
        factory: Callable[..., T] = self.get(name)
        return factory(**options)

    def for_path(self, path: str | PurePath) -> type[T]:
        """The class whose suffixes include the suffix of ``path``."""
        suffix = PurePath(path).suffix.lower()
        for cls in self._classes.values():
            suffixes = getattr(cls, "suffixes", None) or (getattr(cls, "suffix", None),)
            if suffix in suffixes:
                return cls
        known = ", ".join(sorted({s for c in self._classes.values() for s in getattr(c, "suffixes", ())}))
        raise UnknownFormatError(f"cannot tell the format of '{path}' from its suffix (chronik reads {known})")

    def names(self) -> list[str]:
        """Registered names, in registration order."""
        return list(self._classes)


READERS: Registry[Reader] = Registry("reader")
EXPORTERS: Registry[Exporter] = Registry("exporter")
