"""A speaker described before the article names him: "The deputy head of the delegation
said C. Rear Admiral Li Wei, who spoke next, said D." The description and the name in
the very next sentence are one person, met for the first time there; C is his.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.attribution.candidates import Candidate
from briefing.identity import surname

# "the deputy head of the delegation": a role in a body, not a name, a pronoun or a
# document ("the statement")
_DESCRIPTION = re.compile(r"[Tt]he [a-z][a-z -]* (?:of|for) \S")


def _first_met(text: str, name: str, before: int) -> bool:
    """The name (by its surname) is not in the text before `before`."""
    last = surname(name)
    return bool(last) and last.lower() not in text[:before].lower()


def named_after(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Gives an unresolved speaker described by a title the person the next sentence names
    speaking, when the article names that person there for the first time."""
    out = list(candidates)
    for i, candidate in enumerate(out):
        if candidate.referent is not None or candidate.source is None:
            continue
        start = candidate.source[0]
        if not _DESCRIPTION.match(text, start, max(candidate.source[1], start) + 8):
            continue
        end = candidate.sentence[1]
        later = [c for c in out if c.sentence[0] >= end and c.referent is not None]
        if not later:
            continue
        nxt = later[0]
        between = text[end : nxt.sentence[0]]
        if between.strip() or nxt.referent is None or nxt.referent.label != "PERSON":
            continue
        if not _first_met(text, nxt.referent.text, candidate.source[0]):
            continue
        out[i] = replace(candidate, referent=nxt.referent)
    return out
