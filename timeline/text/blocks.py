"""A long text as blocks of bounded length, cut where no sentence spans the cut.

Each stage of the pipeline is fast on an article, but some look across the whole text (the last date mentioned,
the places of a sentence's neighbours), so their cost grows faster than the text. A text far longer than an
article (a book, a year of wires in one file) is analysed block by block: the time then grows linearly with its
length and the memory a stage needs is bounded by one block.
"""

from __future__ import annotations

import re
from typing import Iterator

#: Longest block, in characters: some forty news articles, so that an article is never cut.
BLOCK_CHARS = 100_000

# Where to cut, best first: after a blank line (between paragraphs), after a line break (a sentence ends
# there), after the end of a sentence, after white space.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?؟。！？]\s+|[。！？]"), re.compile(r"\s+"))


def blocks(text: str, size: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, block)`` pairs that cover ``text`` in order, each block at most ``size`` characters, cut at the
    best place in the second half of the window (a character boundary when there is none)."""
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = end
        for pattern in _CUTS:
            found = [m.end() for m in pattern.finditer(text, start + size // 2, end)]
            if found:
                cut = found[-1]
                break
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]
