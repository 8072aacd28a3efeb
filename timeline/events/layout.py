"""The structure of an article around its sentences: which lines are the article's own, its dateline, and
sentences that a date runs across.

A page scraped from the web holds more than the article: a headline and a deck above it, bylines and
publication lines ("Publié le …", "Daté du …"), navigation lists of other headlines, "read also" links, reader
comments, copyright notices. Their dates are no events of the article. The article's body begins with its first
paragraph (a line of at least :data:`PARAGRAPH_WORDS` words that ends with a full stop); what stands above it is the
header, whose first line is the headline. The body ends at the first line that opens the page's tail (the
language's ``[events] tail_markers``: "Lire aussi", "Se han publicado 4 comentarios", "©", or a line led by a
"»" link). Inside the body, publication lines (``[events] publication_words``), bylines ("Efe | dpa | Naciones
Unidas") and runs of short lines that end no sentence (a list of links) are skipped.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from timeline.events.spans import CalendarSpan, Item, grain_of
from timeline.lang import load_language
from timeline.model import Timex
from timeline.text.segment import Span, sentences

#: A line that opens the body: at least this many words, ending a sentence.
PARAGRAPH_WORDS = 12
#: The same for a language written without spaces, in characters.
PARAGRAPH_CHARS = 40
#: A line of at most this many words that ends no sentence is a heading or a link; this many of them in a row
#: inside the body are a list of links.
SHORT_LINE_WORDS = 12
LINK_RUN = 3
#: A tail marker is a short line: in a long one the words belong to a sentence. A publication line may carry
#: the credit and both dates ("Le Monde avec AFP Publié le 29 août 2011 à 19h28 - Mis à jour le …").
MARKER_LINE_WORDS = 16
PUBLICATION_LINE_WORDS = 32
_SENTENCE_END = re.compile(r"[.!?…。！？؟][\"'”»)\]]*\s*$")
#: A paragraph states: it ends with a full stop. A line that ends asking or exclaiming ("Vente : ne laissez pas
#: l'acheteur seul au volant !") is a headline of the page's lists, even a long one.
_PARAGRAPH_END = re.compile(r"[.…。][\"'”»)\]]*\s*$")
#: Links to other pages ("» Libye : la médiation tourne court") and bylines ("Agencias | Trípoli"): typography,
#: not language.
_LINK_LINE = re.compile(r"^\s*[»►▶]")
_BYLINE = re.compile(r"\s\|(?:\s|$)")
_HANDLE = re.compile(r"^\s*@\w+\s*:")


@dataclass(frozen=True)
class Layout:
    """The parts of a text that are the article's own sentences."""

    #: where the body begins (0 when the text has no header) and ends (the tail's start, or the text's end)
    body_start: int
    body_end: int
    #: lines inside the body that are no sentences of the article
    skipped: tuple[tuple[int, int], ...] = ()
    #: the headline, when the header has one
    headline: str | None = None
    #: lines of reported speech: a post quoted by its author's handle ("@jonjensen: …"), a line after one that
    #: ends with a colon ("Sally Sami annonce :"). "Today" there is the speaker's day, not the article's.
    reported: tuple[tuple[int, int], ...] = ()

    def reported_at(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.reported)

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies in the article's own sentences."""
        if not self.body_start <= offset < self.body_end:
            return False
        return not any(a <= offset < b for a, b in self.skipped)


def _script(line: str) -> str:
    """The script most of a line's letters are written in: "latin", or the first word of the Unicode name of
    its most frequent other script ("ARABIC", "CYRILLIC", "CJK")."""
    counts = Counter("latin" if ord(c) < 0x250 else unicodedata.name(c, "? ").split()[0] for c in line if c.isalpha())
    return counts.most_common(1)[0][0] if counts else ""


def _translation(post: str, line: str) -> bool:
    """Whether ``line`` translates the quoted post above it ("@slim404: حالة الطوارئ توفى غدوة…" then "L'état
    d'urgence se termine demain…"): a post in one script followed by a line in another. Its "tomorrow" is the
    poster's."""
    return bool(_HANDLE.match(post)) and _script(_HANDLE.sub("", post)) not in ("", _script(line))


@lru_cache(maxsize=None)
def _markers(code: str, name: str) -> re.Pattern[str] | None:
    words = load_language(code).words(name)
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def layout(text: str, code: str) -> Layout:
    """The header, body and tail of ``text`` (see the module's docstring)."""
    spaced = load_language(code).spaced
    tail, publication = _markers(code, "tail_markers"), _markers(code, "publication_words")
    lines = [(a, b) for a, b in _lines(text) if text[a:b].strip()]

    def size(line: str) -> int:
        return len(line.split()) if spaced else len(line.strip()) // (PARAGRAPH_CHARS // PARAGRAPH_WORDS)

    def paragraph(line: str) -> bool:
        return size(line) >= PARAGRAPH_WORDS and bool(_PARAGRAPH_END.search(line))

    first = next((n for n, (a, b) in enumerate(lines) if paragraph(text[a:b])), None)
    if first is None:
        return Layout(0, len(text))
    body_start, body_end = lines[first][0], len(text)
    headline = text[lines[0][0]:lines[0][1]].strip() if first > 0 else None
    skipped: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for a, b in lines[first:]:
        line = text[a:b]
        short = size(line) <= MARKER_LINE_WORDS
        if a > body_start and (_LINK_LINE.match(line) or (short and tail is not None and tail.search(line))):
            body_end = a
            break
        if size(line) <= PUBLICATION_LINE_WORDS and (
                (publication is not None and publication.search(line)) or (short and _BYLINE.search(line))):
            skipped.append((a, b))
        if size(line) <= SHORT_LINE_WORDS and not _SENTENCE_END.search(line):
            run.append((a, b))
            continue
        if len(run) >= LINK_RUN:
            skipped.extend(run)
        run = []
    if len(run) >= LINK_RUN:
        skipped.extend(run)
    reported = tuple((a, b) for n, (a, b) in enumerate(lines)
                     if _HANDLE.match(text[a:b]) or (n and text[lines[n - 1][0]:lines[n - 1][1]].rstrip().endswith(":"))
                     or (n and _translation(text[lines[n - 1][0]:lines[n - 1][1]], text[a:b])))
    return Layout(body_start, body_end, tuple(sorted(skipped)), headline, reported)


def event_sentences(text: str, items: Sequence[Item]) -> list[Span]:
    """The sentences of ``text``; a full stop inside a time expression ends none ("vom 14. bis 18. Oktober")."""
    ordered = sorted((i.start, i.end) for i in items)
    merged: list[Span] = []
    k = 0
    for sent in sentences(text):
        if merged:
            # the items that begin in the sentence before: does one of them reach into this one?
            while k < len(ordered) and ordered[k][1] <= merged[-1].end:
                k += 1
            j, across = k, False
            while j < len(ordered) and ordered[j][0] < merged[-1].end:
                if ordered[j][1] > sent.start:
                    across = True
                    break
                j += 1
            if across:
                start = merged[-1].start
                merged[-1] = Span(start, sent.end, text[start:sent.end])
                continue
        merged.append(sent)
    return merged


_DATELINE_SEPARATOR = re.compile(r"\s[—–-]{1,2}\s|—|\s:\s")

def dateline_end(text: str, timexes: Sequence[Timex], start: int = 0) -> int:
    """Where a dateline ends ("CAIRO, 12 March 2026 — "): a place and a full date before a dash at the start of
    the body (``start``: below a headline, the dateline opens the first paragraph). Its date is the article's,
    not an event, and its place is where the reporter writes from. 0 when there is none."""
    first_line = text[start: min(len(text), start + 160)].split("\n", 1)[0]
    separator = _DATELINE_SEPARATOR.search(first_line)
    if separator is None or len(first_line[: separator.start()].split()) > 10:
        return 0
    dated = any(t.type == "DATE" and start <= t.start and t.end <= start + separator.start()
                and t.interval is not None and grain_of(t) == "day" for t in timexes)
    return start + separator.end() if dated else 0


def after_dateline(sents: list[Span], text: str, end: int) -> list[Span]:
    """The sentences with the dateline ending at ``end`` cut from the one that holds it."""
    if not end:
        return sents
    out = []
    for sent in sents:
        if sent.start < end < sent.end:
            rest = text[end:sent.end]
            start = end + (len(rest) - len(rest.lstrip()))
            if start < sent.end:
                out.append(Span(start, sent.end, text[start:sent.end]))
        else:
            out.append(sent)
    return out


#: What may stand before a list item's date on its line (a bullet), and right after it (a colon or a dash).
_ITEM_LEAD = re.compile(r"[ \t]*(?:[-–—•*·][ \t]*)?")
_ITEM_TAIL = re.compile(r"[ \t]*[:–—-]")
_YEAR = re.compile(r"[0-9]{4}")


def _with_year(day, year: int):
    return day.replace(year=year, day=min(day.day, 28)) if (day.month, day.day) == (2, 29) else day.replace(year=year)


def dated_list(text: str, entries: Sequence[tuple[Item, CalendarSpan | None]], timexes: Sequence[Timex],
               document_date=None) -> list[tuple[Item, CalendarSpan | None]]:
    """A chronology ("4 de marzo: …" / "10 de marzo: …", lines that open with a day and a colon) keeps one year for
    its items, where the tense of each line alone may have put some in the year before: of the years its items
    took, the one that puts the list nearest the article."""
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    found = []
    for n, (item, span) in enumerate(entries):
        if span is None or span.end != span.start or _YEAR.search(timexes[item.first].text):
            continue
        line = bisect_right(line_starts, item.start) - 1
        if _ITEM_LEAD.fullmatch(text, line_starts[line], item.start) and _ITEM_TAIL.match(text, item.end):
            found.append((line, n))
    out = list(entries)
    runs: list[list[tuple[int, int]]] = []
    for line, n in found:
        if runs and line - runs[-1][-1][0] <= 2:
            runs[-1].append((line, n))
        else:
            runs.append([(line, n)])
    for run in runs:
        years = Counter(entries[n][1].start.year for _, n in run)
        if len(run) < 2 or len(years) < 2:
            continue
        if document_date is not None:  # the year that puts the list nearest the article
            year = min(years, key=lambda y: sum(abs((_with_year(entries[n][1].start, y) - document_date).days)
                                                for _, n in run))
        else:
            year = years.most_common(1)[0][0]
        for _, n in run:
            item, span = out[n]
            day = _with_year(span.start, year)
            out[n] = (item, replace(span, start=day, end=day))
    return out
