"""A calendar feed that stays current: the ICS export with a stable history of each event.

A subscribed calendar is fetched again and again. Clients update an event in place when its ``UID``
stays and its ``SEQUENCE`` goes up; some (vdirsyncer, and every client that hashes what it fetched)
treat any byte change of an event as delete-and-create. So the feed keeps three promises:

- **An unchanged event is byte-identical** in every version of the feed: its ``DTSTAMP``,
  ``LAST-MODIFIED`` and ``SEQUENCE`` are those of the version it last changed in, not of the fetch.
- **A changed event keeps its UID and its SEQUENCE goes up by one**, with ``DTSTAMP`` and
  ``LAST-MODIFIED`` the time the change was first served. SEQUENCE never goes down.
- **An event that leaves the timeline is not dropped** (a client would keep its old copy, or, in
  Google's case, drop it silently): it stays in the feed as its last version with
  ``STATUS:CANCELLED`` and SEQUENCE one higher.

What an event "is" is its text as :class:`~chronik.exporters._ics.IcsExporter` writes it, without
the three lines that say when it was written; its SHA-256 is the event's digest. No database is
needed: the digests, sequences and stamps are kept in a small JSON **history file beside the
timeline** (``<timeline file>.history``), written atomically whenever a version changes. Deleting it
starts again at SEQUENCE 0 (clients then keep their copies until the next change; nothing is lost).
The first version of a feed, before any history, is byte for byte ``chronik export --format ics``.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from .errors import ChronikError
from .exporters import _ics_text as txt
from .exporters import _ics_write as w
from .exporters._ics import IcsExporter, Part, zones
from .exporters._vtimezone import vtimezone
from .prepared import Prepared

__all__ = ["Feed", "FeedEvent", "History", "HistoryError", "Record", "build", "history_path"]

#: What the history file says it is (its first key), and the version of its layout.
MAGIC = "chronik feed history"
VERSION = 1

#: The lines that say when an event was written (never folded: each is short).
_STAMP_LINE = re.compile(r"^(?:DTSTAMP|SEQUENCE|LAST-MODIFIED)[:;][^\r\n]*\r\n", re.MULTILINE)
_DTSTAMP = re.compile(r"^DTSTAMP:([0-9]{8}T[0-9]{6})Z\r\n", re.MULTILINE)
_STATUS_LINE = re.compile(r"^STATUS:[^\r\n]*\r\n", re.MULTILINE)
#: Properties icalendar writes first, in this order; the others follow sorted by name.
_LEADING = ("SUMMARY", "DTSTART", "DTEND", "DTSTAMP", "UID", "SEQUENCE")
_NAME = re.compile(r"[A-Za-z0-9-]+")
#: Refresh durations a feed may ask for: ISO 8601 durations of days, hours and minutes (RFC 5545 3.3.6).
REFRESH = re.compile(r"P(?:[0-9]{1,4}W|[0-9]{1,4}D(?:T[0-9]{1,2}H)?|T[0-9]{1,4}[HM])")


class HistoryError(ChronikError):
    """A history file that cannot be read or written."""


def history_path(timeline_file: str | os.PathLike[str]) -> Path:
    """Where the feed history of ``timeline_file`` is kept: beside it, as ``<name>.history``."""
    path = Path(timeline_file)
    return path.with_name(path.name + ".history")


@dataclass(frozen=True, slots=True)
class Record:
    """What the history knows of one event of one calendar."""

    digest: str
    sequence: int
    stamp: int
    """Seconds since 1970 (UTC) of the version this is."""
    kind: str
    tags: tuple[str, ...]
    zones: tuple[tuple[str, int, int], ...]
    """The zones the event's times are written in, with the first and last year (for its VTIMEZONE)."""
    text: str
    """The VEVENT as last served (its CANCELLED form when ``removed``)."""
    removed: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "sequence": self.sequence,
            "stamp": _iso(self.stamp),
            "kind": self.kind,
            "tags": list(self.tags),
            "zones": [list(z) for z in self.zones],
            "removed": self.removed,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, where: str, raw: Any) -> Record:
        try:
            if not isinstance(raw, dict):
                raise TypeError("not an object")
            zones = tuple((str(n), int(a), int(b)) for n, a, b in raw["zones"])
            record = cls(
                digest=_typed(raw["digest"], str),
                sequence=_typed(raw["sequence"], int),
                stamp=_epoch(_typed(raw["stamp"], str)),
                kind=_typed(raw["kind"], str),
                tags=tuple(_typed(t, str) for t in raw["tags"]),
                zones=zones,
                text=_typed(raw["text"], str),
                removed=_typed(raw["removed"], bool),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise HistoryError(f"{where}: not a feed history record ({err})") from None
        lines = record.text.split("\r\n")
        one_event = (
            lines[0] == "BEGIN:VEVENT"
            and lines[-2:] == ["END:VEVENT", ""]
            and sum(line.startswith(("BEGIN:", "END:")) for line in lines) == 2  # no component inside
            and not any("\n" in line or "\r" in line for line in lines)
        )
        if record.sequence < 0 or not one_event:
            raise HistoryError(f"{where}: not a feed history record (its sequence, or its text is not one VEVENT)")
        return record


def _typed(value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{value!r} is not {kind.__name__}")
    return value


def _iso(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _epoch_ics(text: str) -> int:
    return int(datetime.strptime(text, "%Y%m%dT%H%M%S").replace(tzinfo=UTC).timestamp())


def _epoch(text: str) -> int:
    return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp())


@dataclass
class History:
    """The records of every calendar served from one timeline file (a calendar per id: the
    timeline's, and one per other language, whose UIDs differ)."""

    path: Path | None = None
    calendars: dict[str, dict[str, Record]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None) -> History:
        """The history in ``path``; an empty one when there is no such file (or ``path`` is None)."""
        if path is None:
            return cls()
        path = Path(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return cls(path)
        except OSError as err:
            raise HistoryError(f"{path}: cannot read the feed history: {err.strerror or err}") from None
        try:
            raw = orjson.loads(data)
        except orjson.JSONDecodeError as err:
            raise HistoryError(f"{path}: not a feed history (invalid JSON: {err})") from None
        if not isinstance(raw, dict) or raw.get("format") != MAGIC or raw.get("version") != VERSION:
            raise HistoryError(f"{path}: not a chronik feed history (version {VERSION}); move it away to start anew")
        calendars: dict[str, dict[str, Record]] = {}
        entries = raw.get("calendars")
        if not isinstance(entries, dict):
            raise HistoryError(f"{path}: not a chronik feed history: 'calendars' is not an object")
        for ident, records in entries.items():
            if not isinstance(records, dict):
                raise HistoryError(f"{path}: calendars.{ident}: not an object")
            calendars[ident] = {
                uid: Record.from_json(f"{path}: calendars.{ident}.{uid}", rec) for uid, rec in records.items()
            }
        return cls(path, calendars)

    def dumps(self) -> bytes:
        """The history as JSON (sorted, indented: it diffs well beside a committed timeline)."""
        body = {
            "format": MAGIC,
            "version": VERSION,
            "calendars": {
                ident: {uid: rec.to_json() for uid, rec in sorted(records.items())}
                for ident, records in sorted(self.calendars.items())
            },
        }
        return orjson.dumps(body, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"

    def save(self) -> None:
        """Write the history atomically beside the timeline (nothing when it has no path)."""
        if self.path is None:
            return
        from .api import write_text
        from .errors import OutputError

        try:
            write_text(self.path, self.dumps().decode("utf-8"))
        except OutputError as err:
            raise HistoryError(str(err)) from None


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """One VEVENT of the feed, as served."""

    uid: str
    kind: str
    tags: tuple[str, ...]
    text: str
    zones: tuple[tuple[str, int, int], ...]
    sequence: int
    removed: bool = False


@dataclass(frozen=True)
class Feed:
    """One version of a calendar feed: its properties and its events (current, then removed ones)."""

    header: str
    events: tuple[FeedEvent, ...]
    changed: tuple[str, ...] = ()
    """UIDs whose record changed in this version (new, edited, removed or back)."""

    def kinds(self) -> list[str]:
        return sorted({e.kind for e in self.events if not e.removed})

    def tags(self) -> list[str]:
        return sorted({t for e in self.events if not e.removed for t in e.tags})

    def text(
        self, *, kind: str | None = None, tag: str | None = None, refresh: str = "P1D", name: str | None = None
    ) -> str:
        """The calendar: all events, or those of one ``kind`` and/or with one ``tag``.

        ``refresh`` goes into ``REFRESH-INTERVAL`` and ``X-PUBLISHED-TTL``; ``name`` (for a filtered
        feed) into ``NAME`` and ``X-WR-CALNAME`` after the timeline's title.
        """
        chosen = [e for e in self.events if (kind is None or e.kind == kind) and (tag is None or tag in e.tags)]
        header = self.header
        if refresh != "P1D":
            header = header.replace(
                "REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n", f"REFRESH-INTERVAL;VALUE=DURATION:{refresh}\r\n"
            ).replace("X-PUBLISHED-TTL:P1D\r\n", f"X-PUBLISHED-TTL:{refresh}\r\n")
        if name:
            header = _renamed(header, name)
        parts = [header, *(vtimezone(*z) for z in merge_zones(e.zones for e in chosen))]
        parts += [e.text for e in chosen]
        parts.append("END:VCALENDAR\r\n")
        return "".join(parts)


def _renamed(header: str, suffix: str) -> str:
    """The calendar's NAME and X-WR-CALNAME with `` – suffix`` after the title."""
    out = []
    for line in _unfolded(header):
        if line.startswith(("NAME;", "NAME:")):
            name, _, value = line.partition(":")
            line = f"{name}:{value} – {txt.line(suffix)}"  # NAME is written unescaped, as the export does
        elif line.startswith("X-WR-CALNAME:"):
            line = f"{line} – {w.text(txt.line(suffix))}"
        out.append(w.fold(line) + "\r\n")
    return "".join(out)


def _unfolded(text: str) -> Iterator[str]:
    """The content lines of ``text`` (CRLF, folded with CRLF + space), unfolded."""
    current: list[str] = []
    for raw in text.split("\r\n"):
        if raw.startswith(" ") and current:
            current.append(raw[1:])
            continue
        if current:
            yield "".join(current)
        current = [raw] if raw else []
    if current:
        yield "".join(current)


def digest(vevent: str) -> str:
    """The SHA-256 of an event's text without its DTSTAMP, SEQUENCE and LAST-MODIFIED lines."""
    return hashlib.sha256(_STAMP_LINE.sub("", vevent).encode("utf-8")).hexdigest()


def stamped(vevent: str, sequence: int, stamp: int, *, cancelled: bool = False) -> str:
    """``vevent`` with its DTSTAMP and LAST-MODIFIED at ``stamp``, its SEQUENCE and (``cancelled``)
    ``STATUS:CANCELLED``, the properties in icalendar's order."""
    when = datetime.fromtimestamp(stamp, UTC).strftime("%Y%m%dT%H%M%SZ")
    body = _STAMP_LINE.sub("", vevent)
    if cancelled:
        body = _STATUS_LINE.sub("", body)
    lines = body.split("\r\n")
    assert lines[0] == "BEGIN:VEVENT", "one VEVENT"
    assert lines[-2] == "END:VEVENT", "one VEVENT"
    props = _props(lines[1:-2])
    props += [("DTSTAMP", f"DTSTAMP:{when}"), ("SEQUENCE", f"SEQUENCE:{sequence}")]
    props.append(("LAST-MODIFIED", f"LAST-MODIFIED:{when}"))
    if cancelled:
        props.append(("STATUS", "STATUS:CANCELLED"))
    order = {name: i for i, name in enumerate(_LEADING)}
    props.sort(key=lambda p: (order.get(p[0], len(order)), "" if p[0] in order else p[0]))
    return "BEGIN:VEVENT\r\n" + "".join(text + "\r\n" for _, text in props) + "END:VEVENT\r\n"


def _props(lines: Sequence[str]) -> list[tuple[str, str]]:
    """(NAME, folded text) of each property, continuation lines kept with their property."""
    out: list[tuple[str, str]] = []
    for line in lines:
        if line.startswith(" ") and out:
            name, text = out[-1]
            out[-1] = (name, f"{text}\r\n{line}")
        else:
            match = _NAME.match(line)
            out.append(((match[0] if match else line).upper(), line))
    return out


def build(
    prepared: Prepared,
    exporter: IcsExporter,
    history: History,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Feed:
    """The feed of ``prepared`` as ``exporter`` writes it, its events versioned by ``history``
    (which is updated in place: save it when :attr:`Feed.changed` is not empty).

    Before any history, every event keeps the export's own DTSTAMP and SEQUENCE 0: the first feed is
    the ICS export. Afterwards a new or edited event is stamped with ``now()`` (to the second).
    """
    calendar = prepared.timeline.id
    fresh = calendar not in history.calendars
    records = history.calendars.setdefault(calendar, {})
    moment = int(now().timestamp())
    header = ""
    current: list[FeedEvent] = []
    changed: list[str] = []
    for part in exporter.parts(prepared):
        if part.kind == "calendar":
            header = part.text
        elif part.kind == "event":
            event = _versioned(part, records, fresh, moment, changed)
            current.append(event)
    present = {e.uid for e in current}
    removed: list[FeedEvent] = []
    for uid in sorted(records):
        if uid in present:
            continue
        rec = records[uid]
        if not rec.removed:
            rec = replace(
                rec,
                sequence=rec.sequence + 1,
                stamp=moment,
                removed=True,
                text=stamped(rec.text, rec.sequence + 1, moment, cancelled=True),
            )
            records[uid] = rec
            changed.append(uid)
        removed.append(FeedEvent(uid, rec.kind, rec.tags, rec.text, rec.zones, rec.sequence, removed=True))
    return Feed(header, (*current, *removed), tuple(changed))


def _versioned(part: Part, records: dict[str, Record], fresh: bool, moment: int, changed: list[str]) -> FeedEvent:
    entry, uid, placement = part.entry, part.uid, part.placement
    assert entry is not None, "an event part"
    assert uid is not None, "an event part"
    assert placement is not None, "an event part"
    tags = tuple(entry.event.tags) if entry.event is not None else ()
    used = tuple(zones([placement]))
    hashed = digest(part.text)
    rec = records.get(uid)
    if rec is None and fresh:  # the calendar's first version: the export as it is
        found = _DTSTAMP.search(part.text)
        stamp = _epoch_ics(found[1]) if found else moment
        records[uid] = Record(hashed, 0, stamp, entry.kind, tags, used, part.text)
        changed.append(uid)
        return FeedEvent(uid, entry.kind, tags, part.text, used, 0)
    if rec is not None and rec.digest == hashed and not rec.removed:
        if (rec.kind, rec.tags, rec.zones) != (entry.kind, tags, used):  # same bytes: only what we keep beside
            records[uid] = replace(rec, kind=entry.kind, tags=tags, zones=used)
        return FeedEvent(uid, entry.kind, tags, rec.text, used, rec.sequence)
    sequence = 0 if rec is None else rec.sequence + 1
    text = stamped(part.text, sequence, moment)
    records[uid] = Record(hashed, sequence, moment, entry.kind, tags, used, text)
    changed.append(uid)
    return FeedEvent(uid, entry.kind, tags, text, used, sequence)


def merge_zones(groups: Iterable[Iterable[tuple[str, int, int]]]) -> list[tuple[str, int, int]]:
    """The zones of several events, each with the widest range of years."""
    spans: dict[str, tuple[int, int]] = {}
    for group in groups:
        for zone, first, last in group:
            a, b = spans.get(zone, (first, last))
            spans[zone] = (min(a, first), max(b, last))
    return [(z, a, b) for z, (a, b) in sorted(spans.items())]
