"""Anchor readings in time: the document date, the tense of the clause, and the last date the text mentioned.

News is anchored to its document date: "22 September" said in an article of 25 September 2025 is 2025-09-22;
in a clause about the future ("will be held on 22 September") a date already past that year moves to the next
one. Narrative references ("the following day") move from the last date the text mentioned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from timeline.lang import Language
from timeline.tagger.find import place_period
from timeline.tagger.reading import Reading
from timeline.text.segment import after_fronted, sentence_around, sentence_ends
from timeline.model import Interval
from timeline.tagger.when import (UNIT_GRAIN, When, add_months, anchored_interval, from_date, nth_weekday, replace,
                                  shift)

#: fields of a relative expression's own reading kept when it is moved ("October" of "October last year")
_FINER = ("month", "day", "season", "quarter", "half", "partofday", "hour", "minute", "second", "zone", "weekend")
#: placeholder values for relative expressions with no reference date, by grain
_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX", "half": "XXXX-HX",
            "year": "XXXX", "decade": "XXX", "century": "XX"}


@lru_cache(maxsize=None)
def tense_markers(code: str) -> tuple[re.Pattern[str] | None, ...]:
    """The language's future markers, past markers, verbs of saying and conditional, compiled (kept in its
    grammar)."""
    from timeline.tagger.grammar import grammar

    return tuple(m.compiled if m is not None else None for m in grammar(code).markers)


#: what sets an attribution apart from the clause it reports: a comma, a semicolon, a quotation mark
_ATTRIBUTION = re.compile(r"[,，،;؛\"“”«»]|''")


#: what may stand between a verb and the expression it governs: a space, a preposition or article of ≤ 3 letters
_GOVERNED = re.compile(r"[^\S\n]+(?:\w{1,3}[^\S\n]+)?")


def tense(language: Language, text: str, start: int, end: int) -> int:
    """+1 if the clause around [start, end) speaks of the future, -1 of the past, 0 if it does not say (or says in
    the conditional, the nearest marker: the future of a past clause or a past told with reserve)."""
    left, right = sentence_around(text, start, end, ordinal_dot=language.ordinal_dot)
    window = text[left:right]
    future, past, reporting, conditional = tense_markers(language.code)
    # the marker nearest to the expression decides
    best, verdict, far = None, 0, None
    pos = start - left
    # An attribution after what it reports ("…, a annoncé mercredi la Commission") is a clause of its own: the verb
    # of saying does not date the reported clause across a comma or a quotation mark ("se tiendra du 23 au 25
    # mars"), and the reported clause's markers do not date the saying ("mercredi").
    silenced: list[tuple[int, int]] = []
    lo_cut, hi_cut = 0, len(window)
    # A date fronted before its clause sets itself off with a comma ("Dimanche, le porte-parole a affirmé…",
    # "On Sunday, the spokesman said…"): that comma closes no clause, so the verb after it is the date's own.
    after = after_fronted(window, 0, pos, pos + end - start) or pos + end - start
    if reporting is not None:
        for m in reporting.finditer(window):
            if m.end() <= pos:
                # a verb of saying before the expression introduces it ("a déclaré, mardi, que …"): only a comma
                # before the verb closes the clause it heads ("…, Ủy ban cho biết hôm thứ Tư")
                marks = list(_ATTRIBUTION.finditer(window, 0, m.start()))
                if marks and not _ATTRIBUTION.search(window, m.end(), pos):
                    lo_cut = max(lo_cut, marks[-1].end())
            elif m.start() >= pos + end - start:
                if _ATTRIBUTION.search(window, after, m.start()):
                    silenced.append(m.span())
                elif mark := _ATTRIBUTION.search(window, m.end()):
                    hi_cut = min(hi_cut, mark.start())
    found: list[tuple[int, int, int]] = []
    for pattern, sign in ((future, 1), (past, -1), (reporting, -1), (conditional, 0)):
        if pattern is None:
            continue
        for m in pattern.finditer(window, lo_cut, hi_cut):
            if pos <= m.start() and m.end() <= pos + end - start:
                continue  # the expression's own words ("the last Friday of October") do not say the clause's tense
            if sign < 0 and any(a < m.end() and m.start() < b for a, b in silenced):
                continue
            found.append((m.start(), m.end(), sign))
    # a marker that spans one of the other tense overrules it, in its place: "had filed reports by" (a past
    # perfect up to a deadline) is past where "by" alone would be future
    for outer in list(found):
        inner = [f for f in found if f[2] != outer[2] and outer[0] <= f[0] and f[1] <= outer[1]]
        if inner and outer in found:
            found = [f for f in found if f not in inner and f != outer] + [(inner[0][0], outer[1], outer[2])]
    # a verb the expression completes ("lo pactado el jueves", "l'accord conclu jeudi", "reached on Monday"): its
    # tense is the expression's, whatever follows
    governing = [f for f in found if f[1] <= pos and _GOVERNED.fullmatch(window, f[1], pos)]
    if governing:
        return max(governing)[2]
    for at, _, sign in found:
        distance = abs(at - pos)
        if sign < 0 and language.tense_reach and distance > language.tense_reach:
            # a past marker far off in a long clause speaks of something else ("said", a participle) unless
            # it is still nearer than any future marker
            if distance <= 2 * language.tense_reach:
                far = distance if far is None else min(far, distance)
            continue
        if best is None or distance < best:
            best, verdict = distance, sign
    if verdict > 0 and far is not None and far < best:
        return -1
    return verdict


#: days ahead within which a day said in a past clause is still the coming one (a deadline set or moved)
_SOON = 31


def _infer_year(when: When, dct: dt.date, direction: int, this_month: bool = False, by_month: bool = False,
                told: bool = False) -> When:
    """Pick the year of a date given without one: the occurrence nearest the document date, or the next /
    previous one when the clause speaks of the future / the past. A day given without its month ("26日", "the
    26th") takes the month the same way. With ``this_month`` (the future only preferred, not said), a day of
    the current month is not yet past: "1 February" read forward on 12 February is this year's (as Duckling)."""
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
    if (when.quarter is not None or when.half is not None) and direction <= 0:
        # "the first quarter" of news (earnings reports) is the latest one begun by the document date
        return next((o[0] for o in reversed(options) if o[1] <= dct), options[0][0])
    if when.quarter is not None or when.half is not None:
        direction = 0  # in a clause about the future (or read forward): the nearest one, "the third quarter"
        # said in October is the one just ended, "the first quarter" the coming one
    # with ``by_month`` (the language's ``tense_by_month``, as HeidelTime reads news), a day of the document's
    # own month is of its year in either direction ("by Jan. 14" said on 6 January in a clause with "said")
    month_wide = (this_month or by_month) and when.month is not None and when.day is not None
    if direction > 0:
        future = [o for o in options if (add_months(o[1].replace(day=1), 1) if month_wide else o[2]) > dct]
        return future[0][0] if future else options[-1][0]
    if direction < 0:
        past = [o for o in options if (o[1].replace(day=1) if by_month and month_wide else o[1]) <= dct]
        if told and when.day is None:
            # "last autumn", "septembre dernier" said during that autumn, that September: the one before it
            past = [o for o in options if o[2] <= dct] or past
        soon = [o for o in options if o[1] > dct and (o[1] - dct).days <= _SOON]
        if by_month and not told and soon and past and (dct - past[-1][1]).days > 300:
            # a day weeks ahead said in a past clause is a deadline set ("the bid was extended to Nov. 16"),
            # not the same day almost a year ago; the expression's own words ("last October") are not overruled
            return soon[0][0]
        return past[-1][0] if past else options[0][0]

    def distance(o: tuple[When, dt.date, dt.date]) -> int:
        if o[1] <= dct < o[2]:
            return 0
        return min(abs((o[1] - dct).days), abs((o[2] - dct).days))

    return min(options, key=distance)[0]


def _weekday_months(when: When, weekday: int, dct: dt.date) -> list[dt.date]:
    """Of the months around the document date, the first days of those in which a day given without its month
    falls on ``weekday``."""
    if when.month is not None or when.day is None:
        return []
    firsts = [add_months(dct.replace(day=1), delta) for delta in (-1, 0, 1)]
    return [f for f in firsts if (d := replace(when, year=f.year, month=f.month).date()) is not None
            and d.weekday() == weekday]


def _weekday_years(when: When, weekday: int, dct: dt.date) -> list[int]:
    """Of the years around the document date, those in which a day-and-month date falls on ``weekday``."""
    if when.month is None or when.day is None:
        return []
    years = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        day = when.with_year(year).date()
        if day is not None and day.weekday() == weekday:
            years.append(year)
    return years


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
    said_day: tuple[dt.date | None, int] = (None, -1)  # the day (None: a longer period) last named, where it ends
    periods: list[When | None] = []  # the periods the text named outright ("the third quarter", "Sept. 30"), in order
    out: list[Reading] = []
    for i, r in enumerate(readings):
        if r.reference == "narrative":  # "через два месяца его продали": in a story told in the past, from its last date
            told = last_day is not None or any(p is not None for p in periods)
            past = told and tense(language, text, r.start, r.end) < 0
            r = replace(r, reference="previous" if past else "document")
        named = ((r.shift_unit is None or r.reference == "previous" and not r.shift_amount  # "the quarter": again
                  or r.shift_unit in ("Q", "HALF") and r.reference != "previous"  # "the latest quarter"
                  or r.shift_unit == "Y" and r.shift_amount == 0 and r.reference == "document")  # "this year's third quarter"
                 and (r.weekday is None or (r.when is not None and r.when.day is not None))
                 and (r.period is None or r.period[0] != "like"))  # "the 1988 quarter": a comparison, not the topic
        last_period = _last_period(periods, r, document_date)
        try:
            same_sentence = said_day[0] is not None and next(
                sentence_ends(text, said_day[1], r.start, language.ordinal_dot), None) is None
            context = _Context(text, language, document_date, last_day, now, PREFERENCE.get(prefer or "", 0),
                               last_period, said_day[0] if same_sentence else None,
                               None if same_sentence else said_day[0],
                               overtaken=last_day is not None and said_day[0] is None and said_day[1] >= 0)
            resolved = _resolve(r, context)
        except (ValueError, OverflowError):  # moved beyond the calendar ("999999 years ago"): position unknown
            grain = UNIT_GRAIN.get(r.shift_unit or "", "day")
            resolved = replace(r, value=_UNKNOWN.get(grain, "XXXX-XX-XX"), when=None) if r.shift_unit else r
        first = out[starts[i]] if starts.get(i, i) < i else None
        if (first is not None and r.when is not None and r.when.is_time and r.when.day is None and r.weekday is None
                and r.shift_unit is None and resolved.when is not None and first.when is not None
                and first.when.date() is not None):  # "Thursday from 9 to 11": the end is on the start's day
            day = first.when.date()
            resolved = replace(resolved, when=resolved.when.on_day(day))
        elif (first is not None and r.weekday is not None and r.direction is None and r.when is not None
              and r.when.day is None and r.when.hour is None and resolved.when is not None and first.when is not None
              and first.when.date() is not None):  # "von Montag bis Freitag": the end is the next such weekday
            day = first.when.date()
            day += dt.timedelta(days=(r.weekday - day.weekday()) % 7 or 7)
            resolved = replace(resolved, when=resolved.when.on_day(day))
        elif first is not None and r.when is not None and r.when.year is None and resolved.when is not None:
            resolved = replace(resolved, when=_after(first.when, resolved.when))
        if r.nth is not None and r.weekday is not None and resolved.when is not None:
            resolved = _nth_weekday(resolved)
        if r.period is not None and r.period[0] == "like" and resolved.when is not None:
            resolved = replace(resolved, when=_like_period(periods, resolved.when))  # "the 1988 quarter"
        if r.period is not None and resolved.when is not None:  # "the first week of October": once it is placed
            resolved = place_period(resolved, document_date)
        if (resolved.implied_day and now is not None and PREFERENCE.get(prefer or "", 0) > 0 and i not in starts
                and i not in starts.values() and r.reference == "document"):
            resolved = _next_clock(resolved, now)
        r = resolved
        if r.when is not None and r.when.date() is not None and r.type in ("DATE", "TIME"):
            last_day = r.when.date()
        if r.type in ("DATE", "TIME") and r.when is not None:
            said_day = (r.when.date(), r.end)
        if (named and r.type == "DATE" and r.when is not None and r.when.grain in _PERIOD_GRAINS
                and r.when.interval() is not None):
            periods.append(r.when)
        elif r.type == "DURATION" and _SPAN.fullmatch(r.value or ""):
            periods.append(None)  # "for the nine months": a span of the year not placed; "a year earlier" is 1988
        out.append(r)
    return _parenthesised_days(_appositions(readings, out, text), text)


#: what stands between a day and a weekday that names it again ("on Election Day, Tuesday,")
_APPOSITION = re.compile(r"\s*[,(]\s*")


def _appositions(readings: list[Reading], out: list[Reading], text: str) -> list[Reading]:
    """A bare weekday set beside a day that falls on it names that day ("on Election Day, Tuesday," / "Tuesday,
    Election Day"), whatever the tense would have chosen."""
    for i in range(len(out) - 1):
        for w, d in ((i + 1, i), (i, i + 1)):
            bare = readings[w]
            if (bare.weekday is None or bare.shift_unit is not None or bare.nth is not None
                    or (bare.when is not None and bare.when.day is not None)):
                continue
            first, second = sorted((w, d))
            if not _APPOSITION.fullmatch(text, out[first].end, out[second].start):
                continue
            day = out[d].when.date() if out[d].when is not None and out[d].type == "DATE" else None
            if day is not None and day.weekday() == bare.weekday and out[w].when is not None:
                out[w] = replace(out[w], when=out[w].when.on_day(day))
    return out


#: between a clock time and the day it is on, a conversion in brackets: "10:35 a.m. (0735 GMT) Friday", "4 in the
#: morning (4 a.m. EDT Thursday)"
_BRACKETED = re.compile(r"\s*\((?:[^()\n]{1,25}\)\s*)?")


def _parenthesised_days(out: list[Reading], text: str) -> list[Reading]:
    """A clock time that names no day, followed by the day it is on past a bracketed conversion of the time (or
    by that conversion, which names the day), is on that day rather than on the reference day."""
    for i in range(len(out) - 1):
        clock, day_of = out[i], out[i + 1]
        if not clock.implied_day or clock.when is None or clock.when.hour is None:
            continue
        if day_of.type not in ("DATE", "TIME") or day_of.when is None or day_of.when.date() is None:
            continue
        if not _BRACKETED.fullmatch(text, clock.end, day_of.start) or "(" not in text[clock.end:day_of.start]:
            continue
        day = day_of.when.date()
        out[i] = replace(clock, when=clock.when.on_day(day), implied_day=False)
    return out


#: a duration of several months or quarters ("the nine months", "the first six months"): a span of the year
#: the text speaks of without placing it
_SPAN = re.compile(r"P(?:[2-9]|1[01])M|P[23]Q")


def _like_period(periods: list[When | None], year: When) -> When:
    """"the 1988 quarter", "the 1989 period" of an earnings report: the quarter, half or month named last, in that
    year; the year itself after a span of months ("the first nine months ... the 1988 period") or a year."""
    for p in reversed(periods):
        if p is None or p.grain == "year":
            break
        if p.grain in ("month", "quarter", "half") and year.year is not None:
            return replace(p, year=year.year)
    return year


def _last_period(periods: list[When | None], r: Reading, dct: dt.date | None) -> When | None:
    """The period a reference back ("the quarter", "a year earlier") points to: the last one named that is not
    coarser than the reference's unit ("the quarter" skips a year named since the third quarter). A span of
    months named since (None) stands for the document's year: "for the nine months, ... a year earlier" is 1988."""
    grain = UNIT_GRAIN.get(r.shift_unit or "", "")
    if grain not in _PERIOD_GRAINS:
        return periods[-1] if periods else None
    rank = _PERIOD_GRAINS.index(grain)
    for i in range(len(periods) - 1, -1, -1):
        p = periods[i]
        if p is None:
            if grain == "year":
                return from_date(dct, "year") if dct is not None else None
        elif _PERIOD_GRAINS.index(p.grain) <= rank:
            before = periods[i - 1] if i > 0 else None
            if (grain in ("quarter", "half", "year") and p.grain == "day" and before is not None
                    and before.grain in ("quarter", "half")):
                # "the quarter ended Sept. 30 ... a year earlier": the quarter, not its last day; a fiscal quarter
                # ("the fiscal first quarter ended Sept. 30") need not hold the day
                return before
            return p
    return None


def _next_clock(r: Reading, now: dt.datetime) -> Reading:
    """A clock time that names no day, read forward: its next occurrence once its hour has passed at ``now``.
    An hour that may be on either half of the day ("um 3", "a las tres y media") is first tried 12 hours later
    the same day; one that may not ("3:18", "16 Uhr", "las tres de la mañana") moves to the next day."""
    w = r.when
    if w is None or w.hour is None or w.zone is not None or w.date() is None or r.keep_day:
        return r
    day = dt.datetime.combine(w.date(), dt.time())
    now = now.replace(tzinfo=None)

    def ahead(moment: dt.datetime) -> bool:  # the hour it falls in has not ended
        return moment.replace(minute=0, second=0) + dt.timedelta(hours=1) > now

    try:
        here = day + dt.timedelta(hours=w.hour, minutes=w.minute or 0, seconds=w.second or 0)
        if ahead(here):
            return r
        later = here + dt.timedelta(hours=12)
        if not (r.hour12 and w.hour < 12 and ahead(later)):
            later = here + dt.timedelta(days=1)
    except OverflowError:  # the next occurrence would fall after 9999-12-31: the day the text gives stays
        return r
    return replace(r, when=replace(w, year=later.year, month=later.month, day=later.day, hour=later.hour))


def _nth_weekday(r: Reading) -> Reading:
    """"the third Tuesday of September 2014": the day, once the month is placed."""
    w = r.when
    if w.year is None or w.month is None or w.day is not None:
        return r
    day = nth_weekday(w.year, w.month, r.weekday, r.nth)
    return replace(r, when=replace(w, day=day.day)) if day is not None else r


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


#: grains of a named period a narrative reference can point back to, finest first
_PERIOD_GRAINS = ("day", "week", "month", "quarter", "half", "year")


def _from_period(r: Reading, period: When) -> When | None:
    """A reference back to the period last named ("the quarter", "a year earlier", "the year-ago period"):
    that period moved by the reading's shift. A move by whole years keeps the period's grain (the same quarter
    a year before); otherwise the unit's grain, when the period is not coarser than it ("that year" after "the
    third quarter of 1988": 1988; "the following year" after "May 22, 1995": 1996)."""
    grain = UNIT_GRAIN.get(r.shift_unit or "", "")
    if grain not in _PERIOD_GRAINS[1:] or _PERIOD_GRAINS.index(period.grain) > _PERIOD_GRAINS.index(grain):
        return None
    begin = period.interval().begin.date()
    day = shift(begin, r.shift_unit, r.shift_amount or 0)
    same_grain = r.shift_unit == "Y" and r.shift_amount and r.direction is None  # not "the following year"
    return from_date(day, period.grain if same_grain else grain)


#: days ahead within which a holiday said in a past clause is still the coming one, not last year's
_HOLIDAY_SOON = 14


def _resolve_holiday(r: Reading, text: str, language: Language, dct: dt.date | None, preferred: int) -> Reading:
    """A holiday given without its year: in the year a relative word names ("明年春节", "Easter of last year"),
    else the occurrence the words ("next Easter"), the tense of the clause or the preference point to — the
    next / the last one — or the nearest to the document date."""
    from timeline.tagger.calendars import holiday_in_year, holiday_occurrences
    from timeline.tagger.kinds import holiday_when

    if dct is None:
        return replace(r, value="XXXX-XX-XX", when=None, shift_unit=None, shift_amount=None)
    if r.shift_unit == "Y":
        span = holiday_in_year(r.holiday, dct.year + (r.shift_amount or 0))
    else:
        options = holiday_occurrences(r.holiday, dct)
        said = 0 if r.direction else tense(language, text, r.start, r.end)
        d = r.direction if r.direction else said or preferred
        soon = next((o for o in options if o[0] > dct and (o[0] - dct).days <= _HOLIDAY_SOON), None)
        if not options:
            span = None
        elif d > 0:
            span = next((o for o in options if o[1] > dct), options[-1])
        elif d < 0 and said < 0 and soon is not None:
            span = soon  # a holiday days ahead, said in a past clause, is still the coming one ("as Easter week began")
        elif d < 0:
            span = next((o for o in reversed(options) if o[0] < dct), options[0])
        else:
            span = min(options, key=lambda o: 0 if o[0] <= dct < o[1] else
                       min(abs((o[0] - dct).days), abs((o[1] - dct).days)))
    if span is None:
        return replace(r, value="XXXX-XX-XX", when=None, shift_unit=None, shift_amount=None)
    when, interval = holiday_when(r.when or When(), span)
    return replace(r, when=when, interval=interval, shift_unit=None, shift_amount=None)


def _resolve_hijri(r: Reading, text: str, language: Language, dct: dt.date | None, preferred: int) -> Reading:
    from timeline.tagger.calendars import hijri_occurrences
    from timeline.tagger.kinds import hijri_reading

    month, day = r.hijri
    options = hijri_occurrences(dct, month, day) if dct is not None else []
    if not options:
        return replace(r, value="XXXX-XX-XX" if day else "XXXX-XX")
    d = r.direction if r.direction is not None else tense(language, text, r.start, r.end) or preferred
    if d > 0:
        chosen = next((o for o in options if o[1][1] > dct), options[-1])
    elif d < 0:
        chosen = next((o for o in reversed(options) if o[1][0] <= dct), options[0])
    else:
        chosen = min(options, key=lambda o: 0 if o[1][0] <= dct < o[1][1] else
                     min(abs((o[1][0] - dct).days), abs((o[1][1] - dct).days)))
    year, span = chosen
    base = dict(start=r.start, end=r.end, rule=r.rule, reference=r.reference)
    return replace(hijri_reading(year, month, day, span, base), mod=r.mod)


@dataclass(frozen=True)
class _Context:
    """What a reading is anchored to: the text around it, the document date, the last day the text named …"""

    text: str
    language: Language
    dct: dt.date | None
    last_day: dt.date | None
    now: dt.datetime | None = None
    #: the reading direction when neither the words nor the tense say (PREFERENCE)
    preferred: int = 0
    #: the period the text named last ("the third quarter"), for "the quarter" said again
    last_period: When | None = None
    #: the day named earlier in the reading's sentence, for a clock time that names none
    sentence_day: dt.date | None = None
    #: the day named last before the reading's sentence, when nothing longer was named after it
    told_day: dt.date | None = None
    #: a longer period ("enero de 2011") was named after ``last_day``: a move by days or weeks from the story's
    #: last date cannot be placed ("dos semanas más tarde")
    overtaken: bool = False

    def base(self, r: Reading) -> dt.date | None:
        """The day a reading moves from: the last day named for a narrative reference, else the document date."""
        return self.last_day if (r.reference == "previous" and self.last_day is not None) else self.dct

    def tense(self, r: Reading) -> int:
        return tense(self.language, self.text, r.start, r.end)


def _resolve(r: Reading, ctx: _Context) -> Reading:
    """A reading placed on the calendar: each kind of reading by its own step below."""
    if r.otherwise is not None:  # "in three days": a move in a clause about the future, else the span it counts
        if (ctx.tense(r) or ctx.preferred) <= 0:
            return r.otherwise
        r = replace(r, otherwise=None)
    if r.reference == "name":  # "جسر 6 أكتوبر", "la rue du 4-Septembre": the day a name recalls is none of the text's
        return r
    if r.anchored is not None:  # "the last 2 days": a DURATION with the calendar interval it covers
        return _resolve_anchored(r, ctx)
    if r.hijri is not None and r.when is None:  # "عيد الفطر": the occurrence the tense (or preference) points to
        return _resolve_hijri(r, ctx.text, ctx.language, ctx.dct, ctx.preferred)
    if r.holiday is not None:  # "Easter", "春节", "next Thanksgiving": the occurrence in the year meant
        return _resolve_holiday(r, ctx.text, ctx.language, ctx.base(r), ctx.preferred)
    if r.value == "PRESENT_REF" and r.when is None and ctx.now is not None:  # "now" at a known time: that second
        now = ctx.now.replace(microsecond=0)
        return replace(r, interval=Interval(now, now + _CLOCK_UNITS["S"]))
    if r.value is not None and r.when is None and r.shift_unit is None:
        return r
    if r.shift_unit is not None:
        return _resolve_move(r, ctx)
    when = r.when or When()
    if r.weekday is not None and when.day is None and r.nth is None:
        base = ctx.base(r)
        if base is None:
            return replace(r, value="XXXX-WXX-" + str(r.weekday + 1), when=None)
        when = when.on_day(_weekday_day(r, base, ctx))
    if when.year is None and when.grain not in ("decade", "century"):
        return _resolve_year(r, when, ctx)
    return replace(r, when=when)


def _resolve_anchored(r: Reading, ctx: _Context) -> Reading:
    """"the last 2 days": the whole units before or after the one holding the reference (a clock unit: the
    reference time)."""
    unit, count, direction = r.anchored
    base = ctx.base(r)
    reference = ctx.now if ctx.now is not None and base is ctx.dct else None
    if reference is None and base is not None and unit not in _CLOCK_UNITS:
        reference = dt.datetime.combine(base, dt.time())
    return replace(r, interval=anchored_interval(reference, unit, count, direction) if reference else None)


def _resolve_move(r: Reading, ctx: _Context) -> Reading:
    """A move from the reference: "yesterday", "next week", "three years ago", "the following day", "October
    last year" (the finer fields the text gives are kept)."""
    base = ctx.base(r)
    grain = UNIT_GRAIN.get(r.shift_unit, "day")
    if r.shift_unit in _CLOCK_UNITS and ctx.now is not None and (r.reference != "previous" or ctx.last_day is None):
        # "三小时后", "three minutes later" with no day named before: from the reference time
        return replace(r, when=_clock_shift(ctx.now, r.shift_unit, r.shift_amount or 0), type="TIME")
    if r.reference == "previous" and ctx.overtaken and grain in ("day", "week"):
        # "en enero de 2011 … dos semanas más tarde": after a month, a move by days or weeks lands on no known day
        # (not on a day named before the month)
        return replace(r, value=_UNKNOWN.get(grain, "XXXX-XX-XX"), when=None)
    back = _from_period(r, ctx.last_period) if r.reference == "previous" and ctx.last_period is not None else None
    if back is not None and (r.when is None or r.when == When()):
        return replace(r, when=back)
    if back is not None and r.shift_unit == "Y" and r.when.day is None and r.when.month is not None:
        # "im Oktober desselben Jahres", "в октябре того же года": the month in the year named last
        return replace(r, when=replace(back, month=r.when.month))
    if base is None:
        unknown = "decade" if r.when is not None and r.when.decade is not None else grain  # "the 80s of the last century"
        return replace(r, value=_UNKNOWN.get(unknown, "XXXX-XX-XX"), when=None)
    if r.from_day is not None:  # "3 years from today": the day moved to
        day = shift(base + dt.timedelta(days=r.from_day), r.shift_unit, r.shift_amount or 0)
        return replace(r, when=from_date(day, "day"))
    day = shift(base, r.shift_unit, r.shift_amount or 0)
    if r.when is not None and r.when.weekend and r.direction is None and base.weekday() < 5:
        # "the weekend" said on a weekday: the one just past in a past clause (or, unsaid, early in the week)
        d = ctx.tense(r) or ctx.preferred
        if d < 0 or d == 0 and base.weekday() < 2:
            day -= dt.timedelta(days=7)
    moved = from_date(day, grain)
    if r.weekday is not None and grain == "week":  # "Wednesday next week"
        day += dt.timedelta(days=r.weekday - day.weekday())
        moved = When(year=day.year, month=day.month, day=day.day)
    elif r.weekday is not None and r.shift_unit == "D" and r.direction:
        # "3 Fridays from now": the last Friday within 3 weeks; "2 Thursdays ago": the first within 2 weeks back
        day = _weekday(day, r.weekday, r.direction)
        moved = When(year=day.year, month=day.month, day=day.day)
    if r.when is not None:  # finer fields the text gives: "yesterday morning", "October last year"
        moved = replace(moved, **{f: getattr(r.when, f) for f in _FINER if getattr(r.when, f) is not None})
    if r.when is not None and r.when.decade is not None and moved.century is not None:
        # "ثمانينيات القرن الماضي", "thập niên 80 của thế kỷ trước": the decade (0-9) of the century moved to
        moved = When(decade=moved.century * 10 + r.when.decade)
    return replace(r, when=moved, type="TIME" if moved.is_time else r.type)


def _weekday_day(r: Reading, base: dt.date, ctx: _Context) -> dt.date:
    """The day a bare weekday names: the direction the words give ("next Tuesday"), else the clause's tense, else
    the reading direction, else the past."""
    direction = r.direction
    said = ctx.tense(r) if direction is None else 0
    d = direction if direction is not None else said or ctx.preferred or -1
    day = _weekday(base, r.weekday, d)
    step = 1 if d > 0 else -1
    if day == base and direction:  # "next Tuesday" said on a Tuesday is a week later, "last Tuesday" earlier
        day += dt.timedelta(days=7 * step)
    if direction and abs(direction) > 1:  # "übernächsten Freitag", "позапрошлый вторник": a week further on (back)
        day += dt.timedelta(days=7 * (direction - step))
    elif day == base and direction is None and not said and ctx.preferred > 0:
        day += dt.timedelta(days=7)  # a bare "Tuesday" said on a Tuesday, read forward: the next one
    return day


def _resolve_year(r: Reading, when: When, ctx: _Context) -> Reading:
    """A date without its year ("22 September", "Monday, 3 November", "at 3 p.m."): the year the tense, the
    weekday or the document date says."""
    base, dct, direction = ctx.base(r), ctx.dct, r.direction
    if when.month is None and when.day is None and when.season is None and when.quarter is None and when.half is None:
        # a clock time or part of day alone: on the document date ("at 3 p.m.", "this morning"); a clock time
        # after a day named earlier in its sentence is on that day ("le 3 juillet à Bogota, à 10 heures")
        if when.hour is not None and ctx.sentence_day is not None and r.reference == "document":
            return replace(r, when=when.on_day(ctx.sentence_day))
        if (when.hour is not None and r.reference == "document" and ctx.told_day is not None
                and ctx.dct is not None and ctx.told_day < ctx.dct and ctx.tense(r) < 0):
            # a clock time in a past clause that names no day, told after a past day: on that day ("Hier, un
            # incendie s'est déclaré. Les pompiers sont arrivés à 15 h."), not on the day of publication
            return replace(r, when=when.on_day(ctx.told_day))
        if base is None:
            return replace(r, when=when)
        when = when.on_day(base)
        if when.hour is not None:  # "at 3 p.m." names no day: the document's is a guess
            r = replace(r, implied_day=True)
    elif dct is not None:
        said = ctx.tense(r) if direction is None else 0
        d = direction if direction is not None else said or ctx.preferred
        matching = _weekday_years(when, r.weekday, dct) if r.weekday is not None else []
        months = _weekday_months(when, r.weekday, dct) if r.weekday is not None else []
        if len(matching) == 1:  # "Monday, 3 November": the year in which 3 November is a Monday
            when = when.with_year(matching[0])
        elif len(months) == 1:  # "Saturday the 16th": the month around in which the 16th is a Saturday
            when = replace(when, year=months[0].year, month=months[0].month)
        elif direction == 0:
            when = when.with_year(dct.year)
        else:
            when = _infer_year(when, dct, d, this_month=direction is None and not said and ctx.preferred > 0,
                               by_month=ctx.language.tense_by_month, told=direction is not None)
            if direction is not None and abs(direction) > 1 and when.year is not None:
                # "übernächsten März", "позапрошлым летом": one more year on (or back) than the next (last) one
                when = when.with_year(when.year + direction - (1 if direction > 0 else -1))
    return replace(r, when=when)
