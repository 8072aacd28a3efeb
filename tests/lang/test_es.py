"""Spanish: news expressions with their exact extents and TIMEX3 values (document date 2025-09-25, a Thursday)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)

# sentence → every timex it holds: (text, type, value, mod). Prepositions stay outside, articles inside, and so do
# the contractions of an article, al and del (Spanish TimeML).
CASES = [
    # full dates, tense-aware dates without a year
    ("La reunión se celebró el 22 de septiembre de 2025 en Madrid.",
     [("el 22 de septiembre de 2025", "DATE", "2025-09-22", None)]),
    ("El Consejo se reunió el lunes 22 de septiembre de 2025.",
     [("el lunes 22 de septiembre de 2025", "DATE", "2025-09-22", None)]),
    ("La cumbre se celebrará el 3 de marzo en Bruselas.", [("el 3 de marzo", "DATE", "2026-03-03", None)]),
    ("El acuerdo fue firmado el 3 de marzo.", [("el 3 de marzo", "DATE", "2025-03-03", None)]),
    ("Las elecciones están previstas para el 1 de marzo de 2026.", [("el 1 de marzo de 2026", "DATE", "2026-03-01", None)]),
    ("El detenido fue trasladado el pasado 22 de septiembre.",
     [("el pasado 22 de septiembre", "DATE", "2025-09-22", None)]),
    ("El mercado cerró el 22/09/2025.", [("el 22/09/2025", "DATE", "2025-09-22", None)]),
    # ranges and lists: endpoints tagged apart
    ("La conferencia tendrá lugar del 25 al 26 de octubre de 2025 en Hanói.",
     [("del 25", "DATE", "2025-10-25", None), ("al 26 de octubre de 2025", "DATE", "2025-10-26", None)]),
    ("La feria se celebrará del 30 de septiembre al 2 de octubre.",
     [("del 30 de septiembre", "DATE", "2025-09-30", None), ("al 2 de octubre", "DATE", "2025-10-02", None)]),
    ("Las negociaciones continuarán entre el 3 y el 5 de mayo.",
     [("el 3", "DATE", "2026-05-03", None), ("el 5 de mayo", "DATE", "2026-05-05", None)]),
    ("Las pruebas se realizarán los días 25, 26 y 27 de octubre.",
     [("25", "DATE", "2025-10-25", None), ("26", "DATE", "2025-10-26", None),
      ("27 de octubre", "DATE", "2025-10-27", None)]),
    ("La deuda se duplicó entre 2010 y 2020.", [("2010", "DATE", "2010", None), ("2020", "DATE", "2020", None)]),
    # months, years, decades, centuries, seasons, quarters, weeks
    ("El paro bajó en septiembre de 2025.", [("septiembre de 2025", "DATE", "2025-09", None)]),
    ("La fábrica cerró en marzo.", [("marzo", "DATE", "2025-03", None)]),
    ("La economía creció en 2024.", [("2024", "DATE", "2024", None)]),
    ("El país sufrió una fuerte inflación en los años noventa.", [("los años noventa", "DATE", "199", None)]),
    ("La tasa se disparó en la década de 1990.", [("la década de 1990", "DATE", "199", None)]),
    ("Esta doctrina marcó el siglo XX.", [("el siglo XX", "DATE", "19", None)]),
    ("Las obras concluirán en la primavera de 2026.", [("la primavera de 2026", "DATE", "2026-SP", None)]),
    ("Los incendios fueron numerosos este verano.", [("este verano", "DATE", "2025-SU", None)]),
    ("El PIB creció un 0,5 % en el tercer trimestre.", [("el tercer trimestre", "DATE", "2025-Q3", None)]),
    ("Los resultados del primer semestre de 2025 se conocerán pronto.",
     [("del primer semestre de 2025", "DATE", "2025-H1", None)]),
    ("El texto se debatió la semana pasada.", [("la semana pasada", "DATE", "2025-W38", None)]),
    # START / MID / END
    ("La ley entrará en vigor a principios de 2026.", [("principios de 2026", "DATE", "2026", "START")]),
    ("Los precios han subido desde principios de 2025.", [("principios de 2025", "DATE", "2025", "START")]),
    ("El festival se inaugurará a mediados de octubre.", [("mediados de octubre", "DATE", "2025-10", "MID")]),
    ("El informe se publicará a finales de año.", [("finales de año", "DATE", "2025", "END")]),
    ("Las obras comenzaron a finales de marzo.", [("finales de marzo", "DATE", "2025-03", "END")]),
    # the last one unit up to now, as the last N units are; the last one of something is no time
    ("Las acciones cayeron un 3 % en la última semana.", [("la última semana", "DURATION", "P1W", None)]),
    ("El paro ha bajado en el último año en casi todas las regiones.", [("el último año", "DURATION", "P1Y", None)]),
    ("Es el último año de su mandato.", []),
    # clock times and parts of the day
    # the hour of a broadcast or match in a listing's parenthesis (decimals take a comma: no number is read)
    ("Arús presenta el programa Ja hi som! (TV-3, 17.35) desde Barcelona.",
     [("17.35", "TIME", "2025-09-25T17:35", None)]),
    ("El Barcelona jugará mañana la vuelta de los octavos (21.30, TV-3).",
     [("mañana", "DATE", "2025-09-26", None), ("21.30", "TIME", "2025-09-26T21:30", None)]),
    ("El índice cerró en 12.300 puntos (un 2,5 % más) y el euro, en 1,17 dólares (1.250 operaciones).", []),
    ("La sesión se reanudará a las 10:30.", [("las 10:30", "TIME", "2025-09-25T10:30", None)]),
    ("La votación está prevista a las 18.00 horas.", [("las 18.00 horas", "TIME", "2025-09-25T18:00", None)]),
    ("La votación se abre a las 16:00 CET.", [("las 16:00 CET", "TIME", "2025-09-25T16:00+01:00", None)]),
    ("El ministro habló esta mañana.", [("esta mañana", "TIME", "2025-09-25TMO", None)]),
    ("Los disturbios estallaron anoche.", [("anoche", "TIME", "2025-09-24TNI", None)]),
    ("Los enfrentamientos comenzaron ayer por la tarde.", [("ayer por la tarde", "TIME", "2025-09-24TAF", None)]),
    ("El ataque se produjo el 22 de septiembre por la noche.",
     [("el 22 de septiembre por la noche", "TIME", "2025-09-22TNI", None)]),
    ("La votación será a las tres de la tarde.", [("las tres de la tarde", "TIME", "2025-09-25T15:00", None)]),
    # durations, with number words
    ("El conflicto dura desde hace más de veinte años.", [("hace más de veinte años", "DATE", "2005", None)]),
    ("Hicieron falta más de veinte años para reconstruir la ciudad.",
     [("más de veinte años", "DURATION", "P20Y", "MORE_THAN")]),
    ("Se necesitó una década para reconstruir la ciudad.", [("una década", "DURATION", "P10Y", None)]),
    ("Las conversaciones duraron dos semanas.", [("dos semanas", "DURATION", "P2W", None)]),
    ("Pasó veinticinco años en prisión.", [("veinticinco años", "DURATION", "P25Y", None)]),
    ("Tras 15 horas de negociaciones, hubo acuerdo.", [("15 horas", "DURATION", "PT15H", None)]),
    ("El juicio durará un año y medio.", [("un año y medio", "DURATION", "P1Y6M", None)]),
    ("Los investigadores trabajaron durante casi dos años.", [("casi dos años", "DURATION", "P2Y", "LESS_THAN")]),
    # relative to the document date
    ("El presidente dimitió ayer.", [("ayer", "DATE", "2025-09-24", None)]),
    ("El balance se conocerá mañana.", [("mañana", "DATE", "2025-09-26", None)]),
    ("Hoy, el Gobierno presentó sus presupuestos.", [("Hoy", "DATE", "2025-09-25", None)]),
    ("El accidente ocurrió hace tres días.", [("hace tres días", "DATE", "2025-09-22", None)]),
    ("El juicio se reanudará dentro de dos semanas.", [("dentro de dos semanas", "DATE", "2025-W41", None)]),
    ("El año pasado las exportaciones cayeron.", [("El año pasado", "DATE", "2024", None)]),
    ("Las ventas crecieron este año.", [("este año", "DATE", "2025", None)]),
    ("El proyecto se presentará el próximo año.", [("el próximo año", "DATE", "2026", None)]),
    ("La campaña empieza el próximo lunes.", [("el próximo lunes", "DATE", "2025-09-29", None)]),
    ("1500 personas se manifestaron el sábado.", [("el sábado", "DATE", "2025-09-20", None)]),
    ("La tregua se firmó en Navidad.", [("Navidad", "DATE", "2024-12-25", None)]),
    # relative to the previous mention
    ("El 22 de septiembre, las tropas entraron en la ciudad. Al día siguiente se retiraron.",
     [("El 22 de septiembre", "DATE", "2025-09-22", None), ("Al día siguiente", "DATE", "2025-09-23", None)]),
    ("El 10 de mayo votó el Parlamento. Tres días después, la ley fue promulgada.",
     [("El 10 de mayo", "DATE", "2025-05-10", None), ("Tres días después", "DATE", "2025-05-13", None)]),
    # sets
    ("El comité se reúne cada semana.", [("cada semana", "SET", "P1W", None)]),
    ("El informe se publica cada dos años.", [("cada dos años", "SET", "P2Y", None)]),
    ("La junta se reúne dos veces al año.", [("al año", "SET", "P1Y", None)]),
    # vague references
    ("El país debe preparar el futuro.", [("el futuro", "DATE", "FUTURE_REF", None)]),
    ("En el futuro habrá que coordinar mejor la ayuda.", [("el futuro", "DATE", "FUTURE_REF", None)]),
    ("Actualmente el país tiene tres millones de parados.", [("Actualmente", "DATE", "PRESENT_REF", None)]),
    ("La desigualdad ha crecido en los últimos años.", [("los últimos años", "DURATION", "PXY", None)]),
    # not time expressions
    ("La misión a Marte está prevista para 2030.", [("2030", "DATE", "2030", None)]),
    ("Cada mañana va al mar con su hermano.", []),
    ("Los dos tercios del Congreso votaron a favor.", []),
    ("Hace falta más dinero: 1500 personas y 2000 millones de euros.", []),
    # a day and its clock time, days of the month alone, anchored durations
    ("La reunión será mañana a las 5 de la tarde.", [("mañana a las 5 de la tarde", "TIME", "2025-09-26T17:00", None)]),
    ("El plazo vence el día 17.", [("el día 17", "DATE", "2025-09-17", None)]),
    ("El acto será abril 5.", [("abril 5", "DATE", "2026-04-05", None)]),
    ("Los precios subirán en los próximos 3 meses.", [("los próximos 3 meses", "DURATION", "P3M", None)]),
    ("Los dos pasados meses fueron duros.", [("Los dos pasados meses", "DURATION", "P2M", None)]),
    ("La sesión empezará a las doce menos cinco.", [("las doce menos cinco", "TIME", "2025-09-25T11:55", None)]),
    ("Las ventas cayeron en los pasados 2 anos.", [("los pasados 2 anos", "DURATION", "P2Y", None)]),
    ("Hubo entre 5 y 10 heridos.", []),
    # a weekday abbreviation as the whole text or before a date; not "mi" (my)
    ("ma.", [("ma.", "DATE", "2025-09-23", None)]),
    ("Ocurrió el ma 16 de septiembre.", [("el ma 16 de septiembre", "DATE", "2025-09-16", None)]),
    ("Mi 15 de mayo fue especial.", [("15 de mayo", "DATE", "2025-05-15", None)]),
    ("Lo vi el 15 de mayo.", [("el 15 de mayo", "DATE", "2025-05-15", None)]),
    ("17-2", [("17-2", "DATE", "2026-02-17", None)]),
    ("Ganó 17-2 el domingo.", [("el domingo", "DATE", "2025-09-21", None)]),
    ("El ano nuevo se celebra en familia.", [("ano nuevo", "DATE", "2026-01-01", None)]),
    ("El día mundial del prematuro se celebra cada año.",
     [("día mundial del prematuro", "DATE", "2025-11-17", None), ("cada año", "SET", "P1Y", None)]),
    ("Llegó a las seis dos de la tarde.", [("las seis dos de la tarde", "TIME", "2025-09-25T18:02", None)]),
    ("Lo veremos las proximas semana.", [("proximas semana", "DATE", "2025-W40", None)]),
    ("Las próximas semanas serán duras.", [("Las próximas semanas", "DURATION", "PXW", None)]),
    # contractions of the article stay with it (al, del)
    ("El certamen se celebrará del 7 al 11 de septiembre en Madrid.",
     [("del 7", "DATE", "2026-09-07", None), ("al 11 de septiembre", "DATE", "2026-09-11", None)]),
    ("Los aficionados esperan el derbi del próximo sábado.",
     [("del próximo sábado", "DATE", "2025-09-27", None)]),
    # a relative day named again by its weekday, or in a longer phrase
    ("El Consejo de Ministros aprobó hoy, jueves, el proyecto.",
     [("hoy, jueves", "DATE", "2025-09-25", None)]),
    ("Las elecciones presidenciales serán mañana, viernes.",
     [("mañana, viernes", "DATE", "2025-09-26", None)]),
    ("El portavoz compareció el día de hoy ante la prensa.",
     [("el día de hoy", "DATE", "2025-09-25", None)]),
    # adjectives placing a noun in time: vague references
    ("El actual ministro de Economía dimitió.",
     [("actual", "DATE", "PRESENT_REF", None)]),
    ("La futura ley de vivienda llegará al Congreso.",
     [("futura", "DATE", "FUTURE_REF", None)]),
    ("Las pasadas elecciones dieron la victoria a la oposición.",
     [("pasadas", "DATE", "PAST_REF", None)]),
    ("El reciente terremoto dejó 300 muertos.",
     [("reciente", "DATE", "PAST_REF", None)]),
    # adjectives and rates of frequency: sets (not a speed)
    ("Las tasas anuales subieron un 3 %.",
     [("anuales", "SET", "P1Y", None)]),
    ("El consumo medio es de 6,7 kilos por persona al año.",
     [("al año", "SET", "P1Y", None)]),
    ("El tren pasa a 300 kilómetros por hora.",
     []),
    ("El mercado abre todos los lunes.",
     [("todos los lunes", "SET", "XXXX-WXX-1", None)]),
    # durations: "en N unidades", bare plural units, compound, with the article; rates are not days
    ("El índice ha caído un 5 % en dos días.",
     [("dos días", "DURATION", "P2D", None)]),
    ("El Ibex ganó un 3,17 % el viernes.",
     [("el viernes", "DATE", "2025-09-19", None)]),
    ("La plantilla lleva días sin cobrar.",
     [("días", "DURATION", "PXD", None)]),
    ("Meses después, el Gobierno rectificó.",
     [("Meses después", "DURATION", "PXM", None)]),
    ("El paro ha bajado en los últimos meses.",
     [("los últimos meses", "DURATION", "PXM", None)]),
    ("Fue condenado a dos años y seis meses de prisión.",
     [("dos años y seis meses", "DURATION", "P2Y6M", None)]),
    ("El sindicato reclama las 35 horas semanales.",
     [("las 35 horas", "DURATION", "PT35H", None), ("semanales", "SET", "P1W", None)]),
    # "desde hace N" is the point it starts from; without a count a vague duration
    ("La empresa lleva desde hace cinco años en pérdidas.",
     [("hace cinco años", "DATE", "2020", None)]),
    ("El Gobierno negocia desde hace meses con los sindicatos.",
     [("hace meses", "DURATION", "PXM", None)]),
    # vague references of the press; "ahora bien" is "however"; "un segundo debate" an ordinal
    ("Hasta el momento no hay detenidos.",
     [("el momento", "DATE", "PRESENT_REF", None)]),
    ("Desde entonces, la empresa no ha dado beneficios.",
     [("entonces", "DATE", "PAST_REF", None)]),
    ("Ahora bien, la economía sigue estancada.",
     []),
    ("Un segundo debate se celebró el pasado 26 de mayo.",
     [("el pasado 26 de mayo", "DATE", "2025-05-26", None)]),
    # a part of a named day, or of the day named last; "hasta" + weekday is ahead
    ("Los ministros se reunieron el lunes 22. Por la tarde firmaron el acuerdo.",
     [("el lunes 22", "DATE", "2025-09-22", None), ("la tarde", "TIME", "2025-09-22TAF", None)]),
    ("La noche del sábado hubo disturbios.",
     [("La noche del sábado", "TIME", "2025-09-20TNI", None)]),
    ("Las oficinas estarán cerradas hasta el lunes.",
     [("el lunes", "DATE", "2025-09-29", None)]),
    # "para este" / "hasta este" + weekday, in a clause of no tense, is ahead too
    ("La huelga está convocada para este martes por los sindicatos.",
     [("este martes", "DATE", "2025-09-30", None)]),
    ("La oposición llama a protestar para este viernes en la capital.",
     [("este viernes", "DATE", "2025-09-26", None)]),
    ("El plazo de inscripción se amplía hasta este domingo.",
     [("este domingo", "DATE", "2025-09-28", None)]),
    # weekends, fiscal years, the eve of a holiday, dates inside names
    ("Este fin de semana habrá tormentas en el norte.",
     [("Este fin de semana", "DATE", "2025-W39-WE", None)]),
    ("El pasado fin de semana murieron diez personas en las carreteras.",
     [("El pasado fin de semana", "DATE", "2025-W38-WE", None)]),
    ("La empresa ganó 300 millones en el pasado ejercicio.",
     [("el pasado ejercicio", "DATE", "2024", None)]),
    ("La víspera de Navidad cerraron los comercios.",
     [("La víspera de Navidad", "DATE", "2024-12-24", None)]),
    ("La avenida 9 de Julio estaba cortada.",
     [("9 de Julio", "DATE", "XXXX-07-09", None)]),
]

RANGES = [
    ("La conferencia tendrá lugar del 25 al 26 de octubre de 2025 en Hanói.", [("del 25", "al 26 de octubre de 2025")]),
    ("Las negociaciones continuarán entre el 3 y el 5 de mayo.", [("el 3", "el 5 de mayo")]),
    ("Las pruebas se realizarán los días 25, 26 y 27 de octubre.", [("25", "27 de octubre")]),
    ("El museo abre desde las 10:00 hasta las 18:00.", [("las 10:00", "las 18:00")]),
]


def _found(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    result = tag(sentence, "es", document_date=DCT)
    for t in result.timexes:
        assert sentence[t.start:t.end] == t.text
    return [(t.text, t.type, t.value, t.mod) for t in result.timexes]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_spanish_news_expression(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", RANGES, ids=[r[0][:40] for r in RANGES])
def test_spanish_ranges(sentence, expected):
    result = tag(sentence, "es", document_date=DCT)
    pairs = [(result.timexes[r.first].text, result.timexes[r.last].text) for r in result.ranges]
    assert pairs == expected


def test_offsets_in_a_full_paragraph():
    text = ("La cumbre de la ONU se inauguró el 22 de septiembre de 2025 en Nueva York. Volverá a reunirse del 25 al "
            "26 de octubre de 2025 en Hanói. Desde hace más de veinte años los Estados debaten el asunto; en el "
            "futuro quieren avanzar más rápido.")
    result = tag(text, "es", document_date=DCT)
    got = [(t.start, t.end, t.type, t.value, t.mod) for t in result.timexes]
    assert got == [
        (32, 59, "DATE", "2025-09-22", None),
        (94, 100, "DATE", "2025-10-25", None),
        (101, 125, "DATE", "2025-10-26", None),
        (142, 165, "DATE", "2005", None),
        (200, 209, "DATE", "FUTURE_REF", None),
    ]
    assert [text[s:e] for s, e, *_ in got] == [
        "el 22 de septiembre de 2025", "del 25", "al 26 de octubre de 2025", "hace más de veinte años", "el futuro"]
    assert [(r.first, r.last) for r in result.ranges] == [(1, 2)]


# periods within a date (when.sub_period): every timex as (text, value, mod, interval begin, interval end)
PERIODS = [
    ('La cumbre será la semana del 6 de octubre.', [('la semana del 6 de octubre', '2025-W41', None, '2025-10-06T00:00:00', '2025-10-13T00:00:00')]),
    ('Las ventas cayeron la primera semana de octubre de 2014.', [('la primera semana de octubre de 2014', '2014-W41', None, '2014-10-06T00:00:00', '2014-10-13T00:00:00')]),
    ('Las obras terminarán la última semana de octubre.', [('la última semana de octubre', '2025-W43', None, '2025-10-20T00:00:00', '2025-10-27T00:00:00')]),
    ('La feria abrirá el primer fin de semana de octubre.', [('el primer fin de semana de octubre', '2025-W40-WE', None, '2025-10-03T18:00:00', '2025-10-06T00:00:00')]),
    ('La votación fue el último fin de semana de septiembre de 2024.', [('el último fin de semana de septiembre de 2024', '2024-W39-WE', None, '2024-09-27T18:00:00', '2024-09-30T00:00:00')]),
    ('Los precios subieron en la segunda quincena de abril.', [('la segunda quincena de abril', '2025-04', 'END', '2025-04-16T00:00:00', '2025-05-01T00:00:00')]),
    ('El mercado reabrió el tercer martes después de Navidad de 2014.', [('el tercer martes después de Navidad de 2014', '2015-01-13', None, '2015-01-13T00:00:00', '2015-01-14T00:00:00')]),
    ('La bolsa estará cerrada el resto de la semana.', [('el resto de la semana', '2025-W39', None, '2025-09-25T00:00:00', '2025-09-29T00:00:00')]),
    ('La semana pasada subieron los precios.', [('La semana pasada', '2025-W38', None, '2025-09-15T00:00:00', '2025-09-22T00:00:00')]),
    ('La primera semana de la guerra fue caótica.', []),
]


@pytest.mark.parametrize("sentence, expected", PERIODS, ids=[p[0][:40] for p in PERIODS])
def test_periods_within_dates(sentence, expected):
    got = [(t.text, t.value, t.mod, t.interval.begin.isoformat() if t.interval else None,
            t.interval.end.isoformat() if t.interval else None) for t in tag(sentence, "es", DCT).timexes]
    assert got == expected
