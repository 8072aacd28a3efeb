"""Documents → one timeline: tag each document, find its places and events, merge across documents."""

from __future__ import annotations

from typing import Sequence

from timeline.events import Draft, drafts_for, merge, shorten
from timeline.model import Document, Source, Timeline
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


def default_title(docs: Sequence[Document]) -> str:
    """The first document's title, else its first sentence."""
    first = docs[0]
    if first.title:
        return shorten(first.title, 120)
    sents = sentences(first.text)
    return shorten(sents[0].text, 120) if sents else first.id


def merge_analyses(analyses: Sequence[tuple[Source, list[Draft]]], title: str) -> Timeline:
    """The timeline of documents already analysed (:func:`analyse`): their events merged across documents."""
    if not analyses:
        raise ValueError("no documents")
    sources = [source for source, _ in analyses]
    drafts = [draft for _, found in analyses for draft in found]
    languages = {s.language for s in sources}
    language = sources[0].language if len(languages) == 1 else "mul"
    return Timeline(title=title, language=language, events=tuple(merge(drafts)), sources=tuple(sources))


def build_timeline(docs: Sequence[Document], title: str | None = None) -> Timeline:
    """The timeline of one or more documents (several languages may tell one story)."""
    if not docs:
        raise ValueError("no documents")
    return merge_analyses([analyse(doc) for doc in docs], title or default_title(docs))
