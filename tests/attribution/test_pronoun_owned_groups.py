"""A group named by whom it belongs to through a word pointing back ("his attorneys", "her
aides", "the senator's advisers", "Kessler, whose lawyers") is that owner's group, and speaks
with the name it is joined to ("Kessler and his lawyers"). Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.parties.parties import parties_of
from tests.attribution.found import found


def test_his_attorneys_are_the_owners_attorneys() -> None:
    text = "Dan Kessler was sued on Monday. His attorneys said the suit was filed too late."
    assert ("claim", "Kessler's attorneys", "the suit was filed too late") in found(text)


def test_her_aides_are_the_owners_aides() -> None:
    text = "Senator Ana Ruiz toured the dam. Her aides told reporters that the bill would pass."
    assert ("claim", "Ruiz's aides", "the bill would pass") in found(text)


def test_a_titles_advisers_are_the_titled_persons() -> None:
    text = (
        "Senator Ana Ruiz backs the levy. The senator's advisers argued that it would pay "
        "for the new bridge."
    )
    assert ("claim", "Ruiz's advisers", "it would pay for the new bridge") in found(text)


def test_a_relatives_whose_names_the_owner() -> None:
    text = "The ruling hurt Dan Kessler, whose lawyers argued that the files held trade secrets."
    assert ("claim", "Kessler's lawyers", "the files held trade secrets") in found(text)


def test_a_name_and_its_owned_group_both_speak() -> None:
    text = "Dan Kessler was sued in May. Kessler and his lawyers denied the fraud charges."
    speakers = {name for kind, name, _ in found(text) if kind == "denial"}
    assert speakers == {"Kessler", "Kessler's lawyers"}


def test_a_plural_with_no_owner_stays_no_party() -> None:
    text = "Dan Kessler was sued in May. Kessler and aides denied the fraud charges."
    assert {name for kind, name, _ in found(text) if kind == "denial"} == {"Kessler"}
    assert found("Aides said the plan would fail.") == [("claim", None, "the plan would fail")]


def test_what_a_pronoun_owns_that_is_no_people_is_no_group() -> None:
    text = "Ana Ruiz and Tom Berg spoke. Their plans said that the dam would be finished."
    assert all(name is None or "plans" not in name for _, name, _ in found(text))


def test_the_owned_group_is_a_group_party_known_also_without_the_possessive() -> None:
    text = "Mrs. Ana Ruiz was sued on Monday. Her aides said the suit was filed too late."
    parties = {p.id: p for p in parties_of(read(text))}
    assert parties["ruiz-s-aides"].kind == "group"
    assert "Ruiz aides" in parties["ruiz-s-aides"].aliases
