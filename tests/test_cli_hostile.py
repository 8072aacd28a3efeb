"""The command line against hostile input: names that try to leave the output folder, bad lines among good ones,
languages the tagger does not know, very large inputs, years outside 1–9999."""

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
