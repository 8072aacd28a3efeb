"""A date inside a name ("la rue du 4-Septembre", "el puente 25 de Abril", "the 6 October Bridge") is tagged but not anchored to the
article (``reference = "name"``): its year stays unknown unless the name gives it, and it has no interval on the
article's calendar, so the event builder places nothing on it. Document date: Thursday 25 September 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.lang import load_language
from timeline.tagger import tag
from timeline.tagger.anchor import anchor
from timeline.tagger.reading import Reading
from timeline.tagger.when import When

DCT = dt.date(2025, 9, 25)

CASES = [
    ("Le cortège a emprunté la rue du 4-Septembre jusqu'à la mairie.", [("4-Septembre", "XXXX-09-04", False)]),
    ("La circulation est coupée sur le pont du 6-Octobre au Caire.", [("6-Octobre", "XXXX-10-06", False)]),
    ("Les manifestants se sont rassemblés place du 8-Mai-1945.", [("8-Mai-1945", "1945-05-08", False)]),
    # the same day written as a commemoration, outside a name, is this year's
    ("Le défilé du 14-Juillet aura lieu sur les Champs-Élysées.", [("14-Juillet", "2026-07-14", True)]),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_french_dates_in_names(sentence, expected):
    found = tag(sentence, "fr", DCT).timexes
    assert [(t.text, t.value, t.interval is not None) for t in found] == expected


#: Spanish names of streets, squares, bridges, movements and revolutions
SPANISH = [
    ("Miles de coches cruzan cada día el puente 25 de Abril.", [("cada día", "P1D", False),
                                                               ("25 de Abril", "XXXX-04-25", False)]),
    ("Los vecinos se concentraron en la plaza del Dos de Mayo.", [("del Dos de Mayo", "XXXX-05-02", False)]),
    ("La avenida 9 de Julio estaba cortada por la manifestación.", [("9 de Julio", "XXXX-07-09", False)]),
    ("El Movimiento 26 de Julio tomó el nombre del asalto de 1953.", [("26 de Julio", "XXXX-07-26", False),
                                                                     ("1953", "1953", True)]),
    ("Los jóvenes de la revolución del 25 de enero volvieron ayer a Tahrir.",
     [("del 25 de enero", "XXXX-01-25", False), ("ayer", "2025-09-24", True)]),
    ("El mitin terminó en la calle 2 de Mayo de 1808.", [("2 de Mayo de 1808", "1808-05-02", False)]),
    # the same day outside a name is a day of the article
    ("La manifestación del 25 de enero reunió a miles de personas.", [("del 25 de enero", "2025-01-25", True)]),
]


@pytest.mark.parametrize("sentence, expected", SPANISH, ids=[c[0][:40] for c in SPANISH])
def test_spanish_dates_in_names(sentence, expected):
    found = tag(sentence, "es", DCT).timexes
    assert [(t.text, t.value, t.interval is not None) for t in found] == expected


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_a_name_reading_is_not_anchored(code):
    language = load_language(code)
    day = When(month=10, day=6)
    named = Reading(start=0, end=9, type="DATE", rule="test", when=day, reference="name")
    dated = Reading(start=0, end=9, type="DATE", rule="test", when=day)
    out = anchor([named, dated], "6 October", language, DCT)
    assert [r.when.value() for r in out] == ["XXXX-10-06", "2025-10-06"]


#: a feast or Hijri month written as a family name (after a capitalised word inside its sentence) is no date; the
#: feast itself is
HOLIDAY_AS_NAME = [
    ("fr", "«Ils ont rasé la position», a déclaré l'un des combattants, Omar Ali Ramadan, revenu du front.", []),
    ("fr", "Pendant le Ramadan, les combats ont continué.", [("le Ramadan", "2025-03-01")]),
    ("en", "Fighters led by Omar Ali Ramadan retreated. During Ramadan the fighting went on.",
     [("Ramadan", "2025-03-01")]),
    ("en", "Ramadan begins next week, according to Tariq Ramadan.", [("Ramadan", "2026-02-18"), ("next week", "2025-W40")]),
    ("es", "El combatiente Omar Ali Ramadan dijo que durante el Ramadán siguieron los combates.",
     [("el Ramadán", "2025-03-01")]),
    ("es", "El ex vicepresidente iraquí Taha Yasín Ramadán fue ejecutado en la horca.", []),
    ("de", "Der Kämpfer Omar Ali Ramadan sagte, im Ramadan werde gekämpft.", [("Ramadan", "2025-03-01")]),
]


@pytest.mark.parametrize("code, sentence, expected", HOLIDAY_AS_NAME, ids=[f"{c[0]}:{c[1][:30]}" for c in HOLIDAY_AS_NAME])
def test_a_holiday_that_is_a_family_name_is_no_date(code, sentence, expected):
    found = tag(sentence, code, DCT).timexes
    assert [(t.text, t.value) for t in found] == expected


#: a number that names a text, a vehicle or a room is no year: "resolution 1973" (the Security Council's on Libya)
IDENTIFIERS = [
    ("es", "El Consejo aprobaba la resolución 1973, por la que se autorizaba el uso de la fuerza.", []),
    ("es", "El artículo 1902 del Código Civil y el vuelo 1549 se citaron en el año 2009.", [("el año 2009", "2009")]),
    ("en", "The Council adopted Resolution 1973 authorizing the use of force in 2011.", [("2011", "2011")]),
    ("en", "Flight 1549 landed on the Hudson; see page 2001 of the report.", []),
    ("de", "Der Rat verabschiedete die Resolution 1973 im Jahr 2011.", [("Jahr 2011", "2011")]),
    ("de", "Nach Artikel 1906 und Paragraph 2005 gilt die Regel.", []),
    ("fr", "Le Conseil a adopté la résolution 1973 en 2011.", [("2011", "2011")]),
]


@pytest.mark.parametrize("code, sentence, expected", IDENTIFIERS, ids=[f"{c[0]}:{c[1][:30]}" for c in IDENTIFIERS])
def test_a_number_that_names_a_text_is_no_year(code, sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, code, DCT).timexes] == expected
