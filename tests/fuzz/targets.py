"""The fuzz targets: one function per entry point that takes untrusted input, each given raw bytes.

A target returns normally for every input the entry point handles (including the errors it is meant to raise:
``InputError``, ``TimelineError``); anything else it raises, or a broken invariant (an ``AssertionError``), is a
crash. ``tests/fuzz/fuzz.py`` runs them under atheris; ``tests/test_fuzz_regressions.py`` replays every input kept
in ``tests/fuzz/crashes/<target>/`` and ``tests/fuzz/seeds/<target>/``.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Callable


def _provider(data: bytes):
    import atheris

    return atheris.FuzzedDataProvider(data)


class _Bytes:
    """A stand-in for atheris' FuzzedDataProvider where atheris is absent (replaying kept inputs needs no fuzzer):
    the same kinds of choices, read from the front of the input."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def ConsumeIntInRange(self, low: int, high: int) -> int:  # noqa: N802 - atheris' names
        if not self.data:
            return low
        value, self.data = self.data[0], self.data[1:]
        return low + value % (high - low + 1)

    def ConsumeBool(self) -> bool:  # noqa: N802
        return bool(self.ConsumeIntInRange(0, 1))

    def ConsumeBytes(self, count: int) -> bytes:  # noqa: N802
        taken, self.data = self.data[:count], self.data[count:]
        return taken

    def ConsumeUnicodeNoSurrogates(self, count: int) -> str:  # noqa: N802
        return self.ConsumeBytes(count).decode("utf-8", "replace")

    def remaining_bytes(self) -> int:
        return len(self.data)


def provider(data: bytes):
    """atheris' FuzzedDataProvider over ``data`` when atheris is installed, else the stand-in."""
    try:
        return _provider(data)
    except ImportError:
        return _Bytes(data)


_DATES = (None, dt.date(2025, 9, 25), dt.date(2, 1, 1), dt.date(9997, 12, 31), dt.datetime(2013, 2, 12, 4, 30),
          dt.datetime(2013, 2, 12, 4, 30, tzinfo=dt.timezone(dt.timedelta(hours=-2))), dt.date(1, 1, 1),
          dt.datetime(9999, 12, 31, 23, 59))


def tagger(data: bytes) -> None:
    """``tag(text, language, document_date, prefer)``: never raises; spans inside the text, in order, not
    overlapping; every interval begins before it ends."""
    from timeline.lang import available_languages
    from timeline.tagger import tag

    fdp = provider(data)
    languages = available_languages()
    code = languages[fdp.ConsumeIntInRange(0, len(languages) - 1)]
    document_date = _DATES[fdp.ConsumeIntInRange(0, len(_DATES) - 1)]
    prefer = (None, "news", "future", "past")[fdp.ConsumeIntInRange(0, 3)]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    result = tag(text, code, document_date, prefer=prefer)
    previous_end = 0
    for t in result.timexes:
        assert previous_end <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text, t
        assert t.interval is None or t.interval.begin < t.interval.end, t
        previous_end = t.end
    assert all(0 <= r.first < r.last < len(result.timexes) for r in result.ranges)


def read_document(data: bytes) -> None:
    """``read_document(path)`` on any bytes, with or without a metadata file beside it: a Document (then built
    into a timeline) or an InputError, nothing else."""
    from timeline.documents import InputError
    from timeline.documents import read_document as read
    from timeline.pipeline import build_timeline

    fdp = provider(data)
    meta = fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 200)) if fdp.ConsumeBool() else None
    text = fdp.ConsumeBytes(fdp.remaining_bytes())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_bytes(text)
        if meta is not None:
            (Path(folder) / "article.meta.json").write_bytes(meta)
        try:
            doc = read(path)
        except InputError as exc:
            assert str(exc).startswith(str(Path(folder))) and "\n" not in str(exc).strip(), exc
            return
        build_timeline([doc])


def timeline_json(data: bytes) -> None:
    """``load_timeline(text)``: a Timeline (which round-trips through its JSON) or a TimelineError."""
    from timeline.schema import TimelineError, load_timeline

    try:
        timeline = load_timeline(data.decode("utf-8", "replace"))
    except TimelineError:
        return
    assert load_timeline(timeline.to_json()) == timeline


def ics_writer(data: bytes) -> None:
    """``render_ics(timeline)`` of any valid timeline JSON: never raises, and icalendar reads back one VEVENT per
    event with its title."""
    import icalendar

    from timeline.export.ics import _clean_text, render_ics
    from timeline.schema import TimelineError, load_timeline

    try:
        timeline = load_timeline(data.decode("utf-8", "replace"))
    except TimelineError:
        return
    calendar = icalendar.Calendar.from_ical(render_ics(timeline))
    summaries = sorted(str(v["SUMMARY"]) for v in calendar.walk("VEVENT"))
    assert summaries == sorted(_clean_text(e.title) for e in timeline.events), summaries


TARGETS: dict[str, Callable[[bytes], None]] = {
    "tagger": tagger,
    "read_document": read_document,
    "timeline_json": timeline_json,
    "ics_writer": ics_writer,
}

def warm_up(target: str) -> None:
    """Load what the first inputs would otherwise pay for (every language's grammar, the gazetteer), so that the
    fuzzer's per-input time limit measures the code, not the loading."""
    if target in ("tagger", "read_document"):
        from timeline.lang import available_languages
        from timeline.places import find_places
        from timeline.tagger import tag

        for code in available_languages():
            tag("1 January 2025", code, dt.date(2025, 1, 1))
            find_places("Paris", code)
    for path in kept_inputs(target):
        try:
            TARGETS[target](path.read_bytes())
        except Exception:  # noqa: BLE001 - a kept crash input is the fuzzer's to report
            pass


HERE = Path(__file__).resolve().parent
SEEDS = HERE / "seeds"
CRASHES = HERE / "crashes"


def kept_inputs(target: str) -> list[Path]:
    """The seeds and crash inputs kept for ``target``."""
    return sorted(p for folder in (SEEDS / target, CRASHES / target) if folder.is_dir()
                  for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


os.environ.setdefault("SOURCE_DATE_EPOCH", "1767225600")
