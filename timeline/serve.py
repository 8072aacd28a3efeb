"""A folder of exports served over HTTP: each ``.ics`` as a feed a calendar program subscribes to (it polls the
URL and shows the timeline's changes, which a one-time import never does), the HTML pages, and an index page with
``webcal://`` subscription links.

* Feeds: ``text/calendar; charset=utf-8``, with ``REFRESH-INTERVAL`` (RFC 7986 §5.7) and ``X-PUBLISHED-TTL``
  (what Outlook and Apple read) added to the calendar, a strong ``ETag`` and ``304 Not Modified`` on a matching
  ``If-None-Match``, so polling costs nothing while the file is unchanged.
* Safety: only regular files inside the folder are served, after resolving symlinks; no ``..``, hidden files
  (the exporters' temporary files start with a dot) or folder listings. It binds to 127.0.0.1 unless told.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote

from timeline.fileio import UnsafePathError, path_inside

__all__ = ["ServeError", "make_server", "as_feed", "REFRESH"]

#: How often a subscribed calendar should fetch the feed again.
REFRESH = dt.timedelta(hours=1)

_TYPES = {
    ".ics": "text/calendar; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


class ServeError(Exception):
    """The folder cannot be served; the message says why."""


def _duration(delta: dt.timedelta) -> str:
    """An RFC 5545 §3.3.6 duration of whole minutes, e.g. ``PT1H``, ``PT90M``."""
    minutes = int(delta.total_seconds()) // 60
    return f"PT{minutes // 60}H" if minutes % 60 == 0 else f"PT{minutes}M"


def as_feed(ics: bytes, refresh: dt.timedelta = REFRESH) -> bytes:
    """The calendar with how often to refresh it: REFRESH-INTERVAL (RFC 7986 §5.7) and X-PUBLISHED-TTL, placed
    among the calendar's properties right after BEGIN:VCALENDAR, unless it says so already."""
    head, sep, rest = ics.partition(b"BEGIN:VCALENDAR\r\n")
    if not sep or b"\r\nREFRESH-INTERVAL" in ics:
        return ics
    value = _duration(refresh).encode()
    lines = b"REFRESH-INTERVAL;VALUE=DURATION:" + value + b"\r\nX-PUBLISHED-TTL:" + value + b"\r\n"
    return head + sep + lines + rest


@dataclass(frozen=True)
class _Exports:
    """The folder being served."""

    root: Path
    refresh: dt.timedelta

    def resolve(self, url_path: str) -> Path | None:
        """The file a request path names, or None when it names nothing servable (outside the folder included)."""
        path = unquote(_path_of(url_path))
        parts = [p for p in path.split("/") if p]
        if not parts or any(p in (".", "..") or p.startswith(".") or "\\" in p or "\0" in p for p in parts):
            return None
        try:
            real = path_inside(self.root, "/".join(parts)).resolve(strict=True)
        except (UnsafePathError, OSError, RuntimeError):
            return None
        return real if real.is_file() else None

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.iterdir() if p.is_file() and not p.name.startswith(".")
                      and self.resolve(p.name) is not None)

    def body(self, path: Path) -> bytes:
        data = path.read_bytes()
        return as_feed(data, self.refresh) if path.suffix == ".ics" else data

    def index(self, host: str) -> bytes:
        """The index page: each feed with its webcal:// subscription, each page and other export."""
        e = html.escape
        feeds, pages, others = [], [], []
        for path in self.files():
            link = quote(path.name)
            if path.suffix == ".ics":
                title = _calendar_name(path) or path.stem
                feeds.append(
                    f'<li><bdi>{e(title)}</bdi> — <a href="webcal://{e(host)}/{link}">subscribe</a>'
                    f' · <a href="{link}" download>download {e(path.name)}</a></li>')
            elif path.suffix == ".html":
                pages.append(f'<li><a href="{link}">{e(path.name)}</a></li>')
            elif path.suffix == ".json":
                others.append(f'<li><a href="{link}">{e(path.name)}</a></li>')
        sections = []
        for heading, items in (("Calendars to subscribe to", feeds), ("Timelines", pages), ("Data", others)):
            if items:
                sections.append(f"<h2>{heading}</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>")
        page = (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>timeline exports</title>\n'
            "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
            "li{margin:.3rem 0}</style>\n</head>\n<body>\n<h1>timeline exports</h1>\n"
            "<p>A subscribed calendar fetches the feed again every "
            f"{int(self.refresh.total_seconds() // 60)} minutes and shows the timeline's changes.</p>\n"
            + ("\n".join(sections) or "<p>No exports in this folder.</p>") + "\n</body>\n</html>\n")
        return page.encode("utf-8")


def _calendar_name(path: Path) -> str | None:
    """The X-WR-CALNAME of a calendar file, unfolded and unescaped, or None."""
    try:
        text = path.read_bytes().decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    except (OSError, UnicodeDecodeError):
        return None
    match = re.search(r"^X-WR-CALNAME[^:\r\n]*:(.*)$", text, re.MULTILINE)
    if not match:
        return None
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), match.group(1).strip())


def _path_of(target: str) -> str:
    """The path of a request target, without query or fragment (never read as a //host/ URL)."""
    return target.split("?", 1)[0].split("#", 1)[0]


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(header: str | None, etag: str) -> bool:
    """RFC 9110 §13.1.2: If-None-Match is ``*`` or a list of entity tags, compared weakly."""
    if not header:
        return False
    if header.strip() == "*":
        return True
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",")]
    return etag in tags


class _Handler(BaseHTTPRequestHandler):
    server_version = "timeline"
    sys_version = ""

    def __init__(self, *args, exports: _Exports, **kwargs) -> None:
        self.exports = exports
        super().__init__(*args, **kwargs)

    def do_HEAD(self) -> None:  # noqa: N802 (the http.server naming)
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def _answer(self, head: bool) -> None:
        path = _path_of(self.path)
        if path in ("/", "/index.html") and not (self.exports.root / "index.html").is_file():
            body, kind = self.exports.index(self._host()), _TYPES[".html"]
        else:
            file = self.exports.resolve(self.path)
            if file is None:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8", head)
                return
            try:
                body = self.exports.body(file)
            except OSError:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain; charset=utf-8", head)
                return
            kind = _TYPES.get(file.suffix.lower(), "application/octet-stream")
        etag = _etag(body)
        if _matches(self.headers.get("If-None-Match"), etag):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self._send(HTTPStatus.OK, body, kind, head, etag)

    def _send(self, status: HTTPStatus, body: bytes, kind: str, head: bool, etag: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if etag:
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "no-cache")  # store, but ask again (with If-None-Match) each time
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _host(self) -> str:
        """The host the client asked for (for webcal:// links), when it is a plain host[:port]."""
        asked = (self.headers.get("Host") or "").strip()
        if _HOST.match(asked):
            return asked
        host, port = self.server.server_address[:2]
        return f"{host}:{port}"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the http.server signature)
        pass  # quiet: the command prints where it serves; requests are not a log to keep


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 8000,
                refresh: dt.timedelta = REFRESH) -> ThreadingHTTPServer:
    """An HTTP server for ``folder`` (not yet serving: call ``serve_forever``); raises ServeError."""
    if not folder.is_dir():
        raise ServeError(f"{folder}: no such folder")
    exports = _Exports(folder.resolve(), refresh)
    try:
        return ThreadingHTTPServer((host, port), partial(_Handler, exports=exports))
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
