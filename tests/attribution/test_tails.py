"""A reported clause's content ends where the reporter's own words begin (invented
sentences; issue 21)."""

from tests.attribution.found import found


def test_a_participle_after_a_comma_is_the_reporters():
    text = (
        "On Thursday, Senator Ana Ruiz told the AP that she would not seek a recount, "
        "conceding the race to Tom Berg."
    )
    assert found(text) == [("claim", "Ana Ruiz", "she would not seek a recount")]


def test_a_second_cue_verb_of_the_speaker_stays_in_the_content():
    text = "Mayor Ana Ruiz said the harbor would soon reopen and praised the crews for their work."
    words = "the harbor would soon reopen and praised the crews for their work"
    assert found(text) == [("claim", "Mayor Ana Ruiz", words)]


def test_a_clause_after_but_with_its_own_subject_is_the_reporters():
    text = (
        "Mayor Ana Ruiz says the emails were personal and not work-related, but for her "
        "critics, it is a clear sign of a cover-up."
    )
    words = "the emails were personal and not work-related"
    assert found(text) == [("claim", "Mayor Ana Ruiz", words)]


def test_the_speakers_quoted_words_are_never_cut():
    text = 'Mayor Ana Ruiz said the plan was "safe and proven, saving lives every day."'
    words = 'the plan was "safe and proven, saving lives every day'  # with its subject (guide)
    assert found(text) == [("claim", "Mayor Ana Ruiz", words)]
