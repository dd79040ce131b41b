"""A candidate's campaign named again and again is a party of its own, not the candidate.

Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.parties.parties import is_actor_name, parties_of
from briefing.attribution.text.parse import parse


def test_a_campaign_named_twice_is_a_party_of_its_own() -> None:
    text = (
        "Senator Ana Ruiz spoke in Dover on Monday. The Ruiz campaign raised $2 million "
        "in March. Aides said Ruiz's campaign would spend it on ads."
    )
    parties = {p.id: p for p in parties_of(read(text))}
    assert parties["ruiz-campaign"].kind == "organization"


def test_a_campaign_named_once_is_no_party() -> None:
    text = (
        "Senator Ana Ruiz spoke in Dover on Monday. The Ruiz campaign raised $2 million "
        "in March. Aides said Ruiz would spend it on ads."
    )
    assert "ruiz-campaign" not in {p.id for p in parties_of(read(text))}


def test_a_listed_campaign_under_a_fuller_name_is_not_listed_twice() -> None:
    text = (
        "The Ana Ruiz campaign said on Monday that the race was close. Senator Ana Ruiz "
        "spoke in Dover. The Ruiz campaign raised $2 million. Ruiz's campaign spent it."
    )
    ids = [p.id for p in parties_of(read(text)) if p.id.endswith("campaign")]
    assert len(ids) == 1


def test_initials_joined_by_a_hyphen_name_an_actor() -> None:
    doc = parse("The HWF-ITU said on Monday that its members would strike.")
    assert is_actor_name("HWF-ITU", "organization", doc)
    assert not is_actor_name("TALLAHASSEE", "organization", doc)
