"""Source type of an attributed quote, read from the article around its span.

- `direct`: the quote is, or sits inside, quotation marks ("…", “…”).
- `according-to`: otherwise, its sentence attributes it with "according to".
- `paraphrase`: any other reported speech ("X said that …", "X warned …").

Both sides are typed the same way from their own span: a gold item (for
true positives and misses) and a predicted item (for false positives), so
per-type precision and recall use one rule.
"""

from __future__ import annotations

import re
from typing import Literal

SourceType = Literal["direct", "paraphrase", "according-to"]

_OPENING = '"“«„'
_CLOSING = '"”»“'
_LOOK = 3  # characters either side that may hold a quotation mark
_SENTENCE_END = re.compile(r"[.!?\n]")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)


def sentence(text: str, span: tuple[int, int]) -> str:
    """The sentence(s) holding the span, by the nearest stops either side."""
    start, end = span
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, max(start - 1, 0))]
    after = _SENTENCE_END.search(text, end)
    return text[before[-1] if before else 0 : after.end() if after else len(text)]


def source_type(text: str, span: tuple[int, int]) -> SourceType:
    """Direct quote, "according to", or paraphrase (see the module doc)."""
    start, end = span
    quote = text[start:end]
    if any(mark in quote for mark in _OPENING + _CLOSING):
        return "direct"
    left, right = text[max(start - _LOOK, 0) : start], text[end : end + _LOOK]
    if any(mark in left for mark in _OPENING) and any(mark in right for mark in _CLOSING):
        return "direct"
    if _ACCORDING.search(sentence(text, span)):
        return "according-to"
    return "paraphrase"
