"""A content a rule shape gives one cue is not also the tagger's for another cue.

Invented sentences only; the learned tagger is replaced by one that proposes what the
shipped CRF proposed on seed 000 (the noun "remarks" taking the "said that" clause)."""

from __future__ import annotations

from spacy.tokens import Doc

from briefing.attribution import read
from briefing.attribution.cues.shapes import Found

TEXT = (
    "Two days after Novak's remarks, Tom Berg, a council spokesman, said in an interview "
    "that the bridge will open in May."
)


def _remarks_take_the_clause(doc: Doc) -> list[Found]:
    remarks = next(t for t in doc if t.text == "remarks")
    owner = next(t for t in doc if t.text == "Novak")
    start = TEXT.index("that the bridge")
    return [
        Found(
            cue=(remarks.idx, remarks.idx + len(remarks)),
            kind="claim",
            head=owner,
            source=(owner.idx, owner.idx + len(owner)),
            content=(start, len(TEXT) - 1),
            shape="tagger",
            token=remarks,
            rule=False,
        )
    ]


def test_the_said_clause_is_not_also_the_remarks() -> None:
    reading = read(TEXT, tag=_remarks_take_the_clause)
    speakers = [c.referent.text if c.referent else None for c in reading.candidates]
    assert "Novak" not in speakers
    assert "Tom Berg" in speakers
