"""The month and weekday names generated from dateparser's CLDR data (timeline/lang/names) are what dateparser
gives today: an upgrade of dateparser that changes them fails here instead of changing the tagger silently."""

from __future__ import annotations

import json

import pytest

from timeline.lang import available_languages, language_files, load_language
from timeline.lang.names import generate, names_path, read_names


@pytest.mark.parametrize("code", available_languages())
def test_regenerating_the_names_changes_nothing(code):
    generated = json.loads(generate(code))
    committed = read_names(code)
    assert {"months": generated["months"], "weekdays": generated["weekdays"]} == committed, (
        f"dateparser's names for {code} changed: run python -m timeline.lang.names and review the difference")


def test_the_names_reach_the_language_tables():
    en = load_language("en")
    assert read_names("en")["months"]["september"] == 9 and en.table("months")["september"] == 9
    assert en.table("weekdays")["thursday"] == 3
    # Arabic: CLDR's Egyptian and Levantine month names both
    ar = load_language("ar")
    assert ar.table("months")["سبتمبر"] == 9 and ar.table("months")["ايلول"] == 9


def test_the_names_file_is_one_of_the_files_a_language_is_read_from():
    assert names_path("vi") in language_files("vi")
