"""Saying one will ignore or defy a rule is a denial; calling words inaccurate or
misleading denies them. Invented sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_saying_one_will_ignore_a_rule_is_a_denial() -> None:
    text = "Tom Berg, a union leader, said he would ignore the official route."
    assert found(text) == [("denial", "Tom Berg", "he would ignore the official route")]


def test_that_others_ignored_something_stays_a_claim() -> None:
    text = "Ana Ruiz said the agency ignored the warnings."
    assert found(text) == [("claim", "Ana Ruiz", "the agency ignored the warnings")]


def test_calling_words_misleading_or_incorrect_denies_them() -> None:
    assert found('"The ad is misleading," Ana Ruiz said.') == [
        ("denial", "Ana Ruiz", "The ad is misleading")
    ]
    assert found("Ana Ruiz said the mayor's figures were incorrect.") == [
        ("denial", "Ana Ruiz", "the mayor's figures were incorrect")
    ]
