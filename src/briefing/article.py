"""Reading an article from a file or stdin, with clear errors on bad input."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from briefing.errors import ArticleError
from briefing.webpage import HTML_SUFFIXES, extract_html, looks_like_html

STDIN = "-"
_MAX_TITLE_CHARS = 150
MAX_PARSE_CHARS = 1_000_000  # what the spaCy parse takes (`attribution.text.parse` sets it)


@dataclass(frozen=True)
class Article:
    """An article's text and where it came from."""

    id: str
    source: str
    text: str
    given_title: str | None = None
    url: str | None = None
    extracted_from: Literal["html"] | None = None
    """'html' when `text` was extracted from a page; spans then refer to `text`."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def title(self) -> str | None:
        """The title given with the article, else its first line when it stands alone."""
        if self.given_title:
            return self.given_title
        first, _, rest = self.text.strip().partition("\n")
        first = first.strip()
        looks_like_title = (
            0 < len(first) <= _MAX_TITLE_CHARS
            and rest.startswith("\n")
            and not first.endswith((".", "!", "?", ":"))
        )
        return first if looks_like_title else None


def decode_article(
    raw: bytes, source: str, article_id: str | None = None, html: bool = False
) -> Article:
    """Check and decode raw bytes; raise ArticleError naming `source` on bad input.

    HTML (by `html`, or detected) becomes the page's extracted main text.
    """
    if b"\x00" in raw:
        utf16 = utf16_refusal(raw, source)
        raise ArticleError(f"{source}: {utf16 or 'looks like a binary file, not text'}")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{source}: not valid UTF-8 text (byte {exc.start})") from exc
    if article_id is None:
        article_id = "stdin-" + hashlib.sha256(raw).hexdigest()[:12]
    return article_from_text(text, source, article_id, html=html)


def utf16_refusal(raw: bytes, source: str) -> str | None:
    """Why `raw` is refused when it is UTF-16 text (by its BOM, or its NULs), with the fix."""
    encoding = _utf16_encoding(raw)
    if encoding is None:
        return None
    iconv = f"iconv -f {encoding} -t UTF-8"
    if source == "<stdin>":
        return f"UTF-16 text, not UTF-8; convert it first, e.g. pipe it through {iconv}"
    path = Path(source)
    converted = path.with_name(f"{path.stem}-utf8{path.suffix}")
    return f"UTF-16 text, not UTF-8; convert it first, e.g. {iconv} {source} > {converted}"


def _utf16_encoding(raw: bytes) -> str | None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    if len(raw) < 2 or len(raw) % 2:
        return None
    high_first = raw[0::2].count(0) > len(raw) // 4 and not raw[1::2].count(0)
    low_first = raw[1::2].count(0) > len(raw) // 4 and not raw[0::2].count(0)
    return "UTF-16BE" if high_first else "UTF-16LE" if low_first else None


def article_from_text(
    text: str,
    source: str,
    article_id: str,
    title: str | None = None,
    url: str | None = None,
    html: bool = False,
) -> Article:
    """An article from decoded text; HTML pages are reduced to their main text."""
    if not text.strip():
        raise ArticleError(f"{source}: the article is empty")
    if html or looks_like_html(text):
        page = extract_html(text, source)
        article = Article(
            article_id, source, page.text, title or page.title, url or page.url, "html"
        )
    else:
        article = Article(article_id, source, text, title, url)
    check_parse_length(article.text, source)
    return article


def check_parse_length(text: str, source: str) -> None:
    """Refuse a text longer than the parse takes, before any work (ArticleError)."""
    if len(text) > MAX_PARSE_CHARS:
        raise ArticleError(
            f"{source}: too long to parse: {len(text)} characters, more than the "
            f"{MAX_PARSE_CHARS} the parser takes; split the article"
        )


def read_article(source: str) -> Article:
    """Read an article from a path, or from stdin when `source` is '-'."""
    if source == STDIN:
        return decode_article(sys.stdin.buffer.read(), "<stdin>")
    path = Path(source)
    if not path.exists():
        raise ArticleError(f"{source}: no such file")
    if path.is_dir():
        raise ArticleError(f"{source}: is a directory, not an article file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{source}: cannot read ({exc.strerror})") from exc
    html = path.suffix.lower() in HTML_SUFFIXES
    return decode_article(raw, source, article_id=path.stem, html=html)
