"""TimeML output: the text with TIMEX3 tags around each time expression, and the document creation time."""

from __future__ import annotations

import datetime as dt
from typing import Sequence
from xml.sax.saxutils import escape, quoteattr

from timeline.model import Timex


def to_timeml(text: str, timexes: Sequence[Timex], document_date: dt.date | None, doc_id: str = "") -> str:
    """A TimeML 1.2.1 document (tids t1, t2 … in text order; t0 is the DCT)."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TimeML>\n']
    if doc_id:
        parts.append(f"<DOCID>{escape(doc_id)}</DOCID>\n")
    if document_date is not None:
        iso = document_date.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{iso}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{iso}</TIMEX3></DCT>\n')
    parts.append("<TEXT>")
    position = 0
    for n, t in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        parts.append(escape(text[position:t.start]))
        attrs = f'tid="t{n}" type="{t.type}" value={quoteattr(t.value)}'
        if t.mod:
            attrs += f' mod="{t.mod}"'
        parts.append(f"<TIMEX3 {attrs}>{escape(text[t.start:t.end])}</TIMEX3>")
        position = t.end
    parts.append(escape(text[position:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)
