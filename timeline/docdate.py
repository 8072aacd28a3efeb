"""The document date: from metadata, else from the source URL, else from a dateline in the text.

News sites encode the publication date in their URLs in a few recurring shapes: ``/2025/09/25/``,
``2025-09-25``, ``20250925``, or a timestamp ``YYMMDDhhmmss`` inside a long article id
(``…-100250925193505234.htm`` → 2025-09-25 19:35:05). Without any of them the date stays unknown and
underspecified expressions are reported as such — never silently anchored to today.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

_PATH_YMD = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})[/_.-]([01]?[0-9])[/_.-]([0-3]?[0-9])(?![0-9])")
_COMPACT_YMD = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])")
_DIGIT_RUN = re.compile(r"[0-9]{12,}")


def _date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _embedded_timestamp(run: str) -> dt.date | None:
    """The first window of a long digit run that reads as a valid YYMMDDhhmmss timestamp (years 2000–2099)."""
    for i in range(len(run) - 11):
        yy, mm, dd, hh, mi, ss = (int(run[i + k:i + k + 2]) for k in range(0, 12, 2))
        if 1 <= mm <= 12 and hh < 24 and mi < 60 and ss < 60:
            day = _date(2000 + yy, mm, dd)
            if day is not None:
                return day
    return None


def date_from_url(url: str | None) -> dt.date | None:
    """The publication date a news URL encodes, if it encodes one."""
    if not url:
        return None
    path = urlsplit(url).path
    for pattern in (_PATH_YMD, _COMPACT_YMD):
        for m in pattern.finditer(path):
            day = _date(*m.groups())
            if day is not None:
                return day
    for run in _DIGIT_RUN.findall(path):
        day = _embedded_timestamp(run)
        if day is not None:
            return day
    return None


def date_from_dateline(text: str, language: str, lines: int = 3) -> dt.date | None:
    """A full date (day, month and year) written in the first lines of the text, as in a dateline."""
    from timeline.tagger import tag

    head = "\n".join(text.splitlines()[:lines])[:400]
    for timex in tag(head, language).timexes:
        if timex.type == "DATE" and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", timex.value):
            return dt.date.fromisoformat(timex.value)
    return None
