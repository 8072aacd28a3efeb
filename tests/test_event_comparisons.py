"""A date in the standard of a comparison is a reference point, not an event (issue #10, "What is not an event").

One table per language: each text with the exact events it yields (first and last day). A date inside the standard
("more than in March", "la misma cantidad que … el 25 de febrero") yields none; a quantity ("more than 40 people
died on Friday"), a date outside the comparison ("The talks, more difficult than expected, ended on 3 May") and a
period opened by "since" that compares nothing keep theirs. Every text is written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.model import Document
from timeline.pipeline import build_timeline

FRIDAY = [("2011-05-27", "2011-05-27")]
MAY_3 = [("2011-05-03", "2011-05-03")]

ES = [
    # the standard of "la misma cantidad que", "más … que", "en comparación con", "frente a los …"
    ("El número de muertos es de casi dos mil, la misma cantidad que se atribuía a la represión de Gadafi el 25 "
     "de febrero, unos veinte días antes de la resolución.", "2011-08-17", []),
    # an aside between dashes inside the standard: the clause runs on around it
    ("La cifra es de casi dos mil, la misma cantidad que se atribuía a la represión de Gadafi –y en las mismas "
     "condiciones de imposible verificación– el 25 de febrero, unos veinte días antes de que el Consejo de "
     "Seguridad tomara cartas en el asunto.", "2011-08-17", []),
    ("Probablemente habrá más gente en las calles que el 14 de febrero.", "2011-02-21", []),
    ("Las exportaciones crecieron un 5 % en comparación con el mes pasado.", "2011-05-31", []),
    ("El paro alcanzó los 4.000 inscritos frente a los 3.000 del 3 de mayo.", "2011-05-31", []),
    ("Es el peor balance desde marzo.", "2011-05-31", []),
    ("Es la primera vez desde el 3 de mayo que la oposición se reúne.", "2011-05-31", []),
    # a quantity, a clause opened by "que", "tanto … como" (both … and), a state since a recent date
    ("Más de 40 personas murieron el viernes en la capital.", "2011-05-31", FRIDAY),
    ("Más de 40 personas dijeron que el 3 de mayo hubo disparos.", "2011-05-31", MAY_3),
    ("Una señal más de que los tiempos vienen revueltos se vivió el 3 de mayo.", "2011-05-31", MAY_3),
    ("Hubo protestas tanto el 3 de mayo como el 5 de mayo.", "2011-05-31",
     [("2011-05-03", "2011-05-03"), ("2011-05-05", "2011-05-05")]),
    ("Más de 40 personas han muerto desde el 3 de mayo.", "2011-05-31", [("2011-05-03", None)]),
    ("Las conversaciones, más difíciles de lo previsto, terminaron el 3 de mayo.", "2011-05-31", MAY_3),
]

FR = [
    ("Un chiffre moins important que les 20.000 tués annoncés le mois dernier par la rébellion.", "2011-05-31", []),
    ("Le chômage a atteint 9 % contre 8 % en mars.", "2011-05-31", []),
    ("Les exportations ont augmenté de 5 % par rapport au mois dernier.", "2011-05-31", []),
    ("Il y avait plus de manifestants qu'en avril dans les rues.", "2011-05-31", []),
    ("Le pays a connu sa plus puissante mobilisation depuis avril.", "2011-05-31", []),
    ("C'est la première fois depuis le 3 mai que les rebelles avancent.", "2011-05-31", []),
    # quantities ("plus de 40", "plus d'une centaine"), "ne … plus" and a comparison before its date
    ("Plus de 40 personnes sont mortes vendredi à Tripoli.", "2011-05-31", FRIDAY),
    ("Les tirs ont fait plus d'une centaine de morts depuis le 3 mai.", "2011-05-31", [("2011-05-03", None)]),
    ("La Constituante n'a plus de légitimité depuis le 3 mai.", "2011-05-31", [("2011-05-03", None)]),
    ("Les négociations, plus difficiles que prévu, se sont achevées le 3 mai.", "2011-05-31", MAY_3),
]

EN = [
    ("Exports were higher than in March.", "2011-05-31", []),
    ("Twice as many people came as on 3 May.", "2011-05-31", []),
    ("The same number of people marched as on 3 May.", "2011-05-31", []),
    ("Prices rose 5% compared with 3 May.", "2011-05-31", []),
    ("It was the highest toll since March.", "2011-05-31", []),
    ("It is the first time since 3 May that the rebels have advanced.", "2011-05-31", []),
    # the quantity "more than 40", a comparison outside the date's clause, a date before "than", "other than"
    ("More than 40 people died on Friday in the capital.", "2011-05-31", FRIDAY),
    ("As many as 40 people died on Friday.", "2011-05-31", FRIDAY),
    ("The talks, more difficult than expected, ended on 3 May.", "2011-05-31", MAY_3),
    ("The talks were more difficult than expected and ended on 3 May.", "2011-05-31", MAY_3),
    ("More people died on Friday than on Thursday.", "2011-05-31", FRIDAY),
    ("No one other than the president spoke on Friday.", "2011-05-31", FRIDAY),
    ("More than 40 people have died since 3 May.", "2011-05-31", [("2011-05-03", None)]),
    ("Member states negotiated for more than five years before the Assembly adopted it on 3 May.", "2011-05-31",
     MAY_3),
    ("Exports were higher than two days earlier.", "2011-05-31", []),
    ("Exports were higher than (according to the ministry) in March.", "2011-05-31", []),
    ("Exports were higher than expected – the talks ended on 3 May.", "2011-05-31", MAY_3),
]

DE = [
    ("Es kamen mehr Menschen als am 3. Mai.", "2011-05-31", []),
    ("Es kamen so viele Menschen wie am 3. Mai.", "2011-05-31", []),
    ("Die Exporte stiegen im Vergleich zum 3. Mai um fünf Prozent.", "2011-05-31", []),
    ("Es war der höchste Stand seit März.", "2011-05-31", []),
    # the quantity "mehr als 40", "als" meaning "when"
    ("Mehr als 40 Menschen starben am Freitag.", "2011-05-31", FRIDAY),
    ("Als die Polizei am Freitag eingriff, flohen die Menschen.", "2011-05-31", FRIDAY),
]

RU = [
    ("Экспорт вырос больше, чем 3 мая.", "2011-05-31", []),
    ("Экспорт вырос по сравнению с 3 мая.", "2011-05-31", []),
    ("Протестующих было столько же, сколько 3 мая.", "2011-05-31", []),
    # quantities
    ("Более 40 человек погибли 3 мая.", "2011-05-31", MAY_3),
    ("Больше, чем 40 человек погибли 3 мая.", "2011-05-31", MAY_3),
]

AR = [
    ("ارتفعت الصادرات مقارنة بالشهر الماضي.", "2011-05-31", []),
    ("ارتفعت الصادرات مقارنة مع 3 مايو.", "2011-05-31", []),
    ("خرج أكثر من عددهم في 3 مايو.", "2011-05-31", []),
    # quantities, in digits and in words
    ("قتل أكثر من 40 شخصا في 3 مايو.", "2011-05-31", MAY_3),
    ("قتل أكثر من أربعين شخصا في 3 مايو.", "2011-05-31", MAY_3),
]

VI = [
    ("Xuất khẩu tăng 10% so với tháng trước.", "2011-05-31", []),
    ("Xuất khẩu tăng 10% so với ngày 3/5.", "2011-05-31", []),
    # the quantity "hơn 40"
    ("Hơn 40 người thiệt mạng vào ngày 3/5.", "2011-05-31", MAY_3),
]

ZH = [
    ("出口比上个月增长了10%。", "2011-05-31", []),
    ("与5月3日相比，出口增长了10%。", "2011-05-31", []),
    # "比" in a word ("比赛": a match), and a date that is compared with nothing
    ("比赛于5月3日举行。", "2011-05-31", MAY_3),
    ("出口5月3日增长了10%。", "2011-05-31", MAY_3),
]

CASES = [(code, *case) for code, table in (("es", ES), ("fr", FR), ("en", EN), ("de", DE), ("ru", RU),
                                           ("ar", AR), ("vi", VI), ("zh", ZH)) for case in table]


@pytest.mark.parametrize("language,text,date,expected", CASES)
def test_a_date_in_the_standard_of_a_comparison_is_no_event(language, text, date, expected):
    doc = Document(id="t", text=text, language=language, document_date=dt.date.fromisoformat(date))
    events = build_timeline([doc]).events
    assert [(e.start.isoformat(), e.end.isoformat() if e.end else None) for e in events] == expected


# A likeness whose whole standard is a date ("como ayer", "comme lundi", "like yesterday") likens the clause to that
# day: no event for it, and the likeness leaves the title of the clause's own date with it. A date that does not
# close its clause after the likeness word ("como el lunes en la plaza"), or has a verb of its own ("as it did
# yesterday"), is left as it was. Document date Wednesday 24 August 2011.
TUESDAY = ("2011-08-23", "2011-08-23")
MONDAY = ("2011-08-22", "2011-08-22")
LIKENESS = [
    ("es", "Cuando llega el convoy, como ayer, hay que desviar el tráfico.", []),
    ("es", "Como el lunes, miles de personas se concentraron en la plaza.", []),
    ("es", "Los manifestantes volvieron el martes a la plaza, como ya el lunes.",
     [(*TUESDAY, "Los manifestantes volvieron a la plaza")]),
    ("es", "Miles de personas se concentraron como el lunes en la plaza.",
     [(*MONDAY, "Miles de personas se concentraron como en la plaza")]),
    ("fr", "Les manifestants sont revenus mardi, comme lundi.", [(*TUESDAY, "Les manifestants sont revenus")]),
    ("fr", "Comme lundi dernier, des milliers de personnes se sont rassemblées sur la place.", []),
    ("en", "Protesters returned on Tuesday, as on Monday.", [(*TUESDAY, "Protesters returned")]),
    ("en", "When the convoy arrives, like yesterday, traffic has to be diverted.", []),
    ("de", "Die Demonstranten kamen am Dienstag zurück, wie schon am Montag.",
     [(*TUESDAY, "Die Demonstranten kamen zurück")]),
    ("ru", "Как и в понедельник, тысячи людей собрались на площади.", []),
    ("vi", "Giống như hôm thứ Hai, hàng nghìn người đã tập trung tại quảng trường.", []),
    ("ar", "وكما في يوم الاثنين، تجمع آلاف الأشخاص في الساحة.", []),
    ("zh", "和昨天一样，数千人聚集在广场上。", []),
]


@pytest.mark.parametrize("language,text,expected", LIKENESS, ids=[f"{c[0]}-{c[1][:25]}" for c in LIKENESS])
def test_a_date_that_is_the_standard_of_a_likeness_is_no_event(language, text, expected):
    doc = Document(id="t", text=text, language=language, document_date=dt.date(2011, 8, 24))
    events = build_timeline([doc]).events
    assert [(e.start.isoformat(), e.end.isoformat(), e.title) for e in events] == expected
