"""The language's ``[events]`` word lists as patterns, and small text helpers the event stages share."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from timeline.lang import load_language


PUNCT_EDGES = " \t\n.,;:!?،؛؟-–—()[]{}\"'“”«»„。，、；：！？"

#: Combining marks are part of a word: Arabic vowel signs ("تُعقد"), tones written apart from their vowel.
MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"

IS_MARK = re.compile(f"[{MARKS}]")

@lru_cache(maxsize=None)
def word_regex(code: str, names: tuple[str, ...], anchor: str) -> re.Pattern[str] | None:
    """The words of the language's ``[events]`` lists ``names`` as one pattern.

    anchor "end": the words right before a position; "start": right after one; "word": the words anywhere, as
    whole words (in a language written without spaces, anywhere at all)."""
    language = load_language(code)
    words = [w for name in names for w in language.words(name)]
    if not words:
        return None
    body = "|".join(sorted(set(words), key=len, reverse=True))
    if anchor == "start":  # the words right after a position
        return re.compile(rf"\s*(?:{body})" + ("" if not language.spaced else rf"(?![\w{MARKS}])"), re.IGNORECASE)
    if not language.spaced:
        return re.compile(rf"(?:{body})\s*$" if anchor == "end" else rf"(?:{body})", re.IGNORECASE)
    if anchor == "end":  # a clitic may be written joined to the word: "ومنذ" is "و" + "منذ"
        clitic = f"[{re.escape(language.clitics)}]?" if language.clitics else ""
        return re.compile(rf"(?:^|(?<=[^\w{MARKS}])){clitic}(?:{body})\s*$", re.IGNORECASE)
    return re.compile(rf"(?<![\w{MARKS}])(?:{body})(?![\w{MARKS}])", re.IGNORECASE)

def preceded_by(text: str, pos: int, code: str, name: str, window: int = 30) -> re.Match[str] | None:
    regex = word_regex(code, (name,), "end")
    return regex.search(text[max(0, pos - window):pos]) if regex else None

def mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
    return "".join(chars)
