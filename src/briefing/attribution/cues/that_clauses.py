"""A content of several that-clauses is one claim per clause.

"X said that A and that B" is two claims (the guide's "said that A and that B", and "I
have no doubt that A and that B"): the parse hangs "that B" on A as a conjunct with a
"that" of its own. Each clause becomes its own candidate, the same speaker's and kind.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.text.spans import (
    Offsets,
    content_roots,
    joined_clause,
    tokens_span,
    trim,
)

MIN_CLAUSE_WORDS = 3


def _own_that(token: Token) -> bool:
    """Whether a conjunct clause opens with its own "that" after an "and"."""
    marks = [c for c in token.children if c.dep_ == "mark" and c.i < token.i]
    return bool(marks) and marks[0].lower_ == "that"


def _clause(doc: Doc, tokens: list[Token]) -> Offsets | None:
    """The tokens' span without a leading "that", a trailing "and" or punctuation."""
    span = tokens_span(joined_clause(tokens))
    if span is None:
        return None
    text = doc.text
    return trim(text, *span) if len(text[span[0] : span[1]].split()) >= MIN_CLAUSE_WORDS else None


def that_clauses(doc: Doc, content: Offsets) -> list[Offsets]:
    """The content's that-clauses, in order, when it joins two or more; else []."""
    roots = content_roots(doc, content)
    if len(roots) != 1 or roots[0].dep_ != "ccomp":
        return []
    root = roots[0]
    joined = [c for c in root.children if c.dep_ == "conj" and c.i > root.i and _own_that(c)]
    if not joined:
        return []
    inside = [t for t in root.subtree if content[0] <= t.idx < content[1]]
    starts = [c.left_edge.i for c in joined]
    parts: list[Offsets] = []
    for at, end in zip([inside[0].i, *starts], [*starts, inside[-1].i + 1], strict=True):
        clause = _clause(doc, [t for t in inside if at <= t.i < end])
        if clause is None:
            return []
        parts.append(clause)
    return parts


def split_that_clauses(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Each claim whose content joins that-clauses replaced by one claim per clause."""
    out: list[Candidate] = []
    for candidate in candidates:
        parts = that_clauses(doc, candidate.content) if candidate.kind == "claim" else []
        out += [replace(candidate, content=part) for part in parts] or [candidate]
    return out
