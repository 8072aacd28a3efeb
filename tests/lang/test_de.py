"""German: news expressions with their exact extents and TIMEX3 values (document date 2025-09-25, a Thursday)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)

# sentence → every timex it holds: (text, type, value, mod). Prepositions and their contractions with the article
# (am, im, vom, zum) stay outside, articles inside; a day number keeps its dot.
CASES = [
    # full dates, tense-aware dates without a year
    ("Das Treffen fand am 22. September 2025 in Berlin statt.", [("22. September 2025", "DATE", "2025-09-22", None)]),
    ("Der Rat tagte am Montag, 22. September 2025.", [("Montag, 22. September 2025", "DATE", "2025-09-22", None)]),
    ("Der Gipfel wird am 3. März in Brüssel stattfinden.", [("3. März", "DATE", "2026-03-03", None)]),
    ("Der Vertrag wurde am 3. März unterzeichnet.", [("3. März", "DATE", "2025-03-03", None)]),
    ("Die Wahl ist für den 1. März 2026 geplant.", [("den 1. März 2026", "DATE", "2026-03-01", None)]),
    ("Der Markt war am 22.09.2025 geschlossen.", [("22.09.2025", "DATE", "2025-09-22", None)]),
    # ranges and lists: endpoints tagged apart
    ("Die Konferenz findet vom 25. bis 26. Oktober 2025 in Hanoi statt.",
     [("25.", "DATE", "2025-10-25", None), ("26. Oktober 2025", "DATE", "2025-10-26", None)]),
    ("Die Messe findet vom 30. September bis 2. Oktober statt.",
     [("30. September", "DATE", "2025-09-30", None), ("2. Oktober", "DATE", "2025-10-02", None)]),
    ("Die Verhandlungen werden zwischen dem 3. und 5. Mai fortgesetzt.",
     [("dem 3.", "DATE", "2026-05-03", None), ("5. Mai", "DATE", "2026-05-05", None)]),
    ("Die Prüfungen finden am 25., 26. und 27. Oktober statt.",
     [("25.", "DATE", "2025-10-25", None), ("26.", "DATE", "2025-10-26", None), ("27. Oktober", "DATE", "2025-10-27", None)]),
    ("Die Schulden haben sich zwischen 2010 und 2020 verdoppelt.",
     [("2010", "DATE", "2010", None), ("2020", "DATE", "2020", None)]),
    # months, years, decades, centuries, seasons, quarters, weeks
    ("Die Arbeitslosigkeit sank im September 2025.", [("September 2025", "DATE", "2025-09", None)]),
    ("Die Fabrik schloss im März.", [("März", "DATE", "2025-03", None)]),
    ("Die Wirtschaft wuchs 2024 kaum.", [("2024", "DATE", "2024", None)]),
    ("Die Inflation war in den 1990er Jahren hoch.", [("den 1990er Jahren", "DATE", "199", None)]),
    ("Die 1990er Jahre waren eine Zeit des Umbruchs.", [("Die 1990er Jahre", "DATE", "199", None)]),
    ("Diese Lehre prägte das 20. Jahrhundert.", [("das 20. Jahrhundert", "DATE", "19", None)]),
    ("Die Arbeiten sollen im Frühjahr 2026 abgeschlossen sein.", [("Frühjahr 2026", "DATE", "2026-SP", None)]),
    ("In diesem Sommer gab es viele Brände.", [("diesem Sommer", "DATE", "2025-SU", None)]),
    ("Das BIP wuchs im dritten Quartal um 0,5 Prozent.", [("dritten Quartal", "DATE", "2025-Q3", None)]),
    ("Die Zahlen für das erste Halbjahr 2025 werden erwartet.", [("das erste Halbjahr 2025", "DATE", "2025-H1", None)]),
    ("Der Text wurde letzte Woche beraten.", [("letzte Woche", "DATE", "2025-W38", None)]),
    # START / MID / END
    ("Das Gesetz tritt Anfang 2026 in Kraft.", [("Anfang 2026", "DATE", "2026", "START")]),
    ("Die Preise sind seit Anfang 2025 gestiegen.", [("Anfang 2025", "DATE", "2025", "START")]),
    ("Das Festival beginnt Mitte Oktober.", [("Mitte Oktober", "DATE", "2025-10", "MID")]),
    ("Der Bericht soll Ende des Jahres erscheinen.", [("Ende des Jahres", "DATE", "2025", "END")]),
    ("Die Arbeiten begannen Ende März.", [("Ende März", "DATE", "2025-03", "END")]),
    ("Die Zahlen kommen zum Jahresende.", [("Jahresende", "DATE", "2025", "END")]),
    # clock times and parts of the day
    ("Die Sitzung wird um 10.30 Uhr fortgesetzt.", [("10.30 Uhr", "TIME", "2025-09-25T10:30", None)]),
    ("Die Abstimmung ist für 18 Uhr geplant.", [("18 Uhr", "TIME", "2025-09-25T18:00", None)]),
    ("Die Sitzung begann um 10 Uhr Ortszeit am Montag.", [("10 Uhr Ortszeit am Montag", "TIME", "2025-09-22T10:00", None)]),
    ("Der Minister äußerte sich heute Morgen.", [("heute Morgen", "TIME", "2025-09-25TMO", None)]),
    ("Gestern Abend kam es zu Zusammenstößen.", [("Gestern Abend", "TIME", "2025-09-24TEV", None)]),
    ("Am Montagabend tagte der Ausschuss.", [("Montagabend", "TIME", "2025-09-22TEV", None)]),
    ("Am Abend des 22. September wurde gefeiert.", [("Abend des 22. September", "TIME", "2025-09-22TEV", None)]),
    # durations, with number words
    ("Der Konflikt dauert seit mehr als zwanzig Jahren.",
     [("mehr als zwanzig Jahren", "DURATION", "P20Y", "MORE_THAN")]),
    ("Der Wiederaufbau dauerte mehr als zwanzig Jahre.", [("mehr als zwanzig Jahre", "DURATION", "P20Y", "MORE_THAN")]),
    ("Es dauerte ein Jahrzehnt, die Stadt wieder aufzubauen.", [("ein Jahrzehnt", "DURATION", "P10Y", None)]),
    ("Die Gespräche dauerten zwei Wochen.", [("zwei Wochen", "DURATION", "P2W", None)]),
    ("Er saß fünfundzwanzig Jahre im Gefängnis.", [("fünfundzwanzig Jahre", "DURATION", "P25Y", None)]),
    ("Der Prozess wird eineinhalb Jahre dauern.", [("eineinhalb Jahre", "DURATION", "P1Y6M", None)]),
    # relative to the document date
    ("Der Präsident trat gestern zurück.", [("gestern", "DATE", "2025-09-24", None)]),
    ("Die Bilanz wird morgen bekannt gegeben.", [("morgen", "DATE", "2025-09-26", None)]),
    ("Heute hat die Regierung ihren Haushalt vorgestellt.", [("Heute", "DATE", "2025-09-25", None)]),
    ("Der Unfall ereignete sich vor drei Tagen.", [("vor drei Tagen", "DATE", "2025-09-22", None)]),
    ("Das Urteil soll in zwei Wochen fallen.", [("in zwei Wochen", "DATE", "2025-W41", None)]),
    ("Im vergangenen Jahr sanken die Exporte.", [("vergangenen Jahr", "DATE", "2024", None)]),
    ("Der Umsatz ist dieses Jahr gestiegen.", [("dieses Jahr", "DATE", "2025", None)]),
    ("Das Projekt wird nächstes Jahr vorgestellt.", [("nächstes Jahr", "DATE", "2026", None)]),
    ("Der Wahlkampf beginnt am kommenden Montag.", [("kommenden Montag", "DATE", "2025-09-29", None)]),
    ("Am Samstag demonstrierten 1500 Menschen.", [("Samstag", "DATE", "2025-09-20", None)]),
    ("Die Waffenruhe wurde zu Weihnachten geschlossen.", [("Weihnachten", "DATE", "2024-12-25", None)]),
    # relative to the previous mention
    ("Am 22. September marschierten die Truppen in die Stadt ein. Am nächsten Tag zogen sie sich zurück.",
     [("22. September", "DATE", "2025-09-22", None), ("nächsten Tag", "DATE", "2025-09-23", None)]),
    ("Am 10. Mai stimmte das Parlament ab. Drei Tage später wurde das Gesetz verkündet.",
     [("10. Mai", "DATE", "2025-05-10", None), ("Drei Tage später", "DATE", "2025-05-13", None)]),
    # sets
    ("Der Ausschuss tagt jede Woche.", [("jede Woche", "SET", "P1W", None)]),
    ("Der Bericht erscheint jährlich.", [("jährlich", "SET", "P1Y", None)]),
    ("Die Wahl findet alle vier Jahre statt.", [("alle vier Jahre", "SET", "P4Y", None)]),
    # vague references
    ("Das Land muss sich auf die Zukunft vorbereiten.", [("die Zukunft", "DATE", "FUTURE_REF", None)]),
    ("In Zukunft soll die Hilfe besser koordiniert werden.", [("Zukunft", "DATE", "FUTURE_REF", None)]),
    ("Derzeit gibt es drei Millionen Arbeitslose.", [("Derzeit", "DATE", "PRESENT_REF", None)]),
    ("Die Ungleichheit ist in den vergangenen Jahren gewachsen.",
     [("den vergangenen Jahren", "DATE", "PAST_REF", None)]),
    # not time expressions: "Jahr" alone, weekday abbreviations that are words, surnames
    ("Die Regierung will mit dem Jahr nichts zu tun haben.", []),
    ("Die Mit-Autoren und Don Camillo trafen Sam am Morgen.", [("Morgen", "TIME", "2025-09-25TMO", None)]),
    ("Herr Winter und Frau Sommer kamen zu spät.", []),
    ("August Bebel sprach im August vor dem Reichstag.", [("August", "DATE", "2025-08", None)]),
    ("Die Partei erreichte 25,3 Prozent, Artikel 3.2. regelt das.", []),
    ("1500 Menschen demonstrierten, 2000 Euro wurden gespendet.", []),
    # a day and its clock time, clock idioms, n-th weekday of a month
    ("Das Treffen beginnt morgen um 17 Uhr.", [("morgen um 17 Uhr", "TIME", "2025-09-26T17:00", None)]),
    ("Die Sitzung ist am Donnerstag zwischen 9:30 und 11:00.",
     [("Donnerstag", "DATE", "2025-09-25", None), ("9:30", "TIME", "2025-09-25T09:30", None), ("11:00", "TIME", "2025-09-25T11:00", None)]),
    ("Der Zug fährt um halb vier.", [("halb vier", "TIME", "2025-09-25T03:30", None)]),
    ("Viertel vor 12 begann die Sitzung.", [("Viertel vor 12", "TIME", "2025-09-25T11:45", None)]),
    ("Die Messe findet am ersten Dienstag im Oktober statt.", [("ersten Dienstag im Oktober", "DATE", "2025-10-07", None)]),
    ("Die Tagung dauert 14 - 15.10.", [("14", "DATE", "2025-10-14", None), ("15.10.", "DATE", "2025-10-15", None)]),
    ("Wir treffen uns am Abend.", [("Abend", "TIME", "2025-09-25TEV", None)]),
    ("Das Fest fällt auf den letzten Montag im März.", [("letzten Montag im März", "DATE", "2026-03-30", None)]),
    ("Im letzten März stiegen die Preise.", [("letzten März", "DATE", "2025-03", None)]),
    ("Diwali 2025 wird in Delhi gefeiert.", [("Diwali 2025", "DATE", "2025-10-20", None)]),
    ("Die Bilanz für das 4te Quartal 2024 liegt vor.", [("das 4te Quartal 2024", "DATE", "2024-Q4", None)]),
    ("Wir treffen uns am 15ten.", [("15ten", "DATE", "2025-09-15", None)]),
    ("Das Treffen ist am Freitag nach dem nächsten.", [("Freitag nach dem nächsten", "DATE", "2025-10-03", None)]),
    # "um 3" / "zwanzig nach 3" closing a phrase; not "um 3 Prozent", not the idiom "fünf vor zwölf"
    ("Das Treffen beginnt um drei, teilte die Polizei mit.", [("drei", "TIME", "2025-09-25T03:00", None)]),
    ("Der Zug fährt um zwanzig nach 3.", [("zwanzig nach 3", "TIME", "2025-09-25T03:20", None)]),
    ("Der Kurs stieg um 3 Prozent.", []),
    ("Es ist fünf vor zwölf.", []),
    # weekday abbreviations: alone on a line, or before a date; "so" the word stays untagged
    ("Sprechstunde:\nMo.\n", [("Mo.", "DATE", "2025-09-22", None)]),
    ("Das war so.", []),
    ("Der Markt öffnet am Fr, 26. Sept. wieder.", [("Fr, 26. Sept.", "DATE", "2025-09-26", None)]),
    ("Die Frist endet Mittwoch in 2 Wochen.", [("Mittwoch in 2 Wochen", "DATE", "2025-10-08", None)]),
    ("Die Arbeiten sollen bis zum Ende des Tages abgeschlossen sein.",
     [("Ende des Tages", "DATE", "2025-09-25", "END")]),
    # holidays from a country's official list, the last Friday of Ramadan, the last weekend of April
    ("Koningsdag 2014 war sonnig.", [("Koningsdag 2014", "DATE", "2014-04-26", None)]),
    # "auf einen Freitag": some Friday, no day of the calendar
    ("Parsi Neujahr 2018 fiel auf einen Freitag.", [("Parsi Neujahr 2018", "DATE", "2018-08-17", None)]),
    ("Guru Gobind Singh Jayanti 2014", [("Guru Gobind Singh Jayanti 2014", "DATE", "2014-01-07", None)]),
    ("Jamat Ul-Vida 2017", [("Jamat Ul-Vida 2017", "DATE", "2017-06-23", None)]),
    ("GYSD 2013", [("GYSD 2013", "DATE", "2013-04-26", None)]),
    ("Der Vertrag endet am letzten Tag im Oktober.", [("letzten Tag im Oktober", "DATE", "2025-10-31", None)]),
    ("Die Frist lief am letzten Tag des Monats Februar 2024 aus.",
     [("letzten Tag des Monats Februar 2024", "DATE", "2024-02-29", None)]),
    # a scheduled present ("beginnen am Montag") looks ahead; the past looks back
    ("Die Verhandlungen beginnen am Montag um 10 Uhr.", [("Montag um 10 Uhr", "TIME", "2025-09-29T10:00", None)]),
    ("Die Verhandlungen begannen am Montag.", [("Montag", "DATE", "2025-09-22", None)]),
    # news constructions of issue #9: the night before a day, weekday ranges, anaphora, sets, parts of periods
    ("Am Wochenende demonstrierten Tausende in Berlin.", [("Wochenende", "DATE", "2025-W38-WE", None)]),
    ("Das Festival findet am Wochenende statt.", [("Wochenende", "DATE", "2025-W39-WE", None)]),
    ("Das Gesetz soll Anfang kommenden Jahres in Kraft treten.",
     [("Anfang kommenden Jahres", "DATE", "2026", "START")]),
    ("Ende Mai vergangenen Jahres trat er zurück.", [("Ende Mai vergangenen Jahres", "DATE", "2024-05", "END")]),
    ("Die Polizei rückte am frühen Morgen an.", [("frühen Morgen", "TIME", "2025-09-25TMO", "START")]),
    ("Die Polizei wurde in den Abendstunden alarmiert.", [("den Abendstunden", "TIME", "2025-09-25TEV", None)]),
    ("In den frühen Morgenstunden des 7. Oktober griffen Terroristen an.",
     [("den frühen Morgenstunden des 7. Oktober", "TIME", "2024-10-07TMO", "START")]),
    ("Der Anschlag geschah abends am 3. Oktober.", [("abends am 3. Oktober", "TIME", "2024-10-03TEV", None)]),
    ("Am Vorabend des 3. Oktober wird der Kanzler sprechen.",
     [("Vorabend des 3. Oktober", "TIME", "2025-10-02TEV", None)]),
    ("In der Nacht auf Sonntag wurde ein Mann verletzt.", [("der Nacht auf Sonntag", "TIME", "2025-09-20TNI", None)]),
    ("In der Nacht zum 3. Oktober brannte es.", [("der Nacht zum 3. Oktober", "TIME", "2025-10-02TNI", None)]),
    ("Am Dienstag vergangener Woche traf er den Präsidenten.",
     [("Dienstag vergangener Woche", "DATE", "2025-09-16", None)]),
    ("Zwischen Mai und Juli fiel kaum Regen.", [("Mai", "DATE", "2025-05", None), ("Juli", "DATE", "2025-07", None)]),
    ("Am 3. Mai kam er an. Am selben Abend reiste er ab.",
     [("3. Mai", "DATE", "2025-05-03", None), ("selben Abend", "TIME", "2025-05-03TEV", None)]),
    ("Das Werk schloss im Juni 2021. Im folgenden Monat wurde es verkauft.",
     [("Juni 2021", "DATE", "2021-06", None), ("folgenden Monat", "DATE", "2021-07", None)]),
    ("Am 10. Mai trat er zurück. Zwei Tage zuvor hatte er gewarnt.",
     [("10. Mai", "DATE", "2025-05-10", None), ("Zwei Tage zuvor", "DATE", "2025-05-08", None)]),
    ("Die Kirche stammt aus dem späten 19. Jahrhundert.", [("dem späten 19. Jahrhundert", "DATE", "18", "END")]),
    ("In den späten 1990er Jahren boomte die Branche.", [("den späten 1990er Jahren", "DATE", "199", "END")]),
    ("Ende der Achtziger wuchs die Stadt.", [("Ende der Achtziger", "DATE", "198", "END")]),
    ("Ende des Sommers sank die Zahl der Touristen.", [("Ende des Sommers", "DATE", "2025-SU", "END")]),
    ("Die Sendung läuft jeden Sonntagabend.", [("jeden Sonntagabend", "SET", "XXXX-WXX-7TEV", None)]),
    ("Der Zug fährt dreimal am Tag.", [("Tag", "SET", "P1D", None)]),
    ("Der Streit dauerte jahrelang.", [("jahrelang", "DURATION", "PXY", None)]),
    ("Die Sitzung dauerte eine halbe Stunde.", [("eine halbe Stunde", "DURATION", "PT30M", None)]),
    ("Die Montags-Demo zog durch Leipzig.", []),
    ("Der Gipfel war an einem Freitag im Mai.", [("Mai", "DATE", "2025-05", None)]),
    ("Es geschah eines Sonntags im Mai.", [("Mai", "DATE", "2025-05", None)]),
    ("Die Entscheidung fällt in einer halben Stunde.", [("in einer halben Stunde", "DATE", "2025-09-25", None)]),
    ("Die Frist endet heute in einer Woche.", [("heute in einer Woche", "DATE", "2025-10-02", None)]),
    ("Heute vor 36 Jahren fiel die Mauer.", [("Heute vor 36 Jahren", "DATE", "1989-09-25", None)]),
    ("Der Unfall ereignete sich gegen 9 Uhr.", [("gegen 9 Uhr", "TIME", "2025-09-25T09:00", "APPROX")]),
    ("Der Vertrag wurde am ersten Oktober unterzeichnet.", [("ersten Oktober", "DATE", "2024-10-01", None)]),
    ("An Halloween ziehen Kinder durch die Straßen.", [("Halloween", "DATE", "2025-10-31", None)]),
    ("Der Gipfel findet übernächsten Freitag statt.", [("übernächsten Freitag", "DATE", "2025-10-03", None)]),
    ("Vorletzten Montag trat er zurück.", [("Vorletzten Montag", "DATE", "2025-09-15", None)]),
    # 'seit' looks back, 'ab' before a date ahead; a separable 'ab' closing a clause says nothing
    ("Im Sommer vergangenen Jahres brannten die Wälder.", [("Sommer vergangenen Jahres", "DATE", "2024-SU", None)]),
    ("Im Winter 2023/24 war das Gas knapp.", [("Winter 2023/24", "DATE", "2023-WI", None)]),
    ("Am späten Donnerstagabend wurde er festgenommen.", [("späten Donnerstagabend", "TIME", "2025-09-25TEV", "END")]),
    ("Seit dem 1. Januar gilt das Gesetz.", [("dem 1. Januar", "DATE", "2025-01-01", None)]),
    ("Ab dem 1. Januar gilt das Gesetz.", [("dem 1. Januar", "DATE", "2026-01-01", None)]),
    ("Der Bundestag stimmte am Freitag ab.", [("Freitag", "DATE", "2025-09-19", None)]),
    ("In der vergangenen Nacht brannte eine Scheune.", [("der vergangenen Nacht", "TIME", "2025-09-24TNI", None)]),
]

RANGES = [
    ("Die Konferenz findet vom 25. bis 26. Oktober 2025 in Hanoi statt.", [("25.", "26. Oktober 2025")]),
    ("Die Verhandlungen werden zwischen dem 3. und 5. Mai fortgesetzt.", [("dem 3.", "5. Mai")]),
    ("Die Prüfungen finden am 25., 26. und 27. Oktober statt.", [("25.", "27. Oktober")]),
    ("Die Sprechstunde ist von 9:30 bis 11:00 Uhr.", [("9:30", "11:00 Uhr")]),
    ("Der Streik dauerte von Montag bis Mittwoch.", [("Montag", "Mittwoch")]),
    ("Im Juli und August stiegen die Temperaturen.", [("Juli", "August")]),
]


def _found(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    result = tag(sentence, "de", document_date=DCT)
    for t in result.timexes:
        assert sentence[t.start:t.end] == t.text
    return [(t.text, t.type, t.value, t.mod) for t in result.timexes]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_german_news_expression(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", RANGES, ids=[r[0][:40] for r in RANGES])
def test_german_ranges(sentence, expected):
    result = tag(sentence, "de", document_date=DCT)
    pairs = [(result.timexes[r.first].text, result.timexes[r.last].text) for r in result.ranges]
    assert pairs == expected


def test_offsets_in_a_full_paragraph():
    text = ("Der UN-Gipfel wurde am 22. September 2025 in New York eröffnet. Er tagt erneut vom 25. bis 26. Oktober "
            "2025 in Hanoi. Seit mehr als zwanzig Jahren streiten die Staaten darüber; in Zukunft wollen sie "
            "schneller vorankommen.")
    result = tag(text, "de", document_date=DCT)
    got = [(t.start, t.end, t.type, t.value, t.mod) for t in result.timexes]
    assert got == [
        (23, 41, "DATE", "2025-09-22", None),
        (83, 86, "DATE", "2025-10-25", None),
        (91, 107, "DATE", "2025-10-26", None),
        (123, 146, "DURATION", "P20Y", "MORE_THAN"),
        (180, 187, "DATE", "FUTURE_REF", None),
    ]
    assert [text[s:e] for s, e, *_ in got] == [
        "22. September 2025", "25.", "26. Oktober 2025", "mehr als zwanzig Jahren", "Zukunft"]
    assert [(r.first, r.last) for r in result.ranges] == [(1, 2)]


# periods within a date (when.sub_period): every timex as (text, value, mod, interval begin, interval end)
PERIODS = [
    ('Der Gipfel findet in der Woche vom 6. Oktober statt.', [('der Woche vom 6. Oktober', '2025-W41', None, '2025-10-06T00:00:00', '2025-10-13T00:00:00')]),
    ('Der Umsatz sank in der ersten Woche im Oktober 2014.', [('der ersten Woche im Oktober 2014', '2014-W41', None, '2014-10-06T00:00:00', '2014-10-13T00:00:00')]),
    ('Die Arbeiten enden in der letzten Woche im Oktober.', [('der letzten Woche im Oktober', '2025-W43', None, '2025-10-20T00:00:00', '2025-10-27T00:00:00')]),
    ('Es geschah in der vorletzten Woche im Oktober 2018.', [('der vorletzten Woche im Oktober 2018', '2018-W42', None, '2018-10-15T00:00:00', '2018-10-22T00:00:00')]),
    ('Die Messe öffnet am ersten Wochenende im Oktober.', [('ersten Wochenende im Oktober', '2025-W40-WE', None, '2025-10-03T18:00:00', '2025-10-06T00:00:00')]),
    ('Die Wahl fand am letzten Wochenende im September 2024 statt.', [('letzten Wochenende im September 2024', '2024-W39-WE', None, '2024-09-27T18:00:00', '2024-09-30T00:00:00')]),
    ('Die Preise stiegen in der zweiten Aprilhälfte.', [('der zweiten Aprilhälfte', '2025-04', 'END', '2025-04-16T00:00:00', '2025-05-01T00:00:00')]),
    ('Der Handel begann am dritten Dienstag nach Weihnachten 2014.', [('dritten Dienstag nach Weihnachten 2014', '2015-01-13', None, '2015-01-13T00:00:00', '2015-01-14T00:00:00')]),
    ('Die Börse bleibt für den Rest der Woche geschlossen.', [('den Rest der Woche', '2025-W39', None, '2025-09-25T00:00:00', '2025-09-29T00:00:00')]),
    ('Letzte Woche stiegen die Preise.', [('Letzte Woche', '2025-W38', None, '2025-09-15T00:00:00', '2025-09-22T00:00:00')]),
    ('Die erste Woche des Krieges war chaotisch.', []),
]


@pytest.mark.parametrize("sentence, expected", PERIODS, ids=[p[0][:40] for p in PERIODS])
def test_periods_within_dates(sentence, expected):
    got = [(t.text, t.value, t.mod, t.interval.begin.isoformat() if t.interval else None,
            t.interval.end.isoformat() if t.interval else None) for t in tag(sentence, "de", DCT).timexes]
    assert got == expected
