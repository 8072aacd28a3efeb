"""The matching form of a text (timeline.text.normalise) and its map back to the text as read."""

from __future__ import annotations

import pytest

from timeline.text.normalise import normalise


@pytest.mark.parametrize("text, matching", [
    ("عامًا ٢٠٢٥", "عاما 2025"),  # harakat dropped, Eastern Arabic digits folded
    ("أكثـــر", "أكثر"),  # tatweel dropped
    ("للعام المقبل", "لالعام المقبل"),  # ل + ال written لل: the article's alef again
    ("وللربع الثاني", "ولالربع الثاني"),  # after the conjunction too
    ("الليلة", "الليلة"),  # لل inside a word is no preposition
    ("قال لها", "قال لها"),
])
def test_matching_form(text, matching):
    assert normalise(text).text == matching


@pytest.mark.parametrize("text, found, span", [
    ("الموازنة للعام المقبل", "العام المقبل", "للعام المقبل"),  # the whole written word, preposition included
    ("وللعام المقبل", "العام المقبل", "للعام المقبل"),  # the conjunction stays outside, as for "والمستقبل"
    ("منذ أكثـــر من عام", "أكثر من عام", "أكثـــر من عام"),
])
def test_a_span_of_the_matching_form_maps_back_to_the_text_as_read(text, found, span):
    norm = normalise(text)
    start = norm.text.index(found)
    begin, end = norm.span(start, start + len(found))
    assert text[begin:end] == span
