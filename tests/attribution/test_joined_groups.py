"""Two unnamed peoples joined by "and" as one source are one group party named by both
(issue 21, actor4): the guide's "an unnamed crowd in one phrase is one group party".
A named people joined to them still speaks on its own. A part of a group its owner names
("some of Ruiz's allies") is a group of its own, not the owner. Invented sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_two_professions_joined_are_one_group() -> None:
    text = (
        "The bill stalled in the Senate on Monday, while nurses and public health experts "
        "warned of the risk of an outbreak in the southern states."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert speakers == {"nurses and public health experts"}


def test_an_owned_group_keeps_its_second_noun() -> None:
    text = (
        "The governor stayed silent. Ruiz's close friends and allies have said she was "
        "waiting for the court to rule before she spoke."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert speakers == {"Ruiz's close friends and allies"}


def test_a_named_people_joined_speaks_on_its_own() -> None:
    text = (
        "The servers were breached in June. Security researchers and U.S. officials said "
        "they believed a foreign agency stole the files."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert "Security researchers and U.S. officials" not in speakers


def test_some_of_a_named_owners_allies_are_a_group_not_the_owner() -> None:
    text = (
        "The senator's use of the server drew fire. "
        "Even some of Ruiz's allies have described it as a serious lapse in judgment."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert speakers == {"some of Ruiz's allies"}


def test_some_of_a_named_owners_advisers_said() -> None:
    speakers = {
        speaker
        for _, speaker, _ in found("Some of Berg's closest advisers said the plan was rushed.")
    }
    assert speakers == {"Some of Berg's closest advisers"}
