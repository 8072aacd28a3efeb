"""The category × language matrix (docs/coverage.md): every sentence of every language's table gives exactly its
time expressions (or, in a category checked by events, exactly the days of its events), every covered cell has at
least MIN_CASES sentences, every other cell says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from categories import BY_EVENTS, CATEGORIES, DOCUMENT_DATE, LANGUAGES, MIN_CASES
from matrix import render, tables
from timeline.model import Document
from timeline.pipeline import build_timeline
from timeline.tagger import tag

TABLES = tables()
CASES = [pytest.param(code, key, text, expected, id=f"{code}:{key}:{n}")
         for code, module in TABLES.items()
         for key, sentences in module.CASES.items()
         for n, (text, expected) in enumerate(sentences)]


def event_days(text: str, code: str) -> list[tuple[str, str]]:
    """(first day, last day) of every event the sentence yields as one article dated DOCUMENT_DATE, in order."""
    timeline = build_timeline([Document(id="coverage", text=text, language=code, document_date=DOCUMENT_DATE)])
    return sorted((e.start.isoformat(), e.end.isoformat()) for e in timeline.events)


@pytest.mark.parametrize("code, category, text, expected", CASES)
def test_sentence(code, category, text, expected):
    result = tag(text, code, DOCUMENT_DATE)
    if category in BY_EVENTS:
        assert result.timexes, f"{text!r} holds no time expression: its events check nothing"
        assert event_days(text, code) == expected
    else:
        assert [(t.text, t.type, t.value, t.mod) for t in result.timexes] == expected


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_category_is_covered_or_says_why(code):
    module = TABLES[code]
    assert set(module.CASES) <= set(CATEGORIES), set(module.CASES) - set(CATEGORIES)
    assert set(module.GAPS) <= set(CATEGORIES), set(module.GAPS) - set(CATEGORIES)
    for key in CATEGORIES:
        if key in module.GAPS:
            assert module.GAPS[key].strip(), (code, key)
            assert not module.CASES.get(key), f"{code}: {key} has sentences and a gap"
        else:
            assert len(module.CASES.get(key, [])) >= MIN_CASES, f"{code}: {key} needs {MIN_CASES} sentences or a gap"


def test_the_matrix_document_is_up_to_date():
    document = Path(__file__).resolve().parents[2] / "docs" / "coverage.md"
    assert document.read_text(encoding="utf-8") == render(), "run: python tests/coverage/matrix.py > docs/coverage.md"
