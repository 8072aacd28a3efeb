"""Clock times said in a zone ("8:00 GMT"): the value keeps the zone; the interval is on the document's clock when
the document date is aware, on the zone's own clock when it is naive."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from timeline.tagger import tag
from timeline.tagger.when import zone_offset

D = dt.datetime
AWARE = D(2013, 2, 12, 4, 30, tzinfo=dt.timezone(dt.timedelta(hours=-2)))  # a Tuesday, at -02:00
NAIVE = D(2013, 2, 12, 4, 30)

# (language, text, [(timex text, value, interval begin, interval end)] with an aware document date, and with a naive one)
CASES = [
    ("en", "Thursday 8:00 GMT",
     [("Thursday 8:00 GMT", "2013-02-14T08:00Z", D(2013, 2, 14, 6, 0), D(2013, 2, 14, 6, 1))],
     [("Thursday 8:00 GMT", "2013-02-14T08:00Z", D(2013, 2, 14, 8, 0), D(2013, 2, 14, 8, 1))]),
    ("en", "9:30 - 11:00 CST",
     [("9:30", "2013-02-12T09:30-06:00", D(2013, 2, 12, 13, 30), D(2013, 2, 12, 13, 31)),
      ("11:00 CST", "2013-02-12T11:00-06:00", D(2013, 2, 12, 15, 0), D(2013, 2, 12, 15, 1))],
     [("9:30", "2013-02-12T09:30-06:00", D(2013, 2, 12, 9, 30), D(2013, 2, 12, 9, 31)),
      ("11:00 CST", "2013-02-12T11:00-06:00", D(2013, 2, 12, 11, 0), D(2013, 2, 12, 11, 1))]),
    ("en", "Thursday 9 am (BST)",
     [("Thursday 9 am (BST)", "2013-02-14T09:00+01:00", D(2013, 2, 14, 6, 0), D(2013, 2, 14, 7, 0))],
     [("Thursday 9 am (BST)", "2013-02-14T09:00+01:00", D(2013, 2, 14, 9, 0), D(2013, 2, 14, 10, 0))]),
    # late in the zone's day, early on the document's: the interval moves to the day before
    ("en", "Thursday 1:00 GMT",
     [("Thursday 1:00 GMT", "2013-02-14T01:00Z", D(2013, 2, 13, 23, 0), D(2013, 2, 13, 23, 1))],
     [("Thursday 1:00 GMT", "2013-02-14T01:00Z", D(2013, 2, 14, 1, 0), D(2013, 2, 14, 1, 1))]),
    ("de", "16 Uhr CET",
     [("16 Uhr CET", "2013-02-12T16:00+01:00", D(2013, 2, 12, 13, 0), D(2013, 2, 12, 14, 0))],
     [("16 Uhr CET", "2013-02-12T16:00+01:00", D(2013, 2, 12, 16, 0), D(2013, 2, 12, 17, 0))]),
    ("fr", "à seize heures CET",
     [("seize heures CET", "2013-02-12T16:00+01:00", D(2013, 2, 12, 13, 0), D(2013, 2, 12, 14, 0))],
     [("seize heures CET", "2013-02-12T16:00+01:00", D(2013, 2, 12, 16, 0), D(2013, 2, 12, 17, 0))]),
    # a time without a zone is on the document's clock either way; French "cet" is no zone
    ("en", "at 14:00 on Thursday",
     [("14:00 on Thursday", "2013-02-14T14:00", D(2013, 2, 14, 14, 0), D(2013, 2, 14, 14, 1))],
     [("14:00 on Thursday", "2013-02-14T14:00", D(2013, 2, 14, 14, 0), D(2013, 2, 14, 14, 1))]),
    ("fr", "à 16h cet après-midi",
     [("16h cet après-midi", "2013-02-12T16:00", D(2013, 2, 12, 16, 0), D(2013, 2, 12, 17, 0))],
     [("16h cet après-midi", "2013-02-12T16:00", D(2013, 2, 12, 16, 0), D(2013, 2, 12, 17, 0))]),
]


def _timexes(text: str, language: str, document_date: dt.datetime) -> list[tuple]:
    result = tag(text, language, document_date, prefer="future")
    return [(t.text, t.value, t.interval.begin, t.interval.end) for t in result.timexes]


@pytest.mark.parametrize("language, text, aware, naive", CASES, ids=[c[1] for c in CASES])
def test_zoned_clock_times(language: str, text: str, aware: list, naive: list) -> None:
    assert _timexes(text, language, AWARE) == aware
    assert _timexes(text, language, NAIVE) == naive


def test_named_zone_of_the_document_follows_daylight_saving() -> None:
    """With an IANA zone the document's offset is the one in force at the time: 14:00 GMT is 16:00 in Paris in
    July (CEST), 15:00 in January (CET)."""
    paris = ZoneInfo("Europe/Paris")
    assert _timexes("at 14:00 GMT on Thursday", "en", D(2013, 7, 2, 9, tzinfo=paris)) == [
        ("14:00 GMT on Thursday", "2013-07-04T14:00Z", D(2013, 7, 4, 16, 0), D(2013, 7, 4, 16, 1))]
    assert _timexes("at 14:00 GMT on Thursday", "en", D(2013, 1, 8, 9, tzinfo=paris)) == [
        ("14:00 GMT on Thursday", "2013-01-10T14:00Z", D(2013, 1, 10, 15, 0), D(2013, 1, 10, 15, 1))]


def test_zone_named_by_its_place_has_the_offset_of_the_day() -> None:
    """ "heure de Paris" is Europe/Paris in the table: CET in February, CEST in July."""
    text = "Le vote aura lieu jeudi à 16h heure de Paris."
    assert _timexes(text, "fr", D(2013, 2, 12, 4, 30)) == [
        ("jeudi à 16h heure de Paris", "2013-02-14T16:00+01:00", D(2013, 2, 14, 16, 0), D(2013, 2, 14, 17, 0))]
    assert _timexes(text, "fr", D(2013, 7, 2, 4, 30)) == [
        ("jeudi à 16h heure de Paris", "2013-07-04T16:00+02:00", D(2013, 7, 4, 16, 0), D(2013, 7, 4, 17, 0))]
    assert _timexes(text, "fr", AWARE) == [
        ("jeudi à 16h heure de Paris", "2013-02-14T16:00+01:00", D(2013, 2, 14, 13, 0), D(2013, 2, 14, 14, 0))]


def test_intervals_stay_naive_with_an_aware_document_date() -> None:
    """Clock-relative expressions move from the document's local time; no interval carries a tzinfo."""
    for text in ("now", "in two hours", "the next 3 minutes", "at 8:00 GMT"):
        for t in tag(text, "en", AWARE, prefer="future").timexes:
            if t.interval is not None:
                assert t.interval.begin.tzinfo is None and t.interval.end.tzinfo is None, text
    (now,) = tag("now", "en", AWARE).timexes
    assert now.interval.begin == D(2013, 2, 12, 4, 30)


def test_zone_offset() -> None:
    assert zone_offset("Z") == dt.timezone.utc
    assert zone_offset("+05:30") == dt.timezone(dt.timedelta(hours=5, minutes=30))
    assert zone_offset("-06:00") == dt.timezone(dt.timedelta(hours=-6))
    assert zone_offset("EST") is None and zone_offset("+0500") is None
