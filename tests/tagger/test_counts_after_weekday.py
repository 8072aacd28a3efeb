"""After a weekday, a number followed by a noun is a count, not the day of the month: "ont fait lundi 23 morts"
(French news writes "lundi 23" for Monday the 23rd, and the same words before a noun for 23 dead). Document date
Tuesday 16 August 2011."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

CASES = [
    # counts: the weekday alone is the date
    ("Les combats auraient fait lundi 23 morts et de nombreux blessés.", [("lundi", "2011-08-15")]),
    ("L'explosion a fait samedi 12 blessés légers.", [("samedi", "2011-08-13")]),
    ("Les rebelles ont libéré jeudi 15 otages.", [("jeudi", "2011-08-11")]),
    ("L'armée a arrêté dimanche 40 manifestants.", [("dimanche", "2011-08-14")]),
    # days: followed by punctuation, a month, a place or a word that goes on with the time or the clause
    ("Le sommet s'ouvrira lundi 22 à Paris.", [("lundi 22", "2011-08-22")]),
    ("Le conseil se réunira vendredi 19, puis samedi 20 dans la matinée.",
     [("vendredi 19", "2011-08-19"), ("samedi 20", "2011-08-20"), ("la matinée", "2011-08-20TMO")]),
    ("Mardi 16 août, les rebelles sont entrés.", [("Mardi 16 août", "2011-08-16")]),
    ("Vendredi 19 prochain, le Conseil se réunira.", [("Vendredi 19", "2011-08-19")]),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:30] for c in CASES])
def test_a_count_after_a_weekday_is_no_day(text, expected):
    assert [(t.text, t.value) for t in tag(text, "fr", dt.date(2011, 8, 16)).timexes] == expected
