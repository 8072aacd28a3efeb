"""Key-date selection measured as in the timeline-summarisation literature: Date-F1 of the dates chosen against a
curated timeline's dates (exact days), with K = the number of distinct curated dates.

The corpus is laid out as ml-crisis-dev (CL-TLS): ``<lang>/<story>/<YYYY-MM-DD>/<id>.txt``, the folder giving the
article's publication date, and ``<lang>/reference/<story>.txt``, the curated timeline (a date line, its summary
sentences, entries separated by a line of dashes). Articles are split in thirds as ``../shared/tools/devsplit.py``
does (:func:`timeline.evaluate.third` of the path under the corpus folder): weights are tuned on ``fit`` and the
score is reported on ``check`` and on all articles.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from timeline.evaluate import third
from timeline.model import Timeline

_DATE_LINE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class DateScore:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class StoryScore:
    language: str
    story: str
    part: str
    articles: int
    events: int
    k: int
    salience: DateScore
    mention_count: DateScore
    #: Events of the story timeline that start more than a year after its newest article, and that span years.
    beyond_horizon: int = 0
    multi_year: int = 0


def read_reference(path: Path) -> dict[dt.date, list[str]]:
    """A curated timeline: each date and its summary sentences (a date given twice gathers both entries)."""
    entries: dict[dt.date, list[str]] = {}
    day: dt.date | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or set(line) == {"-"}:
            day = None if line else day
            continue
        if day is None and _DATE_LINE.fullmatch(line):
            day = dt.date.fromisoformat(line)
            entries.setdefault(day, [])
        elif day is not None:
            entries[day].append(line)
    return entries


def date_f1(chosen: Sequence[dt.date], reference: Sequence[dt.date]) -> DateScore:
    """Date precision, recall and F1: the distinct days chosen against the distinct reference days."""
    chosen_set, reference_set = set(chosen), set(reference)
    hits = len(chosen_set & reference_set)
    if not hits:
        return DateScore(0.0, 0.0, 0.0)
    p, r = hits / len(chosen_set), hits / len(reference_set)
    return DateScore(p, r, 2 * p * r / (p + r))


def story_articles(corpus: Path, language: str, story: str, part: str | None = None) -> list[tuple[Path, dt.date]]:
    """The articles of a story (in path order) with their publication dates; ``part`` keeps one third."""
    out = []
    for path in sorted((corpus / language / story).rglob("*.txt")):
        if part is None or third(path.relative_to(corpus).as_posix()) == part:
            out.append((path, dt.date.fromisoformat(path.parent.name)))
    return out


def stories(corpus: Path) -> list[tuple[str, str]]:
    """(language, story) for every curated timeline of the corpus."""
    return [(ref.parent.parent.name, ref.stem) for ref in sorted(corpus.glob("*/reference/*.txt"))]


def _analyse(item: tuple[Path, dt.date, str]):
    from timeline.documents import read_document
    from timeline.pipeline import analyse

    path, day, language = item
    return analyse(read_document(path, language, day))


def analyse_articles(articles: Sequence[tuple[Path, dt.date]], language: str, executor: cf.Executor | None = None):
    """Every article's analysis (in order), through ``executor`` when one is given."""
    items = [(path, day, language) for path, day in articles]
    if executor is None:
        return [_analyse(item) for item in items]
    return list(executor.map(_analyse, items, chunksize=4))


def multi_year(timeline: Timeline) -> int:
    """Events that span more than a year (:func:`timeline.story.spans_years`)."""
    from timeline.story import newest_article, spans_years

    newest = newest_article(timeline)
    return sum(1 for e in timeline.events if spans_years(e, newest))


def beyond_horizon(timeline: Timeline) -> int:
    """Events that start more than a year after the newest article (:func:`timeline.story.beyond_horizon`)."""
    from timeline.story import beyond_horizon as beyond, newest_article

    newest = newest_article(timeline)
    return sum(1 for e in timeline.events if beyond(e, newest))


def score_story(timeline: Timeline, reference: dict[dt.date, list[str]]) -> tuple[DateScore, DateScore]:
    """Date-F1 of the story's K key dates (salience) and of the K days most articles mention (the baseline)."""
    from timeline.salience import mention_count_days
    from timeline.story import key_days, story_timeline

    k = len(reference)
    chosen = key_days(story_timeline(timeline, k))
    baseline = mention_count_days(timeline)[:k]
    return date_f1(chosen, list(reference)), date_f1(baseline, list(reference))


def evaluate_corpus(corpus: Path, executor: cf.Executor | None = None,
                    parts: Sequence[str] = ("fit", "check", "all")) -> list[StoryScore]:
    """Date-F1 of every story × language × part of the corpus, beside mention counting on the same events."""
    from timeline.pipeline import merge_analyses

    scores = []
    for language, story in stories(corpus):
        reference = read_reference(corpus / language / "reference" / f"{story}.txt")
        articles = story_articles(corpus, language, story)
        analyses = analyse_articles(articles, language, executor)
        for part in parts:
            chosen = [a for (path, _), a in zip(articles, analyses)
                      if part == "all" or third(path.relative_to(corpus).as_posix()) == part]
            from timeline.story import story_timeline

            timeline = merge_analyses(chosen, story)
            salience, baseline = score_story(timeline, reference)
            told = story_timeline(timeline)
            scores.append(StoryScore(language, story, part, len(chosen), len(told.events), len(reference),
                                     salience, baseline, beyond_horizon(told), multi_year(told)))
    return scores


def format_scores(scores: Sequence[StoryScore]) -> str:
    """The table: one row per story × language × part, then the mean of each part."""
    lines = [f"{'story':<12}{'part':<7}{'articles':>9}{'events':>8}{'K':>5}{'key-date F1':>13}{'mention count':>15}"
             f"{'> 1 y after':>13}{'multi-year':>12}"]
    for s in scores:
        lines.append(f"{s.language + '/' + s.story:<12}{s.part:<7}{s.articles:>9}{s.events:>8}{s.k:>5}"
                     f"{s.salience.f1:>13.3f}{s.mention_count.f1:>15.3f}{s.beyond_horizon:>13}"
                     f"{s.multi_year:>7} ({100 * s.multi_year / max(s.events, 1):.1f}%)")
    for part in dict.fromkeys(s.part for s in scores):
        chosen = [s for s in scores if s.part == part]
        lines.append(f"{'mean':<12}{part:<7}{'':>9}{'':>8}{'':>5}"
                     f"{sum(s.salience.f1 for s in chosen) / len(chosen):>13.3f}"
                     f"{sum(s.mention_count.f1 for s in chosen) / len(chosen):>15.3f}")
    return "\n".join(lines) + "\n"
