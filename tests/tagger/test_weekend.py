"""The weekend (TIMEX3 "…-WE") spans Friday 18:00 to Monday 00:00 in every language; its value stays the week's."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag
from timeline.tagger.when import When

DCT = dt.date(2025, 9, 25)  # a Thursday of ISO week 39


def test_when_interval_of_a_weekend():
    iv = When(year=2013, week=7, weekend=True).interval()
    assert (iv.begin, iv.end) == (dt.datetime(2013, 2, 15, 18), dt.datetime(2013, 2, 18))
    assert When(year=2013, week=7, weekend=True).value() == "2013-W07-WE"
    iv = When(year=2013, week=7).interval()  # the whole week is unchanged
    assert (iv.begin, iv.end) == (dt.datetime(2013, 2, 11), dt.datetime(2013, 2, 18))


@pytest.mark.parametrize("text,language,expected", [
    ("The festival takes place this weekend.", "en", "this weekend"),
    ("这周末将举行音乐节。", "zh", "这周末"),
    ("В эти выходные в Москве пройдёт фестиваль.", "ru", "эти выходные"),
    ("Lễ hội sẽ diễn ra vào cuối tuần này.", "vi", "cuối tuần này"),
])
def test_this_weekend_in_every_language(text, language, expected):
    (t,) = tag(text, language, document_date=DCT).timexes
    assert (t.text, t.value) == (expected, "2025-W39-WE")
    assert (t.interval.begin, t.interval.end) == (dt.datetime(2025, 9, 26, 18), dt.datetime(2025, 9, 29))
