"""Sentences (timeline/text/segment.py): the one definition of where a sentence ends, used by the tagger (the
clause whose tense dates an expression) and by the event builder."""

from __future__ import annotations

import pytest

from timeline.text.segment import sentence_around, sentence_ends, sentences


@pytest.mark.parametrize("text, expected", [
    ("The summit opened. Leaders met on Friday.", ["The summit opened.", "Leaders met on Friday."]),
    # abbreviations and initials end nothing
    ("Officials at the U.S. embassy said Mr. Smith left.", ["Officials at the U.S. embassy said Mr. Smith left."]),
    ("Daniel P. Davison will retire on Feb. 1. Then he leaves.", ["Daniel P. Davison will retire on Feb. 1.", "Then he leaves."]),
    # an ordinal's dot ends nothing when a lower-case word, a number or a comma follows
    ("Prices rose 25., 26. and 27. in a row.", ["Prices rose 25., 26. and 27. in a row."]),
    ("The tally rose to 12. Officials said so.", ["The tally rose to 12.", "Officials said so."]),
    # a line break ends a sentence; Chinese full stops need no space
    ("Headline\nBody text here.", ["Headline", "Body text here."]),
    ("会议于10月25日举行。双方签署了公约。", ["会议于10月25日举行。", "双方签署了公约。"]),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
])
def test_sentences(text, expected):
    assert [s.text for s in sentences(text)] == expected
    for s in sentences(text):
        assert text[s.start:s.end] == s.text


def test_sentence_ends_give_the_mark_and_what_follows_it():
    text = 'He said: "It is over." Then\nhe left.'
    assert list(sentence_ends(text)) == [(20, 22), (27, 28), (35, 36)]
    assert list(sentence_ends(text, 21, 30)) == [(27, 28)]


def test_the_sentence_around_an_expression():
    text = "The bomb went off next to the U.S. embassy on Friday. Talks will resume on Monday."
    start = text.index("Friday")
    left, right = sentence_around(text, start, start + 6)
    assert text[left:right] == "The bomb went off next to the U.S. embassy on Friday"
    start = text.index("Monday")
    assert text[slice(*sentence_around(text, start, start + 6))] == " Talks will resume on Monday"
    assert sentence_around(text, 60, 66, reach=10) == (53, 76)


@pytest.mark.parametrize("text, expected", [
    ("Die Messe läuft vom 14. bis 18. Oktober. Sie ist groß.", ["Die Messe läuft vom 14. bis 18. Oktober.", "Sie ist groß."]),
    ("am 25., 26. und 27. Oktober", ["am 25., 26. und 27. Oktober"]),
    ("Das Treffen ist am 3. März. Dann folgt der Gipfel.", ["Das Treffen ist am 3. März.", "Dann folgt der Gipfel."]),
    ("Er kam 2019. Dann ging er.", ["Er kam 2019.", "Dann ging er."]),  # a year is no ordinal
])
def test_sentences_of_a_language_that_writes_ordinals_with_a_dot(text, expected):
    assert [s.text for s in sentences(text, ordinal_dot=True)] == expected


def test_german_writes_ordinals_with_a_dot():
    from timeline.lang import load_language

    assert load_language("de").ordinal_dot and not load_language("en").ordinal_dot
    assert not load_language("es").ordinal_dot
