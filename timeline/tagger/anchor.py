"""Anchor readings in time: the document date, the tense of the clause, and the last date the text mentioned.

News is anchored to its document date: "22 September" said in an article of 25 September 2025 is 2025-09-22;
in a clause about the future ("will be held on 22 September") a date already past that year moves to the next
one. Narrative references ("the following day") move from the last date the text mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from timeline.lang import Language, load_language
from timeline.tagger.find import Reading
from timeline.tagger.when import UNIT_GRAIN, When, add_months, from_date, shift

#: fields of a relative expression's own reading kept when it is moved ("October" of "October last year")
_FINER = ("month", "day", "season", "quarter", "half", "partofday", "hour", "minute", "second", "zone")
_SENTENCE_END = re.compile(r"[.!?؟。！？\n]")
#: placeholder values for relative expressions with no reference date, by grain
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
            "year": "XXXX", "decade": "XXX", "century": "XX"}


@lru_cache(maxsize=None)
def _markers(code: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    language = load_language(code)

    def compile_(words: tuple[str, ...]) -> re.Pattern[str] | None:
        if not words:
            return None
        body = "|".join(sorted(words, key=len, reverse=True))
        if language.spaced:
            return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
        return re.compile(body)

    return compile_(language.future_markers), compile_(language.past_markers)


def _ends_sentence(text: str, i: int) -> bool:
    """Whether the mark at ``i`` ends a sentence: a full stop after a number that goes on with a lower-case word,
    a number or a comma is an ordinal ("zwischen dem 3. und 5. Mai", "am 25., 26. und 27. Oktober")."""
    if text[i] != "." or i == 0 or not text[i - 1].isdigit():
        return True
    rest = text[i + 1:i + 8].lstrip()
    return not rest or not (rest[0].islower() or rest[0].isdigit() or rest[0] == ",")


def tense(language: Language, text: str, start: int, end: int) -> int:
    """+1 if the clause around [start, end) speaks of the future, -1 of the past, 0 if it does not say."""
    lo = max(0, start - 200)
    lefts = [m.start() for m in _SENTENCE_END.finditer(text, lo, start) if _ends_sentence(text, m.start())]
    left = lefts[-1] if lefts else lo - 1
    right_match = next((m for m in _SENTENCE_END.finditer(text, end, end + 200) if _ends_sentence(text, m.start())),
                       None)
    right = right_match.start() if right_match else min(len(text), end + 200)
    window = text[left + 1:right]
    future, past = _markers(language.code)
    # the marker nearest to the expression decides
    best, verdict = None, 0
    pos = start - left - 1
    for pattern, sign in ((future, 1), (past, -1)):
        if pattern is None:
            continue
        for m in pattern.finditer(window):
            distance = abs(m.start() - pos)
            if best is None or distance < best:
                best, verdict = distance, sign
    return verdict


def _infer_year(when: When, dct: dt.date, direction: int) -> When:
    """Pick the year of a date given without one: the occurrence nearest the document date, or the next /
    previous one when the clause speaks of the future / the past. A day given without its month ("26日", "the
    26th") takes the month the same way."""
    if when.month is None and when.day is not None:
        firsts = [add_months(dct.replace(day=1), delta) for delta in (-1, 0, 1)]
        choices = [replace(when, year=f.year, month=f.month) for f in firsts]
    else:
        choices = [when.with_year(year) for year in (dct.year - 1, dct.year, dct.year + 1)]
    options = []
    for choice in choices:
        interval = choice.interval()
        if interval is not None:
            options.append((choice, interval.begin.date(), interval.end.date()))
    if not options:
        return when
    if direction > 0:
        future = [o for o in options if o[2] > dct]
        return future[0][0] if future else options[-1][0]
    if direction < 0:
        past = [o for o in options if o[1] <= dct]
        return past[-1][0] if past else options[0][0]

    def distance(o: tuple[When, dt.date, dt.date]) -> int:
        if o[1] <= dct < o[2]:
            return 0
        return min(abs((o[1] - dct).days), abs((o[2] - dct).days))

    return min(options, key=distance)[0]


def _weekday(day: dt.date, weekday: int, direction: int) -> dt.date:
    """The given weekday in the week around ``day``: the last one (≤ day) if past, the next (≥ day) if future,
    otherwise the nearest."""
    delta = weekday - day.weekday()
    if direction < 0:
        delta = delta if delta <= 0 else delta - 7
    elif direction > 0:
        delta = delta if delta >= 0 else delta + 7
    elif delta > 3:
        delta -= 7
    elif delta < -3:
        delta += 7
    return day + dt.timedelta(days=delta)


def anchor(readings: list[Reading], text: str, language: Language,
           document_date: dt.date | None, ranges: Sequence[tuple[int, int]] = (),
           now: dt.datetime | None = None, prefer: str | None = None) -> list[Reading]:
    """Resolve every reading against the document date or the last date mentioned before it. The end of a
    range that has no year of its own follows its start ("10月25日至26日", "30 December to 2 January")."""
    starts = {last: first for first, last in ranges}
    last_day: dt.date | None = None
    out: list[Reading] = []
    for i, r in enumerate(readings):
        resolved = _resolve(r, text, language, document_date, last_day, now, PREFERENCE.get(prefer or "", 0))
        first = out[starts[i]] if starts.get(i, i) < i else None
        if first is not None and r.when is not None and r.when.year is None and resolved.when is not None:
            resolved = replace(resolved, when=_after(first.when, resolved.when))
        r = resolved
        if r.when is not None and r.when.date() is not None and r.type in ("DATE", "TIME"):
            last_day = r.when.date()
        out.append(r)
    return out


def _after(start: When | None, end: When) -> When:
    """``end`` in the year of ``start``, or the next one when it would otherwise come before ``start``."""
    if start is None or start.year is None or end.year is None:
        return end
    moved = end.with_year(start.year)
    a, b = start.interval(), moved.interval()
    if a is not None and b is not None and b.end <= a.begin:
        moved = end.with_year(start.year + 1)
    return moved if moved.interval() is not None else end


#: The direction an expression is resolved in when neither its words nor its clause's tense say:
#: "news" (default) takes the nearest date, "future"/"past" the next/last one (as an assistant would).
PREFERENCE = {"future": 1, "past": -1, "news": 0}
_CLOCK_UNITS = {"H": dt.timedelta(hours=1), "MIN": dt.timedelta(minutes=1), "S": dt.timedelta(seconds=1)}


def _clock_shift(now: dt.datetime, unit: str, amount: int) -> When:
    """ "in two hours", "three minutes ago" from a reference time: one grain finer than the unit moved by."""
    moved = now + _CLOCK_UNITS[unit] * amount
    second = moved.second if unit in ("MIN", "S") else None
    return When(year=moved.year, month=moved.month, day=moved.day, hour=moved.hour, minute=moved.minute,
                second=second)


def _resolve(r: Reading, text: str, language: Language, dct: dt.date | None, last_day: dt.date | None,
             now: dt.datetime | None = None, preferred: int = 0) -> Reading:
    if r.value is not None and r.when is None and r.shift_unit is None:
        return r
    base = last_day if (r.reference == "previous" and last_day is not None) else dct
    when = r.when or When()
    if r.shift_unit is not None:
        grain = UNIT_GRAIN.get(r.shift_unit, "day")
        if r.shift_unit in _CLOCK_UNITS and now is not None and r.reference != "previous":
            moved = _clock_shift(now, r.shift_unit, r.shift_amount or 0)
            return replace(r, when=moved, type="TIME")
        if base is None:
            return replace(r, value=_UNKNOWN.get(grain, "XXXX-XX-XX"), when=None)
        day = shift(base, r.shift_unit, r.shift_amount or 0)
        moved = from_date(day, grain)
        if r.weekday is not None and grain == "week":  # "Wednesday next week"
            day += dt.timedelta(days=r.weekday - day.weekday())
            moved = When(year=day.year, month=day.month, day=day.day)
        if r.when is not None:  # finer fields the text gives: "yesterday morning", "October last year"
            moved = replace(moved, **{f: getattr(r.when, f) for f in _FINER if getattr(r.when, f) is not None})
        return replace(r, when=moved, type="TIME" if moved.is_time else r.type)
    direction = r.direction if r.direction is not None else None
    if r.weekday is not None and when.day is None:
        if base is None:
            return replace(r, value="XXXX-WXX-" + str(r.weekday + 1), when=None)
        d = direction if direction is not None else tense(language, text, r.start, r.end) or preferred or -1
        day = _weekday(base, r.weekday, d)
        if day == base and direction:  # "next Tuesday" said on a Tuesday is a week later, "last Tuesday" earlier
            day += dt.timedelta(days=7 * direction)
        when = replace(when, year=day.year, month=day.month, day=day.day)
    if when.year is None and when.grain not in ("decade", "century"):
        if when.month is None and when.day is None and when.season is None and when.quarter is None and when.half is None:
            # a clock time or part of day alone: on the document date ("at 3 p.m.", "this morning")
            if base is None:
                return replace(r, when=when)
            when = replace(when, year=base.year, month=base.month, day=base.day)
        elif dct is not None:
            d = direction if direction is not None else tense(language, text, r.start, r.end) or preferred
            if direction == 0:
                when = when.with_year(dct.year)
            else:
                when = _infer_year(when, dct, d)
    return replace(r, when=when)
