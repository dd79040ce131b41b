"""Candidates inside other candidates' words: which of them is the item.

"C, X said, according to AP" is X's; a weak cue inside another source's words is that
source's account; "Ortiz said he was concerned that C" is one concern, not also a claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from briefing.attribution.candidates import Candidate
from briefing.attribution.text.lexicon import cue_share
from briefing.attribution.text.spans import Offsets, doc_text


def reports_a_speaker(outer: Candidate, candidates: list[Candidate]) -> bool:
    """ "C, X said on Monday, according to AP": AP reports X's statement, C is X's."""
    return outer.shape == "according" and any(
        c is not outer
        and c.referent is not None
        and outer.content[0] <= c.cue[0] < outer.content[1]
        for c in candidates
    )


def told_of(inner: Candidate, candidates: list[Candidate], weak: set[Offsets]) -> bool:
    """Whether a weak cue ("promoted", kept by `decide` alone) lies in what another source
    says by a cue of the rules: 'Raisi "promoted Iranian drones on his trips," ISW wrote' is
    ISW's account of what Raisi did, not Raisi's statement."""
    return any(
        outer.cue not in weak
        and outer.referent is not None
        and outer.referent != inner.referent
        and outer.content[0] <= inner.cue[0] < outer.content[1]
        for outer in candidates
    )


def _holds_own(outer: Candidate, others: Iterable[Candidate], text: str) -> bool:
    """Whether another candidate's concern or denial has its cue inside `outer`'s content,
    held by the same speaker ("Ortiz said he was concerned that C") or the one a claim
    reports ("Ortiz said the council is concerned about C": the council's concern, not
    also Ortiz's claim)."""
    return any(
        other is not outer
        and other.referent is not None
        and other.kind != "claim"
        and outer.content[0] <= other.cue[0] < outer.content[1]
        and (other.referent == outer.referent or _reported(outer, other, text))
        for other in others
    )


MAX_REPORTED_GAP = 3  # words between the reported source and its cue: "is", "has been"
_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def _reported(outer: Candidate, inner: Candidate, text: str) -> bool:
    """Whether a claim's words are the inner candidate's statement: the inner source opens
    them (or the quotation after it), its cue follows a few words on, not negated."""
    if outer.kind != "claim" or inner.source is None:
        return False
    if not outer.cue[1] <= inner.source[0] <= outer.content[0] <= inner.cue[0]:
        return False
    gap = text[inner.source[1] : inner.cue[0]]
    return len(gap.split()) <= MAX_REPORTED_GAP and not _NEGATED.search(gap)


def _restates(claim: Candidate, stance: Candidate, text: str) -> bool:
    """Whether a claim says no more than a concern or denial on the same words, its
    speaker's ('he said he had "serious concerns about C"') or one it reports ('X said
    the council is "concerned about C"'): the stance is the item."""
    if claim.kind != "claim" or stance.kind == "claim":
        return False
    return claim.referent == stance.referent or _reported(claim, stance, text)


RARER = 0.5  # a cue word at most this share of a saying verb's is the rarer cue


def _share(doc: Doc, cue: Offsets) -> float:
    span = doc.char_span(*cue, alignment_mode="expand")
    if span is None:
        return 0.0
    token = span.root
    return cue_share(token.lemma_, "VERB" if token.pos_ == "AUX" else token.pos_) or 0.0


def _says_it(first: Candidate, later: Candidate, doc: Doc) -> bool:
    """Whether a later claim's saying verb beats the first claim's rarer cue word on the
    same words: "Soon after Walsh was booed, Novak wrote, 'C'" (the parse hangs C on
    "booed" too; PolNeAR marks "write" a cue far more often than "boo") is Novak's."""
    if first.kind != "claim" or later.kind != "claim" or later.referent is None:
        return False
    return _share(doc, first.cue) < RARER * _share(doc, later.cue)


def without_duplicates(
    candidates: list[Candidate], doc: Doc
) -> tuple[list[Candidate], list[Candidate]]:
    """One candidate per content span (the first cue's, unless a later one restates it as a
    stance or says it with a far commoner cue), plus its "and" co-speakers; and the claims
    left out for reporting another speaker's concern or denial."""
    text = doc_text(doc)
    firsts: dict[Offsets, Candidate] = {}
    for candidate in candidates:
        first = firsts.get(candidate.content)
        if candidate.shape != "co" and (
            first is None or _restates(first, candidate, text) or _says_it(first, candidate, doc)
        ):
            firsts[candidate.content] = candidate
    # "Ortiz said he was concerned that C": one concern of Ortiz's, not also his claim
    kept = [c for c in firsts.values() if not _holds_own(c, firsts.values(), text)]
    reporters = [c for c in firsts.values() if c not in kept]
    seen = {(c.content, c.referent) for c in kept}
    for candidate in candidates:
        key = (candidate.content, candidate.referent)
        if candidate.shape == "co" and key not in seen:
            seen.add(key)
            kept.append(candidate)
    return kept, reporters
