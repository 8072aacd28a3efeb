"""Which time expressions place something on the calendar, and the calendar span they place."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence

from timeline.events.words import preceded_by, word_regex
from timeline.events.zones import clock
from timeline.model import Timex, TimexRange
from timeline.text.segment import Span


def grain_of(timex: Timex) -> str:
    """The precision of a DATE/TIME from the length of its interval."""
    iv = timex.interval
    if iv is None:
        return "none"
    seconds = (iv.end - iv.begin).total_seconds()
    days = seconds / 86400
    if days < 1:
        return "time"
    if days == 1:
        return "day"
    if days == 7:
        return "week"
    if 28 <= days <= 31:
        return "month"
    if 89 <= days <= 92:
        return "quarter"
    if 365 <= days <= 366:
        return "year"
    return "period"

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

def calendar_span(item: Item, timexes: Sequence[Timex], text: str, code: str):
    """(start, end, precision, approximate_start) if the item places something on the calendar, else None."""
    first, last = timexes[item.first], timexes[item.last]
    if first.type not in ("DATE", "TIME") or first.interval is None or last.interval is None:
        return None
    grain = grain_of(first)
    # "since" opens a period; a range has its own end ("from 25 to 26 October", "từ 25 đến 26/10")
    since = (item.first == item.last and grain != "time"
             and preceded_by(text, item.start, code, "since_words") is not None)
    start = first.interval.begin.date()
    end = (last.interval.end - dt.timedelta(microseconds=1)).date()
    approximate = first.mod in ("START", "MID", "END", "APPROX") or (since and grain not in ("day", "time"))
    if since:
        return start, None, "approximate" if approximate else grain, approximate
    if grain in ("year", "quarter", "period") and item.first == item.last:
        return None  # a bare year or quarter does not make a calendar entry
    precision = "day" if item.first != item.last else ("approximate" if approximate else grain)
    if precision == "time":
        precision = "day"
    return start, end, precision, approximate

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
    for n, (item, (_start, end, _p, _a)) in enumerate(calendar_items):
        where = bisect_right(starts, item.start) - 1
        if is_clock_item(item, timexes):
            times[n] = clock_times(item, timexes)
            clocks.setdefault(where, []).append(n)
        elif end is not None and grain_of(timexes[item.first]) == "day":
            days.setdefault(where, []).append(n)
    for where, numbers in clocks.items():
        for n in numbers:
            item, (start, *_rest) = calendar_items[n]
            near = []
            for m in days.get(where, ()):
                other, (o_start, o_end, *_more) = calendar_items[m]
                if o_start <= start <= o_end or start == document_date:
                    near.append((min(abs(other.start - item.end), abs(item.start - other.end)), m))
            if near:
                m = min(near)[1]
                absorbed.add(n)
                if times.get(m, (None, None))[0] is None and times[n][0] is not None:
                    times[m] = times[n]
    return absorbed, times

def reporting_date(text: str, item: Item, span: tuple, code: str, document_date: dt.date | None) -> bool:
    """ "the ministry said on Thursday": a day next to a reporting verb, within a week of the document date,
    dates the report, not an event."""
    start, end, _precision, _approximate = span
    if document_date is None or end is None or start != end or abs((start - document_date).days) > 7:
        return False
    before = preceded_by(text, item.start, code, "reporting_words", 30)
    after = word_regex(code, ("reporting_words",), "start")
    return before is not None or bool(after and after.match(text, item.end, min(len(text), item.end + 30)))
