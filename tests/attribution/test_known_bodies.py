"""A body news writes under several names ("the Islamic State", "ISIS", "ISIL") is one
principal party when the article names it often, though it is no verb's subject.

Invented sentences only."""

from __future__ import annotations

from briefing.attribution import read
from briefing.attribution.candidates import Mention
from briefing.attribution.parties.known_bodies import known_bodies
from briefing.attribution.parties.parties import parties_of, party_of
from briefing.schema import Party

TEXT = (
    "Mayor Ana Ruiz said the city would take part in the fight against the Islamic State. "
    "The coalition has bombed Islamic State positions for a year. Ruiz said ISIS was "
    "losing ground. Critics say ISIL still holds two towns."
)


def test_a_body_named_often_under_several_names_is_one_party() -> None:
    parties = [p for p in parties_of(read(TEXT)) if p.name == "Islamic State"]
    assert len(parties) == 1
    assert {"ISIS", "ISIL"} <= set(parties[0].aliases)


def test_one_name_alone_or_few_mentions_give_no_body() -> None:
    assert known_bodies("The fight against ISIS goes on. ISIS lost. ISIS fled. ISIS hid.") == []
    assert known_bodies("The Islamic State, or ISIS, lost a town.") == []


def test_a_nationality_adjective_names_no_body_whose_name_it_opens() -> None:
    body = Party(
        id="islamic-state",
        name="Islamic State",
        kind="organization",
        role=None,
        affiliation=None,
        aliases=[],
    )
    voters = Party(
        id="republican-voters",
        name="Republican voters",
        kind="group",
        role=None,
        affiliation=None,
        aliases=[],
    )
    assert party_of(Mention("Islamic", "NORP", (0, 7)), [body]) is None
    assert party_of(Mention("Republican", "NORP", (0, 10)), [voters]) == "republican-voters"
