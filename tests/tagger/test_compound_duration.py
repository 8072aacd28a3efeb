"""A duration said in several counted units ("two years and three months") is one DURATION whose value holds
each part (kinds._duration); a unit without a count of its own ("two and a half hours") is a fraction, not a part."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)


@pytest.mark.parametrize("text, language, expected", [
    ("He was sentenced to two years and three months in prison.", "en", ("two years and three months", "P2Y3M")),
    ("The talks lasted three hours and 20 minutes.", "en", ("three hours and 20 minutes", "PT3H20M")),
    ("The rescue took a minute and a half.", "en", ("a minute and a half", "PT1M30S")),
    ("Fue condenado a dos años y seis meses de prisión.", "es", ("dos años y seis meses", "P2Y6M")),
    ("Disponían de un plazo de dos horas y 30 minutos.", "es", ("dos horas y 30 minutos", "PT2H30M")),
    ("La obra duró una década y dos años.", "es", ("una década y dos años", "P12Y")),
    ("El rescate duró más de un día y doce horas.", "es", ("más de un día y doce horas", "P1DT12H")),
    ("La reunión duró dos horas y media.", "es", ("dos horas y media", "PT2H30M")),
])
def test_counted_parts_make_one_duration(text, language, expected):
    (t,) = tag(text, language, document_date=DCT).timexes
    assert (t.text, t.value) == expected
    assert t.type == "DURATION"
