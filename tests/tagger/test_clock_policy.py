"""Read forward (prefer="future"), a clock time that names no day and has passed at the reference time moves to
its next occurrence: an hour that may be on either half of the day first 12 hours later, any other to the next
day. News reading (no preference, a document date) is unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

REF = dt.datetime(2013, 2, 12, 4, 30)  # a Tuesday, 04:30


def _first(text: str, language: str, ref: dt.date | dt.datetime = REF, prefer: str | None = "future"):
    t = tag(text, language, ref, prefer=prefer).timexes
    return (t[0].value, t[0].interval.begin) if t else None


@pytest.mark.parametrize("text, language, value", [
    # an hour without minutes, am/pm or part of the day, or a spoken hour: 12 hours later today
    ("um 3", "de", "2013-02-12T15:00"),
    ("um drei", "de", "2013-02-12T15:00"),
    ("3 Uhr", "de", "2013-02-12T15:00"),
    ("zwanzig nach 3", "de", "2013-02-12T15:20"),
    ("a las tres", "es", "2013-02-12T15:00"),
    ("a las tres y media", "es", "2013-02-12T15:30"),
    ("a las 3 y treinta", "es", "2013-02-12T15:30"),
    # a 24-hour clock or a morning marker: the next day
    ("3:18", "de", "2013-02-13T03:18"),
    ("las tres de la mañana", "es", "2013-02-13T03:00"),
    ("3 heures du matin", "fr", "2013-02-13T03:00"),
    # not yet passed (its hour has not ended): unchanged
    ("16 Uhr", "de", "2013-02-12T16:00"),
    ("11:45", "de", "2013-02-12T11:45"),
    ("at 4:23", "en", "2013-02-12T04:23"),
    # an am/pm word that names the reference day's part (ampm_names_day): unchanged
    ("3:18 صباحا", "ar", "2013-02-12T03:18"),
    # a clock time on a named day is not moved
    ("morgen um 3 Uhr", "de", "2013-02-13T03:00"),
])
def test_next_occurrence(text, language, value):
    got = _first(text, language)
    assert got is not None and got[0] == value
    assert got[1] == dt.datetime.fromisoformat(value)


def test_ambiguous_hour_whose_afternoon_has_passed_goes_to_the_next_morning():
    assert _first("um 3", "de", dt.datetime(2013, 2, 12, 16, 30))[0] == "2013-02-13T03:00"


@pytest.mark.parametrize("prefer, ref", [(None, REF), ("news", REF), ("future", dt.date(2013, 2, 12))])
def test_news_reading_is_unchanged(prefer, ref):
    # no preference, or no reference time of day: the clock time stays on the reference day
    assert _first("3:18", "de", ref, prefer)[0] == "2013-02-12T03:18"
    assert _first("a las tres", "es", ref, prefer)[0] == "2013-02-12T03:00"
