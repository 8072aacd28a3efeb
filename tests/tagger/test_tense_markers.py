"""The tense markers of a language's resource file date a bare day: Spanish irregular preterites the press uses
("vio", "dio", "trajo", "dijo") speak of the past like the regular "-ó" (document date Wednesday 25 January 2012)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

PRETERITES = [
    ("No el 11 de febrero, cuando Mubarak, abandonado por todos, se vio obligado a dimitir.", "el 11 de febrero", "2011-02-11"),
    ("El 3 de febrero la policía dio la orden de dispersar a los manifestantes.", "El 3 de febrero", "2011-02-03"),
    ("El 14 de febrero, la marcha trajo a miles de personas a la plaza.", "El 14 de febrero", "2011-02-14"),
    ("El 9 de febrero, el ministro contradijo al portavoz del ejército.", "El 9 de febrero", "2011-02-09"),
    # the future stays ahead
    ("El 11 de febrero se verá si el ejército cede el poder.", "El 11 de febrero", "2012-02-11"),
]


@pytest.mark.parametrize("text, said, value", PRETERITES, ids=[p[0][:30] for p in PRETERITES])
def test_spanish_irregular_preterites_speak_of_the_past(text, said, value):
    assert [(t.text, t.value) for t in tag(text, "es", dt.date(2012, 1, 25)).timexes] == [(said, value)]
