"""A calendar day and the clock time that dates it: one expression in most languages' TimeML ("10 a.m. Tuesday"),
two in the French TimeBank ("samedi 4 janvier" and "18 h 30", the clock on that day: ``day_clock_apart``) — read as
news only. A relative day joins its clock time everywhere ("hier à 10 h"), and a request read forward or backward
("jeudi à 11h", ``prefer``) is one instant in every language. Document date: Thursday 25 September 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)

CASES = [
    # French news: the calendar day and the clock apart, in either order, the clock taking the day
    ("fr", None, "Le concert sera donné dimanche 28 septembre, à 17 h.",
     [("dimanche 28 septembre", "DATE", "2025-09-28"), ("17 h", "TIME", "2025-09-28T17:00")]),
    ("fr", None, "Vers 1 h 20, mardi, un camion s'est renversé sur l'autoroute A31.",
     [("Vers 1 h 20", "TIME", "2025-09-23T01:20"), ("mardi", "DATE", "2025-09-23")]),
    ("fr", None, "Le conducteur a été hospitalisé mardi vers 22 h 10.",
     [("mardi", "DATE", "2025-09-23"), ("vers 22 h 10", "TIME", "2025-09-23T22:10")]),
    # a relative day and its clock time stay one expression
    ("fr", None, "Hier à 11 h, les salariés ont débrayé.", [("Hier à 11 h", "TIME", "2025-09-24T11:00")]),
    ("fr", None, "Le feu s'est déclaré vers 16 h 15, hier.", [("vers 16 h 15, hier", "TIME", "2025-09-24T16:15")]),
    # read as a request: one instant
    ("fr", "future", "vendredi à 11h", [("vendredi à 11h", "TIME", "2025-09-26T11:00")]),
    ("fr", "future", "le 2 mars vers 5h", [("le 2 mars vers 5h", "TIME", "2026-03-02T05:00")]),
    # languages whose TimeML joins them: one expression in news too
    ("en", None, "The talks will resume at 10 a.m. Tuesday in Geneva.", [("10 a.m. Tuesday", "TIME", "2025-09-30T10:00")]),
    ("es", None, "La reunión será el martes a las 10:00 en Madrid.", [("el martes a las 10:00", "TIME", "2025-09-30T10:00")]),
    ("de", None, "Die Sitzung beginnt am Dienstag um 10 Uhr.", [("Dienstag um 10 Uhr", "TIME", "2025-09-30T10:00")]),
]


@pytest.mark.parametrize("language, prefer, sentence, expected", CASES, ids=[f"{c[0]}:{c[2][:30]}" for c in CASES])
def test_day_and_clock(language, prefer, sentence, expected):
    found = tag(sentence, language, DCT, prefer=prefer).timexes
    assert [(t.text, t.type, t.value) for t in found] == expected
