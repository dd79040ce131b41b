"""Words a content quotes inside itself: another voice, whose pronouns are not the speaker's."""

from __future__ import annotations

from spacy.tokens import Span

_SINGLE = frozenset({"'", "‘", "’"})


def inner_quotes(span: Span) -> set[int]:
    """Indices of the tokens inside single quotation marks opened after the span's first word
    ('"Trump just saying \\'believe me\\' is not enough," X said': "me" is Trump, not X).
    A span that opens with the single mark is itself the quotation, and keeps its words; one
    that ends before the quoted words close keeps the rest as quoted."""
    inside: set[int] = set()
    opened: int | None = None
    for token in span[1:]:
        if token.text not in _SINGLE:
            continue
        if token.tag_ == "``":
            opened = token.i
        elif token.tag_ == "''" and opened is not None:
            inside |= set(range(opened + 1, token.i))
            opened = None
    if opened is not None:  # the content ends before the quoted words close
        inside |= set(range(opened + 1, span.end))
    return inside
