"""A point or period on the calendar, known to some precision: its TIMEX3 value and the interval it denotes.

Unknown fields stay ``None`` (printed as ``X`` in TIMEX3 values), so "22 September" without a document date is
``XXXX-09-22`` and denotes no interval. Interval arithmetic lives here, in one place, so that events and exports
never parse TIMEX3 strings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from timeline.dates import add_months
from timeline.model import Interval

_T = TypeVar("_T")
#: dataclass → the names of its fields, or None when :func:`replace` must leave it to ``dataclasses.replace``
_FIELDS: dict[type, frozenset[str] | None] = {}


def replace(obj: _T, /, **changes: Any) -> _T:
    """``dataclasses.replace`` without its call per field (readings are copied thousands of times per text): the
    instance's fields, with ``changes``. Only for a dataclass whose fields are all set by ``__init__`` and that has
    no ``__post_init__`` nor ``__new__`` of its own; any other (or an unknown field) goes to ``dataclasses.replace``."""
    cls = type(obj)
    names = _FIELDS.get(cls, ())
    if names == ():
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        simple = (all(f.init for f in fields) and not hasattr(cls, "__post_init__")
                  and cls.__new__ is object.__new__ and "__slots__" not in cls.__dict__)
        names = _FIELDS[cls] = frozenset(f.name for f in fields) if simple else None
    own = getattr(obj, "__dict__", None)
    if names is None or own is None or len(own) != len(names) or not names.issuperset(changes):
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    new = object.__new__(cls)
    new.__dict__.update(own)
    new.__dict__.update(changes)
    return new


#: Precision names, finest first.
GRAINS = ("second", "minute", "hour", "partofday", "day", "week", "month", "season", "quarter", "half", "year",
          "decade", "century")

#: Meteorological seasons (northern hemisphere): TIMEX3 code → first month.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: Where a weekend ("2013-W07-WE") begins, counted from its week's Monday 00:00: Friday 18:00 (it ends Monday 00:00).
WEEKEND_BEGINS = dt.timedelta(days=4, hours=18)
#: Parts of the day: TIMEX3 code → [begin hour, end hour).
PART_OF_DAY_HOURS = {"MO": (4, 12), "MI": (12, 14), "AF": (12, 19), "EV": (18, 24), "NI": (18, 24), "DT": (9, 17)}
#: The hours that the start / middle / end of a part of the day denote ("early morning", "en fin d'après-midi",
#: "late tonight"), as [begin hour, end hour) of its day.
PART_OF_DAY_PARTS = {
    "MO": {"START": (7, 9), "MID": (9, 11), "END": (10, 12)},
    "AF": {"START": (12, 14), "MID": (14, 17), "END": (17, 19)},
    "EV": {"START": (18, 20), "MID": (20, 22), "END": (21, 24)},
    "NI": {"START": (18, 21), "MID": (21, 23), "END": (21, 24)},
    "DT": {"START": (9, 11), "MID": (11, 16), "END": (15, 17)},
}


@dataclass(frozen=True)
class When:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    decade: int | None = None
    century: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    partofday: str | None = None
    #: UTC offset of a clock time, as "+HH:MM" / "Z".
    zone: str | None = None
    #: The weekend of the week ("this weekend"): TIMEX3 "2013-W07-WE", Friday 18:00 to Monday 00:00 (WEEKEND_BEGINS).
    weekend: bool = False

    @property
    def grain(self) -> str:
        if self.second is not None:
            return "second"
        if self.minute is not None:
            return "minute"
        if self.hour is not None:
            return "hour"
        if self.partofday is not None:
            return "partofday"
        if self.day is not None:
            return "day"
        if self.week is not None:
            return "week"
        if self.month is not None:
            return "month"
        if self.season is not None:
            return "season"
        if self.quarter is not None:
            return "quarter"
        if self.half is not None:
            return "half"
        if self.year is not None:
            return "year"
        if self.decade is not None:
            return "decade"
        return "century"

    @property
    def complete(self) -> bool:
        """Whether the calendar position is fully known (no X in the value)."""
        if self.grain in ("decade", "century"):
            return True
        return self.year is not None

    @property
    def is_time(self) -> bool:
        return self.hour is not None or self.partofday is not None

    def value(self) -> str:
        y = f"{self.year:04d}" if self.year is not None else "XXXX"
        grain = self.grain
        if grain == "century":
            return f"{self.century:02d}" if self.century is not None else "XX"
        if grain == "decade":
            return f"{self.decade:03d}"
        if grain == "year":
            return y
        if grain == "half":
            return f"{y}-H{self.half}"
        if grain == "quarter":
            return f"{y}-Q{self.quarter}"
        if grain == "season":
            return f"{y}-{self.season}"
        if grain == "week":
            return f"{y}-W{self.week:02d}" + ("-WE" if self.weekend else "")
        m = f"{self.month:02d}" if self.month is not None else "XX"
        if grain == "month":
            return f"{y}-{m}"
        d = f"{y}-{m}-{self.day:02d}" if self.day is not None else f"{y}-{m}-XX"
        if grain == "day":
            return d
        if grain == "partofday":
            return f"{d}T{self.partofday}"
        t = f"{d}T{self.hour:02d}:{(self.minute or 0):02d}"
        if self.second is not None:
            t += f":{self.second:02d}"
        return t + (self.zone or "")

    def date(self) -> dt.date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def valid(self) -> bool:
        """False for impossible dates (31 February, month 13)."""
        if self.month is not None and not 1 <= self.month <= 12:
            return False
        if self.day is not None:
            year = self.year if self.year is not None else 2000  # a leap year: 29 February stays possible
            try:
                dt.date(year, self.month or 1, self.day)
            except ValueError:
                return False
        if self.week is not None and not 1 <= self.week <= 53:
            return False
        return True

    def interval(self) -> Interval | None:
        """The calendar interval ``[begin, end)`` this denotes, or None while the position is not known."""
        if not self.complete:
            return None
        grain = self.grain
        try:
            if grain == "century":
                start = dt.date(max(self.century * 100, 1), 1, 1)
                return _iv(start, dt.date(self.century * 100 + 100, 1, 1))
            if grain == "decade":
                return _iv(dt.date(max(self.decade * 10, 1), 1, 1), dt.date(self.decade * 10 + 10, 1, 1))
            y = self.year
            if grain == "year":
                return _iv(dt.date(y, 1, 1), dt.date(y + 1, 1, 1))
            if grain == "half":
                start = dt.date(y, 1 + 6 * (self.half - 1), 1)
                return _iv(start, add_months(start, 6))
            if grain == "quarter":
                start = dt.date(y, 1 + 3 * (self.quarter - 1), 1)
                return _iv(start, add_months(start, 3))
            if grain == "season":
                start = dt.date(y, SEASON_START[self.season], 1)
                return _iv(start, add_months(start, 3))
            if grain == "week":
                start = dt.date.fromisocalendar(y, self.week, 1)
                if self.weekend:
                    midnight = dt.datetime.combine(start, dt.time())
                    return Interval(midnight + WEEKEND_BEGINS, midnight + dt.timedelta(days=7))
                return _iv(start, start + dt.timedelta(days=7))
            if grain == "month":
                start = dt.date(y, self.month, 1)
                return _iv(start, add_months(start, 1))
            day = dt.date(y, self.month, self.day)
            if grain == "day":
                return _iv(day, day + dt.timedelta(days=1))
            midnight = dt.datetime.combine(day, dt.time())
            if grain == "partofday":
                begin, end = PART_OF_DAY_HOURS[self.partofday]
                return Interval(midnight + dt.timedelta(hours=begin), midnight + dt.timedelta(hours=end))
            begin = midnight + dt.timedelta(hours=self.hour, minutes=self.minute or 0, seconds=self.second or 0)
            step = {"hour": dt.timedelta(hours=1), "minute": dt.timedelta(minutes=1)}.get(grain, dt.timedelta(seconds=1))
            return Interval(begin, begin + step)
        except (ValueError, TypeError, KeyError, OverflowError):
            return None

    def with_year(self, year: int) -> When:
        return replace(self, year=year)

    def on_day(self, day: dt.date) -> When:
        """The same fields on ``day`` (a clock time or part of the day placed on it)."""
        return replace(self, year=day.year, month=day.month, day=day.day)


#: The part of a period that START / MID / END denote, as (first, last) sub-periods: a month's days 1–10,
#: 11–20, 21–end; a year's January–March, April–August, September–December; a week's Monday–Wednesday,
#: Wednesday–Friday, Friday–Sunday; a decade's first, middle and last three years.
_PARTS = {
    "month": {"START": ("days", 0, 10), "MID": ("days", 10, 20), "END": ("days", 20, None)},
    "year": {"START": ("months", 0, 3), "MID": ("months", 3, 8), "END": ("months", 8, 12)},
    "week": {"START": ("days", 0, 3), "MID": ("days", 2, 5), "END": ("days", 4, 7)},
    "decade": {"START": ("months", 0, 36), "MID": ("months", 36, 84), "END": ("months", 84, 120)},
}


def narrow(interval: Interval | None, grain: str, mod: str | None, partofday: str | None = None) -> Interval | None:
    """The part of ``interval`` that "the beginning / middle / end of" it denotes (whole when unknown); a part of
    the day (``partofday``, grain "partofday") narrows to the hours of PART_OF_DAY_PARTS."""
    if grain == "partofday" and interval is not None:
        hours = PART_OF_DAY_PARTS.get(partofday or "", {}).get(mod or "")
        if hours is None:
            return interval
        midnight = dt.datetime.combine(interval.begin.date(), dt.time())
        return Interval(midnight + dt.timedelta(hours=hours[0]), midnight + dt.timedelta(hours=hours[1]))
    part = _PARTS.get(grain, {}).get(mod or "")
    if interval is None or part is None:
        return interval
    unit, first, last = part
    begin = interval.begin.date()
    if unit == "days":
        start = begin + dt.timedelta(days=first)
        end = begin + dt.timedelta(days=last) if last is not None else interval.end.date()
    else:
        start, end = add_months(begin, first), add_months(begin, last)
    return _iv(start, min(end, interval.end.date()))


def _iv(begin: dt.date, end: dt.date) -> Interval:
    return Interval(dt.datetime.combine(begin, dt.time()), dt.datetime.combine(end, dt.time()))


def from_date(day: dt.date, grain: str = "day") -> When:
    """The When of a calendar day, truncated to ``grain`` (day, week, month, quarter, half, year, decade, century)."""
    if grain == "week":
        year, week, _ = day.isocalendar()
        return When(year=year, week=week)
    if grain == "month":
        return When(year=day.year, month=day.month)
    if grain == "quarter":
        return When(year=day.year, quarter=(day.month - 1) // 3 + 1)
    if grain == "half":
        return When(year=day.year, half=1 if day.month <= 6 else 2)
    if grain == "year":
        return When(year=day.year)
    if grain == "decade":
        return When(decade=day.year // 10)
    if grain == "century":
        return When(century=day.year // 100)
    return When(year=day.year, month=day.month, day=day.day)


def shift(day: dt.date, unit: str, amount: int) -> dt.date:
    """Move a day by ``amount`` units (D, W, M, Q, H(alf), Y, DE, CE)."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit == "W":
        return day + dt.timedelta(weeks=amount)
    if unit in ("H", "MIN", "S"):  # "two hours ago": the reference is a day, finer moves stay on it
        return day
    months = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return add_months(day, months * amount)


_CLOCK_STEP = {"S": dt.timedelta(seconds=1), "MIN": dt.timedelta(minutes=1), "H": dt.timedelta(hours=1)}
_MONTH_STEP = {"M": 1, "Q": 3, "HALF": 6, "Y": 12, "DE": 120, "CE": 1200}


def _floor(reference: dt.datetime, unit: str) -> dt.datetime:
    """The start of the ``unit`` (S, MIN, H, D, W from Monday, M, Q, HALF, Y, DE, CE) containing ``reference``."""
    if unit == "S":
        return reference.replace(microsecond=0)
    if unit == "MIN":
        return reference.replace(second=0, microsecond=0)
    if unit == "H":
        return reference.replace(minute=0, second=0, microsecond=0)
    day = reference.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "W":
        return day - dt.timedelta(days=day.weekday())
    if unit in _MONTH_STEP:
        months = _MONTH_STEP[unit]
        index = (day.year * 12 + day.month - 1) // months * months
        return day.replace(year=index // 12, month=index % 12 + 1, day=1)
    return day


def _step(moment: dt.datetime, unit: str, n: int) -> dt.datetime:
    if unit in _CLOCK_STEP:
        return moment + _CLOCK_STEP[unit] * n
    if unit == "D":
        return moment + dt.timedelta(days=n)
    if unit == "W":
        return moment + dt.timedelta(weeks=n)
    return dt.datetime.combine(add_months(moment.date(), _MONTH_STEP[unit] * n), moment.time())


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The ``nth`` ``weekday`` (Monday 0) of a month, counted from its end when ``nth`` is negative (-1: the
    last); None when the month has no such day (a fifth Monday)."""
    try:
        first = dt.date(year, month, 1)
    except ValueError:
        return None
    if nth > 0:
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    elif nth < 0:
        last = add_months(first, 1) - dt.timedelta(days=1)
        day = last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-nth - 1))
    else:
        return None
    return day if day.month == month else None


def anchored_interval(reference: dt.datetime, unit: str, count: int, direction: int) -> Interval | None:
    """The calendar interval of an anchored duration: ``count`` whole units next to the one that contains the
    reference, as an assistant (and Duckling) reads them.

    direction -1, "the last 2 days" (said on 12 February at 04:30): the ``count`` units before the current one,
    ``[10 Feb, 12 Feb)``; "the last 2 minutes": ``[04:28, 04:30)``.
    direction +1, "the next 3 months": the ``count`` units after the current one, ``[1 Mar, 1 Jun)``; "the next
    3 weeks": from next Monday; "the next 3 minutes": ``[04:31, 04:34)``.
    direction 0, "these 3 days": the ``count`` units from the current one on.
    """
    if count < 1 or unit not in _CLOCK_STEP and unit not in _MONTH_STEP and unit not in ("D", "W"):
        return None
    try:
        current = _floor(reference, unit)
        begin = _step(current, unit, -count if direction < 0 else int(direction > 0))
        return Interval(begin, _step(begin, unit, count))
    except (ValueError, OverflowError):
        return None


#: Duration unit → calendar grain of a date shifted by it.
UNIT_GRAIN = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "HALF": "half", "Y": "year", "DE": "decade",
              "CE": "century"}


def zone_offset(zone: str) -> dt.timezone | None:
    """The fixed offset a clock time's zone names ("Z", "+01:00", "-05:30"), None when it is not one."""
    if zone == "Z":
        return dt.timezone.utc
    try:
        sign = -1 if zone[0] == "-" else 1 if zone[0] == "+" else 0
        hours, minutes = int(zone[1:3]), int(zone[4:6])
    except (ValueError, IndexError):
        return None
    if not sign or len(zone) != 6 or zone[3] != ":":
        return None
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def in_document_clock(interval: Interval | None, zone: str | None, clock: dt.tzinfo | None) -> Interval | None:
    """The interval of a clock time said in ``zone`` ("8:00 GMT") on the document's clock ``clock`` (the tzinfo of
    an aware document date), as naive local times like every other interval: 08:00Z with a document at -02:00 is
    06:00. Unchanged without a zone or without a document clock (the interval stays on the zone's own clock)."""
    offset = zone_offset(zone) if zone else None
    if interval is None or offset is None or clock is None:
        return interval
    try:
        return Interval(*(moment.replace(tzinfo=offset).astimezone(clock).replace(tzinfo=None)
                          for moment in (interval.begin, interval.end)))
    except (OverflowError, ValueError):
        return interval


def _whole_weeks(year: int, month: int) -> list[dt.date]:
    """The Mondays of the Monday-to-Sunday weeks that lie wholly inside a month."""
    first = dt.date(year, month, 1)
    end = add_months(first, 1)
    monday = first + dt.timedelta(days=-first.weekday() % 7)
    weeks = []
    while monday + dt.timedelta(days=7) <= end:
        weeks.append(monday)
        monday += dt.timedelta(days=7)
    return weeks


def sub_period(when: When, kind: str, nth: int, weekday: int | None = None,
               reference: dt.date | None = None) -> tuple[When, Interval | None, str | None] | None:
    """A period within (or after) the placed period ``when``: (its When, its interval when the When cannot say
    it, its TIMEX3 mod), or None when it does not exist (a fifth weekend, a week of a year).

    * "week", of a day ("the week of October 6th", "la semaine du 7 octobre"): the ISO week (Monday to Monday)
      that contains it; a Sunday names the week that begins the next day, as in "the week of Sunday 6 October",
      where weeks are counted from Sunday, six of its seven days are in the following ISO week; with ``nth`` -1
      the ISO week that contains the day itself ("Easter week": the week that ends on Easter Sunday).
    * "week", of a month, ``nth`` ("the first week of October 2014", "the second last week of October 2018"):
      the nth of the Monday-to-Sunday weeks that lie wholly inside the month (first week of October 2014 =
      6–12 October; last week of September 2014 = 22–28 September). ISO 8601 has no weeks of a month, and a
      week that straddles two months is "the week of 29 September" rather than the first of October or the
      last of September; counting whole weeks is symmetric at both ends (and is how Duckling counts them).
    * "weekend", of a month, ``nth``: the weekend (Friday 18:00 to Monday 00:00) whose Saturday is the nth
      Saturday of the month ("the last weekend of October").
    * "halfmonth", of a month, ``nth`` 1 or 2 (or -2, -1): days 1–15 or 16–end ("la deuxième quinzaine
      d'avril", "the second half of April"); the value stays the month, mod START / END.
    * "after", of a day, ``weekday``: the nth such weekday strictly after it ("the third Tuesday after
      Christmas 2014" = 13 January 2015).
    * "rest", of a period containing ``reference``: from the reference day to the period's end ("the rest of the
      week" said on Tuesday 12 February 2013: [12 Feb, 18 Feb)); the value stays the period's.
    * "ending", of a day: the calendar quarter that holds the middle of the three months up to it ("the quarter
      ended Sept. 30" is the third, "the quarter ended July 31" the second, "ended Oct. 1" the third).
    * "again", of a month, ``nth``: the same month ``nth`` years later ("March after next": the March after the
      next one).
    * "eve", of a day: the day before, with the part of the day ``when`` holds ("in der Nacht zum Mittwoch", "в
      ночь на среду": the night from Tuesday to Wednesday, Tuesday's night, 2025-09-23TNI).
    """
    grain = when.grain
    if when.interval() is None or nth == 0:
        return None
    if kind == "week" and grain == "day":
        day = when.date()
        if day.weekday() == 6 and nth != -1:
            day += dt.timedelta(days=1)
        return from_date(day, "week"), None, None
    if kind == "week" and grain == "month":
        weeks = _whole_weeks(when.year, when.month)
        if not -len(weeks) <= nth <= len(weeks):
            return None
        return from_date(weeks[nth - 1 if nth > 0 else nth], "week"), None, None
    if kind == "weekend" and grain == "month":
        saturday = nth_weekday(when.year, when.month, 5, nth)
        if saturday is None:
            return None
        year, week, _ = saturday.isocalendar()
        return When(year=year, week=week, weekend=True), None, None
    if kind == "halfmonth" and grain == "month" and nth in (1, 2, -1, -2):
        first = dt.date(when.year, when.month, 1)
        if nth in (1, -2):
            return when, _iv(first, first + dt.timedelta(days=15)), "START"
        return when, _iv(first + dt.timedelta(days=15), add_months(first, 1)), "END"
    if kind == "after" and grain == "day" and weekday is not None and nth > 0:
        day = when.date()
        day += dt.timedelta(days=(weekday - day.weekday()) % 7 or 7) + dt.timedelta(weeks=nth - 1)
        return When(year=day.year, month=day.month, day=day.day), None, None
    if kind == "ending" and grain == "day":
        middle = when.date() - dt.timedelta(days=45)
        return When(year=middle.year, quarter=(middle.month - 1) // 3 + 1), None, None
    if kind == "eve" and when.day is not None:
        day = when.date() - dt.timedelta(days=1)
        return replace(when, year=day.year, month=day.month, day=day.day), None, None
    if kind == "again" and grain == "month" and nth > 0:
        return replace(when, year=when.year + nth), None, None
    if kind == "rest" and reference is not None:
        interval = when.interval()
        midnight = dt.datetime.combine(reference, dt.time())
        if interval.begin <= midnight < interval.end:
            return when, Interval(midnight, interval.end), None
    return None


def offset_zone(when: When) -> When:
    """A zone named by its place ("heure de Paris": ``Europe/Paris`` in the language's table) as the UTC offset in
    force at that time, +01:00 in January and +02:00 in July; dropped while the day or the hour is unknown. Any
    other zone (an offset, "Z") is kept."""
    if not when.zone or "/" not in when.zone:
        return when
    from timeline.dates import time_zone

    day, zone = when.date(), time_zone(when.zone)
    offset = zone.utcoffset(dt.datetime.combine(day, dt.time(when.hour, when.minute or 0))) \
        if zone is not None and day is not None and when.hour is not None and when.hour < 24 else None
    if offset is None:
        return replace(when, zone=None)
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return replace(when, zone="Z" if minutes == 0 else f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}")
