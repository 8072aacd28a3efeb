"""Chinese: news expressions with their exact extents and TIMEX3 values (document date 2025-09-25, a Thursday).

Chinese is written without spaces: the grammar matches without word boundaries but never inside a longer
number. Simplified and traditional forms are both covered.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.lang.detect import detect_language
from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)

# sentence → every timex it holds: (text, type, value, mod). "于", "从", "至", "在" stay outside.
CASES = [
    # full dates, tense-aware dates without a year, days without a month
    ("会议于2025年9月22日在河内举行。", [("2025年9月22日", "DATE", "2025-09-22", None)]),
    ("公约签署仪式将于3月3日举行。", [("3月3日", "DATE", "2026-03-03", None)]),
    ("條約已於3月3日簽署。", [("3月3日", "DATE", "2025-03-03", None)]),
    ("外交部发言人24日表示，中方欢迎各方参与。", [("24日", "DATE", "2025-09-24", None)]),
    ("二零二五年十月一日是国庆节。",
     [("二零二五年十月一日", "DATE", "2025-10-01", None), ("国庆节", "DATE", "2025-10-01", None)]),
    ("情人节晚上，餐厅座无虚席。", [("情人节晚上", "TIME", "2026-02-14TEV", None)]),
    ("2025年9月22日（星期一），联合国大会开幕。", [("2025年9月22日（星期一）", "DATE", "2025-09-22", None)]),
    ("数据截至2025-09-20。", [("2025-09-20", "DATE", "2025-09-20", None)]),
    # ranges and lists: endpoints tagged apart
    ("会议将于10月25日至26日在河内举行。",
     [("10月25日", "DATE", "2025-10-25", None), ("26日", "DATE", "2025-10-26", None)]),
    ("展会将于10月30日至11月2日举行。",
     [("10月30日", "DATE", "2025-10-30", None), ("11月2日", "DATE", "2025-11-02", None)]),
    ("比赛将在10月25日、26日和27日进行。",
     [("10月25日", "DATE", "2025-10-25", None), ("26日", "DATE", "2025-10-26", None),
      ("27日", "DATE", "2025-10-27", None)]),
    ("2020年至2025年，人口持续增长。", [("2020年", "DATE", "2020", None), ("2025年", "DATE", "2025", None)]),
    # months, years, decades, centuries, seasons, quarters, halves, weeks
    ("2025年10月，出口增长5%。", [("2025年10月", "DATE", "2025-10", None)]),
    ("十一月将举行选举。", [("十一月", "DATE", "2025-11", None)]),
    ("2025年中国经济增长5%。", [("2025年", "DATE", "2025", None)]),
    ("今年以来，外贸稳中有进。", [("今年", "DATE", "2025", None)]),
    ("去年10月，该公司宣布裁员。", [("去年10月", "DATE", "2024-10", None)]),
    ("明年九月将举行换届选举。", [("明年九月", "DATE", "2026-09", None)]),
    ("20世纪90年代，深圳迅速崛起。", [("20世纪90年代", "DATE", "199", None)]),
    ("上世纪80年代末，改革开放全面展开。", [("上世纪80年代末", "DATE", "198", "END")]),
    ("21世纪是海洋的世纪。", [("21世纪", "DATE", "20", None)]),
    ("今年夏天，南方多地出现高温。", [("今年夏天", "DATE", "2025-SU", None)]),
    ("今年第三季度，GDP同比增长4.8%。", [("今年第三季度", "DATE", "2025-Q3", None)]),
    ("第三季度营收创新高。", [("第三季度", "DATE", "2025-Q3", None)]),
    ("2025年上半年，新能源汽车销量大增。", [("2025年上半年", "DATE", "2025-H1", None)]),
    ("上周，央行下调了利率。", [("上周", "DATE", "2025-W38", None)]),
    ("代表团下週一抵達北京。", [("下週一", "DATE", "2025-09-29", None)]),
    ("上个月，物价小幅上涨。", [("上个月", "DATE", "2025-08", None)]),
    # START / MID / END
    ("从2025年初开始，新规正式实施。", [("2025年初", "DATE", "2025", "START")]),
    ("会议将于10月中旬召开。", [("10月中旬", "DATE", "2025-10", "MID")]),
    ("工程预计年底完工。", [("年底", "DATE", "2025", "END")]),
    ("去年底，该项目已经竣工。", [("去年底", "DATE", "2024", "END")]),
    ("9月下旬，多地迎来降雨。", [("9月下旬", "DATE", "2025-09", "END")]),
    # clock times and parts of the day
    ("开幕式于10时30分开始。", [("10时30分", "TIME", "2025-09-25T10:30", None)]),
    ("发布会定于下午3点举行。", [("下午3点", "TIME", "2025-09-25T15:00", None)]),
    ("航班明天下午3点半起飞。", [("明天下午3点半", "TIME", "2025-09-26T15:30", None)]),
    ("今天上午，国务院召开常务会议。", [("今天上午", "TIME", "2025-09-25TMO", None)]),
    ("今晚8点，比赛将正式开始。", [("今晚8点", "TIME", "2025-09-25T20:00", None)]),
    # durations, with number words
    ("双方谈判了二十多年。", [("二十多年", "DURATION", "P20Y", "MORE_THAN")]),
    ("他在这里工作了20多年。", [("20多年", "DURATION", "P20Y", "MORE_THAN")]),
    ("培训为期两周。", [("两周", "DURATION", "P2W", None)]),
    ("調查持續了三個月。", [("三個月", "DURATION", "P3M", None)]),
    ("工程耗时三个多月。", [("三个多月", "DURATION", "P3M", "MORE_THAN")]),
    ("改革已推进了约3年。", [("约3年", "DURATION", "P3Y", "APPROX")]),
    ("过去十年，城市面貌焕然一新。", [("过去十年", "DURATION", "P10Y", None)]),
    # relative dates
    ("昨天，北京迎来入秋后首场降雨。", [("昨天", "DATE", "2025-09-24", None)]),
    ("事故发生在三天前。", [("三天前", "DATE", "2025-09-22", None)]),
    ("十年前，这里还是一片荒地。", [("十年前", "DATE", "2015", None)]),
    ("10月1日，代表团抵达河内。次日，双方举行会谈。",
     [("10月1日", "DATE", "2025-10-01", None), ("次日", "DATE", "2025-10-02", None)]),
    # sets
    ("该委员会每周召开一次会议。", [("每周", "SET", "P1W", None)]),
    ("博览会每两年举办一次。", [("每两年", "SET", "P2Y", None)]),
    ("这是一年一度的盛会。", [("一年一度", "SET", "P1Y", None)]),
    # vague references
    ("未来，两国将继续加强合作。", [("未来", "DATE", "FUTURE_REF", None)]),
    ("目前，疫情形势总体平稳。", [("目前", "DATE", "PRESENT_REF", None)]),
    ("現在，越來越多的人選擇網購。", [("現在", "DATE", "PRESENT_REF", None)]),
    ("近年来，中越贸易快速增长。", [("近年来", "DATE", "PAST_REF", None)]),
    # not time expressions: counts, "三点" (three points), "四周" (surroundings), "三年级" (third grade)
    ("共有2025人参加会议，代表们提出三点建议。", []),
    ("四周的环境很安静，三年级学生正在上课。", []),
    ("他住在12号楼，第2025号文件已经下发。", []),
    # a day and its clock time, n-th weekday of a month, ranges of clock times
    ("会议将于明天下午三点举行。", [("明天下午三点", "TIME", "2025-09-26T15:00", None)]),
    ("会议将于十月第一个星期一举行。", [("十月第一个星期一", "DATE", "2025-10-06", None)]),
    ("会议下午3点到5点举行。", [("下午3点", "TIME", "2025-09-25T15:00", None), ("5点", "TIME", "2025-09-25T17:00", None)]),
    ("星期四从九点到十一点开会。",
     [("星期四", "DATE", "2025-09-25", None), ("九点", "TIME", "2025-09-25T09:00", None), ("十一点", "TIME", "2025-09-25T11:00", None)]),
    ("后三天将有大雨。", [("后三天", "DURATION", "P3D", None)]),
    ("下三个周的会议。", [("下三个周", "DURATION", "P3W", None)]),
    ("我哋晏晝三點三見。", [("晏晝三點三", "TIME", "2025-09-25T15:15", None)]),
    ("截止日期是2/15。", [("2/15", "DATE", "2026-02-15", None)]),
    ("约有1/2的人。", []),
    ("2025年排灯节在德里庆祝。", [("2025年排灯节", "DATE", "2025-10-20", None)]),
    # the weekend (the longer "这周末" over "这周"), every weekend
    ("这周末将举行音乐节。", [("这周末", "DATE", "2025-W39-WE", None)]),
    ("這週末將舉行音樂節。", [("這週末", "DATE", "2025-W39-WE", None)]),
    ("上个周末，数千人参加了游行。", [("上个周末", "DATE", "2025-W38-WE", None)]),
    ("每周末都有集市。", [("每周末", "SET", "P1W", None)]),
    # Israel's Independence Day (as Israel observes it), Shavuot's name 週日節 — but 週日節目 is a Sunday show
    ("2018年以色列独立日，特拉维夫举行庆祝活动。", [("2018年以色列独立日", "DATE", "2018-04-19", None)]),
    ("2018年以色列國慶節", [("2018年以色列國慶節", "DATE", "2018-04-19", None)]),
    ("2018年週日節期間，信徒聚集。", [("2018年週日節", "DATE", "2018-05-20", None)]),
    ("他喜欢看週日節目。", [("週日", "DATE", "2025-09-21", None)]),
    ("春节目前仍是最重要的节日。", [("春节", "DATE", "2026-02-17", None), ("目前", "DATE", "PRESENT_REF", None)]),
    # a weekday and its part of the day; the last weekday of a month; midnight
    ("代表团将于周五下午抵达。", [("周五下午", "TIME", "2025-09-26TAF", None)]),
    ("星期天晚上，球队赢得比赛。", [("星期天晚上", "TIME", "2025-09-21TEV", None)]),
    ("会议下周一晚上8点举行。", [("下周一晚上8点", "TIME", "2025-09-29T20:00", None)]),
    ("欢迎宴会时间为10月15日晚7时。", [("10月15日晚7时", "TIME", "2025-10-15T19:00", None)]),
    ("2026年三月最后一个周六", [("2026年三月最后一个周六", "DATE", "2026-03-28", None)]),
    ("四月的最後一個星期五是假日。", [("四月的最後一個星期五", "DATE", "2025-04-25", None)]),
    ("比赛将于今天午夜开始。", [("今天午夜", "TIME", "2025-09-25T24:00", None)]),
    ("午夜场电影很受欢迎。", []),
    # a day of the month with its part of the day or clock time; 上上周 / 下下周; lunar New Year days
    ("当地时间24日晚，地震发生。", [("24日晚", "TIME", "2025-09-24TEV", None)]),
    ("代表团24日晚8时抵达。", [("24日晚8时", "TIME", "2025-09-24T20:00", None)]),
    # a zone named before the clock time
    ("比赛于北京时间15日晚8时开始。", [("北京时间15日晚8时", "TIME", "2025-09-15T20:00+08:00", None)]),
    ("发布会定于北京时间20:00举行。", [("北京时间20:00", "TIME", "2025-09-25T20:00+08:00", None)]),
    ("發布會定於北京時間20:00舉行。", [("北京時間20:00", "TIME", "2025-09-25T20:00+08:00", None)]),
    ("格林尼治时间8时30分起飞。", [("格林尼治时间8时30分", "TIME", "2025-09-25T08:30Z", None)]),
    ("北京时间是标准时间。", []),
    ("26日上午，双方将举行会谈。", [("26日上午", "TIME", "2025-09-26TMO", None)]),
    ("他住在12号楼。", []),
    ("两国领导人下下周会晤。", [("下下周", "DATE", "2025-W41", None)]),
    ("上上周，股市大跌。", [("上上周", "DATE", "2025-W37", None)]),
    ("明年正月十五将举行灯会。", [("明年正月十五", "DATE", "2026-03-03", None)]),
    # 12 at night is the midnight that ends the day (T24:00), 中午12点 is noon
    ("今晚12点，新规正式生效。", [("今晚12点", "TIME", "2025-09-25T24:00", None)]),
    ("新規將於晚上12點起實施。", [("晚上12點", "TIME", "2025-09-25T24:00", None)]),
    ("中午12点，双方共进午餐。", [("中午12点", "TIME", "2025-09-25T12:00", None)]),
    # a count, its classifier, then the half: 两个半小时; moved by it
    ("双方谈判持续了两个半小时。", [("两个半小时", "DURATION", "PT2H30M", None)]),
    ("工程歷時三個半月。", [("三個半月", "DURATION", "P3.5M", None)]),
    ("两年半前，这里还是一片荒地。", [("两年半前", "DATE", "2023-03", None)]),
    # the year or month named last; a weekday that recurs
    ("2019年，他当选市长。同年，该市人口突破千万。", [("2019年", "DATE", "2019", None), ("同年", "DATE", "2019", None)]),
    ("今年5月，新规出台。同月，首批项目开工。", [("今年5月", "DATE", "2025-05", None), ("同月", "DATE", "2025-05", None)]),
    ("他们是同年级的同学。", []),
    ("每周五，志愿者都会来到社区服务。", [("每周五", "SET", "XXXX-WXX-5", None)]),
    ("每個星期天都有市集。", [("每個星期天", "SET", "XXXX-WXX-7", None)]),
    # days of the lunar calendar (农历): the occurrence the tense points to, or the one of the year named
    ("今年农历八月十五，全家团圆。", [("今年农历八月十五", "DATE", "2025-10-06", None)]),
    ("腊月二十三是小年。", [("腊月二十三", "DATE", "2026-02-10", None)]),
    ("臘月廿三，家家戶戶祭灶。", [("臘月廿三", "DATE", "2026-02-10", None)]),
    ("正月初八，企业陆续复工。", [("正月初八", "DATE", "2026-02-24", None)]),
    ("去年农历十月初一，他回到家乡。", [("去年农历十月初一", "DATE", "2024-11-01", None)]),
    ("腊月里，年味渐浓。", []),
    # a date inside a name is a day of history the text does not place: its year stays unknown
    ("五四运动是中国新民主主义革命的开端。", [("五四", "DATE", "XXXX-05-04", None)]),
    ("七七事變後，全面抗戰爆發。", [("七七", "DATE", "XXXX-07-07", None)]),
    ("十月革命一声炮响，给中国送来了马克思列宁主义。", [("十月", "DATE", "XXXX-10", None)]),
    ("五四青年节当天，各地举行活动。", [("五四青年节", "DATE", "2025-05-04", None), ("当天", "DATE", "2025-05-04", None)]),
]

RANGES = [
    ("会议将于10月25日至26日在河内举行。", [("10月25日", "26日")]),
    ("比赛将在10月25日、26日和27日进行。", [("10月25日", "27日")]),
    ("2020年至2025年，人口持续增长。", [("2020年", "2025年")]),
]


def _found(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    result = tag(sentence, "zh", document_date=DCT)
    for t in result.timexes:
        assert sentence[t.start:t.end] == t.text
    return [(t.text, t.type, t.value, t.mod) for t in result.timexes]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:20] for c in CASES])
def test_chinese_news_expression(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", RANGES, ids=[r[0][:20] for r in RANGES])
def test_chinese_ranges(sentence, expected):
    result = tag(sentence, "zh", document_date=DCT)
    pairs = [(result.timexes[r.first].text, result.timexes[r.last].text) for r in result.ranges]
    assert pairs == expected


def test_offsets_in_a_full_paragraph():
    text = ("新华社河内9月22日电 联合国打击网络犯罪公约签署仪式将于10月25日至26日在河内举行。"
            "二十多年来，各方一直在谈判；未来，公约将为国际合作提供法律基础。")
    result = tag(text, "zh", document_date=DCT)
    got = [(t.start, t.end, t.type, t.value, t.mod) for t in result.timexes]
    assert got == [
        (5, 10, "DATE", "2025-09-22", None),
        (29, 35, "DATE", "2025-10-25", None),
        (36, 39, "DATE", "2025-10-26", None),
        (45, 49, "DURATION", "P20Y", "MORE_THAN"),
        (59, 61, "DATE", "FUTURE_REF", None),
    ]
    assert [text[s:e] for s, e, *_ in got] == ["9月22日", "10月25日", "26日", "二十多年", "未来"]
    assert [(r.first, r.last) for r in result.ranges] == [(1, 2)]


def test_weekend_interval_is_friday_evening_to_monday():
    result = tag("这周末将举行音乐节。", "zh", document_date=DCT)
    (t,) = result.timexes
    assert (t.interval.begin.isoformat(), t.interval.end.isoformat()) == ("2025-09-26T18:00:00", "2025-09-29T00:00:00")


def test_digits_inside_longer_numbers_are_not_dates():
    assert _found("编号12025年度报告") == []
    assert _found("共113月份数据") == []


def test_without_document_date_values_keep_placeholders():
    result = tag("公约签署仪式将于3月3日举行。", "zh")
    assert [(t.text, t.value) for t in result.timexes] == [("3月3日", "XXXX-03-03")]


def test_chinese_is_detected():
    assert detect_language("联合国打击网络犯罪公约签署仪式将于10月25日在河内举行。") == "zh"


# periods within a date (when.sub_period): every timex as (text, value, mod, interval begin, interval end)
PERIODS = [
    ('2014年10月的第一周销售下滑。', [('2014年10月的第一周', '2014-W41', None, '2014-10-06T00:00:00', '2014-10-13T00:00:00')]),
    ('工程将于10月最后一周完工。', [('10月最后一周', '2025-W43', None, '2025-10-20T00:00:00', '2025-10-27T00:00:00')]),
    ('展会将在10月的第一个周末开幕。', [('10月的第一个周末', '2025-W40-WE', None, '2025-10-03T18:00:00', '2025-10-06T00:00:00')]),
    ('价格在4月下半月上涨。', [('4月下半月', '2025-04', 'END', '2025-04-16T00:00:00', '2025-05-01T00:00:00')]),
    ('战争的第一周很混乱。', []),
]


@pytest.mark.parametrize("sentence, expected", PERIODS, ids=[p[0][:40] for p in PERIODS])
def test_periods_within_dates(sentence, expected):
    got = [(t.text, t.value, t.mod, t.interval.begin.isoformat() if t.interval else None,
            t.interval.end.isoformat() if t.interval else None) for t in tag(sentence, "zh", DCT).timexes]
    assert got == expected


# N seconds / minutes / hours later with no day named before: from the reference time, one grain finer than the
# unit (as "three minutes later"); days stay days; after a named day, the clock units stay on that day
LATER = [
    ('三秒后，门开了。', [('三秒后', 'TIME', '2013-02-12T04:30:03', '2013-02-12T04:30:03', '2013-02-12T04:30:04')]),
    ('三分鐘後，會議開始。', [('三分鐘後', 'TIME', '2013-02-12T04:33:00', '2013-02-12T04:33:00', '2013-02-12T04:33:01')]),
    ('三小时之后，双方举行会谈。', [('三小时之后', 'TIME', '2013-02-12T07:30', '2013-02-12T07:30:00', '2013-02-12T07:31:00')]),
    ('三天后，双方举行会谈。', [('三天后', 'DATE', '2013-02-15', '2013-02-15T00:00:00', '2013-02-16T00:00:00')]),
    ('10月1日，代表团抵达河内。三小时后，双方举行会谈。',
     [('10月1日', 'DATE', '2012-10-01', '2012-10-01T00:00:00', '2012-10-02T00:00:00'),
      ('三小时后', 'DATE', '2012-10-01', '2012-10-01T00:00:00', '2012-10-02T00:00:00')]),
]


@pytest.mark.parametrize("sentence, expected", LATER, ids=[p[0][:20] for p in LATER])
def test_later_from_the_reference_time(sentence, expected):
    now = dt.datetime(2013, 2, 12, 4, 30)
    got = [(t.text, t.type, t.value, t.interval.begin.isoformat(), t.interval.end.isoformat())
           for t in tag(sentence, "zh", now).timexes]
    assert got == expected
