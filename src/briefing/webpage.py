"""HTML pages: telling them from text, and extracting the article with trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.errors import ArticleError

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_DOCUMENT_START = re.compile(r"\A\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
_BLOCK_TAG = re.compile(r"</?(p|div|br|span|a|article|section|h[1-6]|li|script|meta)\b[^>]*>", re.I)
_MIN_BLOCK_TAGS = 5
# Article text holds at least one sentence: a line with some length that ends as one.
# Menus, link lists and button labels ("Home Login") do not.
_SENTENCE = re.compile(r"\w[^\n]{10,}?[.!?。！？…]['\"”’»)]*(\s|$)")


@dataclass(frozen=True)
class Extracted:
    """The main text of a page, its title and its URL (when the page states them)."""

    text: str
    title: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """A page starts like an HTML document, or is dense with markup in its first 4 kB."""
    head = text[:4096]
    return bool(_DOCUMENT_START.match(head)) or len(_BLOCK_TAG.findall(head)) >= _MIN_BLOCK_TAGS


def extract_html(page: str, source: str) -> Extracted:
    """The page's main text (boilerplate removed) and metadata; one-line error if none."""
    import trafilatura

    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) or ""
    if not _SENTENCE.search(text):
        raise ArticleError(f"{source}: an HTML page with no article text that can be extracted")
    title = getattr(document, "title", None) or None
    url = getattr(document, "url", None) or None
    return Extracted(text=text, title=title, url=url)
