"""Claims that answer another party in the article are denials, by what they answer
(invented sentences; evals/README "Denials" and the decisions after it, R to W)."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_admitting_one_misspoke_retracts_ones_words():
    text = (
        "Mayor Ann Cole admitted that she had misspoken about the bridge budget on Monday. "
        "An aide, Tom Brandt, said later that Cole misspoke and meant to say the tunnel."
    )
    assert _kinds(text) == ["denial", "denial"]


def test_no_plans_to_do_what_a_demand_asks_refuses_it():
    text = (
        "Union leader Ben Ortiz urged the council to hold a vote on the pension plan. "
        "Council chair Ann Cole said she has no plans to bring the pension plan to a vote."
    )
    assert _kinds(text) == ["concern", "denial"]


def test_no_plans_with_no_demand_in_the_article_stays_a_claim():
    text = "Council chair Ann Cole said she has no plans to bring the pension plan to a vote."
    assert _kinds(text) == ["claim"]


def test_doubting_a_rivals_prediction_is_a_denial():
    text = (
        "Campaign chief Ben Ortiz said the senator can still win the county in June. "
        '"He can say so, but it seems very unlikely," rival strategist Ann Cole said. '
        '"The sums just don\'t add up," Cole said.'
    )
    assert _kinds(text) == ["claim", "denial", "denial"]


def test_a_doubt_that_grants_the_chance_stays_a_claim():
    text = (
        "Campaign chief Ben Ortiz said the senator can still win the county in June. "
        '"It\'s unlikely but not impossible," rival strategist Ann Cole said.'
    )
    assert _kinds(text) == ["claim", "claim"]


def test_a_doubt_with_no_reported_prediction_stays_a_claim():
    text = (
        "Campaign chief Ben Ortiz said the senator toured the county in June. "
        '"The sums just don\'t add up," rival strategist Ann Cole said.'
    )
    assert _kinds(text) == ["claim", "claim"]


def test_no_evidence_found_of_a_charge_in_the_article_denies_it():
    text = (
        "Farmer Ben Ortiz accused the mayor of hiding the cost of the dam. "
        "Aide Tom Brandt said three audits had looked at the dam and none found any "
        "evidence of hidden costs."
    )
    assert _kinds(text)[-1] == "denial"


def test_no_evidence_found_with_no_charge_stays_a_claim():
    text = (
        "Aide Tom Brandt said three audits had looked at the dam and none found any "
        "evidence of hidden costs."
    )
    assert _kinds(text) == ["claim"]


def test_people_who_hold_a_view_called_wrong_deny_it():
    """T: calling a view "dangerously wrong" denies it; an act called wrong is a claim."""
    text = (
        'Ann Cole said that voters who believe "the dam is safe are dangerously wrong." '
        "Ben Ortiz said that farmers who sold the land were wrong."
    )
    assert _kinds(text) == ["denial", "claim"]


def test_the_reason_for_rejecting_a_decision_is_a_denial():
    text = (
        "Ann Cole has said she disagrees with the board's decision to close the school, "
        'because "the building has stood for a century." '
        "Ben Ortiz has said he backs the board's decision to close the school, "
        'because "the building has stood for a century."'
    )
    assert _kinds(text) == ["denial", "claim"]


def test_negating_in_the_first_person_what_another_charges_is_a_denial():
    text = (
        "Ben Ortiz accused the mayor of being influenced by the builders. "
        'Mayor Ann Cole said, "I have never been influenced by anyone who gave me money." '
        'Ann Cole said, "We have never visited the quarry."'
    )
    assert _kinds(text)[1:] == ["denial", "claim"]


def test_a_view_said_not_to_fit_the_facts_is_a_denial():
    text = (
        "Mayor Ann Cole said, \"This idea that the city is falling apart doesn't jibe with "
        "what people see.\" Ben Ortiz said the new bridge doesn't match the old one."
    )
    assert _kinds(text) == ["denial", "claim"]


def test_no_plans_offered_or_only_a_name_shared_with_a_demand_stays_a_claim():
    text = (
        "Union leader Ben Ortiz urged Mayor Ann Cole to hold a vote on the pension plan. "
        "Aide Tom Brandt said Cole has offered no plans to hold a vote on the pension plan. "
        "Cole said she has no plans to meet Ortiz at the fair."
    )
    assert _kinds(text) == ["concern", "claim", "claim"]
