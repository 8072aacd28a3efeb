"""Every input kept for a fuzz target — its seeds and each crash the fuzzer found — runs cleanly through it.

The targets (tests/fuzz/targets.py) state what each entry point must do with any input; a crash found by
``tests/fuzz/run.py`` is written to tests/fuzz/crashes/<target>/ and stays here as a regression case.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fuzz"))

from targets import TARGETS, kept_inputs  # noqa: E402

CASES = [(target, path) for target in TARGETS for path in kept_inputs(target)]


@pytest.mark.parametrize("target, path", CASES, ids=[f"{t}/{p.parent.name}/{p.name}" for t, p in CASES])
def test_kept_fuzz_input(target, path):
    TARGETS[target](path.read_bytes())


def test_every_target_has_seeds():
    assert {t for t, p in CASES if p.parent.parent.name == "seeds"} == set(TARGETS)
