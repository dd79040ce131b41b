"""Whether a word is negated in the parse: a "not" / "n't" / "never" hung on it."""

from __future__ import annotations

from spacy.tokens import Token


def negated(token: Token) -> bool:
    """ "doesn't hold", "wasn't worried" (on the copula's head), "never said"."""
    return any(c.dep_ == "neg" for c in token.children)


def under_no(noun: Token) -> bool:
    """A noun the determiner "no" denies: "no threat", "no evidence", "there's no problem"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def negated_clause(verb: Token) -> bool:
    """A verb negated itself, or through the verb it completes ("did not seem to be
    worried": "be" under a negated "seem")."""
    return negated(verb) or (verb.dep_ == "xcomp" and negated(verb.head))
