"""The categories of time expressions news uses (docs/coverage.md): key → (title, what it covers).

Each language's table (``cases_<code>.py``) gives, for every category, at least two news-style sentences with every
time expression in them (text, type, value, mod) read on Thursday 25 September 2025, or the reason the category is
not covered (``GAPS``). A category of ``BY_EVENTS`` is what the event builder makes of its expressions: its sentences
give the days of every event ``build_timeline`` makes of the sentence as one article of that date (first and last
day, ISO), and each holds at least one time expression. tests/coverage/test_coverage.py runs them all; docs/coverage.md is written from them
(``python tests/coverage/matrix.py``) and a test fails when it is out of date.
"""

from __future__ import annotations

import datetime as dt

#: The document date every coverage sentence is read against (a Thursday).
DOCUMENT_DATE = dt.date(2025, 9, 25)
#: The least number of sentences behind a covered cell.
MIN_CASES = 2

CATEGORIES: dict[str, tuple[str, str]] = {
    "written_date": ("Written dates", "day, month name and year in the orders the press uses: \"22 September 2025\", "
                     "\"September 22, 2025\", \"le 22 septembre 2025\""),
    "numeric_date": ("Numeric dates and digit systems", "every numeric order the press uses (25/10/2025, 2025-10-25, "
                     "25.10.2025, 2025年10月25日) in every digit system it writes (Latin, Eastern Arabic, Persian, "
                     "full-width)"),
    "month_year": ("Month and year", "\"October 2025\", \"in October\""),
    "year": ("Years", "\"in 2019\", \"the year 2019\", \"عام 2025\""),
    "decade": ("Decades", "\"the nineties\", \"the 1990s\", \"the '90s\""),
    "century": ("Centuries", "\"the 19th century\", \"the twenty-first century\""),
    "quarter_half": ("Quarters and halves", "\"the third quarter of 2024\", \"the first half of the year\""),
    "season": ("Seasons", "with and without a year: \"the summer of 2024\", \"this winter\""),
    "part_of_day": ("Parts of a day", "with today, yesterday, tomorrow: \"this morning\", \"last night\", "
                    "\"tomorrow evening\""),
    "weekday": ("Bare weekdays", "read by the tense of their clause: \"said on Tuesday\" (past), \"will meet on "
                "Friday\" (future); fronted before its clause, the saying after it: \"On Tuesday, the minister said "
                "that…\" (past); completing a participle: \"the deal reached on Monday will…\" (past)"),
    "relative": ("Relative days, weeks, months, years", "\"yesterday\", \"next week\", \"last month\", \"this year\""),
    "ago_later": ("N units ago, later, from now", "\"three years ago\", \"two days later\", \"in two weeks\""),
    "ago_approx": ("Approximate distances", "\"about 12 days ago\", \"hace unos 12 días\", \"il y a une dizaine de "
                   "jours\", \"in about ten days\": the day (week, month, year) counted, mod APPROX, and no calendar event "
                   "(an exact \"12 days ago\" is one); \"more than 20 years ago\" carries no mod"),
    "last_next_n": ("The last or next N units", "\"the past five years\", \"the next three months\""),
    "anaphora": ("Anaphora", "from the last date named: \"the following day\", \"that year\", \"the same month\""),
    "event_anchored": ("Anchored to an event", "\"five years after the flood\", \"a month after 25 January\": the "
                       "event's date when the text gives it, else left underspecified, never the document date"),
    "range_list": ("Ranges and lists", "with every connector of the language: \"from 25 to 26 October\", \"25-26 "
                   "October\", \"between 3 and 5 May\", \"25, 26 and 27 October\""),
    "clock_zone": ("Clock times and zones", "\"at 10:30 a.m.\", \"15h GMT\", \"at 9 pm local time\""),
    "duration": ("Durations", "with fractions, \"more than\", \"some\": \"two and a half hours\", \"more than "
                 "twenty years\", \"a few days\""),
    "set": ("Sets", "\"every Friday\", \"weekly\", \"annual\""),
    "holiday": ("Holidays", "national and religious; Hijri ones with an explicit Hijri year (\"Ramadan 1446 AH\" is "
                "that Ramadan)"),
    "other_calendar": ("Hijri and Chinese-lunar dates", "\"15 ربيع الأول 1447\", \"农历正月初一\""),
    "vague": ("Vague references", "\"now\", \"the past\", \"the future\", \"recently\""),
    "names": ("Dates inside names", "streets, bridges, movements, revolutions (\"the 6 October Bridge\", \"the "
              "April 6 Movement\"): tagged as TimeML does; not dates of the article's events"),
}

#: Categories checked by the events their sentences yield, not by the tagger's time expressions: "a month after 25
#: January" is a duration and a date to the tagger, 25 February to the event builder.
BY_EVENTS = frozenset({"event_anchored"})

#: The languages the matrix covers, in its column order.
LANGUAGES = ("ar", "en", "vi", "fr", "es", "de", "ru", "zh")
