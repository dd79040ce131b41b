"""How far back the resolver looks for whom a word stands for: LOOKBACK_SENTENCES sentences
before the one it is in, or, for the person a pronoun continues, as many sentences of
narration, a quotation's own sentences not counted ('X said. "C1. C2. C3. C4," he said':
the speaker before the quotation is not far back); past that, only the last person named."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from briefing.attribution.candidates import Mention
from briefing.attribution.text.spans import Offsets

LOOKBACK_SENTENCES = 4


class Lookback:
    """The sentences of one article, and which of them lie inside a quotation."""

    def __init__(self, doc: Doc, quotations: Sequence[Offsets]) -> None:
        self.starts = [s.start_char for s in doc.sents]
        self.quoted = [
            any(a <= s.start_char and s.end_char <= b + 1 for a, b in quotations) for s in doc.sents
        ]

    def floor(self, offset: int, narrated: bool = False) -> int:
        """Offset of the sentence LOOKBACK_SENTENCES before the one holding `offset`
        (with `narrated`, counting no sentence of a quotation)."""
        index = max(i for i, s in enumerate(self.starts) if s <= offset)
        counted = 0
        while index > 0 and counted < LOOKBACK_SENTENCES:
            index -= 1
            counted += not (narrated and self.quoted[index])
        return self.starts[index]


def last_outside(persons: Sequence[Mention], at: int, outside: Sequence[Offsets]) -> Mention | None:
    """The last person named before `at`, however far back, not in `outside` (quotations):
    whom a pronoun continues past the lookback when no other person is named since
    ('Ruiz said ... "C1. C2. C3." The email read: "C4." Later, she added C5' is Ruiz's)."""
    for person in reversed(persons):
        inside = any(a <= person.span[0] and person.span[1] <= b for a, b in outside)
        if person.span[1] <= at and not inside:
            return person
    return None
