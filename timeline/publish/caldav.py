"""Publishing a timeline to a calendar collection on a CalDAV server (RFC 4791), through the ``caldav`` package.

Each event is its own resource, named from its UID (:mod:`timeline.publish.resources`). Publishing again
updates in place and never duplicates: the collection is read first (UID, ETag, SEQUENCE and fingerprint of
every resource), an event whose UID is already there is written over that resource with ``If-Match: <ETag>``
and a SEQUENCE above the stored one (only if what it says changed), a new one with ``If-None-Match: *``.
Each PUT is one whole resource, so an interrupted publish leaves some events published and none half-written;
the next publish finds them by UID and completes the rest. ``prune`` deletes the resources this timeline put
there earlier whose events are gone, and nothing else.

Every failure a person can cause or meet (a bad URL, a refused login, an unreachable server, a calendar that
does not exist) raises :class:`~timeline.publish.PublishError` with one sentence, before anything is written
when it can be known before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

import caldav
from caldav.davobject import DAVObject
from caldav.elements import dav
from caldav.lib import error as caldav_error
from icalendar import Calendar

from timeline.publish import PublishError
from timeline.publish.resources import (
    CONTENT_PROPERTY,
    NAME_PROPERTY,
    CalendarResource,
    with_sequence,
)

__all__ = ["CalDavCalendar", "PublishReport", "StoredResource", "publish"]

TIMEOUT_SECONDS = 30
_CALENDAR_TYPE = "{urn:ietf:params:xml:ns:caldav}calendar"


@dataclass(frozen=True)
class StoredResource:
    """What the server holds of one resource, as far as publishing needs it."""

    url: str
    etag: str | None
    uid: str
    sequence: int
    fingerprint: str | None
    timeline_name: str | None


@dataclass(frozen=True)
class PublishReport:
    """The UIDs each step touched, in the order of the calendar."""

    url: str
    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    calendar_created: bool = False

    def summary(self) -> str:
        counts = ", ".join(f"{len(getattr(self, name))} {name}" for name in ("created", "updated", "unchanged",
                                                                             "deleted"))
        made = " (new calendar)" if self.calendar_created else ""
        return f"{self.url}{made}: {counts}"


@dataclass
class CalDavCalendar:
    """One calendar collection on a CalDAV server; every request error becomes a :class:`PublishError`."""

    url: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: int = TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PublishError(f"--url: {self.url!r} is not the http(s) URL of a calendar collection "
                               "(e.g. https://dav.example.org/user/news/)")
        if not self.url.endswith("/"):
            self.url += "/"  # a collection's URL ends with a slash (RFC 4918 §5.2)
        self._client = caldav.DAVClient(url=self.url, username=self.username, password=self.password,
                                        timeout=self.timeout, enable_rfc6764=False)
        self._calendar = caldav.Calendar(client=self._client, url=self.url)

    @property
    def where(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 80)}"

    def exists(self) -> bool:
        """Whether the URL is a calendar collection; raises PublishError when it is something else."""
        try:
            props = self._request(lambda: self._calendar.get_properties([dav.ResourceType()]))
        except _Missing:
            return False
        kinds = props.get(dav.ResourceType.tag) or []
        if _CALENDAR_TYPE not in kinds:
            raise PublishError(f"{self.url} is not a calendar collection (check the URL; it names the calendar, "
                               "e.g. https://dav.example.org/user/news/)")
        return True

    def create(self, display_name: str) -> None:
        """Make the calendar collection (MKCALENDAR, RFC 4791 §5.3.1) with ``display_name``."""
        parent, _, segment = self.url.rstrip("/").rpartition("/")
        owner = DAVObject(client=self._client, url=parent + "/")
        calendar = caldav.Calendar(client=self._client, parent=owner, id=unquote(segment), name=display_name)
        try:
            self._request(calendar.save)
        except _Missing:
            raise PublishError(f"cannot create a calendar at {self.url}: its parent {parent}/ does not exist") from None

    def stored(self) -> list[StoredResource]:
        """Every event resource of the collection that has a UID (others are not ours to touch)."""
        listed = self._request(self._calendar.get_objects)
        if not listed:
            return []
        loaded = self._request(lambda: self._calendar.multiget([item.url for item in listed]))
        resources = []
        for item in loaded:
            stored = _stored(str(item.url), (item.props or {}).get(dav.GetEtag.tag), item.data)
            if stored is not None:
                resources.append(stored)
        return resources

    def put(self, url: str, data: bytes, etag: str | None) -> None:
        """Write one resource: over ``etag`` when given (If-Match), else only where nothing is (If-None-Match)."""
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        headers.update({"If-Match": etag} if etag else {"If-None-Match": "*"})
        response = self._request(lambda: self._client.put(url, data.decode("utf-8"), headers))
        self._check(response, url, "write", (200, 201, 204))

    def delete(self, url: str, etag: str | None) -> None:
        headers = {"If-Match": etag} if etag else {}
        response = self._request(lambda: self._client.delete(url, headers))
        self._check(response, url, "delete", (200, 204, 404))

    def close(self) -> None:
        self._client.close()

    def _check(self, response, url: str, verb: str, ok: tuple[int, ...]) -> None:
        status = response.status
        if status in ok:
            return
        if status == 412:
            raise PublishError(f"{url} changed on the server while publishing; publish again")
        if status == 409 or "no-uid-conflict" in str(response.raw or ""):
            raise PublishError(f"cannot {verb} {url}: another resource of the calendar has the same UID")
        if status == 507:
            raise PublishError(f"cannot {verb} {url}: the server has no room left (507)")
        raise PublishError(f"cannot {verb} {url}: the server answered {status} {response.reason or ''}".rstrip())

    def _request(self, call: Callable):
        """Run one request, turning the caldav package's and the HTTP client's errors into PublishError."""
        try:
            return call()
        except caldav_error.AuthorizationError:
            user = f" of user {self.username!r}" if self.username else " (no user given)"
            raise PublishError(f"{self.url}: the server refused the login{user}; check --user and the password")\
                from None
        except caldav_error.NotFoundError:
            raise _Missing() from None
        except caldav_error.DAVError as exc:
            reason = " ".join(str(exc).split())[:200]
            raise PublishError(f"{self.url}: the server's answer is not what a CalDAV server says ({reason})")\
                from None
        except OSError as exc:  # the HTTP client's connection errors derive from OSError (IOError)
            raise PublishError(f"cannot reach the calendar server at {self.where} ({_reason(exc)})") from None


class _Missing(Exception):
    """404 from the server: the caller decides whether that is an error."""


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()).lower()
    for known in ("connection refused", "timed out", "name or service not known", "no route to host",
                  "certificate verify failed", "connection reset", "remote end closed connection"):
        if known in text:
            return known
    return type(exc).__name__


def _stored(url: str, etag: str | None, data: str | bytes | None) -> StoredResource | None:
    if not data:
        return None
    try:
        calendar = Calendar.from_ical(data)
    except ValueError:
        return None  # not iCalendar: not ours, left alone
    events = calendar.walk("VEVENT")
    if not events or not events[0].get("UID"):
        return None
    first = events[0]

    def text(name: str) -> str | None:
        value = first.get(name)
        return str(value) if value is not None else None

    sequence = max(int(event.get("SEQUENCE", 0)) for event in events)
    return StoredResource(url, etag, str(first["UID"]), sequence, text(CONTENT_PROPERTY), text(NAME_PROPERTY))


def publish(
    resources: Sequence[CalendarResource],
    calendar: CalDavCalendar,
    *,
    timeline_name: str,
    prune: bool = False,
    create: bool = False,
    display_name: str = "",
    progress: Callable[[str, str], None] | None = None,
) -> PublishReport:
    """Make the collection hold ``resources``: create the new, update the changed, leave the same alone, and
    with ``prune`` delete this timeline's resources whose events are gone. ``progress(step, uid)`` is called
    after each request that wrote something."""
    made = False
    if not calendar.exists():
        if not create:
            raise PublishError(f"no calendar at {calendar.url} (check the URL, or give --create to make one)")
        calendar.create(display_name or timeline_name)
        made = True
    stored = {resource.uid: resource for resource in calendar.stored()}
    steps: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": [], "deleted": []}

    def done(step: str, uid: str) -> None:
        steps[step].append(uid)
        if progress is not None and step != "unchanged":
            progress(step, uid)

    for resource in resources:
        there = stored.get(resource.uid)
        if there is None:
            calendar.put(calendar.url + resource.name, resource.data, None)
            done("created", resource.uid)
        elif there.fingerprint == resource.fingerprint and there.sequence >= resource.sequence:
            done("unchanged", resource.uid)
        else:
            # a calendar that holds the event takes the update only if SEQUENCE grows (RFC 5546 §2.1.4)
            sequence = max(resource.sequence, there.sequence + 1)
            calendar.put(there.url, with_sequence(resource, sequence), there.etag)
            done("updated", resource.uid)
    if prune:
        wanted = {resource.uid for resource in resources}
        for there in stored.values():
            if there.timeline_name == timeline_name and there.uid not in wanted:
                calendar.delete(there.url, there.etag)
                done("deleted", there.uid)
    return PublishReport(calendar.url, **{name: tuple(uids) for name, uids in steps.items()},
                         calendar_created=made)
