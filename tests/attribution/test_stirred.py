"""Worry a thing stirs in others ("caused concern among X"): the concern of X.

Invented sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_concern_caused_among_a_group_is_the_groups() -> None:
    text = "The mayor's plan has caused concern among farmers in the valley."
    assert found(text) == [
        (
            "concern",
            "farmers in the valley",
            "The mayor's plan has caused concern among farmers in the valley",
        )
    ]


def test_what_the_worry_is_about_stays_in_the_quote() -> None:
    text = "The ruling raised concerns among civil rights groups about the new law."
    assert found(text) == [
        (
            "concern",
            "civil rights groups",
            "The ruling raised concerns among civil rights groups about the new law",
        )
    ]


def test_a_thing_that_worried_someone_is_left_alone() -> None:
    assert found("The budget deficit has alarmed many voters.") == []
