"""Concerns and denials a quoted speaker voices in the first person ('"I reject any
proposal to ...," Kim said'; '... Kim said. "I am troubled by the reaction."'): the
stance finders (`stances`) read them inside the quotation, and the quotation's speaker
holds them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefing.attribution.candidates import Candidate
from briefing.attribution.text.lexicon import FIRST_PERSON
from briefing.attribution.text.spans import Offsets, overlaps, trim

MAX_NEWLINES = 2  # the quotation opens in the speaker's paragraph or the next


def first_person(source_text: str) -> bool:
    return source_text.lower() in FIRST_PERSON


def _holding(cue: Offsets, quoted: Sequence[Offsets]) -> Offsets | None:
    return next(((a, b) for a, b in quoted if a < cue[0] < b), None)


def _speaker(quote: Offsets, candidates: list[Candidate], text: str) -> Candidate | None:
    """Who speaks a quotation: a named candidate whose content lies in it or whose cue
    opens it, else the named speaker of the sentence right before it (only spaces and
    marks between)."""
    inside = [c for c in candidates if c.referent is not None and overlaps(c.content, quote)]
    opening = [  # 'Kim added that he was "fighting for it. I fear C."'
        c
        for c in candidates
        if c.referent is not None
        and c.sentence[0] <= quote[0] < c.sentence[1]
        and c.cue[0] < quote[0]
    ]
    if inside or opening:
        return (inside or opening)[0]
    before = [c for c in candidates if c.referent is not None and c.sentence[1] <= quote[0]]
    if not before:
        return None
    last = max(before, key=lambda c: c.sentence[1])
    gap = text[last.sentence[1] : quote[0]]
    if gap.strip(" \t\n”\"'") or gap.count("\n") > MAX_NEWLINES:
        return None
    return last


def voiced(candidates: list[Candidate], quoted: Sequence[Offsets], text: str) -> list[Candidate]:
    """The candidates, each first-person stance in a quotation given its speaker's
    referent and, as the guide quotes a direct quotation, its sentence's quoted words
    (one without a speaker is left out)."""
    kept: list[Candidate] = []
    for candidate in candidates:
        quote = _holding(candidate.cue, quoted)
        if candidate.referent is not None or not first_person(candidate.source_text):
            kept.append(candidate)
            continue
        if quote is None:
            kept.append(candidate)
            continue
        speaker = _speaker(quote, [c for c in candidates if c is not candidate], text)
        if speaker is not None:
            start = max(quote[0], candidate.sentence[0])
            words = trim(text, start, min(quote[1], candidate.sentence[1]))
            kept.append(replace(candidate, referent=speaker.referent, content=words))
    return kept
