"""The seed's exports as users get them: the committed files are reproducible, and every reader agrees."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream
from typer.testing import CliRunner

from timeline.cli import app

from conftest import ROOT

EXPORTS = ROOT / "exports"
NAME = "hanoi-cybercrime-convention.ar"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """The seeds exported exactly as `make demo` does, with a fixed SOURCE_DATE_EPOCH."""
    out = tmp_path_factory.mktemp("exports")
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    result = CliRunner().invoke(app, ["export", *seeds, "--out", str(out), "--plotlyjs", "directory"],
                                env={"SOURCE_DATE_EPOCH": "1767225600"})
    assert result.exit_code == 0, result.stderr
    return out


def test_committed_exports_equal_fresh_ones_byte_for_byte(fresh):
    committed = sorted(p.name for p in EXPORTS.iterdir())
    assert committed == sorted(p.name for p in fresh.iterdir())
    for name in committed:
        assert (EXPORTS / name).read_bytes() == (fresh / name).read_bytes(), f"exports/{name} is stale: run make demo"


def test_ics_read_by_icalendar_and_ical_alike(fresh):
    data = (fresh / f"{NAME}.ics").read_bytes()
    cal = icalendar.Calendar.from_ical(data)
    by_icalendar = sorted((str(e["UID"]), e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"]))
                          for e in cal.walk("VEVENT"))
    stream = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    by_ical = sorted((e.uid, e.dtstart, e.dtend, e.summary) for e in stream.events)
    assert by_icalendar == by_ical
    assert len(by_ical) == 3
    assert [(start, end) for _, start, end, _ in sorted(by_ical, key=lambda e: e[1])] == [
        (dt.date(2025, 1, 1), dt.date(2025, 9, 26)),  # open-ended: runs to the document date
        (dt.date(2025, 9, 22), dt.date(2025, 9, 23)),
        (dt.date(2025, 10, 25), dt.date(2025, 10, 27)),
    ]


def test_ics_lines(fresh):
    data = (fresh / f"{NAME}.ics").read_bytes()
    lines = data.split(b"\r\n")
    assert lines[-1] == b""
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # every physical line is valid UTF-8 on its own
    text = data.decode("utf-8").replace("\r\n ", "")
    for expected in ("METHOD:PUBLISH", "DTSTART;VALUE=DATE:20251025", "DTEND;VALUE=DATE:20251027",
                     "DTSTART;VALUE=DATE:20250922", "DTEND;VALUE=DATE:20250923", "GEO:21.0245;105.84117",
                     "GEO:40.71427;-74.00597", "DTSTAMP:20260101T000000Z", "LOCATION;LANGUAGE=ar:هانوي\\, فيتنام",
                     "LOCATION;LANGUAGE=ar:نيويورك\\, الولايات المتحدة"):
        assert expected in text.split("\r\n"), expected
    assert "ORGANIZER" not in text
    assert text.count("SUMMARY;LANGUAGE=ar:") == 3
    assert not re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]", text)


def _figure(page: str) -> tuple[list, dict]:
    start = page.index("Plotly.newPlot(")
    decoder = json.JSONDecoder()
    pos = page.index("[", start)
    data, end = decoder.raw_decode(page, pos)
    layout, _ = decoder.raw_decode(page, page.index("{", end))
    return data, layout


def test_html_is_offline_and_holds_the_three_events(fresh):
    page = (fresh / f"{NAME}.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"'](?:https?:)?//", page)
    assert "cdn" not in " ".join(re.findall(r"src=[\"']([^\"']+)", page)).lower()
    assert '<script charset="utf-8" src="plotly.min.js"></script>' in page
    assert '<html lang="ar" dir="rtl">' in page
    data, layout = _figure(page)
    bases = sorted(str(b)[:10] for trace in data if trace.get("type") == "bar" for b in trace["base"])
    markers = sorted(str(x)[:10] for trace in data if trace.get("type") == "scatter" for x in trace["x"])
    assert bases == ["2025-01-01", "2025-10-25"]
    assert markers == ["2025-09-22"]
    assert sum(len(trace["y"]) for trace in data) == 3
