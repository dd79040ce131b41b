"""Groups the article describes that speak are parties with their items (issue 21, groups3):
a part set apart by "some" keeps the word in its name, "sources close to her campaign" are
told apart like "people familiar with the talks", and the keep model holds a described
group's statement to its own threshold. Invented sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_some_protest_leaders_are_named_with_some() -> None:
    text = (
        "The city set a march route. "
        "Some protest leaders said they would ignore the route and march to the arena."
    )
    assert found(text) == [
        ("denial", "Some protest leaders", "they would ignore the route and march to the arena")
    ]


def test_some_party_officials_are_named_with_some() -> None:
    text = (
        "The mayor faces a rival in August. Privately, some Democratic officials think the "
        "mayor is at risk of losing the primary to her rival."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert speakers == {"some Democratic officials"}


def test_sources_close_to_a_campaign_are_a_group() -> None:
    text = (
        "The senator avoided the question. "
        "Rather, sources close to her campaign say she stands fully behind the trade deal."
    )
    assert found(text) == [
        ("claim", "sources close to her campaign", "she stands fully behind the trade deal")
    ]


def test_election_officials_of_a_place_keep_their_statement() -> None:
    text = (
        "The city voted Tuesday. "
        "In Ohio, the turnout was the highest in a decade, election officials said."
    )
    assert [(kind, speaker) for kind, speaker, _ in found(text)] == [
        ("claim", "election officials")
    ]


def test_bare_analysts_stay_faceless() -> None:
    text = "The city voted Tuesday. Analysts said the turnout was the highest in a decade."
    assert all(speaker is None for _, speaker, _ in found(text))
