"""Reading an article from a file or stdin, with clear errors on bad input."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import ArticleError

STDIN = "-"
_MAX_TITLE_CHARS = 150


@dataclass(frozen=True)
class Article:
    """An article's text and where it came from."""

    id: str
    source: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def title(self) -> str | None:
        """The first line, when it stands alone like a headline."""
        first, _, rest = self.text.strip().partition("\n")
        first = first.strip()
        looks_like_title = (
            0 < len(first) <= _MAX_TITLE_CHARS
            and rest.startswith("\n")
            and not first.endswith((".", "!", "?", ":"))
        )
        return first if looks_like_title else None


def decode_article(raw: bytes, source: str, article_id: str | None = None) -> Article:
    """Check and decode raw bytes; raise ArticleError naming `source` on bad input."""
    if b"\x00" in raw:
        raise ArticleError(f"{source}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{source}: not valid UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise ArticleError(f"{source}: the article is empty")
    if article_id is None:
        article_id = "stdin-" + hashlib.sha256(raw).hexdigest()[:12]
    return Article(id=article_id, source=source, text=text)


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
    return decode_article(raw, source, article_id=path.stem)
