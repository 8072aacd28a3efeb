"""Hostile input, through the command line and the library: names that try to leave the output folder, bad
lines among good ones, languages the tagger does not know, very large inputs, years outside 1–9999."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from timeline.cli import app

from conftest import SEED

runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# ------------------------------------------------------------------------------------------ output names


@pytest.mark.parametrize(
    "name, written",
    [
        ("../../x", "x.json"),
        ("/tmp/abs", "tmp-abs.json"),
        ("..", "timeline.json"),
        ("a/b", "a-b.json"),
        ("\u202egnp.json", "gnp.json.json"),  # a bidi override would show the name backwards
    ],
)
def test_export_name_is_reduced_to_a_file_name_inside_out(tmp_path, name, written):
    out = tmp_path / "deep" / "out"
    result = run("export", str(SEED), "--out", str(out), "--format", "json", "--name", name)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{out / written}\n"
    assert _files(tmp_path) == [f"deep/out/{written}"]


def test_export_refuses_a_symlink_that_leads_out_and_writes_nothing(tmp_path):
    out, outside = tmp_path / "out", tmp_path / "victim.html"
    out.mkdir()
    outside.write_text("keep me", encoding="utf-8")
    (out / "seed.html").symlink_to(outside)
    result = run("export", str(SEED), "--out", str(out), "--name", "seed")
    assert result.exit_code == 1
    assert result.stderr == f"timeline: {out / 'seed.html'}: leads outside {out} (to {outside}); nothing written\n"
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in out.iterdir()) == ["seed.html"]  # not even the .ics before it


def test_reexported_json_takes_a_safe_name_from_its_file(tmp_path):
    source = tmp_path / "-rf .json"
    assert run("export", str(SEED), "--out", str(tmp_path), "--format", "json").exit_code == 0
    (tmp_path / "hanoi-cybercrime-convention.ar.json").rename(source)
    result = run("export", str(source), "--out", str(tmp_path / "o"), "--format", "ics")
    assert result.exit_code == 0, result.stderr
    assert _files(tmp_path / "o") == ["rf.ics"]


# ------------------------------------------------------------------------------------------ tag --jsonl


def test_tag_jsonl_reports_bad_lines_and_goes_on():
    lines = [
        b'{"id": "a", "text": "on 22 September 2025", "lang": "en"}',
        b"not json",
        b'{"id": "c", "text": "le 3 mars 2024", "lang": "fr"}',
        b'{"id": "d", "text": "x", "lang": "xx"}',
        b'{"id": "e", "text": "x", "lang": "en", "document_date": "2025-13-01"}',
        b"\xff\xfe",
        b"",
        b"[1]",
        b'{"id": 9}',
        b'{"text": "tomorrow", "lang": 5}',
        '{"id": "k", "text": "22\u2028September 2025", "lang": "en"}'.encode(),  # U+2028 is no line break
    ]
    result = run("tag", "--jsonl", "-", input=b"\n".join(lines) + b"\n")
    assert result.exit_code == 1
    assert result.stderr == 'timeline: 7 of 10 lines could not be tagged (their output lines carry "error")\n'
    out = [json.loads(line) for line in result.stdout.removesuffix("\n").split("\n")]  # JSON lines end at \n only
    assert [o["id"] for o in out] == ["a", 2, "c", "d", "e", 6, 8, 9, 10, "k"]
    assert [t["value"] for t in out[0]["timexes"]] == ["2025-09-22"]
    assert [t["value"] for t in out[2]["timexes"]] == ["2024-03-03"]
    assert [t["value"] for t in out[9]["timexes"]] == ["2025-09-22"]
    assert [(o.get("line"), o.get("error")) for o in out if "error" in o] == [
        (2, "not valid JSON (Expecting value at column 1)"),
        (4, "unknown language code 'xx' (known: ar, de, en, es, fr, ru, vi, zh)"),
        (5, "document_date: '2025-13-01' is not a date or date-time (ISO 8601)"),
        (6, "not valid UTF-8 (bad byte at offset 0)"),
        (8, 'expected an object with a "text" string'),
        (9, 'expected an object with a "text" string'),
        (10, '"lang" must be a language code, not 5'),
    ]


def test_tag_jsonl_names_an_unsupported_language_on_its_line():
    line = {"id": 1, "text": "Il governo italiano ha annunciato che il nuovo piano sarà presentato il 15 aprile."}
    result = run("tag", "--jsonl", "-", input=json.dumps(line) + "\n")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "id": 1, "line": 1,
        "error": "looks like Italian (it), which is not supported: use --lang to force one of ar, de, en, es, fr, "
                 "ru, vi, zh"}


def test_tag_jsonl_file_that_does_not_exist(tmp_path):
    result = run("tag", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 1
    assert result.stderr == f"timeline: {tmp_path / 'nope.jsonl'}: no such file\n"


# ------------------------------------------------------------------------------------------ languages


@pytest.mark.parametrize(
    "text, named",
    [
        ("ROMA, 12 marzo 2026 — Il governo italiano ha annunciato che il nuovo piano per le infrastrutture sarà "
         "presentato il 15 aprile, dopo una lunga discussione con le regioni.", "Italian (it)"),
        ("LISBOA, 12 de março de 2026 — O governo português anunciou que o novo plano de infraestruturas será "
         "apresentado no dia 15 de abril, depois de uma longa discussão com as autarquias.", "Portuguese (pt)"),
        ("Η κυβέρνηση ανακοίνωσε ότι το νέο σχέδιο για τις υποδομές θα παρουσιαστεί στις 15 Απριλίου.", "Greek (el)"),
        ("Hükümet, yeni altyapı planının uzun bir tartışmanın ardından 15 Nisan'da sunulacağını açıkladı.",
         "Turkish (tr)"),
    ],
)
def test_a_language_without_a_resource_file_is_named_and_nothing_is_written(tmp_path, text, named):
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    result = run("export", str(article), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == (f"timeline: {article}: looks like {named}, which is not supported: use --lang to force "
                             "one of ar, de, en, es, fr, ru, vi, zh\n")
    assert not (tmp_path / "out").exists()


def test_forcing_a_language_reads_the_text_anyway(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("Il governo ha annunciato il piano il 15 aprile 2026 a Roma, dopo la riunione.\n",
                       encoding="utf-8")
    result = run("extract", str(article), "--lang", "fr")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_a_short_text_says_its_language_is_a_guess(tmp_path):
    article = tmp_path / "short.txt"
    article.write_text("22 сентября 2025\n", encoding="utf-8")
    result = run("tag", str(article))
    assert result.exit_code == 0
    assert result.stderr == f"timeline: {article}: unsure of the language, read as Russian (ru); use --lang to choose\n"
    assert [t["value"] for t in json.loads(result.stdout)] == ["2025-09-22"]


def test_letters_of_no_supported_script(tmp_path):
    article = tmp_path / "greek.txt"
    article.write_text("Η κυβέρνηση\n", encoding="utf-8")
    result = run("extract", str(article))
    assert result.exit_code == 1
    assert result.stderr == (f"timeline: {article}: cannot detect the language: its letters are in the script of "
                             "none of ar, de, en, es, fr, ru, vi, zh (use --lang)\n")


# ------------------------------------------------------------------------------------------ years 1–9999


@pytest.mark.parametrize("value", ["0001-06-01", "9998-01-01", "9999-12-31"])
def test_a_document_date_outside_the_anchorable_years_is_a_usage_error(value):
    result = run("extract", str(SEED), "--document-date", value)
    assert result.exit_code == 2
    assert result.stderr == (f"timeline: --document-date: {value} is outside the document dates the tagger can "
                             "anchor to (0002-01-01 to 9997-12-31)\n")


def test_a_metadata_date_outside_the_anchorable_years(tmp_path):
    article = tmp_path / "a.en.txt"
    article.write_text("The summit opens on 3 March in Paris.\n", encoding="utf-8")
    (tmp_path / "a.en.meta.json").write_text('{"document_date": "9999-01-01"}', encoding="utf-8")
    result = run("extract", str(article))
    assert result.exit_code == 1
    assert result.stderr == (f"timeline: {tmp_path / 'a.en.meta.json'}: 9999-01-01 is outside the document dates "
                             "the tagger can anchor to (0002-01-01 to 9997-12-31)\n")


def test_a_url_date_outside_the_anchorable_years_is_no_document_date(tmp_path):
    article = tmp_path / "a.en.txt"
    article.write_text("The summit opens on 3 March in Paris.\nhttps://example.org/9999/12/31/summit\n",
                       encoding="utf-8")
    result = run("tag", str(article), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert [t["value"] for t in json.loads(result.stdout)] == ["XXXX-03-03"]


def test_the_last_document_date_exports_every_event(tmp_path):
    article = tmp_path / "a.en.txt"
    article.write_text("The summit will open on 31 December in Hanoi and the talks will be held on 1 January.\n",
                       encoding="utf-8")
    result = run("export", str(article), "--document-date", "9997-12-31", "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.stderr
    ics = (tmp_path / "o" / "a.en.ics").read_text(encoding="utf-8")
    assert [line for line in ics.splitlines() if line.startswith("DTSTART")] == [
        "DTSTART;VALUE=DATE:99971231", "DTSTART;VALUE=DATE:99980101"]


def test_tag_jsonl_document_date_outside_the_anchorable_years():
    line = {"id": 1, "text": "tomorrow", "lang": "en", "document_date": "9999-12-31T10:00:00"}
    result = run("tag", "--jsonl", "-", input=json.dumps(line) + "\n")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"] == ("document_date: 9999-12-31 is outside the document dates the "
                                                  "tagger can anchor to (0002-01-01 to 9997-12-31)")


def test_an_event_past_the_last_exportable_day_stays_a_time_expression():
    import datetime as dt

    from timeline.model import Document
    from timeline.pipeline import build_timeline

    doc = Document(id="a", text="The summit will be held on 5 December in Paris and on 5 May.", language="en",
                   document_date=dt.date(9999, 6, 1))
    timeline = build_timeline([doc])
    assert [t.value for t in timeline.sources[0].timexes] == ["XXXX-12-05", "9999-05-05"]
    assert [e.start.isoformat() for e in timeline.events] == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("at 10pm", "9999-12-31T22:00"),  # passed, and the next one would fall after 9999: the day said stays
        ("at 3:18 on Friday", "XXXX-XX-XXT03:18"),
    ],
)
def test_a_clock_time_read_forward_at_the_end_of_the_calendar(text, value):
    import datetime as dt

    from timeline.tagger import tag

    result = tag(text, "en", dt.datetime(9999, 12, 31, 23, 59), prefer="future")
    assert [t.value for t in result.timexes] == [value]


# ------------------------------------------------------------------------------------------ size


def test_a_file_over_max_size_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"On 3 March 2026 the summit opened. " * 40_000)  # 1.4 MB
    result = run("export", str(big), "--out", str(tmp_path / "out"), "--max-size", "1")
    assert result.exit_code == 1
    assert result.stderr == (f"timeline: {big}: 1.4 MB is more than the limit of 1 MB; split the text, or raise the "
                             "limit with --max-size\n")
    assert not (tmp_path / "out").exists()


def test_a_long_text_gets_the_offsets_and_values_of_its_parts(tmp_path):
    """Analysed in blocks, a long text gives each expression the offsets and value it has in the whole text."""
    import datetime as dt

    from timeline.model import Document
    from timeline.pipeline import build_timeline, tag_document
    from timeline.text.blocks import BLOCK_CHARS

    paragraph = "The summit opens on 3 March 2026 in Paris and closes on 5 March.\n\n"
    text = paragraph * (2 * BLOCK_CHARS // len(paragraph) + 3)
    doc = Document(id="long", text=text, language="en", document_date=dt.date(2026, 1, 10))
    result = tag_document(doc)
    count = text.count(paragraph)
    assert len(result.timexes) == 2 * count
    assert all(text[t.start:t.end] == t.text for t in result.timexes)
    assert [t.start for t in result.timexes[-2:]] == [len(text) - len(paragraph) + 20, len(text) - len(paragraph) + 56]
    assert {t.value for t in result.timexes} == {"2026-03-03", "2026-03-05"}
    timeline = build_timeline([doc])
    assert timeline.sources[0].timexes == result.timexes
    assert timeline.events[0].mentions[-1].start == len(text) - len(paragraph) + 20


def test_progress_shows_on_a_terminal_only(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    from timeline.text.blocks import BLOCK_CHARS

    article = tmp_path / "long.en.txt"
    article.write_text("The summit opens on 3 March 2026 in Paris.\n\n" * (BLOCK_CHARS // 40), encoding="utf-8")
    command = [sys.executable, "-c", "from timeline.cli import app; app()", "tag", str(article), "--lang", "en"]
    leader, follower = pty.openpty()
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    shown = os.read(leader, 10_000).decode()
    os.close(leader)
    assert proc.returncode == 0
    total = len(article.read_text(encoding="utf-8")) / 1e6
    assert shown.endswith(f"\rtimeline: {article}: 100% ({total:.1f} of {total:.1f} million characters)\r\n")
    assert shown.startswith(f"\rtimeline: {article}: ")
    piped = subprocess.run(command, capture_output=True)
    assert piped.returncode == 0 and piped.stderr == b""


def test_a_timed_event_over_two_thousand_years_lists_only_the_onsets_of_its_own_years():
    """An edited event from 2025 to 4050 once made the ICS writer list every onset between (40 s, 2,000 years)."""
    import datetime as dt

    from timeline.export.ics import render_ics
    from timeline.model import Event, Place, Timeline

    new_york = Place("New York City", "US", 40.71427, -74.00597, "America/New_York", 5128581)
    event = Event("long", "Long talks", dt.date(2025, 9, 22), dt.date(4050, 9, 22), "time", "en", new_york, (),
                  dt.time(10), dt.time(11, 30))
    lines = render_ics(Timeline("T", "en", (event,))).decode().splitlines()
    assert "DTSTART;TZID=America/New_York:20250922T100000" in lines
    assert "DTEND;TZID=America/New_York:40500922T113000" in lines
    onsets = [line.removeprefix("DTSTART:")[:4] for line in lines if line.startswith("DTSTART:")]
    assert sorted(set(onsets)) == ["2025", "4050"]
    assert len(onsets) == 6  # each year: the offset on 1 January, then the two changes


@pytest.mark.parametrize("size, limit, said", [
    (5_130, "0.001", "0.00513 MB is more than the limit of 0.001 MB"),
    (1_040_000, "1", "1.04 MB is more than the limit of 1 MB"),
])
def test_the_sizes_refused_are_told_apart(tmp_path, size, limit, said):
    text = tmp_path / "a.txt"
    text.write_bytes(b"x" * size)
    result = run("export", str(text), "--out", str(tmp_path / "out"), "--max-size", limit)
    assert (result.exit_code, result.stderr) == (1, f"timeline: {text}: {said}; split the text, or raise the limit "
                                                    "with --max-size\n")
