"""Rules that decide which of a sentence's shapes is the statement (invented sentences)."""

from briefing.attribution import Mention, read
from briefing.attribution.parties.parties import parties_of
from tests.attribution.found import found


def test_a_denials_quotation_goes_on_denying_only_where_it_negates():
    text = (
        'Senator Tom Berg dismissed the complaints, saying, "The bridge is not a danger to '
        'anyone. We are careful builders."'
    )
    assert found(text) == [
        ("denial", "Tom Berg", "The bridge is not a danger to anyone"),
        ("claim", "Tom Berg", "We are careful builders"),
    ]


def test_a_claim_reporting_anothers_concern_is_that_concern():
    text = "Senator Tom Berg said that the Harbor City council is concerned about the bridge."
    reading = read(text)
    assert found(text) == [("concern", "Harbor City council", "concerned about the bridge")]
    # he says it: no item of his, but he is a party
    assert [c.referent.text for c in reading.reporters if c.referent] == ["Tom Berg"]


def test_a_reporter_of_a_concern_is_a_party_of_a_no_model_briefing():
    text = "Senator Tom Berg said that the Harbor City council is concerned about the bridge."
    names = [party.name for party in parties_of(read(text))]
    assert "Tom Berg" in names


def test_a_demand_for_information_is_a_concern_of_each_party_demanding():
    text = (
        "Canadian opposition party members and Mexico's foreign ministry demanded "
        "information on the bridge deal."
    )
    assert found(text) == [
        ("concern", "Canadian opposition party members", "demanded information on the bridge deal"),
        ("concern", "Mexico's foreign ministry", "demanded information on the bridge deal"),
    ]


def test_a_group_named_by_its_nationality_is_known_by_its_description():
    """The article's words, quantifier kept, as the news-train gold names such groups
    ("Several Republican leaders", "Other Asian leaders"); an article is left out."""
    text = "Several Canadian lawmakers said the bridge would open in May."
    assert found(text) == [("claim", "Several Canadian lawmakers", "the bridge would open in May")]
    text = "The Canadian lawmakers said the bridge would open in May."
    assert found(text) == [("claim", "Canadian lawmakers", "the bridge would open in May")]


def test_words_voicing_the_speakers_own_concern_are_a_concern():
    text = 'Senator Tom Berg inspected the bridge, adding: "We urge every driver to slow down."'
    assert found(text) == [("concern", "Tom Berg", "We urge every driver to slow down")]
    text = '"We think the bridge will be ready," Senator Tom Berg said.'
    assert found(text) == [("claim", "Tom Berg", "We think the bridge will be ready")]


def test_urging_others_in_the_reporters_words_is_a_concern_as_a_demand_is():
    # evals/README, "Cases decided while labelling news-train": "urged Y to do X" is a concern
    text = "Senator Tom Berg urged the council to approve the bridge."
    assert found(text)[0] == ("concern", "Tom Berg", "urged the council to approve the bridge")
    text = "Senator Tom Berg demanded that the council approve the bridge."
    assert found(text) == [("concern", "Tom Berg", "demanded that the council approve the bridge")]


def test_a_weak_cue_inside_what_another_source_writes_is_that_sources_account():
    text = (
        "The Harbor Times wrote on Monday that the mayor had sought more money for the "
        'bridge. Additionally, Ruiz "promoted the bridge project during several recent trips, '
        'including her visit to Ottawa," the Times wrote.'
    )
    assert [speaker for _, speaker, _ in found(text)] == ["Harbor Times", "Times"]


def test_a_resolved_source_frames_only_whom_it_resolves_to():
    from briefing.attribution.items.statements import framing_parties
    from briefing.schema import Party

    text = "Harbor City's Transport Minister Ana Ruiz said the bridge would open in May."
    parties = [
        Party(name="Ana Ruiz", kind="person", role=None, affiliation=None, aliases=["Ruiz"]),
        Party(name="Transport", kind="organization", role=None, affiliation=None, aliases=[]),
    ]
    assert framing_parties(read(text), parties) == {"ana-ruiz"}


def test_a_states_agency_is_a_party_of_its_own_not_the_state():
    from briefing.attribution.parties.parties import party_of
    from briefing.schema import Party

    canada = Party(name="Canada", kind="country", role=None, affiliation=None, aliases=[])
    berg = Party(name="Tom Berg", kind="person", role=None, affiliation=None, aliases=["Berg"])
    agency = Mention("Canada's transport agency", "ORG", (0, 25))
    assert party_of(agency, [canada, berg]) is None
    assert party_of(Mention("Senator Tom Berg", "PERSON", (0, 16)), [canada, berg]) == "tom-berg"
