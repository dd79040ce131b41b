"""A quotation that reports someone's words: the one it reports is the speaker.

By the labelling guide (evals/README, "Claims": relayed speech keeps the original
speaker; "Cases decided while labelling news-train": relayed findings keep their author)
'"Lee argued that the plan would fail," the Gazette reported' is Lee's claim that the
plan would fail; the Gazette only relays it. A reported or written quotation that opens
with its own attribution (a name, then a verb of saying) keeps that attribution, and the
attribution of the whole quotation to its relay is dropped. A spokesperson who "said" or
"told" it is left alone (the guide decides what they relay case by case), and so is a
pronoun opening a quotation ('"I think C"', '"He said C," X said'): the quoted speaker's.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.attribution.candidates import Candidate
from briefing.attribution.cues.shapes import Found
from briefing.attribution.text.spans import Offsets

_RELAYING = frozenset({"report", "write"})  # what a writer or an outlet does with a quote
_OPENING = 3  # characters between a quotation's mark and its first word ('"… ')
_BETWEEN = frozenset(" …,.")  # between a name and its verb: "Obama … argued"


def opens_quotation(found: Found, quoted: Sequence[Offsets]) -> bool:
    """Whether a claim's source opens the quotation its cue lies in, with only a name's
    words, an ellipsis or a comma between them ('"Obama … argued that C"')."""
    if found.kind != "claim" or found.source is None or found.head is None:
        return False
    if found.head.pos_ != "PROPN":  # '"I think C"', '"He said C"': the quoted speaker's
        return False
    holding = [(a, b) for a, b in quoted if a < found.cue[0] < b]
    if not holding:
        return False
    start, end = holding[0]
    if found.source[0] - start > _OPENING:
        return False
    between = found.head.doc.text[found.source[1] : found.cue[0]]
    if any(ch not in _BETWEEN for ch in between) or found.token is None:
        return False
    return any(  # the quotation itself reported or written by another
        a.lemma_.lower() in _RELAYING and not start < a.idx < end for a in found.token.ancestors
    )


def relays(outer: Candidate, candidates: Sequence[Candidate], quoted: Sequence[Offsets]) -> bool:
    """Whether `outer` attributes a quotation that opens with another candidate's
    attribution (see the module doc): the outer speaker only relays it."""
    inside = [(a, b) for a, b in quoted if a <= outer.content[0] and outer.content[1] <= b]
    return bool(inside) and any(
        inner is not outer
        and inner.referent is not None
        and inner.source is not None
        and inside[0][0] < inner.cue[0] < inside[0][1]
        and outer.content[0] <= inner.source[0] <= outer.content[0] + _OPENING
        for inner in candidates
    )
