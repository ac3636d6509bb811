"""A real subscriber: vdirsyncer fetches the feed over HTTP into a vdir, khal reads that vdir.

vdirsyncer's ``http`` storage sends no conditional headers and names each item by a hash of its
content, so a feed whose unchanged events kept their bytes changes exactly one item per edited event.
"""

from __future__ import annotations

from pathlib import Path

import icalendar

from tests.interop.clients import _khal, khal_config
from tests.serve.conftest import Server
from tests.servers import vdirsyncer

ICS = "/wegner-usa-2024.ics"


def _sync(config: Path) -> None:
    vdirsyncer(config, "sync")


def _items(vdir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(vdir.glob("*.ics"))}


def test_vdirsyncer_and_khal_follow_an_edit(server: Server, timeline_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "khal"
    khal = khal_config(home, "feed")
    vdir = home / "vdir" / "feed"
    config = tmp_path / "vdirsyncer.conf"
    config.write_text(
        f"""[general]
status_path = "{tmp_path / "status"}/"

[pair feed]
a = "remote"
b = "local"
collections = null
conflict_resolution = "a wins"

[storage remote]
type = "http"
url = "{server.url}{ICS}"

[storage local]
type = "filesystem"
path = "{vdir}/"
fileext = ".ics"
""",
        encoding="utf-8",
    )
    vdirsyncer(config, "discover", "feed")
    _sync(config)
    first = _items(vdir)
    assert len(first) == 8
    listing = _khal(home, "-c", str(khal), "--no-color", "list", "--once", "2023-11-01", "2024-12-31")
    assert "Abflug nach New York" in listing

    text = timeline_file.read_text(encoding="utf-8")
    timeline_file.write_text(text.replace("title: Abflug nach New York", "title: Abflug nach Boston", 1), "utf-8")
    _sync(config)
    second = _items(vdir)
    assert len(second) == 8
    assert len(set(first) - set(second)) == 1  # one item replaced; seven untouched, byte for byte
    assert all(second[name] == first[name] for name in set(first) & set(second))
    # vdirsyncer's http storage names each event by a hash of its content (its UIDs are not kept:
    # UID continuity is tested over plain HTTP in test_serve.py), so the edited event is a new item
    (replaced,) = set(second) - set(first)
    (event,) = icalendar.Calendar.from_ical(second[replaced]).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Abflug nach Boston"
    assert int(str(event["SEQUENCE"])) == 1
    listing = _khal(home, "-c", str(khal), "--no-color", "list", "--once", "2023-11-01", "2024-12-31")
    assert "Abflug nach Boston" in listing
    assert "Abflug nach New York ::" not in listing  # the old title (its quote still says it)
