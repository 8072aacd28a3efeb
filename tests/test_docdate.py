"""The document date from a news URL or a dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.docdate import date_from_dateline, date_from_url


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://vtv.vn/chu-tich-nuoc-luong-cuong-se-chu-tri-le-mo-ky-cong-uoc-lhq-ve-chong-toi-pham-mang-100250925193505234.htm",
         dt.date(2025, 9, 25)),
        ("https://www.example.com/world/2025/09/25/hanoi-convention/", dt.date(2025, 9, 25)),
        ("https://news.example.org/2013-02-12-story.html", dt.date(2013, 2, 12)),
        ("https://example.net/article_20250925_cybercrime", dt.date(2025, 9, 25)),
        ("https://example.net/a/20251399/no-date", None),  # month 13: no date
        ("https://example.net/about-us", None),
        ("https://example.net/item?id=20250925", None),  # the query is not the article path
        (None, None),
    ],
)
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("HANOI, 25 September 2025 — The signing ceremony will be held next month.", "en", dt.date(2025, 9, 25)),
        ("هانوي، 25 سبتمبر 2025 - سيتم عقد حفل التوقيع الشهر المقبل.", "ar", dt.date(2025, 9, 25)),
        ("The ceremony will be held on 25 October.", "en", None),
    ],
)
def test_date_from_dateline(text, language, expected):
    assert date_from_dateline(text, language) == expected
