"""Bad timeline files: each gives one clear line naming file:line (and the field), never a traceback."""

from __future__ import annotations

import pytest

import chronik
from chronik.errors import TimelineError

from ..conftest import DATA

INVALID = DATA / "invalid"

#: file -> (line, what the message must say)
EXPECTED: dict[str, tuple[int | None, str]] = {
    "alias_bomb.yaml": (7, "aliases repeat more than 1,000,000 values"),
    "bad_geo.yaml": (6, "places[0].geo.lat: Input should be less than or equal to 90 (got 123)"),
    "bad_id.yaml": (1, "id: 'Not An Id' is not a valid id"),
    "bad_status.yaml": (6, "events[0].status: Input should be 'confirmed', 'planned', 'tentative' or 'cancelled'"),
    "bad_url.yaml": (6, "sources[0].url: 'javascript:alert(1)' is not an http(s) URL"),
    "binary.yaml": (1, "binary file"),
    "bom_bad_day.yaml": (6, "events[0].when: '2024-11-31' is not a valid date: 2024-11 has no day 31"),
    "boolean_date.yaml": (6, "events[0].when: expected an EDTF date as text, got bool"),
    "broken.json": (8, "JSON syntax error"),
    "broken_yaml.yaml": (7, "YAML syntax error"),
    "dangling_constraint.yaml": (8, "events[1].after[0]: 'c' is no event or dated source"),
    "deep_nesting.yaml": (3, "nested more than 32 levels deep"),
    "duplicate_id.yaml": (6, "events[1].id: duplicate id 'a' (first used at events[0])"),
    "duplicate_key.json": (4, "duplicate key 'title'"),
    "duplicate_key.yaml": (3, "duplicate key 'title'"),
    "empty.yaml": (1, "but this one is empty"),
    "floating_time.yaml": (6, "is a local time but neither its place nor the timeline names a time zone"),
    "impossible_day.yaml": (6, "events[0].when: '2024-02-30' is not a valid date: 2024-02 has no day 30"),
    "latin1.yaml": (2, "not UTF-8 text (byte 0xE9)"),
    "not_a_mapping.yaml": (1, "but this one is a list"),
    "parent_cycle.yaml": (6, "events[0].parent: the parents of 'a' form a cycle"),
    "python_tag.yaml": (6, "YAML tag 'tag:yaml.org,2002:python/object:os.system' is not supported"),
    "self_reference.yaml": (4, "event 'a' refers to itself"),
    "two_documents.yaml": (3, "one YAML document"),
    "unknown_field.json": (9, "events[0].colour: unknown field 'colour'"),
    "unknown_field.yaml": (6, "events[0].whn: unknown field 'whn'; did you mean 'when'?"),
    "unknown_source.yaml": (6, "events[0].sources[0].source: no source has the id 'nowhere'"),
    "unknown_zone.yaml": (3, "timezone: 'Europe/Berln' is not a known IANA time zone"),
    "wrong_date.json": (1, "events[0].when: '2024-13-01' is not a valid date: month 13 does not exist"),
    "wrong_date.yaml": (6, "events[0].when: '2024-13-01' is not a valid date: month 13 does not exist"),
    "year_beyond_9999.yaml": (6, "years beyond 9999"),
    "zero_duration.yaml": (7, "events[0].when: '2024-11-10/P0D': a duration must be longer than zero"),
    "zero_length_times.yaml": (7, "events[0].when: '2024-11-10T10:00/2024-11-10T10:00' ends when it starts"),
    "dst_gap.yaml": (7, "events[0].when: '2024-03-31T02:30' does not exist in Europe/Berlin"),
    "zone_localtime.yaml": (3, "timezone: 'localtime' is not a known IANA time zone"),
    "invisible_title.yaml": (5, "events[0].title: has no visible character"),
    "url_separator.yaml": (6, "sources[0].url: 'https://example.org/\\u2028x' is not an http(s) URL"),
    "escape_in_id.yaml": (4, "events[0].id: 'a\\x1b[2J\\nb' is not a valid id"),
    "deep_parents.yaml": (37, "events[33].parent: 'e33' is a part nested 33 levels deep"),
}


def test_every_invalid_file_has_an_expectation() -> None:
    """The corpus and the table above list the same files."""
    assert sorted(p.name for p in INVALID.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_file_gives_one_clear_line(name: str) -> None:
    """The first line of the error is ``file:line: [field: ]message``."""
    line, message = EXPECTED[name]
    path = INVALID / name
    with pytest.raises(TimelineError) as err:
        chronik.load(path)
    first = str(err.value).splitlines()[0]
    assert first.startswith(f"{path}:{line}: "), first
    assert message in first
    assert "Traceback" not in str(err.value)
    assert len(str(err.value).splitlines()) == 1
    assert all(c.isprintable() or c == "\n" for c in str(err.value)), "a control character in the message"
