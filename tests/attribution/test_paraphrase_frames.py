"""Paraphrases leave out what the item already says: the speaker's own "I think" (`frames`),
a group is never "it", an owned group takes no
"the" (invented sentences; issue 21)."""

from typing import Any

from briefing.attribution import read
from briefing.attribution.items.pronouns import named
from briefing.attribution.items.statements import statements_from
from briefing.attribution.parties.parties import parties_of
from briefing.schema import Party


def statement(text: str, quote: str) -> str:
    """The paraphrase of the item whose quote is `quote`."""
    data = statements_from(read(text), parties_of(read(text)))
    found: list[dict[str, Any]] = [*data["claims"], *data["denials"], *data["concerns"]]
    item = next(item for item in found if item["quote"] == quote)
    return str(item.get("statement") or item.get("denied") or item.get("about"))


def quoted(words: str) -> str:
    return f'Harbor row\n\n"{words}," Mayor Ann Cole said on Monday.'


def test_an_opening_i_think_is_left_out() -> None:
    words = "I think the old bridge is safe"
    assert statement(quoted(words), words) == "The old bridge is safe"


def test_an_opening_i_really_believe_that_is_left_out_with_its_that() -> None:
    words = "I really believe that the old bridge is safe"
    assert statement(quoted(words), words) == "The old bridge is safe"


def test_a_frame_after_but_is_left_out() -> None:
    words = "Some drivers will be upset, but I think that the old bridge is safe"
    assert (
        statement(quoted(words), words) == "Some drivers will be upset, but the old bridge is safe"
    )


def test_a_frame_set_off_by_commas_is_left_out_with_its_commas() -> None:
    words = "The old bridge, I think, is safe"
    assert statement(quoted(words), words) == "The old bridge is safe"


def test_a_negated_frame_stays() -> None:
    words = "I don't think the old bridge is safe"
    assert statement(quoted(words), words) == "Cole doesn't think the old bridge is safe"


def test_a_frame_stays_when_the_words_would_lean_on_the_article() -> None:
    words = "I think she will beat Tom Berg"
    assert statement(quoted(words), words) == "Cole thinks she will beat Tom Berg"


def test_a_frame_in_a_comparison_or_after_a_relative_pronoun_stays() -> None:
    words = "The council has gone as far as I think the budget will allow"
    assert statement(quoted(words), words) == (
        "The council has gone as far as Cole thinks the budget will allow"
    )
    words = "The city needs an engineer whom I believe would fix the bridge"
    assert statement(quoted(words), words) == (
        "The city needs an engineer whom Cole believes would fix the bridge"
    )


def test_a_past_frame_stays() -> None:
    words = "We thought the old bridge would fall"
    assert statement(quoted(words), words) == "We thought the old bridge would fall"


def test_a_groups_it_is_not_the_group() -> None:
    text = "Harbor row\n\nMayor Ann Cole's aides said it had been a difficult night for her."
    words = "it had been a difficult night for her"
    assert statement(text, words) == words


def test_an_owned_group_is_named_without_the() -> None:
    aides = Party(
        id="coles-aides",
        name="Ann Cole's aides",
        kind="group",
        role="",
        affiliation=None,
        aliases=[],
    )
    assert named(aides) == "Ann Cole's aides"
    council = Party(
        id="harbor-council",
        name="Harbor city council",
        kind="government",
        role="",
        affiliation=None,
        aliases=[],
    )
    assert named(council) == "the Harbor city council"
