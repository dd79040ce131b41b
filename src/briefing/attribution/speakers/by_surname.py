"""'"Fields said", the small model tagging "Fields" a noun: the person named "Michelle
Fields"; an interview's "FIELDS:" label, the same."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.names.mentions import NOT_PEOPLE
from briefing.attribution.text.spans import Offsets
from briefing.identity import surname


def person_by_surname(people: Sequence[Mention], head: Token) -> Mention | None:
    """The person the article names with the head word as surname (the nearest such person
    before it, else after it)."""
    if not head.text[:1].isupper() or head.lower_ in NOT_PEOPLE:
        return None
    same = [p for p in people if p.text != head.text and surname(p.text) == head.lower_]
    before = [p for p in same if p.span[1] <= head.idx]
    return (before[-1] if before else same[0]) if same else None


def labelled(
    text: str, source: Offsets, people: Sequence[Mention], inside: Sequence[Mention]
) -> Mention | None:
    """ "WALLACE:" is the Chris Wallace the article names, else "Wallace". A label in
    title case ("Alex Smith: ...") must name someone, a person or body `inside` it ("The
    Latest: ..." does not)."""
    label = text[source[0] : source[1]]
    last = surname(label.replace(".", " "))
    same = [p for p in people if surname(p.text) == last]
    if same:
        best = max(same, key=lambda p: len(p.text))
        return best if not best.text.isupper() else Mention(best.text.title(), "PERSON", best.span)
    if label.isupper():
        return Mention(label.title(), "PERSON", source)
    return inside[0] if inside else None
