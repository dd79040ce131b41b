"""An unnamed source described by words of its own ("people briefed on the move",
"officials in both cities", "Protest groups") is a group party with claims; a bare
"analysts" is not. Invented sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_people_briefed_on_a_move_are_a_group() -> None:
    text = "The mayor fired his aide. People briefed on the move said that it ended a long feud."
    assert ("claim", "People briefed on the move", "it ended a long feud") in found(text)


def test_later_briefed_people_are_the_same_sources() -> None:
    text = (
        "The mayor fired his aide. People briefed on the move said that it ended a long feud. "
        "The aide will still advise the council, according to two people briefed on the talks."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert speakers == {"People briefed on the move"}


def test_officials_placed_by_a_phrase_are_a_group() -> None:
    text = "The towns met. Officials in both towns said the parade would go ahead as planned."
    assert found(text) == [
        ("claim", "Officials in both towns", "the parade would go ahead as planned")
    ]


def test_a_kind_of_group_is_a_group() -> None:
    text = (
        "The town changed its rules. "
        "Protest groups say the new rules are meant to keep them out of sight."
    )
    assert found(text) == [
        ("claim", "Protest groups", "the new rules are meant to keep them out of sight")
    ]


def test_bare_analysts_stay_unnamed() -> None:
    assert found("The town met. Analysts say the town will lose money this year.") == [
        ("claim", None, "the town will lose money this year")
    ]


def test_named_members_speak_not_the_kind() -> None:
    text = (
        "The talks ended. Iranian state news outlets IRNA and Fars reported that the two "
        "countries signed a pact."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert not any(s and "outlets" in s for s in speakers)
