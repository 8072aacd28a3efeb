"""The .ics export, read back by four independent parsers: icalendar, ical, vobject and Mozilla's ical.js."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from timeline.export.ics import checked_folding, dtstamp, event_uid, render_event_resource, render_ics, write_ics
from timeline import __version__
from timeline.model import Event, Mention, Place, Source, Timeline

UTC = dt.UTC
STAMP = dt.datetime(2026, 1, 1, tzinfo=UTC)
URL = (
    "https://vtv.vn/chu-tich-nuoc-luong-cuong-se-chu-tri-le-mo-ky-cong-uoc-lhq-ve-chong-toi-pham-mang"
    "-100250925193505234.htm"
)
SOURCE = "hanoi-cybercrime-convention.ar"
JS_PARSER = Path(__file__).parent / "js" / "parse_ics.mjs"
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"

HANOI = Place("Hanoi", "VN", 21.0245, 105.84117, "Asia/Ho_Chi_Minh")
NEW_YORK = Place("New York", "US", 40.71427, -74.00597, "America/New_York")

SIGNING_SENTENCE = (
    "سيتم عقد حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية تحت شعار "
    '"مكافحة الجريمة السيبرانية - تقاسم المسؤولية - التطلع إلى المستقبل" '
    "في الفترة من 25 إلى 26 أكتوبر 2025 في هانوي ."
)
ROAD_SENTENCE_1 = (
    "في وقت سابق، في 22 سبتمبر/أيلول، في مقر الأمم المتحدة في نيويورك (الولايات المتحدة الأمريكية)، "
    "وفي إطار الأسبوع رفيع المستوى للدورة الثمانين للجمعية العامة للأمم المتحدة، "
    'بتنظيم حدث مشترك بعنوان "الطريق إلى هانوي".'
)
ROAD_SENTENCE_2 = (
    'يعد الحدث "الطريق إلى هانوي" في 22 سبتمبر 2025 هو النشاط الأكثر أهمية في سلسلة من الأحداث '
    "التي تروج لحفل افتتاح الاتفاقية منذ بداية عام 2025."
)

SIGNING = Event(
    id="signing",
    # RLM and an isolate around the title: both must disappear from the .ics
    title="\u200fحفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية في \u2067هانوي\u2069",
    start=dt.date(2025, 10, 25),
    end=dt.date(2025, 10, 26),
    language="ar",
    place=HANOI,
    mentions=(Mention(SOURCE, 155, 179, "من 25 إلى 26 أكتوبر 2025", SIGNING_SENTENCE),),
)
ROAD_TO_HANOI = Event(
    id="road-to-hanoi",
    title="حدث «الطريق إلى هانوي» في مقر الأمم المتحدة",
    start=dt.date(2025, 9, 22),
    end=dt.date(2025, 9, 22),
    language="ar",
    place=NEW_YORK,
    mentions=(
        Mention(SOURCE, 565, 580, "22 سبتمبر/أيلول", ROAD_SENTENCE_1),
        Mention(SOURCE, 2995, 3009, "22 سبتمبر 2025", ROAD_SENTENCE_2),
    ),
)
PROMOTION = Event(
    id="promotion",
    title="سلسلة من الأحداث التي تروج لحفل افتتاح الاتفاقية",
    start=dt.date(2025, 1, 1),
    end=None,
    precision="approximate",
    language="ar",
    approximate_start=True,
    mentions=(Mention(SOURCE, 3186, 3200, "بداية عام 2025", ROAD_SENTENCE_2),),
)
HANOI_SOURCE = Source(id=SOURCE, language="ar", url=URL, document_date=dt.date(2025, 9, 25))


def hanoi_timeline(**changes) -> Timeline:
    """The three events of the gold file, given out of order (the export sorts them)."""
    timeline = Timeline(
        title="اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        language="ar",
        events=(SIGNING, PROMOTION, ROAD_TO_HANOI),
        sources=(HANOI_SOURCE,),
    )
    return replace(timeline, **changes)


def timed_timeline() -> Timeline:
    """Timed events in two zones, summer and winter, over three years (so the zone has several onsets)."""
    def at(event_id: str, day: dt.date, start: dt.time, end: dt.time, place: Place) -> Event:
        return Event(event_id, f"Event {event_id}", day, day, "time", "en", place, (), start, end)

    return Timeline(
        title="Timed",
        language="en",
        events=(
            at("ny-summer", dt.date(2025, 9, 22), dt.time(10), dt.time(11, 30), NEW_YORK),
            at("ny-winter", dt.date(2025, 12, 1), dt.time(10), dt.time(11, 30), NEW_YORK),
            at("ny-2027", dt.date(2027, 7, 1), dt.time(10), dt.time(11, 30), NEW_YORK),
            at("hanoi", dt.date(2025, 10, 25), dt.time(11), dt.time(12), HANOI),
        ),
    )


#: event id → (UTC start, UTC end) of timed_timeline()
TIMED_INSTANTS = {
    "ny-summer": (dt.datetime(2025, 9, 22, 14, tzinfo=UTC), dt.datetime(2025, 9, 22, 15, 30, tzinfo=UTC)),
    "ny-winter": (dt.datetime(2025, 12, 1, 15, tzinfo=UTC), dt.datetime(2025, 12, 1, 16, 30, tzinfo=UTC)),
    "ny-2027": (dt.datetime(2027, 7, 1, 14, tzinfo=UTC), dt.datetime(2027, 7, 1, 15, 30, tzinfo=UTC)),
    "hanoi": (dt.datetime(2025, 10, 25, 4, tzinfo=UTC), dt.datetime(2025, 10, 25, 5, tzinfo=UTC)),
}


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data[:-2].split(b"\r\n")
    assert not any(b"\n" in line or b"\r" in line for line in lines), "every line ends with CRLF"
    return lines


def lines_of(data: bytes) -> list[str]:
    return [line.decode("utf-8") for line in physical_lines(data)]


def unfolded(data: bytes) -> list[str]:
    """Logical content lines (RFC 5545 §3.1)."""
    return data.decode("utf-8").replace("\r\n ", "").removesuffix("\r\n").split("\r\n")


# --- what the parsers read ------------------------------------------------------------------------------

EXPECTED_ALL_DAY = [  # sorted by start
    ("promotion", dt.date(2025, 1, 1), dt.date(2025, 9, 26)),
    ("road-to-hanoi", dt.date(2025, 9, 22), dt.date(2025, 9, 23)),
    ("signing", dt.date(2025, 10, 25), dt.date(2025, 10, 27)),
]
EXPECTED_UIDS = {
    "promotion": "38d7d79ed39faebcc24c1568dca91e44@timeline.invalid",
    "road-to-hanoi": "3a87043d60dd3d02177e83fcd1f90302@timeline.invalid",
    "signing": "0f222da22b05677fa5aeb6b199d34682@timeline.invalid",
}
EXPECTED_SUMMARIES = {
    "promotion": "سلسلة من الأحداث التي تروج لحفل افتتاح الاتفاقية",
    "road-to-hanoi": "حدث «الطريق إلى هانوي» في مقر الأمم المتحدة",
    "signing": "حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية في هانوي",
}


def expected_rows() -> list[tuple]:
    return [(EXPECTED_UIDS[i], EXPECTED_SUMMARIES[i], start, end) for i, start, end in EXPECTED_ALL_DAY]


def test_icalendar_reads_the_three_events():
    calendar = icalendar.Calendar.from_ical(render_ics(hanoi_timeline(), stamp=STAMP))
    rows = [(str(e["UID"]), str(e["SUMMARY"]), e.DTSTART, e.DTEND) for e in calendar.walk("VEVENT")]
    assert rows == expected_rows()
    assert all(type(value) is dt.date for row in rows for value in row[2:])


def test_ical_reads_the_three_events():
    calendar = IcsCalendarStream.calendar_from_ics(render_ics(hanoi_timeline(), stamp=STAMP).decode("utf-8"))
    rows = [(e.uid, e.summary, e.dtstart, e.dtend) for e in calendar.events]
    assert rows == expected_rows()
    assert all(type(value) is dt.date for row in rows for value in row[2:])


def test_vobject_reads_the_three_events():
    calendar = vobject.readOne(render_ics(hanoi_timeline(), stamp=STAMP).decode("utf-8"))
    rows = [(e.uid.value, e.summary.value, e.dtstart.value, e.dtend.value) for e in calendar.vevent_list]
    assert rows == expected_rows()
    assert all(type(value) is dt.date for row in rows for value in row[2:])


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_icaljs_reads_the_three_events(tmp_path):
    parsed = parse_with_icaljs(render_ics(hanoi_timeline(), stamp=STAMP), tmp_path)
    assert parsed["method"] == "PUBLISH"
    assert [(e["uid"], e["summary"], e["start"], e["end"]) for e in parsed["events"]] == [
        (uid, summary, start.isoformat(), end.isoformat()) for uid, summary, start, end in expected_rows()
    ]


# --- exact lines ----------------------------------------------------------------------------------------


def test_exact_lines():
    lines = unfolded(render_ics(hanoi_timeline(), stamp=STAMP))
    assert lines[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//timeline//timeline {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for line in (
        "NAME;LANGUAGE=ar:اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        "X-WR-CALNAME:اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        "DTSTART;VALUE=DATE:20251025",
        "DTEND;VALUE=DATE:20251027",
        "DTSTART;VALUE=DATE:20250922",
        "DTEND;VALUE=DATE:20250923",
        "DTSTART;VALUE=DATE:20250101",
        "DTEND;VALUE=DATE:20250926",
        "GEO:21.0245;105.84117",
        "GEO:40.71427;-74.00597",
        "LOCATION;LANGUAGE=ar:Hanoi\\, فيتنام",
        "LOCATION;LANGUAGE=ar:New York\\, الولايات المتحدة",
        "SUMMARY;LANGUAGE=ar:" + EXPECTED_SUMMARIES["signing"],
        "URL:" + URL,
        "DTSTAMP:20260101T000000Z",
        "SEQUENCE:0",
        "TRANSP:TRANSPARENT",
    ):
        assert line in lines, line
    assert lines.count("BEGIN:VEVENT") == 3
    assert lines[-1] == "END:VCALENDAR"
    # all-day events need no zone; files carry no ORGANIZER; no CREATED/LAST-MODIFIED (not reproducible)
    for absent in ("BEGIN:VTIMEZONE", "ORGANIZER", "CREATED", "LAST-MODIFIED", "CATEGORIES", "RDATE"):
        assert not any(line.startswith(absent) for line in lines), absent


def test_dtstamp_from_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert dtstamp() == dt.datetime(2026, 1, 1, tzinfo=UTC)
    lines = unfolded(render_ics(hanoi_timeline()))
    assert lines.count("DTSTAMP:20260101T000000Z") == 3


def test_dtstamp_without_source_date_epoch_is_now_in_utc():
    before = dt.datetime.now(UTC).replace(microsecond=0)
    stamp = dtstamp({})
    assert stamp.utcoffset() == dt.timedelta(0)
    assert before <= stamp <= dt.datetime.now(UTC)


def test_dtstamp_rejects_a_malformed_source_date_epoch():
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        dtstamp({"SOURCE_DATE_EPOCH": "yesterday"})


def test_stamp_in_another_zone_is_written_in_utc():
    stamp = dt.datetime(2026, 1, 1, 7, 0, 0, 123, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert "DTSTAMP:20260101T000000Z" in unfolded(render_ics(hanoi_timeline(), stamp=stamp))


# --- folding, text --------------------------------------------------------------------------------------


def test_every_physical_line_fits_75_octets_and_is_utf8_on_its_own():
    long_title = " ".join([EXPECTED_SUMMARIES["signing"]] * 6)
    timeline = hanoi_timeline(events=(replace(SIGNING, title=long_title), PROMOTION, ROAD_TO_HANOI))
    data = render_ics(timeline, stamp=STAMP)
    lines = physical_lines(data)
    assert sum(line.startswith(b" ") for line in lines) > 10  # long Arabic text was folded
    for line in lines:
        assert len(line) <= 75, line
        line.decode("utf-8")  # raises if a fold split a character
    assert str(icalendar.Calendar.from_ical(data).walk("VEVENT")[2]["SUMMARY"]) == long_title


@pytest.mark.parametrize(
    "data",
    [b"X" * 76 + b"\r\n", b"A:" + "ة".encode() * 30 + b"\r\n " + "ة".encode()[:1] + b"\r\n", b"A:b\nC:d\r\n", b"A:b"],
    ids=["76 octets", "split character", "bare LF", "no final CRLF"],
)
def test_folding_guard_rejects_bad_lines(data):
    with pytest.raises(RuntimeError):
        checked_folding(data)


def test_text_is_escaped_and_reads_back_unchanged():
    title = 'Talks, "round 2"; room \\A\nsecond line'
    event = Event("esc", title, dt.date(2025, 5, 1), dt.date(2025, 5, 1), language="en")
    data = render_ics(Timeline("Escapes", "en", (event,)), stamp=STAMP)
    assert 'SUMMARY:Talks\\, "round 2"\\; room \\\\A\\nsecond line' in unfolded(data)
    assert str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["SUMMARY"]) == title
    assert IcsCalendarStream.calendar_from_ics(data.decode()).events[0].summary == title
    assert vobject.readOne(data.decode()).vevent.summary.value == title


def test_no_bidi_controls_and_language_on_arabic_text():
    text = render_ics(hanoi_timeline(), stamp=STAMP).decode("utf-8")
    assert not set(text) & set(BIDI_CONTROLS)
    lines = unfolded(text.encode())
    assert sum(line.startswith("SUMMARY;LANGUAGE=ar:") for line in lines) == 3
    assert sum(line.startswith("DESCRIPTION;LANGUAGE=ar:") for line in lines) == 3


def test_english_text_has_no_language_parameter():
    event = Event("en", "Summit", dt.date(2025, 5, 1), dt.date(2025, 5, 2), language="en", place=HANOI)
    lines = unfolded(render_ics(Timeline("T", "en", (event,)), stamp=STAMP))
    assert "SUMMARY:Summit" in lines
    assert "LOCATION:Hanoi\\, Vietnam" in lines
    assert "NAME:T" in lines


def test_description_has_each_sentence_once_and_the_source_url():
    calendar = icalendar.Calendar.from_ical(render_ics(hanoi_timeline(), stamp=STAMP))
    promotion, road, signing = (str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT"))
    assert road == f"{ROAD_SENTENCE_1}\n{ROAD_SENTENCE_2}\n\n{URL}"
    assert signing == f"{SIGNING_SENTENCE}\n\n{URL}"
    assert promotion == (
        "approximate start: 2025-01-01\nopen-ended; ongoing as of 2025-09-25\n\n" f"{ROAD_SENTENCE_2}\n\n{URL}"
    )


def test_description_keeps_a_persons_description_first():
    edited = replace(SIGNING, description="Corrected by hand.")
    calendar = icalendar.Calendar.from_ical(render_ics(hanoi_timeline(events=(edited,)), stamp=STAMP))
    assert str(calendar.walk("VEVENT")[0]["DESCRIPTION"]) == f"Corrected by hand.\n\n{SIGNING_SENTENCE}\n\n{URL}"


# --- dates ----------------------------------------------------------------------------------------------


def test_open_ended_event_without_document_date_is_one_day():
    undated = replace(HANOI_SOURCE, document_date=None)
    calendar = icalendar.Calendar.from_ical(
        render_ics(hanoi_timeline(events=(PROMOTION,), sources=(undated,)), stamp=STAMP)
    )
    event = calendar.walk("VEVENT")[0]
    assert (event.DTSTART, event.DTEND) == (dt.date(2025, 1, 1), dt.date(2025, 1, 2))
    assert str(event["DESCRIPTION"]).startswith("approximate start: 2025-01-01\nopen-ended\n\n")


def test_end_before_start_never_gives_dtend_equal_to_dtstart():
    broken = replace(SIGNING, end=dt.date(2025, 10, 20))
    lines = unfolded(render_ics(hanoi_timeline(events=(broken,)), stamp=STAMP))
    assert "DTSTART;VALUE=DATE:20251025" in lines
    assert "DTEND;VALUE=DATE:20251026" in lines


def test_time_without_zone_becomes_an_all_day_event_that_says_the_time():
    event = Event("noon", "Press conference", dt.date(2025, 9, 22), dt.date(2025, 9, 22), "time", "en",
                  Place("Somewhere"), (), dt.time(12), dt.time(13, 30))
    data = render_ics(Timeline("T", "en", (event,)), stamp=STAMP)
    lines = unfolded(data)
    assert "DTSTART;VALUE=DATE:20250922" in lines
    assert "DTEND;VALUE=DATE:20250923" in lines
    assert not any("TZID" in line for line in lines)
    description = str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["DESCRIPTION"])
    assert description == "at 12:00–13:30 local time (time zone unknown)"


# --- time zones -----------------------------------------------------------------------------------------


def test_timed_events_carry_tzid_and_one_vtimezone_per_zone_without_rdate_lists():
    lines = unfolded(render_ics(timed_timeline(), stamp=STAMP))
    assert "DTSTART;TZID=America/New_York:20250922T100000" in lines
    assert "DTEND;TZID=America/New_York:20250922T113000" in lines
    assert "DTSTART;TZID=Asia/Ho_Chi_Minh:20251025T110000" in lines
    assert [line for line in lines if line.startswith("TZID:")] == ["TZID:America/New_York", "TZID:Asia/Ho_Chi_Minh"]
    assert not any(line.startswith("RDATE") for line in lines)
    # New York from 2025 to 2028: the first offset, then two onsets a year (three years)
    assert lines.count("BEGIN:DAYLIGHT") == 3
    assert lines.count("BEGIN:STANDARD") == 1 + 3 + 1  # + Ho Chi Minh City's one observance


def utc_rows(pairs) -> dict[str, tuple[dt.datetime, dt.datetime]]:
    return {uid: (start.astimezone(UTC), end.astimezone(UTC)) for uid, start, end in pairs}


def expected_timed() -> dict[str, tuple[dt.datetime, dt.datetime]]:
    """TIMED_INSTANTS by summary, as the parsers see them."""
    return {f"Event {event_id}": instants for event_id, instants in TIMED_INSTANTS.items()}


def test_timed_instants_in_icalendar():
    calendar = icalendar.Calendar.from_ical(render_ics(timed_timeline(), stamp=STAMP))
    assert utc_rows((str(e["SUMMARY"]), e.DTSTART, e.DTEND) for e in calendar.walk("VEVENT")) == expected_timed()


def test_timed_instants_in_ical():
    calendar = IcsCalendarStream.calendar_from_ics(render_ics(timed_timeline(), stamp=STAMP).decode())
    assert utc_rows((e.summary, e.dtstart, e.dtend) for e in calendar.events) == expected_timed()


def test_timed_instants_in_vobject():
    """vobject builds its zones from the file's VTIMEZONE, not from a tz database: this tests our VTIMEZONE."""
    calendar = vobject.readOne(render_ics(timed_timeline(), stamp=STAMP).decode())
    events = calendar.vevent_list
    assert all(type(e.dtstart.value.tzinfo).__name__ == "_tzicalvtz" for e in events)
    assert utc_rows((e.summary.value, e.dtstart.value, e.dtend.value) for e in events) == expected_timed()


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_timed_instants_in_icaljs(tmp_path):
    """ical.js resolves TZID only from the file's own VTIMEZONE (nothing registered)."""
    parsed = parse_with_icaljs(render_ics(timed_timeline(), stamp=STAMP), tmp_path)
    assert {e["summary"]: (e["start"], e["end"]) for e in parsed["events"]} == {
        summary: tuple(moment.strftime("%Y-%m-%dT%H:%M:%SZ") for moment in instants)
        for summary, instants in expected_timed().items()
    }
    assert {e["tzid"] for e in parsed["events"]} == {"America/New_York", "Asia/Ho_Chi_Minh"}


def test_timed_event_without_end_time_has_no_dtend():
    event = Event("t", "Opening", dt.date(2025, 9, 22), dt.date(2025, 9, 22), "time", "en", NEW_YORK, (),
                  dt.time(10))
    data = render_ics(Timeline("T", "en", (event,)), stamp=STAMP)
    vevent = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert vevent.DTSTART.astimezone(UTC) == dt.datetime(2025, 9, 22, 14, tzinfo=UTC)
    assert "DTEND" not in vevent


def test_timed_event_past_midnight_ends_the_next_day():
    event = Event("t", "Vigil", dt.date(2025, 9, 22), None, "time", "en", NEW_YORK, (), dt.time(22), dt.time(2))
    vevent = icalendar.Calendar.from_ical(render_ics(Timeline("T", "en", (event,)), stamp=STAMP)).walk("VEVENT")[0]
    assert vevent.DTEND.astimezone(UTC) == dt.datetime(2025, 9, 23, 6, tzinfo=UTC)


def parse_with_icaljs(data: bytes, tmp_path: Path) -> dict:
    assert (JS_PARSER.parent / "node_modules" / "ical.js").is_dir(), "ical.js is missing: run tests/setup.sh"
    path = tmp_path / "calendar.ics"
    path.write_bytes(data)
    result = subprocess.run(["node", str(JS_PARSER), str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- reproducibility, UIDs ------------------------------------------------------------------------------


def test_two_renders_are_byte_identical():
    first = render_ics(hanoi_timeline(), stamp=STAMP)
    again = render_ics(hanoi_timeline(events=tuple(reversed(hanoi_timeline().events))), stamp=STAMP)
    assert first == again
    assert render_ics(timed_timeline(), stamp=STAMP) == render_ics(timed_timeline(), stamp=STAMP)


def test_uid_changes_with_the_source_url_and_falls_back_to_the_source_id():
    def uids(timeline: Timeline) -> list[str]:
        return [str(e["UID"]) for e in icalendar.Calendar.from_ical(render_ics(timeline, stamp=STAMP)).walk("VEVENT")]

    original = uids(hanoi_timeline())
    moved = uids(hanoi_timeline(sources=(replace(HANOI_SOURCE, url=URL + "?amp"),)))
    no_url = uids(hanoi_timeline(sources=(replace(HANOI_SOURCE, url=None),)))
    assert len({*original, *moved, *no_url}) == 9
    assert original == [EXPECTED_UIDS[event_id] for event_id, _, _ in EXPECTED_ALL_DAY]
    timeline = hanoi_timeline()
    assert [event_uid(timeline, e) for e in timeline.events] == [EXPECTED_UIDS[e.id] for e in timeline.events]
    assert uids(hanoi_timeline()) == original
    other_domain = render_ics(hanoi_timeline(), stamp=STAMP, domain="example.org")
    assert "UID:" + EXPECTED_UIDS["signing"].replace("timeline.invalid", "example.org") in unfolded(other_domain)


def test_sequence_is_written():
    edited = replace(SIGNING, sequence=3)
    assert "SEQUENCE:3" in unfolded(render_ics(hanoi_timeline(events=(edited,)), stamp=STAMP))


# --- CalDAV resource, files -----------------------------------------------------------------------------


def test_caldav_resource_has_no_method_and_one_event():
    timeline = timed_timeline()
    data = render_event_resource(timeline, timeline.events[3], stamp=STAMP)
    lines = unfolded(data)
    assert not any(line.startswith("METHOD") for line in lines)
    assert lines.count("BEGIN:VEVENT") == 1
    assert [line for line in lines if line.startswith("TZID:")] == ["TZID:Asia/Ho_Chi_Minh"]
    assert len({line for line in lines if line.startswith("UID:")}) == 1
    assert render_ics(timeline, stamp=STAMP, method=None).count(b"METHOD") == 0


def test_write_ics_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "timeline.ics"
    write_ics(hanoi_timeline(), target, stamp=STAMP)
    assert target.read_bytes() == render_ics(hanoi_timeline(), stamp=STAMP)
    assert os.listdir(tmp_path) == ["timeline.ics"]


def test_write_ics_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "timeline.ics"
    write_ics(hanoi_timeline(), target, stamp=STAMP)
    old = target.read_bytes()

    def fail(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("timeline.fileio.os.replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_ics(hanoi_timeline(title="another"), target, stamp=STAMP)
    assert target.read_bytes() == old
    assert os.listdir(tmp_path) == ["timeline.ics"]
