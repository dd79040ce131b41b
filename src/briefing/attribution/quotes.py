"""Quotations that run over several sentences: every sentence is the speaker's."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from briefing.attribution.candidates import Candidate
from briefing.attribution.spans import Offsets, trim
from briefing.schema import Kind

_MARK = re.compile(r"''|[“”\"\n]")
_OPENING = ("“", '"', "''")
_CLOSING = ("”", '"', "''")


def quotations(text: str) -> list[Offsets]:
    """[start, end) of each quotation, its marks included.

    Curly and straight marks may be mixed ('"C,” X said'); a quotation opened by a
    straight mark ends within its line, one opened by “ may run over lines until a
    ” (a new “ starts afresh: a paragraph left open is no quotation)."""
    found: list[Offsets] = []
    start: int | None = None
    opener = ""
    for match in _MARK.finditer(text):
        mark = match.group()
        if mark == "\n":
            if opener != "“":
                start = None
            continue
        if start is not None and mark in _CLOSING and (mark != "''" or opener == "''"):
            found.append((start, match.end()))
            start = None
        elif mark in _OPENING:
            start, opener = match.start(), mark
    return found


def _overlaps(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_NEGATIONS = frozenset({"not", "n't", "no", "nor", "never", "nothing", "neither"})


def _kind_of_part(speaker: Candidate, sentence: Span, part: Offsets) -> Kind:
    """A denial's quotation goes on denying only in a sentence that negates: '"It is no
    threat. We are pacifists," he said, dismissing the concerns': the second is a claim."""
    if speaker.kind != "denial":
        return speaker.kind
    words = [t for t in sentence if part[0] <= t.idx < part[1]]
    return "denial" if any(t.lower_ in _NEGATIONS or t.dep_ == "neg" for t in words) else "claim"


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
                    kind=_kind_of_part(speaker, sentence, part),
                    content=part,
                    sentence=(sentence.start_char, sentence.end_char),
                    shape="quote-run",
                )
            )
            taken.append(part)
    return added
