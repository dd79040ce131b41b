"""Whether a word is negated in the parse: a "not" / "n't" / "never" hung on it."""

from __future__ import annotations

from spacy.tokens import Token


def negated(token: Token) -> bool:
    """ "doesn't hold", "wasn't worried" (on the copula's head), "never said"."""
    return any(c.dep_ == "neg" for c in token.children)
