"""The TimelineJS3 export: exact JSON for the seed's three events, and TimelineJS3 itself (the npm package
installed by tests/setup.sh, loaded from its files, offline) showing every slide in headless Chromium."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from typer.testing import CliRunner

import browser
from test_export_html import hanoi_timeline
from timeline.cli import app
from timeline.export.timelinejs import to_timelinejs
from timeline.model import Event, Timeline

from conftest import ROOT

TIMELINEJS = ROOT / "tests" / "js" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"


def test_hanoi_events_exact():
    data = to_timelinejs(hanoi_timeline())
    assert data["title"]["text"]["headline"] == "اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية — هانوي 2025"
    assert data["scale"] == "human"
    events = [{k: v for k, v in e.items() if k != "text"} for e in data["events"]]
    assert events == [
        {"unique_id": "event-series", "start_date": {"year": 2025, "month": 1, "day": 1},
         "end_date": {"year": 2025, "month": 9, "day": 25},
         "display_date": "منذ ≈ 1 يناير 2025 (مفتوحة المدة، مستمرة حتى 25 سبتمبر 2025)"},
        {"unique_id": "event-road-to-hanoi", "start_date": {"year": 2025, "month": 9, "day": 22},
         "group": "New York"},
        {"unique_id": "event-signing", "start_date": {"year": 2025, "month": 10, "day": 25},
         "end_date": {"year": 2025, "month": 10, "day": 26}, "group": "Hanoi"},
    ]
    signing = data["events"][2]["text"]
    assert signing["headline"] == "حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية في هانوي"
    assert signing["text"].startswith("<p><strong>25–26 أكتوبر 2025</strong></p><p>المكان: Hanoi</p><blockquote>")
    assert '<a href="https://vtv.vn/' in signing["text"]


def test_precision_decides_the_date_fields_and_html_is_escaped():
    events = (
        Event("m", "<b>December</b> & co", dt.date(2024, 12, 1), dt.date(2024, 12, 31), "month", "en"),
        Event("t", "Opening", dt.date(2025, 10, 25), dt.date(2025, 10, 25), "time", "en", start_time=dt.time(10)),
        Event("r", "Talks", dt.date(2025, 10, 25), dt.date(2025, 10, 25), "time", "vi", start_time=dt.time(9, 30),
              end_time=dt.time(11)),
        Event("y", "Year", dt.date(2026, 1, 1), dt.date(2026, 12, 31), "year", "fr"),
    )
    data = to_timelinejs(Timeline("T", "mul", events))
    by_id = {e["unique_id"]: e for e in data["events"]}
    assert by_id["event-m"]["start_date"] == {"year": 2024, "month": 12} and "end_date" not in by_id["event-m"]
    assert by_id["event-m"]["text"]["headline"] == "&lt;b&gt;December&lt;/b&gt; &amp; co"
    assert by_id["event-t"]["start_date"] == {"year": 2025, "month": 10, "day": 25, "hour": 10, "minute": 0}
    assert "end_date" not in by_id["event-t"]  # a moment: no end at 00:00 before it starts
    assert by_id["event-r"]["end_date"] == {"year": 2025, "month": 10, "day": 25, "hour": 11, "minute": 0}
    assert by_id["event-y"]["start_date"] == {"year": 2026}
    # a multilingual timeline without places groups by language
    assert [by_id[i]["group"] for i in ("event-m", "event-r", "event-y")] == ["English", "Vietnamese", "French"]


def test_export_format_writes_name_timelinejs_json(tmp_path):
    result = CliRunner().invoke(app, ["export", str(ROOT / "exports" / "hanoi-cybercrime-convention.ar.json"),
                                      "--out", str(tmp_path), "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "hanoi-cybercrime-convention.ar.timelinejs.json"
    assert result.stdout == f"{path}\n"
    assert len(json.loads(path.read_text(encoding="utf-8"))["events"]) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def _page(data: str, language: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="{(TIMELINEJS / 'css' / 'timeline.css').as_uri()}">
<script src="{(TIMELINEJS / 'js' / 'timeline.js').as_uri()}"></script></head>
<body><div id="tl" style="width:1200px;height:650px"></div><pre id="report"></pre>
<script>
const errors = [];
window.addEventListener("error", (e) => errors.push(String(e.message)));
new TL.Timeline("tl", {data}, {{language: "{language}", script_path: "{(TIMELINEJS / 'js').as_uri()}/"}});
setTimeout(() => {{
  const texts = (selector) => [...document.querySelectorAll(selector)].map((n) => n.textContent.trim());
  document.getElementById("report").textContent = JSON.stringify({{
    errors, message: texts(".tl-message-content").join(" "),
    headlines: texts(".tl-slide .tl-headline"), dates: texts(".tl-slide .tl-headline-date"),
    markers: document.querySelectorAll(".tl-timemarker").length, groups: texts(".tl-timegroup-message"),
  }});
}}, 4000);
</script></body></html>"""


@pytest.mark.skipif(not browser.available(), reason="needs /usr/bin/chromium")
@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed (tests/setup.sh installs TimelineJS)")
@pytest.mark.parametrize("name,language", [("hanoi-cybercrime-convention.ar", "ar"), ("convention", "en")])
def test_timelinejs_shows_every_event_offline(tmp_path, name, language):
    if name == "convention":
        paths = sorted(str(p) for p in (ROOT / "tests" / "data" / "articles").glob("hanoi-convention.*.txt"))
        result = CliRunner().invoke(app, ["export", *paths, "--name", name, "--out", str(tmp_path),
                                          "--format", "timelinejs"])
    else:
        result = CliRunner().invoke(app, ["export", str(ROOT / "exports" / f"{name}.json"), "--out", str(tmp_path),
                                          "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / f"{name}.timelinejs.json").read_text(encoding="utf-8"))
    page = tmp_path / "page.html"
    page.write_text(_page(json.dumps(data, ensure_ascii=False), language), encoding="utf-8")
    seen = browser.report(page.as_uri(), width=1280, height=800)
    assert seen["errors"] == [] and seen["message"] == ""
    import html as html_module

    assert seen["headlines"] == [html_module.unescape(data["title"]["text"]["headline"])] + [
        html_module.unescape(e["text"]["headline"]) for e in data["events"]]
    assert seen["markers"] == len(data["events"])
    browser.screenshot(page.as_uri(), f"timelinejs-{name}.png", width=1280, height=800)
