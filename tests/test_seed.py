"""The seed article end to end against its gold file: every time expression and the three events."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events.titles import TITLE_LIMIT
from timeline.tagger import tag


def test_document_date_comes_from_the_url_id(seed_document):
    assert seed_document.document_date == dt.date(2025, 9, 25)
    assert seed_document.document_date_source == "url"
    assert seed_document.language == "ar"


def test_all_twelve_gold_timexes_exactly(seed_text, gold):
    result = tag(seed_text, "ar", dt.date(2025, 9, 25))
    got = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in result.timexes]
    expected = [(g["start"], g["end"], g["text"], g["type"], g["value"], g.get("mod")) for g in gold["timexes"]]
    assert got == expected
    assert len(got) == 12


@pytest.mark.parametrize(
    "stored, moved",
    [
        (lambda text: text, lambda text, offset: offset),
        # the same article saved with Windows line breaks: every offset after a line break moves by one
        (lambda text: text.replace("\n", "\r\n"), lambda text, offset: offset + text.count("\n", 0, offset)),
        # saved with a byte order mark: everything moves by one
        (lambda text: "\ufeff" + text, lambda text, offset: offset + 1),
    ],
    ids=["as-is", "crlf", "bom"],
)
def test_the_taggers_offsets_index_the_text_as_read(seed_text, gold, stored, moved):
    text = stored(seed_text)
    result = tag(text, "ar", dt.date(2025, 9, 25))
    assert [(t.start, t.end, t.text) for t in result.timexes] == [
        (moved(seed_text, g["start"]), moved(seed_text, g["end"]), g["text"]) for g in gold["timexes"]]
    assert all(text[t.start:t.end] == t.text for t in result.timexes)


def test_the_range_links_its_two_dates(seed_text):
    result = tag(seed_text, "ar", dt.date(2025, 9, 25))
    assert len(result.ranges) == 1
    first, last = result.timexes[result.ranges[0].first], result.timexes[result.ranges[0].last]
    assert (first.text, first.value, last.text, last.value) == ("25", "2025-10-25", "26 أكتوبر 2025", "2025-10-26")
    assert first.interval.begin == dt.datetime(2025, 10, 25)
    assert last.interval.end == dt.datetime(2025, 10, 27)


def test_without_a_document_date_the_yearless_date_stays_underspecified(seed_text):
    result = tag(seed_text, "ar", None)
    by_text = {t.text: t for t in result.timexes}
    assert by_text["22 سبتمبر/أيلول"].value == "XXXX-09-22"
    assert by_text["22 سبتمبر/أيلول"].interval is None
    assert by_text["22 سبتمبر 2025"].value == "2025-09-22"


def test_the_three_gold_events(seed_timeline, gold):
    events = seed_timeline.events
    assert len(events) == 3
    expected = sorted(gold["events"], key=lambda e: e["start"])
    for event, g in zip(events, expected):
        assert event.start.isoformat() == g["start"]
        assert (event.end.isoformat() if event.end else None) == g["end"]
        assert event.all_day is True
        assert [m.start for m in event.mentions] == g["mention_offsets"]
        for words in g["title_contains"]:
            assert words in event.title
        assert len(event.title) <= TITLE_LIMIT
        if g["place"] is None:
            assert event.place is None
        else:
            assert g["place"] in event.place.name
            assert event.place.country == g["country"]
            assert event.place.timezone == g["timezone"]


def test_event_details(seed_timeline):
    period, road, signing = seed_timeline.events
    assert period.precision == "approximate" and period.approximate_start is True and period.end is None
    assert road.title.startswith("الطريق إلى هانوي: حفل افتتاح اتفاقية الأمم المتحدة")
    assert road.title.endswith("…")
    assert road.place.geonameid == 5128581
    assert signing.title == "حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية"
    assert signing.place.geonameid == 1581130
    assert (signing.place.label, road.place.label) == ("هانوي", "نيويورك")  # as the article writes them
    assert (signing.place.latitude, signing.place.longitude) == (21.0245, 105.84117)
    assert signing.mentions[0].text == "من 25 إلى 26 أكتوبر 2025"
    assert signing.mentions[0].sentence.startswith("سيتم عقد حفل توقيع")
    assert [m.source for m in road.mentions] == ["hanoi-cybercrime-convention.ar"] * 2
