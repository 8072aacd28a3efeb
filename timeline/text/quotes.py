"""Quoted names: the titles of events, slogans and reports that a text puts in quotation marks.

A quotation introduced by a naming word of the language ("titled", "بعنوان", "sous le thème") is a name,
not speech: words inside it ("the future" in a slogan) are not time expressions, and an event takes its title
from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTED = re.compile(r'"([^"\n]{2,300})"|“([^”\n]{2,300})”|«([^»\n]{2,300})»|„([^“”\n]{2,300})[“”]|「([^」\n]{2,300})」')


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark
    text: str  # between the marks
    named: bool  # introduced by a naming word


def quotes(text: str, naming_words: tuple[str, ...] = ()) -> list[Quote]:
    """Every quotation of ``text``; ``named`` when one of ``naming_words`` stands right before it."""
    naming = re.compile(r"(?:%s)\W{0,3}$" % "|".join(naming_words), re.IGNORECASE) if naming_words else None
    found = []
    for m in _QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        before = text[max(0, m.start() - 40):m.start()]
        named = bool(naming and naming.search(before))
        found.append(Quote(m.start(), m.end(), inner, named))
    return found
