"""Title abbreviations end no sentence (attribution/text/abbreviations.py)."""

from briefing.attribution.text.parse import parse
from tests.attribution.found import found


def test_a_title_abbreviation_keeps_its_sentence_whole():
    text = "By standing with Mayor Lee Park, Sec. Ortiz is choosing an old friend over the party."
    assert len(list(parse(text).sents)) == 1


def test_a_quotation_with_a_title_inside_is_one_claim():
    text = (
        "Roads row\n\n"
        "\u201cBy standing with Mayor Lee Park, Sec. Ortiz is choosing an old friend over "
        "the party,\u201d Dana Cole said."
    )
    assert found(text) == [
        (
            "claim",
            "Dana Cole",
            "By standing with Mayor Lee Park, Sec. Ortiz is choosing an old friend over the party",
        )
    ]


def test_the_title_stays_out_of_the_name():
    doc = parse("Capt. Ana Ruiz and Lt. Col. Ben Ortiz met on Monday.")
    assert "Ben Ortiz" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert not any(e.text.startswith(("Capt.", "Lt.", "Col.")) for e in doc.ents)
