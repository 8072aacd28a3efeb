"""Calendar arithmetic shared by the tagger and the evaluator."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

_D = TypeVar("_D", dt.date, dt.datetime)


def add_months(day: _D, months: int) -> _D:
    """Shift a date (or a date and time) by whole months, clamping the day to the target month's length
    (31 January + 1 month = 28 or 29 February). Raises ValueError beyond the calendar's years (1 to 9999)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def time_zone(name: str | None) -> ZoneInfo | None:
    """The tz database's zone called ``name`` ("Europe/Paris"), or None for a name it does not have, however
    malformed (a name too long for a file name, a path, a NUL byte: a hand-edited timeline can hold anything)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
