"""The tagger never raises on odd input: huge numbers, dates beyond the calendar, random word salads."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

import pytest

from timeline.lang import available_languages, load_language
from timeline.tagger import tag


@pytest.mark.parametrize("text", [
    "1" * 400 + " days ago",
    "999999 years ago and 999999 years later",
    "9999-12-31 and 0001-01-01, 31/12/9999",
    "the 99999th century",
    "25:61, 99:99 p.m., 0:00",
])
def test_extremes_do_not_raise(text):
    for anchor in (None, dt.date(2025, 9, 25), dt.date(9999, 12, 31), dt.datetime(1, 1, 1, 0, 0)):
        for timex in tag(text, "en", anchor).timexes:
            assert text[timex.start:timex.end] == timex.text


@pytest.mark.parametrize("code", available_languages())
def test_word_salad_from_the_language_tables(code):
    language = load_language(code)
    words = [w for table in language.tables.values() for w in table if isinstance(w, str)]
    rng = random.Random(f"salad-{code}")
    pieces = words + [str(n) for n in (0, 1, 12, 31, 99, 2025, 10000)] + [",", ".", "-", "/", ":", "  ", "\n"]
    for _ in range(30):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        for anchor in (None, dt.date(2025, 9, 25), dt.datetime(2013, 2, 12, 4, 30)):
            result = tag(text, code, anchor)
            for timex in result.timexes:
                assert text[timex.start:timex.end] == timex.text
                assert timex.type in ("DATE", "TIME", "DURATION", "SET")


@pytest.mark.parametrize("code, text, expected", [
    ("vi", "Lễ ký kết diễn ra từ 25 đến 26 tháng 10 năm 2025, thứ Hai tuần sau họp tiếp.",
     [("25", "2025-10-25"), ("26 tháng 10 năm 2025", "2025-10-26"), ("thứ Hai tuần sau", "2025-09-29")]),
    ("fr", "Réunion le 3 décembre 2025, puis février prochain.",
     [("le 3 décembre 2025", "2025-12-03"), ("février prochain", "2026-02")]),
])
def test_decomposed_accents_read_like_composed_ones(code, text, expected):
    """Text stored with combining accents (NFD, as macOS writes it) is tagged like the precomposed text, and
    the offsets index the decomposed text as read: a span ends after its last letter's marks."""
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    for source in (text, decomposed):
        timexes = tag(source, code, dt.date(2025, 9, 25)).timexes
        assert [(unicodedata.normalize("NFC", t.text), t.value) for t in timexes] == expected
        assert all(source[t.start:t.end] == t.text for t in timexes)
    last = tag(decomposed, code, dt.date(2025, 9, 25)).timexes[-1]
    assert last.end == len(unicodedata.normalize("NFD", text[:text.index(expected[-1][0]) + len(expected[-1][0])]))
