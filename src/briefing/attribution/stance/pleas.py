"""Demands made with no call verb and no "should" on a named party, read off the parse.

By the labelling guide (evals/README, "Cases decided while labelling news-train") these
are demands, so concerns: a named person who "needs to" act, said by another ("Now Trump
needs to show he can change", W: a same-party outsider); "there's no reason why Z should
not share it" (a "should" by double negation); an impersonal plea ("there needs to be an
acknowledgement", T: "a little patience is needed"); a verdict on a failure to act ("it
would be a betrayal by the governor if she fails to act", I); a refusal to stop until
something is granted ("they would refuse to leave until they got a vote", V, W); a
betrayal foretold ("if she keeps this up, she is betraying her voters", R, V); an order
shouted at unnamed people ('"Go home!"'). What the speaker's own side needs ("we need to",
"America needs to get tough", "the Fed needs to", said by its governor), a forecast
("Clinton will have to choose"), need in the past ("he needed to win"), what a goal takes
("needs to win Ohio in order to win"), or "there should be no doubt" stay claims.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux, to_infinitive
from briefing.attribution.text.lexicon import FIRST_PERSON, REMEDIES
from briefing.attribution.text.negation import negated, under_no
from briefing.attribution.text.quotation_marks import in_quotation

_NEEDS = frozenset({"need", "have"})  # "there needs to be", "there has to be"
_PRESENT = frozenset({"VBZ", "VBP", "VB"})  # not "he needed to win": the past
_FORECASTS = frozenset({"will", "would", "may", "might", "could", "'ll", "wo"})
_NAMED = frozenset({"PERSON"})  # a body or a country may be the speaker's own
_PLEAS = frozenset({"should", "ought"})  # "there should be an inquiry" ("must": a guess)
_REFUSING = frozenset({"refuse"})  # "would refuse to leave until ..."
_FAILING = frozenset({"fail"})  # "if she fails to act" (not "if he refuses to divulge")
# a wrong done to those one answers to ("betraying her voters", "going against their will")
_BETRAYING = frozenset({"betray", "defy", "dishonor", "dishonour", "flout", "disrespect"})
_REASONS = frozenset({"reason", "excuse"})  # "no reason why X should not"


def _to_act(verb: Token, *, being: bool = False) -> Token | None:
    """The to-infinitive the verb takes ("needs to show"); "be" only when `being`."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and (being or c.lemma_.lower() != "be") and to_infinitive(c)
        ),
        None,
    )


def _needed(verb: Token) -> bool:
    """ "needs / has to V" now, not negated, not foretold ("will have to")."""
    if verb.lemma_.lower() not in _NEEDS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ not in _PRESENT or negated(verb):
        return False
    return not has_aux(verb, _FORECASTS)


def _for_a_goal(verb: Token, act: Token) -> bool:
    """A need tied to a goal or a condition ("needs to outperform projections in order to
    win", "has to win Ohio if he wants the nomination"): what it takes, not a demand."""
    for head in (verb, act):
        for c in head.children:
            if (
                c.dep_ == "prep"
                and c.lower_ == "in"
                and any(o.lower_ == "order" for o in c.children)
            ):
                return True
            if c.dep_ == "advcl" and (
                any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                or to_infinitive(c)
            ):
                return True
    return False


def named_needs(root: Token) -> bool:
    """A named person told he needs to act ("Now Trump needs to demonstrate that he is
    willing to change"); not "we", a body or a place (maybe the speaker's own), "has to"
    (often mockery: "Bush has to bring his mother out"), nor what a goal takes ("needs to
    outperform projections in order to win")."""
    needs = _needed(root) and root.lemma_.lower() == "need"
    act = _to_act(root) if needs else None
    if act is None or _for_a_goal(root, act):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ in _NAMED


def no_reason_not(root: Token) -> bool:
    """ "There's no reason why the FBI should not share it": no reason for a refusal, so a
    demand that the subject act."""
    reasons = [c for c in root.children if c.dep_ == "attr" and under_no(c)]
    if not any(c.dep_ == "expl" for c in root.children) or negated(root):
        return False
    acts = [v for r in reasons for v in r.children if v.dep_ in ("relcl", "acl", "ccomp")]
    return any(
        negated(v)
        and v.head.lemma_.lower() in _REASONS
        and has_aux(v, _PLEAS)
        and any(s.dep_ == "nsubj" and s.lower_ not in FIRST_PERSON for s in v.children)
        for v in acts
    )


def impersonal_plea(root: Token) -> bool:
    """ "There does need to be an acknowledgement", "there should be an inquiry": something
    asked to exist, nobody named to bring it; not "there should be no doubt"."""
    if not any(c.dep_ == "expl" for c in root.children) or negated(root):
        return False
    if _needed(root):
        being = _to_act(root, being=True)
        if being is None or being.lemma_.lower() != "be":
            return False
        asked = [c for c in being.children if c.dep_ == "attr"]
    elif root.lemma_.lower() == "be" and has_aux(root, _PLEAS):
        asked = [c for c in root.children if c.dep_ == "attr"]
    else:
        return False
    return any(a.pos_ == "NOUN" and not under_no(a) for a in asked)


def fails_to_act(root: Token) -> bool:
    """ "It would be a dereliction of duty by X if they fail to act": a verdict on a failure
    to act, so a demand that they act."""
    if not has_aux(root, ("would", "will", "'d", "'ll")):
        return False
    conditions = [
        c
        for c in root.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
    ]
    return any(
        c.lemma_.lower() in _FAILING and not negated(c) and _to_act(c, being=True) is not None
        for c in conditions
    )


def holds_out(verb: Token) -> bool:
    """ "They would refuse to leave until they got a vote", "we will not rest until it is
    done": a refusal to stop until something is granted (not "he did not arrive until
    noon": no refusal ahead)."""
    ahead = has_aux(verb, _FORECASTS)
    refuses = verb.lemma_.lower() in _REFUSING and _to_act(verb) is not None
    if not ahead or not (refuses or negated(verb)):
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
        for h in holders
        for c in h.children
    )


def shouted_order(tokens: list[Token]) -> bool:
    """A quoted order ending in "!" ('"Get him the hell out of here!"'): a verb in the base
    form opening the quotation, with no subject."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words or not any(t.text == "!" for t in tokens[-3:]):
        return False
    first = words[0]  # not "Let me be clear: ...!"
    if first.tag_ != "VB" or first.lemma_.lower() == "let":
        return False
    if not in_quotation(first.doc.text, first.idx):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children)


def betrays(root: Token) -> bool:
    """ "Superdelegates who back him would be going against the will of the voters", "if he
    continues this he's dishonoring that support": a betrayal foretold under a condition or
    a "would", a moral warning to whoever would commit it (the guide, R and V); not "we"."""
    lemma = root.lemma_.lower()
    against = lemma == "go" and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in root.children
    )
    if root.pos_ != "VERB" or not (against or lemma in _BETRAYING) or negated(root):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_PERSON for c in root.children):
        return False
    would = has_aux(root, ("would", "'d"))
    conditioned = any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in root.children
    )
    return would or conditioned


# "require an expedited investigation", "this warrants an inquiry"
_REQUIRING = frozenset({"require", "warrant", "demand", "deserve", "merit", "need"})


def asks_remedy(root: Token) -> bool:
    """A remedy said to be required ("The favors done require an expedited investigation
    by a Special Prosecutor"): a demand for it (the guide: "called for an inquiry");
    not negated nor foretold ("will require a review": a forecast)."""
    if root.pos_ != "VERB" or negated(root) or root.lemma_.lower() not in _REQUIRING:
        return False
    if has_aux(root, _FORECASTS, passive=True):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in REMEDIES for c in root.children)


def pleads(root: Token) -> bool:
    """Any of the clause-level pleas above."""
    return (
        asks_remedy(root)
        or betrays(root)
        or named_needs(root)
        or no_reason_not(root)
        or impersonal_plea(root)
        or fails_to_act(root)
        or holds_out(root)
    )
