"""The command line as a user meets it: outputs, and one clear stderr line for every bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from timeline import __version__
from timeline.cli import app

from conftest import SEED

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"timeline {__version__}\n"


def test_export_writes_the_three_formats(tmp_path):
    result = run("export", str(SEED), "--out", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["hanoi-cybercrime-convention.ar.html", "hanoi-cybercrime-convention.ar.ics",
                     "hanoi-cybercrime-convention.ar.json"]
    assert result.stdout.splitlines() == [str(tmp_path / n) for n in
                                          ("hanoi-cybercrime-convention.ar.ics", "hanoi-cybercrime-convention.ar.html",
                                           "hanoi-cybercrime-convention.ar.json")]


def test_export_one_format_and_directory_plotlyjs(tmp_path):
    result = run("export", str(SEED), "--out", str(tmp_path), "--format", "html", "--plotlyjs", "directory")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hanoi-cybercrime-convention.ar.html", "plotly.min.js"]


def test_extract_prints_events_and_timexes():
    result = run("extract", str(SEED))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{SEED}  language=ar  document date=2025-09-25 (url)"
    assert "Events (3)" in lines
    assert "Time expressions (12)" in lines
    assert any(line.strip().startswith("2025-10-25 – 2025-10-26") and "Hanoi, VN (Asia/Ho_Chi_Minh)" in line
               for line in lines)
    assert "    3186-3200   DATE      2025 START             بداية عام 2025" in lines


def test_extract_json_is_the_timeline():
    result = run("extract", str(SEED), "--json")
    data = json.loads(result.stdout)
    assert data["schema"] == "timeline/1"
    assert [e["start"] for e in data["events"]] == ["2025-01-01", "2025-09-22", "2025-10-25"]


def test_document_date_option_overrides_the_url(tmp_path):
    result = run("tag", str(SEED), "--document-date", "2026-01-10")
    timexes = json.loads(result.stdout)
    assert [t["value"] for t in timexes if t["text"] == "22 سبتمبر/أيلول"] == ["2025-09-22"]
    # "في وقت سابق" (earlier) puts the date in the past: the last 22 September before the document date
    result = run("tag", str(SEED), "--document-date", "2027-09-20")
    assert [t["value"] for t in json.loads(result.stdout) if t["text"] == "22 سبتمبر/أيلول"] == ["2026-09-22"]
    result = run("tag", str(SEED), "--document-date", "2027-09-30")
    assert [t["value"] for t in json.loads(result.stdout) if t["text"] == "22 سبتمبر/أيلول"] == ["2027-09-22"]


def test_tag_json_has_offsets_values_and_intervals():
    result = run("tag", str(SEED))
    assert result.exit_code == 0, result.stderr
    timexes = json.loads(result.stdout)
    assert len(timexes) == 12
    assert timexes[2] == {"start": 565, "end": 580, "text": "22 سبتمبر/أيلول", "type": "DATE", "value": "2025-09-22",
                          "mod": None, "interval": {"begin": "2025-09-22T00:00:00", "end": "2025-09-23T00:00:00"}}
    assert "interval" not in timexes[3]  # FUTURE_REF denotes no calendar interval


def test_tag_timeml_wraps_the_text():
    result = run("tag", str(SEED), "--format", "timeml")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-09-25"' in out
    assert '<TIMEX3 tid="t12" type="DATE" value="2025" mod="START">بداية عام 2025</TIMEX3>' in out
    assert out.count("<TIMEX3 ") == 13


def test_tag_jsonl_keeps_order_and_ids():
    lines = [
        {"id": "a", "text": "from 25 to 26 October 2025", "lang": "en"},
        {"id": "b", "text": "yesterday", "lang": "en", "document_date": "2013-02-12T04:30:00-02:00"},
        {"id": "c", "text": "في 22 سبتمبر", "lang": "ar", "document_date": "2025-09-25"},
    ]
    result = run("tag", "--jsonl", "-", input="".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert [t["value"] for t in out[0]["timexes"]] == ["2025-10-25", "2025-10-26"]
    assert [t["value"] for t in out[1]["timexes"]] == ["2013-02-11"]
    assert [t["value"] for t in out[2]["timexes"]] == ["2025-09-22"]


def test_tag_jsonl_puts_a_zoned_time_on_the_clock_of_an_aware_document_date():
    lines = [{"text": "Thursday 8:00 GMT", "lang": "en", "document_date": date}
             for date in ("2013-02-12T04:30:00-02:00", "2013-02-12T04:30:00")]
    result = run("tag", "--jsonl", "-", input="".join(json.dumps(x) + "\n" for x in lines))
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line)["timexes"][0] for line in result.stdout.splitlines()]
    assert [t["value"] for t in out] == ["2013-02-07T08:00Z", "2013-02-07T08:00Z"]
    assert [t["interval"]["begin"] for t in out] == ["2013-02-07T06:00:00", "2013-02-07T08:00:00"]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty"),
        (b"  \n\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes), not UTF-8 text"),
        ("تاريخ 22 سبتمبر".encode("cp1256"), "not valid UTF-8 text (bad byte at offset 0); convert it to UTF-8"),
        (b"<!DOCTYPE html><html><body><p>On 22 September</p></body></html>",
         "the page holds no article text (only navigation, links or markup)"),
        (b"<html><body><nav><a href='/a'>Home</a> <a href='/b'>World</a> <a href='/c'>Sport</a></nav>"
         b"<ul><li><a href='/x'>Storm on 12 March</a></li><li><a href='/y'>Vote on 7 June</a></li></ul></body></html>",
         "the page holds no article text (only navigation, links or markup)"),
    ],
)
def test_bad_input_files_give_one_line_and_no_output(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = run("export", str(bad), "--out", str(out), "--lang", "en")
    assert result.exit_code == 1
    assert result.stderr == f"timeline: {bad}: {message}\n"
    assert result.stdout == ""
    assert not out.exists()


def test_missing_file(tmp_path):
    result = run("export", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr == f"timeline: {tmp_path / 'nope.txt'}: no such file\n"
    assert not (tmp_path / "out").exists()


def test_unknown_language_code(tmp_path):
    result = run("export", str(SEED), "--lang", "xx", "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"timeline: {SEED}: unknown language code 'xx' (known: ")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_text_without_letters_cannot_be_detected(tmp_path):
    numbers = tmp_path / "numbers.txt"
    numbers.write_text("2025 1234 5678\n", encoding="utf-8")
    result = run("extract", str(numbers))
    assert result.exit_code == 1
    assert result.stderr == f"timeline: {numbers}: cannot detect the language: the text has no letters (use --lang)\n"


@pytest.mark.parametrize("value", ["2025-02-30", "25/09/2025", "tomorrow"])
def test_impossible_document_date(value):
    result = run("extract", str(SEED), "--document-date", value)
    assert result.exit_code == 2
    assert result.stderr == (f"timeline: --document-date: {value!r} is not a valid date "
                             "(expected YYYY-MM-DD, e.g. 2025-09-25)\n")


def test_unknown_format(tmp_path):
    result = run("export", str(SEED), "--format", "ics,pdf", "--out", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert result.stderr == "timeline: --format: unknown format pdf (choose from ics, html, json, timelinejs)\n"
    assert not (tmp_path / "o").exists()


def test_failed_run_leaves_previous_output_untouched(tmp_path):
    assert run("export", str(SEED), "--out", str(tmp_path), "--format", "json").exit_code == 0
    before = (tmp_path / "hanoi-cybercrime-convention.ar.json").read_bytes()
    result = run("export", str(SEED), "--out", str(tmp_path), "--format", "json", "--lang", "zz")
    assert result.exit_code == 1
    assert (tmp_path / "hanoi-cybercrime-convention.ar.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hanoi-cybercrime-convention.ar.json"]


def test_meta_file_with_bad_json(tmp_path):
    article = tmp_path / "a.en.txt"
    article.write_text("The summit opens on 3 March 2026 in Paris.\n", encoding="utf-8")
    (tmp_path / "a.en.meta.json").write_text("{not json", encoding="utf-8")
    result = run("extract", str(article))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"timeline: {tmp_path / 'a.en.meta.json'}: not valid JSON (")
    assert result.stderr.count("\n") == 1


def test_export_into_a_file_instead_of_a_folder_is_one_line(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("a file, not a folder\n", encoding="utf-8")
    result = run("export", str(SEED), "--out", str(blocker / "sub"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"timeline: {blocker / 'sub'}: cannot create the output folder (Not a directory)"]
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder\n"


_DUCKLING_CASES = [
    {"lang": "en", "text": "tomorrow", "ref": "2013-02-12T04:30:00", "tz_offset": "-02:00", "kind": "instant",
     "start": "2013-02-13T00:00:00", "end": None, "grain": "day"},
    {"lang": "en", "text": "last year", "ref": "2013-02-12T04:30:00", "tz_offset": "-02:00", "kind": "instant",
     "start": "2013-01-01T00:00:00", "end": None, "grain": "year"},
]


def test_evaluate_duckling_scores_a_folder_of_cases(tmp_path):
    (tmp_path / "en.json").write_text(json.dumps(_DUCKLING_CASES), encoding="utf-8")
    result = run("evaluate", "duckling", str(tmp_path), "--no-baseline", "-v")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    # "last year" from 2013-02-12 is 2012, not 2013: one of the two cases is right
    assert lines[1].split()[:4] == ["en", "2", "1", "50.0"]
    assert any(line.startswith('FAIL en "last year" instant/year expected') for line in lines)


def test_evaluate_duckling_without_case_files(tmp_path):
    result = run("evaluate", "duckling", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"timeline: {tmp_path}: no Duckling case file (<lang>.json)")


def test_an_error_nobody_foresaw_is_one_line_with_status_70(tmp_path, monkeypatch):
    """The console script's last line of defence (timeline.cli.run): a broken resource file or a bug is one line."""
    import subprocess
    import sys

    article = tmp_path / "a.en.txt"
    article.write_text("The summit opens on 3 March 2026.\n", encoding="utf-8")
    script = ("import sys, timeline.pipeline as p\n"
              "def broken(*a, **k): raise RuntimeError('boom')\n"
              "p.build_timeline = broken\n"
              "sys.argv = ['timeline', 'extract', sys.argv[1], '--lang', 'en']\n"
              "from timeline.cli import run; run()\n")
    env = {k: v for k, v in __import__("os").environ.items() if k != "TIMELINE_DEBUG"}
    done = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True, env=env)
    assert done.returncode == 70
    assert done.stderr.splitlines() == [
        "timeline: internal error: RuntimeError: boom (please report it; TIMELINE_DEBUG=1 shows where)"]
    debug = subprocess.run([sys.executable, "-c", script, str(article)], capture_output=True, text=True,
                           env={**env, "TIMELINE_DEBUG": "1"})
    assert debug.returncode == 1 and "Traceback" in debug.stderr
