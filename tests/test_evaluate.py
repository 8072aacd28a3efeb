"""The evaluator: TimeML reader, TempEval-3 task A scorer, Duckling harness (with fake taggers)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from timeline.evaluate import (
    DucklingCase,
    GoldDocument,
    Scores,
    add_grain,
    dateparser_interval,
    default_corpora_dir,
    evaluate_dir,
    evaluate_documents,
    evaluate_duckling,
    floor_to_grain,
    format_duckling,
    format_scores,
    grain_interval,
    judge,
    load_refusals,
    match_timexes,
    pick_answer,
    read_timeml,
    read_timeml_dir,
    score_document,
)
from timeline.model import Interval, Timex, TimexRange

CORPORA = default_corpora_dir()
TEMPEVAL = CORPORA / "tempeval3-train"
DUCKLING = CORPORA / "duckling-dev"
needs_tempeval = pytest.mark.skipif(not TEMPEVAL.is_dir(), reason="TempEval-3 corpus not found")
needs_duckling = pytest.mark.skipif(not DUCKLING.is_dir(), reason="Duckling corpus not found")

D = dt.datetime


def T(start: int, end: int, text: str, value: str, type: str = "DATE", interval: Interval | None = None) -> Timex:
    return Timex(start=start, end=end, text=text, type=type, value=value, interval=interval)


def result(*timexes: Timex, ranges: tuple[TimexRange, ...] = ()) -> SimpleNamespace:
    return SimpleNamespace(timexes=tuple(timexes), ranges=ranges)


def gold_tagger(docs: list[GoldDocument]):
    by_text = {d.text: d.timexes for d in docs}

    def tag(text, language, document_date=None):
        return result(*by_text[text])

    return tag


def empty_tagger(text, language, document_date=None):
    return result()


# ------------------------------------------------------------------------------------------------ reader

SMALL_TML = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>SMALL1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T10:00:00" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>AT&amp;T <TIMEX3 tid="t9" type="DATE" value="1998">1998</TIMEX3></TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">said</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-07" temporalFunction="true">Wednesday</TIMEX3> that &lt;profits&gt; <EVENT eid="e2" class="OCCURRENCE">rose</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P3M" mod="APPROX">about three months</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"""


def test_read_small_timeml(tmp_path: Path) -> None:
    path = tmp_path / "small.tml"
    path.write_text(SMALL_TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.id == "SMALL1"
    assert doc.dct == dt.date(1998, 1, 8)
    assert doc.text == "\nAT&T said on Wednesday that <profits> rose for about three months.\n"
    assert doc.timexes == (
        Timex(14, 23, "Wednesday", "DATE", "1998-01-07"),
        Timex(48, 66, "about three months", "DURATION", "P3M", mod="APPROX"),
    )
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_read_without_docid_uses_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "NODOC.tml"
    path.write_text(SMALL_TML.replace("<DOCID>SMALL1</DOCID>", ""), encoding="utf-8")
    assert read_timeml(path).id == "NODOC"


@needs_tempeval
def test_read_real_timeml_with_entity() -> None:
    doc = read_timeml(TEMPEVAL / "AQUAINT" / "NYT20000106.0007.tml")
    assert doc.id == "NYT20000106.0007"
    assert doc.dct == dt.date(2000, 1, 6)
    assert len(doc.text) == 2570
    assert doc.text[63:67] == "&QL;"  # &amp;QL; in the file
    assert len(doc.timexes) == 8
    assert doc.timexes[0] == Timex(45, 53, "Thursday", "DATE", "2000-01-06")
    assert doc.timexes[2] == Timex(144, 153, "Wednesday", "DATE", "2000-01-05")
    assert doc.timexes[4] == Timex(714, 727, "six weeks ago", "DATE", "1999-W47")
    assert all(doc.text[t.start : t.end] == t.text for t in doc.timexes)


@needs_tempeval
def test_read_real_timebank_file() -> None:
    doc = read_timeml(TEMPEVAL / "TimeBank" / "ABC19980108.1830.0711.tml")
    assert doc.dct == dt.date(1998, 1, 8)
    assert len(doc.timexes) == 10
    assert doc.timexes[0] == Timex(70, 74, "week", "DURATION", "P1W")
    assert doc.timexes[-1] == Timex(2026, 2043, "a couple of years", "DURATION", "P2Y", mod="APPROX")


@needs_tempeval
def test_read_whole_corpus() -> None:
    docs = read_timeml_dir(TEMPEVAL)
    assert len(docs) == 256
    assert sum(len(d.timexes) for d in docs) == 1822
    assert all(d.text[t.start : t.end] == t.text for d in docs for t in d.timexes)


# ------------------------------------------------------------------------------------------------ scorer

#          0         1         2         3         4
#          0123456789012345678901234567890123456789012345678
TEXT = "On Monday, March 3 and in 2020 we met last week."
G1 = T(3, 9, "Monday", "2014-03-03")
G2 = T(11, 18, "March 3", "2014-03-03")
G3 = T(26, 30, "2020", "2020")
S1 = T(3, 9, "Monday", "2014-03-03")  # exact extent, right value
S2 = T(11, 16, "March", "2014-03")  # overlaps G2, wrong value
S3 = T(38, 47, "last week", "2014-W09")  # false positive


def test_scorer_known_numbers() -> None:
    d = score_document("doc", [G1, G2, G3], [S1, S2, S3])
    assert (d.gold, d.system, d.strict, d.relaxed, d.type_correct, d.value_correct) == (3, 3, 1, 2, 2, 1)
    s = Scores.from_documents([d])
    assert s.strict_precision == pytest.approx(1 / 3)
    assert s.strict_recall == pytest.approx(1 / 3)
    assert s.strict_f1 == pytest.approx(1 / 3)
    assert s.relaxed_precision == pytest.approx(2 / 3)
    assert s.relaxed_recall == pytest.approx(2 / 3)
    assert s.relaxed_f1 == pytest.approx(2 / 3)
    assert s.value_accuracy == 0.5
    assert s.value_f1 == pytest.approx(1 / 3)
    assert s.type_accuracy == 1.0
    assert s.type_f1 == pytest.approx(2 / 3)
    assert d.misses == (G3,)
    assert d.false_positives == (S3,)
    assert d.wrong_values == ((G2, S2),)
    assert d.wrong_extents == ((G2, S2),)
    assert d.wrong_types == ()


def test_scorer_wrong_type_and_precision_differs_from_recall() -> None:
    d = score_document("doc", [G1, G3], [T(3, 9, "Monday", "2014-03-03", type="TIME")])
    s = Scores.from_documents([d])
    assert (s.strict, s.relaxed, s.type_correct, s.value_correct) == (1, 1, 0, 1)
    assert (s.strict_precision, s.strict_recall) == (1.0, 0.5)
    assert s.relaxed_f1 == pytest.approx(2 / 3)
    assert s.type_accuracy == 0.0 and s.type_f1 == 0.0
    assert s.value_accuracy == 1.0 and s.value_f1 == pytest.approx(2 / 3)
    assert d.wrong_types == ((G1, T(3, 9, "Monday", "2014-03-03", type="TIME")),)


def test_scores_are_micro_averaged() -> None:
    a = score_document("a", [G1, G2, G3], [S1, S2, S3])  # 3 gold, 3 system, 1 strict, 2 relaxed
    b = score_document("b", [G1], [S1])  # 1 gold, 1 system, 1 strict
    s = Scores.from_documents([a, b])
    assert (s.gold, s.system, s.strict, s.relaxed, s.value_correct) == (4, 4, 2, 3, 2)
    assert s.strict_f1 == 0.5
    assert s.relaxed_f1 == 0.75
    assert s.value_accuracy == pytest.approx(2 / 3)
    assert s.value_f1 == pytest.approx(0.5)
    assert [doc_id for doc_id, _ in s.misses] == ["a"]


def test_no_timexes_at_all_is_perfect_and_no_system_is_zero() -> None:
    s = Scores.from_documents([score_document("x", [], [])])
    assert (s.strict_f1, s.relaxed_f1, s.value_f1, s.type_f1) == (1.0, 1.0, 1.0, 1.0)
    s = Scores.from_documents([score_document("x", [G1], [])])
    assert (s.strict_precision, s.strict_recall, s.relaxed_f1, s.value_f1, s.value_accuracy) == (0, 0, 0, 0, 0)


def test_matching_is_one_to_one_by_best_overlap() -> None:
    both = T(3, 18, "Monday, March 3", "2014-03-03")  # covers G1 (6 chars) and G2 (7 chars)
    assert match_timexes([G1, G2], [both]) == [(1, 0)]
    d = score_document("doc", [G1, G2], [both])
    assert (d.strict, d.relaxed) == (0, 1)
    assert d.misses == (G1,)
    # an exact extent wins over a longer overlapping one, whatever the order
    longer = T(3, 18, "Monday, March 3", "x")
    assert match_timexes([G1], [longer, S1]) == [(0, 1)]
    assert match_timexes([G1], [S1, longer]) == [(0, 0)]
    # adjacent extents do not overlap
    assert match_timexes([T(0, 3, "abc", "")], [T(3, 6, "def", "")]) == []
    # one system timex for two gold ones of equal overlap: the earliest gold
    assert match_timexes([T(0, 2, "ab", ""), T(4, 6, "ef", "")], [T(1, 5, "bcde", "")]) == [(0, 0)]


def test_format_scores_verbose() -> None:
    s = Scores.from_documents([score_document("doc7", [G1, G2, G3], [S1, S2, S3])])
    out = format_scores(s)
    assert "strict " in out and " 33.33 " in out and " 66.67 " in out
    verbose = format_scores(s, verbose=True)
    assert 'MISS    doc7 [26:30] "2020" gold DATE 2020' in verbose
    assert 'FP      doc7 [38:47] "last week" system DATE 2014-W09' in verbose
    assert 'VALUE   doc7 [11:18] "March 3" gold 2014-03-03 system 2014-03 [11:16] "March"' in verbose


def test_fake_taggers_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "small.tml").write_text(SMALL_TML, encoding="utf-8")
    docs = read_timeml_dir(tmp_path)
    assert len(docs) == 1
    perfect = evaluate_dir(tmp_path, tagger=gold_tagger(docs))
    assert (perfect.strict_f1, perfect.relaxed_f1, perfect.type_f1, perfect.value_f1) == (1.0, 1.0, 1.0, 1.0)
    nothing = evaluate_dir(tmp_path, tagger=empty_tagger)
    assert (nothing.gold, nothing.system, nothing.relaxed_f1, nothing.value_f1) == (2, 0, 0.0, 0.0)

    seen = []

    def recording(text, language, document_date=None):
        seen.append((language, document_date))
        return result()

    evaluate_dir(tmp_path, tagger=recording, language="fr")
    assert seen == [("fr", dt.date(1998, 1, 8))]


@needs_tempeval
def test_gold_tagger_on_corpus_is_perfect() -> None:
    docs = read_timeml_dir(TEMPEVAL)
    s = evaluate_documents(docs, gold_tagger(docs))
    assert (s.gold, s.system, s.strict, s.relaxed, s.value_correct) == (1822, 1822, 1822, 1822, 1822)
    assert s.strict_f1 == s.relaxed_f1 == s.value_f1 == s.type_f1 == 1.0
    assert format_scores(s).count("100.00") == 10  # P, R, F1 twice; accuracy and F1 twice


# ------------------------------------------------------------------------------------------------ Duckling


@pytest.mark.parametrize(
    ("start", "grain", "end"),
    [
        (D(2013, 2, 12, 4, 30, 15), "second", D(2013, 2, 12, 4, 30, 16)),
        (D(2013, 2, 12, 4, 30), "minute", D(2013, 2, 12, 4, 31)),
        (D(2013, 2, 12, 23), "hour", D(2013, 2, 13, 0)),
        (D(2013, 2, 28), "day", D(2013, 3, 1)),
        (D(2013, 2, 11), "week", D(2013, 2, 18)),
        (D(2013, 12, 1), "month", D(2014, 1, 1)),
        (D(2013, 2, 1), "month", D(2013, 3, 1)),
        (D(2013, 10, 1), "quarter", D(2014, 1, 1)),
        (D(2012, 1, 1), "year", D(2013, 1, 1)),
    ],
)
def test_grain_interval(start: dt.datetime, grain: str, end: dt.datetime) -> None:
    assert grain_interval(start, grain) == Interval(start, end)


def test_grain_arithmetic() -> None:
    assert add_grain(D(2013, 1, 31), "month") == D(2013, 2, 28)
    assert add_grain(D(2012, 2, 29), "year") == D(2013, 2, 28)
    with pytest.raises(ValueError):
        add_grain(D(2013, 1, 1), "fortnight")
    x = D(2013, 8, 14, 16, 45, 30)  # a Wednesday
    assert floor_to_grain(x, "minute") == D(2013, 8, 14, 16, 45)
    assert floor_to_grain(x, "hour") == D(2013, 8, 14, 16)
    assert floor_to_grain(x, "day") == D(2013, 8, 14)
    assert floor_to_grain(x, "week") == D(2013, 8, 12)
    assert floor_to_grain(x, "month") == D(2013, 8, 1)
    assert floor_to_grain(x, "quarter") == D(2013, 7, 1)
    assert floor_to_grain(x, "year") == D(2013, 1, 1)


def case(text: str, kind: str, start: str, grain: str, end: str | None = None) -> DucklingCase:
    return DucklingCase.from_dict(
        {"lang": "en", "text": text, "ref": "2013-02-12T04:30:00", "tz_offset": "-02:00", "kind": kind,
         "start": start, "end": end, "grain": grain}
    )


def test_duckling_case_expected_and_judge() -> None:
    inst = case("tomorrow", "instant", "2013-02-13T00:00:00", "day")
    assert inst.expected == Interval(D(2013, 2, 13), D(2013, 2, 14))
    assert judge(inst, Interval(D(2013, 2, 13), D(2013, 2, 14)))
    assert not judge(inst, Interval(D(2013, 2, 13), D(2013, 2, 13, 12)))
    assert not judge(inst, None)
    iv = case("from 13 to 15 July", "interval", "2013-07-13T00:00:00", "day", "2013-07-16T00:00:00")
    assert iv.expected == Interval(D(2013, 7, 13), D(2013, 7, 16))
    after = case("since 2014", "open_after", "2014-01-01T00:00:00", "year")
    assert after.expected is None
    assert judge(after, Interval(D(2014, 1, 1), D(2015, 1, 1)))
    assert not judge(after, Interval(D(2013, 1, 1), D(2014, 1, 1)))
    before = case("until 2:00pm", "open_before", "2013-02-12T14:00:00", "minute")
    assert judge(before, Interval(D(2013, 2, 12, 14), D(2013, 2, 12, 14, 1)))  # the anchor "2:00pm"
    assert judge(before, Interval(D(2013, 2, 12, 4, 30), D(2013, 2, 12, 14)))  # [ref, 2pm)
    assert not judge(before, Interval(D(2013, 2, 12, 13), D(2013, 2, 12, 13, 1)))


def test_dateparser_interval_conversion() -> None:
    c = case("x", "instant", "2013-02-12T15:00:00", "hour")
    wed = D(2013, 8, 14, 16, 45, 30)
    assert dateparser_interval(None, "day", c) is None
    assert dateparser_interval(wed, "year", c) == Interval(D(2013, 1, 1), D(2014, 1, 1))
    assert dateparser_interval(wed, "quarter", c) == Interval(D(2013, 7, 1), D(2013, 10, 1))
    assert dateparser_interval(wed, "month", c) == Interval(D(2013, 8, 1), D(2013, 9, 1))
    assert dateparser_interval(wed, "week", c) == Interval(D(2013, 8, 12), D(2013, 8, 19))
    assert dateparser_interval(wed, "day", c) == Interval(D(2013, 8, 14), D(2013, 8, 15))
    assert dateparser_interval(wed, "time", c) == Interval(D(2013, 8, 14, 16), D(2013, 8, 14, 17))  # case grain
    day_case = case("x", "instant", "2013-02-12T00:00:00", "day")
    assert dateparser_interval(wed, "time", day_case) == Interval(wed, wed + dt.timedelta(seconds=1))
    aware = dt.datetime(2013, 2, 12, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-6)))  # 9:30 CST
    minute_case = case("x", "instant", "2013-02-12T13:30:00", "minute")
    assert dateparser_interval(aware, "time", minute_case) == Interval(D(2013, 2, 12, 13, 30), D(2013, 2, 12, 13, 31))


def test_pick_answer_longest_then_ranges() -> None:
    text = "from 13 to 15 July"
    a = T(5, 7, "13", "2013-07-13", interval=Interval(D(2013, 7, 13), D(2013, 7, 14)))
    b = T(11, 18, "15 July", "2013-07-15", interval=Interval(D(2013, 7, 15), D(2013, 7, 16)))
    assert pick_answer(text, result()) is None
    assert pick_answer(text, result(a, b)).text == "15 July"
    ranged = pick_answer(text, result(a, b, ranges=(TimexRange(0, 1),)))
    assert (ranged.start, ranged.end, ranged.text) == (5, 18, "13 to 15 July")
    assert ranged.interval == Interval(D(2013, 7, 13), D(2013, 7, 16))
    # a result without a ranges attribute, equal lengths: the earliest
    c = T(0, 2, "ab", "x")
    d = T(3, 5, "cd", "y")
    assert pick_answer("ab cd", SimpleNamespace(timexes=(d, c))).text == "ab"


def write_cases(path: Path, cases: list[dict]) -> None:
    path.write_text(json.dumps(cases), encoding="utf-8")


CASES = [
    {"lang": "en", "text": "March 2014", "ref": "2013-02-12T04:30:00", "tz_offset": "-02:00", "kind": "instant",
     "start": "2014-03-01T00:00:00", "end": None, "grain": "month"},
    {"lang": "en", "text": "on 15 March 2014", "ref": "2013-02-12T04:30:00", "tz_offset": "-02:00", "kind": "instant",
     "start": "2014-03-15T00:00:00", "end": None, "grain": "day"},
    {"lang": "en", "text": "since 2014", "ref": "2013-02-12T04:30:00", "tz_offset": "-02:00", "kind": "open_after",
     "start": "2014-01-01T00:00:00", "end": None, "grain": "year"},
    {"lang": "en", "text": "from 13 to 15 July", "ref": "2013-02-12T04:30:00", "tz_offset": "-02:00",
     "kind": "interval", "start": "2013-07-13T00:00:00", "end": "2013-07-16T00:00:00", "grain": "day"},
]


MINUS_2 = dt.timezone(dt.timedelta(hours=-2))


def oracle_tagger(text, language, document_date=None):
    """Answers each case with its expected interval, the whole text as the extent."""
    assert document_date == D(2013, 2, 12, 4, 30, tzinfo=MINUS_2) and document_date.utcoffset() == MINUS_2.utcoffset(None)
    c = next(DucklingCase.from_dict(x) for x in CASES if x["text"] == text)
    interval = c.expected or grain_interval(c.start, c.grain)
    return result(T(0, len(text), text, "v", interval=interval))


def test_duckling_oracle_is_perfect_and_empty_is_zero(tmp_path: Path) -> None:
    write_cases(tmp_path / "en.json", CASES)
    s = evaluate_duckling(tmp_path, "en", tagger=oracle_tagger, baseline=False)
    assert (s.total, s.correct, s.percent, s.baseline_correct) == (4, 4, 100.0, None)
    assert s.failures == ()
    s = evaluate_duckling(tmp_path / "en.json", "en", tagger=empty_tagger, baseline=False)
    assert (s.correct, s.percent, len(s.failures)) == (0, 0.0, 4)
    assert s.by_kind() == {"instant": (0, 2), "open_after": (0, 1), "interval": (0, 1)}


def test_duckling_tagger_errors_are_failures(tmp_path: Path) -> None:
    write_cases(tmp_path / "en.json", CASES[:1])

    def broken(text, language, document_date=None):
        raise RuntimeError("boom")

    s = evaluate_duckling(tmp_path, "en", tagger=broken, baseline=False)
    assert s.correct == 0
    assert s.failures[0].error == "RuntimeError: boom"
    assert s.errors == 1
    assert "RuntimeError: boom" in format_duckling([s], verbose=True)


def test_duckling_baseline(tmp_path: Path) -> None:
    write_cases(tmp_path / "en.json", CASES[:2])
    s = evaluate_duckling(tmp_path, "en", tagger=oracle_tagger)
    assert (s.correct, s.baseline_correct, s.baseline_percent) == (2, 2, 100.0)
    assert [r.baseline_period for r in s.results] == ["month", "day"]
    table = format_duckling([s])
    assert table.splitlines()[1].split() == ["en", "2", "2", "100.0", "0", "100.0", "2", "100.0", "0"]


def test_duckling_reference_is_aware_at_the_case_offset(tmp_path: Path) -> None:
    """The tagger gets the case's ref at its tz_offset (naive with aware_ref=False), and a clock time said in a
    zone is judged on that offset's clock, as Duckling states it: "Thursday 8:00 GMT" at -02:00 is 06:00."""
    c = case("now", "instant", "2013-02-12T04:30:00", "second")
    assert c.aware_ref == D(2013, 2, 12, 4, 30, tzinfo=MINUS_2)
    assert c.aware_ref.utcoffset() == dt.timedelta(hours=-2) and c.ref.tzinfo is None
    write_cases(tmp_path / "en.json", CASES[:1])
    seen = []

    def spy(text, language, document_date=None):
        seen.append(document_date)
        return oracle_tagger(text, language, document_date)

    assert evaluate_duckling(tmp_path, "en", tagger=spy, baseline=False).correct == 1
    assert evaluate_duckling(tmp_path, "en", tagger=spy, baseline=False, aware_ref=False).correct == 0
    assert [d.utcoffset() for d in seen] == [dt.timedelta(hours=-2), None]
    assert seen[1] == D(2013, 2, 12, 4, 30)
    zoned = dict(CASES[0], text="Thursday 8:00 GMT", start="2013-02-14T06:00:00", grain="minute")
    write_cases(tmp_path / "en.json", [zoned])
    assert evaluate_duckling(tmp_path, "en", baseline=False).correct == 1  # the real tagger: 06:00 at -02:00
    assert evaluate_duckling(tmp_path, "en", baseline=False, aware_ref=False).correct == 0  # 08:00, naive


REFUSALS = """
[conventions.eve]
title = "a holiday counted from its eve"
reason = "the holiday is the day its daylight falls on"
authority = "a printed calendar"

[[cases]]
lang = "en"
text = "{text}"
ref = "2013-02-12T04:30:00"
convention = "eve"
ours = ["{begin}", "{end}"]
"""


def refusals(tmp_path: Path, text: str, begin: str, end: str) -> dict:
    file = tmp_path / "refusals.toml"
    file.write_text(REFUSALS.format(text=text, begin=begin, end=end), encoding="utf-8")
    return load_refusals(file)


def fixed_tagger(answers: dict[str, Interval]):
    def tag(text, language, document_date=None):
        return result(T(0, len(text), text, "v", interval=answers[text])) if text in answers else result()
    return tag


def test_a_refused_case_is_left_out_of_the_kept_percentage(tmp_path: Path) -> None:
    """A listed case answered with its documented interval is refused: counted apart, out of the kept %."""
    write_cases(tmp_path / "en.json", CASES[:2])  # "March 2014", "on 15 March 2014"
    listed = refusals(tmp_path, "on 15 March 2014", "2014-03-16T00:00:00", "2014-03-17T00:00:00")
    (refusal,) = listed.values()
    assert (refusal.lang, refusal.text, refusal.ref, refusal.convention) == ("en", "on 15 March 2014", D(2013, 2, 12, 4, 30), "eve")
    assert (refusal.title, refusal.authority, refusal.ours) == ("a holiday counted from its eve", "a printed calendar",
                                                               Interval(D(2014, 3, 16), D(2014, 3, 17)))
    tagger = fixed_tagger({"March 2014": Interval(D(2014, 3, 1), D(2014, 4, 1)),
                           "on 15 March 2014": Interval(D(2014, 3, 16), D(2014, 3, 17))})
    s = evaluate_duckling(tmp_path, "en", tagger=tagger, baseline=False, refusals=listed)
    assert (s.total, s.correct, s.percent, s.refused, s.kept_percent) == (2, 1, 50.0, 1, 100.0)
    assert s.listing_problems() == ()
    table = format_duckling([s], verbose=True).splitlines()
    assert table[1].split() == ["en", "2", "1", "50.0", "1", "100.0", "—", "—", "0"]
    assert table[2] == "1 cases refused by documented convention (evaluate_exceptions.toml): kept % = ours / (cases - refused)"
    assert table[3] == ('REFUSED en "on 15 March 2014" expected [2014-03-15T00:00:00, 2014-03-16T00:00:00) ours '
                        '[2014-03-16T00:00:00, 2014-03-17T00:00:00): a holiday counted from its eve')
    assert not any(line.startswith("FAIL") for line in table)


def test_a_listing_that_no_longer_holds_is_reported(tmp_path: Path) -> None:
    """Answered otherwise than documented: a plain failure; answered as Duckling expects: right, and stale."""
    write_cases(tmp_path / "en.json", CASES[1:2])
    listed = refusals(tmp_path, "on 15 March 2014", "2014-03-16T00:00:00", "2014-03-17T00:00:00")
    other = fixed_tagger({"on 15 March 2014": Interval(D(2014, 3, 14), D(2014, 3, 15))})
    s = evaluate_duckling(tmp_path, "en", tagger=other, baseline=False, refusals=listed)
    assert (s.correct, s.refused, s.kept_percent, len(s.listing_problems())) == (0, 0, 0.0, 1)
    assert ('LISTED en "on 15 March 2014" (eve): answered v [2014-03-14T00:00:00, 2014-03-15T00:00:00), not '
            '[2014-03-16T00:00:00, 2014-03-17T00:00:00)') in format_duckling([s]).splitlines()
    right = fixed_tagger({"on 15 March 2014": Interval(D(2014, 3, 15), D(2014, 3, 16))})
    s = evaluate_duckling(tmp_path, "en", tagger=right, baseline=False, refusals=listed)
    assert (s.correct, s.refused, s.kept_percent, s.listing_problems()[0].stale) == (1, 0, 100.0, True)
    assert 'LISTED en "on 15 March 2014" (eve): answered as Duckling expects' in format_duckling([s]).splitlines()


@pytest.mark.parametrize("edit, message", [
    (lambda t: t.replace('convention = "eve"', 'convention = "eves"'), "unknown convention 'eves'"),
    (lambda t: t.replace('ours = [', 'theirs = ['), "a case has lang, text, ref, convention, ours = [begin, end]"),
    (lambda t: t.replace('authority = "a printed calendar"', ''), "convention 'eve' has no authority"),
    (lambda t: t + t[t.index("[[cases]]"):], "listed twice"),
])
def test_a_malformed_refusal_file_is_refused(tmp_path: Path, edit, message) -> None:
    file = tmp_path / "refusals.toml"
    text = REFUSALS.format(text="x", begin="2014-03-16T00:00:00", end="2014-03-17T00:00:00")
    file.write_text(edit(text), encoding="utf-8")
    with pytest.raises(ValueError, match=message.replace("[", "\\[")):
        load_refusals(file)


@needs_duckling
def test_duckling_corpus_loads() -> None:
    s = evaluate_duckling(DUCKLING, "ar", tagger=empty_tagger, baseline=False)
    assert s.total == 84 and s.correct == 0


def test_tagger_errors_raise_or_are_recorded(tmp_path: Path) -> None:
    (tmp_path / "small.tml").write_text(SMALL_TML, encoding="utf-8")

    def broken(text, language, document_date=None):
        raise KeyError("H")

    with pytest.raises(KeyError):
        evaluate_dir(tmp_path, tagger=broken)
    s = evaluate_dir(tmp_path, tagger=broken, on_error="record")
    assert (s.gold, s.system, s.relaxed) == (2, 0, 0)
    assert s.errors == [("SMALL1", "KeyError: 'H'")]
    assert "ERROR   SMALL1 KeyError: 'H'" in format_scores(s)


def test_the_held_out_third_is_that_of_devsplit():
    """timeline.evaluate.third is ../shared/tools/devsplit.py's split: a SHA-1 of the key, a third of the keys."""
    import hashlib

    from timeline.evaluate import third

    keys = [f"doc{i}.tml" for i in range(300)]
    for key in keys:
        expected = "check" if int(hashlib.sha1(key.encode()).hexdigest(), 16) % 3 == 0 else "fit"
        assert third(key) == expected
    assert 80 <= sum(third(k) == "check" for k in keys) <= 120


def test_timeml_parts_split_a_folder(tmp_path):
    from timeline.evaluate import read_timeml_dir, third

    for i in range(6):
        (tmp_path / f"d{i}.tml").write_text(
            f'<TimeML><DOCID>d{i}</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2000-01-0{i + 1}" '
            f'functionInDocument="CREATION_TIME">2000-01-0{i + 1}</TIMEX3></DCT><TEXT>Nothing.</TEXT></TimeML>',
            encoding="utf-8")
    fit, check = read_timeml_dir(tmp_path, "fit"), read_timeml_dir(tmp_path, "check")
    assert sorted(d.id for d in fit + check) == [f"d{i}" for i in range(6)]
    assert all(third(f"{d.id}.tml") == "check" for d in check) and all(third(f"{d.id}.tml") == "fit" for d in fit)


def _case(text: str, ref: str, start: str, grain: str = "year", kind: str = "instant") -> dict:
    return {"lang": "en", "text": text, "ref": ref, "tz_offset": "-02:00", "kind": kind, "start": start, "end": None,
            "grain": grain}


def test_duckling_cases_outside_years_1_to_9999_are_skipped_with_the_reason(tmp_path: Path) -> None:
    cases = [
        _case("tomorrow", "2013-02-12T04:30:00", "2013-02-13T00:00:00", "day"),
        _case("in 44 b.c.", "2013-02-12T04:30:00", "-0043-01-01T00:00:00"),
        _case("next year", "9999-02-12T04:30:00", "10000-01-01T00:00:00"),
        _case("this year", "9999-02-12T04:30:00", "9999-01-01T00:00:00"),
        _case("in 14 a.d.", "2013-02-12T04:30:00", "0014-01-01T00:00:00"),
        {"lang": "en", "text": "no kind"},
        7,
    ]
    (tmp_path / "en.json").write_text(json.dumps(cases), encoding="utf-8")
    scores = evaluate_duckling(tmp_path, "en", baseline=False)
    assert [r.case.text for r in scores.results] == ["tomorrow", "in 14 a.d."]
    assert scores.skipped == (
        '"in 44 b.c.": start -0043-01-01T00:00:00: years before 0001 and after 9999 cannot be judged',
        '"next year": start 10000-01-01T00:00:00: years before 0001 and after 9999 cannot be judged',
        '"this year": its year from 9999-01-01T00:00:00 ends after year 9999',
        '"no kind": missing ref, kind, start, grain',
        "case 7: a case must be an object, not int",
    )
    lines = format_duckling([scores]).splitlines()
    assert lines[1].split()[:2] == ["en", "2"]
    assert lines[2:] == [f"SKIP en {reason}" for reason in scores.skipped]


def test_duckling_file_that_is_not_a_list(tmp_path: Path) -> None:
    (tmp_path / "en.json").write_text('{"text": "tomorrow"}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^en.json: expected a JSON list of cases$"):
        evaluate_duckling(tmp_path, "en", baseline=False)
