"""Identity check of the scanner (python benchmarks/check_identity.py): tag every TempEval text (en) and every Duckling case (each language, its ref) with the
scanner's gating off (plain finditer: the ground truth) and on, in one process (same compiled grammars), and
compare full timex tuples. Usage: ident.py [outfile]"""
import sys, json, os
from pathlib import Path
sys.path.insert(0, "/work/main/benchmarks")
from bench_tagger import load_tempeval
from timeline.evaluate import load_duckling
from timeline.lang import available_languages
from timeline.tagger import tag, scan
corp = Path("/work/shared/corpora")
jobs = [(t, "en", d, None) for t, d in load_tempeval(corp)]
for f in sorted((corp / "duckling-dev").glob("*.json")):
    if f.stem in available_languages():
        jobs += [(c.text, f.stem, c.ref, "future") for c in load_duckling(f, f.stem)]
def run():
    out = []
    for text, lang, d, prefer in jobs:
        try:
            r = tag(text, lang, document_date=d, prefer=prefer)
            out.append([lang, [(x.start, x.end, x.type, x.value, x.mod, str(x.interval)) for x in r.timexes],
                        [(x.first, x.last) for x in r.ranges]])
        except Exception as e:
            out.append([lang, "ERR " + repr(e)])
    return out
for t, l, d, p in jobs[:1]: tag(t, l, document_date=d)
for l in available_languages():
    from timeline.tagger.grammar import grammar; grammar(l)
import importlib
gm = importlib.import_module("timeline.tagger.grammar")
def reload():
    gm.grammar.cache_clear()
    for l in available_languages(): gm.grammar(l)
scan.ENABLED = False; gm.FACTORED = False; RARE = scan._RARE_CHAR; scan._RARE_CHAR = {}; reload()
ref = run()
scan.ENABLED = True; gm.FACTORED = True; scan._RARE_CHAR = RARE; reload()
got = run()
bad = [(i, jobs[i][1], jobs[i][0][:60], a, b) for i, (a, b) in enumerate(zip(ref, got)) if a != b]
print(len(jobs), "texts,", sum(len(x[1]) for x in ref if isinstance(x[1], list)), "timexes;", len(bad), "differ")
for b in bad[:10]: print(b)
if len(sys.argv) > 1:
    Path(sys.argv[1]).write_text(json.dumps(got, default=str))
sys.exit(1 if bad else 0)
