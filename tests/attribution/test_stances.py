"""Demands, worries and rejections the hand rules read off the parse (invented sentences;
evals/README "Concerns", "Denials" and "Cases decided while labelling news-train")."""

from briefing.attribution import read
from tests.attribution.found import found


def test_a_call_upon_an_addressee_keeps_verb_and_addressee_without_a_relative_tail():
    text = (
        "Senator Alice Moreno called upon Mayor Tom Brandt to reopen the shelter, "
        "which the city closed in 2019 to save money."
    )
    assert found(text) == [
        ("concern", "Alice Moreno", "called upon Mayor Tom Brandt to reopen the shelter")
    ]


def test_a_call_for_someone_to_act_and_an_appeal_parsed_as_adverbial_are_concerns():
    text = (
        "Union leader Rita Vasquez called for lawmakers to reject the pension cuts. "
        "Governor Ben Lee has been lobbying neighbouring states to back the water treaty."
    )
    kinds = [(kind, name) for kind, name, _ in found(text)]
    assert kinds == [("concern", "Rita Vasquez"), ("concern", "Ben Lee")]


def test_a_warning_against_keeps_its_verb():
    text = "Mayor Ann Cole warned the council against raising bus fares before the winter."
    assert found(text) == [
        ("concern", "Ann Cole", "warned the council against raising bus fares before the winter")
    ]


def test_a_demand_for_a_remedy_stops_at_its_reason():
    text = (
        "Senator Paul Kim called for a freeze on mines because of fears that the river is poisoned."
    )
    assert found(text)[0] == ("concern", "Paul Kim", "called for a freeze on mines")


def test_no_demand_from_a_passive_or_a_headline():
    text = "Mayor Calls On Governor To Resign\n\nDr. Paul Kim was urged to drop the lawsuit."
    assert [kind for kind, _, _ in found(text)].count("concern") == 0


def test_a_worry_noun_with_its_owner_is_quoted_with_the_noun():
    text = (
        "Senator Ann Cole voiced concern over the closures of the mines. "
        'Dr. Paul Kim said he had "very serious concerns about the safety of the new dam."'
    )
    assert found(text) == [
        ("concern", "Ann Cole", "concern over the closures of the mines"),
        ("concern", "Paul Kim", "very serious concerns about the safety of the new dam"),
    ]


def test_an_adjective_of_worry_is_a_concern_of_the_subject():
    text = "Mayor Tom Brandt is deeply troubled by the reaction of the police union."
    assert found(text) == [
        ("concern", "Tom Brandt", "deeply troubled by the reaction of the police union")
    ]


def test_rejecting_or_mocking_a_named_object_is_a_denial_with_its_verb():
    text = (
        'Governor Ben Lee tweeted that he "rejects the senator\'s latest remarks about farmers." '
        '"They will say anything," Mayor Ann Cole said, mocking fears of a housing crash.'
    )
    kinds = [(kind, name, words) for kind, name, words in found(text) if kind == "denial"]
    assert kinds == [
        ("denial", "Ben Lee", "rejects the senator's latest remarks about farmers"),
        ("denial", "Ann Cole", "mocking fears of a housing crash"),
    ]


def test_playing_down_refusing_to_concede_and_being_mischaracterized_are_denials():
    text = (
        'Ambassador Tom Reyes played down the remarks as "just campaign talk." '
        "Senator Ann Cole refused to concede that the critics had a point. "
        "Dr. Paul Kim later said his words were mischaracterized and that he regretted the fuss."
    )
    denials = [(name, words) for kind, name, words in found(text) if kind == "denial"]
    assert denials == [
        ("Tom Reyes", "just campaign talk"),
        ("Ann Cole", "refused to concede that the critics had a point"),
        ("Paul Kim", "his words were mischaracterized"),
    ]


def test_they_in_what_a_group_says_is_that_group():
    text = "The unions who wrote to Governor Ben Lee say they are concerned the plan will cut jobs."
    stance = [c for c in read(text).candidates if c.kind == "concern"]
    assert [c.source_text for c in stance] == ["The unions"]


def test_a_worry_a_speaker_reports_in_a_quotation_stays_the_worried_partys():
    text = 'Mayor Ann Cole said the Harbor Council is "concerned about any spill that can spread."'
    assert [(kind, name) for kind, name, _ in found(text)] == [("concern", "Harbor Council")]


def test_a_rejection_coordinated_after_another_s_proposal_is_the_rejecters():
    text = "Mayor Ann Cole proposed they meet in May, but Senator Tom Reyes rejected that, too."
    denials = [(name, words) for kind, name, words in found(text) if kind == "denial"]
    assert denials == [("Tom Reyes", "rejected that")]


def test_a_first_person_stance_in_a_quotation_is_its_speakers():
    text = (
        '"My remarks were about the budget," Senator Tom Reyes said on Monday. '
        '"The cuts are wrong. I reject any plan to close the clinic. '
        'I am troubled by the reaction to my remarks."'
    )
    stances = [(kind, name, words) for kind, name, words in found(text) if kind != "claim"]
    assert stances == [
        ("denial", "Tom Reyes", "I reject any plan to close the clinic"),
        ("concern", "Tom Reyes", "I am troubled by the reaction to my remarks"),
    ]


def test_contesting_a_place_is_no_denial():
    text = "Senator Ann Cole said both campaigns are contesting Ohio this year."
    assert [kind for kind, _, _ in found(text)] == ["claim"]


def test_a_negated_worry_is_no_concern():
    text = (
        "Mayor Ben Lee said he wasn't too worried about the storm. "
        "Dr. Ann Cole is not concerned that the dam will fail."
    )
    assert [kind for kind, _, _ in found(text)].count("concern") == 0


def test_a_worry_the_subject_answers_is_not_the_subjects():
    text = (
        "Senator Ann Cole said the mayor failed to address public concerns about the dam. "
        "Mayor Tom Brandt sought to allay fears about the closures of the mines."
    )
    assert [kind for kind, _, _ in found(text)].count("concern") == 0


def test_what_worries_a_group_is_its_concern():
    text = "What worries the dairy farmers is that the river will run dry before July."
    assert [(kind, content) for kind, _, content in found(text)] == [
        ("concern", "the river will run dry before July")
    ]


def test_a_call_misparsed_as_a_verb_gives_a_quotation_no_demand():
    text = (
        "What worries the dairy farmers is that the river will run dry before July. "
        "Alongside union calls for action, Senator Paul Kim said the mayor must decide, saying, "
        '"At some point, she is going to have to come out on where she stands."'
    )
    quoted = [kind for kind, _, content in found(text) if content.startswith("At some point")]
    assert quoted == ["claim"]


def test_seeking_a_remedy_is_a_demand_but_seeking_a_goal_is_not():
    text = (
        "Nurse Ann Cole also seeks a permanent injunction barring the hospital from firing her. "
        "Senator Tom Brandt seeks re-election in November."
    )
    kinds = [(kind, content[:33]) for kind, _, content in found(text)]
    assert kinds == [("concern", "seeks a permanent injunction barr")]


def test_a_worry_voiced_by_another_is_that_ones_concern_not_the_speakers():
    text = (
        "Governor Ann Cole said that fears about higher rents — as voiced by Paul Kim, "
        "the head of the tenants union — were not to be dismissed."
    )
    kinds = [(kind, name) for kind, name, _ in found(text)]
    assert ("concern", "Paul Kim") in kinds
    assert ("concern", "Ann Cole") not in kinds


def test_a_named_partys_worry_reported_by_a_speaker_is_its_concern():
    text = "Mayor Ann Cole said Governor Tom Brandt was troubled by the report."
    assert found(text) == [("concern", "Tom Brandt", "troubled by the report")]


def test_a_statement_of_concern_is_the_issuers_concern_not_also_a_claim():
    text = (
        "The Riverside Tenants Union issued a statement of concern about rising rents "
        "in the old town."
    )
    assert [(kind, content) for kind, _, content in found(text)] == [
        ("concern", "concern about rising rents in the old town")
    ]


def test_a_worry_named_by_the_people_before_it_is_theirs():
    text = "The mayor sought to ease growing Brazilian worries about the new dam."
    assert ("concern", "growing Brazilian worries about the new dam") in [
        (kind, content) for kind, _, content in found(text)
    ]


def test_a_named_partys_worry_inside_a_quotation_is_its_concern():
    text = (
        '"Brazil is equally concerned about what the rebels are doing," '
        "Senator Tom Brandt told reporters."
    )
    assert found(text) == [
        ("concern", "Brazil", "equally concerned about what the rebels are doing")
    ]


def test_pushing_for_a_remedy_is_a_demand_with_its_verb():
    text = "City Council members have pushed for new flood barriers."
    assert [(k, c) for k, _, c in found(text)] == [("concern", "pushed for new flood barriers")]


def test_a_pledge_to_push_for_a_policy_is_no_demand():
    text = (
        "Senator Tom Brandt promised to push for a new dam. "
        "Mayor Ann Cole said she would widen the road and push for a new bridge."
    )
    assert "concern" not in [k for k, _, _ in found(text)]


def test_telling_a_named_body_its_time_has_come_is_a_demand():
    text = (
        '"It is time for the Harbor Commission to stop stalling on the dredging plan," '
        "Mayor Ann Cole said. "
        '"It is time for lunch," Senator Tom Brandt said.'
    )
    assert [k for k, _, _ in found(text)] == ["concern", "claim"]


def test_a_worry_one_is_led_to_is_the_led_partys():
    text = "The flooding in Dale County has led Governor Ann Cole to worry about the levees."
    assert [(k, n) for k, n, _ in found(text)] == [("concern", "Ann Cole")]


def test_downplaying_or_brushing_off_a_named_object_is_a_denial_with_its_verb():
    """The guide: rejecting a named object quotes the verb and the object; an attempt
    ("tried to downplay") and a person shrugged off are no such denial."""
    text = (
        "Senator Ann Cole downplayed any effect the audit may have on the vote. "
        "Mayor Ben Lee brushed off the council's findings on Monday. "
        "Dr. Paul Kim shrugged off the attacks from his rival. "
        "Voters in the poll shrugged off the decision."
    )
    denials = [(name, words) for kind, name, words in found(text) if kind == "denial"]
    assert denials == [
        ("Ann Cole", "downplayed any effect the audit may have on the vote"),
        ("Ben Lee", "brushed off the council's findings"),
        ("Paul Kim", "shrugged off the attacks from his rival"),
    ]


def test_a_campaign_appeal_to_voters_is_no_demand():
    """The guide (L, R): urging one's own side or voters to vote or join is a claim; urging
    a named party to vote for something stays a demand."""
    text = (
        "Senator Ann Cole urged voters to back her on Tuesday. "
        "Mayor Ben Lee urged the Republicans to vote for the levee bill."
    )
    assert [kind for kind, _, _ in found(text)] == ["claim", "concern"]


def test_a_worry_voiced_with_nothing_said_about_what_keeps_its_verb():
    """ "has expressed concerns but ...": the voicing verb and the noun, the subject's
    concern; a worry others may voice one day is nobody's yet."""
    text = (
        "Senator Ann Cole has expressed concerns but said she backs the bill. "
        "Speaker Ben Lee aired his worries during a call with members. "
        "Mayor Tom Reyes hoped people would find a way to voice concerns peacefully."
    )
    concerns = [(name, words) for kind, name, words in found(text) if kind == "concern"]
    assert concerns == [("Ann Cole", "expressed concerns"), ("Ben Lee", "aired his worries")]


def test_a_demand_only_described_in_a_relative_clause_is_none():
    """ "the policies she has pushed for": the preposition has no object; the demand is
    described, not made here."""
    text = "Senator Ann Cole said the mayor would undo the reforms her allies have pushed for."
    concerns = [words for kind, _, words in found(text) if kind == "concern"]
    assert not [words for words in concerns if words.endswith("for")]


def test_a_worry_others_may_have_is_no_concern_of_the_speaker():
    """The guide (L): acknowledging that others may worry is a claim, not a concern."""
    text = '"People may have concerns," Senator Ann Cole said.'
    assert [kind for kind, _, _ in found(text)] == ["claim"]
