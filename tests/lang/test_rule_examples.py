"""Every rule's examples (``examples = ["phrase → value", …]`` in timeline/lang/<code>.toml): the rule matches each
phrase and gives those values, read against EXAMPLE_DATE. A rule without an example, or one no example reaches,
is a rule nobody can read the meaning of."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.lang import EXAMPLE_DATE, available_languages, load_language
from timeline.tagger import tag

REFERENCE = dt.datetime.fromisoformat(EXAMPLE_DATE)

CASES = [pytest.param(code, rule.name, example, id=f"{code}:{rule.name}:{n}")
         for code in available_languages()
         for rule in load_language(code).rules
         for n, example in enumerate(rule.examples)]


@pytest.mark.parametrize("code, rule, example", CASES)
def test_rule_gives_its_examples(code, rule, example):
    result = tag(example.text, code, REFERENCE)
    got = [f"{t.value} {t.mod}" if t.mod else t.value for t in result.timexes if t.rule == rule]
    found = [(t.text, t.rule) for t in result.timexes]
    assert got == list(example.values), f"{example.text!r}: the rule gives {got}; the tagger found {found}"


def test_the_examples_are_read_on_a_thursday():
    assert REFERENCE.weekday() == 3 and (REFERENCE.hour, REFERENCE.minute) == (10, 0)


@pytest.mark.parametrize("code", available_languages())
def test_every_rule_has_an_example(code):
    bare = [rule.name for rule in load_language(code).rules if not rule.examples]
    assert not bare, f"{code}: rules without examples: {bare}"
