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
