import pytest

from briefing.cue_pass import decide, kinds_model, open_kinds, statements_from
from briefing.cues import find_cues
from briefing.speakers import co_speakers, speaker_options
from tests.cue_text import TEXT, party


def test_speakers_are_the_parties_next_to_the_introducing_cue_word():
    cues = find_cues(TEXT)
    parties = [
        party("ana-ruiz", "Ana Ruiz"),
        party("agency", "U.S. Transport Agency", "government"),
        party("post", "Daily Post", "media"),
    ]
    options = speaker_options(cues, parties, TEXT)
    assert options == {1: ["ana-ruiz"], 2: ["post"], 3: ["agency"]}
    assert [cue.number for cue in open_kinds(cues, options)] == [2]  # "concerns ... according to"
    schema = kinds_model(cues, options).model_json_schema()
    assert schema["properties"]["S2"]["enum"] == ["claim", "concern"]
    data = statements_from(decide(cues, options, {2: "concern"}), cues, TEXT, parties)
    assert data["claims"] == [
        {
            "id": "c1",
            "claimant": "ana-ruiz",
            "statement": TEXT[: TEXT.index("May.") + 5],
            "quote": "is safe and will open in May",
        }
    ]
    assert [(k["holder"], k["quote"]) for k in data["concerns"]] == [
        ("post", "Many residents have raised concerns about its cost")
    ]
    assert data["denials"][0]["quote"] == "the vote on the bridge was rushed"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senator Jo Park met the Harbor Council on Monday. "
            "“The bridge will be finished in time for the summer,” he said.",
            "Jo Park",
        ),
        (
            "Defense Minister Jo Park met Iran's envoy. "
            "The minister dismissed the concerns, saying the drones are no threat.",
            "Jo Park",
        ),
    ],
    ids=["he said", "the minister said"],
)
def test_a_referring_subject_points_at_the_person_named_before(text, speaker):
    parties = [party("jo-park", speaker), party("council", "Harbor Council", "government")]
    parties.append(party("iran", "Iran", "country"))
    cues = find_cues(text)
    assert speaker_options(cues, parties, text)[cues[-1].number][0] == "jo-park"


def test_an_unnamed_speaker_leaves_no_candidate():
    text = "Iran's drones are cheap and effective, analysts say."
    cues = find_cues(text)
    assert speaker_options(cues, [party("iran", "Iran", "country")], text) == {1: []}


def test_speakers_joined_by_and_both_speak_but_not_names_in_the_quote():
    text = "State outlets IRNA and Fars reported that Bolivia and Iran signed a memorandum."
    (cue,) = find_cues(text)
    parties = [party(p, p.upper(), "media") for p in ("irna", "fars")]
    parties += [party(p, p.title(), "country") for p in ("bolivia", "iran")]
    assert co_speakers(cue, "fars", parties) == ["irna"]
    assert co_speakers(cue, "bolivia", parties) == []


def test_a_speaker_who_is_no_party_gives_no_candidate():
    cues = find_cues(TEXT)
    options = speaker_options(cues, [party("ana-ruiz", "Ana Ruiz")], TEXT)
    assert options[2] == []  # "according to the Daily Post": not Ana Ruiz, named before


def test_a_title_before_a_name_is_a_mention_of_the_person():
    text = "Bolivia’s defense minister has recently confirmed his country’s interest in drones."
    parties = [
        party("bolivia", "Bolivia", "country"),
        party("novillo", "Defense Minister Edmundo Novillo"),
    ]
    assert speaker_options(find_cues(text), parties, text)[1] == ["novillo", "bolivia"]
