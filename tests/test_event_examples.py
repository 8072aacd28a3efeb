"""The cases of real news that made wrong events (issue #10), each in its own language and at least one other.

Every text is written here; the real articles they come from stay in ../shared (tests/data/ml-crisis).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.events.layout import layout
from timeline.model import Document, Event
from timeline.pipeline import build_timeline
from timeline.places import find_places, fold


def events_of(text: str, language: str, date: str) -> tuple[Event, ...]:
    doc = Document(id="t", text=text, language=language, document_date=dt.date.fromisoformat(date))
    return build_timeline([doc]).events


def days(events) -> list[tuple[str, str | None]]:
    return [(e.start.isoformat(), e.end.isoformat() if e.end else None) for e in events]


# ---------------------------------------------------------------------------- reference points make no event

NO_EVENT = [
    # a state since a year long past ("the family has ruled since 1783")
    ("es", "La familia Jalifa gobierna el país desde 1783 y controla el ejército.", "2011-02-26"),
    ("en", "The Khalifa family has ruled the country since 1783 and controls the army.", "2011-02-26"),
    ("fr", "La famille Khalifa gouverne le pays depuis 1783 et contrôle l'armée.", "2011-02-26"),
    # a comparison ("the worst toll since 2015")
    ("es", "Es el peor balance de víctimas desde 2015 en la región.", "2013-08-20"),
    ("fr", "C'est le pire bilan depuis 2015 dans la région.", "2013-08-20"),
    ("fr", "Le baril n'avait pas atteint ce niveau depuis fin septembre 2008.", "2011-02-22"),
    # bracketed life and war spans
    ("es", "La guerra civil libanesa (1975-1990) dejó el país dividido.", "2011-03-01"),
    ("en", "The Lebanese civil war (1975-1990) left the country divided.", "2011-03-01"),
    ("fr", "Le dirigeant (1918-1970) a marqué le pays.", "2011-03-01"),
    # dates inside names
    ("en", "Protesters crossed the 6 October Bridge towards the square.", "2011-02-01"),
    ("en", "The April 6 Movement called for a strike.", "2011-02-01"),
    ("es", "Los manifestantes cruzaron el Puente 6 de Octubre hacia la plaza.", "2011-02-01"),
    ("es", "El Movimiento 6 de Abril convocó una huelga.", "2011-02-01"),
    ("es", "Los jóvenes de la Revolución del 25 de Enero volvieron a la plaza.", "2011-02-26"),
    ("fr", "Les manifestants ont franchi le pont du 6 octobre.", "2011-02-01"),
    ("fr", "Le Mouvement du 6 avril a appelé à la grève.", "2011-02-01"),
    # "N years after <a happening whose date the text does not give>"
    ("fr", "Dix ans après sa mort, la mémoire du chanteur reste vive.", "2013-07-06"),
    ("es", "Cuarenta años después de tomar el poder, el coronel cayó.", "2011-11-23"),
    ("en", "Fifty years after the assassination, the case is still open.", "2013-11-22"),
    ("fr", "Quarante-huit heures après la destitution du président, les combats ont repris.", "2013-07-06"),
    # "a week ago", "a month ago": roughly then
    ("fr", "Ces heurts, qui ont débuté il y a une semaine, continuent.", "2012-11-27"),
    ("es", "Los enfrentamientos comenzaron hace un mes en la capital.", "2012-11-27"),
    # a deadline counted from now
    ("fr", "Le président devrait soumettre le texte à référendum d'ici quinze jours.", "2012-12-01"),
]


@pytest.mark.parametrize("language,text,date", NO_EVENT)
def test_reference_points_names_and_undated_anchors_make_no_event(language, text, date):
    assert days(events_of(text, language, date)) == []


# ------------------------------------------------------------------------- anchoring across the text

ANCHORED = [
    ("es", "Un mes después del 25 de enero, la plaza volvió a llenarse.", "2011-05-05", [("2011-02-25", "2011-02-25")]),
    ("es", "Dos semanas antes del 3 de marzo se convocó la huelga.", "2011-05-05", [("2011-02-17", "2011-02-17")]),
    ("es", "Tres días tras el 25 de enero cayó el gobierno.", "2011-05-05", [("2011-01-28", "2011-01-28")]),
    # "después" closed by a comma: the date after it is the day it names, counted from nothing
    ("es", "Un mes después, el 25 de febrero, la plaza volvió a llenarse.", "2011-05-05",
     [("2011-02-25", "2011-02-25")]),
    ("fr", "Un mois après le 25 janvier, la place s'est de nouveau remplie.", "2011-05-05",
     [("2011-02-25", "2011-02-25")]),
    ("en", "The square filled again a month after 25 January.", "2011-05-05", [("2011-02-25", "2011-02-25")]),
    ("en", "The talks resumed two weeks before 3 March.", "2011-05-05", [("2011-02-17", "2011-02-17")]),
]


@pytest.mark.parametrize("language,text,date,expected", ANCHORED)
def test_a_move_from_a_date_the_text_gives_lands_on_the_day_it_reaches(language, text, date, expected):
    assert days(events_of(text, language, date)) == expected


@pytest.mark.parametrize("language,text,weekday", [
    ("es", "El acuerdo se firmó el jueves 4 de mayo en El Cairo.", "Thursday"),
    ("en", "The agreement was signed on Friday 24 July in Cairo.", "Friday"),
])
def test_a_weekday_that_contradicts_its_date_lowers_confidence_and_says_so(language, text, weekday):
    (event,) = events_of(text, language, "2012-07-27" if language == "en" else "2011-05-05")
    assert event.confidence == pytest.approx(0.7)
    assert event.description.startswith(f"The text names {weekday} with this date")
    assert event.start.strftime("%A") in event.description


def test_a_fair_weekday_keeps_full_confidence():
    (event,) = events_of("El acuerdo se firmó el miércoles 4 de mayo en El Cairo.", "es", "2011-05-05")
    assert event.confidence == 1.0 and event.description is None


# --------------------------------------------------------------------------------- the page around the article

def test_a_headline_above_the_dateline_is_the_title_and_the_dateline_no_event():
    text = ("Egypt braces for new protests\n\nCAIRO, 12 March 2026 — Thousands of protesters gathered on Friday in "
            "Tahrir Square to demand the release of detained activists, witnesses said.\n")
    events = events_of(text, "en", "2026-03-12")
    assert days(events) == [("2026-03-06", "2026-03-06")]
    assert events[0].place is None or events[0].place.name == "Cairo"
    assert layout(text, "en").headline == "Egypt braces for new protests"


def test_a_dateline_below_a_spanish_headline_is_no_event():
    text = ("Egipto se prepara para nuevas protestas\n\nEL CAIRO, 12 de marzo de 2026 — Miles de manifestantes se "
            "concentraron el viernes en la plaza Tahrir para exigir la liberación de los activistas detenidos.\n")
    assert days(events_of(text, "es", "2026-03-12")) == [("2026-03-06", "2026-03-06")]


PAGE_CLUTTER = [
    # a publication line and a "read also" link
    ("fr", "Les islamistes manifestent en soutien au président\nPublié le 01/12/12 à 00h00 — Mis à jour le 01/12/12 à "
           "11h46\nLes islamistes égyptiens sont appelés à manifester ce samedi en soutien au président Mohamed "
           "Morsi face à la contestation.\nLire aussi : la justice suspend ses travaux le 3 décembre\n",
     "2012-12-01", [("2012-12-01", "2012-12-01")]),
    ("es", "Los islamistas se manifiestan en apoyo al presidente\nPublicado el 1 de diciembre de 2012\nLos islamistas "
           "egipcios están convocados a manifestarse este sábado en apoyo al presidente Mohamed Morsi frente a la "
           "protesta.\nLea también: la justicia suspende su trabajo el 3 de diciembre\n",
     "2012-12-01", [("2012-12-01", "2012-12-01")]),
    # a masthead and reader comments after the article
    ("es", "Egipto cierra las oficinas de Al Jazeera\nLas autoridades egipcias han decidido cerrar hoy todas las "
           "oficinas en Egipto de la cadena de televisión qatarí Al Jazeera.\nSe han publicado 4 comentarios\nEl "
           "próximo 15 de noviembre todos a la calle, escribe un lector con mucha rabia contra todos.\n"
           "© 2020. Fundada el 18 de octubre de 1869. Todos los derechos reservados.\n",
     "2011-01-30", [("2011-01-30", "2011-01-30")]),
    ("en", "Egypt closes Al Jazeera's offices\nThe Egyptian authorities decided today to close all the offices of "
           "the Qatari television channel Al Jazeera in Egypt.\n23 comments\nOn 15 November everyone should be "
           "in the street, writes a reader who is very angry with everyone.\n",
     "2011-01-30", [("2011-01-30", "2011-01-30")]),
    # a list of other headlines below the article
    ("es", "Egipto cierra las oficinas de Al Jazeera\nLas autoridades egipcias han decidido cerrar hoy todas las "
           "oficinas en Egipto de la cadena de televisión qatarí Al Jazeera, según el propio canal.\n"
           "Aeropuerto Internacional reiniciará operaciones el próximo 15 de noviembre\n"
           "Realizarán exámenes de ingreso a partir del 3 de diciembre\nTaller de instructores de arte\n",
     "2011-01-30", [("2011-01-30", "2011-01-30")]),
]


@pytest.mark.parametrize("language,text,date,expected", PAGE_CLUTTER)
def test_bylines_publication_lines_links_comments_and_mastheads_make_no_event(language, text, date, expected):
    assert days(events_of(text, language, date)) == expected


def test_today_in_a_quoted_post_is_the_poster_day_not_an_event():
    text = ("Wael Ghonim was released today after twelve days in detention, his family and friends said.\n"
            "@EgyptSecularist: This is a turning point. Tomorrow will be an incredible day.\n")
    assert days(events_of(text, "en", "2011-02-07")) == [("2011-02-07", "2011-02-07")]
    text_fr = ("Wael Ghonim a été libéré aujourd'hui après douze jours de détention, selon sa famille et ses amis.\n"
               "@EgyptSecularist écrit :\nC'est un tournant. Demain va être un jour incroyable.\n")
    assert days(events_of(text_fr, "fr", "2011-02-07")) == [("2011-02-07", "2011-02-07")]


# ---------------------------------------------------------------------------- one event per happening

def test_happenings_of_one_day_stay_apart_and_keep_their_own_place():
    text = ("La oposición iraní convocó una gran protesta para el lunes 14 de febrero en Teherán.\n"
            "En Yemen, miles de estudiantes marcharon el lunes 14 de febrero contra el presidente Saleh.\n")
    events = events_of(text, "es", "2011-02-12")
    assert sorted((e.place.name if e.place else None) for e in events) == ["Tehran", "Yemen"]
    (iran,) = [e for e in events if e.place and e.place.name == "Tehran"]
    assert "oposición iraní" in iran.title
    text_en = ("The Iranian opposition called a large protest for Monday 14 February in Tehran.\n"
               "In Yemen, thousands of students marched on Monday 14 February against President Saleh.\n")
    assert sorted((e.place.name if e.place else None) for e in events_of(text_en, "en", "2011-02-12")) == [
        "Tehran", "Yemen"]


def test_mentions_of_one_happening_merge_and_keep_their_sentences():
    text = ("El diplomático Diego Ruiz pudo reunirse el pasado lunes con el fotógrafo en Trípoli.\n"
            "La visita de Ruiz el pasado lunes fue la primera desde su detención, según la familia del fotógrafo.\n")
    (event,) = events_of(text, "es", "2011-05-11")
    assert event.start == dt.date(2011, 5, 9) and len(event.mentions) == 2
    assert [m.sentence[:14] for m in event.mentions] == ["El diplomático", "La visita de R"]


def test_a_chronology_keeps_one_year_for_its_items():
    text = ("Cronología de la revuelta\n\nEsta es la secuencia de los hechos de las últimas semanas en el país, "
            "día a día, tal como los contaron las agencias.\n"
            "4 de marzo: los rebeldes tomaron Ras Lanuf.\n10 de marzo: Francia reconoció al consejo rebelde.\n"
            "17 de marzo: el Consejo de Seguridad aprobó la resolución 1973.\n")
    assert days(events_of(text, "es", "2011-03-08")) == [
        ("2011-03-04", "2011-03-04"), ("2011-03-10", "2011-03-10"), ("2011-03-17", "2011-03-17")]


# ------------------------------------------------------------------------------------------------- titles

@pytest.mark.parametrize("language,text,date,start", [
    ("es", "Al menos 40 personas murieron el viernes en Trípoli, según fuentes médicas.", "2011-03-20",
     "Al menos 40 personas murieron"),
    ("fr", "Au moins 40 personnes sont mortes vendredi à Tripoli, selon des sources médicales.", "2011-03-20",
     "Au moins 40 personnes sont mortes"),
    ("en", "At least 40 people died on Friday in Tripoli, according to medical sources.", "2011-03-20",
     "At least 40 people died"),
])
def test_a_title_keeps_the_start_of_its_sentence_and_drops_the_attribution(language, text, date, start):
    (event,) = events_of(text, language, date)
    assert event.title == start


def test_a_title_loses_soft_hyphens_and_invisible_characters():
    text = "La fami\u00adlia Jali\u00adfah decretó el lunes 14 de febrero una amnis\u200btía para los detenidos.\n"
    (event,) = events_of(text, "es", "2011-02-12")
    assert "\u00ad" not in event.title and "\u200b" not in event.title
    assert event.title.startswith("La familia Jalifah")


def test_a_title_takes_the_subject_and_drops_the_connective():
    text = "Por su parte, Al Islambuli regresó a Egipto el 5 de agosto del año pasado.\n"
    (event,) = events_of(text, "es", "2012-03-19")
    assert event.title.startswith("Al Islambuli regresó")
    text_fr = "Pourtant, le président a maintenu lundi 26 novembre le décret élargissant ses pouvoirs.\n"
    (event,) = events_of(text_fr, "fr", "2012-11-27")
    assert event.title.startswith("Le président a maintenu")


# ------------------------------------------------------------------------------------------------- places

@pytest.mark.parametrize("language,text,name,country", [
    ("es", "MADRID, 3 de febrero — Los actos se celebraron en Valencia.", "Valencia", "ES"),
    ("es", "Los actos se celebraron en Córdoba.", "Córdoba", "ES"),
    ("es", "Chávez habló en Valencia, en Venezuela.", "Valencia", "VE"),
    ("en", "The rally was held in Cordoba, Argentina.", "Córdoba", "AR"),
    ("fr", "La manifestation a eu lieu à Valence.", "Valence", "FR"),
])
def test_a_name_of_several_places_is_read_in_the_article_context(language, text, name, country):
    place = next(p.place for p in find_places(text, language) if fold(p.text)[:4] == fold(name)[:4])
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize("language,text,name", [
    ("es", "El presidente viajó a Sharm el Sheij.", "Sharm el-Sheikh"),
    ("es", "Los rebeldes avanzan hacia Trípoli.", "Tripoli"),
    ("es", "Los bombardeos en la Guta Oriental siguieron.", "Eastern Ghouta"),
    ("fr", "Les frappes sur la Ghouta orientale ont repris.", "Eastern Ghouta"),
    ("es", "La Cirenaica fue la primera región en caer.", "Cyrenaica"),
    ("fr", "Les tribus du Djebel Nefoussa ont reçu des armes.", "Nafusa Mountains"),
])
def test_exonyms_and_regions(language, text, name):
    assert [p.place.name for p in find_places(text, language)] == [name]
