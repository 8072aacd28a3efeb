"""How much each event of a merged story timeline matters, from signals across the articles that tell the story.

A story told by hundreds of articles mentions hundreds of days; a newsroom wants the few that matter. Every signal
here is read from the merged :class:`~timeline.model.Timeline` alone — its events, their mentions and the sources
they come from — never from how the events were built, so it works on any timeline, including an edited one:

* **articles**: how many articles mention the event's day (any event on it). A day many articles return to is a
  day the story turns on. A sentence found word for word in two articles or more (a page's template, a wire story
  copied by several sites) is not counted: one report is one report.
* **recall**: how many of those articles were published more than ``RECALL_DAYS`` after the day: a day the story
  keeps coming back to, once the news of it is old, is a turning point.
* **promptness**: how soon after the day the articles mentioning it were published: each counts
  ``0.5 ** (days after / PROMPT_HALF_LIFE)``; one published before the day (an announcement) ``FUTURE_WEIGHT``.
* **lead**: how many articles mention the day in their headline or lead (the first ``LEAD_CHARS`` characters).
* **centrality**: how close the words of the sentences about the day are to the words of the whole story (cosine
  of their TF-IDF vectors; document frequencies over the articles).

Each signal is divided by its largest value in the timeline, so that stories of 20 and of 2,000 articles weigh
alike, and the event's **salience** is their weighted sum (:class:`Weights`, tuned on the fit third of
ml-crisis-dev; see ``timeline.keydates``), plus a small share (``OWN_SHARE``) for the articles that mention the
event itself rather than another happening of the same day. It lies between 0 and the sum of the weights; higher
is more important; it compares events of one timeline, not of two.

Only events placed on one day (or one day's clock time) are ranked: a month, a year or a period is not a date a
timeline of key dates can show, and gets salience 0.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Mapping

from timeline.model import Event, Mention, Timeline

#: An article published more than this many days after a day it mentions recalls it.
RECALL_DAYS = 2
#: Days after which an article's report of a day counts half.
PROMPT_HALF_LIFE = 7.0
#: What an article published before the day counts (it announces the day; it cannot say what happened).
FUTURE_WEIGHT = 0.25
#: The headline and the lead of an article: its first characters.
LEAD_CHARS = 400
#: Share of an event's salience that comes from the articles mentioning that event itself.
OWN_SHARE = 0.1
#: Precisions that place an event on one day.
DAY_PRECISIONS = ("day", "time")

_WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass(frozen=True)
class Weights:
    """The weight of each signal in an event's salience."""

    articles: float = 1.0
    recall: float = 1.0
    promptness: float = 0.0
    lead: float = 0.0
    centrality: float = 0.25

    def as_dict(self) -> dict[str, float]:
        return {"articles": self.articles, "recall": self.recall, "promptness": self.promptness, "lead": self.lead,
                "centrality": self.centrality}


#: The weights chosen on the fit third of ml-crisis-dev (``benchmarks/tune_salience.py``, a grid over the
#: weights): promptness and lead did not help there (what a lead says, later articles repeat) and weigh 0.
DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class DaySignals:
    """The raw signals of one day of a story (before they are scaled by their largest value)."""

    day: dt.date
    articles: int
    recall: int
    promptness: float
    lead: int
    centrality: float


def is_dated_to_day(event: Event) -> bool:
    """An event placed on one day: what a timeline of key dates can show."""
    return event.precision in DAY_PRECISIONS and (event.end is None or event.end == event.start) \
        and not event.approximate_start


def words(sentence: str) -> list[str]:
    """The content words of a sentence, folded: words of four letters or more (digits and short function words
    say nothing about the story)."""
    return [w.casefold() for w in _WORD.findall(sentence)]


def _tfidf(counts: Mapping[str, float], idf: Mapping[str, float]) -> dict[str, float]:
    return {w: c * idf.get(w, 0.0) for w, c in counts.items()}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def fold(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


def repeated_sentences(events: Iterable[Event]) -> set[str]:
    """Sentences (folded) that two articles or more have word for word: templates and copied wire stories."""
    seen: dict[str, set[str]] = defaultdict(set)
    for event in events:
        for m in event.mentions:
            seen[fold(m.sentence)].add(m.source)
    return {sentence for sentence, sources in seen.items() if len(sources) > 1}


def _unique_sentences(mentions: Iterable[Mention]) -> dict[tuple[str, str], str]:
    """One entry per (article, sentence): an article that repeats a sentence says it once."""
    return {(m.source, m.sentence): m.sentence for m in mentions}


def day_signals(timeline: Timeline) -> dict[dt.date, DaySignals]:
    """The signals of every day an event of ``timeline`` is placed on."""
    published: dict[str, dt.date | None] = {s.id: s.document_date for s in timeline.sources}
    by_day: dict[dt.date, list[Mention]] = defaultdict(list)
    for event in timeline.events:
        if is_dated_to_day(event):
            by_day[event.start].extend(event.mentions)
    if not by_day:
        return {}
    repeated = repeated_sentences(timeline.events)
    # document frequency of each word over the articles (their mention sentences), and the story's centroid
    article_words: dict[str, set[str]] = defaultdict(set)
    story_counts: Counter[str] = Counter()
    for mentions in by_day.values():
        for (source, _), sentence in _unique_sentences(m for m in mentions if fold(m.sentence) not in repeated).items():
            found = words(sentence)
            article_words[source].update(found)
            story_counts.update(found)
    n_articles = max(len(article_words), 1)
    df: Counter[str] = Counter(w for found in article_words.values() for w in found)
    idf = {w: math.log((1 + n_articles) / (1 + n)) + 1.0 for w, n in df.items()}
    centroid = _tfidf(story_counts, idf)
    signals = {}
    for day, mentions in by_day.items():
        own = [m for m in mentions if fold(m.sentence) not in repeated]
        sources = sorted({m.source for m in own})
        prompt, recall = 0.0, 0
        for source in sources:
            when = published.get(source)
            if when is None:
                continue
            after = (when - day).days
            prompt += FUTURE_WEIGHT if after < 0 else 0.5 ** (after / PROMPT_HALF_LIFE)
            recall += after > RECALL_DAYS
        lead = len({m.source for m in own if m.start < LEAD_CHARS})
        counts: Counter[str] = Counter()
        for sentence in _unique_sentences(own).values():
            counts.update(words(sentence))
        signals[day] = DaySignals(day, len(sources), recall, prompt, lead, _cosine(_tfidf(counts, idf), centroid))
    return signals


def _scaled(values: Iterable[float]) -> float:
    top = max(values, default=0.0)
    return top if top > 0 else 1.0


def day_scores(signals: Mapping[dt.date, DaySignals], weights: Weights = DEFAULT_WEIGHTS) -> dict[dt.date, float]:
    """Each day's weighted sum of its signals, each scaled by its largest value among the days."""
    items = list(signals.values())
    top = {name: _scaled(getattr(s, name) for s in items) for name in weights.as_dict()}
    return {s.day: sum(w * getattr(s, name) / top[name] for name, w in weights.as_dict().items()) for s in items}


def score(timeline: Timeline, weights: Weights = DEFAULT_WEIGHTS) -> Timeline:
    """``timeline`` with every event's ``salience`` set (events not placed on one day get 0)."""
    scores = day_scores(day_signals(timeline), weights)
    total = sum(weights.as_dict().values()) or 1.0
    repeated = repeated_sentences(timeline.events)

    def reporting(event: Event) -> int:
        return len({m.source for m in event.mentions if fold(m.sentence) not in repeated})

    busiest = max((reporting(e) for e in timeline.events if is_dated_to_day(e)), default=0) or 1
    events = []
    for event in timeline.events:
        if not is_dated_to_day(event):
            events.append(replace(event, salience=0.0))
            continue
        own = OWN_SHARE * total * reporting(event) / busiest
        events.append(replace(event, salience=round((1 - OWN_SHARE) * scores[event.start] + own, 4)))
    return replace(timeline, events=tuple(events))


def ranked_days(timeline: Timeline) -> list[dt.date]:
    """The days of a scored timeline, most important first (a day is worth its best event; ties: earlier first)."""
    best: dict[dt.date, float] = {}
    for event in timeline.events:
        if is_dated_to_day(event) and event.salience is not None:
            best[event.start] = max(best.get(event.start, 0.0), event.salience)
    return sorted(best, key=lambda day: (-best[day], day))


def mention_count_days(timeline: Timeline) -> list[dt.date]:
    """The baseline: days ranked by how many articles mention them (ties: earlier first)."""
    count: dict[dt.date, set[str]] = defaultdict(set)
    for event in timeline.events:
        if is_dated_to_day(event):
            count[event.start].update(event.sources)
    return sorted(count, key=lambda day: (-len(count[day]), day))

