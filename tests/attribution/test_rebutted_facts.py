"""A fact granted, then denied what others infer from it: a claim and a denial (invented
sentences; evals/README, decisions of 2026-12-06, A)."""

from tests.attribution.found import found


def test_a_fact_then_but_that_doesnt_mean_gives_a_claim_and_a_denial():
    text = "\"We lead among older voters, but that doesn't mean it's a landslide,\" Paul Kim said."
    assert [(kind, content) for kind, _, content in found(text)] == [
        ("claim", "We lead among older voters"),
        ("denial", "that doesn't mean it's a landslide"),
    ]


def test_a_but_clause_that_denies_nothing_leaves_one_claim():
    text = '"We lead among older voters, but the race is close," Paul Kim said.'
    assert [kind for kind, _, _ in found(text)] == ["claim"]
