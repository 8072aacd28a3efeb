"""Mojibake — UTF-8 once decoded as Windows-1252 or Latin-1 and saved again — is put back as it was written before
anything reads it (timeline/text/mojibake.py); every other text is left exactly as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.documents import document_from_text
from timeline.pipeline import build_timeline
from timeline.text.mojibake import repair_mojibake


def _garbled(text: str, codec: str = "cp1252") -> str:
    return text.encode("utf-8").decode(codec, errors="replace")


@pytest.mark.parametrize("written", [
    "Al menos cinco personas murieron en un bombardeo el miércoles contra el puerto.",
    "Le régime a démenti jeudi 10 mars toute offre de négociations.",
    "Die Ausgangssperre wurde am Donnerstag, dem 25. Januar, aufgehoben – für Bürger.",
])
def test_latin_text_garbled_through_windows_1252_is_repaired(written):
    assert repair_mojibake(_garbled(written)) == written


@pytest.mark.parametrize("written", [
    "اعتقل في 3 مارس 2024 في القاهرة.",
    "Его арестовали 3 марта 2024 года.",
    "他于2024年3月3日被捕。",
])
def test_other_scripts_garbled_through_latin_1_are_repaired(written):
    assert repair_mojibake(_garbled(written, "latin-1")) == written


@pytest.mark.parametrize("written", [
    "Âge moyen : 42 ans. Ça commence le 3 mars à Châlons.",  # capitals with accents, not lead bytes of mojibake
    "Grüße aus Köln: die Ölpreise stiegen am 3. März um 5 %.",
    "El año 2011 fue «difícil», dijo el ministro.",
    "“Quoted” text — with dashes… and a € sign: 5 €.",
    "Hà Nội, ngày 25 tháng 10 năm 2025.",
])
def test_text_that_is_not_mojibake_is_left_as_it_is(written):
    assert repair_mojibake(written) == written


def test_the_weekday_of_a_garbled_article_places_its_event():
    text = _garbled("Al menos cinco personas murieron en un bombardeo el miércoles contra el puerto de Misrata.\n")
    doc = document_from_text(text, "misrata", "misrata.txt", language="es", document_date=dt.date(2011, 5, 4))
    assert doc.text.startswith("Al menos cinco personas murieron en un bombardeo el miércoles")
    timeline = build_timeline([doc])
    assert [(e.start, e.title) for e in timeline.events] == [
        (dt.date(2011, 5, 4), "Al menos cinco personas murieron en un bombardeo contra el puerto de Misrata")]
