"""A calendar file cut into CalDAV calendar object resources: one UID per resource, no METHOD (RFC 4791 §4.1),
each with the VTIMEZONEs its events name.

Pure functions; :mod:`timeline.publish.caldav` sends the result. Two properties of our own travel with each
resource so that publishing again can tell what it put there and whether it changed, even on a server that
rewrites what it stores:

* ``X-TIMELINE-NAME``: the name of the published timeline (``--prune`` removes only resources of that name);
* ``X-TIMELINE-CONTENT``: a fingerprint of what the resource says, leaving out DTSTAMP and SEQUENCE.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import quote

from icalendar import Calendar, Component

from timeline.export.ics import checked_folding
from timeline.publish import PublishError

NAME_PROPERTY = "X-TIMELINE-NAME"
CONTENT_PROPERTY = "X-TIMELINE-CONTENT"
#: Properties that change on every export or publish without the event changing.
_VOLATILE = ("DTSTAMP", "SEQUENCE", CONTENT_PROPERTY)
#: Properties whose TZID parameter names a VTIMEZONE the resource must carry (RFC 5545 §3.6.5).
_ZONED = ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE")
_CALENDAR_PROPERTIES = ("PRODID", "VERSION", "CALSCALE")


@dataclass(frozen=True)
class CalendarResource:
    """One event (with its overrides of recurrences, if any) as a CalDAV calendar object."""

    uid: str
    #: The resource's name in the collection: its UID, percent-encoded, and ``.ics``.
    name: str
    data: bytes
    fingerprint: str
    sequence: int


def resource_name(uid: str) -> str:
    return quote(uid, safe="") + ".ics"


def calendar_resources(ics: bytes, timeline_name: str) -> list[CalendarResource]:
    """The events of the calendar ``ics`` as resources, in the order of the file; raises PublishError when the
    data is no calendar or an event has no UID."""
    try:
        calendar = Calendar.from_ical(ics)
    except ValueError as exc:
        raise PublishError(f"not an iCalendar file ({exc})") from None
    if calendar.name != "VCALENDAR":
        raise PublishError(f"not an iCalendar file (it holds a {calendar.name}, not a VCALENDAR)")
    zones = {str(zone["TZID"]): zone for zone in calendar.walk("VTIMEZONE") if "TZID" in zone}
    by_uid: dict[str, list[Component]] = {}
    for component in calendar.subcomponents:
        if component.name != "VEVENT":
            continue
        uid = str(component.get("UID", "")).strip()
        if not uid:
            raise PublishError(f"an event has no UID ({component.get('SUMMARY', 'untitled')}): a calendar server "
                               "files events by UID")
        by_uid.setdefault(uid, []).append(component)
    if not by_uid:
        raise PublishError("the calendar has no events")
    return [_resource(calendar, uid, events, zones, timeline_name) for uid, events in by_uid.items()]


def with_sequence(resource: CalendarResource, sequence: int) -> bytes:
    """The resource's data with SEQUENCE ``sequence`` on each of its events (RFC 5545 §3.8.7.4)."""
    if sequence == resource.sequence:
        return resource.data
    calendar = Calendar.from_ical(resource.data)
    for event in calendar.walk("VEVENT"):
        event.pop("SEQUENCE", None)
        event.add("SEQUENCE", sequence)
    return checked_folding(calendar.to_ical())


def fingerprint_of(calendar: Calendar) -> str:
    """What the calendar says, without what changes on every export: its content lines, DTSTAMP and SEQUENCE
    left out, hashed."""
    lines = calendar.to_ical().decode("utf-8").replace("\r\n ", "").split("\r\n")
    kept = [line for line in lines if line.split(":", 1)[0].split(";", 1)[0].upper() not in _VOLATILE]
    return hashlib.sha256("\n".join(kept).encode("utf-8")).hexdigest()[:32]


def _resource(calendar: Calendar, uid: str, events: list[Component], zones: dict[str, Component],
              timeline_name: str) -> CalendarResource:
    single = Calendar()
    for name in _CALENDAR_PROPERTIES:
        if name in calendar:
            single.add(name, calendar[name])
    for tzid in sorted(_tzids(events)):
        if tzid in zones:
            single.add_component(zones[tzid])
    for event in events:
        event.pop(NAME_PROPERTY, None)
        event.pop(CONTENT_PROPERTY, None)
        event.add(NAME_PROPERTY, timeline_name)
        single.add_component(event)
    fingerprint = fingerprint_of(single)
    for event in events:
        event.add(CONTENT_PROPERTY, fingerprint)
    sequence = max(int(event.get("SEQUENCE", 0)) for event in events)
    return CalendarResource(uid, resource_name(uid), checked_folding(single.to_ical()), fingerprint, sequence)


def _tzids(events: list[Component]) -> set[str]:
    found: set[str] = set()
    for event in events:
        for name in _ZONED:
            values = event.get(name)
            for value in values if isinstance(values, list) else [values]:
                tzid = getattr(value, "params", {}).get("TZID") if value is not None else None
                if tzid:
                    found.add(str(tzid))
    return found
