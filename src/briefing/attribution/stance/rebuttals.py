"""Rebuttals without a verb of denying, read off the parse as denials.

By the labelling guide (evals/README, "Denials"; "Cases decided while labelling
news-train") insisting one is not what others say, an answer that negates an accusation
and a rebuttal whose substance answers a claim are denials. Read here: a charge proved
wrong ("London has proved him wrong"), a speaker or what was said called wrong ("They'd
be wrong", "the polls are wrong", "Lee was wrong to say C", people named by the view they
hold: "candidates who think P are dangerously wrong", T; not an act or a deed: "what
they did was wrong", "he was wrong to vote for it" criticise, so are claims), claims
called into question ("the information calls into question those claims"; not "calls
into question whether she is ready", a criticism), an inference refused ("that doesn't
mean it's a firewall"), and a label of wrongdoing disowned, in the first person or for
another ("we are not terrorists", "Donald is not a racist").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import to_infinitive
from briefing.attribution.text.negation import negated

_WRONG = frozenset({"wrong", "false", "mistaken"})
_BACK = frozenset({"this", "that", "it"})
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
        and not to_infinitive(token)  # a goal
        and any(c.lower_ in _WRONG for c in token.children)
    )


# who or what may be called wrong: a speaker, or something said or reckoned
_HOLDERS = frozenset({"he", "she", "they", "you"})
_RECKONED = frozenset(
    {"poll", "survey", "fact", "statement", "claim", "report", "number", "figure"}
    | {"recollection", "assessment", "story", "data", "analysis", "prediction", "premise"}
    | {"argument", "theory", "idea", "notion", "critic", "pundit", "expert", "analyst"}
    | {"skeptic", "doubter", "naysayer", "medium", "media", "estimate", "forecast", "assumption"}
    | {"allegation", "accusation", "finding", "account", "version", "narrative"}
)
_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SAYING = frozenset({"say", "suggest", "imply", "claim", "assert", "think", "believe"})
_CONCEDING = frozenset({"admit", "acknowledge", "concede"})


def _called_wrong(token: Token) -> bool:
    """ "They'd be wrong", "the latest polls are wrong", "Khan was wrong to say C": a
    speaker or what is said called wrong, not conceded ("admitting he was wrong")."""
    copula = token.head
    if token.lower_ != "wrong" or token.dep_ != "acomp" or copula.lemma_.lower() != "be":
        return False
    if token.i > 0 and token.doc[token.i - 1].text == "-":  # "an I-am-right, you-are-wrong guy"
        return False
    if negated(copula) or negated(token):
        return False
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    acts = [c for c in [*copula.children, *token.children] if c.dep_ in ("xcomp", "advcl")]
    if any(a.lemma_.lower() not in _SAYING for a in acts):  # "wrong to vote for it"
        return False
    if subject.pos_ == "PRON":
        holder = subject.lower_ in _HOLDERS
    else:  # anyone "wrong to say C"; else a name or something said
        holder = bool(acts) or subject.ent_type_ in _NAMES or subject.lemma_.lower() in _RECKONED
        holder = holder or _holds_view(subject)  # "candidates who think P are wrong"
    if copula.dep_ == "advcl":  # "when he is wrong, ...": a time or a condition
        return False
    return holder and not any(a.lemma_.lower() in _CONCEDING for a in copula.ancestors)


def _holds_view(subject: Token) -> bool:
    """ "candidates who think P": people named by a view they hold or voice."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _SAYING for c in subject.children)


def _called_into_question(token: Token) -> bool:
    """ "calls into serious question those claims" (the words in order, however parsed);
    not "calls into question whether she is ready" or "her leadership", criticisms."""
    if token.lemma_.lower() != "call" and token.lower_ not in ("calls", "called", "calling"):
        return False
    after = [t.lower_ for t in token.doc[token.i + 1 : token.i + 5]]
    if not after or after[0] != "into" or "question" not in after:
        return False
    start = token.i + 1 + after.index("question") + 1
    questioned = token.doc[start : start + 5]  # "those claims", not "whether she is ..."
    return any(t.lemma_.lower() in _RECKONED or t.lower_ in _RECKONED for t in questioned)


def _no_inference(token: Token) -> bool:
    """ "that doesn't mean it's a firewall": what others infer from it, refused."""
    if token.lemma_.lower() != "mean" or not negated(token):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if any(c.dep_ == "dobj" for c in token.children):  # "it doesn't mean anything"
        return False
    return subject is not None and subject.lower_ in _BACK


def _label_disowned(token: Token) -> bool:
    """ "we are not terrorists", "I'm not a racist", "Donald is not a racist", "It's not
    sexist": a label of wrongdoing negated of the speaker or of anyone they defend (not
    asked: "Isn't he a racist?")."""
    if token.dep_ not in ("attr", "acomp") or token.lemma_.lower() not in LABELS:
        return False
    copula = token.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    asked = token.sent[-1].text == "?" or copula.dep_ in ("relcl", "advcl")
    return negated(copula) and subject is not None and not asked


def rebuts(tokens: list[Token]) -> bool:
    """Whether a content's words rebut what others say (see the module's docstring)."""
    return any(
        _proved_wrong(t)
        or _called_wrong(t)
        or _called_into_question(t)
        or _no_inference(t)
        or _label_disowned(t)
        for t in tokens
    )
