"""Scan a text with a rule only where the rule can match: feature gating, with the same matches as ``finditer``.

From its parsed pattern, each rule gets a :class:`Gate` (:func:`analyse`):

* a *cover*: a few folded strings such that every match of the rule contains one of them (the month names of
  a ``{month}`` slot, "ago", "0s" in "{decade_year}s", a digit …), and ``pre``: how far after the start of
  the match such an occurrence may start;
* the *width*: the longest text a match can span, and the *reach*: how far past its start an attempt to match
  can read (lookaheads and boundary tests included). A repeat without bound ("[0-9]+") counts as the longest
  run of its characters in the text, so these are :data:`Linear` forms evaluated per text.

The text is cut into chunks of :data:`CHUNK` characters and each cover string is looked up once per text
(:class:`Features`, ``str.find`` in the folded text). A match holding a cover string that starts in chunk
``k`` starts in ``[k·CHUNK − pre, (k+1)·CHUNK)``; :func:`matches` replays ``finditer`` — the leftmost match
from the end of the previous one — over those starts only: each ``search`` ends ``reach`` characters past the
last start it may take (a match found beyond that start is dropped), so no attempt sees the text cut short,
and lookbehinds see the text before ``pos`` (``re`` keeps the whole string). An attempt at a start therefore
gives what it gives in a full scan, an attempt at any other start fails, and the matches are exactly those of
``regex.finditer(text)``. ``tests/tagger/test_scan.py`` checks this on mixed, random and hostile texts. The
search runs the rule's pattern behind a lookahead that needs ``reach`` (rounded up) more characters, ending
that many past the window (:func:`bounded`): the starts past the window then fail at once instead of being
tried one by one, and those in it are tried as by the plain pattern.

Occurrences are looked up for all the strings of a grammar at once (:class:`Index`: one search of a trie of
them per text). A rule whose matches may start far before an occurrence keeps only the occurrences that can be
in a match: what precedes it must read as the start of a match (``Gate.before``, :func:`before`), or else the
alternation that holds the string (the holiday names of "{rel} the {holiday}") must match around it
(``Gate.confirm``, :func:`confirm`). Keeping an occurrence too many only costs time; none needed is dropped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Sequence

#: Characters per chunk of the feature index.
CHUNK = 8
#: A cover of more strings than this is not worth looking up: the rule scans the whole text.
MAX_COVER = 400
#: Set to False to scan every rule over the whole text (for comparisons).
ENABLED = True
#: Set to False to count every occurrence of a cover string, whatever precedes it (for comparisons).
BEFORE = True
#: Occurrences of cover strings are checked (``Gate.before``) only for rules whose matches may start this many
#: characters or more before one: for the others, scanning the window costs less than checking each occurrence.
MIN_CHECKED_PRE = 32


class _Unknown(Exception):
    pass


def _casefix() -> dict[str, str]:
    """Characters that ``re.IGNORECASE`` equates although their lower cases differ (ſ/s, ı/i, ς/σ …): each is
    mapped to one representative, in the text and in the cover strings alike."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - older Pythons
        return {}
    table: dict[str, str] = {}
    for low, others in _EXTRA_CASES.items():
        group = {chr(low), *map(chr, others)}
        rep = min(group)
        for c in group:
            if c != rep:
                table[c] = rep
    return table


_FIX = _casefix()
_FIX_TABLE = str.maketrans(_FIX)
_FIX_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_FIX)) + "]") if _FIX else None


def fold(text: str) -> str:
    """The text in which cover strings are looked up: one character per character (offsets are kept), lower
    case as ``re`` compares it (simple case mapping: "İ" → "i"), the extra case pairs of ``re`` merged."""
    low = text.replace("\u0130", "i").lower() if "\u0130" in text else text.lower()
    if len(low) != len(text):  # pragma: no cover - str.lower keeps the length once U+0130 is replaced
        raise ValueError("lower case changed the length")
    if _FIX_RE is not None and _FIX_RE.search(low):
        low = low.translate(_FIX_TABLE)
    return low


# ------------------------------------------------------------------------------------------ pattern analysis


#: A length bound c + Σ k·L(X): c characters, plus k times the longest run in the text of the characters of
#: class X, for each class X an unbounded repeat of the pattern consumes ("[0-9]+", "[0-9a-z]+" in a lookahead).
#: Stored as (c, ((X, k), …)), X a class's source with its flags, e.g. ("[0-9]", 0).
Linear = tuple

_ZERO: Linear = (0, ())


def _add(a: Linear, b: Linear) -> Linear:
    terms = dict(a[1])
    for x, k in b[1]:
        terms[x] = terms.get(x, 0) + k
    return (a[0] + b[0], tuple(sorted(terms.items())))


def _max(a: Linear, b: Linear) -> Linear:
    terms = dict(a[1])
    for x, k in b[1]:
        terms[x] = max(terms.get(x, 0), k)
    return (max(a[0], b[0]), tuple(sorted(terms.items())))


def _times(n: int, a: Linear) -> Linear:
    return (n * a[0], tuple((x, n * k) for x, k in a[1]))


CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_NOT_WORD": r"\W", "CATEGORY_NOT_SPACE": r"\S"}


def class_item(op: Any, arg: Any) -> str:
    """One item of a parsed character class written back as class syntax: a character, a range, ``\\d``…"""
    from re import _constants as C

    if op is C.LITERAL:
        return re.escape(chr(arg))
    if op is C.RANGE:
        return f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}"
    if op is C.CATEGORY and str(arg) in CATEGORIES:
        return CATEGORIES[str(arg)]
    raise _Unknown(op)


def _class_parts(items: Iterable, parts: set[str]) -> None:
    """Add to ``parts`` (pieces of a character class) every character a parsed sequence can consume."""
    from re import _constants as C

    for op, av in items:
        if op is C.LITERAL:
            parts.add(re.escape(chr(av)))
        elif op is C.IN:
            for o, a in av:
                if o is C.NEGATE:
                    raise _Unknown(o)  # a negated class: no union written as one class
                parts.add(class_item(o, a))
        elif op is C.SUBPATTERN:
            _class_parts(av[-1], parts)
        elif op is C.BRANCH:
            for alt in av[1]:
                _class_parts(alt, parts)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            _class_parts(av[2], parts)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # consumes nothing
        else:
            raise _Unknown(op)


def _class_source(items: list) -> str:
    """A character class holding every character a repeated sequence can consume ("[0-9]" for "[0-9]+",
    "[,0-9]" for "(?:,[0-9]{3})+"): its repetitions consume a run of such characters."""
    parts: set[str] = set()
    _class_parts(items, parts)
    if not parts:
        raise _Unknown("empty class")
    return "[" + "".join(sorted(parts)) + "]"


def _bounds(items: Iterable, groups: dict[int, tuple[Linear, Linear]], flags: int) -> tuple[Linear, Linear]:
    """(max width, reach) of a parsed sequence: the most characters it consumes, and the most characters past
    its start that matching it may read (lookaheads and boundary tests read beyond what is consumed), as
    :data:`Linear` bounds. An unbounded repeat of anything but one character class raises _Unknown."""
    from re import _constants as C

    width: Linear = _ZERO
    reach: Linear = _ZERO
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
            w = r = (1, ())
        elif op is C.SUBPATTERN:
            group, add, delete, inner = av
            w, r = _bounds(inner, groups, (flags | add) & ~delete)
            if group is not None:
                groups[group] = (w, r)
        elif op is C.GROUPREF:
            if av not in groups:
                raise _Unknown(op)
            w = r = groups[av][0]
        elif op is C.BRANCH:
            w = r = _ZERO
            for alt in av[1]:
                aw, ar = _bounds(alt, groups, flags)
                w, r = _max(w, aw), _max(r, ar)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, inner = av
            iw, ir = _bounds(inner, groups, flags)
            if hi == C.MAXREPEAT:
                if iw == ir == _ZERO:
                    w = r = _ZERO
                else:
                    source = _class_source(list(inner))
                    w = (0, (((source, flags & (re.IGNORECASE | re.ASCII)), 1),))
                    r = _add(w, ir)  # the last repetition may look further than it consumes
            elif hi == 0:
                w = r = _ZERO
            else:
                w = _times(hi, iw)
                r = _max(w, _add(_times(hi - 1, iw), ir))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            w, r = _bounds(av, groups, flags)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _, r = _bounds(av[1], groups, flags)  # a lookbehind reads back, and at most as far forward
            w = _ZERO
        elif op is C.AT:
            w, r = _ZERO, (1, ())  # a boundary test reads the character at the position
        else:
            raise _Unknown(op)
        reach = _max(reach, _add(width, r))
        width = _add(width, w)
    return width, _max(reach, width)


def bounds(pattern: str, flags: int = 0) -> tuple[Linear, Linear] | None:
    """(max width, reach) of a pattern as :data:`Linear` bounds, or None when unknown. An attempt to match at
    ``i`` reads no character at or past ``i + reach``."""
    from re import _parser

    try:
        parsed = _parser.parse(pattern, flags)
        w, r = _bounds(parsed, {}, parsed.state.flags)
    except (_Unknown, re.error):
        return None
    return w, _add(r, (1, ()))  # one more: never let a search end exactly where an attempt may look


#: How often a string of n characters may be expected in text (rough): the cheapest cover is looked up.
_WEIGHT = {1: 1.0, 2: 0.2, 3: 0.04}
#: One digit or one ASCII punctuation mark is rarer in text than one letter ("h", "a"): "[0-9]" is a better cover
#: of "10:30" than ":" or "h", and of "3pm" than "a" or "p".
_RARE_CHAR = {**{str(d): 0.1 for d in range(10)}, **{c: 0.3 for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"}}


#: One Latin letter ("h" of "10h") weighs a little more than the ten digits of a number it follows: a letter is far
#: commoner in text than digits are, and the number is found with fewer occurrences to check.
_LETTER = 1.05
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _cost(cover: frozenset[str]) -> float:
    # fsum: exact, so the choice between covers of equal cost does not depend on the set's (hash-seeded) order
    return math.fsum(_RARE_CHAR.get(s, _LETTER if s in _LETTERS else 1.0) if len(s) == 1 else _WEIGHT.get(len(s), 0.01)
                     for s in cover)


def _reduce(cover: Iterable[str]) -> tuple[frozenset[str], int] | None:
    """Drop a string that contains another (finding the shorter one is enough). Also returns how much later
    in a dropped string the kept one may start ("завтра" in "послезавтра": 5), to add to the cover's ``pre``."""
    out: list[str] = []
    later = 0
    for s in sorted(set(cover), key=len):
        if not s:
            return None  # the empty string: no cover
        inside = [s.find(t) for t in out if t in s]
        if inside:
            later = max(later, min(inside))
        else:
            out.append(s)
    if len(out) > MAX_COVER:
        return None
    return frozenset(out), later


def _class_chars(av: list) -> list[str] | None:
    from re import _constants as C

    chars: list[str] = []
    for o, a in av:
        if o is C.LITERAL:
            chars.append(chr(a))
        elif o is C.RANGE and a[1] - a[0] < 16:
            chars.extend(chr(c) for c in range(a[0], a[1] + 1))
        else:
            return None  # a negated class, a category, a wide range
    return chars if len(chars) <= 16 else None


def _common_prefix(strings: list[str]) -> str:
    first, last = min(strings), max(strings)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _common_suffix(strings: list[str]) -> str:
    return _common_prefix([s[::-1] for s in strings])[::-1]


def _affixes(items: Iterable) -> tuple[str, str, bool]:
    """(prefix, suffix, exact) of a parsed sequence, folded: every match begins with ``prefix`` and ends with
    ``suffix``; ``exact`` when every match is that one string (then prefix == suffix == it)."""
    from re import _constants as C

    parts: list[tuple[str, str, bool]] = []
    for op, av in items:
        if op is C.LITERAL:
            c = fold(chr(av))
            parts.append((c, c, True))
        elif op is C.IN:
            chars = _class_chars(av)
            folded = {fold(c) for c in chars} if chars else set()
            c = folded.pop() if len(folded) == 1 else ""
            parts.append((c, c, bool(c)))
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            parts.append(("", "", True))
        elif op is C.SUBPATTERN:
            parts.append(_affixes(av[-1]))
        elif op is C.BRANCH:
            alts = [_affixes(alt) for alt in av[1]]
            exact = all(a[2] for a in alts) and len({a[0] for a in alts}) == 1
            parts.append((_common_prefix([a[0] for a in alts]), _common_suffix([a[1] for a in alts]), exact))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, inner = av
            pre, suf, exact = _affixes(inner)
            if lo == 0:
                parts.append(("", "", hi == 0))
            elif exact:
                parts.append((pre * lo, suf * lo, lo == hi))
            else:
                parts.append((pre, suf, False))
        else:
            parts.append(("", "", False))
    prefix = ""
    for pre, _, exact in parts:
        prefix += pre
        if not exact:
            break
    suffix = ""
    for _, suf, exact in reversed(parts):
        suffix = suf + suffix
        if not exact:
            break
    return prefix, suffix, all(p[2] for p in parts)


def _reversed(items: Iterable, flags: int) -> str:
    """The source of a pattern matching the reverse of every text a parsed sequence matches (and more: the
    assertions are dropped, repeats are greedy), under the same global flags. Raises _Unknown."""
    from re import _constants as C

    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.NOT_LITERAL:
            out.append("[^" + re.escape(chr(av)) + "]")
        elif op is C.ANY:
            out.append("." if not flags & re.DOTALL else "(?s:.)")
        elif op is C.IN:
            parts: list[str] = []
            negate = ""
            for o, a in av:
                if o is C.NEGATE:
                    negate = "^"
                else:
                    parts.append(class_item(o, a))
            out.append("[" + negate + "".join(parts) + "]")
        elif op is C.SUBPATTERN:
            _, add, delete, inner = av
            if (add | delete) & (re.IGNORECASE | re.ASCII | re.UNICODE | re.DOTALL | re.LOCALE):
                raise _Unknown("scoped flags")
            out.append("(?:" + _reversed(inner, flags) + ")")
        elif op is C.BRANCH:
            # each alternative once: a repeated one (most often the empty text) is tried again on every failure
            out.append("(?:" + "|".join(dict.fromkeys(_reversed(alt, flags) for alt in av[1])) + ")")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, inner = av
            top = "" if hi == C.MAXREPEAT else str(hi)
            out.append("(?:" + _reversed(inner, flags) + "){" + f"{lo},{top}" + "}")
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.append("(?:" + _reversed(av, flags) + ")")
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # consumes nothing: dropped (the pattern matches more)
        else:
            raise _Unknown(op)  # a back reference …
    return "".join(reversed(out))


def _reversed_or_none(items: Iterable, flags: int) -> str | None:
    try:
        return _reversed(items, flags)
    except _Unknown:
        return None


#: (strings, pre, before, sure): cover strings, the most characters before the start of one of them, ``before``:
#: the source of a pattern that matches, read backwards from an occurrence of a cover string, the reversed text
#: between the start of the match and that occurrence (see :func:`_reversed`), or None when unknown; and
#: ``sure``: (alternation, k, flags) when the strings are those of a parsed alternation that every match holds
#: and that starts at most k characters before the occurrence (see :func:`confirm`), else None.
Option = tuple

#: A rule's second cover (``Gate.also``) is looked up when it costs this much or less (:func:`_cost`): the strings of
#: a rarer word ("sixties" of "the sixties", whose cover is "the"), not digits.
ALSO_COST = 0.3

#: An alternation that may start further than this before its cover string is not used to confirm occurrences.
MAX_CONFIRM = 24
#: ((string, pattern, k), …): see :func:`confirm`.
Confirm = tuple


def _refers(x: Any) -> bool:
    """Whether parsed items refer to a group (a back reference, a conditional): they cannot be matched alone."""
    from re import _constants as C, _parser

    if isinstance(x, _parser.SubPattern):
        x = x.data
    if isinstance(x, (list, tuple)):
        if x and (x[0] is C.GROUPREF or x[0] is C.GROUPREF_EXISTS):
            return True
        return any(_refers(y) for y in x)
    return False


def _cover(items: list, groups: dict, flags: int, rest: list | None = None) -> Option | None:
    """The best cover of a parsed sequence: strings one of which every match contains (folded), with ``pre``,
    a :data:`Linear` bound on how far from the start of the match such an occurrence starts; or None. ``rest``
    (a list) receives the covers of the sequence's other items, best first: every match holds one of each too."""
    from re import _constants as C

    options: list[Option] = []
    offsets: list[Linear] = []  # offsets[i]: the most characters before item i
    offset: Linear = _ZERO
    for op, av in items:
        offsets.append(offset)
        offset = _add(offset, _bounds([(op, av)], groups, flags)[0])
    i, n = 0, len(items)
    while i < n:
        op, av = items[i]
        if op is C.LITERAL:  # a run of literals, with what the items around it always end and begin with
            j = i
            run = ""
            while i < n and items[i][0] in (C.LITERAL, C.ASSERT, C.ASSERT_NOT, C.AT):
                if items[i][0] is C.LITERAL:
                    run += fold(chr(items[i][1]))
                i += 1
            before = _affixes([items[j - 1]])[1] if j > 0 else ""
            after = _affixes([items[i]])[0] if i < n else ""
            back = None if before else _reversed_or_none(items[:j], flags)
            options.append((frozenset({before + run + after}), offsets[j], back, None))
            continue
        found: Option | None = None
        if op is C.IN:
            chars = _class_chars(av)
            reduced = _reduce(fold(c) for c in chars) if chars else None
            found = (reduced[0], _ZERO, "", None) if reduced else None
        elif op is C.SUBPATTERN:
            found = _cover(list(av[-1]), groups, (flags | av[1]) & ~av[2])
        elif op is C.BRANCH:
            alts = [_cover(list(alt), groups, flags) for alt in av[1]]
            reduced = _reduce(s for a in alts for s in a[0]) if all(a is not None for a in alts) else None
            if reduced is not None:
                pre = (reduced[1], ())  # a kept string may start later in the string it stands for
                for a in alts:
                    pre = _max(pre, _add(a[1], (reduced[1], ())))
                back = None
                if not reduced[1] and all(a[2] is not None for a in alts):
                    back = "(?:" + "|".join(dict.fromkeys(a[2] for a in alts)) + ")"  # each once (see _reversed)
                # the alternation itself matches at most pre[0] characters before an occurrence (see confirm)
                sure = None
                if not pre[1] and pre[0] <= MAX_CONFIRM:
                    # per string, how far before it the alternation may start (the alternatives holding it)
                    per = {t: max(a[1][0] for a in alts if any(t in u for u in a[0])) + reduced[1] for t in reduced[0]}
                    sure = (av, per, flags)
                found = (reduced[0], pre, back, sure)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            found = _cover(list(av[2]), groups, flags)  # the first repetition holds one
        if found is not None:
            back = None
            if found[2] is not None:
                outer = _reversed_or_none(items[:i], flags)
                back = None if outer is None else found[2] + outer
            options.append((found[0], _add(offsets[i], found[1]), back, found[3]))
        i += 1
    if not options:
        return None
    best = min(options, key=lambda o: (_cost(o[0]), len(o[0]), o[1][0]))  # ties: fewer strings, then nearer
    if rest is not None:
        rest.extend(sorted((o for o in options if o is not best), key=lambda o: (_cost(o[0]), len(o[0]), o[1][0])))
    return best


def _cover_of(pattern: str, flags: int = 0) -> tuple[Option | None, int, Any]:
    """(option, the pattern's flags, the parsed pattern) of :func:`_cover`."""
    from re import _parser

    try:
        parsed = _parser.parse(pattern, flags)
        return _cover(list(parsed), {}, parsed.state.flags), parsed.state.flags, parsed
    except (_Unknown, re.error):
        return None, flags, None


def cover(pattern: str, flags: int = 0) -> tuple[frozenset[str], Linear] | None:
    """(strings, pre): folded strings one of which every match of ``pattern`` contains, starting at most
    ``pre`` (a :data:`Linear` bound) characters after the start of the match; None if none is known."""
    option, _, _ = _cover_of(pattern, flags)
    return None if option is None else option[:2]


def before(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A pattern that matches (``match``) the reversed text at ``len(text) − o`` whenever a match of ``pattern``
    holds, at ``o``, the occurrence of a cover string that :func:`cover` counts on: then the reversed text
    between the start of the match and ``o`` starts it. None when unknown, or when it matches the empty string
    (the occurrence may start the match: nothing to check)."""
    option, parsed_flags, _ = _cover_of(pattern, flags)
    return _before(option, parsed_flags)


def _before(option: Option | None, parsed_flags: int) -> re.Pattern[str] | None:
    if option is None or option[2] is None:
        return None
    try:
        back = re.compile(option[2], parsed_flags & (re.IGNORECASE | re.ASCII | re.UNICODE | re.DOTALL))
    except re.error:  # pragma: no cover - a reversed pattern is made of valid pieces
        return None
    return None if back.match("") is not None else back


def confirm(pattern: str, flags: int = 0) -> Confirm | None:
    """When the cover strings of ``pattern`` are those of an alternation H that every match holds (under the
    pattern's own flags): for each string s, (s, P, k), H starting at most k characters before an occurrence of s
    that it holds. Then, for the occurrence ``o`` every match holds, H matches at some ``b`` in ``[o − k, o]`` (at
    its start in the match: the same text, lookarounds included), so ``P.match(text, o − k)`` holds, P being H
    after up to k characters. None otherwise."""
    option, _, parsed = _cover_of(pattern, flags)
    return _confirm(option, parsed)


def _confirm(option: Option | None, parsed: Any) -> Confirm | None:
    from re import _compiler, _constants as C, _parser

    if option is None or option[3] is None:
        return None
    av, per, at = option[3]
    if at != parsed.state.flags or _refers(av[1]):
        return None  # the alternation stands under scoped flags, or refers to a group outside it
    state = parsed.state
    # only whether H matches counts: its words grouped by first character (as a trie, "a(?:dha|shura)") try one
    # character per group at a start rather than every word
    branch = _factor(list(av[1]), state)
    try:  # H after up to k characters, as few as possible: one call tries every start in [o − k, o]
        compiled: dict[int, re.Pattern[str]] = {}
        for k in sorted(set(per.values())):
            lead = list(_parser.parse(r"[\s\S]{0,%d}?" % k, state.flags)) if k else []
            compiled[k] = _compiler.compile(_parser.SubPattern(state, lead + [(C.BRANCH, (None, branch))]), state.flags)
        return tuple(sorted((t, compiled[k], k) for t, k in per.items()))
    except (re.error, TypeError, ValueError):  # pragma: no cover - a parsed alternation compiles
        return None


@dataclass(frozen=True)
class Gate:
    """What a rule's scan can be gated on: its cover strings, and bounds as :data:`Linear` forms."""

    cover: frozenset[str]
    #: how far after the start of a match an occurrence of a cover string may start
    pre: Linear
    #: the longest match (used by the tests: the scan needs ``pre`` and ``reach`` only)
    width: Linear
    #: no attempt to match at ``i`` reads a character at or past ``i + reach``
    reach: Linear
    #: checks an occurrence of a cover string at ``o``: ``before.match(text[::-1], len(text) - o)`` holds for
    #: the occurrence every match holds (see :func:`before`); None: every occurrence counts
    before: re.Pattern[str] | None = None
    #: ((s, P, k), …) for each cover string s: an occurrence ``o`` of it counts if ``P.match(text, o − k)`` holds
    #: (see :func:`confirm`); used when ``before`` is None
    confirm: Confirm | None = None
    #: the cover of another part of the pattern, when rare enough (``ALSO_COST``): every match holds one of its
    #: strings too, less than ``width`` characters from its occurrence of a cover string; None: not checked
    also: frozenset[str] | None = None


def analyse(pattern: str, flags: int = 0) -> Gate | None:
    """The gate of a pattern, or None when the rule must scan the whole text."""
    found = bounds(pattern, flags)
    option, parsed_flags, parsed = _cover_of(pattern, flags)
    if found is None or option is None:
        return None
    back = _before(option, parsed_flags)
    rest: list[Option] = []
    _cover(list(parsed), {}, parsed_flags, rest)
    also = rest[0][0] if rest and _cost(rest[0][0]) <= ALSO_COST and rest[0][0] != option[0] else None
    return Gate(option[0], option[1], found[0], found[1], back, _confirm(option, parsed) if back is None else None,
                also)


# ---------------------------------------------------------------------------------------------- scanning


_LONG_RUN = 16


@lru_cache(maxsize=None)
def _run_patterns(source: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of at least _LONG_RUN characters of a class, and any run of them. A class of letters is tried at the
    start of a run only (a lookbehind): else every letter of every word starts an attempt."""
    lead = f"(?<!{source})" if re.search(r"[a-zA-Z]-|\\w", source) else ""
    return re.compile(f"{lead}{source}{{{_LONG_RUN}}}", flags), re.compile(f"{source}+", flags)


@lru_cache(maxsize=None)
def _ascii_table(source: str, flags: int) -> bytes:
    """A ``bytes.translate`` table that maps each ASCII character the class matches (under its flags) to "x", any
    other byte to a space: in an ASCII text so translated, the runs of "x" are the runs of the class."""
    one = re.compile(source, flags)
    return bytes(ord("x") if c < 128 and one.fullmatch(chr(c)) else ord(" ") for c in range(256))


#: Set to False to look each cover string up on its own (``str.find``) instead of through an :class:`Index`.
INDEXED = True


class Index:
    """Every cover string of a grammar, looked up in one pass: a regular expression, a trie of the strings
    (greedy: the longest string starting at a position), is searched from each position where one was found plus
    one; the strings that start there are that one and those of its prefixes that are cover strings too. So each string's
    chunks are those ``str.find`` gives, for one scan of the text instead of one per string."""

    def __init__(self, strings: Iterable[str]):
        self.strings = frozenset(s for s in strings if s)
        trie: dict = {}
        for s in self.strings:
            node = trie
            for c in s:
                node = node.setdefault(c, {})
            node[""] = {}

        def source(node: dict) -> str:
            alts = [re.escape(c) + source(node[c]) for c in sorted(node) if c]
            if not alts:
                return ""
            body = "(?:" + "|".join(alts) + ")"
            return body + "?" if "" in node else body

        self.regex = re.compile(source(trie), re.DOTALL) if self.strings else None
        #: longest string → every cover string it starts with (itself included)
        self.prefixes = {s: tuple(p for p in self.strings if s.startswith(p)) for s in self.strings}
        self._holds: dict[frozenset[str], bool] = {}
        #: every string → no chunk (copied, then filled, for each text)
        self.none: dict[str, tuple[int, ...]] = dict.fromkeys(self.strings, ())
        #: id of a sequence of rules → (the rules, kept alive; those to scan whatever the text; string → the rules
        #: whose cover holds it), see :meth:`Features.possible`
        self._plans: dict[int, tuple[Any, list[int], dict[str, list[int]]]] = {}

    def plan(self, rules: Sequence[Any]) -> tuple[list[int], dict[str, list[int]]]:
        """For rules (objects with a ``gate``): the indices of those that any text may match (no gate, or a cover
        not all in the index), and for each string of the index, those whose cover holds it."""
        found = self._plans.get(id(rules))
        if found is None or found[0] is not rules:
            always: list[int] = []
            users: dict[str, list[int]] = {}
            for i, rule in enumerate(rules):
                gate = rule.gate
                if gate is None or not self.holds(gate.cover):
                    always.append(i)
                else:
                    for s in gate.cover:
                        users.setdefault(s, []).append(i)
            found = self._plans[id(rules)] = (rules, always, users)
        return found[1], found[2]

    def holds(self, strings: frozenset[str]) -> bool:
        """Whether every string of ``strings`` is one of the index's (then its chunks are known once a text is
        folded)."""
        found = self._holds.get(strings)
        if found is None:
            found = self._holds[strings] = strings <= self.strings
        return found

    def found(self, low: str, size: int) -> dict[str, tuple[int, ...]]:
        """string → the chunks of ``low`` (a folded text) in which an occurrence of it starts, for the strings of the
        index that occur in it (``none`` gives the others: no chunk)."""
        found: dict[str, list[int]] = {}
        if self.regex is not None:
            prefixes, search = self.prefixes, self.regex.search
            m = search(low)
            while m is not None:  # every start: a search from the next character (matches may overlap)
                i = m.start()
                k = i // size
                for s in prefixes[m.group()]:
                    one = found.get(s)
                    if one is None:
                        found[s] = [k]
                    elif one[-1] != k:
                        one.append(k)
                m = search(low, i + 1)
        return {s: tuple(ks) for s, ks in found.items()}


class Features:
    """Which chunks of a text hold each cover string (computed on demand, once per string, or for all the strings
    of an :class:`Index` at once)."""

    def __init__(self, text: str, chunk: int = CHUNK, index: Index | None = None):
        self.text = text
        self.chunk = chunk
        self._folded: str | None = None
        self._runs: dict[tuple[str, int], int] = {}
        #: the text encoded, when it is ASCII (else b"")
        self._ascii: bytes | None = None
        self._sizes: dict[Linear, int] = {}
        #: (id of a list of chunks, pre) → windows; the lists are kept by the caches below, so ids stay unique
        self._windows: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._chunks: dict[str, tuple[int, ...]] = {}
        self._index = index if INDEXED else None
        self._union: dict[frozenset[str], list[int]] = {}
        self._reversed: str | None = None
        self._checked: dict[tuple[frozenset[str], int], list[int]] = {}
        #: the index's strings that occur in the text (once it is folded), None without an index
        self._present: frozenset[str] | None = None
        self._near: dict[tuple[int, int, int], list[int]] = {}

    def run(self, cls: tuple[str, int]) -> int:
        """L(X): the longest run of characters of class X in the text (for a class of letters, at least 15, to
        spare a count of every word; a class without letters, digits say, is counted: its runs are few)."""
        found = self._runs.get(cls)
        if found is None:
            source, flags = cls
            long_run, runs = _run_patterns(source, flags)
            letters = long_run.pattern.startswith("(?<!")
            if self._ascii is None:
                self._ascii = self.text.encode("ascii") if self.text.isascii() else b""
            if self._ascii or not self.text:
                # an ASCII text: the runs as bytes (translate, find, split run in C; a regex tries every character)
                marked = self._ascii.translate(_ascii_table(source, flags))
                if letters and b"x" * _LONG_RUN not in marked:
                    found = _LONG_RUN - 1
                else:
                    found = max(map(len, marked.split()), default=0)
            elif letters and long_run.search(self.text) is None:
                found = _LONG_RUN - 1
            else:
                found = max(map(len, runs.findall(self.text)), default=0)
            self._runs[cls] = found
        return found

    def size(self, form: Linear) -> int:
        if not form[1]:
            return form[0]
        found = self._sizes.get(form)
        if found is None:
            found = self._sizes[form] = form[0] + sum(k * self.run(x) for x, k in form[1])
        return found

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
            if self._index is not None:
                found = self._index.found(self._folded, self.chunk)
                self._chunks.update(self._index.none)
                self._chunks.update(found)
                self._present = frozenset(found)
        return self._folded

    def chunks_of(self, s: str) -> tuple[int, ...]:
        """The chunks in which an occurrence of ``s`` starts, in order."""
        found = self._chunks.get(s)
        if found is None and self._folded is None:
            self.folded  # noqa: B018 - folding fills the chunks of the index's strings
            found = self._chunks.get(s)
        if found is None:
            low, size = self.folded, self.chunk
            out: list[int] = []
            i = low.find(s)
            while i != -1:
                k = i // size
                out.append(k)
                i = low.find(s, (k + 1) * size)
            found = self._chunks[s] = tuple(out)
        return found

    def chunks(self, strings: frozenset[str]) -> list[int]:
        """The chunks in which an occurrence of one of ``strings`` starts, sorted."""
        found = self._union.get(strings)
        if found is None:
            known, low, size = self._chunks, self.folded, self.chunk
            ks: list[int] = []
            if self._present is not None and self._index.holds(strings):
                # every string's chunks are known: only those that occur add any
                hits = strings & self._present if len(strings) > 1 else strings
                for s in hits:
                    ks.extend(known[s])
                found = self._union[strings] = sorted(set(ks)) if len(hits) > 1 else ks
                return found
            for s in strings:
                one = known.get(s)
                if one is None:  # chunks_of(s), inline: a few hundred strings per text
                    one = []
                    i = low.find(s)
                    while i != -1:
                        k = i // size
                        one.append(k)
                        i = low.find(s, (k + 1) * size)
                    known[s] = one = tuple(one)
                ks.extend(one)
            found = self._union[strings] = sorted(set(ks)) if len(strings) > 1 else ks
        return found

    def possible(self, rules: Sequence[Any]) -> Iterable[int]:
        """The indices, in order, of the rules (objects with a ``gate``) that may match the text: all but those of
        which no cover string occurs (these have no match: :func:`matches` finds none)."""
        if not ENABLED or self._index is None:
            return range(len(rules))
        self.folded  # noqa: B018 - folding finds the strings that occur
        always, users = self._index.plan(rules)
        out = set(always)
        for s in self._present or ():
            out.update(users.get(s, ()))
        return sorted(out)

    def near(self, ks: list[int], others: list[int], d: int) -> list[int]:
        """The chunks of ``ks`` (sorted) that have one of ``others`` (sorted) at most ``d`` chunks away: an occurrence
        of a cover string in a match has one of the match's second cover (``Gate.also``) less than its width away,
        so at most ``width // size + 1`` chunks away."""
        key = (id(ks), id(others), d)  # both lists are kept by the caches of chunks: their ids stay their own
        found = self._near.get(key)
        if found is None:
            found = []
            j, m = 0, len(others)
            for k in ks:
                while j < m and others[j] < k - d:
                    j += 1
                if j < m and others[j] <= k + d:
                    found.append(k)
            self._near[key] = found
        return found

    def _occurring(self, strings: frozenset[str]) -> frozenset[str]:
        """Those of ``strings`` that occur in the text, when the index holds them all; else all of them."""
        self.folded  # noqa: B018 - folding fills the chunks of the index's strings
        if self._present is not None and self._index.holds(strings):
            return strings & self._present
        return strings

    def _accepted(self, s: str, accept: Callable[[int], bool], into: set[int]) -> None:
        """Add to ``into`` the chunks in which an occurrence ``i`` of ``s`` that ``accept(i)`` takes starts (one
        per chunk is enough: the search then moves on to the next chunk)."""
        if not self.chunks_of(s):
            return
        low, size = self.folded, self.chunk
        i = low.find(s)
        while i != -1:
            if accept(i):
                k = i // size
                into.add(k)
                i = low.find(s, (k + 1) * size)
            else:
                i = low.find(s, i + 1)

    def checked(self, strings: frozenset[str], back: re.Pattern[str]) -> list[int]:
        """The chunks in which an occurrence ``o`` of one of ``strings`` starts that ``back`` accepts: it
        matches the reversed text at ``len(text) − o`` (what precedes the occurrence can end a match's start)."""
        key = (strings, id(back))  # a pattern's hash reads its whole code: its id is enough here
        found = self._checked.get(key)
        if found is None:
            if self._reversed is None:
                self._reversed = self.text[::-1]
            rev, n, check = self._reversed, len(self.text), back.match
            ks: set[int] = set()
            for s in self._occurring(strings):
                self._accepted(s, lambda i: check(rev, n - i) is not None, ks)
            found = self._checked[key] = sorted(ks)
        return found

    def confirmed(self, strings: frozenset[str], sure: Confirm) -> list[int]:
        """The chunks in which an occurrence ``o`` of a cover string s starts such that, (s, P, k) in ``sure``,
        ``P.match(text, o − k)`` holds: the alternation every match holds matches in ``[o − k, o]`` (see
        :func:`confirm`)."""
        key = (strings, id(sure))
        found = self._checked.get(key)
        if found is None:
            text = self.text
            ks: set[int] = set()
            occurring = self._occurring(strings)
            for s, h, k in sure:
                if s not in occurring and s in strings:
                    continue  # a cover string that does not occur
                # H at a start in [i − k, i] (near the beginning of the text, in [0, k]: a few more)
                self._accepted(s, lambda i, match=h.match, k=k: match(text, i - k if i > k else 0) is not None, ks)
            found = self._checked[key] = sorted(ks)
        return found

    def starts(self, gate: Gate) -> list[tuple[int, int]]:
        """Disjoint sorted intervals ``[a, b)`` holding every start of a match of a rule gated by ``gate``: a
        cover string that starts in chunk k lies in a match that starts in [k·size − pre, (k+1)·size)."""
        ks = self.chunks(gate.cover)
        if not ks:
            return []
        size, pre = self.chunk, gate.pre
        pre = self.size(pre) if pre[1] else pre[0]
        if pre >= MIN_CHECKED_PRE and gate.before is not None and BEFORE:
            # a wide window per occurrence: worth checking first what precedes each occurrence
            ks = self.checked(gate.cover, gate.before)
            if not ks:
                return []
        elif pre >= MIN_CHECKED_PRE and gate.confirm is not None and BEFORE:
            ks = self.confirmed(gate.cover, gate.confirm)  # an alternation that every match holds
            if not ks:
                return []
        if gate.also is not None and BEFORE:
            ks = self.near(ks, self.chunks(gate.also), self.size(gate.width) // size + 1)
            if not ks:
                return []
        key = (id(ks), pre)  # rules of one cover and one pre share their windows ("{month} {day}", "{month}")
        out = self._windows.get(key)
        if out is not None:
            return out
        # consecutive chunks x < y give one interval when [y·size − pre, …) meets […, (x+1)·size), that is unless
        # (y − x − 1)·size > pre: y − x > pre // size + 1
        d = pre // size + 1
        cuts = [(x, y) for x, y in zip(ks, ks[1:]) if y - x > d]
        out = [(y * size - pre, (x + 1) * size) for (_, y), (x, _) in zip([(0, ks[0])] + cuts, cuts + [(ks[-1], 0)])]
        if out[0][0] < 0:  # only the first can start before the text: the others start past a gap longer than pre
            out[0] = (0, out[0][1])
        self._windows[key] = out
        return out


#: The longest lookahead of a :func:`_bounded` pattern (a rule of a longer reach searches with its plain pattern),
#: and the most variants kept (the cache is emptied beyond).
MAX_BOUND, MAX_BOUNDED = 1024, 4096


#: (id of a pattern, width) → (the pattern, kept alive so that its id stays its own; its bounded variant)
_BOUNDED: dict[tuple[int, int], tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def bounded(regex: re.Pattern[str], width: int) -> re.Pattern[str] | None:
    """:func:`_bounded`, cached by the pattern's id (a pattern's hash reads its whole code)."""
    found = _BOUNDED.get((id(regex), width))
    if found is None:
        if len(_BOUNDED) >= MAX_BOUNDED:
            _BOUNDED.clear()
        found = _BOUNDED[(id(regex), width)] = (regex, _bounded(regex, width))
    return found[1]


def _bounded(regex: re.Pattern[str], width: int) -> re.Pattern[str] | None:
    """``regex`` behind a lookahead that needs ``width`` more characters: searched up to ``b + width``, an attempt
    at a start past ``b`` fails at once (the lookahead counts the characters left in O(1)), one at or before
    ``b`` is the plain pattern's attempt, and sees the text uncut when ``width`` ≥ the reach. So a window's
    search does not try, one by one, the starts of the ``reach`` characters past its end."""
    from re import _compiler, _constants as C, _parser

    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
        items = list(parsed)
        # after the assertions the pattern starts with ("(?<![\w])"): an attempt they fail stays as cheap
        i = next((k for k, (op, _) in enumerate(items) if op not in (C.ASSERT, C.ASSERT_NOT, C.AT)), len(items))
        lead = list(_parser.parse(r"(?=(?s:.){%d})" % width, parsed.state.flags))
        return _compiler.compile(_parser.SubPattern(parsed.state, items[:i] + lead + items[i:]), parsed.state.flags)
    except (re.error, TypeError, ValueError, RecursionError):  # pragma: no cover - a compiled pattern parses
        return None


#: (id of a pattern, reach) → (the pattern, kept alive so that its id stays its own; the width of its bounded
#: variant; that variant, or None), see :func:`matches`
_PLANS: dict[tuple[int, int], tuple[re.Pattern[str], int, re.Pattern[str] | None]] = {}


def _plan(regex: re.Pattern[str], reach: int) -> tuple[re.Pattern[str], int, re.Pattern[str] | None]:
    step = 1 << max(3, reach.bit_length() - 3)  # a few variants per rule: the tail at most 1/4 longer
    width = -(-reach // step) * step
    if len(_PLANS) >= MAX_BOUNDED:
        _PLANS.clear()
    found = _PLANS[(id(regex), reach)] = (regex, width, bounded(regex, width) if width <= MAX_BOUND else None)
    return found


def matches(regex: re.Pattern[str], gate: Gate | None, text: str, features: Features | None) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text)``, trying only the starts the gate allows."""
    if gate is None or features is None or not ENABLED:
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
    _, width, tight = _PLANS.get((id(regex), reach)) or _plan(regex, reach)
    for a, b in windows:
        if b <= pos:
            continue
        if tight is not None and b + width <= n:  # starts past b fail at once (see _bounded)
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


# ------------------------------------------------------------------------------------- factored alternations


def _factor(alternatives: list, state: Any) -> list:
    """The alternatives of an alternation with those that begin with one same (ASCII) literal character factored
    out: "said|saw|was" → "sa(?:id|w)|was". The matches are the same: at a position, alternatives whose first
    characters differ (even ignoring case) cannot both match, so only the order of those of one first character
    counts, and it is kept; any alternative that does not begin with a literal stays in its place, and those
    around it are factored on each side of it."""
    from re import _constants as C, _parser

    out: list = []
    segment: list = []  # (key, alternative): literal-led alternatives since the last other one

    def flush() -> None:
        groups: dict[str, list] = {}
        for key, alt in segment:
            groups.setdefault(key, []).append(alt)
        for members in groups.values():
            if len(members) == 1 or len({m.data[0] for m in members}) != 1:
                out.extend(members)  # one, or first characters that differ in case only: as they were
                continue
            rests = [_parser.SubPattern(state, list(m.data[1:])) for m in members]
            inner = _parser.SubPattern(state, [(C.BRANCH, (None, _factor(rests, state)))])
            out.append(_parser.SubPattern(state, [members[0].data[0], (C.SUBPATTERN, (None, 0, 0, inner))]))
        segment.clear()

    for alt in alternatives:
        if alt.data and alt.data[0][0] is C.LITERAL and alt.data[0][1] < 128:
            segment.append((chr(alt.data[0][1]).lower(), alt))
        else:
            flush()
            out.append(alt)
    flush()
    return out


def _factor_all(items: Iterable, state: Any) -> list:
    from re import _constants as C, _parser

    out = []
    for op, av in items:
        if op is C.BRANCH:
            av = (av[0], _factor([_parser.SubPattern(state, _factor_all(a.data, state)) for a in av[1]], state))
        elif op is C.SUBPATTERN:
            av = (*av[:3], _parser.SubPattern(state, _factor_all(av[3].data, state)))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            av = (av[0], av[1], _parser.SubPattern(state, _factor_all(av[2].data, state)))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            av = (av[0], _parser.SubPattern(state, _factor_all(av[1].data, state)))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            av = _parser.SubPattern(state, _factor_all(av.data, state))
        out.append((op, av))
    return out


def factored(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` with every alternation factored by first character (:func:`_factor`): the same matches, found
    faster when a long list of words is tried at every start ("said|was|were|bought|…"). Its ``pattern`` is
    None; ``regex`` itself when it cannot be rebuilt."""
    from re import _compiler, _parser

    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
        return _compiler.compile(_parser.SubPattern(parsed.state, _factor_all(parsed.data, parsed.state)),
                                 parsed.state.flags)
    except (re.error, TypeError, ValueError, RecursionError):  # pragma: no cover - a compiled pattern parses
        return regex
