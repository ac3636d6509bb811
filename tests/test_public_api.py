"""The public surface: ``__all__`` is sorted and complete; registries hold well-formed formats."""

from __future__ import annotations

import types
from typing import ClassVar

import pytest

import chronik
from chronik.errors import UnknownFormatError
from chronik.model import Timeline
from chronik.registry import EXPORTERS, READERS, Registry


def test_all_is_sorted_and_complete() -> None:
    """Every public name is listed once, sorted isort-style: CONSTANTS, Classes, functions."""
    loaded = {n: getattr(chronik, n) for n in dir(chronik)}  # the public names are loaded on first use
    public = {n for n, v in loaded.items() if not n.startswith("_") and not isinstance(v, types.ModuleType)}
    key = lambda n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n)  # noqa: E731
    assert sorted(chronik.__all__, key=key) == chronik.__all__
    assert set(chronik.__all__) - {"__version__"} == public


@pytest.mark.parametrize("name", EXPORTERS.names())
def test_exporters_are_well_formed(name: str) -> None:
    """Each exporter has a name, a suffix, a media type, a docstring, and takes ``language``."""
    cls = EXPORTERS.get(name)
    assert cls.name == name
    assert cls.suffix.startswith(".")
    assert "/" in cls.media_type
    assert cls.__doc__
    EXPORTERS.create(name, language="en")


def test_readers_by_suffix() -> None:
    """Readers are found by file suffix."""
    assert READERS.for_path("a.yml").name == "yaml"
    assert READERS.for_path("a.JSON").name == "json"


def test_unknown_names_list_the_known_ones() -> None:
    """Asking for an unknown format names the formats there are."""
    with pytest.raises(UnknownFormatError, match="there are: ics, md, json, "):
        EXPORTERS.get("pdf")


def test_duplicate_registration_is_refused() -> None:
    """A name can be registered once."""
    registry: Registry[object] = Registry("thing")

    class A:
        name: ClassVar[str] = "a"

    registry.register(A)
    with pytest.raises(ValueError, match="registered already"):
        registry.register(A)


def test_a_new_exporter_is_one_registration(monkeypatch: pytest.MonkeyPatch, seed: Timeline) -> None:
    """A third-party exporter plugs in through the registry and works through the API."""

    class Titles:
        """One title per line."""

        name: ClassVar[str] = "titles"
        suffix: ClassVar[str] = ".txt"
        media_type: ClassVar[str] = "text/plain"

        def __init__(self, *, language: str | None = None) -> None:
            pass

        def export(self, timeline: Timeline, /) -> str:
            return "\n".join(e.title for e in timeline.events) + "\n"

        def notes(self, timeline: Timeline, /) -> list[str]:
            return []

    monkeypatch.setitem(EXPORTERS._classes, "titles", Titles)
    assert chronik.dumps(seed, "titles").startswith("Städtepartnerschaft")
