"""Another person a content opens with, named: '"She lies about everything," Cole said' ->
"Berg lies about everything", Berg the last person of that gender named before it.

The speaker says "I", so a quotation's opening "he" or "she" (or "his" / "her" owning its
subject) is someone else: the last person named before the content, in its sentence or the
LOOKBACK before it, who is not the speaker nor named in the content ("He is a threat to
Berg": not Berg). Only when that person's gender is known and agrees; a person of the
other gender is passed over, one of unknown gender stops the search (the rule cannot tell).
"""

from __future__ import annotations

from spacy.tokens import Span

from briefing.attribution.names.described import LEADER_TITLES
from briefing.attribution.names.genders import gender_of
from briefing.attribution.reading import Reading
from briefing.attribution.text.spans import sentences_back
from briefing.identity import possessive, surname

LOOKBACK = 3  # sentences before the content's
_THIRD = {"he": "m", "she": "f", "his": "m", "her": "f"}
_SUBJECTS = ("nsubj", "nsubjpass")
# a person mention's last word that is a title, no surname ("the President", "the Pope"):
# a description standing for the person, unlike identity.NAME_TITLES (words opening a name)
_TITLES = LEADER_TITLES | {"pope", "mayor", "judge", "king", "queen", "minister", "secretary"}


def opening_other(reading: Reading, span: Span, start: int, speaker: str) -> dict[int, str]:
    """Token index -> the name of the person the opening pronoun at `start` stands for
    (module docstring); `speaker` is the speaker's surname."""
    token = span.doc[start]
    gender = _THIRD.get(token.lower_)
    owns_subject = token.dep_ == "poss" and token.head.dep_ in _SUBJECTS
    if gender is None or not (token.dep_ in _SUBJECTS or owns_subject):
        return {}
    floor = sentences_back(reading.sentences, span.start_char, LOOKBACK)
    people = [
        m
        for m in reading.mentions
        if m.label == "PERSON" and floor <= m.span[0] and m.span[1] <= span.start_char
    ]
    for mention in reversed(people):
        name = mention.text.split()[-1]
        if surname(name) == speaker or surname(name) in _TITLES:  # "the President"
            continue
        if name in span.text:  # "He is a threat to Berg": not Berg
            continue
        known = gender_of(reading.genders, name)
        if known is None:
            return {}
        if known == gender:
            return {token.i: possessive(name) if token.dep_ == "poss" else name}
    return {}
