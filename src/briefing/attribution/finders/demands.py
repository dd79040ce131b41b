"""Calls, demands and warnings on an addressee, read off the parse as concerns.

The labelling guide (evals/README, "Cases decided while labelling news-train") makes
"X called on / upon Y to do Z", "X called for Z", "X urged / asked / pressed / pushed /
lobbied Y to do Z", "X demanded Y do Z", "X seeks an injunction" (a remedy, not "seeks
re-election") and "X warned (Y) against Z" concerns of X, quoting the verb and the
addressee with the demand (`called on the governor to close the plant`, `warning against
allowing ...`). PolNeAR's cue words make most of these
claims, which `keep` then often drops; here they are concerns the hand rules keep.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from briefing.attribution.cues.shapes import Found, cue_speaker
from briefing.attribution.text.auxiliaries import to_infinitive
from briefing.attribution.text.lexicon import REMEDIES
from briefing.attribution.text.spans import (
    Offsets,
    doc_text,
    name_span,
    token_offsets,
    tokens_span,
    trim,
)

_APPEALS = frozenset(
    {"urge", "ask", "press", "push", "lobby", "petition", "implore", "beg", "exhort", "pressure"}
    | {"challenge"}
)
_CALL_PREPOSITIONS = frozenset({"on", "upon"})
_DEMAND_PARTS = ("dobj", "dative", "xcomp", "ccomp", "oprd", "prep")
_TAILS = ("relcl", "acl", "appos", "advcl")  # set off by a comma: no part of the demand
_REASONS = frozenset({"because", "amid", "after", "following", "despite"})
SHAPE = "demand"


def _after(verb: Token, deps: Iterable[str]) -> list[Token]:
    return [c for c in verb.children if c.i > verb.i and c.dep_ in deps]


def _preposition(verb: Token, words: Iterable[str]) -> Token | None:
    allowed = set(words)
    return next((c for c in _after(verb, ("prep",)) if c.lower_ in allowed), None)


def _infinitives(verb: Token) -> list[Token]:
    """The verb's to-infinitive complements (the parser makes some an `advcl`)."""
    return [c for c in _after(verb, ("xcomp", "advcl")) if c.dep_ == "xcomp" or to_infinitive(c)]


def _for_clause(verb: Token) -> list[Token]:
    """ "called for Republicans to back him": the parser's `advcl` marked by "for"."""
    return [
        c
        for c in _after(verb, ("advcl",))
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
    ]


def _pushed(verb: Token) -> bool:
    """ "have pushed for talks", not a pledge ("would push for", "promised to push for",
    "continued to push for": a position) nor "pushed him to"."""
    head = verb
    while head.dep_ == "conj" and head.head != head:  # "would expand X and push for Y"
        head = head.head
    modal = any(
        c.dep_ == "aux" and c.tag_ in ("MD", "TO") for v in (verb, head) for c in v.children
    )
    pledged = head.dep_ == "xcomp" or modal
    return not pledged and not _infinitives(verb) and not _after(verb, ("dobj",))


def _stranded(preposition: Token | None) -> Token | None:
    """The preposition, unless it has no object of its own ("the policies he has pushed
    for", "what she called for": the demand is described, not made here)."""
    if preposition is None or not any(c.dep_ in ("pobj", "pcomp") for c in preposition.children):
        return None
    return preposition


def _demand_parts(verb: Token) -> list[Token] | None:
    """The children after a verb that make it a demand, or None for no demand."""
    lemma = verb.lemma_.lower()
    xcomp = _infinitives(verb)
    if lemma == "call":
        on = _preposition(verb, _CALL_PREPOSITIONS)
        if on is not None and xcomp:
            return [on, *xcomp]
        if _after(verb, ("dobj",)):  # not "called him for dinner"
            return None
        called_for = _stranded(_preposition(verb, ("for",)))
        if called_for is not None:
            return [called_for, *xcomp]
        return _for_clause(verb) or None
    if lemma == "push" and _pushed(verb):  # "pushed for talks"
        pushed_for = _stranded(_preposition(verb, ("for",)))
        return [pushed_for] if pushed_for is not None else None
    if lemma in _APPEALS:
        addressee = _after(verb, ("dobj",))
        return [*addressee, *xcomp] if addressee and xcomp else None
    if lemma == "warn":
        against = _preposition(verb, ("against",))
        return [*_after(verb, ("dobj",)), against] if against is not None else None
    if lemma == "demand":
        parts = _after(verb, _DEMAND_PARTS)
        return parts or None
    if lemma == "seek":
        sought = _after(verb, ("dobj",))
        return sought if any(o.lemma_.lower() in REMEDIES for o in sought) else None
    return None


def _tails(tokens: Iterable[Token]) -> list[Token]:
    """Clauses set off by a comma inside the demand ("..., which the police began") and
    the reasons given for it ("because of concerns that ...": a concern of its own)."""
    return [
        t
        for t in tokens
        if (t.dep_ in _TAILS and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",")
        or (t.dep_ == "prep" and t.lower_ in _REASONS)
    ]


def _span(verb: Token, parts: list[Token]) -> Offsets | None:
    """From the verb to the end of its demand, without comma-set-off tails and reasons."""
    inside = [t for p in parts for t in p.subtree]
    cut = min((t.left_edge.i for t in _tails(inside)), default=None)
    end = tokens_span(t for t in inside if cut is None or t.i < cut)
    if end is None:
        return None
    return trim(doc_text(verb.doc), verb.idx, end[1])


# a campaign's appeal to voters or followers ("urged voters to back her", "I ask you to
# support this slate"): the guide (L, R) makes urging one's own side to join a claim
_FOLLOWERS = frozenset(
    {"voter", "people", "supporter", "backer", "follower", "fan", "woman", "man", "american"}
    | {"citizen", "resident", "conservative", "progressive", "liberal", "everyone"}
    | {"everybody", "you", "them", "us"}
)
_CAMPAIGNING = frozenset(
    {"vote", "join", "support", "back", "elect", "caucus", "volunteer", "donate", "register"}
)


def campaigns(verb: Token) -> bool:
    """An appeal to voters or followers to vote, join or back ("urged them to vote
    Tuesday", "encouraged Americans to join him"), not one to a named party ("urged
    Democrats to vote for the deal": a demand)."""
    if verb.lemma_.lower() not in _APPEALS | {"encourage"}:
        return False
    addressees = _after(verb, ("dobj",))
    acts = _infinitives(verb)
    return (
        bool(addressees and acts)
        and all(a.lemma_.lower() in _FOLLOWERS or a.lower_ in _FOLLOWERS for a in addressees)
        and all(a.lemma_.lower() in _CAMPAIGNING for a in acts)
    )


def no_demand(verb: Token) -> bool:
    """A negated or passive verb ("had not called for", "he was warned against it": the
    subject is warned), a finite clause misparsed as a verb ("Alongside BLM calls for
    action"), a document's words ("a platform that calls for"), or a campaign's appeal
    (`campaigns`)."""
    if campaigns(verb):
        return True
    children = {c.dep_ for c in verb.children}
    if children & {"neg", "auxpass", "nsubjpass"} and "agent" not in children:
        return True
    own_subject = bool(children & {"nsubj", "nsubjpass"})
    if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN") and not own_subject:
        return True
    relative = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "relcl"
        and relative is not None
        and relative.lower_ in ("that", "which")
        and verb.head.pos_ != "PROPN"
    )


def _name_as_modal(verb: Token) -> Token | None:
    """ "Instead, Will called for ...": a surname the parser took for a modal, written with
    a capital inside its sentence before a verb with no subject."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "aux"
            and c.tag_ == "MD"
            and c.i < verb.i
            and c.text[:1].isupper()
            and c.i != c.sent.start
        ),
        None,
    )


def holder(verb: Token) -> Token | None:
    """Who makes a demand: the verb's speaker (`shapes.cue_speaker`); for "petitions calling
    on Y to" the one who launched them; for "was aggressive in pushing Y to" the subject
    of the clause the phrase hangs on."""
    subject = cue_speaker(verb) or _name_as_modal(verb)
    if subject is not None:
        return subject
    head = verb
    while head.dep_ in ("acl", "pcomp", "prep", "acomp", "dobj", "pobj") and head.head != head:
        head = head.head
        if head.pos_ in ("VERB", "AUX") and (found := cue_speaker(head)) is not None:
            return found
    return None


def demand_cues(sentence: Span) -> Iterator[Found]:
    """ "X called on Y to do Z", "X called for Z", "X urged Y to do Z", "X warned against
    Z", "X demanded Y do Z": concerns of X (kept by the rules)."""
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        parts = _demand_parts(token)
        if not parts or no_demand(token):
            continue
        content = _span(token, parts)
        source = holder(token)
        if content is None or source is None:
            continue
        cue = token_offsets(token)
        yield Found(cue, "concern", source, name_span(source), content, SHAPE, token)
