"""A definite noun phrase the date qualifies names a happening the article has told already: "el ataque del
sábado" after "atacaron … el sábado", "l'engin tiré dimanche" after "ont lancé dimanche un missile", "Saturday's
raid" after "attacked … on Saturday", "der Angriff vom Samstag". Its head is the first telling's word, a word of
the same kind of happening (`[events] happening_kinds`), or a noun that names any happening ("los hechos", "les
violences", "the incident": `generic_nouns`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.events.words import MARKS, STEM, happening_kinds, word_regex
from timeline.lang import load_language
from timeline.places import fold


@dataclass(frozen=True)
class Recall:
    """The head of a definite noun phrase a date qualifies: what happening of that day it can name."""

    #: the head's first letters, compared with a telling's content stems (``words.stems``)
    stem: str
    #: the kinds of happening the head names (``words.happening_kinds``)
    kinds: frozenset[int]
    #: the head names any happening ("los hechos", "the incident")
    generic: bool

    def names(self, stems: frozenset[str], kinds: frozenset[int]) -> bool:
        """Whether the head names a happening told with these content stems and kinds."""
        return self.generic or self.stem in stems or bool(self.kinds & kinds)


_WORD = rf"[^\W\d_][\w{MARKS}'’-]*"


@lru_cache(maxsize=None)
def _before(code: str) -> re.Pattern[str] | None:
    """A definite determiner, a head, an optional participle and an optional link word, right before a date."""
    language = load_language(code)
    determiners, links = language.words("definite_determiners"), language.words("date_links")
    if not determiners:
        return None
    participles = language.words("date_participles")
    det = "|".join(sorted(determiners, key=len, reverse=True))
    link = "|".join(sorted(links, key=len, reverse=True)) if links else None
    middle = rf"(?:\s+(?P<middle>{'|'.join(participles)}))?" if participles else ""
    tail = rf"(?:\s+(?P<link>{link}))?" if link else ""
    return re.compile(rf"(?:^|(?<![\w{MARKS}]))(?:{det})\s*(?<=\s|['’])(?P<head>{_WORD}){middle}{tail}\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=None)
def _after(code: str) -> re.Pattern[str] | None:
    """A possessive mark after the date and the head it qualifies ("Saturday's attack")."""
    marks = load_language(code).words("date_possessives")
    return re.compile(rf"(?:{'|'.join(marks)})\s+(?P<head>{_WORD})") if marks else None


def _starts_with_link(mention: str, code: str) -> bool:
    links = word_regex(code, ("date_links",), "start")
    return links is not None and links.match(mention) is not None


def recall(text: str, code: str, lo: int, start: int, end: int) -> Recall | None:
    """The head of the definite noun phrase the date at [start, end) qualifies within its clause opened at
    ``lo``, if it does: "la marcha de hoy", "l'engin tiré dimanche", "the attack on Saturday". A determiner, a
    noun and a bare date ("los manifestantes el sábado …") is a subject and its date, not such a phrase: a link
    word or a participle must join them."""
    head = None
    before, after = _before(code), _after(code)
    found = before.search(text[max(lo, start - 80):start]) if before else None
    if found and (found.group("link") or found.groupdict().get("middle") or _starts_with_link(text[start:end], code)):
        head = found.group("head")
    elif after and (behind := after.match(text, end)):
        head = behind.group("head")
    if head is None:
        return None
    generic = word_regex(code, ("generic_nouns",), "word")
    nouns = word_regex(code, ("event_nouns",), "word")
    kinds = happening_kinds(head, code)
    is_generic = generic is not None and generic.fullmatch(head) is not None
    if not (kinds or is_generic or (nouns is not None and nouns.fullmatch(head))):
        return None  # "la nuit de vendredi", "los manifestantes del sábado": no happening named
    return Recall(fold(head.lower())[:STEM], kinds, is_generic)
