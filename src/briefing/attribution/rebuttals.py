"""Rebuttals without a verb of denying, read off the parse as denials.

By the labelling guide (evals/README, "Denials"; "Cases decided while labelling
news-train") insisting one is not what others say, an answer that negates an accusation
and a rebuttal whose substance answers a claim are denials. Read here: a charge proved
wrong ("London has proved him wrong"), claims called into question ("the information
calls into question those claims"), an inference refused ("that doesn't mean it's a
firewall"), and a label of wrongdoing disowned in the first person ("we are not
terrorists").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.negation import negated

_WRONG = frozenset({"wrong", "false", "mistaken"})
_BACK = frozenset({"this", "that", "it"})
_FIRST = frozenset({"i", "we"})
# what others call one, disowned in the first person ("we are not terrorists")
LABELS = frozenset(
    {"terrorist", "racist", "criminal", "extremist", "liar", "bigot", "crook", "thief"}
    | {"traitor", "murderer", "radical", "fascist", "sexist", "cheat", "fraud"}
)


def _proved_wrong(token: Token) -> bool:
    """ "has proved him wrong", "proved the critics wrong"."""
    return (
        token.lemma_.lower() == "prove"
        and not negated(token)
        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)  # a goal
        and any(c.lower_ in _WRONG for c in token.children)
    )


def _called_into_question(token: Token) -> bool:
    """ "calls into serious question those claims" (the words in order, however parsed)."""
    if token.lemma_.lower() != "call" and token.lower_ not in ("calls", "called", "calling"):
        return False
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 5]]
    return bool(after) and after[0] == "into" and "question" in after


def _no_inference(token: Token) -> bool:
    """ "that doesn't mean it's a firewall": what others infer from it, refused."""
    if token.lemma_.lower() != "mean" or not negated(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "dobj" for c in token.children):  # "it doesn't mean anything"
        return False
    return subject is not None and subject.lower_ in _BACK


def _label_disowned(token: Token) -> bool:
    """ "we are not terrorists", "I'm not a racist"."""
    if token.dep_ != "attr" or token.lemma_.lower() not in LABELS:
        return False
    copula = token.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return negated(copula) and subject is not None and subject.lower_ in _FIRST


def rebuts(tokens: list[Token]) -> bool:
    """Whether a content's words rebut what others say (see the module's docstring)."""
    return any(
        _proved_wrong(t) or _called_into_question(t) or _no_inference(t) or _label_disowned(t)
        for t in tokens
    )
