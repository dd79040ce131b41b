"""A matter others raise said to tell nothing is a denial (invented sentences; evals/README
"Denials": casting doubt on a claim, a rebuttal of an inference)."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_no_bearing_no_substance_or_nothing_to_do_with_is_a_denial():
    text = (
        "The mayor's office said the letters released on Monday had no bearing on the "
        "bridge contract. Tom Brandt, a lawyer for the firm, said the complaints had "
        '"no substance." A spokesman for the club, Paul Kim, said the vote had nothing to do '
        "with the audit."
    )
    assert _kinds(text) == ["denial", "denial", "denial"]


def test_a_duty_or_a_description_with_nothing_to_do_stays_a_claim():
    text = (
        "Ana Ruiz said the council should have nothing to do with the fair. "
        "Tom Brandt said he met farmers who had nothing to do with the dam."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_arguments_found_unpersuasive_in_the_first_person_are_a_denial():
    text = (
        '"In the end, I do not find their arguments convincing," Ana Ruiz writes. '
        '"Voters don\'t find him convincing," Tom Brandt said.'
    )
    assert _kinds(text) == ["denial", "claim"]


def test_a_fact_said_not_to_tell_what_others_infer_is_a_denial():
    text = (
        '"That is not determinative of the final result," Tom Brandt said. '
        '"It is not a reflection on the mayor," said Ana Ruiz.'
    )
    assert _kinds(text) == ["denial", "denial"]
