"""A claim made a denial because it answers another party (`replies`) links to what it
answers: the demand it refuses, the prediction it doubts, the charge it negates, the
claim it retracts (invented sentences; evals/README "File format", issue 21)."""

from typing import Any

from briefing.attribution import read
from briefing.attribution.items.statements import statements_from
from briefing.attribution.links.addressee_names import addressee_parties
from briefing.attribution.parties.parties import parties_of


def statements(text: str) -> dict[str, list[dict[str, Any]]]:
    reading = read(text)
    return statements_from(reading, addressee_parties(reading, parties_of(reading)))


def _by(found: dict[str, list[dict[str, Any]]], field: str, actor: str) -> dict[str, Any]:
    actors = {"claims": "claimant", "denials": "denier", "concerns": "holder"}
    return next(i for i in found[field] if i[actors[field]] == actor)


def test_no_plans_to_do_what_others_demand_answers_that_demand():
    text = (
        "Harbor row\n\nUnion leader Ben Ortiz urged Governor Tom Berg to hold a vote on the "
        "pension plan. Council chair Ann Cole said she has no plans to bring the pension plan "
        "to a vote."
    )
    found = statements(text)
    demand = _by(found, "concerns", "ben-ortiz")
    assert _by(found, "denials", "ann-cole")["responds_to"] == demand["id"]


def test_a_doubt_answers_the_prediction_told_with_its_modal():
    text = (
        "Harbor row\n\nCampaign chief Ben Ortiz said the senator can still win the county. "
        "Ortiz said he believes the race will go on until July. "
        '"He can say so, but it seems very unlikely" that the senator can win it, rival '
        'strategist Ann Cole said. "The sums just don\'t add up," Cole said.'
    )
    found = statements(text)
    can_win = next(c for c in found["claims"] if "can still win" in c["quote"])
    assert [d["responds_to"] for d in found["denials"]] == [can_win["id"], can_win["id"]]


def test_a_doubt_of_several_predictions_none_with_its_modal_answers_none():
    text = (
        "Harbor row\n\nCampaign chief Ben Ortiz said the senator will win the county. "
        "Ortiz said he believes the race would go on until July. "
        '"He can say so, but it seems very unlikely," rival strategist Ann Cole said.'
    )
    (denial,) = statements(text)["denials"]
    assert denial["responds_to"] is None


def test_negating_a_charge_in_the_first_person_answers_the_charge():
    text = (
        "Harbor row\n\nSenator Ann Cole accused Mayor Ben Ortiz of being influenced by "
        'developers. "I have never been influenced by anyone who gave me money," Ortiz said.'
    )
    found = statements(text)
    charge = _by(found, "claims", "ann-cole")
    assert _by(found, "denials", "ben-ortiz")["responds_to"] == charge["id"]


def test_a_retraction_answers_the_claim_it_takes_back():
    text = (
        "Harbor row\n\nMayor Ann Cole said that building two bridges was a mistake. "
        "Cole said the harbor needs dredging. An aide, Tom Brandt, said later that Cole "
        "misspoke and meant to say that building only one bridge was a mistake."
    )
    found = statements(text)
    bridges = next(c for c in found["claims"] if "two bridges" in c["quote"])
    assert _by(found, "denials", "tom-brandt")["responds_to"] == bridges["id"]


def test_finding_no_evidence_of_the_only_charge_answers_it():
    text = (
        "Harbor row\n\nFarmer Ben Ortiz accused Mayor Ann Cole of hiding the cost of the dam. "
        "Aide Tom Brandt said three audits had looked at the dam and none found any "
        "evidence of wrongdoing."
    )
    found = statements(text)
    (charge,) = found["claims"]
    assert _by(found, "denials", "tom-brandt")["responds_to"] == charge["id"]


def test_finding_no_evidence_among_unlike_charges_names_none():
    text = (
        "Harbor row\n\nFarmer Ben Ortiz accused Mayor Ann Cole of hiding the cost of the dam. "
        "Senator Rita Vasquez accused Cole of causing the flood. "
        "Aide Tom Brandt said three audits had looked at the harbor and none found any "
        "evidence of wrongdoing."
    )
    (denial,) = statements(text)["denials"]
    assert denial["responds_to"] is None
