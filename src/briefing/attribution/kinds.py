"""The kind of an attribution from its whole shape, not only its cue word.

PolNeAR's cue words make "called", "urged" and "threatened" claims; the briefing's
labelling guide (evals/README, "Cases decided while labelling news-train") makes a
call or demand on an addressee, a call for a remedy and a threat concerns ("X called
on / urged / asked / pressed Y to do Z", "X called for an inquiry", "X threatened to
cut aid"); denying or mocking a report or concern a denial ("denied reports that C");
a negated worry no concern. Kinds are changed after the keep decision, so PolNeAR
(which compares no kinds) sees the same candidates, save a claim that holds its own
speaker's nested concern or denial and so gives way to it (`reading._holds_own`).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.lexicon import LIBERAL_RATIO, cue_kind
from briefing.schema import Kind

# "X urged / asked / pressed / challenged Y to do Z": the object is the addressee
_APPEALS = frozenset({"urge", "ask", "press", "petition", "challenge", "implore", "beg"})
_CALLS = frozenset({"call"})  # "X called on Y to do Z", "X called for Z"
_THREATS = frozenset({"threaten"})  # "X threatened to cut off aid"


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)


def _prep_object(verb: Token, preposition: str) -> Token | None:
    """The object of the verb's `preposition`; for "on" also a misparsed object ("called
    on Gov. Rick Snyder to resign", "Snyder" an `oprd` of "called")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == preposition and child.i > verb.i:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None and preposition != "for":
                pobj = next((c for c in verb.children if c.dep_ in ("oprd", "dobj")), None)
            return pobj
    return None


def addressee(verb: Token) -> Token | None:
    """Whom a demand verb addresses: "called on Y to", "urged Y to" (else None)."""
    lemma = verb.lemma_.lower()
    if lemma in _CALLS and _to_infinitive(verb):
        return _prep_object(verb, "on") or _prep_object(verb, "upon")
    if lemma in _APPEALS and _to_infinitive(verb):
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return None


def is_demand(verb: Token) -> bool:
    """A call or demand on an addressee, a call for a remedy, or a threat."""
    lemma = verb.lemma_.lower()
    if addressee(verb) is not None:
        return True
    if lemma in _CALLS and _prep_object(verb, "for") is not None:
        return not any(c.dep_ == "dobj" for c in verb.children)  # "called him for dinner"
    return lemma in _THREATS and _to_infinitive(verb)


# verbs that deny a report or concern they take as object, beyond the lexicon's
# deny/dismiss/reject (the guide: "mocking a concern" is a denial)
_DENYING = frozenset({"mock", "ridicule", "refute", "rebut", "debunk"})


def _denied(noun: Token) -> bool:
    """ "X denied reports that C", "mocked concerns about C": the noun's verb denies C."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and (
            verb.lemma_.lower() in _DENYING
            or cue_kind(verb.lemma_, "VERB", LIBERAL_RATIO) == "denial"
        )
    )


def _negated(cue: Token) -> bool:
    """ "He wasn't too worried that C", "not always worrying about C": no concern."""
    heads = [cue, cue.head] if cue.dep_ == "acomp" else [cue]
    return any(c.dep_ == "neg" for head in heads for c in head.children)


def whole_kind(token: Token | None, kind: Kind) -> Kind:
    """The kind of a candidate cued by `token`, given its cue word's kind."""
    if token is None or kind == "denial":
        return kind
    if kind == "concern" and token.pos_ in ("VERB", "ADJ") and _negated(token):
        return "claim"
    if token.pos_ == "NOUN":
        return "denial" if _denied(token) else kind
    return "concern" if token.pos_ == "VERB" and is_demand(token) else kind
