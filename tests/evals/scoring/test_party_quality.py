"""Kind accuracy, duplicates and full names of a party list, on invented parties."""

from __future__ import annotations

from briefing.evals.scoring import add, evaluate
from briefing.evals.scoring.gold import GoldArticle
from briefing.evals.scoring.match import match_parties
from briefing.evals.scoring.party_quality import is_full_name, party_quality
from briefing.schema import Party
from tests.evals.helpers import party


def _gold() -> GoldArticle:
    return GoldArticle.model_validate(
        {
            "article_id": "a",
            "parties": [
                party("ana-ruiz", "Ana Ruiz", aliases=("Ruiz", "the mayor")),
                party(
                    "department-of-works",
                    "Department of Works",
                    "government",
                    aliases=("Works Department", "the department"),
                ),
                {**party("daily-post", "The Daily Post", "media"), "required": False},
            ],
        }
    )


def _predicted(*parties: tuple[str, str]) -> list[Party]:
    return [Party.model_validate(party(name.lower(), name, kind)) for name, kind in parties]


def _quality(*parties: tuple[str, str]) -> dict[str, float]:
    gold, predicted = _gold(), _predicted(*parties)
    return party_quality(predicted, gold, match_parties(predicted, gold))


def test_kinds_are_counted_over_matched_parties_required_or_not() -> None:
    counts = _quality(
        ("Ana Ruiz", "person"),
        ("Department of Works", "organization"),
        ("Daily Post", "media"),
        ("Harbor Bank", "organization"),  # matches no gold: not counted
    )
    assert counts["party.matched"] == 3
    assert counts["party.kind_right"] == 2


def test_a_second_party_naming_one_gold_party_is_a_duplicate() -> None:
    counts = _quality(
        ("Department of Works", "government"),
        ("Works Department", "government"),
        ("Ruiz", "person"),
    )
    assert counts["party.duplicates"] == 1
    assert counts["party.matched"] == 2


def test_a_name_is_full_when_it_is_the_gold_name_or_an_alias_as_long() -> None:
    gold = _gold()
    assert is_full_name("Ana Ruiz", gold.parties[0])
    assert not is_full_name("Ruiz", gold.parties[0])
    assert is_full_name("Works Department", gold.parties[1])
    assert not is_full_name("the department", gold.parties[1])
    assert is_full_name("Daily Post", gold.parties[2])  # a leading "the" aside
    assert _quality(("Ruiz", "person"), ("Works Department", "government"))["party.name_full"] == 1


def test_the_measures_read_the_counts() -> None:
    tally = add([_quality(("Ruiz", "person"), ("Ana Ruiz", "person")), _quality()])
    metrics = evaluate("suite", tally)
    assert metrics["party_kind_accuracy"] == 1.0
    assert metrics["party_full_names"] == 1.0
    assert metrics["party_duplicates"] == 1.0
    assert evaluate("suite", _quality())["party_kind_accuracy"] is None
