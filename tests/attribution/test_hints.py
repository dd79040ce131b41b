"""The hints the parties pass sees: the actors a story names most are hinted even when silent."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.hints import principals, variables

TEXT = (
    "Harbor City weighs a bridge\n\n"
    "Harbor City will vote on the bridge in May. Ana Ruiz said the bridge is safe. "
    "Critics in Harbor City disagree. Harbor City has built two bridges before. "
    "The Port Authority was not asked."
)


def test_an_actor_named_three_times_in_the_body_is_a_principal() -> None:
    found = principals(read(TEXT))
    assert found[0] == "Harbor City"
    assert "Ana Ruiz" not in found and "Port Authority" not in found


def test_the_template_variables_carry_the_principals() -> None:
    hinted = variables(read(TEXT))
    assert hinted["principals"].startswith("Harbor City")
    assert "Ana Ruiz" in hinted["speakers"]
