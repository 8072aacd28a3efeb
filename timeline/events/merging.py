"""Mentions of the same event, in one article or several, become one event."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from timeline.events.drafts import Draft
from timeline.model import Event, Place


def compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    # a city and its country are compatible (one mention says Hanoi, another Viet Nam)
    return a.country is not None and a.country == b.country and (a.name == b.name or None in (a.timezone, b.timezone)
                                                                   or a.timezone == b.timezone)

def merge(drafts: Sequence[Draft]) -> list[Event]:
    """Mentions of the same event — same days, compatible places — become one event with all its mentions,
    across documents and languages."""
    groups: list[list[Draft]] = []
    by_days: dict[tuple[dt.date, dt.date | None, str | None], list[tuple[list[Draft], list[Place]]]] = {}
    for d in drafts:
        for g, seen in by_days.setdefault((d.start, d.end, d.recurrence), []):
            if all(compatible(place, d.place) for place in seen):
                g.append(d)
                if d.place is not None and d.place not in seen:
                    seen.append(d.place)
                break
        else:
            groups.append([d])
            by_days[(d.start, d.end, d.recurrence)].append((groups[-1], [d.place] if d.place is not None else []))
    events = []
    used_ids: dict[str, int] = {}
    for g in groups:
        titled = max(g, key=lambda d: d.title_quality)  # max keeps the first of equals
        placed = max(g, key=lambda d: d.place_rank)
        place = placed.place if placed.place_rank else None
        timed = next((d for d in g if d.start_time is not None), None)
        precision = timed.precision if timed else next((d.precision for d in g if d.precision != "time"), g[0].precision)
        approximate = any(d.approximate_start for d in g)
        confidence = 1.0 - (0.2 if place is None else 0) - (0.2 if approximate else 0) - (
            0.1 if precision in ("week", "month") else 0) - (0.1 if titled.title_quality == 0 else 0)
        key = "-".join([g[0].start.isoformat(), g[0].end.isoformat() if g[0].end else "open",
                        str(place.geonameid) if place and place.geonameid else (place.country if place else "x")])
        used_ids[key] = used_ids.get(key, 0) + 1
        event_id = key if used_ids[key] == 1 else f"{key}-{used_ids[key]}"
        mentions = tuple(sorted((d.mention for d in g), key=lambda m: (m.source, m.start)))
        events.append(Event(id=event_id, title=titled.title, start=g[0].start, end=g[0].end, precision=precision,
                            language=titled.language, place=place, mentions=mentions,
                            start_time=timed.start_time if timed else None,
                            end_time=timed.end_time if timed else None, approximate_start=approximate,
                            confidence=round(confidence, 2), recurrence=g[0].recurrence))
    return sorted(events, key=lambda e: (e.start, e.end or dt.date.max, e.start_time or dt.time.min, e.id))
