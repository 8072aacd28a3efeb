"""The structure of an article around its sentences: the dateline, and sentences that a date runs across."""

from __future__ import annotations

import re
from typing import Sequence

from timeline.events.spans import Item, grain_of
from timeline.model import Timex
from timeline.text.segment import Span, sentences


def event_sentences(text: str, items: Sequence[Item]) -> list[Span]:
    """The sentences of ``text``; a full stop inside a time expression ends none ("vom 14. bis 18. Oktober")."""
    ordered = sorted((i.start, i.end) for i in items)
    merged: list[Span] = []
    k = 0
    for sent in sentences(text):
        if merged:
            # the items that begin in the sentence before: does one of them reach into this one?
            while k < len(ordered) and ordered[k][1] <= merged[-1].end:
                k += 1
            j, across = k, False
            while j < len(ordered) and ordered[j][0] < merged[-1].end:
                if ordered[j][1] > sent.start:
                    across = True
                    break
                j += 1
            if across:
                start = merged[-1].start
                merged[-1] = Span(start, sent.end, text[start:sent.end])
                continue
        merged.append(sent)
    return merged

_DATELINE_SEPARATOR = re.compile(r"\s[—–-]{1,2}\s|—|\s:\s")

def dateline_end(text: str, timexes: Sequence[Timex]) -> int:
    """Where a dateline ends ("CAIRO, 12 March 2026 — "): a place and a full date before a dash on the first
    line. Its date is the article's, not an event, and its place is where the reporter writes from."""
    first_line = text[: min(len(text), 160)].split("\n", 1)[0]
    separator = _DATELINE_SEPARATOR.search(first_line)
    if separator is None or len(first_line[: separator.start()].split()) > 10:
        return 0
    dated = any(t.type == "DATE" and t.end <= separator.start() and t.interval is not None
                and grain_of(t) == "day" for t in timexes)
    return separator.end() if dated else 0

def after_dateline(sents: list[Span], text: str, end: int) -> list[Span]:
    if not end or not sents or sents[0].start >= end:
        return sents
    first = sents[0]
    rest = text[end:first.end]
    start = end + (len(rest) - len(rest.lstrip()))
    return [Span(start, first.end, text[start:first.end])] + sents[1:] if start < first.end else sents[1:]
