"""Recurring events: a SET ("every Thursday", "weekly") becomes a recurrence only when the text anchors it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from timeline.documents import read_document
from timeline.events import rrule_of
from timeline.export.ics import render_ics
from timeline.pipeline import build_timeline


@pytest.mark.parametrize(
    "value, expected",
    [
        ("P1W", ("FREQ=WEEKLY", None, 7)),
        ("P1D", ("FREQ=DAILY", None, 1)),
        ("P1M", ("FREQ=MONTHLY", None, 31)),
        ("P2Y", ("FREQ=YEARLY;INTERVAL=2", None, 732)),
        ("XXXX-WXX-4", ("FREQ=WEEKLY;BYDAY=TH", 3, 7)),
        ("XXXX-WXX-7", ("FREQ=WEEKLY;BYDAY=SU", 6, 7)),
        ("PT1H", None),
        ("P0W", None),
        ("PXY", None),
    ],
)
def test_rrule_of(value, expected):
    assert rrule_of(value) == expected


def _timeline(tmp_path: Path, text: str, language: str = "en"):
    article = tmp_path / f"a.{language}.txt"
    article.write_text(text, encoding="utf-8")
    return build_timeline([read_document(article, language, dt.date(2025, 12, 20))])


def test_anchored_weekly_set_on_a_weekday(tmp_path):
    timeline = _timeline(tmp_path, "Starting 5 January 2026, the farmers' market in Lyon will be held every Thursday.\n")
    (event,) = timeline.events
    assert (event.start, event.end, event.recurrence) == (dt.date(2026, 1, 8), dt.date(2026, 1, 8), "FREQ=WEEKLY;BYDAY=TH")
    assert event.place.name == "Lyon"
    cal = icalendar.Calendar.from_ical(render_ics(timeline, stamp=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)))
    (vevent,) = cal.walk("VEVENT")
    assert dict(vevent["RRULE"]) == {"FREQ": ["WEEKLY"], "BYDAY": ["TH"]}
    assert vevent.decoded("DTSTART") == dt.date(2026, 1, 8)
    assert vevent.decoded("DTEND") == dt.date(2026, 1, 9)


def test_a_range_bounds_the_recurrence(tmp_path):
    timeline = _timeline(tmp_path, "From 1 March to 30 June 2026, the museum in Paris opens its rooftop every week.\n")
    (event,) = timeline.events
    assert (event.start, event.recurrence) == (dt.date(2026, 3, 1), "FREQ=WEEKLY;UNTIL=20260630")
    ics = render_ics(timeline, stamp=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)).decode("utf-8")
    assert "RRULE:FREQ=WEEKLY;UNTIL=20260630\r\n" in ics


def test_an_unanchored_set_is_no_event(tmp_path):
    timeline = _timeline(tmp_path, "The report is published every week.\n")
    assert timeline.events == ()


def test_recurrence_survives_the_json_and_an_edit_raises_the_sequence(tmp_path):
    from timeline.schema import load_timeline

    timeline = _timeline(tmp_path, "Starting 5 January 2026, the farmers' market in Lyon will be held every Thursday.\n")
    assert load_timeline(timeline.to_json()) == timeline
    edited = timeline.to_json().replace("FREQ=WEEKLY;BYDAY=TH", "FREQ=WEEKLY;BYDAY=FR")
    assert load_timeline(edited).events[0].sequence == 1


def test_one_edition_of_an_annual_event_is_not_a_recurrence(tmp_path):
    timeline = _timeline(tmp_path, "Ministers will gather in Berlin from 17 to 18 March 2026 for the annual energy dialogue.\n")
    (event,) = timeline.events
    assert (event.start, event.end, event.recurrence) == (dt.date(2026, 3, 17), dt.date(2026, 3, 18), None)
