"""Calendar arithmetic shared by the tagger and the evaluator."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TypeVar

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
