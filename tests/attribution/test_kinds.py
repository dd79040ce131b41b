"""The kind of an attribution from its whole shape, not only its cue word (invented
sentences, evals/README "Cases decided while labelling news-train")."""

from tests.attribution.found import found


def test_words_that_warn_are_a_concern():
    text = (
        "Senator Tom Berg said the cuts could lead to longer waits at hospitals. "
        "Mayor Ann Cole said the old dam is in danger of collapse. "
        "Dr. Paul Kim said the cuts will not hurt anyone."
    )
    assert [kind for kind, _, _ in found(text)] == ["concern", "concern", "claim"]


def test_a_call_or_demand_on_an_addressee_is_a_concern():
    text = (
        "Senator Alice Moreno called on the governor to close the plant. "
        "Mayor Tom Brandt urged the council to cut the budget. "
        "Rep. Ann Cole asked the agency to repair the road."
    )
    assert found(text) == [
        ("concern", "Alice Moreno", "called on the governor to close the plant"),
        ("concern", "Tom Brandt", "urged the council to cut the budget"),
        ("concern", "Ann Cole", "asked the agency to repair the road"),
    ]


def test_a_call_for_a_remedy_and_a_threat_are_concerns():
    text = (
        "Union leader Rita Vasquez called for an independent inquiry into the fire. "
        "Governor Ben Lee threatened to cut off aid unless the city pays."
    )
    assert found(text) == [
        ("concern", "Rita Vasquez", "called for an independent inquiry into the fire"),
        ("concern", "Ben Lee", "to cut off aid unless the city pays"),
    ]


def test_a_naming_or_a_question_stays_a_claim():
    text = "The mayor called him a liar, Senator Ruth Dale said. Dr. Paul Kim asked about the cost."
    assert [kind for kind, _, _ in found(text)] == ["claim"]


# The kind a claim's own words give it (`stance`): a cue like "said" carries no kind.


def kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_words_that_call_it_false_are_a_denial():
    text = (
        "Senator Tom Berg said the union's figures are false. "
        "“It is nonsense,” Mayor Ann Cole said. "
        "Governor Ben Lee said the story is not true."
    )
    assert kinds(text) == ["denial", "denial", "denial"]


def test_the_speakers_own_rejecting_verb_is_a_denial():
    text = (
        "Mayor Ann Cole tweeted that she “rejects the union's latest figures.” "
        "“We disagree strongly with those findings,” Rita Vasquez said."
    )
    assert kinds(text) == ["denial", "denial"]
    call = "Senator Tom Berg called on Republicans to reject Trump as well."
    assert found(call) == [("concern", "Tom Berg", "called on Republicans to reject Trump as well")]


def test_no_evidence_and_nothing_to_worry_about_are_denials():
    text = (
        "Senator Tom Berg said there was no evidence of fraud in the vote. "
        "“If the plant is safe, the farmers have nothing to worry about,” Mayor Ann Cole said."
    )
    assert kinds(text) == ["denial", "denial"]


def test_an_act_said_not_to_be_what_others_say_is_a_denial():
    text = (
        "Governor Ben Lee insisted that closing the plant was not a response to the strike. "
        "“The company did not discriminate against its drivers,” spokeswoman Lee Park said."
    )
    assert kinds(text) == ["denial", "denial"]


def test_a_plain_negative_or_an_accusation_of_lying_stays_a_claim():
    text = (
        "Senator Tom Berg said he did not attend the meeting in May. "
        "Dr. Paul Kim said the mayor lies about everything. "
        "Rep. Ann Cole said the report was not finished yet."
    )
    assert kinds(text) == ["claim", "claim", "claim"]


def test_words_that_predict_harm_or_peril_are_a_concern():
    text = (
        "“It will spread, and it will metastasize,” Dr. Paul Kim said. "
        "Rep. Ann Cole said the town's jobs will be put at risk by the merger."
    )
    assert kinds(text) == ["concern", "concern"]


def test_a_noun_of_fear_heading_or_framing_the_content_is_a_concern():
    text = (
        "Senator Tom Berg said the threat that the drought poses to farmers is growing. "
        "Mayor Ann Cole said the plan was viewed with concern across the valley."
    )
    assert kinds(text) == ["concern", "concern"]


def test_urging_another_party_to_take_care_is_a_concern_a_policy_is_not():
    text = (
        "Minister Li Wei said Japan should be careful in the strait. "
        "Governor Ben Lee said the state should invest more in its schools."
    )
    assert kinds(text) == ["concern", "claim"]


def test_telling_a_named_party_what_it_should_do_is_a_concern():
    text = (
        "Senator Tom Berg said Republicans should give the judge a hearing. "
        "Mayor Ann Cole said the old mayor should be awarded a medal. "
        "Governor Ben Lee said Springfield should be the new capital."
    )
    assert kinds(text) == ["concern", "claim", "claim"]


def test_a_fear_stoked_allayed_or_owned_by_another_is_no_concern_one_voiced_is():
    text = (
        "Senator Tom Berg said the new plan will assuage people's fears. "
        "Dr. Paul Kim said the ads stoke fears of crime. "
        "“We have serious concerns about the dam,” Rita Vasquez said. "
        "Governor Ben Lee said the union's concerns are growing."
    )
    assert kinds(text) == ["claim", "claim", "concern", "claim"]


def test_a_quotation_running_on_gets_its_own_words_kind():
    text = (
        "“The plan is sound,” Mayor Ann Cole said at the meeting. "
        "“We disagree strongly with the union's claims. They are meritless.”"
    )
    assert kinds(text) == ["claim", "denial", "denial"]


def test_a_concern_made_light_of_is_a_denial():
    text = (
        "“The dam is safe,” Governor Ben Lee said on Monday, mocking concerns about a "
        "possible flood in the valley."
    )
    assert ("denial", "Ben Lee", "mocking concerns about a possible flood in the valley") in found(
        text
    )


def test_urging_caution_under_i_think_is_a_concern():
    text = "“I think the farmers have to pay close attention to the river,” Mayor Ann Cole said."
    assert kinds(text) == ["concern"]


def test_a_peril_in_a_condition_is_no_warning():
    text = (
        "Senator Tom Berg said he backs an exception when the mother's life is in danger. "
        "Mayor Ann Cole said the old bridge is in danger of collapse."
    )
    assert kinds(text) == ["claim", "concern"]


def test_telling_an_office_or_a_placed_group_what_it_should_do_is_a_concern():
    text = (
        "Senator Tom Berg said the Governor of Ohio should close the old bridge. "
        "Minister Li Wei said countries outside the region should stop their patrols. "
        "Mayor Ann Cole said the people should be proud of the bridge."
    )
    assert kinds(text) == ["concern", "concern", "claim"]


def test_risking_a_harm_is_a_warning():
    text = (
        '"The plan risks alienating young voters across the state," Mayor Ann Cole said. '
        '"We took a risk and it paid off," Dr. Paul Kim said.'
    )
    assert kinds(text) == ["concern", "claim"]


def test_viewing_a_party_as_a_threat_is_a_concern():
    text = (
        "Campaign manager Rob Moss told aides that he viewed Senator Lee as a genuine threat. "
        "Mayor Ann Cole said she sees the new park as a gift to the city."
    )
    assert kinds(text) == ["concern", "claim"]


def test_a_quoted_concession_is_no_part_of_the_warning():
    text = (
        "Economist Paul Kim of Harbor Bank warned that while “logic would suggest that a storm "
        "strengthens the case for closer cooperation in the region,” the storms “may trigger a "
        "hasty retreat from the coast among those who are skeptical of the plan.”"
    )
    assert found(text) == [
        (
            "concern",
            "Paul Kim",
            "may trigger a hasty retreat from the coast among those who are skeptical of the plan",
        )
    ]


def test_a_reckoning_foretold_is_a_warning():
    text = (
        '"History will hold the polluters of our day accountable," Bishop Paolo Rossi said. '
        '"The board held the manager accountable," Mayor Ann Cole said.'
    )
    assert kinds(text) == ["concern", "claim"]


def test_a_policy_that_would_insult_allies_is_a_warning():
    text = (
        '"You will get a glimpse of a policy that would insult our allies, not engage them," '
        "Senator Ann Cole said."
    )
    assert kinds(text) == ["concern"]
