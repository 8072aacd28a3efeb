"""Sentences and clauses, as spans of the text (offsets preserved)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

# A sentence ends at a line break, or at . ! ? ؟ 。 followed by white space (or the end), unless the dot ends
# a one-letter initial or a short abbreviation ("U.S.", "Oct.", "Mr."), or follows a number and is followed by a
# lower-case word, a number or a comma ("25., 26. und 27."); in a language that writes ordinals with a dot
# (German: "am 3. Oktober"), a dot after a number of one or two digits followed by any word ends nothing. A
# full-width 。！？ ends one even without a space (Chinese writes none).
_END = re.compile(r"\n+|(?<=[.!?؟。！？])[\"'”»)]*(?=\s|$)|(?<=[。！？])[”」』）]*")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b[A-Z][a-z]{1,3}|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$")
_CLAUSE = re.compile(r"[،,;؛:]\s|[，；：]|\s[-–—]\s|\(|\)")


#: what opens a clause inside a sentence before a fronted phrase: a dash (a dateline's "PARIS, 3 mai —"), a colon
_CLAUSE_OPENER = re.compile(r"\s[-–—]\s|[:：]\s?")
#: the comma that sets off a fronted phrase
_FRONTING_COMMA = re.compile(r"[^\S\n]*[,،，][^\S\n]*")


def after_fronted(text: str, left: int, start: int, end: int, words: int = 2) -> int | None:
    """If ``[start, end)`` is fronted before its clause and set off by a comma ("Dimanche, le porte-parole a
    affirmé…", "PARIS, 3 mai — Mais mardi, …"), the offset after that comma, else None. Fronted: at most
    ``words`` words and no comma between it and the start of its sentence ``left`` or the dash or colon that
    opens its clause."""
    comma = _FRONTING_COMMA.match(text, end)
    if comma is None:
        return None
    opened = left
    for m in _CLAUSE_OPENER.finditer(text, left, start):
        opened = m.end()
    lead = text[opened:start]
    if "," in lead or "،" in lead or "，" in lead or len(lead.split()) > words:
        return None
    return comma.end()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def _ends(text: str, m: re.Match[str], ordinal_dot: bool = False) -> bool:
    """Whether a match of ``_END`` ends a sentence (not an abbreviation's dot, nor an ordinal's)."""
    if m.group().startswith("\n"):
        return True
    end = m.end()
    if _ABBREVIATION.search(text[max(0, end - 8):end]):
        return False
    mark = m.start() - 1
    if text[mark] == "." and mark > 0 and text[mark - 1].isdigit():
        rest = text[end:end + 8].lstrip()
        if ordinal_dot and rest[:1].isalpha() and not (mark > 2 and text[mark - 3:mark].isdigit()):
            return False  # "am 3. Oktober", "vom 14. bis 18. Oktober": a day, not a sentence's last word
        return not rest or not (rest[0].islower() or rest[0].isdigit() or rest[0] == ",")
    return True


def sentence_ends(text: str, lo: int = 0, hi: int | None = None, ordinal_dot: bool = False) -> Iterator[tuple[int, int]]:
    """Each end of a sentence whose mark stands in ``[lo, hi)``: (the mark's offset, the offset after it and the
    closing quotes that go with it). The text after ``hi`` is read too: whether a dot ends a sentence depends on
    what follows it. ``ordinal_dot``: the language writes ordinals with a dot ("3. Oktober")."""
    hi = len(text) if hi is None else hi
    for m in _END.finditer(text, lo):
        mark = m.start() if m.group().startswith("\n") else m.start() - 1
        if mark >= hi:
            return
        if mark >= lo and _ends(text, m, ordinal_dot):
            yield mark, m.end()


def sentence_around(text: str, start: int, end: int, reach: int = 200, ordinal_dot: bool = False) -> tuple[int, int]:
    """The sentence holding ``[start, end)``, looked for at most ``reach`` characters on each side: from after the
    last sentence end before it to the mark of the first one after it."""
    lo = max(0, start - reach)
    left = lo
    for _, after in sentence_ends(text, lo, start, ordinal_dot):
        left = after if after <= start else left
    right = next((mark for mark, _ in sentence_ends(text, end, end + reach, ordinal_dot)), min(len(text), end + reach))
    return left, right


def sentences(text: str, ordinal_dot: bool = False) -> list[Span]:
    """The sentences of ``text``, stripped of surrounding white space."""
    spans: list[Span] = []
    begin = 0
    for _, after in sentence_ends(text, ordinal_dot=ordinal_dot):
        _append(spans, text, begin, after)
        begin = after
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
