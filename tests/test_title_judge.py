"""The rule judge of event titles (``evaluate_events.judge_title``): each rule in two languages at least, and the
rules in all eight."""

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
     "se han extendido, habló el martes.", False, "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun"),
    ("fr", "Libérés et reconduits à la frontière", "Libérés et reconduits à la frontière samedi.", False,
     "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun"),
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
    # a verb of saying followed by what is said is the clause's own verb, after an apposition too
    ("es", "Otro aliado, Noruega, anunció que se retirará", "El pasado 10 de junio, otro aliado, Noruega, anunció que "
     "se retirará.", True, "a clause that says what happened"),
    ("fr", "Un autre allié, la Norvège, a annoncé qu'elle se retirerait", "Le 10 juin, un autre allié, la Norvège, a "
     "annoncé qu'elle se retirerait.", True, "a clause that says what happened"),
    ("en", "Another ally, Norway, said that it would withdraw", "On 10 June another ally, Norway, said that it would "
     "withdraw.", True, "a clause that says what happened"),
    # the same rules read from the word lists of Arabic, German, Russian, Vietnamese and Chinese
    ("ar", "مجلس الأمن طبق لأول مرة مبدأ الحماية", "في 17 مارس، مجلس الأمن طبق لأول مرة مبدأ الحماية.", True,
     "a clause that says what happened"),
    ("de", "Der Sicherheitsrat hat erstmals das Prinzip angewandt", "Am 17. März hat der Sicherheitsrat erstmals das "
     "Prinzip angewandt.", True, "a clause that says what happened"),
    ("ru", "Совет Безопасности ООН впервые применил принцип защиты", "17 марта Совет Безопасности ООН впервые "
     "применил принцип защиты.", True, "a clause that says what happened"),
    ("vi", "Hội đồng Bảo an đã lần đầu tiên áp dụng nguyên tắc bảo vệ", "Ngày 17/3, Hội đồng Bảo an đã lần đầu tiên "
     "áp dụng nguyên tắc bảo vệ.", True, "a clause that says what happened"),
    ("zh", "联合国安理会首次适用了保护原则", "3月17日，联合国安理会首次适用了保护原则。", True, "a clause that says what happened"),
    ("ar", "مظاهرات حاشدة في القاهرة", "مظاهرات حاشدة في القاهرة يوم الجمعة.", True, "a clause that says what happened"),
    ("ru", "Акция протеста против войны", "18 марта в Москве прошла акция протеста против войны.", True,
     "a clause that says what happened"),
    ("vi", "Lễ ký Công ước tại Hà Nội", "Lễ ký Công ước tại Hà Nội ngày 25/10.", True, "a clause that says what happened"),
    # a name without its verb
    ("ru", "Совет Безопасности ООН", "17 марта Совет Безопасности ООН, резолюцией 1973, впервые применил принцип "
     "защиты.", False, "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun"),
    ("vi", "Hội đồng Bảo an", "Ngày 17/3, Hội đồng Bảo an đã áp dụng nguyên tắc bảo vệ.", False,
     "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun"),
    ("zh", "联合国安理会", "3月17日，联合国安理会首次适用了保护原则。", False,
     "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun"),
    ("ar", "مجلس الأمن", "في 17 مارس، مجلس الأمن، بالقرار 1973، طبق لأول مرة مبدأ الحماية.", False,
     "fewer than three words: a name, not a clause"),
    ("de", "Erstmals das Prinzip angewandt", "Erstmals das Prinzip angewandt am 17. März.", False,
     "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun"),
    # the verb without its subject; German's verb second left as the sentence has it
    ("de", "Hat der Sicherheitsrat", "Am 17. März hat der Sicherheitsrat, mit der Resolution 1973, erstmals das "
     "Prinzip angewandt.", False, "no subject: it opens with its verb"),
    ("ru", "Впервые применил принцип защиты", "Совет, резолюцией 1973, 17 марта впервые применил принцип защиты.",
     False, "no subject: it opens with its verb"),
    ("ru", "Применил принцип защиты", "Совет 17 марта применил принцип защиты.", False, "no subject: it opens with its verb"),
    ("ar", "طبق لأول مرة مبدأ الحماية", "مجلس الأمن، بالقرار 1973، طبق في 17 مارس لأول مرة مبدأ الحماية.", False,
     "no subject: it opens with its verb"),
    ("vi", "Đã lần đầu tiên áp dụng nguyên tắc bảo vệ", "Hội đồng Bảo an, với nghị quyết 1973, ngày 17/3 đã lần đầu "
     "tiên áp dụng nguyên tắc bảo vệ.", False, "no subject: it opens with its verb"),
    ("zh", "将于3月20日举行会议", "双方将于3月20日举行会议。", False, "no subject: it opens with its verb"),
    # a relative word, a connective or an attribution first
    ("ru", "Которая ввела бесполетную зону", "Резолюция, которая ввела 17 марта бесполетную зону, принята.", False,
     "starts with a relative word"),
    ("ar", "الذي فرض حظرا جويا", "القرار 1973، الذي فرض في 17 مارس حظرا جويا.", False, "starts with a relative word"),
    ("de", "Nachdem der Rat getagt hatte", "Nachdem der Rat am 17. März getagt hatte, begann der Einsatz.", False,
     "starts with a relative word"),
    ("vi", "Mà Hội đồng Bảo an đã thông qua", "Nghị quyết mà Hội đồng Bảo an đã thông qua ngày 17/3.", False,
     "starts with a relative word"),
    ("zh", "因为警方逮捕了20人", "因为3月18日警方逮捕了20人。", False, "starts with a relative word"),
    ("ru", "Однако полиция задержала 20 человек", "Однако в пятницу полиция задержала 20 человек.", False,
     "starts with a connective"),
    ("vi", "Tuy nhiên, cảnh sát đã bắt giữ 20 người", "Tuy nhiên, ngày 18/3, cảnh sát đã bắt giữ 20 người.", False,
     "starts with a connective"),
    ("zh", "然而警方逮捕了20人", "然而3月18日警方逮捕了20人。", False, "starts with a connective"),
    ("ru", "По словам министра, полиция задержала 20 человек", "По словам министра, в пятницу полиция задержала 20 "
     "человек.", False, "starts with an attribution"),
    ("ar", "وبحسب مصادر طبية، قتل 28 شخصا", "وبحسب مصادر طبية، قتل 28 شخصا يوم الاثنين.", False,
     "starts with an attribution"),
    # an attribution left at the end
    ("de", "Mindestens 40 Menschen wurden getötet, sagte ein Sprecher", "Mindestens 40 Menschen wurden am Samstag "
     "getötet, sagte ein Sprecher.", False, "keeps its attribution"),
    ("ru", "Не менее 40 человек погибли, сообщил представитель министерства", "Не менее 40 человек погибли в "
     "субботу, сообщил представитель министерства.", False, "keeps its attribution"),
    ("vi", "28 người đã thiệt mạng, một người phát ngôn cho biết", "28 người đã thiệt mạng hôm thứ Hai, một người "
     "phát ngôn cho biết.", False, "keeps its attribution"),
    ("zh", "至少40人在冲突中死亡，一名发言人表示", "至少40人3月19日在冲突中死亡，一名发言人表示。", False,
     "keeps its attribution"),
])
def test_judge_title(code, title, sentence, readable, why):
    judged = judge_title(title, sentence, code)
    assert (judged.readable, judged.why) == (readable, why)
