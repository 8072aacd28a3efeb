"""A clock time without a day of its own falls on the day named before it in its sentence, not on the document
date ("on 3 July in Bogotá, at 10:00"); across a sentence end it is back on the document date, unless its clause
tells the past after a past day ("Hier, un incendie … Les pompiers sont arrivés à 15 h."): then on that day.
Document date: Monday 8 June 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2026, 6, 8)

CASES = [
    ("es", "La reunión será el 3 de julio en Bogotá, a las 10:00 hora local.",
     [("el 3 de julio", "2026-07-03"), ("las 10:00 hora local", "2026-07-03T10:00")]),
    ("en", "The next meeting will be on July 3 in Bogota, at 10:00 local time.",
     [("July 3", "2026-07-03"), ("10:00", "2026-07-03T10:00")]),
    ("fr", "La réunion aura lieu le 3 juillet à Bogota, à 10 heures.",
     [("le 3 juillet", "2026-07-03"), ("10 heures", "2026-07-03T10:00")]),
    ("de", "Das Treffen findet am 3. Juli in Bogotá statt, um 10 Uhr Ortszeit.",
     [("3. Juli", "2026-07-03"), ("10 Uhr", "2026-07-03T10:00")]),
    # another sentence: the document's day
    ("en", "The next meeting will be on July 3 in Bogota. The hearing opens at 10:00.",
     [("July 3", "2026-07-03"), ("10:00", "2026-06-08T10:00")]),
    # a past clause after a past day told earlier: that day, the narrative's (not the day of publication)
    ("fr", "Hier, un incendie s'est déclaré rue Gambetta. Les pompiers sont arrivés sur place à 15 h.",
     [("Hier", "2026-06-07"), ("15 h", "2026-06-07T15:00")]),
    ("en", "A fire broke out on Saturday in the old town. Firefighters arrived at 3 p.m.",
     [("Saturday", "2026-06-06"), ("3 p.m.", "2026-06-06T15:00")]),
    ("es", "El sábado se declaró un incendio en el centro. Los bomberos llegaron a las 15:00.",
     [("El sábado", "2026-06-06"), ("las 15:00", "2026-06-06T15:00")]),
    # a clause about the future stays on the document's day
    ("fr", "Hier, le maire a reçu les riverains. Le conseil se réunira à 20 h.",
     [("Hier", "2026-06-07"), ("20 h", "2026-06-08T20:00")]),
]


@pytest.mark.parametrize("language, sentence, expected", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_clock_time_on_the_day_named_in_its_sentence(language, sentence, expected):
    found = tag(sentence, language, DCT).timexes
    assert [(t.text, t.value) for t in found] == expected
