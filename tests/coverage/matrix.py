"""docs/coverage.md from the coverage tables: ``python tests/coverage/matrix.py > docs/coverage.md``."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from categories import BY_EVENTS, CATEGORIES, LANGUAGES, MIN_CASES  # noqa: E402


def tables() -> dict[str, object]:
    """language → its module ``cases_<code>`` (CASES: category → sentences; GAPS: category → reason)."""
    return {code: importlib.import_module(f"cases_{code}") for code in LANGUAGES}


def render() -> str:
    found = tables()
    head = ["# Coverage: categories of time expressions × languages", "",
            "Written from the tables in `tests/coverage/cases_<code>.py` by `python tests/coverage/matrix.py` (a test "
            "fails when this file is out of date). ✓ n: covered, with n news-style sentences in the suite whose every "
            f"time expression is checked (type, value, mod; read on Thursday 25 September 2025; at least {MIN_CASES}), "
            "or, in a category marked (events), whose every event is checked (its first and last day, from "
            "`build_timeline` on the sentence as an article of that date). "
            "A number in the cell points to the note below it that says why the category is not covered.", ""]
    rows = ["| category | " + " | ".join(LANGUAGES) + " |", "|---|" + "---|" * len(LANGUAGES)]
    notes: list[str] = []
    for key, (title, _) in CATEGORIES.items():
        cells = []
        for code in LANGUAGES:
            module = found[code]
            cases = module.CASES.get(key, [])
            gap = module.GAPS.get(key)
            if gap is None:
                cells.append(f"✓ {len(cases)}")
            else:
                notes.append(f"{len(notes) + 1}. **{title}, {code}**: {gap}")
                cells.append(f"✗ ({len(notes)})")
        rows.append(f"| {title}{' (events)' if key in BY_EVENTS else ''} | " + " | ".join(cells) + " |")
    legend = ["", "## Categories", ""] + [f"- **{title}**: {what}." for title, what in CATEGORIES.values()]
    gaps = ["", "## Not covered, and why", ""] + (notes or ["Every cell is covered."])
    return "\n".join(head + rows + legend + gaps) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
