"""A part of a people set apart by a word before it ("other Democrats") is a group of its own."""

from briefing.attribution.candidates import Mention
from briefing.attribution.parties.parties import party_of
from briefing.schema import Party


def _group(name: str) -> Party:
    slug = name.lower().replace(" ", "-")
    return Party(id=slug, name=name, kind="group", role=None, affiliation=None, aliases=[])


def test_a_bare_people_is_not_the_part_another_sentence_set_apart():
    parties = [_group("other Democrats"), _group("Some Democrats")]
    assert party_of(Mention("Democrats", "NORP", (0, 9)), parties) is None


def test_a_people_still_names_a_group_of_its_own_words():
    parties = [_group("Democratic voters in Ohio"), _group("Democrats")]
    assert party_of(Mention("Democrats", "NORP", (0, 9)), parties) == "democrats"
