"""Is the tagger's output what it should be, on every corpus text? Two checks:

``python benchmarks/check_identity.py``: the fast scan finds what a plain scan finds. For every TempEval-3, Spanish
and French TimeBank text and every Duckling case (each language), the candidates of the grammar as the tagger runs
it (gated windows, factored and cached patterns) are compared with those of the ground truth: every rule's pattern
as written (flat alternations, compiled from source) run by ``finditer`` over the whole text. The candidates are
everything the rest of the tagger reads, so equal candidates mean equal output. Prints the count of texts that
differ (exit 1 if any). ``--out FILE`` also writes every text's timexes as JSON.

``python benchmarks/check_identity.py --against main``: the output is the same as at another commit (a refactor
must not change what is tagged). Every text above and tests/data/articles is tagged with this checkout and with
the commit named (checked out into a temporary git worktree, its package imported from there); every time
expression is compared (span, type, value, mod, interval, rule) with the ranges linking them. Prints the count of
texts that differ per corpus and the first differences (exit 1 if any).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

# only the tagger's public entry points at the top: ``--dump`` runs this file against older commits' packages
from timeline.evaluate import load_duckling, read_timeml_dir
from timeline.lang import available_languages
from timeline.tagger import tag

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (("tempeval3-train", "en"), ("timebank-es-train", "es"), ("fr-timebank-dev", "fr"))


def jobs(corpora: Path, articles: bool = False) -> list[tuple[str, str, object, str | None, str]]:
    """(text, language, document date, preference, corpus) of every text checked; with ``articles`` the test
    collection's articles too (tests/data/articles, read on 25 September 2025)."""
    found: list[tuple[str, str, object, str | None, str]] = []
    for name, code in CORPORA:
        if (corpora / name).is_dir():
            found += [(d.text, code, d.dct, None, name) for d in read_timeml_dir(corpora / name)]
    for path in sorted((corpora / "duckling-dev").glob("*.json")):
        if path.stem in available_languages():
            found += [(c.text, path.stem, c.aware_ref, "future", f"duckling-{path.stem}")
                      for c in load_duckling(path, path.stem)]
    if articles:
        found += [(p.read_text(encoding="utf-8"), p.name.split(".")[-2], dt.date(2025, 9, 25), None, "articles")
                  for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    return found


def output(work: list[tuple[str, str, object, str | None, str]]) -> list[list[Any]]:
    """Each text's corpus and what the tagger makes of it (or the exception it raised: output to compare too)."""
    out: list[list[Any]] = []
    for text, code, day, prefer, corpus in work:
        try:
            result = tag(text, code, document_date=day, prefer=prefer)
        except Exception as exc:  # noqa: BLE001
            out.append([corpus, f"raised {exc!r}", []])
            continue
        out.append([corpus, [[t.start, t.end, t.type, t.value, t.mod, str(t.interval), getattr(t, "rule", None)]
                             for t in result.timexes], [[r.first, r.last] for r in result.ranges]])
    return out


def plain_grammar(code: str):
    """The grammar with every rule's pattern as written: flat alternations, compiled from source."""
    from timeline.tagger.grammar import grammar, rule_source
    from timeline.tagger.scan import RulePattern

    g = grammar(code)
    rules = []
    for cr in g.rules:
        lead, body, flags, _ = rule_source(g.language, cr.rule)
        rules.append(dataclasses.replace(cr, pattern=RulePattern(lead, body, flags)))
    return dataclasses.replace(g, rules=tuple(rules))


def plain_scan_differs(work: list[tuple[str, str, object, str | None, str]]) -> list[tuple[int, str, str]]:
    """The texts whose candidates differ between the tagger's scan and a plain full scan."""
    from timeline.tagger.find import candidates
    from timeline.tagger.grammar import grammar
    from timeline.tagger.scan import ScanOptions
    from timeline.text.normalise import normalise

    plain = {code: plain_grammar(code) for code in sorted({job[1] for job in work})}
    full_scan = ScanOptions(gated=False)
    differ = []
    for i, (text, code, *_) in enumerate(work):
        norm = normalise(text).text
        if candidates(plain[code], norm, full_scan) != candidates(grammar(code), norm):
            differ.append((i, code, text[:60]))
    return differ


def output_at(revision: str, corpora: Path) -> list[list[Any]]:
    """:func:`output` of the package of ``revision``, checked out into a temporary git worktree."""
    with tempfile.TemporaryDirectory() as tmp:
        tree, dumped = Path(tmp) / "tree", Path(tmp) / "output.json"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--quiet", "--detach", str(tree), revision],
                       check=True)
        try:
            subprocess.run([sys.executable, __file__, "--dump", str(dumped), "--corpora", str(corpora)],
                           env=dict(os.environ, PYTHONPATH=str(tree)), cwd=tree, check=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
        return json.loads(dumped.read_text(encoding="utf-8"))


def compare(before: list[list[Any]], after: list[list[Any]], shown: int = 10) -> int:
    """Print the first differences and the count of texts that differ per corpus; the count of texts that differ."""
    if len(before) != len(after):
        print(f"the corpora differ: {len(before)} texts then, {len(after)} now")
        return max(len(before), len(after))
    per_corpus: dict[str, int] = {}
    for i, (old, new) in enumerate(zip(before, after)):
        if old == new:
            continue
        per_corpus[new[0]] = per_corpus.get(new[0], 0) + 1
        if sum(per_corpus.values()) > shown:
            continue
        print(f"text {i} ({new[0]}):")
        lines = [{json.dumps(t, ensure_ascii=False) for t in side[1]} if isinstance(side[1], list) else {side[1]}
                 for side in (old, new)]
        print("".join(f"  - {line}\n" for line in sorted(lines[0] - lines[1])), end="")
        print("".join(f"  + {line}\n" for line in sorted(lines[1] - lines[0])), end="")
        if lines[0] == lines[1]:
            print(f"  ranges: {old[2]} then, {new[2]} now")
    for corpus, count in sorted(per_corpus.items()):
        print(f"{corpus}: {count} texts differ")
    return sum(per_corpus.values())


def _size(out: list[list[Any]]) -> str:
    return f"{len(out)} texts, {sum(len(x[1]) for x in out if isinstance(x[1], list))} time expressions"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--out", type=Path, help="write every text's timexes as JSON")
    parser.add_argument("--against", metavar="COMMIT", help="compare the output with that of another commit")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # --against's run at the other commit
    args = parser.parse_args()
    if args.dump:
        args.dump.write_text(json.dumps(output(jobs(args.corpora, articles=True)), ensure_ascii=False, default=str),
                             encoding="utf-8")
        return 0
    if args.against:
        before, after = output_at(args.against, args.corpora), output(jobs(args.corpora, articles=True))
        print(f"{args.against}: {_size(before)}; this checkout: {_size(after)}")
        differing = compare(before, after)
        print("identical" if not differing else f"{differing} texts differ from {args.against}")
        return 1 if differing else 0
    work = jobs(args.corpora)
    differ = plain_scan_differs(work)
    if args.out:
        out = output(work)
        args.out.write_text(json.dumps(out, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"{len(work)} texts{f', {_size(out)} written to {args.out}' if args.out else ''}; "
          f"{len(differ)} differ from a plain full scan")
    for item in differ[:10]:
        print("  ", item)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
