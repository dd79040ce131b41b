"""Addressees in the shapes of news-train's missed links (invented sentences; evals/README
"Concerns, demands and claims" and the cases decided while labelling, issue 21)."""

from typing import Any

from briefing.attribution import read
from briefing.attribution.items.statements import statements_from
from briefing.attribution.links.addressee_names import addressee_parties
from briefing.attribution.parties.parties import parties_of


def statements(text: str) -> dict[str, list[dict[str, Any]]]:
    reading = read(text)
    return statements_from(reading, addressee_parties(reading, parties_of(reading)))


def test_a_let_opening_a_quoted_demand_is_addressed_to_whom_it_leaves_to_act():
    text = (
        "Border row\n\nPresident Omar Selim said, “Let the World Bank pay the other "
        "countries to house the migrants.”"
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "omar-selim"
    assert concern["addressed_to"] == "world-bank"


def test_a_verdict_on_a_failure_by_y_is_addressed_to_y():
    text = (
        "Harbor row\n\nSenator Rita Vasquez said, “It would be a betrayal by Governor Ann "
        "Cole and her cabinet if they fail to close the plant right now.”"
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "rita-vasquez"
    assert concern["addressed_to"] == "ann-cole"


def test_an_appeal_to_you_in_a_letter_is_addressed_to_its_recipients():
    text = (
        "Harbor row\n\nSenator Rita Vasquez made her view clear in a May letter to members "
        "of the city council. “I ask you to close the old bridge before the storms,” "
        "Vasquez wrote."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "rita-vasquez"
    assert concern["addressed_to"] is not None
    assert concern["addressed_to"].startswith("members-of-the-city-council")


def test_a_rally_is_addressed_to_whom_the_call_summing_it_up_calls_on():
    text = (
        "Rally\n\nMayor Ann Cole spoke in Dayton, also calling on supporters to oppose "
        '"hatred" after citing the new law. “Let us never be silent in the face of '
        "hatred,” she said."
    )
    concerns = statements(text)["concerns"]
    let_us = [k for k in concerns if k["quote"].startswith("Let us")]
    assert [k["addressed_to"] for k in let_us] == ["supporters"]


def test_a_denial_opening_on_this_idea_answers_the_last_concern_of_another():
    text = (
        "Harbor row\n\nGovernor Tom Berg warned that the floods threaten our very way of "
        "life. “This idea that the city is somehow on the verge of collapse doesn’t really "
        "jibe with the experience of most people,” Mayor Ann Cole said."
    )
    found = statements(text)
    (concern,) = found["concerns"]
    (denial,) = found["denials"]
    assert denial["denier"] == "ann-cole"
    assert denial["responds_to"] == concern["id"]
