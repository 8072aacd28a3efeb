"""Anchoring steps that read a story rather than one expression, checked at the anchor with readings built by hand
(any language's rules may make them; document date Thursday 25 September 2025):

* a reading with ``reference = "narrative"`` moves from the last date named when its clause is in the past ("через
  два месяца его продали": two months after the June named before), else from the document date;
* a period "eve" is the day before the day placed, with its part of the day ("in der Nacht zum Mittwoch");
* the end of a range that is a bare weekday is the next such weekday after the start ("von Montag bis Freitag");
* a month moved by a year from the period named last is that month in the year named ("im Oktober desselben
  Jahres").
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.lang import load_language
from timeline.tagger.anchor import anchor
from timeline.tagger.find import place_period
from timeline.tagger.reading import Reading
from timeline.tagger.when import When

DCT = dt.date(2025, 9, 25)


def _values(readings: list[Reading], text: str, code: str, ranges=()) -> list[str]:
    return [r.when.value() for r in anchor(readings, text, load_language(code), DCT, ranges)]


# (language, text, where the move is in the text, the value of the move) — the named month is "June 2021" at 0
NARRATIVE = [
    ("ru", "июнь 2021. Через два месяца его продали.", 11, "2021-08"),
    ("ru", "июнь 2021. Через два месяца его продадут.", 11, "2025-11"),
    ("en", "June 2021. In two months it was sold.", 11, "2021-08"),
    ("en", "June 2021. In two months it will be sold.", 11, "2025-11"),
]


@pytest.mark.parametrize("code, text, at, expected", NARRATIVE)
def test_a_narrative_move_counts_from_the_story_told_in_the_past(code, text, at, expected):
    named = Reading(start=0, end=9, type="DATE", rule="test", when=When(year=2021, month=6))
    move = Reading(start=at, end=at + 16, type="DATE", rule="test", shift_unit="M", shift_amount=2,
                   reference="narrative")
    assert _values([named, move], text, code) == ["2021-06", expected]


def test_a_narrative_move_without_a_date_named_before_counts_from_the_document():
    move = Reading(start=0, end=16, type="DATE", rule="test", shift_unit="M", shift_amount=2, reference="narrative")
    assert _values([move], "Через два месяца его продали.", "ru") == ["2025-11"]


@pytest.mark.parametrize("day, expected", [
    (When(year=2025, month=10, day=3, partofday="NI"), "2025-10-02TNI"),
    (When(year=2026, month=1, day=1, partofday="EV"), "2025-12-31TEV"),
    (When(year=2025, month=9, day=24), "2025-09-23"),
])
def test_the_eve_of_a_day_is_the_day_before_with_its_part_of_the_day(day, expected):
    r = Reading(start=0, end=5, type="TIME", rule="test", when=day, period=("eve", 1, None))
    assert place_period(r, DCT).when.value() == expected


@pytest.mark.parametrize("code, text", [("de", "von Montag bis Freitag"), ("ru", "с понедельника по пятницу")])
def test_a_weekday_that_ends_a_range_comes_after_its_start(code, text):
    # a bare weekday said without tense is read in the past: Friday alone would be 19 September
    monday = Reading(start=0, end=6, type="DATE", rule="test", when=When(), weekday=0)
    friday = Reading(start=11, end=18, type="DATE", rule="test", when=When(), weekday=4)
    assert _values([monday, friday], text, code, ranges=[(0, 1)]) == ["2025-09-22", "2025-09-26"]
    assert _values([monday, friday], text, code) == ["2025-09-22", "2025-09-19"]


@pytest.mark.parametrize("code", ["de", "ru"])
def test_a_month_of_the_year_named_last(code):
    named = Reading(start=0, end=8, type="DATE", rule="test", when=When(year=2019, month=5))
    october = Reading(start=20, end=30, type="DATE", rule="test", when=When(month=10), shift_unit="Y",
                      shift_amount=0, reference="previous")
    assert _values([named, october], "x" * 40, code) == ["2019-05", "2019-10"]


@pytest.mark.parametrize("code, direction, when, weekday, expected", [
    ("de", 2, When(), 4, "2025-10-03"),  # "übernächsten Freitag": not the coming Friday (26th), the one after
    ("ru", -2, When(), 1, "2025-09-16"),  # "позапрошлый вторник": the Tuesday before last Tuesday (23rd)
    ("de", 2, When(month=3), None, "2027-03"),  # "übernächsten März": the March after next March (2026)
    ("ru", -2, When(season="SU"), None, "2024-SU"),  # "позапрошлым летом": before last summer (2025's, just ended)
])
def test_a_relative_word_two_steps_away_moves_one_more_week_or_year(code, direction, when, weekday, expected):
    r = Reading(start=0, end=10, type="DATE", rule="test", when=when, weekday=weekday, direction=direction)
    assert _values([r], "x" * 10, code) == [expected]
