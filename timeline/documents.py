"""Reading articles from files: checks that the input is text, its metadata, language and date.

Every problem is raised as :class:`InputError` with one sentence a person can act on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from timeline.docdate import date_from_dateline, date_from_url
from timeline.lang import UnknownLanguageError, load_language
from timeline.lang.detect import LanguageNotDetected, detect_supported
from timeline.model import FIRST_DOCUMENT_DATE, LAST_DOCUMENT_DATE, Document

_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"</?(?:p|div|span|a|br|script|meta|link|table|td|tr|li|ul|h[1-6])\b[^>]*>", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s\"'<>()]+")


#: The largest input read by default, in bytes (``--max-size`` in MB changes it): the pipeline's time grows
#: linearly with the text, some 7 s and 30 MB of memory per MB on one core (``benchmarks/bench_size.py``).
MAX_INPUT_BYTES = 64_000_000


class InputError(Exception):
    """The input cannot be read as an article; the message says why."""


def metadata_path(path: Path) -> Path:
    """``seeds/a.ar.txt`` → ``seeds/a.ar.meta.json``."""
    return path.with_name(path.name[: -len(path.suffix)] + ".meta.json") if path.suffix else path.with_name(
        path.name + ".meta.json")


def document_id(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix == ".txt" else path.name


def read_text(path: Path, max_bytes: int | None = MAX_INPUT_BYTES) -> str:
    """The file's text exactly as read (UTF-8, no newline translation), or an InputError; a file larger than
    ``max_bytes`` is refused before it is read."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a text file")
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"{path}: {size / 1e6:.1f} MB is more than the limit of {max_bytes / 1e6:g} MB; split the "
                         "text, or raise the limit with --max-size")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 text (bad byte at offset {exc.start}); convert it to UTF-8") from None
    if _HTML.search(text) or len(_TAG.findall(text[:5000])) >= 5:
        raise InputError(f"{path}: looks like HTML; save the article as plain text first")
    return text


def _metadata(path: Path) -> dict:
    meta = metadata_path(path)
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{meta}: not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"{meta}: must hold a JSON object")
    return data


def _parse_date(value: str, where: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date (expected YYYY-MM-DD)") from None
    return check_document_date(day, where)


def check_document_date(day: dt.date, where: str) -> dt.date:
    """``day``, or InputError when it lies outside the document dates the tagger can anchor to."""
    if not FIRST_DOCUMENT_DATE <= day <= LAST_DOCUMENT_DATE:
        raise InputError(f"{where}: {day.isoformat()} is outside the document dates the tagger can anchor to "
                         f"({FIRST_DOCUMENT_DATE} to {LAST_DOCUMENT_DATE})")
    return day


def _usable(day: dt.date | None) -> dt.date | None:
    """A date found in a URL or a dateline, when the tagger can anchor to it (else it is no document date)."""
    return day if day is not None and FIRST_DOCUMENT_DATE <= day <= LAST_DOCUMENT_DATE else None


def read_document(path: Path, language: str | None = None, document_date: dt.date | None = None,
                  max_bytes: int | None = MAX_INPUT_BYTES) -> Document:
    """Read an article (at most ``max_bytes``) and settle its language, source URL and document date."""
    text = read_text(path, max_bytes)
    meta = _metadata(path)
    code, language_source = (language, "option") if language else (meta.get("language"), "metadata")
    try:
        if not code:
            found = detect_supported(text)
            code, language_source = found.code, "detected" if found.reliable else "guessed"
        load_language(code)
    except (UnknownLanguageError, LanguageNotDetected) as exc:
        raise InputError(f"{path}: {exc}") from None
    url = meta.get("source_url") or meta.get("url")
    if not url:
        urls = _URL.findall(text)
        url = urls[-1].rstrip(".,;") if urls else None
    source = None
    if document_date is not None:
        check_document_date(document_date, str(path))
        source = "option"
    elif meta.get("document_date") or meta.get("published"):
        document_date = _parse_date(meta.get("document_date") or meta.get("published"), str(metadata_path(path)))
        source = "metadata"
    elif (from_url := _usable(date_from_url(url))) is not None:
        document_date, source = from_url, "url"
    elif (from_text := _usable(date_from_dateline(text, code))) is not None:
        document_date, source = from_text, "text"
    return Document(id=document_id(path), text=text, language=code, url=url, title=meta.get("title"),
                    document_date=document_date, document_date_source=source, path=str(path),
                    language_source=language_source)
