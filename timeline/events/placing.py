"""The place of an event: the nearest one its clause, else its sentence, introduces with a locative
preposition."""

from __future__ import annotations

import re
from typing import Sequence

from timeline.events.spans import Item
from timeline.events.words import preceded_by
from timeline.lang import load_language
from timeline.model import Place
from timeline.places import PlaceMention


def place_for(places: Sequence[PlaceMention], text: str, code: str, lo: int, hi: int,
               anchor: int) -> tuple[Place | None, int]:
    """The place nearest ``anchor`` in [lo, hi) that the text introduces with a locative preposition
    (``places`` holds no name inside quotation marks: "The Road to Hanoi" happens in New York).

    Cities and organisations' seats rank above countries. Returns (place, rank) — rank 0 when none."""
    best: tuple[int, int, PlaceMention] | None = None
    for pm in places:
        if not (lo <= pm.start and pm.end <= hi):
            continue
        if not locative(text, pm, code):
            continue
        rank = 2 if pm.kind in ("city", "seat") else 1
        distance = min(abs(pm.start - anchor), abs(pm.end - anchor))
        key = (-rank, distance)
        if best is None or key < best[:2]:
            best = (key[0], key[1], pm)
    if best is None:
        return None, 0
    return best[2].place, -best[0]

#: Two dates this close are one list ("les 15 et 22 mars", "9 y 10 de diciembre").
LIST_GAP = 6


def belongs_to(pm: PlaceMention, other: Item, item: Item) -> bool:
    """Whether a place of a sentence with two dates is nearer ``other`` than ``item`` ("en fuite depuis la chute
    de Tripoli, à la fin du mois d'août, a disparu après la mort de son père le 20 octobre près de Syrte": Syrte
    is the death's place, not the fall's). Dates listed together share it ("À Paris … les 15 et 22 mars")."""
    if max(item.start, other.start) - min(item.end, other.end) <= LIST_GAP:
        return False

    def distance(i: Item) -> int:
        return i.start - pm.end if pm.end <= i.start else pm.start - i.end if i.end <= pm.start else 0

    return distance(other) < distance(item)

#: A name the place's name is only the start of: "Bab al-Azizya" is no "Bab", "Port Said" no "Port".
_NAME_GOES_ON = re.compile(r"[^\S\n]+(?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,3}[-‑][A-ZÀ-ÖØ-Þ])")
#: A name and a comma right before a place: "en Rabaa, El Cairo", "à Sooq Al Jum3a, Tripoli".
_NAMED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[^\S\n]+[\w'’-]+){0,3}?[^\S\n]*,[^\S\n]*$")


#: what closes a place set in apposition to another: a clause mark, a bracket, a quote or the end of the text
_APPOSITION_ENDS = re.compile(r"[^\S\n]*(?:[,;:.!?)\]»\"”،؛，。]|\n|$)")


def locative(text: str, pm: PlaceMention, code: str) -> bool:
    """Whether a locative preposition ("in", "tại", "في", or a clitic "بـ" joined to the name) introduces it, or
    the place it stands in apposition to ("en Rabaa, El Cairo"); a name that goes on ("à Bab al-Azizya") is
    another place than its first word."""
    if _NAME_GOES_ON.match(text, pm.end):
        return False
    if preceded_by(text, pm.start, code, "locative_prepositions", 12) is not None:
        return True
    named = _NAMED_BEFORE.search(text, max(0, pm.start - 40), pm.start)
    if (named is not None and preceded_by(text, named.start(), code, "locative_prepositions", 12) is not None
            and _APPOSITION_ENDS.match(text, pm.end)):
        return True  # an apposition closes where it ends; "en Libia, Estados Unidos reflexiona…" is a subject
    before = text[max(0, pm.start - 1):pm.start]
    clitics = load_language(code).clitics
    return bool(before and before in clitics and preceded_by(text, pm.start - 1, code, "locative_prepositions", 3))

def where_it_happened(text: str, pm: PlaceMention, code: str) -> bool:
    """Whether the place says where the clause's happening was: introduced by a locative preposition, directly or
    through a noun of a settlement ("cerca de la ciudad de Al Baida", "dans la ville de Brega"); not a landmark a
    distance counts from ("à 150 km à l'est de Tripoli") nor an actor ("confirmado por Trípoli")."""
    if locative(text, pm, code):
        return True
    settlement = preceded_by(text, pm.start, code, "settlement_words", 40)
    return settlement is not None and preceded_by(text, pm.start - len(settlement.group()), code,
                                                  "locative_prepositions", 12) is not None


def locative_spans(places: Sequence[PlaceMention], text: str, code: str) -> list[tuple[int, int]]:
    """The places a locative preposition introduces: they say where, not what, and leave titles."""
    return [(p.start, p.end) for p in places if locative(text, p, code)]

def written_name(place: Place, places: Sequence[PlaceMention]) -> str | None:
    """How the article writes the place's own name (a city, not the seat that led to it), if it does."""
    written = [pm.text for pm in places
               if pm.kind != "seat" and pm.place.geonameid == place.geonameid and pm.place.name == place.name]
    return next((w for w in written if not w.isupper()), written[0] if written else None)
