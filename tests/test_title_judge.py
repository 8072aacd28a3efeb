"""The rule judge of event titles (``evaluate_events.judge_title``): each rule in two languages at least."""

from __future__ import annotations

import pytest

from timeline.evaluate_events import judge_title


@pytest.mark.parametrize("code,title,sentence,readable,why", [
    # a clause with its subject and verb
    ("es", "Al menos 40 personas murieron en los enfrentamientos", "Al menos 40 personas murieron ayer en los "
     "enfrentamientos.", True, "a clause that says what happened"),
    ("fr", "Des heurts ont opposé des jeunes à la police…", "Des heurts ont opposé mardi des jeunes à la police "
     "près de l'ambassade.", True, "a clause that says what happened"),
    ("en", "The council has adopted the resolution", "On Thursday the council has adopted the resolution.", True,
     "a clause that says what happened"),
    # a noun that names a happening stands for a predicate
    ("es", "Funerales de las 74 víctimas", "Funerales de las 74 víctimas el jueves.", True,
     "a clause that says what happened"),
    ("fr", "Manifestation des partisans du président", "Manifestation des partisans du président samedi.", True,
     "a clause that says what happened"),
    # a noun phrase may follow its preposition
    ("fr", "La chute de Tripoli", "Il est en fuite depuis la chute de Tripoli fin août.", True,
     "a clause that says what happened"),
    ("es", "La masacre de Maspero", "Fue asesinado en la masacre de Maspero del 9 de octubre.", True,
     "a clause that says what happened"),
    # mid-phrase: the word before it in the sentence is a determiner or a preposition
    ("es", "Presidente francés anunció el ataque", "El presidente francés anunció el sábado el ataque.", False,
     "starts mid-phrase (after 'El')"),
    ("es", "Pesar de que la oposición ha convocado una marcha", "A pesar de que la oposición ha convocado una "
     "marcha para el viernes.", False, "starts mid-phrase (after 'A')"),
    ("fr", "Président Mohamed Morsi a appelé au calme", "Le président Mohamed Morsi a appelé jeudi au calme.",
     False, "starts mid-phrase (after 'Le')"),
    # a relative word, a conjunction, a connective or an attribution first
    ("es", "Donde se encuentra retenido por el régimen", "Está en Trípoli, donde se encuentra retenido desde el "
     "5 de abril por el régimen.", False, "starts with a relative word"),
    ("fr", "Où le gouvernement a été installé par l'armée", "Au Caire, où le gouvernement a été installé par "
     "l'armée le 3 juillet.", False, "starts with a relative word"),
    ("es", "Según fuentes médicas, 28 personas murieron", "Según fuentes médicas, 28 personas murieron el lunes.",
     False, "starts with an attribution"),
    ("fr", "Selon l'AFP, les rebelles ont pris la ville", "Selon l'AFP, les rebelles ont pris la ville lundi.",
     False, "starts with an attribution"),
    # no subject: the title opens with its verb
    ("es", "Ha nombrado vicepresidente a Omar Suleiman", "Mubarak, acosado, ha nombrado hoy vicepresidente a "
     "Omar Suleiman.", False, "no subject: it opens with its verb"),
    ("fr", "A disparu après la mort de son père", "Il a disparu le 20 octobre après la mort de son père.", False,
     "no subject: it opens with its verb"),
    # no predicate; a verb of a relative clause is not the title's
    ("es", "El presidente, acosado por las protestas que se han…", "El presidente, acosado por las protestas que "
     "se han extendido, habló el martes.", False, "no predicate: neither a finite verb nor a noun of a happening"),
    ("fr", "Libérés et reconduits à la frontière", "Libérés et reconduits à la frontière samedi.", False,
     "no predicate: neither a finite verb nor a noun of a happening"),
    # too short, stray brackets, invisible characters, a dangling end, an attribution left
    ("es", "Presidente francés", "El presidente francés llegó el sábado.", False,
     "fewer than three words: a name, not a clause"),
    ("fr", "Liens en anglais] L'Egypte a ouvert Rafah", "[Liens en anglais] L'Egypte a ouvert Rafah samedi.",
     False, "a stray []"),
    ("es", "La Fami\u00adlia real abandonó el país", "La Fami\u00adlia real abandonó el país el lunes.", False,
     "an invisible character"),
    ("fr", "Les rebelles ont pris le contrôle de", "Les rebelles ont pris le contrôle de Syrte lundi.", False,
     "dangles: ends with 'de'"),
    ("es", "28 personas murieron en Bengasi, dijo el ministro", "28 personas murieron en Bengasi, dijo el "
     "ministro el lunes.", False, "keeps its attribution"),
    ("fr", "Les rebelles ont pris Syrte, a déclaré le porte-parole", "Les rebelles ont pris Syrte, a déclaré "
     "lundi le porte-parole.", False, "keeps its attribution"),
])
def test_judge_title(code, title, sentence, readable, why):
    judged = judge_title(title, sentence, code)
    assert (judged.readable, judged.why) == (readable, why)
