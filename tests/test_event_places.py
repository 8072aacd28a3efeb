"""Which place an event takes when its own clause names none: a place elsewhere in the sentence, but not one that
stands right before another date of the sentence and belongs to it."""

from __future__ import annotations

import datetime as dt

from timeline.model import Document
from timeline.pipeline import build_timeline


def _events(text: str, language: str = "en") -> list[tuple[dt.date, dt.date, str | None]]:
    doc = Document(id="d1", text=text, language=language, document_date=dt.date(2026, 3, 3))
    return sorted((e.start, e.end, e.place.name if e.place else None) for e in build_timeline([doc]).events)


def test_place_before_another_date_is_that_dates() -> None:
    assert _events("The round, which runs from 10 to 12 March, follows a failed session in Busan last "
                   "November.") == [(dt.date(2025, 11, 1), dt.date(2025, 11, 30), "Busan"),
                                    (dt.date(2026, 3, 10), dt.date(2026, 3, 12), None)]


def test_dates_listed_after_one_place_share_it() -> None:
    assert _events("À Paris, les électeurs sont appelés aux urnes les 15 et 22 mars 2026.", "fr") == [
        (dt.date(2026, 3, 15), dt.date(2026, 3, 15), "Paris"), (dt.date(2026, 3, 22), dt.date(2026, 3, 22), "Paris")]
