"""What a rule's kind makes of its words (kinds.py), in more than one language: a duration said in several counted
units is one DURATION whose value holds each part ("two years and three months"; a unit without a count of its
own, "two and a half hours", is a fraction, not a part; parts of one unit add up); a season said of a habit
("every summer") is a SET of that season, not this year's."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)


@pytest.mark.parametrize("text, language, expected", [
    # durations of several counted units
    ("He was sentenced to two years and three months in prison.", "en",
     ("two years and three months", "DURATION", "P2Y3M")),
    ("The talks lasted three hours and 20 minutes.", "en", ("three hours and 20 minutes", "DURATION", "PT3H20M")),
    ("The rescue took a minute and a half.", "en", ("a minute and a half", "DURATION", "PT1M30S")),
    ("Fue condenado a dos años y seis meses de prisión.", "es", ("dos años y seis meses", "DURATION", "P2Y6M")),
    ("Disponían de un plazo de dos horas y 30 minutos.", "es", ("dos horas y 30 minutos", "DURATION", "PT2H30M")),
    ("La obra duró una década y dos años.", "es", ("una década y dos años", "DURATION", "P12Y")),
    ("El rescate duró más de un día y doce horas.", "es", ("más de un día y doce horas", "DURATION", "P1DT12H")),
    ("La reunión duró dos horas y media.", "es", ("dos horas y media", "DURATION", "PT2H30M")),
    # sets of a season
    ("Tourists flock to the island every summer.", "en", ("every summer", "SET", "XXXX-SU")),
    ("The pass is closed each winter.", "en", ("each winter", "SET", "XXXX-WI")),
    ("Cada verano llegan a la isla miles de turistas.", "es", ("Cada verano", "SET", "XXXX-SU")),
    ("Todos los inviernos se cierra el puerto de montaña.", "es", ("Todos los inviernos", "SET", "XXXX-WI")),
])
def test_kind_reading(text, language, expected):
    (t,) = tag(text, language, document_date=DCT).timexes
    assert (t.text, t.type, t.value) == expected
    assert t.interval is None  # durations and sets are on no calendar
