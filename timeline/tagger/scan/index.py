"""Where in a text a rule can match: the chunks in which its cover strings occur (:class:`Features`), found for
all the cover strings of a grammar in one pass (:class:`Index`).

The text is cut into chunks of ``ScanOptions.chunk`` characters and each cover string is looked up once per text
in the folded text (:func:`fold`: one character per character, lower case as ``re`` compares it). A match
holding a cover string that starts in chunk ``k`` starts in ``[k·CHUNK − pre, (k+1)·CHUNK)`` (:meth:`Features.starts`).
A rule whose matches may start far before an occurrence keeps only the occurrences that can be in a match: what
precedes it must read as the start of a match (``Gate.before``), or else the alternation that holds the string
must match around it (``Gate.confirm``). Keeping an occurrence too many only costs time; none needed is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from timeline.tagger.scan.regex import Regex

#: A length bound c + Σ k·L(X): c characters, plus k times the longest run in the text of the characters of
#: class X, for each class X an unbounded repeat of the pattern consumes ("[0-9]+", "[0-9a-z]+" in a lookahead).
#: Stored as (c, ((X, k), …)), X a class's source with its flags, e.g. ("[0-9]", 0).
Linear = tuple


@dataclass(frozen=True)
class ScanOptions:
    """How a text is scanned. The defaults are the fast scan; the others exist to prove it finds what a plain
    scan finds (``tests/tagger/test_scan.py``, ``benchmarks/check_identity.py``)."""

    #: run each rule only in the windows where its cover strings occur (False: ``finditer`` over the whole text)
    gated: bool = True
    #: check what precedes an occurrence of a cover string (``Gate.before``/``Gate.confirm``) and look for a
    #: second cover nearby (``Gate.also``) before opening a window (False: every occurrence counts)
    checked: bool = True
    #: look all cover strings up in one pass through the grammar's :class:`Index` (False: ``str.find`` each)
    indexed: bool = True
    #: occurrences are checked only for rules whose matches may start this many characters or more before one:
    #: for the others, scanning the window costs less than checking each occurrence
    min_checked_pre: int = 32
    #: characters per chunk
    chunk: int = 8


DEFAULT_OPTIONS = ScanOptions()


def _casefix() -> dict[str, str]:
    """Characters that ``re.IGNORECASE`` equates although their lower cases differ (ſ/s, ı/i, ς/σ …): each is
    mapped to one representative, in the text and in the cover strings alike."""
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover - older Pythons
        return {}
    table: dict[str, str] = {}
    for low, others in _EXTRA_CASES.items():
        group = {chr(low), *map(chr, others)}
        rep = min(group)
        for c in group:
            if c != rep:
                table[c] = rep
    return table


_FIX = _casefix()
_FIX_TABLE = str.maketrans(_FIX)
_FIX_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_FIX)) + "]") if _FIX else None


def fold(text: str) -> str:
    """The text in which cover strings are looked up: one character per character (offsets are kept), lower
    case as ``re`` compares it (simple case mapping: "İ" → "i"), the extra case pairs of ``re`` merged."""
    low = text.replace("\u0130", "i").lower() if "\u0130" in text else text.lower()
    if len(low) != len(text):  # pragma: no cover - str.lower keeps the length once U+0130 is replaced
        raise ValueError("lower case changed the length")
    if _FIX_RE is not None and _FIX_RE.search(low):
        low = low.translate(_FIX_TABLE)
    return low



_LONG_RUN = 16


@lru_cache(maxsize=None)
def _run_patterns(source: str, flags: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A run of at least _LONG_RUN characters of a class, and any run of them. A class of letters is tried at the
    start of a run only (a lookbehind): else every letter of every word starts an attempt."""
    lead = f"(?<!{source})" if re.search(r"[a-zA-Z]-|\\w", source) else ""
    return re.compile(f"{lead}{source}{{{_LONG_RUN}}}", flags), re.compile(f"{source}+", flags)


@lru_cache(maxsize=None)
def _ascii_table(source: str, flags: int) -> bytes:
    """A ``bytes.translate`` table that maps each ASCII character the class matches (under its flags) to "x", any
    other byte to a space: in an ASCII text so translated, the runs of "x" are the runs of the class."""
    one = re.compile(source, flags)
    return bytes(ord("x") if c < 128 and one.fullmatch(chr(c)) else ord(" ") for c in range(256))


class Index:
    """Every cover string of a grammar, looked up in one pass: a regular expression, a trie of the strings
    (greedy: the longest string starting at a position), is searched from each position where one was found plus
    one; the strings that start there are that one and those of its prefixes that are cover strings too. So each string's
    chunks are those ``str.find`` gives, for one scan of the text instead of one per string."""

    def __init__(self, strings: Iterable[str]):
        self.strings = frozenset(s for s in strings if s)
        trie: dict = {}
        for s in self.strings:
            node = trie
            for c in s:
                node = node.setdefault(c, {})
            node[""] = {}

        def source(node: dict) -> str:
            alts = [re.escape(c) + source(node[c]) for c in sorted(node) if c]
            if not alts:
                return ""
            body = "(?:" + "|".join(alts) + ")"
            return body + "?" if "" in node else body

        self.regex = Regex.prepared(source(trie), re.DOTALL) if self.strings else None
        #: longest string → every cover string it starts with (itself included)
        self.prefixes = {s: tuple(p for p in self.strings if s.startswith(p)) for s in self.strings}
        self._start()

    def _start(self) -> None:
        """The caches filled while texts are scanned (not pickled)."""
        self._holds: dict[frozenset[str], bool] = {}
        #: every string → no chunk (copied, then filled, for each text)
        self.none: dict[str, tuple[int, ...]] = dict.fromkeys(self.strings, ())
        #: id of a sequence of rules → (the rules, kept alive; those to scan whatever the text; string → the rules
        #: whose cover holds it), see :meth:`Features.possible`
        self._plans: dict[int, tuple[Any, list[int], dict[str, list[int]]]] = {}

    def __getstate__(self) -> tuple[Any, ...]:
        return self.strings, self.regex, self.prefixes

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.strings, self.regex, self.prefixes = state
        self._start()

    def plan(self, rules: Sequence[Any]) -> tuple[list[int], dict[str, list[int]]]:
        """For rules (objects with a ``gate``): the indices of those that any text may match (no gate, or a cover
        not all in the index), and for each string of the index, those whose cover holds it."""
        found = self._plans.get(id(rules))
        if found is None or found[0] is not rules:
            always: list[int] = []
            users: dict[str, list[int]] = {}
            for i, rule in enumerate(rules):
                gate = rule.gate
                if gate is None or not self.holds(gate.cover):
                    always.append(i)
                else:
                    for s in gate.cover:
                        users.setdefault(s, []).append(i)
            found = self._plans[id(rules)] = (rules, always, users)
        return found[1], found[2]

    def holds(self, strings: frozenset[str]) -> bool:
        """Whether every string of ``strings`` is one of the index's (then its chunks are known once a text is
        folded)."""
        found = self._holds.get(strings)
        if found is None:
            found = self._holds[strings] = strings <= self.strings
        return found

    def found(self, low: str, size: int) -> dict[str, tuple[int, ...]]:
        """string → the chunks of ``low`` (a folded text) in which an occurrence of it starts, for the strings of the
        index that occur in it (``none`` gives the others: no chunk)."""
        found: dict[str, list[int]] = {}
        if self.regex is not None:
            prefixes, search = self.prefixes, self.regex.compiled.search
            m = search(low)
            while m is not None:  # every start: a search from the next character (matches may overlap)
                i = m.start()
                k = i // size
                for s in prefixes[m.group()]:
                    one = found.get(s)
                    if one is None:
                        found[s] = [k]
                    elif one[-1] != k:
                        one.append(k)
                m = search(low, i + 1)
        return {s: tuple(ks) for s, ks in found.items()}


class Features:
    """Which chunks of a text hold each cover string (computed on demand, once per string, or for all the strings
    of an :class:`Index` at once)."""

    def __init__(self, text: str, index: Index | None = None, options: ScanOptions = DEFAULT_OPTIONS):
        self.text = text
        self.options = options
        self.chunk = options.chunk
        self._folded: str | None = None
        self._runs: dict[tuple[str, int], int] = {}
        #: the text encoded, when it is ASCII (else b"")
        self._ascii: bytes | None = None
        self._sizes: dict[Linear, int] = {}
        #: (id of a list of chunks, pre) → windows; the lists are kept by the caches below, so ids stay unique
        self._windows: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._chunks: dict[str, tuple[int, ...]] = {}
        self._index = index if options.indexed else None
        self._union: dict[frozenset[str], list[int]] = {}
        self._reversed: str | None = None
        self._checked: dict[tuple[frozenset[str], int], list[int]] = {}
        #: the index's strings that occur in the text (once it is folded), None without an index
        self._present: frozenset[str] | None = None
        self._near: dict[tuple[int, int, int], list[int]] = {}

    def run(self, cls: tuple[str, int]) -> int:
        """L(X): the longest run of characters of class X in the text (for a class of letters, at least 15, to
        spare a count of every word; a class without letters, digits say, is counted: its runs are few)."""
        found = self._runs.get(cls)
        if found is None:
            source, flags = cls
            long_run, runs = _run_patterns(source, flags)
            letters = long_run.pattern.startswith("(?<!")
            if self._ascii is None:
                self._ascii = self.text.encode("ascii") if self.text.isascii() else b""
            if self._ascii or not self.text:
                # an ASCII text: the runs as bytes (translate, find, split run in C; a regex tries every character)
                marked = self._ascii.translate(_ascii_table(source, flags))
                if letters and b"x" * _LONG_RUN not in marked:
                    found = _LONG_RUN - 1
                else:
                    found = max(map(len, marked.split()), default=0)
            elif letters and long_run.search(self.text) is None:
                found = _LONG_RUN - 1
            else:
                found = max(map(len, runs.findall(self.text)), default=0)
            self._runs[cls] = found
        return found

    def size(self, form: Linear) -> int:
        if not form[1]:
            return form[0]
        found = self._sizes.get(form)
        if found is None:
            found = self._sizes[form] = form[0] + sum(k * self.run(x) for x, k in form[1])
        return found

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
            if self._index is not None:
                found = self._index.found(self._folded, self.chunk)
                self._chunks.update(self._index.none)
                self._chunks.update(found)
                self._present = frozenset(found)
        return self._folded

    def chunks_of(self, s: str) -> tuple[int, ...]:
        """The chunks in which an occurrence of ``s`` starts, in order."""
        found = self._chunks.get(s)
        if found is None and self._folded is None:
            self.folded  # noqa: B018 - folding fills the chunks of the index's strings
            found = self._chunks.get(s)
        if found is None:
            low, size = self.folded, self.chunk
            out: list[int] = []
            i = low.find(s)
            while i != -1:
                k = i // size
                out.append(k)
                i = low.find(s, (k + 1) * size)
            found = self._chunks[s] = tuple(out)
        return found

    def chunks(self, strings: frozenset[str]) -> list[int]:
        """The chunks in which an occurrence of one of ``strings`` starts, sorted."""
        found = self._union.get(strings)
        if found is None:
            known, low, size = self._chunks, self.folded, self.chunk
            ks: list[int] = []
            if self._present is not None and self._index.holds(strings):
                # every string's chunks are known: only those that occur add any
                hits = strings & self._present if len(strings) > 1 else strings
                for s in hits:
                    ks.extend(known[s])
                found = self._union[strings] = sorted(set(ks)) if len(hits) > 1 else ks
                return found
            for s in strings:
                one = known.get(s)
                if one is None:  # chunks_of(s), inline: a few hundred strings per text
                    one = []
                    i = low.find(s)
                    while i != -1:
                        k = i // size
                        one.append(k)
                        i = low.find(s, (k + 1) * size)
                    known[s] = one = tuple(one)
                ks.extend(one)
            found = self._union[strings] = sorted(set(ks)) if len(strings) > 1 else ks
        return found

    def possible(self, rules: Sequence[Any]) -> Iterable[int]:
        """The indices, in order, of the rules (objects with a ``gate``) that may match the text: all but those of
        which no cover string occurs (these have no match: :func:`matches` finds none)."""
        if not self.options.gated or self._index is None:
            return range(len(rules))
        self.folded  # noqa: B018 - folding finds the strings that occur
        always, users = self._index.plan(rules)
        out = set(always)
        for s in self._present or ():
            out.update(users.get(s, ()))
        return sorted(out)

    def near(self, ks: list[int], others: list[int], d: int) -> list[int]:
        """The chunks of ``ks`` (sorted) that have one of ``others`` (sorted) at most ``d`` chunks away: an occurrence
        of a cover string in a match has one of the match's second cover (``Gate.also``) less than its width away,
        so at most ``width // size + 1`` chunks away."""
        key = (id(ks), id(others), d)  # both lists are kept by the caches of chunks: their ids stay their own
        found = self._near.get(key)
        if found is None:
            found = []
            j, m = 0, len(others)
            for k in ks:
                while j < m and others[j] < k - d:
                    j += 1
                if j < m and others[j] <= k + d:
                    found.append(k)
            self._near[key] = found
        return found

    def _occurring(self, strings: frozenset[str]) -> frozenset[str]:
        """Those of ``strings`` that occur in the text, when the index holds them all; else all of them."""
        self.folded  # noqa: B018 - folding fills the chunks of the index's strings
        if self._present is not None and self._index.holds(strings):
            return strings & self._present
        return strings

    def _accepted(self, s: str, accept: Callable[[int], bool], into: set[int]) -> None:
        """Add to ``into`` the chunks in which an occurrence ``i`` of ``s`` that ``accept(i)`` takes starts (one
        per chunk is enough: the search then moves on to the next chunk)."""
        if not self.chunks_of(s):
            return
        low, size = self.folded, self.chunk
        i = low.find(s)
        while i != -1:
            if accept(i):
                k = i // size
                into.add(k)
                i = low.find(s, (k + 1) * size)
            else:
                i = low.find(s, i + 1)

    def checked(self, strings: frozenset[str], back: Regex) -> list[int]:
        """The chunks in which an occurrence ``o`` of one of ``strings`` starts that ``back`` accepts: it
        matches the reversed text at ``len(text) − o`` (what precedes the occurrence can end a match's start)."""
        key = (strings, id(back))  # the gate keeps its pattern: its id is its own
        found = self._checked.get(key)
        if found is None:
            if self._reversed is None:
                self._reversed = self.text[::-1]
            rev, n, check = self._reversed, len(self.text), back.compiled.match
            ks: set[int] = set()
            for s in self._occurring(strings):
                self._accepted(s, lambda i: check(rev, n - i) is not None, ks)
            found = self._checked[key] = sorted(ks)
        return found

    def confirmed(self, strings: frozenset[str], sure: tuple[tuple[str, Regex, int], ...]) -> list[int]:
        """The chunks in which an occurrence ``o`` of a cover string s starts such that, (s, P, k) in ``sure``,
        ``P.match(text, o − k)`` holds: the alternation every match holds matches in ``[o − k, o]`` (see
        :func:`~.analysis.confirm`)."""
        key = (strings, id(sure))
        found = self._checked.get(key)
        if found is None:
            text = self.text
            ks: set[int] = set()
            occurring = self._occurring(strings)
            for s, h, k in sure:
                if s not in occurring and s in strings:
                    continue  # a cover string that does not occur
                # H at a start in [i − k, i] (near the beginning of the text, in [0, k]: a few more)
                self._accepted(s, lambda i, match=h.compiled.match, k=k: match(text, i - k if i > k else 0) is not None, ks)
            found = self._checked[key] = sorted(ks)
        return found

    def starts(self, gate: Any) -> list[tuple[int, int]]:
        """Disjoint sorted intervals ``[a, b)`` holding every start of a match of a rule gated by ``gate``: a
        cover string that starts in chunk k lies in a match that starts in [k·size − pre, (k+1)·size)."""
        ks = self.chunks(gate.cover)
        if not ks:
            return []
        size, pre = self.chunk, gate.pre
        pre = self.size(pre) if pre[1] else pre[0]
        checked = self.options.checked
        if pre >= self.options.min_checked_pre and gate.before is not None and checked:
            # a wide window per occurrence: worth checking first what precedes each occurrence
            ks = self.checked(gate.cover, gate.before)
            if not ks:
                return []
        elif pre >= self.options.min_checked_pre and gate.confirm is not None and checked:
            ks = self.confirmed(gate.cover, gate.confirm)  # an alternation that every match holds
            if not ks:
                return []
        if gate.also is not None and checked:
            ks = self.near(ks, self.chunks(gate.also), self.size(gate.width) // size + 1)
            if not ks:
                return []
        key = (id(ks), pre)  # rules of one cover and one pre share their windows ("{month} {day}", "{month}")
        out = self._windows.get(key)
        if out is not None:
            return out
        # consecutive chunks x < y give one interval when [y·size − pre, …) meets […, (x+1)·size), that is unless
        # (y − x − 1)·size > pre: y − x > pre // size + 1
        d = pre // size + 1
        cuts = [(x, y) for x, y in zip(ks, ks[1:]) if y - x > d]
        out = [(y * size - pre, (x + 1) * size) for (_, y), (x, _) in zip([(0, ks[0])] + cuts, cuts + [(ks[-1], 0)])]
        if out[0][0] < 0:  # only the first can start before the text: the others start past a gap longer than pre
            out[0] = (0, out[0][1])
        self._windows[key] = out
        return out


#: The longest lookahead of a :func:`_bounded` pattern (a rule of a longer reach searches with its plain pattern),
#: and the most variants kept (the cache is emptied beyond).
MAX_BOUND, MAX_BOUNDED = 1024, 4096
