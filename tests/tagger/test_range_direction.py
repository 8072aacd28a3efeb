"""A range of days runs forward (``kinds.range_candidate``): when one end took its year from the other and falls on
the wrong side of it, the range crosses a year's end; two dates that still run backwards are no range — a dateline
and the first date of the article ("MADRID, 20 de marzo de 2011 — El 17 de marzo, …") are two dates."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

CASES = [
    # a dateline's dash is no "to": the article's first date is its own (it was linked as a range in es and de)
    ("es", "2011-03-20", "MADRID, 20 de marzo de 2011 — El 17 de marzo, el Consejo de Seguridad aprobó la resolución.",
     [], [("20 de marzo de 2011", "2011-03-20"), ("El 17 de marzo", "2011-03-17")]),
    ("de", "2011-03-20", "BERLIN, 20. März 2011 – 17. März: Der Sicherheitsrat hat die Resolution verabschiedet.",
     [], [("20. März 2011", "2011-03-20"), ("17. März", "2011-03-17")]),
    ("fr", "2011-03-20", "PARIS, 20 mars 2011 — Le 17 mars, le Conseil de sécurité a adopté la résolution.",
     [], [("20 mars 2011", "2011-03-20"), ("Le 17 mars", "2011-03-17")]),
    # the first day took the year of the last: the range starts in the year before (it ran backwards from the
    # 28 December after its end)
    ("en", "2025-03-20", "The fair runs from 28 December to 3 January 2026.",
     [(0, 1)], [("28 December", "2025-12-28"), ("3 January 2026", "2026-01-03")]),
    ("fr", "2025-03-20", "Le salon se tiendra du 28 décembre au 3 janvier 2026.",
     [(0, 1)], [("28 décembre", "2025-12-28"), ("3 janvier 2026", "2026-01-03")]),
    ("de", "2025-03-20", "Die Messe findet vom 28. Dezember bis 3. Januar 2026 statt.",
     [(0, 1)], [("28. Dezember", "2025-12-28"), ("3. Januar 2026", "2026-01-03")]),
    # neither end has a year: the range keeps crossing the year's end forward
    ("es", "2025-03-20", "La feria se celebra del 28 de diciembre al 3 de enero.",
     [(0, 1)], [("del 28 de diciembre", "2024-12-28"), ("al 3 de enero", "2025-01-03")]),
]


@pytest.mark.parametrize("code, dct, text, ranges, expected", CASES, ids=[f"{c[0]}:{c[2][:28]}" for c in CASES])
def test_a_range_runs_forward(code, dct, text, ranges, expected):
    result = tag(text, code, dt.date.fromisoformat(dct))
    assert [(r.first, r.last) for r in result.ranges] == ranges
    assert [(t.text, t.value) for t in result.timexes] == expected
