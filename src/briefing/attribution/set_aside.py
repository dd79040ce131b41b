"""Content that sets aside what others say or infer, read off the parse as a denial.

By the labelling guide (evals/README, decisions of 2026-12-06) someone saying the
actor's conduct is not what critics say ("'Her visits are humanitarian, not political,'
the editor said") denies it, and so does casting doubt on a claim the article reports
("nothing has changed our assessment"). A contrast of a predicate with its negation ("A,
not B" after "is" or "are") and an assessment, view or position that nothing changed are
denials here, and so is saying another did not recognize the reality (of a ruling:
"Judge Reeves did not recognize that reality").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefing.attribution.negation import negated

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


def sets_aside(tokens: list[Token]) -> bool:
    """Whether the content's words set aside what others say (see the module's docstring)."""
    return any(_predicate_contrast(t) or _unchanged_view(t) or _denied_reality(t) for t in tokens)
