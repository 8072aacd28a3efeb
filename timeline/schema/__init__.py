"""The timeline JSON format: its JSON Schema (shipped as ``timeline.schema.json``) and a loader that names
the field and the reason when a hand edit breaks it."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from timeline.dates import time_zone
from timeline.model import LAST_EVENT_DAY, SCHEMA_VERSION, SEQUENCE_MAX, Timeline

# a date whose year has a sign, five digits or is 0000: out of the calendar, not mistyped
_YEAR_OUT_OF_RANGE = re.compile(r"[+-][0-9]+-|[0-9]{5,}-|0000-")


class TimelineError(ValueError):
    """An edited timeline JSON that cannot be used; the message names the field."""


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(resources.files(__name__).joinpath("timeline.schema.json").read_text(encoding="utf-8"))


def _where(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _specific(error: Any) -> Any:
    """For "not valid under any of the given schemas", the sub-error that says what is wrong."""
    while error.context:
        candidates = [c for c in error.context if c.validator != "type"] or list(error.context)
        error = max(candidates, key=lambda c: len(c.absolute_path))
    return error


def _reason(error: Any) -> str:
    description = error.schema.get("description") if isinstance(error.schema, dict) else None
    if (error.validator in ("pattern", "format") and isinstance(error.instance, str)
            and _YEAR_OUT_OF_RANGE.match(error.instance)):
        return f"{error.instance!r}: years before 0001 and after 9999 cannot be placed on a calendar"
    if error.validator in ("pattern", "format") and description:
        return f"{error.instance!r} is not {description}"
    return error.message


def validate(data: Any) -> None:
    """Raise TimelineError for the first problem, e.g. ``events[0].start: '2025-13-01' is not a 'date'``."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if errors:
        error = _specific(errors[0])
        if error.validator == "const" and list(error.absolute_path) == ["schema"]:
            raise TimelineError(f"schema: expected {SCHEMA_VERSION!r}, found {error.instance!r}")
        raise TimelineError(f"{_where(error.absolute_path)}: {_reason(error)}")
    for i, source in enumerate(data.get("sources", ())):
        _check_timexes(source, f"sources[{i}]")
    for i, event in enumerate(data.get("events", ())):
        if event.get("end") and dt.date.fromisoformat(event["end"]) < dt.date.fromisoformat(event["start"]):
            raise TimelineError(f"events[{i}].end: {event['end']} is before the start {event['start']}")
        _check_recurrence(event.get("recurrence"), f"events[{i}].recurrence")
        zone = (event.get("place") or {}).get("timezone")
        if zone and time_zone(zone) is None:
            raise TimelineError(f"events[{i}].place.timezone: {zone[:60]!r} is not a time zone of the tz database "
                                "(such as 'Europe/Paris')")
        last = event.get("end") or event["start"]
        if dt.date.fromisoformat(last) > LAST_EVENT_DAY:
            field = "end" if event.get("end") else "start"
            raise TimelineError(f"events[{i}].{field}: {last} is after {LAST_EVENT_DAY}, the last day an event can "
                                "fall on (calendars need the days after it)")


# RFC 5545 §3.3.10: the range of each numeric RRULE part ("BYDAY" is checked by its own pattern); INTERVAL and
# COUNT are positive integers of the format's INTEGER type (§3.3.8), which every reader must hold.
_RRULE_RANGES = {"INTERVAL": (1, SEQUENCE_MAX), "COUNT": (1, SEQUENCE_MAX), "BYSECOND": (0, 60), "BYMINUTE": (0, 59),
                 "BYHOUR": (0, 23), "BYMONTHDAY": (1, 31), "BYYEARDAY": (1, 366), "BYWEEKNO": (1, 53),
                 "BYMONTH": (1, 12), "BYSETPOS": (1, 366)}
_SIGNED = {"BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"}
_WEEKDAY = re.compile(r"^([+-]?(?:[1-9]|[1-4][0-9]|5[0-3]))?(SU|MO|TU|WE|TH|FR|SA)$")


def _check_recurrence(rrule: str | None, where: str) -> None:
    """An RRULE every calendar reads: parts the RFC names, each once, numbers in their ranges, weekdays by their
    two letters, COUNT or UNTIL but not both (§3.3.10); a rule that repeats every 0 days never ends in some
    readers."""
    if rrule is None:
        return
    from icalendar import vRecur

    def refuse(reason: str) -> TimelineError:
        return TimelineError(f"{where}: {rrule[:80]!r} is not an RRULE ({reason})")

    parts: dict[str, str] = {}
    for part in rrule.split(";"):
        name, _, value = part.partition("=")
        if name in parts:
            raise refuse(f"{name} given twice")
        parts[name] = value
        if name in _RRULE_RANGES:
            low, high = _RRULE_RANGES[name]
            for item in value.split(","):
                number = item.lstrip("+-") if name in _SIGNED else item
                if not number.isdigit() or not low <= int(number) <= high:
                    raise refuse(f"{name} takes {'±' if name in _SIGNED else ''}{low} to {high}, not {item[:20]}")
        elif name in ("BYDAY", "WKST"):
            items = value.split(",") if name == "BYDAY" else [value]
            bad = next((item for item in items if not _WEEKDAY.match(item) or (name == "WKST" and len(item) != 2)), None)
            if bad is not None:
                raise refuse(f"{name} takes weekdays such as MO or -1FR, not {bad[:20]!r}")
        elif name not in ("FREQ", "UNTIL"):
            raise refuse(f"{name} is not a part of RFC 5545")
    if "COUNT" in parts and "UNTIL" in parts:
        raise refuse("COUNT and UNTIL together")
    try:
        vRecur.from_ical(rrule)  # UNTIL's date or date-time
    except ValueError as exc:
        raise refuse(str(exc)) from None


def _check_timexes(source: dict[str, Any], where: str) -> None:
    """What the schema cannot say of a source's timexes: real date-times, intervals that begin before they end,
    ranges that link two of the source's timexes."""
    timexes = source.get("timexes", ())
    for i, timex in enumerate(timexes):
        interval = timex.get("interval")
        if not interval:
            continue
        try:
            begin, end = dt.datetime.fromisoformat(interval["begin"]), dt.datetime.fromisoformat(interval["end"])
        except ValueError as exc:
            raise TimelineError(f"{where}.timexes[{i}].interval: {exc}") from None
        if not begin < end:
            raise TimelineError(f"{where}.timexes[{i}].interval: begins at {interval['begin']}, not before its end "
                                f"{interval['end']}")
    for i, link in enumerate(source.get("ranges", ())):
        if not link["first"] < link["last"] < len(timexes):
            raise TimelineError(f"{where}.ranges[{i}]: links timexes {link['first']} and {link['last']}, not two of "
                                f"its {len(timexes)} timexes in order")


def load_timeline(text: str) -> Timeline:
    """Parse and validate a timeline JSON document."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TimelineError(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if not isinstance(data, dict):
        raise TimelineError("a timeline JSON must be an object with schema, title, language and events")
    validate(data)
    return Timeline.from_dict(data)
