"""Normalise text for matching while keeping a map back to the original offsets.

Grammars are written against a canonical form of the text: composed letters (NFC: Vietnamese or French typed
with combining accents, as macOS and some CMSs store it, reads like the precomposed text), ASCII digits
(Eastern Arabic-Indic, Persian and full-width digits are folded), no Arabic diacritics or tatweel, no bidi
control marks, plain spaces. Spans found in that form are mapped back to offsets into the text exactly as read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

#: Characters a reader does not see, which shown text leaves out: soft hyphen, zero-width space and joiners,
#: left-to-right and right-to-left marks, word joiner, byte order mark.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")

# One-to-one foldings (keep the length).
_FOLD = {}
for _base in (0x0660, 0x06F0, 0xFF10, 0x0966):  # Arabic-Indic, Persian, full-width, Devanagari digits
    for _i in range(10):
        _FOLD[_base + _i] = str(_i)
_FOLD.update({0x00A0: " ", 0x202F: " ", 0x2009: " ", 0x2007: " ", 0x3000: " ", 0x066B: ".", 0x066C: ",",
              0xFF0F: "/", 0xFF1A: ":", 0xFF0C: ",", 0x060C: "،", 0x2212: "-"})

# Characters dropped from the matching form: Arabic harakat and tatweel, bidi controls, zero-width marks.
_DROP = frozenset(
    list(range(0x064B, 0x0660))  # fathatan … sukun, maddah, hamza marks
    + [0x0670, 0x0640]  # superscript alef, tatweel
    + [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)

_DROP_RE = re.compile("[" + "".join(chr(c) for c in sorted(_DROP)) + "]+")

#: The preposition ل before the article ال is written لل ("للعام المقبل", "وللربع الثاني"): the matching form writes
#: the article's alef again ("لالعام") so that "العام المقبل" is found after its clitic, as after و or ب
_LAM_ARTICLE = re.compile(r"(?:\b|(?<=\b[وف]))ل(?=ل[^\W\d_])")
_FOLD_TABLE = {k: v for k, v in _FOLD.items()}

_ATTACHED = frozenset(list(range(0x064B, 0x0660)) + [0x0670, 0x0640])

BIDI_CONTROLS = frozenset([0x200E, 0x200F, 0x061C] + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)))


@dataclass(frozen=True)
class NormalisedText:
    """``text`` is the matching form; ``origin[i]`` is the offset in the original of ``text[i]``."""

    text: str
    origin: Sequence[int]
    original: str

    @property
    def original_length(self) -> int:
        return len(self.original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text.

        Marks written after the span's last letter (harakat, tatweel) belong to it: "هـ" stays whole."""
        if start >= len(self.origin):
            return self.original_length, self.original_length
        begin = self.origin[start]
        finish = self.origin[end - 1] + 1 if end > start else begin
        while finish < len(self.original) and (
            ord(self.original[finish]) in _ATTACHED or unicodedata.combining(self.original[finish])
        ):
            finish += 1
        return begin, finish


def _compose(text: str) -> tuple[str, list[int]]:
    """NFC of ``text`` cluster by cluster (a starter and the combining marks after it), with the offset in
    ``text`` of every character of the result: a composed letter maps to its base letter's offset."""
    pieces: list[str] = []
    origin: list[int] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text) and unicodedata.combining(text[i]):
            continue
        cluster = unicodedata.normalize("NFC", text[start:i])
        pieces.append(cluster)
        if len(cluster) == i - start:
            origin.extend(range(start, i))
        else:
            origin.extend([start] * len(cluster))
        start = i
    return "".join(pieces), origin


def normalise(text: str) -> NormalisedText:
    """Return the matching form of ``text`` with its offset map (linear in the length of the text)."""
    folded = text.translate(_FOLD_TABLE)
    composed: Sequence[int] = range(len(text))
    if not unicodedata.is_normalized("NFC", folded):
        folded, composed = _compose(folded)
    if _DROP_RE.search(folded) is None:
        return NormalisedText(*_article_after_lam(folded, composed), text)
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for m in _DROP_RE.finditer(folded):
        pieces.append(folded[last:m.start()])
        origin.extend(composed[last:m.start()])
        last = m.end()
    pieces.append(folded[last:])
    origin.extend(composed[last:len(folded)])
    return NormalisedText(*_article_after_lam("".join(pieces), origin), text)


def _article_after_lam(text: str, origin: Sequence[int]) -> tuple[str, Sequence[int]]:
    """``text`` with the alef of ال written again after the preposition ل (_LAM_ARTICLE); the alef maps to the
    preposition, so an expression found there spans the whole written word ("للعام المقبل")."""
    if "لل" not in text:
        return text, origin
    pieces: list[str] = []
    mapped: list[int] = []
    last = 0
    for m in _LAM_ARTICLE.finditer(text):
        pieces += [text[last:m.end()], "ا"]
        mapped += [*origin[last:m.end()], origin[m.start()]]
        last = m.end()
    if not last:
        return text, origin
    pieces.append(text[last:])
    mapped += origin[last:]
    return "".join(pieces), mapped


def strip_bidi(text: str) -> str:
    """Remove bidi control characters (they must not reach calendar text)."""
    return "".join(c for c in text if ord(c) not in BIDI_CONTROLS)
