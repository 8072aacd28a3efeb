"""Run one fuzz target under atheris (libFuzzer): ``python tests/fuzz/fuzz.py TARGET [libFuzzer options] [CORPUS…]``.

TARGET is one of tests/fuzz/targets.py's TARGETS. The package is instrumented for coverage, so that the fuzzer
learns which inputs reach new code. ``tests/fuzz/run.py`` runs every target for a bounded time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["timeline"]):
    import timeline.documents  # noqa: F401 - imported under instrumentation
    import timeline.export.ics  # noqa: F401
    import timeline.pipeline  # noqa: F401
    import timeline.schema  # noqa: F401
    import timeline.tagger  # noqa: F401

import targets  # noqa: E402


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in targets.TARGETS:
        sys.exit(f"usage: fuzz.py {{{','.join(targets.TARGETS)}}} [libFuzzer options] [corpus …]")
    target = targets.TARGETS[sys.argv[1]]
    targets.warm_up(sys.argv[1])  # load the languages and the gazetteer before the clock starts
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
