"""Shared fixtures: the seed article, its gold annotations, and the timeline built from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "hanoi-cybercrime-convention.ar.txt"
GOLD = Path(__file__).resolve().parent / "data" / "hanoi-cybercrime-convention.ar.json"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_document():
    from timeline.documents import read_document

    return read_document(SEED)


@pytest.fixture(scope="session")
def seed_timeline(seed_document):
    from timeline.pipeline import build_timeline

    return build_timeline([seed_document])
