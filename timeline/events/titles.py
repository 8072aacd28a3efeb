"""Event titles: a quoted name the text gives, else the clause around the date."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from timeline.events.words import IS_MARK, PUNCT_EDGES, mask, preceded_by, word_regex
from timeline.lang import load_language
from timeline.text.quotes import Quote
from timeline.text.segment import Span


TITLE_LIMIT = 80

#: A clause title shorter than this says too little: the subject clause of the sentence is added to it.
TITLE_MINIMUM = 12

#: A parenthesised aside ("(Hoa Kỳ)", "(UNODC)"): no clause boundary, never part of a title.
_ASIDE = re.compile(r"\([^()\n]{0,200}\)")

def _strip_edges(title: str, code: str) -> str:
    edge = word_regex(code, ("edge_words",), "word")
    previous = None
    while previous != title:
        previous = title
        title = title.strip()
        if edge is not None and (m := edge.match(title)) and m.start() == 0:  # before punctuation: "'s"
            title = title[m.end():]
        title = title.strip(PUNCT_EDGES)
        if edge is not None:
            m = edge.match(title)
            if m and m.start() == 0:
                title = title[m.end():]
            tail = None
            for tail in edge.finditer(title):
                pass
            if tail is not None and tail.end() == len(title):
                title = title[:tail.start()]
    return " ".join(title.split())

def _strip_tail(piece: str, code: str) -> str:
    """A piece of a title before a removed date or place, without the words that introduced it ("in", "from")."""
    words = word_regex(code, ("edge_words", "locative_prepositions", "range_openers", "since_words"), "end")
    previous = None
    while previous != piece:
        previous = piece
        piece = piece.rstrip(PUNCT_EDGES)
        if words is not None and (m := words.search(piece)):
            piece = piece[:m.start()]
    return piece

def shorten(title: str, limit: int = TITLE_LIMIT) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(PUNCT_EDGES) + "…"

def naming_start(text: str, quote: Quote, code: str) -> int:
    """Where the words that introduce a slogan ("under the theme") begin."""
    m = preceded_by(text, quote.start, code, "slogan_words", 40)
    return quote.start - len(m.group().lstrip(PUNCT_EDGES)) if m else quote.start

def _blank(regex: re.Pattern[str] | None, piece: str) -> str:
    """``piece`` with the matches of ``regex`` blanked, combining marks ignored ("تعقد" matches "تُعقد")."""
    if regex is None:
        return piece
    keep = [i for i, c in enumerate(piece) if not IS_MARK.match(c)]
    bare = "".join(piece[i] for i in keep)
    spans = []
    for m in regex.finditer(bare):
        if m.end() > m.start():
            end = keep[m.end() - 1] + 1
            while end < len(piece) and IS_MARK.match(piece[end]):
                end += 1
            spans.append((keep[m.start()], end))
    return mask(piece, spans)

def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged

def _clause_title(text: str, lo: int, hi: int, code: str, removed: Sequence[tuple[int, int]]) -> str:
    """The words of [lo, hi) outside the removed spans, without the words that introduced a removed span,
    the language's ``title_drop`` words (reporting verbs, auxiliaries), nor edge words."""
    drop = word_regex(code, ("title_drop",), "word")
    pieces: list[str] = []
    pos = lo
    for s, e in _merge_spans((max(lo, s), min(hi, e)) for s, e in removed if s < hi and e > lo):
        if s > pos:
            pieces.append(_strip_tail(_blank(drop, text[pos:s]), code))
        pos = max(pos, e)
    if pos < hi:
        pieces.append(_blank(drop, text[pos:hi]))
    joiner = " " if load_language(code).spaced else ""  # Chinese: no spaces between words
    title = joiner.join(" ".join(pieces).split())
    title = re.sub(r"\(\s*\)|\[\s*\]|«\s*»|“\s*”|\"\s*\"", " ", title)  # brackets and quotes left empty
    title = re.sub(r"\s+([,;:،؛])", r"\1", title)  # punctuation left alone by a removal
    title = re.sub(r"([,;:،؛])(?:\s*[,;:،؛])+", r"\1", title)
    return _strip_edges(title, code)

def title_of(text: str, code: str, sent: Span, bounds: list[tuple[int, int]], lo: int, hi: int,
           removed: Sequence[tuple[int, int]]) -> tuple[str, int]:
    """The clause's own words; too few, the sentence's first clause (its subject) and then the clause that
    follows a fronted date ("Ngày 28/10, mưa lớn…", "The following day, soldiers…") complete it."""
    title = _clause_title(text, lo, hi, code, removed)
    if len(title) >= TITLE_MINIMUM:
        return shorten(_capitalised(title)), 1
    k = next((n for n, (a, b) in enumerate(bounds) if a <= lo < b or a < hi <= b), 0)
    before = [_clause_title(text, a, b, code, removed) for a, b in bounds[:k]]
    if any(before):
        subject = next(t for t in before if t)
        extended = f"{subject} {title}".strip()
    elif k + 1 < len(bounds):
        extended = f"{title} {_clause_title(text, bounds[k + 1][0], bounds[k + 1][1], code, removed)}".strip()
    else:
        extended = title
    if len(extended) >= TITLE_MINIMUM or len(extended) > len(title):
        title = extended
    if len(title) < 3:
        title = _clause_title(text, sent.start, sent.end, code, removed)
    return (shorten(_capitalised(title)), 1) if len(title) >= 3 else ("", 0)

def _capitalised(title: str) -> str:
    """A title begins with a capital, as the sentence it was cut from did ("the opening session" → "The …")."""
    return title[:1].upper() + title[1:] if title[:1].islower() else title

def asides(text: str, lo: int, hi: int, keep: tuple[int, int]) -> list[tuple[int, int]]:
    """Parenthesised asides of [lo, hi) that do not hold the span ``keep``."""
    return [m.span() for m in _ASIDE.finditer(text, lo, hi) if not (m.start() <= keep[0] < m.end())]
