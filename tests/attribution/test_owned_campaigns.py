"""A campaign named by whose it is through a pronoun ("his campaign", "her team", "her
campaign's leadership") is the campaign of the person the pronoun stands for. Invented
sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_his_team_is_the_persons_campaign() -> None:
    text = (
        "Dan Kessler toured three farms in Ohio on Monday. While the senator trails there, "
        "his team believes that rural voters may still turn out for him."
    )
    assert ("claim", "Dan Kessler campaign", "rural voters may still turn out for him") in found(
        text
    )


def test_her_campaigns_leadership_is_her_campaign() -> None:
    text = (
        "Ana Ruiz kept her tone mild. Her campaign's leadership, on a call Friday, said that "
        "the rival camp had misused the voter files."
    )
    assert ("claim", "Ana Ruiz campaign", "the rival camp had misused the voter files") in found(
        text
    )
