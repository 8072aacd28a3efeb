"""A weekday and a day of the month without the month ("el viernes 4", "vendredi 4", "Friday the 4th") is that day of
the month around on which it falls; a number after a weekday that a verb follows is a count ("El martes 10
murieron": ten died on Tuesday). Document date Saturday 5 March 2011."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

CASES = [
    ("es", "Shafik se vio obligado a renunciar el viernes 4 luego de su aparición en televisión.",
     [("el viernes 4", "2011-03-04")]),
    ("es", "El martes 1 tras la marcha hubo detenciones.", [("El martes 1", "2011-03-01")]),
    ("es", "El martes 10 murieron en Bengasi.", [("El martes", "2011-03-01")]),
    ("fr", "Chafik a dû démissionner vendredi 4 après son passage à la télévision.", [("vendredi 4", "2011-03-04")]),
    ("en", "Shafik was forced to resign on Friday the 4th after his TV appearance.",
     [("Friday the 4th", "2011-03-04")]),
    ("en", "The ceremony is on Friday the 4th of March.", [("Friday the 4th of March", "2011-03-04")]),
]


@pytest.mark.parametrize("language, text, expected", CASES, ids=[c[1][:30] for c in CASES])
def test_a_weekday_and_a_day_of_the_month(language, text, expected):
    assert [(t.text, t.value) for t in tag(text, language, dt.date(2011, 3, 5)).timexes] == expected
