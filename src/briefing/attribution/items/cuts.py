"""Where an overlong paraphrase may end: before a constituent the parse attaches to the
right of its head and the head can do without (a conjunct, an adverbial or relative
clause, a prepositional phrase), so that the words kept end on a whole phrase, not
mid-clause ("... towards Asia [...]", not "... towards Asia and an [...]")."""

from __future__ import annotations

from spacy.tokens import Span, Token

# dependents a head reads whole without: coordinations, modifiers, clauses set beside it
_LOOSE = frozenset({"conj", "advcl", "prep", "relcl", "acl", "appos", "parataxis", "agent"})
# what is left out at a cut: the word was for the cut-off part
PLACEHOLDER = " [...]"


def _joining(token: Token) -> bool:
    """Punctuation or a coordinating conjunction before a cut ("..., and")."""
    return token.is_punct or token.dep_ in ("cc", "preconj")


def cut_points(span: Span, start: int) -> list[int]:
    """Token indices past `start` where the paraphrase may end (the cut-off constituent's
    first token, its joining comma or conjunction before it included), latest first."""
    doc = span.doc
    points: set[int] = set()
    for token in doc[start : span.end]:
        if token.dep_ not in _LOOSE or token.head.i >= token.i:
            continue
        left = token.left_edge.i
        while left > start and _joining(doc[left - 1]):
            left -= 1
        if left > start:
            points.add(left)
    return sorted(points, reverse=True)
