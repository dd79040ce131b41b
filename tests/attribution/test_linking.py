"""Links the rules find: whom a concern is addressed to, which concern a denial answers
(invented sentences; evals/README "Concerns, demands and claims", issue 21)."""

from typing import Any

from briefing.attribution import read
from briefing.attribution.items.statements import statements_from
from briefing.attribution.links.addressee_names import addressee_parties
from briefing.attribution.parties.parties import parties_of


def statements(text: str) -> dict[str, list[dict[str, Any]]]:
    reading = read(text)
    return statements_from(reading, addressee_parties(reading, parties_of(reading)))


def test_a_warning_is_addressed_to_the_verbs_object():
    text = "Harbor row\n\nSenator Rita Vasquez warned Mayor Ann Cole against raising the fares."
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "ann-cole"


def test_a_warning_that_y_should_act_is_addressed_to_y():
    text = (
        "Harbor row\n\nUnion leader Paul Kim warned that Mayor Ann Cole should close the "
        "old bridge."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "paul-kim"
    assert concern["addressed_to"] == "ann-cole"


def test_a_threat_is_addressed_to_whom_the_unless_clause_names():
    text = "Harbor row\n\nGovernor Tom Berg threatened to cut off aid unless Mexico pays."
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "mexico"


def test_a_denial_of_fears_answers_the_concern_worded_alike_not_the_last():
    text = (
        "Harbor row\n\nUnion leader Paul Kim said he was worried that the bridge could "
        "collapse. Mayor Ann Cole urged Governor Tom Berg to close the bridge. "
        "Berg dismissed the fears as exaggerated."
    )
    found = statements(text)
    worry = next(k for k in found["concerns"] if k["holder"] == "paul-kim")
    (denial,) = found["denials"]
    assert denial["responds_to"] == worry["id"]


def test_a_denial_answers_the_demand_made_of_its_denier():
    text = (
        "Harbor row\n\nMayor Ann Cole urged Governor Tom Berg to close the bridge. "
        "Berg denied that the bridge was unsafe."
    )
    found = statements(text)
    (demand,) = found["concerns"]
    (denial,) = found["denials"]
    assert demand["addressed_to"] == "tom-berg"
    assert denial["responds_to"] == demand["id"]


def test_a_demand_that_y_pay_is_addressed_to_y():
    text = "Harbor row\n\nSenator Rita Vasquez will demand Mexico pay for the new bridge."
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "mexico"


def test_an_institution_a_name_owns_is_the_addressee():
    text = (
        "Harbor row\n\nUnion leader Paul Kim warned that the Berg administration should "
        "close the old bridge."
    )
    reading = read(text)
    parties = addressee_parties(reading, parties_of(reading))
    assert "berg-administration" in {p.id for p in parties}
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "berg-administration"


def test_members_of_a_listed_collective_are_its_addressee():
    text = (
        "Harbor row\n\nColumnist Carl Moss urged the Republican electorate to drop the "
        "outsider candidates. Moss also called for Republicans to back Governor Tom Berg."
    )
    concerns = statements(text)["concerns"]
    assert [k["addressed_to"] for k in concerns] == ["republican-electorate"] * 2


def test_a_country_addressee_is_not_its_ministry():
    text = (
        "Harbor row\n\nChina's foreign ministry said the drills were routine. Defense "
        "Secretary Tom Berg warned China against provocative drills near the harbor."
    )
    reading = read(text)
    parties = addressee_parties(reading, parties_of(reading))
    concern = next(k for k in statements(text)["concerns"] if k["holder"] == "tom-berg")
    assert concern["addressed_to"] == "china"
    assert "china" in {p.id for p in parties}


def test_a_warning_on_any_act_by_y_is_addressed_to_y():
    text = (
        "Harbor row\n\nGovernor Tom Berg warned that any attempt by Mexico to close the "
        "border crossing would have serious consequences."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "tom-berg"
    assert concern["addressed_to"] == "mexico"


def test_a_concern_that_speaks_to_you_goes_to_its_holders_addressee():
    text = (
        "Harbor row\n\nUnion leader Paul Kim urged Mayor Ann Cole to close the old bridge. "
        "In a letter, Kim said he was “concerned your office is ignoring the cracks.”"
    )
    concerns = statements(text)["concerns"]
    assert [k["addressed_to"] for k in concerns] == ["ann-cole", "ann-cole"]


def test_a_concern_pointing_back_goes_where_the_one_before_went():
    text = (
        "Harbor row\n\nGovernor Tom Berg warned Mexico against closing the border. "
        "“I hope that this move does not happen, because it will hurt both countries,” "
        "Berg said."
    )
    concerns = statements(text)["concerns"]
    assert [k["addressed_to"] for k in concerns] == ["mexico", "mexico"]


def test_a_denial_answers_a_later_concern_that_names_its_denier():
    text = (
        "Harbor row\n\nSenator Rita Vasquez denied that her remarks were aimed at the "
        "dockworkers. The Harbor Workers Union urged Governor Tom Berg to condemn "
        "Vasquez's remarks."
    )
    found = statements(text)
    (demand,) = found["concerns"]
    (denial,) = found["denials"]
    assert demand["addressed_to"] == "tom-berg"
    assert denial["responds_to"] == demand["id"]


def test_a_denial_of_the_allegation_answers_no_concern_naming_its_denier():
    text = (
        "Harbor row\n\nThe Harbor Workers Union urged Governor Tom Berg to condemn "
        "Senator Rita Vasquez's remarks. Vasquez rejected the allegation."
    )
    (denial,) = statements(text)["denials"]
    assert denial["responds_to"] is None


def test_a_denial_of_others_deeds_answers_no_concern_naming_its_denier():
    text = (
        "Harbor row\n\nSenator Rita Vasquez denied that the port and the city signed a "
        "secret deal. The Harbor Workers Union urged Governor Tom Berg to investigate "
        "Vasquez's ties to the port."
    )
    (denial,) = statements(text)["denials"]
    assert denial["responds_to"] is None


def test_a_quoted_appeal_of_the_speakers_own_is_addressed_to_its_object():
    text = (
        "Harbor row\n\nMayor Ann Cole noted the fines already in place, adding: “We urge "
        "all shipping firms, wherever they are, to think twice before they dock at the old "
        "pier.”"
    )
    reading = read(text)
    parties = addressee_parties(reading, parties_of(reading))
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "all-shipping-firms"
    assert "all-shipping-firms" in {p.id for p in parties}


def test_a_demand_on_an_office_is_addressed_to_its_holder():
    text = (
        "Harbor row\n\nPresident Ann Cole said the bridge was safe. Senator Tom Berg said "
        "the President of the Harbor Republic should close the old bridge."
    )
    concern = next(k for k in statements(text)["concerns"] if k["holder"] == "tom-berg")
    assert concern["addressed_to"] == "ann-cole"


def test_a_peoples_adjective_names_whose_concerns_are_rejected() -> None:
    from briefing.attribution.links.answers import _holds
    from briefing.schema import Party

    saudis = Party(
        id="saudis", name="Saudis", kind="group", role=None, affiliation=None, aliases=[]
    )
    assert _holds("saudis", "Saudi", [saudis])
    assert not _holds("saudis", "American", [saudis])


def test_it_is_time_for_y_to_act_is_addressed_to_y():
    text = (
        "Harbor row\n\nMayor Ann Cole met Governor Tom Berg on Monday. “It is time for Tom "
        "Berg to stop playing games with the safety of our families,” Cole warned."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "ann-cole"
    assert concern["addressed_to"] == "tom-berg"


def test_the_body_a_demand_names_by_its_head_noun_is_the_listed_one():
    text = (
        "Harbor row\n\nThe Mexican government said on Friday that the fees would stay. Union "
        "leader Paul Kim called on the government on Monday to drop the fees."
    )
    reading = read(text)
    parties = addressee_parties(reading, parties_of(reading))
    (concern,) = statements(text)["concerns"]
    ids = {p.id for p in parties}
    assert concern["addressed_to"] in ids
    assert "government" in concern["addressed_to"]


def test_a_quoted_he_or_she_should_is_addressed_to_the_person_named_before():
    text = (
        "Harbor row\n\nMayor Ann Cole said the vote was fair. "
        '"If she still cannot say the words, she should get out of this race," '
        "Senator Paul Kim said."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "paul-kim"
    assert concern["addressed_to"] == "ann-cole"


def test_a_leaders_title_is_addressed_to_the_person_named_most_not_the_place():
    text = (
        "Budget fight\n\nTom Berg said the budget is sound. Critics say Berg moves too "
        "slowly, and Berg has lost support in Ohio. On Friday, union leader Paul Kim urged "
        "the Ohio senator to close the old bridge."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "tom-berg"


def test_a_quoted_she_should_passes_over_a_man_named_nearer():
    text = (
        "Budget fight\n\nMayor Ann Cole said the plan works. Tom Berg said he thinks it "
        'fails. "If the plan fails, she should resign," union leader Paul Kim said.'
    )
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "ann-cole"


def test_a_quoted_they_need_to_is_addressed_to_the_body_named_before():
    text = (
        "Budget fight\n\nThe Harbor City Council said the budget is sound. "
        '"They need to fix the bridge now," union leader Paul Kim said.'
    )
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "harbor-city-council"


def test_a_they_inside_a_clause_of_what_is_said_is_addressed_to_nobody():
    text = (
        "Budget fight\n\nThe Harbor City Council said the budget is sound. "
        '"Voters want to know why they should pay more," union leader Paul Kim said.'
    )
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] is None


def test_a_place_naming_where_the_addressee_is_from_is_no_addressee():
    text = (
        "Harbor row\n\nUnion leader Paul Kim urged Oregon Gov. Ann Cole to close the old "
        "bridge. Kim also urged the Oregon senator to resign."
    )
    reading = read(text)
    ids = {p.id for p in addressee_parties(reading, parties_of(reading))}
    assert "ann-cole" in ids
    assert "oregon" not in ids


def test_what_is_demanded_is_no_addressee_and_no_party():
    text = "Harbor row\n\nUnion leader Paul Kim demanded higher wages for the drivers."
    reading = read(text)
    parties = addressee_parties(reading, parties_of(reading))
    (concern,) = statements_from(reading, parties)["concerns"]
    assert concern["addressed_to"] is None
    assert [p.id for p in parties] == ["paul-kim"]


def test_a_nationality_and_an_institution_are_one_addressee():
    text = (
        'Harbor row\n\n"I think the Mexican government should lower the fees," said '
        "union leader Paul Kim."
    )
    reading = read(text)
    ids = {p.id for p in addressee_parties(reading, parties_of(reading))}
    assert "mexican-government" in ids
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "mexican-government"


def test_a_demands_she_is_the_person_named_before_in_its_sentence_though_unlisted():
    text = (
        'Harbor row\n\n"If Ann Cole still cannot say the words, she should get out of '
        'this race," Senator Paul Kim said.'
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "paul-kim"
    assert concern["addressed_to"] == "ann-cole"


def test_a_governing_body_named_by_its_noun_alone_is_an_addressee():
    text = "Harbor row\n\nUnion leader Paul Kim called on the government on Monday to drop fees."
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "government"


def test_an_appeals_him_or_her_is_the_person_named_before_not_the_speaker():
    text = (
        "Harbor row\n\nGovernor Tom Berg closed the old bridge on Monday, and he defended it. "
        "Mayor Ann Cole called on him to resign."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["holder"] == "ann-cole"
    assert concern["addressed_to"] == "tom-berg"


def test_an_appeals_him_is_no_one_whose_gender_is_unknown():
    text = (  # "Kim": a first name of men and women alike
        "Harbor row\n\nGovernor Kim Berg closed the old bridge on Monday. Mayor Ann Cole "
        "called on him to resign."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] is None


def test_an_appeals_him_is_a_man_by_his_first_name():
    text = (
        "Harbor row\n\nGovernor Tom Berg closed the old bridge on Monday. Mayor Ann Cole "
        "called on him to resign."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "tom-berg"


def test_of_two_addressees_the_first_named_is_the_one_not_the_first_listed():
    # The Harbor Authority acts in the story, so it is listed before Mayor Ann Cole.
    text = (
        "Harbor row\n\nThe Harbor Authority raised the fares on Monday. Riders protested "
        "outside the Harbor Authority. Senator Rita Vasquez urged Mayor Ann Cole and the "
        "Harbor Authority to cut the fares."
    )
    (concern,) = statements(text)["concerns"]
    assert concern["addressed_to"] == "ann-cole"
