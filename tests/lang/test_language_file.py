"""A resource file is checked when it is loaded: a kind, a key, a placeholder or an example the tagger cannot read
is refused with a message naming the file, the rule and the key (timeline.lang.check_file)."""

from __future__ import annotations

import pytest

from timeline.lang import Example, LanguageFileError, available_languages, check_file, load_language


def _file(**rule) -> dict:
    base = {"name": "r", "pattern": "{day} {month}", "kind": "date"}
    base.update(rule)
    return {"name": "Test", "rules": [base]}


@pytest.mark.parametrize("raw, message", [
    ({"name": "Test", "naming_words": ["titled"]}, "xx.toml: unknown key 'naming_words'"),
    ({"name": "Test", "stopwords": "the"}, "xx.toml: 'stopwords' must be a list, not str"),
    ({"name": "Test", "tables": {"monthes": {"jan": 1}}}, "xx.toml: unknown table 'monthes'"),
    ({"name": "Test", "events": {"titel_words": ["titled"]}}, "xx.toml: [events]: unknown word list 'titel_words'"),
    ({"name": "Test", "places": {"stop_name": []}}, "xx.toml: [places]: unknown setting 'stop_name'"),
    ({"name": "Test", "fragments": {"to": "{til}"}}, "xx.toml: fragment 'to': unknown placeholder {til}"),
    (_file(kind="dates"), "xx.toml: rule 'r': unknown kind 'dates'"),
    (_file(kind="duration", period="week"), "xx.toml: rule 'r': the kind 'duration' does not read 'period'"),
    (_file(directon=1), "xx.toml: rule 'r': the kind 'date' does not read 'directon'"),
    (_file(direction=2), "xx.toml: rule 'r': direction = 2 is not one of -1, 1"),
    (_file(reference="previous_day"), "xx.toml: rule 'r': reference = 'previous_day' is not one of"),
    (_file(calendar="lunar"), "xx.toml: rule 'r': calendar = 'lunar' is not one of 'chinese'"),
    (_file(kind="duration", calendar="chinese"), "xx.toml: rule 'r': the kind 'duration' does not read 'calendar'"),
    (_file(future_only=True), "xx.toml: rule 'r': the kind 'date' does not read 'future_only'"),
    (_file(kind="later", future_only="yes"), "xx.toml: rule 'r': future_only = 'yes' is not one of True, False"),
    (_file(pattern="{day} {monht}"), "xx.toml: rule 'r': unknown placeholder {monht}"),
    (_file(kind="range", pattern="{day} to {day_2}"), "xx.toml: rule 'r': a range rule names its parts (?P<first>…), (?P<last>…)"),
    (_file(examples=["on 25 October 2025"]), "xx.toml: rule 'r': an example is written 'phrase → value"),
    (_file(examples="25 October → 2025-10-25"), "xx.toml: rule 'r': examples is a list of strings"),
    ({"name": "Test", "rules": [{"name": "r", "kind": "date"}]}, "xx.toml: rule 'r': 'pattern' is missing"),
    ({"name": "Test", "rules": [{"name": "r", "pattern": "x", "kind": "ref"}] * 2}, "xx.toml: rule 'r': two rules have this name"),
])
def test_a_file_the_tagger_cannot_read_is_refused_with_its_place(raw, message):
    with pytest.raises(LanguageFileError) as caught:
        check_file("xx.toml", raw)
    assert str(caught.value).startswith(message), str(caught.value)


def test_a_good_rule_passes():
    check_file("xx.toml", _file(examples=["signed on 25 October → XXXX-10-25"], implied={"unit": "month"}))


@pytest.mark.parametrize("code", available_languages())
def test_every_resource_file_passes(code):
    assert load_language(code).rules


@pytest.mark.parametrize("written, text, values", [
    ("signed on 25 October 2025 → 2025-10-25", "signed on 25 October 2025", ("2025-10-25",)),
    ("from 25 to 26 October → 2025-10-25, 2025-10-26", "from 25 to 26 October", ("2025-10-25", "2025-10-26")),
    ("the beginning of 2025 → 2025  START", "the beginning of 2025", ("2025 START",)),
    ("a → b → 2025", "a → b", ("2025",)),  # the last arrow separates the values
])
def test_an_example_is_a_phrase_and_its_values(written, text, values):
    assert Example.parse(written) == Example(text, values)


def test_every_event_word_list_and_place_setting_a_file_may_hold_is_read_by_the_code():
    """The keys check_file accepts in [events] and [places] are the ones the event builder and the gazetteer read
    (a key nobody reads would be a resource that changes nothing)."""
    from pathlib import Path

    from timeline.lang import EVENT_WORD_KEYS, PLACE_KEYS

    package = Path(__file__).resolve().parents[2] / "timeline"
    code = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py") if p.parent.name != "lang")
    unread = sorted(k for k in EVENT_WORD_KEYS | PLACE_KEYS if f'"{k}"' not in code)
    assert not unread
