"""Sentences and clauses, as spans of the text (offsets preserved)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at a line break, or at . ! ? ؟ 。 followed by white space (or the end), unless the dot ends
# a one-letter initial or a short abbreviation ("U.S.", "Oct.", "Mr."). A full-width 。！？ ends one even
# without a space (Chinese writes none).
_END = re.compile(r"\n+|(?<=[.!?؟。！？])[\"'”»)]*(?=\s|$)|(?<=[。！？])[”」』）]*")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b[A-Z][a-z]{1,3}|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$")
_CLAUSE = re.compile(r"[،,;؛:]\s|[，；：]|\s[-–—]\s|\(|\)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Span]:
    """The sentences of ``text``, stripped of surrounding white space."""
    spans: list[Span] = []
    begin = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group().startswith("\n") is False and _ABBREVIATION.search(text[max(0, end - 8):end]):
            continue
        _append(spans, text, begin, end)
        begin = end
    _append(spans, text, begin, len(text))
    return spans


def _append(spans: list[Span], text: str, begin: int, end: int) -> None:
    chunk = text[begin:end]
    stripped = chunk.strip()
    if stripped:
        start = begin + chunk.index(stripped[0])
        spans.append(Span(start, start + len(stripped), stripped))


def containing(spans: list[Span], offset: int) -> Span | None:
    for span in spans:
        if span.start <= offset < span.end:
            return span
    return None


def clause_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around [start, end) inside [lo, hi): up to the nearest clause punctuation on each side."""
    left = lo
    for m in _CLAUSE.finditer(text, lo, start):
        left = m.end()
    right_match = _CLAUSE.search(text, end, hi)
    right = right_match.start() if right_match else hi
    return left, right


def clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clauses of [lo, hi) (a sentence), split at clause punctuation; together they cover [lo, hi)."""
    bounds: list[tuple[int, int]] = []
    left = lo
    for m in _CLAUSE.finditer(text, lo, hi):
        if m.start() > left:
            bounds.append((left, m.start()))
        left = max(left, m.end())
    if hi > left or not bounds:
        bounds.append((left, hi))
    return bounds
