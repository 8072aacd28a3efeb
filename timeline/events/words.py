"""The language's ``[events]`` word lists as patterns, and small text helpers the event stages share."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from timeline.lang import load_language
from timeline.places import fold


PUNCT_EDGES = " \t\n.,;:!?،؛؟-–—()[]{}\"'“”«»„。，、；：！？"

#: Combining marks are part of a word: Arabic vowel signs ("تُعقد"), tones written apart from their vowel.
MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"

IS_MARK = re.compile(f"[{MARKS}]")

@lru_cache(maxsize=None)
def word_regex(code: str, names: tuple[str, ...], anchor: str, without: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """The words of the language's ``[events]`` lists ``names`` as one pattern, less those of the lists
    ``without``.

    anchor "end": the words right before a position; "start": right after one; "word": the words anywhere, as
    whole words (in a language written without spaces, anywhere at all)."""
    language = load_language(code)
    left_out = {w for name in without for w in language.words(name)}
    words = [w for name in names for w in language.words(name) if w not in left_out]
    if not words:
        return None
    body = "|".join(sorted(set(words), key=len, reverse=True))
    if anchor == "start":  # the words right after a position; an elided word ends at its apostrophe ("l’attentat")
        return re.compile(rf"\s*(?:{body})" + ("" if not language.spaced else rf"(?:(?<=['’])|(?![\w{MARKS}]))"),
                          re.IGNORECASE)
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


#: A content word is compared by its first letters ("liberar", "liberados"; "manifestants", "manifestations").
STEM = 5
#: A clause with fewer content words says too little to tell its happening: its sentence's words stand for it.
MIN_STEMS = 2
#: Shorter words are function words in the project's spaced languages.
MIN_WORD = 4
#: A word in more than this share of an article's sentences ("Gadafi", "Tahrir") tells its happenings apart from
#: none; it counts only in articles of at least FREQUENT_MIN_SENTENCES sentences.
FREQUENT_SHARE = 1.0
FREQUENT_MIN_SENTENCES = 6
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _calendar_words(code: str) -> frozenset[str]:
    language = load_language(code)
    words = set(language.stopwords) | {w for w in language.words("edge_words") if w.isalpha()}
    for table in ("months", "weekdays", "numbers", "relative_days", "parts_of_day", "units", "refs", "relatives"):
        words.update(fold(str(w)) for w in language.table(table))
    return frozenset(fold(w) for w in words)


def stems(text: str, code: str) -> frozenset[str]:
    """The content stems of a piece of text; none in a language whose words the first letters do not tell apart
    (``[events] words_tell_happenings`` unset: Arabic clitics, Vietnamese syllables, Chinese without spaces)."""
    if not load_language(code).words("words_tell_happenings"):
        return frozenset()
    skip = _calendar_words(code)
    return frozenset(w[:STEM] for w in (fold(m.group()) for m in _WORD.finditer(text))
                     if len(w) >= MIN_WORD and w not in skip)


def frequent_stems(sentences: Iterable[str], code: str) -> frozenset[str]:
    """Stems in more than FREQUENT_SHARE of the sentences: the article's subject, which every happening shares."""
    per_sentence = [stems(s, code) for s in sentences]
    if len(per_sentence) < FREQUENT_MIN_SENTENCES:
        return frozenset()
    counts: dict[str, int] = {}
    for found in per_sentence:
        for stem in found:
            counts[stem] = counts.get(stem, 0) + 1
    return frozenset(s for s, n in counts.items() if n > FREQUENT_SHARE * len(per_sentence))


@lru_cache(maxsize=None)
def _kind_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"(?<![\w{MARKS}])(?:{kind})(?![\w{MARKS}])", re.IGNORECASE)
                 for kind in load_language(code).words("happening_kinds"))


def happening_kinds(text: str, code: str) -> frozenset[int]:
    """The kinds of happening a piece of text tells, by their place in the language's ``[events]
    happening_kinds`` (each a pattern of the nouns and verbs of one kind: an attack, a protest, a killing…):
    tellings of one happening in other words ("atacaron" and "el ataque", "marcha" and "manifestación") share
    one."""
    return frozenset(k for k, pattern in enumerate(_kind_patterns(code)) if pattern.search(text))
