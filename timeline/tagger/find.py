"""Find candidate time expressions: every rule of the grammar scans the text once (in the windows where it can
match, :mod:`timeline.tagger.scan`); what a match means is its kind's (:mod:`timeline.tagger.kinds`); overlaps are
resolved (:func:`select`) and a clock time takes the day named next to it (:func:`link_times`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.tagger.grammar import Grammar, expand
from timeline.tagger.kinds import candidate
from timeline.tagger.reading import Candidate, Decline, Impossible, Reading
from timeline.tagger.scan import DEFAULT_OPTIONS, Features, ScanOptions, matches
from timeline.tagger.when import replace


def candidates(grammar: Grammar, text: str, options: ScanOptions = DEFAULT_OPTIONS) -> list[Candidate]:
    """Every match of every rule, each with its readings."""
    found: list[Candidate] = []
    # where each rule can match (timeline.tagger.scan): the same matches as a full scan
    features = Features(text, index=grammar.index, options=options)
    for priority in features.possible(grammar.rules):  # not those of which no cover string occurs: no match
        crule = grammar.rules[priority]
        for match in matches(crule.pattern, crule.gate, text, features):
            try:
                found.append(candidate(grammar, crule, match, priority))
            except Impossible:
                found.append(Candidate(match.start(), match.end(), (), (), priority))
            except Decline:
                continue
    return found


def select(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap (ties: the earlier rule in the file wins).

    Taken characters are marked in a bytearray: checking a candidate costs its length, so the whole
    selection stays linear in the size of the text (candidates are short)."""
    chosen: list[Candidate] = []
    if not found:
        return chosen
    taken = bytearray(max(c.end for c in found) + 1)
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    return sorted((c for c in chosen if c.readings), key=lambda c: c.start)


def _day_reading(c: Candidate) -> Reading | None:
    """The reading of a candidate that names one day and no clock time ("jeudi", "demain", "le 2 mars")."""
    if len(c.readings) != 1 or c.ranges:
        return None
    r = c.readings[0]
    # a part of the day ("jeudi matin") is a TIME without a clock: the clock time falls in it
    if r.type not in ("DATE", "TIME") or r.when is None or r.when.hour is not None or r.nth is not None or r.anchored:
        return None
    if r.when.day is not None or r.weekday is not None or r.shift_unit == "D":
        return r
    return None


def _clock_readings(c: Candidate) -> bool:
    """Whether every reading of a candidate is a clock time (or part of day) of no named day ("à 15h", "9h à 11h")."""
    return bool(c.readings) and all(
        r.type == "TIME" and r.when is not None and r.when.day is None and r.weekday is None
        and r.shift_unit is None and r.when.month is None for r in c.readings)


def _on_day(day: Reading, time: Reading, start: int, end: int) -> Reading:
    """``time`` on the day ``day`` names: the day's fields and relative instructions, the time's clock."""
    clock = time.when
    hour = clock.hour
    if hour is not None and hour < 12 and day.when.partofday in ("AF", "EV"):  # "demain soir à 8h": 20:00
        hour += 12
    fields = dict(hour=hour, minute=clock.minute, second=clock.second, zone=clock.zone,
                  partofday=clock.partofday if hour is None else None)
    return replace(day, start=start, end=end, type="TIME", rule=time.rule, when=replace(day.when, **fields),
                   mod=time.mod or day.mod)


def link_times(chosen: list[Candidate], text: str, grammar: Grammar, apart: bool = False) -> list[Candidate]:
    """Give a clock time the day named right next to it: "jeudi à 15h", "9h30 jeudi", "morgen um 17 Uhr" become
    one expression when only the language's ``time_link`` words stand between them (fragment; none: no
    linking); a range of clock times ("jeudi de 9h à 11h") keeps its own extents but both ends take the day,
    when only ``time_range_link`` words (default ``time_link``) stand between. With ``apart`` (the language's
    ``day_clock_apart``, read as news), a calendar day keeps its own extent beside its clock time too ("dimanche 12
    octobre" and "10 h 30", on that day); a relative day still joins it ("hier à 10 h"). Linear in the
    candidates."""
    fragments = grammar.language.fragments
    if "time_link" not in fragments:
        return chosen
    single = _link_pattern(grammar, "time_link")
    ranged = _link_pattern(grammar, "time_range_link" if "time_range_link" in fragments else "time_link")
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        if b is not None:
            gap = text[a.end:b.start]
            day, clock = (_day_reading(a), b) if _day_reading(a) else (_day_reading(b), a)
            if day is not None and _clock_readings(clock):
                if apart and day.shift_unit != "D" and single.fullmatch(gap):
                    readings = tuple(_on_day(day, r, r.start, r.end) for r in clock.readings)
                    linked = replace(clock, readings=readings)
                    out.extend((a, linked) if clock is b else (linked, b))
                    i += 2
                    continue
                if len(clock.readings) == 1 and not clock.ranges and single.fullmatch(gap):
                    merged = _on_day(day, clock.readings[0], a.start, b.end)
                    out.append(Candidate(a.start, b.end, (merged,), (), min(a.priority, b.priority)))
                    i += 2
                    continue
                if clock.ranges and single.fullmatch(gap):
                    # "1pm-2pm tomorrow", "Monday 9-11am": the day joins the end next to it, as "2pm tomorrow"
                    # alone would ("from 9 to 11 on Monday" keeps its connector words outside, below)
                    n = len(clock.readings) - 1
                    readings = tuple(_on_day(day, r, a.start if clock is b and k == 0 else r.start,
                                             b.end if clock is a and k == n else r.end)
                                     for k, r in enumerate(clock.readings))
                    out.append(replace(clock, start=a.start, end=b.end, readings=readings))
                    i += 2
                    continue
                if clock.ranges and ranged.fullmatch(gap):
                    readings = tuple(_on_day(day, r, r.start, r.end) for r in clock.readings)
                    linked = replace(clock, readings=readings)
                    out.extend((a, linked) if clock is b else (linked, b))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _link_pattern(grammar: Grammar, name: str) -> re.Pattern[str]:
    return _compiled_fragment(grammar.language.code, name)


@lru_cache(maxsize=None)
def _compiled_fragment(code: str, name: str) -> re.Pattern[str]:
    from timeline.lang import load_language

    language = load_language(code)
    return re.compile(expand(language, language.fragments[name], {}), re.IGNORECASE)


def place_period(r: Reading, reference: dt.date | None) -> Reading:
    """A reading with a ``period`` whose own date is placed: the period within it (when.sub_period); a period
    that does not exist (a fifth weekend) or whose date is not placed leaves the reading as it is."""
    from timeline.tagger.when import sub_period

    kind, nth, weekday = r.period
    found = sub_period(r.when, kind, nth, weekday, reference)
    if found is None:
        return r
    when, interval, mod = found
    return replace(r, when=when, interval=interval, mod=mod or r.mod)

