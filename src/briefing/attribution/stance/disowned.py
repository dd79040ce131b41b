"""Answers that negate what others say of the speaker without a verb of denying.

The labelling guide (evals/README, "Cases decided while labelling news-train",
"Denials") makes "an answer that negates an accusation without a deny verb" ("We have
broken no rules") a denial. Read off the parse: a wrongdoing said to be absent ("we have
absolutely no violations", "there was no conflict of interest"), nothing improper in the
speaker's own side's act ("there is nothing different in the way we raised money"; not
"nothing wrong with Lee's raising it", which grants another's act), and a power others
ascribe disowned in the first person ("I don't have the power to change a president"),
and attacks on the speaker called unfair ("they are unfairly maligning his record", the
guide's "my rivals are unfairly smearing my record"; not "the law unfairly targets them",
a criticism).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.lexicon import FIRST_PERSON
from briefing.attribution.text.negation import negated

# nouns of a wrong alleged, under "no"; adjectives of one, after "nothing"
_MISDEEDS = frozenset(
    {"violation", "wrongdoing", "impropriety", "misconduct", "conflict", "collusion", "fraud"}
)
_IMPROPER = frozenset(
    {"wrong", "improper", "illegal", "unlawful", "unethical", "inappropriate", "different"}
)
_POWERS = frozenset({"power", "authority"})
_OWN_SIDE = frozenset({"i", "we", "me", "us", "my", "our"})
_UNFAIRLY = frozenset({"unfairly", "falsely", "wrongly", "unjustly"})
_ATTACKS = frozenset(
    {"attack", "malign", "smear", "accuse", "portray", "characterize", "paint", "slander"}
    | {"caricature", "label", "depict", "vilify", "demonize"}
)
_SPEAKER = frozenset({"me", "us", "him", "her", "them", "my", "our", "his", "their"})


def _no_misdeed(token: Token) -> bool:
    """ "no violations" ("no" a determiner, or a number in "absolutely no violations")."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in _MISDEEDS
        and any(c.lower_ == "no" for c in token.children)
    )


def _nothing_improper(token: Token) -> bool:
    """ "there is nothing improper in the way we did it": the clause names the own side."""
    if token.pos_ != "ADJ" or token.lower_ not in _IMPROPER or token.dep_ != "amod":
        return False
    nothing = token.head
    if nothing.lower_ != "nothing":
        return False
    return any(t.lower_ in _OWN_SIDE for t in nothing.head.subtree)  # "is nothing ... in"


def _power_disowned(token: Token) -> bool:
    """ "I don't have the power to change a president" (first person, negated "have")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _POWERS or token.dep_ != "dobj":
        return False
    have = token.head
    subject = next((c for c in have.children if c.dep_ == "nsubj"), None)
    return (
        have.lemma_.lower() == "have"
        and negated(have)
        and subject is not None
        and subject.lower_ in FIRST_PERSON
    )


def _unfair_attack(token: Token) -> bool:
    """ "the campaign is unfairly maligning his record", "X unfairly attacked him": an attack
    on the speaker (an object that is, or is owned by, a pronoun) called unfair."""
    verb = token.head
    if token.lower_ not in _UNFAIRLY or verb.lemma_.lower() not in _ATTACKS or negated(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.lower_ in _SPEAKER or any(c.dep_ == "poss" and c.lower_ in _SPEAKER for c in o.children)
        for o in objects
    )


def disowns(tokens: list[Token]) -> bool:
    """Whether a content's words negate a wrong or a power ascribed to the speaker, or call
    an attack on the speaker unfair."""
    return any(
        _no_misdeed(t) or _nothing_improper(t) or _power_disowned(t) or _unfair_attack(t)
        for t in tokens
    )
