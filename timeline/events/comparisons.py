"""Whether a date stands in the standard of a comparison ("more than in March", "la misma cantidad que … el 25 de
febrero", "the highest since March"): the point a quantity is measured against, not a happening.

A comparison has two terms: what is compared ("more people", "moins important", "the highest toll") and its
standard, opened by a word (``[events] standard_words``: "than", "compared with", "so với", "比"; or
``standard_links`` after a first term of ``comparatives``: "the same number as", "plus … que", "mehr … als").
A likeness is a comparison too: a date that is its whole standard ("cuando llega, como ayer, hay que desviar el
tráfico", "comme lundi, des milliers de personnes…", "like yesterday", ``likeness_words``) is the point the clause
is likened to. A date inside the standard is a reference point; a date outside it ("The talks, more difficult
than expected, ended on 3 May") is not. A standard that is a bare number is a quantity ("more than 40 people died on Friday"),
and so is a first term followed by one ("plus de 40 personnes … que"): its date is the happening's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from timeline.events.titles import asides
from timeline.events.words import MARKS, mask, word_regex
from timeline.lang import load_language
from timeline.model import Timex
from timeline.places import fold


#: How far before a date the word that opens its standard may stand ("que se atribuía a la represión de Gadafi el
#: 25 de febrero"), and the first term before that word ("la misma cantidad que").
STANDARD_REACH = 80
FIRST_TERM_REACH = 60
#: What ends a clause inside a sentence: a comparison's two terms and its standard are in one clause. A dot or a
#: comma between digits is part of a number ("20.000", "20,000"); a dash between spaces sets off an aside.
_CLAUSE_MARK = re.compile(r"[;:!?()\[\]«»\"“”„\n،؛؟。，、；：！？]|[.,](?!\d)|\s[-–—]\s")
#: An aside set off by a pair of dashes ("la represión de Gadafi –y en las mismas condiciones– el 25 de febrero"),
#: or by brackets: the clause runs on around it.
_DASHED = re.compile(r"(?<!\S)[–—][^–—\n]{1,150}?[–—](?=[\s,.;:])|\s-\s[^\n]{1,150}?\s-(?=\s)")
#: A number right after a word: "than 40", "de 40", "than 2,000".
_NUMBER = re.compile(r"\s*\d")
#: A word, after an elided one ("d'une centaine").
_WORD = re.compile(rf"\s*(?:[^\W\d_]+['’])?([^\W\d_][\w{MARKS}]*)")


@lru_cache(maxsize=None)
def _number_words(code: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_language(code).table("numbers"))


def clause_start(text: str, pos: int, code: str, reach: int) -> int:
    """Where the clause that runs up to ``pos`` begins, looking back at most ``reach`` characters: after the last
    clause mark or conjunction (``[events] conjunctions``: "more difficult than expected and ended on 3 May")."""
    lo = max(0, pos - reach)
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, lo, pos)]
    conjunction = word_regex(code, ("conjunctions",), "word")
    if conjunction is not None:
        marks += [m.end() for m in conjunction.finditer(text, lo, pos)]
    return max(marks, default=lo)


def _words_at(text: str, lo: int, hi: int, code: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """The spans of the words of the lists ``names`` between lo and hi, as whole words (an elided word ends at its
    apostrophe: "qu'en 2010"; in a language written without spaces, anywhere)."""
    regex = word_regex(code, names, "start")
    if regex is None:
        return []
    spaced = load_language(code).spaced
    found = []
    for m in regex.finditer(text, lo, hi):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        if m.end() > start and not (spaced and start > 0 and re.match(rf"[\w{MARKS}]", text[start - 1])):
            found.append((start, m.end()))
    return found


def _quantity(text: str, pos: int, code: str, timexes: Sequence[Timex], skip: int = 0) -> bool:
    """Whether a number follows ``pos``, after at most ``skip`` short words ("than 40", "de 40", "than forty", "more
    than five years": a length of time is a quantity too), and is no date ("than 2010", "than a year earlier")."""
    for _ in range(skip + 1):
        number = _NUMBER.match(text, pos)
        word = _WORD.match(text, pos)
        at = number.end() - 1 if number else (word.start(1) if word else None)
        if at is not None and (number or fold(word.group(1)) in _number_words(code)):
            return not any(t.start <= at < t.end and t.type in ("DATE", "TIME") for t in timexes)
        if word is None or len(word.group(1)) > 4:
            return False
        pos = word.end()
    return False


def _first_term(text: str, link: int, code: str, timexes: Sequence[Timex], hidden: int) -> bool:
    """Whether a comparative stands before the link word at ``link`` in its clause ("la misma cantidad que", "mehr
    Menschen als"; a comma may stand right before the link: "столько же, сколько"), and is no quantity ("más de 40
    personas … que")."""
    comma = re.search(r",\s*$", text[max(0, link - 3):link])
    lo = clause_start(text, link - len(comma.group()) if comma else link, code, FIRST_TERM_REACH + hidden)
    return any(not _quantity(text, e, code, timexes, skip=1)
               for _, e in _words_at(text, lo, link, code, ("comparatives",)))


def _without_asides(text: str, start: int, end: int) -> tuple[str, int]:
    """The text with the asides before the expression blanked out, offsets kept, and how many characters they
    took (the reaches do not count them)."""
    lo = max(0, start - STANDARD_REACH - FIRST_TERM_REACH - 300)
    found = [m.span() for m in _DASHED.finditer(text, lo, start)] + asides(text, lo, start, (start, end))
    return (mask(text, found), sum(b - a for a, b in found)) if found else (text, 0)


#: What sets a likeness off before it: a clause mark or the start of its sentence.
_SET_OFF = re.compile(r"(?:^|[,;:(\[–—.!?؟،؛。，；：！？\n])\s*$")
#: What closes the clause right after a likeness's date.
_LIKENESS_CLOSE = re.compile(r"\s*(?:[,;:.!?)\]»”\"،؛؟。，；：！？]|\s[-–—]\s|$)")


@lru_cache(maxsize=None)
def _likeness(code: str) -> re.Pattern[str] | None:
    """A word of ``likeness_words`` right before a position, at most one short word between ("como en marzo", "as
    on Monday", "wie am Montag", "كما في")."""
    language = load_language(code)
    words = language.words("likeness_words")
    if not words or not language.spaced:
        return None
    body = "|".join(sorted(words, key=len, reverse=True))
    clitic = f"[{re.escape(language.clitics)}]?" if language.clitics else ""  # "وكما": "و" + "كما"
    return re.compile(rf"(?:^|(?<=[^\w{MARKS}])){clitic}(?:{body})(?:\s+[^\W\d_]{{1,3}})?\s+$", re.IGNORECASE)


def likeness_start(text: str, start: int, end: int, code: str) -> int | None:
    """Where the likeness begins whose whole standard is the expression at start–end, or None: the expression
    stands right after a word of ``likeness_words`` and closes its clause ("como ayer,", "comme lundi dernier,",
    "like yesterday."), so no verb of its own follows ("as it did yesterday" is a clause of its own); the likeness
    is set off from what it likens, by a mark or its sentence's start ("…, como ya el lunes", "Comme lundi, …"),
    where a correlative is not ("tanto el 3 de mayo como el 5 de mayo")."""
    before = _likeness(code)
    if before is None or _LIKENESS_CLOSE.match(text, end) is None:
        return None
    found = before.search(text, max(0, start - 40), start)
    return found.start() if found and _SET_OFF.search(text, max(0, found.start() - 40), found.start()) else None


def in_standard(text: str, start: int, end: int, code: str, timexes: Sequence[Timex]) -> bool:
    """Whether the expression at start–end stands in the standard of a comparison: after the word that opens the
    standard within its clause ("than in March", "que les 20.000 tués annoncés le mois dernier"), that standard no
    bare number; or right before a word that closes one (``[events] standard_ends``: "与5月3日相比"). In a language
    written without spaces the opening word stands right before the date ("比上个月")."""
    after = word_regex(code, ("standard_ends",), "start")
    if after is not None and after.match(text, end, min(len(text), end + 8)):
        return True
    if likeness_start(text, start, end, code) is not None:
        return True
    text, hidden = _without_asides(text, start, end)
    lo = clause_start(text, start, code, STANDARD_REACH + hidden)
    openers = sorted([(s, e, "alone") for s, e in _words_at(text, lo, start, code, ("standard_words",))]
                     + [(s, e, "link") for s, e in _words_at(text, lo, start, code, ("standard_links",))])
    if not openers:
        return False
    s, e, kind = openers[-1]
    if not load_language(code).spaced and text[e:start].strip():
        return False
    if _quantity(text, e, code, timexes):
        return False
    return kind == "alone" or _first_term(text, s, code, timexes, hidden)


def record_since(text: str, start: int, end: int, code: str, timexes: Sequence[Timex]) -> bool:
    """Whether the clause of a period opened by "since" compares it (``[events] record_words``: "the highest since
    March", "la première fois depuis", "自2008年以来最高"), not by a quantity ("plus de 40 morts depuis le 15
    mars"): a reference point, however recent."""
    text, hidden = _without_asides(text, start, end)
    lo = clause_start(text, start, code, FIRST_TERM_REACH + hidden)
    hi = min(len(text), end + FIRST_TERM_REACH)
    close = _CLAUSE_MARK.search(text, end, hi)
    hi = close.start() if close else hi
    return any(not _quantity(text, e, code, timexes, skip=1)
               for _, e in _words_at(text, lo, hi, code, ("record_words",)))
