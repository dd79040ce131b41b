"""'his campaign said', 'her team believes', "her campaign's leadership criticized": a
body a pronoun owns speaks for the person the pronoun stands for, as that person's body
("Sanders campaign"), when no body of the kind was named before (`bodies.body_for`)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from briefing.attribution.candidates import Mention

# bodies a person owns and is known by (the labelling guide: "the Sanders campaign" is a
# party of its own, not the candidate); not "his office", "his staff": no name of their own
OWNED = frozenset({"campaign", "team", "camp"})
# a word for the ones heading a body, its own body speaking: "her campaign's leadership"
_HEADS = frozenset({"leadership"})
_OWNING = ("poss", "nmod")
_GENDERS = {"his": "m", "her": "f"}
# the person a pronoun of a gender stands for, as the resolver reads it
Person = Callable[[Token, str], Mention | None]


def owned_by(head: Token, person: Person) -> Mention | None:
    """The body a source's head names, owned by the person its pronoun stands for."""
    pronoun = owning_pronoun(head)
    if pronoun is None:
        return None
    owner = person(pronoun, _GENDERS[pronoun.lower_])
    return owned_body(owner) if owner is not None else None


def owning_pronoun(head: Token) -> Token | None:
    """The pronoun owning the body a source's head names: "his" of "his campaign", also of
    "his campaign's leadership" (parsed "his" the owner of "leadership")."""
    body: Token | None = head
    if head.lower_ in _HEADS:
        body = next((c for c in head.children if c.dep_ in _OWNING and c.lower_ in OWNED), None)
    if body is None or body.lower_ not in OWNED or body.pos_ != "NOUN":
        return None
    owners = (*body.children, *head.children)
    return next((c for c in owners if c.dep_ == "poss" and c.lower_ in _GENDERS), None)


def owned_body(owner: Mention) -> Mention:
    """A person's campaign, named after them ("Sanders campaign"), at their name: "his
    team", "his camp" are his campaign too (the labelling guide's campaign parties)."""
    return Mention(f"{owner.text} campaign", "ORG", owner.span)
