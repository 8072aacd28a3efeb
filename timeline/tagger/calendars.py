"""Other calendars: Hijri (Umm al-Qura) dates converted to the Gregorian calendar through ``hijridate``."""

from __future__ import annotations

import datetime as dt


def hijri_to_gregorian(year: int, month: int, day: int | None) -> dt.date | None:
    """The Gregorian date of a Hijri date (the first of the month when ``day`` is None); None if impossible."""
    from hijridate import Hijri

    try:
        return Hijri(year, month, day or 1).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_span(year: int, month: int, day: int | None) -> tuple[dt.date, dt.date] | None:
    """The Gregorian days ``[first, after last)`` of a Hijri day, or of a whole Hijri month when ``day`` is None."""
    start = hijri_to_gregorian(year, month, day)
    if start is None:
        return None
    if day:
        return start, start + dt.timedelta(days=1)
    end = hijri_to_gregorian(year + (month == 12), month % 12 + 1, 1)
    return (start, end) if end is not None else None


def hijri_year_of(day: dt.date) -> int | None:
    """The Hijri year a Gregorian day falls in (None outside the convertible range)."""
    from hijridate import Gregorian

    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_occurrences(around: dt.date, month: int, day: int | None) -> list[tuple[int, tuple[dt.date, dt.date]]]:
    """(Hijri year, Gregorian span) of the Hijri day or month in the Hijri years around a Gregorian day, in order."""
    year = hijri_year_of(around)
    if year is None:
        return []
    found = []
    for y in (year - 1, year, year + 1):
        span = hijri_span(y, month, day)
        if span is not None:
            found.append((y, span))
    return found


def hijri_in_gregorian_year(year: int, month: int, day: int | None) -> tuple[int, tuple[dt.date, dt.date]] | None:
    """The occurrence of a Hijri day or month that begins in a Gregorian year (the first when there are two)."""
    try:
        middle = dt.date(year, 7, 1)
    except ValueError:
        return None
    return next(((y, span) for y, span in hijri_occurrences(middle, month, day) if span[0].year == year), None)


# ---------------------------------------------------------------------------------------------- named holidays
#
# A holiday table value says how to compute the holiday's days in any year:
#
#   "MM-DD" or "fixed:MM-DD"       a Gregorian day (Christmas "fixed:12-25")
#   "easter:+39"                   days after Western Easter Sunday (Ascension)
#   "orthodox_easter:-2"           days after Orthodox Easter Sunday, as a Gregorian date (Orthodox Good Friday)
#   "nth:11:4:4"                   the 4th Thursday (ISO weekday 1 = Monday … 7 = Sunday) of November; -1: the last
#   "hijri:10-01", "hijri:09"      an Umm al-Qura Hijri day, or a whole Hijri month (Ramadan)
#   "hebrew:07-10"                 a Hebrew day (month 1 = Nisan … 7 = Tishrei … 12 = Adar, Adar II in a leap year)
#   "chinese:01-15"                a day of the Chinese lunisolar calendar (never of a leap month)
#   "solar_term:qingming"          the day (China Standard Time) the sun reaches a solar term's ecliptic longitude
#   "hindu:diwali_india"           a festival of the Hindu lunisolar calendar as India's official lists give it
#                                  (``holidays``' tables: the method ``<name>_date`` of its Hindu calendar, 2001–2035)
#   "buddhist:vesak"               a day of ``holidays``' Buddhist lunisolar calendar (its method ``<name>_date``)
#   "country:NL:King's Day"        the day a country's official list (``holidays``, English names, every category)
#                                  gives a holiday of that name — with the country's own moving rules (King's Day
#                                  on Saturday 26 April when 27 April is a Sunday)
#
# then an optional move to a weekday: "<5" the last Friday (ISO weekday) before the day ("hijri:10-01<5": the last
# Friday of Ramadan), ">1" the first Monday after it, "~" a Saturday to the Friday before and a Sunday to the
# Monday after, "~5-7+" a Friday to the day before and a Sunday to the day after (Yom HaShoah, "hebrew:01-27~5-7+"); then an optional offset in days ("nth:11:4:4+1": Black Friday, "chinese:01-01-1": New Year's Eve)
# and an optional length in days ("hebrew:01-15/8": the eight days of Passover, "easter:-46/46": Lent). A Hebrew or Hijri day begins at the
# sunset before it; here it is the Gregorian day its daylight falls on, as printed calendars list it (Yom Kippur
# 5786 = 2 October 2025, whose eve is 1 October) — Duckling's corpus counts these holidays from their eve instead.

import re as _re
from functools import lru_cache as _lru_cache

_SPEC = _re.compile(r"(?:(?P<cal>[a-z_]+):)?(?P<arg>[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}:[0-9]:-?[0-9]|[0-9]{1,2}|[a-z_]+"
                    r"|[A-Z]{2}:[A-Za-z'. ()-]+?)?(?P<move>[<>][1-7]|~(?:[1-7][+-])*)?(?P<offset>[+-][0-9]+)?(?:/(?P<days>[0-9]+))?")
Span = tuple[dt.date, dt.date]


def parse_holiday(spec: str) -> tuple[str, str, int, int] | None:
    """(calendar, argument, offset in days, length in days) of a holiday table value; None if it is malformed."""
    m = _SPEC.fullmatch(str(spec).strip())
    if m is None:
        return None
    cal = m.group("cal") or "fixed"
    arg = m.group("arg") or ""
    if cal not in _CALENDARS or (cal not in ("easter", "orthodox_easter") and not arg):
        return None
    if (cal == "country") != bool(_re.fullmatch(r"[A-Z]{2}:.+", arg)):
        return None
    return cal, arg, int(m.group("offset") or 0), int(m.group("days") or 1)


def shift_holiday(spec: str, days: int) -> str:
    """The spec of the day ``days`` after a holiday ("easter:+0", 3 → "easter:+3"; "12-25", -2 → "fixed:12-25-2")."""
    m = _SPEC.fullmatch(str(spec).strip())
    if m is None:
        return spec
    length = f"/{m.group('days')}" if m.group("days") else ""
    offset = int(m.group("offset") or 0) + days
    return f"{m.group('cal') or 'fixed'}:{m.group('arg') or ''}{m.group('move') or ''}{offset:+d}{length}"


def _move(day: dt.date, move: str | None) -> dt.date:
    """A day moved to a weekday as a spec's "<5", ">1" or "~" says."""
    if not move:
        return day
    if move[0] == "~":  # "~5-7+": the weekdays listed, one day back (-) or on (+); "~" alone is "~6-7+"
        move = move if len(move) > 1 else "~6-7+"
        steps = {int(move[i]): -1 if move[i + 1] == "-" else 1 for i in range(1, len(move) - 1, 2)}
        return day + dt.timedelta(days=steps.get(day.isoweekday(), 0))
    weekday = int(move[1])
    if move[0] == "<":
        return day - dt.timedelta(days=(day.isoweekday() - weekday - 1) % 7 + 1)
    return day + dt.timedelta(days=(weekday - day.isoweekday() - 1) % 7 + 1)


def is_fixed_holiday(spec: str) -> bool:
    """Whether a holiday is one Gregorian day every year ("12-25", "fixed:12-25")."""
    parsed = parse_holiday(spec)
    return parsed is not None and parsed[0] == "fixed" and parsed[2] == 0 and parsed[3] == 1 and "~" not in spec


def _month_day(arg: str) -> tuple[int, int | None]:
    parts = [int(x) for x in arg.split("-")]
    return parts[0], (parts[1] if len(parts) > 1 else None)


def _fixed(year: int, arg: str) -> list[Span]:
    month, day = _month_day(arg)
    try:
        d = dt.date(year, month, day or 1)
    except ValueError:
        return []
    return [(d, d + dt.timedelta(days=1))]


def easter_sunday(year: int, orthodox: bool = False) -> dt.date | None:
    """Easter Sunday of a Gregorian year (``dateutil.easter``): the Western computus of the Gregorian reform (1583),
    or the Orthodox (Julian) computus converted to the Gregorian calendar."""
    from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

    try:
        return easter(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)
    except ValueError:
        return None


def _easter(year: int, arg: str, orthodox: bool = False) -> list[Span]:
    d = easter_sunday(year, orthodox)
    return [(d, d + dt.timedelta(days=1))] if d is not None else []


def _nth(year: int, arg: str) -> list[Span]:
    """The n-th weekday of a month (US Thanksgiving: the fourth Thursday of November; Memorial Day: the last
    Monday of May)."""
    from timeline.tagger.when import nth_weekday

    month, weekday, nth = (int(x) for x in arg.split(":"))
    d = nth_weekday(year, month, weekday - 1, nth)
    return [(d, d + dt.timedelta(days=1))] if d is not None else []


def _hijri(year: int, arg: str) -> list[Span]:
    """The occurrences of a Hijri day (or month) that begin in a Gregorian year — none, one or (a Hijri year being
    11 days shorter) two — in the Umm al-Qura calendar (``hijridate``, 1343–1500 AH)."""
    month, day = _month_day(arg)
    found = []
    for hy in range(round((year - 622) * 33 / 32) - 1, round((year - 622) * 33 / 32) + 3):
        span = hijri_span(hy, month, day)
        if span is not None and span[0].year == year:
            found.append(span)
    return found


def hebrew_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Hebrew date (``convertdate.hebrew``: the arithmetic calendar of Hillel II with its
    postponement rules). Month 12 is Adar, which is Adar II (month 13) in a leap year, where Purim falls."""
    from convertdate import hebrew

    if month == 12 and hebrew.leap(year):
        month = 13
    if not 1 <= day <= hebrew.month_length(year, month):
        return None
    return dt.date(*hebrew.to_gregorian(year, month, day))


def _hebrew(year: int, arg: str) -> list[Span]:
    """A Hebrew day in a Gregorian year: Tishrei–Adar of Hebrew year H fall in Gregorian H − 3761 or H − 3760,
    Nisan–Elul in H − 3760."""
    month, day = _month_day(arg)
    found = []
    for hy in (year + 3760, year + 3761):
        d = hebrew_to_gregorian(hy, month, day or 1)
        if d is not None and d.year == year:
            found.append((d, d + dt.timedelta(days=1)))
    return found


def chinese_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a day of the Chinese lunisolar calendar (``lunardate``'s tables, 1900–2099; the
    months of a year that has a leap month are its ordinary months)."""
    from lunardate import LunarDate

    try:
        return LunarDate(year, month, day).to_solar_date()
    except (ValueError, IndexError, KeyError):
        return None


def _chinese(year: int, arg: str) -> list[Span]:
    month, day = _month_day(arg)
    found = []
    for ly in (year - 1, year):
        d = chinese_to_gregorian(ly, month, day or 1)
        if d is not None and d.year == year:
            found.append((d, d + dt.timedelta(days=1)))
    return found


#: The 24 solar terms (节气) by the sun's apparent ecliptic longitude in degrees.
SOLAR_TERMS = {
    "chunfen": 0, "qingming": 15, "guyu": 30, "lixia": 45, "xiaoman": 60, "mangzhong": 75, "xiazhi": 90,
    "xiaoshu": 105, "dashu": 120, "liqiu": 135, "chushu": 150, "bailu": 165, "qiufen": 180, "hanlu": 195,
    "shuangjiang": 210, "lidong": 225, "xiaoxue": 240, "daxue": 255, "dongzhi": 270, "xiaohan": 285,
    "dahan": 300, "lichun": 315, "yushui": 330, "jingzhe": 345,
}


def _sun_longitude(jd: float) -> float:
    """The sun's apparent ecliptic longitude in degrees (Meeus, Astronomical Algorithms, ch. 25, low accuracy:
    about 0.01°, a quarter of an hour of the sun's motion)."""
    import math

    t = (jd - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    c = ((1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m) + (0.019993 - 0.000101 * t) * math.sin(2 * m)
         + 0.000289 * math.sin(3 * m))
    omega = math.radians(125.04 - 1934.136 * t)
    return (l0 + c - 0.00569 - 0.00478 * math.sin(omega)) % 360


@_lru_cache(maxsize=512)
def solar_term(year: int, longitude: float) -> dt.date:
    """The day, in China Standard Time (UTC+8), on which the sun reaches ``longitude`` in a Gregorian year — the
    rule of the Chinese calendar since 1645 (定气): Qingming (15°) is 4 or 5 April."""
    # the March equinox is near day 79 of the year; the sun moves about 360/365.2422 degrees a day
    jan1 = dt.date(year, 1, 1).toordinal() + 1721424.5  # the Julian day of 1 January at 0h UT
    jd = jan1 + 79 + ((longitude + 80) % 360 - 80) * 365.2422 / 360  # 285°–360° fall before the equinox
    for _ in range(20):
        delta = (longitude - _sun_longitude(jd) + 180) % 360 - 180
        jd += delta * 365.2422 / 360
        if abs(delta) < 1e-7:
            break
    import math

    return dt.date.fromordinal(math.floor(jd + 8 / 24 - 1721424.5))  # the day at UT+8


def _solar_term(year: int, arg: str) -> list[Span]:
    if arg not in SOLAR_TERMS:
        return []
    d = solar_term(year, SOLAR_TERMS[arg])
    return [(d, d + dt.timedelta(days=1))] if d.year == year else []


def _hindu(year: int, arg: str) -> list[Span]:
    """A Hindu festival (Diwali, Holi, Dussehra …) in a Gregorian year, from the tables of the ``holidays`` package
    (its Hindu lunisolar calendar); none outside the years they cover or when the package is missing."""
    try:
        from holidays.calendars import _HinduLunisolar
    except ImportError:
        return []
    method = getattr(_HinduLunisolar(), f"{arg}_date", None)
    found = method(year) if callable(method) else None
    if not isinstance(found, tuple) or not isinstance(found[0], dt.date):
        return []
    d = found[0]
    return [(d, d + dt.timedelta(days=1))] if d.year == year else []


def _buddhist(year: int, arg: str) -> list[Span]:
    """A day of the Buddhist lunisolar calendar of the ``holidays`` package (Vesak)."""
    try:
        from holidays.calendars.buddhist import _BuddhistLunisolar
    except ImportError:
        return []
    method = getattr(_BuddhistLunisolar(), f"{arg}_date", None)
    found = method(year) if callable(method) else None
    if not isinstance(found, tuple) or not isinstance(found[0], dt.date):
        return []
    d = found[0]
    return [(d, d + dt.timedelta(days=1))] if d.year == year else []


@_lru_cache(maxsize=256)
def _country_days(code: str, year: int) -> tuple[tuple[dt.date, str], ...]:
    """A country's official holidays of a year in English (every category the ``holidays`` package knows)."""
    import holidays

    try:
        cls = holidays.country_holidays(code, years=year).__class__
        categories = getattr(cls, "supported_categories", None) or ("public",)
        languages = getattr(cls, "supported_languages", ()) or ()
        language = next((x for x in ("en_US", "en_GB", "en_IN", "en") if x in languages), None)
        table = holidays.country_holidays(code, years=year, categories=categories, language=language)
    except (NotImplementedError, KeyError, ValueError, AttributeError):
        return ()
    return tuple((d, name) for d, names in sorted(table.items()) for name in names.split("; "))


def _country(year: int, arg: str) -> list[Span]:
    """The day a country's official list gives a holiday of a name ("NL:King's Day"); its observed day when the
    country moves the holiday itself ("IL:Independence Day", 5 Iyar moved off a Friday or Saturday)."""
    code, name = arg.split(":", 1)
    days = _country_days(code, year)
    key = name.casefold()
    found = [d for d, n in days if n.casefold() == key] or [d for d, n in days if n.casefold() == key + " (observed)"]
    return [(d, d + dt.timedelta(days=1)) for d in found[:1]]


_CALENDARS = {
    "fixed": _fixed,
    "easter": _easter,
    "orthodox_easter": lambda year, arg: _easter(year, arg, orthodox=True),
    "nth": _nth,
    "hijri": _hijri,
    "hebrew": _hebrew,
    "chinese": _chinese,
    "solar_term": _solar_term,
    "hindu": _hindu,
    "buddhist": _buddhist,
    "country": _country,
}


@_lru_cache(maxsize=4096)
def holiday_spans(spec: str, year: int) -> tuple[Span, ...]:
    """The Gregorian days ``[first, after last)`` of every occurrence of a holiday whose base day falls in a
    Gregorian year (usually one; a Hijri holiday can fall twice in a year, or not at all). Remembered: a text names
    the same holidays again and again, and converting a lunar or Hebrew date costs a millisecond."""
    parsed = parse_holiday(spec)
    if parsed is None:
        return ()
    cal, arg, offset, days = parsed
    move = _SPEC.fullmatch(str(spec).strip()).group("move")
    try:
        bases = _CALENDARS[cal](year, arg)
    except (ValueError, OverflowError, ImportError):
        return ()
    if move:
        bases = [(_move(b, move), _move(b, move) + dt.timedelta(days=1)) for b, _ in bases]
    spans = []
    shift = dt.timedelta(days=offset)
    for begin, end in ((dt.date(b.year, b.month, b.day), dt.date(e.year, e.month, e.day)) for b, e in bases):
        if end - begin > dt.timedelta(days=1) and days == 1:  # a whole Hijri month keeps its own length
            spans.append((begin + shift, end + shift))
        else:
            spans.append((begin + shift, begin + shift + dt.timedelta(days=days)))
    return tuple(spans)


def holiday_in_year(spec: str, year: int) -> Span | None:
    """The occurrence of a holiday in a Gregorian year ("Pessach 2018", "Eid al-Fitr 1988"): the first when there
    are two."""
    spans = holiday_spans(spec, year)
    return spans[0] if spans else None


def holiday_occurrences(spec: str, around: dt.date) -> list[Span]:
    """The occurrences of a holiday in the Gregorian years around a day, in order."""
    found: list[Span] = []
    for year in (around.year - 1, around.year, around.year + 1):
        found.extend(s for s in holiday_spans(spec, year) if s not in found)
    return sorted(found)
