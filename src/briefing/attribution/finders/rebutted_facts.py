"""A fact granted and then denied what others read into it: a claim and a denial.

By the labelling guide (evals/README, decisions of 2026-12-06, A): "Turnout is always
lower for the party in power, but that is not a sign of defeat," her spokesman said: the
fact is a claim, the negating clause a denial. A denial whose content is "A, but B", B a
clause with its own subject that denies by itself (`stance.denies`) and A one that does
not, is split in two: the claim A and the denial B, same speaker and cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Candidate
from briefing.attribution.stance.stance import denies
from briefing.attribution.text.spans import Offsets, content_roots, doc_text, trim

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _but_clause(root: Token) -> tuple[int, int] | None:
    """Where ", but B" starts (the comma) and where B starts, for a clause B with its own
    subject joined to `root`."""
    for child in root.rights:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in _SUBJECTS for c in child.children):
            continue
        but = next((c for c in root.rights if c.dep_ == "cc" and c.i < child.i), None)
        if but is None or but.lower_ != "but" or but.i == 0:
            continue
        comma = root.doc[but.i - 1]
        if comma.text == "," and but.i + 1 < len(root.doc):
            return comma.idx, root.doc[but.i + 1].idx
    return None


def _split(doc: Doc, candidate: Candidate) -> tuple[Offsets, Offsets] | None:
    """The granted fact A and the denying clause B of a denial "A, but B" (module doc)."""
    roots = content_roots(doc, candidate.content)
    found = _but_clause(roots[0]) if roots else None
    start, end = candidate.content
    if found is None or not start < found[0] < found[1] < end:
        return None
    text = doc_text(doc)
    granted, denial = trim(text, start, found[0]), trim(text, found[1], end)
    if denies(doc, granted) or not denies(doc, denial):
        return None
    return granted, denial


def split_rebuttals(doc: Doc, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, each denial "A, but B" split into the claim A and the denial B."""
    result = []
    for c in candidates:
        parts = _split(doc, c) if c.kind == "denial" else None
        if parts is None:
            result.append(c)
            continue
        result += [replace(c, content=parts[0], kind="claim"), replace(c, content=parts[1])]
    return result
