"""Mentions of the same happening, in one article or several, become one event.

Two mentions are of one happening when they place the same days (an open period may join a day it starts on),
their places are compatible, and their titles are: within an article, their clauses share a content word (the
first letters of a word that is no stop word, date, place, nor one the article repeats everywhere), or one of them
says too little to tell ("that day"), or they name the same place, or the later one only gives the day's
happening its clock time, or the later one's date qualifies a definite noun phrase naming the earlier one's
happening ("el ataque del sábado" after "atacaron … el sábado": events/anaphora.py), or both name the city where
it happened. Across articles — often in other languages,
where words differ — the same days merge with a shared content word, the same place, or a span of several days.
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from timeline.events.drafts import Draft
from timeline.model import Event, Place

def compatible(a: Place | None, b: Place | None) -> bool:
    """The same place, or a city and its country (one mention says Hanoi, another Viet Nam), or no place."""
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return a.country is not None and a.country == b.country and (a.name == b.name or None in (a.timezone, b.timezone)
                                                                   or a.timezone == b.timezone)

def _same_days(a: Draft, b: Draft) -> bool:
    """The same days, or an open period and a day it starts on ("detained since 11 May", "arrested on 11 May")."""
    if a.recurrence != b.recurrence or a.start != b.start:
        return False
    return a.end == b.end or (a.end is None and b.end == b.start) or (b.end is None and a.end == a.start)


def _places(group: Sequence[Draft]) -> list[Place]:
    return [d.place for d in group if d.place is not None]


def _recalls(d: Draft, told: list[Draft]) -> bool:
    """Whether the definite noun phrase of ``d``'s date ("el ataque del sábado") names the happening ``told``
    before it (a phrase names what the reader has read)."""
    return bool(told) and d.recall is not None and d.recall.names(frozenset().union(*(g.stems for g in told)),
                                                                  frozenset().union(*(g.kinds for g in told)))


def _joins(group: list[Draft], d: Draft, same_article: bool) -> bool:
    """Whether the mention ``d`` tells of the happening of ``group``."""
    if not all(_same_days(g, d) for g in group) or not all(compatible(p, d.place) for p in _places(group)):
        return False
    told = frozenset().union(*(g.stems for g in group))
    if told & d.stems:
        return True
    if same_article and (not told or not d.stems):
        return True
    if same_article and d.start_time is not None and all(g.start_time is None for g in group):
        return True  # a clock time gives the day's happening its time ("les bureaux de vote ouvriront de 8 à 20 heures")
    if d.place is not None and any(p.geonameid == d.place.geonameid for p in _places(group)):
        return True
    if same_article and (_recalls(d, [g for g in group if g.mention.start < d.mention.start])
                         or any(_recalls(g, [d]) for g in group if d.mention.start < g.mention.start)):
        return True  # "atacaron … el sábado", then "el ataque del sábado"
    if same_article and d.cities & frozenset().union(*(g.cities for g in group)):
        return True  # "dos personas murieron el miércoles en Al Baida", "dos de ellas el miércoles cerca de Al Baida"
    return not same_article and d.end != d.start


def group_mentions(drafts: Sequence[Draft]) -> list[list[Draft]]:
    """The drafts grouped by happening: first within each article, in reading order, then across articles."""
    by_source: dict[str, list[list[Draft]]] = {}
    for d in drafts:
        groups = by_source.setdefault(d.mention.source, [])
        for g in groups:
            if _joins(g, d, same_article=True):
                g.append(d)
                break
        else:
            groups.append([d])
    merged: list[list[Draft]] = []
    for groups in by_source.values():
        for g in groups:
            for m in merged:
                if m[0].mention.source != g[0].mention.source and all(_joins(m, d, same_article=False) for d in g[:1]):
                    m.extend(g)
                    break
            else:
                merged.append(list(g))
    return merged


def merge(drafts: Sequence[Draft]) -> list[Event]:
    """Mentions of the same happening become one event with all its mentions, across documents and languages."""
    groups = group_mentions(drafts)
    events = []
    used_ids: dict[str, int] = {}
    for g in groups:
        titled = max(g, key=lambda d: d.title_quality)  # max keeps the first of equals
        placed = max(g, key=lambda d: d.place_rank)
        place = placed.place if placed.place_rank else None
        timed = next((d for d in g if d.start_time is not None), None)
        precision = timed.precision if timed else next((d.precision for d in g if d.precision != "time"), g[0].precision)
        approximate = any(d.approximate_start for d in g)
        notes = list(dict.fromkeys(d.note for d in g if d.note))
        confidence = 1.0 - (0.2 if place is None else 0) - (0.2 if approximate else 0) - (
            0.1 if precision in ("week", "month") else 0) - (0.1 if titled.title_quality == 0 else 0) - (
            0.3 if notes else 0)
        dated = next((d for d in g if d.end is not None), g[0])  # a day it starts on closes an open period
        key = "-".join([dated.start.isoformat(), dated.end.isoformat() if dated.end else "open",
                        str(place.geonameid) if place and place.geonameid else (place.country if place else "x")])
        used_ids[key] = used_ids.get(key, 0) + 1
        event_id = key if used_ids[key] == 1 else f"{key}-{used_ids[key]}"
        mentions = tuple(sorted((d.mention for d in g), key=lambda m: (m.source, m.start)))
        events.append(Event(id=event_id, title=titled.title, start=dated.start, end=dated.end, precision=precision,
                            language=titled.language, place=place, mentions=mentions,
                            start_time=timed.start_time if timed else None,
                            end_time=timed.end_time if timed else None, approximate_start=approximate,
                            confidence=round(confidence, 2), recurrence=g[0].recurrence,
                            description=" ".join(notes) or None))
    return sorted(events, key=lambda e: (e.start, e.end or dt.date.max, e.start_time or dt.time.min, e.id))
