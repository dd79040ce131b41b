"""Candidates that assert nothing give no briefing item, though the attribution layer
keeps them (invented sentences)."""

import pytest

from briefing.attribution import Candidate, read
from briefing.attribution.items.non_assertions import quoted_title
from briefing.attribution.items.statements import statements_from
from briefing.attribution.parties.parties import parties_of


def item_quotes(text: str) -> list[str]:
    """The quotes of the no-model briefing's claims, denials and concerns."""
    reading = read(text)
    found = statements_from(reading, parties_of(reading))
    return [item["quote"] for field in ("claims", "denials", "concerns") for item in found[field]]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            'Mayor Ann Ruiz spoke on Monday. "You know what I want to do? I want to rebuild '
            'the bridge," she said.',
            ["I want to rebuild the bridge"],
        ),
        # a question that ends its quotation may stand for an assertion (PolNeAR's)
        (
            '"Who do they think they are?" Mayor Ann Ruiz said on Monday.',
            ["Who do they think they are?"],
        ),
        # a question quoted inside the speaker's statement is no question of the speaker
        (
            "\"When the flood came, her first words were, 'How can we help?' And then she "
            'called the governor," Senator Tom Berg said on Monday.',
            [
                "When the flood came, her first words were, 'How can we help?",
                "And then she called the governor",
            ],
        ),
    ],
)
def test_a_question_its_speaker_answers_is_no_item(text, quotes):
    assert item_quotes(text) == quotes


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Berg has not called for the mayor to resign.",
        "Mayor Ann Ruiz hasn't said whether she has a plan for the bridge.",
        "Mayor Ann Ruiz did not say the bridge was safe.",
    ],
)
def test_a_negated_cue_asserts_nothing(text):
    assert item_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Senator Tom Berg does not support the toll plan.", "the toll plan"),
        ("Mayor Ann Ruiz does not want the council to raise taxes.", "the council to raise taxes"),
    ],
)
def test_a_negated_stance_or_wish_is_one_itself(text, quote):
    assert item_quotes(text) == [quote]


def test_a_negated_content_still_asserts():
    text = "Senator Tom Berg said the bridge is not safe."
    assert item_quotes(text) == ["the bridge is not safe"]


def test_a_quoted_sentence_with_no_verb_is_no_item():
    text = (
        'Mayor Ann Ruiz spoke on Monday. "The council failed us," she said. "When they '
        "march past the hall shouting 'Down with the mayor. Down with the council.' We "
        'cannot let that stand."'
    )
    quotes = item_quotes(text)
    assert "Down with the council" not in quotes
    assert "We cannot let that stand" in quotes


def test_a_claim_repeated_inside_its_speakers_claim_is_one_item():
    text = "Mayor Ann Ruiz said she expected that voters will reject the toll plan."
    assert item_quotes(text) == ["she expected that voters will reject the toll plan"]


def test_a_rejection_foreseen_by_another_speaker_is_no_denial():
    text = "Councillor Jo Hale said residents could reject the new parking fee."
    assert item_quotes(text) == ["residents could reject the new parking fee"]


def test_a_quoted_title_taken_as_content_asserts_nothing():
    text = 'Tom Berg, who hosts the show "Morning Town Hall," was addressing the remarks.'
    reading = read(text)

    def taken(content: str) -> Candidate:
        at = text.index(content)
        cue = text.index("addressing")
        return Candidate(
            cue=(cue, cue + 10), cue_text="addressing", source=(0, 8), source_text="Tom Berg",
            content=(at, at + len(content)), kind="claim", sentence=(0, len(text)),
            shape="verb-quotation",
        )  # fmt: skip

    assert quoted_title(taken("Morning Town Hall"), reading.doc)
    assert not quoted_title(taken("hosts the show"), reading.doc)


def test_a_thing_withheld_from_someone_is_no_denial():
    text = (
        "Under the new rule, county clerks would be allowed to deny building permits to "
        "churches. Mayor Ann Ruiz denied the allegations to reporters."
    )
    assert item_quotes(text) == ["the allegations"]


def test_a_thing_withheld_in_two_objects_or_a_passive_is_no_denial():
    text = (
        "The council denied the union the victory on Monday. Mayor Ann Ruiz says she is "
        "being denied the chance to speak at the rally. Governor Tom Berg denied the "
        "allegations on Monday."
    )
    reading = read(text)
    found = statements_from(reading, parties_of(reading))
    assert [item["quote"] for item in found["denials"]] == ["the allegations"]
