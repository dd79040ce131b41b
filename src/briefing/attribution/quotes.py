"""Quotations that run over several sentences: every sentence is the speaker's."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from briefing.attribution.candidates import Candidate
from briefing.attribution.spans import Offsets, trim

_QUOTATION = re.compile(r"“[^“”]+”|\"[^\"\n]+\"")


def quotations(text: str) -> list[Offsets]:
    """[start, end) of each quotation, its marks included (straight quotes within a paragraph)."""
    return [match.span() for match in _QUOTATION.finditer(text)]


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def quote_runs(text: str, sentences: list[Span], candidates: list[Candidate]) -> list[Candidate]:
    """For a quotation holding a candidate's content, one candidate per other sentence of it.

    `"A. B," X said.` gives X's content "B" from the parse; "A" is X's too.
    """
    added: list[Candidate] = []
    taken = [c.content for c in candidates]
    for quote in quotations(text):
        speaker = next(
            (c for c in candidates if c.referent is not None and _overlaps(c.content, quote)), None
        )
        if speaker is None:
            continue
        for sentence in sentences:
            if sentence.end_char <= quote[0] or sentence.start_char >= quote[1]:
                continue
            part = trim(text, max(sentence.start_char, quote[0]), min(sentence.end_char, quote[1]))
            if part[1] - part[0] < 2 or any(_overlaps(part, t) for t in taken):
                continue
            added.append(
                replace(
                    speaker,
                    content=part,
                    sentence=(sentence.start_char, sentence.end_char),
                    shape="quote-run",
                )
            )
            taken.append(part)
    return added
