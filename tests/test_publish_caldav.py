"""`timeline publish` against a real CalDAV server: Radicale, started on a free local port with its own storage.

What the server holds is read from Radicale's storage folder (one file per resource), not through our client.
"""

from __future__ import annotations

import datetime as dt
import signal
import socket
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from test_export_ics import STAMP, hanoi_timeline, timed_timeline
from timeline.cli import app
from timeline.export.ics import event_uid, render_ics
from timeline.model import Event, Timeline
from timeline.publish import PublishError
from timeline.publish.caldav import CalDavCalendar, publish
from timeline.publish.resources import calendar_resources, resource_name

from conftest import ROOT

pytest.importorskip("radicale")

USER, PASSWORD = "alice", "s3cret"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Radicale:
    """A Radicale process on 127.0.0.1 with htpasswd logins and a temporary storage folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        (folder / "config").write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\ndelay = 0\n"
            f"[storage]\nfilesystem_folder = {folder / 'storage'}\n"
            "[logging]\nlevel = error\n", encoding="utf-8")
        self.process: subprocess.Popen | None = None

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}/{USER}/"

    def start(self) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(self.folder / "config")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                assert self.process.poll() is None, "radicale exited"
                time.sleep(0.05)
        raise AssertionError("radicale did not start")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def items(self, calendar: str = "news") -> dict[str, icalendar.Calendar]:
        """Resource name → its calendar, straight from Radicale's storage."""
        folder = self.folder / "storage" / "collection-root" / USER / calendar
        if not folder.is_dir():
            return {}
        return {p.name: icalendar.Calendar.from_ical(p.read_bytes()) for p in sorted(folder.glob("*.ics"))}

    def state(self, calendar: str = "news") -> dict[str, tuple]:
        """Resource name → (UID, SUMMARY, SEQUENCE, number of VEVENTs) of each stored resource."""
        out = {}
        for name, cal in self.items(calendar).items():
            events = cal.walk("VEVENT")
            out[name] = (str(events[0]["UID"]), str(events[0]["SUMMARY"]), int(events[0].get("SEQUENCE", 0)),
                         len(events))
        return out

    def files(self) -> dict[str, bytes]:
        folder = self.folder / "storage"
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
                if p.is_file() and ".Radicale" not in str(p)}


@pytest.fixture
def radicale(tmp_path):
    server = Radicale(tmp_path)
    server.start()
    yield server
    server.kill()


def calendar_at(server: Radicale, password: str = PASSWORD, name: str = "news") -> CalDavCalendar:
    return CalDavCalendar(server.root + name + "/", USER, password)


def resources_of(timeline: Timeline, name: str = "hanoi"):
    return calendar_resources(render_ics(timeline, method=None, stamp=STAMP), name)


def push(server: Radicale, timeline: Timeline, *, name: str = "hanoi", **kw):
    calendar = calendar_at(server)
    try:
        return publish(resources_of(timeline, name), calendar, timeline_name=name, create=True, **kw)
    finally:
        calendar.close()


def etags(server: Radicale) -> dict[str, str]:
    """Resource name → ETag, as the server reports them (a PROPFIND through the caldav package)."""
    calendar = calendar_at(server)
    try:
        return {str(s.url).rsplit("/", 1)[1]: s.etag for s in calendar.stored()}
    finally:
        calendar.close()


def uids(timeline: Timeline) -> list[str]:
    return [event_uid(timeline, e) for e in timeline.events]


# --- publishing ---------------------------------------------------------------------------------------------


def test_two_publishes_leave_one_resource_per_event(radicale):
    timeline = hanoi_timeline()
    first = push(radicale, timeline)
    assert first.calendar_created
    assert sorted(first.created) == sorted(uids(timeline)) and not first.updated and not first.unchanged
    tags = etags(radicale)
    second = push(radicale, timeline)
    assert not second.created and not second.updated and sorted(second.unchanged) == sorted(uids(timeline))
    assert etags(radicale) == tags  # nothing was written again
    state = radicale.state()
    assert sorted(state) == sorted(resource_name(uid).replace("%40", "@") for uid in uids(timeline))
    assert sorted(uid for uid, _, _, count in state.values()) == sorted(uids(timeline))
    assert all(count == 1 and sequence == 0 for _, _, sequence, count in state.values())


def test_each_resource_is_one_event_without_method_with_its_zone(radicale):
    push(radicale, timed_timeline(), name="timed")
    for name, cal in radicale.items().items():
        assert "METHOD" not in cal
        events = cal.walk("VEVENT")
        assert len(events) == 1 and str(events[0]["X-TIMELINE-NAME"]) == "timed"
        zone = events[0]["DTSTART"].params["TZID"]
        assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == [zone]


def test_an_edit_updates_the_event_in_place_with_a_higher_sequence(radicale):
    timeline = hanoi_timeline()
    push(radicale, timeline)
    before = etags(radicale)
    signing = next(e for e in timeline.events if e.id == "signing")
    edited_json = Timeline.from_json(timeline.to_json().replace(signing.title, "حفل التوقيع في هانوي"))
    assert next(e for e in edited_json.events if e.id == "signing").sequence == 1  # the JSON noticed the edit
    report = push(radicale, edited_json)
    uid = event_uid(timeline, signing)
    assert report.updated == (uid,) and not report.created
    after = etags(radicale)
    name = next(n for n, (u, *_rest) in radicale.state().items() if u == uid)
    assert after[name] != before[name]
    assert {n: t for n, t in after.items() if n != name} == {n: t for n, t in before.items() if n != name}
    assert radicale.state()[name][1:] == ("حفل التوقيع في هانوي", 1, 1)
    assert len(radicale.state()) == 3


def test_a_changed_event_whose_sequence_did_not_grow_still_gets_a_higher_one(radicale):
    """A re-export from a corrected article keeps SEQUENCE 0: the server's copy decides the next one."""
    timeline = hanoi_timeline()
    push(radicale, timeline)
    moved = replace(timeline, events=tuple(replace(e, end=dt.date(2025, 10, 27)) if e.id == "signing" else e
                                           for e in timeline.events))
    assert push(radicale, moved).updated == (event_uid(timeline, timeline.events[0]),)
    assert push(radicale, timeline).updated == (event_uid(timeline, timeline.events[0]),)
    sequences = {uid: seq for uid, _, seq, _ in radicale.state().values()}
    assert sequences[event_uid(timeline, timeline.events[0])] == 2


def test_a_removed_event_stays_unless_pruned_and_prune_spares_other_timelines(radicale):
    timeline = hanoi_timeline()
    push(radicale, timeline)
    push(radicale, timed_timeline(), name="timed")
    fewer = replace(timeline, events=tuple(e for e in timeline.events if e.id != "promotion"))
    gone = event_uid(timeline, next(e for e in timeline.events if e.id == "promotion"))
    kept = push(radicale, fewer)
    assert not kept.deleted and len(radicale.state()) == 7
    pruned = push(radicale, fewer, prune=True)
    assert pruned.deleted == (gone,)
    remaining = sorted(uid for uid, *_ in radicale.state().values())
    assert remaining == sorted(uids(fewer) + uids(timed_timeline()))


def many_events(n: int) -> Timeline:
    events = tuple(Event(f"e{i:02d}", f"Event {i}", dt.date(2025, 1, 1) + dt.timedelta(days=i),
                         dt.date(2025, 1, 1) + dt.timedelta(days=i), "day", "en") for i in range(n))
    return Timeline("Many", "en", events)


def test_a_server_killed_mid_publish_then_the_next_publish_completes_without_duplicates(radicale):
    timeline = many_events(12)
    written: list[str] = []

    def kill_after_four(step: str, uid: str) -> None:
        written.append(uid)
        if len(written) == 4:
            radicale.kill()

    with pytest.raises(PublishError, match=rf"^cannot reach the calendar server at 127\.0\.0\.1:{radicale.port} "
                                           r"\(connection refused\)$"):
        push(radicale, timeline, name="many", progress=kill_after_four)
    assert len(radicale.state()) == 4
    radicale.start()
    report = push(radicale, timeline, name="many")
    assert report.unchanged == tuple(uids(timeline)[:4]) and report.created == tuple(uids(timeline)[4:])
    state = radicale.state()
    assert len(state) == 12 and sorted(uid for uid, *_ in state.values()) == sorted(uids(timeline))


def test_an_event_already_stored_under_another_name_is_updated_there(radicale):
    """The UID decides, not the resource name: a copy another client filed elsewhere is updated, not doubled."""
    timeline = hanoi_timeline()
    push(radicale, timeline)
    calendar = calendar_at(radicale)
    first = resources_of(timeline)[0]
    stored = {s.uid: s for s in calendar.stored()}
    calendar.delete(stored[first.uid].url, stored[first.uid].etag)
    calendar.put(calendar.url + "elsewhere.ics", first.data, None)
    calendar.close()
    edited = replace(timeline, events=tuple(replace(e, title="Renamed") if event_uid(timeline, e) == first.uid
                                            else e for e in timeline.events))
    assert push(radicale, edited).updated == (first.uid,)
    state = radicale.state()
    assert len(state) == 3 and state["elsewhere.ics"][:2] == (first.uid, "Renamed")


# --- errors: one sentence, nothing written ----------------------------------------------------------------------


def test_errors_are_one_sentence_and_write_nothing(radicale, tmp_path):
    resources = resources_of(hanoi_timeline())
    push(radicale, timed_timeline(), name="timed")
    before = radicale.files()
    closed_port = _free_port()
    cases = [
        (lambda: CalDavCalendar("ftp://127.0.0.1/alice/news/"),
         "--url: 'ftp://127.0.0.1/alice/news/' is not the http(s) URL of a calendar collection "
         "(e.g. https://dav.example.org/user/news/)"),
        (lambda: calendar_at(radicale, password="wrong"),
         f"http://127.0.0.1:{radicale.port}/alice/news/: the server refused the login of user 'alice'; check --user "
         "and the password"),
        (lambda: CalDavCalendar(f"http://127.0.0.1:{closed_port}/alice/news/", USER, PASSWORD),
         f"cannot reach the calendar server at 127.0.0.1:{closed_port} (connection refused)"),
        (lambda: calendar_at(radicale, name="missing"),
         f"no calendar at http://127.0.0.1:{radicale.port}/alice/missing/ (check the URL, or give --create to make "
         "one)"),
        (lambda: CalDavCalendar(radicale.root, USER, PASSWORD),
         f"http://127.0.0.1:{radicale.port}/alice/ is not a calendar collection (check the URL; it names the "
         "calendar, e.g. https://dav.example.org/user/news/)"),
    ]
    for make, message in cases:
        with pytest.raises(PublishError) as caught:
            publish(resources, make(), timeline_name="hanoi", prune=True)
        assert str(caught.value) == message
        assert radicale.files() == before


def test_bad_calendar_data_is_refused_before_any_request():
    with pytest.raises(PublishError, match="^the calendar has no events$"):
        calendar_resources(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n", "x")
    with pytest.raises(PublishError, match="^an event has no UID"):
        calendar_resources(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nSUMMARY:a\r\n"
                           b"DTSTART:20250101T000000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "x")
    with pytest.raises(PublishError, match="^not an iCalendar file"):
        calendar_resources(b"<html>not a calendar</html>", "x")


# --- the command ------------------------------------------------------------------------------------------------


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(app, ["publish", *args], env=env)


def test_cli_publishes_the_seed_export_and_its_json(radicale, tmp_path):
    secret = tmp_path / "password"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    url = radicale.root + "news/"
    ics = ROOT / "exports" / "hanoi-cybercrime-convention.ar.ics"
    result = run(str(ics), "--url", url, "--user", USER, "--password-file", str(secret), "--create")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{url} (new calendar): 3 created, 0 updated, 0 unchanged, 0 deleted\n"
    # the JSON of the same export gives the same UIDs: nothing changes
    again = run(str(ROOT / "exports" / "hanoi-cybercrime-convention.ar.json"), "--url", url, "--user", USER,
                "--password-file", str(secret), env={"SOURCE_DATE_EPOCH": "1767225600"})
    assert again.exit_code == 0, again.output
    assert again.stdout == f"{url}: 0 created, 0 updated, 3 unchanged, 0 deleted\n"
    names = {str(cal.walk("VEVENT")[0]["X-TIMELINE-NAME"]) for cal in radicale.items().values()}
    assert names == {"hanoi-cybercrime-convention.ar"}


def test_cli_errors_are_one_line(radicale, tmp_path):
    secret = tmp_path / "password"
    secret.write_text("wrong\n", encoding="utf-8")
    ics = str(ROOT / "exports" / "hanoi-cybercrime-convention.ar.ics")
    url = radicale.root + "news/"
    cases = [
        ((ics, "--url", url, "--user", USER, "--password-file", str(secret), "--create"),
         f"timeline: {url}: the server refused the login of user 'alice'; check --user and the password\n"),
        ((ics, "--url", url, "--user", USER, "--password-file", str(tmp_path / "nope")),
         f"timeline: --password-file: {tmp_path / 'nope'}: no such file\n"),
        ((str(tmp_path / "missing.ics"), "--url", url),
         f"timeline: {tmp_path / 'missing.ics'}: no such file\n"),
        ((str(ROOT / "README.md"), "--url", url),
         f"timeline: {ROOT / 'README.md'}: not an iCalendar file or a timeline .json\n"),
    ]
    for args, message in cases:
        result = run(*args)
        assert (result.exit_code, result.stderr) == (1, message)
    assert radicale.files() == {}
