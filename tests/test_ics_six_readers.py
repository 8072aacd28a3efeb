"""Every calendar we export reads the same in six independent iCalendar readers (tests/ics_readers.py):
the seed's, Arabic multi-day events, timed events in two zones across daylight-saving changes, recurring events
(timed and all-day), a timed event whose end the text does not give, a merged multilingual page, one event's
own file (the page's "add to calendar") and each CalDAV resource."""

from __future__ import annotations

import datetime as dt

import pytest

from ics_readers import READERS
from test_export_ics import NEW_YORK, STAMP, hanoi_timeline, timed_timeline
from timeline.export.ics import event_uid, render_event_resource, render_ics
from timeline.model import Event, Place, Timeline

from conftest import ROOT

UTC = dt.UTC
CAIRO = Place("Cairo", "EG", 30.06263, 31.24967, "Africa/Cairo")


def recurring_timeline() -> Timeline:
    """A weekly timed meeting in Cairo that crosses Egypt's 2025 change to summer time, and an all-day one."""
    weekly = Event("weekly", "اجتماع أسبوعي للجنة", dt.date(2025, 4, 3), dt.date(2025, 4, 3), "time", "ar", CAIRO,
                   (), dt.time(10), dt.time(11), recurrence="FREQ=WEEKLY;BYDAY=TH;UNTIL=20250630")
    monthly = Event("monthly", "Monthly market", dt.date(2025, 1, 5), dt.date(2025, 1, 5), "day", "en", None, (),
                    recurrence="FREQ=MONTHLY;COUNT=6")
    return Timeline("Recurring", "ar", (weekly, monthly))


def open_end_timeline() -> Timeline:
    """A clock time the text gives without an end: no DTEND; every reader ends it where it starts."""
    event = Event("t", "Opening, \"first\"; day", dt.date(2025, 9, 22), dt.date(2025, 9, 22), "time", "en",
                  NEW_YORK, (), dt.time(10))
    return Timeline("Open end", "en", (event,))


def merged_calendar() -> bytes:
    """The four hanoi-convention articles (en, fr, vi and an explainer) merged into one timeline."""
    from timeline.documents import read_document
    from timeline.pipeline import build_timeline

    paths = sorted((ROOT / "tests" / "data" / "articles").glob("hanoi-convention*.txt"))
    return render_ics(build_timeline([read_document(p) for p in paths]), stamp=STAMP)


CALENDARS = {
    "merged-multilingual": merged_calendar,
    "hanoi-arabic-multi-day": lambda: render_ics(hanoi_timeline(), stamp=STAMP),
    "timed-two-zones": lambda: render_ics(timed_timeline(), stamp=STAMP),
    "recurring": lambda: render_ics(recurring_timeline(), stamp=STAMP),
    "timed-without-end": lambda: render_ics(open_end_timeline(), stamp=STAMP),
    "one-event-file": lambda: render_ics(hanoi_timeline(), events=hanoi_timeline().events[:1], stamp=STAMP),
    "caldav-resource": lambda: render_event_resource(timed_timeline(), timed_timeline().events[0], stamp=STAMP),
    "seed-export": lambda: (ROOT / "exports" / "hanoi-cybercrime-convention.ar.ics").read_bytes(),
}

#: What every reader must find in some of them (the others are held to agreement, and to their own tests).
EXPECTED: dict[str, list[tuple]] = {
    "recurring": [
        ("Monthly market", dt.date(2025, 1, 5), dt.date(2025, 1, 6), "COUNT=6;FREQ=MONTHLY"),
        # Cairo is UTC+2 until the last Friday of April 2025, then UTC+3: the first occurrence is at 08:00Z
        ("اجتماع أسبوعي للجنة", dt.datetime(2025, 4, 3, 8, tzinfo=UTC), dt.datetime(2025, 4, 3, 9, tzinfo=UTC),
         "BYDAY=TH;FREQ=WEEKLY;UNTIL=20250630T205959Z"),  # 23:59:59 in Cairo, UTC+3
    ],
    "timed-without-end": [
        ('Opening, "first"; day', dt.datetime(2025, 9, 22, 14, tzinfo=UTC), dt.datetime(2025, 9, 22, 14, tzinfo=UTC),
         None),
    ],
}


def _available(name: str):
    read, missing = READERS[name]
    if missing:
        pytest.skip(missing)
    return read


@pytest.mark.parametrize("calendar", sorted(CALENDARS))
def test_six_readers_read_every_calendar_alike(calendar):
    data = CALENDARS[calendar]()
    results = {name: _available(name)(data) for name in READERS}
    reference = results["icalendar"]
    assert reference, "the calendar has events"
    for name, rows in results.items():
        assert rows == reference, f"{name} reads {calendar} differently"
    if calendar in EXPECTED:
        assert [(r.summary, r.start, r.end, r.rrule) for r in reference] == EXPECTED[calendar]


@pytest.mark.parametrize("reader", sorted(READERS))
def test_each_reader_finds_the_seed_events(reader):
    rows = _available(reader)((ROOT / "exports" / "hanoi-cybercrime-convention.ar.ics").read_bytes())
    assert [(r.start, r.end) for r in rows] == [
        (dt.date(2025, 1, 1), dt.date(2025, 9, 26)),
        (dt.date(2025, 9, 22), dt.date(2025, 9, 23)),
        (dt.date(2025, 10, 25), dt.date(2025, 10, 27)),
    ]


def test_readers_agree_on_the_recurring_uids():
    timeline = recurring_timeline()
    rows = READERS["icalendar"][0](render_ics(timeline, stamp=STAMP))
    assert sorted(r.uid for r in rows) == sorted(event_uid(timeline, e) for e in timeline.events)
