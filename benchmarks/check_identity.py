"""The fast scan finds what a plain scan finds, on every corpus text (``python benchmarks/check_identity.py``).

For every TempEval-3, Spanish and French TimeBank text and every Duckling case (each language), the candidates of
the grammar as the tagger runs it (gated windows, factored and cached patterns) are compared with those of the
ground truth: every rule's pattern as written (flat alternations, compiled from source) run by ``finditer`` over
the whole text. The candidates are everything the rest of the tagger reads, so equal candidates mean equal output.
Prints the count of texts that differ (exit 1 if any). ``--out FILE`` also writes every text's timexes as JSON,
for comparing two versions of the tagger (``cmp``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

from timeline.evaluate import default_corpora_dir, load_duckling, read_timeml_dir
from timeline.lang import available_languages
from timeline.tagger import tag
from timeline.tagger.find import candidates
from timeline.tagger.grammar import Grammar, grammar, rule_source
from timeline.tagger.scan import RulePattern, ScanOptions
from timeline.text.normalise import normalise

CORPORA = (("tempeval3-train", "en"), ("timebank-es-train", "es"), ("fr-timebank-dev", "fr"))


def jobs(corpora: Path) -> list[tuple[str, str, object, str | None]]:
    found: list[tuple[str, str, object, str | None]] = []
    for name, code in CORPORA:
        if (corpora / name).is_dir():
            found += [(d.text, code, d.dct, None) for d in read_timeml_dir(corpora / name)]
    for path in sorted((corpora / "duckling-dev").glob("*.json")):
        if path.stem in available_languages():
            found += [(c.text, path.stem, c.aware_ref, "future") for c in load_duckling(path, path.stem)]
    return found


def plain_grammar(code: str) -> Grammar:
    """The grammar with every rule's pattern as written: flat alternations, compiled from source."""
    g = grammar(code)
    rules = []
    for cr in g.rules:
        lead, body, flags, _ = rule_source(g.language, cr.rule)
        rules.append(dataclasses.replace(cr, pattern=RulePattern(lead, body, flags)))
    return dataclasses.replace(g, rules=tuple(rules))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora_dir())
    parser.add_argument("--out", type=Path, help="write every text's timexes as JSON")
    args = parser.parse_args()
    work = jobs(args.corpora)
    plain = {code: plain_grammar(code) for code in sorted({code for _, code, _, _ in work})}
    full_scan = ScanOptions(gated=False)
    differ = []
    for i, (text, code, _, _) in enumerate(work):
        norm = normalise(text).text
        if candidates(plain[code], norm, full_scan) != candidates(grammar(code), norm):
            differ.append((i, code, text[:60]))
    timexes = 0
    if args.out:
        out = []
        for text, code, day, prefer in work:
            result = tag(text, code, document_date=day, prefer=prefer)
            timexes += len(result.timexes)
            out.append([code, [(t.start, t.end, t.type, t.value, t.mod, str(t.interval)) for t in result.timexes],
                        [(r.first, r.last) for r in result.ranges]])
        args.out.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print(f"{len(work)} texts{f', {timexes} timexes written to {args.out}' if args.out else ''}; "
          f"{len(differ)} differ from a plain full scan")
    for item in differ[:10]:
        print("  ", item)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
