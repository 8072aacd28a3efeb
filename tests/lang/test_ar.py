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
    ('قبل عامين', [('قبل عامين', 'DATE', '2023', None)]),
    ('بعد أسبوعين', [('بعد أسبوعين', 'DATE', '2025-W41', None)]),
    ('يوم الثلاثاء الماضي', [('يوم الثلاثاء الماضي', 'DATE', '2025-09-23', None)]),
    ('يوم الجمعة المقبل', [('يوم الجمعة المقبل', 'DATE', '2025-09-26', None)]),
    ('في الساعة 10:30 صباحا', [('الساعة 10:30 صباحا', 'TIME', '2025-09-25T10:30', None)]),
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
    ('بين 3 و5 مايو', [('3', 'DATE', '2025-05-03', None), ('5 مايو', 'DATE', '2025-05-05', None)]),
    ('في 15 ربيع الأول 1447 هـ', [('15 ربيع الأول 1447 هـ', 'DATE', '2025-09-07', None)]),
    ('في ١٥ سبتمبر ٢٠٢٥', [('١٥ سبتمبر ٢٠٢٥', 'DATE', '2025-09-15', None)]),
    ('في 22/9/2025', [('22/9/2025', 'DATE', '2025-09-22', None)]),
    ('في عامَ 2025', [('عامَ 2025', 'DATE', '2025', None)]),
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
