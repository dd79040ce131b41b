"""Claims made by naming or accusing someone, read off the parse.

The labelling guide (evals/README, "Cases decided while labelling news-train") makes an
accusation ("accused the firm of wage theft") a claim of the accuser, the verb kept in
the quote; a naming verb ("called the plan 'a disaster'", "described X as Y") says what
its label says, quoted from the one named to the label. The general verb shape
(`shapes.verb_cues`) reads only the object ("the firm", "the plan") of these.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.shapes import Found, cue_speaker
from briefing.attribution.spans import Offsets, name_span, token_offsets, trimmed_span

# verb -> the preposition that carries the charge ("accused X of Y", "charged X with Y")
ACCUSING = {"accuse": "of", "charge": "with"}
SHAPE = "label"


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _object(verb: Token) -> Token | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.lower_ in ("what", "which", "who", "whom", "that"):
        return None
    return obj


def _accused(verb: Token) -> Offsets | None:
    """ "accused X of V-ing", "charging X with crimes": the verb, X and the charge."""
    word = ACCUSING.get(verb.lemma_.lower())
    obj = _object(verb) if word is not None else None
    if obj is None or _negated(verb):
        return None
    holders = [verb, obj]  # the preposition hangs on the verb or on its object
    prep = next(
        (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == word), None
    )
    if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return trimmed_span([verb, *obj.subtree, *prep.subtree])


def speaker(verb: Token) -> Token | None:
    """The cue's speaker; a verb joined to a cue verb without a subject of its own ("X
    said C and accused Y of Z") shares that verb's."""
    own = cue_speaker(verb)
    if own is not None or verb.dep_ != "conj":
        return own
    return cue_speaker(verb.head)


def label_cues(sentence: Span) -> Iterator[Found]:
    """Claims by accusing verbs (kept by the rules)."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        content = _accused(token)
        source = speaker(token) if content is not None else None
        if content is None or source is None:
            continue
        cue = token_offsets(token)
        yield Found(cue, "claim", source, name_span(source), content, SHAPE, token)
