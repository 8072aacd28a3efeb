"""Time expressions + sentences + places → events; mentions of the same event merged into one.

A time expression becomes an event when it places something on the calendar: a day, a range of days, a week
or month, or a period opened by "since". Durations, vague references ("the future") and bare years do not.
Titles, places and the words used to find them are taken from the article, through the language's resource
file; nothing here knows a particular language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Sequence

from timeline.lang import Language, load_language
from timeline.model import Document, Event, Mention, Place, Timex, TimexRange
from timeline.places import PlaceMention
from timeline.text.quotes import Quote, quotes
from timeline.text.segment import Span, clause_bounds, containing, sentences

TITLE_LIMIT = 80
_PUNCT_EDGES = " \t\n.,;:!?،؛؟-–—()[]{}\"'“”«»„"


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
def _word_regex(code: str, name: str, anchor: str) -> re.Pattern[str] | None:
    words = load_language(code).words(name)
    if not words:
        return None
    body = "|".join(sorted(words, key=len, reverse=True))
    if anchor == "end":  # the words right before a position
        return re.compile(rf"(?:^|[\W_])(?:{body})\s*$", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _preceded_by(text: str, pos: int, code: str, name: str, window: int = 30) -> re.Match[str] | None:
    regex = _word_regex(code, name, "end")
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
    since = _preceded_by(text, item.start, code, "since_words") is not None
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


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
    return "".join(chars)


def _strip_edges(title: str, code: str) -> str:
    edge = _word_regex(code, "edge_words", "word")
    previous = None
    while previous != title:
        previous = title
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


def _clause_title(text: str, lo: int, hi: int, code: str, removed: list[tuple[int, int]]) -> str:
    masked = _mask(text, removed)[lo:hi]
    drop = _word_regex(code, "title_drop", "word")
    if drop is not None:
        masked = drop.sub(" ", masked)
    # brackets left empty by removals
    masked = re.sub(r"\(\s*\)|\[\s*\]", " ", masked)
    return _strip_edges(" ".join(masked.split()), code)


def _place_for(places: Sequence[PlaceMention], text: str, code: str, lo: int, hi: int, anchor: int,
               quoted: Sequence[Quote]) -> tuple[Place | None, int]:
    """The place nearest ``anchor`` in [lo, hi) that the text introduces with a locative preposition.

    Cities and organisations' seats rank above countries. Returns (place, rank) — rank 0 when none."""
    clitics = load_language(code).clitics
    best: tuple[int, int, PlaceMention] | None = None
    for pm in places:
        if not (lo <= pm.start and pm.end <= hi) or any(q.start <= pm.start < q.end for q in quoted):
            continue
        before = text[max(0, pm.start - 1):pm.start]
        locative = _preceded_by(text, pm.start, code, "locative_prepositions", 12) is not None or (
            before and before in clitics and _preceded_by(text, pm.start - 1, code, "locative_prepositions", 3))
        if not locative:
            continue
        rank = 2 if pm.kind in ("city", "seat") else 1
        distance = min(abs(pm.start - anchor), abs(pm.end - anchor))
        key = (-rank, distance)
        if best is None or key < best[:2]:
            best = (key[0], key[1], pm)
    if best is None:
        return None, 0
    return best[2].place, -best[0]


def drafts_for(doc: Document, timexes: Sequence[Timex], ranges: Sequence[TimexRange],
               places: Sequence[PlaceMention]) -> list[Draft]:
    """Every mention of a would-be event in one document."""
    text, code = doc.text, doc.language
    lang: Language = load_language(code)
    sents = sentences(text)
    title_quotes = [q for q in quotes(text, lang.words("title_words")) if q.named]
    slogans = [q for q in quotes(text, lang.words("slogan_words")) if q.named and q not in title_quotes]
    all_quotes = quotes(text)
    items = _items(timexes, ranges)
    spans = [(i, _calendar_span(i, timexes, text, code)) for i in items]
    calendar_items = [(i, s) for i, s in spans if s is not None]
    # each quoted title goes to the nearest calendar item of its sentence
    quote_owner: dict[int, Quote] = {}
    for q in title_quotes:
        sent = containing(sents, q.start)
        near = [(min(abs(i.start - q.end), abs(q.start - i.end)), n) for n, (i, _) in enumerate(calendar_items)
                if sent is not None and sent.start <= i.start < sent.end]
        if near:
            quote_owner.setdefault(min(near)[1], q)
    drafts = []
    for n, (item, (start, end, precision, approximate)) in enumerate(calendar_items):
        sent = containing(sents, item.start) or Span(0, len(text), text)
        others = [i for i, _ in calendar_items if i is not item and sent.start <= i.start < sent.end]
        masked = _mask(text, [(q.start + 1, q.end - 1) for q in all_quotes])
        lo, hi = clause_bounds(masked, item.start, item.end, sent.start, sent.end)
        lo = max([lo] + [o.end for o in others if o.end <= item.start])
        hi = min([hi] + [o.start for o in others if o.start >= item.end])
        mention_start = item.start
        if item.first != item.last and (opener := _preceded_by(text, item.start, code, "range_openers", 12)):
            mention_start = item.start - len(opener.group().lstrip(_PUNCT_EDGES))
        mention = Mention(doc.id, mention_start, item.end, text[mention_start:item.end], sent.text)
        quote = quote_owner.get(n)
        if quote is not None:
            title, quality = shorten(quote.text), 2
        else:
            removed = [(t.start, t.end) for t in timexes if lo <= t.start < hi]
            removed += [(_naming_start(text, q, code), q.end) for q in slogans]
            removed += [(p.start, p.end) for p in places]
            removed.append((item.start, item.end))
            title = shorten(_clause_title(text, lo, hi, code, removed))
            quality = 1
            if len(title) < 3:
                title = shorten(_clause_title(text, sent.start, sent.end, code, removed))
            if len(title) < 3:
                title, quality = mention.text, 0
        place, rank = _place_for(places, text, code, lo, hi, item.start, all_quotes)
        if place is None:
            place, rank = _place_for(places, text, code, sent.start, sent.end, item.start, all_quotes)
        drafts.append(Draft(start, end, precision, approximate, mention, title, quality, code, place, rank))
    return drafts


def _compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    # a city and its country are compatible (one mention says Hanoi, another Viet Nam)
    return a.country is not None and a.country == b.country and (a.name == b.name or None in (a.timezone, b.timezone)
                                                                   or a.timezone == b.timezone)


def merge(drafts: Sequence[Draft]) -> list[Event]:
    """Mentions of the same event — same days, compatible places — become one event with all its mentions."""
    groups: list[list[Draft]] = []
    for d in drafts:
        for g in groups:
            if g[0].start == d.start and g[0].end == d.end and all(_compatible(x.place, d.place) for x in g):
                g.append(d)
                break
        else:
            groups.append([d])
    events = []
    used_ids: dict[str, int] = {}
    for g in groups:
        titled = max(g, key=lambda d: d.title_quality)  # max keeps the first of equals
        placed = max(g, key=lambda d: d.place_rank)
        place = placed.place if placed.place_rank else None
        precision = g[0].precision
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
                            start_time=g[0].start_time, end_time=g[0].end_time, approximate_start=approximate,
                            confidence=round(confidence, 2)))
    return sorted(events, key=lambda e: (e.start, e.end or dt.date.max, e.id))
