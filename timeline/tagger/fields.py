"""The calendar fields of a date or time match (a :class:`~timeline.tagger.when.When`), and what the words say
about moving it ("next", "3 years on", "the third Tuesday"), read from the slots the rule captured.

Each part of a date is read by one function: the day, month and year; a named holiday; seasons, decades and
parts of the day; the clock; numbered periods (quarters, halves, centuries) and weekdays; the move.
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from timeline.tagger.grammar import Grammar
from timeline.tagger.reading import Decline
from timeline.tagger.slots import SlotReader, digital_minute, spoken_year
from timeline.tagger.when import PART_OF_DAY_HOURS, When

#: periods a rule numbers with its {ordinal} ("the third quarter", "the 2nd half", "the 19th century")
_NUMBERED = ("Q", "HALF", "CE")


def when_of(reader: SlotReader, grammar: Grammar) -> tuple[When, dict[str, Any]]:
    """Calendar fields of a date/time match, plus relative instructions (fields of a Reading)."""
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    _day_month_year(reader, grammar, fields)
    _holiday(reader, fields, extra)
    _periods(reader, fields)
    _clock(reader, grammar, fields, extra)
    unit = _numbered(reader, fields, extra)
    _move(reader, fields, extra, unit)
    return When(**fields), extra


def _day_month_year(reader: SlotReader, grammar: Grammar, fields: dict[str, Any]) -> None:
    if reader.has("year"):
        fields["year"] = spoken_year(grammar, reader.text("year")) or reader.integer("year")
    elif reader.has("yy"):
        yy = int(reader.text("yy").lstrip("'"))
        fields["year"] = 2000 + yy if yy < 40 else 1900 + yy
    if reader.has("month"):
        fields["month"] = int(reader.meaning("month"))
    elif reader.has("lunar_month"):  # "腊月", "the eighth lunar month": a month of the rule's calendar
        fields["month"] = int(reader.meaning("lunar_month"))
    elif reader.has("monthnum"):
        fields["month"] = reader.integer("monthnum")
    if reader.has("day"):
        fields["day"] = reader.integer("day")
        if fields["day"] == -1 and fields.get("month") and (fields["month"] != 2 or fields.get("year")):
            # "the last day of October (2015)": the month's length (February's needs its year)
            fields["day"] = calendar.monthrange(fields.get("year") or 2001, fields["month"])[1]
        if fields["day"] < 1:  # an ordinal word that is no day of a month ("the last")
            raise Decline(reader.text("day"))


def _holiday(reader: SlotReader, fields: dict[str, Any], extra: dict[str, Any]) -> None:
    """Days of the calendar with a name ("元旦", "Quốc khánh"): a fixed one ("12-25") is a day of every year;
    another ("easter:+39", "chinese:01-01", "hebrew:01-15/8") is computed once its year is known. (A day of
    another calendar said by its numbers, "农历八月十五", is a rule's ``calendar``: kinds._date.)"""
    if not reader.has("holiday"):
        return
    from timeline.tagger.calendars import is_fixed_holiday, parse_holiday, shift_holiday

    spec = str(reader.meaning("holiday"))
    if parse_holiday(spec) is None:
        raise Decline(reader.text("holiday"))
    if reader.has("clockrel") and reader.has("num"):  # "three days after Easter", "2 days before Christmas"
        spec = shift_holiday(spec, int(reader.meaning("clockrel")) * reader.whole("num"))
    if is_fixed_holiday(spec):
        fields["month"], fields["day"] = (int(x) for x in spec.split(":")[-1].split("-"))
    else:
        extra["holiday"] = spec


def _periods(reader: SlotReader, fields: dict[str, Any]) -> None:
    """Seasons, decades, parts of the day and the weekend."""
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


def _clock(reader: SlotReader, grammar: Grammar, fields: dict[str, Any], extra: dict[str, Any]) -> None:
    """Hour, minute and second, on a 12- or 24-hour dial; named times ("noon"); "20 past 3"; the zone."""
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
        # "12 tonight", "this evening at 12", "晚上12点" (an am/pm word of the night, "night"): the midnight that
        # ends the day, T24:00, not noon
        evening = ampm == "night" or ampm is None and PART_OF_DAY_HOURS.get(fields.get("partofday"), (0,))[0] >= 18
        midnight = hour == 12 and minute is None and evening
        if ampm == "night":
            ampm = "pm"
        if midnight:
            hour = 24
        elif ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif ampm is None and hour < 12 and PART_OF_DAY_HOURS.get(fields.get("partofday"), (0,))[0] >= 12:
            hour += 12  # "8 in the evening", "tomorrow afternoon at 5": a part of the day after noon
        elif ampm is None and 1 <= hour <= 12 and not reader.text("hour").startswith("0"):
            extra["clock12"] = True
            if fields.get("partofday") is None and not digital_minute(reader):
                extra["hour12"] = True
        if hour > 23 and not (hour == 24 and minute is None) or hour < 0:
            raise Decline("hour")
        fields["hour"] = 24 if midnight else hour % 24
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


def _numbered(reader: SlotReader, fields: dict[str, Any], extra: dict[str, Any]) -> str | None:
    """Periods and weekdays numbered by the {ordinal} ("the third quarter", "the last Friday of May"), the part of
    a period ({part}: "the end of"). Returns the unit left to move: of up to two units, one is numbered by the
    ordinal, the other moved by {rel} ("quý III năm nay" = the third quarter of this year)."""
    units = reader.meanings("unit") + reader.meanings("weekend")
    ordinal = None
    if reader.has("ordinal"):
        digits = re.match(r"[0-9]+", reader.text("ordinal"))
        ordinal = int(digits.group()) if digits else reader.integer("ordinal")
    numbered = next((u for u in units if u in _NUMBERED), None) if ordinal is not None else None
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
    if fields.get("decade") is not None and fields["decade"] < 10 and not ("CE" in units and reader.has("rel")):
        # "the 90s of the 19th century"; in the century a {rel} moves to ("of the last century"): when anchored
        fields["decade"] += 10 * fields.pop("century", 19)
    if reader.has("weekday"):
        extra["weekday"] = int(reader.meaning("weekday"))
        if ordinal is not None and numbered is None:  # "the third Tuesday of September", "the last Friday of May"
            extra["nth"] = ordinal
    if reader.has("part"):
        extra["mod"] = reader.meaning("part")
    return units[0] if units else None


def _move(reader: SlotReader, fields: dict[str, Any], extra: dict[str, Any], unit: str | None) -> None:
    """Where the words move the reference: "next week" ({rel}), "Thanksgiving in 3 years", "the week" (the current
    one), "tomorrow" ({dayrel})."""
    if reader.has("rel"):
        extra["direction"] = int(reader.meaning("rel"))
        if unit is not None:
            extra["shift_unit"], extra["shift_amount"] = unit, int(reader.meaning("rel"))
    elif unit == "Y" and reader.has("num") and reader.has("holiday") and not reader.has("clockrel"):
        # "Thanksgiving in 3 years", "Diwali six years hence": the holiday that many years on
        extra["shift_unit"], extra["shift_amount"] = "Y", reader.whole("num")
    elif unit is not None and "year" not in fields:
        # "the year", "the week" with no direction: the current one
        extra["shift_unit"], extra["shift_amount"] = unit, 0
    if reader.has("dayrel"):
        extra["shift_unit"], extra["shift_amount"] = "D", int(reader.meaning("dayrel"))
