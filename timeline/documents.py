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
from timeline.text.mojibake import repair_mojibake
from timeline.webpage import NotAnArticle, WebPage, looks_like_html, read_page

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


#: Saved web pages: read through timeline.webpage (main text, title, language, URL and date of the page).
PAGE_SUFFIXES = (".html", ".htm")


def document_id(path: Path) -> str:
    return path.name[: -len(path.suffix)] if path.suffix == ".txt" or path.suffix.lower() in PAGE_SUFFIXES \
        else path.name


def _megabytes(size: int) -> str:
    """A size as --max-size takes it, to three digits: 57.3 MB, 1.04 MB, 0.00513 MB (a 5 KB file over a 1 KB limit
    is not "0.0 MB")."""
    return f"{size / 1e6:.3g} MB"


def read_text(path: Path, max_bytes: int | None = MAX_INPUT_BYTES, html: bool = False) -> str:
    """The file's text exactly as read (UTF-8, no newline translation), or an InputError; a file larger than
    ``max_bytes`` is refused before it is read; HTML is refused unless ``html`` (a saved page, read by
    :func:`read_document`)."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a text file")
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"{path}: {_megabytes(size)} is more than the limit of {_megabytes(max_bytes)}; split the "
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
    if not html and looks_like_html(text):
        raise InputError(f"{path}: looks like HTML (a web page), not the text this command reads")
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
    """Read an article (at most ``max_bytes``; a text file, or a saved web page whatever its name ends in) and
    settle its language, source URL and document date."""
    text = read_text(path, max_bytes, html=True)
    meta = _metadata(path)
    day, date_source = document_date, "option"
    if day is not None:
        check_document_date(day, str(path))
    elif meta.get("document_date") or meta.get("published"):
        day = _parse_date(meta.get("document_date") or meta.get("published"), str(metadata_path(path)))
        date_source = "metadata"
    return document_from_text(text, document_id(path), str(path), language=language or meta.get("language"),
                              language_source="option" if language else "metadata",
                              url=meta.get("source_url") or meta.get("url"), document_date=day,
                              date_source=date_source, title=meta.get("title"), path=str(path))


def document_from_text(text: str, doc_id: str, where: str, *, language: str | None = None,
                       language_source: str = "metadata", url: str | None = None,
                       document_date: dt.date | None = None, date_source: str = "metadata",
                       title: str | None = None, path: str | None = None) -> Document:
    """An article from its text (plain, or a saved page's HTML) and what is known about it; ``where`` names it in
    errors. The document date is ``document_date`` (its origin ``date_source``), else the page's, else the URL's,
    else a dateline's."""
    page: WebPage | None = None
    if looks_like_html(text):
        try:
            page = read_page(text, url)
        except NotAnArticle as exc:
            raise InputError(f"{where}: {exc}") from None
        text, url, title = page.text, url or page.url, title or page.title
    text = repair_mojibake(text)  # "miÃ©rcoles": the offsets count in the text as it was written
    title = repair_mojibake(title) if title else title
    code = language
    if not code and page is not None and page.language:
        code, language_source = page.language, "page"
    try:
        if not code:
            found = detect_supported(text)
            code, language_source = found.code, "detected" if found.reliable else "guessed"
        load_language(code)
    except (UnknownLanguageError, LanguageNotDetected) as exc:
        raise InputError(f"{where}: {exc}") from None
    if not url:
        urls = _URL.findall(text)
        url = urls[-1].rstrip(".,;") if urls else None
    source = date_source if document_date is not None else None
    if document_date is None and page is not None and (from_page := _usable(page.published)) is not None:
        document_date, source = from_page, "page"
    if document_date is None and (from_url := _usable(date_from_url(url))) is not None:
        document_date, source = from_url, "url"
    if document_date is None and (from_text := _usable(date_from_dateline(text, code))) is not None:
        document_date, source = from_text, "text"
    return Document(id=doc_id, text=text, language=code, url=url, title=title, document_date=document_date,
                    document_date_source=source, path=path, language_source=language_source)
