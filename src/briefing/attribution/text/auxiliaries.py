"""Whether an auxiliary hangs on a word in the parse: a modal ("will", "should"), the
infinitive's "to", the passive's "was"."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

_ACTIVE = ("aux",)
_EITHER = ("aux", "auxpass")


def has_aux(
    token: Token,
    words: Collection[str] | None = None,
    *,
    lemma: bool = False,
    passive: bool = False,
) -> bool:
    """An "aux" child of the token, any or one of `words` (compared lower-cased: its surface
    form, or its lemma with `lemma`); with `passive` an "auxpass" child counts too."""
    deps = _EITHER if passive else _ACTIVE
    for c in token.children:
        if c.dep_ not in deps:
            continue
        if words is None or (c.lemma_.lower() if lemma else c.lower_) in words:
            return True
    return False


def to_infinitive(verb: Token) -> bool:
    """A verb with the infinitive's "to" ("tried to downplay", "in order to win")."""
    return has_aux(verb, ("to",))


def passive_voice(verb: Token) -> bool:
    """A verb with a passive auxiliary ("was denied", "has been stopped")."""
    return any(c.dep_ == "auxpass" for c in verb.children)
