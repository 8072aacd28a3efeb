"""One article's time expressions, sentences and places → drafts: every mention of a would-be event."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Sequence

from timeline.events.anaphora import Recall, recall
from timeline.events.comparisons import likeness_start
from timeline.events.layout import after_dateline, dated_list, dateline_end, event_sentences, layout
from timeline.events.placing import belongs_to, locative_spans, place_for, where_it_happened, written_name
from timeline.events.recurrence import first_occurrence, recurrences
from timeline.events.spans import (Item, absorbed_clocks, asked, beyond_horizon, calendar_items as calendar_items_of,
                                   calendar_span, deictic, hypothetical, is_clock_item, reporting_date, weekday_conflict)
from timeline.events.readable import main_verb, opens_with_verb
from timeline.events.titles import asides as asides_of, naming_start, shorten, title_of
from timeline.events.words import (MIN_STEMS, PUNCT_EDGES, frequent_stems, happening_kinds, mask, preceded_by, stems,
                                   word_regex)
from timeline.events.zones import in_place_zone
from timeline.lang import Language, load_language
from timeline.model import Document, Mention, Place, Timex, TimexRange
from timeline.places import PlaceMention
from timeline.tagger.anchor import tense_markers
from timeline.text.quotes import Quote, quotes
from timeline.text.segment import Span, clauses, containing


#: a letter: what a sentence says besides its dates and places
_WORD = re.compile(r"[^\W\d_]")
#: A date set between two commas inside its clause: ", el pasado 26 de febrero," / ", mardi soir,".
_INSERTED = re.compile(r"[^\S\n]*,[^\S\n]*$")


def inserted_dates(text: str, timexes: Sequence[Timex]) -> dict[int, tuple[int, int]]:
    """Dates written as an aside of their clause, between two commas with a word on each side, by index, with
    the span that takes the commas too (not a fronted date: "Jeudi, le président…", nor a list of dates)."""
    spans = {}
    for k, t in enumerate(timexes):
        before = _INSERTED.search(text, max(0, t.start - 4), t.start)
        after = re.match(r"[^\S\n]*,[^\S\n]*(?=[^\W\d_])", text[t.end:t.end + 4])
        lead = text[max(0, t.start - 30):before.start()] if before else ""
        if before and after and re.search(r"[^\W\d_]{2,}$", lead) and not any(
                u is not t and u.end <= before.start() and before.start() - u.end < 3 for u in timexes):
            spans[k] = (before.start(), t.end + after.end())
    return spans


#: What may follow the date that closes a labelling line: its closing marks.
_LINE_CLOSE = re.compile(r"[\s.)\]»”\"]*")


def labelling_line(text: str, item: Item, code: str) -> bool:
    """Whether the item's line only labels its date: the date closes the line after a comma, and the words before
    it on the line have no finite verb (``readable.main_verb``, nor a tense marker of the tagger: "protested") and
    name no happening (``event_nouns``): a picture caption ("Un manifestante frente a la embajada siria, el 26 de
    abril."), a byline ("Par Louis Denghien, le 7 septembre 2012"), a source cited ("(8) Reuters, 7 juillet 2013."; an abbreviation may split it in sentences:
    "David D. Kirkpatrick, « … », The New York Times, 10 juillet 2013.")."""
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.end)
    line_end = len(text) if line_end < 0 else line_end
    if _LINE_CLOSE.fullmatch(text, item.end, line_end) is None or not text[:item.start].rstrip().endswith(","):
        return False
    before = text[line_start:item.start]
    nouns = word_regex(code, ("event_nouns",), "word")
    return not (main_verb(before, code) or any(m.search(before) for m in tense_markers(code) if m is not None)
                or (nouns is not None and nouns.search(before)))


def _with_likeness(span: tuple[int, int], text: str, code: str) -> tuple[int, int]:
    """A date's span to leave a title, with the likeness it is the standard of ("[, como ayer]", "[as on Friday]"):
    the likeness word would dangle without it."""
    begin = likeness_start(text, span[0], span[1], code)
    return (begin, span[1]) if begin is not None else span


@dataclass(frozen=True)
class Draft:
    """One mention of a would-be event, before mentions of the same event are merged."""

    start: dt.date
    end: dt.date | None
    precision: str
    approximate_start: bool
    mention: Mention
    title: str
    #: 2: a quoted name, 1: taken from the clause, 0: a fallback
    title_quality: int
    language: str
    place: Place | None
    place_rank: int
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    recurrence: str | None = None
    #: the content stems of the mention's clause (``words.stems``): mentions of one happening share one
    stems: frozenset[str] = frozenset()
    #: what a reader should know about the date ("the text says Thursday; 4 May 2011 is a Wednesday")
    note: str | None = None
    #: the kinds of happening the clause tells (``words.happening_kinds``): tellings in other words share one
    kinds: frozenset[int] = frozenset()
    #: the cities the clause names, by GeoNames id, whether or not one is the mention's place
    cities: frozenset[int] = frozenset()
    #: the definite noun phrase the date qualifies ("el ataque del sábado"): a happening told already
    recall: Recall | None = None

def drafts_for(doc: Document, timexes: Sequence[Timex], ranges: Sequence[TimexRange],
               places: Sequence[PlaceMention]) -> list[Draft]:
    """Every mention of a would-be event in one document."""
    text, code = doc.text, doc.language
    lang: Language = load_language(code)
    items = calendar_items_of(timexes, ranges)
    structure = layout(text, code)
    dateline = dateline_end(text, timexes, structure.body_start)
    sents = after_dateline(event_sentences(text, items), text, dateline)
    title_quotes = [q for q in quotes(text, lang.words("title_words")) if q.named]
    slogans = [q for q in quotes(text, lang.words("slogan_words")) if q.named and q not in title_quotes]
    all_quotes = quotes(text)
    quote_spans = [(q.start, q.end) for q in all_quotes]
    spans = [(i, calendar_span(i, timexes, text, code, doc.document_date)) for i in items
             if i.start >= dateline and structure.holds(i.start)
             and not (deictic(timexes[i.first]) and (structure.reported_at(i.start)
                                                     or any(a < i.start < b for a, b in quote_spans)))]
    spans = dated_list(text, spans, timexes, doc.document_date)
    calendar_items = [(i, s) for i, s in spans
                      if s is not None and not reporting_date(text, i, s, code, doc.document_date)]
    absorbed, times = absorbed_clocks(calendar_items, timexes, sents, doc.document_date)
    # clock times said in a zone are on that zone's clock unless the tagger had an aware document date
    zone_clock = not (isinstance(doc.document_date, dt.datetime) and doc.document_date.utcoffset() is not None)
    recurring = recurrences(calendar_items, timexes, sents)
    # a clock time that names no day and joined none ("the meeting opens at 10:00") is not on the calendar
    absorbed |= {n for n, (i, _) in enumerate(calendar_items)
                 if n not in absorbed and is_clock_item(i, timexes) and timexes[i.first].implied_day}
    # each quoted title goes to the nearest calendar item of its sentence
    quote_owner: dict[int, Quote] = {}
    for q in title_quotes:
        sent = containing(sents, q.start)
        near = [(min(abs(i.start - q.end), abs(q.start - i.end)), n) for n, (i, _) in enumerate(calendar_items)
                if n not in absorbed and sent is not None and sent.start <= i.start < sent.end]
        if near:
            quote_owner.setdefault(min(near)[1], q)
    # commas inside quotes and time expressions ("Sunday, 18 October") separate no clauses,
    # nor do the commas around a date set into its clause ("El Gobierno chino apoyó, el pasado 26 de febrero,
    # sanciones…": the verb keeps its object)
    inserted = inserted_dates(text, timexes)
    quoted_inside = mask(text, [(q.start + 1, q.end - 1) for q in all_quotes] + [(t.start, t.end) for t in timexes]
                         + list(inserted.values()))
    locatives = set(locative_spans(places, text, code))
    quote_starts = [q.start for q in all_quotes]
    free = [p for p in places  # find_places gives them in order
            if p.start >= dateline
            and not ((k := bisect_right(quote_starts, p.start) - 1) >= 0 and p.start < all_quotes[k].end)]
    place_starts = [p.start for p in free]
    # what each sentence holds, found once: a long text has thousands of time expressions
    starts = [s.start for s in sents]
    by_sentence: dict[int, list[int]] = {}
    for k, t in enumerate(timexes):
        by_sentence.setdefault(bisect_right(starts, t.start) - 1, []).append(k)
    items_by_sentence: dict[int, list[Item]] = {}
    for m, (i, _) in enumerate(calendar_items):
        if m not in absorbed:
            items_by_sentence.setdefault(bisect_right(starts, i.start) - 1, []).append(i)
    frequent = frequent_stems((s.text for s in sents if structure.holds(s.start)), code)
    drafts = []
    for n, (item, span) in enumerate(calendar_items):
        start, end, precision, approximate = span.start, span.end, span.precision, span.approximate
        if n in absorbed:
            continue
        s_index = bisect_right(starts, item.start) - 1
        sent = sents[s_index] if s_index >= 0 and item.start < sents[s_index].end else Span(0, len(text), text)
        if beyond_horizon(span, sent.text, code, doc.document_date):
            continue
        others = [i for i in items_by_sentence.get(s_index, ()) if i is not item]
        asides = asides_of(text, sent.start, sent.end, (item.start, item.end))
        local = mask(quoted_inside[sent.start:sent.end], [(a - sent.start, b - sent.start) for a, b in asides])
        bounds = [(a + sent.start, b + sent.start) for a, b in clauses(local, 0, len(local))]
        lo, hi = next(((a, b) for a, b in bounds if a <= item.start < b), (sent.start, sent.end))
        if hypothetical(text, lo, code) or asked(sent.text):
            continue
        lo = max([lo] + [o.end for o in others if o.end <= item.start])
        hi = min([hi] + [o.start for o in others if o.start >= item.end])
        near = free[bisect_left(place_starts, sent.start):bisect_left(place_starts, sent.end)]
        mention_start = item.start
        if item.first != item.last and (opener := preceded_by(text, item.start, code, "range_openers", 12)):
            mention_start = item.start - len(opener.group().lstrip(PUNCT_EDGES))
        mention = Mention(doc.id, mention_start, item.end, text[mention_start:item.end], sent.text)
        quote = quote_owner.get(n)
        if quote is not None:
            title, quality = shorten(quote.text), 2
        else:
            # dates and times leave the title; durations and sets ("after five years of talks", "annual") stay
            # (a likeness leaves with its date: "Protesters returned on Monday[, as on Friday]")
            removed = [_with_likeness(inserted.get(k, (timexes[k].start, timexes[k].end)), text, code)
                       for k in by_sentence.get(s_index, ())
                       if timexes[k].type in ("DATE", "TIME") and sent.start <= timexes[k].start < sent.end]
            removed += [(naming_start(text, q, code), q.end) for q in slogans]
            removed += [(p.start, p.end) for p in near if (p.start, p.end) in locatives] + asides
            removed.append((item.start, item.end))
            title, quality = title_of(text, code, sent, bounds, lo, hi, removed, item.start)
            if not title:
                title = mention.text
        place, rank = place_for(near, text, code, lo, hi, item.start)
        if place is None:  # elsewhere in the sentence, unless nearer a date it stands before ("runs from 10 to 12
            # March, follows a session in Busan last November"); dates listed after one place share it ("À Paris
            # … les 15 et 22 mars")
            own = [pm for pm in near if not any(belongs_to(pm, o, item) for o in others)]
            place, rank = place_for(own, text, code, sent.start, sent.end, item.start)
        if place is not None:
            place = replace(place, label=written_name(place, places))
        start_time, end_time = times.get(n, (None, None))
        start, end, start_time, end_time = in_place_zone(start, end, start_time, end_time, place, zone_clock)
        if start_time is not None:
            precision = "time"
        recurrence = None
        if n in recurring:
            start, recurrence = first_occurrence(start, end, recurring[n])
            end = start
        # the clause's content words; a clause that says too little ("which runs from 25 to 26 October") takes
        # its sentence's
        unsaid = mask(text[:sent.end], [(timexes[k].start, timexes[k].end) for k in by_sentence.get(s_index, ())]
                      + [(p.start, p.end) for p in near])
        if not _WORD.search(unsaid, sent.start, sent.end):
            continue  # a line of places and a date only ("Ajdabiya, Libia, marzo 31."): a dateline, no happening
        if labelling_line(text, item, code):
            continue
        said_lo, said_hi = lo, hi
        told = stems(unsaid[lo:hi], code) - frequent
        if len(told) < MIN_STEMS:
            said_lo, said_hi = sent.start, sent.end
            told = stems(unsaid[sent.start:sent.end], code) - frequent
        elif quote is None and opens_with_verb(text[lo:hi].strip(" ,;"), code):
            # the subject the clause lacks ("[Ces heurts…] ont repris"), by its common nouns: a name ("Morsi")
            # is in many of the article's happenings
            told |= stems(" ".join(w for w in title.split() if w[:1].islower()), code) - frequent
        said = weekday_conflict(timexes[item.first], code)
        note = None if said is None else (f"The text names {calendar.day_name[said]} with this date; "
                                          f"{start.isoformat()} is a {calendar.day_name[start.weekday()]}.")
        cities = frozenset(p.place.geonameid for p in near
                           if said_lo <= p.start < said_hi and p.kind == "city" and p.place.geonameid is not None
                           and where_it_happened(text, p, code))
        drafts.append(Draft(start, end, precision, approximate, mention, title, quality, code, place, rank,
                            start_time, end_time, recurrence, told, note, happening_kinds(unsaid[said_lo:said_hi], code),
                            cities, recall(text, code, lo, item.start, item.end)))
    return drafts
