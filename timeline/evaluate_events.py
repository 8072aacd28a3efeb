"""Events of real articles against a reader's annotation: precision, recall, place and title checks.

A gold file (``tests/data/ml-crisis/*.gold.json``, described in that folder's README) names an article by its path
under the shared corpora, never by its text, and lists the events a reader finds in it: first and last day (or
"open"), the places that would be right, a gist, and keywords. A system event matches a gold event when its days
are the gold's (or one of its ``also`` spans: "next week" and "3 August" date one trial) and one keyword stands in
its title or in one of its mentions' sentences; each gold event takes at most one system event, so a happening
split into two events counts one false event. ``not_events`` are expressions that must not become events.

The merged-story checks read every article of a story at once: no event may start more than a year after the
newest article, and events lasting more than a year (an open one counted up to the newest article that mentions
it) stay rare.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence, TypeVar

from timeline.documents import read_document
from timeline.events.readable import READABLE, WORDS, title_fault
from timeline.events.words import PUNCT_EDGES
from timeline.model import Event, Place, Timeline
from timeline.pipeline import build_timeline
from timeline.places import fold, lookup

#: The parts of a dev corpus (``devsplit.py``): failures are read in fit/ only.
PARTS = ("fit", "check")


@dataclass(frozen=True)
class GoldEvent:
    start: dt.date
    #: None for an open period ("since 5 April")
    end: dt.date | None
    places: tuple[str | None, ...]
    gist: str
    keywords: tuple[str, ...]
    also: tuple[tuple[dt.date, dt.date], ...] = ()

    @property
    def spans(self) -> tuple[tuple[dt.date, dt.date | None], ...]:
        return ((self.start, self.end), *self.also)


@dataclass(frozen=True)
class GoldArticle:
    name: str
    path: Path
    part: str
    language: str
    document_date: dt.date
    events: tuple[GoldEvent, ...]
    not_events: tuple[str, ...] = ()


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def load_gold(directory: Path, shared: Path) -> list[GoldArticle]:
    """The gold files of ``directory``; article paths are relative to ``shared``."""
    articles = []
    for f in sorted(directory.glob("*.gold.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        events = tuple(GoldEvent(_day(e["start"]), _day(e["end"]), tuple(e["places"]), e["gist"],
                                 tuple(e["keywords"]),
                                 tuple((_day(a), _day(b)) for a, b in e.get("also", ())))
                       for e in g["events"])
        articles.append(GoldArticle(f.name[: -len(".gold.json")], shared / g["path"], g["part"], g["language"],
                                    _day(g["document_date"]), events, tuple(g.get("not_events", ()))))
    return articles


@lru_cache(maxsize=None)
def _country(code: str) -> Place | None:
    from babel import Locale

    name = Locale("en").territories.get(code)
    return lookup(name) if name else None


def place_is_right(place: Place | None, wanted: Sequence[str | None]) -> bool:
    """Whether a system place is one the gold allows: None, a country code ("EG": the country itself) or a
    "Name/CC" (a GeoNames name or one of its alternate names, in that country)."""
    for w in wanted:
        if w is None:
            if place is None:
                return True
            continue
        if place is None:
            continue
        if "/" not in w:
            country = _country(w)
            if place.country == w and country is not None and place.geonameid == country.geonameid:
                return True
            continue
        name, code = w.rsplit("/", 1)
        if place.country != code:
            continue
        found = lookup(name, [code])
        if fold(place.name) == fold(name) or (found is not None and found.geonameid == place.geonameid):
            return True
    return False


def _texts(event: Event) -> list[str]:
    return [event.title.casefold()] + [m.sentence.casefold() for m in event.mentions]


def is_match(event: Event, gold: GoldEvent, spans: Sequence[tuple[dt.date, dt.date | None]] | None = None) -> bool:
    if (event.start, event.end) not in (gold.spans if spans is None else spans):
        return False
    texts = _texts(event)
    return any(k.casefold() in t for k in gold.keywords for t in texts)


G = TypeVar("G")


def pair_up(events: Sequence[Event], golds: Sequence[G], *matches: Callable[[Event, G], bool]
            ) -> tuple[list[tuple[Event, G]], list[Event], list[G]]:
    """One-to-one pairs in gold order, each gold taking the first unpaired system event the first of ``matches``
    accepts, else the next one's; the unpaired system events; the unpaired gold events."""
    left = list(events)
    pairs, missed = [], []
    for g in golds:
        found = next((e for match in matches for e in left if match(e, g)), None)
        if found is None:
            missed.append(g)
        else:
            pairs.append((found, g))
            left.remove(found)
    return pairs, left, missed


def align(events: Sequence[Event], golds: Sequence[GoldEvent]) -> tuple[list[tuple[Event, GoldEvent]], list[Event],
                                                                         list[GoldEvent]]:
    """:func:`pair_up` by the gold's first day, then by any of its days."""
    return pair_up(events, golds, lambda e, g: is_match(e, g, g.spans[:1]), is_match)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    place_right: int = 0
    #: matched events whose title the rule judge finds readable (``judge_title``)
    readable: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.place_right += other.place_right
        self.readable += other.readable

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def place_accuracy(self) -> float:
        return self.place_right / self.tp if self.tp else 1.0

    @property
    def readable_share(self) -> float:
        return self.readable / self.tp if self.tp else 1.0


@dataclass
class ArticleResult:
    article: GoldArticle
    timeline: Timeline
    pairs: list[tuple[Event, GoldEvent]]
    false: list[Event]
    missed: list[GoldEvent]
    #: not_events that became (part of) an event's mention
    leaked: list[str] = field(default_factory=list)

    @property
    def counts(self) -> Counts:
        return Counts(len(self.pairs), len(self.false), len(self.missed),
                      sum(place_is_right(e.place, g.places) for e, g in self.pairs),
                      sum(judge_event_title(e, self.article.language).readable for e, _ in self.pairs))


def timeline_of(article: GoldArticle) -> Timeline:
    doc = read_document(article.path, language=article.language, document_date=article.document_date)
    return build_timeline([replace(doc, id=article.name)])


def evaluate_article(article: GoldArticle) -> ArticleResult:
    timeline = timeline_of(article)
    pairs, false, missed = align(timeline.events, article.events)
    mentioned = [m.text for e in timeline.events for m in e.mentions]
    leaked = [n for n in article.not_events if any(n in m or m in n for m in mentioned)]
    return ArticleResult(article, timeline, pairs, false, missed, leaked)


def event_key(article: str, event: Event) -> str:
    """A stable key of a system event for the title judgements: article, days and first mention's offset."""
    first = min(event.mentions, key=lambda m: m.start) if event.mentions else None
    return f"{article}#{event.start}#{event.end or 'open'}#{first.start if first else 0}"


# ---------------------------------------------------------------------------------------------- title judge


@dataclass(frozen=True)
class TitleJudgement:
    readable: bool
    #: the first rule the title breaks, or "a clause that says what happened"
    why: str


def _word_before(title: str, sentence: str) -> str | None:
    """The word right before the title's first words in its sentence ("" at the sentence's start or after
    punctuation); None when the title's opening is not found there as written."""
    opening = " ".join(WORDS.findall(title.rstrip("…"))[:3])
    if not opening:
        return None
    flat = " ".join(sentence.split())
    m = re.search(r"(?<![\w'’])" + r"\W+".join(map(re.escape, opening.split())), flat, re.IGNORECASE)
    if m is None:
        return None
    before = flat[:m.start()].rstrip()
    if not before or before[-1] in PUNCT_EDGES:
        return ""
    found = WORDS.findall(before)
    return found[-1] if found else ""


def judge_event_title(event: Event, code: str) -> TitleJudgement:
    """The title judged beside the sentence of the event's first mention."""
    first = min(event.mentions, key=lambda m: (m.source, m.start)) if event.mentions else None
    return judge_title(event.title, first.sentence if first else event.title, code)


def judge_title(title: str, sentence: str, code: str) -> TitleJudgement:
    """Whether a reader who sees only the title knows what happened, by the rules of ``events.readable`` (how the
    hand judgement of ``tests/data/ml-crisis/titles.json`` was made, less "is it the happening"), with the
    title's opening looked up in its sentence: a title that starts after a determiner or a preposition there
    starts mid-phrase."""
    fault = title_fault(title, code, _word_before(title, sentence))
    return TitleJudgement(fault is None, fault or READABLE)


# ---------------------------------------------------------------------------------------------- merged stories


@dataclass(frozen=True)
class StoryCheck:
    story: str
    articles: int
    newest: dt.date
    events: int
    #: events that start more than a year after the newest article
    late: tuple[Event, ...]
    #: events lasting more than a year (an open one up to the newest article that mentions it)
    long: tuple[Event, ...]


def story_paths(corpus: Path) -> dict[str, list[Path]]:
    """``<lang>/<story>/<YYYY-MM-DD>/<id>.txt`` grouped by story, in name order."""
    stories: dict[str, list[Path]] = {}
    for p in sorted(corpus.glob("*/*/*/*.txt")):
        if p.parts[-3] == "reference":
            continue
        stories.setdefault(p.parts[-3], []).append(p)
    return stories


def check_story(story: str, paths: Iterable[Path]) -> StoryCheck:
    docs = []
    for p in paths:
        doc = read_document(p, language=p.parts[-4], document_date=dt.date.fromisoformat(p.parts[-2]))
        docs.append(replace(doc, id="/".join(p.parts[-4:])))
    newest = max(d.document_date for d in docs)
    timeline = build_timeline(docs)
    year = dt.timedelta(days=366)
    late = tuple(e for e in timeline.events if e.start > newest + year)
    dated = {s.id: s.document_date for s in timeline.sources}

    def last_day(e: Event) -> dt.date:
        return e.end or max([e.start] + [dated[m.source] for m in e.mentions if dated.get(m.source)])

    long = tuple(e for e in timeline.events if last_day(e) - e.start > year)
    return StoryCheck(story, len(docs), newest, len(timeline.events), late, long)
