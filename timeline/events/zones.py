"""Clock times of events and the zone they were said in: a time said in a zone ("14:00 GMT") is put on the
clock of the event's place."""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import time_zone
from timeline.model import Place, Timex
from timeline.tagger.when import zone_offset


#: A TIMEX3 value that carries a clock time ("2025-10-25T10:00"), not only a part of the day ("…TMO").
_CLOCK = re.compile(r"T[0-9]{2}(?::[0-9]{2})?")

#: The zone a clock time was said in ("14:00 GMT": ...T14:00Z, "16 Uhr CET": ...T16:00+01:00).
_ZONE = re.compile(r"T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})$")

def clock(timex: Timex) -> dt.time | None:
    """The clock time a TIME carries ("10:00"), None for a part of the day ("morning") or a date. A time said in a
    zone ("14:00 GMT") carries that zone's offset as its tzinfo (``in_place_zone`` resolves it)."""
    if timex.type != "TIME" or timex.interval is None or not _CLOCK.search(timex.value):
        return None
    zone = _ZONE.search(timex.value)
    offset = zone_offset(zone.group(1)) if zone else None
    return timex.interval.begin.time().replace(tzinfo=offset)

def in_place_zone(start: dt.date, end: dt.date | None, start_time: dt.time | None, end_time: dt.time | None,
                   place: Place | None, zone_clock: bool):
    """(start, end, start_time, end_time) with a time said in a zone ("14:00 GMT", a tzinfo from ``clock``) put on
    the clock of the event's place, as Event times are (16:00 in Cairo, the day moving with it). Without a place
    zone, or when the tagger already put the interval on the document's clock (``zone_clock`` False: an aware
    document date), the times stay as the interval gives them. The times returned are naive."""
    naive = [t.replace(tzinfo=None) if t is not None else None for t in (start_time, end_time)]
    if start_time is None or start_time.tzinfo is None or not zone_clock or place is None or not place.timezone:
        return start, end, naive[0], naive[1]
    zone = time_zone(place.timezone)
    if zone is None:
        return start, end, naive[0], naive[1]
    begin = dt.datetime.combine(start, start_time).astimezone(zone)
    shift = begin.date() - start
    if end_time is not None:
        end_time = dt.datetime.combine(end or start, end_time.replace(tzinfo=end_time.tzinfo or start_time.tzinfo))
        end_time = end_time.astimezone(zone).time()
    return begin.date(), end + shift if end is not None else None, begin.time(), end_time
