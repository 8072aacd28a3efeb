""""Add to calendar" links of the page: the event's own .ics (a data: URI), Google's template, Outlook's compose
link, all from the same calendar entry as the .ics; and the span the chart opens on."""

from __future__ import annotations

import base64
import datetime as dt
from urllib.parse import parse_qs, urlsplit

from ics_readers import READERS
from test_export_html import hanoi_timeline, page_figure
from test_export_ics import NEW_YORK, STAMP, timed_timeline
from test_ics_six_readers import open_end_timeline, recurring_timeline
from timeline.export.calendar_links import calendar_links
from timeline.export.html import page_stamp, render_html
from timeline.export.ics import render_ics


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query, keep_blank_values=True).items()}


def event(timeline, event_id):
    return next(e for e in timeline.events if e.id == event_id)


def test_all_day_range():
    timeline = hanoi_timeline()
    links = calendar_links(timeline, event(timeline, "signing"), stamp=STAMP)
    assert links.ics_filename == "signing.ics"
    google = query(links.google)
    assert links.google.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE&")
    assert (google["dates"], google["location"]) == ("20251025/20251027", "Hanoi, فيتنام")
    assert google["text"] == "حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية في هانوي"
    assert "ctz" not in google and "recur" not in google
    outlook = query(links.outlook)
    assert links.outlook.startswith("https://outlook.live.com/calendar/0/deeplink/compose?")
    assert (outlook["startdt"], outlook["enddt"], outlook["allday"], outlook["rru"]) == (
        "2025-10-25", "2025-10-27", "true", "addevent")
    assert outlook["body"] == google["details"] and outlook["body"].endswith(timeline.sources[0].url)


def test_the_data_uri_is_the_events_own_file():
    timeline = hanoi_timeline()
    signing = event(timeline, "signing")
    links = calendar_links(timeline, signing, stamp=STAMP)
    head, data = links.ics_data_uri.split(",", 1)
    assert head == "data:text/calendar;charset=utf-8;base64"
    ics = base64.b64decode(data)
    assert ics == render_ics(timeline, events=(signing,), stamp=STAMP)
    rows = {name: read(ics) for name, (read, missing) in READERS.items() if not missing}
    assert all(r == rows["icalendar"] for r in rows.values()) and len(rows["icalendar"]) == 1
    assert b"METHOD:PUBLISH\r\n" in ics


def test_timed_event_on_its_places_clock():
    timeline = timed_timeline()
    links = calendar_links(timeline, event(timeline, "ny-winter"), stamp=STAMP)
    google, outlook = query(links.google), query(links.outlook)
    assert (google["dates"], google["ctz"]) == ("20251201T100000/20251201T113000", "America/New_York")
    assert (outlook["startdt"], outlook["enddt"]) == ("2025-12-01T15:00:00Z", "2025-12-01T16:30:00Z")
    assert "allday" not in outlook


def test_an_end_the_text_does_not_give_is_the_start_again():
    timeline = open_end_timeline()
    links = calendar_links(timeline, timeline.events[0], stamp=STAMP)
    assert query(links.google)["dates"] == "20250922T100000/20250922T100000"
    assert (query(links.outlook)["startdt"], query(links.outlook)["enddt"]) == ("2025-09-22T14:00:00Z",) * 2
    assert b"DTEND" not in base64.b64decode(links.ics_data_uri.split(",", 1)[1])
    assert NEW_YORK.timezone == query(links.google)["ctz"]


def test_a_recurrence_goes_to_google_and_the_file_not_to_outlook():
    timeline = recurring_timeline()
    links = calendar_links(timeline, event(timeline, "weekly"), stamp=STAMP)
    assert query(links.google)["recur"] == "RRULE:FREQ=WEEKLY;UNTIL=20250630T205959Z;BYDAY=TH"
    assert links.outlook is None
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20250630T205959Z;BYDAY=TH" in base64.b64decode(links.ics_data_uri.split(",")[1])


def test_the_page_links_each_event_and_stamps_its_files_reproducibly(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    timeline = hanoi_timeline()
    assert page_stamp(timeline) == dt.datetime(2025, 9, 25, tzinfo=dt.UTC)  # the document date: no clock
    page = render_html(timeline, plotlyjs="directory")
    assert page.count('download="') == 3 and page.count("action=TEMPLATE") == 3 and page.count("rru=addevent") == 3
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    assert page_stamp(timeline) == STAMP


def test_the_chart_opens_on_the_span_of_the_events_dated_to_the_day():
    data, layout = page_figure(render_html(hanoi_timeline(), plotlyjs="directory"))
    # 22 September 00:00 to 27 October 00:00 (the day after the last day): 35 days, padded by 6 % (2 days
    # 2:24) on each side; the approximate period since 1 January is not part of it
    assert layout["xaxis"]["range"] == ["2025-09-19 21:36", "2025-10-29 02:24"]
    assert layout["xaxis"]["rangeslider"]["yaxis"] == {"rangemode": "fixed", "range": [3.5, -1.5]}
    [arrow] = layout["annotations"]
    assert (arrow["x"], arrow["xanchor"], arrow["xref"], arrow["text"]) == (0, "left", "paper",
                                                                             "\u2066◀ \u2067≈ 1 يناير 2025\u2069\u2069")
    assert arrow["hovertext"] == "منذ ≈ 1 يناير 2025 (مفتوحة المدة، مستمرة حتى 25 سبتمبر 2025) (قبل نطاق المخطط)"
