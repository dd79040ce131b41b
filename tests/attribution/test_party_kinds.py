"""A party's kind from evidence: the name's shape, a known person, the article's words,
the guide's rules, the listed kind last. Invented sentences only."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from briefing.attribution import read
from briefing.attribution.names.party_kinds import kind_of
from briefing.attribution.parties.parties import parties_of
from briefing.attribution.parties.party_names import full_name
from briefing.attribution.text.parse import parse
from briefing.schema import PartyKind
from briefing.strategies.shared import rule_parties

TEXT = (
    "Mayor Ana Ruiz said on Monday that the bridge will reopen in May. "
    "Ruiz added that the tolls will stay. Lena Marsh, her deputy, agreed. "
    "Marsh said the work was on time. "
    "The Harbor Ledger, the city's oldest newspaper, reported that costs doubled. "
    "The White House said it would send engineers. "
    "Sen. Okafor said the Senate would hold hearings. "
    "The House Transport Committee and the Democratic National Committee both asked "
    "for the figures, and CNN said the plan was late."
)


@pytest.mark.parametrize(
    ("name", "listed", "kind"),
    [
        ("Ruiz", "organization", "person"),  # titled before her full name
        ("Marsh", "organization", "person"),  # the surname of a person the parse names
        ("Okafor", "organization", "person"),  # titled "Sen."
        ("Harbor Ledger", "organization", "media"),  # "the city's oldest newspaper"
        ("White House", "organization", "government"),  # an organ of a state
        ("Senate", "organization", "government"),
        ("House Transport Committee", "organization", "government"),  # a chamber's
        ("Democratic National Committee", "government", "organization"),  # a party's
        ("CNN", "organization", "media"),  # a news outlet
        ("Harbor Bridge Trust", "organization", "organization"),  # nothing tells: as listed
        ("Ana Ruiz Super PAC", "person", "organization"),  # a political action committee
        ("Norway's central bank", "organization", "government"),  # a state's organ
        ("Ohio Department of Health", "organization", "government"),  # a state's department
    ],
)
def test_the_kind_comes_from_the_evidence(name: str, listed: PartyKind, kind: PartyKind) -> None:
    assert kind_of(name, listed, parse(TEXT)) == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Swedish official said the fares would rise.", "Swedish official"),
        ("Prices would not rise, a top Labour strategist said on Monday.", "top Labour strategist"),
    ],
)
def test_one_of_a_bodys_people_is_a_person_not_a_group(text: str, name: str) -> None:
    kinds = {p.name: p.kind for p in parties_of(read(text))}
    assert kinds[name] == "person"


def _tagged_org(text: str, name: str) -> Doc:
    """`text` parsed, with the parse's entities replaced by `name` as an organization (the
    small model's mistake on some people's full names)."""
    doc = parse(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    assert span is not None
    doc.ents = [span]
    return doc


def test_a_surname_of_a_pair_the_parse_calls_an_organization_is_a_person() -> None:
    text = "The suit was filed by Darla Pemberton on Monday. Pemberton said the firm lied."
    doc = _tagged_org(text, "Darla Pemberton")
    assert kind_of("Pemberton", "organization", doc) == "person"
    assert full_name("Pemberton", "person", doc) == "Darla Pemberton"


def test_a_first_name_and_a_surname_written_alone_the_parse_calls_an_organization_is_a_person() -> (
    None
):
    text = "Radio host Darla Pemberton spoke on Monday. Pemberton said the firm lied."
    doc = _tagged_org(text, "Darla Pemberton")
    assert kind_of("Darla Pemberton", "organization", doc) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the surname never written alone: nothing tells
        ("Radio host Darla Pemberton spoke on Monday and said the firm lied.", "Darla Pemberton"),
        # no first name
        (
            "Harbor Pemberton said on Monday that the firm lied. Pemberton will close.",
            "Harbor Pemberton",
        ),
    ],
)
def test_a_pair_without_a_first_name_or_a_lone_surname_stays_an_organization(
    text: str, name: str
) -> None:
    assert kind_of(name, "organization", _tagged_org(text, name)) == "organization"


def test_an_institution_pair_makes_no_person() -> None:
    text = "Pemberton Foundation said the grant would end. Pemberton will close in May."
    doc = _tagged_org(text, "Pemberton Foundation")
    assert kind_of("Pemberton", "organization", doc) == "organization"


def test_people_a_place_qualifies_are_a_group_not_a_country() -> None:
    text = "Workers in Ohio and Texas demanded a higher wage."
    kinds = {p.name: p.kind for p in rule_parties(read(text))}
    assert kinds["Workers in Ohio and Texas"] == "group"
