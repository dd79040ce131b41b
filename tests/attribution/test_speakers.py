"""The wrong speaker: a name in the words said, a place, a reporter, a cut name."""

from spacy.tokens import Doc

from briefing.attribution import read
from briefing.attribution.names.mentions import mentions
from briefing.attribution.parties.parties import parties_of
from briefing.attribution.parties.party_names import fullest_name
from briefing.attribution.text.parse import parse


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_she_is_not_a_person_named_in_her_own_quotation():
    text = (
        "Mayor Maria Lopez was asked about the river. "
        '"I do take what Tom Berg wrote seriously. He knows the river better than anyone," '
        "she said."
    )
    assert speakers(text) == ["Maria Lopez", "Maria Lopez"]


def test_a_title_is_named_by_the_name_its_appositive_heads():
    text = (
        "The other candidate in the race, former Secretary of State Maria Lopez, "
        "said the bridge would cost far more than planned."
    )
    assert speakers(text) == ["Maria Lopez"]


def test_he_continues_the_speaker_not_a_subject_inside_what_the_speaker_said():
    text = (
        "Tom Berg said having Mr. Wells treat him with respect is a good thing for the town. "
        '"Wells does not get along with the mayor at all," he said on the radio.'
    )
    assert speakers(text) == ["Tom Berg", "Tom Berg"]


def _doc(words: list[str], **annotations: list[str] | list[int] | list[bool]) -> Doc:
    """A hand-made parse: the small model's slips are not reproducible in a short text."""
    return Doc(parse("").vocab, words=words, **annotations)  # type: ignore[arg-type]


def test_a_person_the_article_otherwise_names_as_a_place_is_that_place():
    doc = _doc(
        ["Ruiz", "moved", "to", "Fairview", "from", "Fairview", ".", "Fairview", "became", "home"],
        heads=[1, 1, 1, 2, 1, 4, 1, 8, 8, 8],
        deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "attr"],
        pos=["PROPN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN"],
        ents=["B-PERSON", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-PERSON", "O", "O"],
    )
    assert [(m.text, m.label) for m in mentions(doc)] == [
        ("Ruiz", "PERSON"),
        ("Fairview", "GPE"),
        ("Fairview", "GPE"),
        ("Fairview", "GPE"),
    ]


def test_a_capital_opening_a_sentence_is_no_given_name():
    doc = _doc(
        ["Tom", "Berg", "spoke", ".", "Top", "Berg", "aides", "agreed", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"],
        sent_starts=[True, False, False, False, True, False, False, False, False],
        ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert fullest_name("Berg", doc) == "Tom Berg"


def test_a_person_is_not_the_campaign_named_after_them():
    text = (
        "The Berg campaign said on Monday that the rally would go ahead. Senator Tom Berg "
        "said he would speak at the rally. Berg said the plan for the bridge was sound."
    )
    parties = parties_of(read(text))
    assert {(p.id, p.kind) for p in parties} == {
        ("berg-campaign", "organization"),
        ("tom-berg", "person"),
    }


def test_a_title_qualified_by_a_place_is_the_person_given_it_not_the_place():
    text = (
        "Florida Sen. Maria Lopez spoke in Miami on Monday. Tom Berg was there too. "
        "The Florida senator said the bridge would be built."
    )
    reading = read(text)
    assert speakers(text) == ["Maria Lopez"]
    (party,) = parties_of(reading)
    assert party.id == "maria-lopez" and "the Florida senator" in party.aliases


def test_a_title_qualified_by_a_place_nobody_was_given_is_no_place():
    text = "Tom Berg spoke in Miami on Monday. The Vermont senator said the bridge would be built."
    assert speakers(text) == ["Vermont senator"]


def test_a_bodys_unnamed_people_are_not_the_body():
    assert speakers("White House officials said the deal was a natural step.") == [
        "White House officials"
    ]
    text = (
        "Ruiz met the mayor on Monday. Even a top GOP strategist said the mayor will have "
        "to choose a side."
    )
    assert speakers(text) == ["top GOP strategist"]


def test_a_judge_of_a_named_court_is_not_the_court():
    text = "On Friday, a U.S. District Court judge in Dover ruled that the voting law was void."
    assert speakers(text) == ["U.S. District Court judge"]
    assert speakers("A Supreme Court justice said on Friday that the ruling was wrong.") == [
        "Supreme Court justice"
    ]


def test_a_saying_clause_on_a_reported_clause_is_the_reporters():
    text = (
        "Even a top union leader, Tom Berg, said Ruiz will have to choose whose side she is "
        'on, saying, "At some point, she is going to have to come out."'
    )
    assert speakers(text) == ["Tom Berg", "Tom Berg"]
