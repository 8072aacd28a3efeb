"""Event titles: a quoted name the text gives, else the clause around the date."""

from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence

from timeline.events.readable import (ATTRIBUTION_MARKS, ELIDED, WORDS, ends_with, is_one_of, is_participle, main_verb,
                                      opens_with_verb, title_fault, title_words)
from timeline.events.words import IS_MARK, PUNCT_EDGES, mask, preceded_by, word_regex
from timeline.lang import load_language
from timeline.text.normalise import INVISIBLE
from timeline.text.quotes import Quote
from timeline.text.segment import Span


#: A title is cut at a word boundary around this many characters, with an ellipsis.
TITLE_LIMIT = 100

#: A clause title shorter than this says too little: the subject clause of the sentence is added to it.
TITLE_MINIMUM = 20
#: In a language written without spaces (Chinese) a character says more: this many make a title long enough.
TITLE_MINIMUM_UNSPACED = 8
#: A clause that begins after this many words or fewer of its sentence takes them: they are its subject, or a
#: connective the title then drops ("Por su parte, Al Islambuli, regresó…").
SUBJECT_WORDS = 8

#: A parenthesised aside ("(Hoa Kỳ)", "(UNODC)") or an editor's note in square brackets ("[en]", "[Liens en
#: anglais]"): no clause boundary, never part of a title.
_ASIDE = re.compile(r"\([^()\n]{0,200}\)|\[[^\[\]\n]{0,200}\]")

#: A quoted post's author at the start of a line ("@Gsquare86: …").
_HANDLE = re.compile(r"^@\w+\s*:\s*")

#: Characters a reader does not see: soft hyphens ("Fami\xadlia"), zero-width spaces and joiners, BOMs.
#: a proper name: capitalised words, with the particles names hold ("Nicolas Sarkozy", "Saif al-Islam", "Ban Ki-moon")
_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*(?:\s+(?:(?:al|el|de|del|da|di|du|van|von|bin|ben|ibn)[-\s]+)?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*){0,4}")
#: a comma in the scripts of the project's languages
_COMMA = re.compile("[,،，]")
#: a word, without the clause punctuation after it
_WORD = re.compile(r"[^\s,;:]+")


def _strip_edges(title: str, code: str, lead_lists: tuple[str, ...] = ("edge_words", "title_drop")) -> str:
    """The title without the words that dangle at its edges (prepositions, auxiliaries: ``edge_words`` and
    ``title_drop``; at its end articles too). A leading determiner stays: it opens the subject ("Le 28 mars le
    ministère…" → "Le ministère…"). ``keep_start``: the title begins where its sentence begins ("Al menos 40
    personas…", "El empresario…"), so only ``title_drop`` fillers leave its start ("سيتم عقد", "will be"):
    ``lead_lists`` are the lists whose words leave the start."""
    edge = word_regex(code, ("edge_words", "title_drop"), "word")
    lead = word_regex(code, lead_lists, "word", without=("determiners",)) if lead_lists else None
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
    comma = _COMMA.search(title[:60])
    if lead is not None and lead.start() == 0 and comma:  # "Según Amnistía Internacional, 28 personas…"
        rest = title[comma.end():].lstrip()
        if len(title_words(rest, code)) >= 3:
            title = rest
    for m in attribution.finditer(title):
        before = title[:m.start()].rstrip()
        if before[-1:] in ATTRIBUTION_MARKS and len(title_words(before, code)) >= 3:
            return before.rstrip(ATTRIBUTION_MARKS + " ")
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
                  sentence_start: int | None = None, keep_verbs: bool = False) -> str:
    """The words of [lo, hi) outside the removed spans, without the words that introduced a removed span, a
    trailing attribution, nor the words dangling at its edges. Words inside stay, so the clause still reads
    ("El empresario fue condenado…"); a clause that begins its sentence (``sentence_start``) keeps its first
    words ("Al menos 40 personas…"). ``keep_verbs``: the clause follows its subject, so its opening auxiliary
    stays ("[Quatre Français] ont été libérés…"), and only a preposition left by a removed date leaves."""
    pieces: list[str] = []
    pos = lo
    cut = _merge_spans((max(lo, s), min(hi, e)) for s, e in removed if s < hi and e > lo)
    for s, e in cut:
        if s > pos:
            pieces.append(_strip_tail(text[pos:s], code))
        # a date set off by commas takes the comma that closes it ("wird am Sonntag, 18. Oktober, in der…")
        pos = max(pos, e + 1 if _COMMA.search(text, s, e) and _COMMA.match(text, e) else e)
    if pos < hi:
        pieces.append(text[pos:hi])
    starts_sentence = sentence_start is not None and not text[sentence_start:lo].strip() and not (
        cut and cut[0][0] <= lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip())))
    joiner = " " if load_language(code).spaced else ""  # Chinese: no spaces between words
    title = joiner.join(" ".join(pieces).split())
    title = _HANDLE.sub("", title)  # "@Gsquare86: NYPD me rappelle…": who posted it is no part of what happened
    title = re.sub(r"\(\s*\)|\[\s*\]|«\s*»|“\s*”|\"\s*\"", " ", title)  # brackets and quotes left empty
    title = re.sub(r"\s+([,;:،؛])", r"\1", title)  # punctuation left alone by a removal
    title = re.sub(r"([,;:،؛])(?:\s*[,;:،؛])+", r"\1", title)
    after_removal = bool(cut) and cut[0][0] <= lo + (len(text[lo:hi]) - len(text[lo:hi].lstrip()))
    lead_lists = (("edge_words",) if after_removal else ()) if keep_verbs else (
        ("title_drop",) if starts_sentence or not after_removal else ("edge_words", "title_drop"))
    # the subject goes before a verb-second verb before the fillers leave the start ("[Am Freitag] wurden 20
    # Menschen festgenommen" → "20 Menschen wurden festgenommen")
    return _strip_edges(_subject_first(_cut_attribution(INVISIBLE.sub("", title), code), code), code, lead_lists)

def title_of(text: str, code: str, sent: Span, bounds: list[tuple[int, int]], lo: int, hi: int,
             removed: Sequence[tuple[int, int]], at: int | None = None) -> tuple[str, int]:
    """The first of the candidate titles that reads as a clause (``readable.title_fault``: a subject, a finite
    verb, a clause start): the happening a noun names right before the date at ``at`` ("la masacre de Maspero
    del 9 de octubre"), else the clause's (``_candidates``); when none reads, the first that says something."""
    named = _happening_named(text, code, sent, bounds, at, removed) if at is not None else None
    modified = _participle_clause(text, code, sent, lo, hi, at, removed) if at is not None else None
    headline = shorten(_capitalised(modified)) if modified else None
    # a connective that left puts a verb-second verb first too ("[Zudem] hat die Regierung…")
    clauses = [c for c in (shorten(_capitalised(_subject_first(c, code)))
                           for c in _candidates(text, code, sent, bounds, lo, hi, removed)) if len(c) >= 3]
    # a participle after its noun is the predicate of the participle's own title only: another verbless part of
    # the sentence ("Un portavoz de las fuerzas armadas") says no happening
    if headline is not None and title_fault(headline, code) is None:
        clauses.insert(0, headline)
    related = _restrictive_relative(text, code, sent, lo, hi, at, removed) if at is not None else None
    if related is not None:
        clauses.insert(0, shorten(_capitalised(related)))
    candidates = ([shorten(_capitalised(named))] if named else []) + clauses
    readable = next((c for c in candidates if title_fault(c, code, headline=c == headline) is None), None)
    return (readable, 1) if readable else ((clauses[0], 1) if clauses else ("", 0))


#: A happening's noun names the date's happening when at most this many words stand between it and the date.
NOUN_REACH = 6


def _happening_named(text: str, code: str, sent: Span, bounds: list[tuple[int, int]], at: int,
                     removed: Sequence[tuple[int, int]]) -> str | None:
    """The noun phrase right before the date that names a happening (``[events] event_nouns``) when no verb of
    its clause stands before it and it is not the clause's subject: "…en fuite depuis la chute de Tripoli, à la fin du mois d'août" → "La chute de
    Tripoli", "…Mina Daniel, asesinado en la masacre de Maspero del 9 de octubre" → "La masacre de Maspero"."""
    nouns = word_regex(code, ("event_nouns",), "word")
    verb = word_regex(code, ("finite_verbs",), "word")
    if nouns is None:
        return None
    before = _strip_tail(text[sent.start:at], code).rstrip(" ,")
    found = None
    for m in nouns.finditer(before):
        found = m
    if found is None:
        return None
    between = before[found.end():]
    if len(between.split()) > NOUN_REACH or re.search(r"[;:.!?()\[\]«»\"“”]", between) or (
            verb is not None and verb.search(between)) or word_regex(code, ("relative_words",), "word").search(between):
        return None
    start = found.start()
    words = list(re.finditer(r"\S+", before[:start]))
    if words and is_one_of(code, words[-1].group(), "determiners"):
        start = words[-1].start()
    elif len(words) > 1 and words[-1].group().islower() and is_one_of(code, words[-2].group(), "determiners") \
            and not is_one_of(code, words[-1].group(), "edge_words"):
        start = words[-2].start()  # "les premières manifestations"
    clause = next((a for a, b in bounds if a <= sent.start + start < b), sent.start)
    if not text[clause:sent.start + start].strip(" ,;") or main_verb(text[clause:sent.start + start], code):
        return None  # the clause's subject or object: its verb says what happened ("La oposición convocó una
        # gran protesta para el lunes", "Les manifestations du 15 mars ont…")
    return _clause_title(text, sent.start + start, sent.start + len(before), code, removed, keep_verbs=True)


def _candidates(text: str, code: str, sent: Span, bounds: list[tuple[int, int]], lo: int, hi: int,
                removed: Sequence[tuple[int, int]]) -> Iterator[str]:
    """Titles for the date in [lo, hi) of ``sent``, best first: the main clause when the date stands in what it
    is according to (``_according_to``); a subject relative clause with its antecedent (``_antecedent_for``); the
    clause's own words (with the few words before it that are its subject); that clause without a leading subordinator when a subject follows it ("a
    pesar de que la oposición ha convocado…"); the clause after the head of the verbless clauses before it, its
    subject ("Le fils de Kadhafi[, en fuite,] a disparu…"); the sentence's subject and its clauses that have a
    verb ("Quatre Français[, employés…, détenus…,] ont été libérés…"); the whole sentence."""
    own = _clause_title(text, lo, hi, code, removed, sent.start)
    # the date's part of the sentence, and each part's words with their verbs (a connective left out)
    k = next((n for n, (a, b) in enumerate(bounds) if a <= lo < b), None)
    whole = [_strip_connective(_clause_title(text, a, b, code, removed, keep_verbs=True), code) for a, b in bounds]
    according = _according_to(text, code, bounds, k, whole, removed)
    if according is not None:
        yield according
    antecedent = _antecedent_for(own, text[sent.start:lo], code) or _object_of(own, text[sent.start:lo], code)
    if antecedent is not None:
        yield antecedent
    relative = word_regex(code, ("relative_words", "conjunctions"), "start")
    m = relative.match(own) if relative is not None else None
    if m is not None and m.start() == 0 and own[m.end():m.end() + 1] in (",", " "):
        rest = own[m.end():].lstrip(" ,")
        first = rest.split(maxsplit=1)[0] if rest.strip() else ""
        if first[:1].isupper() or first[:1].isdigit() or is_one_of(code, first, "determiners"):
            yield rest
    clause = _clause_and_subject(text, code, sent, bounds, lo, hi, removed)
    if word_regex(code, ("inverted_subjects",), "start") is not None and ends_with(clause, code, "finite_verbs"):
        # verb-second: the clause ends at its finite verb ("[Am 17. März] hat der Sicherheitsrat[, mit der Resolution
        # 1973, die …verhängte,] erstmals das Prinzip angewandt"); the rest of its predicate closes the sentence:
        # the last part with no verb of its own that opens no relative clause
        for a, b in reversed(bounds[(len(bounds) if k is None else k) + 1:]):
            part = _clause_title(text, a, b, code, removed, keep_verbs=True)
            if part and not main_verb(part, code) and not (relative and relative.match(part)):
                yield _joined(code, clause, part)
                break
    yield clause
    parts = [(a, b, _clause_title(text, a, b, code, removed, sent.start)) for a, b in bounds]
    # a part's verb counts before the fillers leave its start ("đã áp dụng", "fue detenido"); an attribution
    # ("Según fuentes médicas,", "وبحسب مصادر طبية،") is nobody's subject
    said = ["" if _attributes(w, code) else _strip_connective(part, code) for w, (_, _, part) in zip(whole, parts)]
    if k is not None and (opens_with_verb(clause, code) or not main_verb(clause, code)):
        head = None
        for n in range(k - 1, -1, -1):
            part = parts[n][2]
            if main_verb(part, code) or _attributes(whole[n], code) or (part and not _subject_like(part, code)):
                break
            head = n if part else head
        if head is not None:
            own = _clause_title(text, max(lo, bounds[k][0]), hi, code, removed, keep_verbs=True)
            yield _joined(code, parts[head][2], own)
    # the sentence's subject: its first clause that says something once a connective and the dates leave it; the
    # verb that completes it: the first clause with a verb of its own that is no relative or subordinate clause
    # ("Aquel día, el Consejo de Seguridad[, con la resolución 1973, que imponía…,] aplicó…")
    first = next((n for n, part in enumerate(said) if part), None)
    verbs = [n for n, part in enumerate(whole) if main_verb(part, code) and not (relative and relative.match(part))]
    if first is not None and verbs and verbs[0] > first and _subject_like(said[first], code):
        own = _clause_title(text, bounds[verbs[0]][0], bounds[verbs[0]][1], code, removed, keep_verbs=True)
        if opens_with_verb(own, code):  # a clause with its own subject needs none
            # a name set beside the subject stays with it ("El presidente francés, Nicolas Sarkozy, tomaba…")
            names = [part for part in said[first + 1:verbs[0]] if part and _NAME.fullmatch(part)]
            subject = ", ".join([said[first], *names]) + ("," if names else "")
            yield _joined(code, subject, own)
    yield _strip_connective(_clause_title(text, sent.start, sent.end, code, removed, sent.start), code)


def _according_to(text: str, code: str, bounds: list[tuple[int, int]], k: int | None, whole: Sequence[str],
                  removed: Sequence[tuple[int, int]]) -> str | None:
    """The main clause after a verbless part that says what it is according to, when the date stands in that part
    (part ``k``; ``whole``: each part's words, a connective left out): "Al final, según lo pactado el jueves, la
    OTAN tendrá el mando", "Selon l'accord conclu jeudi, l'Otan prendra le commandement": what was agreed is the
    main clause (``attribution_words`` open the part)."""
    attribution = word_regex(code, ("attribution_words",), "start")
    if attribution is None or k is None or main_verb(whole[k], code) or not attribution.match(whole[k]):
        return None
    for a, b in bounds[k + 1:]:
        clause = _clause_title(text, a, b, code, removed, keep_verbs=True)
        if main_verb(clause, code) and not opens_with_verb(clause, code):
            return clause
    return None


#: the longest antecedent a title takes
_ANTECEDENT_WORDS = 7
#: a participle modifies a noun when at most this many words of its complements stand between it and the date
#: ("linchado hasta la muerte por dos policías en junio")
PARTICIPLE_REACH = 8


def _antecedent_for(own: str, before: str, code: str) -> str | None:
    """A clause opened by a relative word that is its subject, with its antecedent in that word's place: "Los
    errores de la OTAN, que asumió el mando el 31 de marzo" → "la OTAN asumió el mando" (``subject_relatives``;
    the antecedent: ``_antecedent``)."""
    rest = _after_opening(own, code, "subject_relatives").lstrip(" ,")
    if not rest or not opens_with_verb(rest, code):
        return None
    phrase = _antecedent(before, code)
    return _joined(code, phrase, rest) if phrase else None


#: what may stand between a relative word and its verb: a clitic at most ("qui l'a", "que se")
_CLITIC_GAP = re.compile(r"\s*(?:\w+['’]|\w{1,3}\s)?\s*")


def _after_opening(own: str, code: str, name: str) -> str:
    """What follows the word of the list ``name`` that opens ``own``; empty when none opens it."""
    opener = word_regex(code, (name,), "start")
    m = opener.match(own) if opener is not None else None
    return own[m.end():] if m is not None and m.start() == 0 else ""


def _object_of(own: str, before: str, code: str) -> str | None:
    """A clause opened by a relative word that is its object, whose subject is a pronoun, with its antecedent
    after the verb: "le village d'Om Al-Far, qu'ils ont pris vendredi" → "Ils ont pris le village d'Om Al-Far"
    (``object_relatives``, the antecedent: ``_antecedent``)."""
    pronoun, _, verb_phrase = _after_opening(own, code, "object_relatives").lstrip().partition(" ")
    if not verb_phrase or not opens_with_verb(verb_phrase, code):
        return None
    phrase = _antecedent(before, code)
    if not phrase:
        return None
    first, _, others = phrase.partition(" ")  # the sentence's first word is no longer first: "Le président" → "le"
    first = first.lower() if is_one_of(code, first, "determiners") else first
    return _joined(code, pronoun, verb_phrase, first, others)


def _restrictive_relative(text: str, code: str, sent: Span, lo: int, hi: int, at: int,
                          removed: Sequence[tuple[int, int]]) -> str | None:
    """A relative clause inside the date's clause, set off by no comma, whose relative word is its subject and
    whose verb is the last before the date, with its antecedent in that word's place: "Il s'était rapproché des
    insurgés dès le début du mouvement de contestation qui a divisé le pays le 15 février" → "Le mouvement de
    contestation a divisé le pays" (``subject_relatives``, the antecedent: ``_antecedent``). The main clause's own
    verb after the relative clause dates nothing there ("Les insurgés qui ont pris Tripoli sont entrés le 21 août"):
    the relative's verb must be the first after its word."""
    relative = word_regex(code, ("subject_relatives",), "word")
    verb = word_regex(code, ("finite_verbs",), "word")
    if relative is None or verb is None:
        return None
    verbs = list(verb.finditer(text, lo, at))
    if not verbs:
        return None
    last = verbs[-1]
    word = ([None] + list(relative.finditer(text, lo, last.start())))[-1]
    if word is None or word.start() == lo or any(word.end() <= v.start() < last.start() for v in verbs):
        return None
    if relative.search(text, last.end(), at):
        return None  # the date stands in a later relative clause ("que comenzaron en Libia y que aún hoy mantienen")
    if not _CLITIC_GAP.fullmatch(text, word.end(), last.start()):
        return None  # only a clitic may stand between the relative word and its verb ("qui l'a", "que se")
    before = text[sent.start:word.start()]
    # the relative word follows its noun: after a verb it opens what is said ("Confiesa que tenía…"), after a
    # pronoun or an article it is a free relative ("lo que sucedió", "ce qui se passait")
    tail = (WORDS.findall(before) or [""])[-1]
    if not tail or verb.fullmatch(tail) or is_one_of(code, tail, "determiners", "edge_words"):
        return None
    noun = _antecedent(before, code)
    if noun is None or main_verb(noun, code) or not _agrees(noun, text[word.end():last.end()], code):
        return None
    # the relative clause ends where a verb after the date resumes the main clause ("la revuelta que estalló el 25
    # de enero necesitó 18 días"), or a conjunction opens a second predicate or relative ("… qui a divisé le pays
    # le 15 février et occupait depuis…", "y que aún mantienen…")
    end = _resumed(text, code, removed, at, hi)
    conjunction = word_regex(code, ("conjunctions",), "word")
    for m in conjunction.finditer(text, at, end) if conjunction is not None else ():
        after = text[m.end():].lstrip()
        if verb.match(after) or relative.match(after):
            end = m.start()
            break
    rest = _clause_title(text, word.end(), end, code, removed, keep_verbs=True)
    return _joined(code, noun, rest) if rest and opens_with_verb(rest, code) else None


#: short words that may stand between a subject and its verb: clitics ("se", "s'", "lo", "ne", "y")
_CLITIC = re.compile(r"\w{1,3}['’]?")


def _agrees(noun: str, verb_words: str, code: str) -> bool:
    """Whether a noun phrase and the verb after it agree in number where the language marks it (``plural_verbs``,
    ``plural_determiners``): a relative word that is the verb's object would leave them apart ("un movimiento que
    iniciaron miles de personas", "las fotos que envió")."""
    words = [w for w in WORDS.findall(verb_words) if not _CLITIC.fullmatch(w) or is_one_of(code, w, "plural_verbs")]
    plural = _marked(code, words[0], "plural_verbs") if words else None
    return plural is None or plural == is_one_of(code, noun.split()[0], "plural_determiners")


def _marked(code: str, word: str, name: str) -> bool | None:
    """Whether ``word`` is of the list ``name`` (a number or a gender), or None where the language marks none."""
    return is_one_of(code, word, name) if load_language(code).words(name) else None


def _resumed(text: str, code: str, removed: Sequence[tuple[int, int]], at: int, hi: int) -> int:
    """Where a clause whose date stands at ``at`` ends, before ``hi``: at the first finite verb after the date (the
    removed span that holds it), the verb of the clause it was inserted in ("la revuelta que estalló el 25 de enero
    necesitó…", "…, destitués en février ont participé")."""
    verb = word_regex(code, ("finite_verbs",), "word")
    date_end = next((e for s, e in removed if s <= at < e), at)
    resumed = verb.search(text, date_end, hi) if verb is not None else None
    return resumed.start() if resumed is not None else hi


def _antecedent(before: str, code: str, participle: bool = False, plural: bool | None = None,
                feminine: bool | None = None) -> str | None:
    """The noun phrase that ends ``before``, the antecedent of what follows it: from its last determiner, else the
    name that ends it ("Mubarak, quien…", "Moustapha Abdeljalil, qui…"). A ``participle`` follows the nearest noun:
    its phrase opens after a contraction of a preposition and an article too ("du régime de Moubarak renversé" →
    "régime de Moubarak": ``article_contractions``); ``plural``: its number, where it agrees; an opener of the other
    number (``plural_determiners``) leaves it to an earlier one or to the name ("des partisans de l'ancien
    président, destitués"; "les opposants à M. Morsi, destitué"); ``feminine``: its gender, where it agrees: an
    opener of the other gender (``feminine_determiners``, ``masculine_determiners``) is no antecedent ("du groupe
    Bull, embauchée", "la AFP … fechado")."""
    words = before.rstrip(" ,،").split()
    determiner = word_regex(code, ("determiners",), "start")  # an elided one too: "l'Otan"
    # where each opener's phrase starts, nearest first, and the opener
    openers = [(n if determiner is not None and determiner.match(w) else n + 1, w)
               for n, w in reversed(list(enumerate(words)))
               if (determiner is not None and determiner.match(w))
               or (participle and is_one_of(code, w, "article_contractions"))]
    other_gender = False  # an opener of the other gender stood nearer: the name after it is no antecedent either
    if feminine is not None and openers:
        known = [(n, w) for n, w in openers if not (
            is_one_of(code, w, "feminine_determiners") and not feminine
            or is_one_of(code, w, "masculine_determiners") and feminine)]
        if not known:
            return None
        other_gender, openers = known[0] != openers[0], known
    name = len(words)  # a name: its capitalised words
    while name > 0 and words[name - 1][:1].isupper():
        name -= 1
    name = name if name < len(words) else None
    if plural is not None and load_language(code).words("plural_determiners"):
        agreeing = [n for n, w in openers if len(words) - n <= _ANTECEDENT_WORDS
                    and is_one_of(code, w, "plural_determiners") == plural]
        start = agreeing[0] if agreeing else (None if plural or other_gender else name)
    else:
        start = openers[0][0] if openers else name
    if start is None:
        return None
    phrase = " ".join(words[start:])
    if not phrase or len(words) - start > _ANTECEDENT_WORDS or re.search(r"[,;:()\[\]«»\"“”]", phrase):
        return None
    return phrase


def _participle_clause(text: str, code: str, sent: Span, lo: int, hi: int, at: int,
                       removed: Sequence[tuple[int, int]]) -> str | None:
    """A past participle that holds the date at ``at`` and modifies the noun before it, with that noun when the
    noun phrase holds a name: a relative clause without its relative word ("…du régime de Moubarak renversé en
    février 2011" → "régime de Moubarak renversé", "Mubarak, ousted in February 2011, …" → "Mubarak ousted";
    ``participles``). Its complements stay, the date leaves; its phrase ends where the verb of another clause begins
    (``_resumed``). The noun is ``_antecedent``, of the participle's number and gender."""
    participle = word_regex(code, ("participles",), "word")
    if participle is None:
        return None
    verb = word_regex(code, ("finite_verbs",), "word")
    link = word_regex(code, ("noun_links",), "end")
    if link is not None and link.search(text, lo, at):
        return None  # "la guerre d'octobre 1973": the noun's date
    if _attributes(text[lo:at].strip(" ,"), code):
        return None  # "Selon l'accord conclu jeudi, l'Otan prendra…": what was agreed is the main clause
    found = None
    for m in reversed([m for m in participle.finditer(text, lo, at) if is_participle(code, m.group())]):
        between = text[m.end():at]
        if len(between.split()) > PARTICIPLE_REACH or re.search(r"[,;:.!?()\[\]«»\"“”]", between) or (
                verb is not None and verb.search(between)):
            return None
        found = _modifier_start(text, code, m.start())
        if found is not None:
            break
    if found is None:
        return None
    start, first = found
    end = _resumed(text, code, removed, at, hi)
    noun = _antecedent(text[sent.start:start], code, True, _marked(code, first, "plural_participles"),
                       _marked(code, first, "feminine_participles"))
    # the noun names who or what the happening befell ("Mohamed Morsi élu", "régime de Moubarak renversé"); a common
    # noun alone says too little to stand for the sentence ("Les opérations menées", "Une requête déposée", "Las 190
    # arrestadas"): its main clause tells the news
    if noun is None or not any(w[:1].isupper() for w in noun.split() if not is_one_of(code, w, "determiners")):
        return None
    phrase = _clause_title(text, start, end, code, removed, keep_verbs=True)
    return _joined(code, noun, phrase) if phrase else None


def _modifier_start(text: str, code: str, start: int) -> tuple[int, str] | None:
    """Where the phrase of the participle at ``start`` begins, and its first participle, when it modifies the noun
    before it: after a comma, or after a noun; several participles joined by a conjunction make one phrase
    ("destitué et emprisonné"). None when it is its clause's verb: an auxiliary before it in its clause with no
    other participle between ("a été arrêté", "fue brutalmente reprimido", "ont une nouvelle fois participé",
    "Tamarod es un movimiento fundado": ``auxiliaries``, ``finite_verbs``), or a noun right after a determiner or a
    preposition ("par l'armée", "el pasado 25 de enero"). A word of the shape of an adverb or a participle that no
    verb precedes is a noun ("le gouvernement formé", "les blessés évacués"); an elided word is read without its
    elided article or preposition ("l'a", "d'être")."""
    if text[start - 1:start] in "'’":
        return None
    first = re.match(r"[\w-]+", text[start:]).group()
    offset = max(0, start - 300)
    tokens = list(re.finditer(r"\S+", text[offset:start]))
    words = [ELIDED.sub("", t.group()) for t in tokens]
    n, skipped = len(tokens) - 1, False
    while n >= 0:
        word = words[n]
        if word[-1:] in PUNCT_EDGES:
            return start, first  # ", destitué": an apposition
        if is_one_of(code, word, "finite_verbs", "auxiliaries"):
            return None
        if is_one_of(code, word, "conjunctions") and n > 0 and not skipped and is_participle(code, words[n - 1]):
            start, first, n = offset + tokens[n - 1].start(), words[n - 1], n - 2
            continue
        if is_participle(code, word) or is_one_of(code, word, "adverbs"):
            n, skipped = n - 1, True
            continue
        if not skipped and is_one_of(code, word, "determiners", "edge_words"):
            return None
        for earlier in reversed(words[:n]):  # an auxiliary still waiting for its participle
            if earlier[-1:] in PUNCT_EDGES or is_participle(code, earlier):
                break
            if is_one_of(code, earlier, "finite_verbs", "auxiliaries"):
                return None
        return start, first
    return None


def _attributes(part: str, code: str) -> bool:
    """Whether a part of a sentence is an attribution and its source only ("Según fuentes médicas", "وبحسب مصادر
    طبية"), not a clause of its own after it ("Officials said they hoped the meeting would…")."""
    regex = word_regex(code, ("attribution_words",), "start")
    m = regex.match(part) if regex is not None else None
    return m is not None and not main_verb(part[m.end():], code)


def _subject_like(part: str, code: str) -> bool:
    """Whether a verbless clause can be a subject: it opens neither with a relative word, a conjunction or a
    connective nor with a preposition ("Pendant des jours", "Dans sa première réaction" are not)."""
    words = part.split(maxsplit=2)
    if not words:
        return False
    lists = ("relative_words", "conjunctions", "connectives")
    if any(is_one_of(code, w, *lists) for w in (words[0], " ".join(words[:2]))):
        return False
    return is_one_of(code, words[0], "determiners") or not is_one_of(code, words[0], "edge_words")


def _clause_and_subject(text: str, code: str, sent: Span, bounds: list[tuple[int, int]], lo: int, hi: int,
                        removed: Sequence[tuple[int, int]]) -> str:
    """The clause's own words; too few, the sentence's first clause (its subject) and then the clause that
    follows a fronted date ("Ngày 28/10, mưa lớn…", "The following day, soldiers…") complete it."""
    lead = text[sent.start:lo]
    own = _clause_title(text, lo, hi, code, removed, sent.start)
    k = next((n for n, (a, b) in enumerate(bounds) if a <= lo < b or a < hi <= b), 0)
    if (lo > sent.start and len(lead.split()) <= SUBJECT_WORDS and not any(sent.start <= s < lo for s, _ in removed)
            and sum(sent.start <= a < lo for a, _ in bounds) <= 1
            and (opens_with_verb(own, code) or not main_verb(own, code))):
        lo = sent.start  # the clause's subject stands before it: "Al Islambuli regresó a Egipto…"
    title = _clause_title(text, lo, hi, code, removed, sent.start)
    title = _strip_connective(title, code)
    if _long_enough(title, code):
        return title
    # a clause that is only a connective ("De son côté,", "Por su parte,") or an attribution is nobody's subject
    before = ["" if _attributes(_clause_title(text, a, b, code, removed, keep_verbs=True), code)
              else _strip_connective(_clause_title(text, a, b, code, removed), code) for a, b in bounds[:k]]
    if any(before):
        subject = next(t for t in before if t)
        after_subject = _strip_connective(_clause_title(text, lo, hi, code, removed, keep_verbs=True), code)
        if not after_subject and k + 1 < len(bounds):  # the date was an aside, "(mardi)": the clause goes on after it
            after_subject = _clause_title(text, bounds[k + 1][0], bounds[k + 1][1], code, removed, keep_verbs=True)
        extended = _joined(code, subject, after_subject)
    elif k + 1 < len(bounds) and not _attributes(  # "Die Messe[, wie die Veranstalter mitteilten]"
            _clause_title(text, bounds[k + 1][0], bounds[k + 1][1], code, removed, keep_verbs=True), code):
        extended = _joined(code, title, _clause_title(text, bounds[k + 1][0], bounds[k + 1][1], code, removed))
    else:
        extended = title
    if _long_enough(extended, code) or len(extended) > len(title):
        title = extended
    if len(title) < 3:
        title = _clause_title(text, sent.start, sent.end, code, removed)
    return title

def _inverted(title: str, code: str) -> tuple[str, str, str] | None:
    """The subject, the finite verb and the rest of a clause in verb-second order, whose subject follows its verb
    once a phrase stands before it ("[Am 17. März] hat der Sicherheitsrat erstmals…"); None for any other clause.
    The subject opens with a word of ``inverted_subjects``: a determiner or a number runs to its noun, the first
    capitalised word (German writes its nouns so); a pronoun is the subject alone. A name of two capitalised words
    or more after the noun is the subject's ("der Außenminister Guido Westerwelle", "Bundeskanzlerin Angela
    Merkel"); one capitalised word is the object ("die Regierung Sanktionen beschlossen")."""
    verb = word_regex(code, ("finite_verbs",), "word")
    opener = word_regex(code, ("inverted_subjects",), "start")
    v = verb.match(title) if verb is not None and opener is not None else None
    opening = opener.match(title, v.end()) if v is not None else None
    if opening is None:
        return None
    words = list(_WORD.finditer(title, v.end()))
    first = words[0].group()
    noun = 0
    if is_one_of(code, first, "determiners") or first[:1].isdigit():
        noun = next((n for n, w in enumerate(words[1:SUBJECT_WORDS // 2 + 1], 1) if w.group()[:1].isupper()
                     and not is_one_of(code, w.group(), "determiners")), None)
        if noun is None:
            return None
    if words[noun].group()[:1].isupper():
        run = noun
        while run + 1 < len(words) and words[run + 1].group()[:1].isupper() \
                and not is_one_of(code, words[run + 1].group(), "determiners") \
                and not title[words[run].end():words[run + 1].start()].strip():
            run += 1
        if run - noun >= 2:
            noun = run
    said = v.group()
    if said[:1].isupper() and said[1:].islower():
        said = said[:1].lower() + said[1:]  # the sentence's first word: no longer first
    end = max(words[noun].end(), opening.end())  # an opener of several words: "französische Flugzeuge"
    return title[words[0].start():end], said, title[end:]


def _subject_first(title: str, code: str) -> str:
    """A clause in verb-second order with its subject first ("hat der Sicherheitsrat erstmals…" → "der
    Sicherheitsrat hat erstmals…"); any other clause as it is."""
    inverted = _inverted(title, code)
    if inverted is None:
        return title
    subject, verb, rest = inverted
    return f"{subject} {verb}{rest if rest[:1] in ',;:' else ' ' + rest.lstrip()}".strip()


def _joined(code: str, *pieces: str) -> str:
    """Pieces of a title one after the other: with a space between them, none in a language written without."""
    return (" " if load_language(code).spaced else "").join(p.strip() for p in pieces if p.strip())


def _long_enough(title: str, code: str) -> bool:
    """Whether a clause title says enough on its own (``TITLE_MINIMUM``, ``TITLE_MINIMUM_UNSPACED``)."""
    return len(title) >= (TITLE_MINIMUM if load_language(code).spaced else TITLE_MINIMUM_UNSPACED)


def _strip_connective(title: str, code: str) -> str:
    """The title without a leading connective or conjunction ("Por su parte,", "Sin embargo,", "Pourtant,", "Et",
    the و of "وقصفت"): ``connectives``, ``conjunctions``."""
    connective = word_regex(code, ("connectives", "conjunctions"), "start")
    m = connective.match(title) if connective is not None else None
    if m is not None and title[m.end():m.end() + 1] in (",", " ", ""):
        return title[m.end():].lstrip(" ,")
    # a conjunction written onto the verb that opens the title ("وقصفت الطائرات…": "and shelled")
    first = title.split(maxsplit=1)[0] if title.strip() else ""
    if first[:1] in load_language(code).clitics and is_one_of(code, first[:1], "conjunctions") \
            and is_one_of(code, first[1:], "finite_verbs"):
        return title.lstrip()[1:]
    return title


def _capitalised(title: str) -> str:
    """A title begins with a capital, as the sentence it was cut from did ("the opening session" → "The …")."""
    return title[:1].upper() + title[1:] if title[:1].islower() else title

def asides(text: str, lo: int, hi: int, keep: tuple[int, int]) -> list[tuple[int, int]]:
    """Parenthesised asides of [lo, hi) that do not hold the span ``keep``."""
    return [m.span() for m in _ASIDE.finditer(text, lo, hi) if not (m.start() <= keep[0] < m.end())]
