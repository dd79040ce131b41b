from briefing.cue_pass import decisions_model, decisions_of, statements_from
from briefing.cues import find_cues
from briefing.speakers import co_speakers, speaker_options
from tests.cue_text import TEXT, party


def test_speaker_choices_are_limited_and_ranked_by_distance_to_the_cue():
    cues = find_cues(TEXT)
    parties = [
        party("ana-ruiz", "Ana Ruiz"),
        party("agency", "U.S. Transport Agency", "government"),
    ]
    options = speaker_options(cues, parties, TEXT)
    assert options[1] == ["ana-ruiz"]
    assert options[3][0] == "agency"
    model = decisions_model(cues, options)
    schema = model.model_json_schema()
    assert schema["required"] == ["S1", "S2", "S3"]
    answer = model.model_validate(
        {
            "S1": {"speaker": "ana-ruiz"},  # one kind of cue word: no kind asked
            "S2": {"speaker": "none", "kind": "concern"},
            "S3": {"speaker": "agency"},
        }
    )
    assert schema["$defs"]["Sentence1"]["properties"]["speaker"]["enum"] == ["ana-ruiz", "none"]
    data = statements_from(decisions_of(answer, cues), cues, TEXT, parties)
    assert data["claims"] == [
        {
            "id": "c1",
            "claimant": "ana-ruiz",
            "statement": TEXT[: TEXT.index("May.") + 5],
            "quote": "is safe and will open in May",
        }
    ]
    assert data["concerns"] == []
    assert data["denials"][0]["quote"] == "the vote on the bridge was rushed"


def test_he_said_points_at_the_person_named_before():
    text = (
        "Senator Jo Park met the Harbor Council on Monday. "
        "“The bridge will be finished in time for the summer,” he said."
    )
    parties = [party("jo-park", "Jo Park"), party("council", "Harbor Council", "government")]
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
