"""Run every fuzz target for a bounded time, two at a time: ``python tests/fuzz/run.py --seconds 60``.

Each target starts from its seeds (``tests/fuzz/seeds/<target>/``) and the crash inputs kept before
(``tests/fuzz/crashes/<target>/``); the corpus it grows goes to a temporary folder. An input that crashes a
target, or takes longer than ``--timeout`` seconds, is written to ``tests/fuzz/crashes/<target>/`` (keep it: the
test suite replays it) and the run exits 1. Prints one line per target, then ``N passed, N failed``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from targets import CRASHES, SEEDS, TARGETS  # noqa: E402


def fuzz(target: str, seconds: int, timeout: int, log_dir: Path) -> tuple[str, int, float, str]:
    """Run one target; returns its name, exit status, wall time and the last lines of its log."""
    crashes = CRASHES / target
    crashes.mkdir(parents=True, exist_ok=True)
    log = log_dir / f"{target}.log"
    with tempfile.TemporaryDirectory() as corpus:
        command = [sys.executable, str(HERE / "fuzz.py"), target, f"-max_total_time={seconds}",
                   f"-timeout={timeout}", "-rss_limit_mb=4096", "-max_len=4096", f"-artifact_prefix={crashes}/",
                   "-print_final_stats=1", corpus] + [str(p) for p in (SEEDS / target, crashes) if p.is_dir()]
        started = time.monotonic()
        with open(log, "wb") as handle:
            code = subprocess.run(command, stdout=handle, stderr=subprocess.STDOUT).returncode
        elapsed = time.monotonic() - started
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    runs = next((line.split()[-1] for line in reversed(lines) if line.startswith("stat::number_of_executed_units")), "?")
    summary = f"{runs} inputs" if code == 0 else "\n".join(lines[-25:])
    return target, code, elapsed, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="time for each target (default 60)")
    parser.add_argument("--timeout", type=int, default=60, help="seconds one input may take (default 60)")
    parser.add_argument("--jobs", type=int, default=2, help="targets at a time (default 2)")
    parser.add_argument("--log-dir", type=Path, default=None, help="where the fuzzers' logs go (default: a temporary folder)")
    parser.add_argument("targets", nargs="*", default=list(TARGETS), help="targets to run (default all)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        log_dir = args.log_dir or Path(tmp)
        log_dir.mkdir(parents=True, exist_ok=True)
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(lambda t: fuzz(t, args.seconds, args.timeout, log_dir), args.targets))
    failed = 0
    for target, code, elapsed, summary in results:
        failed += code != 0
        print(f"fuzz {target}: {'ok' if code == 0 else f'CRASH (exit {code})'} after {elapsed:.0f} s, {summary}")
    print(f"fuzz: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
