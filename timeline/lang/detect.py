"""Which language a text is written in: the one place that decides.

Google's Compact Language Detector 2 (CLD2, through ``pycld2``) knows some 80 languages, so a text in a language
the tagger has no resource file for is named ("looks like Italian (it), which is not supported") instead of
being read as the nearest supported one. CLD2 needs some text to be sure: on a short text, or when it is unsure,
the script of the letters and the stop words of the resource files guess, and the detection says it is unsure.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from timeline.lang import available_languages, load_language

_WORD = re.compile(r"\w+", re.UNICODE)
#: CLD2 is trusted from this many bytes of letters on (UTF-8: a Han character counts three): below it, two or
#: three words ("morgen um 15 Uhr") are read as a reliable Portuguese.
MIN_RELIABLE_BYTES = 40
# CLD2 refuses C0/C1 control characters other than whitespace, and surrogates cannot be encoded.
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class LanguageNotDetected(ValueError):
    """No resource file's language fits the text."""


class LanguageNotSupported(LanguageNotDetected):
    """The text is in a language the tagger has no resource file for."""


@dataclass(frozen=True)
class Detection:
    """The language found: ``code`` (ISO 639-1), ``confidence`` (0–1: CLD2's share of the text in that language
    when ``reliable``; 0 when only the script and stop words guessed), ``reliable`` (CLD2 was sure)."""

    code: str
    confidence: float
    reliable: bool

    @property
    def supported(self) -> bool:
        return self.code in available_languages()

    @property
    def name(self) -> str:
        return language_name(self.code)


def language_name(code: str) -> str:
    """The English name of a language ("Italian"), from CLDR through babel; the code when it has none."""
    from babel import Locale

    return Locale("en").languages.get(code, code)


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


def _cld2(text: str) -> Detection | None:
    """CLD2's answer when it is sure of a language over enough text, else None."""
    import pycld2

    try:
        reliable, size, details = pycld2.detect(_UNREADABLE.sub(" ", text))
    except pycld2.error:  # noqa: PERF203 - input it cannot read: guess from the script instead
        return None
    name, code, percent, _score = details[0]
    if not reliable or size < MIN_RELIABLE_BYTES or code == "un":
        return None
    return Detection(code.split("-")[0], percent / 100, True)  # "zh-Hant" is Chinese


def _guess(text: str) -> Detection:
    """The supported language whose script and stop words best fit the text."""
    scripts = Counter(_script(c) for c in text if c.isalpha())
    letters = sum(scripts.values())
    scripts.pop("Zyyy", None)
    if not scripts:
        if letters:
            raise LanguageNotDetected("cannot detect the language: its letters are in the script of none of "
                                      f"{', '.join(available_languages())} (use --lang)")
        raise LanguageNotDetected("cannot detect the language: the text has no letters (use --lang)")
    script = scripts.most_common(1)[0][0]
    languages = [load_language(code) for code in available_languages()]
    fitting = [lang for lang in languages if lang.script == script]
    if not fitting:
        raise LanguageNotDetected(f"cannot detect the language: no resource file for the {script} script (use --lang)")
    if len(fitting) == 1:
        return Detection(fitting[0].code, 0.0, False)
    words = Counter(w.casefold() for w in _WORD.findall(text))
    scores = {lang.code: sum(words[w] for w in lang.stopwords) for lang in fitting}
    best = max(scores, key=lambda c: (scores[c], c == "en"))
    return Detection(best, 0.0, False)


def detect(text: str, sample: int = 20000) -> Detection:
    """The language of ``text`` (its first ``sample`` characters), supported or not; LanguageNotDetected when
    the text has no letters of a supported script and CLD2 is not sure of another language."""
    head = unicodedata.normalize("NFC", text[:sample])  # accents typed as combining marks (NFD) read the same
    return _cld2(head) or _guess(head)


def detect_supported(text: str, sample: int = 20000) -> Detection:
    """The supported language the text is written in; LanguageNotSupported (naming the language) when it is
    written in another one, LanguageNotDetected when it cannot be told."""
    found = detect(text, sample)
    if not found.supported:
        raise LanguageNotSupported(f"looks like {found.name} ({found.code}), which is not supported: use --lang to "
                                   f"force one of {', '.join(available_languages())}")
    return found


def detect_language(text: str, sample: int = 20000) -> str:
    """The code of :func:`detect_supported`."""
    return detect_supported(text, sample).code
