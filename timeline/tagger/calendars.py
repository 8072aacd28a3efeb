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
