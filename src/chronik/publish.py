"""``chronik publish``: the timeline's events as calendar object resources on a CalDAV server.

Each event the ICS export writes becomes one resource (RFC 4791 4.1): the calendar's properties as
the ICS exporter writes them, the VTIMEZONEs the event refers to, the one VEVENT - without
``METHOD``, which a calendar object resource must not carry, and the calendar's own ``UID``, which
every resource would share. The parts come from :meth:`~chronik.exporters._ics.IcsExporter.chunks`:
there is no second ICS writer here.

No database: the server's copy is the memory.

- An event is compared with the server's copy as parsed properties (icalendar), ignoring ``DTSTAMP``,
  ``SEQUENCE``, ``LAST-MODIFIED`` and how the server folded, ordered or re-escaped the lines. Equal:
  no request. Different: ``PUT`` with ``If-Match: <the server's ETag>`` and ``SEQUENCE`` one above the
  server copy's, so clients update and SEQUENCE never goes down. New: ``PUT`` with ``If-None-Match: *``.
- Each VEVENT chronik writes carries ``X-CHRONIK-CONTENT``, a hash of those compared properties. A
  server copy whose properties no longer match its own hash was edited by someone else (in a calendar
  app) since chronik wrote it; it is a conflict and kept, unless ``force``. So is a ``412 Precondition
  Failed``: the copy changed between reading and writing.
- ``prune`` deletes the server's resources whose UID belongs to this timeline
  (``.<timeline-id>@<domain>`` at its end) and that left it; other UIDs are never touched.

The ``caldav`` library (optional extra ``chronik[publish]``) is imported here only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from .errors import ChronikError

if TYPE_CHECKING:
    from .prepared import Prepared

__all__ = [
    "IGNORED",
    "CalendarObject",
    "Outcome",
    "PublishError",
    "calendar_objects",
    "content_hash",
    "normalized",
    "publish",
    "resource_name",
    "uid_suffix",
]

#: Properties the comparison ignores: they change on every write, not with the event.
IGNORED = frozenset({"DTSTAMP", "SEQUENCE", "LAST-MODIFIED", "X-CHRONIK-CONTENT"})
#: The VEVENT property holding the hash of what chronik wrote (see the module's docstring).
HASH_PROPERTY = "X-CHRONIK-CONTENT"
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~@-]{0,200}")
_TZID = re.compile(r';TZID=(?:"([^"]*)"|([^:;]*))[:;]')


class PublishError(ChronikError):
    """The server could not be reached, refused us, or failed in the middle (the message says what was written)."""


@dataclass(frozen=True)
class CalendarObject:
    """One event as a calendar object resource: UID, entry id, resource name and text (``SEQUENCE:0``)."""

    uid: str
    entry_id: str
    name: str
    text: str

    def with_sequence(self, sequence: int) -> str:
        """The text with ``SEQUENCE:<sequence>``."""
        return self.text.replace("\r\nSEQUENCE:0\r\n", f"\r\nSEQUENCE:{sequence}\r\n", 1)


def resource_name(uid: str) -> str:
    """The resource name of ``uid``: the UID itself where it is safe in a URL path, else a hash; plus ``.ics``."""
    if _SAFE_NAME.fullmatch(uid) and ".." not in uid:
        return f"{uid}.ics"
    return hashlib.sha256(uid.encode("utf-8")).hexdigest()[:40] + ".ics"


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")


def uid_suffix(exporter: Any, prepared: Prepared) -> str:
    """The end of every UID of ``prepared``'s calendar: ``.<timeline-id>@<domain>``."""
    return f".{prepared.timeline.id}@{exporter.domain}"


def calendar_objects(exporter: Any, prepared: Prepared) -> list[CalendarObject]:
    """Each VEVENT of ``exporter``'s calendar (an :class:`IcsExporter`) as one calendar object resource."""
    suffix = uid_suffix(exporter, prepared)
    head = ""
    zones: dict[str, str] = {}
    out = []
    for chunk in exporter.chunks(prepared):
        if chunk.startswith("BEGIN:VCALENDAR"):
            head = _head(chunk)
        elif chunk.startswith("BEGIN:VTIMEZONE"):
            tzid = next(line[5:] for line in _unfold(chunk) if line.startswith("TZID:"))
            zones[tzid] = chunk
        elif chunk.startswith("BEGIN:VEVENT"):
            lines = _unfold(chunk)
            uid = _unescape(next(line[4:] for line in lines if line.startswith("UID:")))
            tzids: list[str] = []
            for line in lines:
                for m in _TZID.finditer(line.split(":", 1)[0] + ":"):
                    tzid = m.group(1) or m.group(2)
                    if tzid not in tzids:
                        tzids.append(tzid)
            event = chunk
            digest = content_hash(normalized(head + chunk + "END:VCALENDAR\r\n", uid) or ())
            event = event[: -len("END:VEVENT\r\n")] + f"{HASH_PROPERTY}:{digest}\r\nEND:VEVENT\r\n"
            body = head + "".join(zones[t] for t in tzids) + event + "END:VCALENDAR\r\n"
            entry_id = uid[: -len(suffix)] if uid.endswith(suffix) else uid
            out.append(CalendarObject(uid, entry_id, resource_name(uid), body))
    return out


#: Calendar properties a calendar object resource leaves out: METHOD (RFC 4791 4.1 forbids it) and the
#: calendar's own UID (RFC 7986), which would be one UID shared by every resource: vdirsyncer, for one,
#: takes the first UID line of a resource as its identity and refuses the whole collection.
_NOT_IN_RESOURCES = ("METHOD", "UID")


def _head(chunk: str) -> str:
    """BEGIN:VCALENDAR and the calendar's properties as the exporter wrote them, without :data:`_NOT_IN_RESOURCES`."""
    out: list[str] = []
    keep = True
    for line in chunk.split("\r\n"):
        if not line:
            continue
        if not line.startswith((" ", "\t")):  # a new content line (else a continuation of the last)
            name = re.split(r"[;:]", line, maxsplit=1)[0].upper()
            keep = name not in _NOT_IN_RESOURCES
        if keep:
            out.append(line + "\r\n")
    return "".join(out)


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


Normal = tuple[tuple[str, tuple[tuple[str, str], ...], bytes], ...]


def _events(text: str) -> list[Any]:
    import icalendar

    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def normalized(text: str, uid: str) -> Normal | None:
    """The VEVENT(s) of ``uid`` in ``text`` as sorted (name, parameters, value) triples, or None when absent.

    Values are parsed and written again by icalendar, so folding, order, escaping and parameter
    quoting the server may have changed do not count; :data:`IGNORED` properties are left out.
    """
    triples = []
    found = False
    for event in _events(text):
        if str(event.get("UID", "")) != uid:
            continue
        found = True
        for name, value in event.property_items(recursive=False, sorted=False):
            if name in IGNORED or name in ("BEGIN", "END"):
                continue
            params = tuple(sorted((k.upper(), str(v)) for k, v in getattr(value, "params", {}).items()))
            raw = value.to_ical() if hasattr(value, "to_ical") else str(value).encode("utf-8")
            triples.append((name, params, raw if isinstance(raw, bytes) else str(raw).encode("utf-8")))
    return tuple(sorted(triples)) if found else None


def content_hash(normal: Normal | tuple[()]) -> str:
    """A short hash of a normalized event."""
    h = hashlib.sha256()
    for name, params, value in normal:
        h.update(repr((name, params)).encode("utf-8"))
        h.update(value)
        h.update(b"\0")
    return h.hexdigest()[:32]


def _server_state(text: str, uid: str) -> tuple[int, str | None, Normal | None]:
    """The server copy's SEQUENCE, its recorded content hash and its normalized form."""
    sequence = 0
    recorded = None
    for event in _events(text):
        if str(event.get("UID", "")) == uid:
            with suppress(TypeError, ValueError):
                sequence = max(sequence, int(event.get("SEQUENCE", 0)))
            if event.get(HASH_PROPERTY) is not None:
                recorded = str(event.get(HASH_PROPERTY))
    return sequence, recorded, normalized(text, uid)


# --- talking to the server ------------------------------------------------------------------------


def public_url(url: str) -> str:
    """``url`` without user name and password (what messages show)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


@dataclass
class Remote:
    """A resource on the server: href, ETag, text."""

    href: str
    etag: str | None
    text: str


@dataclass
class Outcome:
    """What a publish did: entry ids per action, and the conflicts with their reason."""

    url: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{len(self.created)} created",
            f"{len(self.updated)} updated",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.deleted)} deleted",
        ]
        if self.left:
            parts.append(f"{len(self.left)} left on the server (use --prune)")
        if self.conflicts:
            n = len(self.conflicts)
            parts.append(f"{n} {'conflict' if n == 1 else 'conflicts'} kept (use --force to overwrite)")
        return f"published to {self.url}: {', '.join(parts)}"

    def lines(self) -> Iterator[str]:
        """One line per event and its action (``-v``)."""
        for action in ("created", "updated", "unchanged", "deleted"):
            for entry in getattr(self, action):
                yield f"{action}: {entry}"
        for entry in self.left:
            yield f"left on the server (use --prune): {entry}"
        for entry, why in self.conflicts:
            yield f"conflict: {entry}: {why}"

    def written(self) -> list[str]:
        return [*self.created, *self.updated, *self.deleted]


_CALENDAR_QUERY = """<?xml version="1.0" encoding="utf-8"?>
<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:prop><D:getetag/><C:calendar-data/></D:prop>
  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>
</C:calendar-query>
"""

_PROPS = """<?xml version="1.0" encoding="utf-8"?>
<D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:displayname/></D:prop></D:propfind>
"""


class Session:
    """The ``caldav`` client with the few requests publishing needs."""

    def __init__(self, url: str, user: str | None, password: str | None, timeout: float) -> None:
        import caldav

        self.url = url
        self.public = public_url(url)
        self.client: Any = caldav.DAVClient(
            url=url, username=user, password=password, timeout=int(timeout), enable_rfc6764=False
        )

    def request(self, url: str, method: str, body: str = "", headers: dict[str, str] | None = None) -> Any:
        return self.client.request(url, method, body, headers or {})

    def is_calendar(self, url: str) -> tuple[bool, str | None]:
        """Whether ``url`` is a calendar collection, and its display name."""
        from caldav.elements import cdav, dav

        response = self.request(url, "PROPFIND", _PROPS, {"Depth": "0", "Content-Type": "application/xml"})
        if response.status >= 400:
            raise PublishError(f"{public_url(url)}: HTTP {response.status} {response.reason}".rstrip())
        props = response.expand_simple_props(props=[dav.DisplayName()], multi_value_props=[dav.ResourceType()])
        for values in props.values():
            return cdav.Calendar.tag in (values.get(dav.ResourceType.tag) or []), values.get(dav.DisplayName.tag)
        return False, None

    def calendars(self) -> tuple[Any, list[tuple[str, str | None]]]:
        """The calendar home (where new calendars go) and its calendars as (url, display name)."""
        from caldav.collection import CalendarSet

        try:
            principal = self.client.principal()
            home = principal.calendar_home_set
        except Exception:
            home = CalendarSet(self.client, url=self.client.url)
        found = [(str(c.url), c.name) for c in home.calendars()]
        return home, found

    def make_calendar(self, home: Any, name: str) -> str:
        cal_id = (
            name if re.fullmatch(r"[A-Za-z0-9._-]{1,100}", name) else hashlib.sha256(name.encode()).hexdigest()[:16]
        )
        calendar = home.make_calendar(name=name, cal_id=cal_id)
        return str(calendar.url)

    def list(self, collection: str) -> dict[str, Remote]:
        """The collection's VEVENT resources, by UID: one REPORT calendar-query with ETags and data."""
        from caldav.elements import cdav, dav

        response = self.request(
            collection,
            "REPORT",
            _CALENDAR_QUERY,
            {"Depth": "1", "Content-Type": 'application/xml; charset="utf-8"'},
        )
        if response.status >= 400:
            raise PublishError(f"{public_url(collection)}: HTTP {response.status} {response.reason}".rstrip())
        props = response.expand_simple_props(props=[dav.GetEtag(), cdav.CalendarData()])
        out: dict[str, Remote] = {}
        base = self.client.url
        for href, values in props.items():
            data = values.get(cdav.CalendarData.tag)
            if not data:
                continue
            url = str(base.join(href))
            for event in _events(data):
                uid = str(event.get("UID", ""))
                if uid:
                    out.setdefault(uid, Remote(url, values.get(dav.GetEtag.tag), data))
        return out

    def get(self, href: str) -> Remote | None:
        response = self.request(href, "GET")
        if response.status == 404:
            return None
        if response.status >= 400:
            raise PublishError(f"{public_url(href)}: HTTP {response.status} {response.reason}".rstrip())
        raw = response.raw
        return Remote(href, response.headers.get("ETag"), raw if isinstance(raw, str) else raw.decode("utf-8"))

    def put(self, href: str, text: str, headers: dict[str, str]) -> int:
        hdrs = {"Content-Type": "text/calendar; charset=utf-8", **headers}
        status: int = self.request(href, "PUT", text, hdrs).status
        return status

    def delete(self, href: str, etag: str | None) -> int:
        status: int = self.request(href, "DELETE", "", {"If-Match": etag} if etag else {}).status
        return status


def _reason(err: BaseException, url: str) -> str:
    """One line for what went wrong talking to ``url``."""
    from caldav.lib import error

    text = " ".join(str(err).split())
    if isinstance(err, error.AuthorizationError):
        return f"{url}: not authorized (HTTP 401/403): check --user and the password"
    if "timed out" in text.lower() or "timeout" in type(err).__name__.lower():
        return f"{url}: the server did not answer in time"
    if isinstance(err, OSError):
        refused = "refused" in text.lower()
        return f"{url}: cannot connect ({'connection refused' if refused else type(err).__name__})"
    return f"{url}: {type(err).__name__}: {text[:200]}" if text else f"{url}: {type(err).__name__}"


def _fatal() -> tuple[type[BaseException], ...]:
    from caldav.lib import error
    from lxml import etree

    return (OSError, error.DAVError, etree.XMLSyntaxError, ValueError)


def _find_calendar(session: Session, name: str | None, create: bool) -> str:
    """The URL of the calendar collection to publish to."""
    is_calendar, _ = session.is_calendar(session.url)
    if is_calendar:
        return session.url
    home, found = session.calendars()
    if name is None:
        raise PublishError(
            f"{session.public} is not a calendar collection; name one with --calendar (found: {_listing(found)})"
        )
    for url, display in found:
        path = urlsplit(url).path
        if name in (display, path, path.rstrip("/"), path.rstrip("/").rsplit("/", 1)[-1]):
            return url
    if create:
        return session.make_calendar(home, name)
    raise PublishError(f"{session.public}: no calendar {name!r} (found: {_listing(found)}); --create makes it")


def _listing(found: Iterable[tuple[str, str | None]]) -> str:
    names = [f"{display!r} at {urlsplit(url).path}" if display else urlsplit(url).path for url, display in found]
    return ", ".join(names) if names else "none"


def publish(
    objects: list[CalendarObject],
    *,
    url: str,
    suffix: str,
    calendar: str | None = None,
    create: bool = False,
    user: str | None = None,
    password: str | None = None,
    prune: bool = False,
    force: bool = False,
    timeout: float = 30,
    before_write: Callable[[Session, str, dict[str, Remote]], None] | None = None,
) -> Outcome:
    """Make the calendar at ``url`` (or its calendar ``calendar``) hold ``objects``; see the module's docstring.

    ``suffix`` is the end of this timeline's UIDs (``.<timeline-id>@<domain>``): what ``prune``
    may delete. ``before_write`` (tests) runs after the server was read, before the first write.
    """
    try:
        import caldav  # noqa: F401
    except ImportError:
        raise PublishError("chronik publish needs the caldav library: pip install 'chronik[publish]'") from None
    shown = public_url(url)
    if urlsplit(url).password is not None or urlsplit(url).username is not None:
        raise PublishError(f"{shown}: put no user or password in the URL: use --user and --password-file")
    if user is not None and password is None:
        raise PublishError(f"{shown}: --user {user} needs a password: --password-file F or $CHRONIK_CALDAV_PASSWORD")
    fatal = _fatal()
    try:
        session = Session(url, user, password, timeout)
        collection = _find_calendar(session, calendar, create)
        remote = session.list(collection)
    except PublishError:
        raise
    except fatal as err:
        raise PublishError(_reason(err, shown)) from None
    outcome = Outcome(public_url(collection))
    if before_write is not None:
        before_write(session, collection, remote)
    ours = {o.uid for o in objects}
    pending = [o.entry_id for o in objects]
    gone = sorted(uid for uid in remote if uid.endswith(suffix) and uid not in ours)
    base = session.client.url
    try:
        for obj in objects:
            _publish_one(session, obj, remote.get(obj.uid), str(base.join(collection).join(obj.name)), force, outcome)
            pending.remove(obj.entry_id)
        for uid in gone:
            entry = uid[: -len(suffix)]
            if not prune:
                outcome.left.append(entry)
                continue
            _delete_one(session, uid, entry, remote[uid], force, outcome)
    except PublishError as err:
        raise _partial(str(err), outcome, pending) from None
    except fatal as err:
        raise _partial(_reason(err, shown), outcome, pending) from None
    return outcome


def _partial(reason: str, outcome: Outcome, pending: list[str]) -> PublishError:
    written = outcome.written()
    return PublishError(
        f"{reason}\npartial publish to {outcome.url}: {len(written)} written"
        + (f" ({', '.join(written)})" if written else "")
        + f", {len(pending)} not written"
        + (f" ({', '.join(pending)})" if pending else "")
    )


def _publish_one(
    session: Session, obj: CalendarObject, server: Remote | None, href: str, force: bool, outcome: Outcome
) -> None:
    entry = obj.entry_id
    if server is None:
        status = session.put(href, obj.with_sequence(0), {"If-None-Match": "*"})
        if status in (200, 201, 204):
            outcome.created.append(entry)
            return
        if status != 412:
            raise PublishError(f"{public_url(href)}: HTTP {status} on PUT")
        fresh = session.get(href)
        if fresh is None or not force:
            outcome.conflicts.append((entry, "created on the server by someone else meanwhile"))
            return
        _overwrite(session, obj, fresh, outcome, outcome.created)
        return
    sequence, recorded, normal = _server_state(server.text, obj.uid)
    mine = normalized(obj.text, obj.uid)
    if normal == mine:
        outcome.unchanged.append(entry)
        return
    foreign = recorded is None or recorded != content_hash(normal or ())
    if foreign and not force:
        why = "edited on the server since it was published" if recorded else "not written by chronik"
        outcome.conflicts.append((entry, why))
        return
    headers = {"If-Match": server.etag} if server.etag else {}
    status = session.put(server.href, obj.with_sequence(sequence + 1), headers)
    if status in (200, 201, 204):
        outcome.updated.append(entry)
        return
    if status != 412:
        raise PublishError(f"{public_url(server.href)}: HTTP {status} on PUT")
    fresh = session.get(server.href)
    if not force or fresh is None:
        outcome.conflicts.append((entry, "changed on the server while publishing (412 Precondition Failed)"))
        return
    _overwrite(session, obj, fresh, outcome, outcome.updated)


def _overwrite(session: Session, obj: CalendarObject, fresh: Remote, outcome: Outcome, into: list[str]) -> None:
    """``--force``: write ``obj`` over the server's current copy, with a SEQUENCE above that copy's."""
    sequence, _, _ = _server_state(fresh.text, obj.uid)
    status = session.put(fresh.href, obj.with_sequence(sequence + 1), {"If-Match": fresh.etag} if fresh.etag else {})
    if status not in (200, 201, 204):
        raise PublishError(f"{public_url(fresh.href)}: HTTP {status} on PUT")
    into.append(obj.entry_id)


def _delete_one(session: Session, uid: str, entry: str, server: Remote, force: bool, outcome: Outcome) -> None:
    _, recorded, normal = _server_state(server.text, uid)
    if not force and (recorded is None or recorded != content_hash(normal or ())):
        outcome.conflicts.append((entry, "left the timeline but was edited on the server; kept"))
        return
    status = session.delete(server.href, None if force else server.etag)
    if status in (200, 204, 404):
        outcome.deleted.append(entry)
    elif status == 412:
        outcome.conflicts.append((entry, "changed on the server while publishing (412 Precondition Failed); kept"))
    else:
        raise PublishError(f"{public_url(server.href)}: HTTP {status} on DELETE")
