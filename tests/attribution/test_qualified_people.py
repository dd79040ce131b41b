"""Parts of a people set apart by the article's words ("Some Democrats", "senior
Democrats") are groups of their own. Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.parties.parties import parties_of
from tests.attribution.found import found


def test_some_of_a_people_worry_as_a_group_of_their_own() -> None:
    text = "Some Democrats worry that Ana Ruiz will have difficulty matching the surge."
    assert found(text) == [
        ("concern", "Some Democrats", "Ana Ruiz will have difficulty matching the surge")
    ]


def test_two_parts_of_one_people_are_two_parties() -> None:
    text = "Senior Democrats said the firewall would hold. Other Democrats said it would not."
    assert {"senior-democrats", "other-democrats"} <= {p.id for p in parties_of(read(text))}


def test_the_people_pointed_back_to_is_the_people() -> None:
    assert found("The Democrats said the bill was dead.") == [
        ("claim", "Democrats", "the bill was dead")
    ]


def test_a_count_is_no_part_of_the_name_of_a_part_set_apart() -> None:
    text = "Only half a dozen Senate Republicans said they would meet the nominee."
    ids = {p.id for p in parties_of(read(text))}
    assert "senate-republicans" in ids
    assert not any("dozen" in i for i in ids)
