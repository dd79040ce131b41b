"""Claims made by accusing or naming someone (invented sentences; evals/README "Cases
decided while labelling news-train": an accusation is a claim of the accuser)."""

from tests.attribution.found import found


def test_an_accusation_keeps_the_verb_the_accused_and_the_charge():
    text = "Senator Maria Olsen accused Governor Tom Reyes of hiding the budget report."
    assert found(text) == [
        ("claim", "Maria Olsen", "accused Governor Tom Reyes of hiding the budget report")
    ]


def test_a_charge_with_a_crime_keeps_the_verb():
    text = "Senator Jo Hale charged Mayor Lena Park with ignoring the flood warnings."
    assert found(text) == [
        ("claim", "Jo Hale", "charged Mayor Lena Park with ignoring the flood warnings")
    ]


def test_calling_someone_a_name_quotes_the_one_named_and_the_label():
    text = "Senator Maria Olsen called the budget plan a giveaway to developers."
    assert found(text) == [("claim", "Maria Olsen", "the budget plan a giveaway to developers")]


def test_a_quoted_label_after_the_object_is_the_claim():
    text = "Mayor Tom Reyes called the union leaders “paid agitators” who stir up trouble."
    assert found(text) == [
        ("claim", "Tom Reyes", "the union leaders “paid agitators” who stir up trouble")
    ]


def test_describing_as_quotes_from_the_object_and_judging_as_keeps_the_verb():
    text = (
        "Senator Maria Olsen described the governor as a danger to the state. "
        "Governor Tom Reyes slammed the union proposal as too costly."
    )
    assert found(text) == [
        ("claim", "Maria Olsen", "the governor as a danger to the state"),
        ("claim", "Tom Reyes", "slammed the union proposal as too costly"),
    ]


def test_a_dateline_parsed_as_subject_gives_way_to_the_speaker():
    text = "BRIGHTON — Senator Maria Olsen on Friday slammed the new tax as unfair to farmers."
    assert found(text) == [("claim", "Maria Olsen", "slammed the new tax as unfair to farmers")]


def test_calling_someone_without_a_label_and_a_gloss_to_describe_are_no_claims():
    text = (
        "Mayor Tom Reyes called Senator Maria Olsen on Monday. "
        "Using a blunt phrase to describe the council as lazy, Reyes said it must work harder."
    )
    contents = [content for _, _, content in found(text)]
    assert not any("Olsen on Monday" in c or "as lazy" in c for c in contents)


def test_a_name_parsed_as_a_noun_at_the_start_of_a_sentence_still_speaks():
    text = (
        "Senator Bernie Sanders spoke first. Clinton suggested another date. "
        "Sanders accused Clinton of ducking."
    )
    assert [c for _, _, c in found(text)][-1] == "accused Clinton of ducking"
