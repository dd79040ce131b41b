"""A verb joined to a reported clause whose object pronoun names that clause's subject is
the reporter's: "X said Y was wrong and criticized him" (`shapes._binds_subject`)."""

import pytest

from briefing.attribution import read
from tests.attribution.found import name_of


def _speaker_of(text: str, cue: str) -> str | None:
    spoken = [c for c in read(text).candidates if c.cue_text == cue]
    assert spoken, f"no candidate with the cue {cue!r}"
    return name_of(spoken[0])


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Ms. Ortiz said Mr. Kane was ignorant of the law and criticized him for "
            "saying he had served the town.",
            "criticized",
            "Ortiz",
        ),
        (
            "Ms. Lee said Mr. Kane was wrong about the levy and accused him of "
            '"lying to every voter in the county."',
            "accused",
            "Lee",
        ),
        (
            "Senator Ann Dale said Kane's tax plan would give money to developers, and "
            'called him "the best friend of every builder in the state."',
            "called",
            "Ann Dale",
        ),
    ],
)
def test_a_joined_verb_whose_object_is_the_reported_subject_is_the_reporters(
    text: str, cue: str, speaker: str
) -> None:
    assert _speaker_of(text, cue) == speaker


def test_a_joined_verb_with_another_object_stays_the_reported_subjects() -> None:
    text = "Ms. Ortiz said Mr. Kane rejected the offer and criticized the council for its delay."
    assert _speaker_of(text, "criticized") == "Kane"
