"""Whether a title reads as a clause: the rules the title builder picks its title by and the real-news scorer
judges titles with (``evaluate_events.judge_title``). A reader who sees only the title must know what happened:
who did what, starting where a phrase starts, nothing left dangling. Which words are verbs, determiners,
connectives is the language's ``[events]`` data."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.words import word_regex
from timeline.lang import load_language
from timeline.text.normalise import INVISIBLE

READABLE = "a clause that says what happened"

WORDS = re.compile(r"[\w'’-]+")
_PAIRS = ("()", "[]", "«»", '""', "“”")
#: what stands before an attribution that ends a clause ("…, dijo", "… — сообщил", "…，发言人表示")
ATTRIBUTION_MARKS = ",;،؛，；—–"


@lru_cache(maxsize=None)
def _whole(code: str, names: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words of the language's lists ``names`` as a pattern that matches one whole word or phrase."""
    regex = word_regex(code, names, "word")
    return None if regex is None else re.compile(rf"(?:{regex.pattern})\Z", re.IGNORECASE)


def is_one_of(code: str, word: str, *names: str) -> bool:
    regex = _whole(code, names)
    return regex is not None and regex.match(word) is not None


def title_words(text: str, code: str) -> list[str]:
    """The words of ``text``; in a language written without spaces (Chinese) its characters two by two, the
    length of most of its words."""
    if load_language(code).spaced:
        return WORDS.findall(text)
    return [m.group() for run in WORDS.findall(text) for m in re.finditer(r"\w\w?", run)]


def opens_with(text: str, code: str, *names: str) -> bool:
    """Whether ``text`` begins with a word or a two-word phrase of the lists ``names``; in a language written
    without spaces, with any of their words."""
    if not load_language(code).spaced:
        regex = word_regex(code, names, "start")
        return regex is not None and regex.match(text) is not None
    words = WORDS.findall(text)
    return bool(words) and (is_one_of(code, words[0], *names) or is_one_of(code, " ".join(words[:2]), *names))


def ends_with(text: str, code: str, *names: str) -> bool:
    """Whether ``text`` ends with a word of the lists ``names``."""
    if not load_language(code).spaced:
        regex = word_regex(code, names, "end")
        return regex is not None and regex.search(text) is not None
    words = WORDS.findall(text)
    return bool(words) and is_one_of(code, words[-1], *names)


def main_verb(text: str, code: str) -> bool:
    """Whether ``text`` has a finite verb of its own (``finite_verbs``): each relative word takes the first verb
    after it for its clause ("El presidente, acosado por las protestas que se han…" has none; "Los manifestantes
    que derrocaron a Mubarak demandaron…" has one)."""
    verb = word_regex(code, ("finite_verbs",), "word")
    if verb is None:
        return False
    relative = word_regex(code, ("relative_words",), "word")
    verbs = [m.start() for m in verb.finditer(text)]
    for r in (relative.finditer(text) if relative is not None else ()):
        taken = next((v for v in verbs if v >= r.end()), None)
        if taken is not None:
            verbs.remove(taken)
    return bool(verbs)


def opens_with_verb(text: str, code: str) -> bool:
    """Whether ``text`` begins with a finite verb: its subject stands elsewhere ("Ha nombrado…", "S'est vu…")."""
    verb = word_regex(code, ("finite_verbs",), "word")
    m = verb.match(text.lstrip()) if verb is not None else None
    return m is not None and m.start() == 0


#: an article or a preposition written onto the next word ("l'a", "d'être", "d'une")
ELIDED = re.compile(r"^\w['’](?=\w)")
#: a headline's participle follows its noun phrase within this many words ("Partisans de l'ancien président Hosni
#: Moubarak destitués")
PARTICIPLE_AFTER = 8


def is_participle(code: str, word: str) -> bool:
    """Whether ``word`` has the shape of a past participle (``participles``), written in lower case (a name is none:
    "Naciones Unidas"), and is no word of another kind of the same shape ("au", "fait" is a finite verb)."""
    return word[:1].islower() and is_one_of(code, word, "participles") and not is_one_of(
        code, word, "edge_words", "determiners", "finite_verbs", "conjunctions", "relative_words", "auxiliaries")


def participle_predicate(text: str, code: str) -> bool:
    """Whether a title without a finite verb says what befell the noun phrase it opens with a past participle right
    after it, as a headline does ("Régimen de Mubarak derrocado", "Mubarak ousted by the army": ``participles``).
    The noun phrase opens with a determiner or a capitalised word, not a preposition, a participle nor a gerund
    ("Sur les murs situés…", "Nacido en…", "Faisant au moins 10 morts": ``gerunds``), and holds no comma, relative
    word or conjunction; the word before the participle is none of a determiner, a preposition, a verb, an auxiliary, an adverb or another participle ("par l'armée", "ha
    cerrado", "sido convocadas", "profundamente dolido")."""
    spoken = WORDS.findall(text)
    words = [ELIDED.sub("", w) for w in spoken]
    if not words or not (spoken[0][:1].isupper() or is_one_of(code, spoken[0], "determiners")) or (
            is_one_of(code, words[0], "edge_words") and not is_one_of(code, words[0], "determiners")) \
            or is_participle(code, words[0].lower()) or is_one_of(code, words[0], "gerunds"):
        return False
    lists = ("determiners", "edge_words", "finite_verbs", "auxiliaries", "adverbs", "relative_words", "conjunctions")
    for n in range(1, min(len(words), PARTICIPLE_AFTER + 1)):
        head = text[:text.find(words[n])]
        if re.search(r"[,;:()]", head) or is_one_of(code, words[n - 1], "relative_words", "conjunctions"):
            return False
        if is_participle(code, words[n]) and not is_one_of(code, words[n - 1], *lists) \
                and not is_participle(code, words[n - 1]):
            return True
    return False


def title_fault(title: str, code: str, before: str | None = None, headline: bool = True) -> str | None:
    """The first rule ``title`` breaks, or None when it reads as a clause:

    - no invisible character, at least three words, brackets and quotes that close;
    - it starts where a clause or a phrase starts: not with a relative word, a conjunction, a connective or an
      attribution, nor after a determiner of its sentence (``before``: the word before it there, when known: "el
      | Presidente francés"), nor after a preposition unless it opens with a determiner ("a | pesar de que", but
      "depuis | la chute de Tripoli");
    - it has its subject: it does not open with a finite verb ("Ha nombrado…", "Se encontró…");
    - it has a predicate: a finite verb of its own before any "…" cut, or it opens with a noun that names a
      happening (``event_nouns``: "Funerales de las víctimas"), or a participle follows the noun phrase it opens
      with (``participle_predicate``: "Mubarak ousted"; not with ``headline`` False: the title builder reads only
      its own participle titles so);
    - nothing dangles at its end (an article, a preposition), and no attribution is left (", dijo el ministro").
    """
    shown = title.rstrip("…").rstrip()
    words = title_words(shown, code)
    if INVISIBLE.search(title):
        return "an invisible character"
    if len(words) < 3 and not (len(words) == 2 and headline and participle_predicate(shown, code)):
        return "fewer than three words: a name, not a clause"  # but "Mubarak ousted"
    cut = title.endswith("…")
    for pair in _PAIRS:
        opened, closed = shown.count(pair[0]), shown.count(pair[1])
        if (pair[0] == pair[1] and opened % 2 and not cut) or (pair[0] != pair[1] and (
                closed > opened or (opened > closed and not cut))):
            return f"a stray {pair}"
    for name, why in (("relative_words", "starts with a relative word"),
                      ("conjunctions", "starts with a conjunction"),
                      ("connectives", "starts with a connective"),
                      ("attribution_words", "starts with an attribution")):
        if opens_with(shown, code, name):
            return why
    if before and (is_one_of(code, before, "determiners") or (
            is_one_of(code, before, "edge_words") and not opens_with(shown, code, "determiners")
            and not is_one_of(code, before, "relative_words", "conjunctions"))):
        return f"starts mid-phrase (after {before!r})"  # a noun phrase may follow its preposition: "[depuis] la chute"
    if opens_with_verb(shown, code):
        return "no subject: it opens with its verb"
    spoken = WORDS.findall(shown)
    head = [w for w in spoken[:3] if not is_one_of(code, w, "determiners")][:2]
    named = opens_with(" ".join(head), code, "event_nouns") or (  # "Les premières manifestations"
        len(head) > 1 and head[0].islower() and is_one_of(code, head[1], "event_nouns"))
    if not main_verb(shown, code) and not named and not (headline and participle_predicate(shown, code)):
        return "no predicate: neither a finite verb, a noun of a happening nor a participle after its noun"
    if not cut and ends_with(shown, code, "determiners", "edge_words", "conjunctions"):
        return f"dangles: ends with {spoken[-1]!r}"
    attribution = word_regex(code, ("attribution_words",), "word")
    # a verb of saying followed by what is said ("…, Noruega, anunció que se retirará") is the clause's own verb
    said = word_regex(code, ("relative_words",), "start")
    if attribution is not None and any(shown[:m.start()].rstrip()[-1:] in ATTRIBUTION_MARKS
                                       and not (said is not None and said.match(shown, m.end()))
                                       for m in attribution.finditer(shown)):
        return "keeps its attribution"
    return None
