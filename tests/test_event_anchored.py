"""Anchored to an event (issue #10): an expression counted from a date the text gives beside it lands on the day it
reaches, in each language's word order, and that date is no event of its own; counted from a happening whose date
is not given it places nothing — never a day counted from the document date. The coverage matrix
(tests/coverage, category event_anchored) holds the plain cases of every language; these are the other orders and
links."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Document
from timeline.pipeline import build_timeline


def event_days(text: str, language: str, date: str) -> list[tuple[str, str | None]]:
    doc = Document(id="t", text=text, language=language, document_date=dt.date.fromisoformat(date))
    return sorted((e.start.isoformat(), e.end.isoformat() if e.end else None) for e in build_timeline([doc]).events)


@pytest.mark.parametrize("language, text, expected", [
    # the date before the move, joined by a link word
    ("zh", "2011年1月25日的一个月后，广场再次挤满了人。", [("2011-02-25", "2011-02-25")]),
    # the date before a duration, the direction word between them without a space
    ("zh", "广场在2011年1月25日之后两周再次挤满了人。", [("2011-02-08", "2011-02-08")]),
    # the direction before the duration, a link between it and the date; a dual, a clitic و
    ("ar", "وبعد عامين من 3 مارس 2009 تم الإفراج عنه.", [("2011-03-03", "2011-03-03")]),
    ("ar", "وصل الوفد قبل يومين من 3 مارس 2011.", [("2011-03-01", "2011-03-01")]),
    # the article stays outside the date: "vor dem"
    ("de", "Die Gespräche begannen drei Tage vor dem 3. März 2011.", [("2011-02-28", "2011-02-28")]),
    # "за N до": before the date
    ("ru", "Переговоры начались за три дня до 3 марта 2011 года.", [("2011-02-28", "2011-02-28")]),
    # a move before a day, Vietnamese "N đơn vị trước ngày …"
    ("vi", "Đoàn đến Hà Nội ba ngày trước ngày 3 tháng 3 năm 2011.", [("2011-02-28", "2011-02-28")]),
    # the elided article of the happening: nothing; the other date of the sentence stays
    ("fr", "Trois jours après l’attentat du 3 mars 2011, la frontière a été fermée.", [("2011-03-03", "2011-03-03")]),
])
def test_counted_from_a_date_beside_it(language, text, expected):
    assert event_days(text, language, "2011-05-05") == expected


@pytest.mark.parametrize("language, text", [
    ("vi", "Ông từ chức hai tuần trước khi cuộc bầu cử diễn ra."),
    ("vi", "Ba ngày trước lễ khai mạc, đoàn đã đến Huế."),
    ("ar", "سافر الوزير قبل شهر من الانتخابات."),
    ("ar", "بعد يومين من الهجوم أغلقت الحدود."),
    ("ru", "Через неделю после выборов парламент собрался."),
    ("ru", "За два дня до саммита министр подал в отставку."),
    ("zh", "地震发生两周后，救援队撤离。"),
    ("de", "Zwei Wochen nach der Wahl trat der Kanzler zurück."),
])
def test_counted_from_an_undated_happening_places_nothing(language, text):
    assert event_days(text, language, "2011-05-05") == []
