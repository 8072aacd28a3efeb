"""The timeline as one offline HTML page: an interactive Plotly chart and, below it, the same events as a table.

* Ranges are horizontal bars (``go.Bar(orientation="h", base=start, x=duration_ms)``; ``px.timeline`` would need
  pandas), one-day and point events are diamond markers (a zero-length bar disappears), approximate or open-ended
  periods are translucent patterned bars. An open-ended period runs to the latest document date of its sources.
* Offline: plotly.js is embedded (``plotlyjs="inline"``) or written once beside the page as ``plotly.min.js``
  (``plotlyjs="directory"``); never a CDN.
* Bidi: Plotly's SVG text is laid out left to right whatever the page says, so every chart label that reads
  right to left is wrapped, line by line, in U+2067 RLI … U+2069 PDI (and a Latin value in an Arabic line, such
  as a time zone or URL, in U+2066 LRI … PDI). That happens here only (not in ICS or JSON). The page carries
  ``lang``/``dir`` from the timeline's language; the chart container and every ``svg`` stay ``ltr`` so Plotly
  measures and places its text as it expects. The table uses ``<bdi dir=…>``.
* Reproducible: a fixed div id and no clock or random value, so the same timeline gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import textwrap
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

import plotly.graph_objects as go
import plotly.offline
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_interval, format_skeleton, format_time

from ..dates import time_zone
from ..fileio import atomic_write
from .calendar_links import calendar_links
from .ics import dtstamp
from ..model import Event, Source, Timeline

__all__ = ["render_html", "write_html", "write_plotlyjs", "figure", "date_texts", "story_span", "PLOTLYJS_FILENAME", "DIV_ID"]

#: The file ``plotlyjs="directory"`` writes beside the page and the page refers to.
PLOTLYJS_FILENAME = "plotly.min.js"
#: The id of the chart's div: fixed, so the output is reproducible.
DIV_ID = "timeline"

LRI = "\u2066"
RLI = "\u2067"
PDI = "\u2069"
TITLE_MAX = 60
CHART_TITLE_MAX = 110
WRAP = 80
MAX_SENTENCES = 3
MS_PER_DAY = 86_400_000
_PLOTLYJS_MODES = {"inline": True, "directory": "directory"}

_COLOURS = {"period": "#3366cc", "one_day": "#dc3912", "approximate": "#109618"}

_ENGLISH: dict[str, str] = {
    "period": "Period",
    "one_day": "One day",
    "approximate": "Approximate / open-ended",
    "date": "Date",
    "event": "Event",
    "place": "Place",
    "time_zone": "Time zone",
    "source": "Source",
    "sources": "Sources",
    "events": "Events",
    "document_date": "document date",
    "since": "since {start} (open-ended, ongoing as of {asof})",
    "since_unknown": "since {start} (open-ended)",
    "open_ended_note": "Open-ended periods are drawn up to the latest document date of the sources that mention them.",
    "no_events": "No events.",
    "noscript": "The interactive chart needs JavaScript; the table below lists the same events.",
    "chart": "Interactive timeline chart",
    "add_to_calendar": "Add to calendar",
    "add_event": "Add this event to a calendar",
    "ics_file": "{ics} file",
    "google": "Google",
    "outlook": "Outlook",
    "before_span": "before the chart's span",
    "after_span": "after the chart's span",
    "key_dates": "Key dates",
    "other_events": "The other {n} events",
}


# ----------------------------------------------------------------------------------------------------------------
# language, labels, bidi


def _primary(language: str) -> str:
    return (language or "und").replace("_", "-").split("-")[0].lower()


@lru_cache(maxsize=None)
def is_rtl_language(language: str) -> bool:
    """Whether CLDR says the language is written right to left (``mul`` and unknown codes are not)."""
    try:
        return Locale.parse(_primary(language)).character_order == "right-to-left"
    except (UnknownLocaleError, ValueError):
        return False


@lru_cache(maxsize=1)
def _all_labels() -> dict[str, dict[str, str]]:
    try:
        text = resources.files(__package__).joinpath("html_labels.toml").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):  # a build that left the data file out: English only
        return {"en": dict(_ENGLISH)}
    return tomllib.loads(text)


def labels(language: str) -> dict[str, str]:
    """The page's words in ``language`` (primary subtag), English for any word or language not in the data file."""
    words = dict(_ENGLISH)
    words.update(_all_labels().get(_primary(language), {}))
    return words


@lru_cache(maxsize=32)
def _locale(language: str) -> Locale:
    try:
        return Locale.parse(_primary(language))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


_LDML_TO_D3 = {
    "d": "%-d", "dd": "%d",
    "M": "%-m", "MM": "%m", "MMM": "%b", "MMMM": "%B",
    "L": "%-m", "LL": "%m", "LLL": "%b", "LLLL": "%B",
    "y": "%Y", "yyyy": "%Y", "yy": "%y",
}  # fmt: skip


def _ldml_to_d3(pattern: str) -> str | None:
    """A CLDR date pattern (``d MMM y``) as a d3 time format (``%-d %b %Y``); None if it uses other fields."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "'":
            end = pattern.find("'", i + 1)
            end = len(pattern) if end < 0 else end
            out.append("'" if end == i + 1 else pattern[i + 1 : end].replace("%", "%%"))
            i = end + 1
        elif ch.isascii() and ch.isalpha():
            j = i
            while j < len(pattern) and pattern[j] == ch:
                j += 1
            field = _LDML_TO_D3.get(pattern[i:j])
            if field is None:
                return None
            out.append(field)
            i = j
        else:
            out.append("%%" if ch == "%" else ch)
            i += 1
    return "".join(out)


@lru_cache(maxsize=32)
def _plotly_locale(language: str) -> tuple[str, dict[str, Any]] | None:
    """Month and day names and the date tick formats of ``language`` for plotly.js (``config.locales``), from
    CLDR via Babel; None for English, plotly's own. Right-to-left formats are isolated like every chart label."""
    loc = _locale(language)
    if loc.language == "en":
        return None
    rtl = loc.character_order == "right-to-left"
    months, days = loc.months["format"], loc.days["format"]
    sunday_first = (6, 0, 1, 2, 3, 4, 5)
    fmt: dict[str, Any] = {
        "months": [months["wide"][m] for m in range(1, 13)],
        "shortMonths": [months["abbreviated"][m] for m in range(1, 13)],
        "days": [days["wide"][d] for d in sunday_first],
        "shortDays": [days["abbreviated"][d] for d in sunday_first],
    }
    for key, skeleton in (("year", "y"), ("month", "yMMM"), ("dayMonth", "MMMd"), ("dayMonthYear", "yMMMd")):
        pattern = loc.datetime_skeletons.get(skeleton)
        d3 = _ldml_to_d3(str(pattern.pattern)) if pattern is not None else None
        if d3:
            fmt[key] = f"{RLI}{d3}{PDI}" if rtl else d3
    return loc.language, {"dictionary": {}, "format": fmt}


def has_rtl(text: str) -> bool:
    """True when ``text`` contains a strong right-to-left character (Hebrew, Arabic, Thaana, Syriac, N'Ko …)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def is_rtl_text(text: str) -> bool:
    """True when ``text`` reads right to left: it has right-to-left letters and no more left-to-right ones
    (so an Arabic title that starts with "UNODC" is right to left, an English sentence naming هانوي is not)."""
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > 0 and rtl >= ltr


def isolate(line: str, rtl: bool | None = None) -> str:
    """Wrap one line of chart text in RLI … PDI when it reads right to left (``rtl``, else judged from the line).

    SVG text is laid out left to right whatever the page says; mixed Arabic/Latin text is ordered wrongly
    unless its direction is stated."""
    if rtl is None:
        rtl = is_rtl_text(line)
    return f"{RLI}{line}{PDI}" if rtl else line


def _text_lines(text: str, *, bold: bool = False, prefix: str = "") -> list[str]:
    """``text`` wrapped at :data:`WRAP` characters, escaped, each line isolated with the direction of the whole
    text (each ``<br>`` line is a separate SVG text chunk, so an isolate cannot span lines)."""
    rtl = is_rtl_text(text)
    lines = []
    for line in _wrap(prefix + text):
        line = isolate(_esc(line), rtl)
        lines.append(f"<b>{line}</b>" if bold else line)
    return lines


def _field_lines(label: str, value: str) -> list[str]:
    """``label: value`` wrapped like :func:`_text_lines`; the line takes the label's direction (the page's
    language) and the value is isolated in its own when they differ (``المنطقة الزمنية: Asia/Ho_Chi_Minh
    (UTC+07:00)`` would otherwise lose its closing parenthesis to the Arabic side)."""
    label_rtl, value_rtl = is_rtl_text(label), is_rtl_text(value)
    head = f"{label}: "
    parts = textwrap.wrap(
        " ".join(value.split()), WRAP, initial_indent="\0" * len(head), break_on_hyphens=False
    ) or [""]
    lines = []
    for i, part in enumerate(parts):
        part = _esc(part.lstrip("\0"))
        if i == 0:
            if value_rtl != label_rtl:
                part = f"{RLI if value_rtl else LRI}{part}{PDI}"
            lines.append(isolate(_esc(head) + part, label_rtl))
        else:
            lines.append(isolate(part, value_rtl))
    return lines


def _esc(text: str) -> str:
    """Escape text for Plotly's pseudo-HTML (tick labels, hover, title, legend); it decodes the entities."""
    return html.escape(text, quote=False)


def truncate(text: str, limit: int = TITLE_MAX) -> str:
    """``text`` on one line, cut to at most ``limit`` characters with an ellipsis, at a word if one is near."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 2 // 3:
        cut = cut[:space]
    while cut and unicodedata.combining(text[len(cut)]):  # never separate a base letter from its marks
        cut = cut[:-1]
    return cut.rstrip(" ,;:،؛-–—") + "…"


def _wrap(text: str, width: int = WRAP) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]


# ----------------------------------------------------------------------------------------------------------------
# dates


def _date(d: dt.date, loc: Locale) -> str:
    return format_date(d, "long", locale=loc)


def _comma(loc: Locale) -> str:
    return "، " if loc.language in ("ar", "fa", "ur", "ps", "sd", "ckb") else ", "


def _datetime(value: dt.datetime, loc: Locale) -> str:
    return f"{_date(value.date(), loc)}{_comma(loc)}{format_time(value.time(), 'short', locale=loc)}"


def _datetime_span(begin: dt.datetime, finish: dt.datetime, loc: Locale) -> str:
    if finish.date() == begin.date():
        return f"{_date(begin.date(), loc)}{_comma(loc)}{format_interval(begin.time(), finish.time(), 'Hm', locale=loc)}"
    return f"{_datetime(begin, loc)} – {_datetime(finish, loc)}"


def _span_text(event: Event, loc: Locale) -> str:
    """The event's date or range, readable, in the timeline's language (open-ended periods are handled apart)."""
    assert event.end is not None
    start, end = event.start, event.end
    prefix = "≈ " if event.approximate_start else ""
    if event.start_time is not None:
        begin = dt.datetime.combine(start, event.start_time)
        if event.end_time is not None:
            finish = dt.datetime.combine(end, event.end_time)
            if finish > begin:
                return prefix + _datetime_span(begin, finish, loc)
        return prefix + _datetime(begin, loc)
    if event.precision == "year" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return prefix + format_skeleton("y", start, locale=loc)
    if (
        event.precision == "month"
        and start.day == 1
        and (start.year, start.month) == (end.year, end.month)
        and (end + dt.timedelta(days=1)).day == 1
    ):
        return prefix + format_skeleton("yMMMM", start, locale=loc)
    if end == start:
        return prefix + _date(start, loc)
    return prefix + format_interval(start, end, "yMMMMd", locale=loc)


def _tz_text(event: Event) -> str | None:
    zone = event.place.timezone if event.place else None
    if not zone:
        return None
    tz = time_zone(zone)
    offset = dt.datetime.combine(event.start, event.start_time or dt.time(12), tz).utcoffset() if tz else None
    if offset is None:
        return zone
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "−"
    return f"{zone} (UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d})"


def _place_text(event: Event, loc: Locale) -> str | None:
    place = event.place
    if place is None:
        return None
    if not place.country:
        return place.display_name
    country = loc.territories.get(place.country.upper(), place.country)
    return f"{place.display_name}{_comma(loc)}{country}"


# ----------------------------------------------------------------------------------------------------------------
# rows


@dataclass(frozen=True)
class _Row:
    event: Event
    kind: str  # "period" | "one_day" | "approximate"
    label: str  # y tick label (truncated, escaped, isolated)
    base: str  # ISO start on the date axis
    duration_ms: int  # 0 for markers
    date_text: str  # readable date / range (plain text)
    customdata: tuple[str, ...]
    begin: dt.datetime  # where it is drawn on the axis, [begin, finish)
    finish: dt.datetime
    edge_text: str  # what an arrow at the chart's edge says when the row lies beyond the span shown


def _sort_key(event: Event) -> tuple[Any, ...]:
    return (
        event.start,
        event.start_time or dt.time.min,
        event.end or dt.date.max,
        event.end_time or dt.time.max,
        event.title,
        event.id,
    )


def _as_of(event: Event, sources: Mapping[str, Source]) -> dt.date | None:
    """The latest document date among the sources that mention ``event`` (else among all sources)."""
    own = [sources[s].document_date for s in event.sources if s in sources and sources[s].document_date]
    if own:
        return max(own)
    every = [s.document_date for s in sources.values() if s.document_date]
    return max(every) if every else None


def _iso(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    return value.isoformat()


def _as_datetime(value: dt.date | dt.datetime) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time())


def _ms(delta: dt.timedelta) -> int:
    return delta.days * MS_PER_DAY + delta.seconds * 1000 + delta.microseconds // 1000


def _hover_block(lines: list[str]) -> str:
    """Lines already escaped and isolated, each preceded by ``<br>`` (so an empty block adds nothing)."""
    return "".join("<br>" + line for line in lines)


def _rows(timeline: Timeline) -> list[_Row]:
    words = labels(timeline.language)
    loc = _locale(timeline.language)
    sources = {s.id: s for s in timeline.sources}
    rows: list[_Row] = []
    used_labels: set[str] = set()
    for event in sorted(timeline.events, key=_sort_key):
        # where it sits on the axis: [begin, finish), all-day events from 00:00 to the day after the last, 00:00
        as_of = _as_of(event, sources) if event.end is None else None
        last_day = event.end if event.end is not None else max(event.start, as_of or event.start)
        begin: dt.date | dt.datetime
        finish: dt.date | dt.datetime
        if event.start_time is not None:
            begin = dt.datetime.combine(event.start, event.start_time)
            if event.end is not None and event.end_time is not None:
                finish = dt.datetime.combine(event.end, event.end_time)
            else:
                finish = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time())
        else:
            begin = event.start
            finish = last_day + dt.timedelta(days=1)
        if event.end is None or event.approximate_start:
            kind = "approximate"
        elif event.end <= event.start or finish <= begin:  # type: ignore[operator]
            # one day, or hours within one day: a bar of a few hours is a hairline on a scale of months, so
            # a diamond at the start (the hover gives the hours); a zero-length bar would not show at all
            kind = "one_day"
        else:
            kind = "period"
        if kind == "approximate" and finish <= begin:  # type: ignore[operator]
            finish = begin + dt.timedelta(days=1)
        duration = 0 if kind == "one_day" else _ms(finish - begin)  # type: ignore[operator]

        # what the hover says
        start_text = ("≈ " if event.approximate_start else "") + (
            _datetime(begin, loc) if isinstance(begin, dt.datetime) else _date(event.start, loc)
        )
        if event.end is None:
            if as_of is not None:
                date_text = words["since"].format(start=start_text, asof=_date(as_of, loc))
            else:
                date_text = words["since_unknown"].format(start=start_text)
        else:
            date_text = _span_text(event, loc)
        place_text = _place_text(event, loc)
        tz_text = _tz_text(event)
        sentences = list(dict.fromkeys(" ".join(m.sentence.split()) for m in event.mentions if m.sentence.strip()))
        sentence_lines: list[str] = []
        for sentence in sentences[:MAX_SENTENCES]:
            sentence_lines += _text_lines(sentence, prefix="• " if len(sentences) > 1 else "")
        if len(sentences) > MAX_SENTENCES:
            sentence_lines.append(f"(+{len(sentences) - MAX_SENTENCES})")
        urls = [sources[s].url for s in event.sources if s in sources and sources[s].url]
        source_lines: list[str] = []
        for url in dict.fromkeys(urls):
            source_lines += _field_lines(words["source"], url)
        customdata = (
            "<br>".join(_text_lines(event.title, bold=True)),
            "<br>".join(_text_lines(date_text)),
            _hover_block(_field_lines(words["place"], place_text) if place_text else []),
            _hover_block(_field_lines(words["time_zone"], tz_text) if tz_text else []),
            _hover_block(sentence_lines),
            _hover_block(source_lines),
        )

        # the row's label: unique, or two events with one title would share a row
        short = base_label = truncate(event.title) or event.id
        n = 1
        while short in used_labels:
            n += 1
            short = f"{base_label} ({n})"
        used_labels.add(short)
        rows.append(
            _Row(
                event=event,
                kind=kind,
                label=isolate(_esc(short)),
                base=_iso(begin),
                duration_ms=duration,
                date_text=date_text,
                customdata=customdata,
                begin=_as_datetime(begin),
                finish=_as_datetime(finish) if kind != "one_day" else _as_datetime(begin),
                edge_text=date_text if event.end is not None else start_text,
            )
        )
    return rows


# ----------------------------------------------------------------------------------------------------------------
# figure

_HOVERTEMPLATE = (
    "%{customdata[0]}<br>%{customdata[1]}%{customdata[2]}%{customdata[3]}%{customdata[4]}%{customdata[5]}"
    "<extra></extra>"
)


_FONTS = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"


def _height(n: int) -> int:
    return max(400, 180 + 60 * n)


#: Events dated to the day or finer set the span the chart opens on; longer or approximate periods are context.
_PRECISE = ("time", "day", "week")
#: Room on each side of that span: a share of it, at least two days (a diamond at the edge is never cut).
_SPAN_PADDING = 0.06
_MIN_PADDING = dt.timedelta(days=2)
#: Rows of room above the first and below the last row in the range slider, for half a diamond.
_SLIDER_ROW_PADDING = 1.5


def story_span(rows: list[_Row]) -> tuple[dt.datetime, dt.datetime] | None:
    """The span the chart opens on: the events dated to the day (all events when none is), padded.

    A nine-month "since the beginning of the year" would otherwise fill the chart and squeeze the events the
    story is about into its last pixels; it is drawn across the edge instead (the range slider below shows the
    whole extent, the hover and the table the full dates)."""
    if not rows:
        return None
    precise = [r for r in rows if r.kind != "approximate" and r.event.precision in _PRECISE] or rows
    start = min(r.begin for r in precise)
    end = max(r.finish if r.finish > r.begin else _moved(r.begin, dt.timedelta(days=1)) for r in precise)
    pad = max((end - start) * _SPAN_PADDING, _MIN_PADDING)
    return _moved(start, -pad), _moved(end, pad)


def _moved(moment: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``moment + delta``, held at the ends of the calendar (an event on 0001-01-01 or 9998-12-31 is drawn)."""
    try:
        return moment + delta
    except OverflowError:
        return dt.datetime.max if delta > dt.timedelta(0) else dt.datetime.min


def _edge_annotations(rows: list[_Row], span: tuple[dt.datetime, dt.datetime], words: Mapping[str, str]) -> list[dict]:
    """An arrow at the chart's left or right edge on each row that begins before the span shown or lies after
    it, with the date it begins (or its dates): the bar's true start stays readable without zooming out."""
    low, high = span
    notes = []
    for row in rows:
        if row.begin < low:
            x, anchor, hover = 0, "left", words["before_span"]
            text = f"{LRI}◀ {isolate(_esc(row.edge_text))}{PDI}"
        elif row.begin >= high:
            x, anchor, hover = 1, "right", words["after_span"]
            text = f"{LRI}{isolate(_esc(row.edge_text))} ▶{PDI}"
        else:
            continue
        notes.append(dict(
            xref="paper", x=x, xanchor=anchor, yref="y", y=row.label, text=text, showarrow=False,
            font=dict(size=12, color="#1f2933"), bgcolor="rgba(255,255,255,0.85)", borderpad=2,
            hovertext=f"{row.date_text} ({hover})",
        ))
    return notes


def _figure(timeline: Timeline, rows: list[_Row]) -> go.Figure:
    words = labels(timeline.language)
    rtl = is_rtl_language(timeline.language)
    fig = go.Figure()
    for kind in ("period", "one_day", "approximate"):
        these = [r for r in rows if r.kind == kind]
        if not these:
            continue
        name = isolate(_esc(words[kind]))
        colour = _COLOURS[kind]
        common: dict[str, Any] = dict(
            name=name,
            y=[r.label for r in these],
            customdata=[list(r.customdata) for r in these],
            hovertemplate=_HOVERTEMPLATE,
            legendgroup=kind,
        )
        if kind == "one_day":
            fig.add_trace(
                go.Scatter(
                    mode="markers",
                    x=[r.base for r in these],
                    marker=dict(symbol="diamond", size=18, color=colour, line=dict(color="#ffffff", width=1.5)),
                    cliponaxis=False,
                    **common,
                )
            )
        else:
            approximate = kind == "approximate"
            fig.add_trace(
                go.Bar(
                    orientation="h",
                    base=[r.base for r in these],
                    x=[r.duration_ms for r in these],
                    marker=dict(
                        color=colour,
                        line=dict(color=colour, width=1.5),
                        **({"pattern": dict(shape="/", fgcolor="#ffffff", size=10, solidity=0.35)} if approximate else {}),
                    ),
                    opacity=0.45 if approximate else 0.9,
                    width=0.6,
                    **common,
                )
            )
    title = isolate(_esc(truncate(timeline.title, CHART_TITLE_MAX)))
    span = story_span(rows)
    fig.update_layout(
        template="plotly_white",
        height=_height(len(rows)),
        # top: title (below the mode bar, which shows on hover at the top right), then the legend just above
        # the plot area; bottom: the x axis, then the range slider. Tick labels widen the left margin themselves.
        margin=dict(t=115, b=40, l=30, r=30, pad=4),
        font=dict(family=_FONTS, size=13),
        title=dict(
            text=title,
            x=0.99 if rtl else 0.01,
            xanchor="right" if rtl else "left",
            xref="container",
            y=1,
            yref="container",
            yanchor="top",
            pad=dict(t=36),
            font=dict(size=20),
        ),
        legend=dict(
            orientation="h",
            x=1 if rtl else 0,
            xanchor="right" if rtl else "left",
            y=1.01,
            yanchor="bottom",
            yref="paper",
            # a right-to-left reader meets the legend's right end first: list the kinds from there
            traceorder="reversed" if rtl else "normal",
        ),
        hovermode="closest",
        hoverlabel=dict(align="right" if rtl else "left", bgcolor="#ffffff", font=dict(family=_FONTS, size=13)),
        barmode="overlay",
        showlegend=True,
        xaxis=dict(
            type="date",
            # opens on the story's span; the slider below shows every event, its handles select what is shown
            range=[_iso(span[0]), _iso(span[1])] if span else None,
            rangeslider=dict(
                visible=True, thickness=0.14, bgcolor="#f5f7fa", bordercolor="#9aa5b1", borderwidth=1,
                # the slider's own row axis, fixed with room around the first and last rows: the markers of the
                # last row were cut in half at its lower edge
                yaxis=dict(rangemode="fixed", range=[len(rows) - 1 + _SLIDER_ROW_PADDING, -_SLIDER_ROW_PADDING]),
            ),
            showgrid=True,
            automargin=True,
        ),
        annotations=_edge_annotations(rows, span, words) if span else [],
        # labels stay on the left in every language: with a range slider, plotly's automargin does not make room
        # for labels on the right (they were cut off); RLI … PDI keeps each one's own order
        yaxis=dict(
            type="category",
            categoryorder="array",
            categoryarray=[r.label for r in rows],
            autorange="reversed",
            automargin=True,
            ticks="",
            showgrid=True,
            fixedrange=True,
        ),
    )
    return fig


def date_texts(timeline: Timeline) -> dict[str, str]:
    """Each event's dates as the page's hover and table say them, in the timeline's language, by event id."""
    return {row.event.id: row.date_text for row in _rows(timeline)}


def figure(timeline: Timeline) -> go.Figure:
    """The Plotly figure of ``timeline``: one row per event, sorted by start, one trace per kind of event.

    Labels that contain right-to-left characters are already wrapped in RLI … PDI (this figure is for HTML).
    """
    return _figure(timeline, _rows(timeline))


# ----------------------------------------------------------------------------------------------------------------
# page

_CSS = """\
:root { color-scheme: light; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif;
       color: #1f2933; background: #ffffff; line-height: 1.5; }
main { max-width: 1400px; margin: 0 auto; padding: 0 16px 32px; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
           clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
.chart { width: 100%; }
/* plotly lays out and measures its SVG text assuming ltr; its measuring SVG is appended to <body>, which is
   rtl on an Arabic page: without this, tick labels were measured wrong and cut off. RLI/PDI order the labels. */
svg { direction: ltr; }
/* the range slider's handles: plotly draws them as white boxes with a thin outline, which read as empty glyph
   boxes; solid grips read as handles */
.rangeslider-handle-min, .rangeslider-handle-max { fill: #52606d !important; stroke: #ffffff !important;
                                                   stroke-width: 1px !important; }
.rangeslider-grabber-min, .rangeslider-grabber-max { cursor: ew-resize; }
.rangeslider-mask-min, .rangeslider-mask-max { fill: #52606d !important; opacity: 0.18 !important; }
.note { color: #52606d; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 24px; }
caption { text-align: start; font-weight: 600; padding: 4px 0; }
.summary { margin: 4px 0 0; color: #52606d; font-size: 0.95em; }
details.others > summary { cursor: pointer; font-weight: 600; margin: 8px 0; }
th, td { text-align: start; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid #d9e2ec; }
th { background: #f5f7fa; }
td.date, .nowrap { white-space: nowrap; }
.url { display: block; color: #52606d; font-size: 0.85rem; }
.tz { display: block; color: #52606d; font-size: 0.85rem; }
h2 { font-size: 1.1rem; margin: 24px 0 4px; }
ul.sources { padding-inline-start: 20px; }
a { color: #1d4ed8; overflow-wrap: anywhere; }
.add { display: flex; flex-wrap: wrap; gap: 4px 6px; }
.add a { white-space: nowrap; padding: 1px 8px; border: 1px solid #9aa5b1; border-radius: 4px; text-decoration: none;
         font-size: 0.85rem; color: #1f2933; background: #f5f7fa; }
.add a:hover, .add a:focus { background: #e4e7eb; }
"""

_NOSCRIPT_CSS = "<noscript><style>.sr-only { position: static; width: auto; height: auto; margin: 16px 0 0; clip: auto; overflow: visible; white-space: normal; } .chart { display: none; }</style></noscript>"


def _bdi(text: str, *, cls: str = "") -> str:
    """``text`` escaped in a ``<bdi>`` with its direction stated (``dir=auto`` would follow the first letter)."""
    attrs = f' dir="{"rtl" if is_rtl_text(text) else "ltr"}"' + (f' class="{cls}"' if cls else "")
    return f"<bdi{attrs}>{html.escape(text)}</bdi>"


def _safe_href(url: str | None) -> str | None:
    if url and url.split(":", 1)[0].lower() in ("http", "https"):
        return url
    return None


def page_stamp(timeline: Timeline) -> dt.datetime:
    """DTSTAMP of the page's "add to calendar" files: ``SOURCE_DATE_EPOCH`` when set, else the latest document
    date of the sources (a page holds no clock, so the same timeline gives the same page)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return dtstamp()
    dates = [s.document_date for s in timeline.sources if s.document_date is not None]
    day = max(dates, default=dt.date(1970, 1, 1))
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)


def _add_to_calendar(timeline: Timeline, event: Event, stamp: dt.datetime, words: Mapping[str, str]) -> str:
    """The event's own .ics (a data: URI, so it downloads from the page offline), Google and Outlook links."""
    e = html.escape
    links = calendar_links(timeline, event, stamp=stamp)
    title = e(words["add_event"])
    ics_label = e(words["ics_file"]).replace("{ics}", '<bdi dir="ltr">.ics</bdi>')
    items = [
        f'<a class="ics" href="{e(links.ics_data_uri)}" download="{e(links.ics_filename)}" type="text/calendar" '
        f'title="{title}">{ics_label}</a>',
        f'<a class="google" href="{e(links.google)}" target="_blank" rel="noopener noreferrer" '
        f'title="{title}">{e(words["google"])}</a>',
    ]
    if links.outlook:
        items.append(f'<a class="outlook" href="{e(links.outlook)}" target="_blank" rel="noopener noreferrer" '
                     f'title="{title}">{e(words["outlook"])}</a>')
    return '<span class="add">' + "".join(items) + "</span>"


def _key_rows(timeline: Timeline, rows: list[_Row]) -> tuple[list[_Row], list[_Row]]:
    """A story with key dates (``timeline.story``): the rows of its key dates, and the others; else all rows."""
    keys = set(timeline.extra.get("key_dates", ()))
    if not keys:
        return rows, []
    key = [r for r in rows if r.event.end == r.event.start and r.event.start.isoformat() in keys]
    chosen = {id(r) for r in key}
    return key, [r for r in rows if id(r) not in chosen]


def _tables(timeline: Timeline, rows: list[_Row], words: Mapping[str, str]) -> str:
    """The events' table; for a story with key dates, the key dates' table (with their summaries) and the other
    events behind a toggle."""
    key, others = _key_rows(timeline, rows)
    if not others and not timeline.extra.get("key_dates"):
        return _table(timeline, rows, words, words["events"])
    out = _table(timeline, key, words, words["key_dates"], summaries=True)
    if others:
        label = html.escape(words["other_events"].format(n=len(others)))
        out += (f'\n<details class="others">\n<summary>{label}</summary>\n'
                + _table(timeline, others, words, label) + "\n</details>")
    return out


def _table(timeline: Timeline, rows: list[_Row], words: Mapping[str, str], caption: str,
           summaries: bool = False) -> str:
    e = html.escape
    out = [
        "<table>",
        f"<caption>{e(caption)}</caption>",
        f'<thead><tr><th scope="col">{e(words["date"])}</th><th scope="col">{e(words["event"])}</th>'
        f'<th scope="col">{e(words["place"])}</th><th scope="col">{e(words["add_to_calendar"])}</th></tr></thead>',
        "<tbody>",
    ]
    loc = _locale(timeline.language)
    stamp = page_stamp(timeline)
    if not rows:
        out.append(f'<tr><td colspan="4">{e(words["no_events"])}</td></tr>')
    for row in rows:
        ev = row.event
        when = f'<time datetime="{e(ev.start.isoformat())}">{e(row.date_text)}</time>'
        place = _place_text(ev, loc)
        tz = _tz_text(ev)
        # the place line is composed in the page's language ("Hanoi، فيتنام"): no <bdi>, whose dir=auto would
        # take its direction from the first (Latin) letter
        place_cell = e(place) if place else "—"
        if tz:
            place_cell += f'<span class="tz">{e(words["time_zone"])}: {_bdi(tz, cls="nowrap")}</span>'
        what = _bdi(ev.title)
        if summaries and ev.description:
            what += "".join(f'<p class="summary">{_bdi(line)}</p>' for line in ev.description.split("\n")[1:])
        out.append(
            f'<tr><td class="date">{when}</td><td>{what}</td><td>{place_cell}</td>'
            f'<td>{_add_to_calendar(timeline, ev, stamp, words)}</td></tr>'
        )
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _sources(timeline: Timeline, words: Mapping[str, str]) -> str:
    e = html.escape
    used = {s for ev in timeline.events for s in ev.sources}
    listed = [s for s in timeline.sources if s.id in used or not used]
    if not listed:
        return ""
    loc = _locale(timeline.language)
    items = []
    for src in listed:
        name = src.title or src.url or src.id
        href = _safe_href(src.url)
        text = f'<a href="{e(href)}" rel="noopener noreferrer">{_bdi(name)}</a>' if href else _bdi(name)
        if src.document_date:
            text += (
                f' — {e(words["document_date"])}: '
                f'<time datetime="{src.document_date.isoformat()}">{e(_date(src.document_date, loc))}</time>'
            )
        if src.url and name != src.url:
            text += f'<span class="url">{_bdi(src.url)}</span>'
        items.append(f"<li>{text}</li>")
    return (
        f"<h2>{e(words['sources'])}</h2>\n<ul class=\"sources\">\n" + "\n".join(items) + "\n</ul>"
    )


def render_html(timeline: Timeline, *, plotlyjs: str = "inline") -> str:
    """The page: ``plotlyjs="inline"`` embeds plotly.js (self-contained, ~4.8 MB); ``"directory"`` refers to a
    ``plotly.min.js`` beside the page (see :func:`write_html`). Never a CDN."""
    if plotlyjs not in _PLOTLYJS_MODES:
        raise ValueError(f"plotlyjs must be 'inline' or 'directory', not {plotlyjs!r}")
    rows = _rows(timeline)
    fig = _figure(timeline, _key_rows(timeline, rows)[0])
    words = labels(timeline.language)
    language = timeline.language or "und"
    direction = "rtl" if is_rtl_language(language) else "ltr"
    config = {
        "displaylogo": False,
        "responsive": True,
        "scrollZoom": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d", "autoScale2d"],
        "toImageButtonOptions": {"filename": "timeline", "format": "png", "scale": 2},
    }
    plotly_locale = _plotly_locale(language)
    if plotly_locale is not None:
        config["locale"] = plotly_locale[0]
        config["locales"] = {plotly_locale[0]: plotly_locale[1]}
    chart = fig.to_html(
        full_html=False,
        include_plotlyjs=_PLOTLYJS_MODES[plotlyjs],
        include_mathjax=False,
        div_id=DIV_ID,
        config=config,
        default_width="100%",
    )
    e = html.escape
    open_ended = any(r.event.end is None for r in rows)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}" dir="{direction}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(timeline.title)}</title>",
        f"<style>\n{_CSS}</style>",
        _NOSCRIPT_CSS,
        "</head>",
        "<body>",
        "<main>",
        f'<h1 class="sr-only">{e(timeline.title)}</h1>',
        f"<noscript><p>{e(words['noscript'])}</p></noscript>",
        f'<div class="chart" dir="ltr" role="figure" aria-label="{e(words["chart"])}">',
        chart,
        "</div>",
        f'<p class="note">{e(words["open_ended_note"])}</p>' if open_ended else "",
        _tables(timeline, rows, words),
        _sources(timeline, words),
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def write_plotlyjs(folder: Path) -> None:
    """``plotly.min.js`` in ``folder`` for the pages written there with ``plotlyjs="directory"`` (atomically, and
    only when it is missing or different)."""
    script = plotly.offline.get_plotlyjs().encode("utf-8")
    beside = Path(folder) / PLOTLYJS_FILENAME
    try:
        current = beside.read_bytes() if beside.stat().st_size == len(script) else None
    except FileNotFoundError:
        current = None
    if current != script:
        atomic_write(beside, script)


def write_html(timeline: Timeline, path: Path, *, plotlyjs: str = "inline") -> None:
    """Write the page atomically; with ``plotlyjs="directory"`` also ``plotly.min.js`` beside it, before the page
    that needs it."""
    page = render_html(timeline, plotlyjs=plotlyjs)
    path = Path(path)
    if plotlyjs == "directory":
        write_plotlyjs(path.parent)
    atomic_write(path, page)
