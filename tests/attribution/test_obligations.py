"""What a quoted speaker says another party should do is a demand on it (invented
sentences; evals/README, "Cases decided while labelling news-train": "X said Z should /
must do Y", Z an outside or opposing party)."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_he_or_she_should_in_a_quotation_is_a_demand():
    text = (
        'Governor Ben Lee lost the vote on Monday. "For that reason alone, he should step '
        'down," Senator Ann Cole said. "If Mayor Rita Diaz still cannot say it, she should '
        'get out of this race," Senator Tom Berg said.'
    )
    assert _kinds(text) == ["concern", "concern"]


def test_we_should_or_he_should_outside_a_quotation_stays_a_claim():
    text = (
        '"We should stop the patrols now," Senator Tom Berg said. '
        "Senator Ann Cole said she should have run for governor. "
        '"He should be proud of the team," Mayor Rita Diaz said.'
    )
    assert _kinds(text) == ["claim", "claim", "claim"]


def test_the_sentence_before_a_quoted_demand_stays_a_claim():
    text = (
        '"The governor refused to even read the report. For that reason alone, he should '
        'step down," Senator Ann Cole said.'
    )
    assert _kinds(text) == ["claim", "concern"]


def test_would_do_better_to_said_of_another_is_a_demand():
    text = (
        "Senator Tom Berg said that Mayor Ann Cole, under fire for the flooding, would do "
        "better to keep quiet. Senator Tom Berg said the team would do better next year."
    )
    assert _kinds(text) == ["concern", "claim"]


def test_they_need_to_in_a_quotation_is_a_demand():
    text = (
        '"They just need to get their act together and fund the clinics," Dr. Ann Cole said. '
        '"We need to get our act together," Dr. Tom Berg said. '
        '"They are ready for a longer fight if they need to be in one," Dr. Tom Berg said.'
    )
    assert _kinds(text) == ["concern", "claim", "claim"]


def test_let_a_named_party_act_is_a_demand_let_me_is_not():
    text = (
        '"Let the United Nations advise other countries to accept the refugees," President '
        'Tom Berg said. "Let me be very clear about the plan," Senator Ann Cole said.'
    )
    assert _kinds(text) == ["concern", "claim"]


def test_a_government_a_people_owns_told_what_it_should_do_is_a_demand():
    text = '"I think the American government should tighten its gun laws," Li Wei said.'
    assert _kinds(text) == ["concern"]


def test_should_have_done_blames_the_past_and_must_be_doing_guesses():
    text = (
        '"He should have resigned last spring," Senator Ann Cole said of the governor. '
        '"Mayor Rita Diaz should have known the bridge was unsafe," Senator Tom Berg said. '
        '"He must be doing something right," Dr. Ann Cole said of the coach. '
        '"He should resign now," Senator Tom Berg said of the governor.'
    )
    assert _kinds(text) == ["claim", "claim", "claim", "concern"]


def test_a_punishment_wished_in_the_passive_is_a_concern():
    text = (  # the guide (I-L): a passive wished punishment is a concern
        "Senator Tom Brandt said the mayor should be impeached for the reckless spending. "
        "Judge Mary Stone said that doctors who break the law must be punished. "
        "Dr. Paul Kim said the nurses should not be punished. "
        "Mayor Ann Cole said the clerk should have been fired years ago. "
        "Governor Lee Park said the firefighters should be praised."
    )
    assert _kinds(text) == ["concern", "concern", "claim", "claim", "claim"]


def test_a_state_of_affairs_told_to_end_is_a_demand():
    """The guide (O): "This cannot go on", said of a harm with nobody named to act, is a
    demand; what a person or the speaker's side must change stays a claim."""
    text = (
        '"This epidemic must stop," Mayor Ann Cole said. '
        '"This cannot continue," Senator Ben Lee said. '
        '"That has got to change," Dr. Paul Kim said. '
        '"We must change," Senator Ben Lee said. '
        '"Prices will not change," Dr. Paul Kim said.'
    )
    assert [kind for kind, _, _ in found(text)] == [
        "concern",
        "concern",
        "concern",
        "claim",
        "claim",
    ]


def test_a_remedy_asked_for_in_the_passive_is_a_demand():
    """The guide (I, S): a passive wished remedy naming nobody to act is a demand ("it's
    time a special prosecutor be appointed", "must be shut down", "should be held
    accountable"); one asked for only if something holds stays a claim."""
    text = (
        '"It\'s time an independent auditor be appointed," Mayor Ann Cole said. '
        '"The fund must be shut down at once," Senator Ben Lee said. '
        '"The firm acted recklessly and should be held accountable," Dr. Paul Kim said. '
        '"If they lied, they should be held accountable," Senator Ben Lee said.'
    )
    assert [kind for kind, _, _ in found(text)] == ["concern", "concern", "concern", "claim"]
