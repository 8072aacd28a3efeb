"""One happening told twice in an article is one event; two happenings of one day stay two (events/merging.py,
events/anaphora.py). The retellings that merge: a definite noun phrase the date qualifies whose head is the first
telling's word, a word of its kind of happening or a generic noun ("el ataque del sábado", "l'engin tiré
dimanche", "Saturday's raid", "der Angriff vom Samstag"), and the same city named where both happened. Every text
is written here."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events.anaphora import recall
from timeline.model import Document
from timeline.pipeline import build_timeline


def events_of(text: str, language: str, date: str) -> list[tuple[str, str, int]]:
    doc = Document(id="t", text=text, language=language, document_date=dt.date.fromisoformat(date))
    return [(e.start.isoformat(), e.title, len(e.mentions)) for e in build_timeline([doc]).events]


RETOLD = [
    # the head is a noun of the first telling's kind: "atacaron" and "el ataque"
    ("es", "2011-03-20", "Aviones franceses atacaron el sábado posiciones cerca de Bengasi. Las defensas quedaron dañadas "
     "después del ataque del sábado.", ("2011-03-19", "Aviones franceses atacaron posiciones")),
    ("es", "2011-02-18", "Los activistas se manifestaron el jueves en Bengasi. La marcha del jueves coincidió con el "
     "aniversario de la masacre.", ("2011-02-17", "Los activistas se manifestaron")),
    # the same city where both happened, through a noun of a settlement
    ("es", "2011-02-18", "Dos jóvenes murieron el miércoles en Al Baida. Otras dos personas perdieron la vida el miércoles "
     "en la localidad de Al Baida, según el diario.", ("2011-02-16", "Dos jóvenes murieron")),
    # a participle joins the head to its date; "engin" is a projectile's generic
    ("fr", "2011-08-16", "Dimanche, les forces loyalistes ont lancé depuis Syrte un missile Scud sur des positions rebelles. "
     "L'engin tiré dimanche s'est écrasé dans le désert.",
     ("2011-08-14", "Les forces loyalistes ont lancé un missile Scud sur des positions rebelles")),
    # a noun that names any violent happening
    ("fr", "2013-10-05", "Vendredi, la police a tiré des gaz lacrymogènes sur des centaines d'islamistes. L'Alliance a "
     "dénoncé les violences de vendredi.",
     ("2013-10-04", "La police a tiré des gaz lacrymogènes sur des centaines d'islamistes")),
    # a possessive date
    ("en", "2011-03-20", "Rebels attacked an army base near Sirte on Saturday. Saturday's raid left the runway unusable, "
     "officials said.", ("2011-03-19", "Rebels attacked an army base")),
    ("en", "2011-03-20", "Thousands of protesters marched to the palace on Saturday. The rally on Saturday ended peacefully.",
     ("2011-03-19", "Thousands of protesters marched to the palace")),
    ("de", "2011-03-20", "Rebellen haben am Samstag eine Kaserne bei Sirte angegriffen. Nach dem Angriff vom Samstag blieb "
     "die Piste gesperrt.", ("2011-03-19", "Rebellen haben eine Kaserne angegriffen")),
]


@pytest.mark.parametrize("language,date,text,expected", RETOLD)
def test_a_happening_told_twice_is_one_event(language, date, text, expected):
    assert events_of(text, language, date) == [(*expected, 2)]


APART = [
    ("es", "2011-02-18", "Dos jóvenes murieron el miércoles en Al Baida. El miércoles el gobierno cerró la frontera con "
     "Egipto.", [("2011-02-16", "Dos jóvenes murieron", 1), ("2011-02-16", "El gobierno cerró la frontera con Egipto", 1)]),
    # a definite noun phrase of another kind of happening
    ("es", "2011-03-20", "Aviones franceses atacaron el sábado posiciones cerca de Bengasi. La reunión del sábado en París "
     "terminó sin acuerdo.",
     [("2011-03-19", "La reunión terminó sin acuerdo", 1), ("2011-03-19", "Aviones franceses atacaron posiciones", 1)]),
    ("fr", "2011-08-16", "Les forces loyalistes ont lancé dimanche un missile Scud sur des positions rebelles. Le Conseil "
     "national de transition a nommé dimanche un nouveau chef militaire.",
     [("2011-08-14", "Les forces loyalistes ont lancé un missile Scud sur des positions rebelles", 1),
      ("2011-08-14", "Le Conseil national de transition a nommé un nouveau chef militaire", 1)]),
    # a city a distance counts from is not where the first happened
    ("fr", "2011-07-23", "Les rebelles ont pris lundi la ville de Zliten, à 150 km de Tripoli. Lundi, l'Otan a bombardé "
     "une caserne à Tripoli.",
     [("2011-07-18", "L'Otan a bombardé une caserne", 1), ("2011-07-18", "Les rebelles ont pris la ville de Zliten", 1)]),
    # a part of the day is no happening: "la nuit de vendredi" names none told before
    ("fr", "2011-07-23", "Les rebelles ont subi vendredi de lourdes pertes. Dans la nuit de vendredi, sept explosions "
     "ont secoué le centre.",
     [("2011-07-22", "Les rebelles ont subi de lourdes pertes", 1), ("2011-07-22", "Sept explosions ont secoué le centre", 1)]),
    ("en", "2011-03-20", "Rebels attacked an army base near Sirte on Saturday. On Saturday the government closed the border "
     "with Egypt.",
     [("2011-03-19", "Rebels attacked an army base", 1), ("2011-03-19", "The government closed the border with Egypt", 1)]),
    ("en", "2011-03-20", "Rebels attacked an army base near Sirte on Saturday. The meeting on Saturday in Paris ended "
     "without a deal.",
     [("2011-03-19", "Rebels attacked an army base", 1), ("2011-03-19", "The meeting ended without a deal", 1)]),
    ("de", "2011-03-20", "Rebellen haben am Samstag eine Kaserne bei Sirte angegriffen. Am Samstag schloss die Regierung "
     "die Grenze zu Ägypten.",
     [("2011-03-19", "Rebellen haben eine Kaserne angegriffen", 1), ("2011-03-19", "Die Regierung schloss die Grenze", 1)]),
]


@pytest.mark.parametrize("language,date,text,expected", APART)
def test_two_happenings_of_one_day_stay_two(language, date, text, expected):
    assert events_of(text, language, date) == expected


HEADS = [
    # (language, text, the date, head's stem or None)
    ("es", "Las defensas quedaron dañadas después del ataque del sábado.", "sábado", "ataqu"),
    ("es", "Dos personas murieron en las protestas registradas el miércoles.", "el miércoles", "prote"),
    ("es", "Los manifestantes el sábado marcharon.", "el sábado", None),  # a subject and its date
    ("fr", "L'engin tiré dimanche s'est écrasé.", "dimanche", "engin"),
    ("fr", "Dans la nuit de vendredi, sept explosions.", "vendredi", None),  # a part of the day
    ("en", "Saturday's raid left the runway unusable.", "Saturday", "raid"),
    ("en", "The army attacked on Saturday.", "Saturday", None),  # a verb, no participle
    ("de", "Nach dem Angriff vom Samstag blieb die Piste gesperrt.", "Samstag", "angri"),
]


@pytest.mark.parametrize("language,text,date,stem", HEADS)
def test_the_head_a_date_qualifies(language, text, date, stem):
    start = text.index(date)
    found = recall(text, language, 0, start, start + len(date))
    assert (found.stem if found else None) == stem
