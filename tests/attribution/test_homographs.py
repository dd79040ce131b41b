"""Surnames spelt like a modal verb (attribution/text/homographs.py)."""

from briefing.attribution.text.parse import parse
from tests.attribution.found import found


def test_a_surname_spelt_like_will_is_the_speaker():
    text = (
        "The columnist Martin Will wrote a sharp essay on the budget this week.\n\n"
        "\u201cThe council has lost its way on spending,\u201d Will wrote.\n\n"
        "Instead, Will argued that the mayor should cut the road programme."
    )
    speakers = {who for _, who, _ in found(text)}
    assert speakers and None not in speakers
    contents = [content for _, _, content in found(text)]
    assert "The council has lost its way on spending" in contents


def test_the_masked_parse_keeps_the_article_words():
    text = "Anna Will spoke first. Later, Will said the plan would fail."
    doc = parse(text)
    assert doc.text == text
    assert [t.text for t in doc if t.lower_ == "will"] == ["Will", "Will"]
    assert all(t.tag_ == "NNP" for t in doc if t.lower_ == "will")


def test_a_question_opening_with_will_keeps_the_modal():
    doc = parse("Anna Will spoke first.\n\nWill the council agree?")
    assert doc[6].text == "Will" and doc[6].tag_ == "MD"
