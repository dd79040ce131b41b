"""The kind of an attribution from its whole shape and words, not only its cue word.

PolNeAR's cue words make "called", "urged", "threatened" and "said" claims. By the
briefing's labelling guide (evals/README, "Cases decided while labelling news-train") a
call or demand on an addressee, a call for a remedy and a threat are concerns ("X called
on / urged / asked / pressed Y to do Z", "X called for an inquiry", "X threatened to cut
aid"), and so are words that predict harm ("the cuts could lead to layoffs", "is in
danger of", "at risk of"); a concern made light of ("mocking concerns about X") is a
denial. What the content's own words deny or warn is `stance`'s. Kinds are changed after
the keep decision, so PolNeAR (which compares no kinds) sees the same candidates, save a
claim that holds its own speaker's nested concern or denial and so gives way to it
(`nested._holds_own`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefing.attribution.finders.demands import no_demand
from briefing.attribution.stance.called_false import SAID
from briefing.schema import Kind

# "X urged / asked / pressed / challenged Y to do Z": the object is the addressee
_APPEALS = frozenset({"urge", "ask", "press", "petition", "challenge", "implore", "beg"})
_CALLS = frozenset({"call"})  # "X called on Y to do Z", "X called for Z"
_THREATS = frozenset({"threaten"})  # "X threatened to cut off aid"


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)


def _prep_object(verb: Token, preposition: str, particle: bool = False) -> Token | None:
    """The object of the verb's `preposition` (with `particle`, of one parsed as a
    particle too); for "on" also a misparsed object ("called on Gov. Rick Snyder to
    resign", "Snyder" an `oprd` of "called")."""
    deps = ("prep", "prt") if particle else ("prep",)
    for child in verb.children:
        if child.dep_ in deps and child.lower_ == preposition and child.i > verb.i:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None and preposition != "for":
                pobj = next((c for c in verb.children if c.dep_ in ("oprd", "dobj")), None)
            return pobj
    return None


def called_on(verb: Token, particle: bool = False) -> Token | None:
    """Whom a verb calls on: the object of its "on" or "upon" ("called on Y to ...").
    With `particle`, an "on" parsed as a particle counts too ("calling on attendees",
    `rallies`); a demand's kind does not read it so (that made false concerns)."""
    return _prep_object(verb, "on", particle) or _prep_object(verb, "upon", particle)


def addressee(verb: Token) -> Token | None:
    """Whom a demand verb addresses: "called on Y to", "urged Y to" (else None)."""
    lemma = verb.lemma_.lower()
    if lemma in _CALLS and _to_infinitive(verb):
        return called_on(verb)
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


# "mocking concerns about X", "scoffed at fears of X": a concern made light of is denied
_MOCKS = frozenset({"mock", "scoff", "ridicule", "deride", "dismiss", "laugh", "belittle"})


def mocked(noun: Token) -> bool:
    """Whether a noun of concern is the object of a verb of mocking or dismissing."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in _MOCKS


# mocking what others say, hold or fear denies it ("mocked Lee's story", "ridiculed the
# idea that ..."); mocking a person, an act or a trait criticises (the guide: a claim)
_DERIDING = frozenset({"mock", "deride", "ridicule", "scoff"})
# what is feared as well as said or held: mocking a concern denies it (what a naming verb
# calls false, `called_false`, takes no feared thing: "called the fears baseless" untried)
_MOCKED = SAID | {"concern", "worry", "fear", "warning", "prediction"}


def mocks_no_statement(verb: Token) -> bool:
    """Whether a verb of mocking has an object that is nothing said, held or feared
    ("mocked his rivals", "mocking his hand size", "derided the reintroduction of X")."""
    if verb.lemma_.lower() not in _DERIDING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for c in verb.children if c.dep_ == "prep"]  # "scoffed at his story"
    objects += [g for c in preps for g in c.children if g.dep_ == "pobj"]
    return bool(objects) and not any(o.lemma_.lower() in _MOCKED for o in objects)


def whole_kind(token: Token | None, kind: Kind) -> Kind:
    """The kind of a candidate cued by `token`, given its cue word's kind."""
    if token is None:
        return kind
    if kind == "concern" and token.pos_ == "NOUN" and mocked(token):
        return "denial"
    if kind == "denial" and token.pos_ == "VERB" and mocks_no_statement(token):
        return "claim"
    if kind != "claim":
        return kind
    demand = token.pos_ == "VERB" and is_demand(token) and not no_demand(token)
    return "concern" if demand else kind  # not "Alongside BLM calls for action, X said"


# A prediction that harm will follow is a warning, so a concern (the guide: "could lead
# to", "is in danger of", "at risk of"); harm stated as a fact stays a claim.
_WARNS = re.compile(
    r"\b(?:could|might|may|would|will)\b[^.;]{0,30}?\b(?:lead to|led to|result in|damage|"
    r"harm|hurt|expose|endanger|undermine|destroy|kindle|threaten|jeopardi[sz]e)\b"
    r"|\b(?:at risk of|in danger of|a threat to|an? (?:\w+ )?threat to|have consequences)\b",
    re.IGNORECASE,
)


_NOT = re.compile(r"\bnot\b|n['’]t\b", re.IGNORECASE)  # "will not destroy it": no warning


def worded_kind(text: str, content: tuple[int, int], kind: Kind) -> Kind:
    """A claim whose words predict harm ("the cuts could lead to layoffs") is a concern."""
    if kind != "claim":
        return kind
    warning = _WARNS.search(text, content[0], content[1])
    return "concern" if warning and not _NOT.search(warning.group()) else kind
