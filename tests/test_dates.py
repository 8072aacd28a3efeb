"""Calendar arithmetic shared by the tagger and the evaluator (timeline/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import add_months, time_zone


@pytest.mark.parametrize("day, months, expected", [
    (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)),
    (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
    (dt.date(2025, 3, 31), -1, dt.date(2025, 2, 28)),
    (dt.date(2025, 11, 15), 3, dt.date(2026, 2, 15)),
    (dt.date(2025, 1, 15), -13, dt.date(2023, 12, 15)),
    (dt.datetime(2013, 2, 28, 4, 30), 12, dt.datetime(2014, 2, 28, 4, 30)),
    (dt.datetime(2012, 2, 29, 23, 59), 12, dt.datetime(2013, 2, 28, 23, 59)),
])
def test_add_months_clamps_the_day_and_keeps_the_time(day, months, expected):
    assert add_months(day, months) == expected


@pytest.mark.parametrize("day, months", [(dt.date(9999, 12, 1), 1), (dt.date(1, 1, 1), -1)])
def test_add_months_beyond_the_calendar_raises(day, months):
    with pytest.raises(ValueError):
        add_months(day, months)


@pytest.mark.parametrize("name, expected", [
    ("Europe/Paris", "Europe/Paris"), ("UTC", "UTC"), (None, None), ("", None), ("Mars/Olympus_Mons", None),
    ("America/N" + "\u00ff" * 300 + "ew_York", None),  # too long for a file name: OSError inside zoneinfo
    ("../../etc/passwd", None), ("Europe/Paris\x00", None), ("/etc/localtime", None),
])
def test_time_zone_is_none_for_any_name_the_tz_database_lacks(name, expected):
    zone = time_zone(name)
    assert (zone.key if zone else None) == expected
