"""Batch throughput on 1 and 2 worker processes (documents/s and their ratio, same documents, same script), and the
key-date table: Date-F1 of the key dates of every ml-crisis-dev story × language against its curated timeline,
beside mention counting on the same events, on the fit and check thirds and on all articles.

    .venv/bin/python benchmarks/bench_batch.py [--documents 400] [--skip-throughput] [--skip-keydates]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from timeline import batch
from timeline.evaluate import default_corpora_dir
from timeline.evaluate_dates import evaluate_corpus, format_scores


def corpus_jsonl(corpus: Path, count: int, target: Path) -> int:
    """The first ``count`` ml-crisis-dev articles (path order) as one JSON-lines input, with their dates."""
    lines = []
    for path in sorted(corpus.glob("*/*/*/*.txt"))[:count]:
        if path.parent.parent.name == "reference":
            continue
        lines.append(json.dumps({"id": path.relative_to(corpus).as_posix(), "text": path.read_text(encoding="utf-8"),
                                 "lang": path.parts[-4], "document_date": path.parent.name}, ensure_ascii=False))
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def throughput(jsonl: Path, workers: int) -> tuple[float, int, float, float]:
    """Documents/s (wall clock), documents done, and the CPU seconds per document of this process (it writes the
    files and the job's state) and of the workers (they read, analyse and render): a share of this process near
    zero means nothing serial limits the workers."""
    with tempfile.TemporaryDirectory() as out:
        executor = batch.local_executor(workers)
        own, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
        try:
            started = time.perf_counter()
            report = batch.run([jsonl], Path(out), batch.Options(), executor, in_flight=4 * workers)
            elapsed = time.perf_counter() - started
        finally:
            executor.shutdown()
        own, children = _cpu(resource.RUSAGE_SELF) - own, _cpu(resource.RUSAGE_CHILDREN) - children
        if report.failed:
            first = (Path(out) / batch.ERRORS_FILE).read_text(encoding="utf-8").splitlines()[0]
            print(f"  ({workers} workers: {report.failed} documents failed; the first: {first})")
    done = max(report.done, 1)
    return report.done / elapsed, report.done, own / done, children / done


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=400)
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-keydates", action="store_true")
    args = parser.parse_args()
    corpus = default_corpora_dir() / "ml-crisis-dev"
    if not corpus.is_dir():
        print(f"bench_batch: {corpus} not found; skipped", file=sys.stderr)
        return 0
    if not args.skip_throughput:
        with tempfile.TemporaryDirectory() as tmp:
            jsonl = Path(tmp) / "articles.jsonl"
            n = corpus_jsonl(corpus, args.documents, jsonl)
            load = os.getloadavg()[0]
            one, done1, parent1, workers1 = throughput(jsonl, 1)
            two, done2, parent2, workers2 = throughput(jsonl, 2)
            print(f"batch, {n} ml-crisis-dev articles (ics, html, json each), load average {load:.1f} before / "
                  f"{os.getloadavg()[0]:.1f} after on {os.cpu_count()} cores (a ratio means little on a busy machine)")
            print(f"  1 worker : {one:6.2f} documents/s ({done1} done; CPU s/document: writer {parent1:.3f}, "
                  f"workers {workers1:.3f})")
            print(f"  2 workers: {two:6.2f} documents/s ({done2} done; CPU s/document: writer {parent2:.3f}, "
                  f"workers {workers2:.3f})   ratio {two / one:.2f}x")
    if not args.skip_keydates:
        executor = batch.local_executor(2)
        try:
            scores = evaluate_corpus(corpus, executor)
        finally:
            executor.shutdown()
        print("key dates of ml-crisis-dev stories (Date-F1, K = curated timeline's distinct dates)")
        print(format_scores(scores), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
