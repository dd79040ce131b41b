"""Whom a source stands for stays within the source's own words and its quotation
(invented sentences; issue 21)."""

from briefing.attribution import read
from briefing.attribution.candidates import Candidate


def candidate(text: str, content: str) -> Candidate:
    return next(c for c in read(text).candidates if text[slice(*c.content)] == content)


def test_an_indefinite_body_is_not_the_body_named_before() -> None:
    text = (
        "Harbor row\n\nThe Harbor Group opened an office on Monday.\n\n"
        "A group of fishermen said the docks were unsafe."
    )
    referent = candidate(text, "the docks were unsafe").referent
    assert referent is None or "Harbor" not in referent.text


def test_words_after_a_relative_clause_do_not_name_its_source() -> None:
    text = (
        "Harbor row\n\nTom Berg faces opposition from the city's business establishment, which "
        "has voiced concerns over Berg's views on tolls, his support for fees and a lack of "
        "advisers."
    )
    assert candidate(text, "concerns over Berg's views on tolls").referent is None


def test_a_quotation_runs_on_for_the_speaker_who_opens_it() -> None:
    text = (
        "Harbor row\n\nAnn Cole, a blogger, reported that she had obtained a video of a dinner "
        'in which Tom Berg said: "The plan is good. I am a builder. I built the old bridge."'
    )
    for words in ("I am a builder", "I built the old bridge"):
        referent = candidate(text, words).referent
        assert referent is not None and referent.text == "Tom Berg"


def test_a_quotation_a_cue_opens_is_its_content_however_the_parser_hangs_the_cue() -> None:
    text = (
        "Harbor row\n\nMayor Ann Cole spoke on Monday. When she first described the bridge in "
        "May, she said, “We’re going to "
        "build a bridge; we’re going to have a big, fat toll gate on the bridge; we’re going to "
        "let people cross, but they’re going to pay.”"
    )
    words = text[text.index("We’re") : text.index(".”")]
    assert any(text[slice(*c.content)] == words for c in read(text).candidates)
