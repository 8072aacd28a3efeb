"""A season said of a habit ("every summer", "cada verano") is a SET of that season (kinds._set), not this year's."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)


@pytest.mark.parametrize("text, language, expected", [
    ("Tourists flock to the island every summer.", "en", ("every summer", "XXXX-SU")),
    ("The pass is closed each winter.", "en", ("each winter", "XXXX-WI")),
    ("Cada verano llegan a la isla miles de turistas.", "es", ("Cada verano", "XXXX-SU")),
    ("Todos los inviernos se cierra el puerto de montaña.", "es", ("Todos los inviernos", "XXXX-WI")),
])
def test_every_season_is_a_set(text, language, expected):
    (t,) = tag(text, language, document_date=DCT).timexes
    assert (t.text, t.type, t.value) == (expected[0], "SET", expected[1])
