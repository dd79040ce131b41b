"""The hints the parties pass sees: the actors a story names most are hinted even when silent."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.items.hints import principals, variables

TEXT = (
    "Harbor City weighs a bridge\n\n"
    "Harbor City will vote on the bridge in May. Ana Ruiz said the bridge is safe. "
    "Critics in Harbor City disagree. Harbor City has built two bridges before. "
    "The Port Authority was not asked."
)


def test_an_actor_named_three_times_in_the_body_is_a_principal() -> None:
    found = principals(read(TEXT))
    assert found[0] == "Harbor City"
    assert "Ana Ruiz" not in found and "Port Authority" not in found


def test_the_template_variables_carry_the_principals() -> None:
    hinted = variables(read(TEXT))
    assert hinted["principals"].startswith("Harbor City")
    assert "Ana Ruiz" in hinted["speakers"]


PAGE = (
    "A crane at the new bridge in Harbor City on May 2, 2024, seen from the river bank.\n\n"
    "A crane at the new bridge in Harbor City on May 2, 2024, seen from the river bank. "
    "Jo Lee | Getty Images\n\n"
    "Ana Ruiz said the bridge is safe. related investing news Cranes are getting taller.\n"
    "Critics said the design is ugly."
)


def test_the_body_leaves_out_credits_ad_lines_and_a_repeated_caption() -> None:
    body = variables(read(PAGE))["body"]
    assert body.count("A crane at the new bridge") == 1
    assert "Getty Images" not in body and "related investing news" not in body
    assert "Ana Ruiz said the bridge is safe." in body
    assert body.endswith("Critics said the design is ugly.")


def test_a_name_only_modifying_a_noun_is_no_name_hint() -> None:
    from briefing.attribution.items.hints import names

    text = "Canadian Defense Minister Ana Ruiz said the Mexican bridge plan would fail."
    found = names(read(text))
    assert "Ana Ruiz" in found
    assert "Canadian" not in found and "Mexican" not in found


def test_a_title_word_taken_for_an_organization_is_no_name_hint() -> None:
    from spacy.tokens import Span

    from briefing.attribution import Mention
    from briefing.attribution.items.hints import _modifier
    from briefing.attribution.text.parse import parse

    doc = parse("Canadian Defense Minister Ana Ruiz said the plan would fail.").copy()
    doc.ents = [Span(doc, 1, 2, label="ORG"), Span(doc, 3, 5, label="PERSON")]
    assert _modifier(doc, Mention("Defense", "ORG", (9, 16)))
    assert not _modifier(doc, Mention("Ana Ruiz", "PERSON", (26, 34)))
