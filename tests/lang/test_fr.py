"""French: news expressions with their exact extents and TIMEX3 values (document date 2025-09-25, a Thursday)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

DCT = dt.date(2025, 9, 25)

# sentence → every timex it holds: (text, type, value, mod). Prepositions stay outside, articles inside.
CASES = [
    # full dates, tense-aware dates without a year
    ("La réunion s'est tenue le 22 septembre 2025 à Paris.", [("le 22 septembre 2025", "DATE", "2025-09-22", None)]),
    ("Le Conseil s'est réuni lundi 22 septembre 2025.", [("lundi 22 septembre 2025", "DATE", "2025-09-22", None)]),
    ("Le sommet se tiendra le 3 mars à Bruxelles.", [("le 3 mars", "DATE", "2026-03-03", None)]),
    ("Le traité a été signé le 3 mars.", [("le 3 mars", "DATE", "2025-03-03", None)]),
    ("Le scrutin est prévu le 1er mars 2026.", [("le 1er mars 2026", "DATE", "2026-03-01", None)]),
    ("Il avait été arrêté le 22 septembre dernier.", [("le 22 septembre dernier", "DATE", "2025-09-22", None)]),
    ("Le marché était fermé le 22/09/2025.", [("le 22/09/2025", "DATE", "2025-09-22", None)]),
    ("Le 14 juillet, le défilé a rassemblé des milliers de personnes.", [("Le 14 juillet", "DATE", "2025-07-14", None)]),
    # ranges and lists: endpoints tagged apart
    ("La conférence se déroulera du 25 au 26 octobre 2025 à Hanoï.",
     [("25", "DATE", "2025-10-25", None), ("26 octobre 2025", "DATE", "2025-10-26", None)]),
    ("Le salon aura lieu du 30 septembre au 2 octobre.",
     [("30 septembre", "DATE", "2025-09-30", None), ("2 octobre", "DATE", "2025-10-02", None)]),
    ("Les négociations se poursuivront entre le 3 et le 5 mai.",
     [("le 3", "DATE", "2026-05-03", None), ("le 5 mai", "DATE", "2026-05-05", None)]),
    ("Les épreuves auront lieu les 25, 26 et 27 octobre.",
     [("les 25", "DATE", "2025-10-25", None), ("26", "DATE", "2025-10-26", None), ("27 octobre", "DATE", "2025-10-27", None)]),
    ("La dette a doublé entre 2010 et 2020.", [("2010", "DATE", "2010", None), ("2020", "DATE", "2020", None)]),
    ("Les soldes se déroulent de janvier à mars 2025.",
     [("janvier", "DATE", "2025-01", None), ("mars 2025", "DATE", "2025-03", None)]),
    # months, years, decades, centuries, seasons, quarters, weeks
    ("Le chômage a reculé en septembre 2025.", [("septembre 2025", "DATE", "2025-09", None)]),
    ("L'usine a fermé en mars.", [("mars", "DATE", "2025-03", None)]),
    ("La croissance a ralenti en 2024.", [("2024", "DATE", "2024", None)]),
    ("Le verdict est attendu d'ici 2030.", [("2030", "DATE", "2030", None)]),
    ("Le pays a connu une forte inflation dans les années 1990.", [("les années 1990", "DATE", "199", None)]),
    ("Ces musiques datent des années quatre-vingt.", [("années quatre-vingt", "DATE", "198", None)]),
    ("Cette doctrine a marqué le XXe siècle.", [("le XXe siècle", "DATE", "19", None)]),
    ("Le chantier sera achevé au printemps 2026.", [("printemps 2026", "DATE", "2026-SP", None)]),
    ("Les incendies ont été nombreux cet été.", [("cet été", "DATE", "2025-SU", None)]),
    ("Le PIB a progressé de 0,5 % au troisième trimestre.", [("troisième trimestre", "DATE", "2025-Q3", None)]),
    ("Les résultats du premier semestre 2025 sont attendus.", [("premier semestre 2025", "DATE", "2025-H1", None)]),
    ("Le texte a été examiné la semaine dernière.", [("la semaine dernière", "DATE", "2025-W38", None)]),
    # START / MID / END
    ("La loi entrera en vigueur début 2026.", [("début 2026", "DATE", "2026", "START")]),
    ("Les prix ont augmenté depuis le début de 2025.", [("le début de 2025", "DATE", "2025", "START")]),
    ("Le festival s'ouvrira à la mi-octobre.", [("la mi-octobre", "DATE", "2025-10", "MID")]),
    ("Le chantier devrait être terminé mi-2027.", [("mi-2027", "DATE", "2027", "MID")]),
    ("Le rapport sera publié à la fin de l'année.", [("la fin de l'année", "DATE", "2025", "END")]),
    ("Les travaux ont commencé fin mars.", [("fin mars", "DATE", "2025-03", "END")]),
    ("Le déménagement est prévu pour la fin du mois prochain.", [("la fin du mois prochain", "DATE", "2025-10", "END")]),
    ("La crise a éclaté au début des années 2000.", [("début des années 2000", "DATE", "200", "START")]),
    # clock times and parts of the day
    ("La séance reprendra à 10 h 30.", [("10 h 30", "TIME", "2025-09-25T10:30", None)]),
    ("Le vote est prévu vers 18h.", [("vers 18h", "TIME", "2025-09-25T18:00", "APPROX")]),
    ("Les bureaux de vote ferment à 20 heures.", [("20 heures", "TIME", "2025-09-25T20:00", None)]),
    ("Le discours est prévu à midi.", [("midi", "TIME", "2025-09-25T12:00", None)]),
    # a calendar day and its clock time are two expressions (French TimeBank), the clock on that day
    ("Le sommet s'ouvrira le mardi 3 mars 2026 à 14 h.",
     [("le mardi 3 mars 2026", "DATE", "2026-03-03", None), ("14 h", "TIME", "2026-03-03T14:00", None)]),
    ("Le ministre s'est exprimé ce matin.", [("ce matin", "TIME", "2025-09-25TMO", None)]),
    ("Des heurts ont éclaté hier soir.", [("hier soir", "TIME", "2025-09-24TEV", None)]),
    ("Le 22 septembre au soir, les manifestants se sont dispersés.",
     [("Le 22 septembre au soir", "TIME", "2025-09-22TEV", None)]),
    ("Dans la soirée du 22 septembre, la police est intervenue.",
     [("la soirée du 22 septembre", "TIME", "2025-09-22TEV", None)]),
    # durations, with number words
    ("Le conflit dure depuis plus de vingt ans.", [("plus de vingt ans", "DURATION", "P20Y", "MORE_THAN")]),
    ("Il a fallu une décennie pour reconstruire la ville.", [("une décennie", "DURATION", "P10Y", None)]),
    ("Les pourparlers ont duré deux semaines.", [("deux semaines", "DURATION", "P2W", None)]),
    ("Il a passé vingt-cinq ans en prison.", [("vingt-cinq ans", "DURATION", "P25Y", None)]),
    ("Les enquêteurs ont travaillé pendant près de deux ans.", [("près de deux ans", "DURATION", "P2Y", "APPROX")]),
    ("Il a été interrogé pendant 12 h.", [("12 h", "DURATION", "PT12H", None)]),
    ("Après 10 heures de négociations, un accord a été trouvé.", [("10 heures", "DURATION", "PT10H", None)]),
    ("Le procès durera un an et demi.", [("un an et demi", "DURATION", "P1Y6M", None)]),
    ("Il vit en France depuis une vingtaine d'années.", [("une vingtaine d'années", "DURATION", "P20Y", "APPROX")]),
    ("L'entreprise a perdu 2 milliards d'euros au cours des trois derniers mois.",
     [("trois derniers mois", "DURATION", "P3M", None)]),
    # relative to the document date
    ("Le président a démissionné hier.", [("hier", "DATE", "2025-09-24", None)]),
    ("Le bilan sera connu demain.", [("demain", "DATE", "2025-09-26", None)]),
    ("Aujourd'hui, le gouvernement a présenté son budget.", [("Aujourd'hui", "DATE", "2025-09-25", None)]),
    ("L'accident s'est produit il y a trois jours.", [("il y a trois jours", "DATE", "2025-09-22", None)]),
    ("La sentence sera rendue dans trois jours.", [("dans trois jours", "DATE", "2025-09-28", None)]),
    ("L'an dernier, les exportations ont chuté.", [("L'an dernier", "DATE", "2024", None)]),
    ("Les ventes ont progressé cette année.", [("cette année", "DATE", "2025", None)]),
    ("Le projet sera présenté l'année prochaine.", [("l'année prochaine", "DATE", "2026", None)]),
    ("Le taux sera fixé le mois prochain.", [("le mois prochain", "DATE", "2025-10", None)]),
    ("La campagne commence lundi prochain.", [("lundi prochain", "DATE", "2025-09-29", None)]),
    ("1500 personnes ont manifesté samedi.", [("samedi", "DATE", "2025-09-20", None)]),
    ("La trêve a été conclue à Noël.", [("Noël", "DATE", "2024-12-25", None)]),
    # relative to the previous mention
    ("Le 22 septembre, les troupes sont entrées dans la ville. Le lendemain, elles se sont retirées.",
     [("Le 22 septembre", "DATE", "2025-09-22", None), ("Le lendemain", "DATE", "2025-09-23", None)]),
    ("Le 10 mai, le parlement a voté. La veille, les syndicats avaient manifesté.",
     [("Le 10 mai", "DATE", "2025-05-10", None), ("La veille", "DATE", "2025-05-09", None)]),
    ("Le 10 mai, le parlement a voté. Trois jours plus tard, la loi a été promulguée.",
     [("Le 10 mai", "DATE", "2025-05-10", None), ("Trois jours plus tard", "DATE", "2025-05-13", None)]),
    # sets
    ("Le comité se réunit chaque semaine.", [("chaque semaine", "SET", "P1W", None)]),
    ("Le rapport est publié tous les deux ans.", [("tous les deux ans", "SET", "P2Y", None)]),
    ("Les réunions ont lieu tous les jours.", [("tous les jours", "SET", "P1D", None)]),
    # vague references
    # "l'avenir", "le futur", "le passé" place a clause only as adverbials; as nouns they are the concepts
    ("À l'avenir, les contrôles seront renforcés.", [("l'avenir", "DATE", "FUTURE_REF", None)]),
    ("Par le passé, l'usine employait 500 personnes.", [("le passé", "DATE", "PAST_REF", None)]),
    ("Le pays doit préparer l'avenir.", []),
    ("L'avenir du club reste incertain.", []),
    ("En pensant à l'avenir, les Français se disent optimistes.", []),
    ("Le passé industriel du quartier est riche.", []),
    ("Il faudra à l'avenir mieux coordonner les secours.", [("l'avenir", "DATE", "FUTURE_REF", None)]),
    ("Le pays compte actuellement 3 millions de chômeurs.", [("actuellement", "DATE", "PRESENT_REF", None)]),
    ("Le déficit s'est creusé ces dernières années.", [("ces dernières années", "DATE", "PAST_REF", None)]),
    # not time expressions
    ("La mission vers Mars est prévue pour 2030.", [("2030", "DATE", "2030", None)]),
    ("Le projet a été abandonné et la mer était calme.", []),
    ("Il a bien été reçu par le ministre.", []),
    ("Les deux tiers (2/3) des électeurs ont voté, soit 1500 personnes.", []),
    ("Le jeu en vaut la chandelle, dit Sam.", []),
    # a day and its clock time, days of the month alone, parts of a named day
    ("Le rendez-vous est fixé vendredi 26 à 16h.",
     [("vendredi 26", "DATE", "2025-09-26", None), ("16h", "TIME", "2025-09-26T16:00", None)]),
    ("Il arrivera le 2 à 5h.", [("le 2", "DATE", "2025-10-02", None), ("5h", "TIME", "2025-10-02T05:00", None)]),
    ("Il partira à 16h demain.", [("16h demain", "TIME", "2025-09-26T16:00", None)]),
    ("Le vote s'ouvre à seize heures CET.", [("seize heures CET", "TIME", "2025-09-25T16:00+01:00", None)]),
    ("Le sommet s'ouvre à 16h CEST.", [("16h CEST", "TIME", "2025-09-25T16:00+02:00", None)]),
    ("Le scrutin ouvrira à 8h heure de Paris.", [("8h heure de Paris", "TIME", "2025-09-25T08:00+02:00", None)]),
    # "cet" (this) is no zone: only the capitals CET are
    ("Il partira à 16h cet après-midi.", [("16h cet après-midi", "TIME", "2025-09-25T16:00", None)]),
    ("La réunion aura lieu jeudi de 9h à 11h.",
     [("jeudi", "DATE", "2025-09-25", None), ("9h", "TIME", "2025-09-25T09:00", None), ("11h", "TIME", "2025-09-25T11:00", None)]),
    ("Les soldes auront lieu du 13 au 18.", [("13", "DATE", "2025-10-13", None), ("18", "DATE", "2025-10-18", None)]),
    ("Le document est daté du 20 02 2014.", [("20 02 2014", "DATE", "2014-02-20", None)]),
    ("Le vote aura lieu lundi dans l'après-midi.", [("lundi dans l'après-midi", "TIME", "2025-09-29TAF", None)]),
    ("Les discussions reprendront dans la soirée.", [("la soirée", "TIME", "2025-09-25TEV", None)]),
    ("Les négociations auront lieu entre le 13 et le quinze juillet.",
     [("le 13", "DATE", "2026-07-13", None), ("le quinze juillet", "DATE", "2026-07-15", None)]),
    ("Les prix ont baissé ces 2 semaines passées.", [("ces 2 semaines passées", "DURATION", "P2W", None)]),
    # a clock time after "à partir de", "après" takes the day; a part of the day too; clock relations
    ("La réunion reprendra vendredi à partir de midi.",
     [("vendredi", "DATE", "2025-09-26", None), ("midi", "TIME", "2025-09-26T12:00", None)]),
    ("Le vote aura lieu jeudi matin à 9h30.",
     [("jeudi matin", "TIME", "2025-09-25TMO", None), ("9h30", "TIME", "2025-09-25T09:30", None)]),
    ("Le train partira à midi moins cinq.", [("midi moins cinq", "TIME", "2025-09-25T11:55", None)]),
    ("Il arrivera à trois heures et quart cet après-midi.",
     [("trois heures et quart cet après-midi", "TIME", "2025-09-25T15:15", None)]),
    ("Le vote est prévu le 3e jour d'octobre.", [("le 3e jour d'octobre", "DATE", "2025-10-03", None)]),
    # the start, middle or end of a part of the day, alone or dated; "le soir" of the day last named
    ("Les négociations ont repris en fin d'après-midi.", [("fin d'après-midi", "TIME", "2025-09-25TAF", "END")]),
    ("Le vote aura lieu aujourd'hui en début de matinée.",
     [("aujourd'hui en début de matinée", "TIME", "2025-09-25TMO", "START")]),
    ("Mardi en fin de matinée, le Premier ministre a reçu les syndicats.",
     [("Mardi en fin de matinée", "TIME", "2025-09-23TMO", "END")]),
    ("Le 12 février à la fin de la soirée, la police a chargé.",
     [("Le 12 février à la fin de la soirée", "TIME", "2025-02-12TEV", "END")]),
    ("Les secours sont arrivés tôt le matin.", [("tôt le matin", "TIME", "2025-09-25TMO", "START")]),
    ("Il est parti demain le matin très tôt.", [("demain le matin très tôt", "TIME", "2025-09-26TMO", "START")]),
    ("La séance s'est prolongée tard dans la soirée.", [("tard dans la soirée", "TIME", "2025-09-25TEV", "END")]),
    ("Le convoi est arrivé tard dans l'après-midi.", [("tard dans l'après-midi", "TIME", "2025-09-25TAF", "END")]),
    ("Il est rentré plus tard dans la soirée.", [("la soirée", "TIME", "2025-09-25TEV", None)]),
    ("Le trafic sera dense en milieu de journée.", [("milieu de journée", "TIME", "2025-09-25TDT", "MID")]),
    ("Le 12 mars, les manifestants ont défilé. Le soir, la police a chargé.",
     [("Le 12 mars", "DATE", "2025-03-12", None), ("Le soir", "TIME", "2025-03-12TEV", None)]),
    ("Cette journée historique restera dans les mémoires.", []),
    # days and months in figures, abbreviated weekdays
    ("Le rendez-vous est fixé au 17/2.", [("17/2", "DATE", "2026-02-17", None)]),
    ("Le magasin est ouvert 24/7 et accueille 3/4 des visiteurs.", []),
    ("Rendez-vous le 17 02, à midi.", [("le 17 02", "DATE", "2026-02-17", None), ("midi", "TIME", "2026-02-17T12:00", None)]),
    ("Le dossier est daté du 20 2 14.", []),
    ("Il a marqué le 17 2 fois.", []),
    ("Il est venu lun. et ven. dernier.", [("lun.", "DATE", "2025-09-22", None), ("ven.", "DATE", "2025-09-19", None)]),
    # a part of the day after "le lendemain" / "la veille" is of that day
    ("Le 3 décembre, les ministres arriveront. Le lendemain en début de matinée, ils voteront.",
     [("Le 3 décembre", "DATE", "2025-12-03", None), ("Le lendemain en début de matinée", "TIME", "2025-12-04TMO", "START")]),
    ("Le 3 décembre, puis la veille au soir.", [("Le 3 décembre", "DATE", "2025-12-03", None),
                                               ("la veille au soir", "TIME", "2025-12-02TEV", None)]),
    # ages are no durations (French TimeBank): apposition, "âgé de", a person "de N ans", age groups
    ("Jean Dupont, 47 ans, a été interpellé samedi.", [("samedi", "DATE", "2025-09-20", None)]),
    ("Âgée de 82 ans, la victime vivait seule.", []),
    ("Un homme de 35 ans a été blessé.", []),
    ("Le club engage deux équipes chez les moins de 15 ans.", []),
    ("La victime (19 ans) a été hospitalisée.", []),
    ("Il a été condamné à 10 ans de prison.", [("10 ans", "DURATION", "P10Y", None)]),
    ("Il risque jusqu'à 10 ans de prison.", [("jusqu'à 10 ans", "DURATION", "P10Y", "EQUAL_OR_LESS")]),
    # "jusqu'à" an hour of the clock is a time; "jusqu'à 48 heures" a duration
    ("Le musée restera ouvert jusqu'à 18 h.", [("18 h", "TIME", "2025-09-25T18:00", None)]),
    ("La garde à vue peut durer jusqu'à 48 heures.", [("jusqu'à 48 heures", "DURATION", "PT48H", "EQUAL_OR_LESS")]),
    # a number in a street address is no day
    ("Les secours se sont arrêtés devant le 14, boulevard Carnot.", []),
    # adverbs of time: from now on, before that
    ("Les contrôles sont désormais quotidiens.",
     [("désormais", "DATE", "PRESENT_REF", None), ("quotidiens", "SET", "P1D", None)]),
    ("Dorénavant, les tarifs seront affichés en mairie.", [("Dorénavant", "DATE", "PRESENT_REF", None)]),
    ("Auparavant, les ministres seront entendus par la commission.", [("Auparavant", "DATE", "PAST_REF", None)]),
    # fractions of a unit, terms of office
    ("L'association occupe ces locaux depuis un quart de siècle.", [("un quart de siècle", "DURATION", "P25Y", None)]),
    ("Le vol a duré trois quarts d'heure.", [("trois quarts d'heure", "DURATION", "PT45M", None)]),
    ("La région a connu un demi-siècle de croissance.", [("un demi-siècle", "DURATION", "P50Y", None)]),
    ("Le candidat promet un quinquennat de réformes.", [("un quinquennat", "DURATION", "P5Y", None)]),
    ("Il a achevé son septennat en 1995.", [("septennat", "DURATION", "P7Y", None), ("1995", "DATE", "1995", None)]),
    # the same day, that morning, the night: from the day last named
    ("Le 12 mars, le maire a parlé. Le jour même, il a démissionné.",
     [("Le 12 mars", "DATE", "2025-03-12", None), ("Le jour même", "DATE", "2025-03-12", None)]),
    ("Le 4 mai, le ministre était à Lyon où le matin même une manifestation avait eu lieu.",
     [("Le 4 mai", "DATE", "2025-05-04", None), ("le matin même", "TIME", "2025-05-04TMO", None)]),
    ("Hier soir, les pompiers ont surveillé le site pendant la nuit.",
     [("Hier soir", "TIME", "2025-09-24TEV", None), ("la nuit", "TIME", "2025-09-24TNI", None)]),
    # the past of verbs conjugated with "être" and of pronominal verbs
    ("Le 30 octobre, les délégués se sont réunis à Metz.", [("Le 30 octobre", "DATE", "2024-10-30", None)]),
    ("Le 12 novembre, il est arrivé à Nancy.", [("Le 12 novembre", "DATE", "2024-11-12", None)]),
    # recurring weekdays
    ("Les permanences ont lieu tous les mardis.", [("tous les mardis", "SET", "XXXX-WXX-2", None)]),
    ("Le marché se tient chaque samedi matin.", [("chaque samedi matin", "SET", "XXXX-WXX-6TMO", None)]),
    # a relative day with its weekday, lists with their article, a year in two figures
    ("Le ministre se rendra à Metz demain vendredi.", [("demain vendredi", "DATE", "2025-09-26", None)]),
    ("Le conseil municipal se réunit aujourd'hui jeudi.", [("aujourd'hui jeudi", "DATE", "2025-09-25", None)]),
    ("Les élections auront lieu les 9 et 16 mars prochains.",
     [("les 9", "DATE", "2026-03-09", None), ("16 mars prochains", "DATE", "2026-03-16", None)]),
    ("L'usine, fermée le 4 juillet 87, a été rasée.", [("le 4 juillet 87", "DATE", "1987-07-04", None)]),
    # approximate clock times with their word, the place's clock and the French one
    ("L'avion a atterri vers 14 h 30 locales (21 h 30 en France).",
     [("vers 14 h 30 locales", "TIME", "2025-09-25T14:30", "APPROX"),
      ("21 h 30 en France", "TIME", "2025-09-25T21:30+02:00", None)]),
    ("L'incendie s'est déclaré aux alentours de 3 heures du matin.",
     [("aux alentours de 3 heures du matin", "TIME", "2025-09-25T03:00", "APPROX")]),
    # frequency adjectives after their noun, not the newspaper nouns
    ("Le congrès annuel du syndicat s'ouvre à Lille.", [("annuel", "SET", "P1Y", None)]),
    ("Les contrôles quotidiens ont repris.", [("quotidiens", "SET", "P1D", None)]),
    ("Un sondage est paru dans le quotidien local Ouest-France.", []),
    ("Les principaux quotidiens nationaux sont en rayon.", []),
    ("Ce sont des lecteurs assidus de la presse quotidienne.", []),
    # the weekday already named; a part of the day of the day last named
    ("Les inscriptions se feront ce même lundi après-midi.", [("ce même lundi après-midi", "TIME", "2025-09-29TAF", None)]),
    ("Le ministre est arrivé hier à Lyon où il a parlé dans la soirée.",
     [("hier", "DATE", "2025-09-24", None), ("la soirée", "TIME", "2025-09-24TEV", None)]),
    # the weekend
    ("Le festival se tiendra ce week-end à Nancy.", [("ce week-end", "DATE", "2025-W39-WE", None)]),
    ("Le week-end dernier, 300 personnes ont défilé.", [("Le week-end dernier", "DATE", "2025-W38-WE", None)]),
    ("Le marché est ouvert tous les week-ends.", [("tous les week-ends", "SET", "XXXX-WXX-WE", None)]),
    # ranges ending with "prochain", days named with their weekdays, a night from one day to the next
    ("Le festival se déroulera du 5 au 12 juillet prochain.",
     [("5", "DATE", "2026-07-05", None), ("12 juillet prochain", "DATE", "2026-07-12", None)]),
    ("La brocante se tiendra samedi 27 et dimanche 28 septembre.",
     [("samedi 27", "DATE", "2025-09-27", None), ("dimanche 28 septembre", "DATE", "2025-09-28", None)]),
    ("Le cambriolage a eu lieu dans la nuit de samedi à dimanche.",
     [("la nuit de samedi à dimanche", "TIME", "2025-09-20TNI", None)]),
    ("Le drame s'est produit dans la nuit du 3 au 4 mars.", [("la nuit du 3 au 4 mars", "TIME", "2025-03-03TNI", None)]),
    # holidays: feasts with their article, commemorations written with a hyphen
    ("La Saint-Nicolas sera fêtée à Nancy.", [("La Saint-Nicolas", "DATE", "2025-12-06", None)]),
    ("Il habite à Saint-Nicolas-de-Port.", []),
    ("Les cérémonies du 11-Novembre se sont déroulées au monument aux morts.", [("11-Novembre", "DATE", "2024-11-11", None)]),
    ("Le 1er-Mai, les syndicats défileront.", [("Le 1er-Mai", "DATE", "2026-05-01", None)]),
    # how many times in a period
    ("Le comité se réunit une fois par mois.", [("une fois par mois", "SET", "P1M", None)]),
    # a verb of saying after a comma does not date the clause it reports ("a rappelé", "l'a répété")
    ("Avant de quitter la présidence le 30 octobre, la ministre l'a répété hier soir.",
     [("le 30 octobre", "DATE", "2025-10-30", None), ("hier soir", "TIME", "2025-09-24TEV", None)]),
    ("La réunion se tiendra le 3 mars, a rappelé le maire.", [("le 3 mars", "DATE", "2026-03-03", None)]),
    # "cette année-là", "la même année", "l'année suivante": from the date last named
    ("En 2019, le pays a adhéré au traité. Cette année-là, la croissance a atteint 3 %.",
     [("2019", "DATE", "2019", None), ("Cette année-là", "DATE", "2019", None)]),
    ("Il a été élu en 2019. L'année suivante, il a démissionné.",
     [("2019", "DATE", "2019", None), ("L'année suivante", "DATE", "2020", None)]),
    ("La grève a commencé le 3 mars. Le même mois, le gouvernement est tombé.",
     [("le 3 mars", "DATE", "2025-03-03", None), ("Le même mois", "DATE", "2025-03", None)]),
    ("Le 3 mars, la grève a commencé. Ce jour-là, il pleuvait.",
     [("Le 3 mars", "DATE", "2025-03-03", None), ("Ce jour-là", "DATE", "2025-03-03", None)]),
    # a number that names a text or a vehicle, or counts money or people, is no year
    ("La résolution 1973 du Conseil de sécurité autorise les frappes.", []),
    ("L'article 1382 du code civil a été invoqué en 2019.", [("2019", "DATE", "2019", None)]),
    ("Le billet coûtait 1500 francs en 1999.", [("1999", "DATE", "1999", None)]),
    ("La dette atteindra 1800 milliards d'euros en 2026.", [("2026", "DATE", "2026", None)]),
    # "un jour" alone is "some day"; an age after a possessive or "à" is no duration
    ("Il pourrait un jour devenir maire de la commune.", []),
    ("Un jour, la ligne sera prolongée jusqu'à Metz.", []),
    ("La grève a duré un jour.", [("un jour", "DURATION", "P1D", None)]),
    ("Il a été condamné à un jour de prison avec sursis.", [("un jour", "DURATION", "P1D", None)]),
    ("C'est une seconde étape pour le projet.", []),
    ("Mort à 73 ans, il a été inhumé hier.", [("hier", "DATE", "2025-09-24", None)]),
    ("Il fêtera ses 80 ans en décembre.", [("décembre", "DATE", "2025-12", None)]),
    ("Il a consacré ses 20 ans de carrière au club.", [("20 ans", "DURATION", "P20Y", None)]),
    ("Il a été condamné à 10 ans de prison.", [("10 ans", "DURATION", "P10Y", None)]),
    ("Les excédents pourraient atteindre 3.000 milliards d'ici à dix ans.", [("dix ans", "DURATION", "P10Y", None)]),
    # a part of a weekday named by "de"; a day said approximately
    ("Les affrontements ont repris dans la soirée de mercredi.", [("la soirée de mercredi", "TIME", "2025-09-24TEV", None)]),
    ("Le corps a été découvert dans la matinée de samedi.", [("la matinée de samedi", "TIME", "2025-09-20TMO", None)]),
    ("Les pompiers sont intervenus dans la nuit de mardi à mercredi.",
     [("la nuit de mardi à mercredi", "TIME", "2025-09-23TNI", None)]),
    ("Il est arrivé à Nancy vers le 10 mai.", [("vers le 10 mai", "DATE", "2025-05-10", "APPROX")]),
    ("Aux alentours du 15 août, les routes seront encombrées.",
     [("Aux alentours du 15 août", "DATE", "2026-08-15", "APPROX")]),
    ("Les mois d'été ont été marqués par la sécheresse.", [("Les mois d'été", "DATE", "2025-SU", None)]),
    # recurring n-th weekdays, every other weekday, every N minutes
    ("Le club se réunit tous les premiers mardis du mois.", [("tous les premiers mardis", "SET", "XXXX-WXX-2", None)]),
    ("Les permanences ont lieu les deuxième et quatrième jeudis de chaque mois.",
     [("les deuxième et quatrième jeudis", "SET", "XXXX-WXX-4", None), ("chaque mois", "SET", "P1M", None)]),
    ("La collecte a lieu le dernier vendredi de chaque mois.",
     [("le dernier vendredi de chaque mois", "SET", "XXXX-WXX-5", None)]),
    ("Le marché bio se tient un samedi sur deux.", [("un samedi sur deux", "SET", "XXXX-WXX-6", None)]),
    ("Le bus passe toutes les vingt minutes.", [("toutes les vingt minutes", "SET", "PT20M", None)]),
    # the present and the recent past said of a period
    ("Ces jours-ci, les températures sont élevées.", [("Ces jours-ci", "DATE", "PRESENT_REF", None)]),
    ("Ces derniers temps, les cambriolages se multiplient.", [("Ces derniers temps", "DATE", "PAST_REF", None)]),
    ("Le maire ne s'est pas exprimé pour le moment.", [("le moment", "DATE", "PRESENT_REF", None)]),
    ("Jusqu'à ce jour, aucune plainte n'a été déposée.", [("ce jour", "DATE", "PRESENT_REF", None)]),
    ("Ces jours derniers, la tension est montée.", [("Ces jours derniers", "DATE", "PAST_REF", None)]),
    # the daytime ("dans la journée", "en fin de journée"), a part of a relative day named by "de"
    ("La décision sera rendue dans la journée.", [("la journée", "TIME", "2025-09-25TDT", None)]),
    ("En fin de journée, le calme est revenu.", [("fin de journée", "TIME", "2025-09-25TDT", "END")]),
    ("Dans la journée d'hier, trois accidents ont été recensés.", [("la journée d'hier", "DATE", "2025-09-24", None)]),
    ("La circulation sera perturbée dans la journée de samedi.", [("la journée de samedi", "DATE", "2025-09-27", None)]),
    ("Les gendarmes ont été alertés dans la soirée d'hier.", [("la soirée d'hier", "TIME", "2025-09-24TEV", None)]),
    # "à l'époque" (at the time) against a period named by its adjective or complement
    ("Il était à l'époque ministre de la Défense.", [("l'époque", "DATE", "PAST_REF", None)]),
    ("À cette époque, le village comptait 300 habitants.", [("cette époque", "DATE", "PAST_REF", None)]),
    ("La nécropole remonte à l'époque gréco-romaine.", []),
    ("On se croirait revenu à l'époque où les mines tournaient.", []),
    ("Il y a peu, la commune a racheté le terrain.", [("Il y a peu", "DATE", "PAST_REF", None)]),
    ("Il y a peu de monde au marché.", []),
    ("Les condamnés à une peine inférieure à 5 ans pourront sortir.", [("5 ans", "DURATION", "P5Y", None)]),
    ("Il a travaillé pendant les 3 mois d'été.", [("3 mois", "DURATION", "P3M", None)]),
    ("Dans les jours qui viennent, le préfet rendra sa décision.",
     [("les jours qui viennent", "DATE", "FUTURE_REF", None)]),
    # telephone numbers, amounts after a weekday, ages said approximately, things named after a feast or a season
    ("Renseignements au 03 83 12 45 67 ou au 06 11 22 33 44.", []),
    ("Le document est daté du 20 02 2014.", [("20 02 2014", "DATE", "2014-02-20", None)]),
    ("Le conseil général a voté mardi 12 millions de francs.", [("mardi", "DATE", "2025-09-23", None)]),
    ("Un homme d'une cinquantaine d'années a été blessé.", []),
    ("Une automobiliste d'une trentaine d'années a été interpellée.", []),
    ("Il vit en France depuis une vingtaine d'années.", [("une vingtaine d'années", "DURATION", "P20Y", "APPROX")]),
    ("Le père Noël arrivera en calèche samedi.", [("samedi", "DATE", "2025-09-27", None)]),
    ("Le marché de Noël ouvrira le 1er décembre.", [("le 1er décembre", "DATE", "2025-12-01", None)]),
    ("À Noël, la commune offre un colis aux aînés.", [("Noël", "DATE", "2025-12-25", None)]),
    ("Les touristes ont visité l'île de Pâques.", []),
    ("Le Printemps de Bourges a attiré 200 000 festivaliers.", []),
    ("Le printemps a été pluvieux.", [("Le printemps", "DATE", "2025-SP", None)]),
    # the middle of a season or of the night; a decade said "décennie"; "midi et demi"; "24 h" is a day's duration
    ("En plein été, la piscine municipale a dû fermer.", [("plein été", "DATE", "2025-SU", "MID")]),
    ("La chaudière est tombée en panne au cœur de l'hiver.", [("cœur de l'hiver", "DATE", "2024-WI", "MID")]),
    ("Les cambrioleurs ont agi en pleine nuit.", [("pleine nuit", "TIME", "2025-09-25TNI", "MID")]),
    ("La décennie 1990 a été marquée par le chômage.", [("La décennie 1990", "DATE", "199", None)]),
    ("Le repas sera servi à midi et demi.", [("midi et demi", "TIME", "2025-09-25T12:30", None)]),
    ("La mairie est fermée entre midi et 14 h.",
     [("midi", "TIME", "2025-09-25T12:00", None), ("14 h", "TIME", "2025-09-25T14:00", None)]),
    ("La trêve de 24 h a été respectée.", [("24 h", "DURATION", "PT24H", None)]),
    ("Le bureau de vote ferme à 0 h 30.", [("0 h 30", "TIME", "2025-09-25T00:30", None)]),
    # "veille" without an article is the verb, "du jour au lendemain" and "pas d'hier" are idioms; ages after persons
    ("Un modérateur y veille.", []),
    ("Il a changé d'avis du jour au lendemain.", []),
    ("Le vote a eu lieu le 3 mai. Le lendemain, le maire a démissionné.",
     [("le 3 mai", "DATE", "2025-05-03", None), ("Le lendemain", "DATE", "2025-05-04", None)]),
    ("Nos problèmes ne datent pas d'hier.", []),
    ("La réforme n'est pas pour demain.", []),
    ("Un ouvrier de 35 ans a chuté d'un échafaudage.", []),
    ("La victime de 80 ans a été transportée à l'hôpital.", []),
    ("Son mandat de 6 ans s'achève en mars.", [("6 ans", "DURATION", "P6Y", None), ("mars", "DATE", "2026-03", None)]),
    ("Les cours ont lieu les lundis et jeudis.", [("les lundis", "SET", "XXXX-WXX-1", None), ("jeudis", "SET", "XXXX-WXX-4", None)]),
    ("La déchetterie ouvre les mardis, jeudis et samedis.",
     [("les mardis", "SET", "XXXX-WXX-2", None), ("jeudis", "SET", "XXXX-WXX-4", None), ("samedis", "SET", "XXXX-WXX-6", None)]),
    # Hijri dates with their Hijri year, the ramadan of a Gregorian year
    ("Le 1er ramadan 1446 correspondait au 1er mars 2025.",
     [("Le 1er ramadan 1446", "DATE", "2025-03-01", None), ("1er mars 2025", "DATE", "2025-03-01", None)]),
    ("Le ramadan 2026 commencera mi-février.",
     [("Le ramadan 2026", "DATE", "2026-02", None), ("mi-février", "DATE", "2026-02", "MID")]),
]

# the hours a part of the day, narrowed by its start / middle / end, denotes
INTERVALS = [
    ("en début de matinée", (7, 9)),
    ("au début de l'après-midi", (12, 14)),
    ("en fin d'après-midi", (17, 19)),
    ("au milieu de la journée", (11, 16)),
    ("en fin de soirée", (21, 24)),
    ("avant déjeuner", (10, 12)),
    ("le soir", (18, 24)),
]

RANGES = [
    ("La conférence se déroulera du 25 au 26 octobre 2025 à Hanoï.", [("25", "26 octobre 2025")]),
    ("Les négociations se poursuivront entre le 3 et le 5 mai.", [("le 3", "le 5 mai")]),
    ("Les épreuves auront lieu les 25, 26 et 27 octobre.", [("les 25", "27 octobre")]),
    ("La séance aura lieu de 9h30 à 11h.", [("9h30", "11h")]),
]


def _found(sentence: str) -> list[tuple[str, str, str | None, str | None]]:
    result = tag(sentence, "fr", document_date=DCT)
    for t in result.timexes:
        assert sentence[t.start:t.end] == t.text
    return [(t.text, t.type, t.value, t.mod) for t in result.timexes]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_french_news_expression(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize("sentence,expected", RANGES, ids=[r[0][:40] for r in RANGES])
def test_french_ranges(sentence, expected):
    result = tag(sentence, "fr", document_date=DCT)
    pairs = [(result.timexes[r.first].text, result.timexes[r.last].text) for r in result.ranges]
    assert pairs == expected


def test_offsets_in_a_full_paragraph():
    # typographic apostrophes and no-break spaces, as French news writes them
    text = ("Le sommet de l’ONU s’est ouvert le 22 septembre 2025 à New York. Il se tiendra à nouveau du 25 au 26 "
            "octobre\u00a02025 à Hanoï. Depuis plus de vingt ans, les États en débattent ; à l’avenir, ils veulent "
            "aller plus vite.")
    result = tag(text, "fr", document_date=DCT)
    got = [(t.start, t.end, t.type, t.value, t.mod) for t in result.timexes]
    assert got == [
        (32, 52, "DATE", "2025-09-22", None),
        (92, 94, "DATE", "2025-10-25", None),
        (98, 113, "DATE", "2025-10-26", None),
        (130, 147, "DURATION", "P20Y", "MORE_THAN"),
        (176, 184, "DATE", "FUTURE_REF", None),
    ]
    assert [text[s:e] for s, e, *_ in got] == [
        "le 22 septembre 2025", "25", "26 octobre\u00a02025", "plus de vingt ans", "l’avenir"]
    assert [(r.first, r.last) for r in result.ranges] == [(1, 2)]


def test_without_document_date_values_keep_placeholders():
    result = tag("La réunion aura lieu le 3 mars.", "fr")
    assert [(t.text, t.value) for t in result.timexes] == [("le 3 mars", "XXXX-03-03")]


@pytest.mark.parametrize("text,hours", INTERVALS, ids=[i[0] for i in INTERVALS])
def test_parts_of_the_day_narrowed(text, hours):
    (timex,) = tag(text, "fr", document_date=DCT).timexes
    day = dt.datetime(2025, 9, 25)
    assert (timex.interval.begin, timex.interval.end) == (day + dt.timedelta(hours=hours[0]),
                                                          day + dt.timedelta(hours=hours[1]))


# periods within a date (when.sub_period): every timex as (text, value, mod, interval begin, interval end)
PERIODS = [
    ('Le sommet aura lieu la semaine du 6 octobre.', [('la semaine du 6 octobre', '2025-W41', None, '2025-10-06T00:00:00', '2025-10-13T00:00:00')]),
    ("Les ventes ont ralenti la première semaine d'octobre 2014.", [("la première semaine d'octobre 2014", '2014-W41', None, '2014-10-06T00:00:00', '2014-10-13T00:00:00')]),
    ("Les travaux se termineront la dernière semaine d'octobre.", [("la dernière semaine d'octobre", '2025-W43', None, '2025-10-20T00:00:00', '2025-10-27T00:00:00')]),
    ("Cela s'est passé l'avant-dernière semaine d'octobre 2018.", [("l'avant-dernière semaine d'octobre 2018", '2018-W42', None, '2018-10-15T00:00:00', '2018-10-22T00:00:00')]),
    ("La foire ouvrira le premier week-end d'octobre.", [("le premier week-end d'octobre", '2025-W40-WE', None, '2025-10-03T18:00:00', '2025-10-06T00:00:00')]),
    ('Le vote a eu lieu le dernier week-end de septembre 2024.', [('le dernier week-end de septembre 2024', '2024-W39-WE', None, '2024-09-27T18:00:00', '2024-09-30T00:00:00')]),
    ("Les prix ont monté dans la deuxième quinzaine d'avril.", [("la deuxième quinzaine d'avril", '2025-04', 'END', '2025-04-16T00:00:00', '2025-05-01T00:00:00')]),
    ('Ils se réuniront la première quinzaine de mai 2026.', [('la première quinzaine de mai 2026', '2026-05', 'START', '2026-05-01T00:00:00', '2026-05-16T00:00:00')]),
    ('Le marché a rouvert le troisième mardi après Noël 2014.', [('le troisième mardi après Noël 2014', '2015-01-13', None, '2015-01-13T00:00:00', '2015-01-14T00:00:00')]),
    ('La Bourse restera fermée le reste de la semaine.', [('le reste de la semaine', '2025-W39', None, '2025-09-25T00:00:00', '2025-09-29T00:00:00')]),
    ('Rendez-vous lundi en huit.', [('lundi en huit', '2025-10-06', None, '2025-10-06T00:00:00', '2025-10-07T00:00:00')]),
    ('Rendez-vous mardi en quinze.', [('mardi en quinze', '2025-10-14', None, '2025-10-14T00:00:00', '2025-10-15T00:00:00')]),
    ('Rendez-vous mercredi en 8.', [('mercredi en 8', '2025-10-08', None, '2025-10-08T00:00:00', '2025-10-09T00:00:00')]),
    ('Il a couru mardi en quinze jours.', [('mardi', '2025-09-23', None, '2025-09-23T00:00:00', '2025-09-24T00:00:00'), ('quinze jours', 'P15D', None, None, None)]),
    ('La dernière semaine a été difficile.', [('La dernière semaine', '2025-W38', None, '2025-09-15T00:00:00', '2025-09-22T00:00:00')]),
    ('La première semaine de la guerre fut chaotique.', []),
]


@pytest.mark.parametrize("sentence, expected", PERIODS, ids=[p[0][:40] for p in PERIODS])
def test_periods_within_dates(sentence, expected):
    got = [(t.text, t.value, t.mod, t.interval.begin.isoformat() if t.interval else None,
            t.interval.end.isoformat() if t.interval else None) for t in tag(sentence, "fr", DCT).timexes]
    assert got == expected
