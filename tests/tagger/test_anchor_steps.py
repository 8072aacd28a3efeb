"""Anchoring steps every language's rules rely on, read on readings built by hand (no resource file): a date inside a
name is never anchored, and a two-digit decade takes the century its words move to."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.lang import load_language
from timeline.tagger.anchor import anchor
from timeline.tagger.reading import Reading
from timeline.tagger.when import When

DCT = dt.date(2025, 9, 25)


def _anchored(reading: Reading, document_date: dt.date | None = DCT) -> Reading:
    (out,) = anchor([reading], "x" * reading.end, load_language("en"), document_date)
    return out


@pytest.mark.parametrize("when, value", [
    (When(month=10, day=6), "XXXX-10-06"),  # "جسر 6 أكتوبر", "the 6 October Bridge"
    (When(month=8), "XXXX-08"),  # "Cách mạng Tháng Tám"
])
def test_a_date_inside_a_name_keeps_only_what_it_says(when, value):
    out = _anchored(Reading(start=0, end=5, type="DATE", rule="r", when=when, reference="name"))
    assert out.when == when and out.when.value() == value and out.when.interval() is None


@pytest.mark.parametrize("amount, decade, value", [
    (-1, 8, "198"),  # "the eighties of the last century", read in 2025
    (0, 2, "202"),  # "the twenties of this century"
])
def test_a_decade_of_a_moved_century(amount, decade, value):
    out = _anchored(Reading(start=0, end=5, type="DATE", rule="r", when=When(decade=decade), shift_unit="CE",
                            shift_amount=amount, direction=amount))
    assert out.when.value() == value
    assert (out.when.interval().begin, out.when.interval().end) == (
        dt.datetime(int(value) * 10, 1, 1), dt.datetime(int(value) * 10 + 10, 1, 1))


def test_a_decade_of_a_moved_century_without_a_document_date_is_unknown():
    out = _anchored(Reading(start=0, end=5, type="DATE", rule="r", when=When(decade=8), shift_unit="CE",
                            shift_amount=-1, direction=-1), document_date=None)
    assert (out.value, out.when) == ("XXX", None)
