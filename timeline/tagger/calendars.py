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
