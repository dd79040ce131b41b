"""The same words given twice by one speaker: a claim inside another item of the same
speaker ("he expected that Americans will say no" and "Americans will say no") is one
statement, so the outer item is kept and the inner claim dropped."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.attribution.candidates import Candidate


def speaker_key(candidate: Candidate) -> str:
    """Who a candidate's speaker is: the name its source resolves to, else its words."""
    return candidate.referent.text if candidate.referent else candidate.source_text


def inside_another(candidate: Candidate, kept: Sequence[Candidate]) -> bool:
    """Whether a claim's content lies within a longer content of the same speaker."""
    if candidate.kind != "claim":
        return False
    start, end = candidate.content
    return any(
        other.content[0] <= start
        and end <= other.content[1]
        and other.content != candidate.content
        and speaker_key(other) == speaker_key(candidate)
        for other in kept
    )


def without_repeats(candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates without a claim repeating part of another item of its speaker."""
    return [c for c in candidates if not inside_another(c, candidates)]
