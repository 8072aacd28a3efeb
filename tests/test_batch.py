"""timeline batch: inputs, outputs, errors.jsonl, the story; killed with SIGKILL and resumed; on a Dask cluster."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline import batch
from timeline.cli import app

runner = CliRunner()
TIMELINE = [str(Path(sys.executable).parent / "timeline")]
WEBPAGE = Path(__file__).resolve().parent / "data" / "webpages" / "summit.en.html"

#: Short articles with one dated happening each (day d of March 2026).
ARTICLE = ("Ministers met in Lisbon on {day} March 2026 to discuss the water treaty, the foreign ministry said in a "
           "statement published on its website.\n")


def articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"a{n:02d}.txt"
        path.write_text(ARTICLE.format(day=(n - 1) % 28 + 1), encoding="utf-8")
        (folder / f"a{n:02d}.meta.json").write_text(json.dumps({"language": "en", "document_date": "2026-03-30"}))
        paths.append(path)
    return paths


def test_work_items_give_unique_ids_and_names_and_list_bad_lines(tmp_path):
    articles(tmp_path / "news", 2)
    (tmp_path / "news" / "sub").mkdir()
    (tmp_path / "news" / "sub" / "a01.txt").write_text(ARTICLE.format(day=3), encoding="utf-8")
    lines = tmp_path / "more.jsonl"
    lines.write_text('{"id": "x/1", "text": "On 4 March 2026 ministers met.", "lang": "en"}\n'
                     "not json\n\n"
                     '{"text": "On 5 March 2026 ministers met.", "lang": "en"}\n'
                     '{"id": "x/1", "text": "again"}\n'
                     '{"id": "y", "text": 3}\n'
                     '{"id": "../../etc/passwd", "text": "x"}\n', encoding="utf-8")
    items, bad = batch.work_items([tmp_path / "news", lines, tmp_path / "missing.txt"])
    assert [(i.id, i.name, i.line) for i in items] == [
        ("news/a01", "news__a01", None), ("news/a02", "news__a02", None), ("news/sub/a01", "news__sub__a01", None),
        ("x/1", "x__1", 1), ("more:4", "more-4", 4), ("x/1-2", "x__1-2", 5),
        ("../../etc/passwd", "__..__etc__passwd", 7)]
    assert [(i.id, reason) for i, reason in bad] == [
        ("more:2", f"{lines}: line 2: not valid JSON (Expecting value)"),
        ("more:6", f"{lines}: line 6: expected an object with a \"text\" string"),
        ("missing.txt", f"{tmp_path / 'missing.txt'}: no such file or folder")]


def test_batch_writes_each_document_the_errors_and_the_story(tmp_path):
    articles(tmp_path / "news", 3)
    (tmp_path / "news" / "empty.txt").write_text("", encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text(json.dumps({"id": "page", "text": WEBPAGE.read_text(encoding="utf-8")}) + "\n"
                     + json.dumps({"id": "bad-date", "text": "On 4 March ministers met.", "lang": "en",
                                   "document_date": "2026-02-30"}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["batch", str(tmp_path / "news"), str(lines), "--out", str(out), "--workers", "1",
                                 "--format", "json,ics", "--story", "lisbon", "--dates", "2"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("6 documents: 4 done, 2 failed (see "), result.stdout
    assert result.stdout.endswith(f"story: {out / 'lisbon.ics'}, {out / 'lisbon.json'}\n")
    names = sorted(p.name for p in (out / "documents").iterdir())
    assert names == [f"{n}.{ext}" for n in ("news__a01", "news__a02", "news__a03", "page") for ext in ("ics", "json")]
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [
        {"id": "news/empty", "path": str(tmp_path / "news" / "empty.txt"),
         "reason": f"{tmp_path / 'news' / 'empty.txt'}: the file is empty"},
        {"id": "bad-date", "path": str(lines), "line": 2,
         "reason": f"{lines}: line 2: document_date '2026-02-30' is not a date (expected YYYY-MM-DD)"}]
    page = json.loads((out / "documents" / "page.json").read_text(encoding="utf-8"))
    assert page["sources"][0]["document_date"] == "2026-03-14"
    assert page["sources"][0]["document_date_source"] == "page"
    assert [e["start"] for e in page["events"]] == ["2025-11-30", "2026-03-11", "2026-03-13", "2026-04-05",
                                                  "2026-04-22", "2026-05-01"]
    story = json.loads((out / "lisbon.json").read_text(encoding="utf-8"))
    assert len(story["key_dates"]) == 2
    assert all(e["salience"] is not None for e in story["events"])
    assert len(story["sources"]) == 4


def test_a_folder_that_holds_a_job_needs_resume(tmp_path):
    articles(tmp_path / "news", 1)
    out = tmp_path / "out"
    first = runner.invoke(app, ["batch", str(tmp_path / "news"), "--out", str(out), "--workers", "1", "-f", "json"])
    assert first.exit_code == 0, first.stderr
    again = runner.invoke(app, ["batch", str(tmp_path / "news"), "--out", str(out), "--workers", "1", "-f", "json"])
    assert again.exit_code == 1
    assert again.stderr == (f"timeline: {out}: holds a batch job already; add --resume to finish it, or choose "
                            "another --out\n")
    resumed = runner.invoke(app, ["batch", str(tmp_path / "news"), "--out", str(out), "--resume", "-f", "json"])
    assert resumed.exit_code == 0
    assert resumed.stdout.startswith("1 documents: 1 done, 0 failed, 1 from an earlier run; 0.0 documents/s")


def _statuses(out: Path) -> dict[str, str]:
    db = sqlite3.connect(out / batch.STATE_FILE)
    try:
        return dict(db.execute("SELECT id, status FROM documents"))
    finally:
        db.close()


def _whole(path: Path) -> bool:
    data = path.read_bytes()
    if path.suffix == ".json":
        json.loads(data)
        return True
    return data.endswith(b"END:VCALENDAR\r\n")


def test_killed_with_sigkill_and_resumed_every_document_has_exactly_one_result(tmp_path):
    """A batch of 40 documents (2 of them failing) is killed with SIGKILL, with its worker processes, once some
    outcomes are recorded; --resume finishes it: every document done or failed exactly once, every file whole, no
    temporary file left, errors.jsonl lists each failure once."""
    news = tmp_path / "news"
    articles(news, 38)
    (news / "bad1.txt").write_bytes(b"\x00\x01binary")
    (news / "bad2.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    command = TIMELINE + ["batch", str(news), "--out", str(out), "--workers", "2", "--format", "json,ics"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 180  # a loaded 2-core machine starts slowly; the loop ends at the 3rd outcome
        recorded = 0
        while time.monotonic() < deadline and process.poll() is None:
            if (out / batch.STATE_FILE).exists():
                try:
                    recorded = sum(1 for s in _statuses(out).values() if s != "pending")
                except sqlite3.OperationalError:
                    recorded = 0
                if recorded >= 3:
                    break
            time.sleep(0.05)
        assert process.poll() is None, "the batch ended before it could be killed"
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    before = _statuses(out)
    assert 3 <= sum(1 for s in before.values() if s != "pending") < 40
    for path in (out / "documents").glob("[!.]*"):
        assert _whole(path), path
    resumed = subprocess.run(command + ["--resume"], capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    earlier = sum(1 for s in before.values() if s != "pending")
    assert f"40 documents: 38 done, 2 failed (see {out / 'errors.jsonl'}), {earlier} from an earlier run" \
        in resumed.stdout
    after = _statuses(out)
    assert sorted(after.values()) == ["done"] * 38 + ["failed"] * 2
    assert {k: v for k, v in before.items() if v != "pending"} == {k: after[k] for k, v in before.items() if v != "pending"}
    files = sorted(p.name for p in (out / "documents").iterdir())
    assert files == sorted(f"news__a{n:02d}.{ext}" for n in range(1, 39) for ext in ("ics", "json"))
    assert all(_whole(out / "documents" / name) for name in files)
    assert not list(out.rglob("*.tmp"))
    errors = [json.loads(line)["id"] for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == ["news/bad1", "news/bad2"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_batch_on_a_dask_cluster(tmp_path):
    """A real scheduler and two worker processes on localhost; the job runs on them and gives the same files as
    local processes."""
    pytest.importorskip("distributed")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    bin_dir = Path(sys.executable).parent
    dask = str(bin_dir / "dask") if (bin_dir / "dask").exists() else "dask"
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    worker = subprocess.Popen([dask, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard",
                               "--local-directory", str(tmp_path / "dask")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        from distributed import Client

        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=max(1, deadline - time.monotonic()))
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        news = tmp_path / "news"
        articles(news, 6)
        (news / "bad.txt").write_text("", encoding="utf-8")
        on_dask = subprocess.run(TIMELINE + ["batch", str(news), "--out", str(tmp_path / "dask-out"), "--dask",
                                             address, "-f", "json"], capture_output=True, text=True, timeout=120)
        assert on_dask.returncode == 0, on_dask.stderr
        assert on_dask.stdout.startswith("7 documents: 6 done, 1 failed")
        local = runner.invoke(app, ["batch", str(news), "--out", str(tmp_path / "local-out"), "-w", "1", "-f", "json"])
        assert local.exit_code == 0
        for n in range(1, 7):
            name = f"news__a{n:02d}.json"
            assert (tmp_path / "dask-out" / "documents" / name).read_bytes() == \
                (tmp_path / "local-out" / "documents" / name).read_bytes()
        assert (tmp_path / "dask-out" / "errors.jsonl").read_text() == (tmp_path / "local-out" / "errors.jsonl").read_text()
    finally:
        for process in (worker, scheduler):
            os.killpg(process.pid, signal.SIGTERM)
        for process in (worker, scheduler):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def test_an_unreachable_dask_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed")
    articles(tmp_path / "news", 1)
    port = _free_port()
    result = runner.invoke(app, ["batch", str(tmp_path / "news"), "--out", str(tmp_path / "out"),
                                 "--dask", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"timeline: --dask tcp://127.0.0.1:{port}: cannot reach the scheduler")
    assert result.stderr.count("\n") == 1
