"""The values that flow between the pipeline's stages, and their versioned JSON form.

Every class is a frozen dataclass; ``to_json``/``from_json`` on :class:`Timeline` round-trip exactly
(``Timeline.from_json(t.to_json()) == t``). Fields a person adds to the JSON that this version does not
know are kept in ``extra`` and written back, so hand edits are never dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any, Mapping

SCHEMA_VERSION = "timeline/1"

#: The days an event may fall on. Python's calendar, like ICS's four-digit years, runs from 0001 to 9999, and
#: exports need room after an event: a calendar ends an all-day event on the next day and lists its place's
#: time-zone changes up to the next 1 January.
FIRST_EVENT_DAY, LAST_EVENT_DAY = dt.date(1, 1, 1), dt.date(9998, 12, 31)
#: The largest INTEGER of RFC 5545 (§3.3.8), so the largest SEQUENCE and RRULE COUNT or INTERVAL a calendar holds.
SEQUENCE_MAX = 2_147_483_647
#: The document dates expressions are anchored to: the tagger reads a date without a year within a year of the
#: document date, and that year must hold events.
FIRST_DOCUMENT_DATE, LAST_DOCUMENT_DATE = dt.date(2, 1, 1), dt.date(9997, 12, 31)

#: TIMEX3 types (TimeML 1.2.1).
TIMEX_TYPES = ("DATE", "TIME", "DURATION", "SET")
#: Event precisions, from the finest.
PRECISIONS = ("time", "day", "week", "month", "season", "quarter", "year", "decade", "century", "approximate")


@dataclass(frozen=True)
class Interval:
    """The calendar interval a DATE or TIME denotes: ``[begin, end)``, naive local datetimes."""

    begin: dt.datetime
    end: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {"begin": self.begin.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Interval:
        return cls(dt.datetime.fromisoformat(d["begin"]), dt.datetime.fromisoformat(d["end"]))


_GRAINS = [
    (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T.+"), "time"),
    (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), "day"),
    (re.compile(r"[0-9]{4}-W[0-9]{2}-WE"), "weekend"),
    (re.compile(r"[0-9]{4}-W[0-9]{2}"), "week"),
    (re.compile(r"[0-9]{4}-[0-9]{2}"), "month"),
    (re.compile(r"[0-9]{4}-Q[1-4]"), "quarter"),
    (re.compile(r"[0-9]{4}-H[12]"), "half"),
    (re.compile(r"[0-9]{4}-(?:SP|SU|FA|WI)"), "season"),
    (re.compile(r"[0-9]{4}"), "year"),
    (re.compile(r"[0-9]{3}"), "decade"),
    (re.compile(r"[0-9]{2}"), "century"),
]


def value_grain(value: str) -> str:
    """The grain of a TIMEX3 DATE/TIME value: "2011-03-20" day, "2011-W12" week, "2011" year, "201" decade …"""
    for pattern, grain in _GRAINS:
        if pattern.fullmatch(value):
            return grain
    return "none"


@dataclass(frozen=True)
class Timex:
    """One TIMEX3: a span of the text (offsets into the text exactly as read) and its normalised value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: Interval | None = None
    #: The original value when the text used another calendar (e.g. Hijri ``1447-03-15``).
    calendar: str | None = None
    original_value: str | None = None
    #: A clock time that names no day ("at 3 p.m."): the day of its value is the document date, a guess.
    implied_day: bool = False
    #: Name of the grammar rule that produced it (for debugging; not part of TIMEX3, nor of the JSON).
    rule: str | None = field(default=None, compare=False)
    #: For an expression that moves from the date named before it ("dix ans après", "a month later"), the move
    #: ("P10Y", "-P1M"): the event stage anchors it to the happening the text names, or places nothing. Not
    #: part of TIMEX3, nor of the JSON.
    narrative_shift: str | None = field(default=None, compare=False)

    @property
    def grain(self) -> str:
        """The unit the value names, read from the TIMEX3 value itself: "time" (a clock time or a part of the
        day), "day", "weekend", "week", "month", "quarter", "half", "season", "year", "decade", "century", or
        "none" (durations, sets, references such as PAST_REF, values with unknown digits)."""
        return value_grain(self.value) if self.type in ("DATE", "TIME") else "none"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "mod": self.mod,
        }
        if self.interval is not None:
            d["interval"] = self.interval.to_dict()
        if self.calendar is not None:
            d["calendar"] = self.calendar
            d["original_value"] = self.original_value
        if self.implied_day:
            d["implied_day"] = True
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Timex:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=d["text"],
            type=d["type"],
            value=d["value"],
            mod=d.get("mod"),
            interval=Interval.from_dict(d["interval"]) if d.get("interval") else None,
            calendar=d.get("calendar"),
            original_value=d.get("original_value"),
            implied_day=bool(d.get("implied_day", False)),
            rule=d.get("rule"),
        )


@dataclass(frozen=True)
class TimexRange:
    """Two timexes of one document that form a range ("from 25 to 26 October"): indices into its timexes."""

    first: int
    last: int

    def to_dict(self) -> dict[str, Any]:
        return {"first": self.first, "last": self.last}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> TimexRange:
        return cls(int(d["first"]), int(d["last"]))


@dataclass(frozen=True)
class Document:
    """An input article. ``text`` is the file's text exactly as read; it is not part of the timeline JSON."""

    id: str
    text: str
    language: str
    url: str | None = None
    title: str | None = None
    document_date: dt.date | None = None
    #: Where the document date came from: "metadata", "option", "url", "text" or None.
    document_date_source: str | None = None
    path: str | None = None
    #: Where the language came from: "option", "metadata", "detected" (sure), "guessed" (detection unsure) or None.
    language_source: str | None = None


@dataclass(frozen=True)
class Source:
    """What the timeline keeps of a document: its identity, date, and time expressions."""

    id: str
    language: str
    url: str | None = None
    title: str | None = None
    document_date: dt.date | None = None
    document_date_source: str | None = None
    timexes: tuple[Timex, ...] = ()
    ranges: tuple[TimexRange, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "language": self.language,
            "url": self.url,
            "title": self.title,
            "document_date": self.document_date.isoformat() if self.document_date else None,
            "document_date_source": self.document_date_source,
            "timexes": [t.to_dict() for t in self.timexes],
            "ranges": [r.to_dict() for r in self.ranges],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Source:
        return cls(
            id=d["id"],
            language=d["language"],
            url=d.get("url"),
            title=d.get("title"),
            document_date=dt.date.fromisoformat(d["document_date"]) if d.get("document_date") else None,
            document_date_source=d.get("document_date_source"),
            timexes=tuple(Timex.from_dict(t) for t in d.get("timexes", ())),
            ranges=tuple(TimexRange.from_dict(r) for r in d.get("ranges", ())),
        )


@dataclass(frozen=True)
class Place:
    """A place from the gazetteer, with the IANA time zone of its location."""

    name: str
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    timezone: str | None = None
    geonameid: int | None = None
    #: The name as the article writes it ("هانوي", "Hà Nội"), for calendars and pages in its language.
    label: str | None = None

    @property
    def display_name(self) -> str:
        return self.label or self.name

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "label": self.label,
            "country": self.country,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "timezone": self.timezone,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Place:
        return cls(
            name=d["name"],
            country=d.get("country"),
            latitude=d.get("latitude"),
            longitude=d.get("longitude"),
            timezone=d.get("timezone"),
            geonameid=d.get("geonameid"),
            label=d.get("label"),
        )


@dataclass(frozen=True)
class Mention:
    """One span of one document that refers to an event, with the sentence it stands in."""

    source: str
    start: int
    end: int
    text: str
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Mention:
        return cls(d["source"], int(d["start"]), int(d["end"]), d["text"], d["sentence"])


@dataclass(frozen=True)
class Event:
    """Something placed on the calendar.

    ``start``/``end`` are the first and last day (inclusive); ``end`` is None for an open-ended period
    ("since the beginning of 2025"). ``start_time``/``end_time`` are set for timed events, in the place's zone.
    """

    id: str
    title: str
    start: dt.date
    end: dt.date | None
    precision: str = "day"
    language: str = "und"
    place: Place | None = None
    mentions: tuple[Mention, ...] = ()
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    approximate_start: bool = False
    confidence: float = 1.0
    description: str | None = None
    #: Grows each time a person's edit changes the event (RFC 5545 SEQUENCE).
    sequence: int = 0
    #: An RFC 5545 RRULE value ("FREQ=WEEKLY;BYDAY=TH;UNTIL=20260630") when the text anchors a recurrence.
    recurrence: str | None = None
    #: How much the event matters to its story (``timeline.salience``): higher is more important; it compares
    #: events of one timeline. None until a story is scored.
    salience: float | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source for m in self.mentions))

    def content_hash(self) -> str:
        """A fingerprint of what a calendar shows of the event; when a person's edit changes it, the next
        load raises ``sequence`` so calendars that already hold the event take the update (RFC 5545 §3.8.7.4)."""
        shown = [self.title, self.start.isoformat(), self.end.isoformat() if self.end else None,
                 self.start_time.isoformat() if self.start_time else None,
                 self.end_time.isoformat() if self.end_time else None,
                 self.place.to_dict() if self.place else None, self.description, self.approximate_start]
        if self.recurrence:
            shown.append(self.recurrence)
        return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "start_time": self.start_time.isoformat() if self.start_time else None,
            "end_time": self.end_time.isoformat() if self.end_time else None,
            "all_day": self.all_day,
            "precision": self.precision,
            "approximate_start": self.approximate_start,
            "confidence": self.confidence,
            "language": self.language,
            "place": self.place.to_dict() if self.place else None,
            "description": self.description,
            "sequence": self.sequence,
            "recurrence": self.recurrence,
            "content_hash": self.content_hash(),
            "mentions": [m.to_dict() for m in self.mentions],
        }
        if self.salience is not None:
            d["salience"] = self.salience
        d.update(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Event:
        known = {f.name for f in fields(cls)} | {"all_day", "content_hash"}
        event = cls(
            id=d["id"],
            title=d["title"],
            start=dt.date.fromisoformat(d["start"]),
            end=dt.date.fromisoformat(d["end"]) if d.get("end") else None,
            precision=d.get("precision", "day"),
            language=d.get("language", "und"),
            place=Place.from_dict(d["place"]) if d.get("place") else None,
            mentions=tuple(Mention.from_dict(m) for m in d.get("mentions", ())),
            start_time=dt.time.fromisoformat(d["start_time"]) if d.get("start_time") else None,
            end_time=dt.time.fromisoformat(d["end_time"]) if d.get("end_time") else None,
            approximate_start=bool(d.get("approximate_start", False)),
            confidence=float(d.get("confidence", 1.0)),
            description=d.get("description"),
            sequence=int(d.get("sequence", 0)),
            recurrence=d.get("recurrence"),
            salience=float(d["salience"]) if d.get("salience") is not None else None,
            extra={k: v for k, v in d.items() if k not in known},
        )
        stored = d.get("content_hash")
        if stored and stored != event.content_hash():
            # RFC 5545 §3.8.7.4 SEQUENCE is an INTEGER (§3.3.8): at its largest it stays there
            event = replace(event, sequence=min(event.sequence + 1, SEQUENCE_MAX))
        return event


@dataclass(frozen=True)
class Timeline:
    """The one exchange format between the pipeline and the exporters."""

    title: str
    language: str
    events: tuple[Event, ...] = ()
    sources: tuple[Source, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": SCHEMA_VERSION,
            "title": self.title,
            "language": self.language,
            "events": [e.to_dict() for e in self.events],
            "sources": [s.to_dict() for s in self.sources],
        }
        d.update(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Timeline:
        known = {"schema", "title", "language", "events", "sources"}
        return cls(
            title=d["title"],
            language=d["language"],
            events=tuple(Event.from_dict(e) for e in d.get("events", ())),
            sources=tuple(Source.from_dict(s) for s in d.get("sources", ())),
            extra={k: v for k, v in d.items() if k not in known},
        )

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Timeline:
        return cls.from_dict(json.loads(text))
