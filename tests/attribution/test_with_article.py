"""A body or group the article names with "the" is known by that form too.

Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.parties.parties import parties_of


def _aliases(text: str) -> dict[str, list[str]]:
    return {p.name: p.aliases for p in parties_of(read(text))}


def test_a_body_written_with_the_is_known_by_that_form() -> None:
    text = "The Fisheries Agency warned that stocks would fall. Ana Ruiz said it was right."
    assert "the Fisheries Agency" in _aliases(text)["Fisheries Agency"]


def test_the_before_a_noun_the_name_modifies_gives_no_alias() -> None:
    text = (
        "Mayor Ana Ruiz said the Oslo attack shook the city. Oslo rejected the offer. "
        "Oslo then recalled its envoy. Officials in Oslo were silent."
    )
    assert "the Oslo" not in _aliases(text).get("Oslo", [])


def test_a_person_gets_no_alias_with_the() -> None:
    text = "Ana Ruiz said the plan would fail. The Ruiz family backed her."
    assert all(not alias.startswith("the ") for alias in _aliases(text)["Ana Ruiz"])
