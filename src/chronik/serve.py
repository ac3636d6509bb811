"""``chronik serve``: timelines as calendar feeds (and every other format) over HTTP, always current.

Built on aiohttp (server and client in one well-kept package; the fastest of the async stacks we
measured for this job). Each timeline file is served at ``/<id>.ics`` (subscribable by URL, also as
``webcal://``), ``/<id>.<lang>.ics`` (the calendar in another language, with UIDs of its own), and at
every export suffix (``/<id>.md``, ``.json``, ``.html``, ``.csv``, ``.timelinejs.json``,
``.jsonld``, ``.mw``). ``/`` lists them with their subscribe links.

- **Current:** every request looks at the file's size and modification time; an edit is loaded on
  the next request. A file that stops validating keeps its last good version served, and one line
  says why (once per bad version) - never a 500, never an empty calendar.
- **Stable:** the calendar is a :mod:`chronik.feed`: unchanged events keep their bytes, changed ones
  their UID with SEQUENCE + 1, removed ones stay as CANCELLED. The history is kept beside the file.
- **Cheap to poll:** each version of each representation is rendered once and kept with its strong
  ``ETag`` (SHA-256 of the bytes) and gzip form; ``If-None-Match`` / ``If-Modified-Since`` get a
  ``304``. Feeds may be filtered: ``?kind=report``, ``?tag=Delegation`` (both may be given).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import hashlib
import html
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aiohttp import web

from . import api, feed
from .errors import ChronikError
from .exporters._ics import IcsExporter
from .prepared import Prepared
from .registry import EXPORTERS

__all__ = ["Served", "Server", "make_app", "run"]

#: Media types as served (text ones with their charset).
_CHARSET = "; charset=utf-8"
#: A Host header we repeat in links: a name or an address, and a port.
_HOST = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?"
)
#: Bodies smaller than this are not worth compressing.
_GZIP_MIN = 1024
_LOG_PREFIX = "chronik serve"


def _log(message: str) -> None:
    print(f"{_LOG_PREFIX}: {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Body:
    """One representation of one version: its bytes, gzip form, strong ETag and media type."""

    data: bytes
    media_type: str
    modified: datetime
    etag: str = ""
    gzipped: bytes | None = None

    @classmethod
    def of(cls, text: str, media_type: str, modified: datetime) -> Body:
        data = text.encode("utf-8")
        tag = hashlib.sha256(data).hexdigest()[:32]
        packed = gzip.compress(data, compresslevel=6, mtime=0) if len(data) >= _GZIP_MIN else None
        return cls(data, media_type, modified, tag, packed)


@dataclass
class Served:
    """One timeline file and its last good version."""

    path: Path
    options: Options
    prepared: Prepared | None = None
    signature: tuple[int, int, int] | None = None
    bad: tuple[int, int, int] | None = None
    modified: datetime = field(default_factory=lambda: datetime.now(UTC))
    history: feed.History | None = None
    bodies: dict[tuple[str, str, str, str], Body] = field(default_factory=dict)
    feeds: dict[str, feed.Feed] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def ident(self) -> str:
        assert self.prepared is not None, "loaded"
        return self.prepared.timeline.id

    @property
    def language(self) -> str:
        assert self.prepared is not None, "loaded"
        return self.prepared.timeline.language


@dataclass(frozen=True)
class Options:
    """How everything is rendered and served."""

    domain: str = "chronik.invalid"
    prodid: str | None = None
    partial: bool = False
    refresh: str = "P1D"
    base_url: str | None = None
    history: bool = True
    stamp: datetime | None = None
    """The export's DTSTAMP (SOURCE_DATE_EPOCH), as ``chronik export`` takes it."""
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))


def _signature(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class Server:
    """The timelines being served, reloaded when their files change."""

    def __init__(self, paths: Sequence[Path], options: Options | None = None) -> None:
        self.options = options or Options()
        self.served = [Served(Path(p), self.options) for p in paths]

    def load_all(self) -> None:
        """Load every file once (at start): a file that is not valid ends the start with its error."""
        for s in self.served:
            self._load(s, initial=True)
        idents: dict[str, Path] = {}
        for s in self.served:
            if s.ident in idents:
                raise ChronikError(f"{s.path}: its id '{s.ident}' is also the id of {idents[s.ident]}; ids must differ")
            idents[s.ident] = s.path

    def _load(self, s: Served, *, initial: bool = False) -> None:
        self._apply(s, self._read(s, initial=initial), initial=initial)

    def _read(self, s: Served, *, initial: bool = False) -> tuple[tuple[int, int, int], Prepared] | None:
        """The file's new version, read, validated and ordered; None when it is unchanged or bad
        (said once on stderr). Touches nothing the requests read: it runs beside them."""
        try:
            signature = _signature(s.path)
        except OSError as err:
            if initial:
                raise ChronikError(f"{s.path}: cannot read: {err.strerror or err}") from None
            if s.bad is None:
                _log(f"{s.path}: cannot read ({err.strerror or err}); still serving the last good version")
                s.bad = (0, 0, 0)
            return None
        if signature == s.signature or signature == s.bad:
            return None
        try:
            prepared = Prepared(api.load(s.path))
            prepared.chronology  # noqa: B018 - ordered now, not in the middle of a request
        except ChronikError as err:
            if initial:
                raise
            s.bad = signature
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            _log(f"{first}; still serving the version loaded {s.modified:%Y-%m-%d %H:%M:%S} UTC")
            return None
        return signature, prepared

    def _apply(self, s: Served, read: tuple[tuple[int, int, int], Prepared] | None, *, initial: bool = False) -> None:
        """Serve the version :meth:`_read` gave (in the thread that answers requests)."""
        if read is None:
            return
        signature, prepared = read
        timeline = prepared.timeline
        if s.prepared is not None and timeline.id != s.ident:
            others = {o.ident for o in self.served if o is not s and o.prepared is not None}
            if timeline.id in others:
                s.bad = signature
                _log(f"{s.path}: its new id '{timeline.id}' is another timeline's; still serving the last version")
                return
        s.prepared, s.signature, s.bad = prepared, signature, None
        s.modified = datetime.fromtimestamp(signature[0] // 1_000_000_000, UTC)
        s.bodies.clear()
        s.feeds.clear()
        if s.history is None:
            s.history = self._history(s.path)
        if not initial:
            _log(f"{s.path}: reloaded ({len(timeline.events)} events)")

    def _history(self, path: Path) -> feed.History:
        if not self.options.history:
            return feed.History()
        where = feed.history_path(path)
        try:
            return feed.History.load(where)
        except feed.HistoryError as err:
            _log(f"{err}; keeping the history in memory only")
            return feed.History()

    async def current(self, s: Served) -> None:
        """Reload ``s`` if its file changed (one reload at a time; the others wait for it)."""
        try:
            signature = _signature(s.path)
        except OSError:
            signature = None
        if signature is not None and (signature == s.signature or signature == s.bad):
            return
        async with s.lock:
            read = await asyncio.get_running_loop().run_in_executor(None, self._read, s)
            self._apply(s, read)

    def find(self, name: str) -> tuple[Served, str, str | None] | None:
        """The timeline, format and language of a path like ``wegner.en.ics`` (the language None
        where it is the timeline's own, or the format's text does not depend on it)."""
        for s in self.served:
            if s.prepared is None or not name.startswith(s.ident + "."):
                continue
            rest = name[len(s.ident) :]
            for fmt, suffix in _suffixes().items():
                lang = rest[1:3]
                if rest == suffix:
                    return s, fmt, None
                if rest == f".{lang}{suffix}" and lang in _languages():
                    neutral = lang == s.language or fmt in api.LANGUAGE_NEUTRAL
                    return s, fmt, None if neutral else lang
        return None

    def body(self, s: Served, fmt: str, lang: str | None, kind: str | None, tag: str | None) -> Body:
        """The bytes of one representation of ``s``'s current version (rendered once per version)."""
        key = (fmt, lang or "", kind or "", tag or "")
        cached = s.bodies.get(key)
        if cached is not None:
            return cached
        assert s.prepared is not None, "loaded"
        language = lang or s.language
        exporter = EXPORTERS.create(fmt, **self._exporter_options(fmt, language))
        media = exporter.media_type + (_CHARSET if _is_text(exporter.media_type) else "")
        if fmt == "ics":
            made = self._feed(s, language)
            name = " – ".join(x for x in (kind, tag) if x) or None
            text = made.text(kind=kind, tag=tag, refresh=self.options.refresh, name=name)
        else:  # the exporter made above, on the shared ordering; no notes are needed here
            text = exporter.export(s.prepared)
        body = Body.of(text, media, s.modified)
        s.bodies[key] = body
        return body

    def feed_of(self, s: Served, lang: str | None) -> feed.Feed:
        return self._feed(s, lang or s.language)

    def _feed(self, s: Served, language: str) -> feed.Feed:
        made = s.feeds.get(language)
        if made is not None:
            return made
        assert s.prepared is not None, "loaded"
        assert s.history is not None, "loaded"
        prepared = s.prepared if language == s.language else s.prepared.with_id(f"{s.ident}.{language}")
        exporter = IcsExporter(**self._exporter_options("ics", language))
        made = feed.build(prepared, exporter, s.history, now=self.options.now)
        s.feeds[language] = made
        if made.changed and s.history.path is not None:
            try:
                s.history.save()
            except feed.HistoryError as err:
                _log(f"{err}; the history is kept in memory until the server stops")
                s.history.path = None
        return made

    def _exporter_options(self, fmt: str, language: str) -> dict[str, Any]:
        options: dict[str, Any] = {"language": language} if fmt not in api.LANGUAGE_NEUTRAL else {}
        if fmt == "ics":
            options.update(domain=self.options.domain, partial=self.options.partial, stamp=self.options.stamp)
            if self.options.prodid:
                options["prodid"] = self.options.prodid
        return options


@functools.cache
def _suffixes() -> dict[str, str]:
    """Each format's file suffix, the longest first (``.timelinejs.json`` before ``.json``)."""
    found = {name: EXPORTERS.create(name).suffix for name in EXPORTERS.names()}
    return dict(sorted(found.items(), key=lambda item: -len(item[1])))


@functools.cache
def _languages() -> frozenset[str]:
    from .humanize import LANGUAGES

    return frozenset(LANGUAGES)


def _is_text(media_type: str) -> bool:
    return media_type.startswith("text/") or media_type.endswith(("json", "+json"))


# --- HTTP --------------------------------------------------------------------------------------------------


def _common_headers(body: Body) -> dict[str, str]:
    return {
        "ETag": f'"{body.etag}"',
        "Last-Modified": format_datetime(body.modified, usegmt=True),
        "Cache-Control": "no-cache",
        "Vary": "Accept-Encoding",
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Expose-Headers": "ETag, Last-Modified",
        "X-Content-Type-Options": "nosniff",
    }


def _not_modified(request: web.Request, body: Body) -> bool:
    """RFC 9110 13.1.2 and 13.1.3: If-None-Match (weak comparison) first, else If-Modified-Since."""
    raw = request.headers.get("If-None-Match")
    if raw is not None:
        if raw.strip() == "*":
            return True
        for tag in raw.split(","):
            tag = tag.strip()
            tag = tag[2:] if tag.startswith("W/") else tag
            if tag.strip('"').removesuffix("-gzip") == body.etag:
                return True
        return False
    since = request.headers.get("If-Modified-Since")
    if since is None:
        return False
    try:
        when = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    if when.tzinfo is None:
        return False
    return body.modified.replace(microsecond=0) <= when


def _accepts_gzip(request: web.Request) -> bool:
    for part in request.headers.get("Accept-Encoding", "").split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "x-gzip"):
            q = params.strip().lower()
            return not re.fullmatch(r"q\s*=\s*0(?:\.0{0,3})?", q)
    return False


def respond(request: web.Request, body: Body, filename: str | None = None) -> web.Response:
    headers = _common_headers(body)
    packed = body.gzipped if body.gzipped is not None and _accepts_gzip(request) else None
    if packed is not None:
        headers["ETag"] = f'"{body.etag}-gzip"'
    if _not_modified(request, body):
        return web.Response(status=304, headers=headers)
    headers["Content-Type"] = body.media_type
    if filename is not None:
        headers["Content-Disposition"] = f'inline; filename="{filename}"'
    if packed is not None:
        headers["Content-Encoding"] = "gzip"
        return web.Response(body=packed, headers=headers)
    return web.Response(body=body.data, headers=headers)


def _plain(status: int, message: str) -> web.Response:
    return web.Response(
        status=status,
        text=message + "\n",
        content_type="text/plain",
        charset="utf-8",
        headers={"Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff"},
    )


def make_app(server: Server) -> web.Application:
    """The aiohttp application of ``server`` (its files loaded already)."""

    async def index(request: web.Request) -> web.StreamResponse:
        for s in server.served:
            await server.current(s)
        page = _index_page(server, _base(request, server.options))
        return respond(request, Body.of(page, "text/html" + _CHARSET, max(s.modified for s in server.served)))

    async def one(request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        for s in server.served:
            await server.current(s)
        found = server.find(name)
        if found is None:
            return _plain(404, f"no such timeline or format: /{name} (see / for the list)")
        s, fmt, lang = found
        kind = request.query.get("kind") or None
        tag = request.query.get("tag") or None
        if (kind or tag) and fmt != "ics":
            return _plain(400, "kind= and tag= filter calendars (.ics) only")
        made = server.feed_of(s, lang) if fmt == "ics" else None
        if made is not None and kind is not None and kind not in made.kinds():
            return _plain(404, f"no entries of kind {kind!r}; kinds: {', '.join(made.kinds()) or '-'}")
        if made is not None and tag is not None and tag not in made.tags():
            return _plain(404, f"no entries tagged {tag!r}; tags: {', '.join(made.tags()) or '-'}")
        return respond(request, server.body(s, fmt, lang, kind, tag), filename=name)

    async def other(request: web.Request) -> web.StreamResponse:
        if request.method in ("GET", "HEAD"):
            return _plain(404, f"no such timeline or format: {request.path} (see / for the list)")
        return web.Response(status=405, headers={"Allow": "GET, HEAD"}, text="only GET and HEAD\n")

    app = web.Application(handler_args={"max_field_size": 8190})
    app.router.add_get("/", index)
    app.router.add_get("/{name}", one)
    app.router.add_route("*", "/{tail:.*}", other)
    return app


def _base(request: web.Request, options: Options) -> str:
    """The URL the feeds are reachable at: ``--base-url``, else this request's host."""
    if options.base_url:
        return options.base_url.rstrip("/")
    host = request.headers.get("Host", "")
    if not _HOST.fullmatch(host):
        sock = request.transport.get_extra_info("sockname") if request.transport else None
        host = f"{sock[0]}:{sock[1]}" if isinstance(sock, tuple) and len(sock) >= 2 else "localhost"
    return f"{request.scheme}://{host}"


def _index_page(server: Server, base: str) -> str:
    esc = html.escape
    items = []
    for s in server.served:
        if s.prepared is None:
            continue
        tl = s.prepared.timeline
        url = f"{base}/{quote(s.ident)}.ics"
        webcal = "webcal://" + url.split("://", 1)[1]
        made = server.feed_of(s, None)
        formats = " · ".join(
            f'<a href="/{esc(quote(s.ident))}{esc(EXPORTERS.create(f).suffix)}">{esc(f)}</a>' for f in EXPORTERS.names()
        )
        filters = [f'<a href="/{esc(quote(s.ident))}.ics?kind={esc(quote(k))}">{esc(k)}</a>' for k in made.kinds()] + [
            f'<a href="/{esc(quote(s.ident))}.ics?tag={esc(quote(t))}">#{esc(t)}</a>' for t in made.tags()
        ]
        items.append(
            "<li>"
            f"<h2>{esc(tl.title)}</h2>"
            f'<p><a href="{esc(webcal)}">Subscribe</a> · copy this address into your calendar app: '
            f'<input readonly size="60" value="{esc(webcal)}" aria-label="Calendar address of {esc(tl.title)}"></p>'
            f"<p>Formats: {formats}</p>"
            + (f"<p>Only some entries: {' · '.join(filters)}</p>" if filters else "")
            + "</li>"
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>chronik feeds</title></head><body>"
        "<h1>Timelines</h1><ul>" + "".join(items) + "</ul>"
        "<p>Subscribed calendars follow every change: events keep their identity, edits update them, "
        "removed events are shown as cancelled.</p></body></html>\n"
    )


_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def run(
    paths: Sequence[Path], host: str, port: int, options: Options, ready: Callable[[str], None] | None = None
) -> None:
    """Serve until interrupted."""
    server = Server(paths, options)
    server.load_all()
    app = make_app(server)

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None, handle_signals=True)
        await runner.setup()
        site = web.TCPSite(runner, host, port, reuse_address=True)
        try:
            await site.start()
        except OSError as err:
            await runner.cleanup()
            raise ChronikError(f"cannot listen on {host}:{port}: {err.strerror or err}") from None
        shown = f"[{host}]" if ":" in host else host
        where = f"http://{shown}:{port}/"
        (ready or (lambda w: _log(f"serving {len(server.served)} timeline(s) at {w} (Ctrl-C stops)")))(where)
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())


def env_now() -> Callable[[], datetime]:
    """The clock for new stamps: SOURCE_DATE_EPOCH when set (reproducible runs), else the wall clock."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw and raw.strip().isdigit():
        fixed = datetime.fromtimestamp(int(raw), UTC)
        return lambda: fixed
    return lambda: datetime.now(UTC)
