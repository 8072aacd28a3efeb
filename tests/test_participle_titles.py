"""A date in a participle that modifies a noun (a relative clause without its relative word) titles its event with
that noun and the participle, its complements kept and the date left out: "Mubarak, ousted in February 2010, …" →
"Mubarak ousted". A participle that is its clause's verb (after an auxiliary, across adverbs) keeps the clause's
title, and so does a participle whose noun phrase holds no name ("all the operations conducted since 19 March": a
common noun alone says too little to stand for its sentence). One table per language: an invented article (dateline first, document date 20 March 2011), its events."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.documents import read_document
from timeline.events.readable import participle_predicate, title_fault
from timeline.pipeline import build_timeline

D = dt.date

FR = [
    # an apposition after a comma; the main clause is another happening
    ("PARIS, 20 mars 2011 — Les opposants à M. Salem, destitué et emprisonné par l'armée le 3 mars, se sont réunis "
     "à Lyon.", [(D(2011, 3, 3), "M. Salem destitué et emprisonné par l'armée")]),
    # right after its noun: the nearest noun phrase, opened by a contraction of "de" and "le" the title leaves out
    ("PARIS, 20 mars 2011 — Les islamistes ont gagné contre Ali Salem, une figure du régime de Salem renversé en "
     "février 2010.", [(D(2010, 2, 1), "Régime de Salem renversé")]),
    # a plural participle agrees with the plural noun phrase, not with the name that ends it
    ("PARIS, 20 mars 2011 — Des partisans de l'ancien président Ali Salem, destitués en février 2010 ont participé "
     "à la marche.", [(D(2010, 2, 1), "Des partisans de l'ancien président Ali Salem destitués")]),
    # the clause's own verb: after an auxiliary, across an adverb
    ("PARIS, 20 mars 2011 — Le journaliste a été brutalement arrêté le 3 mars à Tripoli.",
     [(D(2011, 3, 3), "Le journaliste a été brutalement arrêté")]),
]

ES = [
    ("MADRID, 20 de marzo de 2011 — El periodista Juan Ortega, detenido el 5 de marzo en Brega, pidió ayuda a su "
     "embajada.", [(D(2011, 3, 5), "El periodista Juan Ortega detenido en Brega")]),
    ("MADRID, 20 de marzo de 2011 — Los manifestantes recordaron la revolución de Egipto, iniciada el 25 de enero.",
     [(D(2011, 1, 25), "La revolución de Egipto iniciada")]),
    # a participle agrees in gender with its noun: "fechado" skips "la agencia EFE" for "un despacho"
    ("MADRID, 20 de marzo de 2011 — Un despacho de la agencia EFE fechado el 3 de marzo contó cuarenta muertos.",
     [(D(2011, 3, 3), "Un despacho de la agencia EFE fechado")]),
    # the participle after "fue" is the clause's verb
    ("MADRID, 20 de marzo de 2011 — El acuerdo fue firmado el lunes en Roma.",
     [(D(2011, 3, 14), "El acuerdo fue firmado")]),
    # after a copula the participle completes it ("es un movimiento fundado"): the clause's title stays
    ("MADRID, 20 de marzo de 2011 — Tamarod es un movimiento juvenil fundado en abril de 2010 por estudiantes.",
     [(D(2010, 4, 1), "Tamarod es un movimiento juvenil fundado por estudiantes")]),
]

EN = [
    ("LONDON, 20 March 2011 — Salem, ousted in February 2010, appeared in a Cairo court.",
     [(D(2010, 2, 1), "Salem ousted")]),
    ("LONDON, 20 March 2011 — Police questioned the journalist Tom Reed, detained by soldiers on 5 March in Brega.",
     [(D(2011, 3, 5), "The journalist Tom Reed detained by soldiers in Brega")]),
    # a common noun alone says too little to stand for its sentence: the main clause titles the event
    ("LONDON, 20 March 2011 — NATO took command of all the operations conducted since 19 March.",
     [(D(2011, 3, 19), "NATO took command of all the operations conducted")]),
    ("LONDON, 20 March 2011 — The journalist was detained on 5 March in Brega.",
     [(D(2011, 3, 5), "The journalist was detained in Brega")]),
]

TABLE = [(code, text, events) for code, rows in (("fr", FR), ("es", ES), ("en", EN)) for text, events in rows]


@pytest.mark.parametrize("code, text, events", TABLE, ids=[f"{c}-{e[0][1][:24]}" for c, _, e in TABLE])
def test_participle_titles(tmp_path, code, text, events):
    article = tmp_path / f"a.{code}.txt"
    article.write_text(text + "\n", encoding="utf-8")
    assert [(e.start, e.title) for e in build_timeline([read_document(article)]).events] == events


@pytest.mark.parametrize("code, title, headline", [
    ("fr", "Régime de Moubarak renversé", True),
    ("es", "El periodista detenido en Brega", True),
    ("en", "Mubarak ousted by the army", True),
    # a participle right after a determiner or a preposition is a noun; a gerund or a preposition opens no subject
    ("fr", "Les soldats de l'armée", False),
    ("fr", "Faisant au moins dix morts", False),
    ("es", "Después de haber permanecido cerrados", False),
    # a participle after an auxiliary or another participle belongs to a verb
    ("es", "Las medidas que han sido aprobadas", False),
    # a participle in a capitalised name is none
    ("es", "El Consejo de Naciones Unidas", False),
])
def test_participle_predicate(code, title, headline):
    assert participle_predicate(title, code) is headline


def test_builder_reads_headlines_of_its_own_participle_only():
    # a verbless part of a sentence with an adjectival participle says no happening to the title builder
    assert title_fault("Un portavoz de las fuerzas armadas", "es") is None
    assert title_fault("Un portavoz de las fuerzas armadas", "es", headline=False) == (
        "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun")
