"""Untagged quotations right after a sentence about a person
(attribution/cues/narrated_quotes.py)."""

from tests.attribution.found import found


def test_a_quotation_after_a_sentence_about_a_person_is_that_persons():
    text = (
        "The couple arrived early.\n\n"
        'Betsy Lee shook her head. "Tom is much better about it than I am. He never gets angry."'
    )
    assert found(text) == [
        ("claim", "Betsy Lee", "Tom is much better about it than I am"),
        ("claim", "Betsy Lee", "He never gets angry"),
    ]


def test_no_narrated_person_no_speaker():
    text = (
        "Mayor Tom Reyes spoke for an hour.\n\n"
        'The crowd cheered and the band played. "Four more years for the mayor."'
    )
    assert found(text) == []


def test_a_question_is_no_claim():
    text = 'The hearing opened at noon.\n\nAna Ruiz walked to the podium. "Why are we still here?"'
    assert found(text) == []


def test_a_tagged_quotation_is_its_tags_speakers():
    text = (
        "The hearing opened at noon.\n\n"
        'Tom Berg stood up. "It is a good day for the city," Ana Reyes said.'
    )
    assert found(text) == [("claim", "Reyes", "It is a good day for the city")]


def test_a_sentence_ending_in_a_colon_leads_into_the_next_paragraphs_quotation():
    text = (
        "The debate opened at noon.\n\n"
        "Then Senator Ted Cruz called them on it:\n\n"
        "“The questions in this debate show why people distrust the media.”"
    )
    assert found(text) == [
        ("claim", "Ted Cruz", "The questions in this debate show why people distrust the media"),
    ]


def test_a_sentence_that_tags_a_speaker_narrates_no_one():
    text = (
        "The race is open.\n\n"
        'Or maybe Jeb Bush, consultant Phil Musser says. "Surveys show a second look at Jeb."'
    )
    assert found(text) == []


def test_a_quotation_signed_after_a_dash_is_not_the_narrated_persons():
    text = (
        "Voters speak.\n\n"
        "Ann Cole shook her head. "
        "\u201cThe bridge will fall down soon, and nobody here cares.\u201d \u2015 Tom Berg\n"
    )
    assert [f for f in found(text) if f[1] == "Ann Cole"] == []
