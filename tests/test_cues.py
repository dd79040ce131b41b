import pytest

from briefing.cues import (
    candidate_names,
    content_span,
    find_cues,
    is_framed,
    likely_speakers,
    sentences,
)
from briefing.speakers import speaker_options
from tests.cue_text import TEXT, party


def test_sentences_do_not_end_at_abbreviations():
    texts = [TEXT[a:b] for a, b in sentences(TEXT)]
    assert texts[2] == "The U.S. Transport Agency denied that the vote on the bridge was rushed."


def test_cue_sentences_with_kinds_skip_plain_text_and_credits():
    cues = find_cues(TEXT)
    assert [c.kind for c in cues] == ["claim", "concern", "denial"]
    assert cues[1].kinds == ("claim", "concern")
    assert all(TEXT[c.start : c.end] == c.text for c in cues)
    assert not any("Getty" in c.text for c in cues)


def test_content_is_the_attributed_words():
    cues = find_cues(TEXT)
    quoted, trailing, that_clause = (TEXT[slice(*content_span(c))] for c in cues)
    assert quoted == "is safe and will open in May"
    assert trailing == "Many residents have raised concerns about its cost"
    assert that_clause == "the vote on the bridge was rushed"


def test_names_and_likely_speakers():
    cues = find_cues(TEXT)
    assert "Daily Post" in candidate_names(cues, TEXT)
    assert likely_speakers(cues, TEXT) == ["Ana Ruiz", "Daily Post", "U.S. Transport Agency"]


def test_a_concern_inside_another_attribution_gets_its_own_cue():
    text = (
        "The bridge is safe, the mayor said on Monday, a day after the council expressed "
        "concern about its cost."
    )
    cues = find_cues(text)
    assert [c.kinds for c in cues] == [("claim",), ("concern",)]
    assert text[slice(*content_span(cues[1]))] == "expressed concern about its cost"
    assert cues[1].text.endswith("expressed concern about its cost")


def test_a_headline_is_not_an_attribution():
    text = "Trump Says He Will Win.\n\nThe senator said the plan is dead on arrival, sources say."
    cues = find_cues(text)
    assert [c.text for c in cues] == [text.split("\n\n")[1]]


def test_a_short_opening_quote_with_a_trailing_speaker_is_the_content():
    text = "“This just isn’t right,” Warren said."
    (cue,) = find_cues(text)
    assert text[slice(*content_span(cue))] == "This just isn’t right"


def test_the_subject_before_an_appositive_is_the_likely_speaker():
    text = (
        '"Iran is trying to increase its foothold in this region," Annika Ganzeveld, an analyst '
        "at the American Enterprise Institute, was cited by the Associated Press as saying."
    )
    assert likely_speakers(find_cues(text), text) == ["Annika Ganzeveld"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "John Kirby said in an interview that the Biden administration is concerned about "
            "any export of Iranian technology.",
            "is concerned about any export",
        ),
        (
            'John Kirby said in an interview that the Biden administration is "concerned about '
            'any export of Iranian technology that can be destabilizing."',
            'is "concerned about any export',
        ),
    ],
    ids=["in a that-clause", "before a quotation"],
)
def test_a_concern_held_in_a_that_clause_belongs_to_its_holder(text, content):
    (cue,) = find_cues(text)
    assert cue.kinds == ("concern",)
    assert text[slice(*content_span(cue))].startswith(content)
    parties = [party("kirby", "John Kirby"), party("biden", "Biden administration", "government")]
    assert speaker_options([cue], parties, text)[1][0] == "biden"


def test_capitalized_common_words_are_not_names():
    text = (
        "Health worries have dogged the campaign. But the health of the senator is fine, he said."
    )
    assert "Health" not in candidate_names(find_cues(text), text)


def test_a_quotation_running_past_the_sentence_is_the_content():
    text = 'The minister dismissed the critics, saying, "It is not a threat to anyone at all. We'
    (cue, *_) = find_cues(text)
    assert text[slice(*content_span(cue))] == "It is not a threat to anyone at all"


def test_a_sentence_without_a_frame_has_no_speaker():
    text = "Health worries have dogged the senator since June."
    (cue,) = find_cues(text)
    assert not is_framed(cue)
    assert speaker_options([cue], [party("senator", "The senator")], text) == {1: []}


def test_a_closing_quote_at_a_line_end_stays_in_its_sentence():
    text = 'Kirby said the plan is "fine and safe for all."\nThe council agreed.'
    first, _ = sentences(text)
    assert text[slice(*first)].endswith('all."')
