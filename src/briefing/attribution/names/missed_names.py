"""Surnames the small model leaves untagged: "Fields supports a higher wage", after "Senator
Tom Fields", parses "Fields" as a plain noun; the lone capitalised word that is the last
word of a person named in full before it is that person."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from briefing.attribution.candidates import Mention
from briefing.identity import surname

_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # entities a speaker's name may be
# the roles a name can hold on its own; a modifier ("Fields campaign", "pro-Fields") or an
# owner ("Fields' team": the team speaks) is none
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr"})


def missed_surnames(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A person for each lone capitalised surname outside every named entity, when a person
    named in full before it has that surname: that person's full name at the surname."""
    full = sorted(
        (m for m in found if m.label == "PERSON" and len(m.text.split()) > 1), key=lambda m: m.span
    )
    if not full:
        return []
    covered = {i for ent in doc.ents if ent.label_ in _NAMED for i in range(ent.start, ent.end)}
    missed = []
    for token in doc:
        if token.i in covered or not _lone_name(token):
            continue
        named = [m for m in full if surname(m.text) == token.lower_ and m.span[1] <= token.idx]
        if named:  # the nearest one named before: "Fields" after "Maria Fields"
            span = (token.idx, token.idx + len(token))
            missed.append(Mention(named[-1].text, "PERSON", span))
    return missed


def _lone_name(token: Token) -> bool:
    """A capitalised noun standing on its own, not the first word of a name."""
    if token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in _ROLES:
        return False
    if not token.text[:1].isupper() or not token.text[1:].islower():
        return False
    return not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
