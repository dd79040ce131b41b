"""'X's contention was that C': a noun of claiming, owned by its speaker, that a copula
says is a that-clause. `shapes.noun_cues` reads only the noun's own clause ("X's claim
that C"); here the clause hangs off "was"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found
from briefing.attribution.text.lexicon import LIBERAL_RATIO, cue_kind
from briefing.attribution.text.spans import clause_span, name_span, token_offsets

SHAPE = "contention"


def _that_clause(copula: Token) -> Token | None:
    return next(
        (
            c
            for c in copula.children
            if c.dep_ == "ccomp"
            and any(t.dep_ == "mark" and t.lower_ == "that" for t in c.children)
        ),
        None,
    )


def contention_cues(sentence: Span) -> Iterator[Found]:
    """'Beck's contention was that C', 'her view is that C': the owner's claim."""
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
            continue
        kind = cue_kind(noun.lemma_, "NOUN", LIBERAL_RATIO)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = _that_clause(noun.head)
        if kind is None or owner is None or clause is None:
            continue
        # the parser may hang the clause's own verb on the copula ("was that T is, in
        # fact, appealing to Y"): the rest of the copula's words after "that" are content
        start = clause_span(clause)[0]
        rest = [t for t in noun.head.subtree if t.idx >= start and not t.is_punct]
        content = (start, max(t.idx + len(t) for t in rest))
        cue = token_offsets(noun)
        yield Found(cue, kind, owner, name_span(owner), content, SHAPE, noun, rule=True)
