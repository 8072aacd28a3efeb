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
