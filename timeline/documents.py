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
from timeline.lang.detect import LanguageNotDetected, detect_language
from timeline.model import Document
from timeline.webpage import NotAnArticle, WebPage, looks_like_html, read_page

_URL = re.compile(r"https?://[^\s\"'<>()]+")


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


def read_text(path: Path, html: bool = False) -> str:
    """The file's text exactly as read (UTF-8, no newline translation), or an InputError; HTML is refused unless
    ``html`` (a saved page, read by :func:`read_document`)."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a text file")
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
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date (expected YYYY-MM-DD)") from None


def read_document(path: Path, language: str | None = None, document_date: dt.date | None = None) -> Document:
    """Read an article (a text file, or a saved web page, whatever its name ends in) and settle its language, source URL and
    document date."""
    text = read_text(path, html=True)
    meta = _metadata(path)
    day = document_date
    if day is None and (meta.get("document_date") or meta.get("published")):
        day = _parse_date(meta.get("document_date") or meta.get("published"), str(metadata_path(path)))
    return document_from_text(text, document_id(path), str(path), language=language or meta.get("language"),
                              url=meta.get("source_url") or meta.get("url"), document_date=day,
                              date_source="option" if document_date is not None else "metadata",
                              title=meta.get("title"), path=str(path))


def document_from_text(text: str, doc_id: str, where: str, *, language: str | None = None, url: str | None = None,
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
    code = language or (page.language if page else None)
    try:
        code = code or detect_language(text)
        load_language(code)
    except (UnknownLanguageError, LanguageNotDetected) as exc:
        raise InputError(f"{where}: {exc}") from None
    if not url:
        urls = _URL.findall(text)
        url = urls[-1].rstrip(".,;") if urls else None
    source = date_source if document_date is not None else None
    if document_date is None and page is not None and page.published is not None:
        document_date, source = page.published, "page"
    if document_date is None and (from_url := date_from_url(url)) is not None:
        document_date, source = from_url, "url"
    if document_date is None and (from_text := date_from_dateline(text, code)) is not None:
        document_date, source = from_text, "text"
    return Document(id=doc_id, text=text, language=code, url=url, title=title, document_date=document_date,
                    document_date_source=source, path=path)
