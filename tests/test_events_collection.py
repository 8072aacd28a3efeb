"""Events over a collection of short news articles in six languages, against hand-written gold files.

``tests/data/articles/<name>.<lang>.txt`` is an article, ``.meta.json`` its source URL, language and date, and
``.gold.json`` the events a reader finds in it: first and last day (``end`` null for an open-ended period), the
place (GeoNames name and country, or null), its time zone, a clock time when the article gives one, words the
title must contain, and how many mentions the article makes of it. An event is right when its days and its
place are right. Gold events marked ``tagger_issue`` and system events listed in ``known_false_events`` are
time expressions the tagger gets wrong today; they count against precision and recall like any other error.
Four of the articles tell one story (the signing of the UN Convention against Cybercrime in Hanoi) in English,
Vietnamese and French, with different wordings of the same dates; merged, each event appears once.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.documents import read_document
from timeline.evaluate_events import pair_up
from timeline.model import Event, Timeline
from timeline.pipeline import build_timeline
from timeline.events.titles import TITLE_LIMIT

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
GOLD = sorted(ARTICLES.glob("*.gold.json"))
NAMES = [p.name[: -len(".gold.json")] for p in GOLD]
#: The one story told by several articles in several languages.
STORY = ["hanoi-convention.en", "hanoi-convention-explainer.en", "hanoi-convention.vi", "hanoi-convention.fr"]
THRESHOLD = 0.9


def _events(tmp_path, name: str, text: str, **read):
    """The events of one article written to ``tmp_path / name``."""
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    return build_timeline([read_document(article, **read)]).events

def gold(name: str) -> dict:
    return json.loads((ARTICLES / f"{name}.gold.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def timeline_of(name: str) -> Timeline:
    return build_timeline([read_document(ARTICLES / f"{name}.txt")])


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def same_place(event: Event, g: dict) -> bool:
    if g["place"] is None:
        return event.place is None
    if event.place is None:
        return False
    if g.get("geonameid") is not None:
        return event.place.geonameid == g["geonameid"]
    return event.place.name == g["place"] and event.place.country == g["country"]


def is_match(event: Event, g: dict) -> bool:
    return event.start == _day(g["start"]) and event.end == _day(g["end"]) and same_place(event, g)


def align(events: tuple[Event, ...], golds: list[dict]) -> tuple[list[tuple[Event, dict]], list[Event], list[dict]]:
    """One-to-one pairs of system and gold events (days and place equal), the unpaired system events, the
    unpaired gold events."""
    return pair_up(events, golds, is_match)


def _show(e: Event) -> str:
    place = f"{e.place.name}/{e.place.country}" if e.place else "-"
    return f"{e.start}..{e.end} {place} {e.title!r}"


def test_the_collection_is_what_the_issue_asks_for():
    languages = {gold(n)["language"] for n in NAMES}
    assert len(NAMES) >= 12
    assert {"ar", "en", "vi", "fr"} <= languages
    for name in NAMES:
        words = len((ARTICLES / f"{name}.txt").read_text(encoding="utf-8").split())
        assert 150 <= words <= 400, (name, words)
        meta = json.loads((ARTICLES / f"{name}.meta.json").read_text(encoding="utf-8"))
        assert meta["source_url"].startswith("https://") and ".example." in meta["source_url"]
        assert read_document(ARTICLES / f"{name}.txt").document_date is not None, name


def test_precision_and_recall_over_the_collection(capsys):
    tp = fp = fn = 0
    lines = []
    for name in NAMES:
        events = timeline_of(name).events
        pairs, extra, missed = align(events, gold(name)["events"])
        tp, fp, fn = tp + len(pairs), fp + len(extra), fn + len(missed)
        lines.append(f"{name:34} gold {len(pairs) + len(missed):2}  found {len(events):2}  right {len(pairs):2}")
        lines += [f"    false: {_show(e)}" for e in extra] + [f"    missed: {g['start']}..{g['end']} {g['place']}" for g in missed]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
        print(f"events: precision {precision:.3f} ({tp}/{tp + fp}), recall {recall:.3f} ({tp}/{tp + fn})")
    assert precision >= THRESHOLD and recall >= THRESHOLD


@pytest.mark.parametrize("name", NAMES)
def test_each_article_finds_its_events_exactly(name):
    g = gold(name)
    events = timeline_of(name).events
    pairs, extra, missed = align(events, g["events"])
    # every error is a known one: an expression the tagger gets wrong (see the gold file)
    known = {(k["start"], k["end"]) for k in g.get("known_false_events", ())}
    unexpected = [e for e in extra if (e.start.isoformat(), e.end.isoformat() if e.end else None) not in known]
    assert not unexpected, [_show(e) for e in unexpected]
    assert all("tagger_issue" in m for m in missed), missed
    for event, ge in pairs:
        for words in ge["title_contains"]:
            assert words in event.title, (event.title, words)
        assert 3 <= len(event.title) <= TITLE_LIMIT, event.title
        assert (event.place.timezone if event.place else None) == ge["timezone"]
        assert (event.start_time.strftime("%H:%M") if event.start_time else None) == ge["start_time"], _show(event)
        assert (event.end_time.strftime("%H:%M") if event.end_time else None) == ge["end_time"], _show(event)
        assert event.all_day is (ge["start_time"] is None)
        if "tagger_issue" not in ge:
            assert len(event.mentions) == ge["mentions"], (_show(event), [m.text for m in event.mentions])
        text = (ARTICLES / f"{name}.txt").read_bytes().decode("utf-8")
        for m in event.mentions:
            assert m.source == name and text[m.start:m.end] == m.text and m.text in m.sentence


@pytest.mark.parametrize("name", NAMES)
def test_durations_vague_references_and_bare_years_make_no_event(name):
    g = gold(name)
    timeline = timeline_of(name)
    tagged = [t.text for t in timeline.sources[0].timexes]
    mentioned = [m.text for e in timeline.events for m in e.mentions]
    for text in g["not_events"]:
        assert any(text in t for t in tagged), f"{text!r} is no longer tagged: {tagged}"
        assert not any(text in m for m in mentioned), f"{text!r} became an event"


def test_open_ended_periods():
    for name in ("hanoi-convention.en", "cairo-summit.ar"):
        (period,) = [e for e in timeline_of(name).events if e.end is None]
        assert period.approximate_start and period.precision == "approximate"


# ------------------------------------------------------------------------------------------- one story, merged


@pytest.fixture(scope="module")
def story() -> Timeline:
    return build_timeline([read_document(ARTICLES / f"{n}.txt") for n in STORY])


#: (start, end, time) → the documents that mention the event
STORY_EVENTS = {
    ("2025-10-25", "2025-10-26", None): set(STORY),
    ("2025-10-25", "2025-10-25", "10:00"): {"hanoi-convention.en", "hanoi-convention.vi", "hanoi-convention.fr"},
    ("2025-09-22", "2025-09-22", None): set(STORY),
    ("2024-12-01", "2024-12-31", None): set(STORY),
    ("2025-01-01", None, None): {"hanoi-convention.en", "hanoi-convention.vi", "hanoi-convention.fr"},
}


def _key(e: Event) -> tuple[str, str | None, str | None]:
    return (e.start.isoformat(), e.end.isoformat() if e.end else None,
            e.start_time.strftime("%H:%M") if e.start_time else None)


def test_the_merged_story_has_each_event_once(story):
    keys = [_key(e) for e in story.events]
    assert sorted(keys, key=str) == sorted(STORY_EVENTS, key=str)
    assert story.language == "mul"
    assert [s.id for s in story.sources] == STORY


def test_each_merged_event_keeps_the_mentions_of_every_source(story):
    for event in story.events:
        expected = STORY_EVENTS[_key(event)]
        assert expected <= set(event.sources), (_key(event), event.sources)
        assert set(event.sources) <= set(STORY)
    by_key = {_key(e): e for e in story.events}
    signing = by_key[("2025-10-25", "2025-10-26", None)]
    assert signing.place.geonameid == 1581130 and signing.place.timezone == "Asia/Ho_Chi_Minh"
    assert sorted(m.text for m in signing.mentions) == sorted(
        ["25-26 October", "from 25 to 26 October", "from October 25 to 26", "October 25 and 26", "ngày 25 và 26/10",
         "từ 25 đến 26 tháng 10 năm 2025", "du 25 au 26 octobre", "Les 25 et 26 octobre"])
    road = by_key[("2025-09-22", "2025-09-22", None)]
    assert road.place.geonameid == 5128581 and road.place.timezone == "America/New_York"
    assert len(road.mentions) == 4
    assert road.title == "The Road to Hanoi"  # the first source's quoted name
    opening = by_key[("2025-10-25", "2025-10-25", "10:00")]
    assert opening.place.name == "Hanoi" and not opening.all_day


def test_export_of_the_story_writes_one_calendar_with_each_event_once(tmp_path):
    from icalendar import Calendar

    paths = [str(ARTICLES / f"{n}.txt") for n in STORY]
    result = CliRunner().invoke(app, ["export", *paths, "--name", "convention", "--out", str(tmp_path),
                                      "--format", "ics"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["convention.ics"]
    calendar = Calendar.from_ical((tmp_path / "convention.ics").read_bytes())
    vevents = [c for c in calendar.walk("VEVENT")]
    assert len(vevents) == len(STORY_EVENTS)
    assert len({str(v["UID"]) for v in vevents}) == len(vevents)
    starts = sorted(str(v["DTSTART"].dt) for v in vevents)
    assert starts.count("2025-10-25") == 1  # the two-day ceremony, all day
    assert starts.count("2025-09-22") == 1
    signing = next(v for v in vevents if str(v["DTSTART"].dt) == "2025-10-25")
    assert str(signing["DTEND"].dt) == "2025-10-27"  # exclusive end of an all-day range
    opening = next(v for v in vevents if isinstance(v["DTSTART"].dt, dt.datetime))
    assert opening["DTSTART"].dt.isoformat() == "2025-10-25T10:00:00+07:00"
    assert str(opening["DTSTART"].params["TZID"]) == "Asia/Ho_Chi_Minh"


def test_a_reporting_day_with_a_split_verb_is_no_event(tmp_path):
    """German separable reporting verbs put the speaker between verb and day ("teilte ein Sprecher am Mittwoch
    mit"): that Wednesday dates the report, not an event; the talks' Monday (a scheduled present) is ahead."""
    article = tmp_path / "verhandlungen.de.txt"
    article.write_text("BERLIN, 12. März 2026 — Die Verhandlungen beginnen am Montag um 10 Uhr im Kanzleramt, "
                       "teilte ein Sprecher am Mittwoch mit.\n", encoding="utf-8")
    timeline = build_timeline([read_document(article)])
    assert [(e.start, e.start_time) for e in timeline.events] == [(dt.date(2026, 3, 16), dt.time(10, 0))]


def test_a_french_reporting_day_is_no_event_and_the_clock_dates_the_day(tmp_path):
    """"…, a rappelé hier le maire": yesterday dates the report, not an event. The French TimeBank keeps the day and
    its clock time apart ("mardi 11 novembre, à 10 h 30"): the event still has both."""
    article = tmp_path / "ceremonie.fr.txt"
    article.write_text("NANCY, 25 septembre 2025 — La cérémonie aura lieu mardi 11 novembre, à 10 h 30, place "
                       "Stanislas, a rappelé hier le maire.\n", encoding="utf-8")
    timeline = build_timeline([read_document(article)])
    assert [(e.start, e.start_time) for e in timeline.events] == [(dt.date(2025, 11, 11), dt.time(10, 30))]


@pytest.mark.parametrize("name, text, expected", [
    # a day fronted before a clause of saying dates the report (gold convention: "dijo el jueves" is no event)
    ("portavoz.fr.txt", "ALGER, 29 août 2011 — Dimanche, le porte-parole militaire des insurgés a affirmé lors d'une "
     "conférence de presse qu'Alger devra répondre de son attitude.", []),
    ("portavoz.es.txt", "MADRID, 29 de agosto de 2011 — El domingo, el portavoz militar de los rebeldes afirmó que "
     "Argel tendrá que responder.", []),
    ("portavoz.en.txt", "LONDON, August 29, 2011 — On Sunday, the rebels' military spokesman said Algiers would have "
     "to answer for its attitude.", []),
    # the same day fronted before a happening, the saying after a comma of its own: the happening is the event
    ("frontera.fr.txt", "ALGER, 29 août 2011 — Dimanche, les rebelles ont pris le contrôle de la frontière, a "
     "affirmé le porte-parole.", [(dt.date(2011, 8, 28), "Les rebelles ont pris le contrôle de la frontière")]),
    ("frontera.es.txt", "MADRID, 29 de agosto de 2011 — El domingo, los rebeldes tomaron el control de la frontera, "
     "afirmó el portavoz.", [(dt.date(2011, 8, 28), "Los rebeldes tomaron el control de la frontera")]),
    ("frontera.en.txt", "LONDON, August 29, 2011 — On Sunday, the rebels took control of the border crossing.",
     [(dt.date(2011, 8, 28), "The rebels took control of the border crossing")]),
])
def test_a_fronted_day_of_saying_is_no_event(tmp_path, name, text, expected):
    assert [(e.start, e.title) for e in _events(tmp_path, name, text + "\n")] == expected


QUESTIONS = [
    ("fr", "PARIS, 16 juin 2011 — Les hélicoptères d'attaque font-ils aujourd'hui une différence ?",
     "PARIS, 16 juin 2011 — Les hélicoptères d'attaque ont frappé aujourd'hui les positions de Brega.",
     (dt.date(2011, 6, 16), "Les hélicoptères d'attaque ont frappé les positions de Brega")),
    ("es", "MADRID, 16 de junio de 2011 — ¿Caerá el régimen de Gadafi el próximo viernes?",
     "MADRID, 16 de junio de 2011 — El régimen de Gadafi caerá el próximo viernes, según los rebeldes.",
     (dt.date(2011, 6, 17), "El régimen de Gadafi caerá")),
    ("en", "LONDON, June 16, 2011 — Will the talks in Geneva resume next Friday?",
     "LONDON, June 16, 2011 — The talks in Geneva will resume next Friday.",
     (dt.date(2011, 6, 17), "The talks will resume")),
    ("de", "BERLIN, 16. Juni 2011 — Werden die Gespräche in Genf am Freitag fortgesetzt?",
     "BERLIN, 16. Juni 2011 — Die Gespräche in Genf werden am Freitag fortgesetzt.",
     (dt.date(2011, 6, 17), "Die Gespräche werden fortgesetzt")),
    ("ar", "القاهرة، 16 يونيو 2011 — هل تستأنف المحادثات في جنيف يوم الجمعة المقبل؟",
     "القاهرة، 16 يونيو 2011 — تستأنف المحادثات في جنيف يوم الجمعة المقبل.",
     (dt.date(2011, 6, 17), "تستأنف المحادثات")),
]


@pytest.mark.parametrize("code, question, statement, expected", QUESTIONS, ids=[q[0] for q in QUESTIONS])
def test_a_question_tells_no_happening(tmp_path, code, question, statement, expected):
    """A question asks whether something happens; the same words said as a statement are the event."""
    assert _events(tmp_path, f"asked.{code}.txt", question + "\n") == ()
    assert [(e.start, e.title) for e in _events(tmp_path, f"told.{code}.txt", statement + "\n")] == [expected]


SUBJECT_AND_VERB_APART = [
    # the subject's clause has no verb; asides and a relative clause stand between it and its verb
    ("es", "MADRID, 20 de marzo de 2011 — El 17 de marzo, el Consejo de Seguridad, con la resolución 1973, que imponía "
     "la exclusión aérea en Libia, aplicó por primera vez el principio de proteger.",
     "El Consejo de Seguridad aplicó por primera vez el principio de proteger"),
    ("fr", "PARIS, 20 mars 2011 — Le 17 mars, le Conseil de sécurité, par la résolution 1973, qui imposait une zone "
     "d'exclusion aérienne, a appliqué pour la première fois le principe de protection.",
     "Le Conseil de sécurité a appliqué pour la première fois le principe de protection"),
    # a name set beside the subject stays with it
    ("es", "MADRID, 20 de marzo de 2011 — El sábado, el presidente francés, Nicolas Sarkozy, en una cumbre en París, "
     "tomaba las riendas de las operaciones.", "El presidente francés, Nicolas Sarkozy, tomaba las riendas de las operaciones"),
    ("fr", "PARIS, 20 mars 2011 — Samedi, le président français, Nicolas Sarkozy, lors d'un sommet à Paris, a pris la "
     "tête des opérations.", "Le président français, Nicolas Sarkozy, a pris la tête des opérations"),
    # a verb of saying with what is said is the clause's verb, not an attribution after the apposition
    ("es", "MADRID, 22 de junio de 2011 — El pasado 10 de junio, otro aliado, Noruega, que contribuye con seis cazas "
     "F-16, anunció que se retirará de la misión.", "Otro aliado, Noruega, anunció que se retirará de la misión"),
    # a clause with its own subject is not joined to the words before it
    ("fr", "PARIS, 8 février 2011 — Après beaucoup de spéculations, Wael Ghonim a été libéré lundi.",
     "Wael Ghonim a été libéré"),
]


@pytest.mark.parametrize("code, text, title", SUBJECT_AND_VERB_APART, ids=[c[2][:30] for c in SUBJECT_AND_VERB_APART])
def test_a_title_joins_the_subject_to_its_verb_across_asides(tmp_path, code, text, title):
    assert [e.title for e in _events(tmp_path, f"a.{code}.txt", text + "\n")] == [title]


@pytest.mark.parametrize("name, text, expected", [
    # the journalistic present of a verb of saying dates the report too ("affirme mardi le Wall Street Journal")
    ("wsj.fr.txt", "PARIS, 30 août 2011 — Amesys a aidé le régime libyen à espionner ses opposants, affirme mardi "
     "30 août le Wall Street Journal.", []),
    ("wsj.es.txt", "MADRID, 30 de agosto de 2011 — Amesys ayudó al régimen libio a espiar a sus opositores, afirma "
     "este martes el Wall Street Journal.", []),
    ("wsj.en.txt", "LONDON, August 30, 2011 — Amesys helped the Libyan regime spy on its opponents, the Wall Street "
     "Journal reports on Tuesday.", []),
    # the happening's own day stays an event beside the day of the report, in the present and the plural preterite
    ("syrte.fr.txt", "PARIS, 30 août 2011 — Les rebelles ont pris Syrte lundi, indiquent mardi les autorités.",
     [(dt.date(2011, 8, 29), "Les rebelles ont pris Syrte")]),
    ("syrte.es.txt", "MADRID, 30 de agosto de 2011 — Los rebeldes tomaron Sirte el lunes, dijeron el martes las "
     "autoridades.", [(dt.date(2011, 8, 29), "Los rebeldes tomaron Sirte")]),
])
def test_a_day_of_saying_in_the_present_is_no_event(tmp_path, name, text, expected):
    assert [(e.start, e.title) for e in _events(tmp_path, name, text + "\n")] == expected


# The day of a verb of saying is the report's, in the tenses and with the verbs the press uses (denouncing,
# denying, admitting, writing; the imperfect "decía ayer"); verbs that are acts too ("se manifestaron": protested,
# "a condamné … à": sentenced, "accused": charged) keep the happening's day (document date Tuesday 22 March 2011).
MONDAY_21 = [dt.date(2011, 3, 21)]
SAYING = [
    ("es", "La oposición denunció el lunes la represión en Misrata.", []),
    ("es", "«Lo cazaremos», decía ayer un miliciano en el oeste de Trípoli.", []),
    ("es", "La Alianza reconoció ayer que causó la muerte de varios civiles.", []),
    ("es", "Miles de personas se manifestaron ayer en Bengasi.", MONDAY_21),
    ("fr", "La résolution de l'ONU ressemble à un appel aux croisades, a dénoncé lundi Vladimir Poutine.", []),
    ("fr", "«Nous resterons», a-t-il déclaré lundi à la presse.", []),
    ("fr", "Le tribunal a condamné lundi l'ancien ministre à quinze ans de prison.", MONDAY_21),
    ("en", "The government denied on Monday that its troops fired on protesters.", []),
    ("en", "The prosecutor accused on Monday three officers of torture.", MONDAY_21),
    ("de", "Die Regierung dementierte am Montag die Berichte.", []),
    ("ru", "Правительство опровергло в понедельник эти сообщения.", []),
    ("ar", "نفت يوم الاثنين وزارة الخارجية هذه التقارير.", []),
    ("vi", "Chính phủ phủ nhận hôm thứ Hai các báo cáo này.", []),
]


# The day of the medium a report came by (a communiqué, a press conference, an interview, a paper's edition, a
# quotation) is the report's too, however far the clause's verb of saying stands; the happening's own day beside
# it stays an event, and so do a speech's day and "les cités" (the cities) before a day.
REPORT_MEDIA = [
    ("fr", "Le président a indiqué, lors d'une conférence de presse organisée lundi, qu'il resterait au pouvoir.", []),
    ("fr", "Dans un communiqué publié lundi, l'armée affirme avoir repris la ville.", []),
    ("fr", "Le quotidien affirme dans son édition de lundi que le régime vacille.", []),
    ("fr", "Le président a accusé l'Occident de complot dans une interview diffusée lundi par une chaîne allemande.", []),
    ("fr", "Les rebelles ont repris Brega dimanche, selon une source citée lundi par le journal.", [dt.date(2011, 3, 20)]),
    ("fr", "Le président a prononcé lundi un discours devant le Parlement.", MONDAY_21),
    ("fr", "Des combats ont éclaté dans les cités lundi matin.", MONDAY_21),
    ("es", "Gadafi está dispuesto a irse, según emisarios citados el lunes por el ministro.", []),
    ("es", "La OTAN confirmó, en un comunicado emitido el lunes, los ataques contra Trípoli.", []),
    ("es", "La OTAN bombardeó el lunes Trípoli, según un portavoz citado hoy por la agencia.", MONDAY_21),
    ("en", "In a statement issued on Monday, the army said it had retaken the town.", []),
    ("en", "The officials, quoted on Monday by the newspaper, expect a ceasefire.", []),
    ("en", "The rebels took Brega on Monday, officials told a press conference on Tuesday.", MONDAY_21),
    ("en", "The president gave a speech on Monday in Parliament.", MONDAY_21),
    ("de", "Die Regierung wies auf einer Pressekonferenz am Montag die Vorwürfe zurück.", []),
    ("de", "Die Rebellen nahmen am Montag Brega ein, hieß es in einer Mitteilung vom Dienstag.", MONDAY_21),
]


@pytest.mark.parametrize("code, text, expected", SAYING + REPORT_MEDIA,
                         ids=[f"{c}-{t[:25]}" for c, t, _ in SAYING + REPORT_MEDIA])
def test_the_day_of_a_verb_of_saying_is_no_event(tmp_path, code, text, expected):
    events = _events(tmp_path, f"a.{code}.txt", text + "\n", document_date=dt.date(2011, 3, 22))
    assert [e.start for e in events] == expected


PAGE_LINES = {
    "es": ("Los rebeldes se retiran de Brega\n\nAjdabiya, Libia, marzo 31.\n\nLos rebeldes libios se retiraron el "
           "miércoles de la ciudad petrolera de Brega ante el avance de las tropas de Gadafi, según varios testigos.\n\n"
           "Imagen de Tomasz Grzyb, copyright Demotix (27/04/2011).\n\n* Este artículo apareció en la edición impresa "
           "del Jueves, 31 de marzo de 2011\n"),
    "fr": ("Les rebelles se retirent de Brega\n\nAjdabiya, Libye, 31 mars.\n\nLes rebelles libyens se sont retirés "
           "mercredi de la ville pétrolière de Brega face à l'avancée des troupes de Kadhafi, selon des témoins.\n\n"
           "Photo : Tomasz Grzyb, copyright Demotix (27/04/2011).\n\nCet article est paru dans l'édition du jeudi "
           "31 mars 2011\n"),
    "en": ("Rebels pull out of Brega\n\nAjdabiya, Libya, March 31.\n\nLibyan rebels pulled out of the oil town of "
           "Brega on Wednesday as Gaddafi's troops advanced, witnesses said.\n\nImage by Tomasz Grzyb, copyright "
           "Demotix (27/04/2011).\n\nA version of this article appeared in print on Thursday, March 31, 2011\n"),
}


@pytest.mark.parametrize("code", sorted(PAGE_LINES))
def test_datelines_credits_and_print_lines_are_no_events(tmp_path, code):
    """A line of places and a date only (a dateline in another form), a picture's credit and the print edition's
    line are the page's, not happenings: the one event is the rebels' retreat on Wednesday."""
    events = _events(tmp_path, f"brega.{code}.txt", PAGE_LINES[code], document_date=dt.date(2011, 3, 31))
    assert [e.start for e in events] == [dt.date(2011, 3, 30)]


# A line that only labels its date — a picture caption, a byline, a source cited in a note — is the page's, not a
# happening; a line with a verb of its own or a noun of a happening keeps its event (document date 28 April 2011).
LABELLING_LINES = [
    ("es", "Un manifestante frente a la embajada siria, el 26 de abril.", []),
    ("es", "Por Ana García, 26 de abril de 2011", []),
    ("es", "Miles de personas protestaron frente a la embajada siria, el 26 de abril.", [dt.date(2011, 4, 26)]),
    ("es", "Manifestación frente a la embajada siria, el 26 de abril.", [dt.date(2011, 4, 26)]),
    ("fr", "(Un chasseur F-16 norvégien, le 26 avril)", []),
    ("fr", "Par Louis Martin, le 26 avril 2011", []),
    ("fr", "(8) Reuters, 26 avril 2011.", []),
    ("fr", "(9) Jean Dupont et Paul D. Durand, « Les rebelles avancent », Le Monde, 26 avril 2011.", []),
    ("fr", "Des milliers de personnes ont manifesté devant l'ambassade, le 26 avril.", [dt.date(2011, 4, 26)]),
    ("en", "A protester outside the Syrian embassy, April 26.", []),
    ("en", "(8) Reuters, April 26, 2011.", []),
    ("en", "Thousands protested outside the Syrian embassy, April 26.", [dt.date(2011, 4, 26)]),
    ("de", "Ein Demonstrant vor der syrischen Botschaft, 26. April 2011.", []),
    ("de", "Tausende demonstrierten vor der syrischen Botschaft, 26. April 2011.", [dt.date(2011, 4, 26)]),
]


@pytest.mark.parametrize("code, line, expected", LABELLING_LINES, ids=[f"{c}-{t[:25]}" for c, t, _ in LABELLING_LINES])
def test_a_line_that_only_labels_its_date_is_no_event(tmp_path, code, line, expected):
    events = _events(tmp_path, f"a.{code}.txt", line + "\n", document_date=dt.date(2011, 4, 28))
    assert [e.start for e in events] == expected


@pytest.mark.parametrize("code, text, title", [
    # a place after a locative and a comma is its apposition only when it closes there; followed by its verb it is
    # the next clause's subject and stays in the title
    ("es", "MADRID, 22 de junio de 2011 — Francia defiende la guerra en Libia, Estados Unidos reflexiona este miércoles "
     "si autoriza acciones militares limitadas.", "Estados Unidos reflexiona si autoriza acciones militares limitadas"),
    ("fr", "PARIS, 22 août 2011 — Après l'entrée des rebelles à Tripoli, Alger a fermé dimanche sa frontière.",
     "Alger a fermé sa frontière"),
    ("en", "LONDON, June 22, 2011 — France defends the war in Libya, Italy on Wednesday asked for a suspension of the "
     "operations.", "Italy asked for a suspension of the operations"),
    # an apposition that closes leaves the title with the place it restates
    ("es", "EL CAIRO, 14 de agosto de 2013 — Los manifestantes acampados en Rabaa, El Cairo, fueron desalojados este "
     "miércoles por la policía.", "Los manifestantes acampados en Rabaa fueron desalojados por la policía"),
])
def test_a_place_after_a_comma_that_begins_a_clause_stays_in_the_title(tmp_path, code, text, title):
    assert [e.title for e in _events(tmp_path, f"a.{code}.txt", text + "\n")] == [title]


@pytest.mark.parametrize("code, text, expected", [
    # a date in a relative clause whose relative word is its subject: the antecedent takes that word's place
    ("es", "MADRID, 22 de junio de 2011 — Los errores recientes de la OTAN, que asumió el mando de las operaciones el 31 "
     "de marzo, generan debates en los países implicados.", [(dt.date(2011, 3, 31), "La OTAN asumió el mando de las operaciones")]),
    ("fr", "PARIS, 30 novembre 2012 — Morsi doit ratifier le projet de constitution, qui a été approuvé vendredi par "
     "l'Assemblée constituante.", [(dt.date(2012, 11, 30), "Le projet de constitution a été approuvé par l'Assemblée constituante")]),
    ("fr", "PARIS, 17 septembre 2011 — La ville était survolée par des avions de l'Otan, qui a touché vendredi 20 cibles "
     "dans cette zone.", [(dt.date(2011, 9, 16), "L'Otan a touché 20 cibles dans cette zone")]),
    ("en", "LONDON, June 22, 2011 — Critics blame NATO, which took command of the operations on 31 March.",
     [(dt.date(2011, 3, 31), "NATO took command of the operations")]),
    ("ru", "МОСКВА, 22 июня 2011 — Критики обвиняют Совет, который ввёл бесполетную зону 17 марта.",
     [(dt.date(2011, 3, 17), "Совет ввёл бесполетную зону")]),
    # the relative word is the object: the clause keeps its own subject
    ("es", "MADRID, 22 de junio de 2011 — La ley que el Parlamento aprobó el 3 de marzo llegó al Senado.",
     [(dt.date(2011, 3, 3), "La ley que el Parlamento aprobó llegó al Senado")]),
])
def test_a_relative_clause_takes_its_antecedent_as_subject(tmp_path, code, text, expected):
    assert [(e.start, e.title) for e in _events(tmp_path, f"a.{code}.txt", text + "\n")] == expected


@pytest.mark.parametrize("code, text, title", [
    # the date stands in what the main clause is according to: what was agreed is the main clause
    ("es", "MADRID, 25 de marzo de 2011 — Al final, según lo pactado el jueves por la noche, la OTAN tendrá el mando "
     "militar en las operaciones.", "La OTAN tendrá el mando militar en las operaciones"),
    ("es", "MADRID, 25 de marzo de 2011 — Según lo acordado el jueves, los aliados podrán usar las bases italianas.",
     "Los aliados podrán usar las bases italianas"),
    ("fr", "PARIS, 25 mars 2011 — Selon l'accord conclu jeudi soir, l'Otan prendra le commandement militaire des "
     "opérations.", "L'Otan prendra le commandement militaire des opérations"),
    # irregular futures are finite verbs: a clause that has one is a predicate ("tendrá", "saldrá", "prendra")
    ("es", "MADRID, 25 de marzo de 2011 — El convoy saldrá el lunes de Bengasi con ayuda humanitaria.",
     "El convoy saldrá de Bengasi con ayuda humanitaria"),
])
def test_according_to_what_was_agreed(tmp_path, code, text, title):
    assert [e.title for e in _events(tmp_path, f"a.{code}.txt", text + "\n")] == [title]
