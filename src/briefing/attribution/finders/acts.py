"""Claims made by a speech act whose words the verb sums up, read off the parse.

"criticized Obama for proposing X", "lashed out at Turkey for Y", "complained bitterly
about X", "railed against X", "dared the Turks to try it again", "did not rule out X":
the labelling guide quotes the act with its verb, as it quotes an accusation
(`labels`). The general verb shape (`shapes.verb_cues`) reads none of these, or only
the object ("Obama").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found
from briefing.attribution.finders.labels import named_source, reported, speaker
from briefing.attribution.text.negation import negated
from briefing.attribution.text.spans import Offsets, name_span, token_offsets, trimmed_span

# verbs that judge someone for something: "criticized X for Y" (verb, X and the reason)
JUDGING_FOR = frozenset(
    {"criticize", "praise", "chastise", "fault", "rebuke", "scold", "chide", "berate"}
    | {"castigate", "commend", "applaud", "lambaste", "slam", "blast", "condemn", "excoriate"}
)
# verb -> the prepositions whose object is what is said: "complained about X"
SPOKEN_ABOUT = {
    "complain": ("about",),
    "rail": ("about", "against"),
    "inveigh": ("against",),
    "argue": ("against",),
}
# what the parse may hang on the verb that belongs to its content ("to intervene")
_GOING_ON = frozenset({"advcl", "xcomp"})
SHAPE = "act"


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _prep(holders: list[Token], words: tuple[str, ...], after: int) -> Token | None:
    """A preposition among the holders' children (after token `after`) with an object."""
    return next(
        (
            c
            for h in holders
            for c in h.children
            if c.dep_ == "prep"
            and c.lower_ in words
            and c.i > after
            and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        ),
        None,
    )


def _judged(verb: Token) -> Offsets | None:
    """ "criticized X for Y", "lashed out at X for Y": the verb, X and the reason."""
    lemma = verb.lemma_.lower()
    if lemma in JUDGING_FOR:
        target = _object(verb)
    elif lemma == "lash":
        at = _prep([verb], ("at",), verb.i)
        target = next((c for c in at.children if c.dep_ == "pobj"), None) if at else None
    else:
        return None
    if target is None or negated(verb):
        return None
    reason = _prep([verb, target], ("for",), target.i)
    if reason is None:
        return None
    return trimmed_span([verb, *target.subtree, *reason.subtree, *_going_on(verb, reason)])


def _spoken_about(verb: Token) -> Offsets | None:
    """ "complained (bitterly) about X", "railed against X": the verb and the object."""
    words = SPOKEN_ABOUT.get(verb.lemma_.lower())
    about = _prep([verb], words, verb.i) if words else None
    if about is None or negated(verb):
        return None
    return trimmed_span([verb, *about.subtree, *_going_on(verb, about)])


def _going_on(verb: Token, prep: Token) -> list[Token]:
    """What the parse hangs on the verb after its content's preposition that belongs to
    it: "railed about X's propensity | to intervene", "criticized X for Y | and for Z"."""
    return [
        t
        for c in verb.children
        if c.i > prep.i
        and (c.dep_ in _GOING_ON or (c.dep_ == "prep" and c.lower_ == prep.lower_))
        and not _subordinate(c)
        for t in c.subtree
    ]


def _subordinate(clause: Token) -> bool:
    """ "... after he spoke": a clause of time or cause, not what is said."""
    return any(c.dep_ == "mark" for c in clause.children)


def _dared(verb: Token) -> Offsets | None:
    """ "dared the Turks to try it again": the verb, the one dared and the dare."""
    target = _object(verb) if verb.lemma_.lower() == "dare" else None
    dare = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
    if target is None or dare is None or dare.i < target.i:
        return None
    return trimmed_span([verb, *target.subtree, *dare.subtree])


def _not_ruled_out(verb: Token) -> Offsets | None:
    """ "did not rule out X", "refused to rule out X": the refusal, the verb and X."""
    if verb.lemma_.lower() != "rule" or not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    ):
        return None
    target = _object(verb)
    if target is None:
        return None
    if negated(verb):
        opening = [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline"):
        opening = [verb.head]
    else:
        return None
    return trimmed_span([*opening, verb, *target.subtree])


def act_cues(sentence: Span) -> Iterator[Found]:
    """Claims by judging, complaining, daring and not-ruling-out verbs (kept by the rules)."""
    for token in sentence:
        if token.pos_ != "VERB" or reported(token):
            continue
        content = _judged(token) or _spoken_about(token) or _dared(token) or _not_ruled_out(token)
        source = speaker(token) if content is not None else None
        if content is None or source is None:
            continue
        head = token.head if token.dep_ == "xcomp" and content[0] < token.idx else token
        cue = token_offsets(head)
        named = named_source(source)
        yield Found(cue, "claim", source, name_span(source), content, SHAPE, token, named)
