"""Compile a language's rules into regular expressions, once per process.

A rule pattern is a regular expression with placeholders: ``{month}`` becomes a named group matching every
month name of the language, ``{day_2}`` a second day group, ``{to}`` the language's "to" fragment. Placeholders
backed by a word table capture a *slot* whose meaning is looked up in that table after matching.

Patterns are built so that they cannot backtrack catastrophically: word alternations are literal, repetitions
are bounded, and quantified groups never overlap.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping

from timeline.cache import fingerprint, load_or_build
from timeline.lang import Language, Rule, language_files, load_language
from timeline.tagger.scan import Gate, Index, Regex, RulePattern, analyse, factored_source, first_character_class
from timeline.tagger.scan.matching import bound_width
from timeline.tagger.scan.regex import ENGINE

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
    # a month of the Chinese lunisolar calendar ("腊月", "农历八月"), its day read from {day}
    "lunar_month": "lunar_months",
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

def known_placeholder(name: str) -> bool:
    """Whether ``{name}`` is a placeholder of every language (a table slot, a built-in pattern, a number)."""
    return name in TABLE_SLOTS or name in BUILTIN_SLOTS or name in CASELESS_SLOTS or name in ("num", "ordinal")


def known_table(name: str) -> bool:
    """Whether a resource file's table of that name is read by some placeholder."""
    return name in TABLE_SLOTS.values()


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
    body = "|".join(forms) if forms else r"(?!x)x"
    return f"(?-i:{body})" if case_sensitive else body


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    #: the rule's pattern, compiled at first use (:class:`~timeline.tagger.scan.RulePattern`)
    pattern: RulePattern
    #: group name → placeholder name ("month_2" → "month").
    slots: Mapping[str, str]
    #: Where the rule can match (scan.Gate: strings every match contains, the longest match); None: everywhere.
    gate: Gate | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        return self.pattern.compiled


@dataclass(frozen=True)
class Grammar:
    language: Language
    rules: tuple[CompiledRule, ...]
    #: placeholder → {folded word: meaning}, for reading slot values.
    lookups: Mapping[str, Mapping[str, Any]]
    #: Every cover string of the rules' gates, looked up in one pass per text (scan.Index).
    index: Index | None = None
    #: the language's tense markers as patterns (anchor.tense): future, past, verbs of saying, conditional (None:
    #: no word)
    markers: tuple[Regex | None, Regex | None, Regex | None, Regex | None] = (None, None, None, None)

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


def expand(language: Language, pattern: str, slots: dict[str, str], depth: int = 0) -> str:
    pattern = _spaces(pattern)

    def replace(m: re.Match[str]) -> str:
        name, index = m.group(1), m.group(2)
        if name in language.fragments and not index:
            if depth > 4:
                raise ValueError(f"{language.code}: fragment {name!r} nests too deeply")
            return "(?:" + expand(language, language.fragments[name], slots, depth + 1) + ")"
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


def rule_source(language: Language, rule: Rule) -> tuple[str, str, int, dict[str, str]]:
    """(lead, body, flags, slots) of a rule as written: word alternations flat ("march|may|mar"), as the analysis
    reads them. ``lead`` holds the assertions that consume nothing (the first-character guard, the word boundary)."""
    return _rule_parts(language, rule)[:4]


def _rule_parts(language: Language, rule: Rule) -> tuple[str, str, int, dict[str, str], Any]:
    """:func:`rule_source` and the parsed body."""
    from re import _parser

    left, right = _boundaries(language)
    slots: dict[str, str] = {}
    body = f"(?:{expand(language, rule.pattern, slots)}){right}"
    flags = re.UNICODE | (0 if rule.case_sensitive else re.IGNORECASE)
    try:
        parsed = _parser.parse(body, flags)
    except re.error as exc:
        raise ValueError(f"{language.code}.toml: rule {rule.name!r} does not compile: {exc}") from exc
    first = first_character_class(parsed, flags)
    guard = f"(?={first})" if first else ""
    return f"{guard}{left}", body, flags, slots, parsed


def _marker_regex(language: Language, words: tuple[str, ...]) -> Regex | None:
    """A tense marker list as one pattern, factored by first letter (tried at each word of a clause)."""
    if not words:
        return None
    body = "|".join(sorted(words, key=len, reverse=True))
    source, flags = factored_source(rf"(?<!\w)(?:{body})(?!\w)" if language.spaced else body,
                                    re.IGNORECASE if language.spaced else 0)
    return Regex.prepared(source, flags)


def build_grammar(language: Language) -> Grammar:
    """Compile a language's rules: each rule's gate from its pattern as written (scan.analyse), its pattern with
    the alternations factored by first character (the same matches, found faster), and the engine code of both
    (so that a cached grammar loads without compiling). Seconds per language: done once, then cached."""
    compiled = []
    for rule in language.rules:
        lead, body, flags, slots, parsed = _rule_parts(language, rule)
        gate = analyse(lead + body, flags)
        fast, fast_flags = factored_source(parsed)
        widths = (bound_width(gate.reach[0]),) if gate is not None and not gate.reach[1] else ()
        compiled.append(CompiledRule(rule, RulePattern.prepared(lead, fast, fast_flags, widths), slots, gate))
    lookups: dict[str, dict[str, Any]] = {}
    for slot, table in TABLE_SLOTS.items():
        lookups[slot] = {fold_key(k): v for k, v in language.table(table).items()}
    lookups["num"] = lookups["numword"]
    lookups["ordinal"] = lookups["ordword"]
    lookups["holiday"].update(lookups["festival"])  # a (?P<holiday>{festival}) group reads the festivals table
    index = Index(s for c in compiled if c.gate is not None for s in c.gate.cover | (c.gate.also or frozenset()))
    markers = (_marker_regex(language, language.future_markers), _marker_regex(language, language.past_markers),
               _marker_regex(language, language.reporting_verbs),
               _marker_regex(language, language.conditional_markers))
    return Grammar(language, tuple(compiled), lookups, index, markers)


#: The files a compiled grammar depends on besides its language's resource file: a change in any makes a new cache.
_BUILDERS = ("tagger/grammar.py", "tagger/scan/analysis.py", "tagger/scan/index.py", "tagger/scan/matching.py",
             "tagger/scan/regex.py", "tagger/scan/rewrite.py", "lang/__init__.py", "text/normalise.py")


def grammar_key(code: str) -> str:
    """What a compiled grammar is built from: the language's resource files, the code that builds it, the regular
    expression engine (its code is saved)."""
    package = resources.files("timeline")
    parts: list[bytes | str] = [ENGINE, code]
    parts += [package.joinpath(name).read_bytes() for name in _BUILDERS]
    parts += [path.read_bytes() for path in language_files(code)]
    return fingerprint(*parts)


@lru_cache(maxsize=None)
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language: from the cache (timeline.cache), else compiled and cached."""
    language = load_language(code)
    # the language itself is not kept: it is read from its files (a few milliseconds)
    cached = load_or_build(f"grammar-{code}", grammar_key(code), lambda: build_grammar(language),
                           encode=lambda built: pickle.dumps(replace(built, language=None), pickle.HIGHEST_PROTOCOL),
                           decode=lambda data: _checked(pickle.loads(data), language))
    return replace(cached, language=language) if cached.language is not language else cached


def _checked(found: Any, language: Language) -> Grammar | None:
    """A cached grammar with a rule for each of ``language``'s rules, in order (else it is rebuilt)."""
    if not isinstance(found, Grammar) or [c.rule for c in found.rules] != list(language.rules):
        return None
    return replace(found, language=language)
