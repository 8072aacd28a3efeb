"""Find candidate time expressions: every rule of the grammar scans the text once; overlaps are resolved.

The result is a list of :class:`Reading` — what a span means before it is anchored to a document date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from timeline.model import Interval
from timeline.tagger.grammar import CompiledRule, Grammar
from timeline.tagger.scan import DEFAULT_OPTIONS, Features, ScanOptions, matches
from timeline.tagger.when import PART_OF_DAY_HOURS, When, replace

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
    #: A clock time whose day the text does not name ("at 3 p.m."): it was put on the reference day.
    implied_day: bool = False
    #: An anchored duration ("the last 2 days"): (unit, count, direction), placed on the calendar when anchored.
    anchored: tuple[str, int, int] | None = None
    #: The calendar interval when ``when`` cannot say it: an anchored duration, "now" at a known time, a Hijri month.
    interval: Interval | None = None
    #: A Hijri (month, day or None) given without a year ("عيد الفطر"): its occurrence is chosen when anchored.
    hijri: tuple[int, int | None] | None = None
    #: With ``weekday``, the n-th such weekday of the month (-1: the last): "the third Tuesday of September".
    nth: int | None = None
    #: A named holiday computed in its year ("Easter", "春节", "Pessach": a holiday table value such as
    #: "easter:+0", see calendars.holiday_spans), placed when anchored unless the text gives the year.
    holiday: str | None = None
    #: A clock time said on a 12-hour clock without am/pm ("3:30" of "3:30-6pm"): it may be meant 12 hours later.
    clock12: bool = False
    #: An hour said without am/pm, part of the day or 24-hour digits ("um 3", "a las tres y media", "3 Uhr"):
    #: read forward, it is the next of h and h+12 (anchor.py).
    hour12: bool = False
    #: A clock time tied to the reference day by its am/pm word (the language's ``ampm_names_day``): not moved.
    keep_day: bool = False
    #: A period within (or after) the one ``when`` names, placed once that is anchored (when.sub_period):
    #: (kind, n-th, weekday), e.g. ("week", 1, None) "the first week of October", ("after", 3, 1) "the third
    #: Tuesday after Christmas".
    period: tuple[str, int, int | None] | None = None
    #: A move counted from a named day rather than from now ("3 years from today", "two weeks from tomorrow"):
    #: that day's offset in days from the reference; the day moved to is a day, whatever the unit.
    from_day: int | None = None


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


class Impossible(Decline):
    """The text names a date that does not exist ("31 February"): nothing inside it is tagged either."""


#: Counts beyond this are not durations or shifts any calendar can hold ("10^400 days ago").
_LARGEST_COUNT = 1e6


def _number(grammar: Grammar, text: str) -> float:
    folded = text.replace(",", "") if re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+", text) else text.replace(",", ".")
    try:
        value = float(folded)
    except ValueError:
        pass
    else:
        if not value <= _LARGEST_COUNT:
            raise Decline(text)
        return value
    value = grammar.meaning("num", text)
    if value == "X":  # "a few", "several": an unknown count
        return math.nan
    if isinstance(value, (int, float)):
        return float(value)
    return _compound_number(grammar, text)


def _number_words(grammar: Grammar, text: str) -> list[str]:
    """The table words of a compound number: split at spaces, or (unspaced scripts) longest table word first."""
    if grammar.language.spaced:
        return [p for p in _NUMBER_WORD_SPLIT.split(text) if p]
    table = grammar.lookups["num"]
    longest = max((len(k) for k in table), default=1)
    words, i = [], 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            if text[i:i + size].casefold() in table:
                words.append(text[i:i + size])
                i += size
                break
        else:
            raise Decline(text)
    return words


def _compound_number(grammar: Grammar, text: str) -> float:
    """Compound number words: parts add up ("twenty-five", "mười lăm"), and a part whose table value is "*10",
    "*100" … multiplies the digit before it ("hai mươi" = 20, "二十五" = 25, "一百二十" = 120)."""
    words = _number_words(grammar, text)
    values = [grammar.meaning("num", w) for w in words]
    if not grammar.language.spaced and len(values) >= 3 and all(v in range(10) for v in values):
        return float("".join(str(int(v)) for v in values))  # a year read digit by digit: "二零二五" = 2025
    total = section = digit = 0.0
    for word in words:
        value = grammar.meaning("num", word)
        if isinstance(value, str) and value.startswith("*") and value[1:].isdigit():
            scale = int(value[1:])
            if scale >= 10000:
                total += ((section + digit) or 1) * scale
                section = 0.0
            else:
                section += (digit or 1) * scale
            digit = 0.0
        elif isinstance(value, (int, float)):
            digit += value
        else:
            raise Decline(text)
    return total + section + digit


def _fmt_number(n: float) -> str:
    if n != n:  # NaN: an unknown count ("a few days")
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


class SlotReader:
    """Reads the slots a rule's match captured into calendar fields."""

    def __init__(self, grammar: Grammar, rule: CompiledRule, match: re.Match[str], lo: int, hi: int):
        self.grammar = grammar
        self.match_text = match.string
        self.values: dict[str, tuple[str, str]] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        found: list[tuple[int, str, str]] = []
        # a slot's own group ({unit}) first, then its numbered ones ({unit_2}) under the first free key
        for group, slot in sorted(rule.slots.items(), key=lambda gs: gs[0] != gs[1]):
            span = match.span(group)
            # a slot in a lookahead after the whole match ("the quarter" of "the quarter ended Sept. 30") is
            # read too: words the rule needs but does not tag
            if span[0] >= 0 and lo <= span[0] and (span[1] <= hi or span[0] >= hi == match.end()):
                self.values[slot if slot not in self.values else group] = (slot, match.group(group))
                self.spans.setdefault(slot, span)
                found.append((span[0], slot, match.group(group)))
        for slot, word in rule.rule.implied:  # slots the rule's words imply ("EOM": the end of the month)
            if slot not in self.values:
                self.values[slot] = (slot, word)
                found.append((hi, slot, word))
        #: every slot of the match in text order, e.g. both units of "quý III năm nay"
        self.present: list[tuple[str, str]] = [(slot, text) for _, slot, text in sorted(found)]

    def meanings(self, slot: str) -> list[Any]:
        """The meaning of every group of ``slot`` the match captured, in text order."""
        found = []
        for name, text in self.present:
            if name == slot:
                value = self.grammar.meaning(name, text)
                if value is None:
                    raise Decline(text)
                found.append(value)
        return found

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
        if item is None:
            return None
        if item[1].isdigit():
            return int(item[1])
        # a number written in words ("cinco de mayo", "à quinze heures"): the numbers, then the ordinals table
        for table in ("num", "ordinal"):
            value = self.grammar.meaning(table, item[1])
            if isinstance(value, (int, float)) and value == int(value):
                return int(value)
        value = _compound_number(self.grammar, item[1])  # "hai mươi", "十五"
        if value == int(value) and value > 0:
            return int(value)
        raise Decline(item[1])


def _spoken_year(grammar: Grammar, text: str) -> int | None:
    """A year said in two pairs of digits, in words ("nineteen ninety-four" = 1994), as broadcasts say them;
    None for anything else (a year in digits, "two thousand" read as a compound number)."""
    if text.isdigit() or not grammar.language.spaced:
        return None
    words = _number_words(grammar, text)
    if len(words) < 2:
        return None
    high = grammar.meaning("num", words[0])
    try:
        low = _compound_number(grammar, " ".join(words[1:]))
    except Decline:
        return None
    if isinstance(high, (int, float)) and 10 <= high <= 99 and 10 <= low <= 99 and low == int(low):
        return int(high) * 100 + int(low)
    return None


def _digital_minute(reader: SlotReader) -> bool:
    """Whether the minutes are written as digits right after the hour's digits ("3:18", "9.30", "9h30"): a clock
    written on a 24-hour dial, not a spoken hour ("drei", "3 y treinta", "zwanzig nach 3")."""
    if not reader.has("minute") or reader.has("clockrel") or "hour" not in reader.spans:
        return False
    hour, minute = reader.spans["hour"], reader.spans.get("minute")
    if minute is None or not reader.text("hour").isdigit() or not reader.text("minute").isdigit():
        return False
    gap = reader.match_text[hour[1]:minute[0]]
    return len(gap) == 1 and not gap.isspace() and not gap.isalnum() or gap in ("h", "H")


def _when(reader: SlotReader, grammar: Grammar) -> tuple[When, dict[str, Any]]:
    """Calendar fields of a date/time match, plus relative instructions."""
    extra: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    if reader.has("year"):
        fields["year"] = _spoken_year(grammar, reader.text("year")) or reader.integer("year")
    elif reader.has("yy"):
        yy = int(reader.text("yy").lstrip("'"))
        fields["year"] = 2000 + yy if yy < 40 else 1900 + yy
    if reader.has("month"):
        fields["month"] = int(reader.meaning("month"))
    elif reader.has("monthnum"):
        fields["month"] = reader.integer("monthnum")
    if reader.has("day"):
        fields["day"] = reader.integer("day")
        if fields["day"] == -1 and fields.get("month") and (fields["month"] != 2 or fields.get("year")):
            # "the last day of October (2015)": the month's length (February's needs its year)
            fields["day"] = calendar.monthrange(fields.get("year") or 2001, fields["month"])[1]
        if fields["day"] < 1:  # an ordinal word that is no day of a month ("the last")
            raise Decline(reader.text("day"))
    if reader.has("holiday"):
        # days of the calendar with a name ("元旦", "Quốc khánh"): a fixed one ("12-25") is a day of every year;
        # another ("easter:+39", "chinese:01-01", "hebrew:01-15/8") is computed once its year is known
        from timeline.tagger.calendars import is_fixed_holiday, parse_holiday

        spec = str(reader.meaning("holiday"))
        if parse_holiday(spec) is None:
            raise Decline(reader.text("holiday"))
        if reader.has("clockrel") and reader.has("num"):  # "three days after Easter", "2 days before Christmas"
            from timeline.tagger.calendars import shift_holiday

            count = _number(grammar, reader.text("num"))
            if count != count or count != int(count):
                raise Decline(reader.text("num"))
            spec = shift_holiday(spec, int(reader.meaning("clockrel")) * int(count))
        if is_fixed_holiday(spec):
            fields["month"], fields["day"] = (int(x) for x in spec.split(":")[-1].split("-"))
        else:
            extra["holiday"] = spec
    if reader.has("season"):
        fields["season"] = reader.meaning("season")
    if reader.has("decade_year"):
        # "the 1990s" → 199; two digits ("90-х", "90年代") are in the century the text names, else the 1900s
        fields["decade"] = reader.integer("decade_year") // 10
    elif reader.has("decadeword"):  # "the nineties", "années 90": the table gives the first year
        fields["decade"] = int(reader.meaning("decadeword")) // 10
    if reader.has("partofday"):
        fields["partofday"] = reader.meaning("partofday")
    if reader.has("weekend"):  # "the weekend": a part of the week (the table gives the unit, "W")
        fields["weekend"] = True
    if reader.has("hour"):
        hour = reader.integer("hour")
        # "at 10", "10 h": the hour is the precision (value T10:00, interval of one hour)
        minute = reader.integer("minute") if reader.has("minute") and not reader.has("clockrel") else None
        if minute is None and reader.has("fraction") and not reader.has("clockrel"):  # "3 giờ rưỡi", "三点半"
            minute = round(float(reader.meaning("fraction")) * 60)
            if minute < 0:  # a negative fraction is "to" the hour: "12 إلا ربع" = 11:45 (before am/pm applies)
                hour, minute = hour - 1, minute + 60
        ampm = reader.meaning("ampm") if reader.has("ampm") else None
        if ampm is not None and grammar.language.ampm_names_day:
            extra["keep_day"] = True
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif ampm is None and hour < 12 and PART_OF_DAY_HOURS.get(fields.get("partofday"), (0,))[0] >= 12:
            hour += 12  # "8 in the evening", "tomorrow afternoon at 5": a part of the day after noon
        elif ampm is None and 1 <= hour <= 12 and not reader.text("hour").startswith("0"):
            extra["clock12"] = True
            if fields.get("partofday") is None and not _digital_minute(reader):
                extra["hour12"] = True
        if hour > 23 and not (hour == 24 and minute is None) or hour < 0:
            raise Decline("hour")
        fields["hour"] = hour % 24
        fields["minute"] = minute
        if reader.has("second"):
            fields["second"] = reader.integer("second")
        fields.pop("partofday", None)
    if reader.has("named"):
        # named times of day ("noon", "midnight"): table gives "HH:MM"
        hh, mm = str(reader.meaning("named")).split(":")
        fields["hour"], fields["minute"] = int(hh), int(mm) or None
    if reader.has("clockrel") and fields.get("hour") is not None:
        # "20 past 3pm", "a quarter to noon": minutes (a number, or a fraction of the hour) after or before it
        offset = reader.integer("minute") if reader.has("minute") else round(float(reader.meaning("fraction")) * 60)
        total = fields["hour"] * 60 + int(reader.meaning("clockrel")) * offset
        if not 0 <= total < 24 * 60 or not 0 < offset < 60:
            raise Decline("clock")
        fields["hour"], fields["minute"] = divmod(total, 60)
    if reader.has("tz"):
        fields["zone"] = reader.meaning("tz")
    # up to two units: one numbered by the ordinal ("the third quarter"), the other moved by {rel}
    # ("quý III năm nay" = the third quarter of this year)
    units = reader.meanings("unit") + reader.meanings("weekend")
    ordinal = None
    if reader.has("ordinal"):
        text = reader.text("ordinal")
        digits = re.match(r"[0-9]+", text)
        ordinal = int(digits.group()) if digits else reader.integer("ordinal")
    numbered = next((u for u in units if u in ("Q", "HALF", "CE")), None) if ordinal is not None else None
    if numbered is not None:
        units.remove(numbered)
        if ordinal < 0:  # "the last quarter": counted from the end of the year
            ordinal += {"Q": 5, "HALF": 3}.get(numbered, 0)
            if ordinal < 1:
                raise Decline(reader.text("ordinal"))
        if numbered == "Q":
            fields["quarter"] = ordinal
        elif numbered == "HALF":
            fields["half"] = ordinal
        else:
            fields["century"] = ordinal - 1
    unit = units[0] if units else None
    if fields.get("decade") is not None and fields["decade"] < 10:
        fields["decade"] += 10 * fields.pop("century", 19)
    if reader.has("weekday"):
        extra["weekday"] = int(reader.meaning("weekday"))
        if ordinal is not None and numbered is None:  # "the third Tuesday of September", "the last Friday of May"
            extra["nth"] = ordinal
    if reader.has("part"):
        extra["mod"] = reader.meaning("part")
    if reader.has("rel"):
        extra["direction"] = int(reader.meaning("rel"))
        if unit is not None:
            extra["shift_unit"], extra["shift_amount"] = unit, int(reader.meaning("rel"))
    elif unit == "Y" and reader.has("num") and reader.has("holiday") and not reader.has("clockrel"):
        # "Thanksgiving in 3 years", "Diwali six years hence": the holiday that many years on
        count = _number(grammar, reader.text("num"))
        if count != count or count != int(count):
            raise Decline(reader.text("num"))
        extra["shift_unit"], extra["shift_amount"] = "Y", int(count)
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
        if reader.has("weekday"):  # "every Thursday": TimeML writes the weekday, XXXX-WXX-4; "Tuesday nights" -2TNI
            part = f"T{reader.meaning('partofday')}" if reader.has("partofday") else ""
            return Reading(type="SET", value=f"XXXX-WXX-{int(reader.meaning('weekday')) + 1}{part}", **base)
        if reader.has("month"):  # "each July": TimeML writes the month, XXXX-07
            return Reading(type="SET", value=f"XXXX-{int(reader.meaning('month')):02d}", **base)
        if rule.value:
            return Reading(type="SET", value=rule.value, **base)
        unit = reader.meaning("unit") if reader.has("unit") else reader.meaning("setword")
        count = _fmt_number(_number(grammar, reader.text("num"))) if reader.has("num") else "1"
        return Reading(type="SET", value=duration_value(count, unit), **base)
    if kind == "anchored_duration":
        # "the last 2 days", "les 3 prochaines minutes", "下三天": a DURATION that also denotes the whole units
        # before or after the current one (see when.anchored_interval); the direction is a {rel} slot or the
        # rule's ``direction``
        mod = reader.meaning("mod") if reader.has("mod") else rule.mod
        if reader.has("dual"):
            unit, amount = reader.meaning("dual"), 2.0
        else:
            unit = reader.meaning("unit")
            amount = _number(grammar, reader.text("num")) if reader.has("num") else 1.0
        direction = int(reader.meaning("rel")) if reader.has("rel") else rule.direction
        anchored = None
        if direction is not None and amount == amount and amount == int(amount):
            anchored = (unit, int(amount), direction)
        return Reading(type="DURATION", value=duration_value(_fmt_number(amount), unit), mod=mod, anchored=anchored,
                       **base)
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
            amount = _number(grammar, reader.text("num")) if reader.has("num") else (0 if reader.has("fraction") else 1)
            if amount != amount:  # "a few days ago": no calendar position
                raise Decline(reader.text("num"))
            if reader.has("fraction"):  # "a year and a half ago", "half an hour later": in the smaller unit
                amount += float(reader.meaning("fraction"))
            if amount != int(amount):
                lower, scale = _LOWER_UNIT.get(unit, (None, 0))
                if lower is None or amount * scale != int(amount * scale):
                    raise Decline(match.group())
                unit, amount = lower, amount * scale
            amount = int(amount)
        sign = -1 if kind == "ago" else 1
        if reader.has("weekday") and unit is None:
            # "3 Fridays from now", "2 Thursdays ago": weekdays counted from the reference (anchor.py); a rule's
            # ``direction`` +1 takes the first such weekday from the day moved to: "lundi en huit" (the coming
            # Monday, today included, one week on), "mardi en quinze" (two weeks on)
            return Reading(type="DATE", shift_unit="D", shift_amount=sign * 7 * amount, mod=rule.mod,
                           weekday=int(reader.meaning("weekday")),
                           direction=rule.direction if rule.direction is not None else -sign, **base)
        # "Mittwoch in 2 Wochen": the weekday of the week moved to
        weekday = int(reader.meaning("weekday")) if reader.has("weekday") and unit == "W" else None
        from_day = int(reader.meaning("dayrel")) if reader.has("dayrel") else None
        return Reading(type="DATE", shift_unit=unit, shift_amount=sign * amount, mod=rule.mod, weekday=weekday,
                       from_day=from_day, **base)
    if kind == "hijri":
        return _hijri(reader, base)
    if kind in ("date", "time"):
        when, extra = _when(reader, grammar)
        if not when.valid():
            raise Impossible("impossible date")
        if rule.period:
            extra["period"] = _period(reader, rule, extra)
        if extra.get("holiday") and when.year is not None:  # "Pessach 2018", "2018年修殿节": computed now
            return replace(_holiday_reading(when, extra, rule, base), period=extra.get("period"))
        mod = extra.pop("mod", None) or rule.mod
        kind_type = "TIME" if when.is_time else "DATE"
        return Reading(type=rule.type or kind_type, when=when, mod=mod, **extra, **base)
    raise ValueError(f"rule {rule.name!r}: unknown kind {kind!r}")


def _period(reader: SlotReader, rule: Any, extra: dict[str, Any]) -> tuple[str, int, int | None]:
    """The period a rule with ``period`` names within its date: the kind, the n-th (the {ordinal}, else 1;
    from the end when the rule's ``direction`` is -1: "the second last week of October") and the weekday
    ("the third Tuesday after Christmas"). The weekday and n-th leave the date's own fields."""
    nth = extra.pop("nth", None)
    weekday = extra.pop("weekday", None)
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


def _hijri(reader: SlotReader, base: dict[str, Any]) -> Reading:
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
        count, unit = _fmt_number(float(count) * scale), letter
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


def _duration_parts(parts: list[tuple[str, str]]) -> str:
    """"P" + the date units, then "T" + the clock units: [("1", "D"), ("12", "H")] → "P1DT12H"."""
    date = "".join(f"{n}{u}" for n, u in parts if u not in _TIME_UNITS)
    clock = "".join(f"{n}{_TIME_UNITS[u]}" for n, u in parts if u in _TIME_UNITS)
    return f"P{date}" + (f"T{clock}" if clock else "")


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


_LIST_ITEMS: dict[str, re.Pattern[str]] = {}


def _list_item(grammar: Grammar) -> re.Pattern[str]:
    """A day number of a list, with the language's ordinal suffix if it has one ("1er", "25.", "3rd")."""
    code = grammar.language.code
    if code not in _LIST_ITEMS:
        suffix = grammar.language.fragments.get("ordinal_suffix")
        _LIST_ITEMS[code] = re.compile(r"[0-9]{1,2}" + (f"(?:{suffix})?" if suffix else ""))
    return _LIST_ITEMS[code]


def candidates(grammar: Grammar, text: str, options: ScanOptions = DEFAULT_OPTIONS) -> list[Candidate]:
    """Every match of every rule, each with its readings."""
    found: list[Candidate] = []
    # where each rule can match (timeline.tagger.scan): the same matches as a full scan
    features = Features(text, index=grammar.index, options=options)
    for priority in features.possible(grammar.rules):  # not those of which no cover string occurs: no match
        crule = grammar.rules[priority]
        kind = crule.rule.kind
        for match in matches(crule.pattern, crule.gate, text, features):
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
            except Impossible:
                found.append(Candidate(match.start(), match.end(), (), (), priority))
            except Decline:
                continue
    return found


def _as_date(crule: CompiledRule) -> CompiledRule:
    return replace(crule, rule=replace(crule.rule, kind="date"))


def _list_candidate(grammar: Grammar, crule: CompiledRule, match: re.Match[str], priority: int) -> Candidate:
    """ "25, 26 and 27 October": one DATE per day; consecutive days also form a range. Month and year may stand
    after the items or before them ("10月25日、26日和27日"); the first item's extent starts with the match."""
    lo, hi = match.span("items")
    tail = SlotReader(grammar, crule, match, match.start(), match.end())
    base_when, _ = _when(tail, grammar)
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


def link_times(chosen: list[Candidate], text: str, grammar: Grammar) -> list[Candidate]:
    """Give a clock time the day named right next to it: "jeudi à 15h", "9h30 jeudi", "morgen um 17 Uhr" become
    one expression when only the language's ``time_link`` words stand between them (fragment; none: no
    linking); a range of clock times ("jeudi de 9h à 11h") keeps its own extents but both ends take the day,
    when only ``time_range_link`` words (default ``time_link``) stand between. Linear in the candidates."""
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


_LINKS: dict[tuple[str, str], re.Pattern[str]] = {}


def _link_pattern(grammar: Grammar, name: str) -> re.Pattern[str]:
    key = (grammar.language.code, name)
    if key not in _LINKS:
        from timeline.tagger.grammar import _expand

        _LINKS[key] = re.compile(_expand(grammar.language, grammar.language.fragments[name], {}), re.IGNORECASE)
    return _LINKS[key]


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
