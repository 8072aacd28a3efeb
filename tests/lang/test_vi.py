"""Vietnamese: news expressions with their exact extents and TIMEX3 values (document date 2025-09-25, a Thursday)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.lang.detect import detect_language
from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)

# sentence → every timex it holds: (text, type, value, mod). "vào", "từ", "đến", "lúc", "trong" stay outside;
# the nouns "ngày", "năm", "tháng" belong to the expression.
CASES = [
    # full dates, tense-aware dates without a year
    ("Hội nghị diễn ra ngày 22 tháng 9 năm 2025 tại Hà Nội.", [("ngày 22 tháng 9 năm 2025", "DATE", "2025-09-22", None)]),
    ("Công ước được ký ngày 22/9/2025.", [("ngày 22/9/2025", "DATE", "2025-09-22", None)]),
    ("Miền Nam được giải phóng ngày 30/4/1975.", [("ngày 30/4/1975", "DATE", "1975-04-30", None)]),
    ("Lễ khai mạc sẽ diễn ra vào ngày 3 tháng 3.", [("ngày 3 tháng 3", "DATE", "2026-03-03", None)]),
    ("Hội nghị đã diễn ra vào ngày 3 tháng 3.", [("ngày 3 tháng 3", "DATE", "2025-03-03", None)]),
    ("Kỳ họp bế mạc hôm 20/9.", [("hôm 20/9", "DATE", "2025-09-20", None)]),
    ("Thứ Sáu, ngày 26/9/2025, trời nắng.", [("Thứ Sáu, ngày 26/9/2025", "DATE", "2025-09-26", None)]),
    ("Thủ tướng tiếp đoàn vào thứ Hai (22/9).", [("thứ Hai (22/9)", "DATE", "2025-09-22", None)]),
    ("Dịp Quốc khánh 2/9 năm nay, nhiều nơi treo cờ.", [("Quốc khánh 2/9 năm nay", "DATE", "2025-09-02", None)]),
    ("Ngày 15 tháng 10 năm ngoái, dự án khởi công.", [("Ngày 15 tháng 10 năm ngoái", "DATE", "2024-10-15", None)]),
    # ranges and lists: endpoints tagged apart
    ("Hội nghị diễn ra từ 25 đến 26 tháng 10 năm 2025.",
     [("25", "DATE", "2025-10-25", None), ("26 tháng 10 năm 2025", "DATE", "2025-10-26", None)]),
    ("Lễ mở ký Công ước diễn ra tại Hà Nội ngày 25-26/10/2025.",
     [("ngày 25", "DATE", "2025-10-25", None), ("26/10/2025", "DATE", "2025-10-26", None)]),
    ("Triển lãm mở cửa từ ngày 25/10 đến ngày 2/11/2025.",
     [("ngày 25/10", "DATE", "2025-10-25", None), ("ngày 2/11/2025", "DATE", "2025-11-02", None)]),
    ("Các phiên họp diễn ra ngày 25, 26 và 27 tháng 10.",
     [("ngày 25", "DATE", "2025-10-25", None), ("26", "DATE", "2025-10-26", None),
      ("27 tháng 10", "DATE", "2025-10-27", None)]),
    ("Kế hoạch giai đoạn 2021-2025 đã hoàn thành.", [("2021", "DATE", "2021", None), ("2025", "DATE", "2025", None)]),
    ("Từ năm 2020 đến năm 2025, dân số tăng nhanh.",
     [("năm 2020", "DATE", "2020", None), ("năm 2025", "DATE", "2025", None)]),
    # months, years, decades, centuries, seasons, quarters, halves, weeks
    ("Kim ngạch xuất khẩu tháng 10/2025 dự kiến tăng.", [("tháng 10/2025", "DATE", "2025-10", None)]),
    ("Giá xăng giảm trong tháng 10 năm ngoái.", [("tháng 10 năm ngoái", "DATE", "2024-10", None)]),
    ("Năm 2025, kinh tế tăng trưởng 8%.", [("Năm 2025", "DATE", "2025", None)]),
    ("Doanh nghiệp đã có lãi trong năm ngoái.", [("năm ngoái", "DATE", "2024", None)]),
    ("Từ thập niên 1990, Việt Nam đã mở cửa.", [("thập niên 1990", "DATE", "199", None)]),
    ("Vào những năm 90, ca khúc này rất nổi tiếng.", [("những năm 90", "DATE", "199", None)]),
    ("Thế kỷ 21 được gọi là thế kỷ của châu Á.", [("Thế kỷ 21", "DATE", "20", None)]),
    ("Đây là thách thức lớn của thế kỷ XXI.", [("thế kỷ XXI", "DATE", "20", None)]),
    ("Mùa hè năm nay nắng nóng kéo dài.", [("Mùa hè năm nay", "DATE", "2025-SU", None)]),
    ("Tăng trưởng GDP quý III/2025 đạt 8,2%.", [("quý III/2025", "DATE", "2025-Q3", None)]),
    ("Doanh thu quý 3 năm nay tăng mạnh.", [("quý 3 năm nay", "DATE", "2025-Q3", None)]),
    ("Xuất khẩu 6 tháng đầu năm 2025 tăng 14%.", [("6 tháng đầu năm 2025", "DATE", "2025-H1", None)]),
    ("Tuần tới, Quốc hội sẽ họp phiên bất thường.", [("Tuần tới", "DATE", "2025-W40", None)]),
    ("Giá vàng tăng mạnh trong tuần trước.", [("tuần trước", "DATE", "2025-W38", None)]),
    ("Đoàn sẽ lên đường vào thứ Hai tuần tới.", [("thứ Hai tuần tới", "DATE", "2025-09-29", None)]),
    ("Trận đấu diễn ra hôm Chủ nhật tuần trước.", [("Chủ nhật tuần trước", "DATE", "2025-09-21", None)]),
    # START / MID / END
    ("Từ đầu năm 2025, giá vàng tăng mạnh.", [("đầu năm 2025", "DATE", "2025", "START")]),
    ("Lễ hội được tổ chức vào giữa tháng 10.", [("giữa tháng 10", "DATE", "2025-10", "MID")]),
    ("Dự án sẽ hoàn thành vào cuối năm.", [("cuối năm", "DATE", "2025", "END")]),
    ("Kế hoạch được công bố đầu tháng 10/2025.", [("đầu tháng 10/2025", "DATE", "2025-10", "START")]),
    ("Phong trào bắt đầu từ cuối thập niên 1980.", [("cuối thập niên 1980", "DATE", "198", "END")]),
    # clock times and parts of the day
    ("Cuộc họp bắt đầu lúc 10 giờ 30.", [("10 giờ 30", "TIME", "2025-09-25T10:30", None)]),
    ("Hội nghị khai mạc lúc 8h sáng (giờ Hà Nội).", [("8h sáng (giờ Hà Nội)", "TIME", "2025-09-25T08:00+07:00", None)]),
    ("Trận đấu bắt đầu lúc 19h30 theo giờ GMT.", [("19h30 theo giờ GMT", "TIME", "2025-09-25T19:30Z", None)]),
    ("Cuộc họp diễn ra lúc 15h giờ UTC hôm nay.", [("15h giờ UTC hôm nay", "TIME", "2025-09-25T15:00Z", None)]),
    ("Buổi lễ khai mạc lúc 10h30 sáng 22/9.", [("10h30 sáng 22/9", "TIME", "2025-09-22T10:30", None)]),
    ("Trận đấu bắt đầu lúc 8 giờ tối nay.", [("8 giờ tối nay", "TIME", "2025-09-25T20:00", None)]),
    ("Chuyến bay cất cánh lúc 3 giờ rưỡi chiều.", [("3 giờ rưỡi chiều", "TIME", "2025-09-25T15:30", None)]),
    ("Sáng 22/9, Thủ tướng đã tiếp đoàn.", [("Sáng 22/9", "TIME", "2025-09-22TMO", None)]),
    ("Sáng nay, Hà Nội mưa lớn.", [("Sáng nay", "TIME", "2025-09-25TMO", None)]),
    ("Tối qua, đội tuyển đã giành chiến thắng.", [("Tối qua", "TIME", "2025-09-24TEV", None)]),
    # durations, with number words
    ("Ông đã làm việc ở đây hơn hai mươi năm.", [("hơn hai mươi năm", "DURATION", "P20Y", "MORE_THAN")]),
    ("Dự án bị đình trệ một thập kỷ.", [("một thập kỷ", "DURATION", "P10Y", None)]),
    ("Đợt kiểm tra kéo dài hai tuần.", [("hai tuần", "DURATION", "P2W", None)]),
    ("Hợp đồng có thời hạn ít nhất 2 năm.", [("ít nhất 2 năm", "DURATION", "P2Y", "EQUAL_OR_MORE")]),
    ("Công trình thi công gần 10 năm.", [("gần 10 năm", "DURATION", "P10Y", "LESS_THAN")]),
    ("Ông bị phạt tù hai năm rưỡi.", [("hai năm rưỡi", "DURATION", "P2Y6M", None)]),
    # relative dates
    ("Hôm qua, Bộ Y tế đã họp khẩn.", [("Hôm qua", "DATE", "2025-09-24", None)]),
    ("Vụ việc xảy ra ba ngày trước.", [("ba ngày trước", "DATE", "2025-09-22", None)]),
    ("Cách đây 10 năm, nơi này còn là đầm lầy.", [("Cách đây 10 năm", "DATE", "2015", None)]),
    ("Ngày 20/9, đoàn đến Huế. Ngày hôm sau, đoàn ra Quảng Trị.",
     [("Ngày 20/9", "DATE", "2025-09-20", None), ("Ngày hôm sau", "DATE", "2025-09-21", None)]),
    # sets
    ("Cuộc họp được tổ chức hàng tuần.", [("hàng tuần", "SET", "P1W", None)]),
    ("Lễ hội được tổ chức hằng năm.", [("hằng năm", "SET", "P1Y", None)]),
    # vague references
    ("Trong tương lai, thành phố sẽ có thêm tàu điện.", [("tương lai", "DATE", "FUTURE_REF", None)]),
    ("Hiện nay, cả nước có 34 tỉnh, thành phố.", [("Hiện nay", "DATE", "PRESENT_REF", None)]),
    ("Thời gian tới, Bộ sẽ sửa đổi luật.", [("Thời gian tới", "DATE", "FUTURE_REF", None)]),
    ("Những năm gần đây, du lịch phát triển mạnh.", [("Những năm gần đây", "DATE", "PAST_REF", None)]),
    # numeric dates with dashes, as Tuổi Trẻ and Thanh Niên write them
    ("Bộ Công an cho biết hôm 23-9, đã bắt giữ 3 nghi phạm.", [("hôm 23-9", "DATE", "2025-09-23", None)]),
    # ago and later from now; later from the last date
    ("Năm 2019, ông về hưu. Ba năm sau đó, ông qua đời.",
     [("Năm 2019", "DATE", "2019", None), ("Ba năm sau đó", "DATE", "2022", None)]),
    # anaphora
    ("Năm 1975, đất nước thống nhất. Năm đó, ông 20 tuổi.",
     [("Năm 1975", "DATE", "1975", None), ("Năm đó", "DATE", "1975", None)]),
    # decades of a century said outright or moved
    ("Nhà hát được xây vào thập niên 20 của thế kỷ XIX.", [("thập niên 20 của thế kỷ XIX", "DATE", "182", None)]),
    # a clock time before the weekday it falls on
    ("Trận đấu sẽ bắt đầu lúc 19h thứ Sáu.", [("19h thứ Sáu", "TIME", "2025-09-26T19:00", None)]),
    ("Trận đấu bắt đầu lúc 19h thứ Sáu tuần trước.", [("19h thứ Sáu tuần trước", "TIME", "2025-09-19T19:00", None)]),
    # sets of a weekday
    ("Lễ hội diễn ra vào mỗi thứ Bảy.", [("mỗi thứ Bảy", "SET", "XXXX-WXX-6", None)]),
    ("Phố đi bộ mở cửa vào các ngày Chủ nhật.", [("các ngày Chủ nhật", "SET", "XXXX-WXX-7", None)]),
    # lunar dates: the lunisolar calendar's day, placed in the Gregorian year
    ("Lễ hội Đền Hùng năm 2025 diễn ra vào ngày 10/3 âm lịch.",
     [("năm 2025", "DATE", "2025", None), ("ngày 10/3 âm lịch", "DATE", "2025-04-07", None)]),
    ("Giỗ Tổ Hùng Vương năm nay rơi vào mồng 10 tháng 3 âm lịch.",
     [("Giỗ Tổ Hùng Vương năm nay", "DATE", "2025-04-07", None), ("mồng 10 tháng 3 âm lịch", "DATE", "2025-04-07", None)]),
    # "đến nay": until now
    ("Từ năm 2020 đến nay, dân số tăng nhanh.", [("năm 2020", "DATE", "2020", None), ("nay", "DATE", "PRESENT_REF", None)]),
    # dates inside names: not placed on the calendar; the same words outside a name are a date
    ("Nước ngập sâu trên đường Cách mạng Tháng Tám.", [("Tháng Tám", "DATE", "XXXX-08", None)]),
    ("Ngày 3 tháng 2, ông đến đường Lê Lợi.", [("Ngày 3 tháng 2", "DATE", "2026-02-03", None)]),
    # not time expressions: a count, a fraction, ordinals ("thứ hai" = second), "ngày tháng năm sinh"
    ("Có 2025 người tham dự, chiếm 2/3 số đại biểu.", []),
    ("Đây là lần thứ hai đội tuyển vào chung kết, người thứ ba bị loại.", []),
    ("Đề nghị ghi rõ ngày tháng năm sinh.", []),
    # "cuối tuần" is the weekend (Friday 18:00 to Monday); "cuối tháng" the end of the month
    ("Lễ hội sẽ diễn ra vào cuối tuần này.", [("cuối tuần này", "DATE", "2025-W39-WE", None)]),
    ("Cuối tuần qua, hàng nghìn người đã tham gia.", [("Cuối tuần qua", "DATE", "2025-W38-WE", None)]),
    ("Hội nghị diễn ra cuối tháng này.", [("cuối tháng này", "DATE", "2025-09", "END")]),
]

RANGES = [
    ("Hội nghị diễn ra từ 25 đến 26 tháng 10 năm 2025.", [("25", "26 tháng 10 năm 2025")]),
    ("Lễ mở ký Công ước diễn ra tại Hà Nội ngày 25-26/10/2025.", [("ngày 25", "26/10/2025")]),
    ("Các phiên họp diễn ra ngày 25, 26 và 27 tháng 10.", [("ngày 25", "27 tháng 10")]),
    ("Từ năm 2020 đến năm 2025, dân số tăng nhanh.", [("năm 2020", "năm 2025")]),
]


def _found(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    result = tag(sentence, "vi", document_date=DCT)
    for t in result.timexes:
        assert sentence[t.start:t.end] == t.text
    return [(t.text, t.type, t.value, t.mod) for t in result.timexes]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_vietnamese_news_expression(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", RANGES, ids=[r[0][:40] for r in RANGES])
def test_vietnamese_ranges(sentence, expected):
    result = tag(sentence, "vi", document_date=DCT)
    pairs = [(result.timexes[r.first].text, result.timexes[r.last].text) for r in result.ranges]
    assert pairs == expected


def test_offsets_in_a_full_paragraph():
    text = ("Sáng 22/9, tại Hà Nội, Thủ tướng đã tiếp Tổng Thư ký Liên hợp quốc. Lễ mở ký Công ước sẽ diễn ra từ 25 "
            "đến 26 tháng 10 năm 2025. Hơn hai mươi năm qua, Việt Nam luôn ủng hộ hợp tác quốc tế; trong tương lai, "
            "hai bên sẽ gặp lại.")
    result = tag(text, "vi", document_date=DCT)
    got = [(t.start, t.end, t.type, t.value, t.mod) for t in result.timexes]
    assert got == [
        (0, 9, "TIME", "2025-09-22TMO", None),
        (100, 102, "DATE", "2025-10-25", None),
        (107, 127, "DATE", "2025-10-26", None),
        (129, 149, "DURATION", "P20Y", "MORE_THAN"),
        (195, 204, "DATE", "FUTURE_REF", None),
    ]
    assert [text[s:e] for s, e, *_ in got] == [
        "Sáng 22/9", "25", "26 tháng 10 năm 2025", "Hơn hai mươi năm qua", "tương lai"]
    assert [(r.first, r.last) for r in result.ranges] == [(1, 2)]


def test_without_document_date_values_keep_placeholders():
    result = tag("Lễ khai mạc sẽ diễn ra vào ngày 3 tháng 3.", "vi")
    assert [(t.text, t.value) for t in result.timexes] == [("ngày 3 tháng 3", "XXXX-03-03")]


def test_vietnamese_is_told_from_english_and_french():
    assert detect_language("Thủ tướng Phạm Minh Chính đã tiếp đoàn đại biểu của các nước tham dự hội nghị.") == "vi"
    assert detect_language("The prime minister received the delegations of the countries at the conference.") == "en"
    assert detect_language("Le Premier ministre a reçu les délégations des pays participant à la conférence.") == "fr"


# periods within a date (when.sub_period): every timex as (text, value, mod, interval begin, interval end)
PERIODS = [
    ('Doanh số giảm trong tuần đầu tiên của tháng 10 năm 2014.', [('tuần đầu tiên của tháng 10 năm 2014', '2014-W41', None, '2014-10-06T00:00:00', '2014-10-13T00:00:00')]),
    ('Công trình sẽ hoàn thành vào tuần cuối tháng 10.', [('tuần cuối tháng 10', '2025-W43', None, '2025-10-20T00:00:00', '2025-10-27T00:00:00')]),
    ('Giá tăng trong nửa cuối tháng 4.', [('nửa cuối tháng 4', '2025-04', 'END', '2025-04-16T00:00:00', '2025-05-01T00:00:00')]),
    ('Hội nghị sẽ diễn ra vào nửa đầu tháng 5 năm 2026.', [('nửa đầu tháng 5 năm 2026', '2026-05', 'START', '2026-05-01T00:00:00', '2026-05-16T00:00:00')]),
    ('Tuần đầu tiên của cuộc chiến rất hỗn loạn.', []),
]


@pytest.mark.parametrize("sentence, expected", PERIODS, ids=[p[0][:40] for p in PERIODS])
def test_periods_within_dates(sentence, expected):
    got = [(t.text, t.value, t.mod, t.interval.begin.isoformat() if t.interval else None,
            t.interval.end.isoformat() if t.interval else None) for t in tag(sentence, "vi", DCT).timexes]
    assert got == expected


def test_a_lunar_date_is_the_day_of_the_lunisolar_calendar():
    (timex,) = tag("Lễ hội Đền Hùng sẽ diễn ra vào ngày 10 tháng 3 âm lịch.", "vi", DCT).timexes
    assert (timex.interval.begin, timex.interval.end) == (dt.datetime(2026, 4, 26), dt.datetime(2026, 4, 27))


def test_a_date_inside_a_name_is_not_placed_on_the_calendar():
    (timex,) = tag("Đường 3 Tháng 2 bị ngập sâu sau cơn mưa.", "vi", DCT).timexes
    assert (timex.value, timex.interval) == ("XXXX-02-03", None)
