"""iCalendar files (``.ics``, RFC 5545) read as timelines: ``chronik import FILE.ics``.

===================================  ================================================================
iCalendar                            timeline
===================================  ================================================================
X-WR-RELCALID ``<id>@<domain>``      ``id`` (else the VCALENDAR's UID, else the file's name)
NAME, else X-WR-CALNAME              ``title`` (else the file's name)
the calendar file itself             a source (``kind: document``, ``title`` the calendar's name,
                                     ``file`` the path, relative to ``base``) every event cites
``language`` option, else LANGUAGE   ``language``: the commonest ``de``/``en`` LANGUAGE parameter
on NAME and texts, else words        (NAME first), else chronik's own words, else a count of German
                                     and English function words; ``en`` when nothing tells
DESCRIPTION, else X-WR-CALDESC       ``description``
X-WR-TIMEZONE, else commonest TZID   ``timezone``
LAST-MODIFIED of the events (latest) ``updated``
VEVENT                               an event; one per occurrence of a recurring one (see below)
UID ``<entry>.<timeline>@<domain>``  ``id`` = ``<entry>`` (chronik's own UIDs); any other UID: its
                                     slug, made unique, at most 128 characters
SUMMARY                              ``title``; chronik's status prefix (``ABGESAGT: ``) and
                                     qualifier suffix (`` (ca. 20. März 2024)``) are taken off
                                     again; no SUMMARY: ``(untitled)`` and a note
DTSTART;VALUE=DATE [+ DTEND]         a day, or a day span that ends the day *before* DTEND
DTSTART;TZID=... [+ DTEND]           local date-time(s) in the zone of the event's place or the
                                     timeline; another or a non-IANA zone keeps its UTC offset; an
                                     end one minute (one second) after the start, as chronik writes
                                     a point in time, gives that point (``2024-11-10T11:30``)
DTSTART ``...Z``                     a date-time in UTC (``2024-11-10T16:30Z``)
DTSTART without a zone (floating)    a local time in the place's or the timeline's zone, noted
DURATION                             start plus duration (``2024-11-10T09:00/PT2H``)
LOCATION (+ GEO)                     a place per name and position; its zone is its commonest TZID
CATEGORIES                           ``tags``; the first -> ``kind`` when it is an event kind
STATUS TENTATIVE / CANCELLED         ``status`` (anything else: confirmed)
DESCRIPTION, URL                     ``description`` (whole, a sources block included), ``url``
RELATED-TO (RELTYPE=PARENT)          ``parent``, when it names one other event of the file
===================================  ================================================================

chronik's own reports (``CATEGORIES:report``, ``Die Zeit berichtet: ...``) come back as events of
kind ``report`` with their whole DESCRIPTION, so an exported timeline exports again to the same
VEVENTs. What ICS does not say (sources, people, undated entries, ``parent`` unless RELATED-TO
gives it) cannot come back.

Recurring events (RRULE, RDATE, EXDATE, RECURRENCE-ID) are expanded by ``recurring_ical_events``
into one event per occurrence, ``<id>-<YYYYMMDD>`` or ``<id>-<YYYYMMDDTHHMM>``: at most 500 per
series, never later than two years after the series starts when its rule has no COUNT or UNTIL,
and 10,000 in all; a cut is noted. A rule that finds no day in 400 years, that could recur more
than 1,440 times a day, or that is not Gregorian or not valid for dateutil, is an error: expanding
it would take minutes, or fail. (After 10,000 occurrences, a series gives its first event only.)

Other components (VTODO, VJOURNAL, VFREEBUSY, ...) are left out. Whatever is left out or changed is
a line in :attr:`IcsReader.notes`. Input that is not a readable calendar raises
:class:`~chronik.errors.ReadError` with the line: the content lines and BEGIN/END structure are
checked before icalendar parses them, and icalendar's own errors are turned into ReadErrors.
"""

from __future__ import annotations

import os
import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import PurePath
from typing import Any, ClassVar, get_args

import icalendar
import recurring_ical_events  # type: ignore[import-untyped]
from icalendar.timezone.tzid import is_utc, tzids_from_tzinfo
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from pydantic import TypeAdapter, ValidationError

from ..dates import Duration, PartialDate, Qualifier, Span, When, parse_when, real_wall_time, zone
from ..errors import InvalidTimelineError, ReadError
from ..humanize import LANGUAGES, Words
from ..model import EventKind, Geo, IdPool, Timeline, Url
from ._ics_recur import rrules, rule_problem
from ._ics_scan import Node, one_line, scan

__all__ = ["IcsReader"]

MAX_OCCURRENCES = 500
MAX_TOTAL = 10_000
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_KINDS = set(get_args(EventKind))
_QUALIFIERS: tuple[Qualifier, ...] = ("~", "?", "%")
_MARKERS = {  # chronik's words in its ICS exports, to tell their language
    "de": ("Quellen:", " berichtet: ", "Beteiligte: ", "VORLÄUFIG: ", "ABGESAGT: "),
    "en": ("Sources:", " reports: ", "People: ", "TENTATIVE: ", "CANCELLED: "),
}
# The commonest short words of each language (as ``chronik extract`` counts them): a cheap guess.
_DE = {"der", "die", "und", "das", "nicht", "mit", "sich", "auf", "ist", "den", "dem", "ein", "eine", "zu", "im", "von"}
_DE |= {"des", "für", "bei", "nach", "zum", "zur", "am", "vom", "über", "besuch", "treffen", "gespräch", "reise"}
_EN = {"the", "and", "of", "to", "is", "was", "that", "with", "on", "for", "he", "she", "by", "from", "has", "in"}
_EN |= {"at", "meeting", "visit", "trip", "call", "with", "day", "talks", "summit", "lunch", "dinner"}
_KNOWN = {"VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM"}
_USED = {"UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "LOCATION", "GEO", "CATEGORIES", "DESCRIPTION"}
_USED |= {"STATUS", "URL", "RELATED-TO", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "LAST-MODIFIED"}
_USED |= {"DTSTAMP", "SEQUENCE", "CREATED", "TRANSP", "X-MICROSOFT-CDO-ALLDAYEVENT"}  # bookkeeping
_URL: TypeAdapter[str] = TypeAdapter(Url)


def _slug(text: str) -> str:
    if _ID.fullmatch(text):
        return text
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-._")[:128].rstrip("-._") or "event"


def _first(comp: Any, name: str) -> Any:
    """The value of the first ``name`` property (icalendar gives a list when there are several)."""
    value = comp.get(name)
    value = value[0] if isinstance(value, list) and value else value
    return getattr(value, "dt", value)


def _texts(comp: Any, name: str) -> list[str]:
    value = comp.get(name)
    return [str(v) for v in (value if isinstance(value, list) else [] if value is None else [value])]


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _iana(value: datetime) -> str | None:
    """The IANA name of an aware value's zone, checked to give the same UTC offset at that instant."""
    names = [str(n) for n in tzids_from_tzinfo(value.tzinfo)]
    names += [WINDOWS_TO_OLSON.get(n, "") for n in names]
    names += ["/".join(n.split("/")[i:]) for n in list(names) for i in range(1, n.count("/"))]
    for name in filter(None, names):
        try:
            if value.replace(tzinfo=zone(name)).utcoffset() == value.utcoffset():
                return name
        except ValueError:
            continue
    return None


def _wall(value: datetime, offset: int | None) -> PartialDate:
    return PartialDate(value.year, value.month, value.day, value.hour, value.minute, value.second or None, offset)


def _fixed(value: datetime) -> PartialDate:
    """A date-time with its UTC offset (in UTC when the offset is not whole minutes)."""
    seconds = int((value.utcoffset() or timedelta(0)).total_seconds())
    if seconds % 60 or abs(seconds) > 14 * 3600:
        return _wall(value.astimezone(UTC), 0)
    return _wall(value, seconds // 60)


def _length(start: datetime, end: datetime | None) -> timedelta | None:
    """How long from ``start`` to ``end`` as instants (wall times when both float); None if they cannot compare."""
    if end is None or (end.tzinfo is None) != (start.tzinfo is None):
        return None
    return end - start if start.tzinfo is None else end.astimezone(UTC) - start.astimezone(UTC)


def _align(walked: list[Any], nodes: list[Node]) -> dict[int, Node]:
    """``id(component) -> Node``: icalendar's components in document order, matched by name to the
    scanned ones (a component icalendar dropped or added is skipped, not a shift of every line)."""
    out: dict[int, Node] = {}
    i = 0
    for comp in walked:
        j = next((k for k in range(i, len(nodes)) if nodes[k].name == str(comp.name).upper()), None)
        if j is not None:
            out[id(comp)] = nodes[j]
            i = j + 1
    return out


def _stamp(occ: Any) -> str:
    value = _first(occ, "RECURRENCE-ID" if "RECURRENCE-ID" in occ else "DTSTART")
    return "-" + (value.strftime("%Y%m%dT%H%M") if isinstance(value, datetime) else value.strftime("%Y%m%d"))


@dataclass
class _Item:
    """One VEVENT, or one occurrence of a recurring one, to import."""

    comp: Any
    line: int | None
    ident: str
    uid: str
    zone: str | None = None
    """The IANA zone of its DTSTART (not UTC), if it has one."""
    place: str | None = None

    @property
    def start(self) -> Any:
        return _first(self.comp, "DTSTART")


class _Import:
    """One read: the parsed calendar, the lines of its components, ids, notes, and the mapping."""

    def __init__(
        self, text: str, origin: str, default_id: str, language: str | None = None, base: str | None = None
    ) -> None:
        self.origin, self.ids, self.total, self.found = origin, IdPool(), 0, dict[str, tuple[str, int]]()
        self.wanted, self.base = language, base
        self.text = text
        nodes, after = scan(text, origin)
        try:
            self.cal = icalendar.Calendar.from_ical(text)
            walked = self.cal.walk()
        except Exception as err:
            raise ReadError(origin, None, f"not a readable iCalendar file: {one_line(err)}") from None
        self.nodes = _align(walked, nodes)
        for comp in walked:
            if comp.errors and comp.name in _KNOWN - {"VALARM"}:
                prop, message = comp.errors[0]
                raise ReadError(origin, self.line(comp, prop), f"{comp.name} {prop or ''}: {one_line(message)}")
        calendar_id = self.cal.get("X-WR-RELCALID") or self.cal.get("UID") or ""  # chronik's, then RFC 7986's
        local, at, domain = str(calendar_id).partition("@")
        self.tl_id = local if at and _ID.fullmatch(local) else default_id
        self.suffix = f".{local}@{domain}" if at and self.tl_id == local else None
        if after is not None:
            self.note(after, "text after END:VCALENDAR ignored")

    def line(self, comp: Any, prop: str | None = None) -> int | None:
        node = self.nodes.get(id(comp))
        return None if node is None else node.props.get(prop or "", node.line)

    def at(self, it: _Item, prop: str) -> int | None:
        """The line of an item's property (an occurrence: of its series)."""
        return self.line(it.comp, prop) or it.line

    def note(self, line: int | None, message: str, key: str | None = None) -> None:
        """Record a note (``origin:line: message``, or ``origin: message`` when no line is known);
        notes with the same key are counted in the first one."""
        where = self.origin if line is None else f"{self.origin}:{line}"
        first, count = self.found.get(key or message, (f"{where}: {message}", 0))
        self.found[key or message] = (first, count + 1)

    def find(self, message: str) -> int | None:
        """The first line that holds a value quoted in ``message`` ('...'), for a message without a line."""
        for quoted in re.findall(r"'([^'\r\n]{2,200})'", message):
            at = self.text.find(quoted)
            if at >= 0:
                return self.text.count("\n", 0, at) + 1
        return None

    def notes(self) -> list[str]:
        return [text + (f" (and {n - 1} more)" if n > 1 else "") for text, n in self.found.values()]

    def fail(self, it: _Item, prop: str, message: str) -> ReadError:
        return ReadError(self.origin, self.at(it, prop), f"event '{it.uid}': {message}")

    def timeline(self) -> Timeline:
        cal = self.cal
        self.note_left_out()
        items = self.items()
        if not items:
            self.note(self.line(cal), "the calendar has no events (VEVENT): the timeline is empty")
        tz = self.zone(items)
        self.words = Words(self.language(items))
        places = self.places(items)
        events = self.parents(items, [self.event(it, tz, places) for it in items])
        name = next((t for k in ("NAME", "X-WR-CALNAME") for t in _texts(cal, k) if t.strip()), None)
        source = self.source(name)
        for ev in events:
            ev["sources"] = [{"source": source["id"]}]
        stamps = []
        for c in cal.walk("VEVENT"):
            if "LAST-MODIFIED" not in c:
                continue
            stamp = _first(c, "LAST-MODIFIED")
            if isinstance(stamp, date):
                stamps.append(stamp)
            else:  # icalendar reads a damaged value such as 202611 as a time of day
                self.note(self.line(c, "LAST-MODIFIED"), "LAST-MODIFIED that is no date-time ignored")
        days = [s.astimezone(UTC).date() if isinstance(s, datetime) and s.tzinfo else _day(s) for s in stamps]
        title = name
        about = next((t for k in ("DESCRIPTION", "X-WR-CALDESC") for t in _texts(cal, k) if t.strip()), None)
        data = {
            "id": self.tl_id,
            "title": title or (PurePath(self.origin).stem if not self.origin.startswith("<") else self.tl_id),
            "language": self.words.language,
            "timezone": tz,
            "description": about,
            "updated": max(days).isoformat() if days else None,
            "sources": [source],
            "places": list(places.values()),
            "events": events,
        }
        try:
            return Timeline.model_validate(data)
        except (ValidationError, InvalidTimelineError) as err:
            raise ReadError(self.origin, None, f"cannot build a timeline: {one_line(err)}") from None

    def note_left_out(self) -> None:
        for comp in self.cal.walk():
            if comp.name not in _KNOWN:
                self.note(self.line(comp), f"{comp.name} left out: chronik imports events (VEVENT)", comp.name)
        unused = {name: self.line(c, name) for c in reversed(self.cal.walk("VEVENT")) for name in set(c) - _USED}
        if unused:
            names = sorted(unused)
            listed = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
            lines = [n for n in unused.values() if n is not None]
            self.note(min(lines, default=None), f"not imported from events: {listed}")

    def items(self) -> list[_Item]:
        """Every event to import (recurring ones expanded), each with its id, in file order."""
        groups: dict[str, list[Any]] = {}
        for n, comp in enumerate(self.cal.walk("VEVENT")):
            groups.setdefault(str(comp.get("UID", "")) or f"\0{n}", []).append(comp)
        items: list[_Item] = []
        for key, comps in groups.items():
            uid, line = key if key[0] != "\0" else "(no UID)", self.line(comps[0])
            base = self.base_id(key, comps[0])
            if any(k in c for c in comps for k in ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID")):
                items += [
                    _Item(o, line, self.ids.take(_slug(base), _stamp(o)), uid) for o in self.expand(comps, uid, line)
                ]
                continue
            if len(comps) > 1:
                self.note(self.line(comps[1]), f"UID '{uid}' is used {len(comps)} times: ids made unique")
            items += [_Item(c, self.line(c), self.ids.take(_slug(base)), uid) for c in comps]
        return items

    def base_id(self, key: str, comp: Any) -> str:
        if key[0] == "\0":
            self.note(self.line(comp), "event without UID: its id comes from its SUMMARY", "no-uid")
            return str(comp.get("SUMMARY", "")) or "event"
        entry = key.removesuffix(self.suffix or "\0")
        return entry if entry != key and _ID.fullmatch(entry) else key

    def expand(self, comps: list[Any], uid: str, line: int | None) -> list[Any]:
        """The occurrences of one series, bounded as the module docstring says."""
        it = _Item(comps[0], line, "", uid)
        starts = [_day(_first(c, "DTSTART")) for c in comps if "DTSTART" in c]
        if not starts:
            raise self.fail(it, "RDATE", "a recurring event needs DTSTART")
        if self.total >= MAX_TOTAL:
            self.note(line, f"event '{uid}' not expanded: {MAX_TOTAL:,} occurrences imported already", "total")
            return [c for c in comps if "DTSTART" in c and "RECURRENCE-ID" not in c]
        for rule in (r for c in comps for r in rrules(c)):
            if problem := rule_problem(rule, it.start if it.start is not None else min(starts)):
                raise self.fail(it, "RRULE", f"RRULE {rule.to_ical().decode()} {problem}")
        unbounded = any(not {"COUNT", "UNTIL"} & set(r) for c in comps for r in rrules(c))
        first = min(starts)  # the same day two years later, exclusive:
        limit = (
            date(first.year + 2, 1, 1) + (first - date(first.year, 1, 1)) if unbounded and first.year < 9998 else None
        )
        ends = any("DTEND" in c or "DURATION" in c for c in comps)
        series = icalendar.Calendar()
        for comp in [*self.cal.walk("VTIMEZONE"), *comps]:
            series.add_component(comp)
        out: list[Any] = []
        try:  # from a datetime: from a date, recurring_ical_events 3.8 can loop forever
            begin = datetime.combine(first, datetime.min.time()) - timedelta(days=1)  # naive: any zone's first day
            for occ in recurring_ical_events.of(series).after(begin):
                if limit is not None and _day(occ.start) >= limit:
                    self.note(line, f"event '{uid}' repeats without end: imported until {limit - timedelta(1)}")
                    break
                if len(out) >= MAX_OCCURRENCES or self.total >= MAX_TOTAL:
                    self.note(line, f"event '{uid}': only its first {len(out)} occurrences imported")
                    break
                if not ends and occ.get("DTEND") == occ.get("DTSTART"):
                    del occ["DTEND"]  # recurring_ical_events adds it; the event has no end
                out.append(occ)
                self.total += 1
        except Exception as err:
            raise self.fail(it, "RRULE", f"cannot expand its recurrence: {one_line(err)}") from None
        return out

    def zone(self, items: list[_Item]) -> str | None:
        """X-WR-TIMEZONE, else the commonest IANA zone of the events (UTC when times float and none)."""
        for it in items:
            aware = isinstance(it.start, datetime) and it.start.tzinfo is not None and not is_utc(it.start)
            it.zone = _iana(it.start) if aware else None
        named = str(self.cal.get("X-WR-TIMEZONE", ""))
        try:
            if named:
                return zone(named).key
        except ValueError:
            self.note(self.line(self.cal, "X-WR-TIMEZONE"), f"X-WR-TIMEZONE '{named}' is not an IANA zone: ignored")
        zones = Counter(it.zone for it in items if it.zone)
        if zones:
            return min(zones, key=lambda z: (-zones[z], z))
        return "UTC" if any(isinstance(it.start, datetime) and it.start.tzinfo is None for it in items) else None

    def source(self, name: str | None) -> dict[str, Any]:
        """The calendar file as the source of its events: a document titled with the calendar's name."""
        path = PurePath(self.origin)
        if self.origin.startswith("<"):
            file = None
        elif self.base is not None:
            file = PurePath(os.path.relpath(os.path.abspath(self.origin), os.path.abspath(self.base))).as_posix()
        else:
            file = path.as_posix()
        stem = path.stem if file else self.tl_id
        return {
            "id": self.ids.take(_slug(stem) if _slug(stem) != "event" else "calendar"),
            "kind": "document",
            "title": name or (path.name if file else self.tl_id),
            "language": self.words.language,
            "file": file,
        }

    def language(self, items: list[_Item]) -> str:
        """The ``language`` option; else the commonest ``de``/``en`` LANGUAGE parameter (the calendar's
        NAME and DESCRIPTION first, then the events' texts); else chronik's own words in the events;
        else German or English function words in the texts, counted; ``en`` when nothing tells."""
        if self.wanted is not None:
            return self.wanted
        for comps in ([self.cal], [it.comp for it in items]):
            tags: Counter[str] = Counter()
            for comp in comps:
                for name in ("NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC", "SUMMARY", "LOCATION"):
                    value = comp.get(name)
                    for v in value if isinstance(value, list) else [] if value is None else [value]:
                        tag = str(getattr(v, "params", {}).get("LANGUAGE", "")).split("-")[0].lower()
                        tags.update([tag] if tag in ("de", "en") else [])
            if tags:
                return min(tags, key=lambda t: (-tags[t], t))
        score: Counter[str] = Counter()
        texts = [t for it in items for k in ("SUMMARY", "DESCRIPTION") for t in _texts(it.comp, k)]
        for text in texts:
            score.update(lang for lang, words in _MARKERS.items() if any(w in text for w in words))
        if score:
            return "en" if score["en"] > score["de"] else "de"
        names = [t for k in ("NAME", "X-WR-CALNAME", "DESCRIPTION", "X-WR-CALDESC") for t in _texts(self.cal, k)]
        words = re.findall(r"[a-zäöüß]+", " ".join([*names, *texts]).lower())
        de, en = sum(w in _DE for w in words), sum(w in _EN for w in words)
        return "de" if de > en else "en"

    def places(self, items: list[_Item]) -> dict[str, dict[str, Any]]:
        """One place per LOCATION and GEO, in the commonest zone of its events; sets ``item.place``."""
        keys: dict[int, tuple[str, Any]] = {}
        zones: dict[tuple[str, Any], Counter[str]] = {}
        for it in items:
            name = next((t for t in _texts(it.comp, "LOCATION") if t.strip()), None)
            geo = self.geo(it)
            if name is not None:
                keys[id(it)] = key = (name, geo)
                zones.setdefault(key, Counter()).update([it.zone] if it.zone else [])
            elif geo is not None:
                self.note(self.at(it, "GEO"), f"event '{it.uid}': GEO without LOCATION left out", "geo-alone")
        out: dict[str, dict[str, Any]] = {}
        ids: dict[tuple[str, Any], str] = {}
        for (name, geo), counts in zones.items():
            ids[(name, geo)] = pid = self.ids.take(_slug(name))
            tz = min(counts, key=lambda z: (-counts[z], z)) if counts else None
            out[pid] = {"id": pid, "name": name, "tz": tz, "geo": geo and {"lat": geo[0], "lon": geo[1]}}
        for it in items:
            it.place = ids.get(keys.get(id(it), ("", None)))
        return out

    def geo(self, it: _Item) -> tuple[float, float] | None:
        value = it.comp.get("GEO")
        try:
            return None if value is None else (Geo(lat=value.latitude, lon=value.longitude).lat, value.longitude)
        except (ValidationError, AttributeError, TypeError, ValueError):
            self.note(self.at(it, "GEO"), f"event '{it.uid}': GEO is not a position: left out", "geo")
            return None

    def event(self, it: _Item, tz: str | None, places: dict[str, dict[str, Any]]) -> dict[str, Any]:
        status = {"TENTATIVE": "tentative", "CANCELLED": "cancelled"}.get(str(_first(it.comp, "STATUS")).upper())
        try:
            when = self.when(it, (places[it.place]["tz"] if it.place else None) or tz or "UTC")
        except (ValueError, TypeError, OverflowError) as err:
            raise self.fail(it, "DTSTART", f"impossible date: {one_line(err)}") from None
        title, qualifier = self.title(it, status, when)
        categories = [c for c in map(str, getattr(it.comp, "categories", [])) if c.strip()]
        kind = categories.pop(0) if categories and categories[0] in _KINDS else "event"
        urls = [u for u in _texts(it.comp, "URL") if self.valid_url(it, u)]
        return {
            "id": it.ident,
            "title": title,
            "kind": kind,
            "when": when if not qualifier else _qualified(when, qualifier),
            "where": it.place,
            "status": status or "confirmed",
            "tags": categories,
            "description": "\n\n".join(t for t in _texts(it.comp, "DESCRIPTION") if t.strip()) or None,
            "url": urls[0] if urls else None,
        }

    def valid_url(self, it: _Item, text: str) -> bool:
        try:
            return bool(_URL.validate_python(text))
        except ValidationError:
            self.note(self.at(it, "URL"), f"event '{it.uid}': URL '{text}' is not http(s): left out", "url")
            return False

    def title(self, it: _Item, status: str | None, when: When | None) -> tuple[str, Qualifier]:
        """SUMMARY without chronik's status prefix and qualifier suffix, and that qualifier."""
        text = next((t for t in _texts(it.comp, "SUMMARY") if t.strip()), None)
        if text is None:
            self.note(it.line, f"event '{it.uid}' has no SUMMARY: titled '(untitled)'", "untitled")
            return "(untitled)", ""
        if status and text.startswith(prefix := f"{self.words[status].upper()}: ") and text[len(prefix) :].strip():
            text = text[len(prefix) :]
        first = when.start if isinstance(when, Span) else when
        if first is None or first.has_time:
            return text, ""
        for qualifier in _QUALIFIERS:
            suffix = f" ({self.words.partial(replace(first, qualifier=qualifier))})"
            if text.endswith(suffix) and text.removesuffix(suffix).strip():
                return text.removesuffix(suffix), qualifier
        return text, ""

    def when(self, it: _Item, tz: str) -> When | None:
        """DTSTART with DTEND or DURATION as EDTF, the local times in ``tz`` where they can be."""
        start, end, length = it.start, _first(it.comp, "DTEND"), _first(it.comp, "DURATION")
        if start is None:
            self.note(it.line, f"event '{it.uid}' has no DTSTART: imported without a date", "no-start")
            return None
        if not isinstance(start, date) or (end is not None and type(end) is not type(start)):
            raise self.fail(it, "DTEND", "DTSTART and DTEND must both be dates or both date-times")
        if end is not None and length is not None:
            self.note(self.at(it, "DURATION"), f"event '{it.uid}' has DTEND and DURATION: DURATION ignored")
        elif length is not None:
            if not isinstance(length, timedelta) or length < timedelta(0):
                raise self.fail(it, "DURATION", "DURATION must be a positive length of time")
            end = start + length
        if end is not None and end < start:
            raise self.fail(it, "DTEND", "DTEND is before DTSTART")
        if not isinstance(start, datetime):
            if end is not None and (end - start) % timedelta(days=1):
                raise self.fail(it, "DURATION", "an all-day event lasts whole days")
            if end == start:
                self.note(self.at(it, "DTEND"), f"event '{it.uid}' ends as it starts: read as one day", "same-day")
            last = start if end is None or end == start else end - timedelta(days=1)
            return parse_when(start.isoformat() if last == start else f"{start.isoformat()}/{last.isoformat()}")
        first = self.moment(it, start, tz)
        span = _length(start, end)
        if span == timedelta(seconds=1) or (span == timedelta(minutes=1) and first.second is None):
            # chronik's point in time: DTEND one unit of the precision after DTSTART (see _ics_when)
            return replace(first, second=first.second or 0) if span == timedelta(seconds=1) else first
        if length is not None:
            hours, rest = divmod(length.seconds, 3600)
            return parse_when(
                f"{first}/{Duration(days=length.days, hours=hours, minutes=rest // 60, seconds=rest % 60)}"
            )
        if end is None:
            return first
        try:
            return parse_when(f"{first}/{self.moment(it, end, tz)}")
        except ValueError:  # local times that read backwards across a DST change: both in UTC
            return parse_when(f"{_wall(start.astimezone(UTC), 0)}/{_wall(end.astimezone(UTC), 0)}")

    def moment(self, it: _Item, value: datetime, tz: str) -> PartialDate:
        """A local time in the event's zone ``tz`` when it is in that zone, else with its UTC offset."""
        if value.tzinfo is None:
            tzid = it.comp["DTSTART"].params.get("TZID") if "DTSTART" in it.comp else None
            why = f"TZID '{tzid}' is unknown (no VTIMEZONE)" if tzid else "floating times"
            self.note(self.at(it, "DTSTART"), f"event '{it.uid}': {why}: read as local times in {tz}", f"~{tzid}{tz}")
            return real_wall_time(_wall(value, None), zone(tz))
        if is_utc(value):
            return _wall(value.astimezone(UTC), 0)
        name = _iana(value)
        if name == tz:
            return real_wall_time(_wall(value, None), zone(tz))
        label = (tzids_from_tzinfo(value.tzinfo) or (str(value.tzinfo),))[0]
        why = "is no IANA zone" if name is None else "is neither the timeline's zone nor its place's"
        self.note(self.at(it, "DTSTART"), f"event '{it.uid}': TZID '{label}' {why}: kept as UTC offsets", label)
        return _fixed(value)

    def parents(self, items: list[_Item], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """RELATED-TO (RELTYPE=PARENT, its default) -> ``parent``; a cycle is broken where it closes."""
        by_uid: dict[str, list[str]] = {}
        for it in items:
            by_uid.setdefault(it.uid, []).append(it.ident)
        parent: dict[str, str] = {}
        for it in items:
            related = it.comp.get("RELATED-TO")
            for rel in related if isinstance(related, list) else [] if related is None else [related]:
                if rel.params.get("RELTYPE", "PARENT").upper() != "PARENT" or it.ident in parent:
                    continue
                targets = by_uid.get(str(rel), [])
                if len(targets) == 1 and targets[0] != it.ident:
                    parent[it.ident] = targets[0]
                else:
                    self.note(self.at(it, "RELATED-TO"), f"event '{it.uid}': RELATED-TO '{rel}' left out", "rel")
        for ident in list(parent):
            seen, cur = {ident}, parent.get(ident)
            while cur is not None and cur not in seen:
                seen.add(cur)
                cur = parent.get(cur)
            if cur is not None:
                where = next((self.at(it, "RELATED-TO") for it in items if it.ident == cur), None)
                self.note(where, f"RELATED-TO of '{cur}' left out: the parents form a cycle", "cycle")
                del parent[cur]
        return [{**ev, "parent": parent.get(ev["id"])} for ev in events]


def _qualified(when: When | None, qualifier: Qualifier) -> When | None:
    if isinstance(when, Span) and when.start is not None:
        return parse_when(str(replace(when, start=replace(when.start, qualifier=qualifier))))
    return parse_when(str(replace(when, qualifier=qualifier))) if isinstance(when, PartialDate) else when


class IcsReader:
    """iCalendar files (``.ics``, ``.ical``): each VEVENT an event; see the module docstring.

    ``language`` (``de``/``en``) sets the timeline's language instead of guessing it from the
    calendar; ``base`` is the folder the timeline will be written to: the calendar file's path in
    the source it becomes is relative to it (without it, the path as given in ``origin``).
    """

    name: ClassVar[str] = "ics"
    suffixes: ClassVar[tuple[str, ...]] = (".ics", ".ical")

    def __init__(self, *, language: str | None = None, base: str | os.PathLike[str] | None = None) -> None:
        if language is not None and language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        self.language = language
        self.base = None if base is None else os.fspath(base)
        self.notes: list[str] = []
        """What the last :meth:`read` left out or changed, one line each, naming the line or UID."""

    def read(self, text: str, /, *, origin: str = "<string>", default_id: str = "timeline") -> Timeline:
        """Parse ``text``; raises ReadError naming ``origin`` and the line."""
        self.notes = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            job = _Import(text.removeprefix("\ufeff"), origin, default_id, self.language, self.base)
            timeline = job.timeline()
        for warning in caught:
            message = one_line(warning.message)
            job.note(job.find(message), f"icalendar: {message}")
        self.notes = job.notes()
        return timeline
