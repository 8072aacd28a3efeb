"""A clock time said in a zone ("at 14:00 GMT") is put on the clock of the event's place, so the calendar states
the right absolute time (Event times are in the place's zone)."""

from __future__ import annotations

import datetime as dt

import icalendar

from timeline.export.ics import render_ics
from timeline.model import Document
from timeline.pipeline import build_timeline


def _events(text: str, document_date: dt.date | dt.datetime = dt.date(2026, 3, 12)):
    doc = Document(id="d1", text=text, language="en", document_date=document_date)
    return build_timeline([doc])


def _starts(timeline) -> list[dt.datetime]:
    cal = icalendar.Calendar.from_ical(render_ics(timeline))
    return [c.decoded("DTSTART") for c in cal.walk("VEVENT")]


def test_gmt_time_in_cairo_is_16_00_cairo_time() -> None:
    timeline = _events("CAIRO, 12 March 2026 — The foreign minister will meet his Jordanian counterpart in Cairo on "
                       "Thursday at 14:00 GMT, the ministry said.")
    (event,) = timeline.events
    assert (event.start, event.start_time, event.place.timezone) == (dt.date(2026, 3, 12), dt.time(16, 0),
                                                                       "Africa/Cairo")
    (start,) = _starts(timeline)
    assert start.astimezone(dt.timezone.utc) == dt.datetime(2026, 3, 12, 14, 0, tzinfo=dt.timezone.utc)


def test_zone_time_moves_the_day_with_it() -> None:
    """23:30 GMT on Friday is Saturday 01:30 in Cairo."""
    (event,) = _events("The summit will open in Cairo on Friday at 23:30 GMT, the ministry said.").events
    assert (event.start, event.end, event.start_time) == (dt.date(2026, 3, 14), dt.date(2026, 3, 14), dt.time(1, 30))


def test_unchanged_where_the_zone_is_the_places_and_without_a_zone() -> None:
    (london,) = _events("The Bank of England will announce its decision in London on Friday at 12:00 GMT.").events
    assert (london.start, london.start_time) == (dt.date(2026, 3, 13), dt.time(12, 0))
    (cairo,) = _events("The summit will open in Cairo on Friday at 14:00, the ministry said.").events
    assert (cairo.start, cairo.start_time) == (dt.date(2026, 3, 13), dt.time(14, 0))
    (nowhere,) = _events("The vote will open on Friday at 14:00 GMT, the ministry said.").events
    assert (nowhere.start, nowhere.start_time, nowhere.place) == (dt.date(2026, 3, 13), dt.time(14, 0), None)
