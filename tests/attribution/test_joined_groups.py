"""Two unnamed peoples joined by "and" as one source are one group party named by both
(issue 21, actor4): the guide's "an unnamed crowd in one phrase is one group party".
A named people joined to them still speaks on its own. Invented sentences only."""

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
