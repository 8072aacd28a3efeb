"""Documents → one timeline: tag each document, find its places and events, merge across documents.

A text longer than :data:`~timeline.text.blocks.BLOCK_CHARS` is analysed block by block (cut between paragraphs),
so that time grows linearly with its length; offsets stay offsets into the whole text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Sequence

from timeline.events import Draft, drafts_for, merge, shorten
from timeline.model import FIRST_EVENT_DAY, LAST_EVENT_DAY, Document, Source, Timeline, TimexRange
from timeline.places import find_places
from timeline.tagger import TagResult, tag
from timeline.text.blocks import blocks
from timeline.text.segment import sentences

#: Told how far the analysis has come: ``progress(document, characters done, characters in all)``.
Progress = Callable[[Document, int, int], None]


def _shifted(result: TagResult, offset: int, before: int) -> TagResult:
    """A block's tag result as offsets into the whole text, its ranges after the ``before`` timexes already found."""
    return TagResult(result.language,
                     tuple(replace(t, start=t.start + offset, end=t.end + offset) for t in result.timexes),
                     tuple(TimexRange(r.first + before, r.last + before) for r in result.ranges))


def _block_analyses(doc: Document, progress: Progress | None):
    """``(offset, tag result, drafts)`` of each block of the document, offsets relative to the block."""
    for offset, text in blocks(doc.text):
        block = replace(doc, text=text) if len(text) != len(doc.text) else doc
        result = tag(text, doc.language, doc.document_date)
        drafts = drafts_for(block, result.timexes, result.ranges, find_places(text, doc.language))
        yield offset, result, drafts
        if progress is not None:
            progress(doc, offset + len(text), len(doc.text))


def analyse(doc: Document, progress: Progress | None = None) -> tuple[Source, list[Draft]]:
    """One document's time expressions (as a Source) and the mentions of events it contains."""
    timexes, ranges, drafts = [], [], []
    for offset, result, found in _block_analyses(doc, progress):
        shifted = _shifted(result, offset, len(timexes))
        timexes.extend(shifted.timexes)
        ranges.extend(shifted.ranges)
        drafts.extend(replace(d, mention=replace(d.mention, start=d.mention.start + offset,
                                                 end=d.mention.end + offset)) if offset else d for d in found)
    source = Source(id=doc.id, language=doc.language, url=doc.url, title=doc.title, document_date=doc.document_date,
                    document_date_source=doc.document_date_source, timexes=tuple(timexes), ranges=tuple(ranges))
    return source, drafts


def tag_document(doc: Document, progress: Progress | None = None) -> TagResult:
    """The time expressions of a document, block by block like :func:`analyse`, as offsets into its whole text."""
    timexes, ranges = [], []
    for offset, text in blocks(doc.text):
        shifted = _shifted(tag(text, doc.language, doc.document_date), offset, len(timexes))
        timexes.extend(shifted.timexes)
        ranges.extend(shifted.ranges)
        if progress is not None:
            progress(doc, offset + len(text), len(doc.text))
    return TagResult(doc.language, tuple(timexes), tuple(ranges))


def default_title(docs: Sequence[Document]) -> str:
    """The first document's title, else its first sentence."""
    first = docs[0]
    if first.title:
        return shorten(first.title, 120)
    sents = sentences(first.text[:10_000])
    return shorten(sents[0].text, 120) if sents else first.id


def merge_analyses(analyses: Sequence[tuple[Source, list[Draft]]], title: str) -> Timeline:
    """The timeline of documents already analysed (:func:`analyse`): their events merged across documents."""
    if not analyses:
        raise ValueError("no documents")
    sources = [source for source, _ in analyses]
    drafts = [draft for _, found in analyses for draft in found]
    languages = {s.language for s in sources}
    language = sources[0].language if len(languages) == 1 else "mul"
    # a day the calendars cannot hold ("5 December next year" read in 9998) stays a time expression
    events = tuple(e for e in merge(drafts) if FIRST_EVENT_DAY <= e.start and (e.end or e.start) <= LAST_EVENT_DAY)
    return Timeline(title=title, language=language, events=events, sources=tuple(sources))


def build_timeline(docs: Sequence[Document], title: str | None = None, progress: Progress | None = None) -> Timeline:
    """The timeline of one or more documents (several languages may tell one story)."""
    if not docs:
        raise ValueError("no documents")
    return merge_analyses([analyse(doc, progress) for doc in docs], title or default_title(docs))
