"""Time expressions + sentences + places → events; mentions of the same event merged into one.

A time expression becomes an event when it places something on the calendar: a day, a range of days, a week
or month, or a period opened by "since". Durations, vague references ("the future") and bare years do not.
A clock time in a sentence that names a day gives that day's event its time ("at 10:00 local time on
Saturday"); a clock time that names no day is no event. A recurring expression anchored by a day becomes a
recurring event.

Titles are a quoted name when the text gives one ("an event titled "The Road to Hanoi""), otherwise the clause
around the date without its reporting verbs and auxiliaries, the date and the place. The place is the nearest
one the clause (else the sentence) introduces with a locative preposition. Titles, places and the words used
to find them are taken from the article, through the language's resource file (``[events]``); nothing here
knows a particular language.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeline.lang import Language, load_language
from timeline.model import Document, Event, Mention, Place, Timex, TimexRange
from timeline.places import PlaceMention
from timeline.tagger.when import zone_offset
from timeline.text.quotes import Quote, quotes
from timeline.text.segment import Span, clauses, containing, sentences

TITLE_LIMIT = 80
#: A clause title shorter than this says too little: the subject clause of the sentence is added to it.
TITLE_MINIMUM = 12
_PUNCT_EDGES = " \t\n.,;:!?،؛؟-–—()[]{}\"'“”«»„。，、；：！？"
#: Combining marks are part of a word: Arabic vowel signs ("تُعقد"), tones written apart from their vowel.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
#: A TIMEX3 value that carries a clock time ("2025-10-25T10:00"), not only a part of the day ("…TMO").
_CLOCK = re.compile(r"T[0-9]{2}(?::[0-9]{2})?")
#: The zone a clock time was said in ("14:00 GMT": ...T14:00Z, "16 Uhr CET": ...T16:00+01:00).
_ZONE = re.compile(r"T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})$")
#: A parenthesised aside ("(Hoa Kỳ)", "(UNODC)"): no clause boundary, never part of a title.
_ASIDE = re.compile(r"\([^()\n]{0,200}\)")
_IS_MARK = re.compile(f"[{_MARKS}]")


@dataclass(frozen=True)
class Draft:
    """One mention of a would-be event, before mentions of the same event are merged."""

    start: dt.date
    end: dt.date | None
    precision: str
    approximate_start: bool
    mention: Mention
    title: str
    #: 2: a quoted name, 1: taken from the clause, 0: a fallback
    title_quality: int
    language: str
    place: Place | None
    place_rank: int
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    recurrence: str | None = None


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


def _recurrences(calendar_items, timexes: Sequence[Timex], sents: list[Span]) -> dict[int, Recurrence]:
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
                if bisect_right(starts, i.start) - 1 == where and span[2] in ("day", "time")
                and _spans_periods(span[0], span[1], recurrence.period_days)]
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


def _first_occurrence(start: dt.date, end: dt.date | None, recurrence: Recurrence) -> tuple[dt.date, str]:
    """The first day of a recurrence from ``start``, and its RRULE bounded by ``end`` when that is later
    (an open start, "starting 5 January", has no end)."""
    weekday = recurrence.weekday
    first = start if weekday is None else start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    rrule = recurrence.rrule
    if end is not None and end > start:
        rrule += f";UNTIL={end.strftime('%Y%m%d')}"
    return first, rrule


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


@lru_cache(maxsize=None)
def _word_regex(code: str, names: tuple[str, ...], anchor: str) -> re.Pattern[str] | None:
    """The words of the language's ``[events]`` lists ``names`` as one pattern.

    anchor "end": the words right before a position; "start": right after one; "word": the words anywhere, as
    whole words (in a language written without spaces, anywhere at all)."""
    language = load_language(code)
    words = [w for name in names for w in language.words(name)]
    if not words:
        return None
    body = "|".join(sorted(set(words), key=len, reverse=True))
    if anchor == "start":  # the words right after a position
        return re.compile(rf"\s*(?:{body})" + ("" if not language.spaced else rf"(?![\w{_MARKS}])"), re.IGNORECASE)
    if not language.spaced:
        return re.compile(rf"(?:{body})\s*$" if anchor == "end" else rf"(?:{body})", re.IGNORECASE)
    if anchor == "end":  # a clitic may be written joined to the word: "ومنذ" is "و" + "منذ"
        clitic = f"[{re.escape(language.clitics)}]?" if language.clitics else ""
        return re.compile(rf"(?:^|(?<=[^\w{_MARKS}])){clitic}(?:{body})\s*$", re.IGNORECASE)
    return re.compile(rf"(?<![\w{_MARKS}])(?:{body})(?![\w{_MARKS}])", re.IGNORECASE)


def _preceded_by(text: str, pos: int, code: str, name: str, window: int = 30) -> re.Match[str] | None:
    regex = _word_regex(code, (name,), "end")
    return regex.search(text[max(0, pos - window):pos]) if regex else None


@dataclass(frozen=True)
class _Item:
    """A time expression (or a range of two) that may be an event."""

    first: int
    last: int
    start: int
    end: int


def _items(timexes: Sequence[Timex], ranges: Sequence[TimexRange]) -> list[_Item]:
    in_range = {}
    for r in ranges:
        for i in range(r.first, r.last + 1):
            in_range[i] = r
    items: list[_Item] = []
    seen: set[int] = set()
    for i, t in enumerate(timexes):
        if i in seen:
            continue
        r = in_range.get(i)
        if r is not None:
            seen.update(range(r.first, r.last + 1))
            items.append(_Item(r.first, r.last, timexes[r.first].start, timexes[r.last].end))
        else:
            items.append(_Item(i, i, t.start, t.end))
    return items


def _calendar_span(item: _Item, timexes: Sequence[Timex], text: str, code: str):
    """(start, end, precision, approximate_start) if the item places something on the calendar, else None."""
    first, last = timexes[item.first], timexes[item.last]
    if first.type not in ("DATE", "TIME") or first.interval is None or last.interval is None:
        return None
    grain = grain_of(first)
    # "since" opens a period; a range has its own end ("from 25 to 26 October", "từ 25 đến 26/10")
    since = (item.first == item.last and grain != "time"
             and _preceded_by(text, item.start, code, "since_words") is not None)
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


def _clock(timex: Timex) -> dt.time | None:
    """The clock time a TIME carries ("10:00"), None for a part of the day ("morning") or a date. A time said in a
    zone ("14:00 GMT") carries that zone's offset as its tzinfo (``_in_place_zone`` resolves it)."""
    if timex.type != "TIME" or timex.interval is None or not _CLOCK.search(timex.value):
        return None
    zone = _ZONE.search(timex.value)
    offset = zone_offset(zone.group(1)) if zone else None
    return timex.interval.begin.time().replace(tzinfo=offset)


def _in_place_zone(start: dt.date, end: dt.date | None, start_time: dt.time | None, end_time: dt.time | None,
                   place: Place | None, zone_clock: bool):
    """(start, end, start_time, end_time) with a time said in a zone ("14:00 GMT", a tzinfo from ``_clock``) put on
    the clock of the event's place, as Event times are (16:00 in Cairo, the day moving with it). Without a place
    zone, or when the tagger already put the interval on the document's clock (``zone_clock`` False: an aware
    document date), the times stay as the interval gives them. The times returned are naive."""
    naive = [t.replace(tzinfo=None) if t is not None else None for t in (start_time, end_time)]
    if start_time is None or start_time.tzinfo is None or not zone_clock or place is None or not place.timezone:
        return start, end, naive[0], naive[1]
    try:
        zone = ZoneInfo(place.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return start, end, naive[0], naive[1]
    begin = dt.datetime.combine(start, start_time).astimezone(zone)
    shift = begin.date() - start
    if end_time is not None:
        end_time = dt.datetime.combine(end or start, end_time.replace(tzinfo=end_time.tzinfo or start_time.tzinfo))
        end_time = end_time.astimezone(zone).time()
    return begin.date(), end + shift if end is not None else None, begin.time(), end_time


def _times(item: _Item, timexes: Sequence[Timex]) -> tuple[dt.time | None, dt.time | None]:
    """(start_time, end_time) of a clock time or a range of two ("de 8 heures à 20 heures")."""
    start = _clock(timexes[item.first])
    end = _clock(timexes[item.last]) if item.last != item.first else None
    return (start, end) if start is not None else (None, None)


def _is_clock_item(item: _Item, timexes: Sequence[Timex]) -> bool:
    return timexes[item.first].type == "TIME" and grain_of(timexes[item.first]) == "time"


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
    return "".join(chars)


def _strip_edges(title: str, code: str) -> str:
    edge = _word_regex(code, ("edge_words",), "word")
    previous = None
    while previous != title:
        previous = title
        title = title.strip()
        if edge is not None and (m := edge.match(title)) and m.start() == 0:  # before punctuation: "'s"
            title = title[m.end():]
        title = title.strip(_PUNCT_EDGES)
        if edge is not None:
            m = edge.match(title)
            if m and m.start() == 0:
                title = title[m.end():]
            tail = None
            for tail in edge.finditer(title):
                pass
            if tail is not None and tail.end() == len(title):
                title = title[:tail.start()]
    return " ".join(title.split())


def _strip_tail(piece: str, code: str) -> str:
    """A piece of a title before a removed date or place, without the words that introduced it ("in", "from")."""
    words = _word_regex(code, ("edge_words", "locative_prepositions", "range_openers", "since_words"), "end")
    previous = None
    while previous != piece:
        previous = piece
        piece = piece.rstrip(_PUNCT_EDGES)
        if words is not None and (m := words.search(piece)):
            piece = piece[:m.start()]
    return piece


def shorten(title: str, limit: int = TITLE_LIMIT) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(_PUNCT_EDGES) + "…"


def _naming_start(text: str, quote: Quote, code: str) -> int:
    """Where the words that introduce a slogan ("under the theme") begin."""
    m = _preceded_by(text, quote.start, code, "slogan_words", 40)
    return quote.start - len(m.group().lstrip(_PUNCT_EDGES)) if m else quote.start


def _blank(regex: re.Pattern[str] | None, piece: str) -> str:
    """``piece`` with the matches of ``regex`` blanked, combining marks ignored ("تعقد" matches "تُعقد")."""
    if regex is None:
        return piece
    keep = [i for i, c in enumerate(piece) if not _IS_MARK.match(c)]
    bare = "".join(piece[i] for i in keep)
    spans = []
    for m in regex.finditer(bare):
        if m.end() > m.start():
            end = keep[m.end() - 1] + 1
            while end < len(piece) and _IS_MARK.match(piece[end]):
                end += 1
            spans.append((keep[m.start()], end))
    return _mask(piece, spans)


def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _clause_title(text: str, lo: int, hi: int, code: str, removed: Sequence[tuple[int, int]]) -> str:
    """The words of [lo, hi) outside the removed spans, without the words that introduced a removed span,
    the language's ``title_drop`` words (reporting verbs, auxiliaries), nor edge words."""
    drop = _word_regex(code, ("title_drop",), "word")
    pieces: list[str] = []
    pos = lo
    for s, e in _merge_spans((max(lo, s), min(hi, e)) for s, e in removed if s < hi and e > lo):
        if s > pos:
            pieces.append(_strip_tail(_blank(drop, text[pos:s]), code))
        pos = max(pos, e)
    if pos < hi:
        pieces.append(_blank(drop, text[pos:hi]))
    joiner = " " if load_language(code).spaced else ""  # Chinese: no spaces between words
    title = joiner.join(" ".join(pieces).split())
    title = re.sub(r"\(\s*\)|\[\s*\]|«\s*»|“\s*”|\"\s*\"", " ", title)  # brackets and quotes left empty
    title = re.sub(r"\s+([,;:،؛])", r"\1", title)  # punctuation left alone by a removal
    title = re.sub(r"([,;:،؛])(?:\s*[,;:،؛])+", r"\1", title)
    return _strip_edges(title, code)


def _title(text: str, code: str, sent: Span, bounds: list[tuple[int, int]], lo: int, hi: int,
           removed: Sequence[tuple[int, int]]) -> tuple[str, int]:
    """The clause's own words; too few, the sentence's first clause (its subject) and then the clause that
    follows a fronted date ("Ngày 28/10, mưa lớn…", "The following day, soldiers…") complete it."""
    title = _clause_title(text, lo, hi, code, removed)
    if len(title) >= TITLE_MINIMUM:
        return shorten(_capitalised(title)), 1
    k = next((n for n, (a, b) in enumerate(bounds) if a <= lo < b or a < hi <= b), 0)
    before = [_clause_title(text, a, b, code, removed) for a, b in bounds[:k]]
    if any(before):
        subject = next(t for t in before if t)
        extended = f"{subject} {title}".strip()
    elif k + 1 < len(bounds):
        extended = f"{title} {_clause_title(text, bounds[k + 1][0], bounds[k + 1][1], code, removed)}".strip()
    else:
        extended = title
    if len(extended) >= TITLE_MINIMUM or len(extended) > len(title):
        title = extended
    if len(title) < 3:
        title = _clause_title(text, sent.start, sent.end, code, removed)
    return (shorten(_capitalised(title)), 1) if len(title) >= 3 else ("", 0)


def _capitalised(title: str) -> str:
    """A title begins with a capital, as the sentence it was cut from did ("the opening session" → "The …")."""
    return title[:1].upper() + title[1:] if title[:1].islower() else title


def _place_for(places: Sequence[PlaceMention], text: str, code: str, lo: int, hi: int,
               anchor: int) -> tuple[Place | None, int]:
    """The place nearest ``anchor`` in [lo, hi) that the text introduces with a locative preposition
    (``places`` holds no name inside quotation marks: "The Road to Hanoi" happens in New York).

    Cities and organisations' seats rank above countries. Returns (place, rank) — rank 0 when none."""
    best: tuple[int, int, PlaceMention] | None = None
    for pm in places:
        if not (lo <= pm.start and pm.end <= hi):
            continue
        if not _locative(text, pm, code):
            continue
        rank = 2 if pm.kind in ("city", "seat") else 1
        distance = min(abs(pm.start - anchor), abs(pm.end - anchor))
        key = (-rank, distance)
        if best is None or key < best[:2]:
            best = (key[0], key[1], pm)
    if best is None:
        return None, 0
    return best[2].place, -best[0]


def _belongs_to(pm: PlaceMention, other: _Item, item: _Item) -> bool:
    """Whether a place between two dates of a sentence is nearer ``other`` than ``item``."""
    if item.end <= pm.start and pm.end <= other.start:
        return other.start - pm.end < pm.start - item.end
    if other.end <= pm.start and pm.end <= item.start:
        return pm.start - other.end < item.start - pm.end
    return False


def _locative(text: str, pm: PlaceMention, code: str) -> bool:
    """Whether a locative preposition ("in", "tại", "في", or a clitic "بـ" joined to the name) introduces it."""
    if _preceded_by(text, pm.start, code, "locative_prepositions", 12) is not None:
        return True
    before = text[max(0, pm.start - 1):pm.start]
    clitics = load_language(code).clitics
    return bool(before and before in clitics and _preceded_by(text, pm.start - 1, code, "locative_prepositions", 3))


def _locative_spans(places: Sequence[PlaceMention], text: str, code: str) -> list[tuple[int, int]]:
    """The places a locative preposition introduces: they say where, not what, and leave titles."""
    return [(p.start, p.end) for p in places if _locative(text, p, code)]


def _asides(text: str, lo: int, hi: int, keep: tuple[int, int]) -> list[tuple[int, int]]:
    """Parenthesised asides of [lo, hi) that do not hold the span ``keep``."""
    return [m.span() for m in _ASIDE.finditer(text, lo, hi) if not (m.start() <= keep[0] < m.end())]


def _absorbed_clocks(calendar_items, timexes: Sequence[Timex], sents: list[Span],
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
        if _is_clock_item(item, timexes):
            times[n] = _times(item, timexes)
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


def _sentences(text: str, items: Sequence[_Item]) -> list[Span]:
    """The sentences of ``text``; a full stop inside a time expression ends none ("vom 14. bis 18. Oktober")."""
    ordered = sorted((i.start, i.end) for i in items)
    merged: list[Span] = []
    k = 0
    for sent in sentences(text):
        if merged:
            # the items that begin in the sentence before: does one of them reach into this one?
            while k < len(ordered) and ordered[k][1] <= merged[-1].end:
                k += 1
            j, across = k, False
            while j < len(ordered) and ordered[j][0] < merged[-1].end:
                if ordered[j][1] > sent.start:
                    across = True
                    break
                j += 1
            if across:
                start = merged[-1].start
                merged[-1] = Span(start, sent.end, text[start:sent.end])
                continue
        merged.append(sent)
    return merged


def drafts_for(doc: Document, timexes: Sequence[Timex], ranges: Sequence[TimexRange],
               places: Sequence[PlaceMention]) -> list[Draft]:
    """Every mention of a would-be event in one document."""
    text, code = doc.text, doc.language
    lang: Language = load_language(code)
    items = _items(timexes, ranges)
    dateline = dateline_end(text, timexes)
    sents = _after_dateline(_sentences(text, items), text, dateline)
    title_quotes = [q for q in quotes(text, lang.words("title_words")) if q.named]
    slogans = [q for q in quotes(text, lang.words("slogan_words")) if q.named and q not in title_quotes]
    all_quotes = quotes(text)
    spans = [(i, _calendar_span(i, timexes, text, code)) for i in items if i.start >= dateline]
    calendar_items = [(i, s) for i, s in spans
                      if s is not None and not _reporting_date(text, i, s, code, doc.document_date)]
    absorbed, times = _absorbed_clocks(calendar_items, timexes, sents, doc.document_date)
    # clock times said in a zone are on that zone's clock unless the tagger had an aware document date
    zone_clock = not (isinstance(doc.document_date, dt.datetime) and doc.document_date.utcoffset() is not None)
    recurring = _recurrences(calendar_items, timexes, sents)
    # a clock time that names no day and joined none ("the meeting opens at 10:00") is not on the calendar
    absorbed |= {n for n, (i, _) in enumerate(calendar_items)
                 if n not in absorbed and _is_clock_item(i, timexes) and timexes[i.first].implied_day}
    # each quoted title goes to the nearest calendar item of its sentence
    quote_owner: dict[int, Quote] = {}
    for q in title_quotes:
        sent = containing(sents, q.start)
        near = [(min(abs(i.start - q.end), abs(q.start - i.end)), n) for n, (i, _) in enumerate(calendar_items)
                if n not in absorbed and sent is not None and sent.start <= i.start < sent.end]
        if near:
            quote_owner.setdefault(min(near)[1], q)
    # commas inside quotes and time expressions ("Sunday, 18 October") separate no clauses
    quoted_inside = _mask(text, [(q.start + 1, q.end - 1) for q in all_quotes] + [(t.start, t.end) for t in timexes])
    locatives = set(_locative_spans(places, text, code))
    quote_starts = [q.start for q in all_quotes]
    free = [p for p in places  # find_places gives them in order
            if p.start >= dateline
            and not ((k := bisect_right(quote_starts, p.start) - 1) >= 0 and p.start < all_quotes[k].end)]
    place_starts = [p.start for p in free]
    # what each sentence holds, found once: a long text has thousands of time expressions
    starts = [s.start for s in sents]
    by_sentence: dict[int, list[int]] = {}
    for k, t in enumerate(timexes):
        by_sentence.setdefault(bisect_right(starts, t.start) - 1, []).append(k)
    items_by_sentence: dict[int, list[_Item]] = {}
    for m, (i, _) in enumerate(calendar_items):
        if m not in absorbed:
            items_by_sentence.setdefault(bisect_right(starts, i.start) - 1, []).append(i)
    drafts = []
    for n, (item, (start, end, precision, approximate)) in enumerate(calendar_items):
        if n in absorbed:
            continue
        s_index = bisect_right(starts, item.start) - 1
        sent = sents[s_index] if s_index >= 0 and item.start < sents[s_index].end else Span(0, len(text), text)
        others = [i for i in items_by_sentence.get(s_index, ()) if i is not item]
        asides = _asides(text, sent.start, sent.end, (item.start, item.end))
        local = _mask(quoted_inside[sent.start:sent.end], [(a - sent.start, b - sent.start) for a, b in asides])
        bounds = [(a + sent.start, b + sent.start) for a, b in clauses(local, 0, len(local))]
        lo, hi = next(((a, b) for a, b in bounds if a <= item.start < b), (sent.start, sent.end))
        lo = max([lo] + [o.end for o in others if o.end <= item.start])
        hi = min([hi] + [o.start for o in others if o.start >= item.end])
        near = free[bisect_left(place_starts, sent.start):bisect_left(place_starts, sent.end)]
        mention_start = item.start
        if item.first != item.last and (opener := _preceded_by(text, item.start, code, "range_openers", 12)):
            mention_start = item.start - len(opener.group().lstrip(_PUNCT_EDGES))
        mention = Mention(doc.id, mention_start, item.end, text[mention_start:item.end], sent.text)
        quote = quote_owner.get(n)
        if quote is not None:
            title, quality = shorten(quote.text), 2
        else:
            # dates and times leave the title; durations and sets ("after five years of talks", "annual") stay
            removed = [(timexes[k].start, timexes[k].end) for k in by_sentence.get(s_index, ())
                       if timexes[k].type in ("DATE", "TIME") and sent.start <= timexes[k].start < sent.end]
            removed += [(_naming_start(text, q, code), q.end) for q in slogans]
            removed += [(p.start, p.end) for p in near if (p.start, p.end) in locatives] + asides
            removed.append((item.start, item.end))
            title, quality = _title(text, code, sent, bounds, lo, hi, removed)
            if not title:
                title = mention.text
        place, rank = _place_for(near, text, code, lo, hi, item.start)
        if place is None:  # elsewhere in the sentence, unless nearer a date it stands before ("runs from 10 to 12
            # March, follows a session in Busan last November"); dates listed after one place share it ("À Paris
            # … les 15 et 22 mars")
            own = [pm for pm in near if not any(_belongs_to(pm, o, item) for o in others)]
            place, rank = _place_for(own, text, code, sent.start, sent.end, item.start)
        if place is not None:
            place = replace(place, label=_written_name(place, places))
        start_time, end_time = times.get(n, (None, None))
        start, end, start_time, end_time = _in_place_zone(start, end, start_time, end_time, place, zone_clock)
        if start_time is not None:
            precision = "time"
        recurrence = None
        if n in recurring:
            start, recurrence = _first_occurrence(start, end, recurring[n])
            end = start
        drafts.append(Draft(start, end, precision, approximate, mention, title, quality, code, place, rank,
                            start_time, end_time, recurrence))
    return drafts


_DATELINE_SEPARATOR = re.compile(r"\s[—–-]{1,2}\s|—|\s:\s")


def dateline_end(text: str, timexes: Sequence[Timex]) -> int:
    """Where a dateline ends ("CAIRO, 12 March 2026 — "): a place and a full date before a dash on the first
    line. Its date is the article's, not an event, and its place is where the reporter writes from."""
    first_line = text[: min(len(text), 160)].split("\n", 1)[0]
    separator = _DATELINE_SEPARATOR.search(first_line)
    if separator is None or len(first_line[: separator.start()].split()) > 10:
        return 0
    dated = any(t.type == "DATE" and t.end <= separator.start() and t.interval is not None
                and grain_of(t) == "day" for t in timexes)
    return separator.end() if dated else 0


def _after_dateline(sents: list[Span], text: str, end: int) -> list[Span]:
    if not end or not sents or sents[0].start >= end:
        return sents
    first = sents[0]
    rest = text[end:first.end]
    start = end + (len(rest) - len(rest.lstrip()))
    return [Span(start, first.end, text[start:first.end])] + sents[1:] if start < first.end else sents[1:]


def _reporting_date(text: str, item: _Item, span: tuple, code: str, document_date: dt.date | None) -> bool:
    """ "the ministry said on Thursday": a day next to a reporting verb, within a week of the document date,
    dates the report, not an event."""
    start, end, _precision, _approximate = span
    if document_date is None or end is None or start != end or abs((start - document_date).days) > 7:
        return False
    before = _preceded_by(text, item.start, code, "reporting_words", 30)
    after = _word_regex(code, ("reporting_words",), "start")
    return before is not None or bool(after and after.match(text, item.end, min(len(text), item.end + 30)))


def _written_name(place: Place, places: Sequence[PlaceMention]) -> str | None:
    """How the article writes the place's own name (a city, not the seat that led to it), if it does."""
    written = [pm.text for pm in places
               if pm.kind != "seat" and pm.place.geonameid == place.geonameid and pm.place.name == place.name]
    return next((w for w in written if not w.isupper()), written[0] if written else None)


def _compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    # a city and its country are compatible (one mention says Hanoi, another Viet Nam)
    return a.country is not None and a.country == b.country and (a.name == b.name or None in (a.timezone, b.timezone)
                                                                   or a.timezone == b.timezone)


def merge(drafts: Sequence[Draft]) -> list[Event]:
    """Mentions of the same event — same days, compatible places — become one event with all its mentions,
    across documents and languages."""
    groups: list[list[Draft]] = []
    by_days: dict[tuple[dt.date, dt.date | None, str | None], list[tuple[list[Draft], list[Place]]]] = {}
    for d in drafts:
        for g, seen in by_days.setdefault((d.start, d.end, d.recurrence), []):
            if all(_compatible(place, d.place) for place in seen):
                g.append(d)
                if d.place is not None and d.place not in seen:
                    seen.append(d.place)
                break
        else:
            groups.append([d])
            by_days[(d.start, d.end, d.recurrence)].append((groups[-1], [d.place] if d.place is not None else []))
    events = []
    used_ids: dict[str, int] = {}
    for g in groups:
        titled = max(g, key=lambda d: d.title_quality)  # max keeps the first of equals
        placed = max(g, key=lambda d: d.place_rank)
        place = placed.place if placed.place_rank else None
        timed = next((d for d in g if d.start_time is not None), None)
        precision = timed.precision if timed else next((d.precision for d in g if d.precision != "time"), g[0].precision)
        approximate = any(d.approximate_start for d in g)
        confidence = 1.0 - (0.2 if place is None else 0) - (0.2 if approximate else 0) - (
            0.1 if precision in ("week", "month") else 0) - (0.1 if titled.title_quality == 0 else 0)
        key = "-".join([g[0].start.isoformat(), g[0].end.isoformat() if g[0].end else "open",
                        str(place.geonameid) if place and place.geonameid else (place.country if place else "x")])
        used_ids[key] = used_ids.get(key, 0) + 1
        event_id = key if used_ids[key] == 1 else f"{key}-{used_ids[key]}"
        mentions = tuple(sorted((d.mention for d in g), key=lambda m: (m.source, m.start)))
        events.append(Event(id=event_id, title=titled.title, start=g[0].start, end=g[0].end, precision=precision,
                            language=titled.language, place=place, mentions=mentions,
                            start_time=timed.start_time if timed else None,
                            end_time=timed.end_time if timed else None, approximate_start=approximate,
                            confidence=round(confidence, 2), recurrence=g[0].recurrence))
    return sorted(events, key=lambda e: (e.start, e.end or dt.date.max, e.start_time or dt.time.min, e.id))
