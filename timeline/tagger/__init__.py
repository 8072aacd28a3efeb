"""The temporal tagger: text → TIMEX3 time expressions with offsets into the text exactly as read.

    >>> from timeline.tagger import tag
    >>> [t.value for t in tag("on 22 September 2025", "en").timexes]
    ['2025-09-22']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline.lang import load_language
from timeline.lang.detect import detect_language
from timeline.model import Timex, TimexRange
from timeline.tagger.anchor import anchor
from timeline.tagger.find import candidates, link_times, select
from timeline.tagger.reading import Candidate, Reading
from timeline.tagger.when import in_document_clock, narrow, offset_zone
from timeline.tagger.grammar import grammar
from timeline.tagger.scan import DEFAULT_OPTIONS, ScanOptions
from timeline.text.normalise import normalise
from timeline.text.quotes import quotes

__all__ = ["TagResult", "tag"]


@dataclass(frozen=True)
class TagResult:
    language: str
    timexes: tuple[Timex, ...]
    ranges: tuple[TimexRange, ...]


def _as_date(value: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _outside_names(chosen: list[Candidate], text: str, naming_words: tuple[str, ...]) -> list[Candidate]:
    """Drop vague references ("the future") that stand inside a quoted name such as a slogan."""
    names = [q for q in quotes(text, naming_words) if q.named]
    if not names:
        return chosen
    return [c for c in chosen
            if not (all(r.type == "DATE" and (r.value or "").endswith("_REF") for r in c.readings)
                    and any(q.start < c.start and c.end < q.end for q in names))]


#: A capitalised word inside its sentence right before a word: the end of a person's name ("Omar Ali Ramadan").
_NAME_BEFORE = re.compile(r"(?:^|[^.!?\n:;»\"“”]\s)[^\W\d_][\w'’-]*\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*\s$")


def _outside_person_names(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Drop a feast or Hijri month written as one capitalised word after a capitalised word inside its sentence:
    it ends a person's name ("a déclaré l'un des combattants, Omar Ali Ramadan, revenu du front", "Taha Yasín
    Ramadán"), not a day of the calendar (nor the day "la veille" after it counts from)."""
    def named(c: Candidate) -> bool:
        word = text[c.start:c.end]
        return (len(c.readings) == 1 and bool(c.readings[0].holiday or c.readings[0].hijri) and word.isalpha()
                and word[:1].isupper() and _NAME_BEFORE.search(text, max(0, c.start - 60), c.start) is not None)
    return [c for c in chosen if not named(c)]


def tag(text: str, language: str | None = None, document_date: dt.date | dt.datetime | None = None,
        prefer: str | None = None, options: ScanOptions = DEFAULT_OPTIONS) -> TagResult:
    """Find and normalise every time expression of ``text``.

    ``language`` is an ISO 639-1 code (detected when None); ``document_date`` anchors relative and
    underspecified expressions — without it they keep ``X`` placeholders and no interval; a datetime also
    anchors clock-relative ones ("in two hours"). Intervals are naive times on the document's local clock; a clock
    time said in a zone ("8:00 GMT", value ``...T08:00Z``) has its interval converted to the document's UTC
    offset when ``document_date`` is an aware datetime (06:00 at -02:00), else it stays on the zone's own
    clock (08:00). ``prefer`` ("news", "future" or "past") is the direction
    used when neither the words nor the tense of the clause say which occurrence of "Tuesday" is meant.
    """
    code = language or detect_language(text)
    lang = load_language(code)
    norm = normalise(text)
    compiled = grammar(code)
    # a request ("jeudi à 11h" read forward or backward) is one instant; news follows the language's TimeML
    apart = lang.day_clock_apart and (prefer or "news") == "news"
    chosen = link_times(select(candidates(compiled, norm.text, options)), norm.text, compiled, apart)
    chosen = _outside_person_names(_outside_names(chosen, norm.text, lang.naming_words), norm.text)
    readings: list[Reading] = []
    ranges: list[TimexRange] = []
    for cand in chosen:
        offset = len(readings)
        readings.extend(cand.readings)
        ranges.extend(TimexRange(offset + a, offset + b) for a, b in cand.ranges)
    now = document_date if isinstance(document_date, dt.datetime) else None
    # an aware document date: clock times said in a zone ("8:00 GMT") are placed on the document's clock
    clock = now.tzinfo if now is not None and now.utcoffset() is not None else None
    now = now.replace(tzinfo=None) if now is not None else None  # every interval is on the document's local clock
    resolved = anchor(readings, norm.text, lang, _as_date(document_date), [(x.first, x.last) for x in ranges],
                      now=now, prefer=prefer)
    timexes = []
    for r in resolved:
        start, end = norm.span(r.start, r.end)
        if r.when is not None and r.when.zone:
            r = replace(r, when=offset_zone(r.when))  # "heure de Paris": the offset in force that day
        if r.when is not None and r.value is None:
            value, interval = r.when.value(), narrow(r.interval or r.when.interval(), r.when.grain, r.mod,
                                                   r.when.partofday)
            if r.period is not None and r.interval is not None:  # an exact part ("la deuxième quinzaine")
                interval = r.interval
        else:
            value, interval = r.value, r.interval
        if clock is not None and r.when is not None and r.when.zone:
            interval = in_document_clock(interval, r.when.zone, clock)
        if r.reference == "name":  # "la place du 8-Mai-1945": a day the name recalls, not one of the article's
            interval = None
        timexes.append(Timex(start=start, end=end, text=text[start:end], type=r.type, value=value, mod=r.mod,
                             interval=interval, calendar=r.calendar, original_value=r.original_value, rule=r.rule,
                             implied_day=r.implied_day, narrative_shift=_narrative_shift(r)))
    return TagResult(code, tuple(timexes), tuple(ranges))


def _narrative_shift(r) -> str | None:
    """The move of an expression counted from the date named before it ("dix ans après", "a year earlier"),
    which the event stage re-anchors to the happening the text names (Timex.narrative_shift)."""
    if r.reference != "previous" or not r.shift_unit or not r.shift_amount:
        return None
    return f"{'-' if r.shift_amount < 0 else ''}P{abs(r.shift_amount)}{r.shift_unit}"
