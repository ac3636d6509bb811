"""The versioned feed (chronik.feed): byte stability, SEQUENCE, cancelled events, the history file."""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronik import api, feed
from chronik.exporters._ics import IcsExporter
from chronik.model import Timeline
from chronik.prepared import Prepared
from tests.strategies import timelines

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _clock(at: datetime) -> Any:
    return lambda: at


def _events(cal: str) -> dict[str, str]:
    """UID -> VEVENT text of a calendar (as served)."""
    out = {}
    for block in re.findall(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", cal, re.DOTALL):
        uid = re.search(r"^UID:(.*(?:\r\n .*)*)\r\n", block, re.MULTILINE)
        assert uid is not None
        out[uid[1].replace("\r\n ", "")] = block
    return out


def _seq(block: str) -> int:
    found = re.search(r"^SEQUENCE:([0-9]+)\r\n", block, re.MULTILINE)
    assert found is not None
    return int(found[1])


def _build(tl: Timeline, history: feed.History, at: datetime) -> feed.Feed:
    return feed.build(Prepared(tl), IcsExporter(), history, now=_clock(at))


def _seed() -> Timeline:
    return api.load(api.default_timeline())


def test_the_first_version_is_the_export() -> None:
    tl = _seed()
    made = _build(tl, feed.History(), T0)
    assert made.text() == IcsExporter().export(tl)
    assert set(made.changed) == set(_events(made.text()))  # every record is new: the history is saved


def test_an_edit_keeps_the_uid_raises_sequence_and_leaves_the_rest_byte_identical() -> None:
    tl = _seed()
    history = feed.History()
    first = _events(_build(tl, history, T0).text())
    events = [e.model_copy(update={"title": "Abflug verschoben"}) if e.id == "departure" else e for e in tl.events]
    second_feed = _build(tl.model_copy(update={"events": tuple(events)}), history, T0 + timedelta(days=1))
    second = _events(second_feed.text())
    assert set(first) == set(second)
    changed = [uid for uid in first if first[uid] != second[uid]]
    assert [u.split(".")[0] for u in changed] == ["departure"]
    block = second[changed[0]]
    assert _seq(block) == 1
    assert "DTSTAMP:20260102T000000Z\r\n" in block
    assert "LAST-MODIFIED:20260102T000000Z\r\n" in block
    # the same version again: nothing moves
    third = _build(tl.model_copy(update={"events": tuple(events)}), history, T0 + timedelta(days=2))
    assert third.text() == second_feed.text()
    assert third.changed == ()


def test_a_removed_event_stays_cancelled_and_comes_back_with_a_higher_sequence() -> None:
    tl = _seed()
    history = feed.History()
    _build(tl, history, T0)
    without = tl.model_copy(update={"events": tuple(e for e in tl.events if e.id != "departure")})
    gone = _events(_build(without, history, T0 + timedelta(hours=1)).text())
    uid = next(u for u in gone if u.startswith("departure."))
    assert "STATUS:CANCELLED\r\n" in gone[uid]
    assert _seq(gone[uid]) == 1
    again = _events(_build(without, history, T0 + timedelta(hours=2)).text())
    assert again[uid] == gone[uid]
    back = _events(_build(tl, history, T0 + timedelta(hours=3)).text())
    assert _seq(back[uid]) == 2
    assert "STATUS:CONFIRMED\r\n" in back[uid]


def test_filters_keep_each_events_bytes() -> None:
    made = _build(_seed(), feed.History(), T0)
    whole = _events(made.text())
    reports = _events(made.text(kind="report"))
    assert reports
    assert all(whole[uid] == text for uid, text in reports.items())
    assert all("CATEGORIES:report" in text for text in reports.values())
    tagged = made.text(tag="Delegation", name="Delegation")
    assert "X-WR-CALNAME:Kai Wegners USA-Reise im November 2024 – Delegation\r\n" in tagged
    cal = icalendar.Calendar.from_ical(tagged)
    assert [str(c["UID"]).split(".")[0] for c in cal.walk("VEVENT")] == ["delegation-trip"]


def test_refresh_goes_into_both_properties() -> None:
    text = _build(_seed(), feed.History(), T0).text(refresh="PT6H")
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in text
    assert "X-PUBLISHED-TTL:PT6H\r\n" in text


def test_the_history_file_round_trips(tmp_path: Path) -> None:
    tl = _seed()
    # a title that reads like a component's end is text, not structure
    tl = tl.model_copy(
        update={"events": tuple(e.model_copy(update={"title": "END:VEVENT BEGIN:X"}) for e in tl.events)}
    )
    path = tmp_path / "t.yaml.history"
    history = feed.History.load(path)
    _build(tl, history, T0)
    history.save()
    again = feed.History.load(path)
    assert again.calendars == history.calendars
    assert again.dumps() == path.read_bytes()


_HEAD = b'{"format": "chronik feed history", "version": 1, '
#: A record whose text smuggles a second component in: refused, never served.
_RECORD = (
    b'{"digest": "d", "sequence": 1, "stamp": "2026-01-01T00:00:00Z", "kind": "event", "tags": [], "zones": [],'
    b' "removed": true, "text": "BEGIN:VEVENT\\r\\nUID:x\\r\\nEND:VEVENT\\r\\nBEGIN:VTODO\\r\\nEND:VTODO\\r\\n"}'
)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{not json", "invalid JSON"),
        (b'{"format": "something else"}', "not a chronik feed history"),
        (_HEAD + b'"calendars": {"t": {"u": {"digest": 1}}}}', "calendars.t.u"),
        (_HEAD + b'"calendars": []}', "'calendars' is not an object"),
        (_HEAD + b'"calendars": {"t": {"u": ' + _RECORD + b"}}}", "not one VEVENT"),
    ],
)
def test_a_damaged_history_is_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "t.yaml.history"
    path.write_bytes(content)
    with pytest.raises(feed.HistoryError, match=re.escape(message)) as err:
        feed.History.load(path)
    assert str(path) in str(err.value)


def _versions(draw: st.DrawFn, base: dict[str, Any]) -> list[dict[str, Any]]:
    """A few later versions of ``base``: events dropped, brought back, retitled."""
    out = []
    for _ in range(draw(st.integers(1, 4))):
        doc = copy.deepcopy(base)
        keep = [e for e in doc["events"] if draw(st.integers(0, 3))]
        for e in keep:
            if draw(st.integers(0, 3)) == 0:
                e["title"] = draw(st.sampled_from(["Neu", "Changed", e["title"] + " (2)"]))
        doc["events"] = keep or doc["events"][:1]
        out.append(doc)
    return out


@st.composite
def histories(draw: st.DrawFn) -> list[dict[str, Any]]:
    base = draw(timelines(constrained=False, max_events=8))
    return [base, *_versions(draw, base)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(histories())
def test_sequences_never_go_down_and_move_exactly_when_an_event_changes(versions: list[dict[str, Any]]) -> None:
    history = feed.History()
    previous: dict[str, str] = {}
    for n, doc in enumerate(versions):
        tl = Timeline.model_validate(doc)
        made = _build(tl, history, T0 + timedelta(days=n))
        text = made.text()
        cal = icalendar.Calendar.from_ical(text)
        assert cal.to_ical().decode("utf-8") == text  # icalendar writes exactly these bytes
        current = _events(text)
        for uid, block in current.items():
            old = previous.get(uid)
            if old is None:
                assert _seq(block) == 0
            elif feed.digest(old) == feed.digest(block):
                assert block == old  # unchanged: byte for byte
            else:
                assert _seq(block) == _seq(old) + 1
        assert set(previous) <= set(current)  # nothing disappears: removed events stay, cancelled
        previous = current
