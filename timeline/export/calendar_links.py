""""Add to calendar" for one event: its own .ics file as a ``data:`` URI (works offline, from the page alone), a
Google Calendar template link and an Outlook on the web compose link.

All three come from :func:`timeline.export.ics.calendar_entry`, so they say what the .ics says: all-day events
with an exclusive end day, timed events on their place's clock. Two things the links cannot say as the file does:

* an end the text does not give: the file has no DTEND (the event ends where it starts, RFC 5545 §3.6.1); both
  links require an end, so they get the start again (a zero-length event, as the file);
* a recurrence: Google's link carries the RRULE (``recur``); Outlook's compose link has no parameter for it,
  so a recurring event has no Outlook link (its .ics file brings the recurrence to Outlook).
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from timeline.export.ics import calendar_entry, render_ics
from timeline.model import Event, Timeline

__all__ = ["CalendarLinks", "calendar_links", "GOOGLE_TEMPLATE", "OUTLOOK_COMPOSE"]

GOOGLE_TEMPLATE = "https://calendar.google.com/calendar/render"
OUTLOOK_COMPOSE = "https://outlook.live.com/calendar/0/deeplink/compose"
#: Links longer than browsers and the services accept are cut in the description, which the .ics keeps whole.
MAX_DETAILS = 1200


@dataclass(frozen=True)
class CalendarLinks:
    ics_filename: str
    ics_data_uri: str
    google: str
    outlook: str | None


def calendar_links(timeline: Timeline, event: Event, *, stamp: dt.datetime | None = None) -> CalendarLinks:
    entry = calendar_entry(timeline, event)
    ics = render_ics(timeline, events=(event,), stamp=stamp)
    details = _shorten(entry.description or "")
    google = {"action": "TEMPLATE", "text": entry.summary, "dates": f"{_google(entry.start)}/"
              f"{_google(entry.end if entry.end is not None else entry.start)}"}
    if isinstance(entry.start, dt.datetime):
        google["ctz"] = entry.start.tzinfo.key  # type: ignore[union-attr]  # the place's zone (ZoneInfo)
    if details:
        google["details"] = details
    if entry.location:
        google["location"] = entry.location
    if entry.rrule is not None:
        google["recur"] = "RRULE:" + entry.rrule.to_ical().decode("ascii")
    outlook = None
    if entry.rrule is None:
        params = {"path": "/calendar/action/compose", "rru": "addevent", "subject": entry.summary,
                  "startdt": _outlook(entry.start),
                  "enddt": _outlook(entry.end if entry.end is not None else entry.start)}
        if not isinstance(entry.start, dt.datetime):
            params["allday"] = "true"
        if details:
            params["body"] = details
        if entry.location:
            params["location"] = entry.location
        outlook = f"{OUTLOOK_COMPOSE}?{urlencode(params)}"
    return CalendarLinks(
        ics_filename=f"{_filename(event.id)}.ics",
        ics_data_uri="data:text/calendar;charset=utf-8;base64," + base64.b64encode(ics).decode("ascii"),
        google=f"{GOOGLE_TEMPLATE}?{urlencode(google)}",
        outlook=outlook,
    )


def _google(value: dt.date | dt.datetime) -> str:
    """Google's ``dates``: ``YYYYMMDD`` for all-day (end exclusive), local ``YYYYMMDDTHHMMSS`` with ``ctz``."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y%m%dT%H%M%S")
    return value.strftime("%Y%m%d")


def _outlook(value: dt.date | dt.datetime) -> str:
    """Outlook's ``startdt``/``enddt``: ``YYYY-MM-DD`` for all-day, else the instant in UTC."""
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def _shorten(text: str) -> str:
    if len(text) <= MAX_DETAILS:
        return text
    return text[: MAX_DETAILS - 1].rstrip() + "…"


def _filename(event_id: str) -> str:
    return re.sub(r"[^\w.-]+", "-", event_id, flags=re.ASCII).strip("-.") or "event"
