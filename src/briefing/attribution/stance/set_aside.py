"""Content that sets aside what others say or infer, read off the parse as a denial.

By the labelling guide (evals/README, decisions of 2026-12-06) someone saying the
actor's conduct is not what critics say ("'Her visits are humanitarian, not political,'
the editor said") denies it, and so does casting doubt on a claim the article reports
("nothing has changed our assessment"). A contrast of a predicate with its negation ("A,
not B" after "is" or "are") and an assessment, view or position that nothing changed are
denials here, and so is saying another did not recognize the reality (of a ruling:
"Judge Reeves did not recognize that reality"), and waving a worry aside ("It is not a
problem", "there's no problem", "it's not an issue that will affect the race": like
"nothing to worry about"); not "I have no problem with X" (consent) nor "not a problem for
them", a problem someone else owns.
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.text.negation import negated, under_no

_PREDICATES = frozenset({"ADJ", "NOUN"})
_ACKNOWLEDGING = frozenset({"recognize", "acknowledge", "accept", "face"})
_FACTS = frozenset({"reality", "fact", "truth"})
_HELD = frozenset({"assessment", "view", "position", "judgment", "conclusion", "analysis"})


def _predicate_contrast(token: Token) -> bool:
    """ "His visits are moral, not political": "not" after a comma between two adjectives
    (or nouns) of the predicate of "be"."""
    doc = token.doc
    if token.lower_ != "not" or token.i < 2 or token.i + 1 >= len(doc):
        return False
    comma, before, after = doc[token.i - 1], doc[token.i - 2], doc[token.i + 1]
    if comma.text != "," or before.pos_ not in _PREDICATES or after.pos_ != before.pos_:
        return False
    verbs = [t for t in (before.head, after.head, before.head.head) if t.lemma_ == "be"]
    return bool(verbs)


def _unchanged_view(token: Token) -> bool:
    """ "Nothing has caused us to change our assessment" (not "he would not change his
    position", a pledge)."""
    if token.lemma_.lower() != "change" or token.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _HELD for c in token.children):
        return False
    return any(
        a.lower_ == "nothing" or any(c.lower_ == "nothing" for c in a.children)
        for a in token.ancestors
    )


def _denied_reality(token: Token) -> bool:
    """ "Judge Reeves did not recognize that reality": another said to deny the facts."""
    return (
        token.lemma_.lower() in _ACKNOWLEDGING
        and token.pos_ == "VERB"
        and negated(token)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _FACTS for c in token.children)
    )


_TROUBLES = frozenset({"problem", "issue", "threat", "danger", "worry", "concern"})


def _no_problem(token: Token) -> bool:
    """ "It is not a problem", "Fundraising is not a real problem", "there's no problem"."""
    if token.lemma_.lower() not in _TROUBLES or token.pos_ != "NOUN" or token.dep_ != "attr":
        return False
    if token.tag_ == "NNS":  # "those are not issues at the center": topics, not troubles
        return False
    copula = token.head
    if copula.lemma_.lower() != "be" and copula.lower_ not in ("'s", "’s"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("for", "with") for c in token.children):
        return False  # "not a problem for them", "no issue with X": another's, or consent
    there = any(c.dep_ == "expl" for c in copula.children)
    no = under_no(token)
    return (negated(copula) and not there) or (no and there)


def sets_aside(tokens: list[Token]) -> bool:
    """Whether the content's words set aside what others say (see the module's docstring)."""
    return any(
        _predicate_contrast(t) or _unchanged_view(t) or _denied_reality(t) or _no_problem(t)
        for t in tokens
    )
