"""Who voiced a worry named by a noun when no possessor says it: "concerns about job
loss, as articulated by X" are X's (evals/README, "Concerns": a noun of worry is a concern
of its owner). Read by `fears` (X's concern) and `stance` (not the speaker's own)."""

from __future__ import annotations

from spacy.tokens import Token

_VOICING = frozenset({"articulate", "express", "voice", "raise", "state", "air", "outline"})


def voiced_by(noun: Token) -> Token | None:
    """ "concerns about job loss, as articulated by X": X, whose concerns they are."""
    for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl", "advcl")):
        if clause.lemma_.lower() in _VOICING:
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None
