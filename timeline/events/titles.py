"""Event titles: a quoted name the text gives, else the clause around the date."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from timeline.events.words import IS_MARK, PUNCT_EDGES, mask, preceded_by, word_regex
from timeline.lang import load_language
from timeline.text.quotes import Quote
from timeline.text.segment import Span


TITLE_LIMIT = 80

#: A clause title shorter than this says too little: the subject clause of the sentence is added to it.
TITLE_MINIMUM = 20
#: A clause that begins after this many words or fewer of its sentence takes them: they are its subject, or a
#: connective the title then drops ("Por su parte, Al Islambuli, regresó…").
SUBJECT_WORDS = 8

#: A parenthesised aside ("(Hoa Kỳ)", "(UNODC)"): no clause boundary, never part of a title.
_ASIDE = re.compile(r"\([^()\n]{0,200}\)")

#: Characters a reader does not see: soft hyphens ("Fami\xadlia"), zero-width spaces and joiners, BOMs.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")


def _strip_edges(title: str, code: str, keep_start: bool = False) -> str:
    """The title without the words that dangle at its edges (articles, prepositions, auxiliaries: ``edge_words``
    and ``title_drop``). ``keep_start``: the title begins where its sentence begins ("Al menos 40 personas…",
    "El empresario…"), so its first words stay, unless they are ``title_drop`` fillers ("سيتم عقد", "will be")."""
    edge = word_regex(code, ("edge_words", "title_drop"), "word")
    lead = word_regex(code, ("title_drop",) if keep_start else ("edge_words", "title_drop"), "word")
    previous = None
    while previous != title:
        previous = title
        title = title.strip()
        if lead is not None and (m := lead.match(title)) and m.start() == 0:  # before punctuation: "'s"
            title = title[m.end():]
        title = title.strip(PUNCT_EDGES)
        if edge is not None:
            m = lead.match(title) if lead is not None else None
            if m and m.start() == 0:
                title = title[m.end():]
            tail = None
            for tail in edge.finditer(title):
                pass
            if tail is not None and tail.end() == len(title):
                title = title[:tail.start()]
    return " ".join(title.split())


def _cut_attribution(title: str, code: str) -> str:
    """The title without an attribution (", según fuentes médicas", ", a annoncé le ministère", ", officials said",
    "Según Amnistía Internacional, …"): who said it is not what happened."""
    attribution = word_regex(code, ("attribution_words",), "word")
    if attribution is None:
        return title
    lead = attribution.match(title.lstrip())
    if lead is not None and lead.start() == 0 and "," in title[:60]:  # "Según Amnistía Internacional, 28 personas…"
        rest = title[title.index(",") + 1:].lstrip()
        if len(rest.split()) >= 3:
            title = rest
    for m in attribution.finditer(title):
        before = title[:m.start()].rstrip()
        if before.endswith((",", ";", "—", "–")) and len(before.split()) >= 3:
            return before.rstrip(",;—– ")
    return title

def _strip_tail(piece: str, code: str) -> str:
    """A piece of a title before a removed date or place, without the words that introduced it ("in", "from"),
    but with a relative word that opens the clause the date stood in (``relative_words``: "que", "qui", "that")."""
    words = word_regex(code, ("edge_words", "locative_prepositions", "range_openers", "since_words"), "end")
    relative = word_regex(code, ("relative_words",), "end")
    previous = None
    while previous != piece:
        previous = piece
        piece = piece.rstrip(PUNCT_EDGES)
        if relative is not None and relative.search(piece):
            break  # "las protestas que esta semana se han propagado": the clause goes on after the date
        if words is not None and (m := words.search(piece)):
            piece = piece[:m.start()]
    return piece

def shorten(title: str, limit: int = TITLE_LIMIT) -> str:
    """At most ``limit`` characters, cut at a word boundary with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(PUNCT_EDGES) + "…"

def naming_start(text: str, quote: Quote, code: str) -> int:
    """Where the words that introduce a slogan ("under the theme") begin."""
    m = preceded_by(text, quote.start, code, "slogan_words", 40)
    return quote.start - len(m.group().lstrip(PUNCT_EDGES)) if m else quote.start

def _blank(regex: re.Pattern[str] | None, piece: str) -> str:
    """``piece`` with the matches of ``regex`` blanked, combining marks ignored ("تعقد" matches "تُعقد")."""
    if regex is None:
        return piece
    keep = [i for i, c in enumerate(piece) if not IS_MARK.match(c)]
    bare = "".join(piece[i] for i in keep)
    spans = []
    for m in regex.finditer(bare):
        if m.end() > m.start():
            end = keep[m.end() - 1] + 1
            while end < len(piece) and IS_MARK.match(piece[end]):
                end += 1
            spans.append((keep[m.start()], end))
    return mask(piece, spans)

def _merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged

def _clause_title(text: str, lo: int, hi: int, code: str, removed: Sequence[tuple[int, int]],
                  sentence_start: int | None = None) -> str:
    """The words of [lo, hi) outside the removed spans, without the words that introduced a removed span, a
    trailing attribution, nor the words dangling at its edges. Words inside stay, so the clause still reads
    ("El empresario fue condenado…"); a clause that begins its sentence (``sentence_start``) keeps its first
    words ("Al menos 40 personas…")."""
    pieces: list[str] = []
    pos = lo
    cut = _merge_spans((max(lo, s), min(hi, e)) for s, e in removed if s < hi and e > lo)
    for s, e in cut:
        if s > pos:
            pieces.append(_strip_tail(text[pos:s], code))
        pos = max(pos, e)
    if pos < hi:
        pieces.append(text[pos:hi])
    starts_sentence = sentence_start is not None and not text[sentence_start:lo].strip() and not (
        cut and cut[0][0] <= lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())))
    joiner = " " if load_language(code).spaced else ""  # Chinese: no spaces between words
    title = joiner.join(" ".join(pieces).split())
    title = re.sub(r"\(\s*\)|\[\s*\]|«\s*»|“\s*”|\"\s*\"", " ", title)  # brackets and quotes left empty
    title = re.sub(r"\s+([,;:،؛])", r"\1", title)  # punctuation left alone by a removal
    title = re.sub(r"([,;:،؛])(?:\s*[,;:،؛])+", r"\1", title)
    return _strip_edges(_cut_attribution(_INVISIBLE.sub("", title), code), code, keep_start=starts_sentence)

def title_of(text: str, code: str, sent: Span, bounds: list[tuple[int, int]], lo: int, hi: int,
           removed: Sequence[tuple[int, int]]) -> tuple[str, int]:
    """The clause's own words; too few, the sentence's first clause (its subject) and then the clause that
    follows a fronted date ("Ngày 28/10, mưa lớn…", "The following day, soldiers…") complete it."""
    lead = text[sent.start:lo]
    if lo > sent.start and len(lead.split()) <= SUBJECT_WORDS and not any(sent.start <= s < lo for s, _ in removed):
        lo = sent.start  # the clause's subject stands before it: "Por su parte, Al Islambuli, regresó a Egipto…"
    title = _clause_title(text, lo, hi, code, removed, sent.start)
    title = _strip_connective(title, code)
    if len(title) >= TITLE_MINIMUM:
        return shorten(_capitalised(title)), 1
    k = next((n for n, (a, b) in enumerate(bounds) if a <= lo < b or a < hi <= b), 0)
    before = [_clause_title(text, a, b, code, removed) for a, b in bounds[:k]]
    if any(before):
        subject = next(t for t in before if t)
        extended = f"{subject} {title}".strip()
    elif k + 1 < len(bounds):
        extended = f"{title} {_clause_title(text, bounds[k + 1][0], bounds[k + 1][1], code, removed)}".strip()
    else:
        extended = title
    if len(extended) >= TITLE_MINIMUM or len(extended) > len(title):
        title = extended
    if len(title) < 3:
        title = _clause_title(text, sent.start, sent.end, code, removed)
    return (shorten(_capitalised(title)), 1) if len(title) >= 3 else ("", 0)

def _strip_connective(title: str, code: str) -> str:
    """The title without a leading connective ("Por su parte,", "Sin embargo,", "Pourtant,"): ``connectives``."""
    connective = word_regex(code, ("connectives",), "start")
    m = connective.match(title) if connective is not None else None
    if m is not None and title[m.end():m.end() + 1] in (",", " "):
        return title[m.end():].lstrip(" ,")
    return title


def _capitalised(title: str) -> str:
    """A title begins with a capital, as the sentence it was cut from did ("the opening session" → "The …")."""
    return title[:1].upper() + title[1:] if title[:1].islower() else title

def asides(text: str, lo: int, hi: int, keep: tuple[int, int]) -> list[tuple[int, int]]:
    """Parenthesised asides of [lo, hi) that do not hold the span ``keep``."""
    return [m.span() for m in _ASIDE.finditer(text, lo, hi) if not (m.start() <= keep[0] < m.end())]
