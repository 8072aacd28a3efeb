"""What each kind of rule makes of its match: one small builder per kind, in a registry (:data:`KINDS`).

A rule's ``kind`` in its language's resource file names its builder here; the builder declares the rule keys it
reads, and :func:`timeline.lang.load_language` refuses a rule whose kind is unknown or that sets a key its kind does
not read. Most kinds read one span of the match (:func:`reads`): a date or time (its calendar fields,
:mod:`timeline.tagger.fields`), a duration, a move from now ("ago", "later"), a set, a vague reference, a Hijri
date. Two read a whole match into several expressions (:func:`spans`): a range ("from 25 to 26 October") and a
list ("25, 26 and 27 October").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from timeline.lang import Rule
from timeline.model import Interval
from timeline.tagger.fields import when_of
from timeline.tagger.grammar import CompiledRule, Grammar
from timeline.tagger.reading import Candidate, Decline, Impossible, Reading
from timeline.tagger.slots import SlotReader, format_count, number
from timeline.tagger.when import When, replace

#: Rule keys every kind reads: what the rule is, how it matches, what it is anchored to, its examples.
COMMON_KEYS = frozenset({"name", "pattern", "kind", "reference", "case_sensitive", "implied", "examples"})

#: One-span builder: (the slots of the span, the rule, the reading's position and origin) → its reading.
SpanReader = Callable[[SlotReader, Rule, dict[str, Any]], Reading]
#: Whole-match builder: (grammar, rule, match, priority) → the candidate.
MatchReader = Callable[[Grammar, CompiledRule, "re.Match[str]", int], Candidate]


@dataclass(frozen=True)
class Kind:
    name: str
    #: the rule keys the kind reads besides :data:`COMMON_KEYS`
    keys: frozenset[str]
    #: named groups a pattern of this kind must have ("first"/"last" of a range)
    groups: tuple[str, ...] = ()
    read: SpanReader | None = None
    span: MatchReader | None = None

    @property
    def allowed(self) -> frozenset[str]:
        return COMMON_KEYS | self.keys


KINDS: dict[str, Kind] = {}


def reads(name: str, keys: tuple[str, ...] = ()) -> Callable[[SpanReader], SpanReader]:
    """Register a kind whose match is one expression."""
    def register(function: SpanReader) -> SpanReader:
        KINDS[name] = Kind(name, frozenset(keys), read=function)
        return function
    return register


def spans(name: str, keys: tuple[str, ...] = (), groups: tuple[str, ...] = ()) -> Callable[[MatchReader], MatchReader]:
    """Register a kind whose match holds several expressions."""
    def register(function: MatchReader) -> MatchReader:
        KINDS[name] = Kind(name, frozenset(keys), groups, span=function)
        return function
    return register


def candidate(grammar: Grammar, crule: CompiledRule, match: re.Match[str], priority: int) -> Candidate:
    """What a rule's match is (Decline: not a time expression after all; Impossible: a date that does not exist)."""
    kind = KINDS[crule.rule.kind]
    if kind.span is not None:
        return kind.span(grammar, crule, match, priority)
    reading = read_span(grammar, crule, match, match.start(), match.end())
    return Candidate(match.start(), match.end(), (reading,), (), priority)


def read_span(grammar: Grammar, crule: CompiledRule, match: re.Match[str], lo: int, hi: int,
              kind: str | None = None) -> Reading:
    """The meaning of the part [lo, hi) of a match, read as the rule's kind (or ``kind``)."""
    rule = crule.rule
    reader = SlotReader(grammar, crule, match, lo, hi)
    base = dict(start=lo, end=hi, rule=rule.name, reference=rule.reference)
    return KINDS[kind or rule.kind].read(reader, rule, base)


# ------------------------------------------------------------------------------------------ one expression


@reads("fixed", keys=("type", "value", "mod"))
def _fixed(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """The rule gives the value: "the 1990s" written as a word the tables do not hold."""
    return Reading(type=rule.type or "DATE", value=rule.value, mod=rule.mod, **base)


@reads("ref", keys=("value", "mod"))
def _ref(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """A vague reference: "now" (PRESENT_REF), "the past", "the future" ({ref}, or the rule's value)."""
    return Reading(type="DATE", value=rule.value or reader.meaning("ref"), mod=rule.mod, **base)


@reads("set", keys=("value",))
def _set(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """A recurrence: "every Thursday" (XXXX-WXX-4), "Tuesday nights" (XXXX-WXX-2TNI), "each July" (XXXX-07),
    "every summer" (XXXX-SU),
    "every two weeks" (P2W), "weekly" ({setword})."""
    if reader.has("weekday"):
        part = f"T{reader.meaning('partofday')}" if reader.has("partofday") else ""
        return Reading(type="SET", value=f"XXXX-WXX-{int(reader.meaning('weekday')) + 1}{part}", **base)
    if reader.has("month"):
        return Reading(type="SET", value=f"XXXX-{int(reader.meaning('month')):02d}", **base)
    if reader.has("season"):
        return Reading(type="SET", value=f"XXXX-{reader.meaning('season')}", **base)
    if rule.value:
        return Reading(type="SET", value=rule.value, **base)
    if reader.has("dual"):  # "كل عامين": every two years, said by the unit's dual form
        return Reading(type="SET", value=duration_value("2", reader.meaning("dual")), **base)
    unit = reader.meaning("unit") if reader.has("unit") else reader.meaning("setword")
    count = format_count(reader.count()) if reader.has("num") else "1"
    return Reading(type="SET", value=duration_value(count, unit), **base)


def said_mod(reader: SlotReader, rule: Rule) -> str | None:
    """The TIMEX3 mod the match's words say ({mod}: "more than", "environ", "unos"), else the rule's own ("une
    dizaine de": APPROX)."""
    return reader.meaning("mod") if reader.has("mod") else rule.mod


@reads("anchored_duration", keys=("mod", "direction"))
def _anchored_duration(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """"the last 2 days", "les 3 prochaines minutes", "下三天": a DURATION that also denotes the whole units before
    or after the current one (see when.anchored_interval); the direction is a {rel} slot or the rule's."""
    mod = said_mod(reader, rule)
    if reader.has("dual"):
        unit, amount = reader.meaning("dual"), 2.0
    else:
        unit = reader.meaning("unit")
        amount = reader.count() if reader.has("num") else 1.0
    direction = int(reader.meaning("rel")) if reader.has("rel") else rule.direction
    anchored = None
    if direction is not None and amount == amount and amount == int(amount):
        anchored = (unit, int(amount), direction)
    return Reading(type="DURATION", value=duration_value(format_count(amount), unit), mod=mod, anchored=anchored,
                   **base)


@reads("duration", keys=("value", "mod"))
def _duration(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """"three years" (P3Y), "more than twenty years" ({mod}: MORE_THAN), "عامين" (a dual: P2Y; "عامين ونصف" P2Y6M),
    "a few days" (PXD), "two and a half hours" (PT2H30M), "dos años y seis meses" (each count with its unit: P2Y6M)."""
    mod = said_mod(reader, rule)
    if rule.value:
        return Reading(type="DURATION", value=rule.value, mod=mod, **base)
    parts = _counted_units(reader)
    if len(parts) > 1:
        return Reading(type="DURATION", value=_duration_parts(_whole_units(parts)), mod=mod, **base)
    if reader.has("dual"):  # "عامين ونصف": two and a half years
        amount = 2.0 + (float(reader.meaning("fraction")) if reader.has("fraction") else 0.0)
        return Reading(type="DURATION", value=duration_value(format_count(amount), reader.meaning("dual")), mod=mod,
                       **base)
    unit = reader.meaning("unit")
    if reader.has("num"):
        amount = reader.count()
        if reader.has("fraction"):
            amount += float(reader.meaning("fraction"))
        count = format_count(amount)
    elif reader.has("fraction"):
        count = format_count(float(reader.meaning("fraction")))
    else:
        count = "X"
    return Reading(type="DURATION", value=duration_value(count, unit), mod=mod, **base)


def _move(reader: SlotReader, rule: Rule, base: dict[str, Any], sign: int) -> Reading:
    """N units before (-1) or after (+1) the reference: "three years ago", "two days later", "in 2 weeks"; "about 12
    days ago" is about that day (:data:`_MOVE_MODS`)."""
    said = said_mod(reader, rule)
    mod = _MOVE_MODS.get(said, said)
    if reader.has("dual"):
        unit, amount = reader.meaning("dual"), 2
    else:
        unit = reader.meaning("unit")
        amount = reader.count() if reader.has("num") else (0 if reader.has("fraction") else 1)
        if amount != amount:  # "a few days ago": no calendar position
            raise Decline(reader.text("num"))
        if reader.has("fraction"):  # "a year and a half ago", "half an hour later": in the smaller unit
            amount += float(reader.meaning("fraction"))
        if amount != int(amount):
            lower, scale = _LOWER_UNIT.get(unit, (None, 0))
            if lower is None or amount * scale != int(amount * scale):
                raise Decline(reader.span_text)
            unit, amount = lower, amount * scale
        amount = int(amount)
    if reader.has("weekday") and unit is None:
        # "3 Fridays from now", "2 Thursdays ago": weekdays counted from the reference (anchor.py); a rule's
        # ``direction`` +1 takes the first such weekday from the day moved to: "lundi en huit" (the coming
        # Monday, today included, one week on), "mardi en quinze" (two weeks on)
        return Reading(type="DATE", shift_unit="D", shift_amount=sign * 7 * amount, mod=mod,
                       weekday=int(reader.meaning("weekday")),
                       direction=rule.direction if rule.direction is not None else -sign, **base)
    # "Mittwoch in 2 Wochen": the weekday of the week moved to
    weekday = int(reader.meaning("weekday")) if reader.has("weekday") and unit == "W" else None
    from_day = int(reader.meaning("dayrel")) if reader.has("dayrel") else None
    return Reading(type="DATE", shift_unit=unit, shift_amount=sign * amount, mod=mod, weekday=weekday,
                   from_day=from_day, **base)


#: The mod of a distance's words → the mod of the date it reaches. "About / some / nearly 12 days ago", "hace unos
#: 12 días", "il y a une dizaine de jours" is about that day: APPROX, on the day counted (the unit's grain, never a
#: coarser one: the word blurs the day, the count still names it). "More than / at least / up to 20 years ago"
#: bounds the date on one side (a DATE's BEFORE/AFTER), which is not read: the day counted, no mod.
_MOVE_MODS = {"APPROX": "APPROX", "LESS_THAN": "APPROX", "MORE_THAN": None, "EQUAL_OR_MORE": None,
              "EQUAL_OR_LESS": None}


@reads("ago", keys=("mod", "direction"))
def _ago(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    return _move(reader, rule, base, -1)


@reads("later", keys=("mod", "direction", "future_only"))
def _later(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """N units after the reference; with ``future_only`` ("in three days"), the same span read as the duration it
    counts goes with it, for a clause that does not speak of the future (anchor.py)."""
    moved = _move(reader, rule, base, +1)
    return replace(moved, otherwise=_duration(reader, rule, base)) if rule.future_only else moved


@reads("date", keys=("type", "mod", "period", "direction", "calendar"))
def _date(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """A date or a clock time: its calendar fields (timeline.tagger.fields), a period within it (``period``), a
    holiday computed in the year the text gives; a day and month of another calendar (``calendar``)."""
    when, extra = when_of(reader, reader.grammar)
    if rule.calendar:  # "ngày 10 tháng 3 âm lịch": that day of the lunar calendar, placed as its feasts are
        if when.month is None or when.day is None or not 1 <= when.day <= 30:
            raise Decline(reader.span_text)
        extra["holiday"] = f"{rule.calendar}:{when.month:02d}-{when.day:02d}"
        when = replace(when, month=None, day=None)
    if not when.valid():
        raise Impossible("impossible date")
    if rule.period:
        extra["period"] = _period(reader, rule, extra)
    if extra.get("holiday") and when.year is not None:  # "Pessach 2018", "2018年修殿节": computed now
        return replace(_holiday_reading(when, extra, rule, base), period=extra.get("period"))
    mod = extra.pop("mod", None) or rule.mod
    kind_type = "TIME" if when.is_time else "DATE"
    return Reading(type=rule.type or kind_type, when=when, mod=mod, **extra, **base)


reads("time", keys=("type", "mod", "period", "direction"))(_date)


def _period(reader: SlotReader, rule: Any, extra: dict[str, Any]) -> tuple[str, int, int | None]:
    """The period a rule with ``period`` names within its date: the kind, the n-th (the {ordinal}, else 1;
    from the end when the rule's ``direction`` is -1: "the second last week of October") and the weekday
    ("the third Tuesday after Christmas"). The weekday and n-th leave the date's own fields; the weekday of an
    "eve" is the day's own ("the night to Wednesday")."""
    nth = extra.pop("nth", None)
    weekday = extra.pop("weekday", None) if rule.period != "eve" else None
    if nth is None and reader.has("ordinal"):
        digits = re.match(r"[0-9]+", reader.text("ordinal"))
        nth = int(digits.group()) if digits else reader.integer("ordinal")
    nth = nth or 1
    if rule.direction == -1:
        nth = -abs(nth)
    return rule.period, nth, weekday


def holiday_when(when: When, span: tuple[dt.date, dt.date]) -> tuple[When, Interval | None]:
    """A holiday's first day (with the finer fields the text gives: "春节晚上"), and its interval when it lasts
    more than one day (the eight days of Hanukkah, the month of Ramadan)."""
    begin, end = span
    placed = replace(when, year=begin.year, month=begin.month, day=begin.day)
    if (end - begin).days <= 1:
        return placed, None
    return placed, Interval(dt.datetime.combine(begin, dt.time()), dt.datetime.combine(end, dt.time()))


def _holiday_reading(when: When, extra: dict[str, Any], rule: Any, base: dict[str, Any]) -> Reading:
    """A holiday in the Gregorian year the text gives."""
    from timeline.tagger.calendars import holiday_in_year

    span = holiday_in_year(extra["holiday"], when.year)
    if span is None:
        raise Impossible("holiday outside the calendar's range")
    placed, interval = holiday_when(when, span)
    mod = extra.get("mod") or rule.mod
    return Reading(type=rule.type or "DATE", when=placed, interval=interval, mod=mod, **base)


@reads("hijri")
def _hijri(reader: SlotReader, rule: Rule, base: dict[str, Any]) -> Reading:
    """A Hijri date or month: with its Hijri year ("15 ربيع الأول 1447"), with a Gregorian year ("رمضان 2019": the
    occurrence that begins in it), or with neither ("عيد الفطر": anchored later). A named day of the Hijri calendar
    ({hijri_day}, table "MM-DD") gives month and day. A month's interval is the Hijri month's own days."""
    from timeline.tagger.calendars import hijri_in_gregorian_year, hijri_span

    if reader.has("hijri_day"):
        month, day = (int(x) for x in str(reader.meaning("hijri_day")).split("-"))
    else:
        month, day = int(reader.meaning("hijri_month")), reader.integer("day")
    if reader.has("hijri_year"):
        year = reader.integer("hijri_year")
        span = hijri_span(year, month, day)
    elif reader.has("year"):
        found = hijri_in_gregorian_year(reader.integer("year"), month, day)
        year, span = found if found is not None else (0, None)
    else:
        original = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return Reading(type="DATE", calendar="islamic-umalqura", original_value=original, hijri=(month, day), **base)
    if span is None:
        raise Impossible("impossible Hijri date")
    return hijri_reading(year, month, day, span, base)


def hijri_reading(year: int, month: int, day: int | None, span: tuple[dt.date, dt.date], base: dict[str, Any]) -> Reading:
    """The reading of a Hijri day or month whose Hijri year and Gregorian days ``[first, after last)`` are known."""
    begin, end = span
    if day:
        when, interval = When(year=begin.year, month=begin.month, day=begin.day), None
    else:
        when = When(year=begin.year, month=begin.month)
        interval = Interval(dt.datetime.combine(begin, dt.time()), dt.datetime.combine(end, dt.time()))
    original = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return Reading(type="DATE", when=when, calendar="islamic-umalqura", original_value=original, interval=interval,
                   **base)


_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_UNIT_SCALE = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "HALF": ("M", 6)}


def duration_value(count: str, unit: str) -> str:
    """TIMEX3 duration value: ("20", "Y") → "P20Y", ("3", "H") → "PT3H", ("1", "DE") → "P10Y". A fraction goes
    into the next smaller unit when it makes a whole number of it: ("5.5", "H") → "PT5H30M", ("2.5", "Y") →
    "P2Y6M", ("1.5", "MIN") → "PT1M30S"; else it stays a fraction ("P1.5W")."""
    if unit in _UNIT_SCALE:
        letter, scale = _UNIT_SCALE[unit]
        if count == "X":
            return f"PX{letter}"
        count, unit = format_count(float(count) * scale), letter
    if count not in ("X", "") and unit in _LOWER_UNIT:
        amount = float(count)
        whole = int(amount)
        lower, scale = _LOWER_UNIT[unit]
        rest = round((amount - whole) * scale, 6)
        if whole != amount and rest == int(rest):
            parts = [(str(whole), unit)] if whole else []
            return _duration_parts(parts + [(str(int(rest)), lower)])
    return _duration_parts([(count, unit)])


#: the next smaller unit and how many of it make one: a fraction of a unit that makes whole ones of it is said in
#: it ("5 1/2 hours" = PT5H30M, "a year and a half ago" = 18 months back); "a week and a half" stays P1.5W
_LOWER_UNIT = {"Y": ("M", 12), "HALF": ("M", 6), "Q": ("M", 3), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60),
               "MIN": ("S", 60), "DE": ("Y", 10), "CE": ("Y", 100)}


def _counted_units(reader: SlotReader) -> list[tuple[float, str]]:
    """Each count the match says with the unit after it, in text order: "dos años y seis meses" → [(2, "Y"), (6,
    "M")]; a unit said without a count of its own ("two and a half hours") is not one."""
    parts: list[tuple[float, str]] = []
    count = None
    for slot, text in reader.present:
        if slot == "num":
            count = number(reader.grammar, text)
        elif slot == "unit" and count is not None:
            parts.append((count, reader.grammar.meaning("unit", text)))
            count = None
    return parts


def _whole_units(parts: list[tuple[float, str]]) -> list[tuple[str, str]]:
    """Counts in the units TIMEX3 has letters for, those of one unit added up: [(1, "DE"), (2, "Y")] → [("12",
    "Y")], [(1, "Q"), (2, "W")] → [("3", "M"), ("2", "W")]."""
    totals: dict[str, float] = {}
    for count, unit in parts:
        letter, scale = _UNIT_SCALE.get(unit, (unit, 1))
        totals[letter] = totals.get(letter, 0.0) + count * scale
    return [(format_count(n), u) for u, n in totals.items()]


def _duration_parts(parts: list[tuple[str, str]]) -> str:
    """"P" + the date units, then "T" + the clock units: [("1", "D"), ("12", "H")] → "P1DT12H"."""
    date = "".join(f"{n}{u}" for n, u in parts if u not in _TIME_UNITS)
    clock = "".join(f"{n}{_TIME_UNITS[u]}" for n, u in parts if u in _TIME_UNITS)
    return f"P{date}" + (f"T{clock}" if clock else "")


# ----------------------------------------------------------------------------------- several expressions


def _sub_spans(match: re.Match[str], names: tuple[str, ...]) -> list[tuple[int, int]]:
    return [match.span(n) for n in names if n in match.re.groupindex and match.span(n)[0] >= 0]


@spans("range", keys=("type", "mod", "period", "direction"), groups=("first", "last"))
def range_candidate(grammar: Grammar, crule: CompiledRule, match: re.Match[str], priority: int) -> Candidate:
    """"from 25 to 26 October 2025": two dates (read as the date kind) that share what one of them leaves out,
    and the range that links them; the connector words stay outside both."""
    found = _sub_spans(match, ("first", "last"))
    if len(found) != 2:
        raise Decline(match.group())
    said = [read_span(grammar, crule, match, lo, hi, kind="date") for lo, hi in found]
    first, last = _forward(*said, *_fill_shared(*said))
    return Candidate(match.start(), match.end(), (first, last), ((0, 1),), priority)


#: the longest a range of days may run across a year's end when its last day names no year ("28 December to 3
#: January")
_ACROSS_YEAR_END = 183


def _forward(said_first: Reading, said_last: Reading, first: Reading, last: Reading) -> tuple[Reading, Reading]:
    """A range of days runs forward: when one end took its year from the other and falls on the wrong side of it,
    the range crosses a year's end ("del 28 de diciembre al 3 de enero", "from 28 December to 3 January 2026");
    otherwise two dates that run backwards are no range (a dateline and the first date of the text: "MADRID, 20
    de marzo de 2011 — El 17 de marzo, …")."""
    if first.when is None or last.when is None or first.when.hour is not None or last.when.hour is not None:
        return first, last
    begin, end = first.when.interval(), last.when.interval()
    if begin is None or end is None or end.begin >= begin.begin:
        return first, last
    for moved, said, step in ((last, said_last, 1), (first, said_first, -1)):
        if said.when is not None and said.when.year is None and moved.when.year is not None:
            shifted = replace(moved, when=moved.when.with_year(moved.when.year + step))
            a, b = (first, shifted) if step > 0 else (shifted, last)
            a_span, b_span = a.when.interval(), b.when.interval()
            if a_span is not None and b_span is not None and 0 <= (b_span.begin - a_span.begin).days <= _ACROSS_YEAR_END:
                return a, b
    raise Decline("a range that runs backwards")


def _fill_shared(first: Reading, last: Reading) -> tuple[Reading, Reading]:
    """In "25 to 26 October 2025" the first date takes month and year from the last, and vice versa."""
    if first.when is None or last.when is None:
        return first, last
    a, b = first.when, last.when
    shared = ("year", "month")
    a2 = replace(a, **{f: getattr(b, f) for f in shared if getattr(a, f) is None and getattr(b, f) is not None})
    b2 = replace(b, **{f: getattr(a2, f) for f in shared if getattr(b, f) is None and getattr(a2, f) is not None})
    if a2.hour is not None and b2.hour is not None and a2.day is None and b2.day is not None:
        a2 = replace(a2, year=b2.year, month=b2.month, day=b2.day)
    if first.clock12 and b2.hour is not None and a2.hour is not None and a2.hour < 12 and a2.hour + 12 < b2.hour:
        a2 = replace(a2, hour=a2.hour + 12)  # "3:30-6pm": the start is in the afternoon too
    if a2.hour is not None and b2.hour is not None and a2.zone is None and b2.zone is not None:
        a2 = replace(a2, zone=b2.zone)  # "9:30 - 11:00 CST": the start is said in the same zone
    if a2.hour is not None and b2.hour is not None and b2.hour < a2.hour < b2.hour + 12 and b2.zone == a2.zone:
        b2 = replace(b2, hour=b2.hour + 12)  # "11:30 to 1:30": the end is in the afternoon
    if a2.minute is not None and b2.hour is not None and b2.minute is None:
        b2 = replace(b2, minute=0)  # "from 9:30 to 11": the end is as precise as the start (11:00)
    if not a2.valid() or not b2.valid():
        raise Impossible("impossible range")
    return replace(first, when=a2), replace(last, when=b2)


def _list_item(grammar: Grammar) -> re.Pattern[str]:
    """A day number of a list, with the language's ordinal suffix if it has one ("1er", "25.", "3rd")."""
    return _list_items(grammar.language.fragments.get("ordinal_suffix") or "")


@lru_cache(maxsize=None)
def _list_items(suffix: str) -> re.Pattern[str]:
    return re.compile(r"[0-9]{1,2}" + (f"(?:{suffix})?" if suffix else ""))


@spans("list", groups=("items",))
def list_candidate(grammar: Grammar, crule: CompiledRule, match: re.Match[str], priority: int) -> Candidate:
    """ "25, 26 and 27 October": one DATE per day; consecutive days also form a range. Month and year may stand
    after the items or before them ("10月25日、26日和27日"); the first item's extent starts with the match."""
    lo, hi = match.span("items")
    tail = SlotReader(grammar, crule, match, match.start(), match.end())
    base_when, _ = when_of(tail, grammar)
    readings: list[Reading] = []
    items = list(_list_item(grammar).finditer(match.string, lo, hi))
    for i, item in enumerate(items):
        when = replace(base_when, day=int(re.match(r"[0-9]+", item.group()).group()))
        if not when.valid():
            raise Impossible("impossible date in list")
        end = match.end() if i == len(items) - 1 else item.end()
        start = match.start() if i == 0 else item.start()
        readings.append(Reading(start=start, end=end, type="DATE", rule=crule.rule.name, when=when))
    days = [r.when.day for r in readings]
    consecutive = all(b == a + 1 for a, b in zip(days, days[1:]))
    ranges = ((0, len(readings) - 1),) if consecutive and len(readings) > 1 else ()
    return Candidate(match.start(), match.end(), tuple(readings), ranges, priority)

