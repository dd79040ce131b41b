"""Names the small model takes for organizations that the article's pronouns show are
people: "Carly Fiorina threw her support behind Cruz ... Fiorina was upfront about her
distaste for Trump" (two ORG tags) is a woman, not a body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from briefing.attribution.names.clause_subjects import subject_over
from briefing.attribution.text.quotation_marks import quotations
from briefing.attribution.text.spans import Offsets, doc_text
from briefing.identity import surname

# pronouns that continue a person; "her" only as an owner ("hired her" is someone else)
_PERSONAL = frozenset({"he", "she", "his", "her", "himself", "herself"})
_NEUTRAL = frozenset({"it", "its", "itself"})
_NAMES = frozenset({"PERSON", "ORG"})
MIN_VOTES = 2  # one "his" may be a misparse; two clauses make a person
# labels the small model gives a person's name as a subject ("Fiorina told" a WORK_OF_ART)
_MISREAD = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=8)
def pronoun_persons(doc: Doc) -> frozenset[str]:
    """Surnames of organizations that a he / she, his / her continues, as the subject of
    its own clause, at least MIN_VOTES times (the small model tagging the name a person
    elsewhere, or a subject a work of art, is one vote) and more often than an "it" / "its" does."""
    quoted = quotations(doc_text(doc))
    personal: Counter[str] = Counter()
    neutral: Counter[str] = Counter()
    tagged: set[str] = set()
    for ent in doc.ents:
        name = surname(_POSSESSIVE.sub("", ent.text))
        if ent.label_ == "PERSON" or (ent.label_ in _MISREAD and ent.root.dep_ == "nsubj"):
            tagged.add(name)  # the small model's own word, once, is one vote
        if ent.label_ != "ORG" or ent.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if ent[0].lower_ == "the":  # "the State Department": no person's name
            continue
        word = _continuing(ent.root, quoted)
        if word in _PERSONAL:
            personal[name] += 1
        elif word in _NEUTRAL:
            neutral[name] += 1
    for name in tagged & set(personal):
        personal[name] += 1
    return frozenset(
        name for name, votes in personal.items() if votes >= MIN_VOTES and votes > neutral[name]
    )


def _continuing(subject: Token, quoted: Sequence[Offsets]) -> str | None:
    """The first pronoun after the subject, in its verb's words and outside quotations, an
    owner or subject with no name between, whose nearest clause subject up the
    parse is this one ("Ruiz said her plan would work": "her" goes up through "plan",
    which holds it, to "said")."""
    verb = subject.head
    for token in verb.subtree:
        if token.i <= subject.i or any(a <= token.idx < b for a, b in quoted):
            continue
        word = token.lower_
        if word not in _PERSONAL | _NEUTRAL or not _continues(token):
            continue
        if any(
            t.pos_ == "PROPN" or t.ent_type_ in _NAMES for t in token.doc[subject.i + 1 : token.i]
        ):
            return None  # "Acme hired Ana Ruiz for her skills": Ruiz's
        over = subject_over(token)
        if over is not None and over.i == subject.i:
            return word
    return None


def _continues(pronoun: Token) -> bool:
    """An owner or a subject may continue a name; an object ("hired her", "to go after it")
    is mostly someone or something else."""
    if pronoun.lower_ in ("her", "its"):
        return pronoun.dep_ == "poss"
    if pronoun.lower_ == "it":
        return pronoun.dep_ in ("nsubj", "nsubjpass")
    return True


MAX_NAME_WORDS = 3  # a person's name; not a headline the small model took for one name


def is_pronoun_person(name: str, doc: Doc) -> bool:
    """Whether a name of a few words has a surname `pronoun_persons` found."""
    return len(name.split()) <= MAX_NAME_WORDS and surname(name) in pronoun_persons(doc)
