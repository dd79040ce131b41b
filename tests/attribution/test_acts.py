"""Claims by speech acts quoted with their verb (attribution/finders/acts.py)."""

from tests.attribution.found import found


def test_judging_someone_for_something_keeps_verb_target_and_reason():
    text = "Senator Maria Olsen criticized the governor for again proposing cuts to the schools."
    assert found(text) == [
        ("claim", "Maria Olsen", "criticized the governor for again proposing cuts to the schools")
    ]


def test_lashing_out_and_daring_are_claims_of_the_speaker():
    text = (
        "Mayor Tom Reyes lashed out at the council for having cut the school budget, "
        "and dared the members to try it again next year."
    )
    assert found(text) == [
        ("claim", "Tom Reyes", "lashed out at the council for having cut the school budget"),
        ("claim", "Tom Reyes", "dared the members to try it again next year"),
    ]


def test_complaining_and_railing_quote_what_they_are_about():
    text = (
        "In 2009, Senator Maria Olsen complained bitterly about the county's handling of the "
        "flood, and railed about the state's habit to meddle in local affairs."
    )
    assert found(text) == [
        ("claim", "Maria Olsen", "complained bitterly about the county's handling of the flood"),
        ("claim", "Maria Olsen", "railed about the state's habit to meddle in local affairs"),
    ]


def test_not_ruling_out_keeps_the_negation():
    text = (
        "Governor Lena Park did not rule out new taxes on large farms. "
        "Jo Hale refused to rule out a run for the Senate."
    )
    assert [(kind, who) for kind, who, _ in found(text)] == [
        ("claim", "Lena Park"),
        ("claim", "Jo Hale"),
    ]
    contents = [content for _, _, content in found(text)]
    assert contents[0].startswith("did not rule out new taxes")
    assert contents[1] == "refused to rule out a run for the Senate"


def test_lashing_out_without_a_reason_and_ruling_out_are_no_act():
    text = (
        "Mayor Tom Reyes lashed out at the council after the vote. "
        "Governor Lena Park ruled out new taxes on large farms."
    )
    contents = [content for _, _, content in found(text)]
    assert not any(c.startswith(("lashed", "ruled")) for c in contents)
