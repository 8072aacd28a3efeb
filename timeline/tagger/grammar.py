"""Compile a language's rules into regular expressions, once per process.

A rule pattern is a regular expression with placeholders: ``{month}`` becomes a named group matching every
month name of the language, ``{day_2}`` a second day group, ``{to}`` the language's "to" fragment. Placeholders
backed by a word table capture a *slot* whose meaning is looked up in that table after matching.

Patterns are built so that they cannot backtrack catastrophically: word alternations are literal, repetitions
are bounded, and quantified groups never overlap.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping

from timeline.lang import Language, Rule, load_language
from timeline.tagger.scan import CATEGORIES, Index, analyse

#: Placeholders whose words come from a table of the resource file: placeholder → table name.
TABLE_SLOTS = {
    "month": "months",
    "weekday": "weekdays",
    "unit": "units",
    "mod": "mods",
    "part": "parts",
    "ref": "refs",
    "rel": "relatives",
    "dayrel": "relative_days",
    "season": "seasons",
    "partofday": "parts_of_day",
    "ampm": "ampm",
    "tz": "timezones",
    "hijri_month": "hijri_months",
    "hijri_day": "hijri_days",
    "setword": "sets",
    "numword": "numbers",
    "ordword": "ordinals",
    "fraction": "fractions",
    "named": "named_days",
    "dual": "duals",
    "decadeword": "decades",
    "holiday": "holidays",
    # more named days, read as holidays but matched by rules of their own (a smaller alternation to try)
    "festival": "festivals",
    "clockrel": "clock_relations",
    "weekend": "weekends",
}

#: Placeholders that read a table slot's words in any case, also where the language capitalises them
#: (``month_case_sensitive``): ``{anymonth}`` is read as ``{month}``.
CASELESS_SLOTS = {"anymonth": "month", "anyweekday": "weekday"}

#: Placeholders that are plain patterns (the same in every language).
BUILTIN_SLOTS = {
    "day": r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])",
    "monthnum": r"(?:1[0-2]|0?[1-9])(?![0-9])",
    "year": r"(?:1[0-9]{3}|20[0-9]{2}|2100)(?![0-9])",
    "yy": r"'[0-9]{2}(?![0-9])",
    "hour": r"(?:2[0-4]|[01]?[0-9])(?![0-9])",
    "minute": r"[0-5][0-9](?![0-9])",
    "second": r"[0-5][0-9](?![0-9])",
    "digits": r"[0-9]{1,4}(?![0-9])",
    "hijri_year": r"1[3-5][0-9]{2}(?![0-9])",
    "decade_year": r"1[0-9]{2}0|20[0-9]0",
    "count": r"[0-9]{1,3}(?:[,.][0-9]{3})*(?:[.,][0-9]+)?(?![0-9])",
}

_RAW_GROUP = re.compile(r"\(\?P<([a-z_]+?)(?:_[0-9])?>")
_PLACEHOLDER = re.compile(r"\{([a-z_]+?)(?:_([0-9]))?\}")


def _abbreviating(word: str) -> bool:
    """Scripts that shorten words with a dot ("Oct.", "févr.", "сент.")."""
    return word.isalpha() and unicodedata.name(word[0], "").startswith(("LATIN", "CYRILLIC", "GREEK"))


def _alternation(words: list[str], case_sensitive: bool = False, abbreviations: bool = False) -> str:
    """A literal alternation, longest first; spaces match any run of white space. With ``abbreviations`` (month and
    weekday names), a word that shortens a longer word of the list may end with a dot."""
    forms: list[str] = []
    folded = {w.casefold() for w in words}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = re.escape(word).replace(r"\ ", r"\s{1,4}").replace("'", "['’]")
        key = word.casefold()
        if abbreviations and _abbreviating(word) and len(key) <= 5 and any(len(f) > len(key) + 1 and f.startswith(key) and f[len(key)].isalpha() for f in folded):
            escaped += r"\.?"  # an abbreviation of a longer word of the table: "Oct.", "Sept."
        forms.append(escaped)
    body = (_factored(sorted(set(words), key=lambda w: (-len(w), w)), forms) if _factoring and FACTORED else None) \
        or ("|".join(forms) if forms else r"(?!x)x")
    return f"(?-i:{body})" if case_sensitive else body


#: Set to False to compile word alternations flat ("march|may|mar") rather than by first character.
FACTORED = True
#: True while the patterns that are compiled are expanded (their gates are analysed on the flat alternations).
_factoring = False


def _factored(words: list[str], forms: list[str]) -> str | None:
    """The alternation of ``forms`` (of ``words``, in that order) grouped by first character: "m(?:arch|ay|ar)".
    It matches what the flat one matches, the same way: two words of different groups cannot both match at one
    position (their first characters differ even in another case), and within a group the order is kept. The
    ``re`` engine then tries one character per group instead of every word. None when the words do not all begin
    with a letter or digit, or when two of them begin with the same letter in different cases."""
    from timeline.tagger.scan import fold

    groups: dict[str, list[str]] = {}
    cased: dict[str, str] = {}
    for word, form in zip(words, forms):
        c = word[:1]
        if not c.isalnum() or not form.startswith(c) or cased.setdefault(fold(c), c) != c:
            return None
        groups.setdefault(c, []).append(form[1:])
    if len(groups) == len(words):
        return None  # nothing shared: the flat alternation
    return "|".join(c + "(?:" + "|".join(rests) + ")" if len(rests) > 1 else c + rests[0]
                    for c, rests in groups.items())


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    regex: re.Pattern[str]
    #: group name → placeholder name ("month_2" → "month").
    slots: Mapping[str, str]
    #: Where the rule can match (scan.Gate: strings every match contains, the longest match); None: everywhere.
    gate: Any = None


@dataclass(frozen=True)
class Grammar:
    language: Language
    rules: tuple[CompiledRule, ...]
    #: placeholder → {folded word: meaning}, for reading slot values.
    lookups: Mapping[str, Mapping[str, Any]]
    #: Every cover string of the rules' gates, looked up in one pass per text (scan.Index).
    index: Any = None

    def meaning(self, slot: str, text: str) -> Any:
        table = self.lookups.get(slot)
        if table is None:
            return text
        return table.get(fold_key(text))


def fold_key(text: str) -> str:
    """The key under which a table word is looked up: case-folded, single spaces, no trailing dot."""
    return " ".join(text.casefold().replace("’", "'").split()).rstrip(".")


def _table_words(language: Language, slot: str) -> dict[str, Any]:
    return dict(language.table(TABLE_SLOTS[slot]))


def _slot_pattern(language: Language, slot: str) -> str:
    if slot in BUILTIN_SLOTS:
        return BUILTIN_SLOTS[slot]
    if slot == "num":
        words = _alternation(list(language.table("numbers")))
        # compound number words ("twenty five", "hai mươi lăm", "二十五"): a few table words in a row
        if language.spaced:
            words = rf"(?:{words})(?:[\s-]{{1,4}}(?:{words})){{0,3}}"
        else:
            words = f"(?:{words}){{1,6}}"
        return rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:[.,][0-9]+)?|{words})"
    if slot == "ordinal":
        words = _alternation(list(language.table("ordinals")))
        suffix = language.fragments.get("ordinal_suffix", "")
        return rf"(?:[0-9]{{1,2}}{suffix}|{words})"
    if slot in CASELESS_SLOTS:  # {anymonth}: a month name in any case, for patterns whose context is clear
        return _alternation(list(_table_words(language, CASELESS_SLOTS[slot])), abbreviations=True)
    if slot in TABLE_SLOTS:
        words = list(_table_words(language, slot))
        if TABLE_SLOTS[slot] in language.exact_case_tables:  # "CET" as written, "heure de paris" in any case
            exact = [w for w in words if w != w.lower()]
            caseless = _alternation([w for w in words if w == w.lower()])
            parts = ([f"(?-i:{_alternation(exact)})"] if exact else []) + [caseless]
            return "|".join(parts)
        case = language.month_case_sensitive and slot in ("month", "weekday")
        if case:
            lower = {w.lower() for w in words if language.capitalised_names and w.casefold() not in language.capitalised_names}
            words = sorted({w[:1].upper() + w[1:] for w in words} | {w.upper() for w in words} | lower)
        return _alternation(words, case_sensitive=case, abbreviations=slot in ("month", "weekday"))
    raise KeyError(slot)


def _spaces(pattern: str) -> str:
    """A space in a pattern matches a short run of any white space (line breaks included)."""
    return pattern.replace(" ?", r"\s{0,4}").replace(" ", r"\s{1,4}")


def _expand(language: Language, pattern: str, slots: dict[str, str], depth: int = 0) -> str:
    pattern = _spaces(pattern)

    def replace(m: re.Match[str]) -> str:
        name, index = m.group(1), m.group(2)
        if name in language.fragments and not index:
            if depth > 4:
                raise ValueError(f"{language.code}: fragment {name!r} nests too deeply")
            return "(?:" + _expand(language, language.fragments[name], slots, depth + 1) + ")"
        group = f"{name}_{index}" if index else name
        if group in slots:
            raise ValueError(f"{language.code}: placeholder {{{group}}} used twice in one rule")
        slots[group] = CASELESS_SLOTS.get(name, name)
        return f"(?P<{group}>{_slot_pattern(language, name)})"

    expanded = _PLACEHOLDER.sub(replace, pattern)
    # a rule may also name a group itself, e.g. (?P<partofday>tonight): read through the slot's table
    for m in _RAW_GROUP.finditer(pattern):  # (?P<unit_2>year) is read like {unit_2}
        name = m.group(1)
        if name in TABLE_SLOTS or name in BUILTIN_SLOTS or name in ("num", "ordinal"):
            slots.setdefault(m.group(0)[4:-1], name)
    return expanded


def _boundaries(language: Language) -> tuple[str, str]:
    if not language.spaced:
        return r"(?<![0-9])", r"(?![0-9])"  # no word boundaries, but never inside a longer number
    left = r"(?<![\w])"
    if language.clitics:
        cl = f"[{language.clitics}]"
        left = rf"(?:(?<![\w])|(?<=^{cl})|(?<=[\W]{cl})|(?<=^{cl}{cl})|(?<=[\W]{cl}{cl}))"
    return left, r"(?![\w])"


class _Unknown(Exception):
    pass



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
                elif o is C.CATEGORY and str(a) in CATEGORIES:
                    classes.add(CATEGORIES[str(a)])
                else:
                    raise _Unknown
            return True
        if op is C.BRANCH:
            if not all([_first(list(alt), chars, classes) for alt in av[1]]):
                raise _Unknown  # an empty alternative: the first character may come later
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
        raise _Unknown
    return False


def first_character_class(pattern: str, flags: int) -> str | None:
    """A character class of every character a match of ``pattern`` can start with, or None if unknown.

    Put in a lookahead in front of a rule, it lets the scan reject most positions with one class test
    instead of trying every word alternative (about twice as fast on news text)."""
    from re import _parser

    chars: set[str] = set()
    classes: set[str] = set()
    try:
        if not _first(list(_parser.parse(pattern, flags)), chars, classes):
            return None
    except (_Unknown, re.error):
        return None
    if flags & re.IGNORECASE:
        chars |= {c.swapcase() for c in chars} | {c.upper() for c in chars} | {c.lower() for c in chars}
    body = "".join(re.escape(c) if c in "\\]^-[" else c for c in sorted(chars)) + "".join(sorted(classes))
    return f"[{body}]" if body else None


@lru_cache(maxsize=None)
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language (compiled at first use, then cached)."""
    language = load_language(code)
    left, right = _boundaries(language)
    compiled = []
    for rule in language.rules:
        slots: dict[str, str] = {}
        body = _expand(language, rule.pattern, slots)
        global _factoring
        _factoring = True
        try:  # the same pattern with its word alternations grouped by first character (_factored), to compile
            fast = _expand(language, rule.pattern, {})
        finally:
            _factoring = False
        flags = re.UNICODE | (0 if rule.case_sensitive else re.IGNORECASE)
        try:
            first = first_character_class(body, flags)
            guard = f"(?={first})" if first else ""
            plain = f"{guard}{left}(?:{body}){right}"
            regex = re.compile(f"{guard}{left}(?:{fast}){right}", flags)
        except re.error as exc:
            raise ValueError(f"{code}.toml: rule {rule.name!r} does not compile: {exc}") from exc
        # the gate is read from the flat alternations: the factored pattern has the same matches
        compiled.append(CompiledRule(rule, regex, slots, analyse(plain, regex.flags)))
    lookups: dict[str, dict[str, Any]] = {}
    for slot, table in TABLE_SLOTS.items():
        lookups[slot] = {fold_key(k): v for k, v in language.table(table).items()}
    lookups["num"] = lookups["numword"]
    lookups["ordinal"] = lookups["ordword"]
    lookups["holiday"].update(lookups["festival"])  # a (?P<holiday>{festival}) group reads the festivals table
    index = Index(s for c in compiled if c.gate is not None for s in c.gate.cover | (c.gate.also or frozenset()))
    return Grammar(language, tuple(compiled), lookups, index)
