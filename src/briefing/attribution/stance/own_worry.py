"""Content in which the speaker voices a worry of their own, read as a concern.

By the labelling guide (evals/README, "Concerns"; "Cases decided while labelling
news-train") one's own fear is a concern ("we lived in fear that ..."), and so is urging
vigilance. A speaker voices one when something worries them ("the plan worries me
greatly"), when they, or everyone, are or should be worried ("everyone in the country
ought to be worried about that"), when they live in fear, or when they call a state of
affairs alarming ("called it 'dangerous' that the city has no plan", "what he says is
dangerous", "they have created a much more dangerous situation"). A speaker negating
their own worry ("it doesn't scare me", "I'm not worried") denies it (the guide,
2026-12-06: a denial); a conditional worry ("if we were worried") stays a claim, and so
does a worry owned by a named third party (`fears` gives that party its concern).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import passive_voice
from briefing.attribution.text.lexicon import FIRST_PERSON
from briefing.attribution.text.negation import negated

_WORRIED_WORDS = frozenset(  # as `fears.FEAR_ADJECTIVES`, with the scared
    {"concerned", "worried", "troubled", "alarmed", "afraid", "fearful", "anxious", "nervous"}
    | {"scared", "frightened", "disturbed", "horrified", "appalled", "aghast"}
)
# verbs whose object is the one worried ("it worries me")
_WORRYING = frozenset({"worry", "concern", "trouble", "alarm", "frighten", "scare", "terrify"})
_WORRIED = frozenset({"me", "us"})
# who may be worried for the speaker: themself or everyone ("everyone should be worried")
_OWN_OR_ALL = frozenset({"i", "we", "everyone", "everybody"})
# a speaker's word for what alarms them ("it is troubling that ...")
_ALARMING = frozenset(
    {"alarming", "troubling", "disturbing", "worrying", "worrisome", "frightening", "scary"}
    | {"terrifying", "distressing", "unnerving", "horrifying"}
)
_PREDICATES = frozenset({"acomp", "oprd", "ccomp", "csubj"})  # "what is troubling is C"
_FEARS = frozenset({"fear", "terror"})
_IF = frozenset({"if", "unless"})
_NOT_SAID = frozenset({"relcl", "acl", "pcomp", "advcl", "pobj"})  # clauses on a noun


def _conditional(token: Token, inside: set[int]) -> bool:
    """Whether the token lies in a condition of the content ("if we were worried")."""
    return any(
        a.dep_ == "advcl" and a.i in inside and any(m.lower_ in _IF for m in a.children)
        for a in [token, *token.ancestors]
    )


def _worries_speaker(token: Token) -> Token | None:
    """ "the plan worries me", "what concerns us is ...", "it makes me nervous": the verb
    whose negation decides, or None."""
    if (
        token.pos_ == "VERB"
        and token.lemma_.lower() in _WORRYING
        and any(c.dep_ == "dobj" and c.lower_ in _WORRIED for c in token.children)
    ):
        return token
    made = token.head
    if token.lower_ not in _WORRIED_WORDS or made.lemma_.lower() != "make" or made == token:
        return None
    worried = [*token.children, *made.children]
    return (
        made if any(c.dep_ in ("nsubj", "dobj") and c.lower_ in _WORRIED for c in worried) else None
    )


def _worried_speaker(token: Token) -> tuple[Token, Token] | None:
    """ "I'm worried about C", "everyone ought to be worried about that": (the verb whose
    negation decides, who is worried), or None."""
    if token.lower_ not in _WORRIED_WORDS:
        return None
    if token.dep_ == "acomp":
        verb, subjects = token.head, ("nsubj",)
    elif token.dep_ == "conj" and token.head.dep_ == "acomp":  # "we are angry and horrified"
        if negated(token) or negated(token.head):  # "tired and not worried": no worry voiced
            return None
        verb, subjects = token.head.head, ("nsubj",)
    elif passive_voice(token):
        verb, subjects = token, ("nsubjpass",)
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in subjects), None)
    if subject is None and verb.dep_ == "xcomp":  # "everyone ought to be worried"
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb, subject) if subject is not None and subject.lower_ in _OWN_OR_ALL else None


def _own_worry(token: Token) -> Token | None:
    """The verb whose negation decides a worry of the speaker's own the token words."""
    worried = _worried_speaker(token)
    if worried is not None and worried[1].lower_ in FIRST_PERSON:
        return worried[0]
    return _worries_speaker(token)


def _lives_in_fear(token: Token) -> bool:
    """ "we had lived in fear for so long that C"."""
    if token.lemma_.lower() not in _FEARS or token.dep_ != "pobj" or token.head.lower_ != "in":
        return False
    verb = token.head.head
    return verb.lemma_.lower() == "live" and not negated(verb)


def _calls_alarming(token: Token) -> bool:
    """ "it is troubling that C", "what is terrifying is C", "calling it 'dangerous' that
    C", "what he says is dangerous": a predicate of alarm ("dangerous" after "be", or of a
    state of affairs the sentence goes on to state; not "made it dangerous for them")."""
    word = token.lower_
    if _dangerous_thing(token):
        return True
    if token.dep_ not in _PREDICATES or negated(token) or negated(token.head):
        return False
    if word in _ALARMING:
        return True
    if word != "dangerous":
        return False
    return (token.dep_ == "acomp" and token.head.lemma_.lower() == "be") or any(
        c.dep_ in ("ccomp", "advcl") and c.i > token.i
        for c in [*token.children, *token.head.children]
    )


def _dangerous_thing(token: Token) -> bool:
    """ "They have created a much more dangerous situation", "another example of his
    dangerous and divisive race-baiting": a thing the content's verb makes or is (or what
    that thing is "of"), called dangerous."""
    noun = token.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "an example of his dangerous X": the example is what is said
    return (
        token.lower_ == "dangerous"
        and token.dep_ == "amod"
        and noun.dep_ in ("dobj", "attr")
        and noun.head.dep_ not in _NOT_SAID  # not "people who made dangerous decisions"
        and not negated(noun.head)
    )


def _voices(token: Token) -> bool:
    worried = _worried_speaker(token)
    verb = worried[0] if worried is not None else _worries_speaker(token)
    return verb is not None and not negated(verb)


def voices_worry(tokens: list[Token]) -> bool:
    """Whether the content's words voice the speaker's own worry (see the module doc)."""
    inside = {t.i for t in tokens}
    return any(
        (_voices(t) or _lives_in_fear(t) or _calls_alarming(t)) and not _conditional(t, inside)
        for t in tokens
    )


def denies_worry(tokens: list[Token]) -> bool:
    """Whether the content's words negate a worry of the speaker's own ("it doesn't scare
    me", "I'm not worried that C", "It doesn't make me nervous"): a denial by the guide."""
    inside = {t.i for t in tokens}
    for token in tokens:
        verb = _own_worry(token)
        if verb is not None and negated(verb) and not _conditional(token, inside):
            return True
    return False
