"""The page as a reader sees it in headless Chromium: every event visible at a readable size inside the chart
(the seed's nine-month approximate period no longer squeezes the two real events), no marker cut at an edge of
the chart or of the range slider, solid slider handles, and the add-to-calendar links. Screenshots of the seed's
page (right to left), an English page and the merged multilingual page are kept in the test artefacts."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import browser
from test_export_html import english_timeline, hanoi_timeline
from timeline.cli import app
from timeline.export.html import write_html

from conftest import ROOT

pytestmark = pytest.mark.skipif(not browser.available(), reason="needs /usr/bin/chromium")

#: Appended to the page: once plotly has drawn, measure what the reader sees and write it into <pre id="report">.
MEASURE = """
<pre id="report"></pre>
<script>
setTimeout(() => {
  const box = (n) => { const r = n.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
  const main = document.querySelector(".cartesianlayer .subplot.xy");
  const area = box(document.querySelector(".draglayer .xy .nsewdrag"));  // the plot area
  const points = [...main.querySelectorAll(".point")]
    .map((n) => ({box: box(n.tagName === "path" ? n : n.querySelector("path")),
                  trace: n.closest(".trace").classList.contains("scatter") ? "marker" : "bar"}));
  const slider = document.querySelector(".rangeslider-container");
  const sliderBg = slider && box(slider.querySelector(".rangeslider-bg"));
  const sliderPoints = slider ? [...slider.querySelectorAll(".point path")].map((n) => box(n)) : [];
  const handle = document.querySelector(".rangeslider-handle-min");
  document.getElementById("report").textContent = JSON.stringify({
    area, points, sliderBg, sliderPoints,
    handleFill: handle ? getComputedStyle(handle).fill : null,
    annotations: [...document.querySelectorAll(".annotation-text")].map((n) => n.textContent),
    links: [...document.querySelectorAll("table .add a")].map((a) => a.className),
  });
}, 3000);
</script>
"""


def _measured(page, name: str) -> dict:
    html = page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>")
    measured = page.with_name("measured-" + page.name)
    measured.write_text(html, encoding="utf-8")
    report = browser.report(measured.as_uri())
    browser.screenshot(page.as_uri(), name)
    return report


def _visible_width(point: dict, area: dict) -> float:
    return min(point["right"], area["right"]) - max(point["left"], area["left"])


def _check_every_event_visible(report: dict, events: int, beyond: int = 0) -> None:
    """``events`` drawn; all but ``beyond`` (rows wholly before the span shown, which an arrow stands for) show at
    least 12 px in the chart."""
    area = report["area"]
    assert len(report["points"]) == events
    assert sum(_visible_width(p["box"], area) <= 0 for p in report["points"]) == beyond
    for point in report["points"]:
        box = point["box"]
        if _visible_width(box, area) <= 0:
            continue
        assert _visible_width(box, area) >= 12, (box, area)  # at least 12 px of every bar or diamond in view
        if point["trace"] == "marker":  # a diamond is never cut by an edge of the chart
            assert area["left"] <= box["left"] and box["right"] <= area["right"] + 0.5, (box, area)
    slider = report["sliderBg"]
    for box in report["sliderPoints"]:  # nor by an edge of the range slider
        assert slider["top"] - 0.5 <= box["top"] and box["bottom"] <= slider["bottom"] + 0.5, (box, slider)
    assert report["handleFill"] == "rgb(82, 96, 109)"


def test_seed_page_right_to_left_shows_all_three_events(tmp_path):
    page = tmp_path / "hanoi-cybercrime-convention.ar.html"
    page.write_bytes((ROOT / "exports" / page.name).read_bytes())
    (tmp_path / "plotly.min.js").write_bytes((ROOT / "exports" / "plotly.min.js").read_bytes())
    report = _measured(page, "seed-page-ar.png")
    _check_every_event_visible(report, 3)
    # the approximate period begins before the span shown: an arrow says since when
    assert report["annotations"] == ["\u2066◀ \u2067≈ 1 يناير 2025\u2069\u2069"]  # LRI ◀ RLI date PDI PDI
    assert report["links"] == ["ics", "google", "outlook"] * 3


def test_english_page_left_to_right(tmp_path):
    page = tmp_path / "english.html"
    write_html(english_timeline(), page)
    report = _measured(page, "english-page.png")
    _check_every_event_visible(report, 2)
    assert report["annotations"] == []


def test_merged_multilingual_page_keeps_its_last_marker(tmp_path):
    paths = sorted(str(p) for p in (ROOT / "tests" / "data" / "articles").glob("hanoi-convention.*.txt"))
    result = CliRunner().invoke(app, ["export", *paths, "--name", "convention", "--out", str(tmp_path),
                                      "--format", "html"])
    assert result.exit_code == 0, result.output
    report = _measured(tmp_path / "convention.html", "convention-page.png")
    _check_every_event_visible(report, 5, beyond=1)  # December 2024 lies before the span: its arrow stands for it
    assert report["annotations"] == ["\u2066◀ December 2024\u2069", "\u2066◀ ≈ January 1, 2025\u2069"]


def test_rtl_hanoi_timeline_written_inline(tmp_path):
    page = tmp_path / "hanoi.html"
    write_html(hanoi_timeline(), page)
    _check_every_event_visible(_measured(page, "hanoi-inline-ar.png"), 3)
