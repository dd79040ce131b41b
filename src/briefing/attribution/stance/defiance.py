"""A rule, ruling or order the speaker says they will ignore or defy, read as a denial.

By the labelling guide (evals/README, "Concerns": "vowed to ignore the tribunal's ruling"
is a denial; "Decided while labelling twelve more news-train articles": vowing to ignore
an authority's rules) refusing to be bound is rejecting. Only a defiance to come counts
("we will ignore the curfew", "vowed to defy the order", "said they would ignore the
restrictions"): that others ignored something ("the agency ignored the warnings") is an
accusation, a claim.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux
from briefing.attribution.text.negation import negated

_DEFYING = frozenset({"ignore", "defy", "disregard", "flout"})
_TO_COME = frozenset({"will", "would", "'ll", "’ll", "shall"})
_VOWING = frozenset({"vow", "pledge", "promise", "plan", "intend", "threaten", "vote", "decide"})


def _to_come(verb: Token) -> bool:
    """ "will ignore", "would defy", "is going to ignore", "vowed to ignore"."""
    if has_aux(verb, _TO_COME):
        return True
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going":
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _VOWING


def defies(tokens: list[Token]) -> bool:
    """Whether the content says its speaker will ignore or defy something (module doc)."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in _DEFYING
        and not negated(t)
        and any(c.dep_ == "dobj" for c in t.children)
        and _to_come(t)
        for t in tokens
    )
