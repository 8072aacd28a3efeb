"""An attribution after the clause it reports ("…, a annoncé mercredi la Commission") is a clause of its own: its
verb of saying does not put the reported dates in the past, and the reported clause's future does not move the
day of the saying. Document date: Thursday 5 February 2026."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2026, 2, 5)

CASES = [
    # the reported clause speaks of the future; the saying was yesterday
    ("fr", "Le sommet se tiendra à Bruxelles du 23 au 25 mars, a annoncé mercredi la Commission.",
     [("23", "2026-03-23"), ("25 mars", "2026-03-25"), ("mercredi", "2026-02-04")]),
    ("es", "La cumbre se celebrará en Bruselas del 23 al 25 de marzo, anunció el miércoles la Comisión.",
     [("del 23", "2026-03-23"), ("al 25 de marzo", "2026-03-25"), ("el miércoles", "2026-02-04")]),
    ("ru", "Саммит пройдет в Брюсселе с 23 по 25 марта, сообщила в среду Еврокомиссия.",
     [("23", "2026-03-23"), ("25 марта", "2026-03-25"), ("среду", "2026-02-04")]),
    ("vi", "Hội nghị sẽ diễn ra tại Brussels từ ngày 23 đến 25 tháng 3, Ủy ban cho biết hôm thứ Tư.",
     [("ngày 23", "2026-03-23"), ("25 tháng 3", "2026-03-25"), ("thứ Tư", "2026-02-04")]),
    ("zh", "峰会将于3月23日至25日在布鲁塞尔举行，欧盟委员会周三宣布。",
     [("3月23日", "2026-03-23"), ("25日", "2026-03-25"), ("周三", "2026-02-04")]),
    ("ar", "القمة ستعقد في 23 مارس، أعلن المتحدث يوم الأربعاء.",
     [("23 مارس", "2026-03-23"), ("يوم الأربعاء", "2026-02-04")]),
    # a reported clause in the past stays in the past
    ("fr", "Le sommet s'est tenu du 23 au 25 mars, a rappelé mercredi la Commission.",
     [("23", "2025-03-23"), ("25 mars", "2025-03-25"), ("mercredi", "2026-02-04")]),
    ("es", "La cumbre se celebró del 23 al 25 de marzo, recordó el miércoles la Comisión.",
     [("del 23", "2025-03-23"), ("al 25 de marzo", "2025-03-25"), ("el miércoles", "2026-02-04")]),
    ("ru", "Саммит прошел с 23 по 25 марта, сообщила в среду Еврокомиссия.",
     [("23", "2025-03-23"), ("25 марта", "2025-03-25"), ("среду", "2026-02-04")]),
    ("vi", "Hội nghị đã diễn ra từ ngày 23 đến 25 tháng 3, Ủy ban cho biết hôm thứ Tư.",
     [("ngày 23", "2025-03-23"), ("25 tháng 3", "2025-03-25"), ("thứ Tư", "2026-02-04")]),
    ("de", "Der Gipfel fand vom 23. bis 25. März in Brüssel statt, teilte die Kommission am Mittwoch mit.",
     [("23.", "2025-03-23"), ("25. März", "2025-03-25"), ("Mittwoch", "2026-02-04")]),
    # a verb of saying before what it introduces still dates the day between commas
    ("fr", "Le ministre a déclaré, mardi, que le sommet se tiendra le 3 mars.",
     [("mardi", "2026-02-03"), ("le 3 mars", "2026-03-03")]),
    ("ar", "قال المتحدث، يوم الأربعاء، إن القمة ستعقد من 23 إلى 25 مارس.",
     [("يوم الأربعاء", "2026-02-04"), ("23", "2026-03-23"), ("25 مارس", "2026-03-25")]),
]


@pytest.mark.parametrize("language, sentence, expected", CASES, ids=[f"{c[0]}:{c[1][:30]}" for c in CASES])
def test_attribution_is_a_clause_of_its_own(language, sentence, expected):
    found = tag(sentence, language, DCT).timexes
    assert [(t.text, t.value) for t in found] == expected


# A date fronted before its clause and set off by a comma dates the saying that follows: the comma closes no clause
# ("Mardi, le ministre a affirmé que…"), in every language whose press fronts dates; a future in the reported
# clause does not move it. A clause after a second comma is still an attribution of its own.
FRONTED = [
    ("fr", "Mardi, le ministre a affirmé que le sommet se tiendra le 3 mars.",
     [("Mardi", "2026-02-03"), ("le 3 mars", "2026-03-03")]),
    ("fr", "Mais mardi, le porte-parole a assuré que les troupes partiront.", [("mardi", "2026-02-03")]),
    # after a dateline, the dash opens the clause
    ("fr", "ALGER, 5 février 2026 — Mardi, le porte-parole a assuré que les troupes partiront.",
     [("5 février 2026", "2026-02-05"), ("Mardi", "2026-02-03")]),
    ("es", "El martes, el ministro afirmó que la cumbre se celebrará el 3 de marzo.",
     [("El martes", "2026-02-03"), ("el 3 de marzo", "2026-03-03")]),
    ("es", "Y el martes, el portavoz aseguró que las tropas se retirarán.", [("el martes", "2026-02-03")]),
    ("en", "On Tuesday, the minister said the summit will be held on 3 March.",
     [("Tuesday", "2026-02-03"), ("3 March", "2026-03-03")]),
    ("ru", "Во вторник, заявил министр, саммит пройдет 3 марта.", [("вторник", "2026-02-03"), ("3 марта", "2026-03-03")]),
    ("ar", "يوم الثلاثاء، قال الوزير إن القمة ستعقد في 3 مارس.", [("يوم الثلاثاء", "2026-02-03"), ("3 مارس", "2026-03-03")]),
    ("vi", "Hôm thứ Ba, Bộ trưởng cho biết hội nghị sẽ diễn ra vào ngày 3 tháng 3.",
     [("thứ Ba", "2026-02-03"), ("ngày 3 tháng 3", "2026-03-03")]),
    # the clause after the fronted date speaks of the future; the attribution after its own comma does not date it
    ("fr", "Samedi, la réunion se tiendra à Paris, a annoncé le ministre.", [("Samedi", "2026-02-07")]),
    ("es", "El sábado, la reunión se celebrará en Madrid, anunció el ministro.", [("El sábado", "2026-02-07")]),
]


@pytest.mark.parametrize("language, sentence, expected", FRONTED, ids=[f"{c[0]}:{c[1][:30]}" for c in FRONTED])
def test_a_fronted_date_dates_the_saying_after_it(language, sentence, expected):
    found = tag(sentence, language, DCT).timexes
    assert [(t.text, t.value) for t in found] == expected


# A participle the date completes is a past act, whatever the rest of the sentence says of the future ("the deal
# reached on Monday will…"); a participle that schedules ("prevista el lunes") or a passive ("serán aprobadas el
# lunes", "sera joué le…") is not. Document date: Friday 25 March 2011.
GOVERNED = [
    ("es", "Al final, según lo pactado el jueves por la noche, la OTAN tendrá el mando militar.",
     [("el jueves por la noche", "2011-03-24TNI")]),
    ("es", "El acuerdo alcanzado el lunes permitirá que la OTAN tenga el mando.", [("el lunes", "2011-03-21")]),
    ("es", "Las tropas, desplegadas el martes en Bengasi, tendrán el control.", [("el martes", "2011-03-22")]),
    ("es", "La reunión prevista el lunes permitirá cerrar el acuerdo.", [("el lunes", "2011-03-28")]),
    ("es", "Las capacidades serán aprobadas el lunes en Bruselas.", [("el lunes", "2011-03-28")]),
    ("fr", "L'accord conclu jeudi permettra à l'Otan de prendre le commandement.", [("jeudi", "2011-03-24")]),
    ("fr", "Les frappes menées samedi devraient reprendre.", [("samedi", "2011-03-19")]),
    ("fr", "La réunion prévue jeudi permettra de conclure.", [("jeudi", "2011-03-31")]),
    ("fr", "Le spectacle sera joué lundi dans la cour d'honneur.", [("lundi", "2011-03-28")]),
    ("en", "The deal reached on Monday will let NATO take command.", [("Monday", "2011-03-21")]),
]


@pytest.mark.parametrize("language, sentence, expected", GOVERNED, ids=[f"{c[0]}:{c[1][:30]}" for c in GOVERNED])
def test_a_participle_the_date_completes_is_past(language, sentence, expected):
    found = tag(sentence, language, dt.date(2011, 3, 25)).timexes
    assert [(t.text, t.value) for t in found] == expected
