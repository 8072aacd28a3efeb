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
    ('Prices rose in early December.', [('early December', 'DATE', '2024-12', 'START')]),  # "rose": past
    ('The plant will close by the end of the year.', [('the end of the year', 'DATE', '2025', 'END')]),
    ('Output peaked in mid-2024.', [('mid-2024', 'DATE', '2024', 'MID')]),
    ('The meeting starts at 10:30 a.m.', [('10:30 a.m.', 'TIME', '2025-09-25T10:30', None)]),
    ('The meeting starts at 3 p.m. EST.', [('3 p.m. EST', 'TIME', '2025-09-25T15:00-05:00', None)]),
    ('He spoke this morning.', [('this morning', 'TIME', '2025-09-25TMO', None)]),
    ('He spoke yesterday afternoon.', [('yesterday afternoon', 'TIME', '2025-09-24TAF', None)]),
    ('The vote is tonight.', [('tonight', 'TIME', '2025-09-25TNI', None)]),
    ('It is the first such treaty in more than twenty years.', [('more than twenty years', 'DURATION', 'P20Y', 'MORE_THAN')]),
    ('It lasted a decade.', [('a decade', 'DURATION', 'P10Y', None)]),
    # "the past decade": the ten years up to now, as "the past ten years" (not the 2010s); "the last decade" stays
    ('Attacks became routine over the past decade, one of the events of the past century.',
     [('the past decade', 'DURATION', 'P10Y', None), ('the past century', 'DURATION', 'P100Y', None)]),
    ('It lasted two weeks.', [('two weeks', 'DURATION', 'P2W', None)]),
    ('It lasted about three hours.', [('about three hours', 'DURATION', 'PT3H', 'APPROX')]),
    ('It lasted several years.', [('several years', 'DURATION', 'PXY', None)]),
    ('He arrived yesterday.', [('yesterday', 'DATE', '2025-09-24', None)]),
    ('He leaves tomorrow.', [('tomorrow', 'DATE', '2025-09-26', None)]),
    ('It happened three days ago.', [('three days ago', 'DATE', '2025-09-22', None)]),
    ('A year and a half ago, few expected it.', [('A year and a half ago', 'DATE', '2024-03', None)]),
    ('The plant closed two and a half years ago.', [('two and a half years ago', 'DATE', '2023-03', None)]),
    ('It began two and a half months ago.', [('two and a half months', 'DURATION', 'P2.5M', None)]),
    # "local time" between a clock time and its day: one expression, on that day
    ('The session will open at 10:00 local time on Saturday.',
     [('10:00 local time on Saturday', 'TIME', '2025-09-27T10:00', None)]),
    # a weekday set beside a day that falls on it names that day, whatever the clause's tense would choose
    ('Workers marched on Labor Day, Monday, and talks resumed Wednesday.',
     [('Labor Day', 'DATE', '2025-09-01', None), ('Monday', 'DATE', '2025-09-01', None),
      ('Wednesday', 'DATE', '2025-09-24', None)]),
    ('Workers marched on Monday, and talks resumed Wednesday.',
     [('Monday', 'DATE', '2025-09-22', None), ('Wednesday', 'DATE', '2025-09-24', None)]),
    ('The following day he resigned.', [('The following day', 'DATE', '2025-09-26', None)]),
    # "that day", "later that year", "the next morning": the day, year, part of day the text named last
    ('He was arrested on March 3. Earlier that day, police had raided his home.',
     [('March 3', 'DATE', '2025-03-03', None), ('Earlier that day', 'DATE', '2025-03-03', 'START')]),
    ('He was arrested on March 3. The next morning he was freed.',
     [('March 3', 'DATE', '2025-03-03', None), ('The next morning', 'TIME', '2025-03-04TMO', None)]),
    ('He was arrested on March 3, and that night he escaped.',
     [('March 3', 'DATE', '2025-03-03', None), ('that night', 'TIME', '2025-03-03TNI', None)]),
    ('Imports totaled $37 million in 2019, a small share of imports that year.',
     [('2019', 'DATE', '2019', None), ('that year', 'DATE', '2019', None)]),
    ('He fled in June 2019 and returned later that year.',
     [('June 2019', 'DATE', '2019-06', None), ('later that year', 'DATE', '2019', 'END')]),
    ('Losses on trades made that day were huge.', []),
    # "the day before" a clause of its own is that event's; "a second" before a noun is an ordinal; a season
    # before "of" and a name is a name
    ('She was in Nairobi on Tuesday and later in the day before returning home.',
     [('Tuesday', 'DATE', '2025-09-23', None)]),
    ('It will be a second betrayal, and he waited a second.', [('a second', 'DURATION', 'PT1S', None)]),
    ('They held Spring of Life demonstrations in the summer of 2024.',
     [('the summer of 2024', 'DATE', '2024-SU', None)]),
    ('It happened on Tuesday.', [('Tuesday', 'DATE', '2025-09-23', None)]),
    ('He will visit on Friday.', [('Friday', 'DATE', '2025-09-26', None)]),
    ('The report is published every week.', [('every week', 'SET', 'P1W', None)]),
    ('The report is published weekly.', [('weekly', 'SET', 'P1W', None)]),
    ('The festival is held annually.', [('annually', 'SET', 'P1Y', None)]),
    # an adverb before a preposition, "on a daily basis", "daily life"; no adjective before its noun
    ('Protesters gather daily outside the home; leads are checked on a daily basis; it is part of daily life.',
     [('daily', 'SET', 'P1D', None), ('daily', 'SET', 'P1D', None), ('daily', 'SET', 'P1D', None)]),
    ('Qantas plans daily flights and pays a quarterly dividend and annual life insurance.', []),
    # a weekday in the plural recurs, with its part of the day
    ('Shops close on Sundays; flights leave on Tuesday nights.',
     [('Sundays', 'SET', 'XXXX-WXX-7', None), ('Tuesday nights', 'SET', 'XXXX-WXX-2TNI', None)]),
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
    # a quarter without its year is the latest one begun (earnings news); "the quarter" skips a year named since;
    # a span of months ("the nine months") makes "a year earlier" the year before the document's
    ('Profits rose in the first quarter.', [('the first quarter', 'DATE', '2025-Q1', None)]),
    ('Profit rose in the second quarter. The company expects record earnings in 2026. Loans slowed in the quarter.',
     [('the second quarter', 'DATE', '2025-Q2', None), ('2026', 'DATE', '2026', None),
      ('the quarter', 'DATE', '2025-Q2', None)]),
    ('Net rose in the third quarter. For the nine months, net was $5 million, up from $4 million a year earlier.',
     [('the third quarter', 'DATE', '2025-Q3', None), ('the nine months', 'DURATION', 'P9M', None),
      ('a year earlier', 'DATE', '2024', None)]),
    ('Profit fell in the third quarter. Sales in the latest period were $1.76 billion.',
     [('the third quarter', 'DATE', '2025-Q3', None), ('the latest period', 'DATE', '2025-Q3', None)]),
    # "a year earlier" after "the quarter ended Sept. 30" moves the quarter, not its last day
    ('Profit fell in the third quarter. It lost $92 million for the quarter ended Sept. 30 and earned $10 million '
     'in the year-ago quarter.',
     [('the third quarter', 'DATE', '2025-Q3', None), ('the quarter', 'DATE', '2025-Q3', None),
      ('Sept. 30', 'DATE', '2025-09-30', None), ('the year-ago quarter', 'DATE', '2024-Q3', None)]),
    ('Net fell in the third quarter ended Sept. 30 from the corresponding period last year.',
     [('the third quarter', 'DATE', '2025-Q3', None), ('Sept. 30', 'DATE', '2025-09-30', None),
      ('the corresponding period last year', 'DATE', '2024-Q3', None)]),
    # "the latest quarter" is a period named: "a year earlier" moves it, not a month named before
    ('Profit rose in April. In the latest quarter, profit soared to $155 million from $99 million a year earlier.',
     [('April', 'DATE', '2025-04', None), ('the latest quarter', 'DATE', '2025-Q2', None),
      ('a year earlier', 'DATE', '2024-Q2', None)]),
    # a fiscal quarter "ended Sept. 30" need not hold the day: "a year ago" is still that quarter a year before
    ('Net rose in the fiscal first quarter ended Sept. 30. The company had a net loss of $2.3 million a year ago.',
     [('first quarter', 'DATE', '2025-Q1', None), ('Sept. 30', 'DATE', '2025-09-30', None),
      ('a year ago', 'DATE', '2024-Q1', None)]),
    ('Columbia had a loss for the third quarter. For the quarter a year ago, it reported earnings.',
     [('the third quarter', 'DATE', '2025-Q3', None), ('the quarter a year ago', 'DATE', '2024-Q3', None)]),
    ("Net rose in the third quarter, up from last year's quarter.",
     [('the third quarter', 'DATE', '2025-Q3', None), ("last year's quarter", 'DATE', '2024-Q3', None)]),
    # "the quarter ended <day>": the calendar quarter holding most of the three months up to the day; "that quarter"
    # after "the second quarter ended Oct. 31" is the quarter, not the day's
    ('Sun reported sales for the quarter ended Sept. 28, up 39% from a year earlier. Jayark had 5.6 million shares '
     'in the quarter ended July 31.',
     [('the quarter', 'DATE', '2025-Q3', None), ('Sept. 28', 'DATE', '2025-09-28', None),
      ('a year earlier', 'DATE', '2024-Q3', None), ('the quarter', 'DATE', '2025-Q2', None),
      ('July 31', 'DATE', '2025-07-31', None)]),
    ('The company reported a loss for the second quarter ended Oct. 31. Results for that quarter included a write-down.',
     [('the second quarter', 'DATE', '2025-Q2', None), ('Oct. 31', 'DATE', '2024-10-31', None),
      ('that quarter', 'DATE', '2025-Q2', None)]),
    # "this year's third quarter" is a period named: "a year earlier" moves it
    ("Quarterly net this year has risen. In this year's third quarter, net was $10.5 million, compared with "
     "$10.3 million a year earlier.",
     [('this year', 'DATE', '2025', None), ("this year's third quarter", 'DATE', '2025-Q3', None),
      ('a year earlier', 'DATE', '2024-Q3', None)]),
    # "the 2024 quarter": the quarter named last, in that year; a comparison, so "year-ago" does not move it again
    ('Kirschner said its third-quarter earnings will be lower. It earned $376,000 in the 2024 quarter.',
     [('third-quarter', 'DATE', '2025-Q3', None), ('the 2024 quarter', 'DATE', '2024-Q3', None)]),
    ('In the first nine months, net was $306 million, compared with a loss in the 2024 period. The year-ago results '
     'included a charge.',
     [('the first nine months', 'DURATION', 'P9M', None), ('the 2024 period', 'DATE', '2024', None),
      ('year-ago', 'DATE', '2024', None)]),
    ('The quarter-to-quarter comparison was also enhanced by charges.', []),
    # a clock time, a conversion in brackets, then its day
    ('The blast occurred at about 10:35 a.m. (0735 GMT) Tuesday, toppling a building.',
     [('10:35 a.m.', 'TIME', '2025-09-23T10:35', None), ('Tuesday', 'DATE', '2025-09-23', None)]),
    ('He will leave at 4 in the morning (4 a.m. EDT Friday), Castro said.',
     [('4 in the morning', 'TIME', '2025-09-26T04:00', None),
      ('4 a.m. EDT Friday', 'TIME', '2025-09-26T04:00-04:00', None)]),
    ('Holders may buy shares at 50% of the then current market price.', [('then current', 'DATE', 'PAST_REF', None)]),
    ('Islam will one day be the second largest religion. He stayed one day.',
     [('one day', 'DATE', 'FUTURE_REF', None), ('one day', 'DURATION', 'P1D', None)]),
    # "overnight": the night before the day the text is about; "the overnight rate" is a money-market term
    ('London shares closed lower Monday. They were depressed by overnight losses in New York and fell 4.5% from the '
     'previous Monday. The overnight rate rose.',
     [('Monday', 'DATE', '2025-09-22', None), ('overnight', 'TIME', '2025-09-21TNI', None),
      ('the previous Monday', 'DATE', '2025-09-15', None)]),
    ('It rose from 35 percent several years ago; the machines were removed a few years ago.',
     [('several years ago', 'DATE', 'PAST_REF', None), ('a few years ago', 'DATE', 'PAST_REF', None)]),
    # "Sept. 12, the day before the plunge": that day, set beside the event it preceded
    ('Eight trading days after Sept. 12, the day before the plunge, the index had fallen. He left Sept. 12; the day '
     'before, he had called.',
     [('Eight trading days', 'DURATION', 'P8D', None), ('Sept. 12', 'DATE', '2025-09-12', None),
      ('the day before', 'DATE', '2025-09-12', None), ('Sept. 12', 'DATE', '2025-09-12', None),
      ('the day before', 'DATE', '2025-09-11', None)]),
    # an unstated number of units after "for" / "within": TimeBank's PXW, PXY
    ('For weeks the government has held such rallies, and troops are expected within weeks.',
     [('weeks', 'DURATION', 'PXW', None), ('weeks', 'DURATION', 'PXW', None)]),
    ('The business is growing for the first time in years.', [('years', 'DURATION', 'PXY', None)]),
    ('Prices rose in recent weeks and may ease in coming months or the weeks ahead; it will help in coming quarters.',
     [('recent weeks', 'DURATION', 'PXW', None), ('coming months', 'DURATION', 'PXM', None),
      ('the weeks ahead', 'DURATION', 'PXW', None), ('coming quarters', 'DURATION', 'PXM', None)]),
    ('He was coming days later.', []),
    ('Rates fall in coming weeks, and prices fall sharply; sales rise in the fall to record levels.',
     [('coming weeks', 'DURATION', 'PXW', None), ('the fall', 'DATE', '2025-FA', None)]),
    # "-long" units, "several-year", working days
    ('After a third day-long meeting, the decades-long battle and a several-year tenure, it took eight trading days.',
     [('day-long', 'DURATION', 'P1D', None), ('decades-long', 'DURATION', 'PXY', None),
      ('several-year', 'DURATION', 'PXY', None), ('eight trading days', 'DURATION', 'P8D', None)]),
    # decades in words after "the", never an age or a temperature; "last Oct. 23"
    ('Numbers fell through the nineties and the early eighties; highs in the nineties; a man in his forties.',
     [('the nineties', 'DATE', '199', None), ('the early eighties', 'DATE', '198', 'START')]),
    ('He was shot last Oct. 23 at his home.', [('last Oct. 23', 'DATE', '2024-10-23', None)]),
    ("Music of the '50s and the late ’60s.", [("the '50s", 'DATE', '195', None), ('the late ’60s', 'DATE', '196', 'END')]),
    # the month before a list of its days; no list before a count ("March 3 and 15 others")
    ('They met on Oct. 3, 5 and 7, 2024, in Rome.',
     [('Oct. 3', 'DATE', '2024-10-03', None), ('5', 'DATE', '2024-10-05', None), ('7, 2024', 'DATE', '2024-10-07', None)]),
    ('He died on March 3 and 15 others were hurt.', [('March 3', 'DATE', '2025-03-03', None)]),
    # a half after the unit, or before it; "a half dozen" and "one-half share" are no durations
    ('It took a year and a half; a minute and a half of footage was shown.',
     [('a year and a half', 'DURATION', 'P1Y6M', None), ('a minute and a half', 'DURATION', 'PT1M30S', None)]),
    ('Talks lasted half an hour.', [('half an hour', 'DURATION', 'PT30M', None)]),
    # a fraction goes into the next smaller unit when it makes whole ones of it, else stays a fraction
    ('The flight took 5 1/2 hours; he served 2 1/2 years; it lasted a day and a half, then a week and a half.',
     [('5 1/2 hours', 'DURATION', 'PT5H30M', None), ('2 1/2 years', 'DURATION', 'P2Y6M', None),
      ('a day and a half', 'DURATION', 'P1DT12H', None), ('a week and a half', 'DURATION', 'P1.5W', None)]),
    # "effective" speaks of the future only before a date ("effective Monday"), not as an adjective
    ('After touring Dar es Salaam Tuesday and meeting police leaders, the FBI chief also said that he is very '
     'satisfied with the close and effective cooperation.', [('Tuesday', 'DATE', '2025-09-23', None)]),
    ('The rules apply to all banks effective Monday.', [('Monday', 'DATE', '2025-09-29', None)]),
    # a scheduled present with an adverb before the day; a past perfect up to "by" a day (a past deadline)
    ('He and Arafat meet separately Monday with Albright.', [('Monday', 'DATE', '2025-09-29', None)]),
    ('Thirty-two members had filed compliance reports by Wednesday, officials said.',
     [('Wednesday', 'DATE', '2025-09-24', None)]),
    ('They will have filed reports by Wednesday.', [('Wednesday', 'DATE', '2025-10-01', None)]),
    # "planned" as an adjective after an adverb ("a hastily planned trip") says nothing of the future
    ('On Monday, when Albright set aside vacation plans for the hastily planned trip to East Africa, the State '
     'Department lifted the ban.', [('Monday', 'DATE', '2025-09-22', None)]),
    ('The summit is tentatively planned for Monday.', [('Monday', 'DATE', '2025-09-29', None)]),
    # a plan already superseded ("had been due to", "had been scheduled to") is past; "were planning to" ahead
    ('The offer had been due to expire Monday.', [('Monday', 'DATE', '2025-09-22', None)]),
    ('The offer previously had been scheduled to expire at midnight Monday.',
     [('midnight Monday', 'TIME', '2025-09-22T24:00', None)]),
    ('Protesters met on Monday and were planning to drive around the airport on Monday.',
     [('Monday', 'DATE', '2025-09-22', None), ('Monday', 'DATE', '2025-09-29', None)]),
    # a participle after a determiner is an adjective, no past tense ("a still unspecified date")
    ('The split, which is subject to approval, would be paid on a still unspecified date in January to holders '
     'of record Dec. 21.', [('January', 'DATE', '2026-01', None), ('Dec. 21', 'DATE', '2025-12-21', None)]),
    # a verb of saying after a closing quotation mark does not date the quotation
    ("''He will leave at 4 a.m. Monday,'' Castro said.", [('4 a.m. Monday', 'TIME', '2025-09-29T04:00', None)]),
    # "the following year", "the previous month": after / before the one the text named last
    ('On May 22, 1995, Farkas was made a general, and the following year he was appointed attache.',
     [('May 22, 1995', 'DATE', '1995-05-22', None), ('the following year', 'DATE', '1996', None)]),
    ('On Sept. 12 the market fell; the following Monday it rose.',
     [('Sept. 12', 'DATE', '2025-09-12', None), ('the following Monday', 'DATE', '2025-09-15', None)]),
    ('In March the group urged steps. The following month, the company put itself up for sale.',
     [('March', 'DATE', '2025-03', None), ('The following month', 'DATE', '2025-04', None)]),
    # an age is no duration
    ('Mr. Schwarz, 52 years old, will succeed Mr. Davison.', []),
    # a month every year: TimeML writes the month of a SET
    ('The Orange Order marches through Portadown each July.', [('each July', 'SET', 'XXXX-07', None)]),
    # units added ("more", "additional") and "the next couple of years"
    ('The base may be used for at least 20 more years, and the loan extended for an additional year.',
     [('at least 20 more years', 'DURATION', 'P20Y', 'EQUAL_OR_MORE'), ('an additional year', 'DURATION', 'P1Y', None)]),
    ('Over the next couple of years sales will double.', [('the next couple of years', 'DURATION', 'P2Y', None)]),
    # vague future references of business news; "short-term debt" is none
    ('It may repay short-term debt at a later date, but not in the near term.',
     [('a later date', 'DATE', 'FUTURE_REF', None), ('the near term', 'DATE', 'FUTURE_REF', None)]),
    # "the full year", "the fiscal year", "the latest fiscal year": years of an earnings report
    ('Sales for the full year rose 13%, and earnings will be lower for the current fiscal year.',
     [('the full year', 'DATE', '2025', None), ('the current fiscal year', 'DATE', '2025', None)]),
    ('Provigo had sales of C$7.38 billion in the latest fiscal year.', [('the latest fiscal year', 'DATE', '2024', None)]),
    # "year-end" as news writes "the end of the year"; before a noun ("year-end net") it is no date
    ('The thrift expects to complete the transaction by year-end.', [('year-end', 'DATE', '2025', 'END')]),
    ("The rules should be in place by year's end, when year-end net is reported.", [("year's end", 'DATE', '2025', 'END')]),
    ('It runs lotteries in a half dozen states; each right buys one-half share.', []),
    # irregular past verbs say the past; a past verb nearer than a far future marker decides
    ('The company bought the unit in February.', [('February', 'DATE', '2025-02', None)]),
    ('The announcement Friday of a loss for the third quarter showed that the company will cut costs.',
     [('Friday', 'DATE', '2025-09-19', None), ('the third quarter', 'DATE', '2025-Q3', None)]),
    ('Protesters were planning to drive around the airport on Monday.', [('Monday', 'DATE', '2025-09-29', None)]),
    # a day weeks ahead said in a past clause is a deadline set; "until"/"by" a date looks forward
    ('The bid, due to expire last Thursday, was extended to Oct. 6.',
     [('last Thursday', 'DATE', '2025-09-18', None), ('Oct. 6', 'DATE', '2025-10-06', None)]),
    ('Officials postponed until Tuesday morning any action.', [('Tuesday morning', 'DATE', '2025-09-30TMO', None)]),
    ('Police have searched for him since shortly after the Nov. 23 slaying.', [('Nov. 23', 'DATE', '2024-11-23', None)]),
    # "fall" after "to" or an auxiliary is the verb
    ('Prices are expected to fall further this fall.', [('this fall', 'DATE', '2025-FA', None)]),
    # years said in words, as broadcasts say them
    ('Atlanta, nineteen ninety-six: a bomb blast shocked the Olympic games.',
     [('nineteen ninety-six', 'DATE', '1996', None)]),
    ('He promised to halve unemployment by the year two thousand.', [('the year two thousand', 'DATE', '2000', None)]),
    ('Sales were weak in the winter of nineteen ninety-four.',
     [('the winter of nineteen ninety-four', 'DATE', '1994-WI', None)]),
    ('Twenty five people paid twenty fifty-dollar bills.', []),
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
    ('The last quarter will be weak.', [('The last quarter', 'DATE', '2025-Q4', None)]),
    # durations
    ('Sales rose in the year ended March 31.', [('the year', 'DURATION', 'P1Y', None), ('March 31', 'DATE', '2025-03-31', None)]),
    ('It will take two to three weeks.', [('two to three weeks', 'DURATION', 'P2W', None)]),
    ('Prices rose over the past 20 years.', [('the past 20 years', 'DURATION', 'P20Y', None)]),
    # holidays computed in their year: Hindu festivals, a country's official list, a day moved to a weekday
    ('The festival of Diwali 2019 drew crowds.', [('Diwali 2019', 'DATE', '2019-10-27', None)]),
    ('Holi 2019 was colourful.', [('Holi 2019', 'DATE', '2019-03-21', None)]),
    ('Koningsdag 2018 was sunny.', [('Koningsdag 2018', 'DATE', '2018-04-27', None)]),
    ('Jamat-ul-Vida 2018 prayers were held.', [('Jamat-ul-Vida 2018', 'DATE', '2018-06-08', None)]),
    ("Boss's Day 2016 was quiet.", [("Boss's Day 2016", 'DATE', '2016-10-17', None)]),
    ('Lent 2018 began.', [('Lent 2018', 'DATE', '2018-02-14', None)]),
    ('He lent money to them.', []),
    ('Parsi New Year 2022 is a holiday.', [('Parsi New Year 2022', 'DATE', '2022-08-16', None)]),
    ('Vesak 2018 is celebrated.', [('Vesak 2018', 'DATE', '2018-05-29', None)]),
    ('Yom Haatzmaut 2018 was marked.', [('Yom Haatzmaut 2018', 'DATE', '2018-04-19', None)]),
    ('We meet again on Thanksgiving in 3 years.', [('Thanksgiving in 3 years', 'DATE', '2028-11-23', None)]),
    # "Election Day" (capitalised): the Tuesday after the first Monday of November; any election's in lower case
    ('Voters go to the polls on Election Day.', [('Election Day', 'DATE', '2025-11-04', None)]),
    ('Election Day 2000 was close.', [('Election Day 2000', 'DATE', '2000-11-07', None)]),
    ('On election day in Israel, turnout was high.', []),
    # quarters and years written short, years of the common era, ISO dates without zeros
    ('Revenue in 2018Q4 rose.', [('2018Q4', 'DATE', '2018-Q4', None)]),
    ('Results for the 4th qtr of 2018 fell.', [('the 4th qtr of 2018', 'DATE', '2018-Q4', None)]),
    ('Talks start at 1030 GMT.', [('1030 GMT', 'TIME', '2025-09-25T10:30Z', None)]),
    ('The polls will close at 9 am (BST) on Friday.', [('9 am (BST) on Friday', 'TIME', '2025-09-26T09:00+01:00', None)]),
    ('Markets open at 9:00 JST.', [('9:00 JST', 'TIME', '2025-09-25T09:00+09:00', None)]),
    ('The session runs 9:30 - 11:00 CST.',
     [('9:30', 'TIME', '2025-09-25T09:30-06:00', None), ('11:00 CST', 'TIME', '2025-09-25T11:00-06:00', None)]),
    ('About 1030 people came.', [('1030', 'DATE', '1030', None)]),
    ('The city was founded in 14 A.D.', [('14 A.D.', 'DATE', '0014', None)]),
    ('The report arrives 2015-3-3.', [('2015-3-3', 'DATE', '2015-03-03', None)]),
    ('The score was 2-15.', []),
    ('The vote is three weeks hence.', [('three weeks hence', 'DATE', '2025-W42', None)]),
    # clock times in words, four digits after "at", an hour after a date
    ('They return the day after tomorrow 5pm.', [('the day after tomorrow 5pm', 'TIME', '2025-09-27T17:00', None)]),
    ('The show starts at eight tonight.', [('eight tonight', 'TIME', '2025-09-25T20:00', None)]),
    ('Police arrested three this morning.', [('this morning', 'TIME', '2025-09-25TMO', None)]),
    ('The shop opens around seven tomorrow evening.', [('seven tomorrow evening', 'TIME', '2025-09-26T19:00', None)]),
    ('He woke at three this morning.', [('three this morning', 'TIME', '2025-09-25T03:00', None)]),
    ('Talks run until eleven tonight.', [('eleven tonight', 'TIME', '2025-09-25T23:00', None)]),
    ('Eight tonight the polls close.', [('Eight tonight', 'TIME', '2025-09-25T20:00', None)]),
    ('Police arrested three tonight.', [('tonight', 'TIME', '2025-09-25TNI', None)]),
    ('Three tonight were arrested.', [('tonight', 'TIME', '2025-09-25TNI', None)]),
    ('They gave eight this morning.', [('this morning', 'TIME', '2025-09-25TMO', None)]),
    # a bare hour after "at" with a zone, with its weekday
    ('Talks resume Thu at 8 GMT.', [('Thu at 8 GMT', 'TIME', '2025-09-25T08:00Z', None)]),
    ('Talks start at 14 CET.', [('14 CET', 'TIME', '2025-09-25T14:00+01:00', None)]),
    ('They met at 8 est.', []),
    # a fortnight: two weeks
    ('It happened a fortnight ago.', [('a fortnight ago', 'DATE', '2025-W37', None)]),
    ('He stayed for a fortnight.', [('a fortnight', 'DURATION', 'P2W', None)]),
    ('The vote is a fortnight hence.', [('a fortnight hence', 'DATE', '2025-W41', None)]),
    ('The vote is a fortnight from now.', [('a fortnight from now', 'DATE', '2025-W41', None)]),
    ('The paper appears fortnightly.', [('fortnightly', 'SET', 'P2W', None)]),
    ('The board meets every fortnight.', [('every fortnight', 'SET', 'P2W', None)]),
    ('The fortnight ahead matters.', []),
    ('The talks start at 1030.', [('1030', 'TIME', '2025-09-25T10:30', None)]),
    ('Markets open Fri, Jul 18, 2014 19h.', [('Fri, Jul 18, 2014 19h', 'TIME', '2014-07-18T19:00', None)]),
    ('He arrived on Monday. In the afternoon he spoke.', [('Monday', 'DATE', '2025-09-22', None),
                                                          ('the afternoon', 'TIME', '2025-09-22TAF', None)]),
    ('He spoke late last night.', [('late last night', 'TIME', '2025-09-24TNI', 'END')]),
    ('The night of the last night of the fair.', []),
    # weekdays counted from now, the last day of a month, days around a holiday, a weekday after the date
    ('The meeting is 2 Thursdays from now.', [('2 Thursdays from now', 'DATE', '2025-10-09', None)]),
    ('It opened 2 Thursdays ago.', [('2 Thursdays ago', 'DATE', '2025-09-11', None)]),
    ('It opened 2 Thursdays back.', [('2 Thursdays back', 'DATE', '2025-09-11', None)]),
    ('He set the plan 2 steps back.', []),
    ('The deal closed on the last day of October 2015.', [('the last day of October 2015', 'DATE', '2015-10-31', None)]),
    ('Talks resumed three days after Easter 2024.', [('three days after Easter 2024', 'DATE', '2024-04-03', None)]),
    ('Shops close two days before Christmas.', [('two days before Christmas', 'DATE', '2025-12-23', None)]),
    ('The market opens Jul 18, Fri.', [('Jul 18, Fri.', 'DATE', '2025-07-18', None)]),
    # short units as whole words, King's Day by its apostrophe, a two-digit year that ends the clause
    ('Sales will rise next qtr.', [('next qtr', 'DATE', '2025-Q4', None)]),
    ('Profits doubled this yr.', [('this yr', 'DATE', '2025', None)]),
    ("King's Day 2018 was sunny.", [("King's Day 2018", 'DATE', '2018-04-27', None)]),
    ('Crowds marked king’s day 2018.', [('king’s day 2018', 'DATE', '2018-04-27', None)]),
    ("The king's day began with prayers.", []),
    ('Making day trips is fun.', []),
    ('It ended on 14th April 15, the report said.', [('14th April 15', 'DATE', '2015-04-14', None)]),
    ('On 14th April 15 people died.', [('14th April', 'DATE', '2025-04-14', None)]),
    ('They left after lunch.', [('after lunch', 'TIME', '2025-09-25TAF', None)]),
    ('Talks will continue over next few days.', [('next few days', 'DURATION', 'PXD', None)]),
    # spoken clock times: after "at" where the clause ends, or with am/pm
    ('The train leaves at three twenty.', [('three twenty', 'TIME', '2025-09-25T03:20', None)]),
    ('They arrived at three twenty people strong.', []),
    ('Three twenty people came.', []),
    ('The alarm rang at 12 15.', [('12 15', 'TIME', '2025-09-25T12:15', None)]),
    ('Rates rose at 12 15 percent.', []),
    ('Doors open ten thirty am.', [('ten thirty am', 'TIME', '2025-09-25T10:30', None)]),
    # windows of clock times; a day right next to a range joins its nearer end
    ('Trading runs from 3:30 to six p.m.', [('3:30', 'TIME', '2025-09-25T15:30', None),
                                            ('six p.m.', 'TIME', '2025-09-25T18:00', None)]),
    ('Deliveries come later than 3:30pm but before 6pm.', [('3:30pm', 'TIME', '2025-09-25T15:30', None),
                                                           ('6pm', 'TIME', '2025-09-25T18:00', None)]),
    ('The call is 1pm-2pm tomorrow.', [('1pm', 'TIME', '2025-09-26T13:00', None),
                                       ('2pm tomorrow', 'TIME', '2025-09-26T14:00', None)]),
    ('We meet tomorrow in between 1-2:30 ish.', [('tomorrow', 'DATE', '2025-09-26', None),
                                                 ('1', 'TIME', '2025-09-26T01:00', None),
                                                 ('2:30 ish', 'TIME', '2025-09-26T02:30', None)]),
    # "start" / "end" before a day are verbs, and a scheduled present ("talks start Monday") looks ahead
    ('The talks start Monday in Geneva.', [('Monday', 'DATE', '2025-09-29', None)]),
    ('The strike will end Friday.', [('Friday', 'DATE', '2025-09-26', None)]),
    ('Classes start next week.', [('next week', 'DATE', '2025-W40', None)]),
    ('The summit opens on Monday.', [('Monday', 'DATE', '2025-09-29', None)]),
    ('The talks started Monday in Geneva.', [('Monday', 'DATE', '2025-09-22', None)]),
    ('Stocks rose late Friday.', [('late Friday', 'DATE', '2025-09-19', 'END')]),
    ('Work resumes at the start of next week.', [('the start of next week', 'DATE', '2025-W40', 'START')]),
    # "tomorrows" for "tomorrow's"; the plural noun is no date
    ('Tickets for tomorrows game sold out.', [('tomorrows', 'DATE', '2025-09-26', None)]),
    ('We dream of brighter tomorrows.', []),
    # am/pm spelled apart in a transcript; "a month" stays a duration
    ('The shuttle lands at four twenty-three a m.', [('four twenty-three a m', 'TIME', '2025-09-25T04:23', None)]),
    ('It costs four dollars a month.', [('a month', 'DURATION', 'P1M', None)]),
    ('The call is Thu at 8 gmt.', [('Thu at 8 gmt', 'TIME', '2025-09-25T08:00Z', None)]),
    ('The call is at 8 Gmt.', []),
    # the month after the next one of its name; N units from a named day is a day, from now the unit
    ('The vote is due in March after next.', [('March after next', 'DATE', '2027-03', None)]),
    ('The plant opens 3 years from today.', [('3 years from today', 'DATE', '2028-09-25', None)]),
    ('The plant opens two weeks from tomorrow.', [('two weeks from tomorrow', 'DATE', '2025-10-10', None)]),
    ('The plant opens 3 years from now.', [('3 years from now', 'DATE', '2028', None)]),
    # Yom HaShoah: 27 Nisan, off a Friday to Thursday (2021), off a Sunday to Monday (2024)
    ('Yom Hashoah 2021 was marked.', [('Yom Hashoah 2021', 'DATE', '2021-04-08', None)]),
    ('Yom HaShoah 2024 was marked.', [('Yom HaShoah 2024', 'DATE', '2024-05-06', None)]),
    ('International Holocaust Remembrance Day 2024 was marked.',
     [('International Holocaust Remembrance Day 2024', 'DATE', '2024-01-27', None)]),
    # Raksha Bandhan as "rakhi" only with a year or a relative word: a given name, the thread
    ('Rakhi 2018 was celebrated.', [('Rakhi 2018', 'DATE', '2018-08-26', None)]),
    ('Rakhi Sawant said so.', []),
    ('She tied a rakhi on his wrist.', []),
    # tense markers: "next to" places, it does not date; a verb whose base ends in -eed is no past participle
    ('The blast near the U.S. embassy next to the station happened on Friday.', [('Friday', 'DATE', '2025-09-19', None)]),
    ('It stood next door to the bank that closed on Monday.', [('Monday', 'DATE', '2025-09-22', None)]),
    ('Mr. Smith will succeed Ms. Jones on Feb. 1.', [('Feb. 1', 'DATE', '2026-02-01', None)]),
    ('Construction will proceed on 3 March, and costs will exceed the budget.', [('3 March', 'DATE', '2026-03-03', None)]),
    ('The two sides agreed on 3 March to a ceasefire.', [('3 March', 'DATE', '2025-03-03', None)]),
    # the n-th quarter / half of this, last or next year; a day of a month of last / next year
    ('Sales rose 5% in the first half of the year.', [('the first half of the year', 'DATE', '2025-H1', None)]),
    ('Output will recover in the fourth quarter of the year.', [('the fourth quarter of the year', 'DATE', '2025-Q4', None)]),
    ('Profit fell in the third quarter of last year.', [('the third quarter of last year', 'DATE', '2024-Q3', None)]),
    ('Eid al-Fitr will fall on 20 March next year.', [('Eid al-Fitr', 'DATE', '2026-03-20', None), ('20 March next year', 'DATE', '2026-03-20', None)]),
    ('The law took effect on March 1 last year.', [('March 1 last year', 'DATE', '2024-03-01', None)]),
    # "the same day / month / year": the one named last
    ('Exports fell in June 2024, and imports rose in the same month.', [('June 2024', 'DATE', '2024-06', None), ('the same month', 'DATE', '2024-06', None)]),
    ('He was arrested on March 3 and released the same day.', [('March 3', 'DATE', '2025-03-03', None), ('the same day', 'DATE', '2025-03-03', None)]),
    ('Both sides spoke at the same time.', []),
    # 12 at night is the midnight that ends the day (T24:00), 12 in the afternoon is noon
    ('The law takes effect at 12 tonight.', [('12 tonight', 'TIME', '2025-09-25T24:00', None)]),
    ('The law takes effect this evening at 12.', [('this evening at 12', 'TIME', '2025-09-25T24:00', None)]),
    ('The rally starts this afternoon at 12.', [('this afternoon at 12', 'TIME', '2025-09-25T12:00', None)]),
    # fractions of a unit
    ('The ferry takes a quarter hour.', [('a quarter hour', 'DURATION', 'PT15M', None)]),
    ('It took three-quarters of an hour.', [('three-quarters of an hour', 'DURATION', 'PT45M', None)]),
    # a recurrence counted per unit: the set of that unit
    ('Inspectors visit the plant twice a year.', [('twice a year', 'SET', 'P1Y', None)]),
    ('The board meets three times a week.', [('three times a week', 'SET', 'P1W', None)]),
    ('He was jailed for a year.', [('a year', 'DURATION', 'P1Y', None)]),
    # "set for", "slated for": the future
    ('The launch is set for 10:30 a.m. EDT on Friday.', [('10:30 a.m. EDT on Friday', 'TIME', '2025-09-26T10:30-04:00', None)]),
    ('The vote is slated for Tuesday.', [('Tuesday', 'DATE', '2025-09-30', None)]),
    # Hijri dates with their Hijri year, days of the Chinese lunar calendar as Xinhua writes them
    ('Mawlid falls on 12 Rabi al-Awwal 1447 AH.', [('Mawlid', 'DATE', '2025-09-04', None), ('12 Rabi al-Awwal 1447 AH', 'DATE', '2025-09-04', None)]),
    ('The attack came during Ramadan 1446 AH.', [('Ramadan 1446 AH', 'DATE', '2025-03', None)]),
    ('The Mid-Autumn Festival falls on the 15th day of the eighth lunar month.',
     [('The Mid-Autumn Festival', 'DATE', '2025-10-06', None), ('the 15th day of the eighth lunar month', 'DATE', '2025-10-06', None)]),
    ('The Laba Festival fell on the eighth day of the 12th lunar month.',
     [('The Laba Festival', 'DATE', '2025-01-07', None), ('the eighth day of the 12th lunar month', 'DATE', '2025-01-07', None)]),
    # a date inside a name is a day of history the text does not place: its year stays unknown, whatever the tense
    ('Traffic was blocked on the 6 October Bridge on Tuesday.',
     [('6 October', 'DATE', 'XXXX-10-06', None), ('Tuesday', 'DATE', '2025-09-23', None)]),
    ('Members of the April 6 Youth Movement will march on Friday.',
     [('April 6', 'DATE', 'XXXX-04-06', None), ('Friday', 'DATE', '2025-09-26', None)]),
    ('He moved to 6th of October City in 2010.', [('6th of October', 'DATE', 'XXXX-10-06', None), ('2010', 'DATE', '2010', None)]),
    ('The vote was held on 6 March in Cairo.', [('6 March', 'DATE', '2025-03-06', None)]),
    # "in N units": that long after now in a clause about the future, the span it counts elsewhere ("in" outside)
    ('The bonds will be redeemed in five years.', [('five years', 'DATE', '2030', None)]),
    ("The vote will be held in two weeks' time.", [("two weeks' time", 'DATE', '2025-W41', None)]),
    ('Results are expected in three days.', [('three days', 'DATE', '2025-09-28', None)]),
    ('Prices fell for the first time in ten years.', [('ten years', 'DURATION', 'P10Y', None)]),
    ('The plant was rebuilt in two years.', [('two years', 'DURATION', 'P2Y', None)]),
    ('It was the worst drought in more than 50 years.', [('more than 50 years', 'DURATION', 'P50Y', 'MORE_THAN')]),
    ('The strike will end in 10 years of talks.', [('10 years', 'DURATION', 'P10Y', None)]),
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


def test_a_date_inside_a_name_has_no_interval():
    (bridge,) = tag("Traffic was blocked on the 6 October Bridge.", "en", DOCUMENT_DATE).timexes
    assert (bridge.value, bridge.interval) == ("XXXX-10-06", None)
    (movement,) = tag("五四运动是中国新民主主义革命的开端。", "zh", DOCUMENT_DATE).timexes
    assert (movement.value, movement.interval) == ("XXXX-05-04", None)


def test_lowercase_may_is_not_a_month():
    assert tag("Prices may rise, and they march on.", "en", DOCUMENT_DATE).timexes == ()


def test_impossible_dates_are_not_tagged_as_dates():
    assert tag("on 31 February 2025 and 30 February", "en", DOCUMENT_DATE).timexes == ()


# periods within a date (when.sub_period): every timex as (text, value, mod, interval begin, interval end)
PERIODS = [
    ('The summit is planned for the week of October 6th.', [('the week of October 6th', '2025-W41', None, '2025-10-06T00:00:00', '2025-10-13T00:00:00')]),
    ('Sales slowed in the first week of October 2014.', [('the first week of October 2014', '2014-W41', None, '2014-10-06T00:00:00', '2014-10-13T00:00:00')]),
    ('Talks resume in the last week of October.', [('the last week of October', '2025-W43', None, '2025-10-20T00:00:00', '2025-10-27T00:00:00')]),
    ('It happened in the second last week of October 2018.', [('the second last week of October 2018', '2018-W42', None, '2018-10-15T00:00:00', '2018-10-22T00:00:00')]),
    ('The fair opens on the first weekend of October.', [('the first weekend of October', '2025-W40-WE', None, '2025-10-03T18:00:00', '2025-10-06T00:00:00')]),
    ('The vote was held on the last weekend of September 2024.', [('the last weekend of September 2024', '2024-W39-WE', None, '2024-09-27T18:00:00', '2024-09-30T00:00:00')]),
    ('Sales rose in the second half of April.', [('the second half of April', '2025-04', 'END', '2025-04-16T00:00:00', '2025-05-01T00:00:00')]),
    ('They will meet in the first half of May 2026.', [('the first half of May 2026', '2026-05', 'START', '2026-05-01T00:00:00', '2026-05-16T00:00:00')]),
    ('Trading resumed on the third Tuesday after Christmas 2014.', [('the third Tuesday after Christmas 2014', '2015-01-13', None, '2015-01-13T00:00:00', '2015-01-14T00:00:00')]),
    ('Markets will stay closed for the rest of the week.', [('the rest of the week', '2025-W39', None, '2025-09-25T00:00:00', '2025-09-29T00:00:00')]),
    ('He worked the week of the election.', []),
    ('The first week of the war was chaotic.', []),
    ('Last week in Paris, prices rose.', [('Last week', '2025-W38', None, '2025-09-15T00:00:00', '2025-09-22T00:00:00')]),
    ('Profits rose in the first half of 2024.', [('the first half of 2024', '2024-H1', None, '2024-01-01T00:00:00', '2024-07-01T00:00:00')]),
    # anchored fortnights: the two whole weeks before / after the current one
    ('Sales fell over the past fortnight.', [('the past fortnight', 'P2W', None, '2025-09-08T00:00:00', '2025-09-22T00:00:00')]),
    ('The next fortnight is busy.', [('The next fortnight', 'P2W', None, '2025-09-29T00:00:00', '2025-10-13T00:00:00')]),
    ('Sales fell over the past decade.', [('the past decade', 'P10Y', None, '2015-01-01T00:00:00', '2025-01-01T00:00:00')]),
    # the quarter that ended on a day: the calendar quarter holding most of the three months up to it
    ('Sales rose in the quarter ended July 31.',
     [('the quarter', '2025-Q2', None, '2025-04-01T00:00:00', '2025-07-01T00:00:00'),
      ('July 31', '2025-07-31', None, '2025-07-31T00:00:00', '2025-08-01T00:00:00')]),
    ('Talks resume Thu at 8 GMT.', [('Thu at 8 GMT', '2025-09-25T08:00Z', None, '2025-09-25T08:00:00', '2025-09-25T09:00:00')]),
    # a holiday's week: the ISO week that contains it (Easter's is the week that ends on Easter Sunday)
    ('Stores close during Christmas week.', [('Christmas week', '2025-W52', None, '2025-12-22T00:00:00', '2025-12-29T00:00:00')]),
    ('Pilgrims came for Easter week 2026.', [('Easter week 2026', '2026-W14', None, '2026-03-30T00:00:00', '2026-04-06T00:00:00')]),
    # a holiday days ahead said in a past clause is still the coming one; one months ahead is last year's
    ('Worshippers gathered as Yom Kippur approached.', [('Yom Kippur', '2025-10-02', None, '2025-10-02T00:00:00', '2025-10-03T00:00:00')]),
    ('Worshippers gathered for Hanukkah.', [('Hanukkah', '2024-12-26', None, '2024-12-26T00:00:00', '2025-01-03T00:00:00')]),
    # an ISO 8601 interval: both ends tagged, to the second
    ('The window is 2015-03-28 17:00:00/2015-03-29 21:00:00.',
     [('2015-03-28 17:00:00', '2015-03-28T17:00:00', None, '2015-03-28T17:00:00', '2015-03-28T17:00:01'),
      ('2015-03-29 21:00:00', '2015-03-29T21:00:00', None, '2015-03-29T21:00:00', '2015-03-29T21:00:01')]),
]


@pytest.mark.parametrize("sentence, expected", PERIODS, ids=[p[0][:40] for p in PERIODS])
def test_periods_within_dates(sentence, expected):
    got = [(t.text, t.value, t.mod, t.interval.begin.isoformat() if t.interval else None,
            t.interval.end.isoformat() if t.interval else None) for t in tag(sentence, "en", DOCUMENT_DATE).timexes]
    assert got == expected


def test_iso_interval_is_one_range():
    result = tag("The window is 2015-03-28/2015-04-02.", "en", DOCUMENT_DATE)
    assert [(t.text, t.value) for t in result.timexes] == [("2015-03-28", "2015-03-28"), ("2015-04-02", "2015-04-02")]
    assert [(r.first, r.last) for r in result.ranges] == [(0, 1)]


# "in N units" read forward (an assistant's reading, prefer="future") at 2013-02-12 04:30: a clause that says nothing
# is about the future; clock units move the reference time, calendar units give the unit moved to
IN_N_UNITS = [
    ("in a quarter of an hour", "a quarter of an hour", "TIME", "2013-02-12T04:45:00"),
    ("in three-quarters of an hour", "three-quarters of an hour", "TIME", "2013-02-12T05:15:00"),
    ("in about half an hour", "about half an hour", "TIME", "2013-02-12T05:00:00"),
    ("in 1h", "1h", "TIME", "2013-02-12T05:30"),
    ("in 3/4 h", "3/4 h", "TIME", "2013-02-12T05:15:00"),
    ("in 7 days", "7 days", "DATE", "2013-02-19"),
    ("in three months", "three months", "DATE", "2013-05"),
]


@pytest.mark.parametrize("text, span, type_, value", IN_N_UNITS)
def test_in_n_units_read_forward(text, span, type_, value):
    now = dt.datetime(2013, 2, 12, 4, 30)
    got = [(t.text, t.type, t.value) for t in tag(text, "en", now, prefer="future").timexes]
    assert got == [(span, type_, value)]
    # read as news, a clause that says nothing is no move: the span it counts
    assert [t.type for t in tag(text, "en", now).timexes] == ["DURATION"]


def test_clock_units_later_count_from_the_reference_time():
    """ "three minutes later" with no day named before: from the reference time, one grain finer than the unit."""
    now = dt.datetime(2013, 2, 12, 4, 30)
    got = [(t.text, t.type, t.value) for t in tag("Three minutes later the doors opened.", "en", now).timexes]
    assert got == [("Three minutes later", "TIME", "2013-02-12T04:33:00")]
