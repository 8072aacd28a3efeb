"""A date inside a name ("la rue du 4-Septembre", "the 6 October Bridge") is tagged but not anchored to the
article (``reference = "name"``): its year stays unknown unless the name gives it, and it has no interval of the
article's calendar. Document date: Thursday 25 September 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.lang import load_language
from timeline.tagger.anchor import anchor
from timeline.tagger.reading import Reading
from timeline.tagger.when import When

DCT = dt.date(2025, 9, 25)

@pytest.mark.parametrize("code", ["en", "fr"])
def test_a_name_reading_is_not_anchored(code):
    language = load_language(code)
    day = When(month=10, day=6)
    named = Reading(start=0, end=9, type="DATE", rule="test", when=day, reference="name")
    dated = Reading(start=0, end=9, type="DATE", rule="test", when=day)
    out = anchor([named, dated], "6 October", language, DCT)
    assert [r.when.value() for r in out] == ["XXXX-10-06", "2025-10-06"]
