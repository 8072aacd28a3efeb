"""Rewriting a parsed pattern: back to its source (:func:`unparse`), and with its alternations factored by first
character (:func:`factored_source`), so that a long list of words is tried one character per group at each start.

Patterns are analysed (:mod:`.analysis`) as written, with flat word alternations ("march|may|mar"); they are
compiled factored ("m(?:arch|ay|ar)"): the same matches and groups, found faster.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from re import _constants as C, _parser

from timeline.tagger.scan.index import fold

_FLAG_LETTERS = ((re.ASCII, "a"), (re.IGNORECASE, "i"), (re.LOCALE, "L"), (re.MULTILINE, "m"), (re.DOTALL, "s"),
                 (re.UNICODE, "u"), (re.VERBOSE, "x"))
_AT = {C.AT_BEGINNING: "^", C.AT_BEGINNING_STRING: r"\A", C.AT_END: "$", C.AT_END_STRING: r"\Z",
       C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B"}
#: the character categories a pattern can name, as written in a class
CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
              C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_LOOK = {(C.ASSERT, 1): "(?=", (C.ASSERT, -1): "(?<=", (C.ASSERT_NOT, 1): "(?!", (C.ASSERT_NOT, -1): "(?<!"}
_REPEATS = {C.MAX_REPEAT: "", C.MIN_REPEAT: "?", getattr(C, "POSSESSIVE_REPEAT", None): "+"}
_COUNTS = {(0, C.MAXREPEAT): "*", (1, C.MAXREPEAT): "+", (0, 1): "?"}


def _flag_letters(mask: int) -> str:
    return "".join(letter for flag, letter in _FLAG_LETTERS if mask & flag)


class Unwritable(ValueError):
    """A parsed item that has no source here (a back reference where it cannot stand alone, an unknown op)."""


def class_item(op: Any, av: Any) -> str:
    """One item of a parsed character class written back as class syntax: a character, a range, ``\\d``…"""
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is C.CATEGORY and av in CATEGORIES:
        return CATEGORIES[av]
    raise Unwritable(op)


#: the parsed items that match one character and are written without a group
ONE_CHARACTER = (C.LITERAL, C.NOT_LITERAL, C.IN)


def one_character(op: Any, av: Any) -> str:
    """A literal, a negated literal or a character class written back."""
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    negate = "^" if av and av[0][0] is C.NEGATE else ""
    return "[" + negate + "".join(class_item(o, a) for o, a in av if o is not C.NEGATE) + "]"


def _source(items: Iterable, names: dict[int, str]) -> str:
    out: list[str] = []
    for op, av in items:
        if op in ONE_CHARACTER:
            out.append(one_character(op, av))
        elif op is C.ANY:
            out.append(".")
        elif op is C.SUBPATTERN:
            group, add, delete, inner = av
            body = _source(inner, names)
            if add or delete:
                body = f"(?{_flag_letters(add)}{'-' + _flag_letters(delete) if delete else ''}:{body})"
            if group is None:  # a plain group needs no parentheses: an alternation and a repeat write their own
                out.append(body)
            elif group in names:
                out.append(f"(?P<{names[group]}>{body})")
            else:
                out.append(f"({body})")
        elif op is C.BRANCH:
            alts = [_source(alt, names) for alt in av[1]]
            out.append(alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")")
        elif op in _REPEATS:
            lo, hi, inner = av
            body = _source(inner, names)
            single = len(inner.data) == 1 and (inner.data[0][0] in ONE_CHARACTER or inner.data[0][0] is C.ANY)
            count = _COUNTS.get((lo, hi)) or ("{%d}" % lo if lo == hi else
                                              "{%d,%s}" % (lo, "" if hi == C.MAXREPEAT else hi))
            out.append(f"{body if single else '(?:' + body + ')'}{count}{_REPEATS[op]}")
        elif op is getattr(C, "ATOMIC_GROUP", None):
            out.append(f"(?>{_source(av, names)})")
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, inner = av
            out.append(_LOOK[(op, direction)] + _source(inner, names) + ")")
        elif op is C.AT and av in _AT:
            out.append(_AT[av])
        elif op is C.GROUPREF:
            out.append(f"(?P={names[av]})" if av in names else f"(?:\\{av})")
        elif op is C.GROUPREF_EXISTS:
            group, yes, no = av
            out.append(f"(?({group}){_source(yes, names)}|{_source(no, names) if no else ''})")
        else:
            raise Unwritable(op)
    return "".join(out)


def unparse(parsed: _parser.SubPattern) -> str:
    """The source of a parsed pattern (compile it with ``parsed.state.flags``): the same matches and groups."""
    names = {index: name for name, index in parsed.state.groupdict.items()}
    return _source(parsed.data, names)


def factor_alternatives(alternatives: list, state: Any) -> list:
    """The alternatives of an alternation with those that begin with one same literal character factored out:
    "said|saw|was" → "sa(?:id|w)|was". The matches are the same: at a position, alternatives whose first
    characters differ (folded as ``re`` equates them ignoring case, :func:`~.index.fold`) cannot both match, so only
    the order of those of one first character counts, and it is kept; any alternative that does not begin with a
    literal stays in its place, and those around it are factored on each side of it."""
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
            inner = _parser.SubPattern(state, [(C.BRANCH, (None, factor_alternatives(rests, state)))])
            out.append(_parser.SubPattern(state, [members[0].data[0], (C.SUBPATTERN, (None, 0, 0, inner))]))
        segment.clear()

    for alt in alternatives:
        if alt.data and alt.data[0][0] is C.LITERAL:
            segment.append((fold(chr(alt.data[0][1])), alt))
        else:
            flush()
            out.append(alt)
    flush()
    return out


def _factor_all(items: Iterable, state: Any) -> list:
    out = []
    for op, av in items:
        if op is C.BRANCH:
            av = (av[0], factor_alternatives([_parser.SubPattern(state, _factor_all(a.data, state)) for a in av[1]], state))
        elif op is C.SUBPATTERN:
            av = (*av[:3], _parser.SubPattern(state, _factor_all(av[3].data, state)))
        elif op in _REPEATS:
            av = (av[0], av[1], _parser.SubPattern(state, _factor_all(av[2].data, state)))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            av = (av[0], _parser.SubPattern(state, _factor_all(av[1].data, state)))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            av = _parser.SubPattern(state, _factor_all(av.data, state))
        out.append((op, av))
    return out


def factored(parsed: _parser.SubPattern) -> _parser.SubPattern:
    """``parsed`` with every alternation factored by first character (:func:`factor_alternatives`)."""
    return _parser.SubPattern(parsed.state, _factor_all(parsed.data, parsed.state))


def factored_source(pattern: str | _parser.SubPattern, flags: int = 0) -> tuple[str, int]:
    """(source, flags) of ``pattern`` (a source, or a parsed pattern) with its alternations factored by first
    character: the same matches and groups, found faster when a long list of words is tried at every start
    ("said|was|were|bought|…")."""
    parsed = _parser.parse(pattern, flags) if isinstance(pattern, str) else pattern
    return unparse(factored(parsed)), parsed.state.flags
