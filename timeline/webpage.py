"""Saved web pages: the article's own text, title, language, URL and publication date, without the page around it.

A saved news page holds the article between menus, sidebars, "read also" lists, bylines, share buttons, cookie
banners and footers, every one full of dates that are no events. ``trafilatura`` finds the main text (it scores
the page's blocks by their text and link density and knows the usual boilerplate markup); the page's own
metadata gives the title, the canonical URL and the publication date (``<meta property="article:published_time">``,
JSON-LD ``datePublished``, ``<time>``: ``htmldate`` through trafilatura, reading markup only, never guessing from
the body). The document date rules then run as for a text file with metadata: the page's date, else its URL, else
a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: An HTML document, or text with enough tags to be one (a saved page, HTML pasted into a JSON line).
_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_TAG = re.compile(r"</?(?:p|div|span|a|br|script|meta|link|table|td|tr|li|ul|h[1-6])\b[^>]*>", re.IGNORECASE)
_LANG_ATTR = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
#: Markup that names a byline or a publication line inside the article (class names sites use for them, and
#: schema.org's ``author``): its dates are the page's, not events. A convention of HTML, not of a language.
_BYLINE_CLASSES = ("byline", "author", "auteur", "autor", "autore", "signature", "article-meta", "published",
                   "timestamp", "dateline")
BYLINE_XPATH = "|".join(
    [f"//*[contains(concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ' '), '{c}')]"
     for c in _BYLINE_CLASSES] + ["//*[@itemprop='author']", "//*[@rel='author']"])
#: Fewer characters than this is no article (a page of links, an empty template, an error page).
MIN_TEXT = 80


class NotAnArticle(ValueError):
    """The page holds no article text; the message says so in one sentence."""


@dataclass(frozen=True)
class WebPage:
    """What a saved page tells about its article."""

    text: str
    title: str | None
    #: The language the page declares (``<html lang="fr-FR">`` → "fr"), if any.
    language: str | None
    url: str | None
    published: dt.date | None


def looks_like_html(text: str) -> bool:
    """An HTML document, or text with at least five tags in its first 5,000 characters."""
    return bool(_HTML.search(text)) or len(_TAG.findall(text[:5000])) >= 5


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def read_page(html: str, url: str | None = None) -> WebPage:
    """The article of a saved page: its main text (paragraphs on their own lines), title, declared language,
    canonical URL (else ``url``) and publication date. Raises :class:`NotAnArticle` when no article text is left
    once the boilerplate is gone."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        include_links=False, favor_precision=True, deduplicate=False, prune_xpath=BYLINE_XPATH,
        # the date from the page's markup and URL only: a date guessed from the body could be any date it names
        date_extraction_params={"extensive_search": False, "original_date": True})
    text = (found.text or "").strip() if found is not None else ""
    if len(text) < MIN_TEXT:
        raise NotAnArticle("the page holds no article text (only navigation, links or markup)")
    declared = _LANG_ATTR.search(html[:5000])
    return WebPage(text=text + "\n", title=(found.title or None), language=declared.group(1).lower() if declared else None,
                   url=found.url or url, published=_date(found.date))
