"""Benchmark of the tagger (``make bench``).

In one run:

(a) our tagger, ``tag(text, "en", document_date=dct)``, over the plain text of every TempEval-3 ``.tml`` file:
    characters per second after one warm-up call;
(b) ``dateparser.search.search_dates(text, languages=["en"])`` over the same texts, and the ratio
    ours / search_dates. (a) and (b) run in turn five times and each keeps its best CPU time
    (``time.process_time``): on a shared, noisy machine a burst of load then neither lands on one side of the
    ratio only nor counts the time the process waited for the CPU;
(c) peak RSS of the tagger with all languages loaded, in a fresh process (so that dateparser's memory does
    not count): import, tag one text in each of ar, en, vi, fr, es, de, ru, zh, then
    ``resource.getrusage(RUSAGE_SELF).ru_maxrss``; a bare interpreter is measured beside it;
(d) linear time on hostile input: digits ("1234 5678 …"), month names (English, and Arabic "أكتوبر سبتمبر …"),
    and chains "25 و26 و27 و…": the time to tag 100,000 and 1,000,000 characters (best of 3, or one run
    when it takes over 20 s), each generator in a fresh process with a time limit, and the ratio (about 10
    when linear);
(e) throughput per language over each language's Duckling texts joined by newlines (best of 3);
(f) the Duckling accuracy table, ours beside dateparser (``timeline.evaluate.evaluate_duckling``);
(h) cold start, in fresh processes (best of 7 CPU times, user + system, run in turn): ``timeline tag`` of a 3 KB
    English article (the TempEval-3 text nearest 3,000 characters) beside a Python process running
    ``search_dates`` on it, and ``timeline extract`` of the seed beside a bare ``import dateparser.search``; and the
    first run after an install, which builds the caches (an empty cache folder);
(g) accuracy on real news: TempEval-3 (English), the Spanish TimeBank and the French TimeBank half, strict and value
    F1, on the whole set, on the two thirds read while developing (fit) and the third kept out of sight (check),
    and the Duckling cases on both thirds (``timeline.evaluate.third``, the split of ../shared/tools/devsplit.py),
    raw and kept (without the cases refused by a documented convention: timeline/evaluate_exceptions.toml).

Prints a table and exits 0; a measurement that raised or timed out is reported in its place and listed at
the end (with ``--strict`` the exit status is then 1). Exit 1 when the tagger cannot be imported.
``--tagger module:function`` benchmarks another callable of the same signature (for testing the script).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

DEFAULT_TAGGER = "timeline.tagger:tag"
RSS_LANGUAGES = ("ar", "en", "vi", "fr", "es", "de", "ru", "zh")
TIMEML_CORPORA = (("tempeval3-train", "en"), ("timebank-es-train", "es"), ("fr-timebank-dev", "fr"))
HOSTILE_SIZES = (100_000, 1_000_000)
HOSTILE_TIMEOUT = 600.0  # seconds for one generator (both sizes) in its child process
REPEAT = 3
PAIRED_REPEAT = 5  # ours and search_dates, in turn

MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_AR = (
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول تشرين الثاني كانون الأول"
).split()


def load_tagger(spec: str) -> Callable[..., Any]:
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr or "tag")


# ---------------------------------------------------------------------------------------------- inputs


def _fill(words: Callable[[int], str], size: int, sep: str = " ") -> str:
    """Words ``words(0), words(1), …`` joined by ``sep``, cut to exactly ``size`` characters."""
    parts: list[str] = []
    n = i = 0
    while n < size:
        w = words(i) + sep
        parts.append(w)
        n += len(w)
        i += 1
    return "".join(parts)[:size]


def gen_digits(size: int) -> str:
    """'1234 5678 9012 3456 7890 1234 …'."""
    digits = "1234567890"
    return _fill(lambda i: "".join(digits[(4 * i + k) % 10] for k in range(4)), size)


def gen_months_en(size: int) -> str:
    """'January February March …' repeated."""
    return _fill(lambda i: MONTHS_EN[i % 12], size)


def gen_months_ar(size: int) -> str:
    """'يناير فبراير … كانون الثاني شباط …' repeated (Gregorian and Levantine month names)."""
    return _fill(lambda i: MONTHS_AR[i % len(MONTHS_AR)], size)


def gen_chain_ar(size: int) -> str:
    """'25 و26 و27 و28 …' (days 1–31 over and over), ending in a month and year."""
    tail = " أكتوبر 2025"
    return _fill(lambda i: ("" if i == 0 else "و") + str((24 + i) % 31 + 1), size - len(tail)) + tail


HOSTILE = {
    "digits": ("en", gen_digits),
    "months-en": ("en", gen_months_en),
    "months-ar": ("ar", gen_months_ar),
    "chain-ar": ("ar", gen_chain_ar),
}


def load_tempeval(corpora: Path) -> list[tuple[str, Any]]:
    from timeline.evaluate import read_timeml_dir

    return [(d.text, d.dct) for d in read_timeml_dir(corpora / "tempeval3-train")]


def load_duckling(corpora: Path) -> dict[str, tuple[list[str], Any]]:
    """language → (texts, reference datetime of the first case)."""
    from timeline.evaluate import load_duckling as load
    from timeline.lang import available_languages

    out = {}
    for file in sorted((corpora / "duckling-dev").glob("*.json")):
        if file.stem not in available_languages():  # Duckling has languages we have no grammar for yet
            continue
        cases = load(file, file.stem)
        if cases:
            out[file.stem] = ([c.text for c in cases], cases[0].ref)
    return out


# ---------------------------------------------------------------------------------------------- timing


def best_of(fn: Callable[[], Any], repeat: int = REPEAT) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def best_alternating(fns: list[Callable[[], Any]], repeat: int = PAIRED_REPEAT) -> list[float]:
    """The best CPU time (``time.process_time``: time this process ran, not time it waited for the CPU) of each
    function, the functions run in turn ``repeat`` times, so that a burst of load on a shared machine falls on
    all of them rather than on one side of a ratio."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            gc.collect()
            t0 = time.process_time()
            fn()
            best[i] = min(best[i], time.process_time() - t0)
    return best


def run_child(args: list[str], timeout: float, stdin: str = "") -> dict[str, Any]:
    """Run this script in a fresh interpreter and read the JSON object it prints last."""
    try:
        proc = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return {"error": f"exit {proc.returncode}: {tail}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def peak_rss_kib() -> int:
    """This process's peak resident set in KiB: ``VmHWM`` where /proc has it, else ``ru_maxrss``.

    On Linux ``ru_maxrss`` of a child keeps the high-water mark of the parent's image it was forked from
    (the kernel carries it across ``execve``), so a fresh process started by a big parent reports at least
    the parent's size; ``VmHWM`` belongs to the process image alone. Both are printed."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def child_rss(spec: str, texts: dict[str, str]) -> dict[str, Any]:
    import resource

    out: dict[str, Any] = {}
    if spec:
        tag = load_tagger(spec)
        out["imported_kib"] = peak_rss_kib()
        out["raised"] = {}
        for lang, text in texts.items():
            try:
                tag(text, lang, document_date=None)
            except Exception as exc:  # noqa: BLE001 - reported: that language is not loaded
                out["raised"][lang] = f"{type(exc).__name__}: {exc}"
    out["peak_kib"] = peak_rss_kib()
    out["ru_maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


def child_hostile(spec: str, name: str) -> dict[str, Any]:
    tag = load_tagger(spec)
    lang, gen = HOSTILE[name]
    tag(gen(1000), lang, document_date=None)  # warm-up: lazy loading does not count
    times = {}
    for size in HOSTILE_SIZES:
        text = gen(size)
        best = float("inf")
        for _ in range(REPEAT):  # best of 3, or a single run when one takes over 20 s
            gc.collect()
            t0 = time.perf_counter()
            tag(text, lang, document_date=None)
            best = min(best, time.perf_counter() - t0)
            if best > 20:
                break
        times[str(size)] = best
    return {"times": times}


# ---------------------------------------------------------------------------------------------- report


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds:>12,.0f} chars/s" if seconds > 0 else f"{'inf':>12} chars/s"


COLD_REPEAT = 7
SEED = Path(__file__).resolve().parents[1] / "seeds" / "hanoi-cybercrime-convention.ar.txt"


def child_cpu(command: list[str], env: dict[str, str] | None = None) -> float:
    """User + system CPU seconds of one run of ``command`` (and what it starts)."""
    import os
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                   env={**os.environ, **(env or {})})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cold_start(corpora: Path, tempeval: list[tuple[str, Any]]) -> list[str]:
    """The cold-start lines of the report (h)."""
    import shutil
    import tempfile

    timeline = str(Path(sys.executable).with_name("timeline"))
    text, dct = min(tempeval, key=lambda td: abs(len(td[0]) - 3000))
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.en.txt"
        article.write_text(text, encoding="utf-8")
        tag_cmd = [timeline, "tag", str(article), "--lang", "en", "--document-date", dct.isoformat()]
        search_cmd = [sys.executable, "-c", "import sys; from dateparser.search import search_dates; "
                      "search_dates(open(sys.argv[1], encoding='utf-8').read(), languages=['en'])", str(article)]
        extract_cmd = [timeline, "extract", str(SEED)]
        import_cmd = [sys.executable, "-c", "import dateparser.search"]
        for command in (tag_cmd, extract_cmd):
            child_cpu(command)  # the caches are built once, as after an install
        best = dict.fromkeys(("tag", "search", "extract", "import"), float("inf"))
        for _ in range(COLD_REPEAT):
            for name, command in (("tag", tag_cmd), ("search", search_cmd), ("extract", extract_cmd),
                                  ("import", import_cmd)):
                best[name] = min(best[name], child_cpu(command))
        lines.append(f"{f'timeline tag, {len(text):,} chars (en)':44} {best['tag']:7.3f} s")
        lines.append(f"{'python running search_dates on it':44} {best['search']:7.3f} s"
                     f"   timeline tag / search_dates {best['tag'] / best['search']:5.2f} × (≤ 1)")
        lines.append(f"{'timeline extract, the seed (ar)':44} {best['extract']:7.3f} s")
        label = 'python -c "import dateparser.search"'
        lines.append(f"{label:44} {best['import']:7.3f} s"
                     f"   extract / import {best['extract'] / best['import']:5.2f} × (≤ 3)")
        empty = Path(tmp) / "cache"
        first = child_cpu(extract_cmd, {"TIMELINE_CACHE_DIR": str(empty), "XDG_CACHE_HOME": str(empty)})
        lines.append(f"{'first extract after an install (builds caches)':44} {first:7.3f} s   (once)")
        shutil.rmtree(empty, ignore_errors=True)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tagger", default=DEFAULT_TAGGER, help="module:function (default: %(default)s)")
    parser.add_argument("--corpora", type=Path, default=None, help="default: shared/corpora beside the repo")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a measurement failed")
    parser.add_argument("--child", choices=("rss", "hostile"), help=argparse.SUPPRESS)
    parser.add_argument("--name", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "rss":
        print(json.dumps(child_rss(args.tagger, json.loads(sys.stdin.read()))))
        return 0
    if args.child == "hostile":
        print(json.dumps(child_hostile(args.tagger, args.name)))
        return 0

    from timeline.evaluate import default_corpora_dir

    corpora = args.corpora or default_corpora_dir()
    try:
        tag = load_tagger(args.tagger)
    except (ImportError, AttributeError) as exc:
        print(f"cannot load the tagger {args.tagger}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    errors: list[str] = []
    out = print
    out(f"tagger benchmark — {args.tagger}, Python {platform.python_version()}, {platform.machine()}")

    duckling = load_duckling(corpora)
    # (c) is measured first, while this process is small (see peak_rss_kib), and printed in its place
    texts = {lang: duckling[lang][0][0] for lang in RSS_LANGUAGES if lang in duckling}
    texts.update({lang: "2025" for lang in RSS_LANGUAGES if lang not in texts})
    bare = run_child(["--child", "rss", "--tagger", ""], 120, json.dumps({}))
    loaded = run_child(["--child", "rss", "--tagger", args.tagger], 600, json.dumps(texts, ensure_ascii=False))

    tempeval = load_tempeval(corpora)
    chars = sum(len(t) for t, _ in tempeval)

    # (a) ours over TempEval
    out(f"\nTempEval-3 texts: {len(tempeval)} documents, {chars:,} characters "
        f"(CPU time, best of {PAIRED_REPEAT}, ours and search_dates in turn)")
    raised: dict[int, str] = {}

    def run_ours() -> None:
        for i, (text, dct) in enumerate(tempeval):
            try:
                tag(text, "en", document_date=dct)
            except Exception as exc:  # noqa: BLE001 - timed all the same, reported below
                raised[i] = f"{type(exc).__name__}: {exc}"

    try:
        tag("It happened on 5 March 2001.", "en", document_date=tempeval[0][1])  # warm-up
    except Exception:  # noqa: BLE001 - the timed runs report it
        pass

    # (b) dateparser.search.search_dates over the same texts, timed in turn with ours
    from dateparser.search import search_dates

    search_dates("It happened on 5 March 2001.", languages=["en"])  # warm-up

    def run_search() -> None:
        for text, _ in tempeval:
            search_dates(text, languages=["en"])

    ours, theirs = best_alternating([run_ours, run_search])
    out(f"  {'ours':28} {rate(chars, ours)}   {ours:8.3f} s")
    if raised:
        first = next(iter(raised.values()))
        note = f"the tagger raised on {len(raised)} of {len(tempeval)} documents (timed up to the exception): {first}"
        errors.append(note)
        out(f"  ({note})")
    out(f"  {'dateparser search_dates':28} {rate(chars, theirs)}   {theirs:8.3f} s")
    out(f"  {'ratio ours/search_dates':28} {theirs / ours:12.2f} ×")

    # (c) peak RSS in fresh processes
    out("\nPeak RSS, fresh process (VmHWM; ru_maxrss in brackets)")
    if "error" in bare or "error" in loaded:
        errors.append(f"RSS: {bare.get('error') or loaded.get('error')}")
        out(f"  error: {bare.get('error') or loaded.get('error')}")
    else:
        out(f"  {'python alone':28} {bare['peak_kib'] / 1024:12.1f} MiB")
        out(f"  {'tagger imported':28} {loaded['imported_kib'] / 1024:12.1f} MiB")
        tagged = [lang for lang in texts if lang not in loaded["raised"]]
        out(
            f"  {'after tagging ' + ' '.join(tagged):28} {loaded['peak_kib'] / 1024:12.1f} MiB"
            f"  [{loaded['ru_maxrss_kib'] / 1024:.1f} MiB]"
        )
        for lang, error in loaded["raised"].items():
            errors.append(f"RSS: the tagger raised on {lang}: {error}")
            out(f"  (raised on {lang}: {error})")

    # (d) hostile input, each generator in a fresh process
    small, large = HOSTILE_SIZES
    out(f"\nHostile input (best of {REPEAT}) {f'{small:,} chars':>14} {f'{large:,} chars':>16} {'ratio':>8}")
    for name, (lang, _) in HOSTILE.items():
        res = run_child(["--child", "hostile", "--tagger", args.tagger, "--name", name], HOSTILE_TIMEOUT)
        label = f"{name} ({lang})"
        if "error" in res:
            errors.append(f"hostile {name}: {res['error']}")
            out(f"  {label:26} error: {res['error']}")
            continue
        t_small, t_large = res["times"][str(small)], res["times"][str(large)]
        ratio = t_large / t_small if t_small > 0 else float("inf")
        out(f"  {label:26} {t_small:12.3f} s {t_large:14.3f} s {ratio:8.1f}")

    # (e) per-language throughput over the Duckling texts
    out(f"\nDuckling texts joined by newlines, per language (best of {REPEAT})")
    out(f"  {'lang':6} {'cases':>6} {'chars':>8} {'':>12}")
    for lang, (lines, ref) in duckling.items():
        text = "\n".join(lines)
        try:
            tag(text, lang, document_date=ref)  # warm-up
            t = best_of(lambda: tag(text, lang, document_date=ref))
            out(f"  {lang:6} {len(lines):>6} {len(text):>8} {rate(len(text), t)}")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"duckling {lang}: {type(exc).__name__}: {exc}")
            out(f"  {lang:6} {len(lines):>6} {len(text):>8} error: {type(exc).__name__}: {exc}")

    # (f) accuracy on the Duckling cases, beside dateparser (both forward-looking: see timeline.evaluate)
    from timeline.evaluate import evaluate_duckling, format_duckling
    from timeline.lang import available_languages

    out("\nDuckling cases: calendar intervals right, ours vs dateparser's DateDataParser (prefer future)")
    scored = []
    for lang in duckling:
        if lang not in available_languages():
            continue
        try:
            scored.append(evaluate_duckling(corpora / "duckling-dev", lang, tagger=tag))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"duckling accuracy {lang}: {type(exc).__name__}: {exc}")
    for line in format_duckling(scored).splitlines():
        out(f"  {line}")

    # (h) cold start
    out(f"\nCold start: fresh processes, CPU time (user + system), best of {COLD_REPEAT}, run in turn")
    try:
        for line in cold_start(corpora, tempeval):
            out(f"  {line}")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"cold start: {type(exc).__name__}: {exc}")
        out(f"  error: {type(exc).__name__}: {exc}")

    # (g) real news and the held-out thirds
    from timeline.evaluate import evaluate_dir

    out("\nAccuracy (TempEval-3 task A): all · fit (read) · check (kept out of sight)")
    out(f"  {'corpus':20} {'docs':>5} {'strict F1':>24} {'value F1':>24}")
    for name, lang in TIMEML_CORPORA:
        if not (corpora / name).is_dir():
            out(f"  {name:20} not found")
            continue
        try:
            parts = [evaluate_dir(corpora / name, tagger=tag, language=lang, part=part) for part in (None, "fit", "check")]
        except Exception as exc:  # noqa: BLE001
            errors.append(f"accuracy {name}: {type(exc).__name__}: {exc}")
            continue
        strict = " · ".join(f"{100 * p.strict_f1:6.2f}" for p in parts)
        value = " · ".join(f"{100 * p.value_f1:6.2f}" for p in parts)
        out(f"  {name:20} {len(parts[0].documents):>5} {strict:>24} {value:>24}")
    out(f"  {'Duckling':20} {'cases':>5} {'% right (kept): fit · check':>34}")
    for lang in duckling:
        if lang not in available_languages():
            continue
        fit, check = (evaluate_duckling(corpora / "duckling-dev", lang, tagger=tag, baseline=False, part=part)
                      for part in ("fit", "check"))
        both = f"{fit.percent:5.1f} ({fit.kept_percent:5.1f}) · {check.percent:5.1f} ({check.kept_percent:5.1f})"
        out(f"  {lang:20} {len(fit.results) + len(check.results):>5} {both:>34}")

    if errors:
        out(f"\n{len(errors)} measurement(s) failed:")
        for e in errors:
            out(f"  {e}")
    return 1 if errors and args.strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
