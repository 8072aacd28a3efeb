"""Named holidays and feasts, computed in any year (timeline/tagger/calendars.py, the ``holidays`` tables).

Every expected date was checked against an independent source, not only this code: the ``holidays`` package
(python-holidays 0.109: US, DE, GR, CN, VN, SA, IL calendars and its Hebrew and Chinese lunisolar tables) and
published calendars (hebcal.com for Hanukkah and Purim; Umm al-Qura for the Hijri days).

A Hebrew (or Hijri) day begins at the sunset before it; a holiday is the Gregorian day its daylight falls on,
as printed calendars list it: Yom Kippur 5786 is 2 October 2025 (its eve is 1 October).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag
from timeline.tagger.calendars import holiday_in_year, holiday_occurrences, parse_holiday, solar_term

D = dt.date

# (language, text, document date, prefer, expected value, interval [begin, end) as dates)
CASES = [
    # Western computus (Easter and the feasts that move with it)
    ("en", "Easter 2025", D(2025, 1, 10), None, "2025-04-20", (D(2025, 4, 20), D(2025, 4, 21))),
    ("de", "Ostermontag 2024", D(2024, 1, 10), None, "2024-04-01", (D(2024, 4, 1), D(2024, 4, 2))),
    ("en", "Good Friday 2019", D(2019, 1, 10), None, "2019-04-19", (D(2019, 4, 19), D(2019, 4, 20))),
    ("de", "Karfreitag 2025", D(2025, 1, 10), None, "2025-04-18", (D(2025, 4, 18), D(2025, 4, 19))),
    ("en", "Ascension Day 2025", D(2025, 1, 10), None, "2025-05-29", (D(2025, 5, 29), D(2025, 5, 30))),
    ("fr", "Pâques", D(2026, 1, 15), None, "2026-04-05", (D(2026, 4, 5), D(2026, 4, 6))),
    ("es", "viernes santo de 2023", D(2023, 1, 15), None, "2023-04-07", (D(2023, 4, 7), D(2023, 4, 8))),
    ("es", "la Semana Santa", D(2025, 3, 1), None, "2025-04-13", (D(2025, 4, 13), D(2025, 4, 21))),
    ("zh", "2013年复活节", D(2013, 2, 12), None, "2013-03-31", (D(2013, 3, 31), D(2013, 4, 1))),
    ("ar", "عيد الفصح 2025", D(2025, 1, 1), None, "2025-04-20", (D(2025, 4, 20), D(2025, 4, 21))),
    # Orthodox computus, as a Gregorian date
    ("en", "Orthodox Easter 2024", D(2024, 1, 1), None, "2024-05-05", (D(2024, 5, 5), D(2024, 5, 6))),
    ("de", "orthodoxer Karfreitag 2024", D(2024, 1, 1), None, "2024-05-03", (D(2024, 5, 3), D(2024, 5, 4))),
    ("ru", "Пасха 2024", D(2024, 1, 1), None, "2024-05-05", (D(2024, 5, 5), D(2024, 5, 6))),
    # n-th weekday of a month
    ("en", "Thanksgiving 2025", D(2025, 1, 1), None, "2025-11-27", (D(2025, 11, 27), D(2025, 11, 28))),
    ("en", "Thanksgiving", D(2024, 12, 1), "future", "2025-11-27", (D(2025, 11, 27), D(2025, 11, 28))),
    ("en", "Memorial Day 2024", D(2024, 1, 1), None, "2024-05-27", (D(2024, 5, 27), D(2024, 5, 28))),
    ("en", "Labor Day 2025", D(2025, 1, 1), None, "2025-09-01", (D(2025, 9, 1), D(2025, 9, 2))),
    ("en", "MLK day 2026", D(2025, 6, 1), None, "2026-01-19", (D(2026, 1, 19), D(2026, 1, 20))),
    ("en", "MLK day of last year", D(2013, 2, 12), None, "2012-01-16", (D(2012, 1, 16), D(2012, 1, 17))),
    ("de", "Muttertag 2025", D(2025, 1, 1), None, "2025-05-11", (D(2025, 5, 11), D(2025, 5, 12))),
    # Hijri (Umm al-Qura)
    ("en", "Eid al-Fitr 2025", D(2025, 1, 1), None, "2025-03-30", (D(2025, 3, 30), D(2025, 3, 31))),
    ("zh", "2024年开斋节", D(2024, 1, 1), None, "2024-04-10", (D(2024, 4, 10), D(2024, 4, 11))),
    ("en", "Eid al-Adha 2025", D(2025, 1, 1), None, "2025-06-06", (D(2025, 6, 6), D(2025, 6, 7))),
    ("fr", "l'Aïd el-Kébir 2024", D(2024, 1, 1), None, "2024-06-16", (D(2024, 6, 16), D(2024, 6, 17))),
    ("en", "Ramadan 2025", D(2025, 1, 1), None, "2025-03-01", (D(2025, 3, 1), D(2025, 3, 30))),
    # Hebrew calendar: the day, not its eve
    ("en", "Yom Kippur 2025", D(2025, 1, 1), None, "2025-10-02", (D(2025, 10, 2), D(2025, 10, 3))),
    ("en", "Yom Kippur", D(2024, 9, 1), None, "2024-10-12", (D(2024, 10, 12), D(2024, 10, 13))),
    ("de", "Pessach 2025", D(2025, 1, 1), None, "2025-04-13", (D(2025, 4, 13), D(2025, 4, 21))),
    ("en", "Hanukkah 2024", D(2024, 1, 1), None, "2024-12-26", (D(2024, 12, 26), D(2025, 1, 3))),
    ("zh", "2018年修殿节", D(2013, 2, 12), None, "2018-12-03", (D(2018, 12, 3), D(2018, 12, 11))),
    ("en", "Rosh Hashanah 2025", D(2025, 1, 1), None, "2025-09-23", (D(2025, 9, 23), D(2025, 9, 25))),
    ("en", "Purim 2024", D(2024, 1, 1), None, "2024-03-24", (D(2024, 3, 24), D(2024, 3, 25))),  # Adar II
    ("en", "Shavuot 2025", D(2025, 1, 1), None, "2025-06-02", (D(2025, 6, 2), D(2025, 6, 4))),
    # Chinese lunisolar calendar and solar terms
    ("zh", "2026年春节", D(2025, 5, 1), None, "2026-02-17", (D(2026, 2, 17), D(2026, 2, 18))),
    ("zh", "明年春节", D(2025, 5, 1), None, "2026-02-17", (D(2026, 2, 17), D(2026, 2, 18))),
    ("zh", "春节", D(2025, 6, 1), None, "2025-01-29", (D(2025, 1, 29), D(2025, 1, 30))),
    ("zh", "春节", D(2025, 6, 1), "future", "2026-02-17", (D(2026, 2, 17), D(2026, 2, 18))),
    ("zh", "2025年除夕", D(2025, 1, 1), None, "2025-01-28", (D(2025, 1, 28), D(2025, 1, 29))),
    ("zh", "2024年元宵节", D(2024, 1, 1), None, "2024-02-24", (D(2024, 2, 24), D(2024, 2, 25))),
    ("zh", "2025年端午节", D(2025, 1, 1), None, "2025-05-31", (D(2025, 5, 31), D(2025, 6, 1))),
    ("zh", "2024年中秋节", D(2024, 1, 1), None, "2024-09-17", (D(2024, 9, 17), D(2024, 9, 18))),
    ("zh", "2025年清明节", D(2025, 1, 1), None, "2025-04-04", (D(2025, 4, 4), D(2025, 4, 5))),
    ("zh", "2023年清明节", D(2023, 1, 1), None, "2023-04-05", (D(2023, 4, 5), D(2023, 4, 6))),
    ("vi", "Tết Nguyên Đán 2025", D(2025, 1, 1), None, "2025-01-29", (D(2025, 1, 29), D(2025, 1, 30))),
    ("en", "Chinese New Year 2024", D(2024, 1, 1), None, "2024-02-10", (D(2024, 2, 10), D(2024, 2, 11))),
    ("en", "last chinese new year", D(2013, 2, 12), None, "2013-02-10", (D(2013, 2, 10), D(2013, 2, 11))),
    # fixed days keep working
    ("en", "Christmas 2025", D(2025, 1, 1), None, "2025-12-25", (D(2025, 12, 25), D(2025, 12, 26))),
    ("zh", "国庆节", D(2025, 9, 1), None, "2025-10-01", (D(2025, 10, 1), D(2025, 10, 2))),
]


@pytest.mark.parametrize("lang,text,dct,prefer,value,days", CASES, ids=[f"{c[0]}:{c[1]}:{c[2]}" for c in CASES])
def test_holiday(lang, text, dct, prefer, value, days):
    result = tag(text, lang, dct, prefer=prefer)
    assert len(result.timexes) == 1, result.timexes
    timex = result.timexes[0]
    assert (timex.text, timex.type, timex.value) == (text, "DATE", value)
    begin, end = days
    assert (timex.interval.begin, timex.interval.end) == (dt.datetime.combine(begin, dt.time()),
                                                          dt.datetime.combine(end, dt.time()))


def test_holiday_without_document_date_stays_underspecified():
    timex = tag("Easter", "en").timexes[0]
    assert timex.value == "XXXX-XX-XX" and timex.interval is None


@pytest.mark.parametrize("spec", ["easter:+39", "orthodox_easter:-2", "nth:11:4:4", "nth:5:1:-1", "nth:11:4:4+1",
                                  "hijri:10-01", "hijri:09", "hebrew:01-15/8", "chinese:01-01-1",
                                  "solar_term:qingming", "12-25", "fixed:12-25"])
def test_holiday_specs_parse(spec):
    assert parse_holiday(spec) is not None


@pytest.mark.parametrize("spec", ["easter", "lunar:01-01", "nth:11", "hebrew:", "solar_term:1"])
def test_bad_holiday_specs_are_refused(spec):
    assert parse_holiday(spec) is None or holiday_in_year(spec, 2025) is None


def test_hijri_holiday_can_fall_twice_in_a_gregorian_year():
    assert [s[0] for s in holiday_occurrences("hijri:10-01", D(2033, 6, 1)) if s[0].year == 2033] == \
        [D(2033, 1, 2), D(2033, 12, 23)]


@pytest.mark.parametrize("year,day", [(2013, 4), (2016, 4), (2019, 5), (2023, 5), (2024, 4), (2025, 4), (2026, 5)])
def test_qingming(year, day):
    """Tomb-Sweeping Day as the ``holidays`` package's China calendar lists it."""
    assert solar_term(year, 15) == D(year, 4, day)


def test_other_solar_terms():
    # the December solstice (冬至) and the start of spring (立春) of 2025, China Standard Time
    assert solar_term(2025, 270) == D(2025, 12, 21)
    assert solar_term(2025, 315) == D(2025, 2, 3)


@pytest.mark.parametrize("year,day", [(2013, D(2013, 4, 8)), (2018, D(2018, 4, 12)), (2020, D(2020, 4, 21)),
                                      (2021, D(2021, 4, 8)), (2024, D(2024, 5, 6)), (2025, D(2025, 4, 24))])
def test_yom_hashoah_moves_off_friday_and_sunday(year, day):
    """27 Nisan, on Thursday when it falls on a Friday (2021, 2025) and on Monday when on a Sunday (2013, 2024),
    as Israel's law sets and published calendars (hebcal.com) list it."""
    assert holiday_in_year("hebrew:01-27~5-7+", year) == (day, day + dt.timedelta(days=1))
