"""What the attribution layer returns: one candidate per cue found."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.schema import Kind

Offsets = tuple[int, int]


@dataclass(frozen=True)
class Mention:
    """A named entity of the article: PERSON, ORG, GPE or NORP."""

    text: str
    label: str
    span: Offsets


@dataclass(frozen=True)
class Candidate:
    """Who (source) says (cue) what (content), with the party the source resolves to.

    `referent` is the name the source stands for ("Edmundo Novillo" for
    "Bolivia's defense minister, Edmundo Novillo", or for "he" when he is
    resolved); None for an unnamed source ("officials said").
    """

    cue: Offsets
    cue_text: str
    source: Offsets | None
    source_text: str
    content: Offsets
    kind: Kind
    sentence: Offsets
    shape: str
    referent: Mention | None = None
    addressee: Offsets | None = None  # whom a demand or warning is made to: "urged Y to"
    answers: Offsets | None = None  # the content a reply denial answers (`replies`)
