"""Placing a quote in its article: exact, then normalized, then fuzzy.

The span always comes from the article, never from the model, and the quote
a briefing shows is the article's own text at that span.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

Method = Literal["exact", "normalized", "fuzzy"]

# Characters folded before comparing: curly quotes, dashes, odd spaces.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": ".",
    }
)
_EDGE_CHARS = " \t\n\"'.,;:!?()[]-"
MIN_QUOTE_CHARS = 8
DEFAULT_FUZZY_THRESHOLD = 90.0


@dataclass(frozen=True)
class Span:
    """Where a quote sits in the article: [start, end) character offsets."""

    start: int
    end: int
    method: Method
    score: float

    def text(self, article: str) -> str:
        return article[self.start : self.end]


def _normalize(text: str) -> tuple[str, list[int]]:
    """Fold quotes/dashes, lowercase, collapse whitespace; map each char back."""
    chars: list[str] = []
    index: list[int] = []
    previous_space = True
    for position, char in enumerate(text.translate(_FOLD).lower()):
        if char.isspace():
            if previous_space:
                continue
            char = " "
            previous_space = True
        else:
            previous_space = False
        chars.append(char)
        index.append(position)
    return "".join(chars), index


def _trim(quote: str) -> str:
    return quote.translate(_FOLD).strip(_EDGE_CHARS)


def _snap_to_words(article: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy span to whole words; trim spaces and punctuation at its edges."""
    while start > 0 and article[start - 1].isalnum() and article[start].isalnum():
        start -= 1
    while end < len(article) and article[end - 1].isalnum() and article[end].isalnum():
        end += 1
    while start < end and (article[start].isspace() or article[start] in ".,;:"):
        start += 1
    while end > start and (article[end - 1].isspace() or article[end - 1] in ".,;:"):
        end -= 1
    return start, end


def _nearest(needle: str, haystack: str, near: int | None, index: list[int] | None = None) -> int:
    """Where `needle` occurs in `haystack`: the occurrence whose article offset (through
    `index` when given) is nearest `near`, else the first; -1 when it does not occur."""
    found = haystack.find(needle)
    if near is None:
        return found
    hits = []
    while found >= 0:
        hits.append(found)
        found = haystack.find(needle, found + 1)
    return min(hits, key=lambda at: abs((index[at] if index else at) - near), default=-1)


def locate(
    quote: str,
    article: str,
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD,
    near: int | None = None,
) -> Span | None:
    """Find `quote` in `article`; None when it cannot be placed with confidence. With
    `near` (where the quote was taken from), a quote whose words occur more than once is
    placed at the occurrence nearest that offset, not at the first."""
    if len(quote.strip()) < MIN_QUOTE_CHARS:
        return None
    start = _nearest(quote, article, near)
    if start >= 0:
        return Span(start, start + len(quote), "exact", 100.0)
    needle, _ = _normalize(_trim(quote))
    if len(needle) < MIN_QUOTE_CHARS:
        return None
    haystack, index = _normalize(article)
    found = _nearest(needle, haystack, near, index)
    if found >= 0:
        begin, finish = index[found], index[found + len(needle) - 1] + 1
        return Span(begin, finish, "normalized", 100.0)
    alignment = fuzz.partial_ratio_alignment(needle, haystack, score_cutoff=fuzzy_threshold)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    # The matched article text must cover most of the quote, not a fragment of it.
    matched = alignment.dest_end - alignment.dest_start
    if matched < 0.8 * len(needle):
        return None
    begin = index[alignment.dest_start]
    finish = index[alignment.dest_end - 1] + 1
    begin, finish = _snap_to_words(article, begin, finish)
    return Span(begin, finish, "fuzzy", round(alignment.score, 1))
