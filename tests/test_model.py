"""The timeline JSON: exact round trips, validation that names the field, hand edits kept."""

from __future__ import annotations

import json

import pytest

from timeline.model import Timeline
from timeline.schema import TimelineError, load_timeline


def test_round_trip_is_exact(seed_timeline):
    text = seed_timeline.to_json()
    again = Timeline.from_json(text)
    assert again == seed_timeline
    assert again.to_json() == text


def test_the_json_validates_against_the_shipped_schema(seed_timeline):
    assert load_timeline(seed_timeline.to_json()) == seed_timeline


def test_unknown_fields_are_kept(seed_timeline):
    data = json.loads(seed_timeline.to_json())
    data["reviewed_by"] = "desk"
    data["events"][0]["note"] = {"checked": True}
    loaded = load_timeline(json.dumps(data))
    assert loaded.extra == {"reviewed_by": "desk"}
    assert loaded.events[0].extra == {"note": {"checked": True}}
    out = json.loads(loaded.to_json())
    assert out["reviewed_by"] == "desk" and out["events"][0]["note"] == {"checked": True}


def test_an_edit_raises_the_sequence_once(seed_timeline):
    data = json.loads(seed_timeline.to_json())
    data["events"][1]["title"] = "The Road to Hanoi"
    edited = load_timeline(json.dumps(data))
    assert edited.events[1].sequence == 1
    assert edited.events[0].sequence == 0
    # saved again, the edit is now the content: loading it does not raise the sequence again
    assert load_timeline(edited.to_json()).events[1].sequence == 1


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda d: d["events"][0].update(start="2025-13-01"), "events[0].start: '2025-13-01' is not a date YYYY-MM-DD"),
        (lambda d: d["events"][2].update(end="2025-10-01"), "events[2].end: 2025-10-01 is before the start 2025-10-25"),
        (lambda d: d["events"][1].pop("title"), "events[1]: 'title' is a required property"),
        (lambda d: d["events"][1]["place"].update(latitude=123), "events[1].place.latitude: 123 is greater than the maximum of 90"),
        (lambda d: d.update(schema="timeline/9"), "schema: expected 'timeline/1', found 'timeline/9'"),
        (lambda d: d["events"][0].update(start_time="25:00"), "events[0].start_time: '25:00' is not a time HH:MM or HH:MM:SS"),
        # years the calendars cannot hold: refused with the reason, before any export is attempted
        (lambda d: d["events"][0].update(start="-0044-03-15"),
         "events[0].start: '-0044-03-15': years before 0001 and after 9999 cannot be placed on a calendar"),
        (lambda d: d["events"][0].update(start="0000-01-01"),
         "events[0].start: '0000-01-01': years before 0001 and after 9999 cannot be placed on a calendar"),
        (lambda d: d["events"][2].update(end="10000-01-01"),
         "events[2].end: '10000-01-01': years before 0001 and after 9999 cannot be placed on a calendar"),
        (lambda d: d["events"][1].update(start="9999-12-31", end="9999-12-31"),
         "events[1].end: 9999-12-31 is after 9998-12-31, the last day an event can fall on (calendars need the days after it)"),
        (lambda d: d["events"][1].update(recurrence="FREQ=WEEKLY;BYDAY=MO,"),
         "events[1].recurrence: 'FREQ=WEEKLY;BYDAY=MO,' is not an RRULE (BYDAY takes weekdays such as MO or -1FR, not '')"),
        # RRULEs other readers refuse or never finish (RFC 5545 §3.3.10), and a SEQUENCE past INTEGER (§3.3.8)
        (lambda d: d["events"][1].update(recurrence="FREQ=DAILY;INTERVAL=0"),
         "events[1].recurrence: 'FREQ=DAILY;INTERVAL=0' is not an RRULE (INTERVAL takes 1 to 2147483647, not 0)"),
        (lambda d: d["events"][1].update(recurrence="FREQ=DAILY;COUNT=99999999999"),
         "events[1].recurrence: 'FREQ=DAILY;COUNT=99999999999' is not an RRULE (COUNT takes 1 to 2147483647, not 99999999999)"),
        (lambda d: d["events"][1].update(recurrence="FREQ=MONTHLY;BYMONTHDAY=1,-32"),
         "events[1].recurrence: 'FREQ=MONTHLY;BYMONTHDAY=1,-32' is not an RRULE (BYMONTHDAY takes ±1 to 31, not -32)"),
        (lambda d: d["events"][1].update(recurrence="FREQ=YEARLY;BYMONTH=13"),
         "events[1].recurrence: 'FREQ=YEARLY;BYMONTH=13' is not an RRULE (BYMONTH takes 1 to 12, not 13)"),
        (lambda d: d["events"][1].update(recurrence="FREQ=WEEKLY;BYDAY=XX"),
         "events[1].recurrence: 'FREQ=WEEKLY;BYDAY=XX' is not an RRULE (BYDAY takes weekdays such as MO or -1FR, not 'XX')"),
        (lambda d: d["events"][1].update(recurrence="FREQ=WEEKLY;WKST=1MO"),
         "events[1].recurrence: 'FREQ=WEEKLY;WKST=1MO' is not an RRULE (WKST takes weekdays such as MO or -1FR, not '1MO')"),
        (lambda d: d["events"][1].update(recurrence="FREQ=WEEKLY;COUNT=2;COUNT=3"),
         "events[1].recurrence: 'FREQ=WEEKLY;COUNT=2;COUNT=3' is not an RRULE (COUNT given twice)"),
        (lambda d: d["events"][1].update(recurrence="FREQ=WEEKLY;COUNT=2;UNTIL=20260101"),
         "events[1].recurrence: 'FREQ=WEEKLY;COUNT=2;UNTIL=20260101' is not an RRULE (COUNT and UNTIL together)"),
        (lambda d: d["events"][1].update(recurrence="FREQ=DAILY;UNTIL=2026"),
         "events[1].recurrence: 'FREQ=DAILY;UNTIL=2026' is not an RRULE (Expected datetime, date, or time. Got: '2026')"),
        (lambda d: d["events"][1].update(recurrence="FREQ=WEEKLY;EVERY=2"),
         "events[1].recurrence: 'FREQ=WEEKLY;EVERY=2' is not an RRULE (EVERY is not a part of RFC 5545)"),
        # a language calendars cannot read as LANGUAGE (RFC 5545 §3.2.10): they drop the whole property
        (lambda d: d["events"][1].update(language="e"), "events[1].language: 'e' is not a language code such as es or und"),
        (lambda d: d["sources"][0].update(language="Arabic"),
         "sources[0].language: 'Arabic' is not a language code such as es or und"),
        (lambda d: d["events"][1].update(sequence=2147483648),
         "events[1].sequence: 2147483648 is greater than the maximum of 2147483647"),
        (lambda d: d["sources"][0]["timexes"][0].pop("start"), "sources[0].timexes[0]: 'start' is a required property"),
        (lambda d: d["sources"][0]["timexes"][0].update(interval={"begin": "2025-10-26T00:00:00", "end": "2025-10-25T00:00:00"}),
         "sources[0].timexes[0].interval: begins at 2025-10-26T00:00:00, not before its end 2025-10-25T00:00:00"),
        (lambda d: d["sources"][0].update(ranges=[{"first": 1, "last": 99}]),
         "sources[0].ranges[0]: links timexes 1 and 99, not two of its 12 timexes in order"),
        (lambda d: d["events"][0].update(start="9999-01-01"),
         "events[0].start: 9999-01-01 is after 9998-12-31, the last day an event can fall on (calendars need the days after it)"),
    ],
)
def test_invalid_edits_name_the_field(seed_timeline, edit, message):
    data = json.loads(seed_timeline.to_json())
    edit(data)
    with pytest.raises(TimelineError) as err:
        load_timeline(json.dumps(data))
    assert str(err.value) == message


@pytest.mark.parametrize("recurrence", ["FREQ=WEEKLY;BYDAY=TH", "FREQ=MONTHLY;BYDAY=-1FR", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=7",
                                        "FREQ=DAILY;INTERVAL=2;COUNT=2147483647", "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU",
                                        "FREQ=WEEKLY;WKST=SU;UNTIL=20261231", "FREQ=DAILY;BYHOUR=0,23;BYMINUTE=59"])
def test_valid_recurrences_load(seed_timeline, recurrence):
    data = json.loads(seed_timeline.to_json())
    data["events"][1]["recurrence"] = recurrence
    assert load_timeline(json.dumps(data)).events[1].recurrence == recurrence


def test_an_edit_at_the_largest_sequence_keeps_it(seed_timeline):
    """SEQUENCE is an RFC 5545 INTEGER: an edit cannot raise it past 2^31 - 1 and the calendar is still written."""
    from timeline.export.ics import render_ics

    data = json.loads(seed_timeline.to_json())
    data["events"][1].update(sequence=2147483647, title="The Road to Hanoi")
    edited = load_timeline(json.dumps(data))
    assert edited.events[1].sequence == 2147483647
    assert b"SEQUENCE:2147483647\r\n" in render_ics(edited)


def test_malformed_json():
    with pytest.raises(TimelineError) as err:
        load_timeline('{"schema": "timeline/1", "title": ')
    assert str(err.value) == "not valid JSON: Expecting value at line 1, column 35"


def test_the_first_and_last_days_an_event_can_fall_on_export(seed_timeline):
    from timeline.export.html import render_html
    from timeline.export.ics import render_ics

    data = json.loads(seed_timeline.to_json())
    data["events"][1].update(start="0001-01-01", end="0001-01-01")
    data["events"][2].update(start="9998-12-31", end="9998-12-31", all_day=False, start_time="23:00", end_time="23:30")
    timeline = load_timeline(json.dumps(data))
    ics = render_ics(timeline).decode()
    assert "DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010102" in ics
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:99981231T230000" in ics
    assert "9998-12-31" in render_html(timeline)
