"""Concerns and denials of groups and demands the rules find (invented sentences;
evals/README "Cases decided while labelling news-train", issue 21)."""

from briefing.attribution import read
from tests.attribution.found import found
from tests.attribution.test_linking import statements


def test_a_group_known_by_its_description_holds_its_worry_and_its_demand():
    text = (
        "Harbor row\n\nMany fishermen worry about the new harbor fees. After the spill, "
        "the community began calling for Mayor Ann Cole to resign."
    )
    items = found(text)
    assert ("concern", "Many fishermen", "the new harbor fees") in items
    assert ("concern", "the community", "calling for Mayor Ann Cole to resign") in items


def test_a_group_denial_keeps_what_the_group_supports():
    text = "Harbor row\n\nSupporters of the levy rejected the union's concerns."
    assert found(text) == [("denial", "Supporters of the levy", "rejected the union's concerns")]


def test_they_continues_the_group_that_spoke_last_not_an_organization_named_between():
    text = (
        "Harbor row\n\nThe fees help the Harbor Trust, the fishermen's groups say. They ask "
        "the mayor to cut the fees."
    )
    kinds = {(kind, who) for kind, who, _ in found(text)}
    assert ("concern", "the fishermen's groups") in kinds


def test_a_challenge_to_act_is_a_demand_addressed_to_the_challenged():
    text = "Harbor row\n\nThe Berg campaign challenged Mayor Ann Cole to debate him in May."
    (concern,) = statements(text)["concerns"]
    assert concern["quote"] == "challenged Mayor Ann Cole to debate him in May"
    assert concern["addressed_to"] == "ann-cole"


def test_a_surname_parsed_as_a_modal_still_calls_for_something():
    text = (
        "Harbor row\n\nColumnist Ann Will wrote about the race on Monday. Instead, Will "
        "called for voters to back Tom Berg."
    )
    assert ("concern", "Will", "called for voters to back Tom Berg") in found(text)


def test_a_group_addressee_is_named_by_its_whole_description():
    text = (
        "Harbor row\n\nMayor Ann Cole urged all opponents of the levy to drop their suit. "
        "Governor Tom Berg has been lobbying the Obama administration to pay for the cleanup."
    )
    concerns = statements(text)["concerns"]
    assert [k["addressed_to"] for k in concerns] == [
        "all-opponents-of-the-levy",
        "obama-administration",
    ]


def test_rejecting_a_proposal_as_something_quotes_the_verdict():
    text = (
        "Harbor row\n\nMayor Ann Cole proposed a debate, but the Berg campaign rejected it "
        'as "absurd."'
    )
    denials = [c for c in read(text).candidates if c.kind == "denial"]
    assert [text[d.content[0] : d.content[1]] for d in denials] == ["absurd"]


def test_telling_a_worried_party_it_has_nothing_to_worry_about_answers_its_worry():
    text = (
        "Harbor row\n\nThe fishermen warned they could lose their boats if the levy passes. "
        "Mayor Ann Cole said she was worried about the budget. "
        '"If the fishermen pay on time, they have nothing to worry about," Berg said.'
    )
    found_items = statements(text)
    warning = next(k for k in found_items["concerns"] if "boats" in k["quote"])
    (denial,) = found_items["denials"]
    assert denial["responds_to"] == warning["id"]


def test_urging_vigilance_after_a_but_is_a_concern():
    text = (
        'Harbor row\n\n"Overall, I am hopeful, but I think we have to pay close attention '
        'to the harbor," Mayor Ann Cole said. "We have to take it seriously," she added.'
    )
    kinds = [kind for kind, _, _ in found(text)]
    assert kinds == ["concern", "concern"]


def test_a_fear_on_the_part_of_the_speakers_community_is_the_communitys():
    text = (
        'Harbor row\n\n"The fees are too high," Mayor Ann Cole said. "There is a fear on the '
        'part of our community in the port that the fees will double."'
    )
    assert (
        "concern",
        "our community",
        "fear on the part of our community in the port that the fees will double",
    ) in found(text)


def test_a_demand_keeps_its_paraphrase_round_a_quoted_fragment():
    text = (
        'Harbor row\n\nMayor Ann Cole said the Berg administration should set up a "harbor '
        'safety and cleanup fund" this year.'
    )
    kinds = [(kind, content) for kind, _, content in found(text)]
    assert kinds == [
        (
            "concern",
            'the Berg administration should set up a "harbor safety and cleanup fund" this year',
        )
    ]


def test_telling_others_to_curb_their_complaints_denies_them():
    text = (
        "Harbor row\n\nMayor Ann Cole said foreign officials should curb their complaints "
        "about the harbor fees."
    )
    assert found(text)[0] == (
        "denial",
        "Ann Cole",
        "foreign officials should curb their complaints about the harbor fees",
    )


def test_a_demand_on_a_named_object_and_a_title_name_the_addressee():
    text = (
        "Harbor row\n\nTreasury Secretary Tom Berg said on Monday that the fees would rise. "
        "Mayor Ann Cole used the meeting "
        'to demand wealthy shipowners "pay their fair share." Union leader Paul Kim asked '
        "the secretary to cut the fees."
    )
    concerns = statements(text)["concerns"]
    assert [k["addressed_to"] for k in concerns] == ["wealthy-shipowners", "tom-berg"]


def test_a_refusal_answers_the_warning_told_inside_it():
    text = (
        "Harbor row\n\nMayor Ann Cole refused to concede that critics had a point in warning "
        "that fishermen might lose their boats if the fees rise."
    )
    found_items = statements(text)
    (warning,) = found_items["concerns"]
    (denial,) = found_items["denials"]
    assert warning["quote"] == "fishermen might lose their boats if the fees rise"
    assert warning["holder"] == "critics"
    assert denial["responds_to"] == warning["id"]


def test_they_continues_a_named_plural_group_that_spoke_last():
    text = (
        "Senator Ann Cole said the budget was fair. Other Democrats echoed those comments, "
        "saying the cuts to the Islamic State programme were inadequate. "
        "They criticized the governor for again proposing tax cuts."
    )
    assert [name for _, name, _ in found(text)][
        -1
    ] == "Other Democrats"  # a part of a people, by its own words


def test_anxiety_among_a_group_that_c_is_the_groups_concern_even_misparsed():
    text = (
        "Outside the campaign, there is mounting anxiety among senior Democrats that the "
        '"March firewall" she had been counting on to stop Lee would be vulnerable if he '
        "were to score early wins."
    )
    kinds = [(kind, content[:25]) for kind, _, content in found(text)]
    assert kinds == [("concern", "mounting anxiety among se")]


def test_a_group_joined_to_a_worrys_owner_is_a_group_not_the_name_inside_it():
    text = (
        "Harbor row\n\nSenator Maria Gonzalez said on Monday that she would win the state. "
        "Outside the Gonzalez campaign, there is mounting anxiety among senior Democrats and "
        'some Gonzalez allies that the "March firewall" she had been counting on to stop Lee '
        "would be vulnerable if he were to score early wins."
    )
    holders = [k["holder"] for k in statements(text)["concerns"]]
    assert holders == ["senior-democrats", "some-gonzalez-allies"]


def test_a_group_that_did_not_seem_worried_holds_no_concern():
    text = "Fishermen at the harbor did not seem to be worried about the new fees."
    assert [kind for kind, _, _ in found(text)] == []


def test_a_group_is_named_with_the_side_it_is_on() -> None:
    text = "What worries the shrewdest people on the left is that the plan will fail."
    assert found(text) == [("concern", "the shrewdest people on the left", "the plan will fail")]


def test_a_group_concerned_because_of_something_holds_the_concern():
    text = "Minister Ann Cole said that farmers are concerned because the vote falls at harvest."
    assert ("concern", "farmers", "concerned because the vote falls at harvest") in found(text)


def test_a_threat_named_as_posed_by_another_is_the_namers_concern():
    text = (
        '"We plan to compete hard in the county, while turning our attention to the threat a '
        'Tom Brandt presidency poses," Ann Cole said. Mayor Paul Kim said the city '
        "underestimated the risks the floods posed."
    )
    items = found(text)
    assert ("concern", "Ann Cole", "the threat a Tom Brandt presidency poses") in items
    assert not any(kind == "concern" for kind, name, _ in items if name == "Paul Kim")
