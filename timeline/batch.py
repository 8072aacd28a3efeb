"""Many documents at once: each document's exports, a list of failures, and a story timeline merged from them all.

The job's state is a SQLite database in the output folder (``.timeline-batch.sqlite``): one row per document,
pending until its outcome is recorded, then ``done`` (with its analysis, for the story) or ``failed`` (with the
reason). Files are written through a temporary file and a rename before the row is committed, so a run killed at
any moment (even by SIGKILL) leaves whole files only; ``resume`` takes the pending rows again and nothing that is
recorded is done twice. ``errors.jsonl`` is rewritten from the database (atomically) as failures come in.

Documents are analysed by a pool of worker processes on this machine or by the workers of a Dask cluster; they
return bytes and never touch the output folder, which only this process writes (a cluster's workers need not
share its disk).
"""

from __future__ import annotations

import concurrent.futures as cf
import concurrent.futures.process
import datetime as dt
import json
import pickle
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from timeline.documents import InputError, document_from_text, read_document
from timeline.fileio import UnsafePathError, atomic_write, path_inside, safe_name
from timeline.model import Document, Source, Timeline

STATE_FILE = ".timeline-batch.sqlite"
ERRORS_FILE = "errors.jsonl"
DOCUMENTS_DIR = "documents"
#: File endings read as articles when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)


class BatchError(Exception):
    """The batch cannot run (bad input list, an output folder that holds another job); one sentence."""


@dataclass(frozen=True)
class WorkItem:
    """One document of the job: a file, or one line of a JSON-lines file (``line`` counts from 1)."""

    id: str
    path: str
    line: int | None = None
    #: The output files' base name under ``documents/``: unique in the job, one plain file name.
    name: str = ""
    #: A JSON line's object, when the item is one; read again from ``path`` on resume.
    record: Mapping[str, Any] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Options:
    formats: tuple[str, ...] = ("ics", "html", "json")
    language: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What a worker returns for one item: the rendered files, or why it failed."""

    id: str
    files: Mapping[str, bytes] = field(default_factory=dict)
    analysis: tuple[Source, list] | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Report:
    total: int
    done: int
    failed: int
    #: Documents whose outcome an earlier run had recorded.
    earlier: int
    seconds: float
    story: tuple[Path, ...] = ()

    def summary(self, out: Path) -> str:
        rate = (self.done + self.failed - self.earlier) / self.seconds if self.seconds > 0 else 0.0
        failed = f"{self.failed} failed (see {out / ERRORS_FILE})" if self.failed else "0 failed"
        earlier = f", {self.earlier} from an earlier run" if self.earlier else ""
        return (f"{self.total} documents: {self.done} done, {failed}{earlier}; {rate:.1f} documents/s"
                + (f"; story: {', '.join(str(p) for p in self.story)}" if self.story else ""))


# ----------------------------------------------------------------------------------------------------------------
# Inputs


def _records(path: Path) -> Iterator[tuple[int, Mapping[str, Any] | None, str | None]]:
    """Each non-blank line of a JSON-lines file: (line number, object, None) or (line number, None, reason)."""
    try:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, None, f"line {number}: not valid JSON ({exc.msg})"
                    continue
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    yield number, None, f"line {number}: expected an object with a \"text\" string"
                    continue
                yield number, item, None
    except UnicodeDecodeError as exc:
        yield 0, None, f"not valid UTF-8 text (bad byte at offset {exc.start})"


def work_items(inputs: Sequence[Path]) -> tuple[list[WorkItem], list[tuple[WorkItem, str]]]:
    """The documents of ``inputs`` (files; folders, recursively, their .txt/.html/.htm files in name order; .jsonl
    files, one document a line) with unique ids and output names, and the items that fail before any work (an
    input that does not exist, a bad JSON line), each with its reason."""
    items: list[WorkItem] = []
    bad: list[tuple[WorkItem, str]] = []
    ids: set[str] = set()
    names: set[str] = set()

    def unique(value: str, taken: set[str], fold: bool = False) -> str:
        """``value``, else ``value-2``, ``value-3`` …: ids must differ, and output names must differ even on a
        file system that ignores case (``fold``)."""
        candidate, n = value, 1
        while (candidate.casefold() if fold else candidate) in taken:
            n += 1
            candidate = f"{value}-{n}"
        taken.add(candidate.casefold() if fold else candidate)
        return candidate

    def add(doc_id: str, path: Path, line: int | None = None, record: Mapping[str, Any] | None = None) -> None:
        doc_id = unique(doc_id, ids)
        name = unique(safe_name(doc_id.replace("/", "__"), "document"), names, fold=True)
        items.append(WorkItem(doc_id, str(path), line, name, record))

    for given in inputs:
        if given.is_dir():
            for path in sorted(p for p in given.rglob("*") if p.is_file()):
                suffix = path.suffix.lower()
                if suffix in ARTICLE_SUFFIXES:
                    rel = path.relative_to(given)
                    add((Path(given.resolve().name) / rel.with_suffix("")).as_posix(), path)
                elif suffix in JSONL_SUFFIXES:
                    _add_jsonl(path, add, bad, ids)
        elif given.suffix.lower() in JSONL_SUFFIXES and given.is_file():
            _add_jsonl(given, add, bad, ids)
        elif given.exists():
            add(given.name[: -len(given.suffix)] if given.suffix else given.name, given)
        else:
            item = WorkItem(given.name, str(given), name=given.name)
            bad.append((item, f"{given}: no such file or folder"))
    return items, bad


def _add_jsonl(path: Path, add: Callable[..., None], bad: list[tuple[WorkItem, str]], ids: set[str]) -> None:
    stem = path.name[: -len(path.suffix)]
    for number, record, reason in _records(path):
        if record is None:
            item_id = f"{stem}:{number}"
            ids.add(item_id)
            bad.append((WorkItem(item_id, str(path), number, safe_name(item_id)), f"{path}: {reason}"))
            continue
        given_id = record.get("id")
        add(str(given_id) if given_id not in (None, "") else f"{stem}:{number}", path, number, record)


def read_item(item: WorkItem, language: str | None) -> Document:
    """The document of a work item (a file read by :func:`read_document`, or a JSON line's fields)."""
    if item.line is None:
        return read_document(Path(item.path), language)
    record = item.record
    if record is None:  # a resumed job: read the line again
        record = next((r for n, r, _ in _records(Path(item.path)) if n == item.line and r is not None), None)
        if record is None:
            raise InputError(f"{item.path}: line {item.line} is gone or no longer a document")
    where = f"{item.path}: line {item.line}"
    day = record.get("document_date")
    document_date = None
    if day not in (None, ""):
        try:
            document_date = dt.date.fromisoformat(str(day)[:10])
        except ValueError:
            raise InputError(f"{where}: document_date {day!r} is not a date (expected YYYY-MM-DD)") from None
    url = record.get("url")
    return document_from_text(record["text"], item.id, where, language=record.get("lang") or language,
                              url=str(url) if url else None, document_date=document_date,
                              title=record.get("title"), path=item.path)


# ----------------------------------------------------------------------------------------------------------------
# One document (runs in a worker)


def process(item: WorkItem, options: Options) -> Outcome:
    """Read, analyse and render one document. Every failure becomes the outcome's reason: a worker never raises."""
    from timeline.export import render_exports
    from timeline.pipeline import analyse, default_title, merge_analyses

    try:
        doc = read_item(item, options.language)
        analysis = analyse(doc)
        timeline = merge_analyses([analysis], default_title([doc]))
        files = render_exports(timeline, options.formats, plotlyjs="directory")
        return Outcome(item.id, files, analysis)
    except InputError as exc:
        return Outcome(item.id, reason=str(exc))
    except Exception as exc:  # a bug must not stop the other documents; its line in errors.jsonl says what broke
        return Outcome(item.id, reason=f"{item.path}: internal error ({type(exc).__name__}: {exc})")


# ----------------------------------------------------------------------------------------------------------------
# State


class State:
    """The job's database in the output folder."""

    def __init__(self, out: Path):
        self.path = out / STATE_FILE
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS documents (id TEXT PRIMARY KEY, path TEXT NOT NULL, line INTEGER,"
                        " name TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', reason TEXT, analysis BLOB,"
                        " position INTEGER NOT NULL)")

    def close(self) -> None:
        self.db.close()

    def add(self, items: Iterable[WorkItem]) -> None:
        with self.db:
            start = self.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM documents").fetchone()[0]
            for n, item in enumerate(items):
                self.db.execute("INSERT OR IGNORE INTO documents (id, path, line, name, position) VALUES (?, ?, ?, ?, ?)",
                                (item.id, item.path, item.line, item.name, start + n))

    def pending(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT id FROM documents WHERE status = 'pending'")}

    def counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT status, COUNT(*) FROM documents GROUP BY status").fetchall())

    def record(self, doc_id: str, reason: str | None, analysis: Any = None) -> None:
        """The document's one result; a document already recorded keeps its first."""
        blob = pickle.dumps(analysis, protocol=pickle.HIGHEST_PROTOCOL) if analysis is not None else None
        with self.db:
            self.db.execute("UPDATE documents SET status = ?, reason = ?, analysis = ? WHERE id = ? AND status = 'pending'",
                            ("failed" if reason else "done", reason, blob, doc_id))

    def failures(self) -> list[tuple[str, str, int | None, str]]:
        return self.db.execute("SELECT id, path, line, reason FROM documents WHERE status = 'failed' "
                               "ORDER BY position").fetchall()

    def analyses(self) -> list[tuple[Source, list]]:
        """Every done document's analysis, in input order. Read only from this job's own database (pickle)."""
        return [pickle.loads(blob) for (blob,) in
                self.db.execute("SELECT analysis FROM documents WHERE status = 'done' ORDER BY position")]


def _write_errors(out: Path, state: State) -> None:
    lines = []
    for doc_id, path, line, reason in state.failures():
        entry = {"id": doc_id, "path": path}
        if line is not None:
            entry["line"] = line
        entry["reason"] = reason
        lines.append(json.dumps(entry, ensure_ascii=False) + "\n")
    target = out / ERRORS_FILE
    if lines or target.exists():
        atomic_write(target, "".join(lines))


def _remove_leftovers(folder: Path) -> None:
    """Temporary files a killed run left behind (``.<name>.<random>.tmp`` of atomic_write)."""
    if not folder.is_dir():
        return
    for leftover in folder.glob(".*.tmp"):
        try:
            leftover.unlink()
        except OSError:
            pass


def prepare_output(out: Path, resume: bool) -> None:
    """The output folder, ready for a new job or for resuming one; a folder holding another job is refused."""
    if (out / STATE_FILE).exists() and not resume:
        raise BatchError(f"{out}: holds a batch job already; add --resume to finish it, or choose another --out")
    try:
        (out / DOCUMENTS_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{out}: cannot create the output folder ({exc.strerror or exc})") from None
    if resume:
        for folder in (out, out / DOCUMENTS_DIR):
            _remove_leftovers(folder)


# ----------------------------------------------------------------------------------------------------------------
# Running


#: What every worker needs, imported once before the workers are forked from this process.
_WORKER_MODULES = ("timeline.pipeline", "timeline.export.html", "timeline.export.ics", "timeline.export.timelinejs",
                   "timeline.webpage", "trafilatura")


def local_executor(workers: int) -> cf.Executor:
    """``workers`` processes on this machine, forked from this one once it has imported what they need (a worker
    starts warm instead of importing plotly, the tagger and trafilatura for itself)."""
    import importlib
    import multiprocessing

    for module in _WORKER_MODULES:
        importlib.import_module(module)
    return cf.ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))


def _write_outcome(out: Path, item: WorkItem, outcome: Outcome) -> str | None:
    """Write a done document's files; the reason it failed otherwise (a write that fails fails the document)."""
    from timeline.export import SUFFIXES

    if outcome.reason:
        return outcome.reason
    folder = out / DOCUMENTS_DIR
    try:
        for fmt, data in outcome.files.items():
            atomic_write(path_inside(folder, f"{item.name}{SUFFIXES[fmt]}"), data)
    except UnsafePathError as exc:
        return str(exc)
    except OSError as exc:
        return f"{item.path}: cannot write its exports ({exc.strerror or exc})"
    return None


def run(inputs: Sequence[Path], out: Path, options: Options, executor: cf.Executor, *, resume: bool = False,
        progress: Callable[[int, int], None] | None = None, in_flight: int = 8) -> Report:
    """Process every document of ``inputs`` not yet recorded in ``out``'s job; ``progress(finished, total)`` is
    called as outcomes arrive. At most ``in_flight`` documents wait at the executor at a time."""
    from timeline.export import write_plotlyjs

    started = time.monotonic()
    items, bad = work_items(inputs)
    if not items and not bad:
        raise BatchError("no documents found (give .txt, .html, .htm or .jsonl files, or folders holding them)")
    prepare_output(out, resume)
    if "html" in options.formats:
        write_plotlyjs(out / DOCUMENTS_DIR)
    state = State(out)
    try:
        state.add([item for item, _ in bad] + items)
        pending = state.pending()
        counts = state.counts()
        total = sum(counts.values())
        earlier = total - len(pending)
        for item, reason in bad:
            if item.id in pending:
                state.record(item.id, reason)
                pending.discard(item.id)
        if bad:
            _write_errors(out, state)
        queue = [item for item in items if item.id in pending]
        finished = total - len(queue)
        if progress:
            progress(finished, total)
        running: dict[cf.Future, WorkItem] = {}
        position = 0
        while position < len(queue) or running:
            while position < len(queue) and len(running) < in_flight:
                running[executor.submit(process, queue[position], options)] = queue[position]
                position += 1
            done, _ = cf.wait(running, return_when=cf.FIRST_COMPLETED)
            for future in done:
                item = running.pop(future)
                try:
                    outcome = future.result()
                except cf.process.BrokenProcessPool:
                    raise BatchError("a worker process died (out of memory?); finish the job with --resume") from None
                except Exception as exc:  # a cluster that lost the task's worker again and again (KilledWorker)
                    outcome = Outcome(item.id, reason=f"{item.path}: its worker was lost ({type(exc).__name__}: {exc})")
                reason = _write_outcome(out, item, outcome)
                state.record(item.id, reason, outcome.analysis if reason is None else None)
                if reason:
                    _write_errors(out, state)
                finished += 1
                if progress:
                    progress(finished, total)
        counts = state.counts()
        return Report(total=total, done=counts.get("done", 0), failed=counts.get("failed", 0), earlier=earlier,
                      seconds=time.monotonic() - started)
    finally:
        state.close()


def story(out: Path, name: str, formats: Sequence[str], key_dates: int | None = None,
          title: str | None = None) -> tuple[Timeline, list[Path]]:
    """The story timeline of every done document of ``out``'s job, scored, written as ``out/<name>.<format>``."""
    from timeline.export import write_exports
    from timeline.story import story_timeline

    state = State(out)
    try:
        analyses = state.analyses()
    finally:
        state.close()
    if not analyses:
        raise BatchError(f"{out}: no document was read; no story to merge")
    from timeline.pipeline import merge_analyses

    timeline = story_timeline(merge_analyses(analyses, title or name), key_dates)
    base = safe_name(name, "story")
    path_inside(out, base)
    return timeline, write_exports(timeline, out, base, formats, plotlyjs="directory")


def dask_executor(address: str, workers: int) -> tuple[cf.Executor, Callable[[], None]]:
    """An executor on a Dask cluster (``tcp://host:port``), or on a new LocalCluster of ``workers`` processes
    (``local``); and the function that closes what was opened. Needs the ``timeline[dask]`` extra."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BatchError("--dask needs the distributed package: pip install 'timeline[dask]'") from None
    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout=10)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise BatchError(f"--dask {address}: cannot reach the scheduler ({exc})") from None

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    return client.get_executor(pure=False), close

