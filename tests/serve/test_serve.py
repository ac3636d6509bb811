"""``chronik serve`` over real HTTP: feeds, conditional GETs, edits, bad edits, filters, load."""

from __future__ import annotations

import asyncio
import gzip
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import icalendar

from tests.serve.conftest import Server, start

ICS = "/wegner-usa-2024.ics"


def _uids(text: str) -> dict[str, icalendar.Component]:
    cal = icalendar.Calendar.from_ical(text)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    # a new modification time even on file systems with coarse timestamps
    stat = path.stat()
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_the_calendar_is_the_export_with_feed_headers(server: Server, timeline_file: Path, tmp_path: Path) -> None:
    r = server.get(ICS)
    assert r.status == 200
    assert r.headers["content-type"] == "text/calendar; charset=utf-8"
    assert re.fullmatch(r'"[0-9a-f]{32}"', r.headers["etag"])
    assert r.headers["last-modified"].endswith(" GMT")
    assert r.headers["access-control-allow-origin"] == "*"
    out = tmp_path / "out"
    subprocess.run(
        [sys.executable, "-m", "chronik", "export", str(timeline_file), "-f", "ics", "-o", str(out)],
        check=True,
        capture_output=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1731196800"},
    )
    assert r.body == (out / "wegner.ics").read_bytes()
    head = server.get(ICS, method="HEAD")
    assert head.status == 200
    assert head.body == b""
    assert head.headers["etag"] == r.headers["etag"]


def test_conditional_gets_and_gzip(server: Server) -> None:
    r = server.get(ICS)
    etag = r.headers["etag"]
    assert server.get(ICS, {"If-None-Match": etag}).status == 304
    assert server.get(ICS, {"If-None-Match": f'"nope", W/{etag}'}).status == 304
    assert server.get(ICS, {"If-None-Match": '"nope"'}).status == 200
    assert server.get(ICS, {"If-Modified-Since": r.headers["last-modified"]}).status == 304
    assert server.get(ICS, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"}).status == 200
    assert server.get(ICS, {"If-Modified-Since": "yesterday"}).status == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
    assert server.get(ICS, {"If-None-Match": '"nope"', "If-Modified-Since": r.headers["last-modified"]}).status == 200
    packed = server.get(ICS, {"Accept-Encoding": "gzip"})
    assert packed.headers["content-encoding"] == "gzip"
    assert gzip.decompress(packed.body) == r.body
    assert packed.headers["etag"] != etag
    assert server.get(ICS, {"Accept-Encoding": "gzip", "If-None-Match": packed.headers["etag"]}).status == 304
    assert "content-encoding" not in server.get(ICS, {"Accept-Encoding": "gzip;q=0"}).headers


def test_an_edit_is_served_on_the_next_request_with_the_same_uid_and_a_higher_sequence(
    server: Server, timeline_file: Path
) -> None:
    before = server.get(ICS)
    _edit(timeline_file, "title: Abflug nach New York", "title: Abflug nach New York (verschoben)")
    after = server.get(ICS)
    assert after.status == 200
    assert after.headers["etag"] != before.headers["etag"]
    old, new = _uids(before.text), _uids(after.text)
    assert set(old) == set(new)
    changed = [uid for uid in old if old[uid].to_ical() != new[uid].to_ical()]
    assert [uid.split(".")[0] for uid in changed] == ["departure"]
    assert int(str(new[changed[0]]["SEQUENCE"])) == 1
    assert "verschoben" in str(new[changed[0]]["SUMMARY"])
    assert server.get(ICS, {"If-None-Match": before.headers["etag"]}).status == 200
    assert server.get(ICS, {"If-None-Match": after.headers["etag"]}).status == 304
    assert (timeline_file.parent / "wegner.yaml.history").is_file()


def test_a_file_that_stops_validating_keeps_the_last_good_version(server: Server, timeline_file: Path) -> None:
    good = server.get(ICS)
    _edit(timeline_file, "when: 2024-11-10", "when: 2024-13-45")
    for _ in range(3):
        r = server.get(ICS)
        assert r.status == 200
        assert r.body == good.body
    lines = [line for line in server.logged().splitlines() if "still serving" in line]
    assert len(lines) == 1, server.logged()
    assert "wegner.yaml" in lines[0]
    assert "Traceback" not in server.logged()
    _edit(timeline_file, "when: 2024-13-45", "when: 2024-11-11")
    assert server.get(ICS).body != good.body


def test_the_history_survives_a_restart(timeline_file: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1731196800"}
    first = start([str(timeline_file)], timeline_file.parent, env)
    try:
        before = _uids(first.get(ICS).text)
    finally:
        first.stop()
    _edit(timeline_file, "title: Abflug nach New York", "title: Abflug (neu)")
    second = start([str(timeline_file)], timeline_file.parent, env)
    try:
        after = _uids(second.get(ICS).text)
    finally:
        second.stop()
    uid = next(u for u in before if u.startswith("departure."))
    assert int(str(after[uid]["SEQUENCE"])) == int(str(before[uid]["SEQUENCE"])) + 1


def test_filters_formats_languages_and_errors(server: Server) -> None:
    reports = _uids(server.get(ICS + "?kind=report").text)
    assert reports
    assert all("report" in str(e["CATEGORIES"].to_ical()) for e in reports.values())
    tagged = server.get(ICS + "?tag=Delegation")
    assert [u.split(".")[0] for u in _uids(tagged.text)] == ["delegation-trip"]
    missing = server.get(ICS + "?tag=Nothing")
    assert missing.status == 404
    assert "Delegation" in missing.text
    assert server.get("/wegner-usa-2024.md?tag=x").status == 400
    english = _uids(server.get("/wegner-usa-2024.en.ics").text)
    assert all(".wegner-usa-2024.en@" in uid for uid in english)
    german = server.get("/wegner-usa-2024.de.ics")
    assert german.body == server.get(ICS).body
    for path, media in [
        ("/wegner-usa-2024.md", "text/markdown; charset=utf-8"),
        ("/wegner-usa-2024.json", "application/json; charset=utf-8"),
        ("/wegner-usa-2024.timelinejs.json", "application/json; charset=utf-8"),
        ("/wegner-usa-2024.html", "text/html; charset=utf-8"),
        ("/wegner-usa-2024.en.md", "text/markdown; charset=utf-8"),
    ]:
        r = server.get(path)
        assert (r.status, r.headers["content-type"]) == (200, media), path
    assert server.get("/nothing.ics").status == 404
    assert server.get("/wegner-usa-2024.exe").status == 404
    assert server.get("/../../etc/passwd").status == 404
    assert server.get(ICS, method="POST").status == 405
    assert server.get("/a/b").status == 404
    assert server.get("/a/b", method="PUT").status == 405


def test_the_index_lists_subscribe_links_and_escapes_the_host(server: Server) -> None:
    page = server.get("/")
    assert page.status == 200
    assert 'href="webcal://127.0.0.1:' in page.text
    assert "/wegner-usa-2024.ics" in page.text
    hostile = server.get("/", {"Host": '"><script>alert(1)</script>'})
    assert "<script>" not in hostile.text
    assert "webcal://127.0.0.1:" in hostile.text


def test_many_parallel_requests_get_only_complete_valid_calendars(server: Server, timeline_file: Path) -> None:
    """200 clients fetch for a few seconds while the file is edited twice and broken once."""

    async def load() -> tuple[int, int, set[str]]:
        ok = not_modified = 0
        bodies: set[str] = set()
        stop = time.monotonic() + 4
        connector = aiohttp.TCPConnector(limit=200)
        async with aiohttp.ClientSession(connector=connector, auto_decompress=False) as session:

            async def client(n: int) -> None:
                nonlocal ok, not_modified
                etag = None
                while time.monotonic() < stop:
                    headers: dict[str, str] = {"If-None-Match": etag} if etag and n % 2 else {}
                    async with session.get(server.url + ICS, headers=headers) as r:
                        body = await r.read()
                        if r.status == 304:
                            not_modified += 1
                            continue
                        assert r.status == 200
                        assert int(r.headers["Content-Length"]) == len(body)
                        etag = r.headers["ETag"]
                        if r.headers.get("Content-Encoding") == "gzip":
                            body = gzip.decompress(body)
                        bodies.add(body.decode("utf-8"))
                        ok += 1

            async def editor() -> None:
                await asyncio.sleep(1)
                await asyncio.to_thread(_edit, timeline_file, "title: Abflug nach New York", "title: Abflug A")
                await asyncio.sleep(1)
                await asyncio.to_thread(_edit, timeline_file, "when: 2024-11-10", "when: kaputt")
                await asyncio.sleep(1)
                await asyncio.to_thread(_edit, timeline_file, "title: Abflug A", "title: Abflug B")

            await asyncio.gather(editor(), *(client(n) for n in range(200)))
        return ok, not_modified, bodies

    ok, not_modified, bodies = asyncio.run(load())
    assert ok > 200
    assert not_modified > 0
    assert len(bodies) >= 2
    for body in bodies:
        assert body.startswith("BEGIN:VCALENDAR\r\n")
        assert body.endswith("END:VCALENDAR\r\n")
        assert len(_uids(body)) == 8
