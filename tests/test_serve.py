"""`timeline serve`: feeds a calendar subscribes to, pages, an index with webcal:// links, and nothing outside
the folder."""

from __future__ import annotations

import http.client
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ics_readers import READERS
from timeline.cli import app
from timeline.serve import ServeError, as_feed, make_server

from conftest import ROOT

SEED = "hanoi-cybercrime-convention.ar"


@pytest.fixture
def exports(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    for suffix in (".ics", ".html", ".json"):
        shutil.copy(ROOT / "exports" / f"{SEED}{suffix}", folder)
    (folder / ".hanoi.ics.1234.tmp").write_text("half-written", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("outside the folder", encoding="utf-8")
    (folder / "link-out.txt").symlink_to(secret)
    (folder / "link-in.ics").symlink_to(folder / f"{SEED}.ics")
    return folder


@pytest.fixture
def server(exports):
    httpd = make_server(exports, "127.0.0.1", 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def get(server, path: str, headers: dict | None = None, method: str = "GET"):
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    try:
        connection.putrequest(method, path, skip_accept_encoding=True)  # the path goes out exactly as written
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.endheaders()
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_the_feed_is_a_calendar_with_refresh_hints(server):
    status, headers, body = get(server, f"/{SEED}.ics")
    assert status == 200
    assert headers["Content-Type"] == "text/calendar; charset=utf-8"
    original = (ROOT / "exports" / f"{SEED}.ics").read_bytes()
    assert body == original.replace(b"BEGIN:VCALENDAR\r\n", b"BEGIN:VCALENDAR\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H"
                                                            b"\r\nX-PUBLISHED-TTL:PT1H\r\n", 1)
    rows = {name: read(body) for name, (read, missing) in READERS.items() if not missing}
    assert len({tuple(r) for r in rows.values()}) == 1 and len(rows["icalendar"]) == 3


def test_etag_and_304(server):
    status, headers, body = get(server, f"/{SEED}.ics")
    etag = headers["ETag"]
    assert status == 200 and etag.startswith('"') and headers["Cache-Control"] == "no-cache"
    for sent in (etag, f'W/{etag}', f'"other", {etag}', "*"):
        again = get(server, f"/{SEED}.ics", {"If-None-Match": sent})
        assert (again[0], again[1]["ETag"], again[2]) == (304, etag, b"")
    assert get(server, f"/{SEED}.ics", {"If-None-Match": '"stale"'})[0] == 200


def test_an_edited_file_gets_a_new_etag(server, exports):
    first = get(server, f"/{SEED}.ics")[1]["ETag"]
    path = exports / f"{SEED}.ics"
    path.write_bytes(path.read_bytes().replace(b"SEQUENCE:0", b"SEQUENCE:1"))
    status, headers, _ = get(server, f"/{SEED}.ics", {"If-None-Match": first})
    assert status == 200 and headers["ETag"] != first


def test_pages_and_head(server):
    status, headers, body = get(server, f"/{SEED}.html")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert body == (ROOT / "exports" / f"{SEED}.html").read_bytes()
    status, headers, body = get(server, f"/{SEED}.html", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
    assert get(server, f"/{SEED}.json")[1]["Content-Type"] == "application/json; charset=utf-8"


def test_the_index_links_webcal_subscriptions(server):
    port = server.server_address[1]
    status, headers, body = get(server, "/")
    page = body.decode("utf-8")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert f'<a href="webcal://127.0.0.1:{port}/{SEED}.ics">subscribe</a>' in page
    assert f'<a href="webcal://127.0.0.1:{port}/link-in.ics">subscribe</a>' in page
    assert f'<a href="{SEED}.html">{SEED}.html</a>' in page
    assert "<bdi>الرئيس لونغ كونغ سيترأس حفل افتتاح" in page  # the calendar's name, from X-WR-CALNAME
    assert ".tmp" not in page and "link-out" not in page
    # a Host header that is not a plain host:port is not echoed into links
    hostile = get(server, "/", {"Host": 'evil"><script>'})[2].decode()
    assert "<script>" not in hostile and f"webcal://127.0.0.1:{port}/" in hostile


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/exports/../../secret.txt",
    "/..%2f..%2fetc%2fpasswd", "//etc/passwd", "/%2fetc%2fpasswd", "/link-out.txt", "/.hanoi.ics.1234.tmp",
    "/missing.ics", "/./" + SEED + ".ics/..", "/%00", "/..\\secret.txt",
])
def test_nothing_outside_the_folder_or_hidden(server, path):
    status, _, body = get(server, path)
    assert (status, body) == (404, b"not found\n")


def test_a_symlink_inside_the_folder_is_served(server):
    assert get(server, "/link-in.ics")[0] == 200


def test_as_feed_keeps_a_feed_that_has_refresh_already():
    data = b"BEGIN:VCALENDAR\r\nREFRESH-INTERVAL;VALUE=DURATION:PT5M\r\nEND:VCALENDAR\r\n"
    assert as_feed(data) == data


def test_errors(tmp_path):
    with pytest.raises(ServeError, match=f"^{tmp_path / 'nope'}: no such folder$"):
        make_server(tmp_path / "nope")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ServeError, match=rf"^cannot listen on 127\.0\.0\.1:{port} \(Address already in use\)$"):
            make_server(tmp_path, "127.0.0.1", port)
    result = CliRunner().invoke(app, ["serve", str(tmp_path / "nope")])
    assert (result.exit_code, result.stderr) == (1, f"timeline: {tmp_path / 'nope'}: no such folder\n")


def test_the_command_binds_to_localhost_and_serves(exports):
    process = subprocess.Popen([str(Path(sys.executable).parent / "timeline"), "serve", str(exports), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith(f"serving {exports} at http://127.0.0.1:"), process.stderr.read()
        port = int(line.split(":")[2].split("/")[0])
        deadline = time.monotonic() + 10
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("GET", f"/{SEED}.ics")
                assert connection.getresponse().status == 200
                connection.close()
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
    finally:
        process.terminate()
        process.wait(timeout=10)
