"""English time expressions as news writes them: exact spans, types, values and modifiers.

Document date: Thursday 25 September 2025. Each row: the text, then every time expression found in it as
(text, type, value, mod), in order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DOCUMENT_DATE = dt.date(2025, 9, 25)

CASES = [
    ('The ceremony will be held on 22 September 2025.', [('22 September 2025', 'DATE', '2025-09-22', None)]),
    ('The ceremony was held on September 22, 2025.', [('September 22, 2025', 'DATE', '2025-09-22', None)]),
    ('The event took place on 22 September.', [('22 September', 'DATE', '2025-09-22', None)]),
    ('Talks will resume on 3 March.', [('3 March', 'DATE', '2026-03-03', None)]),
    ('Talks resumed on 3 March.', [('3 March', 'DATE', '2025-03-03', None)]),
    ('Sales rose in October 2025.', [('October 2025', 'DATE', '2025-10', None)]),
    ('The law was passed in 2019.', [('2019', 'DATE', '2019', None)]),
    ('It grew in the 1990s.', [('the 1990s', 'DATE', '199', None)]),
    ('It was built in the 19th century.', [('the 19th century', 'DATE', '18', None)]),
    ('Visitors came in the summer of 2024.', [('the summer of 2024', 'DATE', '2024-SU', None)]),
    ('Profits fell in the third quarter of 2024.', [('the third quarter of 2024', 'DATE', '2024-Q3', None)]),
    ('Last week the minister resigned.', [('Last week', 'DATE', '2025-W38', None)]),
    ('Next month the talks resume.', [('Next month', 'DATE', '2025-10', None)]),
    ('This year sales doubled.', [('This year', 'DATE', '2025', None)]),
    ('Promotion events have been held since the beginning of 2025.', [('the beginning of 2025', 'DATE', '2025', 'START')]),
    ('Prices rose in early December.', [('early December', 'DATE', '2025-12', 'START')]),
    ('The plant will close by the end of the year.', [('the end of the year', 'DATE', '2025', 'END')]),
    ('Output peaked in mid-2024.', [('mid-2024', 'DATE', '2024', 'MID')]),
    ('The meeting starts at 10:30 a.m.', [('10:30 a.m.', 'TIME', '2025-09-25T10:30', None)]),
    ('The meeting starts at 3 p.m. EST.', [('3 p.m. EST', 'TIME', '2025-09-25T15:00-05:00', None)]),
    ('He spoke this morning.', [('this morning', 'TIME', '2025-09-25TMO', None)]),
    ('He spoke yesterday afternoon.', [('yesterday afternoon', 'TIME', '2025-09-24TAF', None)]),
    ('The vote is tonight.', [('tonight', 'TIME', '2025-09-25TNI', None)]),
    ('It is the first such treaty in more than twenty years.', [('more than twenty years', 'DURATION', 'P20Y', 'MORE_THAN')]),
    ('It lasted a decade.', [('a decade', 'DURATION', 'P10Y', None)]),
    ('It lasted two weeks.', [('two weeks', 'DURATION', 'P2W', None)]),
    ('It lasted about three hours.', [('about three hours', 'DURATION', 'PT3H', 'APPROX')]),
    ('It lasted several years.', [('several years', 'DURATION', 'PXY', None)]),
    ('He arrived yesterday.', [('yesterday', 'DATE', '2025-09-24', None)]),
    ('He leaves tomorrow.', [('tomorrow', 'DATE', '2025-09-26', None)]),
    ('It happened three days ago.', [('three days ago', 'DATE', '2025-09-22', None)]),
    ('The following day he resigned.', [('The following day', 'DATE', '2025-09-26', None)]),
    ('It happened on Tuesday.', [('Tuesday', 'DATE', '2025-09-23', None)]),
    ('He will visit on Friday.', [('Friday', 'DATE', '2025-09-26', None)]),
    ('The report is published every week.', [('every week', 'SET', 'P1W', None)]),
    ('The report is published weekly.', [('weekly', 'SET', 'P1W', None)]),
    ('The festival is held annually.', [('annually', 'SET', 'P1Y', None)]),
    ('He is now in Hanoi.', [('now', 'DATE', 'PRESENT_REF', None)]),
    ('It will be applied in the future.', [('the future', 'DATE', 'FUTURE_REF', None)]),
    ('In the past, such crimes were rare.', [('the past', 'DATE', 'PAST_REF', None)]),
    ('The ceremony will be held from 25 to 26 October 2025.', [('25', 'DATE', '2025-10-25', None), ('26 October 2025', 'DATE', '2025-10-26', None)]),
    ('The ceremony will be held October 25-26, 2025.', [('October 25', 'DATE', '2025-10-25', None), ('26, 2025', 'DATE', '2025-10-26', None)]),
    ('The talks ran between 3 and 5 May.', [('3', 'DATE', '2025-05-03', None), ('5 May', 'DATE', '2025-05-05', None)]),
    ('Meetings are planned on 25, 26 and 27 October.', [('25', 'DATE', '2025-10-25', None), ('26', 'DATE', '2025-10-26', None), ('27 October', 'DATE', '2025-10-27', None)]),
    ('It was announced on 9/22/2025.', [('9/22/2025', 'DATE', '2025-09-22', None)]),
    ('It was announced on 2025-09-22.', [('2025-09-22', 'DATE', '2025-09-22', None)]),
    ('Oct. 5 and Sept. 3', [('Oct. 5', 'DATE', '2025-10-05', None), ('Sept. 3', 'DATE', '2025-09-03', None)]),
    # TimeBank conventions for news: "a year earlier" is a date, "the quarter" the period named before it
    ('Profit rose 5% from a year earlier.', [('a year earlier', 'DATE', '2024', None)]),
    ('He returned last October.', [('last October', 'DATE', '2024-10', None)]),
    ('The strike ended late yesterday.', [('late yesterday', 'DATE', '2025-09-24', 'END')]),
    ('Sales rose earlier this year.', [('earlier this year', 'DATE', '2025', 'START')]),
    ('Shares closed at 9 a.m. Tuesday.', [('9 a.m. Tuesday', 'TIME', '2025-09-23T09:00', None)]),
    ('Elian, a 6-year-old boy, took a five-hour flight.', [('five-hour', 'DURATION', 'PT5H', None)]),
    ('It earned $5 million in the third quarter. Sales in the quarter rose from the year-ago quarter.',
     [('the third quarter', 'DATE', '2025-Q3', None), ('the quarter', 'DATE', '2025-Q3', None),
      ('the year-ago quarter', 'DATE', '2024-Q3', None)]),
    ('Sales for the nine months rose.', [('the nine months', 'DURATION', 'P9M', None)]),
    ('The company cut its quarterly dividend.', []),
    ('They met Wednesday night.', [('Wednesday night', 'DATE', '2025-09-24TNI', None)]),
    # a day of the document's own month is of its year whatever the reporting verb's tense
    ('The court said the boy must leave by Sept. 28.', [('Sept. 28', 'DATE', '2025-09-28', None)]),
    # a marker far off in the clause does not decide: the nearest occurrence
    ('The board, which met in the capital and discussed the proposal at length, set the payment for Dec. 7.', [('Dec. 7', 'DATE', '2025-12-07', None)]),
    ('The dividend is payable Oct. 3, the company said.', [('Oct. 3', 'DATE', '2025-10-03', None)]),
    ('It reported a third-quarter loss.', [('third-quarter', 'DATE', '2025-Q3', None)]),
    ('The plant has 13 sites, up from seven a year ago.', [('a year ago', 'DATE', '2024', None)]),
    # lower-case names where the context makes them plain ("may" and "march" only with a day number)
    ('we will meet tuesday', [('tuesday', 'DATE', '2025-09-30', None)]),
    ('the deadline is march 3rd', [('march 3rd', 'DATE', '2026-03-03', None)]),
    ('due on the first of october', [('the first of october', 'DATE', '2025-10-01', None)]),
    ('payment on 10/15', [('10/15', 'DATE', '2025-10-15', None)]),
    ('shares rose 1/8 to 30 3/4', []),
    # clock times with their day or part of the day, ranges of clock times
    ('The talks start tonight at 8.', [('tonight at 8', 'TIME', '2025-09-25T20:00', None)]),
    ('He will speak at 5 tomorrow afternoon.', [('5 tomorrow afternoon', 'TIME', '2025-09-26T17:00', None)]),
    ('The meeting ends at a quarter past noon.', [('a quarter past noon', 'TIME', '2025-09-25T12:15', None)]),
    ('Doors open at 20 past 3pm.', [('20 past 3pm', 'TIME', '2025-09-25T15:20', None)]),
    ('The session runs from 3:30 to 6 p.m.', [('3:30', 'TIME', '2025-09-25T15:30', None),
                                             ('6 p.m.', 'TIME', '2025-09-25T18:00', None)]),
    ('Trading resumes at 15h00.', [('15h00', 'TIME', '2025-09-25T15:00', None)]),
    ('The store opens at 3:20p.', [('3:20p', 'TIME', '2025-09-25T15:20', None)]),
    ('He scored 3 a piece.', []),
    # days counted in a month or a week
    ('The vote is on the first Tuesday of October.', [('the first Tuesday of October', 'DATE', '2025-10-07', None)]),
    ('The last Friday of October is a holiday.', [('The last Friday of October', 'DATE', '2025-10-31', None)]),
    ('Payment is due on the 20th of next month.', [('the 20th of next month', 'DATE', '2025-10-20', None)]),
    ('They meet Wednesday next week.', [('Wednesday next week', 'DATE', '2025-10-01', None)]),
    ('The vote will be held on Friday after next.', [('Friday after next', 'DATE', '2025-10-03', None)]),
    ('Results are due by EOM.', [('EOM', 'DATE', '2025-09', 'END')]),
    ('The rally was held over the weekend.', [('the weekend', 'DATE', '2025-W38-WE', None)]),
    ('The last quarter was weak.', [('The last quarter', 'DATE', '2025-Q4', None)]),
    # durations
    ('Sales rose in the year ended March 31.', [('the year', 'DURATION', 'P1Y', None), ('March 31', 'DATE', '2025-03-31', None)]),
    ('It will take two to three weeks.', [('two to three weeks', 'DURATION', 'P2W', None)]),
    ('Prices rose over the past 20 years.', [('the past 20 years', 'DURATION', 'P20Y', None)]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_expression(text, expected):
    result = tag(text, "en", DOCUMENT_DATE)
    assert [(t.text, t.type, t.value, t.mod) for t in result.timexes] == expected
    for t in result.timexes:
        assert text[t.start:t.end] == t.text


def test_table_is_large_enough():
    assert len(CASES) >= 40


def test_intervals_are_calendar_intervals():
    result = tag("on 22 September 2025, in October 2025, last week and at 10:30 a.m.", "en", DOCUMENT_DATE)
    assert [(t.interval.begin.isoformat(), t.interval.end.isoformat()) for t in result.timexes] == [
        ("2025-09-22T00:00:00", "2025-09-23T00:00:00"),
        ("2025-10-01T00:00:00", "2025-11-01T00:00:00"),
        ("2025-09-15T00:00:00", "2025-09-22T00:00:00"),
        ("2025-09-25T10:30:00", "2025-09-25T10:31:00"),
    ]


def test_lowercase_may_is_not_a_month():
    assert tag("Prices may rise, and they march on.", "en", DOCUMENT_DATE).timexes == ()


def test_impossible_dates_are_not_tagged_as_dates():
    assert tag("on 31 February 2025 and 30 February", "en", DOCUMENT_DATE).timexes == ()
