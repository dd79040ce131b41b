"""Alarm words in an attribution's content, read as a concern.

By the labelling guide (evals/README, "Cases decided while labelling news-train") the
alarm words "crisis" and "X threatens Y" make concerns (O), and so does naming a danger
or a threat ("come with enormous dangers", "did not react to the danger of X", "we face
a very significant threat", "among the diseases threatening our orchards": P), or a harm
going on now ("Trump is destroying the party's chance to win": N, harm to one's own side
is a concern). A crisis is a state the speaker names ("the planet is in crisis", "a
moment of crisis"), not a known event by its name ("the migrant crisis").
A negated or conditional alarm ("there is no threat", "if the crisis deepens"), a
threat fought or guarded against ("we will defeat the threat", "defenses against
threats"), one made as an act ("received death threats") or owned by others ("public
concerns about the threats", "those who pose a threat") stay claims.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.names.party_kinds import is_person_title
from briefing.attribution.stance.forecasts import Has
from briefing.attribution.text.auxiliaries import has_aux
from briefing.attribution.text.negation import negated, under_no

_ALARM_NOUNS = frozenset({"danger", "threat", "menace", "peril"})
_CRISES = frozenset({"crisis"})
_STATES = frozenset({"moment", "time", "state", "point", "era", "period", "age"})
# verbs of a threat made or handled as an act ("made threats", "investigated threats")
_ISSUING = frozenset(
    {"make", "issue", "level", "receive", "communicate", "send", "get", "investigate"}
    | {"report", "carry"}
)
_GUARDS = frozenset({"from", "against"})  # "protection from threats"
_PEOPLE = frozenset({"he", "she", "him", "her"})
_PRESENT_BE = frozenset({"is", "are", "'s", "'re", "’s", "’re", "am", "'m", "’m"})
_OWN_POSSESSIVES = frozenset({"our", "my", "their", "his", "her", "its"})


def _conditional(token: Token, inside: set[int]) -> bool:
    """Whether the token lies in an adverbial clause of the content ("if the crisis
    deepens", "when the danger passes"): a condition or a time."""
    return any(a.dep_ == "advcl" and a.i in inside for a in [token, *token.ancestors])


def _denied(noun: Token) -> bool:
    """ "no threat", "is not a danger", "poses no real danger", "was not in a crisis"."""
    if under_no(noun):
        return True
    if noun.dep_ == "pobj" and noun.head.head.lemma_ == "be" and negated(noun.head.head):
        return True
    return noun.dep_ in ("attr", "dobj", "nsubj", "nsubjpass") and negated(noun.head)


def _fought(noun: Token, has: Has) -> bool:
    """ "we will defeat the threat", "to counter the danger": an alarm fought, not raised."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ == "VERB" and has(verb, "counter")


def _guarded(noun: Token, has: Has) -> bool:
    """An alarm guarded against, owned by others or told of a class: "defenses against
    threats", "a protector from threats", "public concerns about the threats" (the
    public's), "those who pose a threat"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in _GUARDS:
        return True
    if any(a.pos_ == "NOUN" and has(a, "fear") for a in noun.ancestors):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ == "relcl"


def _made_threat(noun: Token) -> bool:
    """A threat as an act someone makes ("made threats", "received death threats",
    "charged with communicating a threat"): told of, not raised."""
    if any(c.lower_ == "death" for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING


def _called_person(noun: Token) -> bool:
    """A person called a danger ("he is a danger to the free world", "described the
    governor as a danger"): an insult or an evaluation of someone, a claim."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
    elif noun.dep_ in ("attr", "oprd", "conj"):
        verb = noun.head
        while verb.dep_ == "conj" and verb.pos_ == "NOUN":  # "not only a racist, but a danger"
            verb = verb.head
        verb = verb.head if verb.pos_ == "NOUN" else verb
    else:
        return False
    named = [c for c in verb.children if c.dep_ in ("nsubj", "dobj", "nsubjpass")]
    return any(
        c.ent_type_ == "PERSON" or c.lower_ in _PEOPLE or is_person_title(c.text) for c in named
    )


def _alarm_noun(token: Token, has: Has) -> bool:
    """A danger or threat named ("the danger of someone who attacks migrants"); not
    another's ("his threat to sue"), not denied, not fought or guarded against, not a
    person called one."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _ALARM_NOUNS or _denied(token):
        return False
    if _fought(token, has) or _guarded(token, has) or _made_threat(token):
        return False
    if _called_person(token):
        return False
    return all(c.lower_ in _OWN_POSSESSIVES for c in token.children if c.dep_ == "poss")


def _crisis(token: Token) -> bool:
    """ "a moment of crisis for our nation", "the planet is in crisis", "there is a
    crisis": a state of crisis the speaker names, not a known event by its name ("the
    migrant crisis", "the 2008 crisis") nor one handled ("manage a global crisis")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _CRISES or _denied(token):
        return False
    named = any(c.dep_ in ("compound", "nmod", "poss") for c in token.children)
    the = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
    if named or the:
        return False
    head = token.head
    if token.dep_ == "attr":  # "there is a crisis", "this is a crisis"
        return head.lemma_.lower() == "be"
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "in":  # "the planet is in crisis", "a world in constant crisis"
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() in _STATES


def _threatens(token: Token) -> bool:
    """ "The rise of terrorism threatens the way of life", "attacks threaten our very way
    of life": a thing or a state of affairs said to threaten now, not negated; what a
    person threatened ("who threatened to sue") is another's threat, told of."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "threaten" or negated(token):
        return False
    if _ranked_threat(token):
        return True
    if token.tag_ not in ("VBZ", "VBP", "VB") or has_aux(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    relative = subject is not None and subject.tag_ in ("WP", "WDT")  # "who threatens"
    return subject is not None and not relative and any(c.dep_ == "dobj" for c in token.children)


def _ranked_threat(verb: Token) -> bool:
    """ "among the diseases threatening our orchards", "one of the gravest risks threatening
    X": the class a thing is ranked in threatens (the guide, P), the participle on a plural
    noun after "among" or "of", with an object; not someone threatening ("a man threatening
    nobody", told of, not raised)."""
    thing = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and thing.tag_ == "NNS"
        and thing.dep_ == "pobj"
        and thing.head.lower_ in ("among", "of")
        and thing.ent_type_ == ""
        and not is_person_title(thing.text)
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _harming_now(token: Token, has: Has) -> bool:
    """ "Trump is destroying the party's chance to win", "the mayor is wrecking our
    chance": a harm going on now (the guide, N: harm to one's own side is a concern)."""
    if token.pos_ != "VERB" or token.tag_ != "VBG" or not has(token, "harm") or negated(token):
        return False
    present = has_aux(token, _PRESENT_BE)
    harmed = [c for c in token.children if c.dep_ == "dobj" and c.tag_ not in ("WP", "WDT")]
    return present and bool(harmed)


def sounds_alarm(tokens: list[Token], has: Has) -> bool:
    """Whether the content names a danger, a threat or a crisis, or says a thing
    threatens another (see the module's docstring)."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if _conditional(token, inside):
            continue
        if _alarm_noun(token, has) or _crisis(token) or _threatens(token):
            return True
        if _harming_now(token, has):
            return True
    return False
