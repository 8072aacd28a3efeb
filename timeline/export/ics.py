"""A timeline as iCalendar (RFC 5545, with the RFC 7986 additions): a file to import or subscribe to, or one
resource per event for CalDAV.

Built with the ``icalendar`` library; the rules here are the ones calendar programs disagree on (see the ICS
section of DESIGN.md): all-day events with an exclusive end, time zones every parser reads the same way,
reproducible output, folding that never splits a UTF-8 character.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from icalendar import Calendar, Timezone, vRecur, vText
from icalendar import Event as VEvent

from timeline import __version__
from timeline.dates import time_zone
from timeline.fileio import atomic_write
from timeline.model import Event, Timeline
from timeline.text.normalise import INVISIBLE

__all__ = ["CalendarEntry", "calendar_entry", "checked_folding", "dtstamp", "event_uid", "render_event_resource", "render_ics", "write_ics"]

PRODID = f"-//timeline//timeline {__version__}//EN"
DEFAULT_DOMAIN = "timeline.invalid"
#: Languages whose text properties carry no LANGUAGE parameter.
_UNMARKED_LANGUAGES = frozenset({"en", "und", ""})

#: Bidi controls (LRM, RLM, LRE…RLO, LRI…PDI, ALM): invisible, and calendar programs show them as boxes.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
#: Control characters other than tab and newline are not allowed in TEXT (RFC 5545 §3.3.11).
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
#: RFC 5545 §3.1: a physical line is at most 75 octets, CRLF excluded.
_MAX_LINE_OCTETS = 75


def dtstamp(env: Mapping[str, str] = os.environ) -> dt.datetime:
    """The DTSTAMP to write (RFC 5545 §3.8.7.2, UTC): ``SOURCE_DATE_EPOCH`` when set, else now.

    ``SOURCE_DATE_EPOCH`` (reproducible-builds.org) makes two exports of the same timeline byte-identical.
    """
    raw = env.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        seconds = int(raw)
    except ValueError:
        raise ValueError(f"SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not {raw!r}") from None
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def render_ics(
    timeline: Timeline,
    *,
    events: Sequence[Event] | None = None,
    stamp: dt.datetime | None = None,
    method: str | None = "PUBLISH",
    domain: str = DEFAULT_DOMAIN,
) -> bytes:
    """The whole timeline as one VCALENDAR, CRLF lines, UTF-8.

    ``method="PUBLISH"`` (RFC 5546 §3.2.1) is right for a file or a served feed: no ORGANIZER is written.
    Pass ``method=None`` for a calendar object that is stored rather than sent, and ``events`` for a file of
    some of the events only (the page's "add to calendar" file of one event).
    """
    chosen = timeline.events if events is None else events
    return _render(timeline, chosen, stamp=stamp, method=method, domain=domain)


def render_event_resource(
    timeline: Timeline,
    event: Event,
    *,
    stamp: dt.datetime | None = None,
    domain: str = DEFAULT_DOMAIN,
) -> bytes:
    """One event as a CalDAV calendar object resource: one UID, no METHOD (RFC 4791 §4.1)."""
    return _render(timeline, (event,), stamp=stamp, method=None, domain=domain)


def write_ics(timeline: Timeline, path: str | os.PathLike[str], **kw) -> None:
    """Render the timeline (keywords as for :func:`render_ics`) and write it atomically to ``path``."""
    atomic_write(Path(path), render_ics(timeline, **kw))


def event_uid(timeline: Timeline, event: Event, domain: str = DEFAULT_DOMAIN) -> str:
    """A UID (RFC 5545 §3.8.4.7) that is the same on every export, so a re-import updates the event.

    It hashes the first mention's source (its URL, else its id) with the event id: the same event read from
    another article is another calendar entry.
    """
    origin = ""
    if event.mentions:
        source_id = event.mentions[0].source
        origin = _source_urls(timeline).get(source_id) or source_id
    digest = hashlib.sha256(f"{origin}\n{event.id}".encode()).hexdigest()[:32]
    return f"{digest}@{domain}"


def _render(
    timeline: Timeline,
    events: Iterable[Event],
    *,
    stamp: dt.datetime | None,
    method: str | None,
    domain: str,
) -> bytes:
    stamp = _utc(stamp if stamp is not None else dtstamp())
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    if method:
        calendar.add("METHOD", method)
    # icalendar 7.3 types NAME and X-WR-CALNAME as unknown and would not escape them: say they are TEXT.
    title = _clean_text(timeline.title)
    calendar.add("NAME", vText(title), parameters=_language_parameter(timeline.language))  # RFC 7986 §5.1
    calendar.add("X-WR-CALNAME", vText(title))  # the name Apple and Google read

    ordered = sorted(events, key=lambda e: (e.start, e.start_time or dt.time.min, e.id))
    vevents = [_vevent(timeline, event, stamp, domain) for event in ordered]
    for timezone in _vtimezones(vevents):
        calendar.add_component(timezone)
    for vevent in vevents:
        calendar.add_component(vevent)
    return checked_folding(calendar.to_ical())


@dataclass(frozen=True)
class CalendarEntry:
    """What a calendar shows of an event, the same in the .ics and in the page's "add to calendar" links.

    ``start``/``end``: dates (``end`` exclusive, RFC 5545 §3.6.1) or date-times with the place's zone; ``end``
    is None for a timed event whose end the text does not give (it then ends where it starts).
    """

    start: dt.date | dt.datetime
    end: dt.date | dt.datetime | None
    summary: str
    location: str | None
    description: str | None
    url: str | None
    rrule: vRecur | None


def calendar_entry(timeline: Timeline, event: Event) -> CalendarEntry:
    notes: list[str] = []
    start, end = _period(timeline, event, notes)
    urls = _event_urls(timeline, event)
    return CalendarEntry(
        start=start,
        end=end,
        summary=_clean_text(event.title),
        location=_location(event),
        description=_description(event, notes, urls),
        url=urls[0] if urls else None,
        rrule=_rrule(event.recurrence, start) if event.recurrence else None,
    )


def _vevent(timeline: Timeline, event: Event, stamp: dt.datetime, domain: str) -> VEvent:
    """One VEVENT (RFC 5545 §3.6.1)."""
    entry = calendar_entry(timeline, event)
    vevent = VEvent.new(
        uid=event_uid(timeline, event, domain),
        stamp=stamp,
        sequence=event.sequence,
        start=entry.start,
        end=entry.end,
        summary=entry.summary,
        location=entry.location,
        description=entry.description,
        url=entry.url,
    )
    if entry.rrule is not None:  # RFC 5545 §3.8.5.3
        vevent.add("RRULE", entry.rrule)
    # News events do not make the reader busy (RFC 5545 §3.8.2.7).
    vevent.add("TRANSP", "TRANSPARENT")
    if event.place is not None and event.place.latitude is not None and event.place.longitude is not None:
        vevent.add("GEO", (event.place.latitude, event.place.longitude))  # RFC 5545 §3.8.1.6: "lat;lon"
    language = _language_parameter(event.language)
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        if name in vevent:
            vevent[name].params.update(language)  # RFC 5545 §3.2.10
    return vevent


def _period(timeline: Timeline, event: Event, notes: list[str]) -> tuple[dt.date, dt.date | None]:
    """DTSTART and DTEND of an event; adds to ``notes`` what the dates alone cannot say."""
    if event.approximate_start:
        notes.append(f"approximate start: {event.start.isoformat()}")
    last_day = event.end
    if last_day is None:
        last_day = _ongoing_as_of(timeline, event)
        notes.append(f"open-ended; ongoing as of {last_day.isoformat()}" if last_day else "open-ended")
    last_day = max(last_day or event.start, event.start)

    if event.start_time is not None:
        zone = _zone(event)
        if zone is not None:
            return _timed_period(event, zone)
        notes.append(_time_without_zone(event))
    # RFC 5545 §3.6.1: an all-day DTEND is exclusive, the day after the last day; never equal to DTSTART.
    return event.start, last_day + dt.timedelta(days=1)


def _timed_period(event: Event, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime | None]:
    """Local times with the place's zone (RFC 5545 §3.3.5, form #3); no DTEND when the end is unknown."""
    start = dt.datetime.combine(event.start, event.start_time, tzinfo=zone)
    if event.end_time is None:
        return start, None  # RFC 5545 §3.6.1: the event ends where it starts
    end = dt.datetime.combine(event.end or event.start, event.end_time, tzinfo=zone)
    if end < start and (event.end is None or event.end == event.start):
        end += dt.timedelta(days=1)  # "22:00 to 02:00" runs past midnight
    return start, end if end > start else None


def _rrule(recurrence: str, start: dt.date) -> vRecur:
    """The RRULE; a day given as UNTIL of a timed event becomes the UTC end of that day on the event's clock.

    RFC 5545 §3.3.10: UNTIL has DTSTART's value type, and in UTC when DTSTART has a TZID (``ical`` rejects a
    date there); the last day stays included.
    """
    rule = vRecur.from_ical(recurrence)
    until = rule.get("UNTIL")
    if isinstance(start, dt.datetime) and until:
        last = until[0]
        if not isinstance(last, dt.datetime):
            local_end = dt.datetime.combine(last, dt.time(23, 59, 59), tzinfo=start.tzinfo)
            rule["UNTIL"] = [local_end.astimezone(dt.UTC)]
    return rule


def _zone(event: Event) -> ZoneInfo | None:
    return time_zone(event.place.timezone if event.place else None)


def _time_without_zone(event: Event) -> str:
    """Without a zone a time would be floating (each reader's own clock), so the day is written instead."""
    times = event.start_time.strftime("%H:%M")
    if event.end_time is not None:
        times += "–" + event.end_time.strftime("%H:%M")
    return f"at {times} local time (time zone unknown)"


def _ongoing_as_of(timeline: Timeline, event: Event) -> dt.date | None:
    """The latest document date among the sources that mention an open-ended event."""
    mentioned = set(event.sources)
    dates = [s.document_date for s in timeline.sources if s.id in mentioned and s.document_date is not None]
    return max(dates, default=None)


def _vtimezones(vevents: Sequence[VEvent]) -> list[Timezone]:
    """One VTIMEZONE per zone used (RFC 5545 §3.6.5), covering the years of its events' starts and ends and the
    years between them, except a long gap (an edited event from 2025 to 4050 would otherwise list two thousand
    years of onsets), sorted by TZID."""
    years: dict[str, set[int]] = {}
    for vevent in vevents:
        for value in (vevent.get("DTSTART"), vevent.get("DTEND")):
            moment = value.dt if value is not None else None
            if not isinstance(moment, dt.datetime) or not isinstance(moment.tzinfo, ZoneInfo):
                continue
            years.setdefault(moment.tzinfo.key, set()).add(moment.year)
    return [_vtimezone(tzid, _year_runs(sorted(used))) for tzid, used in sorted(years.items())]


#: Years without an event that a VTIMEZONE still covers between two years with one (so that nearby years give
#: one unbroken table, as readers expect); a longer gap is left out.
_YEARS_BRIDGED = 10


def _year_runs(years: Sequence[int]) -> list[tuple[dt.date, dt.date]]:
    """Years close together as [1 January of the first, 1 January after the last) spans: 2025, 2027, 4050 →
    [2025-01-01, 2028-01-01), [4050-01-01, 4051-01-01)."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year <= runs[-1][1] + 1 + _YEARS_BRIDGED:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return [(dt.date(first, 1, 1), dt.date(last + 1, 1, 1)) for first, last in runs]


def _vtimezone(tzid: str, spans: Sequence[tuple[dt.date, dt.date]]) -> Timezone:
    """A VTIMEZONE with one STANDARD/DAYLIGHT observance per onset within ``spans`` and no RDATE.

    ``icalendar`` groups the onsets of an observance into one comma-separated RDATE list, which RFC 5545
    §3.8.5.2 allows but vobject, ical.js and Radicale read only in part (10:00 New York became 15:00Z instead
    of 14:00Z). Each onset gets its own observance here, which every reader handles.
    """
    timezone = Timezone()
    observances = {}
    for number, (first_date, last_date) in enumerate(spans):
        grouped = Timezone.from_tzid(tzid, first_date=first_date, last_date=last_date)
        if number == 0:
            for name, value in grouped.property_items(recursive=False):
                if name not in ("BEGIN", "END") and not (name == "COMMENT" and len(spans) > 1):
                    timezone.add(name, value)
        for observance in grouped.subcomponents:
            onsets = [observance.DTSTART] + [onset for onset, _ in observance.rdates]
            for onset in onsets:
                single = type(observance)()
                for name, value in observance.property_items(recursive=False):
                    if name not in ("BEGIN", "END", "DTSTART", "RDATE"):
                        single.add(name, value)
                single.add("DTSTART", onset)
                observances.setdefault((onset, single.name, str(single.get("TZOFFSETTO"))), single)
    for key in sorted(observances, key=lambda key: key[0]):
        timezone.add_component(observances[key])
    return timezone


def _location(event: Event) -> str | None:
    """Place name and country name, the country in the event's language (CLDR via babel) if known."""
    place = event.place
    if place is None:
        return None
    parts = [place.display_name]
    if place.country:
        parts.append(_country_name(place.country, event.language))
    return _clean_text(", ".join(p for p in parts if p)) or None


def _country_name(code: str, language: str) -> str:
    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return code
    return locale.territories.get(code.upper(), code)


def _description(event: Event, notes: Sequence[str], urls: Sequence[str]) -> str | None:
    """The person's description, notes on the dates, the sentences the event comes from, its sources."""
    sentences = dict.fromkeys(m.sentence.strip() for m in event.mentions if m.sentence.strip())
    blocks = [event.description or "", "\n".join(notes), "\n".join(sentences), "\n".join(urls)]
    text = "\n\n".join(_clean_text(b) for b in blocks if b and b.strip())
    return text or None


def _event_urls(timeline: Timeline, event: Event) -> list[str]:
    """The URLs of the sources that mention the event, in the order of first mention, each once."""
    urls = _source_urls(timeline)
    return list(dict.fromkeys(urls[s] for s in event.sources if urls.get(s)))


def _source_urls(timeline: Timeline) -> dict[str, str | None]:
    return {source.id: source.url for source in timeline.sources}


def _language_parameter(language: str | None) -> dict[str, str]:
    """``LANGUAGE=<tag>`` (RFC 5545 §3.2.10) unless the text is English or of unknown language."""
    if not language or language in _UNMARKED_LANGUAGES:
        return {}
    return {"LANGUAGE": language}


def _clean_text(text: str) -> str:
    """TEXT as calendar programs show it well: no bidi controls, no invisible marks (a byte order mark, a soft
    hyphen: readers drop some and draw others as boxes), no control characters, LF line breaks.

    Escaping (``\\\\ \\; \\, \\n``, RFC 5545 §3.3.11) is left to ``icalendar``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_CHARACTERS.sub("", _BIDI_CONTROLS.sub("", INVISIBLE.sub("", text))).strip()


def _utc(moment: dt.datetime) -> dt.datetime:
    """DTSTAMP must be UTC (RFC 5545 §3.8.7.2); a naive value is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def checked_folding(data: bytes) -> bytes:
    """Guard RFC 5545 §3.1 on the finished stream: CRLF lines of at most 75 octets, each valid UTF-8 alone.

    ``icalendar`` 7 folds by octets on character boundaries; this makes sure it still does.
    """
    lines = data.split(b"\r\n")
    if lines[-1] != b"":
        raise RuntimeError("icalendar output does not end with CRLF")
    for number, line in enumerate(lines[:-1], start=1):
        if len(line) > _MAX_LINE_OCTETS or b"\n" in line or b"\r" in line:
            raise RuntimeError(f"icalendar wrote physical line {number} of {len(line)} octets or with a bare LF/CR")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            raise RuntimeError(f"icalendar split a UTF-8 character when folding line {number}") from error
    return data
