"""Alarm words in a content make a concern (invented sentences; evals/README "Cases
decided while labelling news-train": "crisis", "X threatens Y" (O); calling something a
danger); a negated, fought or reported threat stays a claim."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_naming_a_danger_or_a_threat_is_a_concern():
    text = (
        "Senator Tom Brandt said the new dam comes with enormous dangers. "
        'Mayor Ann Cole said, "We face a very serious threat from the floods."'
    )
    assert _kinds(text) == ["concern", "concern"]


def test_a_thing_that_threatens_another_is_a_concern():
    text = "Governor Ann Cole said the drought threatens the livelihood of every farmer."
    assert _kinds(text) == ["concern"]


def test_a_state_of_crisis_is_a_concern_a_named_crisis_is_not():
    text = (
        'Dr. Paul Kim said, "Our valley is in crisis." '
        "Governor Ann Cole said the housing crisis was handled well last year."
    )
    assert _kinds(text) == ["concern", "claim"]


def test_a_denied_fought_or_reported_threat_stays_a_claim():
    text = (
        "Senator Tom Brandt said the plant poses no threat to the river. "
        "Governor Ann Cole said the new unit will defeat the threat. "
        "Mayor Ann Cole said she had received death threats last spring."
    )
    assert _kinds(text) == ["claim", "claim", "claim"]


def test_a_threat_that_others_hold_or_a_class_poses_stays_a_claim():
    text = (
        "Senator Tom Brandt said the council failed to answer public concerns about "
        "the threats. Governor Ann Cole said the law would remove those who pose a "
        "threat to the town."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_a_harm_going_on_now_is_a_concern():
    text = (
        "Senator Tom Brandt said the mayor is wrecking our chance to win the county. "
        'Governor Ann Cole said, "The new tariffs are destroying the farms of this valley."'
    )
    assert _kinds(text) == ["concern", "concern"]


def test_a_harm_asked_about_or_negated_stays_a_claim():
    text = (
        "Senator Tom Brandt said the plan is not hurting the farmers. "
        "Governor Ann Cole said, you know what, people are hurting in this county."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_a_class_of_things_threatening_another_is_a_concern():
    text = (
        'Dr. Paul Kim said, "Blight is the worst among the diseases threatening our orchards." '
        'Mayor Ann Cole said, "Senator Brandt is a man threatening nobody."'
    )
    assert _kinds(text) == ["concern", "claim"]
