"""Concerns and denials the hand rules read off the parse beyond PolNeAR's cue table:
demands (`demands`), worries (`fears`) and rejections (`rejections`). Each is kept
without `keep`'s say, quoted as the labelling guide quotes it (verb or noun included),
and takes the place of what the general shapes (`shapes`) read from the same cue word."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from briefing.attribution.cues.relays import opens_quotation
from briefing.attribution.cues.shapes import Found
from briefing.attribution.finders import (
    acts,
    as_said,
    contentions,
    demands,
    fears,
    findings,
    labels,
    lead_ins,
    rejections,
    stirred,
)
from briefing.attribution.finders.own_words import first_person
from briefing.attribution.text.spans import Offsets, name_span

FINDERS = (
    demands.demand_cues,
    fears.fear_cues,
    rejections.rejection_cues,
    labels.label_cues,
    acts.act_cues,
    as_said.as_said_cues,
    lead_ins.lead_in_cues,
    contentions.contention_cues,
    stirred.stirred_cues,
    findings.finding_cues,
)
SHAPES = frozenset(
    {demands.SHAPE, fears.SHAPE, rejections.SHAPE, labels.SHAPE, acts.SHAPE, as_said.SHAPE}
    | {lead_ins.SHAPE, contentions.SHAPE, stirred.SHAPE, findings.SHAPE}
)
_SAID = ("verb-ccomp", "verb-parenthetical", "verb-parenthetical-inside")


def _reported(stance: Found, found: list[Found]) -> bool:
    """Whether a named party's stance lies in what another names as said ("Lee said Kim
    asked the interns to do it": Lee's claim; Kim's demand only when Kim says it); a
    worry is its owner's even when reported ("Lee said Kim is worried")."""
    if stance.shape == fears.SHAPE:  # "X said Y is worried": Y's concern (the guide)
        return False
    return any(
        f.shape in _SAID
        and f.content[0] <= stance.cue[0] < f.content[1]
        and not _quoted_after(stance, f)
        and _said_by(stance.token, f.token)
        and f.head is not None
        and stance.head is not None
        and f.head.i != stance.head.i
        and stance.head.pos_ == "PROPN"
        for f in found
    )


def _quoted_after(stance: Found, other: Found) -> bool:
    """Whether the other cue is a quotation's own verb, the quotation opening after the
    stance's cue ('X seemed unmoved, telling reporters, "Y said C"': the parser hangs X's
    words on "said")."""
    if stance.token is None or other.token is None:
        return False
    doc = stance.token.doc
    return any(t.tag_ == "``" for t in doc[stance.token.i : other.token.i])


_PLURAL = frozenset({"they", "we"})
_OUR = frozenset({"our", "my"})
_SAYING = frozenset({"say", "write", "tell", "argue", "insist", "add", "warn", "complain"})


def _reporter(stance: Found) -> Token | None:
    """For a stance held by "they" in what a group says ("the groups say they are
    concerned C"), the group the sentence names."""
    head, token = stance.head, stance.token
    if head is None or token is None or head.lower_ not in _PLURAL:
        return None
    verb = token
    while verb.dep_ in ("acomp", "xcomp", "ccomp", "conj") and verb.head != verb:
        verb = verb.head
        if verb.lemma_.lower() in _SAYING:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ in ("NNS", "NNPS"):
                return subject
            return None
    return None


def _named_holder(stance: Found) -> Found:
    subject = _reporter(stance)
    if subject is None:
        return stance
    return replace(stance, head=subject, source=name_span(subject))


def _said_by(token: Token | None, verb: Token | None) -> bool:
    """Whether the verb governs the token not through a coordination ("X proposed Y, but
    Kim rejected that": Kim's own)."""
    if token is None or verb is None:
        return True
    while token != verb and token.head != token:
        if token.dep_ == "conj":
            return False
        token = token.head
    return token == verb


def superseding(found: list[Found], headline: int = 0) -> list[Found]:
    """The found attributions without those whose cue a stance was read from; a stance
    in the headline, or reported in another's words, is none, and one inside another
    ("calling on Y to stop and (to) call on Z to resign", "called for Y to reject X") is
    part of it; a worry inside a refusal is not ("refused to concede that critics had a
    point in warning that C")."""
    stances = [
        _named_holder(f)
        for f in found
        if f.shape in SHAPES and f.cue[0] >= headline and not _reported(f, found)
    ]
    cues: set[Offsets] = {f.cue for f in stances}
    stances = [
        f
        for f in stances
        if not any(
            o is not f
            and (o.kind, f.kind) != ("denial", "concern")
            and o.content[0] < f.cue[0] < o.content[1]
            for o in stances
        )
    ]
    return [
        f for f in found if f.shape not in SHAPES and f.cue not in cues and not _part_of(f, stances)
    ] + stances


def _part_of(found: Found, stances: list[Found]) -> bool:
    """Whether a found attribution is cued inside a stance of the same source ("mocking
    concerns about C": the concern is what is mocked), or says no more than it ("issued a
    statement of concern about C": C inside the concern's words)."""
    return found.head is not None and any(
        s.head is not None
        and s.head.i == found.head.i
        and (
            s.content[0] <= found.cue[0] < s.content[1]
            or s.content[0] <= found.content[0] < found.content[1] <= s.content[1]
        )
        for s in stances
    )


def quoted_as_is(found: Found) -> bool:
    """Whether a found attribution keeps its own span: the guide quotes a demand's verb
    and addressee, a worry's noun, round any quotation in it."""
    return found.shape in SHAPES


def framed_in_quotation(found: Found, quoted: Sequence[Offsets]) -> bool:
    """Whether a concern or denial cued inside a quotation is the reporter's account of
    its source, named outside it ('he had "very serious concerns about C"', 'he tweeted
    that he "rejects the comments"'), or the quoted speaker's own, in the first person;
    not one the quoted speaker reports of another, save a named party's worry (the guide:
    "'Farmers fear the drought will ruin them,' the minister said" is the farmers')."""
    if opens_quotation(found, quoted):
        return True  # '"Lee argued that C," the Gazette reported': Lee's, `relays`
    if found.kind == "claim" or found.source is None:
        return False
    if found.shape == fears.SHAPE and found.head is not None and found.head.pos_ == "PROPN":
        return True  # '"China is concerned about C," Lee said': China's (the guide)
    if found.head is not None and first_person(found.head.text):
        return True  # the quoted speaker's own ('"I reject any proposal"'): `own_words`
    if found.head is not None and any(
        c.dep_ == "poss" and c.lower_ in _OUR for c in found.head.children
    ):
        return True  # the speaker's own side's ('"a fear on the part of our community"')
    holding = [(a, b) for a, b in quoted if a < found.cue[0] < b]
    return all(not a <= found.source[0] < b for a, b in holding)


def verdict(found: Found) -> bool:
    """Whether a found attribution's one word may be its content: the verdict a rejection
    gives ("rejected the idea as 'ludicrous'", quote `ludicrous`)."""
    return found.shape == rejections.SHAPE
