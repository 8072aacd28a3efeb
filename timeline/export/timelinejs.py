"""A timeline as TimelineJS3 JSON (Knight Lab's storytelling timeline, which newsrooms embed): ``<name>.timelinejs.json``.

Format (TimelineJS3 "JSON format"): ``title`` (a slide), ``events`` with ``start_date``/``end_date`` objects of
``year``, ``month``, ``day``, ``hour``, ``minute`` (only the fields the event's precision knows: "December 2024"
has no day), ``text`` {``headline``, ``text``} as HTML, ``unique_id``, ``group`` (the place, else the language of a
multilingual timeline) and ``display_date`` where the dates alone would mislead (an approximate or open-ended
period, said as the page says it). ``end_date`` is the last day, inclusive, as TimelineJS shows it; an open-ended
period runs to the latest document date of its sources, as on the page. Times are on the place's clock.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError

from timeline.export.html import date_texts, labels
from timeline.fileio import atomic_write
from timeline.model import Event, Source, Timeline

__all__ = ["render_timelinejs", "write_timelinejs", "to_timelinejs"]

#: Which date fields each precision of an event knows.
_FIELDS = {
    "time": ("year", "month", "day", "hour", "minute"),
    "day": ("year", "month", "day"),
    "week": ("year", "month", "day"),
    "month": ("year", "month"),
    "season": ("year", "month"),
    "quarter": ("year", "month"),
    "year": ("year",),
    "decade": ("year",),
    "century": ("year",),
    "approximate": ("year", "month", "day"),
}


def to_timelinejs(timeline: Timeline) -> dict[str, Any]:
    texts = date_texts(timeline)
    sources = {s.id: s for s in timeline.sources}
    languages = {e.language for e in timeline.events}
    events = [_event(timeline, event, texts[event.id], sources, len(languages) > 1)
              for event in sorted(timeline.events, key=lambda e: (e.start, e.start_time or dt.time.min, e.id))]
    return {
        "title": {"text": {"headline": html.escape(timeline.title), "text": _sources_html(timeline)}},
        "events": events,
        "scale": "human",
    }


def render_timelinejs(timeline: Timeline) -> str:
    return json.dumps(to_timelinejs(timeline), ensure_ascii=False, indent=1) + "\n"


def write_timelinejs(timeline: Timeline, path: str | Path) -> None:
    atomic_write(Path(path), render_timelinejs(timeline))


def _event(timeline: Timeline, event: Event, date_text: str, sources: dict[str, Source],
           multilingual: bool) -> dict[str, Any]:
    fields = _FIELDS.get(event.precision, _FIELDS["day"])
    if event.start_time is None:
        fields = tuple(f for f in fields if f not in ("hour", "minute"))
    last = event.end if event.end is not None else _as_of(event, sources)
    out: dict[str, Any] = {"unique_id": _slug(event.id),
                           "start_date": _date(event.start, event.start_time, fields)}
    if last is not None and not (event.end_time is None and event.start_time is not None and last <= event.start):
        # a clock time without an end is a moment: no end_date (TimelineJS would end it at 00:00, before it starts)
        end_fields = fields if event.end_time is not None else tuple(f for f in fields if f not in ("hour", "minute"))
        end = _date(max(last, event.start), event.end_time, end_fields)
        if end != {k: v for k, v in out["start_date"].items() if k in end_fields}:
            out["end_date"] = end
    out["text"] = {"headline": html.escape(event.title), "text": _event_html(timeline, event, date_text, sources)}
    group = _group(timeline, event, multilingual)
    if group:
        out["group"] = group
    if event.approximate_start or event.end is None:
        out["display_date"] = date_text
    return out


def _date(day: dt.date, time: dt.time | None, fields: tuple[str, ...]) -> dict[str, int]:
    values = {"year": day.year, "month": day.month, "day": day.day,
              "hour": time.hour if time else 0, "minute": time.minute if time else 0}
    return {name: values[name] for name in fields}


def _as_of(event: Event, sources: dict[str, Source]) -> dt.date | None:
    dates = [sources[s].document_date for s in event.sources if s in sources and sources[s].document_date]
    return max(dates, default=None)


def _group(timeline: Timeline, event: Event, multilingual: bool) -> str | None:
    if event.place is not None:
        return event.place.display_name
    if multilingual:
        return _language_name(event.language, timeline.language)
    return None


def _language_name(code: str, in_language: str) -> str:
    try:
        shown = Locale.parse(in_language if in_language not in ("mul", "und", "") else "en")
    except (UnknownLocaleError, ValueError):
        shown = Locale.parse("en")
    return shown.languages.get(code, code)


def _event_html(timeline: Timeline, event: Event, date_text: str, sources: dict[str, Source]) -> str:
    """The slide's text: its dates, place, the sentences it comes from and links to its sources."""
    e = html.escape
    words = labels(timeline.language)
    parts = [f"<p><strong>{e(date_text)}</strong></p>"]
    if event.place is not None:
        parts.append(f"<p>{e(words['place'])}: {e(event.place.display_name)}</p>")
    if event.description:
        parts.append(f"<p>{e(event.description)}</p>")
    sentences = dict.fromkeys(" ".join(m.sentence.split()) for m in event.mentions if m.sentence.strip())
    parts += [f"<blockquote>{e(sentence)}</blockquote>" for sentence in sentences]
    links = [_link(sources[s]) for s in event.sources if s in sources and sources[s].url]
    if links:
        parts.append(f"<p>{e(words['sources'])}: " + " · ".join(links) + "</p>")
    return "".join(parts)


def _sources_html(timeline: Timeline) -> str:
    links = [_link(s) for s in timeline.sources if s.url]
    return "<p>" + "<br>".join(links) + "</p>" if links else ""


def _link(source: Source) -> str:
    e = html.escape
    url = source.url or ""
    if not url.lower().startswith(("http://", "https://")):
        return e(source.title or url)
    return f'<a href="{e(url)}" target="_blank" rel="noopener noreferrer">{e(source.title or url)}</a>'


def _slug(value: str) -> str:
    """An HTML id TimelineJS can put in the page's address (#event-…)."""
    return "event-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", value).strip("-") or "x")
