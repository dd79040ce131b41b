"""Titles qualified by a name written before them: "the Vermont senator" (a place),
"a top GOP strategist", "White House officials" (a body's people, not the body)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention

# people of a body, named by it ("White House officials"): not the body itself
STAFF = frozenset(
    {
        "official",
        "strategist",
        "aide",
        "adviser",
        "advisor",
        "operative",
        "staffer",
        "lawmaker",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    }
)


def _modifying(head: Token, inside: Sequence[Mention]) -> bool:
    """Whether every name is written before the head as its modifier (compound, adjective)."""
    kept = {t.i for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")}
    for child in [t for t in head.lefts if t.i in kept]:
        kept |= {t.i for t in child.subtree}
    tokens = {t.idx: t.i for t in head.doc[head.left_edge.i : head.i]}
    return all(tokens.get(m.span[0], -1) in kept for m in inside)


def placed_title(head: Token, inside: Sequence[Mention]) -> bool:
    """Whether a title is qualified by places alone, written before it as its modifiers:
    "the Vermont senator", "the former Florida governor", "the New York billionaire"
    (not "Ruiz's lawsuit", a name the small model took for a place)."""
    return (
        any(m.label == "GPE" for m in inside)
        and all(m.label in ("GPE", "NORP") for m in inside)
        and _modifying(head, inside)
    )


def body_staff(head: Token, inside: Sequence[Mention]) -> bool:
    """Whether a source is a body's unnamed people, the body a modifier: "a top GOP
    strategist", "White House officials", "a District Court judge" ("a spokesman for the
    party" is the party's)."""
    return (
        (head.lemma_.lower() in STAFF or _office_title(head))
        and all(m.label in ("ORG", "GPE", "NORP") for m in inside)
        and _modifying(head, inside)
    )


# a person's place in a body, the body its modifier: "a District Court judge" (not a
# party's "front-runner" or "nominee": `Descriptions.titled` would not tell the parties apart)
OFFICE_TITLES = frozenset({"judge", "justice", "chairman", "chairwoman", "prosecutor"})


def _office_title(head: Token) -> bool:
    return head.tag_ == "NN" and head.lemma_.lower() in OFFICE_TITLES
