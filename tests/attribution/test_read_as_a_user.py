"""Faults a reader sees on unseen articles (issue 21, read off PolNeAR-train briefings
in no suite), each pinned on invented sentences."""

from typing import Any

from briefing.attribution import read
from briefing.attribution.items.statements import statements_from
from briefing.attribution.parties.parties import parties_of
from briefing.identity import surname, written_surname


def items(text: str) -> list[dict[str, Any]]:
    """Every item the rules make of `text`, claims, denials, then concerns."""
    data = statements_from(read(text), parties_of(read(text)))
    return [*data["claims"], *data["denials"], *data["concerns"]]


def said(text: str, quote: str) -> dict[str, Any]:
    return next(item for item in items(text) if item["quote"] == quote)


def test_a_generation_is_never_the_surname():
    assert written_surname("Corvin B. Hale Jr.") == "Hale"
    assert surname("Tomas Brandt, Sr.") == "brandt"
    assert written_surname("Jr.") == "Jr."  # a lone word stays


def test_a_paraphrase_names_a_junior_by_his_surname():
    text = (
        "Harbor row\n\n"
        '"I have voiced my views in private," said Adm. Corvin B. Hale Jr., who leads the fleet.'
    )
    item = said(text, "I have voiced my views in private")
    assert item["statement"] == "Hale has voiced his views in private"


def referents(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_they_is_never_a_nationality_qualifying_one_person():
    text = (
        "Harbor row\n\nThe editorial attacked the American's record on the harbor bridge. "
        "They said the bridge was unsafe and the repairs were late."
    )
    assert "American" not in referents(text)


def test_they_may_still_be_a_party_qualifying_many():
    text = (
        "Harbor row\n\nRepublican leaders met on Monday about the harbor bridge. "
        "They said the bridge was unsafe and the repairs were late."
    )
    assert referents(text) == ["Republican"]


def test_a_shared_surname_is_the_person_named_first_not_a_relative_named_later():
    text = (
        "Harbor row\n\nMarcel Tovar, 44, was sentenced on Monday. Tovar admitted that he had "
        'hacked the harbor accounts.\n\n"We need him because life is hard," his wife, '
        "Gabriela Ana Tovar, wrote to the court.\n\nTovar told agents that he had worked alone."
    )
    data = statements_from(read(text), parties_of(read(text)))
    claimants = {item["quote"]: item["claimant"] for item in data["claims"]}
    assert claimants["he had hacked the harbor accounts"] == "marcel-tovar"
    assert claimants["he had worked alone"] == "marcel-tovar"
    assert claimants["We need him because life is hard"] == "gabriela-ana-tovar"


def test_a_title_the_parse_takes_into_a_name_is_not_the_name():
    text = (
        'Harbor row\n\n"The bridge is safe," said Assistant U.S. Attorney Maya D. Kestrel. '
        '"We checked it twice."\n\nFormer Representative Peter Holmgaard said the repairs were '
        "late.\n\nThe records of Chief of Staff Cheryl Vantreese were searched, and Vantreese "
        "said the bridge was sound."
    )
    names = {party.name for party in parties_of(read(text))}
    assert names == {"Maya D. Kestrel", "Peter Holmgaard", "Cheryl Vantreese"}


def test_a_second_i_and_a_shared_verb_agree_with_the_speakers_name():
    text = (
        "Harbor row\n\n\u201cI have 1 million more votes than Tom Berg and I have 2 million more "
        "votes than Ann Cole,\u201d Mayor Ruth Vale said.\n\n"
        '"I am friends with and employ thousands of people in the harbor," Vale added.'
    )
    first = said(
        text,
        "I have 1 million more votes than Tom Berg and I have 2 million more votes than Ann Cole",
    )
    assert "and she has 2 million" in first["statement"]
    second = said(text, "I am friends with and employ thousands of people in the harbor")
    assert second["statement"].startswith("Vale is friends with and employs thousands")
