"""Properties that hold for every input (Hypothesis): the tagger never raises and its spans are sound, a timeline
survives its JSON, and any title survives the calendar and the page."""

from __future__ import annotations

import datetime as dt
import html.parser
from functools import lru_cache

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.export.html import render_html
from timeline.export.ics import render_ics
from timeline.lang import available_languages, load_language
from timeline.model import FIRST_EVENT_DAY, LAST_EVENT_DAY, Event, Mention, Place, Source, Timeline
from timeline.schema import load_timeline
from timeline.tagger import tag

LANGUAGES = available_languages()
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORD_TABLES = ("months", "weekdays", "numbers", "ordinals", "units", "mods", "parts", "refs", "relatives",
               "relative_days", "seasons", "parts_of_day", "ampm", "timezones", "holidays", "sets")


@lru_cache(maxsize=None)
def _words(code: str) -> tuple[str, ...]:
    """The words of a language's tables: what its date expressions are made of."""
    lang = load_language(code)
    return tuple(sorted({w for name in WORD_TABLES for w in lang.tables.get(name, {})}))


def _near_dates(code: str):
    """Texts made of the language's date words, numbers (years 1–99999 among them), punctuation and any
    characters: near misses of real expressions, where a grammar is most likely to trip."""
    token = st.one_of(
        st.sampled_from(_words(code)),
        st.integers(0, 99999).map(str),
        st.sampled_from([" ", " ", ", ", ". ", "-", "/", ":", "\n", "\u200f", "\u0640", "\u0301", "年", "月", "日"]),
        st.text(max_size=3),
    )
    return st.lists(token, max_size=25).map("".join)


TEXTS = st.one_of(st.text(max_size=200), *(_near_dates(code) for code in LANGUAGES))
DOCUMENT_DATES = st.one_of(st.none(), st.dates(), st.datetimes(),
                           st.datetimes(timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=-14)),
                                                                   dt.timezone(dt.timedelta(hours=14))])))


@SETTINGS
@given(text=TEXTS, code=st.sampled_from(LANGUAGES), document_date=DOCUMENT_DATES,
       prefer=st.sampled_from([None, "news", "future", "past"]))
def test_the_tagger_never_raises_and_its_spans_are_sound(text, code, document_date, prefer):
    result = tag(text, code, document_date, prefer=prefer)
    previous_end = 0
    for t in result.timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= previous_end, "spans overlap"
        previous_end = t.end
        if t.interval is not None:
            assert t.interval.begin < t.interval.end
    for r in result.ranges:
        assert 0 <= r.first < r.last < len(result.timexes)


# ------------------------------------------------------------------------------------------ timelines

DAYS = st.dates(min_value=FIRST_EVENT_DAY, max_value=LAST_EVENT_DAY)
TITLES = st.text(min_size=1, max_size=120)
PLACES = st.one_of(st.none(), st.builds(
    Place, name=st.text(min_size=1, max_size=30), country=st.one_of(st.none(), st.sampled_from(["VN", "US", "FR", "EG"])),
    latitude=st.one_of(st.none(), st.floats(-90, 90)), longitude=st.one_of(st.none(), st.floats(-180, 180)),
    timezone=st.one_of(st.none(), st.sampled_from(["Asia/Ho_Chi_Minh", "America/New_York", "Europe/Paris"])),
    geonameid=st.one_of(st.none(), st.integers(1, 10**8)), label=st.one_of(st.none(), st.text(max_size=30))))


@st.composite
def events(draw, index: int) -> Event:
    start = draw(DAYS)
    end = draw(st.one_of(st.none(), st.dates(min_value=start, max_value=LAST_EVENT_DAY)))
    timed = end == start and draw(st.booleans())
    start_time = draw(st.times().map(lambda t: t.replace(microsecond=0))) if timed else None
    end_time = draw(st.one_of(st.none(), st.times(min_value=start_time).map(lambda t: t.replace(microsecond=0)))) if timed else None
    title = draw(TITLES)
    mention = Mention("doc", 0, 1, draw(st.text(min_size=1, max_size=20)), draw(st.text(max_size=60)))
    return Event(id=f"e{index}", title=title, start=start, end=end, start_time=start_time, end_time=end_time,
                 place=draw(PLACES), mentions=(mention,), language=draw(st.sampled_from(LANGUAGES)),
                 description=draw(st.one_of(st.none(), st.text(max_size=80))),
                 approximate_start=draw(st.booleans()) if end is None else False,
                 precision="time" if timed else "day")


@st.composite
def timelines(draw) -> Timeline:
    count = draw(st.integers(0, 4))
    return Timeline(title=draw(TITLES), language=draw(st.sampled_from(LANGUAGES + ("mul",))),
                    events=tuple(draw(events(i)) for i in range(count)),
                    sources=(Source(id="doc", language="en", document_date=draw(st.one_of(st.none(), DAYS))),))


@SETTINGS
@given(timeline=timelines())
def test_timeline_json_round_trips(timeline):
    assert load_timeline(timeline.to_json()) == timeline


def _shown(title: str) -> str:
    """A title as calendars show it: the ICS writer drops control and bidi formatting characters (calendar
    programs render them as boxes or reorder the line) and surrounding white space, by design."""
    from timeline.export.ics import _clean_text

    return _clean_text(title)


@SETTINGS
@given(timeline=timelines())
def test_any_title_survives_the_calendar(timeline):
    calendar = icalendar.Calendar.from_ical(render_ics(timeline))
    summaries = [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")]
    assert sorted(summaries) == sorted(_shown(e.title) for e in timeline.events)


@pytest.mark.parametrize("title", ["Hội nghị “Hà Nội” 2025", "قمة القاهرة: ١٢ مارس", "a; b, c\\d \"e\"", "line\nbreak"])
def test_titles_that_need_escaping_survive_the_calendar_exactly(title):
    timeline = Timeline(title="t", language="en", events=(Event(id="e", title=title, start=dt.date(2025, 3, 12),
                                                                end=dt.date(2025, 3, 12)),))
    summary = icalendar.Calendar.from_ical(render_ics(timeline)).walk("VEVENT")[0]["SUMMARY"]
    assert str(summary) == title


@pytest.mark.parametrize("title, shown", [("\ufeff", ""), ("\ufeffRoad to Hanoi", "Road to Hanoi"),
                                          ("Cyber\u00adcrime con\u200bvention", "Cybercrime convention"),
                                          ("حفل\u200f التوقيع", "حفل التوقيع")])
def test_invisible_marks_leave_the_calendar_title(title, shown):
    """A byte order mark, a soft hyphen or a zero-width space is left out of SUMMARY (some readers drop it, others
    draw a box): what the calendar shows is the visible text (Hypothesis found a title of one BOM)."""
    timeline = Timeline(title="t", language="en", events=(Event(id="e", title=title, start=dt.date(1999, 1, 1),
                                                                end=dt.date(1999, 1, 1)),))
    summary = icalendar.Calendar.from_ical(render_ics(timeline)).walk("VEVENT")[0]["SUMMARY"]
    assert str(summary) == shown == _shown(title)


class _TableTitles(html.parser.HTMLParser):
    """The titles of the page's table of events (second cell of each body row), as a browser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.titles: list[str] = []
        self._cell = 0
        self._in_body = False
        self._reading = False

    def handle_starttag(self, tag, attrs):
        if tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self._cell = 0
        elif tag == "td" and self._in_body:
            self._cell += 1
            if self._cell == 2:
                self._reading = True
                self.titles.append("")

    def handle_endtag(self, tag):
        if tag == "td":
            self._reading = False
        elif tag == "tbody":
            self._in_body = False

    def handle_data(self, data):
        if self._reading:
            self.titles[-1] += data


@SETTINGS
@given(timeline=timelines().filter(lambda t: t.events))
def test_any_title_survives_the_page(timeline):
    reader = _TableTitles()
    reader.feed(render_html(timeline))
    assert sorted(reader.titles) == sorted(e.title for e in timeline.events)
