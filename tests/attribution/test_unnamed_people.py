"""A speaker the article never names but describes ("a labor official") is known by that
description (evals/README, "Parties": unnamed but specific actors), and "the official"
later is the same person.

Invented sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_an_unnamed_official_is_known_by_the_description() -> None:
    text = (
        "Factories in the north are closing. A labor official said this year that the cuts "
        "could cost a million jobs."
    )
    assert ("claim", "labor official", "the cuts could cost a million jobs") in found(text)


def test_the_official_later_is_the_one_described_before() -> None:
    text = (
        'The rise of the party alarmed the government. "We found young people have begun to '
        'adopt its arguments," said a senior official who was not authorized to speak '
        'publicly. The ministry changed its plan. "We will answer every lie," the official said.'
    )
    speakers = {content: speaker for _, speaker, content in found(text)}
    assert speakers["We found young people have begun to adopt its arguments"] == "senior official"
    assert speakers["We will answer every lie"] == "senior official"


def test_a_thing_is_no_speaker() -> None:
    text = "The plant shut in May. A report said this year that the cuts could cost jobs."
    assert all(speaker is None for _, speaker, _ in found(text))
