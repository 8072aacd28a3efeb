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
    ],
)
def test_invalid_edits_name_the_field(seed_timeline, edit, message):
    data = json.loads(seed_timeline.to_json())
    edit(data)
    with pytest.raises(TimelineError) as err:
        load_timeline(json.dumps(data))
    assert str(err.value) == message


def test_malformed_json():
    with pytest.raises(TimelineError) as err:
        load_timeline('{"schema": "timeline/1", "title": ')
    assert str(err.value) == "not valid JSON: Expecting value at line 1, column 35"
