"""Arabic time expressions as news writes them: exact spans, types, values and modifiers.

Document date: Thursday 25 September 2025. Each row: the text, then every time expression found in it as
(text, type, value, mod), in order.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DOCUMENT_DATE = dt.date(2025, 9, 25)

CASES = [
    ('سيتم عقد الحفل في 22 سبتمبر 2025.', [('22 سبتمبر 2025', 'DATE', '2025-09-22', None)]),
    ('عقد الاجتماع في 22 سبتمبر.', [('22 سبتمبر', 'DATE', '2025-09-22', None)]),
    ('ستستأنف المحادثات في 3 مارس.', [('3 مارس', 'DATE', '2026-03-03', None)]),
    ('استؤنفت المحادثات في 3 مارس الماضي.', [('3 مارس الماضي', 'DATE', '2025-03-03', None)]),
    ('ارتفعت المبيعات في أكتوبر 2025.', [('أكتوبر 2025', 'DATE', '2025-10', None)]),
    ('صدر القانون عام 2019.', [('عام 2019', 'DATE', '2019', None)]),
    ('وقع الحادث في 15 أيلول 2024.', [('15 أيلول 2024', 'DATE', '2024-09-15', None)]),
    ('في شهر تشرين الأول 2024', [('شهر تشرين الأول 2024', 'DATE', '2024-10', None)]),
    ('سيعقد المؤتمر في 5 تشرين الثاني/نوفمبر', [('5 تشرين الثاني/نوفمبر', 'DATE', '2025-11-05', None)]),
    ('تقام الفعاليات منذ بداية عام 2025', [('بداية عام 2025', 'DATE', '2025', 'START')]),
    ('في منتصف عام 2024', [('منتصف عام 2024', 'DATE', '2024', 'MID')]),
    ('في نهاية العام الجاري', [('نهاية العام الجاري', 'DATE', '2025', 'END')]),
    ('في أواخر ديسمبر الماضي', [('أواخر ديسمبر الماضي', 'DATE', '2024-12', 'END')]),
    ('الأسبوع الماضي', [('الأسبوع الماضي', 'DATE', '2025-W38', None)]),
    ('الشهر المقبل', [('الشهر المقبل', 'DATE', '2025-10', None)]),
    ('العام الماضي', [('العام الماضي', 'DATE', '2024', None)]),
    ('الأسبوع المقبل', [('الأسبوع المقبل', 'DATE', '2025-W40', None)]),
    ('وصل أمس', [('أمس', 'DATE', '2025-09-24', None)]),
    ('يغادر غدا', [('غدا', 'DATE', '2025-09-26', None)]),
    ('وفي اليوم التالي استقال', [('اليوم التالي', 'DATE', '2025-09-26', None)]),
    ('قبل ثلاثة أيام', [('قبل ثلاثة أيام', 'DATE', '2025-09-22', None)]),
    # counted from an event ("three days after the minister's visit"): a duration, no date
    ('ويأتي ذلك بعد ثلاثة أيام من زيارة الوزير.', [('ثلاثة أيام', 'DURATION', 'P3D', None)]),
    ('وصل الوفد قبل يومين من بدء القمة.', [('يومين', 'DURATION', 'P2D', None)]),
    ('قبل عامين', [('قبل عامين', 'DATE', '2023', None)]),
    ('بعد أسبوعين', [('بعد أسبوعين', 'DATE', '2025-W41', None)]),
    ('يوم الثلاثاء الماضي', [('يوم الثلاثاء الماضي', 'DATE', '2025-09-23', None)]),
    ('يوم الجمعة المقبل', [('يوم الجمعة المقبل', 'DATE', '2025-09-26', None)]),
    ('في الساعة 10:30 صباحا', [('الساعة 10:30 صباحا', 'TIME', '2025-09-25T10:30', None)]),
    ('يبدأ الاجتماع الساعة 14:00 بتوقيت غرينتش.', [('الساعة 14:00 بتوقيت غرينتش', 'TIME', '2025-09-25T14:00Z', None)]),
    ('تنطلق المباراة الساعة العاشرة صباحا بتوقيت مكة المكرمة.',
     [('الساعة العاشرة صباحا بتوقيت مكة المكرمة', 'TIME', '2025-09-25T10:00+03:00', None)]),
    # a zone named by its city: the offset in force that day (Cairo keeps summer time until late October)
    ('يعقد المؤتمر الساعة الثامنة مساء بتوقيت القاهرة.',
     [('الساعة الثامنة مساء بتوقيت القاهرة', 'TIME', '2025-09-25T20:00+03:00', None)]),
    ('أول أداة قانونية منذ أكثر من عشرين عامًا', [('أكثر من عشرين عامًا', 'DURATION', 'P20Y', 'MORE_THAN')]),
    ('استمر نحو ثلاث ساعات', [('نحو ثلاث ساعات', 'DURATION', 'PT3H', 'APPROX')]),
    ('استمر عامين', [('عامين', 'DURATION', 'P2Y', None)]),
    ('استمر عقدين', [('عقدين', 'DURATION', 'P20Y', None)]),
    ('استمر خمس سنوات', [('خمس سنوات', 'DURATION', 'P5Y', None)]),
    ('يصدر التقرير كل أسبوع', [('كل أسبوع', 'SET', 'P1W', None)]),
    ('يقام المهرجان سنويا', [('سنويا', 'SET', 'P1Y', None)]),
    ('الآن', [('الآن', 'DATE', 'PRESENT_REF', None)]),
    ('في المستقبل', [('المستقبل', 'DATE', 'FUTURE_REF', None)]),
    ('في الماضي', [('الماضي', 'DATE', 'PAST_REF', None)]),
    ('في الفترة المقبلة', [('الفترة المقبلة', 'DATE', 'FUTURE_REF', None)]),
    ('في الوقت الحاضر', [('الوقت الحاضر', 'DATE', 'PRESENT_REF', None)]),
    ('في الفترة من 25 إلى 26 أكتوبر 2025', [('25', 'DATE', '2025-10-25', None), ('26 أكتوبر 2025', 'DATE', '2025-10-26', None)]),
    ('أيام 25 و26 و27 أكتوبر', [('25', 'DATE', '2025-10-25', None), ('26', 'DATE', '2025-10-26', None), ('27 أكتوبر', 'DATE', '2025-10-27', None)]),
    ('ستعقد القمة يومي 15 و16 مايو المقبل.', [('15', 'DATE', '2026-05-15', None), ('16 مايو المقبل', 'DATE', '2026-05-16', None)]),
    ('عقدت القمة من 15 إلى 16 مايو الماضي.', [('15', 'DATE', '2025-05-15', None), ('16 مايو الماضي', 'DATE', '2025-05-16', None)]),
    ('بين 3 و5 مايو', [('3', 'DATE', '2025-05-03', None), ('5 مايو', 'DATE', '2025-05-05', None)]),
    ('في 15 ربيع الأول 1447 هـ', [('15 ربيع الأول 1447 هـ', 'DATE', '2025-09-07', None)]),
    ('في ١٥ سبتمبر ٢٠٢٥', [('١٥ سبتمبر ٢٠٢٥', 'DATE', '2025-09-15', None)]),
    ('في 22/9/2025', [('22/9/2025', 'DATE', '2025-09-22', None)]),
    ('في عامَ 2025', [('عامَ 2025', 'DATE', '2025', None)]),
    # days written as ordinal words, Levantine names, colloquial relative days
    ('تبدأ الدراسة في الأول من أكتوبر', [('الأول من أكتوبر', 'DATE', '2025-10-01', None)]),
    ('في الثالث عشر من نيسان 2024', [('الثالث عشر من نيسان 2024', 'DATE', '2024-04-13', None)]),
    ('من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر',
     [('الثالث والعشرين', 'DATE', '2025-10-23', None), ('السادس والعشرين من شهر أكتوبر', 'DATE', '2025-10-26', None)]),
    ('السبت السادس عشر', [('السبت السادس عشر', 'DATE', '2025-08-16', None)]),
    ('الاحد الماضي', [('الاحد الماضي', 'DATE', '2025-09-21', None)]),
    ('احد الاسبوع الماضي', [('احد الاسبوع الماضي', 'DATE', '2025-09-21', None)]),
    ('الأسبوع الفائت', [('الأسبوع الفائت', 'DATE', '2025-W38', None)]),
    ('يصل بكرة', [('بكرة', 'DATE', '2025-09-26', None)]),
    ('قبل أمس', [('قبل أمس', 'DATE', '2025-09-23', None)]),
    ('الثلاثاء الثالث من شهر أيلول من عام 2014', [('الثلاثاء الثالث من شهر أيلول من عام 2014', 'DATE', '2014-09-16', None)]),
    ('ثالث ثلاثاء في أيلول في سنة 2014', [('ثالث ثلاثاء في أيلول في سنة 2014', 'DATE', '2014-09-16', None)]),
    # clock times in words: "and a quarter", "to", parts of the day
    ('الساعة الثالثة وربع بعد الظهر', [('الساعة الثالثة وربع بعد الظهر', 'TIME', '2025-09-25T15:15', None)]),
    ('الساعة 12 إلا ربع قبل الظهر', [('الساعة 12 إلا ربع قبل الظهر', 'TIME', '2025-09-25T11:45', None)]),
    ('الساعة الحادية عشرة وخمس وأربعون دقيقة صباحا',
     [('الساعة الحادية عشرة وخمس وأربعون دقيقة صباحا', 'TIME', '2025-09-25T11:45', None)]),
    ('الثامنة هذه الليلة', [('الثامنة هذه الليلة', 'TIME', '2025-09-25T20:00', None)]),
    ('يوم السبت 20/09 الساعة 1:30 بعد الظهر', [('يوم السبت 20/09 الساعة 1:30 بعد الظهر', 'TIME', '2025-09-20T13:30', None)]),
    # anchored durations, feasts, "now"
    ('الأسابيع الثلاثة المقبلة', [('الأسابيع الثلاثة المقبلة', 'DURATION', 'P3W', None)]),
    ('السنوات الخمس الماضية', [('السنوات الخمس الماضية', 'DURATION', 'P5Y', None)]),
    ('عيد الفطر 2024', [('عيد الفطر 2024', 'DATE', '2024-04-10', None)]),
    ('عيد الميلاد', [('عيد الميلاد', 'DATE', '2025-12-25', None)]),
    ('حالا', [('حالا', 'DATE', 'PRESENT_REF', None)]),
    # numeric dates: every order and digit system of the Arab press
    ('أغلقت البورصة على ارتفاع في 25-10-2025.', [('25-10-2025', 'DATE', '2025-10-25', None)]),
    ('ستعقد الجلسة الأحد 28/9 في البرلمان.', [('الأحد 28/9', 'DATE', '2025-09-28', None)]),
    # months and years alone
    ('ارتفعت الأسعار في أكتوبر الماضي.', [('أكتوبر الماضي', 'DATE', '2024-10', None)]),
    ('تتراجع الأسعار عادة في أكتوبر.', [('أكتوبر', 'DATE', '2025-10', None)]),
    ('وزعت المساعدات في 2000 قرية.', []),
    ('تراوحت الأسعار من 1500 إلى 2000 دولار.', []),
    # decades and centuries
    ('يعود المبنى إلى ستينات القرن العشرين.', [('ستينات القرن العشرين', 'DATE', '196', None)]),
    ('يعود المبنى إلى عشرينيات هذا القرن.', [('عشرينيات هذا القرن', 'DATE', '202', None)]),
    ('هاجر إلى كندا في العشرينيات من عمره.', []),
    ('يشهد القرن الـ21 تحولات كبيرة.', [('القرن الـ21', 'DATE', '20', None)]),
    # quarters and halves
    # ل + ال written لل: the expression spans the whole written word
    ('أعلنت الشركة نتائجها للربع الثاني من العام الجاري.',
     [('للربع الثاني من العام الجاري', 'DATE', '2025-Q2', None)]),
    ('النصف الأول من 2025', [('النصف الأول من 2025', 'DATE', '2025-H1', None)]),
    ('سجل الفريق هدفين في النصف الثاني من المباراة.', []),
    # seasons
    ('في صيف عام 2023 اجتاحت الحرائق الغابات.', [('صيف عام 2023', 'DATE', '2023-SU', None)]),
    ('ستشهد البلاد هذا الصيف موجة حر.', [('هذا الصيف', 'DATE', '2025-SU', None)]),
    ('اندلعت ثورات الربيع العربي مطلع 2011.', [('مطلع 2011', 'DATE', '2011', 'START')]),
    # parts of a day
    ('يلتقي الفريقان الليلة في الرياض.', [('الليلة', 'TIME', '2025-09-25TNI', None)]),
    ('غادر الرئيس ظهر أمس الأربعاء.', [('ظهر أمس الأربعاء', 'TIME', '2025-09-24TMI', None)]),
    ('سافر الوفد صباح 22 سبتمبر إلى جنيف.', [('صباح 22 سبتمبر', 'TIME', '2025-09-22TMO', None)]),
    ('تنطلق المباراة مساء يوم الجمعة المقبل.', [('مساء يوم الجمعة المقبل', 'TIME', '2025-09-26TEV', None)]),
    # the hour, then the part of the day and the day it falls in
    ('وقع الانفجار عند الساعة 8:30 من مساء أمس.', [('الساعة 8:30 من مساء أمس', 'TIME', '2025-09-24T20:30', None)]),
    ('تنطلق القمة في الساعة العاشرة من صباح يوم الأحد المقبل.',
     [('الساعة العاشرة من صباح يوم الأحد المقبل', 'TIME', '2025-09-28T10:00', None)]),
    # today, and "اليوم" that is a day of something
    ('أعلن الجيش اليوم السيطرة على المدينة.', [('اليوم', 'DATE', '2025-09-25', None)]),
    ('يحتفل العالم باليوم العالمي للصحة.', []),
    ('ناقش المؤتمر في اليوم الأول ملف الطاقة.', []),
    # ago, later, the last and next units
    # a month before the elections: the time between them, not a month before today
    ('سافر الوزير قبل شهر من الانتخابات.', [('شهر', 'DURATION', 'P1M', None)]),
    ('تترقب الأسواق الـ48 ساعة المقبلة.', [('الـ48 ساعة المقبلة', 'DURATION', 'PT48H', None)]),
    ('تتواصل المشاورات خلال الأيام المقبلة.', [('الأيام المقبلة', 'DURATION', 'PXD', None)]),
    # anaphora
    ('اجتمع المجلس في 3 مارس 2020، وفي اليوم ذاته أعلن الإغلاق.',
     [('3 مارس 2020', 'DATE', '2020-03-03', None), ('اليوم ذاته', 'DATE', '2020-03-03', None)]),
    # ranges
    ('من يناير إلى مارس 2025 تراجعت الصادرات.',
     [('يناير', 'DATE', '2025-01', None), ('مارس 2025', 'DATE', '2025-03', None)]),
    # durations
    ('ظل العامل في عمله عامين ونصف.', [('عامين ونصف', 'DURATION', 'P2Y6M', None)]),
    ('استمر الحصار عاما كاملا.', [('عاما كاملا', 'DURATION', 'P1Y', None)]),
    ('لم يلتق الطرفان منذ أكثر من عام.', [('أكثر من عام', 'DURATION', 'P1Y', 'MORE_THAN')]),
    ('استمرت الحرب ربع قرن.', [('ربع قرن', 'DURATION', 'P25Y', None)]),
    # sets
    ('تقام البطولة كل عامين.', [('كل عامين', 'SET', 'P2Y', None)]),
    ('تغلق الأسواق أيام الجمعة.', [('أيام الجمعة', 'SET', 'XXXX-WXX-5', None)]),
    # holidays and Hijri dates with their Hijri year
    ('تبدأ العطلة في غرة رمضان 1447 هـ.', [('غرة رمضان 1447 هـ', 'DATE', '2026-02-18', None)]),
    # vague
    ('سترتفع الأسعار في الفترة القادمة.', [('الفترة القادمة', 'DATE', 'FUTURE_REF', None)]),
    # dates inside names: not placed on the calendar; an anniversary is this year's day
    ('تحتفل مصر بذكرى حرب أكتوبر.', [('أكتوبر', 'DATE', 'XXXX-10', None)]),
    ('تقع الشركة في مدينة 6 أكتوبر.', [('6 أكتوبر', 'DATE', 'XXXX-10-06', None)]),
    ('احتفلت مصر بذكرى 6 أكتوبر بعروض عسكرية.', [('6 أكتوبر', 'DATE', '2025-10-06', None)]),
    # not time expressions
    ('للمرة الثالثة على التوالي', []),
    ('أحد الأيام', []),
    ('الثانية عشرة', []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_expression(text, expected):
    result = tag(text, "ar", DOCUMENT_DATE)
    assert [(t.text, t.type, t.value, t.mod) for t in result.timexes] == expected
    for t in result.timexes:
        assert text[t.start:t.end] == t.text


def test_table_is_large_enough():
    assert len(CASES) >= 40


def test_hijri_date_keeps_the_original_beside_the_gregorian_value():
    (timex,) = tag("في 15 ربيع الأول 1447 هـ", "ar", DOCUMENT_DATE).timexes
    assert (timex.value, timex.calendar, timex.original_value) == ("2025-09-07", "islamic-umalqura", "1447-03-15")
    assert (timex.start, timex.end) == (3, 24)  # the tatweel of "هـ" belongs to the expression


def test_diacritics_and_tatweel_do_not_break_matching():
    text = "منذ أكثـــر من عشرين عامًا"
    (timex,) = tag(text, "ar", DOCUMENT_DATE).timexes
    assert (timex.text, timex.value, timex.mod) == ("أكثـــر من عشرين عامًا", "P20Y", "MORE_THAN")


def test_list_of_consecutive_days_forms_a_range():
    result = tag("أيام 25 و26 و27 أكتوبر", "ar", DOCUMENT_DATE)
    assert [(r.first, r.last) for r in result.ranges] == [(0, 2)]
    assert result.timexes[2].interval.end == dt.datetime(2025, 10, 28)


REF = dt.datetime(2013, 2, 12, 4, 30)  # a Tuesday, Duckling's reference time


def interval_of(text: str, prefer: str | None = "future"):
    result = tag(text, "ar", REF, prefer=prefer)
    timex = max(result.timexes, key=lambda t: t.end - t.start)
    return timex.interval


def test_anchored_duration_is_a_duration_with_the_interval_it_covers():
    (timex,) = tag("الأسابيع الثلاثة القادمة", "ar", REF).timexes
    assert (timex.type, timex.value) == ("DURATION", "P3W")
    assert (timex.interval.begin, timex.interval.end) == (dt.datetime(2013, 2, 18), dt.datetime(2013, 3, 11))
    (timex,) = tag("الأيام الثلاثة الماضية", "ar", REF).timexes
    assert (timex.interval.begin, timex.interval.end) == (dt.datetime(2013, 2, 9), dt.datetime(2013, 2, 12))


def test_now_at_a_known_time_is_that_second():
    (timex,) = tag("الان", "ar", REF).timexes
    assert timex.value == "PRESENT_REF"
    assert (timex.interval.begin, timex.interval.end) == (REF, REF + dt.timedelta(seconds=1))
    assert tag("الان", "ar", REF.date()).timexes[0].interval is None


def test_hijri_feasts_and_months():
    assert interval_of("عيد الفطر").begin == dt.datetime(2013, 8, 8)  # the next one
    assert interval_of("رأس السنة الهجرية").begin == dt.datetime(2013, 11, 4)
    ramadan = interval_of("رمضان 2019")  # the Hijri month's own days
    assert (ramadan.begin, ramadan.end) == (dt.datetime(2019, 5, 6), dt.datetime(2019, 6, 4))
    (timex,) = tag("عيد الفطر", "ar", REF, prefer="future").timexes
    assert (timex.calendar, timex.original_value) == ("islamic-umalqura", "1434-10-01")


def test_read_forward_as_an_assistant():
    assert interval_of("الثلاثاء").begin == dt.datetime(2013, 2, 19)  # said on a Tuesday: the next one
    assert interval_of("الاول من شباط").begin == dt.datetime(2013, 2, 1)  # this month is not past yet
    assert interval_of("الثلاثاء الاخير من شهر مارس السنة القادمة").begin == dt.datetime(2014, 3, 25)
    result = tag("الخميس من الساعة التاسعة وحتى الساعة الحادية عشرة صباحا", "ar", REF, prefer="future")
    first, last = result.timexes
    assert (first.interval.begin, last.interval.end) == (dt.datetime(2013, 2, 14, 9), dt.datetime(2013, 2, 14, 12))


def test_a_hijri_feast_in_its_hijri_year_is_that_year_s():
    (timex,) = tag("احتفل المسلمون بعيد الفطر 1446 هـ في أجواء من البهجة.", "ar", DOCUMENT_DATE).timexes
    assert (timex.value, timex.calendar, timex.original_value) == ("2025-03-30", "islamic-umalqura", "1446-10-01")
    (timex,) = tag("ارتفعت أسعار المواد الغذائية خلال شهر رمضان 1446 هـ.", "ar", DOCUMENT_DATE).timexes
    assert (timex.interval.begin, timex.interval.end) == (dt.datetime(2025, 3, 1), dt.datetime(2025, 3, 30))


def test_a_date_inside_a_name_is_not_placed_on_the_calendar():
    (timex,) = tag("اندلعت ثورة 25 يناير في مصر.", "ar", DOCUMENT_DATE).timexes
    assert (timex.value, timex.interval) == ("XXXX-01-25", None)


def test_a_decade_and_a_part_of_a_day_cover_their_intervals():
    (timex,) = tag("بدأت الأزمة في ثمانينيات القرن الماضي.", "ar", DOCUMENT_DATE).timexes
    assert (timex.interval.begin, timex.interval.end) == (dt.datetime(1980, 1, 1), dt.datetime(1990, 1, 1))
    (timex,) = tag("وقع الهجوم مساء أمس في غزة.", "ar", DOCUMENT_DATE).timexes
    assert (timex.interval.begin, timex.interval.end) == (dt.datetime(2025, 9, 24, 18), dt.datetime(2025, 9, 25))
