"""A date in a relative clause set off by no comma, whose relative word is its subject, titles its event with the
antecedent in that word's place: "…le mouvement de contestation qui a divisé le pays le 15 février" → "Le mouvement
de contestation a divisé le pays". Not when the word opens what a verb says ("Confesó que…"), when a verb of the
other number shows the noun is its object ("el movimiento que iniciaron miles de personas"), when the main clause's
verb follows the relative clause before the date, or when the date stands in a later relative clause. A relative
word that is its clause's object before a pronoun subject puts the antecedent after the verb ("…le village, qu'ils
ont pris vendredi" → "Ils ont pris le village"). One table per language: an invented article (dateline first, document date 30 July 2011), its events (first day, title)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.documents import read_document
from timeline.pipeline import build_timeline

D = dt.date

CASES = [
    ("fr", "PARIS, 30 juillet 2011 — Il avait rejoint le mouvement de contestation qui a divisé le pays le 15 février.",
     [(D(2011, 2, 15), "Le mouvement de contestation a divisé le pays")]),
    # the relative clause ends where a conjunction opens a second predicate
    ("fr", "PARIS, 30 juillet 2011 — Ils ont ouvert le procès qui a débuté le 3 juillet et devait durer un mois.",
     [(D(2011, 7, 3), "Le procès a débuté")]),
    # the main clause's verb after the relative clause dates the main clause
    ("fr", "PARIS, 30 juillet 2011 — Les insurgés qui ont pris Tripoli sont entrés le 21 juillet à Syrte.",
     [(D(2011, 7, 21), "Les insurgés qui ont pris Tripoli sont entrés")]),
    ("es", "MADRID, 30 de julio de 2011 — Los jóvenes recordaron la revuelta popular que estalló el 25 de enero.",
     [(D(2011, 1, 25), "La revuelta popular estalló")]),
    # the relative clause ends where the main clause's verb resumes after the date
    ("es", "MADRID, 30 de julio de 2011 — La revuelta que estalló el 25 de enero necesitó 18 días para vencer.",
     [(D(2011, 1, 25), "La revuelta estalló")]),
    # a plural verb after a singular noun: the noun is its object, the clause keeps its own title
    ("es", "MADRID, 30 de julio de 2011 — Recordaron el movimiento que iniciaron miles de personas el 25 de enero.",
     [(D(2011, 1, 25), "Recordaron el movimiento que iniciaron miles de personas")]),
    # a relative word that is its clause's object, a pronoun its subject: the antecedent after the verb
    ("fr", "PARIS, 30 juillet 2011 — Les insurgés ont avancé vers le village d'Om Al-Far, qu'ils ont pris vendredi.",
     [(D(2011, 7, 29), "Ils ont pris le village d'Om Al-Far")]),
    ("fr", "PARIS, 30 juillet 2011 — Le président, qu'il a rencontré vendredi, a promis des élections.",
     [(D(2011, 7, 29), "Il a rencontré le président")]),
    ("en", "LONDON, 30 July 2011 — The rebels pushed on to the village of Om Al-Far, which they took on Friday.",
     [(D(2011, 7, 29), "They took the village of Om Al-Far")]),
    ("en", "LONDON, 30 July 2011 — They joined the protest movement that has split the country since 15 February.",
     [(D(2011, 2, 15), "The protest movement has split the country")]),
]


@pytest.mark.parametrize("code, text, events", CASES, ids=[f"{c}-{t[24:54]}" for c, t, _ in CASES])
def test_restrictive_relative_titles(tmp_path, code, text, events):
    article = tmp_path / f"a.{code}.txt"
    article.write_text(text + "\n", encoding="utf-8")
    assert [(e.start, e.title) for e in build_timeline([read_document(article)]).events] == events
