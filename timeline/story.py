"""A story's timeline from many articles: events beyond what the articles can know and periods that span years
dropped, every event scored
(``timeline.salience``), and the timeline of its K key dates, each summarised by the sentences that say most.

A key date becomes one all-day event: its day, the place of its most salient event, the sentence that best summarises the
day as its title and the best ``SUMMARY_SENTENCES`` as its description, and every mention of the day. The best
sentence is the one closest to all the day's sentences (cosine of TF-IDF vectors), not repeated word for word by
another article (a template line), and said early in its article. Events of the other days follow, with their
salience; the timeline's ``key_dates`` lists the key days, most salient first, so a page can show them first.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Sequence

from timeline.model import Event, Mention, Timeline
from timeline.salience import (DEFAULT_WEIGHTS, Weights, is_dated_to_day, ranked_days, repeated_sentences, score,
                               fold, words)

#: An event that starts more than this many days after the newest article is no event of the story: no article
#: could report it, and a plan announced so far ahead is not a date of the story's timeline.
HORIZON_DAYS = 365
#: Sentences in a key date's description.
SUMMARY_SENTENCES = 2
TITLE_LIMIT = 120


#: Grains that span years: an era, not a happening of the story.
YEAR_GRAINS = ("year", "decade", "century")


def newest_article(timeline: Timeline) -> dt.date | None:
    return max((s.document_date for s in timeline.sources if s.document_date), default=None)


def spans_years(event: Event, newest: dt.date | None) -> bool:
    """An event longer than a year (a year or a longer grain, or days more than 366 apart; an open-ended period
    runs to the newest article): the background of a story ("from 1956 to 1962", "since 2005"), not a happening."""
    end = event.end or newest or event.start
    return event.precision in YEAR_GRAINS or (end - event.start).days > 366


def beyond_horizon(event: Event, newest: dt.date | None) -> bool:
    """An event that starts more than :data:`HORIZON_DAYS` after the newest article."""
    return newest is not None and (event.start - newest).days > HORIZON_DAYS


def within_horizon(timeline: Timeline) -> Timeline:
    """``timeline`` without the events no article of the story can report (more than :data:`HORIZON_DAYS` after
    the newest) and without the periods that span years (the story's background)."""
    newest = newest_article(timeline)
    return replace(timeline, events=tuple(e for e in timeline.events
                                          if not beyond_horizon(e, newest) and not spans_years(e, newest)))


def _best_sentences(mentions: Sequence[Mention], repeated: set[str], n: int,
                    told: set[str] | None = None) -> list[str]:
    """The ``n`` sentences that best summarise a day: from the articles ``told`` (published on the day or after:
    they say what happened, an earlier one only announces it) when there are any, closest to the day's words, not
    template lines, early in their article; each said once."""
    if told:
        mentions = [m for m in mentions if m.source in told] or list(mentions)
    unique: dict[str, Mention] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.source)):
        key = fold(m.sentence)
        if key not in unique:
            unique[key] = m
    candidates = {k: m for k, m in unique.items() if k not in repeated} or unique
    day_words: Counter[str] = Counter()
    for m in candidates.values():
        day_words.update(set(words(m.sentence)))

    def closeness(m: Mention) -> float:
        found = Counter(words(m.sentence))
        if not found:
            return 0.0
        dot = sum(c * day_words[w] for w, c in found.items())
        norm = math.sqrt(sum(c * c for c in found.values())) * math.sqrt(sum(c * c for c in day_words.values()))
        return dot / norm if norm else 0.0

    ranked = sorted(candidates.values(), key=lambda m: (-closeness(m), m.start, m.source, m.sentence))
    return [" ".join(m.sentence.split()) for m in ranked[:n]]


def _shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def key_date_event(day: dt.date, events: Sequence[Event], repeated: set[str],
                   published: dict[str, dt.date | None] | None = None) -> Event:
    """One event for a key day: its events' mentions, the place of its most salient event, the day's best
    sentence as its title and the best sentences as its description."""
    best = max(events, key=lambda e: (e.salience or 0.0, len(e.mentions)))
    mentions = tuple(sorted({m for e in events for m in e.mentions}, key=lambda m: (m.source, m.start)))
    told = {source for source, when in (published or {}).items() if when is not None and when >= day}
    summary = _best_sentences(mentions, repeated, SUMMARY_SENTENCES, told)
    return Event(id=f"key-{day.isoformat()}", title=_shorten(summary[0]) if summary else best.title, start=day,
                 end=day, precision="day", language=best.language, place=best.place, mentions=mentions,
                 confidence=best.confidence,
                 description="\n".join(summary) or None, salience=max(e.salience or 0.0 for e in events))


def story_timeline(timeline: Timeline, key_dates: int | None = None, weights: Weights = DEFAULT_WEIGHTS) -> Timeline:
    """The story: events within the horizon, each with its salience; with ``key_dates`` K, the K most salient
    days each become one summarised event listed in ``key_dates`` (the rest keep their events)."""
    scored = score(within_horizon(timeline), weights)
    if not key_dates:
        return scored
    chosen = ranked_days(scored)[:key_dates]
    keep = set(chosen)
    by_day: dict[dt.date, list[Event]] = defaultdict(list)
    rest = []
    for event in scored.events:
        if is_dated_to_day(event) and event.start in keep:
            by_day[event.start].append(event)
        else:
            rest.append(event)
    repeated = repeated_sentences(scored.events)
    published = {s.id: s.document_date for s in scored.sources}
    events = [key_date_event(day, by_day[day], repeated, published) for day in chosen] + rest
    events.sort(key=lambda e: (e.start, e.end or dt.date.max, e.start_time or dt.time.min, e.id))
    extra = dict(scored.extra)
    extra["key_dates"] = [day.isoformat() for day in chosen]
    return replace(scored, events=tuple(events), extra=extra)


def key_days(timeline: Timeline) -> list[dt.date]:
    """The key dates a story timeline lists (most salient first), or none."""
    return [dt.date.fromisoformat(d) for d in timeline.extra.get("key_dates", ())]
