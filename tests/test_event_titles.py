"""Event titles read as clauses in every language: the subject joined to its verb across asides and relative
clauses, a fronted date and an attribution left out, the verb-second order of German put back to subject first.
One table per language: an article (dateline first, document date 20 March 2011), its events' days and titles."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.documents import read_document
from timeline.pipeline import build_timeline

D = dt.date

AR = [
    # the subject's clause has no verb; an aside and a relative clause stand between it and its verb
    ("القاهرة، 20 مارس 2011 — في 17 مارس، مجلس الأمن، بالقرار 1973، الذي فرض حظرا جويا، طبق لأول مرة مبدأ الحماية.",
     [(D(2011, 3, 17), "مجلس الأمن طبق لأول مرة مبدأ الحماية")]),
    # verb, subject, object: the date leaves the clause
    ("القاهرة، 20 مارس 2011 — اعتقلت الشرطة يوم الجمعة 20 شخصا في بنغازي، وفقا لمصادر أمنية.",
     [(D(2011, 3, 18), "اعتقلت الشرطة 20 شخصا")]),
    # a fronted date
    ("القاهرة، 20 مارس 2011 — وفي يوم الاثنين، خرج آلاف المتظاهرين إلى شوارع القاهرة.",
     [(D(2011, 3, 14), "خرج آلاف المتظاهرين إلى شوارع القاهرة")]),
    # a relative clause holds the date: the sentence's subject and its own verb
    ("القاهرة، 20 مارس 2011 — وزير الخارجية، الذي وصل إلى القاهرة في 15 مارس، التقى ممثلين عن المعارضة.",
     [(D(2011, 3, 15), "وزير الخارجية التقى ممثلين عن المعارضة")]),
    # the conjunction written onto the verb leaves with the attribution after a comma
    ("القاهرة، 20 مارس 2011 — وقصفت الطائرات الفرنسية يوم الأحد مواقع للقذافي، وفقا لوزارة الدفاع الفرنسية.",
     [(D(2011, 3, 20), "قصفت الطائرات الفرنسية مواقع للقذافي")]),
    # an attribution first is nobody's subject
    ("القاهرة، 20 مارس 2011 — وبحسب مصادر طبية، قتل 28 شخصا يوم الاثنين في بنغازي.",
     [(D(2011, 3, 14), "قتل 28 شخصا")]),
]

DE = [
    # verb second: the finite verb before its subject after a fronted date; the participle closes the sentence
    # after the asides
    ("BERLIN, 20. März 2011 — Am 17. März hat der Sicherheitsrat, mit der Resolution 1973, die eine Flugverbotszone "
     "verhängte, erstmals das Prinzip angewandt.", [(D(2011, 3, 17), "Der Sicherheitsrat hat erstmals das Prinzip angewandt")]),
    ("BERLIN, 20. März 2011 — Am Montag haben Tausende Menschen in Kairo gegen die Regierung demonstriert.",
     [(D(2011, 3, 14), "Tausende Menschen haben gegen die Regierung demonstriert")]),
    ("BERLIN, 20. März 2011 — Am Freitag wurden in Bengasi 20 Menschen festgenommen.",
     [(D(2011, 3, 18), "20 Menschen wurden festgenommen")]),
    ("BERLIN, 20. März 2011 — Am Freitag forderte die Opposition den Rücktritt des Präsidenten.",
     [(D(2011, 3, 18), "Die Opposition forderte den Rücktritt des Präsidenten")]),
    ("BERLIN, 20. März 2011 — Am Sonntag bombardierten französische Flugzeuge Stellungen der Regierungstruppen, teilte "
     "das Verteidigungsministerium mit.", [(D(2011, 3, 20), "Französische Flugzeuge bombardierten Stellungen der "
                                            "Regierungstruppen")]),
    # a name of two words after the subject's noun is the subject's; one capitalised word is the object
    ("BERLIN, 20. März 2011 — Am Montag hat Bundeskanzlerin Angela Merkel den Präsidenten empfangen.",
     [(D(2011, 3, 14), "Bundeskanzlerin Angela Merkel hat den Präsidenten empfangen")]),
    ("BERLIN, 20. März 2011 — Am Montag hat die Regierung Sanktionen beschlossen.",
     [(D(2011, 3, 14), "Die Regierung hat Sanktionen beschlossen")]),
    ("BERLIN, 20. März 2011 — Am Montag gab es in Kairo erneut Proteste.", [(D(2011, 3, 14), "Es gab erneut Proteste")]),
    ("BERLIN, 20. März 2011 — Am Freitag hat er den Vertrag unterzeichnet.",
     [(D(2011, 3, 18), "Er hat den Vertrag unterzeichnet")]),
    # a connective first holds the first place too
    ("BERLIN, 20. März 2011 — Zudem hat die Regierung am Montag neue Sanktionen beschlossen.",
     [(D(2011, 3, 14), "Die Regierung hat neue Sanktionen beschlossen")]),
    ("BERLIN, 20. März 2011 — Jedoch wurde am Montag der Flughafen geschlossen.",
     [(D(2011, 3, 14), "Der Flughafen wurde geschlossen")]),
    # a date set off by commas leaves with its closing comma
    ("BERLIN, 20. März 2011 — Zum Auftakt wird am Montag, 21. März, im Bundestag die neue Regierung vereidigt.",
     [(D(2011, 3, 21), "Zum Auftakt wird im Bundestag die neue Regierung vereidigt")]),
    # subject, verb, object with the date inside
    ("BERLIN, 20. März 2011 — Die Regierung hat am Freitag neue Sanktionen gegen Libyen beschlossen.",
     [(D(2011, 3, 18), "Die Regierung hat neue Sanktionen gegen Libyen beschlossen")]),
    # a relative clause holds the date
    ("BERLIN, 20. März 2011 — Der Außenminister, der am 15. März nach Kairo reiste, traf dort Vertreter der Opposition.",
     [(D(2011, 3, 15), "Der Außenminister traf dort Vertreter der Opposition")]),
    # the attribution leaves the title
    ("BERLIN, 20. März 2011 — Mindestens 40 Menschen wurden am Samstag bei Zusammenstößen getötet, sagte ein Sprecher "
     "des Ministeriums.", [(D(2011, 3, 19), "Mindestens 40 Menschen wurden bei Zusammenstößen getötet")]),
]

RU = [
    ("МОСКВА, 20 марта 2011 — 17 марта Совет Безопасности ООН, резолюцией 1973, которая ввела бесполетную зону, "
     "впервые применил принцип защиты.", [(D(2011, 3, 17), "Совет Безопасности ООН впервые применил принцип защиты")]),
    ("МОСКВА, 20 марта 2011 — Правительство Франции в пятницу объявило о новых санкциях против Ливии.",
     [(D(2011, 3, 18), "Правительство Франции объявило о новых санкциях против Ливии")]),
    ("МОСКВА, 20 марта 2011 — В понедельник тысячи людей вышли на улицы Каира.",
     [(D(2011, 3, 14), "Тысячи людей вышли на улицы Каира")]),
    ("МОСКВА, 20 марта 2011 — Министр иностранных дел, который 15 марта прибыл в Каир, встретился с представителями "
     "оппозиции.", [(D(2011, 3, 15), "Министр иностранных дел встретился с представителями оппозиции")]),
    ("МОСКВА, 20 марта 2011 — Не менее 40 человек погибли в субботу в столкновениях в Бенгази, сообщил представитель "
     "министерства.", [(D(2011, 3, 19), "Не менее 40 человек погибли в столкновениях")]),
    # a past of a consonant stem ("нанесли"), an attribution in the neuter ("сообщило")
    ("МОСКВА, 20 марта 2011 — В воскресенье французские самолеты нанесли удары по позициям Каддафи, сообщило "
     "министерство обороны Франции.", [(D(2011, 3, 20), "Французские самолеты нанесли удары по позициям Каддафи")]),
    ("МОСКВА, 20 марта 2011 — По словам министра, в пятницу полиция задержала 20 человек.",
     [(D(2011, 3, 18), "Полиция задержала 20 человек")]),
]

VI = [
    ("HÀ NỘI, 20/3/2011 — Ngày 17/3, Hội đồng Bảo an, với nghị quyết 1973, vốn áp đặt vùng cấm bay, đã lần đầu tiên "
     "áp dụng nguyên tắc bảo vệ.", [(D(2011, 3, 17), "Hội đồng Bảo an đã lần đầu tiên áp dụng nguyên tắc bảo vệ")]),
    ("HÀ NỘI, 20/3/2011 — Chính phủ Pháp hôm thứ Sáu đã công bố các biện pháp trừng phạt mới đối với Libya.",
     [(D(2011, 3, 18), "Chính phủ Pháp đã công bố các biện pháp trừng phạt mới đối với Libya")]),
    ("HÀ NỘI, 20/3/2011 — Hôm thứ Hai, hàng nghìn người đã xuống đường ở Cairo.",
     [(D(2011, 3, 14), "Hàng nghìn người đã xuống đường")]),
    ("HÀ NỘI, 20/3/2011 — Bộ trưởng Ngoại giao, người đã tới Cairo ngày 15/3, đã gặp đại diện phe đối lập.",
     [(D(2011, 3, 15), "Bộ trưởng Ngoại giao đã gặp đại diện phe đối lập")]),
    ("HÀ NỘI, 20/3/2011 — Theo nguồn tin y tế, 28 người đã thiệt mạng hôm thứ Hai ở Benghazi.",
     [(D(2011, 3, 14), "28 người đã thiệt mạng")]),
]

ZH = [
    ("北京，2011年3月20日 — 3月17日，联合国安理会首次适用了保护原则。", [(D(2011, 3, 17), "联合国安理会首次适用了保护原则")]),
    ("北京，2011年3月20日 — 法国政府3月18日对利比亚实施了新的制裁。", [(D(2011, 3, 18), "法国政府对利比亚实施了新的制裁")]),
    # a relative clause (before its noun in Chinese) holds the date
    ("北京，2011年3月20日 — 3月15日抵达开罗的外交部长会见了反对派代表。", [(D(2011, 3, 15), "外交部长会见了反对派代表")]),
    # the attribution leaves the title, before it or after it
    ("北京，2011年3月20日 — 至少40人3月19日在冲突中死亡，一名发言人表示。", [(D(2011, 3, 19), "至少40人在冲突中死亡")]),
    ("北京，2011年3月20日 — 据新华社报道，3月18日警方在班加西逮捕了20人。", [(D(2011, 3, 18), "警方逮捕了20人")]),
]

TABLE = [(code, text, events) for code, rows in (("ar", AR), ("de", DE), ("ru", RU), ("vi", VI), ("zh", ZH))
         for text, events in rows]


@pytest.mark.parametrize("code, text, events", TABLE, ids=[f"{c}-{e[0][1][:24]}" for c, _, e in TABLE])
def test_titles_read_as_clauses(tmp_path, code, text, events):
    article = tmp_path / f"a.{code}.txt"
    article.write_text(text + "\n", encoding="utf-8")
    assert [(e.start, e.title) for e in build_timeline([read_document(article)]).events] == events
