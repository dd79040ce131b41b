"""The parties a story is about though they never speak: people named often (whatever the
small model labels their surname), and the countries and bodies that act in it.

Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.parties.countries import country_key
from briefing.attribution.parties.parties import parties_of
from briefing.attribution.parties.party_names import fullest_name
from briefing.attribution.text.parse import parse


def test_a_lower_case_word_before_a_name_is_no_given_name() -> None:
    doc = parse("The race is shaped by the rhetoric of mogul Dan Kessler. Kessler spoke.")
    assert fullest_name("Kessler", doc) == "Dan Kessler"


def test_a_person_named_often_is_a_party_even_where_the_parse_calls_the_surname_a_place() -> None:
    text = (
        "Senator Ana Ruiz said the vote would pass. The nominee, Merrick Garland, waits. "
        "Garland has served for years. Republicans will not meet Garland. "
        "Some expect Garland to withdraw. Ruiz said Garland deserves a hearing."
    )
    assert "merrick-garland" in {p.id for p in parties_of(read(text))}


def test_a_country_that_acts_again_and_again_is_a_party() -> None:
    text = (
        "Ana Ruiz said the talks would fail. Norway rejected the offer on Monday. "
        "Norway then recalled its envoy. Officials in Norway were silent."
    )
    parties = {p.id: p for p in parties_of(read(text))}
    assert parties["norway"].kind == "country"


def test_a_place_named_often_but_acting_once_is_no_party() -> None:
    text = (
        "Ana Ruiz said the talks would fail. Norway signed the offer. "
        "Officials in Norway were silent. Ruiz flew to Norway."
    )
    assert "norway" not in {p.id for p in parties_of(read(text))}


def test_two_names_of_one_country_are_one_party() -> None:
    text = (
        "Ana Ruiz said the vote mattered. Britain voted on Thursday. Britain then left. "
        "The UK was divided. The UK later signed."
    )
    ids = [p.id for p in parties_of(read(text)) if p.kind == "country"]
    assert len(ids) == 1


def test_country_keys() -> None:
    assert country_key("the U.S.") == country_key("America") == "united-states"
    assert country_key("Britain") == country_key("the UK") == "united-kingdom"
    assert country_key("Norway") is None


def test_a_place_things_happen_to_is_no_party() -> None:
    text = (
        "Ana Ruiz said the city would recover. Oslo was attacked on Monday. "
        "Oslo was hit again on Tuesday. Oslo is a quiet city."
    )
    assert "oslo" not in {p.id for p in parties_of(read(text))}


def test_a_person_the_headline_and_body_name_three_times_is_a_party() -> None:
    # The parse tags "Kessler" of the headline and of "Critics of Kessler" no person,
    # but the article writes the surname three times.
    text = (
        "Kessler Plan Splits Council\nMayor Ana Ruiz said the budget would pass. "
        "She said Dan Kessler had the votes. Critics of Kessler disagree."
    )
    assert "dan-kessler" in {p.id for p in parties_of(read(text))}


def test_a_surname_written_as_part_of_a_place_is_not_counted() -> None:
    text = (
        "Mayor Ana Ruiz said the plant would close, and thanked Tom Jackson for his work. "
        "Traffic in Jackson will grow. Jackson, Mississippi, is a city of 150,000 people. "
        "Schools in Jackson will open late."
    )
    assert "tom-jackson" not in {p.id for p in parties_of(read(text))}


def test_the_person_named_first_of_two_sharing_a_surname_is_a_principal() -> None:
    # "Kessler" alone means Ana Kessler, named first; Tom Kessler speaks and is listed.
    text = (
        "Critics say Ana Kessler cannot win the county. Kessler has led the race for "
        'months. "She is honest," Tom Kessler said of his wife. Kessler will speak '
        "in Dover on Monday, and Ana Kessler has raised more money than anyone."
    )
    ids = {p.id for p in parties_of(read(text))}
    assert {"ana-kessler", "tom-kessler"} <= ids


def test_a_passing_namesake_named_after_the_principal_is_no_party() -> None:
    text = (
        "On Monday, Mary Kessler said the county would vote for her. Kessler has led for months. "
        "Her aide once worked for Governor Tom Kessler. Kessler will speak in Dover."
    )
    assert "tom-kessler" not in {p.id for p in parties_of(read(text))}


def test_a_place_that_only_becomes_or_remains_something_does_not_act() -> None:
    text = (
        "Ana Ruiz said the city would recover. Oslo became a symbol of grief on Monday. "
        "Oslo remained divided for a week. The Oslo attack shocked Europe."
    )
    assert "oslo" not in {p.id for p in parties_of(read(text))}


def test_a_body_and_its_initials_count_together() -> None:
    # Each name alone is written twice; together they act three times.
    text = (
        "On Monday, the Harbor Workers Federation (HWF) sent questions to the candidates. "
        "The Harbor Workers Federation represents dock workers. Mayor Ana Ruiz answered. "
        "HWF released the answers on Friday. Ruiz said the HWF had been fair."
    )
    assert "harbor-workers-federation" in {p.id for p in parties_of(read(text))}


def test_a_namesake_named_first_but_less_often_is_no_principal() -> None:
    text = (
        "On Monday, Tom Kessler joined the rally. Voters cheered Mary Kessler in Dover. "
        'Kessler has led the race for months. "We will win," Mary Kessler said. '
        "Kessler will speak again on Friday."
    )
    ids = {p.id for p in parties_of(read(text))}
    assert "mary-kessler" in ids
    assert "tom-kessler" not in ids


def test_a_namesake_named_in_full_three_times_is_a_principal_too() -> None:
    # Mary Kessler speaks and is named in full more often; Tom Kessler, the target of the
    # attacks she answers, is named in full three times after her.
    text = (
        'Mary Kessler said on Monday, "The attacks are unfair." Mary Kessler spoke in Dover. '
        "Rivals have attacked Tom Kessler for his record. Mary Kessler said Tom Kessler had "
        'served the county well. "You will not beat me by attacking Tom Kessler," she said. '
        "Kessler will speak again on Friday, Mary Kessler said."
    )
    ids = {p.id for p in parties_of(read(text))}
    assert {"mary-kessler", "tom-kessler"} <= ids


def test_a_body_named_twice_that_acts_once_is_a_party() -> None:
    text = (
        "Mayor Ana Ruiz said the plant would stay open. Brightwater Foods cut 300 jobs "
        "on Monday. Workers gathered outside Brightwater Foods in the rain."
    )
    parties = {p.id: p for p in parties_of(read(text))}
    assert parties["brightwater-foods"].kind == "organization"


def test_a_body_named_twice_that_never_acts_is_no_party() -> None:
    text = (
        "Mayor Ana Ruiz said the plant would stay open. Workers at Brightwater Foods "
        "gathered on Monday. Many had worked for Brightwater Foods for years."
    )
    assert "brightwater-foods" not in {p.id for p in parties_of(read(text))}
