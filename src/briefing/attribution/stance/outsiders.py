"""Whether a place told what it should do is an outside party to the one who says so.

By the labelling guide (evals/README, "Cases decided while labelling news-train") "X said
Z should do Y", with Z an outside or opposing party ("Beijing's envoy said Tokyo should
stop its patrols"), is a demand on Z, while what the speaker's own side should do ("the
U.S. should invest more", said by a U.S. official) is a claim. A place is outside when the
speaker's own words name a place or a people ("the head of China's delegation") and none
of them is that place.
"""

from __future__ import annotations

from spacy.tokens import Token

_PLACES = frozenset({"GPE", "NORP"})
# the spellings of one country that share no first letters ("U.S.", "America")
_SAME = (
    frozenset({"us", "unitedstates", "america", "american", "americans", "washington"}),
    frozenset({"uk", "unitedkingdom", "britain", "british", "england", "english", "london"}),
)
STEM = 4  # "China" / "Chinese", "Japan" / "Japanese": one place by the first letters


def _key(text: str) -> str:
    words = text.lower().replace(".", "").split()
    return "".join(w for w in words if w != "the")


def _same_place(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    if any(ka in group and kb in group for group in _SAME):
        return True
    return ka[:STEM] == kb[:STEM]


def _place(token: Token) -> str | None:
    """The whole entity a place word belongs to ("the United States")."""
    if token.ent_type_ not in _PLACES:
        return None
    return next((e.text for e in token.doc.ents if e.start <= token.i < e.end), token.text)


def outside_place(subject: Token, verb: Token) -> bool:
    """Whether the subject of an obligation ("the United States should reduce ...") is a
    place other than every place the speaker of the saying verb above it is named by."""
    place = _place(subject)
    said = verb.head
    if place is None or verb.dep_ != "ccomp" or said.pos_ != "VERB":
        return False
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    theirs = {p for t in speaker.subtree if (p := _place(t)) is not None}
    return bool(theirs) and not any(_same_place(place, p) for p in theirs)
