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
