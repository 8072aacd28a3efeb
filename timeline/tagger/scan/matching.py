"""Bounded matching: the matches of ``finditer`` over a whole text, trying only the starts a gate allows.

:func:`matches` replays ``finditer`` — the leftmost match from the end of the previous one — over the windows
of possible starts (:meth:`~.index.Features.starts`) only: each ``search`` ends ``reach`` characters past the last
start it may take (a match found beyond that start is dropped), so no attempt sees the text cut short, and
lookbehinds see the text before ``pos`` (``re`` keeps the whole string). An attempt at a start therefore gives
what it gives in a full scan, an attempt at any other start fails, and the matches are exactly those of
``regex.finditer(text)``. ``tests/tagger/test_scan.py`` checks this on mixed, random and hostile texts.

The search runs the rule's pattern behind a lookahead that needs ``width`` (the reach rounded up) more
characters, ending that many past the window (:meth:`RulePattern.bounded`): the starts past the window then fail
at once instead of being tried one by one, and those in it are tried as by the plain pattern.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from timeline.tagger.scan.index import Features
from timeline.tagger.scan.regex import Regex

#: The longest lookahead of a bounded variant (a rule of a longer reach searches with its plain pattern).
MAX_BOUND = 1024


def bound_width(reach: int) -> int:
    """The lookahead of the bounded variant for a reach: the reach rounded up, so that a rule has a few variants
    only (the tail at most 1/4 longer than needed)."""
    step = 1 << max(3, reach.bit_length() - 3)
    return -(-reach // step) * step


class RulePattern:
    """A rule's pattern, ``lead`` (assertions that consume nothing: the first-character guard, the word boundary)
    then ``body``, with its bounded variants: the same pattern with a lookahead ``(?=(?s:.){width})`` between the
    two. An attempt that the lead fails stays as cheap; one at a start too near the end of a search fails at once."""

    __slots__ = ("lead", "body", "regex", "variants")

    def __init__(self, lead: str, body: str, flags: int, regex: Regex | None = None,
                 variants: dict[int, Regex] | None = None) -> None:
        self.lead = lead
        self.body = body
        self.regex = regex if regex is not None else Regex(lead + body, flags)
        self.variants = dict(variants or {})

    @classmethod
    def prepared(cls, lead: str, body: str, flags: int, widths: tuple[int, ...] = ()) -> RulePattern:
        """With the engine code of the pattern and of its variants for ``widths`` (for a cache)."""
        variants = {w: Regex.prepared(cls._variant(lead, body, w), flags) for w in widths if w <= MAX_BOUND}
        return cls(lead, body, flags, Regex.prepared(lead + body, flags), variants)

    @staticmethod
    def _variant(lead: str, body: str, width: int) -> str:
        return f"{lead}(?=(?s:.){{{width}}}){body}"

    @property
    def compiled(self) -> re.Pattern[str]:
        return self.regex.compiled

    def bounded(self, width: int) -> re.Pattern[str] | None:
        """The variant that needs ``width`` more characters at a start (None beyond :data:`MAX_BOUND`)."""
        if width > MAX_BOUND:
            return None
        found = self.variants.get(width)
        if found is None:
            found = self.variants[width] = Regex(self._variant(self.lead, self.body, width), self.regex.flags)
        return found.compiled

    def __reduce__(self) -> tuple[Any, ...]:
        return (RulePattern, (self.lead, self.body, self.regex.flags, self.regex, self.variants))


def matches(pattern: RulePattern, gate: Any, text: str, features: Features | None) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.compiled.finditer(text)``, trying only the starts the gate allows."""
    regex = pattern.compiled
    if gate is None or features is None or not features.options.gated:
        yield from regex.finditer(text)
        return
    windows = features.starts(gate)
    if not windows:
        return
    n = len(text)
    pos = 0
    search = regex.search
    reach = gate.reach
    reach = features.size(reach) if reach[1] else reach[0]
    width = bound_width(reach)
    tight = pattern.bounded(width)
    for a, b in windows:
        if b <= pos:
            continue
        if tight is not None and b + width <= n:  # starts past b fail at once (see RulePattern.bounded)
            find, end = tight.search, b + width
        else:
            find, end = search, min(n, b + reach)
        start = a if a > pos else pos
        while start < b:
            m = find(text, start, end)
            if m is None or m.start() >= b:
                break
            yield m
            pos = m.end()
            if pos == m.start():  # pragma: no cover - a gated rule consumes its cover string
                pos += 1
            start = pos
