"""Recurring events: a TIMEX3 SET ("every Thursday", "weekly") anchored by a day or a range of its sentence
becomes an RFC 5545 RRULE on that day's event."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import NamedTuple, Sequence

from timeline.model import Timex
from timeline.text.segment import Span


_RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

#: TIMEX3 unit → RFC 5545 frequency and the longest length of one period in days.
_RRULE_FREQ = {"D": ("DAILY", 1), "W": ("WEEKLY", 7), "M": ("MONTHLY", 31), "Y": ("YEARLY", 366)}

class Recurrence(NamedTuple):
    rrule: str
    #: the weekday it falls on (0 = Monday), if it names one
    weekday: int | None
    period_days: int

def rrule_of(value: str) -> Recurrence | None:
    """The RFC 5545 RRULE of a TIMEX3 SET value: "P1W" → FREQ=WEEKLY, "P2Y" → FREQ=YEARLY;INTERVAL=2,
    "XXXX-WXX-4" → FREQ=WEEKLY;BYDAY=TH."""
    weekday = re.fullmatch(r"XXXX-WXX-([1-7])", value)
    if weekday:
        day = int(weekday.group(1)) - 1
        return Recurrence(f"FREQ=WEEKLY;BYDAY={_RRULE_DAYS[day]}", day, 7)
    period = re.fullmatch(r"P([0-9]{1,3})([DWMY])", value)
    if period is None or int(period.group(1)) == 0:
        return None
    count = int(period.group(1))
    freq, days = _RRULE_FREQ[period.group(2)]
    return Recurrence(f"FREQ={freq}" + (f";INTERVAL={count}" if count > 1 else ""), None, days * count)

def recurrences(calendar_items, timexes: Sequence[Timex], sents: list[Span]) -> dict[int, Recurrence]:
    """A recurring expression ("every Thursday", "weekly") anchored by a day or a range of its sentence
    ("from 5 January", "from 1 March to 30 June") makes that day the first of a recurring event."""
    starts = [s.start for s in sents]
    found: dict[int, Recurrence] = {}
    for t in timexes:
        recurrence = rrule_of(t.value) if t.type == "SET" else None
        if recurrence is None:
            continue
        where = bisect_right(starts, t.start) - 1
        near = [(min(abs(i.start - t.end), abs(t.start - i.end)), n) for n, (i, span) in enumerate(calendar_items)
                if bisect_right(starts, i.start) - 1 == where and span.precision in ("day", "time")
                and _spans_periods(span.start, span.end, recurrence.period_days)]
        if near:
            found.setdefault(min(near)[1], recurrence)
    return found

def _spans_periods(start: dt.date, end: dt.date | None, period: int) -> bool:
    """Whether a day or range can anchor a recurrence of ``period`` days: a range must hold more than one
    period ("every week from March to June"; the two days of "the annual meeting, 17–18 March" are one
    edition, not a recurrence), and an unbounded start repeats at most monthly, never yearly for ever."""
    if end is None or end == start:
        return period <= 31
    return (end - start).days + 1 > period

def first_occurrence(start: dt.date, end: dt.date | None, recurrence: Recurrence) -> tuple[dt.date, str]:
    """The first day of a recurrence from ``start``, and its RRULE bounded by ``end`` when that is later
    (an open start, "starting 5 January", has no end)."""
    weekday = recurrence.weekday
    first = start if weekday is None else start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    rrule = recurrence.rrule
    if end is not None and end > start:
        rrule += f";UNTIL={end.strftime('%Y%m%d')}"
    return first, rrule
