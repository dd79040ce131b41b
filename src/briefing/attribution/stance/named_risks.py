"""A risk or danger named in a clause of its own, read off the parse as a warning.

By the labelling guide (evals/README, "Concerns, demands and claims") a warning is a
concern: naming something a risk or a danger ("It's a risk everywhere", "the risk is that
prices rise", "there is a real risk of war") or calling someone or something dangerous
("Frankly, he's dangerous") warns of it. A risk denied ("it's not a risk", "there is no
risk"), one supposed ("it may be a risk"), one past ("the bridge was dangerous"), or one a
clause only describes ("a plan that is risky") stays a claim; "a threat" and "a danger"
are `stance`'s nouns of fear.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux
from briefing.attribution.text.negation import negated, under_no

_RISKS = frozenset({"risk", "hazard", "menace"})  # "it's a risk everywhere"
_DANGEROUS = frozenset({"dangerous", "risky", "perilous", "hazardous"})
_MAYBE = frozenset({"may", "might", "could", "would"})  # a risk supposed, not named
_DESCRIBING = frozenset({"relcl", "acl", "advcl", "csubj"})


def names_risk(root: Token) -> bool:
    """A copula naming its subject a risk or calling it dangerous, or a risk as the
    subject of a copula ("the risk is that ..."), not negated nor supposed."""
    copula = root.lemma_.lower() == "be" or root.lower_ in ("'s", "’s")
    if not copula or root.tag_ in ("VBD", "VBN") or negated(root) or root.dep_ in _DESCRIBING:
        return False
    if has_aux(root, _MAYBE):
        return False
    for child in root.children:
        named = child.dep_ in ("attr", "nsubj") and child.pos_ == "NOUN"
        if named and child.lemma_.lower() in _RISKS and not under_no(child):
            return True
        if child.dep_ == "acomp" and child.lower_ in _DANGEROUS and not negated(child):
            return True
    return False
