"""One ordering and one check per export run, and each format written in parts into its staged file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import chronik
from chronik import api, check, ordering
from chronik.errors import OutputError
from chronik.model import Timeline
from chronik.prepared import Prepared
from chronik.registry import EXPORTERS

from .conftest import SEED

OPTIONS: dict[str, dict[str, Any]] = {"md": {"findings": True, "mermaid": True}, "html": {"findings": True}}


@pytest.mark.parametrize("name", EXPORTERS.names())
@pytest.mark.parametrize("language", [None, "en"])
def test_chunks_join_to_the_export(seed: Timeline, name: str, language: str | None) -> None:
    """``"".join(chunks(p)) == export(timeline)``, and every format but the one-part adapters comes in parts."""
    exporter = EXPORTERS.create(name, language=language, **OPTIONS.get(name, {}))
    parts = list(exporter.chunks(Prepared(seed)))
    assert "".join(parts) == exporter.export(seed) == exporter.export(Prepared(seed))
    assert all(isinstance(p, str) for p in parts)
    assert exporter.notes(Prepared(seed)) == exporter.notes(seed)


@pytest.mark.parametrize("name", sorted(set(EXPORTERS.names()) - {"ics", "json"}))
def test_a_long_timeline_comes_in_many_parts(name: str) -> None:
    """Parts per entry or per batch of lines: a timeline of 1,000 days is never one string."""
    events = [
        {
            "id": f"e{i}",
            "title": f"Day {i}",
            "when": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            "sources": [{"source": "s"}],
        }
        for i in range(1000)
    ]
    tl = Timeline.model_validate(
        {"id": "t", "title": "T", "sources": [{"id": "s", "publisher": "P"}], "events": events}
    )
    exporter = EXPORTERS.create(name, **OPTIONS.get(name, {}))
    parts = list(exporter.chunks(Prepared(tl)))
    assert len(parts) >= 5
    assert "".join(parts) == exporter.export(tl)


def test_a_run_orders_and_checks_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every format, the ICS file under a language infix included, shares one chronology and one check."""
    calls = {"entries": 0, "order_entries": 0, "chronology": 0, "check": 0}

    def counted(module: Any, name: str) -> None:
        real = getattr(module, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    for name in ("entries", "order_entries", "chronology"):
        counted(ordering, name)
    counted(check, "check")
    tl = chronik.load(SEED)
    written = api.write_exports(tl, EXPORTERS.names(), tmp_path, "seed", OPTIONS, ".en")
    assert calls == {"entries": 1, "order_entries": 1, "chronology": 0, "check": 1}
    assert [w.format for _, w in written] == EXPORTERS.names()
    monkeypatch.undo()
    for target, item in written:
        options = OPTIONS.get(item.format, {})
        source = tl.model_copy(update={"id": f"{tl.id}.en"}) if item.format == "ics" else tl
        assert target.read_bytes().decode("utf-8") == chronik.dumps(source, item.format, **options)
        assert item.notes == chronik.render(source, item.format, **options).notes


class _BrokenLate:
    """An exporter whose second part cannot be written (a lone surrogate) after a good first part."""

    name: ClassVar[str] = "broken-late"
    suffix: ClassVar[str] = ".broken"
    media_type: ClassVar[str] = "text/plain"

    def __init__(self, **options: Any) -> None:
        pass

    def chunks(self, prepared: Prepared, /) -> Iterator[str]:
        yield "good " * 100_000
        yield "bad \ud800"

    def export(self, timeline: Timeline | Prepared, /) -> str:
        return "".join(self.chunks(Prepared.of(timeline)))

    def notes(self, timeline: Timeline | Prepared, /) -> list[str]:
        return []


def test_a_part_that_cannot_be_written_changes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lone surrogate in a late part of the last format: no target changed, no temporary file left."""
    api.write_exports(chronik.load(SEED), ["md", "csv"], tmp_path, "seed")
    (tmp_path / "seed.md").write_text("old", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    monkeypatch.setitem(EXPORTERS._classes, "broken-late", _BrokenLate)
    with pytest.raises(OutputError, match=r"seed\.broken: cannot write: not UTF-8 text .*; no file was changed"):
        api.write_exports(chronik.load(SEED), ["md", "csv", "broken-late"], tmp_path, "seed")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
