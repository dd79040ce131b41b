"""Quotations introduced by a name and a colon (invented sentences; issue 21)."""

from tests.attribution.found import found


def test_a_name_after_a_dash_and_before_a_colon_speaks_the_quotation():
    text = (
        "Poll week\n\nIowa was not wrong, just early - Carla Bianco: “The polls failed to "
        "predict the winner, but the turnout models were sound.”\n"
    )
    words = "The polls failed to predict the winner, but the turnout models were sound"
    assert found(text) == [("claim", "Carla Bianco", words)]


def test_more_from_a_name_speaks_the_quotation():
    text = (
        "Poll week\n\nTom Reyes runs the state poll. More from Reyes: “Late deciders broke "
        "hard for the winner in every county.”\n"
    )
    words = "Late deciders broke hard for the winner in every county"
    assert found(text) == [("claim", "Reyes", words)]


def test_a_colon_after_a_name_that_is_no_speaker_gives_nothing():
    assert found("Poll week\n\nHe said this in December - June: “a word”\n") == []
