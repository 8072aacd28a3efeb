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
