"""Web text whose UTF-8 bytes were once decoded as Windows-1252 or Latin-1 and saved again ("exhortÃ³",
"miÃ©rcoles", "Ã˜Â§Ã™â€ž"): the tagger cannot read its month and weekday names, so it is put back as it was
written before anything reads it. **ftfy** (Robyn Speer) decides whether a text is such mojibake and how to undo it;
a cheap test first passes on only the texts that hold a telltale pair (a lead byte's character followed by a
continuation byte's), so other texts cost one regular-expression search."""

from __future__ import annotations

import re

# what the bytes 0x80-0xBF of a UTF-8 sequence become in Windows-1252 or Latin-1
_CONTINUATION = ("\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                 "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
# what the lead bytes 0xC2-0xF4 of a UTF-8 sequence become
_TELLTALE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]")


def repair_mojibake(text: str) -> str:
    """``text`` as it was written when it is mojibake, else ``text`` itself."""
    if not _TELLTALE.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)
