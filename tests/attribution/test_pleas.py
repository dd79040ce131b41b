"""Demands with no call verb and no "should" on a named party (invented sentences;
evals/README, "Cases decided while labelling news-train": a same-party outsider's "needs
to" (W), an impersonal plea (T), a verdict on a failure to act (I), a refusal until
something is granted (V, W), an order shouted at unnamed people)."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_a_named_party_that_needs_to_act_is_a_demand():
    text = (
        '"Now Mayor Diaz needs to show that she can listen to the farmers," said strategist '
        'Ben Lee. "We need to raise the levee this year," Senator Ann Cole said.'
    )
    assert _kinds(text) == ["concern", "claim"]


def test_what_a_goal_takes_a_forecast_or_a_body_s_need_stays_a_claim():
    text = (
        "Mayor Diaz needs to win the northern wards in order to keep her seat, analyst Ben "
        'Lee said. "Diaz will have to choose whose side she is on," Senator Ann Cole said. '
        "Governor Ruth Hale said the Federal Reserve needs to consider the costs."
    )
    assert _kinds(text) == ["claim", "claim", "claim"]


def test_no_reason_why_a_party_should_not_act_is_a_demand():
    text = (
        '"There is no reason why the council should not publish the contract," Senator Ann '
        'Cole said. "There is no reason to panic about the river," Mayor Ben Lee said.'
    )
    assert _kinds(text) == ["concern", "claim"]


def test_there_needs_to_be_something_is_a_plea_no_doubt_is_not():
    text = (
        '"But there does need to be an inquiry into the contract," Senator Ann Cole said. '
        '"There should be no doubt about our plan," Mayor Ben Lee said.'
    )
    assert _kinds(text) == ["concern", "claim"]


def test_a_verdict_on_a_failure_to_act_is_a_demand():
    text = (
        '"It would be a betrayal by Governor Ruth Hale if she fails to act on the report," '
        "Senator Ann Cole said."
    )
    assert _kinds(text) == ["concern"]


def test_a_refusal_until_something_is_granted_is_a_demand():
    text = (
        "The farmers' union said its members would refuse to leave the square until they got "
        "a vote on the water plan. Mayor Ben Lee said the train did not arrive until noon."
    )
    assert _kinds(text) == ["concern", "claim"]


def test_a_shouted_quoted_order_is_a_demand():
    text = (
        'At the rally, Mayor Ben Lee was heard yelling: "Get them out of the hall!" '
        'Senator Ann Cole said: "Look at the figures for the harbour." '
        'Senator Tom Berg said: "Let me be clear: we stay in this race!"'
    )
    assert _kinds(text) == ["concern", "claim", "claim"]


def test_a_group_from_a_place_told_what_to_do_is_a_demand():
    text = "Senator Ann Cole is suggesting that delegates from states she won should back her."
    assert _kinds(text) == ["concern"]


def test_a_betrayal_foretold_is_a_demand_one_denied_is_not():
    text = (
        '"If she keeps this up, she is really betraying her voters," Senator Ann Cole said. '
        "Mayor Ben Lee said that members who vote for the levy would be going against the "
        'will of the farmers. "We will never betray our voters," Senator Tom Berg said.'
    )
    assert _kinds(text) == ["concern", "concern", "claim"]


def test_let_us_summed_up_by_a_call_is_a_demand_else_a_claim():
    text = (
        "Senator Ann Cole ended her speech by calling on the farmers to oppose the dam. "
        '"Let us never be silent about this river," Cole said. '
        '"Let us be honest about the costs," Mayor Ben Lee said. Lee then urged the crowd '
        "to sit down."
    )
    assert [k for k, _, c in found(text) if c.startswith("Let us")] == ["concern", "claim"]
