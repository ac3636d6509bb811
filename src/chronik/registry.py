"""The contracts of readers and exporters, and the registries that hold them.

A format is one small class in its own module, registered here by name. Adding one means one
module, one ``register_lazy`` line in ``readers/__init__.py`` or ``exporters/__init__.py`` (the
module is imported when the format is first used), and its golden tests; the CLI picks it up from
:meth:`Registry.names` (a built-in exporter's name also goes into ``chronik.cli.FORMATS``, which
``--help`` shows without importing any format; a test holds the two equal).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import import_module
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from .errors import UnknownFormatError

if TYPE_CHECKING:
    from .model import Timeline
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


@dataclass(frozen=True, slots=True)
class _Lazy:
    """A format registered by where its class lives: imported when it is first used."""

    module: str
    attr: str
    suffixes: tuple[str, ...]


class Registry(Generic[T]):
    """Format classes by name, in the order they were registered.

    ``builtins`` names the package whose import registers the built-in formats; it is imported on the
    registry's first use. A format registered with :meth:`register_lazy` is imported only when it is
    looked up, so a command imports only the formats it uses (``chronik show`` no ICS library).
    """

    def __init__(self, kind: str, builtins: str | None = None) -> None:
        self.kind = kind
        self._builtins = builtins
        self._classes: dict[str, type[T] | _Lazy] = {}

    def _loaded(self) -> dict[str, type[T] | _Lazy]:
        if self._builtins is not None:
            package, self._builtins = self._builtins, None
            import_module(package)
        return self._classes

    def register(self, cls: type[T]) -> type[T]:
        """Add ``cls`` under its ``name``; usable as a class decorator. A name can be taken once."""
        name: str = getattr(cls, "name")  # noqa: B009 - T is a Protocol without a bound here
        if name in self._loaded():
            raise ValueError(f"a {self.kind} named '{name}' is registered already")
        self._classes[name] = cls
        return cls

    def register_lazy(self, name: str, target: str, *, suffixes: tuple[str, ...]) -> None:
        """Add the class ``target`` (``package.module:Class``) under ``name`` without importing it.

        ``suffixes`` are the file suffixes :meth:`for_path` finds it by (a reader's ``suffixes``, an
        exporter's ``suffix``); the class must agree with ``name`` and them when it is imported.
        """
        module, _, attr = target.partition(":")
        if name in self._classes:
            raise ValueError(f"a {self.kind} named '{name}' is registered already")
        self._classes[name] = _Lazy(module, attr, suffixes)

    def _resolve(self, name: str) -> type[T]:
        entry = self._classes[name]
        if not isinstance(entry, _Lazy):
            return entry
        cls: type[T] = getattr(import_module(entry.module), entry.attr)
        if getattr(cls, "name", None) != name or _suffixes(cls) != entry.suffixes:
            raise ValueError(f"{entry.module}.{entry.attr} is not the {self.kind} registered as '{name}'")
        self._classes[name] = cls
        return cls

    def get(self, name: str) -> type[T]:
        """The class registered as ``name``; UnknownFormatError lists the names there are."""
        if name not in self._loaded():
            known = ", ".join(self.names())
            raise UnknownFormatError(f"no {self.kind} named '{name}' (there are: {known})") from None
        return self._resolve(name)

    def create(self, name: str, **options: Any) -> T:
        """An instance of the class registered as ``name``, made with ``options``."""
        factory: Callable[..., T] = self.get(name)
        return factory(**options)

    def for_path(self, path: str | PurePath) -> type[T]:
        """The class whose suffixes include the suffix of ``path``."""
        suffix = PurePath(path).suffix.lower()
        for name, entry in self._loaded().items():
            if suffix in (entry.suffixes if isinstance(entry, _Lazy) else _suffixes(entry)):
                return self._resolve(name)
        classes = [self._resolve(name) for name in self.names()]
        known = ", ".join(sorted({s for c in classes for s in getattr(c, "suffixes", ())}))
        raise UnknownFormatError(f"cannot tell the format of '{path}' from its suffix (chronik reads {known})")

    def names(self) -> list[str]:
        """Registered names, in registration order."""
        return list(self._loaded())


def _suffixes(cls: type[Any]) -> tuple[str, ...]:
    """The suffixes a format class is found by: a reader's ``suffixes``, else an exporter's ``suffix``."""
    return tuple(getattr(cls, "suffixes", None) or (getattr(cls, "suffix", None),))


READERS: Registry[Reader] = Registry("reader", "chronik.readers")
EXPORTERS: Registry[Exporter] = Registry("exporter", "chronik.exporters")
