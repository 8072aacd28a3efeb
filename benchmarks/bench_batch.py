"""Batch throughput on 1 and 2 worker processes (documents/s and their ratio, same documents, same script), and the
key-date table: Date-F1 of the key dates of every ml-crisis-dev story × language against its curated timeline,
beside mention counting on the same events, on the fit and check thirds and on all articles.

    .venv/bin/python benchmarks/bench_batch.py [--documents 400] [--skip-throughput] [--skip-keydates]
"""

from __future__ import annotations

import argparse
import json
import os
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


def throughput(jsonl: Path, workers: int) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as out:
        executor = batch.local_executor(workers)
        try:
            started = time.perf_counter()
            report = batch.run([jsonl], Path(out), batch.Options(), executor, in_flight=4 * workers)
            elapsed = time.perf_counter() - started
        finally:
            executor.shutdown()
    return report.done / elapsed, report.done


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
            one, done1 = throughput(jsonl, 1)
            two, done2 = throughput(jsonl, 2)
            print(f"batch, {n} ml-crisis-dev articles (ics, html, json each), load average {load:.1f} before / "
                  f"{os.getloadavg()[0]:.1f} after on {os.cpu_count()} cores")
            print(f"  1 worker : {one:6.2f} documents/s ({done1} done)")
            print(f"  2 workers: {two:6.2f} documents/s ({done2} done)   ratio {two / one:.2f}x")
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
