"""Documents → one timeline: tag each document, find its places and events, merge across documents."""

from __future__ import annotations

from typing import Sequence

from timeline.events import Draft, drafts_for, merge, shorten
from timeline.model import FIRST_EVENT_DAY, LAST_EVENT_DAY, Document, Source, Timeline
from timeline.places import find_places
from timeline.tagger import tag
from timeline.text.segment import sentences


def analyse(doc: Document) -> tuple[Source, list[Draft]]:
    """One document's time expressions (as a Source) and the mentions of events it contains."""
    result = tag(doc.text, doc.language, doc.document_date)
    places = find_places(doc.text, doc.language)
    drafts = drafts_for(doc, result.timexes, result.ranges, places)
    source = Source(id=doc.id, language=doc.language, url=doc.url, title=doc.title, document_date=doc.document_date,
                    document_date_source=doc.document_date_source, timexes=result.timexes, ranges=result.ranges)
    return source, drafts


def _default_title(docs: Sequence[Document]) -> str:
    first = docs[0]
    if first.title:
        return shorten(first.title, 120)
    sents = sentences(first.text)
    return shorten(sents[0].text, 120) if sents else first.id


def build_timeline(docs: Sequence[Document], title: str | None = None) -> Timeline:
    """The timeline of one or more documents (several languages may tell one story)."""
    if not docs:
        raise ValueError("no documents")
    sources: list[Source] = []
    drafts: list[Draft] = []
    for doc in docs:
        source, found = analyse(doc)
        sources.append(source)
        drafts.extend(found)
    languages = {d.language for d in docs}
    language = docs[0].language if len(languages) == 1 else "mul"
    # a day the calendars cannot hold ("5 December next year" read in 9998) stays a time expression
    events = tuple(e for e in merge(drafts) if FIRST_EVENT_DAY <= e.start and (e.end or e.start) <= LAST_EVENT_DAY)
    return Timeline(title=title or _default_title(docs), language=language, events=events, sources=tuple(sources))
