"""Find candidate time expressions: every rule of the grammar scans the text once; overlaps are resolved.

The result is a list of :class:`Reading` — what a span means before it is anchored to a document date.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Any

from timeline.tagger.grammar import CompiledRule, Grammar
from timeline.tagger.when import When

_NUMBER_WORD_SPLIT = re.compile(r"[\s-]+")


@dataclass(frozen=True)
class Reading:
    """The meaning of one span, before anchoring. Offsets are into the normalised text."""

    start: int
    end: int
    type: str
    rule: str
    when: When | None = None
    value: str | None = None
    mod: str | None = None
    #: A relative expression: move the reference by ``shift_amount`` × ``shift_unit`` ("D", "W", "M", "Y" …).
    shift_unit: str | None = None
    shift_amount: int | None = None
    weekday: int | None = None
    #: -1 / +1 when the text fixes the direction ("last Tuesday", "next March"); 0 for "this".
    direction: int | None = None
    #: "document" (the document date) or "previous" (the last date the text mentioned).
    reference: str = "document"
    calendar: str | None = None
    original_value: str | None = None


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    readings: tuple[Reading, ...]
    #: pairs of indices into ``readings`` that form a range.
    ranges: tuple[tuple[int, int], ...]
    priority: int


class Decline(Exception):
    """A rule matched text that is not a time expression after all (an impossible date, an unknown word)."""


def _number(grammar: Grammar, text: str) -> float:
    folded = text.replace(",", "") if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", text) else text.replace(",", ".")
    try:
        return float(folded)
    except ValueError:
        pass
    value = grammar.meaning("num", text)
    if value is None:
        # compound number words ("twenty-five", "vingt et un"): the sum of known parts
        parts = [grammar.meaning("num", p) for p in _NUMBER_WORD_SPLIT.split(text) if p]
        if parts and all(isinstance(p, (int, float)) for p in parts):
            return float(sum(parts))
        raise Decline(text)
    return float(value)


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


class SlotReader:
    """Reads the slots a rule's match captured into calendar fields."""

    def __init__(self, grammar: Grammar, rule: CompiledRule, match: re.Match[str], lo: int, hi: int):
        self.grammar = grammar
        self.values: dict[str, tuple[str, str]] = {}
        for group, slot in rule.slots.items():
            span = match.span(group)
            if span[0] >= 0 and lo <= span[0] and span[1] <= hi:
                self.values[slot if slot not in self.values else group] = (slot, match.group(group))

    def has(self, slot: str) -> bool:
        return slot in self.values

    def text(self, slot: str) -> str | None:
        item = self.values.get(slot)
        return item[1] if item else None

    def meaning(self, slot: str) -> Any:
        item = self.values.get(slot)
        if item is None:
            return None
        value = self.grammar.meaning(item[0], item[1])
        if value is None:
            raise Decline(item[1])
        return value

    def integer(self, slot: str) -> int | None:
        item = self.values.get(slot)
        return int(item[1]) if item else None


def _when(reader: SlotReader, grammar: Grammar) -> tuple[When, dict[str, Any]]:
    """Calendar fields of a date/time match, plus relative instructions."""
    extra: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    if reader.has("year"):
        fields["year"] = reader.integer("year")
    elif reader.has("yy"):
        yy = int(reader.text("yy").lstrip("'"))
        fields["year"] = 2000 + yy if yy < 40 else 1900 + yy
    if reader.has("month"):
        fields["month"] = int(reader.meaning("month"))
    elif reader.has("monthnum"):
        fields["month"] = reader.integer("monthnum")
    if reader.has("day"):
        fields["day"] = reader.integer("day")
    if reader.has("season"):
        fields["season"] = reader.meaning("season")
    if reader.has("decade_year"):
        fields["decade"] = reader.integer("decade_year") // 10
    if reader.has("partofday"):
        fields["partofday"] = reader.meaning("partofday")
    if reader.has("hour"):
        hour = reader.integer("hour")
        ampm = reader.meaning("ampm") if reader.has("ampm") else None
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 and not (hour == 24 and not reader.has("minute")):
            raise Decline("hour")
        fields["hour"] = hour % 24
        fields["minute"] = reader.integer("minute") if reader.has("minute") else (0 if not ampm else None)
        if reader.has("second"):
            fields["second"] = reader.integer("second")
        fields.pop("partofday", None)
    if reader.has("named"):
        # named times of day ("noon", "midnight"): table gives "HH:MM"
        hh, mm = str(reader.meaning("named")).split(":")
        fields["hour"], fields["minute"] = int(hh), int(mm)
    if reader.has("tz"):
        fields["zone"] = reader.meaning("tz")
    unit = reader.meaning("unit") if reader.has("unit") else None
    ordinal = None
    if reader.has("ordinal"):
        text = reader.text("ordinal")
        digits = re.match(r"[0-9]+", text)
        ordinal = int(digits.group()) if digits else int(reader.meaning("ordinal"))
    if ordinal is not None and unit == "Q":
        fields["quarter"] = ordinal
        unit = None
    elif ordinal is not None and unit == "HALF":
        fields["half"] = ordinal
        unit = None
    elif ordinal is not None and unit == "CE":
        fields["century"] = ordinal - 1
        unit = None
    if reader.has("weekday"):
        extra["weekday"] = int(reader.meaning("weekday"))
    if reader.has("part"):
        extra["mod"] = reader.meaning("part")
    if reader.has("rel"):
        extra["direction"] = int(reader.meaning("rel"))
        if unit is not None:
            extra["shift_unit"], extra["shift_amount"] = unit, int(reader.meaning("rel"))
    elif unit is not None and "year" not in fields:
        # "the year", "the week" with no direction: the current one
        extra["shift_unit"], extra["shift_amount"] = unit, 0
    if reader.has("dayrel"):
        extra["shift_unit"], extra["shift_amount"] = "D", int(reader.meaning("dayrel"))
    return When(**fields), extra


def _read(grammar: Grammar, crule: CompiledRule, match: re.Match[str], lo: int, hi: int) -> Reading:
    """The meaning of the part [lo, hi) of a match."""
    rule = crule.rule
    reader = SlotReader(grammar, crule, match, lo, hi)
    base = dict(start=lo, end=hi, rule=rule.name, reference=rule.reference)
    kind = rule.kind
    if kind == "fixed":
        return Reading(type=rule.type or "DATE", value=rule.value, mod=rule.mod, **base)
    if kind == "ref":
        return Reading(type="DATE", value=rule.value or reader.meaning("ref"), mod=rule.mod, **base)
    if kind == "set":
        if rule.value:
            return Reading(type="SET", value=rule.value, **base)
        unit = reader.meaning("unit") if reader.has("unit") else reader.meaning("setword")
        count = _fmt_number(_number(grammar, reader.text("num"))) if reader.has("num") else "1"
        return Reading(type="SET", value=duration_value(count, unit), **base)
    if kind == "duration":
        mod = reader.meaning("mod") if reader.has("mod") else rule.mod
        if rule.value:
            return Reading(type="DURATION", value=rule.value, mod=mod, **base)
        if reader.has("dual"):  # Arabic dual nouns: "عامين" = two years
            return Reading(type="DURATION", value=duration_value("2", reader.meaning("dual")), mod=mod, **base)
        unit = reader.meaning("unit")
        if reader.has("num"):
            amount = _number(grammar, reader.text("num"))
            if reader.has("fraction"):
                amount += float(reader.meaning("fraction"))
            count = _fmt_number(amount)
        elif reader.has("fraction"):
            count = _fmt_number(float(reader.meaning("fraction")))
        else:
            count = "X"
        return Reading(type="DURATION", value=duration_value(count, unit), mod=mod, **base)
    if kind in ("ago", "later"):
        if reader.has("dual"):
            unit, amount = reader.meaning("dual"), 2
        else:
            unit = reader.meaning("unit")
            amount = int(_number(grammar, reader.text("num"))) if reader.has("num") else 1
        sign = -1 if kind == "ago" else 1
        return Reading(type="DATE", shift_unit=unit, shift_amount=sign * amount, mod=rule.mod, **base)
    if kind == "hijri":
        return _hijri(reader, base)
    if kind in ("date", "time"):
        when, extra = _when(reader, grammar)
        if not when.valid():
            raise Decline("impossible date")
        mod = extra.pop("mod", None) or rule.mod
        kind_type = "TIME" if when.is_time else "DATE"
        return Reading(type=rule.type or kind_type, when=when, mod=mod, **extra, **base)
    raise ValueError(f"rule {rule.name!r}: unknown kind {kind!r}")


def _hijri(reader: SlotReader, base: dict[str, Any]) -> Reading:
    from timeline.tagger.calendars import hijri_to_gregorian

    year = reader.integer("hijri_year")
    month = int(reader.meaning("hijri_month"))
    day = reader.integer("day")
    gregorian = hijri_to_gregorian(year, month, day)
    if gregorian is None:
        raise Decline("impossible Hijri date")
    when = When(year=gregorian.year, month=gregorian.month, day=gregorian.day) if day else When(
        year=gregorian.year, month=gregorian.month)
    original = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    return Reading(type="DATE", when=when, calendar="islamic-umalqura", original_value=original, **base)


_TIME_UNITS = {"H": "H", "MIN": "M", "S": "S"}
_UNIT_SCALE = {"DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3), "HALF": ("M", 6)}


def duration_value(count: str, unit: str) -> str:
    """TIMEX3 duration value: ("20", "Y") → "P20Y", ("3", "H") → "PT3H", ("1", "DE") → "P10Y"."""
    if unit in _TIME_UNITS:
        return f"PT{count}{_TIME_UNITS[unit]}"
    if unit in _UNIT_SCALE:
        letter, scale = _UNIT_SCALE[unit]
        return f"P{_fmt_number(float(count) * scale)}{letter}" if count != "X" else f"PX{letter}"
    return f"P{count}{unit}"


def _sub_spans(match: re.Match[str], names: tuple[str, ...]) -> list[tuple[int, int]]:
    return [match.span(n) for n in names if n in match.re.groupindex and match.span(n)[0] >= 0]


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
    if not a2.valid() or not b2.valid():
        raise Decline("impossible range")
    return replace(first, when=a2), replace(last, when=b2)


_LIST_ITEM = re.compile(r"[0-9]{1,2}")


def candidates(grammar: Grammar, text: str) -> list[Candidate]:
    """Every match of every rule, each with its readings."""
    found: list[Candidate] = []
    for priority, crule in enumerate(grammar.rules):
        kind = crule.rule.kind
        for match in crule.regex.finditer(text):
            try:
                if kind == "range":
                    spans = _sub_spans(match, ("first", "last"))
                    if len(spans) != 2:
                        continue
                    sub = [_read(grammar, _as_date(crule), match, lo, hi) for lo, hi in spans]
                    first, last = _fill_shared(sub[0], sub[1])
                    found.append(Candidate(match.start(), match.end(), (first, last), ((0, 1),), priority))
                elif kind == "list":
                    found.append(_list_candidate(grammar, crule, match, priority))
                else:
                    reading = _read(grammar, crule, match, match.start(), match.end())
                    found.append(Candidate(match.start(), match.end(), (reading,), (), priority))
            except Decline:
                continue
    return found


def _as_date(crule: CompiledRule) -> CompiledRule:
    return replace(crule, rule=replace(crule.rule, kind="date"))


def _list_candidate(grammar: Grammar, crule: CompiledRule, match: re.Match[str], priority: int) -> Candidate:
    """ "25, 26 and 27 October": one DATE per day; consecutive days also form a range."""
    lo, hi = match.span("items")
    tail = SlotReader(grammar, crule, match, hi, match.end())
    base_when, _ = _when(tail, grammar)
    readings: list[Reading] = []
    items = list(_LIST_ITEM.finditer(match.string, lo, hi))
    for i, item in enumerate(items):
        when = replace(base_when, day=int(item.group()))
        if not when.valid():
            raise Decline("impossible date in list")
        end = match.end() if i == len(items) - 1 else item.end()
        readings.append(Reading(start=item.start(), end=end, type="DATE", rule=crule.rule.name, when=when))
    days = [r.when.day for r in readings]
    consecutive = all(b == a + 1 for a, b in zip(days, days[1:]))
    ranges = ((0, len(readings) - 1),) if consecutive and len(readings) > 1 else ()
    return Candidate(match.start(), match.end(), tuple(readings), ranges, priority)


def select(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap (ties: the earlier rule in the file wins)."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # accepted spans never overlap, so sorting by start sorts the ends too
    ends: list[int] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        i = bisect.bisect_right(starts, cand.start)
        if (i > 0 and ends[i - 1] > cand.start) or (i < len(starts) and starts[i] < cand.end):
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)
