"""Benchmark of very large inputs (``make bench-size``): is the time linear in the size, is the memory bounded?

For each language and size (MB of UTF-8), a text is made by repeating the language's test articles
(``tests/data/articles/*.<lang>.txt``, real-looking news) separated by blank lines, and ``timeline export FILE
--format json,ics --document-date 2025-06-01`` runs on it in a fresh process. Printed per run: the CPU time of
that process (user + system, from ``os.wait4``), seconds per MB, its peak resident memory, and the ratio of
seconds per MB to the smallest size's (1.0 when the time is linear in the size; the fixed start-up cost makes
larger sizes come out a little below 1).

    python benchmarks/bench_size.py                      # en at 1, 10, 50 MB
    python benchmarks/bench_size.py --langs ar,fr --sizes 1,10
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ARTICLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "articles"


def make_text(lang: str, megabytes: float) -> str:
    """The language's articles repeated to ``megabytes`` million UTF-8 bytes (cut at a character boundary)."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob(f"*.{lang}.txt"))]
    if not articles:
        raise SystemExit(f"bench_size: no test article in {lang}")
    unit = "\n\n".join(a.strip() for a in articles) + "\n\n"
    size = int(megabytes * 1_000_000)
    data = (unit * (size // len(unit.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def run_export(path: Path, out: Path) -> tuple[float, int, int]:
    """CPU seconds, peak RSS (KiB) and exit status of ``timeline export`` on ``path`` in a fresh process."""
    command = [sys.executable, "-c", "from timeline.cli import app; app()", "export", str(path), "--out", str(out),
               "--format", "json,ics", "--document-date", "2025-06-01"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        sys.stderr.write(proc.stderr.read().decode("utf-8", "replace"))
    proc.stderr.close()
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", default="en", help="comma-separated language codes (default en)")
    parser.add_argument("--sizes", default="1,10,50", help="comma-separated sizes in MB (default 1,10,50)")
    args = parser.parse_args(argv)
    sizes = sorted(float(s) for s in args.sizes.split(","))
    print(f"{'lang':5} {'MB':>6} {'CPU s':>9} {'s/MB':>7} {'ratio':>6} {'peak RSS MiB':>13}", flush=True)
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for lang in args.langs.split(","):
            first = None
            for size in sizes:
                path = Path(folder) / f"bench-{size:g}MB.{lang}.txt"
                path.write_text(make_text(lang, size), encoding="utf-8")
                seconds, rss, code = run_export(path, Path(folder) / "out")
                path.unlink()
                failed += code != 0
                per_mb = seconds / size
                first = first or per_mb
                print(f"{lang:5} {size:>6g} {seconds:>9.1f} {per_mb:>7.2f} {per_mb / first:>6.2f} {rss / 1024:>13.0f}"
                      + ("" if code == 0 else f"   exit {code}"), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
