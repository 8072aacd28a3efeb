"""A part of a week is one expression with its mod in every language ("a principios de la semana pasada", "au début
de la semaine dernière", "early last week", "Anfang letzter Woche"), while the weekend ("fin de semana") stays the
weekend (document date Thursday 17 February 2011: last week is 2011-W06)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

PARTS = [
    ("es", "A principios de la semana pasada hizo otro tanto.", "principios de la semana pasada", "2011-W06", "START"),
    ("es", "A finales de la semana pasada hubo protestas.", "finales de la semana pasada", "2011-W06", "END"),
    ("es", "A mediados de esta semana habrá protestas.", "mediados de esta semana", "2011-W07", "MID"),
    ("es", "Tras un fin de semana sangriento hubo disturbios.", "fin de semana", "2011-W06-WE", None),
    ("fr", "Au début de la semaine dernière, il a fait de même.", "début de la semaine dernière", "2011-W06", "START"),
    ("en", "Early last week he did the same.", "Early last week", "2011-W06", "START"),
    ("de", "Ende vergangener Woche tat er dasselbe.", "Ende vergangener Woche", "2011-W06", "END"),
    ("ru", "В начале прошлой недели он сделал то же самое.", "начале прошлой недели", "2011-W06", "START"),
]


@pytest.mark.parametrize("language, text, said, value, mod", PARTS, ids=[p[1][:30] for p in PARTS])
def test_a_part_of_a_week_is_one_expression(language, text, said, value, mod):
    assert [(t.text, t.value, t.mod) for t in tag(text, language, dt.date(2011, 2, 17)).timexes] == [
        (said, value, mod)]
