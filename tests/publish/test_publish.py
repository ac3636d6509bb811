"""``chronik publish`` against a real Radicale (htpasswd authentication) the tests start on 127.0.0.1.

What the server holds is read back with the ``caldav`` library and with khal through vdirsyncer, and
must agree with ``chronik export --format ics`` on every event's UID and UTC start and end.
"""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import caldav
import icalendar
import pytest

import chronik
from chronik import cli
from chronik.exporters._ics import IcsExporter
from chronik.prepared import Prepared
from chronik.publish import PublishError, Remote, Session, calendar_objects, publish, resource_name, uid_suffix

from ..conftest import SEED
from ..interop.clients import Seen, khal_bin, khal_config, khal_list, read_icalendar
from ..servers import vdirsyncer
from ..test_startup import HEAVY, loaded, under
from .conftest import Server

#: Timed events in several zones (northern and southern summer time, a half-hour zone, UTC), a
#: span across midnight, an all-day span, and a month the calendar leaves out.
SYNTHETIC = """\
id: zones
title: Termine in vielen Zonen
language: de
timezone: Europe/Berlin
updated: 2025-01-05
sources:
  - id: plan
    publisher: Reiseplan
places:
  - id: ber
    name: Berlin
    tz: Europe/Berlin
  - id: nyc
    name: New York
    tz: America/New_York
  - id: syd
    name: Sydney
    tz: Australia/Sydney
  - id: del
    name: Delhi
    tz: Asia/Kolkata
events:
  - id: opening
    title: {opening}
    when: {opening_when}
    where: ber
    sources: [plan]
  - id: new-york-dinner
    title: Abendessen über Mitternacht
    when: 2024-11-10T21:00/2024-11-11T01:30
    where: nyc
    sources: [plan]
  - id: sydney-summer
    title: Sydney im Sommer
    when: 2025-01-15T09:30/2025-01-15T11:00
    where: syd
    sources: [plan]
  - id: delhi-call
    title: Telefonat Delhi
    when: 2024-11-12T16:45
    where: del
    sources: [plan]
  - id: utc-release
    title: Meldung um 12 Uhr UTC
    when: 2024-11-13T12:00Z
    sources: [plan]
  - id: trade-fair
    title: Messe
    when: 2024-11-14/2024-11-16
    sources: [plan]
  - id: month-only
    title: Irgendwann im November
    when: 2024-11
    sources: [plan]
{extra}"""

CANCELLED = """\
  - id: cancelled-visit
    title: Besuch, später gestrichen
    when: 2024-11-15T10:00
    where: ber
    sources: [plan]
"""


def synthetic(
    folder: Path,
    *,
    opening: str = "Eröffnung in Berlin",
    opening_when: str = "2024-11-10T10:00",
    extra: str = CANCELLED,
) -> Path:
    path = folder / "zones.yaml"
    path.write_text(SYNTHETIC.format(opening=opening, opening_when=opening_when, extra=extra), encoding="utf-8")
    return path


# --- running chronik ------------------------------------------------------------------------------

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """``chronik ARGS`` in this process through :func:`chronik.cli.main`: (exit code, stdout, stderr)."""

    def go(*args: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["chronik", *map(str, args)])
        code = 0
        try:
            cli.main()
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return go


def publish_args(server: Server, timeline: Path, calendar: str, *more: str) -> list[str | Path]:
    return [
        "publish",
        timeline,
        "--caldav",
        server.principal,
        "--calendar",
        calendar,
        "--user",
        server.user,
        "--password-file",
        server.password_file,
        *more,
    ]


# --- reading the server back ----------------------------------------------------------------------


def client(server: Server) -> Any:
    return caldav.DAVClient(url=server.principal, username=server.user, password=server.password)


def calendar_of(server: Server, name: str) -> Any:
    return client(server).principal().calendar(cal_id=name)


def server_events(server: Server, name: str) -> dict[str, tuple[str, str]]:
    """``uid -> (etag, calendar data)`` of every event in calendar ``name``, read with the caldav library."""
    out = {}
    for obj in calendar_of(server, name).search(event=True, props=[caldav.elements.dav.GetEtag()]):
        cal = icalendar.Calendar.from_ical(obj.data)
        (event,) = cal.walk("VEVENT")
        out[str(event["UID"])] = (obj.props[caldav.elements.dav.GetEtag.tag], obj.data)
    return out


def sequence(data: str) -> int:
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return int(event.get("SEQUENCE", 0))


def summary(data: str) -> str:
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return str(event["SUMMARY"])


def exported(run: Run, timeline: Path, folder: Path, *more: str) -> list[Seen]:
    """What ``chronik export --format ics`` writes, read with icalendar (UIDs and UTC instants)."""
    code, _, err = run("export", timeline, "--format", "ics", "--out", folder, *more)
    assert code == 0, err
    (ics,) = folder.glob("*.ics")
    return [r.when() for r in read_icalendar(ics.read_text(encoding="utf-8"))]


def caldav_view(server: Server, name: str) -> list[Seen]:
    records = [r.when() for _, data in server_events(server, name).values() for r in read_icalendar(data)]
    return sorted(records, key=lambda r: r.uid)


def khal_view(server: Server, name: str, home: Path) -> list[Seen]:
    """vdirsyncer syncs calendar ``name`` (caldav storage) into a filesystem vdir; khal lists it."""
    assert khal_bin().is_file(), "khal is not installed next to the interpreter"
    khal_cfg = khal_config(home, name)  # its vdir is home/vdir/<name>
    config = home / "vdirsyncer.conf"
    config.write_text(
        f"""[general]
status_path = "{home / "status"}"

[pair chronik]
a = "server"
b = "local"
collections = null

[storage server]
type = "caldav"
url = "{server.url}/{server.user}/{name}/"
username = "{server.user}"
password.fetch = ["command", "cat", "{server.password_file}"]
read_only = true

[storage local]
type = "filesystem"
path = "{home / "vdir" / name}"
fileext = ".ics"
""",
        encoding="utf-8",
    )
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    for command in ("discover", "sync"):
        vdirsyncer(config, command, env=env, timeout=60)
    synced = list((home / "vdir" / name).glob("*.ics"))
    assert synced, "vdirsyncer synced nothing"
    return [r.when() for r in khal_list(home, khal_cfg, name, date(2023, 1, 1), date(2026, 12, 31))]


# --- tests ----------------------------------------------------------------------------------------


def test_seed_and_zones_agree_with_the_export_in_caldav_and_khal(
    radicale: Server, run: Run, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Both timelines published; caldav and khal (via vdirsyncer) see the export's UIDs and UTC instants."""
    for timeline, name in [(SEED, "seed"), (synthetic(tmp_path), "zones")]:
        code, out, err = run(*publish_args(radicale, timeline, name, "--create"))
        assert code == 0, err
        want = exported(run, timeline, tmp_path / f"export-{name}")
        assert f"published to {radicale.principal}{name}/: {len(want)} created, 0 updated" in out
        assert caldav_view(radicale, name) == want
        assert khal_view(radicale, name, tmp_path_factory.mktemp(f"khal-{name}")) == want
    assert len(exported(run, SEED, tmp_path / "seed-count")) == 8  # 8 dated entries; months and undated left out


def test_publishing_twice_changes_nothing(radicale: Server, run: Run, tmp_path: Path) -> None:
    """The second run reports 0 created / 0 updated, keeps every ETag and makes two requests."""
    timeline = synthetic(tmp_path)
    code, out, err = run(*publish_args(radicale, timeline, "twice", "--create"))
    assert code == 0, err
    before = server_events(radicale, "twice")
    requests: list[str] = []
    original = caldav.DAVClient.request

    def counted(self: caldav.DAVClient, url: str, method: str = "GET", *args: Any, **kwargs: Any) -> Any:
        requests.append(method)
        return original(self, url, method, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(caldav.DAVClient, "request", counted)
        code, out, err = run(
            "publish", timeline, "--caldav", f"{radicale.principal}twice/", "--user", radicale.user,
            "--password-file", radicale.password_file,
        )  # fmt: skip
    assert code == 0, err
    assert out.strip() == f"published to {radicale.principal}twice/: 0 created, 0 updated, 7 unchanged, 0 deleted"
    assert server_events(radicale, "twice") == before
    # PROPFIND (is it a calendar?) and REPORT (every event with its ETag and data), each after the 401 challenge
    assert [m for m in requests if m not in ("PROPFIND", "REPORT")] == []
    assert requests.count("REPORT") == 1
    assert len(requests) <= 3


def test_edits_update_what_changed_and_prune_deletes_only_this_timeline(
    radicale: Server, run: Run, tmp_path: Path
) -> None:
    timeline = synthetic(tmp_path)
    assert run(*publish_args(radicale, timeline, "edits", "--create"))[0] == 0
    # an event of someone else's in the same calendar, and one of another timeline
    cal = calendar_of(radicale, "edits")
    foreign = {
        "meeting-123@example.org": "Fremder Termin",
        "opening.other-timeline@chronik.invalid": "Andere Chronik",
    }
    for uid, title in foreign.items():
        cal.save_event(dtstart=date(2024, 11, 20), dtend=date(2024, 11, 21), uid=uid, summary=title)
    before = server_events(radicale, "edits")

    synthetic(tmp_path, opening="Eröffnung in Berlin (verschoben)", opening_when="2024-11-11T10:00", extra="")
    code, out, err = run(*publish_args(radicale, timeline, "edits", "-v"))
    assert code == 0, err
    assert "0 created, 1 updated, 5 unchanged, 0 deleted, 1 left on the server (use --prune)" in out
    assert "left on the server (use --prune): cancelled-visit" in err
    after = server_events(radicale, "edits")
    uid = "opening.zones@chronik.invalid"
    assert sequence(after[uid][1]) == sequence(before[uid][1]) + 1 == 1
    assert after[uid][0] != before[uid][0]
    assert summary(after[uid][1]) == "Eröffnung in Berlin (verschoben)"
    assert {u: v for u, v in after.items() if u != uid} == {u: v for u, v in before.items() if u != uid}

    # a second edit of the same event: SEQUENCE goes on from the server's copy
    synthetic(tmp_path, opening="Eröffnung in Berlin, neuer Ort", opening_when="2024-11-11T10:00", extra="")
    assert run(*publish_args(radicale, timeline, "edits"))[0] == 0
    assert sequence(server_events(radicale, "edits")[uid][1]) == 2

    code, out, err = run(*publish_args(radicale, timeline, "edits", "--prune"))
    assert code == 0, err
    assert "0 created, 0 updated, 6 unchanged, 1 deleted" in out
    pruned = server_events(radicale, "edits")
    assert "cancelled-visit.zones@chronik.invalid" not in pruned
    for other in foreign:
        assert pruned[other] == before[other]


def _edit_on_server(server: Server, calendar: str, uid: str, title: str) -> None:
    """What a calendar app does: change SUMMARY and PUT the event back (caldav's save)."""
    event = calendar_of(server, calendar).event_by_uid(uid)
    event.icalendar_component["SUMMARY"] = title
    event.save()


def test_an_event_edited_on_the_server_is_a_conflict_unless_force(radicale: Server, run: Run, tmp_path: Path) -> None:
    timeline = synthetic(tmp_path)
    assert run(*publish_args(radicale, timeline, "conflict", "--create"))[0] == 0
    uid = "opening.zones@chronik.invalid"
    _edit_on_server(radicale, "conflict", uid, "Im Kalender geändert")
    edited = server_events(radicale, "conflict")[uid]

    synthetic(tmp_path, opening="Eröffnung, neuer Titel")
    code, out, err = run(*publish_args(radicale, timeline, "conflict"))
    assert code == 1
    assert "conflict: opening: edited on the server since it was published" in err
    assert "1 conflict kept (use --force to overwrite)" in out
    assert server_events(radicale, "conflict")[uid] == edited

    code, out, err = run(*publish_args(radicale, timeline, "conflict", "--force"))
    assert code == 0, err
    assert "1 updated" in out
    _, data = server_events(radicale, "conflict")[uid]
    assert summary(data) == "Eröffnung, neuer Titel"
    assert sequence(data) == sequence(edited[1]) + 1


@pytest.mark.parametrize("force", [False, True])
def test_a_412_while_publishing_is_a_conflict_unless_force(radicale: Server, tmp_path: Path, force: bool) -> None:
    """Someone saves the event between chronik's read and its write: If-Match fails with 412."""
    calendar = f"race-{force}"
    prepared = Prepared(chronik.load(synthetic(tmp_path)))
    exporter = IcsExporter()
    common: dict[str, Any] = {
        "url": radicale.principal,
        "suffix": uid_suffix(exporter, prepared),
        "calendar": calendar,
        "user": radicale.user,
        "password": radicale.password,
    }
    publish(calendar_objects(exporter, prepared), create=True, **common)
    uid = "opening.zones@chronik.invalid"

    def meanwhile(session: Session, collection: str, remote: dict[str, Remote]) -> None:
        assert uid in remote
        _edit_on_server(radicale, calendar, uid, "Gleichzeitig geändert")

    prepared = Prepared(chronik.load(synthetic(tmp_path, opening="Neuer Titel")))
    outcome = publish(calendar_objects(exporter, prepared), force=force, before_write=meanwhile, **common)
    _, data = server_events(radicale, calendar)[uid]
    if force:
        assert outcome.updated == ["opening"]
        assert outcome.conflicts == []
        assert summary(data) == "Neuer Titel"
    else:
        assert outcome.conflicts == [("opening", "changed on the server while publishing (412 Precondition Failed)")]
        assert summary(data) == "Gleichzeitig geändert"


def test_wrong_password_is_one_line(radicale: Server, tmp_path: Path) -> None:
    """A real process: no traceback, one line naming the URL, exit 1; the password is never printed."""
    env = {"CHRONIK_CALDAV_PASSWORD": "wrong-password", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-m", "chronik", "publish", str(synthetic(tmp_path)), "--caldav", radicale.principal,
         "--calendar", "x", "--user", radicale.user],
        capture_output=True, text=True, timeout=60, env=env, check=False,
    )  # fmt: skip
    assert proc.returncode == 1
    assert (
        proc.stderr.splitlines()[-1]
        == f"{radicale.principal}: not authorized (HTTP 401/403): check --user and the password"
    )
    assert "Traceback" not in proc.stderr
    assert "wrong-password" not in proc.stdout + proc.stderr


def test_unreachable_server_and_missing_calendar(radicale: Server, run: Run, tmp_path: Path) -> None:
    timeline = synthetic(tmp_path)
    code, _, err = run(
        "publish", timeline, "--caldav", "http://127.0.0.1:9/dav/", "--user", "u", "--password-file",
        radicale.password_file,
    )  # fmt: skip
    assert code == 1
    assert err.splitlines()[-1] == "http://127.0.0.1:9/dav/: cannot connect (connection refused)"
    assert run(*publish_args(radicale, timeline, "listed", "--create"))[0] == 0
    code, _, err = run(*publish_args(radicale, timeline, "missing"))
    assert code == 1
    line = err.splitlines()[-1]
    assert line.startswith(f"{radicale.principal}: no calendar 'missing' (found: ")
    assert f"'listed' at /{radicale.user}/listed/" in line
    assert line.endswith("); --create makes it")
    code, _, err = run("publish", timeline, "--caldav", "http://u:pw@127.0.0.1:9/", "--calendar", "x")
    assert code == 1
    assert "pw" not in err
    assert err.splitlines()[-1].startswith("http://127.0.0.1:9/: put no user or password in the URL")


def test_forbidden_and_timeout_are_one_line(radicale: Server, tmp_path: Path) -> None:
    """Another user's calendar home answers 403; a server that never answers times out."""
    prepared = Prepared(chronik.load(synthetic(tmp_path)))
    exporter = IcsExporter()
    objects = calendar_objects(exporter, prepared)
    suffix = uid_suffix(exporter, prepared)
    other = f"{radicale.url}/other/"
    with pytest.raises(PublishError) as info:
        publish(objects, url=other, suffix=suffix, calendar="x", user=radicale.user, password=radicale.password)
    assert str(info.value) == f"{other}: not authorized (HTTP 401/403): check --user and the password"
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/dav/"
        with pytest.raises(PublishError) as info:
            publish(objects, url=url, suffix=suffix, calendar="x", user="u", password="p", timeout=1)
    assert str(info.value) == f"{url}: the server did not answer in time"


def test_a_failure_midway_reports_what_was_and_was_not_written(
    radicale: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared = Prepared(chronik.load(synthetic(tmp_path)))
    exporter = IcsExporter()
    put = Session.put
    calls = []

    def failing(self: Session, href: str, text: str, headers: dict[str, str]) -> int:
        calls.append(href)
        if len(calls) == 3:
            raise ConnectionError("connection reset")
        return put(self, href, text, headers)

    monkeypatch.setattr(Session, "put", failing)
    with pytest.raises(PublishError) as info:
        publish(
            calendar_objects(exporter, prepared),
            url=radicale.principal,
            suffix=uid_suffix(exporter, prepared),
            calendar="midway",
            create=True,
            user=radicale.user,
            password=radicale.password,
        )
    first, second = str(info.value).splitlines()
    assert first == f"{radicale.principal}: cannot connect (ConnectionError)"
    assert second == (
        f"partial publish to {radicale.principal}midway/: 2 written (opening, new-york-dinner), "
        "5 not written (delhi-call, utc-release, trade-fair, cancelled-visit, sydney-summer)"
    )


# --- without a server -----------------------------------------------------------------------------


def test_each_resource_is_one_event_with_its_zones(tmp_path: Path) -> None:
    prepared = Prepared(chronik.load(synthetic(tmp_path)))
    exporter = IcsExporter()
    objects = calendar_objects(exporter, prepared)
    in_order = ["opening", "new-york-dinner", "delhi-call", "utc-release", "trade-fair", "cancelled-visit"]
    assert [o.entry_id for o in objects] == [*in_order, "sydney-summer"]  # in the timeline's order
    whole = exporter.export(prepared)
    for obj in objects:
        cal = icalendar.Calendar.from_ical(obj.text)
        assert "METHOD" not in cal  # RFC 4791 4.1
        assert cal["PRODID"] == exporter.prodid
        (event,) = cal.walk("VEVENT")
        assert str(event["UID"]) == obj.uid
        assert obj.name == f"{obj.uid}.ics"
        tzids = {str(p.params["TZID"]) for p in (event["DTSTART"], event["DTEND"]) if "TZID" in p.params}
        assert {str(z["TZID"]) for z in cal.walk("VTIMEZONE")} == tzids
        vevent = obj.text[obj.text.index("BEGIN:VEVENT") : obj.text.index("X-CHRONIK-CONTENT")]
        assert vevent in whole  # the exporter's own bytes
    assert {str(z["TZID"]) for o in objects for z in icalendar.Calendar.from_ical(o.text).walk("VTIMEZONE")} == {
        "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata",
    }  # fmt: skip


def test_partial_publishes_what_export_partial_shows(tmp_path: Path) -> None:
    prepared = Prepared(chronik.load(SEED))
    plain = calendar_objects(IcsExporter(), prepared)
    partial = calendar_objects(IcsExporter(partial=True), prepared)
    assert len(plain) == 8
    assert {o.uid for o in plain} < {o.uid for o in partial}
    exported_partial = icalendar.Calendar.from_ical(chronik.dumps(chronik.load(SEED), "ics", partial=True))
    assert sorted(o.uid for o in partial) == sorted(str(e["UID"]) for e in exported_partial.walk("VEVENT"))


def test_resource_names() -> None:
    assert resource_name("opening.zones@chronik.invalid") == "opening.zones@chronik.invalid.ics"
    for unsafe in ("a b@x", "a/b@x", "../x@y", "ä@x", "a?b@x", "x" * 300):
        name = resource_name(unsafe)
        assert len(name) == 44
        assert name.endswith(".ics")
        assert name[:-4].isalnum()


def test_without_caldav_one_line(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "caldav", None)
    code, _, err = run("publish", synthetic(tmp_path), "--caldav", "http://127.0.0.1:9/", "--calendar", "x")
    assert code == 1
    assert err.splitlines()[-1] == "chronik publish needs the caldav library: pip install 'chronik[publish]'"


def test_help_loads_nothing_heavy() -> None:
    modules = loaded("publish", "--help")
    assert under(modules, *HEAVY, "caldav") == set()
    assert under(modules, "chronik") == {"chronik", "chronik.cli"}


@pytest.fixture(autouse=True)
def _no_password_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHRONIK_CALDAV_PASSWORD", raising=False)
