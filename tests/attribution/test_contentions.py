"""'X's contention was that C' (attribution/finders/contentions.py)."""

from tests.attribution.found import found


def test_a_contention_the_copula_gives_is_its_owners_claim():
    text = (
        "Roads row\n\n"
        "Mayor Dana Cole spoke on Monday.\n\n"
        "Cole\u2019s contention was that the council is, in fact, wasting money on roads."
    )
    assert ("claim", "Dana Cole", "the council is, in fact, wasting money on roads") in found(text)


def test_a_problem_that_is_no_claim_of_anyone():
    text = "Roads row\n\nThe problem is that the council is wasting money on roads."
    assert found(text) == []
