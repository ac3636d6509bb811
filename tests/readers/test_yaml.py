"""The YAML reader decides what scalars mean, and bounds what a file can cost."""

from __future__ import annotations

import pytest

import chronik
from chronik.errors import ReadError
from chronik.readers._yaml import load_yaml, locate_yaml


def test_scalars_follow_yaml_12_core() -> None:
    """Only true/false are booleans, only digits make integers; dates and times stay text."""
    data = load_yaml("a: no\nb: 11:30\nc: 2024-11-10\nd: 1967\ne: true\nf: 0x1F\ng: ~\nh: 1.5\ni: '12'\n", "x")
    assert data == {
        "a": "no",
        "b": "11:30",
        "c": "2024-11-10",
        "d": 1967,
        "e": True,
        "f": "0x1F",
        "g": None,
        "h": 1.5,
        "i": "12",
    }


def test_aliases_are_shared_not_copied() -> None:
    """A normal anchor/alias works."""
    data = load_yaml("a: &x [1, 2]\nb: *x\n", "x")
    assert data == {"a": [1, 2], "b": [1, 2]}


def test_unknown_alias_is_an_error() -> None:
    """An alias before its anchor names the line."""
    with pytest.raises(ReadError, match=r"x:1: .*alias"):
        load_yaml("a: *nope\n", "x")


def test_non_text_keys_are_errors() -> None:
    """Keys must be text: numbers or lists as keys are rejected with a line."""
    with pytest.raises(ReadError, match="keys must be text"):
        load_yaml("1: a\n", "x")
    with pytest.raises(ReadError, match="keys must be text"):
        load_yaml("? [a]\n: b\n", "x")


def test_integer_years_are_edtf_years() -> None:
    """``when: 1967`` written without quotes is the year 1967."""
    tl = chronik.loads("id: t\ntitle: T\nevents:\n  - id: a\n    title: A\n    when: 1967\n")
    assert str(tl.events[0].when) == "1967"


def test_locate_finds_the_deepest_existing_key() -> None:
    """The locator maps a path to the line of its key, or of the nearest existing parent."""
    text = "id: t\ntitle: T\nevents:\n  - id: a\n    title: A\n    when: x\n"
    assert locate_yaml(text, ("events", 0, "when")) == 6
    assert locate_yaml(text, ("events", 0, "missing")) == 4
    assert locate_yaml(text, ("title",)) == 2


def test_missing_title_names_the_field() -> None:
    """A missing required field is reported as such."""
    with pytest.raises(chronik.InvalidTimelineError, match=r"<string>:1: title: this field is required"):
        chronik.loads("id: t\n")


def test_timeline_id_defaults_to_the_file_name(tmp_path: object) -> None:
    """Without ``id`` the file's name (made into an id) is the timeline id."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "My Trip 2024.yaml"
    path.write_text("title: T\n", encoding="utf-8")
    assert chronik.load(path).id == "My-Trip-2024"


def test_missing_file_and_directory(tmp_path: object) -> None:
    """A missing file or a folder gives a one-line error."""
    from pathlib import Path

    with pytest.raises(ReadError, match="no such file"):
        chronik.load(Path(str(tmp_path)) / "nope.yaml")
    folder = Path(str(tmp_path)) / "dir.yaml"
    folder.mkdir()
    with pytest.raises(ReadError, match="directory"):
        chronik.load(folder)


def test_unknown_suffix() -> None:
    """A file whose suffix names no reader says which suffixes chronik reads."""
    with pytest.raises(chronik.UnknownFormatError, match=r"\.json, \.yaml, \.yml"):
        chronik.load("timeline.txt")


def test_only_alias_repetition_counts_towards_the_bomb_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A big file without aliases loads even under a tiny alias limit; repeated aliases do not."""
    from chronik.readers import _yaml

    monkeypatch.setattr(_yaml, "MAX_ALIASED", 10)
    big = "items:\n" + "".join(f"  - {{a: {i}, b: [x, y, z]}}\n" for i in range(5000))
    assert len(load_yaml(big, "x")["items"]) == 5000
    with pytest.raises(ReadError, match=r"x:3: aliases repeat more than 10 values"):
        load_yaml("a: &a [1, 2, 3, 4, 5, 6]\nb: *a\nc: *a\n", "x")


def test_tab_inside_a_key_found_by_fuzzing() -> None:
    """Regression (fuzzing): a key with a tab is an unknown field with its line, not a crash."""
    with pytest.raises(chronik.InvalidTimelineError, match=r"<string>:5: sources\[0\]\.k\\tnd: unknown field"):
        chronik.loads("id: t\ntitle: T\nsources:\n  - id: s\n    k\tnd: article\n")
