"""Coverage table of vi (tests/coverage/categories.py): category → sentences, each with every time expression in
it as (text, type, value, mod), read on Thursday 25 September 2025; GAPS: category → why it is not covered."""

CASES: dict[str, list[tuple[str, list[tuple[str, str, str, str | None]]]]] = {
    'written_date': [
        ('Hội nghị diễn ra ngày 22 tháng 9 năm 2025 tại Hà Nội.',
         [('ngày 22 tháng 9 năm 2025', 'DATE', '2025-09-22', None)]),
        ('Lễ khai mạc sẽ diễn ra vào ngày 3 tháng 3.', [('ngày 3 tháng 3', 'DATE', '2026-03-03', None)]),
        ('Ngày 15 tháng 10 năm ngoái, dự án khởi công.', [('Ngày 15 tháng 10 năm ngoái', 'DATE', '2024-10-15', None)]),
    ],
    'numeric_date': [
        ('Công ước được ký ngày 25/10/2025 tại Hà Nội.', [('ngày 25/10/2025', 'DATE', '2025-10-25', None)]),
        ('Quyết định có hiệu lực từ ngày 25-10.', [('ngày 25-10', 'DATE', '2025-10-25', None)]),
        ('Nghị định được ban hành ngày 25.10.2025.', [('ngày 25.10.2025', 'DATE', '2025-10-25', None)]),
        ('Thủ tướng tiếp đoàn vào thứ Hai (22/9).', [('thứ Hai (22/9)', 'DATE', '2025-09-22', None)]),
    ],
    'month_year': [
        ('Kim ngạch xuất khẩu tháng 10/2025 dự kiến tăng.', [('tháng 10/2025', 'DATE', '2025-10', None)]),
        ('Giá xăng giảm trong tháng 10 năm ngoái.', [('tháng 10 năm ngoái', 'DATE', '2024-10', None)]),
        ('Tháng 3 tới, Quốc hội sẽ họp bất thường.', [('Tháng 3 tới', 'DATE', '2026-03', None)]),
    ],
    'year': [
        ('Năm 2025, kinh tế tăng trưởng 8%.', [('Năm 2025', 'DATE', '2025', None)]),
        ('Việt Nam gia nhập WTO năm 2007.', [('năm 2007', 'DATE', '2007', None)]),
    ],
    'decade': [
        ('Từ thập niên 1990, Việt Nam đã mở cửa nền kinh tế.', [('thập niên 1990', 'DATE', '199', None)]),
        ('Vào những năm 80 của thế kỷ trước, đời sống còn nhiều khó khăn.',
         [('những năm 80 của thế kỷ trước', 'DATE', '198', None)]),
        ('Phong trào bắt đầu từ cuối thập niên 1980.', [('cuối thập niên 1980', 'DATE', '198', 'END')]),
    ],
    'century': [
        ('Thế kỷ 21 được gọi là thế kỷ của châu Á.', [('Thế kỷ 21', 'DATE', '20', None)]),
        ('Ngôi chùa được xây dựng vào thế kỷ XVII.', [('thế kỷ XVII', 'DATE', '16', None)]),
        ('Vào đầu thế kỷ 20, Hà Nội có hơn 100 nghìn dân.', [('đầu thế kỷ 20', 'DATE', '19', 'START')]),
    ],
    'quarter_half': [
        ('Tăng trưởng GDP quý III/2025 đạt 8,2%.', [('quý III/2025', 'DATE', '2025-Q3', None)]),
        ('Doanh thu quý 3 năm nay tăng mạnh.', [('quý 3 năm nay', 'DATE', '2025-Q3', None)]),
        ('Xuất khẩu 6 tháng đầu năm 2025 tăng 14%.', [('6 tháng đầu năm 2025', 'DATE', '2025-H1', None)]),
        ('Quý I năm nay, xuất khẩu tăng 10%.', [('Quý I năm nay', 'DATE', '2025-Q1', None)]),
    ],
    'season': [
        ('Mùa hè năm nay nắng nóng kéo dài.', [('Mùa hè năm nay', 'DATE', '2025-SU', None)]),
        ('Mùa hè năm 2024, nắng nóng kéo dài ở miền Trung.', [('Mùa hè năm 2024', 'DATE', '2024-SU', None)]),
        ('Mùa đông năm nay đến sớm.', [('Mùa đông năm nay', 'DATE', '2025-WI', None)]),
    ],
    'part_of_day': [
        ('Sáng nay, Thủ tướng chủ trì phiên họp Chính phủ.', [('Sáng nay', 'TIME', '2025-09-25TMO', None)]),
        ('Chiều qua, mưa lớn gây ngập nhiều tuyến phố.', [('Chiều qua', 'TIME', '2025-09-24TAF', None)]),
        ('Tối mai, đội tuyển Việt Nam sẽ gặp Thái Lan.', [('Tối mai', 'TIME', '2025-09-26TEV', None)]),
        ('Đêm qua, bão số 10 đổ bộ vào Nghệ An.', [('Đêm qua', 'TIME', '2025-09-24TNI', None)]),
    ],
    'weekday': [
        ('Thủ tướng đã tiếp đoàn hôm thứ Hai.', [('thứ Hai', 'DATE', '2025-09-22', None)]),
        ('Đoàn sẽ lên đường vào thứ Sáu.', [('thứ Sáu', 'DATE', '2025-09-26', None)]),
    ],
    'relative': [
        ('Hôm qua, Bộ Y tế đã họp khẩn.', [('Hôm qua', 'DATE', '2025-09-24', None)]),
        ('Tuần tới, Quốc hội sẽ họp phiên bất thường.', [('Tuần tới', 'DATE', '2025-W40', None)]),
        ('Doanh nghiệp đã có lãi trong năm ngoái.', [('năm ngoái', 'DATE', '2024', None)]),
        ('Tháng trước, lạm phát tăng 0,3%.', [('Tháng trước', 'DATE', '2025-08', None)]),
    ],
    'ago_later': [
        ('Ba năm trước, nơi này còn là đầm lầy.', [('Ba năm trước', 'DATE', '2022', None)]),
        ('Cách đây 10 năm, nơi này còn là ruộng lúa.', [('Cách đây 10 năm', 'DATE', '2015', None)]),
        ('Ba ngày nữa, kỳ thi tốt nghiệp sẽ bắt đầu.', [('Ba ngày nữa', 'DATE', '2025-09-28', None)]),
        ('Sau 2 tuần nữa, công trình sẽ hoàn thành.', [('Sau 2 tuần nữa', 'DATE', '2025-W41', None)]),
    ],
    'ago_approx': [
        ('Vụ việc xảy ra khoảng 12 ngày trước.',
         [('khoảng 12 ngày trước', 'DATE', '2025-09-13', 'APPROX')]),
        ('Cách đây khoảng hai tuần, ông rời Hà Nội.',
         [('Cách đây khoảng hai tuần', 'DATE', '2025-W37', 'APPROX')]),
        ('Con đập được hoàn thành khoảng ba năm trước.',
         [('khoảng ba năm trước', 'DATE', '2022', 'APPROX')]),
        ('Khoảng 10 ngày nữa, tòa sẽ tuyên án.',
         [('Khoảng 10 ngày nữa', 'DATE', '2025-10-05', 'APPROX')]),
        ('Vụ việc xảy ra gần một tháng trước.',
         [('gần một tháng trước', 'DATE', '2025-08', 'APPROX')]),
        ('Vụ việc xảy ra 12 ngày trước.',
         [('12 ngày trước', 'DATE', '2025-09-13', None)]),
        # a bound before "N units nữa" is how long something goes on ("at least three more days"): a duration
        ('Mưa lớn có thể kéo dài thêm ít nhất ba ngày nữa.',
         [('ít nhất ba ngày', 'DURATION', 'P3D', 'EQUAL_OR_MORE')]),
    ],
    'last_next_n': [
        ('Trong 5 năm qua, thu nhập tăng gấp đôi.', [('5 năm qua', 'DURATION', 'P5Y', None)]),
        ('Trong 3 tháng tới, giá điện sẽ tăng.', [('3 tháng tới', 'DURATION', 'P3M', None)]),
        ('Hơn hai mươi năm qua, ông gắn bó với nghề.', [('Hơn hai mươi năm qua', 'DURATION', 'P20Y', 'MORE_THAN')]),
    ],
    'anaphora': [
        ('Ngày 20/9, đoàn đến Huế. Ngày hôm sau, đoàn ra Quảng Trị.',
         [('Ngày 20/9', 'DATE', '2025-09-20', None), ('Ngày hôm sau', 'DATE', '2025-09-21', None)]),
        ('Năm 2019, ông về hưu. Cùng năm đó, ông viết hồi ký.',
         [('Năm 2019', 'DATE', '2019', None), ('Cùng năm đó', 'DATE', '2019', None)]),
        ('Tháng 3/2020, dịch bùng phát. Cuối tháng đó, thành phố phong tỏa.',
         [('Tháng 3/2020', 'DATE', '2020-03', None), ('Cuối tháng đó', 'DATE', '2020-03', 'END')]),
    ],
    'range_list': [
        ('Hội nghị diễn ra từ 25 đến 26 tháng 10 năm 2025.',
         [('25', 'DATE', '2025-10-25', None), ('26 tháng 10 năm 2025', 'DATE', '2025-10-26', None)]),
        ('Lễ mở ký Công ước diễn ra tại Hà Nội ngày 25-26/10/2025.',
         [('ngày 25', 'DATE', '2025-10-25', None), ('26/10/2025', 'DATE', '2025-10-26', None)]),
        ('Các phiên họp diễn ra ngày 25, 26 và 27 tháng 10.',
         [('ngày 25', 'DATE', '2025-10-25', None), ('26', 'DATE', '2025-10-26', None), ('27 tháng 10', 'DATE', '2025-10-27', None)]),
        ('Từ năm 2020 đến năm 2025, dân số tăng nhanh.',
         [('năm 2020', 'DATE', '2020', None), ('năm 2025', 'DATE', '2025', None)]),
    ],
    'clock_zone': [
        ('Trận đấu bắt đầu lúc 19h30 (giờ Hà Nội).', [('19h30 (giờ Hà Nội)', 'TIME', '2025-09-25T19:30+07:00', None)]),
        ('Chuyến bay cất cánh lúc 8h sáng theo giờ GMT.',
         [('8h sáng theo giờ GMT', 'TIME', '2025-09-25T08:00Z', None)]),
        ('Buổi lễ khai mạc lúc 10h30 sáng 22/9.', [('10h30 sáng 22/9', 'TIME', '2025-09-22T10:30', None)]),
    ],
    'duration': [
        ('Ông đã làm việc ở đây hơn hai mươi năm.', [('hơn hai mươi năm', 'DURATION', 'P20Y', 'MORE_THAN')]),
        ('Cuộc họp kéo dài hai tiếng rưỡi.', [('hai tiếng rưỡi', 'DURATION', 'PT2H30M', None)]),
        ('Dự án kéo dài vài tháng.', [('vài tháng', 'DURATION', 'PXM', None)]),
        ('Hợp đồng có thời hạn ít nhất 2 năm.', [('ít nhất 2 năm', 'DURATION', 'P2Y', 'EQUAL_OR_MORE')]),
    ],
    'set': [
        ('Cuộc họp giao ban được tổ chức hằng tuần.', [('hằng tuần', 'SET', 'P1W', None)]),
        ('Mỗi năm, hàng triệu du khách đến Hạ Long.', [('Mỗi năm', 'SET', 'P1Y', None)]),
        ('Phố đi bộ mở cửa vào thứ Bảy hằng tuần.', [('thứ Bảy hằng tuần', 'SET', 'XXXX-WXX-6', None)]),
    ],
    'holiday': [
        ('Dịp Quốc khánh 2/9 năm nay, nhiều nơi treo cờ.', [('Quốc khánh 2/9 năm nay', 'DATE', '2025-09-02', None)]),
        ('Tết Nguyên đán 2026 sẽ kéo dài 9 ngày.',
         [('Tết Nguyên đán 2026', 'DATE', '2026-02-17', None), ('9 ngày', 'DURATION', 'P9D', None)]),
        ('Mùng 1 Tết, người dân đi lễ chùa.', [('Mùng 1 Tết', 'DATE', '2026-02-17', None)]),
        ('Rằm tháng Giêng năm nay, hàng nghìn người đi lễ chùa.',
         [('Rằm tháng Giêng năm nay', 'DATE', '2025-02-12', None)]),
    ],
    'other_calendar': [
        ('Lễ hội Đền Hùng sẽ diễn ra vào ngày 10 tháng 3 âm lịch.',
         [('ngày 10 tháng 3 âm lịch', 'DATE', '2026-04-26', None)]),
        ('Chợ hoa Tết mở cửa từ ngày 20 tháng Chạp.', [('ngày 20 tháng Chạp', 'DATE', '2026-02-07', None)]),
        ('Rằm tháng 7 âm lịch năm nay rơi vào ngày 6/9.',
         [('Rằm tháng 7 âm lịch năm nay', 'DATE', '2025-09-06', None), ('ngày 6/9', 'DATE', '2025-09-06', None)]),
    ],
    'vague': [
        ('Hiện nay, giá nhà tại Hà Nội tăng mạnh.', [('Hiện nay', 'DATE', 'PRESENT_REF', None)]),
        ('Trong thời gian tới, thành phố sẽ có thêm tàu điện.', [('thời gian tới', 'DATE', 'FUTURE_REF', None)]),
        ('Từ đầu năm đến nay, giá vàng tăng 30%.',
         [('đầu năm', 'DATE', '2025', 'START'), ('nay', 'DATE', 'PRESENT_REF', None)]),
    ],
    'names': [
        ('Đường 3 Tháng 2 bị ngập sâu sau cơn mưa.', [('3 Tháng 2', 'DATE', 'XXXX-02-03', None)]),
        ('Cầu 30/4 đang được sửa chữa.', [('30/4', 'DATE', 'XXXX-04-30', None)]),
        ('Cách mạng Tháng Tám thành công năm 1945.',
         [('Tháng Tám', 'DATE', 'XXXX-08', None), ('năm 1945', 'DATE', '1945', None)]),
    ],
    'event_anchored': [
        # the days of the events the sentence yields (tests/coverage/categories.py: BY_EVENTS)
        ('Lệnh giới nghiêm được dỡ bỏ một tháng sau ngày 25 tháng 1 năm 2025.', [('2025-02-25', '2025-02-25')]),
        ('Bộ trưởng từ chức hai tuần trước ngày 3 tháng 3 năm 2025.', [('2025-02-17', '2025-02-17')]),
        ('Năm năm sau trận lũ, thị trấn được xây dựng lại.', []),
        ('Ba ngày sau vụ tấn công, biên giới bị đóng cửa.', []),
    ],
}

GAPS: dict[str, str] = {
}
