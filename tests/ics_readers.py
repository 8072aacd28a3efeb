"""Six independent iCalendar readers, each reduced to the same rows, so a test can ask whether they all read an
exported calendar alike: icalendar, ical (Home Assistant's), vobject, ics-py, Mozilla's ical.js (node) and
libical (the C library of Evolution and KDE, through ctypes).

A row is ``(uid, summary, start, end, rrule)``: dates stay dates, date-times become UTC; an event without DTEND
ends where RFC 5545 §3.6.1 says (a date-time event at its start, an all-day event a day later), whatever the
reader leaves the field as; ``rrule`` is the RRULE value with its parts sorted, or None.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Callable, NamedTuple

JS_PARSER = Path(__file__).parent / "js" / "parse_ics.mjs"


class Row(NamedTuple):
    uid: str
    summary: str
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    rrule: str | None


def _moment(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise AssertionError(f"floating time {value}: the reader did not resolve its zone")
        return value.astimezone(dt.UTC)
    return value


def _row(uid, summary, start, end, rrule) -> Row:
    start = _moment(start)
    if end is None:
        end = start if isinstance(start, dt.datetime) else start + dt.timedelta(days=1)
    return Row(str(uid), str(summary), start, _moment(end), _rrule(rrule))


def _rrule(value: str | None) -> str | None:
    if not value:
        return None
    return ";".join(sorted(part.upper() for part in str(value).removeprefix("RRULE:").split(";") if part))


def _sorted(rows) -> list[Row]:
    return sorted(rows, key=lambda r: (str(r.start), r.uid))


def read_icalendar(data: bytes) -> list[Row]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    return _sorted(
        _row(e["UID"], e["SUMMARY"], e.DTSTART, e.get("DTEND") and e.DTEND,
             e["RRULE"].to_ical().decode() if "RRULE" in e else None)
        for e in calendar.walk("VEVENT"))


def read_ical(data: bytes) -> list[Row]:
    from ical.calendar_stream import IcsCalendarStream

    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return _sorted(_row(e.uid, e.summary, e.dtstart, e.dtend, e.rrule.as_rrule_str() if e.rrule else None)
                   for e in calendar.events)


def read_vobject(data: bytes) -> list[Row]:
    import vobject

    # vobject keeps the first VTIMEZONE it meets for each TZID for the rest of the process; a client opening this
    # file meets it fresh, so forget the zones of calendars read before
    zones = vars(vobject.icalendar)["__tzidMap"]
    zones.clear()
    vobject.icalendar.registerTzid("UTC", vobject.icalendar.utc)
    calendar = vobject.readOne(data.decode("utf-8"))
    return _sorted(
        _row(e.uid.value, e.summary.value, e.dtstart.value, e.dtend.value if hasattr(e, "dtend") else None,
             e.rrule.value if hasattr(e, "rrule") else None)
        for e in calendar.vevent_list)


def read_ics_py(data: bytes) -> list[Row]:
    import ics

    rows = []
    for e in ics.Calendar(data.decode("utf-8")).events:
        rrule = next((line.value for line in e.extra if line.name == "RRULE"), None)
        if e.all_day:
            # ics-py shows an all-day event as midnight UTC of its days; the dates are what it read
            start, end = e.begin.date(), e.end.date()
        else:
            start, end = e.begin.datetime, e.end.datetime if e.has_end() else None
        rows.append(_row(e.uid, e.name, start, end, rrule))
    return _sorted(rows)


def read_icaljs(data: bytes) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "calendar.ics"
        path.write_bytes(data)
        result = subprocess.run(["node", str(JS_PARSER), str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    rows = []
    for e in json.loads(result.stdout)["events"]:
        start, end = (_from_js(e[k]) for k in ("start", "end"))
        rows.append(_row(e["uid"], e["summary"], start, end, e["rrule"]))
    return _sorted(rows)


def _from_js(value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    if "T" in value:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return dt.date.fromisoformat(value)


# --- libical through ctypes ------------------------------------------------------------------------------------


class _IcalTime(ctypes.Structure):
    """``struct icaltimetype`` of libical 3 (icaltime.h)."""

    _fields_ = [(name, ctypes.c_int) for name in
                ("year", "month", "day", "hour", "minute", "second", "is_date", "is_daylight")] + [
        ("zone", ctypes.c_void_p)]


def _libical() -> ctypes.CDLL | None:
    try:
        lib = ctypes.CDLL("libical.so.3")  # libical 3's ABI, which _IcalTime mirrors
    except OSError:
        return None
    lib.icalparser_parse_string.restype = ctypes.c_void_p
    lib.icalparser_parse_string.argtypes = [ctypes.c_char_p]
    lib.icalcomponent_string_to_kind.argtypes = [ctypes.c_char_p]
    lib.icalproperty_string_to_kind.argtypes = [ctypes.c_char_p]
    for function in ("icalcomponent_get_first_component", "icalcomponent_get_next_component"):
        getattr(lib, function).restype = ctypes.c_void_p
        getattr(lib, function).argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.icalcomponent_get_first_property.restype = ctypes.c_void_p
    lib.icalcomponent_get_first_property.argtypes = [ctypes.c_void_p, ctypes.c_int]
    for function in ("icalcomponent_get_uid", "icalcomponent_get_summary"):
        getattr(lib, function).restype = ctypes.c_char_p
        getattr(lib, function).argtypes = [ctypes.c_void_p]
    lib.icalproperty_get_value_as_string.restype = ctypes.c_char_p
    lib.icalproperty_get_value_as_string.argtypes = [ctypes.c_void_p]
    for function in ("icalcomponent_get_dtstart", "icalcomponent_get_dtend"):
        getattr(lib, function).restype = _IcalTime
        getattr(lib, function).argtypes = [ctypes.c_void_p]
    lib.icaltime_as_timet_with_zone.restype = ctypes.c_int64
    lib.icaltime_as_timet_with_zone.argtypes = [_IcalTime, ctypes.c_void_p]
    lib.icalcomponent_free.argtypes = [ctypes.c_void_p]
    return lib


LIBICAL = _libical()


def _from_libical(lib: ctypes.CDLL, value: _IcalTime) -> dt.date | dt.datetime | None:
    if value.year == 0:
        return None
    if value.is_date:
        return dt.date(value.year, value.month, value.day)
    if not value.zone:
        raise AssertionError(f"libical left {value.year}-{value.month}-{value.day}T{value.hour}:{value.minute} floating")
    # libical converts with the zone it resolved (the file's VTIMEZONE for a TZID)
    return dt.datetime.fromtimestamp(lib.icaltime_as_timet_with_zone(value, value.zone), dt.UTC)


def read_libical(data: bytes) -> list[Row]:
    lib = LIBICAL
    assert lib is not None, "libical is not installed"
    root = lib.icalparser_parse_string(data)
    assert root, "libical could not parse the calendar"
    vevent_kind = lib.icalcomponent_string_to_kind(b"VEVENT")
    rrule_kind = lib.icalproperty_string_to_kind(b"RRULE")
    rows = []
    try:
        component = lib.icalcomponent_get_first_component(root, vevent_kind)
        while component:
            rrule = lib.icalcomponent_get_first_property(component, rrule_kind)
            rows.append(_row(
                lib.icalcomponent_get_uid(component).decode("utf-8"),
                lib.icalcomponent_get_summary(component).decode("utf-8"),
                _from_libical(lib, lib.icalcomponent_get_dtstart(component)),
                _from_libical(lib, lib.icalcomponent_get_dtend(component)),
                lib.icalproperty_get_value_as_string(rrule).decode() if rrule else None,
            ))
            component = lib.icalcomponent_get_next_component(root, vevent_kind)
    finally:
        lib.icalcomponent_free(root)
    return _sorted(rows)


#: reader name → (read function, why it is unavailable or None)
READERS: dict[str, tuple[Callable[[bytes], list[Row]], str | None]] = {
    "icalendar": (read_icalendar, None),
    "ical": (read_ical, None),
    "vobject": (read_vobject, None),
    "ics-py": (read_ics_py, None),
    # with node present, tests/setup.sh must have installed ical.js: only a missing node skips
    "ical.js": (read_icaljs, None if shutil.which("node") else "node is not installed"),
    "libical": (read_libical, None if LIBICAL is not None else "needs libical3 (tests/setup.sh)"),
}
