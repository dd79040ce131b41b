"""Roles, kinds and aliases of the parties a compact answer names, read off the parse.

Invented sentences only; each pins one way an article gives a role.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from spacy.tokens import Doc

from briefing.attribution import read
from briefing.attribution.parties.parties import speaker_parties
from briefing.attribution.parties.roles import parties_named, party_named, role_of
from briefing.attribution.text.parse import parse
from briefing.schema import PartyKind, PartyListsDraft

TEXT = (
    "Harbor City's mayor, Ana Ruiz, said on Monday that the bridge is safe. "
    "Tom Berg, a civil engineer at the Harbor Institute, said the cables were new. "
    "Transport Minister Lena Ortiz said nothing. "
    "Mr. Paul Chen, who lives nearby, said he was worried. "
    "Officials in France said the design was sound."
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    return parse(TEXT)


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Ana Ruiz", "Harbor City's mayor"),  # the noun the name is in apposition to
        ("Tom Berg", "civil engineer at the Harbor Institute"),  # an apposition, article cut
        ("Lena Ortiz", "Transport Minister"),  # the title before the name
        ("Paul Chen", None),  # an honorific is no role; a relative clause neither
    ],
)
def test_a_persons_role_is_the_articles_own_words(name: str, role: str | None, doc: Doc):
    assert role_of(name, doc) == role


def test_a_person_is_also_known_by_the_surname_and_gets_a_role(doc: Doc):
    party = party_named("Tom Berg", "person", doc)
    assert (party.id, party.kind, party.aliases) == ("tom-berg", "person", ["Berg"])
    assert party.role == "civil engineer at the Harbor Institute"


def test_the_parse_corrects_a_country_listed_as_a_person_and_gives_it_no_role(doc: Doc):
    party = party_named("France", "person", doc)
    assert (party.kind, party.role, party.aliases) == ("country", None, [])


def test_a_listed_kind_the_parse_cannot_check_is_kept(doc: Doc):
    assert party_named("Harbor Institute", "organization", doc).kind == "organization"
    assert party_named("Officials", "group", doc).kind == "group"


def test_the_compact_answer_lists_each_name_once_in_its_first_kind():
    answer = PartyListsDraft.model_validate(
        {
            "summary": "A mayor defends a bridge.",
            "people": ["Ana Ruiz", "Tom  Berg"],
            "organizations": ["Harbor Institute"],
            "governments": ["Harbor City"],
            "countries": ["France"],
            "media": [],
            "groups": ["Tom Berg"],
        }
    )
    assert answer.named() == [
        ("Ana Ruiz", "person"),
        ("Tom Berg", "person"),
        ("Harbor Institute", "organization"),
        ("Harbor City", "government"),
        ("France", "country"),
    ]


def test_a_leading_the_is_dropped_and_an_organization_is_known_by_its_initials():
    doc = parse("The Harbor Transit Authority (HTA) said fares will rise. The HTA said so twice.")
    party = party_named("The Harbor Transit Authority", "organization", doc)
    assert (party.id, party.name, party.aliases) == (
        "harbor-transit-authority",
        "Harbor Transit Authority",
        ["HTA"],
    )
    assert party_named("The Port Board", "organization", doc).aliases == []  # no "PB"


def test_a_surname_two_listed_people_share_is_the_alias_of_neither():
    text = "Donald Trump spoke. Ivana Trump said he was late. Mary Lee agreed."
    named: list[tuple[str, PartyKind]] = [
        ("Donald Trump", "person"),
        ("Ivana Trump", "person"),
        ("Mary Lee", "person"),
    ]
    assert [p.aliases for p in parties_named(named, parse(text))] == [[], [], ["Lee"]]


def test_a_name_ending_in_an_institution_is_never_a_person():
    text = "The Biden administration said it was concerned. Joe Biden spoke later."
    party = party_named("Biden administration", "person", parse(text))
    assert (party.kind, party.aliases, party.role) == ("government", [], None)


def test_a_source_the_rules_add_is_known_by_its_initials_so_they_name_one_party():
    text = (
        "Analysts at the Institute for the Study of War said the drones were new. "
        "Later, ISW said the sales would grow."
    )
    parties = speaker_parties(read(text), [])
    assert [(p.name, p.aliases) for p in parties] == [("Institute for the Study of War", ["ISW"])]


def test_a_tie_between_entity_labels_goes_to_the_label_seen_first_in_every_process():
    """Before: `max(set(labels), key=labels.count)`, so a name the NER tags ORG once and
    GPE once got a kind that changed with the process's hash seed (PYTHONHASHSEED)."""
    code = (
        "from briefing.attribution.names.party_kinds import majority_kind; "
        "print(majority_kind(['ORG', 'GPE']), majority_kind(['GPE', 'ORG']))"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in range(6)
    }
    assert answers == {"organization country"}
