"""A person corrects the machine: export → edit the JSON by hand → export again gives the edited calendar and page."""

from __future__ import annotations

import json

import icalendar
import pytest
from typer.testing import CliRunner

from timeline.cli import app

from conftest import SEED

runner = CliRunner()
NAME = "hanoi-cybercrime-convention.ar"


def _export_json(tmp_path):
    result = runner.invoke(app, ["export", str(SEED), "--out", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return tmp_path / f"{NAME}.json"


def test_edited_title_and_date_reach_the_ics_and_html(tmp_path):
    path = _export_json(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    road = next(e for e in data["events"] if e["start"] == "2025-09-22")
    road["title"] = "The Road to Hanoi (UN Headquarters)"
    road["start"] = road["end"] = "2025-09-23"
    data["events"][0]["reviewer_note"] = "kept as is"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    out = tmp_path / "again"
    result = runner.invoke(app, ["export", str(edited), "--out", str(out)], env={"SOURCE_DATE_EPOCH": "1767225600"})
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["edited.html", "edited.ics", "edited.json"]

    cal = icalendar.Calendar.from_ical((out / "edited.ics").read_bytes())
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    event = events["The Road to Hanoi (UN Headquarters)"]
    assert event.decoded("DTSTART").isoformat() == "2025-09-23"
    assert event.decoded("DTEND").isoformat() == "2025-09-24"
    assert int(event["SEQUENCE"]) == 1  # calendars that hold the event take the update
    assert len(events) == 3

    page = (out / "edited.html").read_text(encoding="utf-8")
    assert "The Road to Hanoi (UN Headquarters)" in page
    again = json.loads((out / "edited.json").read_text(encoding="utf-8"))
    assert again["events"][0]["reviewer_note"] == "kept as is"
    assert [e["sequence"] for e in again["events"] if e["start"] == "2025-09-23"] == [1]


def test_the_uid_survives_an_edit(tmp_path):
    path = _export_json(tmp_path)
    first = runner.invoke(app, ["export", str(path), "--out", str(tmp_path / "a"), "--format", "ics"])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["events"][2]["title"] = "Signing ceremony"
    path.write_text(json.dumps(data), encoding="utf-8")
    second = runner.invoke(app, ["export", str(path), "--out", str(tmp_path / "b"), "--format", "ics"])
    assert first.exit_code == second.exit_code == 0

    def uids(folder):
        cal = icalendar.Calendar.from_ical((tmp_path / folder / f"{NAME}.ics").read_bytes())
        return sorted(str(e["UID"]) for e in cal.walk("VEVENT"))

    assert uids("a") == uids("b")


def test_malformed_json_gives_one_line_and_writes_nothing(tmp_path):
    path = _export_json(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", str(path), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"timeline: {path}: not valid JSON: ")
    assert result.stderr.count("\n") == 1
    assert not out.exists()


def test_invalid_edit_names_the_field(tmp_path):
    path = _export_json(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["events"][1]["start"] = "2025-02-30"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["export", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"timeline: {path}: events[1].start: '2025-02-30' is not a date YYYY-MM-DD\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "America/N" + "\u00ff" * 300 + "ew_York", "../../etc/passwd"])
def test_an_edited_time_zone_the_tz_database_lacks_is_named(tmp_path, zone):
    path = _export_json(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    placed = next(i for i, e in enumerate(data["events"]) if e.get("place"))
    data["events"][placed]["place"]["timezone"] = zone
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["export", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == (f"timeline: {path}: events[{placed}].place.timezone: {zone[:60]!r} is not a time zone of "
                             "the tz database (such as 'Europe/Paris')\n")
    assert not (tmp_path / "out").exists()
