"""Evaluating the tagger: TempEval-3 task A on TimeML corpora, and calendar intervals on Duckling's test cases.

TempEval-3 task A (UzZaman et al., 2013; the toolkit's ``TE3-evaluation.py``)
------------------------------------------------------------------------------
Counts are summed over all documents first (micro-averaged), then:

* a gold and a system timex *match relaxed* when their extents overlap by at least one character, and
  *match strict* when the extents are identical. The official toolkit first aligns the two annotations so
  that every system timex carries the id of at most one gold timex and vice versa; here the pairing is made
  one-to-one the same way, deterministically: among all overlapping (gold, system) pairs, identical extents
  go first, then the largest overlap, then the smallest union, then the earliest gold and system offsets,
  and pairs are taken greedily while both members are still free.
* strict/relaxed precision = matched pairs / system timexes; recall = matched pairs / gold timexes;
  F1 = 2PR / (P + R) (0 when P + R = 0; 1 when there is neither gold nor system timex, as in the toolkit).
* type and value accuracy = relaxed pairs whose TIMEX3 ``type`` / ``value`` strings are identical / relaxed
  pairs; type F1 = relaxed F1 × type accuracy, value F1 = relaxed F1 × value accuracy.

Duckling
--------
Each case's ``text`` is tagged as an assistant reads it: ``document_date`` = the case's ``ref`` as an aware
datetime at the case's ``tz_offset`` (2013-02-12T04:30:00-02:00: clock-relative expressions such as "in 2 hours"
move from it, and a clock time said in a zone, "3pm GMT", gets an interval on that offset's clock, 13:00, as
Duckling states it; the tagger's intervals stay naive local times, like the expected ones; ``aware_ref=False``
passes the naive local ``ref`` instead, for a tagger that takes no aware datetime) and ``prefer="future"`` (a
bare weekday, date or holiday is the next occurrence when the clause's tense does not say; passed only to a
tagger whose signature accepts ``prefer``). The tagger's answer is the candidate covering most of the text: a
single timex, or a range of two timexes when the tag result has ``ranges`` (``TimexRange``, interval = first's begin to last's end); ties go to the earliest
start. Its ``interval`` is compared with the expected one:

* ``instant`` at grain g: ``[start, start + 1 g)`` (second, minute, hour, day, week = 7 days, month,
  quarter = 3 months, year), and ``interval``: ``[start, end)``; both boundaries must be equal.
* ``open_after`` (one boundary A, e.g. "since 2014" → 2014-01-01, "après le 1er novembre" → 11-01 00:00):
  Duckling's boundary is always the *begin* of the anchor, so the case is correct when the system interval
  begins at A.
* ``open_before`` (one boundary B): correct when B is the begin of the system interval ("until 2pm",
  "prima di marzo" → B is the anchor's begin) or its end ("до конца месяца"/"by the end of the day" → B is
  the end of the anchor "end of the month"; also a tagger that resolves "until X" to ``[ref, X)``).

The baseline is ``dateparser.date.DateDataParser(languages=[lang])`` with ``RELATIVE_BASE`` = ref,
``PREFER_DATES_FROM='future'`` (the same forward-looking reading as ours), ``RETURN_TIME_AS_PERIOD=True`` and ``IGNORE_SURROUNDING_TEXT=True``;
``get_date_data(text)``'s ``date_obj`` is floored to its ``period`` (year, quarter, month, week from Monday,
day) and widened by one such period. dateparser has no finer period than ``time``: a ``time`` result is given
the case's own grain when that is hour, minute or second (the benefit of the doubt), else the finest
non-zero field of the time; a ``part_of_day`` result (one time of day, not a span) counts as that hour.
An aware ``date_obj`` is converted to the case's ``tz_offset`` first. The same judging rule then applies.

Refused conventions
-------------------
Where Duckling's expected answer follows a convention the tagger deliberately does not (a Jewish holiday from its
eve, "three months ago" as a day, "三天后" as the next three days …), the case is listed in
``timeline/evaluate_exceptions.toml`` with the convention, the reason, the authority and the interval the tagger
gives instead (:func:`load_refusals`). A listed case the tagger answers with exactly that interval is *refused*:
reported apart and left out of the kept percentage (``kept %`` = right / (cases − refused)), printed beside the
raw one. A listed case answered otherwise counts as a plain failure (the listing no longer describes it), and one
answered as Duckling expects counts as right and is reported as stale.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import inspect
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

from timeline.dates import add_months
from timeline.model import Interval, Timex

#: A tagger: ``tagger(text, language, document_date=...)`` returning an object with ``.timexes``
#: (and optionally ``.ranges``), like :func:`timeline.tagger.tag`.
Tagger = Callable[..., Any]

GRAINS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year")
DUCKLING_KINDS = ("instant", "interval", "open_after", "open_before")


def default_corpora_dir() -> Path:
    """``$TIMELINE_CORPORA``, else ``shared/corpora`` beside the repository (``<repo>/../shared/corpora``)."""
    env = os.environ.get("TIMELINE_CORPORA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "corpora"


def _default_tagger() -> Tagger:
    from timeline.tagger import tag  # imported late: the evaluator must load without the tagger

    return tag


# --------------------------------------------------------------------------------------------------------
# TimeML reader


@dataclass(frozen=True)
class GoldDocument:
    """A TimeML document: the plain text of its ``<TEXT>``, its creation date, and its gold TIMEX3."""

    id: str
    text: str
    dct: dt.date
    timexes: tuple[Timex, ...]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_date(value: str) -> dt.date:
    return dt.date.fromisoformat(value.strip()[:10])


def read_timeml(path: str | os.PathLike[str]) -> GoldDocument:
    """Read a TimeML file.

    ``text`` is the character content of ``<TEXT>`` with every tag removed and entities unescaped (XML
    parsing, so ``&amp;`` is one character ``&``); gold offsets index that text. Only TIMEX3 inside
    ``<TEXT>`` are kept (not the DCT). The id is ``<DOCID>`` (the file's stem when there is none); the
    DCT is the ``value`` of the TIMEX3 in ``<DCT>`` (or of the one whose ``functionInDocument`` is
    ``CREATION_TIME``).
    """
    path = Path(path)
    root = ET.parse(path).getroot()
    by_tag: dict[str, ET.Element] = {}
    for element in root.iter():
        by_tag.setdefault(_local(element.tag), element)

    text_element = by_tag.get("TEXT")
    if text_element is None:
        raise ValueError(f"{path}: no <TEXT> element")

    docid_element = by_tag.get("DOCID")
    doc_id = (docid_element.text or "").strip() if docid_element is not None else ""
    doc_id = doc_id or path.stem

    dct_value = None
    dct_element = by_tag.get("DCT")
    if dct_element is not None:
        for element in dct_element.iter():
            if _local(element.tag) == "TIMEX3" and element.get("value"):
                dct_value = element.get("value")
                break
    if dct_value is None:
        for element in root.iter():
            if _local(element.tag) == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
                dct_value = element.get("value")
                break
    if not dct_value:
        raise ValueError(f"{path}: no document creation time")

    pieces: list[str] = []
    spans: list[tuple[int, int, ET.Element]] = []
    position = 0

    def walk(element: ET.Element) -> None:
        nonlocal position
        if element.text:
            pieces.append(element.text)
            position += len(element.text)
        for child in element:
            start = position
            walk(child)
            if _local(child.tag) == "TIMEX3":
                spans.append((start, position, child))
            if child.tail:
                pieces.append(child.tail)
                position += len(child.tail)

    walk(text_element)
    text = "".join(pieces)
    spans.sort(key=lambda s: (s[0], s[1]))
    timexes = tuple(
        Timex(
            start=start,
            end=end,
            text=text[start:end],
            type=element.get("type", ""),
            value=element.get("value", ""),
            mod=element.get("mod"),
        )
        for start, end, element in spans
    )
    return GoldDocument(id=doc_id, text=text, dct=_parse_date(dct_value), timexes=timexes)


def third(key: str) -> str:
    """"check" for the third of a dev set kept out of sight, else "fit": the split of ../shared/tools/devsplit.py
    (a SHA-1 of the item's key: a TimeML file's path under its corpus folder, a Duckling case's group)."""
    return "check" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "fit"


PARTS = ("fit", "check")


def read_timeml_dir(path: str | os.PathLike[str], part: str | None = None) -> list[GoldDocument]:
    """Every ``.tml`` file under ``path`` (recursively, sorted by path); ``path`` may also be one file. With
    ``part`` ("fit" or "check"), only the files of that third (:func:`third`)."""
    path = Path(path)
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    if part is not None:
        files = [f for f in files if third(str(f.relative_to(path)) if f != path else f.name) == part]
    return [read_timeml(f) for f in files]


# --------------------------------------------------------------------------------------------------------
# TempEval-3 task A scorer


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match_timexes(gold: Sequence[Timex], system: Sequence[Timex]) -> list[tuple[int, int]]:
    """Pair gold and system timexes one-to-one by overlapping extents; returns (gold index, system index)
    pairs sorted by gold index.

    Candidate pairs overlap by at least one character. They are ranked: identical extent first, then the
    largest overlap, the smallest union, the earliest gold then system offsets (then indices); pairs are taken
    in that order while both members are unpaired. The result does not depend on the input order of
    timexes with distinct offsets.
    """
    order = sorted(range(len(system)), key=lambda j: (system[j].start, system[j].end, j))
    starts = [system[j].start for j in order]
    max_len = max((system[j].end - system[j].start for j in order), default=0)
    candidates = []
    for i, g in enumerate(gold):
        # a system timex overlapping g starts before g.end and at or after g.start - max_len
        lo = bisect.bisect_left(starts, g.start - max_len)
        hi = bisect.bisect_left(starts, g.end)
        for k in range(lo, hi):
            j = order[k]
            s = system[j]
            overlap = _overlap(g, s)
            if overlap <= 0:
                continue
            exact = g.start == s.start and g.end == s.end
            union = max(g.end, s.end) - min(g.start, s.start)
            candidates.append((not exact, -overlap, union, g.start, g.end, s.start, s.end, i, j))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for *_, i, j in candidates:
        if i in used_gold or j in used_system:
            continue
        used_gold.add(i)
        used_system.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


class _Figures:
    """The TempEval-3 figures, from the counts of a subclass."""

    gold: int
    system: int
    strict: int
    relaxed: int
    type_correct: int
    value_correct: int

    def _precision(self, n: int) -> float:
        return n / self.system if self.system else 0.0

    def _recall(self, n: int) -> float:
        return n / self.gold if self.gold else 0.0

    def _fscore(self, n: int) -> float:
        if self.gold == 0 and self.system == 0:
            return 1.0
        return _f1(self._precision(n), self._recall(n))

    @property
    def strict_precision(self) -> float:
        return self._precision(self.strict)

    @property
    def strict_recall(self) -> float:
        return self._recall(self.strict)

    @property
    def strict_f1(self) -> float:
        return self._fscore(self.strict)

    @property
    def relaxed_precision(self) -> float:
        return self._precision(self.relaxed)

    @property
    def relaxed_recall(self) -> float:
        return self._recall(self.relaxed)

    @property
    def relaxed_f1(self) -> float:
        return self._fscore(self.relaxed)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / self.relaxed if self.relaxed else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_correct / self.relaxed if self.relaxed else 0.0

    @property
    def type_f1(self) -> float:
        if self.gold == 0 and self.system == 0:
            return 1.0
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_f1(self) -> float:
        if self.gold == 0 and self.system == 0:
            return 1.0
        return self.relaxed_f1 * self.value_accuracy


@dataclass(frozen=True)
class DocumentScores(_Figures):
    """One document's counts and errors. Pairs are (gold, system)."""

    id: str
    gold: int
    system: int
    strict: int
    relaxed: int
    type_correct: int
    value_correct: int
    #: Gold timexes that no system timex overlaps (after pairing).
    misses: tuple[Timex, ...] = ()
    #: System timexes paired with no gold timex.
    false_positives: tuple[Timex, ...] = ()
    #: Relaxed pairs whose extents differ.
    wrong_extents: tuple[tuple[Timex, Timex], ...] = ()
    #: Relaxed pairs whose TIMEX3 values differ.
    wrong_values: tuple[tuple[Timex, Timex], ...] = ()
    #: Relaxed pairs whose TIMEX3 types differ.
    wrong_types: tuple[tuple[Timex, Timex], ...] = ()
    #: The exception the tagger raised on this document (scored as no system timex), if any.
    error: str | None = None


@dataclass(frozen=True)
class Scores(_Figures):
    """TempEval-3 task A counts summed over documents, the figures (properties), and each document's errors."""

    documents: tuple[DocumentScores, ...]
    gold: int
    system: int
    strict: int
    relaxed: int
    type_correct: int
    value_correct: int

    @classmethod
    def from_documents(cls, documents: Iterable[DocumentScores]) -> Scores:
        docs = tuple(documents)
        return cls(
            documents=docs,
            gold=sum(d.gold for d in docs),
            system=sum(d.system for d in docs),
            strict=sum(d.strict for d in docs),
            relaxed=sum(d.relaxed for d in docs),
            type_correct=sum(d.type_correct for d in docs),
            value_correct=sum(d.value_correct for d in docs),
        )

    @property
    def misses(self) -> list[tuple[str, Timex]]:
        return [(d.id, t) for d in self.documents for t in d.misses]

    @property
    def false_positives(self) -> list[tuple[str, Timex]]:
        return [(d.id, t) for d in self.documents for t in d.false_positives]

    @property
    def wrong_values(self) -> list[tuple[str, Timex, Timex]]:
        return [(d.id, g, s) for d in self.documents for g, s in d.wrong_values]

    @property
    def wrong_types(self) -> list[tuple[str, Timex, Timex]]:
        return [(d.id, g, s) for d in self.documents for g, s in d.wrong_types]

    @property
    def wrong_extents(self) -> list[tuple[str, Timex, Timex]]:
        return [(d.id, g, s) for d in self.documents for g, s in d.wrong_extents]

    @property
    def errors(self) -> list[tuple[str, str]]:
        """(document id, exception) for each document the tagger raised on (``on_error="record"``)."""
        return [(d.id, d.error) for d in self.documents if d.error is not None]


def score_document(doc_id: str, gold: Sequence[Timex], system: Sequence[Timex]) -> DocumentScores:
    """Score one document's system timexes against its gold timexes (see :func:`match_timexes`)."""
    pairs = match_timexes(gold, system)
    paired_gold = {i for i, _ in pairs}
    paired_system = {j for _, j in pairs}
    strict = type_correct = value_correct = 0
    wrong_extents, wrong_values, wrong_types = [], [], []
    for i, j in pairs:
        g, s = gold[i], system[j]
        if g.start == s.start and g.end == s.end:
            strict += 1
        else:
            wrong_extents.append((g, s))
        if g.type == s.type:
            type_correct += 1
        else:
            wrong_types.append((g, s))
        if g.value == s.value:
            value_correct += 1
        else:
            wrong_values.append((g, s))
    return DocumentScores(
        id=doc_id,
        gold=len(gold),
        system=len(system),
        strict=strict,
        relaxed=len(pairs),
        type_correct=type_correct,
        value_correct=value_correct,
        misses=tuple(g for i, g in enumerate(gold) if i not in paired_gold),
        false_positives=tuple(
            sorted((s for j, s in enumerate(system) if j not in paired_system), key=lambda t: (t.start, t.end))
        ),
        wrong_extents=tuple(wrong_extents),
        wrong_values=tuple(wrong_values),
        wrong_types=tuple(wrong_types),
    )


def evaluate_documents(
    documents: Iterable[GoldDocument], tagger: Tagger | None = None, language: str = "en", on_error: str = "raise"
) -> Scores:
    """Tag each document's text with its DCT as the document date and score it against its gold.

    ``on_error="raise"`` lets an exception of the tagger through; ``"record"`` scores that document as if the
    tagger found nothing and keeps the exception in its :attr:`DocumentScores.error`.
    """
    if on_error not in ("raise", "record"):
        raise ValueError(f"on_error must be 'raise' or 'record', not {on_error!r}")
    tagger = tagger or _default_tagger()
    results = []
    for doc in documents:
        try:
            system = tuple(tagger(doc.text, language, document_date=doc.dct).timexes)
        except Exception as exc:
            if on_error == "raise":
                raise
            scored = score_document(doc.id, doc.timexes, ())
            results.append(dataclasses.replace(scored, error=f"{type(exc).__name__}: {exc}"))
            continue
        results.append(score_document(doc.id, doc.timexes, system))
    return Scores.from_documents(results)


def evaluate_dir(
    path: str | os.PathLike[str], tagger: Tagger | None = None, language: str = "en", on_error: str = "raise",
    part: str | None = None,
) -> Scores:
    """TempEval-3 task A over every ``.tml`` file under ``path`` (recursively), or over one third of them
    (``part``: "fit" or "check", :func:`third`).

    ``tagger`` defaults to :func:`timeline.tagger.tag`; it is called as ``tagger(text, language,
    document_date=dct)``. ``on_error`` as in :func:`evaluate_documents`.
    """
    return evaluate_documents(read_timeml_dir(path, part), tagger, language, on_error)


def _pct(x: float) -> str:
    return f"{100 * x:6.2f}"


def _span(t: Timex) -> str:
    return f"[{t.start}:{t.end}] {json.dumps(t.text, ensure_ascii=False)}"


def format_scores(scores: Scores, verbose: bool = False) -> str:
    """A table of the TempEval-3 figures; ``verbose`` adds every miss, false positive, wrong extent, type and value."""
    s = scores
    lines = [
        f"TempEval-3 task A: {len(s.documents)} documents, {s.gold} gold TIMEX3, {s.system} system TIMEX3",
        f"{'':10} {'P':>7} {'R':>7} {'F1':>7}   matches",
        f"{'strict':10} {_pct(s.strict_precision):>7} {_pct(s.strict_recall):>7} {_pct(s.strict_f1):>7}   {s.strict}",
        f"{'relaxed':10} {_pct(s.relaxed_precision):>7} {_pct(s.relaxed_recall):>7} {_pct(s.relaxed_f1):>7}   {s.relaxed}",
        f"{'':10} {'acc':>7} {'':>7} {'F1':>7}   correct",
        f"{'type':10} {_pct(s.type_accuracy):>7} {'':>7} {_pct(s.type_f1):>7}   {s.type_correct}",
        f"{'value':10} {_pct(s.value_accuracy):>7} {'':>7} {_pct(s.value_f1):>7}   {s.value_correct}",
    ]
    if s.errors:
        lines.append(f"the tagger raised on {len(s.errors)} document(s), scored as finding nothing:")
        lines.extend(f"ERROR   {doc_id} {error}" for doc_id, error in s.errors)
    if verbose:
        lines.append("")
        for d in s.documents:
            for g in d.misses:
                lines.append(f"MISS    {d.id} {_span(g)} gold {g.type} {g.value}")
            for t in d.false_positives:
                lines.append(f"FP      {d.id} {_span(t)} system {t.type} {t.value}")
            for g, t in d.wrong_extents:
                lines.append(f"EXTENT  {d.id} gold {_span(g)} system {_span(t)}")
            for g, t in d.wrong_types:
                lines.append(f"TYPE    {d.id} {_span(g)} gold {g.type} system {t.type} {_span(t)}")
            for g, t in d.wrong_values:
                lines.append(f"VALUE   {d.id} {_span(g)} gold {g.value} system {t.value} {_span(t)}")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------------------
# Duckling harness


@dataclass(frozen=True)
class DucklingCase:
    lang: str
    text: str
    ref: dt.datetime
    tz_offset: str
    kind: str
    start: dt.datetime
    end: dt.datetime | None
    grain: str
    #: the case's group (same reference time and expected answer: paraphrases of one answer), for :func:`third`
    group: str = ""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DucklingCase:
        """A case from its JSON object; ValueError saying what is wrong when a field is missing, a date cannot be
        read (a year before 0001 or after 9999 included) or its expected interval ends past 9999."""
        if not isinstance(d, dict):
            raise ValueError(f"a case must be an object, not {type(d).__name__}")
        missing = [k for k in ("lang", "text", "ref", "kind", "start", "grain") if k not in d]
        if missing:
            raise ValueError(f"missing {', '.join(missing)}")
        if d["kind"] not in DUCKLING_KINDS:
            raise ValueError(f"unknown kind {d['kind']!r}")
        if d["grain"] not in GRAINS:
            raise ValueError(f"unknown grain {d['grain']!r}")
        case = cls(
            group="|".join(str(d.get(k)) for k in ("lang", "ref", "kind", "start", "end", "grain")),
            lang=d["lang"],
            text=d["text"],
            ref=_case_time(d["ref"], "ref"),
            tz_offset=d.get("tz_offset") or "+00:00",
            kind=d["kind"],
            start=_case_time(d["start"], "start"),
            end=_case_time(d["end"], "end") if d.get("end") else None,
            grain=d["grain"],
        )
        if case.kind == "instant":
            try:
                case.expected
            except (ValueError, OverflowError):
                raise ValueError(f"its {case.grain} from {d['start']} ends after year 9999") from None
        return case

    @property
    def aware_ref(self) -> dt.datetime:
        """``ref`` (a local time) with its UTC offset ``tz_offset``: 2013-02-12T04:30:00-02:00."""
        return self.ref if self.ref.tzinfo is not None else self.ref.replace(tzinfo=_parse_offset(self.tz_offset))

    @property
    def expected(self) -> Interval | None:
        """The expected interval (``None`` for the open kinds, which have one boundary: ``start``)."""
        if self.kind == "instant":
            return grain_interval(self.start, self.grain)
        if self.kind == "interval":
            assert self.end is not None
            return Interval(self.start, self.end)
        return None

    def describe(self) -> str:
        if self.kind in ("instant", "interval"):
            e = self.expected
            assert e is not None
            return f"[{e.begin.isoformat()}, {e.end.isoformat()})"
        if self.kind == "open_after":
            return f"[{self.start.isoformat()}, …)"
        return f"(…, {self.start.isoformat()})"


def _case_time(value: Any, field: str) -> dt.datetime:
    """A case's date-time, or ValueError naming the field; years before 0001 and after 9999 cannot be judged."""
    try:
        return dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        if isinstance(value, str) and value[:1] in "+-" or isinstance(value, str) and value[:5].isdigit():
            raise ValueError(f"{field} {value}: years before 0001 and after 9999 cannot be judged") from None
        raise ValueError(f"{field} {value!r} is not an ISO 8601 date-time") from None


def add_grain(d: dt.datetime, grain: str, n: int = 1) -> dt.datetime:
    """``d`` plus ``n`` units of ``grain`` (a week is 7 days, a quarter 3 months; month ends are clamped)."""
    if grain == "second":
        return d + dt.timedelta(seconds=n)
    if grain == "minute":
        return d + dt.timedelta(minutes=n)
    if grain == "hour":
        return d + dt.timedelta(hours=n)
    if grain == "day":
        return d + dt.timedelta(days=n)
    if grain == "week":
        return d + dt.timedelta(days=7 * n)
    if grain == "month":
        return add_months(d, n)
    if grain == "quarter":
        return add_months(d, 3 * n)
    if grain == "year":
        return add_months(d, 12 * n)
    raise ValueError(f"unknown grain {grain!r}")


def grain_interval(start: dt.datetime, grain: str) -> Interval:
    """The interval of a Duckling instant: ``[start, start + 1 grain)``."""
    return Interval(start, add_grain(start, grain))


def floor_to_grain(d: dt.datetime, grain: str) -> dt.datetime:
    """The start of the ``grain`` that contains ``d`` (weeks start on Monday, quarters in Jan/Apr/Jul/Oct)."""
    d = d.replace(microsecond=0)
    if grain == "second":
        return d
    if grain == "minute":
        return d.replace(second=0)
    if grain == "hour":
        return d.replace(minute=0, second=0)
    day = d.replace(hour=0, minute=0, second=0)
    if grain == "day":
        return day
    if grain == "week":
        return day - dt.timedelta(days=day.weekday())
    if grain == "month":
        return day.replace(day=1)
    if grain == "quarter":
        return day.replace(day=1, month=(d.month - 1) // 3 * 3 + 1)
    if grain == "year":
        return day.replace(day=1, month=1)
    raise ValueError(f"unknown grain {grain!r}")


def judge(case: DucklingCase, got: Interval | None) -> bool:
    """Whether ``got`` is the interval the case expects (the rules are in the module docstring)."""
    if got is None:
        return False
    if case.kind in ("instant", "interval"):
        return got == case.expected
    if case.kind == "open_after":
        return got.begin == case.start
    return got.begin == case.start or got.end == case.start  # open_before


def read_duckling(path: str | os.PathLike[str], language: str,
                  part: str | None = None) -> tuple[list[DucklingCase], list[str]]:
    """The cases of ``path`` (a ``<lang>.json`` file, or a folder holding ``<language>.json``) that can be judged,
    and a sentence for each one that cannot (``'"in 44 b.c.": start -0043-01-01T00:00:00: years before 0001 …'``);
    with ``part`` ("fit" or "check"), those of that third (:func:`third` of each case's group). ValueError when the
    file is not a JSON list."""
    path = Path(path)
    file = path / f"{language}.json" if path.is_dir() else path
    with open(file, encoding="utf-8") as handle:
        try:
            items = json.load(handle)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{file.name}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(items, list):
        raise ValueError(f"{file.name}: expected a JSON list of cases")
    cases, skipped = [], []
    for number, item in enumerate(items, start=1):
        try:
            case = DucklingCase.from_dict(item)
        except ValueError as exc:
            text = item.get("text") if isinstance(item, dict) else None
            label = json.dumps(text, ensure_ascii=False) if isinstance(text, str) else f"case {number}"
            skipped.append(f"{label}: {exc}")
            continue
        if part is None or third(case.group) == part:
            cases.append(case)
    return cases, skipped


def load_duckling(path: str | os.PathLike[str], language: str, part: str | None = None) -> list[DucklingCase]:
    """The cases of ``path`` that can be judged (see :func:`read_duckling`)."""
    return read_duckling(path, language, part)[0]


#: The Duckling cases refused by a documented convention (module docstring, "Refused conventions").
REFUSALS_FILE = Path(__file__).with_name("evaluate_exceptions.toml")


@dataclass(frozen=True)
class Refusal:
    """A Duckling case whose expected answer follows a convention the tagger refuses, and the answer it gives."""

    lang: str
    text: str
    ref: dt.datetime
    #: the convention's key, what it is in words, why it is refused and the authority for the tagger's reading
    convention: str
    title: str
    reason: str
    authority: str
    #: the interval the tagger gives instead
    ours: Interval
    #: what this case adds to the convention's reason (the official day of that year …)
    note: str = ""


def load_refusals(path: str | os.PathLike[str] = REFUSALS_FILE) -> dict[tuple[str, str, dt.datetime], Refusal]:
    """The refused cases of ``path``, keyed by (language, text, ref); a malformed entry raises ValueError."""
    import tomllib

    with open(path, "rb") as handle:
        raw = tomllib.load(handle)
    conventions = raw.get("conventions", {})
    for key, c in conventions.items():
        missing = [f for f in ("title", "reason", "authority") if not str(c.get(f, "")).strip()]
        if missing:
            raise ValueError(f"{path}: convention {key!r} has no {', '.join(missing)}")
    refusals: dict[tuple[str, str, dt.datetime], Refusal] = {}
    for n, case in enumerate(raw.get("cases", ()), start=1):
        label = f"{path}: case {n} ({case.get('lang')} {case.get('text')!r})"
        convention = conventions.get(case.get("convention"))
        if convention is None:
            raise ValueError(f"{label}: unknown convention {case.get('convention')!r}")
        try:
            begin, end = (dt.datetime.fromisoformat(x) for x in case["ours"])
            refusal = Refusal(case["lang"], case["text"], dt.datetime.fromisoformat(case["ref"]), case["convention"],
                              convention["title"], convention["reason"], convention["authority"], Interval(begin, end),
                              case.get("note", ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{label}: {exc} (a case has lang, text, ref, convention, ours = [begin, end])") from None
        key = (refusal.lang, refusal.text, refusal.ref)
        if key in refusals:
            raise ValueError(f"{label}: listed twice")
        refusals[key] = refusal
    return refusals


@dataclass(frozen=True)
class Answer:
    """What the tagger gave for a case: the chosen span of the text and its interval."""

    start: int
    end: int
    text: str
    interval: Interval | None
    value: str | None = None


def pick_answer(text: str, result: Any) -> Answer | None:
    """The timex (or range of two timexes, when ``result`` has ``ranges``) that covers most of ``text``;
    ties go to the earliest start, then to a single timex."""
    timexes = tuple(result.timexes)
    candidates: list[tuple[int, int, int, Answer]] = []
    for t in timexes:
        candidates.append((-(t.end - t.start), t.start, 0, Answer(t.start, t.end, t.text, t.interval, t.value)))
    for r in getattr(result, "ranges", ()) or ():
        try:
            first, last = timexes[r.first], timexes[r.last]
        except (IndexError, AttributeError):
            continue
        interval = None
        if first.interval is not None and last.interval is not None:
            interval = Interval(first.interval.begin, last.interval.end)
        start, end = min(first.start, last.start), max(first.end, last.end)
        value = f"{first.value}/{last.value}"
        candidates.append((-(end - start), start, 1, Answer(start, end, text[start:end], interval, value)))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[:3])[3]


def _parse_offset(offset: str) -> dt.timezone:
    sign = -1 if offset.startswith("-") else 1
    hours, _, minutes = offset.lstrip("+-").partition(":")
    return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes or 0)))


def dateparser_interval(date_obj: dt.datetime | None, period: str | None, case: DucklingCase) -> Interval | None:
    """Convert dateparser's ``(date_obj, period)`` to an interval (rules in the module docstring)."""
    if date_obj is None:
        return None
    if date_obj.tzinfo is not None:
        date_obj = date_obj.astimezone(_parse_offset(case.tz_offset)).replace(tzinfo=None)
    if period in ("year", "quarter", "month", "week", "day"):
        grain = period
    elif period == "part_of_day":
        grain = "hour"
    else:  # "time"
        if case.grain in ("hour", "minute", "second"):
            grain = case.grain
        elif date_obj.second:
            grain = "second"
        elif date_obj.minute:
            grain = "minute"
        else:
            grain = "hour"
    begin = floor_to_grain(date_obj, grain)
    return Interval(begin, add_grain(begin, grain))


def dateparser_settings(ref: dt.datetime, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The baseline's ``DateDataParser`` settings for a reference time (``overrides`` win)."""
    return {
        "RELATIVE_BASE": ref,
        "PREFER_DATES_FROM": "future",
        "RETURN_TIME_AS_PERIOD": True,
        "IGNORE_SURROUNDING_TEXT": True,
        **(overrides or {}),
    }


@dataclass(frozen=True)
class DucklingResult:
    case: DucklingCase
    correct: bool
    answer: Answer | None
    error: str | None = None
    baseline_correct: bool | None = None
    baseline: Interval | None = None
    baseline_period: str | None = None
    #: the documented convention the case is listed under (timeline/evaluate_exceptions.toml), if any
    listed: Refusal | None = None

    @property
    def refused(self) -> bool:
        """Listed, and answered with the interval its listing documents: left out of the kept percentage."""
        return (self.listed is not None and not self.correct and self.answer is not None
                and self.answer.interval == self.listed.ours)

    @property
    def stale(self) -> bool:
        """Listed, but answered as Duckling expects: the listing no longer holds."""
        return self.listed is not None and self.correct


@dataclass(frozen=True)
class DucklingScores:
    language: str
    results: tuple[DucklingResult, ...]
    #: cases that could not be judged, each with the reason (a year before 0001, a missing field …)
    skipped: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def correct(self) -> int:
        return sum(r.correct for r in self.results)

    @property
    def percent(self) -> float:
        return 100 * self.correct / self.total if self.total else 0.0

    @property
    def refused(self) -> int:
        """Cases refused by a documented convention (:attr:`DucklingResult.refused`)."""
        return sum(r.refused for r in self.results)

    @property
    def kept_percent(self) -> float:
        """The percentage of right answers among the cases not refused: the figure held to a bar."""
        kept = self.total - self.refused
        return 100 * self.correct / kept if kept else 0.0

    @property
    def baseline_correct(self) -> int | None:
        if any(r.baseline_correct is None for r in self.results):
            return None
        return sum(bool(r.baseline_correct) for r in self.results)

    @property
    def baseline_percent(self) -> float | None:
        n = self.baseline_correct
        if n is None:
            return None
        return 100 * n / self.total if self.total else 0.0

    @property
    def errors(self) -> int:
        """Cases on which the tagger raised (counted as failures)."""
        return sum(r.error is not None for r in self.results)

    @property
    def failures(self) -> tuple[DucklingResult, ...]:
        """Wrong answers, refused ones included."""
        return tuple(r for r in self.results if not r.correct)

    def listing_problems(self) -> tuple[DucklingResult, ...]:
        """Listed cases whose listing does not hold: answered as Duckling expects (stale), or otherwise than
        documented."""
        return tuple(r for r in self.results if r.listed is not None and not r.refused)

    def by_kind(self) -> dict[str, tuple[int, int]]:
        """kind → (correct, total)."""
        out: dict[str, tuple[int, int]] = {}
        for r in self.results:
            c, t = out.get(r.case.kind, (0, 0))
            out[r.case.kind] = (c + r.correct, t + 1)
        return out


def evaluate_duckling(
    path: str | os.PathLike[str],
    language: str,
    tagger: Tagger | None = None,
    baseline: bool = True,
    baseline_settings: Mapping[str, Any] | None = None,
    prefer: str | None = "future",
    aware_ref: bool = True,
    part: str | None = None,
    refusals: Mapping[tuple[str, str, dt.datetime], Refusal] | None = None,
) -> DucklingScores:
    """Tag every case of ``<path>/<language>.json`` (or the file ``path``) with ``document_date`` = its ref (aware,
    at the case's ``tz_offset``; the naive local ref with ``aware_ref=False``) and ``prefer`` (Duckling's
    forward-looking reading; given only to a tagger that accepts a ``prefer`` argument, and not at all when None)
    and judge the chosen timex's interval; with ``baseline``, run dateparser on the same cases (its settings are
    :func:`dateparser_settings`, forward-looking too, with ``baseline_settings`` overriding
    them, e.g. ``{"PREFER_DATES_FROM": "current_period"}``).

    Each case listed in ``refusals`` (default: :func:`load_refusals` of the project's file) carries its listing.
    An exception from the tagger (or dateparser) on one case is recorded as that case's failure.
    """
    tagger = tagger or _default_tagger()
    refusals = load_refusals() if refusals is None else refusals
    options = {"prefer": prefer} if prefer is not None and _accepts(tagger, "prefer") else {}
    cases, skipped = read_duckling(path, language, part)
    parsers: dict[dt.datetime, Any] = {}
    results = []
    for case in cases:
        answer = error = None
        try:
            reference = case.aware_ref if aware_ref else case.ref
            answer = pick_answer(case.text, tagger(case.text, language, document_date=reference, **options))
        except Exception as exc:  # noqa: BLE001 - a harness records the failure and goes on
            error = f"{type(exc).__name__}: {exc}"
        correct = judge(case, answer.interval if answer else None)
        b_correct = b_interval = b_period = None
        if baseline:
            from dateparser.date import DateDataParser

            try:
                parser = parsers.get(case.ref)
                if parser is None:
                    parser = parsers[case.ref] = DateDataParser(
                        languages=[language], settings=dateparser_settings(case.ref, baseline_settings)
                    )
                data = parser.get_date_data(case.text)
                b_period = data.period
                b_interval = dateparser_interval(data.date_obj, data.period, case)
            except Exception:  # noqa: BLE001 - an unparsable case is a failure of the baseline
                b_interval = None
            b_correct = judge(case, b_interval)
        listed = refusals.get((case.lang, case.text, case.ref))
        results.append(DucklingResult(case, correct, answer, error, b_correct, b_interval, b_period, listed))
    return DucklingScores(language, tuple(results), tuple(skipped))


def _accepts(function: Callable[..., Any], name: str) -> bool:
    """Whether ``function`` can be called with the keyword argument ``name``."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == name and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) or p.kind == p.VAR_KEYWORD
               for p in parameters)


def _interval_str(interval: Interval | None) -> str:
    if interval is None:
        return "—"
    return f"[{interval.begin.isoformat()}, {interval.end.isoformat()})"


def format_duckling(scores: Iterable[DucklingScores], verbose: bool = False) -> str:
    """Per-language table: cases, ours correct and %, cases refused by a documented convention and the % kept
    without them, dateparser correct and %, cases on which the tagger raised; listed cases whose listing does not
    hold; ``verbose`` lists every failure of ours (with dateparser's answer beside it) and every refused case."""
    scores = list(scores)
    lines = [f"{'lang':5} {'cases':>6} {'ours':>7} {'%':>7} {'refused':>8} {'kept %':>7} {'dateparser':>11} {'%':>7} "
             f"{'raised':>7}"]
    total = correct = refused = b_total = b_correct = raised = 0
    for s in scores:
        b = s.baseline_correct
        lines.append(
            f"{s.language:5} {s.total:>6} {s.correct:>7} {s.percent:>7.1f} {s.refused:>8} {s.kept_percent:>7.1f} "
            + (f"{b:>11} {s.baseline_percent:>7.1f}" if b is not None else f"{'—':>11} {'—':>7}")
            + f" {s.errors:>7}"
        )
        total += s.total
        correct += s.correct
        refused += s.refused
        raised += s.errors
        if b is not None:
            b_total += s.total
            b_correct += b
    if len(scores) > 1:
        kept = total - refused
        lines.append(
            f"{'all':5} {total:>6} {correct:>7} {100 * correct / total if total else 0:>7.1f} {refused:>8} "
            f"{100 * correct / kept if kept else 0:>7.1f} "
            + (f"{b_correct:>11} {100 * b_correct / b_total:>7.1f}" if b_total else f"{'—':>11} {'—':>7}")
            + f" {raised:>7}"
        )
    if refused:
        lines.append(f"{refused} cases refused by documented convention ({REFUSALS_FILE.name}): "
                     "kept % = ours / (cases - refused)")
    for s in scores:
        for r in s.listing_problems():
            a = r.answer
            got = f"{a.value} {_interval_str(a.interval)}" if a else (r.error or "nothing")
            why = "answered as Duckling expects" if r.stale else f"answered {got}, not {_interval_str(r.listed.ours)}"
            lines.append(f"LISTED {s.language} {json.dumps(r.case.text, ensure_ascii=False)} ({r.listed.convention}):"
                         f" {why}")
    for s in scores:
        lines.extend(f"SKIP {s.language} {reason}" for reason in s.skipped)
    if verbose:
        for s in scores:
            for r in s.failures:
                if r.refused:
                    continue
                a = r.answer
                got = f"{_span_answer(a)} {a.value} {_interval_str(a.interval)}" if a else (r.error or "nothing")
                lines.append(
                    f"FAIL {s.language} {json.dumps(r.case.text, ensure_ascii=False)} {r.case.kind}/{r.case.grain}"
                    f" expected {r.case.describe()} got {got}"
                    + (f" | dateparser {r.baseline_period} {_interval_str(r.baseline)}" if r.baseline_correct is not None else "")
                )
            for r in s.results:
                if r.refused:
                    lines.append(f"REFUSED {s.language} {json.dumps(r.case.text, ensure_ascii=False)} expected "
                                 f"{r.case.describe()} ours {_interval_str(r.listed.ours)}: {r.listed.title}")
    return "\n".join(lines) + "\n"


def _span_answer(a: Answer) -> str:
    return f"[{a.start}:{a.end}] {json.dumps(a.text, ensure_ascii=False)}"
