"""Content that says a matter others raise tells nothing, read off the parse as a denial.

By the labelling guide (evals/README, "Denials"; "Cases decided while labelling
news-train": a rebuttal of an inference, "that is not a sign of defeat", is a denial; so is
casting doubt on a claim) saying what others tie to a matter has no bearing on it, that an
allegation has no substance, that a fact is not a sign of what others read into it, or
that their arguments fail to persuade, dismisses what they say. Read here:
- "the emails had no bearing on the foundation's work", "the allegations had no
  substance", "the decision had nothing to do with the emails" (not under "should", a
  demand, nor in a relative clause, a description: "people who had nothing to do with it");
- "that is not determinative of success", "it's not a reflection on him";
- "I do not find their arguments compelling" (first person).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.auxiliaries import has_aux
from briefing.attribution.text.lexicon import DUTY_MODALS, FIRST_PERSON
from briefing.attribution.text.negation import negated, under_no

# what a matter is said to lack: "no bearing on Y", "no substance", "no merit"
_WEIGHT = frozenset({"bearing", "substance", "merit", "basis", "relevance", "foundation"})
# what a fact is said not to be of what others infer: "not determinative of", "not a sign"
_TELLING = frozenset(
    {"determinative", "indicative", "predictive", "sign", "indication", "reflection"}
    | {"indicator", "referendum", "barometer"}
)
_PERSUASIVE = frozenset(
    {"compelling", "convincing", "persuasive", "credible", "plausible", "believable"}
)
_ORDERING = DUTY_MODALS | {"shall"}


def _described(verb: Token) -> bool:
    """A relative clause or a verb under a modal of duty: no answer to what others say."""
    ordered = has_aux(verb, _ORDERING)
    return ordered or verb.dep_ in ("relcl", "acl")


def _no_bearing(token: Token) -> bool:
    """ "had no bearing on X", "the allegations had no substance", "has nothing to do with
    X"."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() != "have" or _described(verb):
        return False
    if token.lemma_.lower() in _WEIGHT:
        return under_no(token) or negated(verb)
    if token.lower_ not in ("nothing", "anything") or (token.lower_ == "anything") != negated(verb):
        return False
    return any(  # "nothing to do with X"
        c.lemma_.lower() == "do" and any(p.lower_ == "with" for p in c.children)
        for c in token.children
        if c.dep_ in ("relcl", "acl")
    )


def _not_telling(token: Token) -> bool:
    """ "that is not determinative of success", "it's not a reflection on him"."""
    if token.dep_ not in ("acomp", "attr") or token.lemma_.lower() not in _TELLING:
        return False
    copula = token.head
    return copula.lemma_.lower() == "be" and negated(copula) and not _described(copula)


def _unpersuaded(token: Token) -> bool:
    """ "I do not find their arguments compelling", "we don't find it convincing"."""
    if token.lower_ not in _PERSUASIVE:
        return False
    find = token.head if token.head.lemma_.lower() == "find" else token.head.head
    if find.lemma_.lower() != "find" or not negated(find):
        return False
    subject = next((c for c in find.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in FIRST_PERSON


def dismisses(tokens: list[Token]) -> bool:
    """Whether a content's words say a matter others raise tells nothing (module doc)."""
    return any(_no_bearing(t) or _not_telling(t) or _unpersuaded(t) for t in tokens)
