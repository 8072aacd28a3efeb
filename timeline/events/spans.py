"""Which time expressions place something on the calendar, and the calendar span they place."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from dateutil.relativedelta import relativedelta

from timeline.events.comparisons import in_standard, record_since
from timeline.events.words import preceded_by, word_regex
from timeline.events.zones import clock
from timeline.lang import load_language
from timeline.model import Timex, TimexRange
from timeline.text.segment import Span, after_fronted, sentence_around


#: Timex grains → the grain an event takes from them: a weekend, a half-year, a season or a decade is a period.
_EVENT_GRAIN = {"time": "time", "day": "day", "week": "week", "month": "month", "quarter": "quarter", "year": "year",
                "weekend": "period", "half": "period", "season": "period", "decade": "period", "century": "period"}
#: A period opened by "since" is an event when it starts within this many days before the document ("detenido
#: desde el 5 de abril", "since the beginning of 2025" in an article of that year); from longer ago it is a
#: reference point ("ruled since 1783", "the worst since 2015", "the highest since September 2008"). Without a
#: document date, only a day, a week or a month opens one.
_SINCE_GRAINS = ("day", "time", "week", "month")
RECENT_DAYS = 366
#: Grains too coarse for a calendar entry of their own, and for either end of a range ("(1975–1990)").
_COARSE = ("year", "quarter", "period", "none")
#: What may stand between an expression that moves from a date and the date it moves from ("un mes después
#: del 25 de enero", "a month after 25 January"): a short connector, no punctuation.
_ANCHOR_GAP = re.compile(r"\s*[^\W\d]{0,5}\s*[^\W\d]{0,4}\s*")
_SHIFT = re.compile(r"(-?)P([0-9]+)([DWMY])")
_ASIDE = re.compile(r"\([^()\n]{0,120}\)")


def grain_of(timex: Timex) -> str:
    """The grain of an event placed by ``timex``, from the grain of its value (``Timex.grain``); "none" when the
    expression has no calendar position."""
    if timex.interval is None:
        return "none"
    return _EVENT_GRAIN.get(timex.grain, "none")


@dataclass(frozen=True)
class CalendarSpan:
    """The days an expression (or a range of two) places something on."""

    start: dt.date
    #: the last day, inclusive; None for an open period ("since 5 April")
    end: dt.date | None
    precision: str
    approximate: bool
    #: the grain of the expression (or of a range's first end)
    grain: str


@dataclass(frozen=True)
class Item:
    """A time expression (or a range of two) that may be an event."""

    first: int
    last: int
    start: int
    end: int


def calendar_items(timexes: Sequence[Timex], ranges: Sequence[TimexRange]) -> list[Item]:
    in_range = {}
    for r in ranges:
        for i in range(r.first, r.last + 1):
            in_range[i] = r
    items: list[Item] = []
    seen: set[int] = set()
    for i, t in enumerate(timexes):
        if i in seen:
            continue
        r = in_range.get(i)
        if r is not None:
            seen.update(range(r.first, r.last + 1))
            items.append(Item(r.first, r.last, timexes[r.first].start, timexes[r.last].end))
        else:
            items.append(Item(i, i, t.start, t.end))
    return items


def in_name(text: str, item: Item, code: str) -> bool:
    """Whether the expression is part of a name: "Puente 6 de octubre", "pont du 6 octobre", "Revolución del 25
    de Enero" (``[events] name_heads`` before it), "6 October Bridge", "April 6 Movement" (``name_tails`` after)."""
    if preceded_by(text, item.start, code, "name_heads", 40) is not None:
        return True
    after = word_regex(code, ("name_tails",), "start")
    return bool(after and after.match(text, item.end, min(len(text), item.end + 40)))


def _written_as_one(text: str, before: Timex, timex: Timex, code: str) -> bool:
    """Whether two expressions are written as one ("janvier-février 2011", "enero y febrero")."""
    gap = text[before.end:timex.start]
    conjunction = word_regex(code, ("conjunctions",), "word")
    return re.fullmatch(r"\s*[-–/]\s*", gap) is not None or (
        conjunction is not None and conjunction.fullmatch(gap.strip()) is not None)


def _restates(text: str, item: Item, following: Timex) -> bool:
    """Whether the expression right after the item, in brackets, restates it with a written date: "aujourd'hui
    (30 novembre 2012)", "hoy (25 de enero)"."""
    return re.fullmatch(r"[^\S\n]*\(\s*", text[item.end:following.start]) is not None and any(
        c.isdigit() for c in following.text) and text[following.end:following.end + 3].lstrip().startswith(")")


def hypothetical(text: str, clause_start: int, code: str) -> bool:
    """Whether the clause that begins at ``clause_start`` is a hypothesis ("Si on l'avait annoncé le 1er avril",
    "If it had been announced on 1 April": ``[events] condition_words``): no happening."""
    condition = word_regex(code, ("condition_words",), "start")
    return condition is not None and condition.match(text, clause_start) is not None


#: a sentence that ends with a question mark, closing quotes or brackets after it
_QUESTION = re.compile(r"[?？؟][\"'”»)\s]*$")


def asked(sentence: str) -> bool:
    """Whether the sentence is a question ("Les hélicoptères font-ils aujourd'hui une différence ?", "¿Caerá el
    régimen el viernes?"): it asks, it tells no happening."""
    return _QUESTION.search(sentence) is not None


def _shifted(day: dt.date, shift: str) -> dt.date:
    sign, amount, unit = _SHIFT.fullmatch(shift).groups()
    n = -int(amount) if sign else int(amount)
    return day + {"D": relativedelta(days=n), "W": relativedelta(weeks=n), "M": relativedelta(months=n),
                  "Y": relativedelta(years=n)}[unit]


def _date_at(n: int, timexes: Sequence[Timex], grains: tuple[str, ...]) -> Timex | None:
    t = timexes[n] if 0 <= n < len(timexes) else None
    return t if t is not None and t.interval is not None and grain_of(t) in grains else None


def _linked(gap: str, code: str) -> bool:
    """Whether ``gap`` joins a date to the move right after it: nothing but space, or a link word
    (``[events] anchor_links``: "1月25日的一个月后")."""
    link = word_regex(code, ("anchor_links",), "start")
    return not gap.strip() or (link is not None and (m := link.match(gap)) is not None and not gap[m.end():].strip())


def _only(regex: re.Pattern[str] | None, gap: str) -> bool:
    """Whether ``gap`` holds one of the words of ``regex`` and nothing else but spaces and a comma."""
    return regex is not None and (m := regex.match(gap)) is not None and not gap[m.end():].strip(" ,")


def counted_from(n: int, timexes: Sequence[Timex], text: str, code: str) -> tuple[int, str] | None:
    """The date expression ``n`` counts from, and the move, when the text gives that date beside it: (index, "P1M"
    or "-P2W").

    A move from a date (``Timex.narrative_shift``: "un mes después", "一个月后") counts from the day or month right
    after it ("un mes después del 25 de enero") or right before it ("1月25日一个月后"). A duration counts from the day
    after it with a word of direction between them ("a month after 25 January", "einen Monat nach dem 25. Januar":
    ``[events] after_words``, ``before_words``), or before the duration and a link word between ("بعد شهر من 25
    يناير": ``anchor_links``); or from the day right before it, joined to it by a word of direction without a space
    in a language that writes none ("2025年1月25日后一个月")."""
    t = timexes[n]
    if t.narrative_shift:
        if (following := _date_at(n + 1, timexes, ("day", "month"))) is not None and \
                _ANCHOR_GAP.fullmatch(text, t.end, following.start):
            return n + 1, t.narrative_shift
        if (preceding := _date_at(n - 1, timexes, ("day", "month"))) is not None and \
                _linked(text[preceding.end:t.start], code):
            return n - 1, t.narrative_shift
        return None
    if t.type != "DURATION" or not _SHIFT.fullmatch(t.value):
        return None
    link = word_regex(code, ("anchor_links",), "start")
    for words, sign in (("after_words", ""), ("before_words", "-")):
        regex = word_regex(code, (words,), "start")
        if (following := _date_at(n + 1, timexes, ("day",))) is not None and following.start - t.end <= 12:
            gap = text[t.end:following.start]
            if _only(regex, gap) or (_only(link, gap) and preceded_by(text, t.start, code, words, 12) is not None):
                return n + 1, sign + t.value
        if (preceding := _date_at(n - 1, timexes, ("day",))) is not None and t.start - preceding.end <= 4:
            gap = text[preceding.end:t.start]
            if gap and not any(c.isspace() for c in gap) and regex is not None and regex.fullmatch(gap):
                return n - 1, sign + t.value
    return None


def narrative_span(item: Item, timexes: Sequence[Timex], text: str, code: str) -> CalendarSpan | None | bool:
    """An expression that moves from a date ("un mes después", "dix ans après", "a year earlier"), re-anchored:
    to the date it counts from when the text gives it beside it (``counted_from``: "un mes después del 25 de enero",
    "1月25日一个月后": 25 February); else a move of days or weeks stays where the tagger put it (from the date named
    before: "al día siguiente"), and a move of months or years places nothing ("dix ans après sa mort": the death's
    date is not given), nor does any move from the happening it names (followed by ``[events] anchor_words``: "48
    heures après la destitution"; or preceded by ``anchor_ends``: "袭击发生三天后"). True: not such an expression."""
    t = timexes[item.first]
    if item.first != item.last or not t.narrative_shift:
        return True
    counted = counted_from(item.first, timexes, text, code)
    if counted is not None:
        n, shift = counted
        if not _SHIFT.fullmatch(shift):
            return None
        start = _shifted(timexes[n].interval.begin.date(), shift)
        grain = grain_of(timexes[n])
        end = start if grain == "day" else (start + relativedelta(months=1) - dt.timedelta(days=1))
        return CalendarSpan(start, end, grain, False, grain)
    anchor = word_regex(code, ("anchor_words",), "start")
    if anchor is not None and anchor.match(text, t.end, min(len(text), t.end + 12)):
        return None  # "48 heures après la destitution", "dos días después de la matanza": from an undated happening
    if preceded_by(text, t.start, code, "anchor_ends", 12) is not None:
        return None  # "袭击发生三天后": from a happening told right before it, whose date is not given
    return True if _SHIFT.fullmatch(t.narrative_shift) and t.narrative_shift[-1] in "DW" else None


def duration_from_date(item: Item, timexes: Sequence[Timex], text: str, code: str) -> CalendarSpan | None:
    """A duration counted from a date the text gives beside it (``counted_from``: "a month after 25 January",
    "بعد شهر من 25 يناير", "2025年1月25日后一个月") places the day it reaches."""
    counted = counted_from(item.first, timexes, text, code) if item.first == item.last else None
    if counted is None:
        return None
    n, shift = counted
    day = _shifted(timexes[n].interval.begin.date(), shift)
    return CalendarSpan(day, day, "day", False, "day")


def _is_counted_from(item: Item, timexes: Sequence[Timex], text: str, code: str) -> bool:
    """Whether a neighbour of the item counts from it: "25 January" of "a month after 25 January" or of
    "1月25日一个月后"."""
    return any(0 <= m < len(timexes) and (c := counted_from(m, timexes, text, code)) is not None and c[0] == n
               for m, n in ((item.first - 1, item.first), (item.last + 1, item.last)))


def opens_period(item: Item, timexes: Sequence[Timex], text: str, code: str) -> bool:
    """Whether "since" (``[events] since_words``) opens a period at the expression: "desde el 5 de abril"."""
    return (item.first == item.last and grain_of(timexes[item.first]) != "time"
            and preceded_by(text, item.start, code, "since_words") is not None)


def reference_point(item: Item, timexes: Sequence[Timex], text: str, code: str,
                    document_date: dt.date | None) -> bool:
    """Whether the expression is a point something is measured from or against, not a happening: a period opened
    by "since" long before the document ("vacant since 1981", "the highest since September 2008") or in a clause
    that compares ("the highest since March", "la première fois depuis avril": ``comparisons.record_since``), and
    a date in the standard of a comparison ("more than in March", "la misma cantidad que … el 25 de febrero",
    "moins que les 20.000 tués annoncés le mois dernier": ``comparisons.in_standard``)."""
    if opens_period(item, timexes, text, code):
        start = timexes[item.first].interval.begin.date()
        if document_date is not None and (document_date - start).days > RECENT_DAYS:
            return True
        if record_since(text, item.start, item.end, code, timexes):
            return True
    return in_standard(text, item.start, item.end, code, timexes)


def calendar_span(item: Item, timexes: Sequence[Timex], text: str, code: str,
                  document_date: dt.date | None = None) -> CalendarSpan | None:
    """The span the item places on the calendar, or None: durations, vague references, bare years, reference
    points ("since 1783", "more than in March": ``reference_point``), ranges of years, dates inside names, moves from a happening whose date is not given."""
    first, last = timexes[item.first], timexes[item.last]
    if first.type == "DURATION":
        return duration_from_date(item, timexes, text, code)
    if first.type not in ("DATE", "TIME") or first.interval is None or last.interval is None:
        return None
    narrative = narrative_span(item, timexes, text, code)
    if narrative is not True:
        return narrative
    if _is_counted_from(item, timexes, text, code):
        return None  # "25 January" of "a month after 25 January": the day counted from, a reference point
    grain = grain_of(first)
    kind = rule_kinds(code).get(first.rule or "")
    if kind == "ago" and grain not in ("day", "time"):
        return None  # "il y a une semaine", "hace un mes": roughly then, no calendar entry
    if kind in ("ago", "later") and first.mod == "APPROX":
        return None  # "hace unos 12 días", "dans une quinzaine de jours": about then, no calendar entry
    if deictic(first) and item.last + 1 < len(timexes) and _restates(text, item, timexes[item.last + 1]):
        return None  # "annoncé aujourd'hui (30 novembre 2012)": the date in brackets places it
    # a name holds a calendar date (a day number, a month), never a day counted from now: "la ville lundi", "the
    # square on Monday" is a place and its day
    nameable = any(c.isdigit() for c in first.text) or grain not in ("day", "time", "week")
    if (nameable and in_name(text, item, code)) or (
            item.first > 0 and _written_as_one(text, timexes[item.first - 1], first, code)
            and in_name(text, Item(item.first - 1, item.first - 1, timexes[item.first - 1].start,
                                   timexes[item.first - 1].end), code)):
        return None  # the second of "la révolution de janvier-février 2011" is in the name too
    limit = word_regex(code, ("limit_words",), "start")
    if deictic(first) and (preceded_by(text, item.start, code, "limit_words", 12) is not None
                           or (limit is not None and limit.match(text, item.start, item.end))):
        return None  # "d'ici quinze jours", "hasta mañana": a deadline counted from now, no calendar entry
    if grain == "time" and any(m.start() < item.start < m.end() for m in _ASIDE.finditer(
            text, max(0, item.start - 60), min(len(text), item.end + 60))):
        return None  # "22.00 horas (nueve de la noche en España)": the same time on another clock
    if reference_point(item, timexes, text, code, document_date):
        return None
    # "since" opens a period; a range has its own end ("from 25 to 26 October", "từ 25 đến 26/10")
    since = opens_period(item, timexes, text, code)
    start = first.interval.begin.date()
    end = (last.interval.end - dt.timedelta(microseconds=1)).date()
    approximate = first.mod in ("START", "MID", "END", "APPROX") or (since and grain not in ("day", "time"))
    if since:
        if grain not in _SINCE_GRAINS and document_date is None:
            return None
        return CalendarSpan(start, None, "approximate" if approximate else grain, approximate, grain)
    if grain in _COARSE and (item.first == item.last or grain_of(last) in _COARSE):
        return None  # a bare year or quarter, a range of years: no calendar entry
    precision = "day" if item.first != item.last else ("approximate" if approximate else grain)
    if precision == "time":
        precision = "day"
    return CalendarSpan(start, end, precision, approximate, grain)


@lru_cache(maxsize=None)
def _future(code: str) -> re.Pattern[str] | None:
    markers = load_language(code).future_markers
    return re.compile("|".join(rf"\b(?:{m})\b" for m in markers), re.IGNORECASE) if markers else None


def beyond_horizon(span: CalendarSpan, sentence: str, code: str, document_date: dt.date | None) -> bool:
    """An event more than a year after its article, in a sentence that says nothing of the future ("murió el 25 de
    noviembre de 2016" in a page of 2011, "la fin de son mandat en juin 2016"): a later page's sidebar or a mere
    reference, not a happening the article reports or announces. So is a period opened by "since" that would
    begin after its article ("se trouve aux USA depuis le 24 juillet" in June: written later, or misread), unless
    the sentence speaks of the future ("Starting 5 January, the market will be held…")."""
    if document_date is None:
        return False
    later = (span.start - document_date).days
    if later <= RECENT_DAYS and not (span.end is None and later > 0):
        return False
    future = _future(code)
    # names are no verbs: "Birán" is not a future in "-rán"
    return future is None or not future.search(re.sub(r"\b[^\W\d_a-zà-ÿ]\w*", " ", sentence))


def deictic(timex: Timex) -> bool:
    """An expression counted from the time of speaking ("today", "mañana", "cette nuit"): no digit, no month."""
    return not any(c.isdigit() for c in timex.text) and timex.grain in ("day", "time", "week", "month")


@lru_cache(maxsize=None)
def rule_kinds(code: str) -> dict[str, str]:
    return {r.name: r.kind for r in load_language(code).rules}


def weekday_conflict(timex: Timex, code: str) -> int | None:
    """The weekday (0 = Monday) the expression names when its day falls on another ("viernes 24 de julio" on a
    Tuesday): the text is wrong somewhere, and the event says so."""
    if timex.interval is None or grain_of(timex) not in ("day", "time"):
        return None
    days = load_language(code).table("weekdays")
    for word in re.findall(r"[^\W\d_]{4,}", timex.text.casefold()):
        named = days.get(word)
        if named is not None:
            return int(named) if int(named) != timex.interval.begin.weekday() else None
    return None


def clock_times(item: Item, timexes: Sequence[Timex]) -> tuple[dt.time | None, dt.time | None]:
    """(start_time, end_time) of a clock time or a range of two ("de 8 heures à 20 heures")."""
    start = clock(timexes[item.first])
    end = clock(timexes[item.last]) if item.last != item.first else None
    return (start, end) if start is not None else (None, None)

def is_clock_item(item: Item, timexes: Sequence[Timex]) -> bool:
    return timexes[item.first].type == "TIME" and grain_of(timexes[item.first]) == "time"

def absorbed_clocks(calendar_items, timexes: Sequence[Timex], sents: list[Span],
                     document_date: dt.date | None) -> tuple[set[int], dict[int, tuple[dt.time | None, dt.time | None]]]:
    """Clock times that belong to a day named in the same sentence ("at 10:00 local time on Saturday").

    A clock time joins the nearest day of its sentence when it falls on that day, or when it fell on the
    document date only because it named no day of its own. Returns the absorbed items' indices and the times
    each remaining item takes."""
    absorbed: set[int] = set()
    times: dict[int, tuple[dt.time | None, dt.time | None]] = {}
    starts = [s.start for s in sents]
    clocks: dict[int, list[int]] = {}
    days: dict[int, list[int]] = {}
    for n, (item, span) in enumerate(calendar_items):
        where = bisect_right(starts, item.start) - 1
        if is_clock_item(item, timexes):
            times[n] = clock_times(item, timexes)
            clocks.setdefault(where, []).append(n)
        elif span.end is not None and grain_of(timexes[item.first]) == "day":
            days.setdefault(where, []).append(n)
    for where, numbers in clocks.items():
        for n in numbers:
            item, span = calendar_items[n]
            near = []
            for m in days.get(where, ()):
                other, o_span = calendar_items[m]
                if o_span.start <= span.start <= o_span.end or timexes[item.first].implied_day:
                    near.append((min(abs(other.start - item.end), abs(item.start - other.end)), m))
            if near:
                m = min(near)[1]
                absorbed.add(n)
                if times.get(m, (None, None))[0] is None and times[n][0] is not None:
                    times[m] = times[n]
    return absorbed, times

#: The speaker named between a verb of saying and its day: "a réaffirmé Nicolas Sarkozy jeudi".
_SPEAKER = re.compile(r"(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}\s*$")


#: how far before its day the noun of a report's medium may start ("lors d'une conférence de presse organisée lundi")
_MEDIUM_REACH = 80


def reporting_date(text: str, item: Item, span: CalendarSpan, code: str, document_date: dt.date | None) -> bool:
    """ "the ministry said on Thursday", "a annoncé, vendredi,", "a réaffirmé Nicolas Sarkozy jeudi": a day (or the
    week) next to a reporting verb, within a week of the document date, dates the report, not an event. So does a
    day that dates the medium a report came by (``report_media``: "dans un communiqué publié lundi", "lors d'une
    conférence de presse organisée vendredi", "son édition de dimanche", "une source citée jeudi par…"): what the
    report tells happened on a day of its own, said or not."""
    if (document_date is None or span.end is None or (span.end - span.start).days > 6
            or abs((span.start - document_date).days) > 7):
        return False
    before = preceded_by(text, item.start, code, "reporting_words", 30)
    if before is None and text[item.start - 2:item.start] == ", ":  # "a annoncé, vendredi,"
        before = preceded_by(text, item.start - 2, code, "reporting_words", 30)
    if before is None and (speaker := _SPEAKER.search(text, max(0, item.start - 40), item.start)):
        before = preceded_by(text, speaker.start(), code, "reporting_words", 30)
    if before is None:
        before = preceded_by(text, item.start, code, "report_media", _MEDIUM_REACH)
    after = word_regex(code, ("reporting_words",), "start")
    return (before is not None or bool(after and after.match(text, item.end, min(len(text), item.end + 30)))
            or _fronted_before_saying(text, item, code))


#: how far the verb of a fronted date's clause may be
_FRONTED_REACH = 100
_CLAUSE_END = re.compile(r"[,;:.!?\n،؛，。]")


def _fronted_before_saying(text: str, item: Item, code: str) -> bool:
    """ "Dimanche, le porte-parole des insurgés a affirmé que…": a date fronted before its clause and set off by a
    comma, whose clause's verb is one of saying before any other comma, dates the saying."""
    left, _ = sentence_around(text, item.start, item.end)
    start = after_fronted(text, left, item.start, item.end)
    if start is None:
        return False
    stop = _CLAUSE_END.search(text, start, start + _FRONTED_REACH)
    saying = word_regex(code, ("reporting_words",), "word")
    return bool(saying and saying.search(text, start, stop.start() if stop else start + _FRONTED_REACH))
