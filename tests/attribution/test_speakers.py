"""The wrong speaker: a name in the words said, a place, a reporter, a cut name."""

from briefing.attribution import read


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_she_is_not_a_person_named_in_her_own_quotation():
    text = (
        "Mayor Maria Lopez was asked about the river. "
        '"I do take what Tom Berg wrote seriously. He knows the river better than anyone," '
        "she said."
    )
    assert speakers(text) == ["Maria Lopez", "Maria Lopez"]


def test_a_title_is_named_by_the_name_its_appositive_heads():
    text = (
        "The other candidate in the race, former Secretary of State Maria Lopez, "
        "said the bridge would cost far more than planned."
    )
    assert speakers(text) == ["Maria Lopez"]


def test_he_continues_the_speaker_not_a_subject_inside_what_the_speaker_said():
    text = (
        "Tom Berg said having Mr. Wells treat him with respect is a good thing for the town. "
        '"Wells does not get along with the mayor at all," he said on the radio.'
    )
    assert speakers(text) == ["Tom Berg", "Tom Berg"]
