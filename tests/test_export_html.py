"""The HTML exporter: figure values, bidi isolation, page direction, offline, reproducible, atomic, and (when
Chromium is installed) that plotly.js really draws the chart offline."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import plotly.graph_objects as go
import pytest

from timeline.export import html as html_export
from timeline.export.html import LRI, PDI, RLI, figure, render_html, write_html
from timeline.model import Event, Mention, Place, Source, Timeline

SOURCE_ID = "hanoi-cybercrime-convention.ar"
URL = "https://vtv.vn/chu-tich-nuoc-luong-cuong-se-chu-tri-le-mo-ky-cong-uoc-lhq-ve-chong-toi-pham-mang-100250925193505234.htm"

SENTENCE_SIGNING = (
    'سيتم عقد حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية تحت شعار "مكافحة الجريمة السيبرانية - '
    'تقاسم المسؤولية - التطلع إلى المستقبل" في الفترة من 25 إلى 26 أكتوبر 2025 في هانوي .'
)
SENTENCE_ROAD_1 = (
    "في وقت سابق، في 22 سبتمبر/أيلول، في مقر الأمم المتحدة في نيويورك (الولايات المتحدة الأمريكية)، وفي إطار "
    "الأسبوع رفيع المستوى للدورة الثمانين للجمعية العامة للأمم المتحدة، قامت وزارة الخارجية ووزارة الأمن العام في "
    "فيتنام بالتنسيق مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة (UNODC) بتنظيم حدث مشترك بعنوان \"الطريق إلى "
    'هانوي: حفل افتتاح اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية - تكريم التعددية من أجل مستقبل رقمي آمن".'
)
SENTENCE_ROAD_2 = (
    'يعد الحدث "الطريق إلى هانوي: حفل افتتاح اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية - تكريم التعددية من '
    'أجل مستقبل رقمي آمن" في 22 سبتمبر 2025 هو النشاط الأكثر أهمية في سلسلة من الأحداث التي تروج لحفل افتتاح '
    "الاتفاقية والتي تنظمها فيتنام ومكتب الأمم المتحدة المعني بالمخدرات والجريمة بشكل مشترك في مناطق حول العالم "
    "منذ بداية عام 2025."
)

TITLE_SIGNING = "حفل توقيع اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية في هانوي"
TITLE_ROAD = "الطريق إلى هانوي: حفل افتتاح اتفاقية الأمم المتحدة لمكافحة الجرائم الإلكترونية (UNODC)"
TITLE_SERIES = "سلسلة من الأحداث التي تروج لحفل افتتاح الاتفاقية"

HANOI = Place("Hanoi", "VN", 21.0245, 105.84117, "Asia/Ho_Chi_Minh", 1581130)
NEW_YORK = Place("New York", "US", 40.71427, -74.00597, "America/New_York", 5128581)

DAY_MS = 86_400_000


def hanoi_timeline() -> Timeline:
    """The three events of the gold file tests/data/hanoi-cybercrime-convention.ar.json, built by hand."""
    source = Source(
        id=SOURCE_ID,
        language="ar",
        url=URL,
        title="اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية",
        document_date=dt.date(2025, 9, 25),
        document_date_source="url",
    )
    events = (
        # deliberately not in date order: the exporter sorts
        Event(
            id="series",
            title=TITLE_SERIES,
            start=dt.date(2025, 1, 1),
            end=None,
            precision="approximate",
            language="ar",
            approximate_start=True,
            mentions=(Mention(SOURCE_ID, 3186, 3200, "بداية عام 2025", SENTENCE_ROAD_2),),
        ),
        Event(
            id="signing",
            title=TITLE_SIGNING,
            start=dt.date(2025, 10, 25),
            end=dt.date(2025, 10, 26),
            language="ar",
            place=HANOI,
            mentions=(Mention(SOURCE_ID, 155, 179, "من 25 إلى 26 أكتوبر 2025", SENTENCE_SIGNING),),
        ),
        Event(
            id="road-to-hanoi",
            title=TITLE_ROAD,
            start=dt.date(2025, 9, 22),
            end=dt.date(2025, 9, 22),
            language="ar",
            place=NEW_YORK,
            mentions=(
                Mention(SOURCE_ID, 565, 580, "22 سبتمبر/أيلول", SENTENCE_ROAD_1),
                Mention(SOURCE_ID, 2995, 3009, "22 سبتمبر 2025", SENTENCE_ROAD_2),
            ),
        ),
    )
    return Timeline(title="اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية — هانوي 2025", language="ar",
                    events=events, sources=(source,))


def english_timeline() -> Timeline:
    source = Source(id="en-1", language="en", url="https://example.org/news/1", title="Example news",
                    document_date=dt.date(2025, 9, 25))
    m = Mention("en-1", 0, 10, "22 September", "The Road to Hanoi event took place on 22 September.")
    return Timeline(
        title="UN Convention against Cybercrime",
        language="en",
        events=(
            Event(id="a", title="The Road to Hanoi", start=dt.date(2025, 9, 22), end=dt.date(2025, 9, 22),
                  language="en", place=NEW_YORK, mentions=(m,)),
            Event(id="b", title="Signing ceremony", start=dt.date(2025, 10, 25), end=dt.date(2025, 10, 26),
                  language="en", place=HANOI, mentions=(m,)),
        ),
        sources=(source,),
    )


# ----------------------------------------------------------------------------------------------------------------
# helpers: the figure as the page stores it (JSON with \uXXXX escapes), decoded


def page_figure(page: str) -> tuple[list[dict], dict]:
    """Decode the data and layout arguments of the page's ``Plotly.newPlot("timeline", data, layout, config)``."""
    at = page.index("Plotly.newPlot(")
    decoder = json.JSONDecoder()
    pos = page.index('"timeline"', at) + len('"timeline"')
    pos = page.index("[", pos)
    data, pos = decoder.raw_decode(page, pos)
    pos = page.index("{", pos)
    layout, _ = decoder.raw_decode(page, pos)
    return data, layout


def traces_by_kind(data: list[dict]) -> dict[str, dict]:
    kinds = {}
    for trace in data:
        if trace["type"] == "scatter":
            kinds["one_day"] = trace
        elif trace.get("marker", {}).get("pattern", {}).get("shape") == "/":
            kinds["approximate"] = trace
        else:
            kinds["period"] = trace
    return kinds


def check_hanoi_figure(data: list[dict], layout: dict) -> None:
    assert len(data) == 3
    kinds = traces_by_kind(data)
    assert set(kinds) == {"period", "one_day", "approximate"}
    assert sum(len(t["y"]) for t in data) == 3  # exactly three events

    period = kinds["period"]
    assert period["type"] == "bar" and period["orientation"] == "h"
    assert list(period["base"]) == ["2025-10-25"]
    assert list(period["x"]) == [2 * DAY_MS] == [172_800_000]
    assert period["name"] == "\u2067فترة\u2069"

    day = kinds["one_day"]
    assert day["mode"] == "markers" and day["marker"]["symbol"] == "diamond"
    assert list(day["x"]) == ["2025-09-22"]
    assert day["name"] == "\u2067يوم واحد\u2069"

    approx = kinds["approximate"]
    assert approx["type"] == "bar" and approx["orientation"] == "h"
    assert approx["marker"]["pattern"]["shape"] == "/"
    assert approx["opacity"] == pytest.approx(0.45)
    assert list(approx["base"]) == ["2025-01-01"]
    # open-ended: up to the document date 2025-09-25 inclusive, i.e. 2025-09-26 00:00 exclusive
    assert list(approx["x"]) == [(dt.date(2025, 9, 26) - dt.date(2025, 1, 1)).days * DAY_MS] == [268 * DAY_MS]

    # rows: sorted by start, first on top, labels isolated
    order = layout["yaxis"]["categoryarray"]
    assert order == [approx["y"][0], day["y"][0], period["y"][0]]
    assert layout["yaxis"]["autorange"] == "reversed"
    assert layout["yaxis"]["type"] == "category"
    for label in order:
        assert label.startswith(RLI) and label.endswith(PDI)
        assert label.count(RLI) == 1 and label.count(PDI) == 1
    assert period["y"][0] == RLI + TITLE_SIGNING[:59].rsplit(" ", 1)[0] + "…" + PDI
    assert day["y"][0] == RLI + "الطريق إلى هانوي: حفل افتتاح اتفاقية الأمم المتحدة لمكافحة…" + PDI
    assert approx["y"][0] == RLI + TITLE_SERIES + PDI  # short enough: not truncated
    assert all(len(label) <= 62 for label in order)  # 60 + RLI + PDI

    # title and axes
    assert layout["title"]["text"] == RLI + "اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية — هانوي 2025" + PDI
    assert layout["xaxis"]["type"] == "date"
    assert layout["xaxis"]["rangeslider"]["visible"] is True
    assert layout["hovermode"] == "closest"
    assert layout["legend"]["orientation"] == "h"
    assert layout["height"] == 400  # 180 + 60·3 = 360 → the minimum
    assert set(layout["margin"]) >= {"t", "b", "l", "r"}

    # hover: full title, readable dates, place, zone, the sentences wrapped, the URL
    for trace in data:
        assert "customdata" in trace and "%{customdata[" in trace["hovertemplate"]
    period_hover = "".join(period["customdata"][0])
    assert RLI + "25–26 أكتوبر 2025" + PDI in period_hover
    # the Latin value in an Arabic line is isolated left to right, or its ")" jumps to the Arabic side
    assert RLI + "المنطقة الزمنية: " + LRI + "Asia/Ho_Chi_Minh (UTC+07:00)" + PDI + PDI in period_hover
    assert RLI + "المكان: Hanoi، فيتنام" + PDI in period_hover
    assert RLI + "المصدر: " + LRI + "https://vtv.vn/" in period_hover
    assert "Hanoi" in period_hover and "فيتنام" in period_hover
    assert URL[:40] in period_hover
    day_hover = "".join(day["customdata"][0])
    assert RLI + "22 سبتمبر 2025" + PDI in day_hover
    assert "America/New_York (UTC−04:00)" in day_hover
    assert day_hover.count("• ") == 2  # two mentions, two sentences
    assert RLI + "<b>" not in day_hover  # isolates sit inside the tags
    assert day["customdata"][0][0] .startswith("<b>" + RLI + "الطريق إلى هانوي")
    approx_hover = "".join(approx["customdata"][0])
    assert RLI + "منذ ≈ 1 يناير 2025 (مفتوحة المدة، مستمرة حتى 25 سبتمبر 2025)" + PDI in approx_hover
    assert "Asia/" not in approx_hover  # no place, no zone
    for trace in data:
        for row in trace["customdata"]:
            for line in "<br>".join(row).split("<br>"):
                text = re.sub(r"</?b>", "", line)
                assert len(text.strip(RLI + LRI + PDI).replace(LRI, "").replace(PDI, "")) <= 80, text
                if html_export.has_rtl(text):
                    assert text.startswith(RLI) and text.endswith(PDI), text


# ----------------------------------------------------------------------------------------------------------------
# the figure


def test_figure_hanoi_exact_values():
    fig = figure(hanoi_timeline())
    assert isinstance(fig, go.Figure)
    as_dict = fig.to_plotly_json()
    check_hanoi_figure(as_dict["data"], as_dict["layout"])


def test_page_figure_decodes_to_the_same_values():
    page = render_html(hanoi_timeline(), plotlyjs="directory")
    # Arabic is stored as \uXXXX escapes inside the figure JSON: the raw page does not contain it there
    assert "\\u0641\\u062a\\u0631\\u0629" in page  # فترة, escaped
    data, layout = page_figure(page)
    check_hanoi_figure(data, layout)


def test_latin_labels_are_not_isolated():
    fig = figure(english_timeline())
    data = fig.to_plotly_json()["data"]
    layout = fig.to_plotly_json()["layout"]
    labels = layout["yaxis"]["categoryarray"]
    assert labels == ["The Road to Hanoi", "Signing ceremony"]
    assert {t["name"] for t in data} == {"Period", "One day"}
    assert layout["title"]["text"] == "UN Convention against Cybercrime"
    text = json.dumps(fig.to_plotly_json(), ensure_ascii=False)
    assert RLI not in text and PDI not in text
    hover = "".join(data[0]["customdata"][0]) + "".join(data[1]["customdata"][0])
    assert "Oct 25 – 26, 2025" in hover.replace("\u2009", " ")
    assert "September 22, 2025" in hover
    assert "Place: Hanoi, Vietnam" in hover and "Place: New York, United States" in hover


def test_truncate():
    assert html_export.truncate("short") == "short"
    long = "word " * 30
    cut = html_export.truncate(long)
    assert cut.endswith("…") and len(cut) <= 60 and not cut[:-1].endswith(" ")
    assert html_export.truncate("x" * 100) == "x" * 59 + "…"
    # never cuts between a letter and its mark (fatha): what follows the kept part is not a combining mark
    marked = "ب" + "بَ" * 40
    kept = html_export.truncate(marked)[:-1]
    assert marked.startswith(kept) and not html_export.unicodedata.combining(marked[len(kept)])


def test_isolate():
    assert html_export.isolate("Hanoi") == "Hanoi"
    assert html_export.isolate("هانوي 2025") == RLI + "هانوي 2025" + PDI
    assert html_export.isolate("שלום") == RLI + "שלום" + PDI
    # direction of mixed text: by the majority of letters, not the first one
    assert html_export.isolate("UNODC: حفل افتتاح الاتفاقية") == RLI + "UNODC: حفل افتتاح الاتفاقية" + PDI
    assert html_export.isolate("The event in هانوي took place") == "The event in هانوي took place"
    # a field line: the label's direction, the value isolated in its own
    assert html_export._field_lines("Place", "هانوي") == ["Place: " + RLI + "هانوي" + PDI]
    assert html_export._field_lines("Place", "Hanoi") == ["Place: Hanoi"]
    lines = html_export._field_lines("Source", "https://example.org/" + "a" * 100)
    assert lines == ["Source: https://example.org/" + "a" * 52, "a" * 48]


def test_sorting_duplicates_and_timed_and_empty():
    p = Place("Paris", "FR", timezone="Europe/Paris")
    tl = Timeline(
        title="t", language="fr",
        events=(
            Event(id="2", title="Réunion", start=dt.date(2024, 3, 5), end=dt.date(2024, 3, 5),
                  start_time=dt.time(10, 0), end_time=dt.time(12, 30), place=p),
            Event(id="1", title="Réunion", start=dt.date(2024, 3, 1), end=dt.date(2024, 3, 1)),
            Event(id="3", title="Mois", start=dt.date(2024, 4, 1), end=dt.date(2024, 4, 30), precision="month"),
            Event(id="4", title="Nuit", start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 2),
                  start_time=dt.time(22, 0), end_time=dt.time(2, 0), place=p),
        ),
    )
    data = figure(tl).to_plotly_json()["data"]
    layout = figure(tl).to_plotly_json()["layout"]
    assert layout["yaxis"]["categoryarray"] == ["Réunion", "Réunion (2)", "Mois", "Nuit"]
    kinds = traces_by_kind(data)
    assert kinds["period"]["name"] == "Période" and kinds["one_day"]["name"] == "Un jour"
    # hours within one day: a diamond at the start time, not a hairline bar
    assert list(kinds["one_day"]["x"]) == ["2024-03-01", "2024-03-05 10:00"]
    assert "10:00" in "".join(kinds["one_day"]["customdata"][1]) and "12:30" in "".join(kinds["one_day"]["customdata"][1])
    assert "Europe/Paris (UTC+01:00)" in "".join(kinds["one_day"]["customdata"][1])
    assert list(kinds["period"]["base"]) == ["2024-04-01", "2024-05-01 22:00"]
    assert list(kinds["period"]["x"]) == [30 * DAY_MS, 4 * 3_600_000]
    hover = "".join(kinds["period"]["customdata"][0]) + "".join(kinds["period"]["customdata"][1])
    assert "avril 2024" in hover and "Europe/Paris (UTC+02:00)" in hover
    empty = render_html(Timeline(title="nothing", language="en"), plotlyjs="directory")
    assert "No events." in empty
    assert page_figure(empty)[0] == []


def test_open_ended_without_own_document_date():
    other = Source(id="other", language="en", document_date=dt.date(2024, 2, 10))
    ev = Event(id="x", title="Strike", start=dt.date(2024, 2, 1), end=None,
               mentions=(Mention("nodate", 0, 1, "x", "Since 1 February, workers have been on strike."),))
    # the event's own source has no date: the latest document date of the timeline
    tl = Timeline(title="t", language="en", events=(ev,), sources=(Source(id="nodate", language="en"), other))
    trace = figure(tl).to_plotly_json()["data"][0]
    assert list(trace["base"]) == ["2024-02-01"] and list(trace["x"]) == [10 * DAY_MS]
    assert "since February 1, 2024 (open-ended, ongoing as of February 10, 2024)" in "".join(trace["customdata"][0])
    # no date anywhere: one day wide, still visible, and the hover says only "open-ended"
    tl = Timeline(title="t", language="en", events=(ev,))
    trace = figure(tl).to_plotly_json()["data"][0]
    assert list(trace["x"]) == [DAY_MS] and trace["marker"]["pattern"]["shape"] == "/"
    assert "since February 1, 2024 (open-ended)<" in "".join(trace["customdata"][0]) + "<"


def test_english_sentence_naming_an_arabic_place_stays_ltr():
    m = Mention("s", 0, 1, "x", "The ceremony in هانوي (Hanoi) will be held on 25 October.")
    tl = Timeline(title="t", language="en", events=(
        Event(id="x", title="Ceremony in هانوي", start=dt.date(2025, 10, 25), end=dt.date(2025, 10, 25),
              place=Place("هانوي"), mentions=(m,)),))
    data = figure(tl).to_plotly_json()["data"][0]
    assert list(data["y"]) == ["Ceremony in هانوي"]  # mostly Latin: left to right, no RLI around the line
    hover = "<br>".join(data["customdata"][0])
    assert "The ceremony in هانوي (Hanoi) will be held on 25 October." in hover
    assert "<br>Place: " + RLI + "هانوي" + PDI + "<br>" in hover


def test_labels_file_matches_english():
    data = tomllib.loads((Path(html_export.__file__).parent / "html_labels.toml").read_text(encoding="utf-8"))
    assert data["en"] == html_export._ENGLISH
    assert set(data) >= {"ar", "en", "fr", "vi", "es", "de", "ru", "zh"}
    for lang, words in data.items():
        assert set(words) == set(html_export._ENGLISH), lang
        for key, english in html_export._ENGLISH.items():
            assert re.findall(r"\{\w+\}", words[key]) == re.findall(r"\{\w+\}", english), (lang, key)
    assert html_export.labels("ar-EG")["period"] == "فترة"
    assert html_export.labels("und")["period"] == "Period"


# ----------------------------------------------------------------------------------------------------------------
# the page


def test_page_direction_language_and_head():
    ar = render_html(hanoi_timeline(), plotlyjs="directory")
    assert ar.startswith("<!DOCTYPE html>\n")
    assert '<html lang="ar" dir="rtl">' in ar
    assert '<meta charset="utf-8">' in ar
    assert "<title>اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية — هانوي 2025</title>" in ar
    assert '<div class="chart" dir="ltr"' in ar
    en = render_html(english_timeline(), plotlyjs="directory")
    assert '<html lang="en" dir="ltr">' in en
    assert "<title>UN Convention against Cybercrime</title>" in en
    # no bidi controls in the page's HTML text (tables use <bdi>); only inside the figure JSON, as escapes
    assert RLI not in ar and PDI not in ar
    assert "\\u2067" in ar and "\\u2069" in ar


def test_page_table_without_javascript():
    page = render_html(hanoi_timeline(), plotlyjs="directory")
    table = page[page.index("<table>"): page.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", table)
    assert len(rows) == 4  # header + three events
    body = rows[1:]
    assert '<time datetime="2025-01-01">' in body[0] and TITLE_SERIES in body[0] and "—" in body[0]
    assert '<time datetime="2025-09-22">' in body[1] and TITLE_ROAD in body[1] and "New York" in body[1]
    assert '<time datetime="2025-10-25">25–26 أكتوبر 2025</time>' in body[2] and "Hanoi" in body[2]
    assert "<th scope=\"col\">التاريخ</th>" in rows[0]
    # sources note: URL linked, document date
    assert f'<a href="{URL}"' in page
    assert '<time datetime="2025-09-25">25 سبتمبر 2025</time>' in page


def test_text_is_escaped():
    evil = '<script>alert("x")</script> & <b>'
    tl = Timeline(
        title=evil, language="en",
        events=(Event(id="x", title=evil, start=dt.date(2025, 1, 1), end=dt.date(2025, 1, 2),
                      mentions=(Mention("s", 0, 1, "x", evil),)),),
        sources=(Source(id="s", language="en", url="javascript:alert(1)", title=evil),),
    )
    page = render_html(tl, plotlyjs="directory")
    assert "<script>alert" not in page
    assert 'href="javascript:' not in page
    data, layout = page_figure(page)
    assert data[0]["y"] == ['&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;']
    assert layout["title"]["text"] == '&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;'


SCRIPT_SRC = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']?([^\"' >]*)", re.I)


def assert_offline(page: str) -> None:
    srcs = SCRIPT_SRC.findall(page)
    for src in srcs:
        assert not src.lower().startswith(("http:", "https:", "//")), src
        assert "cdn" not in src.lower(), src
    assert not re.search(r"<script\b[^>]*\bsrc\s*=\s*[\"']?(https?:|//)", page, re.I)
    assert not re.search(r"<link\b[^>]*\bhref\s*=\s*[\"']?(https?:|//)", page, re.I)
    assert "cdn.plot.ly" not in page.split("<script", 1)[0]


def test_inline_page_is_self_contained():
    page = render_html(hanoi_timeline())
    assert_offline(page)
    assert SCRIPT_SRC.findall(page) == []  # no external script at all
    assert len(page.encode("utf-8")) > 3_000_000  # plotly.js is in it
    assert page.count("Plotly.newPlot(") >= 1
    check_hanoi_figure(*page_figure(page))


def test_directory_page_refers_to_sibling_plotlyjs():
    page = render_html(hanoi_timeline(), plotlyjs="directory")
    assert_offline(page)
    assert SCRIPT_SRC.findall(page) == ["plotly.min.js"]
    assert len(page.encode("utf-8")) < 200_000


def test_bad_mode():
    with pytest.raises(ValueError):
        render_html(hanoi_timeline(), plotlyjs="cdn")


def test_reproducible_in_process_and_in_subprocess():
    first = render_html(hanoi_timeline())
    assert render_html(hanoi_timeline()) == first
    code = (
        "import sys, tests.test_export_html as t; from timeline.export.html import render_html; "
        "sys.stdout.buffer.write(render_html(t.hanoi_timeline()).encode('utf-8'))"
    )
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(root)},
    ).stdout
    assert out.decode("utf-8") == first


def test_write_html_inline_atomic(tmp_path):
    target = tmp_path / "out" / "hanoi.html"
    write_html(hanoi_timeline(), target)
    assert target.read_text(encoding="utf-8") == render_html(hanoi_timeline())
    assert sorted(p.name for p in target.parent.iterdir()) == ["hanoi.html"]  # no temp file, no plotly.min.js
    # overwrite in place, still nothing left behind
    write_html(english_timeline(), target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["hanoi.html"]
    assert '<html lang="en" dir="ltr">' in target.read_text(encoding="utf-8")


def test_write_html_directory_writes_plotlyjs_once(tmp_path):
    import plotly.offline

    target = tmp_path / "hanoi.html"
    write_html(hanoi_timeline(), target, plotlyjs="directory")
    js = tmp_path / "plotly.min.js"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hanoi.html", "plotly.min.js"]
    assert js.read_bytes() == plotly.offline.get_plotlyjs().encode("utf-8")
    # unchanged file: not rewritten
    stamp = js.stat().st_mtime_ns
    os.utime(js, ns=(stamp - 10_000_000_000, stamp - 10_000_000_000))
    before = js.stat().st_mtime_ns
    write_html(english_timeline(), tmp_path / "english.html", plotlyjs="directory")
    assert js.stat().st_mtime_ns == before
    # different file: replaced
    js.write_text("stale", encoding="utf-8")
    write_html(hanoi_timeline(), target, plotlyjs="directory")
    assert js.read_bytes() == plotly.offline.get_plotlyjs().encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["english.html", "hanoi.html", "plotly.min.js"]


# ----------------------------------------------------------------------------------------------------------------
# optional: plotly.js really draws the chart, offline, in headless Chromium

CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs /usr/bin/chromium")
@pytest.mark.parametrize("mode", ["inline", "directory"])
def test_chromium_renders_the_chart_offline(tmp_path, mode):
    page = tmp_path / "hanoi.html"
    write_html(hanoi_timeline(), page, plotlyjs=mode)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    try:
        result = subprocess.run(
            [
                CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
                "--window-size=1400,900", "--virtual-time-budget=10000", "--dump-dom", page.as_uri(),
            ],
            capture_output=True, timeout=120, text=True,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    dom = result.stdout
    assert '<html lang="ar" dir="rtl">' in dom, result.stderr[-2000:]
    start = dom.index('id="timeline"')
    chart = dom[start: dom.index("</table>") if "</table>" in dom else None]
    assert re.search(r'<svg[^>]*class="main-svg"', chart), result.stderr[-2000:]
    # three events were drawn: one bar per range trace, one diamond point
    assert chart.count('class="point"') >= 3
