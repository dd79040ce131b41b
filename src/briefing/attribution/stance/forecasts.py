"""A prediction that something bad will follow, read off the parse as a warning.

By the labelling guide (evals/README, "Cases decided while labelling news-train") a
prediction that something bad will follow is a concern ("if the dam is not repaired, the
valley will flood"); a neutral or favourable prediction, a counter-prediction ("any
sanctions will fail") or harm stated as a fact stays a claim. A forecast here is a bad
outcome (a verb of harm, "taken away", or a noun or adjective of one, also one a noun
bears: "a dictatorship", "xenophobic sentiment", "more hate crimes", "virulent"; what
a verb of making leaves: "would make things worse", "will make us less safe") in a
clause under a modal of prediction ("will", "would", "could", "is going to") or
heading an "if" / "unless" clause ("if the dam fails, the valley is lost"), or what
someone or something "means" ("Lee means war"), not
negated, not inside a condition ("if war breaks out"), and not the object of a verb that
fights it ("we will defeat terrorism"). So is a loss foretold ("if we give it up, the
party no longer stands for anything", "we are not going to have a country anymore"), not
a burden lifted ("will no longer have to pay"). The words are in `stance_words.tsv`
(roles `harm`, `bad`, `counter`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux, passive_voice
from briefing.attribution.text.negation import negated

_PREDICTIONS = frozenset({"could", "might", "may", "will", "would", "'ll", "’ll", "wo"})
# a clause opened by these is a condition, a time or a reason, not the outcome
_CONDITIONS = frozenset(
    {"if", "unless", "when", "whenever", "once", "until", "before", "after", "because"}
    | {"although", "though", "while", "since", "as", "whether"}
)
_IFS = frozenset({"if", "unless"})
_CLIMB = frozenset({"ccomp", "xcomp", "conj", "advcl", "acl", "relcl", "pcomp"})
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "acomp", "oprd"})
_AWAY = frozenset({"take", "strip", "wipe", "tear"})  # "our rights taken away"
# "would make things worse", "will make us less safe": what a verb of making leaves
_MAKING = frozenset({"make", "render", "leave"})
_SAFE = frozenset({"safe", "secure", "stable"})  # "less safe" is a bad outcome

_HAVING = frozenset({"have", "stand", "exist", "be"})  # "will no longer have a country"

Has = Callable[[Token, str], bool]


def _outcome(token: Token, has: Has) -> bool:
    """A word of a bad outcome: a verb of harm, "taken away", "is lost", a bad noun or
    adjective."""
    if token.pos_ == "VERB" and has(token, "harm"):
        return True
    if token.lemma_.lower() in _AWAY and any(c.lower_ == "away" for c in token.children):
        return True
    if token.lemma_.lower() == "lose" and passive_voice(token):
        return True  # "the country is lost", "jobs will be lost"
    if token.lower_ in _SAFE and any(c.lower_ == "less" for c in token.children):
        return _made(token)  # "will make us less safe"
    return token.pos_ in ("NOUN", "ADJ") and has(token, "bad")


def _made(adjective: Token) -> bool:
    """An adjective that is what a verb of making leaves something ("would make things
    worse", "make a terrible situation even worse", "render us less safe")."""
    making = adjective.head.lemma_.lower() in _MAKING
    return making and adjective.dep_ in ("ccomp", "advmod", "oprd", "acomp")


def _marked(verb: Token) -> bool:
    """A clause opened by "if", "when", "because" ...: a condition, no outcome."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


def _predicted(verb: Token) -> bool:
    """Whether a verb carries a modal of prediction ("will see"), or "going to", or is
    the outcome of a condition ("if we give it up, the country is lost")."""
    if has_aux(verb, _PREDICTIONS):
        return True
    if outcome_of_condition(verb):
        return True
    if _entails(verb):  # "Clinton means war"
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ == "going"


def _entails(verb: Token) -> bool:
    """ "Hillary Clinton means war", "this would mean chaos": what someone or something
    brings with it, foretold in the present (not "by war I mean ...")."""
    return (
        verb.lemma_.lower() == "mean"
        and verb.tag_ in ("VBZ", "VBP", "VB")
        and any(c.dep_ == "dobj" for c in verb.children)
        and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "you") for c in verb.children)
    )


def outcome_of_condition(verb: Token) -> bool:
    """A clause whose verb heads an "if" / "unless" clause: what follows if it holds."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _IFS for m in c.children)
        for c in verb.children
    )


def _finite(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children
    )


def _up(node: Token) -> Token | None:
    """The next word to climb to from a bad word towards its clause's verb: a verb from
    its object, subject or complement ("impose a dictatorship", "become virulent") or
    from a "to" / "into" phrase ("plunge it into chaos"), a verb from a clause without a
    tense of its own ("see our rights taken away"); None from deeper ("a look at the
    disaster", "men killed by violence")."""
    head = node.head
    if node.pos_ in ("VERB", "AUX"):
        verbal = node.dep_ in _CLIMB and head.pos_ in ("VERB", "AUX")
        return head if verbal and not _finite(node) else None
    if node.pos_ == "ADJ" and _made(node):
        return head  # "would make things worse": the made state is the outcome
    if node.dep_ == "conj" or (node.dep_ == "amod" and head.pos_ == "NOUN"):
        return head  # "will increase xenophobic sentiment": the sentiment is bad
    if node.dep_ in _ARGUMENTS and head.pos_ in ("VERB", "AUX"):
        return head
    into = node.dep_ == "pobj" and head.lower_ in ("to", "into")
    return head.head if into and head.head.pos_ in ("VERB", "AUX") else None


def _forecast(token: Token, inside: set[int], has: Has) -> bool:
    """Whether the bad word's clause, or a clause it hangs on without a tense of its own
    ("will see our rights taken away"), is predicted, crossing no negation, condition or
    verb that fights the outcome ("would stop the violence")."""
    node: Token | None = token
    while node is not None and node.i in inside:
        if node.pos_ in ("VERB", "AUX"):
            if negated(node) or _marked(node) or (node.i != token.i and has(node, "counter")):
                return False
            head = node.head if node.dep_ == "conj" and not _finite(node) else node
            if _predicted(head):
                if _described(head, inside):
                    return False
                return head.lemma_.lower() != "be" or _there_is(head) or node.i != head.i
        node = _up(node)
    return False


def _described(verb: Token, inside: set[int]) -> bool:
    """A forecast said inside a clause describing a noun of the content ("he plans a bill
    after slamming an effort that Sanders said would make it worse"): the content
    forecasts nothing of its own ("a crowd that will become virulent" still does)."""
    clauses = [a for a in verb.ancestors if a.dep_ == "relcl" and a.i in inside]
    return any(a.head.i in inside and a.head.pos_ in ("NOUN", "PROPN") for a in clauses)


def _there_is(verb: Token) -> bool:
    """ "there will be war": the bad noun is what will be, not what a subject is called."""
    return any(c.dep_ == "expl" for c in verb.children)


def _foretells_loss(token: Token) -> bool:
    """ "If we give it up, the party no longer stands for anything", "we are not going to
    have a country anymore": what will be lost, foretold ("no longer", "not ...
    anymore" in a predicted clause)."""
    verb = token.head
    if token.dep_ != "advmod" or verb.lemma_.lower() not in _HAVING or _marked(verb):
        return False
    if any(c.dep_ == "xcomp" for c in verb.children):  # "will no longer have to pay"
        return False
    if verb.lemma_.lower() == "be" and not _there_is(verb):  # not "will no longer be in force"
        return False
    if token.lower_ == "longer":
        lost = any(c.dep_ == "neg" and c.lower_ == "no" for c in token.children)
    else:
        lost = token.lower_ == "anymore" and (negated(verb) or negated(verb.head))
    head = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ == "going" else verb
    return lost and (_predicted(verb) or _predicted(head))


def predicts_bad(tokens: list[Token], has: Has) -> bool:
    """Whether the content predicts a bad outcome (see the module's docstring)."""
    inside = {t.i for t in tokens}
    if any(_foretells_loss(t) for t in tokens):
        return True
    return any(_outcome(t, has) and _forecast(t, inside, has) for t in tokens)
