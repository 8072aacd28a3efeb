"""Language knowledge, loaded from one TOML resource file per language.

A resource file says what words mean (month names, number words, units, modifiers, vague references …) and
which patterns combine them into time expressions. Month and weekday names come from dateparser's locale data
(CLDR), generated into ``timeline/lang/names/`` (:mod:`timeline.lang.names`), and are completed by the file.
Nothing here knows any particular language.
"""

from __future__ import annotations

import pickle
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

class UnknownLanguageError(ValueError):
    """The language code has no resource file."""


class LanguageFileError(ValueError):
    """A resource file says something the tagger cannot read; the message names the file, the rule and the key."""


@dataclass(frozen=True)
class Example:
    """A news-style phrase a rule must match, and the values (with their mod, if any) of the time expressions the
    rule makes in it, read against :data:`EXAMPLE_DATE` (a Thursday): written ``"phrase → value[ mod], …"``."""

    text: str
    values: tuple[str, ...]

    @classmethod
    def parse(cls, written: str) -> Example:
        phrase, arrow, values = written.rpartition(" → ")
        found = tuple(" ".join(v.split()) for v in values.split(",") if v.strip())
        if not arrow or not phrase.strip() or not found:
            raise ValueError(f"an example is written 'phrase → value[ mod][, value …]', not {written!r}")
        return cls(phrase, found)


#: The document date the examples of every rule are read against: a Thursday, 10:00.
EXAMPLE_DATE = "2025-09-25T10:00"


@dataclass(frozen=True)
class Rule:
    """One named pattern of a language: ``kind`` says how its slots are turned into a TIMEX3 value."""

    name: str
    pattern: str
    kind: str
    type: str | None = None
    value: str | None = None
    mod: str | None = None
    #: what the rule's expression is anchored to: "document" (the document date), "previous" (the last date the text
    #: named), "name" (none: a date inside a name, "la rue du 4-Septembre", keeps its unknown year), "narrative"
    #: (the last date named when the clause is in the past, else the document date: "через два месяца его
    #: продали" is two months after the date the story named, "через два месяца" in a future clause from today)
    reference: str = "document"
    case_sensitive: bool = False
    #: The direction of an ``anchored_duration`` rule whose words fix it without a ``{rel}`` slot: -1 (the
    #: last …), +1 (the next …).
    direction: int | None = None
    #: slots the words of the rule imply without saying them, as (slot, table word) pairs: "EOM" is the
    #: ``part`` "end" of the ``unit`` "month"; "Friday after next" moves by the ``unit`` "week".
    implied: tuple[tuple[str, str], ...] = ()
    #: A period within the date the rule names (when.sub_period): "week" (the week of a day; the n-th whole
    #: week of a month), "weekend" (the n-th weekend of a month), "halfmonth" (the n-th half of a month),
    #: "after" (the n-th {weekday} after a day), "rest" (the rest of the period from the reference day), "again"
    #: (the same month n years on: "March after next"), "ending" (the quarter ending on a day: "the quarter ended
    #: Sept. 30"), "like" (the period named last, in the year the rule names: "the 1988 quarter"), "eve" (the
    #: day before, with the part of the day the rule gives: "in der Nacht zum Mittwoch", "в ночь на среду"). The
    #: n-th is the rule's {ordinal} (default 1), counted from the end when ``direction`` is -1.
    period: str | None = None
    #: The calendar the rule's day and month are of ("chinese": the lunisolar calendar of "ngày 10 tháng 3 âm
    #: lịch"): the day is placed as a feast of that calendar is (tagger/calendars.py), in the Gregorian year given.
    calendar: str | None = None
    #: A move said only of the future (a ``later`` rule: English "in three days"): in a clause that does not speak
    #: of the future (and unless read forward), the match is the span it counts, a DURATION ("the first time in
    #: ten years": P10Y; "the bonds will be redeemed in five years": the year five years on).
    future_only: bool = False
    #: phrases the rule must match, with the values it must give (tests/lang/test_rule_examples.py)
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    script: str
    direction: str
    #: word → meaning tables, keyed by table name ("months", "numbers", "units", "refs", …).
    tables: Mapping[str, Mapping[str, Any]]
    #: named regular-expression fragments written by the file ("to", "ago", "day_suffix", …).
    fragments: Mapping[str, str]
    rules: tuple[Rule, ...]
    clitics: str = ""
    stopwords: frozenset[str] = field(default_factory=frozenset)
    #: word lists the event builder uses (``title_words``, ``slogan_words``, ``since_words``,
    #: ``locative_prepositions``, ``title_drop``, ``edge_words``): regular-expression alternatives.
    event_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: how place names are written (``[places]``): stop names, inflections, capitals, clitics.
    places: Mapping[str, Any] = field(default_factory=dict)
    future_markers: tuple[str, ...] = ()
    past_markers: tuple[str, ...] = ()
    #: verbs of saying ("said", "a annoncé", "cho biết"): past within their own clause ("said on Wednesday"), but
    #: silent across a comma, where they attribute a reported clause ("will meet on 23 March, officials said").
    reporting_verbs: tuple[str, ...] = ()
    #: the conditional ("se retirarían", "quitteraient", "würden … abziehen"): the future of a past or reported
    #: clause, or a past told with reserve; it says neither way, so a day beside it is the nearest one.
    conditional_markers: tuple[str, ...] = ()
    month_case_sensitive: bool = False
    #: with ``month_case_sensitive``, the names that stay capitalised only ("May", "March", "Sat"): the others
    #: are also names in lower case ("tuesday", "march 3" through ``{anymonth}``). Empty: every name capitalised.
    capitalised_names: frozenset[str] = field(default_factory=frozenset)
    #: tables whose words written with a capital letter match only as written ("CET", not the French "cet"); their
    #: words in lower case ("heure de paris") match in any case.
    exact_case_tables: frozenset[str] = field(default_factory=frozenset)
    #: languages written without spaces between words (zh) match without word boundaries.
    spaced: bool = True
    #: how far (characters) a past marker ("said", a participle) may stand from an expression and still make
    #: it past; 0: anywhere in the clause. Future markers ("will", "next") count anywhere in the clause.
    tense_reach: int = 0
    #: a day-and-month date said of the past or the future is compared with the document date at month level: a
    #: day of the document's own month is of its year either way (HeidelTime's reading of news).
    tense_by_month: bool = False
    #: an am/pm word names the part of the reference day ("3:18 صباحا" read as "this morning at 3:18"): a
    #: clock time that has passed is not moved to the next day when read forward (anchor.py).
    ampm_names_day: bool = False
    #: a calendar day (a weekday, a day of a month) and the clock time that dates it are two expressions in the
    #: language's TimeML corpus ("dimanche 12 octobre, à 10 h 30": French TimeBank), the clock taking the day; a
    #: relative day and its clock time stay one ("hier à 10 h"). Read as news only: a request ("jeudi à 11h" read
    #: forward or backward, ``prefer``) is one instant.
    day_clock_apart: bool = False

    def table(self, name: str) -> Mapping[str, Any]:
        return self.tables.get(name, {})

    def words(self, name: str) -> tuple[str, ...]:
        return self.event_words.get(name, ())

    @property
    def ordinal_dot(self) -> bool:
        """Whether the language writes ordinals with a dot ("am 3. Oktober"): such a dot ends no sentence."""
        suffix = self.fragments.get("ordinal_suffix")
        return bool(suffix) and re.fullmatch(suffix, ".") is not None

    @property
    def naming_words(self) -> tuple[str, ...]:
        """Words that introduce a quoted name (a title or a slogan): "titled", "بعنوان", "شعار"."""
        return self.words("title_words") + self.words("slogan_words")


def language_files(code: str) -> tuple[Path, ...]:
    """The resource files a language is read from: its own, and its generated month and weekday names."""
    from timeline.lang.names import names_path

    return (Path(str(resources.files(__name__).joinpath(f"{code}.toml"))), names_path(code))


def available_languages() -> tuple[str, ...]:
    """Codes of every language that has a resource file, sorted."""
    names = (p.name for p in resources.files(__name__).iterdir())
    return tuple(sorted(n[:-5] for n in names if n.endswith(".toml")))


def _normalise_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    """Fold resource-file keys the way the text is folded before matching (diacritics, digits)."""
    from timeline.text.normalise import normalise

    return {normalise(k).text: v for k, v in table.items()}


#: The code that reads and checks a resource file: a change in any makes a new cached language.
_READERS = ("lang/__init__.py", "lang/names.py", "tagger/kinds.py", "tagger/grammar.py", "text/normalise.py")


@lru_cache(maxsize=None)
def load_language(code: str) -> Language:
    """The checked language of ``code``: read from the cache (timeline.cache) when its resource files and the
    code that reads them are unchanged, else read from its files (about 0.1 s) and cached. Once per process."""
    if not re.fullmatch(r"[a-z]{2,3}", code or "") or code not in available_languages():
        known = ", ".join(available_languages())
        raise UnknownLanguageError(f"unknown language code {code!r} (known: {known})")
    from timeline.cache import fingerprint, load_or_build

    package = resources.files("timeline")
    key = fingerprint(*(package.joinpath(name).read_bytes() for name in _READERS),
                      *(path.read_bytes() for path in language_files(code)))
    return load_or_build(f"language-{code}", key, lambda: read_language(code),
                         decode=lambda data: _checked(pickle.loads(data), code))


def _checked(found: Any, code: str) -> Language | None:
    return found if isinstance(found, Language) and found.code == code else None


def read_language(code: str) -> Language:
    """Read and check the resource file of ``code`` and its generated names (:func:`check_file`)."""
    raw = tomllib.loads(resources.files(__name__).joinpath(f"{code}.toml").read_text(encoding="utf-8"))
    check_file(f"{code}.toml", raw)
    tables: dict[str, dict[str, Any]] = {k: _normalise_keys(v) for k, v in raw.get("tables", {}).items()}
    from timeline.lang.names import read_names

    names = read_names(code)  # CLDR's, through dateparser, generated into timeline/lang/names (names.py)
    months = dict(names["months"])
    months.update(tables.get("months", {}))
    tables["months"] = _normalise_keys(months)
    weekdays = dict(names["weekdays"])
    weekdays.update(tables.get("weekdays", {}))
    tables["weekdays"] = _normalise_keys(weekdays)
    # words of the locale data that are too ambiguous alone ("Die" for Dienstag, "mar" for marzo/martes)
    for table, dropped in raw.get("drop", {}).items():
        unwanted = {d.casefold() for d in dropped}
        tables[table] = {k: v for k, v in tables.get(table, {}).items() if k.casefold() not in unwanted}
    rules = tuple(
        Rule(
            name=r["name"],
            pattern=r["pattern"],
            kind=r["kind"],
            type=r.get("type"),
            value=r.get("value"),
            mod=r.get("mod"),
            reference=r.get("reference", "document"),
            case_sensitive=r.get("case_sensitive", False),
            direction=r.get("direction"),
            implied=tuple(sorted(r.get("implied", {}).items())),
            period=r.get("period"),
            calendar=r.get("calendar"),
            future_only=r.get("future_only", False),
            examples=tuple(Example.parse(e) for e in r.get("examples", ())),
        )
        for r in raw.get("rules", ())
    )
    return Language(
        code=code,
        name=raw["name"],
        script=raw.get("script", "Latn"),
        direction=raw.get("direction", "ltr"),
        tables=tables,
        fragments=raw.get("fragments", {}),
        rules=rules,
        clitics=raw.get("clitics", ""),
        stopwords=frozenset(raw.get("stopwords", ())),
        event_words={k: tuple(v) for k, v in raw.get("events", {}).items()},
        places=raw.get("places", {}),
        future_markers=tuple(raw.get("future_markers", ())),
        past_markers=tuple(raw.get("past_markers", ())),
        reporting_verbs=tuple(raw.get("reporting_verbs", ())),
        conditional_markers=tuple(raw.get("conditional_markers", ())),
        month_case_sensitive=raw.get("month_case_sensitive", False),
        capitalised_names=frozenset(w.casefold() for w in raw.get("capitalised_names", ())),
        exact_case_tables=frozenset(raw.get("exact_case_tables", ())),
        spaced=raw.get("spaced", True),
        tense_reach=raw.get("tense_reach", 0),
        tense_by_month=raw.get("tense_by_month", False),
        ampm_names_day=raw.get("ampm_names_day", False),
        day_clock_apart=raw.get("day_clock_apart", False),
    )


#: What a resource file may hold at its top level, and the type of each entry.
FILE_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str, "script": str, "direction": str, "tables": dict, "fragments": dict, "rules": list, "drop": dict,
    "clitics": str, "stopwords": list, "events": dict, "places": dict, "future_markers": list, "past_markers": list,
    "reporting_verbs": list, "conditional_markers": list, "month_case_sensitive": bool, "capitalised_names": list,
    "exact_case_tables": list,
    "spaced": bool, "tense_reach": int, "tense_by_month": bool, "ampm_names_day": bool, "day_clock_apart": bool,
}
#: The word lists of ``[events]`` (timeline/events.py) and the settings of ``[places]`` (timeline/places.py).
EVENT_WORD_KEYS = frozenset({
    "adverbs", "after_words", "anchor_ends", "anchor_links", "anchor_words", "article_contractions",
    "attribution_words", "auxiliaries", "before_words", "comparatives", "condition_words", "conjunctions",
    "connectives", "date_links", "date_participles", "date_possessives", "definite_determiners", "determiners",
    "edge_words", "event_nouns", "feminine_determiners", "feminine_participles", "finite_verbs", "generic_nouns",
    "gerunds", "happening_kinds", "inverted_subjects", "likeness_words", "limit_words", "locative_prepositions",
    "masculine_determiners", "name_heads", "name_tails", "noun_links", "object_relatives", "participles", "plural_determiners",
    "plural_participles", "plural_verbs", "publication_words", "range_openers", "record_words", "relative_words",
    "report_media", "reporting_words", "settlement_words", "since_words", "slogan_words", "standard_ends",
    "standard_links", "standard_words", "subject_relatives", "tail_markers", "title_drop", "title_words",
    "words_tell_happenings"})
PLACE_KEYS = frozenset({"stop_names", "compound_names", "capital_is_evidence", "restore_after_clitic",
                        "clitic_pattern", "inflection_endings", "nominative_endings", "titles_before_names",
                        "home_countries"})
_RULE_VALUES: dict[str, tuple[Any, ...]] = {
    "reference": ("document", "previous", "name", "narrative"), "direction": (-1, 1),
    "type": ("DATE", "TIME", "DURATION", "SET"),
    "period": ("week", "weekend", "halfmonth", "after", "rest", "again", "ending", "like", "eve"),
    "calendar": ("chinese",), "future_only": (True, False),
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+?)(?:_([0-9]))?\}")


def check_file(name: str, raw: Mapping[str, Any]) -> None:
    """Refuse a resource file with a key nothing reads, a rule of an unknown kind, a key the rule's kind does not
    read, a placeholder no table, fragment or built-in pattern defines, or a malformed example
    (:class:`LanguageFileError`, naming the file, the rule and the key)."""
    from timeline.tagger.grammar import known_placeholder, known_table
    from timeline.tagger.kinds import KINDS

    def fail(message: str) -> None:
        raise LanguageFileError(f"{name}: {message}")

    for key, value in raw.items():
        if key not in FILE_KEYS:
            fail(f"unknown key {key!r} (a resource file holds: {', '.join(sorted(FILE_KEYS))})")
        if not isinstance(value, FILE_KEYS[key]):
            fail(f"{key!r} must be a {FILE_KEYS[key].__name__}, not {type(value).__name__}")
    for table in list(raw.get("tables", {})) + list(raw.get("drop", {})) + list(raw.get("exact_case_tables", ())):
        if not known_table(table):
            fail(f"unknown table {table!r}")
    for key in raw.get("events", {}):
        if key not in EVENT_WORD_KEYS:
            fail(f"[events]: unknown word list {key!r} (known: {', '.join(sorted(EVENT_WORD_KEYS))})")
    for key in raw.get("places", {}):
        if key not in PLACE_KEYS:
            fail(f"[places]: unknown setting {key!r} (known: {', '.join(sorted(PLACE_KEYS))})")
    fragments = raw.get("fragments", {})

    def placeholders(where: str, pattern: str) -> None:
        for m in _PLACEHOLDER.finditer(pattern):
            if m.group(1) not in fragments and not known_placeholder(m.group(1)):
                fail(f"{where}: unknown placeholder {m.group(0)} (no table, fragment or built-in pattern of that name)")

    for fragment, pattern in fragments.items():
        placeholders(f"fragment {fragment!r}", pattern)
    seen: set[str] = set()
    for number, rule in enumerate(raw.get("rules", ()), start=1):
        label = f"rule {rule.get('name', f'#{number}')!r}"
        for key in ("name", "pattern", "kind"):
            if not isinstance(rule.get(key), str) or not rule[key]:
                fail(f"{label}: {key!r} is missing (a rule has a name, a pattern and a kind)")
        if rule["name"] in seen:
            fail(f"{label}: two rules have this name")
        seen.add(rule["name"])
        kind = KINDS.get(rule["kind"])
        if kind is None:
            fail(f"{label}: unknown kind {rule['kind']!r} (known: {', '.join(sorted(KINDS))})")
        for key, value in rule.items():
            if key not in kind.allowed:
                fail(f"{label}: the kind {kind.name!r} does not read {key!r} (it reads: {', '.join(sorted(kind.allowed))})")
            if key in _RULE_VALUES and value not in _RULE_VALUES[key]:
                fail(f"{label}: {key} = {value!r} is not one of {', '.join(map(repr, _RULE_VALUES[key]))}")
        for slot, word in rule.get("implied", {}).items():
            if not known_placeholder(slot):
                fail(f"{label}: implied slot {slot!r} is no placeholder")
        for group in kind.groups:
            if f"(?P<{group}>" not in rule["pattern"]:
                fail(f"{label}: a {kind.name} rule names its parts (?P<{'>…), (?P<'.join(kind.groups)}>…)")
        placeholders(label, rule["pattern"])
        examples = rule.get("examples", [])
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            fail(f"{label}: examples is a list of strings")
        for example in examples:
            try:
                Example.parse(example)
            except ValueError as exc:
                fail(f"{label}: {exc}")
