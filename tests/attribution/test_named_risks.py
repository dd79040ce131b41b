"""Risks named, caution bidden, remedies required and prison wished (invented sentences;
evals/README, "Concerns, demands and claims": a warning, urging caution, a demand for a
remedy and a wished punishment are concerns)."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_a_risk_or_a_danger_named_is_a_warning_one_denied_is_not():
    text = (
        '"The river is rising fast," said Mayor Ann Cole. "It\'s a risk for every farm." '
        '"Frankly, the new dam is dangerous," engineer Ben Lee said. '
        '"The new dam is not dangerous," Governor Ruth Hale said.'
    )
    assert _kinds(text) == ["claim", "concern", "concern", "claim"]


def test_an_imperative_to_take_care_is_a_concern_pay_no_attention_is_not():
    text = (
        '"Be careful out there this winter," Mayor Ann Cole said. '
        '"Pay no attention to the rumours about the dam," Governor Ruth Hale said.'
    )
    assert _kinds(text) == ["concern", "claim"]


def test_a_remedy_required_is_a_demand_one_foretold_is_not():
    text = (
        '"The missing funds require an independent investigation," Senator Ann Cole said. '
        '"The new rules will require a review next year," Mayor Ben Lee said.'
    )
    assert _kinds(text) == ["concern", "claim"]


def test_should_be_in_prison_is_a_wished_punishment():
    text = (
        'Senator Ann Cole said: "The officer who fired the shots should be in prison." '
        'Mayor Ben Lee said: "The officer should be in the office on Monday."'
    )
    assert _kinds(text) == ["concern", "claim"]
