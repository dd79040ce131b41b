"""An argument said not to hold is denied (invented sentences; evals/README "Denials")."""

from tests.attribution.found import found


def test_an_argument_that_does_not_hold_is_denied():
    text = (
        "Senator Ann Cole said the mayor's reasons for closing the shelter don't hold weight. "
        "Dr. Paul Kim said the report's figures would not stand up to scrutiny. "
        "Mayor Tom Brandt said his argument holds no water."
    )
    assert [kind for kind, _, _ in found(text)] == ["denial", "denial", "denial"]


def test_a_ceasefire_or_profits_that_fail_are_no_denial():
    text = (
        "Rita Vasquez said the ceasefire did not hold. "
        "Ben Lee said profits can't hold up without the bank."
    )
    assert [kind for kind, _, _ in found(text)] == ["claim", "claim"]
