""""Last autumn", "septembre dernier": a month or season named with "last" is the latest one that has ended, not
the one the document date is in; a day ("le 22 septembre dernier") or a period already over ("last summer" said
in September) is the latest one. Document date: Thursday 25 September 2025."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)

CASES = [
    ("en", "Last autumn, floods hit the valley.", [("Last autumn", "2024-FA")]),
    ("en", "Sales rose last September.", [("last September", "2024-09")]),
    ("en", "Last summer, floods hit the valley.", [("Last summer", "2025-SU")]),
    ("en", "Sales rose last August.", [("last August", "2025-08")]),
    ("fr", "L'automne dernier, les pluies ont inondé la vallée.", [("L'automne dernier", "2024-FA")]),
    ("fr", "Les ventes ont progressé en septembre dernier.", [("septembre dernier", "2024-09")]),
    ("fr", "L'hiver dernier, il a beaucoup neigé.", [("L'hiver dernier", "2024-WI")]),
    ("fr", "Il a été arrêté le 22 septembre dernier.", [("le 22 septembre dernier", "2025-09-22")]),
    ("es", "El otoño pasado, las lluvias inundaron el valle.", [("El otoño pasado", "2024-FA")]),
    ("de", "Im letzten September stiegen die Umsätze.", [("letzten September", "2024-09")]),
]


@pytest.mark.parametrize("language, sentence, expected", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_last_named_period(language, sentence, expected):
    assert [(t.text, t.value) for t in tag(sentence, language, DCT).timexes] == expected


# A move by days or weeks from the story's last date, when a longer period was named after that date, lands on no
# known day: "two weeks later" after "January 2011" is not two weeks after a day named before January (document date
# Thursday 14 June 2012); after a day it is counted from that day.
OVERTAKEN = [
    ("es", "El 11 de noviembre, nada. En enero de 2011 empezaron las protestas. Mubarak fue derrocado dos semanas más tarde.",
     [("El 11 de noviembre", "2012-11-11"), ("enero de 2011", "2011-01"), ("dos semanas más tarde", "XXXX-WXX")]),
    ("fr", "Le 11 novembre, rien. En janvier 2011, les manifestations ont commencé. Moubarak est tombé deux semaines plus tard.",
     [("Le 11 novembre", "2012-11-11"), ("janvier 2011", "2011-01"), ("deux semaines plus tard", "XXXX-WXX")]),
    ("en", "On 3 March 2011 he resigned. In January 2011 the protests began. The following day, Mubarak fell.",
     [("3 March 2011", "2011-03-03"), ("January 2011", "2011-01"), ("The following day", "XXXX-XX-XX")]),
    ("de", "Am 11. November nichts. Im Januar 2011 begannen die Proteste. Zwei Wochen später stürzte Mubarak.",
     [("11. November", "2012-11-11"), ("Januar 2011", "2011-01"), ("Zwei Wochen später", "XXXX-WXX")]),
    ("ru", "11 ноября ничего. В январе 2011 года начались протесты. Через две недели Мубарак был свергнут.",
     [("11 ноября", "2012-11-11"), ("январе 2011 года", "2011-01"), ("Через две недели", "XXXX-WXX")]),
    # counted from the day named last
    ("es", "El 25 de enero de 2011 empezaron las protestas. Mubarak fue derrocado dos semanas más tarde.",
     [("El 25 de enero de 2011", "2011-01-25"), ("dos semanas más tarde", "2011-W06")]),
    ("fr", "Le 25 janvier 2011, les manifestations ont commencé. Moubarak est tombé deux semaines plus tard.",
     [("Le 25 janvier 2011", "2011-01-25"), ("deux semaines plus tard", "2011-W06")]),
]


@pytest.mark.parametrize("code, text, expected", OVERTAKEN, ids=[f"{c[0]}:{c[1][:30]}" for c in OVERTAKEN])
def test_a_move_after_a_longer_period_lands_on_no_known_day(code, text, expected):
    assert [(t.text, t.value) for t in tag(text, code, dt.date(2012, 6, 14)).timexes] == expected
