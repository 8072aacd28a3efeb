"""Feature gating (timeline/tagger/scan): the same matches and candidates as a full scan, and sound bounds."""

from __future__ import annotations

import random
import re

import pytest

from timeline.tagger import scan
from timeline.tagger.find import candidates
from timeline.tagger.grammar import grammar, rule_source
from timeline.text.normalise import normalise

LANGUAGES = ("en", "ar", "fr", "es", "de", "vi", "zh", "ru")

MIXED = """\
On Monday, 25 October 2025, the summit opened in Hanoi; 3 days later, at 10:30 a.m., 65 countries signed.
The convention was adopted on 24 December 2024 (Christmas Eve) after five years of talks, two weeks ago.
وقّعت 65 دولة الاتفاقية يومي 25 و26 أكتوبر 2025 في هانوي، بعد خمس سنوات من المفاوضات، وقبل يومين أعلنت الأمم المتحدة
أن الاتفاقية ستدخل حيز التنفيذ في 15 ربيع الأول 1447 هـ، الساعة الثالثة و18 دقيقة الصبح، بعد غد.
Le 25 octobre 2025, à 15h, les délégués se sont réunis pendant trois jours ; il y a deux semaines, le 1er mars.
El 25 de octubre de 2025 a las 10 de la mañana, hace tres años, los próximos dos meses, cada semana.
Am 25. Oktober 2025 um 17 Uhr, vor drei Jahren, in den letzten zwei Wochen, alle fünf Jahre.
Ngày 25 tháng 10 năm 2025, lúc 10 giờ sáng, 3 ngày trước, tuần tới, quý III năm nay.
2025年10月25日上午10点，三天前，下三天，2034年穆斯林斋月，春节晚上。
25 октября 2025 года в 10 часов, три года назад, через два дня, послепослезавтра, каждый год.
"""


def _hostile() -> dict[str, tuple[str, str]]:
    months = "January February March April May June July August September October November December".split()
    digits = " ".join("".join("1234567890"[(4 * i + k) % 10] for k in range(4)) for i in range(4000))
    chain = "25" + "".join(f" و{(24 + i) % 31 + 1}" for i in range(1, 4000)) + " أكتوبر 2025"
    return {
        "digits": ("en", digits),
        "months": ("en", " ".join(months[i % 12] for i in range(4000))),
        "months-ar": ("ar", " ".join(("يناير", "كانون الثاني", "شباط", "أكتوبر")[i % 4] for i in range(4000))),
        "chain-ar": ("ar", chain),
        # (a number of more than 308 digits overflows a float in find._number: kept under that)
        "long-number": ("en", "1" * 300 + " days ago, " + "2" * 40 + ",000 years later, " + "3" * 200 + " weeks"),
    }


def _both(g, text: str):
    return candidates(g, text, scan.ScanOptions(gated=False)), candidates(g, text)


def _pattern(regex: re.Pattern[str]) -> scan.RulePattern:
    """A hand-written pattern as the scanner takes a rule's."""
    return scan.RulePattern("", regex.pattern, regex.flags)


@pytest.mark.parametrize("code", LANGUAGES)
def test_gated_candidates_are_those_of_a_full_scan(code: str) -> None:
    text = normalise(MIXED * 3).text
    full, gated = _both(grammar(code), text)
    assert full, "the text has expressions in every language"
    assert gated == full


@pytest.mark.parametrize("name", sorted(_hostile()))
def test_gated_candidates_on_hostile_input(name: str) -> None:
    code, text = _hostile()[name]
    full, gated = _both(grammar(code), normalise(text).text)
    assert gated == full


def test_every_rule_matches_alike_on_random_text() -> None:
    """Words of the grammar (tables, rule literals, numbers) in random order, case and spacing."""
    rng = random.Random(7)
    for code in LANGUAGES:
        g = grammar(code)
        vocab = {str(k) for table in g.language.tables.values() for k in table}
        for cr in g.rules:
            vocab.update(re.findall(r"\w+", cr.rule.pattern))
        vocab.update(["1", "12", "2025", "31", "1,000", "3.5", "10:30", "25/12/2024", "2024-05-06", "1990s"])
        words = sorted(vocab)
        seps = [" ", " ", "", "-", "/", ", ", ".", "و", "\n", ":", "年", "月"]
        for _ in range(3):
            text = normalise("".join(rng.choice(words) + rng.choice(seps) for _ in range(800))).text
            features = scan.Features(text)
            for cr in g.rules:
                full = [m.span() for m in cr.regex.finditer(text)]
                assert [m.span() for m in scan.matches(cr.pattern, cr.gate, text, features)] == full, cr.rule.name


def test_every_rule_of_every_language_is_gated() -> None:
    for code in LANGUAGES:
        ungated = [cr.rule.name for cr in grammar(code).rules if cr.gate is None]
        assert not ungated, (code, ungated)


def _size(form, runs: int = 0) -> int:
    return form[0] + sum(k for _, k in form[1]) * runs


def test_width_and_reach() -> None:
    width, reach = scan.bounds("abc")
    assert (width, _size(reach)) == ((3, ()), 4)  # reach: one more than anything read
    width, reach = scan.bounds(r"a\s{1,4}(?:bc|defg)?")
    assert width == (9, ())
    width, reach = scan.bounds(r"ab(?![0-9]{3})")  # the lookahead reads 3 past the match
    assert width == (2, ()) and _size(reach) == 2 + 3 + 1
    width, reach = scan.bounds(r"(?<![\w])x\b")
    assert width == (1, ()) and _size(reach) >= 2
    width, _ = scan.bounds(r"(?P<sep>[/.])[0-9]{2}(?P=sep)")  # a back reference is as wide as its group
    assert width == (4, ())
    # unbounded repeats of a class are bounded by the longest run of that class in the text
    width, _ = scan.bounds(r"[0-9]+(?:[.,][0-9]+)? days")
    assert width[0] == 6 and dict(width[1]) == {("[0-9]", 0): 2}
    width, _ = scan.bounds(r"[0-9]{1,3}(?:,[0-9]{3})+")
    assert width[0] == 3 and dict(width[1]) == {("[,0-9]", 0): 1}
    assert scan.bounds(r"(?:a|bc)*(?:\s+\w+)+") is not None
    assert scan.bounds(r"(a)\1+") is None  # a repeated back reference: unknown


def test_cover_and_its_offset() -> None:
    strings, pre = scan.cover(r"(?:the )?(?:January|march) [0-9]{1,2}", re.IGNORECASE)
    assert strings == {"january", "march"} and pre == (4, ())
    # what the items around a run of literals always end or begin with joins it: "uary " in "January 5"
    strings, _ = scan.cover(r"(?:the )?(?:january|february) [0-9]{1,2}", re.IGNORECASE)
    assert strings == {"uary "}
    strings, pre = scan.cover(r"[0-9]{1,2} (?:days|weeks) ago")
    assert strings == {"s ago"} and pre[0] >= 2 + 1 + 4
    # a string contained in another stands for both, and may start later in it
    strings, pre = scan.cover(r"(?:послезавтра|завтра)(?: утром)?")
    assert strings == {"завтра"} and pre == (5, ())
    # the literals next to a run extend it: "{decade_year}s" always contains "0s"
    strings, _ = scan.cover(r"(?:1[0-9]{2}0|20[0-9]0)s")
    assert strings == {"0s"}
    assert scan.cover(r"[0-9]{1,2}(?:st|nd)?") is not None  # digits are a cover too
    assert scan.cover(r"\w+") is None


def test_bounds_hold_on_random_matches() -> None:
    """Every match is at most ``width`` long and holds a cover string starting at most ``pre`` into it."""
    rng = random.Random(3)
    g = grammar("en")
    alphabet = "0123456789 ,.-/:'ajnfebmrypulgsoctvdhwki"
    text = "".join(rng.choice(alphabet) for _ in range(20000)) + " " + normalise(MIXED).text
    features = scan.Features(text)
    low = scan.fold(text)
    for cr in g.rules:
        gate = cr.gate
        for m in cr.regex.finditer(text):
            assert m.end() - m.start() <= features.size(gate.width), cr.rule.name
            at = [low.find(s, m.start(), m.end()) for s in gate.cover]
            assert min(a for a in at if a >= 0) - m.start() <= features.size(gate.pre), cr.rule.name


def test_fold_keeps_offsets_and_merges_the_case_pairs_of_re() -> None:
    text = "İstanbul ſeptember STRASSE ΣΊΣΥΦΟΣ"
    folded = scan.fold(text)
    assert len(folded) == len(text)
    assert re.search("september", text, re.IGNORECASE)
    assert scan.fold("september") in folded


def test_before_checks_what_precedes_an_occurrence() -> None:
    """``scan.before``: read backwards from an occurrence of a cover string, what precedes it must end the part
    of a match before it ("3 days" yes; "today", "Monday": "day" preceded by a letter, no)."""
    pattern = r"(?<!\w)(?:[0-9]+|two|three)(?:\s{1,4}|-)(?:days|day|weeks)(?!\w)"
    assert scan.cover(pattern, re.IGNORECASE)[0] == {"day", "weeks"}
    back = scan.before(pattern, re.IGNORECASE)
    assert back is not None

    def accepted(text: str, s: str) -> bool:
        o = scan.fold(text).find(s)
        return back.compiled.match(text[::-1], len(text) - o) is not None

    assert accepted("for 3 days", "day") and accepted("TWO  DAYS", "day") and accepted("12-weeks", "weeks")
    assert not accepted("today", "day") and not accepted("Monday", "day") and not accepted("the day", "day")
    # the occurrence may start the match: nothing to check
    assert scan.before(r"(?:days|weeks)(?: ago)?") is None
    assert scan.before(r"([0-9])\1 days") is None  # a back reference: unknown


@pytest.mark.parametrize("checked_pre", [0, scan.DEFAULT_OPTIONS.min_checked_pre])
def test_checked_occurrences_keep_every_match(checked_pre: int) -> None:
    """With occurrences checked for every rule (``min_checked_pre`` 0) or only for the wide ones, every rule
    still matches as a full scan does, on mixed, random and hostile texts."""
    options = scan.ScanOptions(min_checked_pre=checked_pre)
    rng = random.Random(11)
    alphabet = "0123456789 ,.-/:'ajnfebmrypulgsoctvdhwki"
    noise = "".join(rng.choice(alphabet) for _ in range(5000))
    texts = [(code, normalise(MIXED + noise).text) for code in LANGUAGES]
    texts += [(code, normalise(text[:6000]).text) for code, text in _hostile().values()]
    for code, text in texts:
        features = scan.Features(text, options=options)
        for cr in grammar(code).rules:
            full = [m.span() for m in cr.regex.finditer(text)]
            assert [m.span() for m in scan.matches(cr.pattern, cr.gate, text, features)] == full, (code, cr.rule.name)


def test_checked_candidates_are_those_of_unchecked_ones() -> None:
    text = normalise(MIXED * 3).text
    for code in LANGUAGES:
        g = grammar(code)
        assert any(cr.gate.before is not None for cr in g.rules), code
        assert candidates(g, text) == candidates(g, text, scan.ScanOptions(checked=False))


def test_index_finds_the_chunks_find_finds() -> None:
    """An Index looks every cover string up in one pass (overlapping strings, prefixes of one another): each
    string's chunks are those of a ``str.find`` of it alone."""
    strings = ["a", "ab", "abc", "b", "bc", "c", "day", "days", "today", "ay", "0", "0s", "1990", ":"]
    index = scan.Index(strings)
    rng = random.Random(5)
    for _ in range(20):
        text = "".join(rng.choice(["a", "b", "c", "x", " ", "day", "s", "to", "0", "9", "1", ":"]) for _ in range(300))
        assert scan.Features(text, index=index).chunks_of("abc") is not None
        indexed, plain = scan.Features(text, index=index), scan.Features(text)
        indexed.folded  # noqa: B018 - fills the index's chunks
        for s in strings:
            assert indexed._chunks[s] == plain.chunks_of(s), (s, text)
    for code in LANGUAGES:
        g = grammar(code)
        text = normalise(MIXED * 2).text
        indexed, plain = scan.Features(text, index=g.index), scan.Features(text)
        for s in g.index.strings:
            assert indexed.chunks_of(s) == plain.chunks_of(s), (code, s)


def test_factored_alternations_match_as_flat_ones() -> None:
    """Every rule's pattern, compiled with its alternations factored by first character, matches what the pattern
    as written matches, with the same groups (on the grammar's own words in random order)."""
    rng = random.Random(3)
    for code in LANGUAGES:
        g = grammar(code)
        vocab = sorted({str(k) for table in g.language.tables.values() for k in table} | {"1", "12", "2025", "10:30"})
        text = normalise(MIXED + "".join(rng.choice(vocab) + rng.choice([" ", "", ", ", "-"]) for _ in range(1500))).text
        differ = 0
        for cr in g.rules:
            lead, body, flags, _ = rule_source(g.language, cr.rule)
            flat = re.compile(lead + body, flags)
            differ += flat.pattern != cr.regex.pattern
            got = [(m.span(), m.groupdict()) for m in cr.regex.finditer(text)]
            assert got == [(m.span(), m.groupdict()) for m in flat.finditer(text)], (code, cr.rule.name)
        assert differ, code


def test_confirm_checks_the_alternation_around_an_occurrence() -> None:
    pattern = r"(?<![\w])(?:(?:last|next)\s)?(?:the\s)?(?:new\s{1,4}year|easter|father's\s{1,4}day)(?:,?\s[0-9]{4})?(?![\w])"
    sure = scan.confirm(pattern, re.IGNORECASE)
    assert sure is not None and {s for s, _, _ in sure} == {"year", "easter", "father's"}
    assert dict((s, k) for s, _, k in sure)["year"] == 7  # "new" and up to four spaces before it
    gate = scan.analyse(pattern, re.IGNORECASE)
    assert gate.confirm is not None and gate.before is None
    text = "the year, my father said, Easter 2024 and next New Year, fathers, new  year " * 3
    features = scan.Features(text)
    assert features.confirmed(gate.cover, gate.confirm) != features.chunks(gate.cover)  # some occurrences fail
    regex = re.compile(pattern, re.IGNORECASE)
    for checked_pre in (0, scan.DEFAULT_OPTIONS.min_checked_pre):
        features = scan.Features(text, options=scan.ScanOptions(min_checked_pre=checked_pre))
        spans = [m.span() for m in scan.matches(_pattern(regex), gate, text, features)]
        assert spans == [m.span() for m in regex.finditer(text)]
    assert scan.confirm(r"(a)x(?:bb|c\1)") is None  # a back reference: not matched alone


def test_factored_alternation_finds_what_the_flat_one_finds() -> None:
    """scan.factored_source (the tense markers, the rules): alternatives grouped by first letter, the others kept in their place, find
    the same matches as the flat alternation, down to which alternative wins ("ha" before "had")."""
    words = ["was", "were", "Was", "(?-i:said)", "saw", "(?<!be )held", "had", "has been", "ha", "[a-z]{2,}ed",
             "w(?=ill)", "will", "'ll", "été", "ét", "s", "sa"]
    pool = ["was", "Was", "WERE", "said", "Said", "saw", "held", "be held", "had", "has been", "ha", "wanted", "will",
            "we'll", "été", "ét", "s", "x", ",", "  "]
    assert scan.factored_source("said|saw|was|été|ét", re.IGNORECASE)[0] == "(?:sa(?:id|w)|was|ét(?:é|))"
    rng = random.Random(5)
    for _ in range(200):
        alts = rng.sample(words, rng.randint(2, len(words)))
        text = " ".join(rng.choice(pool) for _ in range(60))
        for source in (r"(?<!\w)(?:%s)(?!\w)", "(?:%s)"):
            for flags in (0, re.IGNORECASE):
                plain = re.compile(source % "|".join(alts), flags)
                fast = re.compile(*scan.factored_source(plain.pattern, flags))
                got = [(m.span(), m.group()) for m in fast.finditer(text)]
                assert got == [(m.span(), m.group()) for m in plain.finditer(text)], (alts, flags)


def test_rules_without_an_occurring_cover_string_are_skipped() -> None:
    g = grammar("en")
    text = normalise("The summit opened on Monday, two weeks ago.").text
    features = scan.Features(text, index=g.index)
    possible = list(features.possible(g.rules))
    assert possible == sorted(possible) and 0 < len(possible) < len(g.rules)
    for i, cr in enumerate(g.rules):
        if i not in possible:
            assert not list(cr.regex.finditer(text)), cr.rule.name


def test_a_second_cover_keeps_only_the_occurrences_near_one_of_its_strings() -> None:
    """"the sixties": the cover is "the", and an occurrence of "the" counts only with a decade word near it."""
    pattern = r"(?<![\w])the\s(?:sixties|seventies|eighties|nineties|twenties)(?![\w])"
    gate = scan.analyse(pattern, re.IGNORECASE)
    assert gate.cover == {"the"} and gate.also is not None and "eighties" in gate.also
    text = "the cat saw the dog; " * 40 + "in the Sixties, " + "the end of the day. " * 40 + "the\nseventies"
    regex = re.compile(pattern, re.IGNORECASE)
    features = scan.Features(text)
    windows = features.starts(gate)
    assert [m.span() for m in scan.matches(_pattern(regex), gate, text, features)] == [m.span() for m in regex.finditer(text)]
    assert len(features.chunks(gate.cover)) > 150 and sum(b - a for a, b in windows) < 100  # 5 windows of 8
    assert scan.Features("the cat, the dog").starts(gate) == []
