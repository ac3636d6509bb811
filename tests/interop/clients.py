"""Six independent readers of an ICS file, each reduced to the same normalized record per VEVENT.

Every reader returns ``list[Seen]``, sorted by UID: the event's start and end as aware UTC
``datetime`` for timed events, as ``date`` for all-day events (an all-day value is a calendar
date, not an instant, so it is never converted to UTC), and the client's all-day flag.

The end is the *effective* end as the client understands it: when an event has no DTEND and no
DURATION, RFC 5545 (3.6.1) says a DATE-TIME event ends at its start and a DATE event lasts one day.
Clients that compute an end (icalendar, ical, ical.js, khal) report theirs; for vobject, which only
exposes the properties, that rule is applied here (:func:`_rfc_end`).

How each reader resolves ``TZID``: icalendar and ical map IANA names to ``zoneinfo`` and do not read
the VTIMEZONE; vobject (dateutil ``tzical``) and ical.js (which has no zone database at all) compute
every instant from the file's own VTIMEZONE; khal reads through icalendar switched to pytz (pytz's
own zone data, which has no rules after 2037); Radicale stores the file (GET returns it, read here
with icalendar) and evaluates CalDAV time-range queries with vobject, that is with the VTIMEZONE.
So a wrong VTIMEZONE shows up as a disagreement between the zoneinfo readers and the VTIMEZONE
readers (see ``test_which_clients_read_the_vtimezone``), a wrong local time in every reader at once.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import icalendar
import vobject  # type: ignore[import-untyped]
from ical.calendar_stream import IcsCalendarStream

import chronik
from chronik.dates import PartialDate, Precision, Span, zone
from chronik.model import Timeline

#: The UID domain the suite exports with (``<entry>.<timeline>@DOMAIN``).
DOMAIN = "interop.chronik.invalid"

#: khal gives an event without DTEND (or with DTEND equal to DTSTART) a duration of one hour of
#: wall-clock time (khal/icalendar.py ``sanitize_timerange``): it has no zero-length events. That is
#: why chronik never writes one: a point in time gets a DTEND one unit of its precision later, and
#: every client, khal included, must read exactly that (``test_point_in_time_encoding``).
KHAL_ZERO_LENGTH = timedelta(hours=1)

#: The DTEND chronik writes after a point in time's DTSTART: one unit of its precision.
POINT_UNIT = {Precision.MINUTE: timedelta(minutes=1), Precision.SECOND: timedelta(seconds=1)}


class Text(NamedTuple):
    """SUMMARY, DESCRIPTION and LOCATION as a client read them (None when absent)."""

    summary: str | None
    description: str | None
    location: str | None


class Seen(NamedTuple):
    """One VEVENT as a client understood it."""

    uid: str
    start: datetime | date
    end: datetime | date | None
    all_day: bool
    text: Text | None = None

    def when(self) -> Seen:
        """The record without its text: what the time comparisons look at."""
        return self._replace(text=None)

    def show(self) -> str:
        def fmt(v: datetime | date | None) -> str:
            if isinstance(v, datetime):
                return v.strftime("%Y-%m-%dT%H:%M:%SZ")
            return "-" if v is None else v.isoformat()

        return f"{fmt(self.start)} .. {fmt(self.end)}{' (all-day)' if self.all_day else ''}"


def _utc(value: object, what: str) -> datetime | date:
    """A client's date or aware date-time as ``date`` or UTC ``datetime``; a floating time is an error."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise AssertionError(f"{what}: floating date-time {value!r}")
        return value.astimezone(UTC)
    if isinstance(value, date):
        return value
    raise AssertionError(f"{what}: not a date or date-time: {value!r}")


def _seen(uid: str, start: object, end: object, all_day: bool, text: Text | None = None) -> Seen:
    s = _utc(start, f"{uid} start")
    e = None if end is None else _utc(end, f"{uid} end")
    if all_day != (not isinstance(s, datetime)):
        raise AssertionError(f"{uid}: all-day flag {all_day} but start {s!r}")
    if e is not None and isinstance(e, datetime) != isinstance(s, datetime):
        raise AssertionError(f"{uid}: start {s!r} and end {e!r} differ in value type")
    return Seen(uid, s, e, all_day, text)


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _rfc_end(start: datetime | date) -> datetime | date:
    """RFC 5545 3.6.1: without DTEND/DURATION a DATE-TIME event ends at DTSTART, a DATE event lasts a day."""
    return start if isinstance(start, datetime) else start + timedelta(days=1)


def _sorted(records: Iterable[Seen]) -> list[Seen]:
    out = sorted(records, key=lambda r: r.uid)
    uids = [r.uid for r in out]
    dupes = {u for u in uids if uids.count(u) > 1}
    if dupes:
        raise AssertionError(f"UIDs seen more than once: {sorted(dupes)}")
    return out


# --- what chronik itself says ---------------------------------------------------------------------


def uid_of(timeline: Timeline, entry_id: str) -> str:
    return f"{entry_id}.{timeline.id}@{DOMAIN}"


def export(timeline: Timeline) -> str:
    """The ICS export under test."""
    return chronik.dumps(timeline, "ics", domain=DOMAIN)


def expected(timeline: Timeline) -> list[Seen]:
    """The calendar's events as chronik's own model says they must be read.

    Which entries are in the calendar follows chronik's documented rules (README, "How each format
    shows partial knowledge"): a day, a day span or a start plus whole days is all-day; a date-time
    or a date-time span is timed; month, year, open and undated entries are left out. Starts come
    from the chronology's UTC interval (for an all-day entry, the local dates of its bounds); an
    explicit end is the end value in its zone (the interval's end is one minute later, because a
    minute-precision end covers that minute); a duration's end is the interval's end; a point in
    time (and a span that ends as it starts) ends one unit of its precision after its start.
    """
    out = []
    for entry in chronik.chronology(timeline).entries:
        when, iv = entry.when, entry.interval
        if when is None or iv is None:
            continue
        tz = zone(entry.zone)
        uid = uid_of(timeline, entry.id)
        start_part = when.start if isinstance(when, Span) else when
        if start_part is None or start_part.precision < Precision.DAY:
            continue  # coarse or open start: left out
        if start_part.has_time:
            start = datetime.fromtimestamp(iv.start, UTC)
            assert start == start_part.to_datetime(tz).astimezone(UTC), entry.id
            point = start + POINT_UNIT[start_part.precision]  # a point in time: the minute (second) it names
            if isinstance(when, PartialDate):
                out.append(Seen(uid, start, point, False))
            elif when.duration is not None:
                end = datetime.fromtimestamp(iv.end, UTC)
                out.append(Seen(uid, start, end if end > start else point, False))
            elif when.end is not None and when.end.has_time:
                end = when.end.to_datetime(tz).astimezone(UTC)
                out.append(Seen(uid, start, end if end > start else point, False))
            continue
        if isinstance(when, Span):
            if when.end is not None and when.end.precision != Precision.DAY:
                continue
            if when.end is None and (when.duration is None or when.duration.whole_days is None):
                continue
        first = datetime.fromtimestamp(iv.start, tz).date()
        after = datetime.fromtimestamp(iv.end, tz).date()
        assert first == start_part.first_day(), entry.id
        out.append(Seen(uid, first, after, True))
    return _sorted(out)


# --- 1. icalendar ---------------------------------------------------------------------------------


def read_icalendar(ics: str) -> list[Seen]:
    """icalendar: ``Event.start``/``Event.end`` (the end computed per RFC 5545 when DTEND is missing).

    icalendar resolves an IANA TZID with zoneinfo; it reads a VTIMEZONE only for unknown TZIDs.
    """
    cal = icalendar.Calendar.from_ical(ics)
    out = []
    for ev in cal.events:
        start = ev.start
        text = Text(_str(ev.get("SUMMARY")), _str(ev.get("DESCRIPTION")), _str(ev.get("LOCATION")))
        out.append(_seen(str(ev["UID"]), start, ev.end, not isinstance(start, datetime), text))
    return _sorted(out)


def icalendar_client(path: Path) -> list[Seen]:
    return read_icalendar(path.read_bytes().decode("utf-8"))


# --- 2. ical (allenporter) ------------------------------------------------------------------------


def ical_client(path: Path) -> list[Seen]:
    """ical: the strict pydantic parser; ``Event.end`` is DTEND, DTSTART+DURATION or the RFC default."""
    cal = IcsCalendarStream.calendar_from_ics(path.read_bytes().decode("utf-8"))
    out = []
    for ev in cal.events:
        start = ev.dtstart
        text = Text(ev.summary, ev.description, ev.location)
        out.append(_seen(str(ev.uid), start, ev.end, not isinstance(start, datetime), text))
    return _sorted(out)


# --- 3. vobject -----------------------------------------------------------------------------------


def vobject_forget_timezones() -> None:
    """Empty vobject's process-wide ``TZID -> tzinfo`` registry.

    vobject registers the first VTIMEZONE it ever parses for a TZID and uses that one for every
    later file in the same process (``registerTzinfo`` only registers unknown TZIDs). Reading each
    file with an empty registry gives what a fresh process (an import of that file) sees; what a
    long-running process such as Radicale sees is tested with several calendars on one server.
    """
    registry: dict[str, Any] = vobject.icalendar.__dict__["__tzidMap"]
    registry.clear()


def vobject_client(path: Path) -> list[Seen]:
    """vobject: date-times with TZID get a dateutil ``tzical`` zone built from the file's VTIMEZONE."""
    vobject_forget_timezones()
    cal = vobject.readOne(path.read_bytes().decode("utf-8"))
    out = []
    for ev in cal.contents.get("vevent", []):
        uid = str(ev.uid.value)
        start = ev.dtstart.value
        if "dtend" in ev.contents:
            end = ev.dtend.value
        elif "duration" in ev.contents:
            end = start + ev.duration.value
        else:
            end = _rfc_end(start)
        text = Text(
            *(
                _str(ev.contents[k][0].value) if k in ev.contents else None
                for k in ("summary", "description", "location")
            )
        )
        out.append(_seen(uid, start, end, not isinstance(start, datetime), text))
    return _sorted(out)


# --- 4. ical.js (node) ----------------------------------------------------------------------------

NODE_DIR = Path(__file__).parent / "node"


def icaljs_dump(path: Path) -> dict[str, Any]:
    """The JSON ``node dump.mjs FILE`` prints (see node/dump.mjs)."""
    proc = subprocess.run(
        ["node", str(NODE_DIR / "dump.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise AssertionError(f"ical.js failed on {path.name} (exit {proc.returncode}):\n{proc.stderr}{proc.stdout}")
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def icaljs_client(path: Path) -> list[Seen]:
    """ical.js (Thunderbird's parser): instants computed from the file's VTIMEZONEs only."""
    out = []
    for ev in icaljs_dump(path)["events"]:
        if ev["isDate"]:
            start: datetime | date = date.fromisoformat(ev["start"])
            end: datetime | date = date.fromisoformat(ev["end"])
        else:
            start = datetime.fromisoformat(ev["start"])
            end = datetime.fromisoformat(ev["end"])
        text = Text(ev.get("summary"), ev.get("description"), ev.get("location"))
        out.append(_seen(ev["uid"], start, end, bool(ev["isDate"]), text))
    return _sorted(out)


# --- 5. Radicale (CalDAV) -------------------------------------------------------------------------

_CALDAV = "urn:ietf:params:xml:ns:caldav"
_NS = {"D": "DAV:", "C": _CALDAV}


@dataclass
class Radicale:
    """A running Radicale server (see the ``radicale`` fixture) and a minimal CalDAV client."""

    host: str
    port: int
    user: str = "interop"
    log: Path | None = None

    def request(
        self, method: str, path: str, body: str | None = None, headers: Mapping[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        auth = base64.b64encode(f"{self.user}:x".encode()).decode()
        hdrs = {"Authorization": f"Basic {auth}", **(headers or {})}
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            conn.request(method, path, body=body.encode("utf-8") if body is not None else None, headers=hdrs)
            resp = conn.getresponse()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
        finally:
            conn.close()

    def alive(self) -> bool:
        try:
            status, _, _ = self.request("OPTIONS", "/")
        except OSError:
            return False
        return status < 500


@dataclass
class CalendarObjects:
    """What was stored on the server for one export: collection path and ``uid -> href``."""

    collection: str
    hrefs: dict[str, str] = field(default_factory=dict)


def split_calendar(text: str) -> tuple[list[str], dict[str, list[str]], list[list[str]]]:
    """(calendar property lines, VTIMEZONE lines by TZID, VEVENT line blocks) of an ICS text.

    Works on the raw content lines (folded lines stay folded), so each resource keeps chronik's
    own bytes. A component boundary is a whole line ``BEGIN:X``/``END:X``; escaped TEXT can never
    produce one, because line breaks in values are written as ``\\n``.
    """
    lines = text.split("\r\n")
    if lines[-1] == "":
        lines.pop()
    if lines[0] != "BEGIN:VCALENDAR" or lines[-1] != "END:VCALENDAR":
        raise AssertionError("not a single VCALENDAR")
    props: list[str] = []
    zones: dict[str, list[str]] = {}
    events: list[list[str]] = []
    i = 1
    while i < len(lines) - 1:
        line = lines[i]
        if line.startswith("BEGIN:"):
            name = line[6:]
            j = lines.index(f"END:{name}", i)
            block = lines[i : j + 1]
            if name == "VTIMEZONE":
                zones[next(line[5:] for line in unfold(block) if line.startswith("TZID:"))] = block
            elif name == "VEVENT":
                events.append(block)
            else:
                raise AssertionError(f"unexpected component {name}")
            i = j + 1
        else:
            props.append(line)
            i += 1
    return props, zones, events


def unfold(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line.startswith((" ", "\t")) and out:
            out[-1] += line[1:]
        else:
            out.append(line)
    return out


_TZID = re.compile(r';TZID=(?:"([^"]*)"|([^:;]*))[:;]')


def calendar_objects(text: str) -> dict[str, str]:
    """One calendar object resource per VEVENT: ``uid -> text``, with the VTIMEZONEs it refers to.

    METHOD is dropped: RFC 4791 (4.1) does not allow it in a calendar object resource.
    """
    props, zones, events = split_calendar(text)
    head = [p for p in props if not p.upper().startswith("METHOD")]
    out = {}
    for block in events:
        flat = unfold(block)
        uid = next(line[4:] for line in flat if line.startswith("UID:"))
        tzids = []
        for line in flat:
            for m in _TZID.finditer(line.split(":", 1)[0] + ":"):
                tzid = m.group(1) or m.group(2)
                if tzid not in tzids:
                    tzids.append(tzid)
        missing = [t for t in tzids if t not in zones]
        if missing:
            raise AssertionError(f"{uid}: TZID without VTIMEZONE: {missing}")
        body = ["BEGIN:VCALENDAR", *head, *(line for t in tzids for line in zones[t]), *block, "END:VCALENDAR"]
        out[uid] = "\r\n".join(body) + "\r\n"
    return out


def resource_name(uid: str) -> str:
    return hashlib.sha256(uid.encode("utf-8")).hexdigest()[:32] + ".ics"


def _multistatus(body: bytes) -> dict[str, str | None]:
    """``href -> calendar-data`` (None when not returned) of a 207 multistatus body."""
    root = ET.fromstring(body)
    out: dict[str, str | None] = {}
    for resp in root.findall("D:response", _NS):
        href = resp.findtext("D:href", namespaces=_NS)
        assert href is not None
        data = resp.find(".//C:calendar-data", _NS)
        out[href] = data.text if data is not None else None
    return out


_QUERY = """<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/>{data}</D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">{range}</C:comp-filter></C:comp-filter>
  </C:filter>
</C:calendar-query>
"""


def calendar_query(
    server: Radicale, collection: str, *, data: bool = False, time_range: str = ""
) -> dict[str, str | None]:
    """REPORT calendar-query (RFC 4791 7.8): ``href -> calendar-data`` of the matching VEVENTs."""
    body = _QUERY.format(data="<C:calendar-data/>" if data else "", range=time_range)
    status, _, payload = server.request(
        "REPORT", collection, body, {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}
    )
    if status != 207:
        raise AssertionError(f"REPORT {collection}: HTTP {status}: {payload[:500]!r}")
    return _multistatus(payload)


def radicale_store(server: Radicale, path: Path, name: str) -> CalendarObjects:
    """MKCALENDAR a fresh collection and PUT every VEVENT of the file as its own resource (201 each)."""
    collection = f"/{server.user}/{name}-{time.monotonic_ns()}/"
    status, _, payload = server.request("MKCALENDAR", collection)
    if status != 201:
        raise AssertionError(f"MKCALENDAR {collection}: HTTP {status}: {payload[:500]!r}")
    stored = CalendarObjects(collection)
    for uid, text in calendar_objects(path.read_bytes().decode("utf-8")).items():
        href = collection + resource_name(uid)
        status, _, payload = server.request(
            "PUT", href, text, {"Content-Type": "text/calendar; charset=utf-8", "If-None-Match": "*"}
        )
        if status != 201:
            raise AssertionError(f"PUT {uid} as {href}: HTTP {status}: {payload[:500]!r}")
        stored.hrefs[uid] = href
    return stored


def radicale_client(server: Radicale, path: Path, name: str) -> tuple[list[Seen], CalendarObjects]:
    """Radicale: store each event, GET each back and read it with icalendar; list them with REPORT.

    The records come from the GET bodies (what a CalDAV client would download); the REPORT listing
    must name exactly the stored resources and return the same calendar data.
    """
    stored = radicale_store(server, path, name)
    out = []
    for uid, href in stored.hrefs.items():
        status, headers, payload = server.request("GET", href)
        if status != 200 or not headers.get("content-type", "").startswith("text/calendar"):
            raise AssertionError(f"GET {href} ({uid}): HTTP {status}, {headers.get('content-type')}")
        got = read_icalendar(payload.decode("utf-8"))
        if [r.uid for r in got] != [uid]:
            raise AssertionError(f"GET {href}: expected the one VEVENT {uid}, got {[r.uid for r in got]}")
        out.extend(got)
    listed = calendar_query(server, stored.collection, data=True)
    if set(listed) != set(stored.hrefs.values()):
        raise AssertionError(f"REPORT lists {sorted(listed)}, stored {sorted(stored.hrefs.values())}")
    from_report = [r for data in listed.values() if data is not None for r in read_icalendar(data)]
    if _sorted(from_report) != _sorted(out):
        raise AssertionError("REPORT calendar-data differs from GET")
    return _sorted(out), stored


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def radicale_time_range_misses(server: Radicale, stored: CalendarObjects, records: Iterable[Seen]) -> list[str]:
    """Ask Radicale's own time-range filter (RFC 4791 9.9) where each event starts and ends.

    A CalDAV server evaluates time ranges itself (Radicale with vobject, that is with the stored
    VTIMEZONE; dates as UTC days, RFC 4791 leaves floating values to the server): one second at the
    start must match and the hour before it must not; for an event with a duration, the last second
    must match and the hour after the end must not. Returns one line per answer that contradicts
    ``records``.
    """
    problems = []
    second, hour = timedelta(seconds=1), timedelta(hours=1)
    for rec in records:
        href = stored.hrefs[rec.uid]
        if isinstance(rec.start, datetime):
            start = rec.start
            end = rec.end if isinstance(rec.end, datetime) else start
        else:
            start = datetime(rec.start.year, rec.start.month, rec.start.day, tzinfo=UTC)
            assert isinstance(rec.end, date)
            end = datetime(rec.end.year, rec.end.month, rec.end.day, tzinfo=UTC)
        probes = [(start, start + second, True), (start - hour, start, False)]
        if end > start:
            probes += [(end - second, end, True), (end, end + hour, False)]
        for lo, hi, want in probes:
            query = f'<C:time-range start="{_stamp(lo)}" end="{_stamp(hi)}"/>'
            found = href in calendar_query(server, stored.collection, time_range=query)
            if found != want:
                problems.append(
                    f"{rec.uid}: time-range {_stamp(lo)}/{_stamp(hi)} {'matched' if found else 'did not match'} "
                    f"(event {rec.show()})"
                )
    return problems


# --- 6. khal --------------------------------------------------------------------------------------

KHAL_FIELDS = ("uid", "start", "end", "all-day", "title", "description", "location")
_KHAL_DATE = "%Y-%m-%d"
_KHAL_DATETIME = "%Y-%m-%dT%H:%M:%S%z"


def khal_config(home: Path, name: str) -> Path:
    """A khal config with one calendar (a vdir) and a locale whose formats are ISO 8601 in UTC."""
    vdir = home / "vdir" / name
    vdir.mkdir(parents=True, exist_ok=True)
    config = home / f"{name}.conf"
    config.write_text(
        f"""[calendars]
[[{name}]]
path = {vdir}
type = calendar

[locale]
timeformat = %H:%M:%S
dateformat = {_KHAL_DATE}
longdateformat = {_KHAL_DATE}
datetimeformat = {_KHAL_DATETIME}
longdatetimeformat = {_KHAL_DATETIME}
local_timezone = UTC
default_timezone = UTC

[sqlite]
path = {home / f"{name}.db"}
""",
        encoding="utf-8",
    )
    return config


def khal_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KHAL"))}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "PYTHONIOENCODING": "utf-8",
    }
    return env


def khal_bin() -> Path:
    return Path(sys.executable).parent / "khal"


#: What khal may say on stderr without failing the test: nothing. (khal warns "Event start time and
#: end time are the same" about events without a real end; chronik writes none.)
KHAL_HARMLESS: tuple[str, ...] = ()


def _khal(home: Path, *args: str) -> str:
    proc = subprocess.run(
        [str(khal_bin()), *args], capture_output=True, text=True, env=khal_env(home), timeout=120, check=False
    )
    noise = [line for line in proc.stderr.splitlines() if line.strip() and line.strip() not in KHAL_HARMLESS]
    if proc.returncode != 0 or noise:
        raise AssertionError(f"khal {' '.join(args)}: exit {proc.returncode}\n{proc.stderr}{proc.stdout}")
    return proc.stdout


def ics_date_range(text: str) -> tuple[date, date]:
    """The first and last day any event's DTSTART/DTEND names, padded by a year on each side."""
    events = re.sub(r"^BEGIN:VTIMEZONE\r?$.*?^END:VTIMEZONE\r?$", "", text, flags=re.MULTILINE | re.DOTALL)
    days = [
        date(int(m[1]), int(m[2]), int(m[3]))
        for m in re.finditer(r"^DT(?:START|END)[^:]*:(\d{4})(\d{2})(\d{2})", events, flags=re.MULTILINE)
    ]
    if not days:
        raise AssertionError("no DTSTART/DTEND in the file")
    return min(days) - timedelta(days=366), max(days) + timedelta(days=366)


def khal_client(home: Path, path: Path, name: str) -> list[Seen]:
    """khal: ``import --batch`` into a fresh vdir calendar, then ``list --once`` over the file's years.

    What khal's list output can express, and how it is read back:

    * timed events are printed in ``local_timezone = UTC`` with seconds and ``%z``, so start and end
      are compared to the second;
    * all-day events print dates, and khal shows the *inclusive* last day (``AllDayEvent.end`` is
      DTEND minus one day), so one day is added back to get the exclusive end;
    * an event without DTEND would get khal's one-hour default (see ``KHAL_ZERO_LENGTH``), which is
      why chronik writes a DTEND for every timed event and khal's ends are compared like the rest;
    * khal reads TZIDs with pytz (it calls ``icalendar.use_pytz()``), not with the VTIMEZONE.
    """
    config = khal_config(home, name)
    _khal(home, "-c", str(config), "import", "--batch", "-a", name, str(path))
    first, last = ics_date_range(path.read_bytes().decode("utf-8"))
    return khal_list(home, config, name, first, last)


def khal_list(home: Path, config: Path, name: str, first: date, last: date) -> list[Seen]:
    """``khal list --once`` of calendar ``name`` (configured by :func:`khal_config`) from ``first`` to ``last``."""
    listing = _khal(
        home,
        "-c",
        str(config),
        "--no-color",
        "list",
        "--once",
        "-a",
        name,
        *(arg for f in KHAL_FIELDS for arg in ("--json", f)),
        first.strftime(_KHAL_DATE),
        last.strftime(_KHAL_DATE),
    )
    out = []
    for line in listing.splitlines():  # with --json, one JSON array per day
        for row in json.loads(line) if line.strip() else []:
            uid, start, end, all_day = row["uid"], row["start"], row["end"], row["all-day"]
            if all_day == "True":
                s: datetime | date = datetime.strptime(start, _KHAL_DATE).date()
                e: datetime | date = datetime.strptime(end, _KHAL_DATE).date() + timedelta(days=1)
            elif all_day == "False":
                s = datetime.strptime(start, _KHAL_DATETIME)
                e = datetime.strptime(end, _KHAL_DATETIME)
            else:
                raise AssertionError(f"khal list: unexpected row {row!r}")
            # khal shows an absent DESCRIPTION or LOCATION as "" and strips both.
            text = Text(row["title"], row["description"] or None, row["location"] or None)
            out.append(_seen(uid, s, e, all_day == "True", text))
    return _sorted(out)


# --- comparing ------------------------------------------------------------------------------------

CLIENTS = ("icalendar", "ical", "vobject", "icaljs", "radicale", "khal")


def _khal_after_2037(got: Any, want: Any) -> bool:
    """khal's one known fault: it reads times through pytz, whose zones have no DST rules after 2037.

    A summer time after 2037 then comes out exactly one hour late, start and end alike. Only that
    exact shift is accepted, and only after 2037 - any other difference still fails.
    """
    hour = timedelta(hours=1)
    if want.all_day or not isinstance(want.start, datetime) or want.start.year < 2038:
        return False
    return bool(got.start - want.start == hour and got.end - want.end == hour)


def same(client: str, got: Seen, want: Seen) -> bool:
    """True when ``got`` (from ``client``) has the times ``want`` has: start, end and all-day flag.

    Every client must give the very same end, zero-length events included (chronik writes none: a
    point in time has its DTEND); the only tolerance is khal's pytz fault after 2037.
    """
    got, want = got.when(), want.when()
    if got == want:
        return True
    return client == "khal" and _khal_after_2037(got, want)


def same_text(client: str, got: Text | None, want: Text | None) -> bool:
    """True when the client read the same SUMMARY, DESCRIPTION and LOCATION.

    khal prints an absent DESCRIPTION or LOCATION as an empty string and strips both, so for khal
    they are compared stripped.
    """
    if got is None or want is None:
        return got is want
    if client != "khal":
        return got == want

    def stripped(t: Text) -> Text:
        return Text(t.summary, (t.description or "").strip() or None, (t.location or "").strip() or None)

    return stripped(got) == stripped(want)


def differences(client: str, got: list[Seen], want: list[Seen]) -> list[str]:
    """One line per event the client reads differently from ``want`` (missing and extra included)."""
    by_uid = {r.uid: r for r in got}
    lines = []
    for w in want:
        g = by_uid.pop(w.uid, None)
        if g is None:
            lines.append(f"{w.uid}: missing in {client} (expected {w.show()})")
        elif not same(client, g, w):
            lines.append(f"{w.uid}: {client} read {g.show()}, expected {w.show()}")
    lines += [f"{uid}: {client} has an event chronik did not export: {g.show()}" for uid, g in sorted(by_uid.items())]
    return lines
