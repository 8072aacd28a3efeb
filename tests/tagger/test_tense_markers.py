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


# Chinese 将 marks the future, not inside a noun it begins (将军 general, 将领 commander, 将士, 将近 nearly, 将来)
CHINESE = [
    ("将军3月18日下令部队撤出该市。", "2011-03-18"),
    ("将领3月20日宣布停火。", "2011-03-20"),
    ("会议将于3月28日举行。", "2011-03-28"),
    ("部长将在3月28日访问北京。", "2011-03-28"),
]


@pytest.mark.parametrize("text, value", CHINESE, ids=[c[0][:8] for c in CHINESE])
def test_chinese_future_marker_is_no_noun(text, value):
    assert [t.value for t in tag(text, "zh", dt.date(2011, 3, 25)).timexes] == [value]


# The conditional is the future of a past or reported clause, or a past told with reserve: a day beside it is the
# nearest one, not the past one the verb of saying would choose (document date Wednesday 20 July 2011); the
# conditional of "avoir"/"être"/"haber" with a participle is a past, and nouns of the conditional's shape are no verb.
CONDITIONALS = [
    ("es", "El ministro dijo que las tropas se retirarían el 1 de agosto.", "2011-08-01"),
    ("es", "El gabinete dijo que aceptaría la petición antes del 1 de noviembre.", "2011-11-01"),
    ("es", "Según la cadena, Saif al Islam sería detenido el 16 de julio al sur del país.", "2011-07-16"),
    ("es", "Según la cadena, el coronel habría huido el 28 de julio a Argelia.", "2010-07-28"),
    ("es", "La secretaría de Estado anunció el 28 de julio un comunicado.", "2010-07-28"),
    ("fr", "Le ministre a indiqué que les troupes quitteraient le pays le 1er août.", "2011-08-01"),
    ("fr", "Selon le journal, la Norvège se retirerait le 1er août de la mission.", "2011-08-01"),
    ("fr", "Les combats auraient fait le 28 juillet 23 morts, selon les rebelles.", "2010-07-28"),
    ("fr", "Le retrait des troupes a commencé le 28 juillet.", "2010-07-28"),
    ("de", "Der Minister sagte, die Truppen würden am 1. August abziehen.", "2011-08-01"),
    ("en", "The minister said the troops would leave on August 1.", "2011-08-01"),
]


@pytest.mark.parametrize("language, text, value", CONDITIONALS, ids=[c[1][:30] for c in CONDITIONALS])
def test_the_conditional_reads_the_nearest_day(language, text, value):
    assert [t.value for t in tag(text, language, dt.date(2011, 7, 20)).timexes] == [value]
