"""iCalendar files (``.ics``, RFC 5545) read as timelines: ``chronik import FILE.ics``.

=================================  ==================================================================
iCalendar                          timeline
=================================  ==================================================================
VCALENDAR UID ``<id>@<domain>``    ``id`` (else the file's name)
NAME, else X-WR-CALNAME            ``title`` (else the file's name)
DESCRIPTION, else X-WR-CALDESC     ``description``
X-WR-TIMEZONE, else commonest TZID ``timezone``
LAST-MODIFIED (latest)             ``updated``
VEVENT                             an event; each occurrence of a recurring one (see below)
UID ``<entry>.<timeline>@<d>``     ``id`` = ``<entry>`` (chronik's own UIDs); other UIDs become a
                                   slug of the UID, made unique, at most 128 characters
SUMMARY                            ``title``; chronik's own status prefix (``ABGESAGT:``) and
                                   qualifier suffix (``(ca. 20. März 2024)``) turn back into
                                   ``status`` and an EDTF qualifier; none: ``(untitled)`` and a note
DTSTART;VALUE=DATE [+ DTEND]       a day, or a day span ending the day *before* DTEND
DTSTART;TZID=... [+ DTEND]         local date-time(s), in the zone of the event's place (LOCATION)
                                   or the timeline's; other zones, non-IANA TZIDs: fixed offsets
DTSTART ending in ``Z``            date-time in UTC (``...Z``)
DTSTART without zone (floating)    local time in the place's or the timeline's zone, with a note
DURATION                           start plus duration (``2024-11-10T09:00/PT2H``)
LOCATION (+ GEO)                   a place, one per name, position and zone (GEO -> ``geo``)
CATEGORIES                         ``tags``; the first one -> ``kind`` when it is an event kind
STATUS TENTATIVE / CANCELLED       ``status``
DESCRIPTION, URL                   ``description`` (kept whole, sources block included), ``url``
RELATED-TO (RELTYPE=PARENT)        ``parent``, when it names another event of the file
=================================  ==================================================================

Reports in chronik's own exports (CATEGORIES ``report``) come back as events of kind ``report``
with the full DESCRIPTION, so an exported timeline re-exports to the same VEVENTs.

**Recurrence** (RRULE, RDATE, EXDATE, RECURRENCE-ID) is expanded with ``recurring_ical_events``
into one event per occurrence, ``<uid-id>-<YYYYMMDD>`` or ``-<YYYYMMDDTHHMM>``: at most 500 per
series, never later than two years after the series starts when the rule has no COUNT or UNTIL, and
10,000 in all; cut series are noted. A rule that finds no day in 400 years, or that recurs more than
1,440 times a day, is an error: expanding it would hang.

VTODO, VJOURNAL, VFREEBUSY and other components are left out with a note; so is everything that had
to change. Notes are in :attr:`IcsReader.notes` after :meth:`IcsReader.read`. Anything that is not
a readable calendar raises :class:`~chronik.errors.ReadError` naming the line.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import PurePath
from typing import Any, ClassVar, get_args

import icalendar
import recurring_ical_events
from dateutil.rrule import rrulestr
from icalendar.timezone.tzid import is_utc, tzids_from_tzinfo
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON
from pydantic import TypeAdapter, ValidationError

from ..dates import Duration, PartialDate, Span, When, parse_when, zone
from ..errors import InvalidTimelineError, ReadError
from ..humanize import Words
from ..model import EventKind, Geo, Timeline, Url
from ._common import MAX_DEPTH

MAX_OCCURRENCES = 500
MAX_TOTAL = 10_000
MAX_PER_DAY = 1440
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_PVALUE = r'(?:"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*)'
_CONTENT = re.compile(
    rf"(?P<name>[A-Za-z0-9-]+)(?:;[A-Za-z0-9-]+={_PVALUE}(?:,{_PVALUE})*)*:(?P<value>[^\x00-\x08\x0a-\x1f\x7f]*)"
)
_KINDS = set(get_args(EventKind))
_STATUS = {"TENTATIVE": "tentative", "CANCELLED": "cancelled"}
_MARKERS = {
    "de": ("Quellen:", " berichtet: ", "Beteiligte: ", "VORLÄUFIG: ", "ABGESAGT: "),
    "en": ("Sources:", " reports: ", "People: ", "TENTATIVE: ", "CANCELLED: "),
}
_KNOWN = {"VCALENDAR", "VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM"}
_USED = {"UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "LOCATION", "GEO", "CATEGORIES", "DESCRIPTION", "STATUS"}
_USED |= {"URL", "RELATED-TO", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "DTSTAMP", "LAST-MODIFIED", "SEQUENCE"}
_USED |= {"CREATED", "TRANSP", "X-MICROSOFT-CDO-ALLDAYEVENT"}
_URL: TypeAdapter[str] = TypeAdapter(Url)


def _one_line(err: object) -> str:
    text = " ".join(str(err).split())
    return text if len(text) <= 200 else text[:197] + "..."


@dataclass
class _Node:
    """A component as written: its name, line, and the line of each of its own properties."""

    name: str
    line: int
    props: dict[str, int] = field(default_factory=dict)


def _unfolded(text: str) -> list[tuple[int, str]]:
    """Content lines with the number of their first physical line (folds joined as icalendar does)."""
    out: list[tuple[int, list[str]]] = []
    for number, raw in enumerate(text.split("\n"), 1):
        raw = raw.removesuffix("\r")
        if raw[:1] in (" ", "\t") and out:
            out[-1][1].append(raw[1:])
        elif raw:
            out.append((number, [raw]))
    return [(number, "".join(parts)) for number, parts in out]


def _scan(text: str, origin: str) -> list[_Node]:
    """Check every content line and the BEGIN/END structure; the components in document order."""
    nodes: list[_Node] = []
    stack: list[_Node] = []
    for number, line in _unfolded(text):
        match = _CONTENT.fullmatch(line)
        if match is None:
            raise ReadError(origin, number, f"not an iCalendar content line: {_one_line(repr(line))}")
        name, value = match["name"].upper(), match["value"].strip().upper()
        if not nodes and (name, value) != ("BEGIN", "VCALENDAR"):
            raise ReadError(origin, number, "not an iCalendar file: it does not start with BEGIN:VCALENDAR")
        if nodes and not stack:
            raise ReadError(origin, number, "more after END:VCALENDAR: chronik reads one calendar per file")
        if name == "BEGIN":
            if len(stack) >= MAX_DEPTH:
                raise ReadError(origin, number, f"components nested more than {MAX_DEPTH} levels deep")
            stack.append(_Node(value, number))
            nodes.append(stack[-1])
        elif name == "END" and stack[-1].name != value:
            raise ReadError(
                origin, number, f"END:{value} does not close BEGIN:{stack[-1].name} of line {stack[-1].line}"
            )
        elif name == "END":
            stack.pop()
        else:
            stack[-1].props.setdefault(name, number)
    if not nodes:
        raise ReadError(origin, 1, "not an iCalendar file: it is empty")
    if stack:
        raise ReadError(origin, stack[-1].line, f"BEGIN:{stack[-1].name} is never closed by END:{stack[-1].name}")
    return nodes


def _slug(text: str) -> str:
    if _ID.fullmatch(text):
        return text
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-._")[:128].rstrip("-._")
    return slug or "event"


class _Ids:
    """Ids unique across events and places (one namespace), each at most 128 characters."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, text: str, suffix: str = "") -> str:
        base, n = _slug(text), 1
        while True:
            tail = suffix + (f"-{n}" if n > 1 else "")
            ident = base[: 128 - len(tail)] + tail
            if ident not in self.used:
                self.used.add(ident)
                return ident
            n += 1


def _iana(value: datetime) -> str | None:
    """The IANA name of an aware value's zone, checked to give the same offset at that instant."""
    names = list(tzids_from_tzinfo(value.tzinfo))
    names += [WINDOWS_TO_OLSON.get(n, "") for n in names]
    names += ["/".join(n.split("/")[i:]) for n in list(names) for i in range(1, n.count("/"))]
    for name in names:
        try:
            if name and value.replace(tzinfo=zone(name)).utcoffset() == value.utcoffset():
                return name
        except ValueError:
            continue
    return None


def _wall(value: datetime, offset: int | None) -> PartialDate:
    return PartialDate(value.year, value.month, value.day, value.hour, value.minute, value.second or None, offset)


def _fixed(value: datetime) -> PartialDate:
    """A date-time with its fixed UTC offset (in UTC when the offset is not whole minutes)."""
    seconds = int((value.utcoffset() or timedelta(0)).total_seconds())
    if seconds % 60 or abs(seconds) > 14 * 3600:
        return _wall(value.astimezone(UTC), 0)
    return _wall(value, seconds // 60)


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=min(day.year + years, 9999))
    except ValueError:  # 29 February
        return day.replace(year=min(day.year + years, 9999), day=28)


def _rrules(comp: Any) -> list[Any]:
    rules = comp.get("RRULE")
    return [] if rules is None else list(rules) if isinstance(rules, list) else [rules]


def _per_day(rule: Any) -> int:
    """The most times a rule can recur in one day."""
    freq, interval = str(rule.get("FREQ", [""])[0]).upper(), max(1, int(rule.get("INTERVAL", [1])[0]))
    stepped = {"HOURLY": 1, "MINUTELY": 2, "SECONDLY": 3}.get(freq, 0)
    counts = [len(rule.get(key, ())) for key in ("BYHOUR", "BYMINUTE", "BYSECOND")]
    bound = 1
    for i, (n, full) in enumerate(zip(counts, (24, 60, 60), strict=True)):
        bound *= n or (full if i < stepped else 1)
    if stepped:
        steps = -(-86400 // ((3600, 60, 1)[stepped - 1] * interval))
        for n in counts[stepped:]:
            steps *= n or 1
        bound = min(bound, steps)
    return bound


def _ever_matches(rule: Any, start: date) -> bool:
    """Whether the rule finds a day within 400 years; dateutil alone searches up to the year 9999.

    The Gregorian calendar repeats every 400 years, so the start is moved by whole 400-year cycles
    to just before the year 9600: the search then ends after at most 800 years.
    """
    text = ";".join(p for p in rule.to_ical().decode().split(";") if not p.upper().startswith(("COUNT=", "UNTIL=")))
    wall = datetime(start.year, start.month, start.day) if not isinstance(start, datetime) else start
    wall = wall.replace(tzinfo=None)
    try:
        shifted = wall.replace(year=wall.year + max(0, (9599 - wall.year) // 400) * 400)
        return next(iter(rrulestr(text, dtstart=shifted)), None) is not None
    except (ValueError, TypeError, OverflowError, IndexError):
        return True  # not dateutil's kind of rule: the expansion reports it


def _texts(comp: Any, name: str) -> list[str]:
    value = comp.get(name)
    return [str(v) for v in (value if isinstance(value, list) else [] if value is None else [value])]


def _utc_day(value: date) -> date:
    return value.astimezone(UTC).date() if isinstance(value, datetime) and value.tzinfo else _day(value)


def _duration(value: timedelta) -> Duration:
    hours, rest = divmod(value.seconds, 3600)
    return Duration(days=value.days, hours=hours, minutes=rest // 60, seconds=rest % 60)


def _qualified(when: When, qualifier: str) -> When:
    if isinstance(when, Span) and when.start is not None:
        return parse_when(str(replace(when, start=replace(when.start, qualifier=qualifier))))
    return parse_when(str(replace(when, qualifier=qualifier)))


def _stamp(occ: Any) -> str:
    value = occ.get("RECURRENCE-ID", occ.get("DTSTART")).dt
    return "-" + (value.strftime("%Y%m%dT%H%M") if isinstance(value, datetime) else value.strftime("%Y%m%d"))


@dataclass
class _Item:
    """One VEVENT (or occurrence) to import."""

    comp: Any
    line: int | None
    ident: str
    uid: str
    zone: str | None = None
    place: str | None = None

    @property
    def start(self) -> Any:
        return self.comp["DTSTART"].dt if "DTSTART" in self.comp else None


class _Import:
    """One read: the parsed calendar, the lines of its components, ids and notes."""

    def __init__(self, text: str, origin: str, default_id: str) -> None:
        self.origin, self.default_id = origin, default_id
        self.found: dict[str, tuple[str, int]] = {}
        self.ids = _Ids()
        self.total = 0
        self.place_zones: dict[str, str | None] = {}
        nodes = _scan(text, origin)
        try:
            self.cal = icalendar.Calendar.from_ical(text)
            walked = self.cal.walk()
        except Exception as err:
            raise ReadError(origin, None, f"not a readable iCalendar file: {_one_line(err)}") from None
        self.nodes = dict(zip(map(id, walked), nodes, strict=True)) if len(walked) == len(nodes) else {}
        for comp in walked:
            if comp.errors and comp.name in _KNOWN - {"VALARM"}:
                prop, message = comp.errors[0]
                raise ReadError(origin, self.line(comp, prop), f"{comp.name} {prop or ''}: {_one_line(message)}")
        uid = str(self.cal.get("UID", ""))
        local, at, domain = uid.partition("@")
        self.tl_id = local if at and _ID.fullmatch(local) else default_id
        self.suffix = f".{local}@{domain}" if self.tl_id == local else None

    def line(self, comp: Any, prop: str | None = None) -> int | None:
        node = self.nodes.get(id(comp))
        return None if node is None else node.props.get(prop or "", node.line)

    def note(self, line: int | None, message: str, key: str | None = None) -> None:
        """Record a note; notes with the same key are counted under the first."""
        first, count = self.found.get(key or message, (f"{self.origin}:{line}: {message}", 0))
        self.found[key or message] = (first, count + 1)

    def notes(self) -> list[str]:
        return [text + (f" (and {n - 1} more)" if n > 1 else "") for text, n in self.found.values()]

    def fail(self, comp: Any, prop: str | None, message: str) -> ReadError:
        return ReadError(self.origin, self.line(comp, prop), f"event '{comp.get('UID', '?')}': {message}")

    def timeline(self) -> Timeline:
        cal = self.cal
        self.note_left_out()
        items = self.items()
        if not items:
            self.note(self.line(cal), "the calendar has no events (VEVENT): the timeline is empty")
        tz = self.zone(items)
        self.words = Words(self.language(items))
        places = self.places(items)
        events = self.parents(items, [self.event(it, tz) for it in items])
        stamps = [_utc_day(c["LAST-MODIFIED"].dt) for c in cal.walk("VEVENT") if "LAST-MODIFIED" in c]
        title = next((t for k in ("NAME", "X-WR-CALNAME") for t in _texts(cal, k) if t.strip()), None)
        about = next((t for k in ("DESCRIPTION", "X-WR-CALDESC") for t in _texts(cal, k) if t.strip()), None)
        data = {
            "id": self.tl_id,
            "title": title or (PurePath(self.origin).stem if not self.origin.startswith("<") else self.tl_id),
            "language": self.words.language,
            "timezone": tz,
            "description": about,
            "updated": max(stamps).isoformat() if stamps else None,
            "places": places,
            "events": events,
        }
        try:
            return Timeline.model_validate(data)
        except (ValidationError, InvalidTimelineError) as err:
            raise ReadError(self.origin, None, f"cannot build a timeline: {_one_line(err)}") from None

    def note_left_out(self) -> None:
        for comp in self.cal.walk():
            if comp.name not in _KNOWN:
                self.note(self.line(comp), f"{comp.name} left out: chronik imports events (VEVENT)", comp.name)
        for comp in self.cal.walk("VEVENT"):
            for name in sorted(set(comp) - _USED):
                self.note(self.line(comp, name), f"VEVENT property {name} left out", name)

    def items(self) -> list[_Item]:
        """Every event to import, occurrences of recurring ones expanded, each with its id."""
        groups: dict[str, list[Any]] = {}
        for n, comp in enumerate(self.cal.walk("VEVENT")):
            groups.setdefault(str(comp.get("UID", "")) or f"\0{n}", []).append(comp)
        items: list[_Item] = []
        for uid, comps in groups.items():
            base = self.base_id(uid, comps[0])
            recurring = any(k in c for c in comps for k in ("RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"))
            if recurring and self.total < MAX_TOTAL:
                line = self.line(comps[0])
                items += [_Item(occ, line, self.ids.take(base, _stamp(occ)), uid) for occ in self.expand(comps)]
                continue
            if recurring:
                self.note(self.line(comps[0]), f"event '{uid}' not expanded: {MAX_TOTAL:,} occurrences already")
            elif len(comps) > 1:
                self.note(self.line(comps[1]), f"UID '{uid}' is used {len(comps)} times: ids made unique")
            items += [_Item(c, self.line(c), self.ids.take(base), uid) for c in comps if "RECURRENCE-ID" not in c]
        return items

    def base_id(self, uid: str, comp: Any) -> str:
        if uid.startswith("\0"):
            self.note(self.line(comp), "event without UID: its id comes from its title", "no-uid")
            return str(comp.get("SUMMARY", "")) or "event"
        if self.suffix and uid.endswith(self.suffix) and _ID.fullmatch(uid.removesuffix(self.suffix)):
            return uid.removesuffix(self.suffix)
        return uid

    def expand(self, comps: list[Any]) -> list[Any]:
        """The occurrences of one series, bounded as the module docstring says."""
        master, uid = comps[0], str(comps[0].get("UID", ""))
        starts = [_day(c["DTSTART"].dt) for c in comps if "DTSTART" in c]
        if not starts:
            raise self.fail(master, None, "a recurring event needs DTSTART")
        for rule in (r for c in comps for r in _rrules(c)):
            if _per_day(rule) > MAX_PER_DAY:
                raise self.fail(master, "RRULE", f"recurs up to {_per_day(rule):,} times a day: too many to import")
            if not _ever_matches(rule, master["DTSTART"].dt if "DTSTART" in master else min(starts)):
                raise self.fail(master, "RRULE", f"its rule {rule.to_ical().decode()} never finds a day")
        unbounded = any(not {"COUNT", "UNTIL"} & set(r) for c in comps for r in _rrules(c))
        limit = _years_later(min(starts), 2) if unbounded else date.max
        series = icalendar.Calendar()
        for comp in [*self.cal.walk("VTIMEZONE"), *comps]:
            series.add_component(comp)
        out: list[Any] = []
        try:
            for occ in recurring_ical_events.of(series).after(min(starts) - timedelta(days=1)):
                if _day(occ.start) > limit:
                    self.note(self.line(master), f"event '{uid}' repeats without end: imported until {limit}")
                    break
                if len(out) >= MAX_OCCURRENCES or self.total >= MAX_TOTAL:
                    self.note(self.line(master), f"event '{uid}': only its first {len(out)} occurrences imported")
                    break
                out.append(occ)
                self.total += 1
        except Exception as err:
            raise self.fail(master, "RRULE", f"cannot expand its recurrence: {_one_line(err)}") from None
        return out

    def zone(self, items: list[_Item]) -> str | None:
        """X-WR-TIMEZONE, else the commonest IANA zone of the events (UTC if times float and none)."""
        zones: Counter[str] = Counter()
        for it in items:
            it.zone = _iana(it.start) if isinstance(it.start, datetime) and it.start.tzinfo else None
            if it.zone and not is_utc(it.start):
                zones[it.zone] += 1
        named = str(self.cal.get("X-WR-TIMEZONE", ""))
        try:
            return zone(named).key if named else None
        except ValueError:
            self.note(self.line(self.cal, "X-WR-TIMEZONE"), f"X-WR-TIMEZONE '{named}' is not an IANA zone: ignored")
        if zones:
            return sorted(zones.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return "UTC" if any(isinstance(it.start, datetime) and it.start.tzinfo is None for it in items) else None

    def language(self, items: list[_Item]) -> str:
        """``en`` when chronik's English words are commoner than its German ones, else ``de``."""
        score: Counter[str] = Counter()
        for it in items:
            texts = _texts(it.comp, "SUMMARY") + _texts(it.comp, "DESCRIPTION")
            score.update(lang for lang, words in _MARKERS.items() if any(w in t for t in texts for w in words))
        return "en" if score["en"] > score["de"] else "de"

    def places(self, items: list[_Item]) -> list[dict[str, Any]]:
        """One place per LOCATION, GEO and zone; sets each item's place."""
        zones: dict[tuple[str, tuple[float, float] | None], Counter[str | None]] = {}
        keys = [self.place_key(it) for it in items]
        for it, key in zip(items, keys, strict=True):
            if key is not None:
                zones.setdefault(key, Counter())[it.zone if it.zone and not is_utc(it.start) else None] += 1
        ids: dict[tuple[Any, ...], str] = {}
        out = []
        for (name, geo), counts in zones.items():
            named = sorted((z for z in counts if z), key=lambda z: (-counts[z], z)) or [None]
            for tz in named:
                ids[(name, geo, tz)] = pid = self.ids.take(name)
                self.place_zones[pid] = tz
                out.append({"id": pid, "name": name, "tz": tz, "geo": geo and {"lat": geo[0], "lon": geo[1]}})
            ids[(name, geo, None)] = ids[(name, geo, named[0])]
        for it, key in zip(items, keys, strict=True):
            if key is not None:
                it.place = ids.get((*key, it.zone), ids[(*key, None)])
        return out

    def place_key(self, it: _Item) -> tuple[str, tuple[float, float] | None] | None:
        name = next((t for t in _texts(it.comp, "LOCATION") if t.strip()), None)
        geo, point = it.comp.get("GEO"), None
        if geo is not None:
            try:
                point = (float(Geo(lat=geo.latitude, lon=geo.longitude).lat), float(geo.longitude))
            except (ValidationError, AttributeError, TypeError, ValueError):
                self.note(self.line(it.comp, "GEO"), f"event '{it.uid}': GEO is not a position: left out", "geo")
        if name is None and point is not None:
            self.note(self.line(it.comp, "GEO"), f"event '{it.uid}': GEO without LOCATION left out", "geo-alone")
        return (name, point) if name is not None else None

    def event(self, it: _Item, tz: str | None) -> dict[str, Any]:
        comp = it.comp
        status = _STATUS.get(str(comp.get("STATUS", "")).upper(), "confirmed")
        try:
            when = self.when(it, self.place_zones.get(it.place or "") or tz or "UTC")
        except (ValueError, TypeError, OverflowError) as err:
            raise self.fail(comp, "DTSTART", f"impossible date: {_one_line(err)}") from None
        title, qualifier = self.title(it, status, when)
        categories = [c for c in (str(c) for c in getattr(comp, "categories", [])) if c.strip()]
        kind = categories.pop(0) if categories and categories[0] in _KINDS else "event"
        description = "\n\n".join(t for t in _texts(comp, "DESCRIPTION") if t.strip()) or None
        return {
            "id": it.ident,
            "title": title,
            "kind": kind,
            "when": _qualified(when, qualifier) if qualifier and when is not None else when,
            "where": it.place,
            "status": status,
            "tags": categories,
            "description": description,
            "url": self.url(it),
        }

    def url(self, it: _Item) -> str | None:
        for text in _texts(it.comp, "URL"):
            try:
                return _URL.validate_python(text)
            except ValidationError:
                self.note(self.line(it.comp, "URL"), f"event '{it.uid}': URL '{text}' is not http(s): left out", "url")
        return None

    def title(self, it: _Item, status: str, when: When | None) -> tuple[str, str]:
        """SUMMARY without chronik's status prefix and qualifier suffix, and that qualifier."""
        text = next((t for t in _texts(it.comp, "SUMMARY") if t.strip()), None)
        if text is None:
            self.note(self.line(it.comp), f"event '{it.uid}' has no SUMMARY: titled '(untitled)'", "untitled")
            return "(untitled)", ""
        prefix = f"{self.words[status].upper()}: " if status != "confirmed" else "\0"
        text = text.removeprefix(prefix) if text.removeprefix(prefix).strip() else text
        first = when.start if isinstance(when, Span) else when
        for qualifier in ("~", "?", "%") if first is not None and not first.has_time else ():
            suffix = f" ({self.words.partial(replace(first, qualifier=qualifier))})"
            if text.endswith(suffix) and text.removesuffix(suffix).strip():
                return text.removesuffix(suffix), qualifier
        return text, ""

    def when(self, it: _Item, tz: str) -> When | None:
        comp, start = it.comp, it.start
        end = comp["DTEND"].dt if "DTEND" in comp else None
        length = comp["DURATION"].dt if "DURATION" in comp else None
        if start is None:
            self.note(it.line, f"event '{it.uid}' has no DTSTART: imported without a date", "no-start")
            return None
        if end is not None and length is not None:
            self.note(self.line(comp, "DURATION"), f"event '{it.uid}' has DTEND and DURATION: DURATION ignored")
            length = None
        if length is not None and (not isinstance(length, timedelta) or length < timedelta(0)):
            raise self.fail(comp, "DURATION", "DURATION must be a positive duration")
        if not isinstance(start, date) or (end is not None and type(end) is not type(start)):
            raise self.fail(comp, "DTEND", "DTSTART and DTEND must both be dates or both date-times")
        if not isinstance(start, datetime):
            return self.days(it, start, end if length is None else start + length)
        first = self.moment(it, start, tz)
        if length is not None:
            return parse_when(f"{first}/{_duration(length)}")
        if end is None:
            return first
        if end < start:
            raise self.fail(comp, "DTEND", "DTEND is before DTSTART")
        try:
            return parse_when(f"{first}/{self.moment(it, end, tz)}")
        except ValueError:  # local times that read backwards (a DST fold): both in UTC
            return parse_when(f"{_wall(start.astimezone(UTC), 0)}/{_wall(end.astimezone(UTC), 0)}")

    def days(self, it: _Item, start: date, end: date | None) -> When:
        if end is not None and (end < start or (end - start) % timedelta(days=1)):
            raise self.fail(it.comp, "DTEND", "an all-day event must end on a later day")
        if end == start:
            self.note(self.line(it.comp, "DTEND"), f"event '{it.uid}' ends as it starts: read as one day", "same-day")
        last = start if end is None or end == start else end - timedelta(days=1)
        first = PartialDate(start.year, start.month, start.day)
        return first if last == start else Span(first, PartialDate(last.year, last.month, last.day))

    def moment(self, it: _Item, value: datetime, tz: str) -> PartialDate:
        """A local time in the event's zone ``tz`` when it is one; else with its UTC offset."""
        if value.tzinfo is None:
            self.note(it.line, f"event '{it.uid}': floating times read in {tz}", f"floating {tz}")
            return _wall(value, None)
        if is_utc(value):
            return _wall(value.astimezone(UTC), 0)
        name = _iana(value)
        if name == tz:
            return _wall(value, None)
        label = (tzids_from_tzinfo(value.tzinfo) or (str(value.tzinfo),))[0]
        why = "is not an IANA zone" if name is None else "is neither the calendar's zone nor its LOCATION's"
        self.note(it.line, f"event '{it.uid}': TZID '{label}' {why}: times keep their UTC offset", f"tz {label}")
        return _fixed(value)

    def parents(self, items: list[_Item], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """RELATED-TO (RELTYPE=PARENT, the default) -> ``parent``; cycles are broken."""
        by_uid: dict[str, list[str]] = {}
        for it in items:
            by_uid.setdefault(it.uid, []).append(it.ident)
        parent: dict[str, str] = {}
        for it in items:
            related = it.comp.get("RELATED-TO")
            for rel in related if isinstance(related, list) else [] if related is None else [related]:
                targets = by_uid.get(str(rel), [])
                if rel.params.get("RELTYPE", "PARENT").upper() != "PARENT" or it.ident in parent:
                    continue
                if len(targets) == 1 and targets[0] != it.ident:
                    parent[it.ident] = targets[0]
                else:
                    self.note(self.line(it.comp, "RELATED-TO"), f"event '{it.uid}': RELATED-TO '{rel}' left out", "rel")
        for ident in list(parent):
            seen, cur = {ident}, parent.get(ident)
            while cur is not None and cur not in seen:
                seen.add(cur)
                cur = parent.get(cur)
            if cur is not None:
                self.note(None, f"RELATED-TO of '{cur}' left out: the parents form a cycle", "cycle")
                del parent[cur]
        return [{**ev, "parent": parent.get(ev["id"])} for ev in events]


class IcsReader:
    """iCalendar files (``.ics``, ``.ical``): events become timeline events; see the module docs."""

    name: ClassVar[str] = "ics"
    suffixes: ClassVar[tuple[str, ...]] = (".ics", ".ical")

    def __init__(self) -> None:
        self.notes: list[str] = []
        """What the last :meth:`read` changed or left out, one line each."""

    def read(self, text: str, /, *, origin: str = "<string>", default_id: str = "timeline") -> Timeline:
        """Parse ``text``; raises ReadError naming ``origin`` and the line."""
        self.notes = []
        text = text.removeprefix("\ufeff")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            job = _Import(text, origin, default_id)
            timeline = job.timeline()
        for warning in caught:
            job.note(None, f"icalendar: {_one_line(warning.message)}")
        self.notes = job.notes()
        return timeline
