"""A pattern loaded from saved engine code (timeline/tagger/scan/regex.py) is the pattern compiled from source."""

from __future__ import annotations

import pickle
import re

from timeline.tagger.grammar import grammar
from timeline.tagger.scan import Regex
from timeline.tagger.scan.regex import engine_code

TEXT = "On Monday, 25 October 2025, at 10:30 a.m., the summit opened; two weeks ago, in the nineties, 3 days later."


def test_every_english_rule_loads_from_its_code_as_compiled_from_source():
    g = grammar("en")
    for cr in g.rules:
        saved = cr.pattern.regex
        assert saved.code is not None, cr.rule.name
        loaded = pickle.loads(pickle.dumps(saved))  # as the cache gives it back
        plain = re.compile(saved.source, saved.flags)
        got = [(m.span(), m.groupdict()) for m in loaded.compiled.finditer(TEXT)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(TEXT)], cr.rule.name
        assert loaded.compiled.groupindex == plain.groupindex and loaded.compiled.pattern == saved.source


def test_code_the_engine_refuses_falls_back_to_the_source():
    good = Regex.prepared(r"(?P<day>[0-9]{1,2}) (?P<month>October|May)", re.IGNORECASE)
    flags, program, groups, groupindex, indexgroup = good.code
    damaged = Regex(good.source, good.flags, (flags, b"\xff\xff\xff\x7f" * 5, groups, groupindex, indexgroup))
    assert damaged.compiled.search("on 25 october").groupdict() == {"day": "25", "month": "october"}
    truncated = Regex(good.source, good.flags, (flags, program[:-3], groups, groupindex, indexgroup))
    assert truncated.compiled.search("on 25 october").span() == (3, 13)


def test_a_pickled_regex_keeps_source_flags_and_code_but_not_its_compiled_form():
    r = Regex.prepared("a+b", re.IGNORECASE)
    r.compiled  # noqa: B018
    back = pickle.loads(pickle.dumps(r))
    assert back == r and back.code == r.code and back._compiled is None
    assert engine_code("a+b", re.IGNORECASE) == r.code
