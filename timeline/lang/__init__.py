"""Language knowledge, loaded from one TOML resource file per language.

A resource file says what words mean (month names, number words, units, modifiers, vague references …) and
which patterns combine them into time expressions. Month and weekday names come from dateparser's locale data
(CLDR), generated into ``timeline/lang/names/`` (:mod:`timeline.lang.names`), and are completed by the file.
Nothing here knows any particular language.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

class UnknownLanguageError(ValueError):
    """The language code has no resource file."""


@dataclass(frozen=True)
class Rule:
    """One named pattern of a language: ``kind`` says how its slots are turned into a TIMEX3 value."""

    name: str
    pattern: str
    kind: str
    type: str | None = None
    value: str | None = None
    mod: str | None = None
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
    #: Sept. 30"), "like" (the period named last, in the year the rule names: "the 1988 quarter"). The
    #: n-th is the rule's {ordinal} (default 1), counted from the end when ``direction`` is -1.
    period: str | None = None


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

    def table(self, name: str) -> Mapping[str, Any]:
        return self.tables.get(name, {})

    def words(self, name: str) -> tuple[str, ...]:
        return self.event_words.get(name, ())

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


@lru_cache(maxsize=None)
def load_language(code: str) -> Language:
    """Load and validate the resource file of ``code`` (cached: once per process)."""
    if not re.fullmatch(r"[a-z]{2,3}", code or "") or code not in available_languages():
        known = ", ".join(available_languages())
        raise UnknownLanguageError(f"unknown language code {code!r} (known: {known})")
    raw = tomllib.loads(resources.files(__name__).joinpath(f"{code}.toml").read_text(encoding="utf-8"))
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
        )
        for r in raw.get("rules", ())
    )
    names = [r.name for r in rules]
    if len(names) != len(set(names)):
        raise ValueError(f"{code}.toml: rule names must be unique")
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
        month_case_sensitive=raw.get("month_case_sensitive", False),
        capitalised_names=frozenset(w.casefold() for w in raw.get("capitalised_names", ())),
        exact_case_tables=frozenset(raw.get("exact_case_tables", ())),
        spaced=raw.get("spaced", True),
        tense_reach=raw.get("tense_reach", 0),
        tense_by_month=raw.get("tense_by_month", False),
        ampm_names_day=raw.get("ampm_names_day", False),
    )
