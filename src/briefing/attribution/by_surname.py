"""'"Fields said", the small model tagging "Fields" a noun: the person named "Michelle
Fields"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from briefing.attribution.candidates import Mention
from briefing.attribution.mentions import NOT_PEOPLE
from briefing.identity import surname


def person_by_surname(people: Sequence[Mention], head: Token) -> Mention | None:
    """The person the article names with the head word as surname (the nearest such person
    before it, else after it)."""
    if not head.text[:1].isupper() or head.lower_ in NOT_PEOPLE:
        return None
    same = [p for p in people if p.text != head.text and surname(p.text) == head.lower_]
    before = [p for p in same if p.span[1] <= head.idx]
    return (before[-1] if before else same[0]) if same else None
