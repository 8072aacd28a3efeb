"""What a rule's pattern tells before any text is read: where its matches can be (:func:`analyse`).

From its parsed pattern, each rule gets a :class:`Gate`:

* a *cover*: a few folded strings such that every match of the rule contains one of them (the month names of
  a ``{month}`` slot, "ago", "0s" in "{decade_year}s", a digit …), and ``pre``: how far after the start of
  the match such an occurrence may start;
* the *width*: the longest text a match can span, and the *reach*: how far past its start an attempt to match
  can read (lookaheads and boundary tests included). A repeat without bound ("[0-9]+") counts as the longest
  run of its characters in the text, so these are :data:`Linear` forms evaluated per text (:mod:`.index`);
* checks of an occurrence of a cover string: what precedes it must read as the start of a match
  (``before``, a pattern run backwards), or the alternation holding the string must match around it
  (``confirm``); and a second, rarer cover (``also``).

All of it is plain data (strings, numbers and :class:`~.regex.Regex` sources), computed once per grammar and kept
in the grammar cache.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, Iterable

from timeline.tagger.scan.index import Linear, fold
from timeline.tagger.scan.regex import Regex
from timeline.tagger.scan.rewrite import (CATEGORIES, ONE_CHARACTER, Unwritable as _Unknown, class_item,
                                          factor_alternatives, one_character, unparse)

#: A cover of more strings than this is not worth looking up: the rule scans the whole text.
MAX_COVER = 400


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


#: (id of a parsed item, flags) → its (width, reach), for one analysis (the parsed pattern keeps the items alive)
Memo = dict


def _bounds(items: Iterable, groups: dict[int, tuple[Linear, Linear]], flags: int,
            memo: Memo | None = None) -> tuple[Linear, Linear]:
    """(max width, reach) of a parsed sequence: the most characters it consumes, and the most characters past
    its start that matching it may read (lookaheads and boundary tests read beyond what is consumed), as
    :data:`Linear` bounds. An unbounded repeat of anything but one character class raises _Unknown. ``memo``
    keeps the bounds of groups, alternations and repeats already measured in the same parsed pattern."""
    width: Linear = _ZERO
    reach: Linear = _ZERO
    memo = {} if memo is None else memo
    for op, av in items:
        w, r = _item_bounds(op, av, groups, flags, memo)
        reach = _max(reach, _add(width, r))
        width = _add(width, w)
    return width, _max(reach, width)


def _item_bounds(op: Any, av: Any, groups: dict[int, tuple[Linear, Linear]], flags: int,
                 memo: Memo) -> tuple[Linear, Linear]:
    """(width, reach) of one parsed item (see :func:`_bounds`)."""
    from re import _constants as C

    if op in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
        return (1, ()), (1, ())
    if op is C.AT:
        return _ZERO, (1, ())  # a boundary test reads the character at the position
    if op is C.GROUPREF:
        if av not in groups:
            raise _Unknown(op)
        return groups[av][0], groups[av][0]
    key = (id(av), flags)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _compound_bounds(op, av, groups, flags, memo)
    if op is C.SUBPATTERN and av[0] is not None:
        groups[av[0]] = found  # a back reference later in the pattern is as wide as its group
    return found


def _compound_bounds(op: Any, av: Any, groups: dict[int, tuple[Linear, Linear]], flags: int,
                     memo: Memo) -> tuple[Linear, Linear]:
    """(width, reach) of a group, an alternation, a repeat or a lookaround."""
    from re import _constants as C

    if op is C.SUBPATTERN:
        group, add, delete, inner = av
        w, r = _bounds(inner, groups, (flags | add) & ~delete, memo)
    elif op is C.BRANCH:
        w = r = _ZERO
        for alt in av[1]:
            aw, ar = _bounds(alt, groups, flags, memo)
            w, r = _max(w, aw), _max(r, ar)
    elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, hi, inner = av
        iw, ir = _bounds(inner, groups, flags, memo)
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
        w, r = _bounds(av, groups, flags, memo)
    elif op in (C.ASSERT, C.ASSERT_NOT):
        _, r = _bounds(av[1], groups, flags, memo)  # a lookbehind reads back, and at most as far forward
        w = _ZERO
    else:
        raise _Unknown(op)
    return w, r


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
        if op in ONE_CHARACTER:
            out.append(one_character(op, av))
        elif op is C.ANY:
            out.append("." if not flags & re.DOTALL else "(?s:.)")
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


@dataclass(frozen=True)
class Option:
    """A cover of a parsed sequence: strings one of which every match contains (folded)."""

    strings: frozenset[str]
    #: how far after the start of the match an occurrence of one of them may start (a :data:`Linear` bound)
    pre: Linear
    #: the source of a pattern that matches, read backwards from an occurrence of a cover string, the reversed
    #: text between the start of the match and that occurrence (see :func:`_reversed`); None when unknown
    back: str | None
    #: (alternation, per string how far before it the alternation may start, flags) when the strings are those of
    #: a parsed alternation that every match holds (see :func:`confirm`), else None
    sure: tuple[Any, dict[str, int], int] | None

    def rank(self) -> tuple[float, int, int]:
        """Cheaper covers first (:func:`_cost`); ties: fewer strings, then nearer the start of the match."""
        return _cost(self.strings), len(self.strings), self.pre[0]

#: A rule's second cover (``Gate.also``) is looked up when it costs this much or less (:func:`_cost`): the strings of
#: a rarer word ("sixties" of "the sixties", whose cover is "the"), not digits.
ALSO_COST = 0.3

#: An alternation that may start further than this before its cover string is not used to confirm occurrences.
MAX_CONFIRM = 24
#: ((string, pattern, k), …): see :func:`confirm`.
Confirm = tuple[tuple[str, Regex, int], ...]


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


def _cover(items: list, groups: dict, flags: int, rest: list | None = None, memo: Memo | None = None) -> Option | None:
    """The best cover of a parsed sequence: strings one of which every match contains (folded), with ``pre``,
    a :data:`Linear` bound on how far from the start of the match such an occurrence starts; or None. ``rest``
    (a list) receives the covers of the sequence's other items, best first: every match holds one of each too."""
    from re import _constants as C

    memo = {} if memo is None else memo
    options: list[Option] = []
    offsets: list[Linear] = []  # offsets[i]: the most characters before item i
    offset: Linear = _ZERO
    for op, av in items:
        offsets.append(offset)
        offset = _add(offset, _item_bounds(op, av, groups, flags, memo)[0])
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
            options.append(Option(frozenset({before + run + after}), offsets[j], back, None))
            continue
        found: Option | None = None
        if op is C.IN:
            chars = _class_chars(av)
            reduced = _reduce(fold(c) for c in chars) if chars else None
            found = Option(reduced[0], _ZERO, "", None) if reduced else None
        elif op is C.SUBPATTERN:
            found = _cover(list(av[-1]), groups, (flags | av[1]) & ~av[2], memo=memo)
        elif op is C.BRANCH:
            alts = [_cover(list(alt), groups, flags, memo=memo) for alt in av[1]]
            reduced = _reduce(s for a in alts for s in a.strings) if all(a is not None for a in alts) else None
            if reduced is not None:
                pre = (reduced[1], ())  # a kept string may start later in the string it stands for
                for a in alts:
                    pre = _max(pre, _add(a.pre, (reduced[1], ())))
                back = None
                if not reduced[1] and all(a.back is not None for a in alts):
                    back = "(?:" + "|".join(dict.fromkeys(a.back for a in alts)) + ")"  # each once (see _reversed)
                # the alternation itself matches at most pre[0] characters before an occurrence (see confirm)
                sure = None
                if not pre[1] and pre[0] <= MAX_CONFIRM:
                    # per string, how far before it the alternation may start (the alternatives holding it)
                    per = {t: max(a.pre[0] for a in alts if any(t in u for u in a.strings)) + reduced[1]
                           for t in reduced[0]}
                    sure = (av, per, flags)
                found = Option(reduced[0], pre, back, sure)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            found = _cover(list(av[2]), groups, flags, memo=memo)  # the first repetition holds one
        if found is not None:
            back = None
            if found.back is not None:
                outer = _reversed_or_none(items[:i], flags)
                back = None if outer is None else found.back + outer
            options.append(Option(found.strings, _add(offsets[i], found.pre), back, found.sure))
        i += 1
    if not options:
        return None
    best = min(options, key=Option.rank)
    if rest is not None:
        rest.extend(sorted((o for o in options if o is not best), key=Option.rank))
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
    return None if option is None else (option.strings, option.pre)


def before(pattern: str, flags: int = 0) -> Regex | None:
    """A pattern that matches (``match``) the reversed text at ``len(text) − o`` whenever a match of ``pattern``
    holds, at ``o``, the occurrence of a cover string that :func:`cover` counts on: then the reversed text
    between the start of the match and ``o`` starts it. None when unknown, or when it matches the empty string
    (the occurrence may start the match: nothing to check)."""
    option, parsed_flags, _ = _cover_of(pattern, flags)
    return _before(option, parsed_flags)


def _before(option: Option | None, parsed_flags: int) -> Regex | None:
    if option is None or option.back is None:
        return None
    back = Regex.prepared(option.back, parsed_flags & (re.IGNORECASE | re.ASCII | re.UNICODE | re.DOTALL))
    try:
        empty = back.compiled.match("") is not None
    except re.error:  # pragma: no cover - a reversed pattern is made of valid pieces
        return None
    return None if empty else back


def confirm(pattern: str, flags: int = 0) -> Confirm | None:
    """When the cover strings of ``pattern`` are those of an alternation H that every match holds (under the
    pattern's own flags): for each string s, (s, P, k), H starting at most k characters before an occurrence of s
    that it holds. Then, for the occurrence ``o`` every match holds, H matches at some ``b`` in ``[o − k, o]`` (at
    its start in the match: the same text, lookarounds included), so ``P.match(text, o − k)`` holds, P being H
    after up to k characters. None otherwise."""
    option, _, parsed = _cover_of(pattern, flags)
    return _confirm(option, parsed)


def _confirm(option: Option | None, parsed: Any) -> Confirm | None:
    from re import _constants as C, _parser

    if option is None or option.sure is None:
        return None
    av, per, at = option.sure
    if at != parsed.state.flags or _refers(av[1]):
        return None  # the alternation stands under scoped flags, or refers to a group outside it
    state = parsed.state
    # only whether H matches counts: its words grouped by first character (as a trie, "a(?:dha|shura)") try one
    # character per group at a start rather than every word
    branch = unparse(_parser.SubPattern(state, [(C.BRANCH, (None, factor_alternatives(list(av[1]), state)))]))
    try:  # H after up to k characters, as few as possible: one call tries every start in [o − k, o]
        patterns = {k: Regex.prepared((r"[\s\S]{0,%d}?" % k if k else "") + branch, state.flags)
                    for k in sorted(set(per.values()))}
        for found in patterns.values():
            found.compiled  # noqa: B018 - a parsed alternation written back compiles
        return tuple(sorted((t, patterns[k], k) for t, k in per.items()))
    except (re.error, ValueError):  # pragma: no cover - a parsed alternation compiles
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
    before: Regex | None = None
    #: ((s, P, k), …) for each cover string s: an occurrence ``o`` of it counts if ``P.match(text, o − k)`` holds
    #: (see :func:`confirm`); used when ``before`` is None
    confirm: Confirm | None = None
    #: the cover of another part of the pattern, when rare enough (``ALSO_COST``): every match holds one of its
    #: strings too, less than ``width`` characters from its occurrence of a cover string; None: not checked
    also: frozenset[str] | None = None


def analyse(pattern: str, flags: int = 0) -> Gate | None:
    """The gate of a pattern, or None when the rule must scan the whole text (parsed once; every part measured
    once)."""
    from re import _parser

    try:
        parsed = _parser.parse(pattern, flags)
        memo: Memo = {}
        width, reach = _bounds(parsed, {}, parsed.state.flags, memo)
        rest: list[Option] = []
        option = _cover(list(parsed), {}, parsed.state.flags, rest, memo)
    except (_Unknown, re.error):
        return None
    if option is None:
        return None
    back = _before(option, parsed.state.flags)
    also = rest[0].strings if rest and _cost(rest[0].strings) <= ALSO_COST and rest[0].strings != option.strings else None
    return Gate(option.strings, option.pre, width, _add(reach, (1, ())), back,
                _confirm(option, parsed) if back is None else None, also)


def _first(items: list, chars: set[str], classes: set[str]) -> bool:
    """Collect the characters a parsed sequence can start with; True if it always consumes one."""
    from re import _constants as C

    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
            return True
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    chars.add(chr(a))
                elif o is C.RANGE and a[1] - a[0] <= 512:
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                elif o is C.CATEGORY and a in CATEGORIES:
                    classes.add(CATEGORIES[a])
                else:
                    raise _Unknown(o)
            return True
        if op is C.BRANCH:
            if not all([_first(list(alt), chars, classes) for alt in av[1]]):
                raise _Unknown(op)  # an empty alternative: the first character may come later
            return True
        if op is C.SUBPATTERN:
            if _first(list(av[-1]), chars, classes):
                return True
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            consumed = _first(list(av[2]), chars, classes)
            if av[0] >= 1 and consumed:
                return True
            continue
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        raise _Unknown(op)
    return False


def first_character_class(pattern: Any, flags: int) -> str | None:
    """A character class of every character a match of ``pattern`` (a source, or a parsed pattern) can start with,
    or None if unknown.

    Put in a lookahead in front of a rule, it lets the scan reject most positions with one class test
    instead of trying every word alternative (about twice as fast on news text)."""
    from re import _parser

    chars: set[str] = set()
    classes: set[str] = set()
    try:
        parsed = _parser.parse(pattern, flags) if isinstance(pattern, str) else pattern
        if not _first(list(parsed), chars, classes):
            return None
    except (_Unknown, re.error):
        return None
    if flags & re.IGNORECASE:
        chars |= {c.swapcase() for c in chars} | {c.upper() for c in chars} | {c.lower() for c in chars}
    body = "".join(re.escape(c) if c in "\\]^-[" else c for c in sorted(chars)) + "".join(sorted(classes))
    return f"[{body}]" if body else None
