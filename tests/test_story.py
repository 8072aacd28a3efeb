"""Key dates of a story: salience signals, the key-date timeline, the story's horizon, Date-F1, saved web pages."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline.cli import app
from timeline.evaluate import default_corpora_dir
from timeline.evaluate_dates import date_f1, read_reference, story_articles
from timeline.model import Event, Mention, Source, Timeline
from timeline.salience import Weights, day_signals, mention_count_days, ranked_days, score
from timeline.schema import load_timeline
from timeline.story import key_days, story_timeline

D = dt.date
WEBPAGE = Path(__file__).resolve().parent / "data" / "webpages" / "summit.en.html"
CORPUS = default_corpora_dir() / "ml-crisis-dev"


def _event(day: D, mentions: list[tuple[str, int, str]], end: D | None = "same", precision: str = "day") -> Event:
    return Event(id=f"{day}-{len(mentions)}", title=mentions[0][2][:20], start=day,
                 end=day if end == "same" else end, precision=precision,
                 mentions=tuple(Mention(src, start, start + 5, "x", sentence) for src, start, sentence in mentions))


def _story() -> Timeline:
    """Five articles: 1 March told by three (two of them days later), 2 March by two on the day, 3 March by one,
    and a template line that all five carry."""
    sources = tuple(Source(f"a{n}", "en", document_date=day) for n, day in
                    enumerate([D(2026, 3, 1), D(2026, 3, 2), D(2026, 3, 9), D(2026, 3, 10), D(2026, 3, 3)], 1))
    template = "Subscribe before 5 March 2026 to read every story."
    events = (
        _event(D(2026, 3, 1), [("a1", 10, "Troops entered the capital on Sunday."),
                               ("a3", 900, "The capital fell to the troops on 1 March."),
                               ("a4", 20, "Since troops entered the capital on 1 March, talks stalled.")]),
        _event(D(2026, 3, 2), [("a1", 300, "Talks will open on Monday in Geneva."),
                               ("a2", 50, "Talks opened today in Geneva.")]),
        _event(D(2026, 3, 3), [("a5", 40, "Markets reopened today.")]),
        _event(D(2026, 3, 5), [(f"a{n}", 2000, template) for n in range(1, 6)]),
        _event(D(2026, 1, 1), [("a1", 500, "A ceasefire has held since January.")], end=None, precision="month"),
    )
    return Timeline("war", "en", events, sources)


def test_day_signals_count_articles_recall_and_leads_without_template_lines():
    signals = day_signals(_story())
    got = {day.isoformat(): (s.articles, s.recall, s.lead) for day, s in signals.items()}
    assert got == {"2026-03-01": (3, 2, 2), "2026-03-02": (2, 0, 2), "2026-03-03": (1, 0, 1), "2026-03-05": (0, 0, 0)}
    assert round(signals[D(2026, 3, 1)].promptness, 3) == round(1 + 0.5 ** (8 / 7) + 0.5 ** (9 / 7), 3)


def test_salience_is_the_weighted_sum_of_scaled_signals_plus_the_events_own_share():
    # articles 3/3, recall 2/2, lead 2/2 → 0.9 × 3 + 0.1 × 3 × 3/3; 2 March: 2/3, 0, 2/2 → 0.9 × 5/3 + 0.1 × 3 × 2/3;
    # 3 March: 1/3, 0, 1/2 → 0.9 × 5/6 + 0.1 × 3 × 1/3; the template day and the month: 0
    scored = score(_story(), Weights(articles=1, recall=1, promptness=0, lead=1, centrality=0))
    assert [e.salience for e in scored.events] == [3.0, 1.7, 0.85, 0.0, 0.0]


def test_salience_ranks_days_and_gives_undated_periods_zero():
    scored = score(_story())
    assert ranked_days(scored) == [D(2026, 3, 1), D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 5)]
    assert scored.events[-1].salience == 0.0 and scored.events[-2].salience == 0.0
    assert mention_count_days(_story()) == [D(2026, 3, 5), D(2026, 3, 1), D(2026, 3, 2), D(2026, 3, 3)]


def test_key_date_timeline_summarises_each_key_day_and_keeps_the_rest():
    story = story_timeline(_story(), key_dates=2)
    assert key_days(story) == [D(2026, 3, 1), D(2026, 3, 2)]
    keys = [e for e in story.events if e.id.startswith("key-")]
    assert [(e.start, e.title) for e in keys] == [
        (D(2026, 3, 1), "Since troops entered the capital on 1 March, talks stalled."),
        (D(2026, 3, 2), "Talks opened today in Geneva.")]
    assert keys[0].description == ("Since troops entered the capital on 1 March, talks stalled.\n"
                                   "Troops entered the capital on Sunday.")
    assert [e.start for e in story.events if not e.id.startswith("key-")] == [D(2026, 1, 1), D(2026, 3, 3),
                                                                             D(2026, 3, 5)]
    again = load_timeline(story.to_json())
    assert again == story
    assert again.extra["key_dates"] == ["2026-03-01", "2026-03-02"]


def test_the_story_drops_events_past_its_horizon_and_periods_of_years():
    base = _story()
    late = _event(D(2027, 4, 1), [("a1", 5, "Elections are due in April 2027.")])
    near = _event(D(2027, 3, 1), [("a1", 5, "A vote is due on 1 March 2027.")])
    era = _event(D(1956, 1, 1), [("a1", 5, "From 1956 to 1962 the country was at war.")], end=D(1962, 12, 31))
    timeline = Timeline("war", "en", base.events + (late, near, era), base.sources)
    kept = {e.start for e in story_timeline(timeline).events}
    assert D(2027, 3, 1) in kept and D(2027, 4, 1) not in kept and D(1956, 1, 1) not in kept
    assert D(2026, 1, 1) in kept  # "since January" runs two months to the newest article


def test_salience_is_optional_in_the_json_and_checked_when_given():
    d = json.loads(_story().to_json())
    assert "salience" not in d["events"][0]
    d["events"][0]["salience"] = 0.5
    assert load_timeline(json.dumps(d)).events[0].salience == 0.5
    d["events"][0]["salience"] = "high"
    from timeline.schema import TimelineError

    with pytest.raises(TimelineError, match=r"events\[0\]\.salience: 'high' is not of type 'number', 'null'"):
        load_timeline(json.dumps(d))


@pytest.mark.parametrize("chosen, reference, expected", [
    ([D(2011, 1, 25), D(2011, 2, 11)], [D(2011, 2, 11), D(2011, 1, 28), D(2011, 1, 25), D(2011, 3, 1)],
     (1.0, 0.5, 0.667)),
    ([D(2011, 1, 26)], [D(2011, 1, 25)], (0.0, 0.0, 0.0)),
    ([D(2011, 1, 25), D(2011, 1, 25), D(2011, 1, 26)], [D(2011, 1, 25)], (0.5, 1.0, 0.667)),
])
def test_date_f1_counts_distinct_exact_days(chosen, reference, expected):
    s = date_f1(chosen, reference)
    assert (round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)) == expected


def test_read_reference_gathers_a_date_given_twice(tmp_path):
    ref = tmp_path / "story.txt"
    ref.write_text("2013-07-05\nOne.\nTwo.\n--------\n2013-07-05\nThree.\n--------\n2013-07-04\nFour.\n")
    assert read_reference(ref) == {D(2013, 7, 5): ["One.", "Two.", "Three."], D(2013, 7, 4): ["Four."]}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora/ml-crisis-dev is absent")
@pytest.mark.parametrize("lang, story, dates, articles, fit", [
    ("es", "egypt", 48, 176, 121), ("es", "libya", 72, 195, 137), ("fr", "egypt", 59, 97, 73),
    ("fr", "libya", 28, 133, 90)])
def test_ml_crisis_references_and_thirds(lang, story, dates, articles, fit):
    assert len(read_reference(CORPUS / lang / "reference" / f"{story}.txt")) == dates
    assert len(story_articles(CORPUS, lang, story)) == articles
    assert len(story_articles(CORPUS, lang, story, "fit")) == fit


# ----------------------------------------------------------------------------------------------------------------
# saved web pages

def _page(tmp_path: Path, drop: tuple[str, ...] = (), name: str = "page.html") -> Path:
    lines = [line for line in WEBPAGE.read_text(encoding="utf-8").splitlines() if not any(d in line for d in drop)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_saved_page_gives_its_article_and_none_of_its_clutter():
    from timeline.documents import read_document
    from timeline.pipeline import build_timeline

    doc = read_document(WEBPAGE)
    assert (doc.id, doc.language, doc.title, doc.url, doc.document_date, doc.document_date_source) == (
        "summit.en", "en", "Leaders agree on water treaty in Lisbon",
        "https://news.example.org/world/2026/03/14/water-treaty-lisbon", D(2026, 3, 14), "page")
    for clutter in ("Most read", "Read also", "cookies", "Ana Pereira", "All rights reserved", "Archive"):
        assert clutter not in doc.text
    events = build_timeline([doc]).events
    assert [e.start.isoformat() for e in events] == ["2025-11-30", "2026-03-11", "2026-03-13", "2026-04-05",
                                                     "2026-04-22", "2026-05-01"]


def test_a_page_without_a_date_in_its_markup_takes_the_date_of_its_url(tmp_path):
    from timeline.documents import read_document

    doc = read_document(_page(tmp_path, drop=("published_time",)))
    assert (doc.document_date, doc.document_date_source) == (D(2026, 3, 14), "page")  # its canonical URL's


def test_export_reads_a_page_and_refuses_one_without_an_article(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(WEBPAGE), "--out", str(tmp_path / "out"), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{tmp_path / 'out' / 'summit.en.json'}\n"
    empty = tmp_path / "menu.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a> <a href='/s'>Sport</a></nav>"
                     "<footer>© 2026 · updated 1 January 2026</footer></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["export", str(empty), "--out", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert result.stderr == f"timeline: {empty}: the page holds no article text (only navigation, links or markup)\n"
    assert not (tmp_path / "none").exists()


def test_story_command_writes_the_key_dates(tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["story", str(WEBPAGE), "--dates", "2", "--out", str(tmp_path), "--name", "../up",
                                 "--format", "json,html"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{tmp_path / 'up.html'}\n{tmp_path / 'up.json'}\n"
    story = json.loads((tmp_path / "up.json").read_text(encoding="utf-8"))
    assert len(story["key_dates"]) == 2
    page = (tmp_path / "up.html").read_text(encoding="utf-8")
    assert "<caption>Key dates</caption>" in page
    assert '<details class="others">\n<summary>The other 4 events</summary>' in page


def test_a_french_page_loses_its_byline_comments_and_sidebars():
    from timeline.documents import read_document
    from timeline.pipeline import build_timeline

    doc = read_document(WEBPAGE.with_name("greve.fr.html"))
    assert (doc.language, doc.document_date, doc.document_date_source) == ("fr", D(2026, 5, 12), "page")
    assert doc.title == "Grève des contrôleurs aériens : le trafic perturbé jusqu'à dimanche"
    for clutter in ("Claire Moreau", "Commentaires", "Jean75", "Lire aussi", "À la une", "Mentions légales", "Abonnez"):
        assert clutter not in doc.text
    days = {e.start for e in build_timeline([doc]).events}
    assert {D(2026, 5, 11), D(2026, 5, 15), D(2026, 5, 17)} <= days  # lundi, le 15 mai, jusqu'au 17 mai
    # the byline's 12 May, a comment's 14 May, the sidebar's 13 May and 21 June, "lire aussi"'s 2 April, the
    # footer's 3 February and the subscription offer's 31 May are no events
    assert not days & {D(2026, 5, 12), D(2026, 5, 14), D(2026, 5, 13), D(2026, 6, 21), D(2026, 4, 2), D(2026, 2, 3),
                       D(2026, 5, 31)}
