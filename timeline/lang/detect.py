"""Guess the language of a text from its script and its most common words, using the resource files."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from timeline.lang import available_languages, load_language

_WORD = re.compile(r"\w+", re.UNICODE)


class LanguageNotDetected(ValueError):
    """No resource file's language fits the text."""


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    if name.startswith("ARABIC"):
        return "Arab"
    if name.startswith("CJK") or name.startswith("HIRAGANA") or name.startswith("KATAKANA"):
        return "Hani"
    if name.startswith("CYRILLIC"):
        return "Cyrl"
    if name.startswith("LATIN"):
        return "Latn"
    return "Zyyy"


def detect_language(text: str, sample: int = 20000) -> str:
    """The code of the language whose script and stop words best fit the text."""
    head = unicodedata.normalize("NFC", text[:sample])  # accents typed as combining marks (NFD) read the same
    scripts = Counter(_script(c) for c in head if c.isalpha())
    scripts.pop("Zyyy", None)
    if not scripts:
        raise LanguageNotDetected("cannot detect the language: the text has no letters (use --lang)")
    script = scripts.most_common(1)[0][0]
    languages = [load_language(code) for code in available_languages()]
    fitting = [lang for lang in languages if lang.script == script]
    if not fitting:
        raise LanguageNotDetected(f"cannot detect the language: no resource file for the {script} script (use --lang)")
    if len(fitting) == 1:
        return fitting[0].code
    words = Counter(w.casefold() for w in _WORD.findall(head))
    scores = {lang.code: sum(words[w] for w in lang.stopwords) for lang in fitting}
    best = max(scores, key=lambda c: (scores[c], c == "en"))
    return best
