"""Each attribution shape, pinned on a short invented sentence."""

import pytest

from briefing.attribution import read
from briefing.attribution.cues.shapes import cue_speaker
from briefing.attribution.text.parse import parse
from tests.attribution.found import found, name_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Tom Berg said that the new bridge will open in May.",
            ("claim", "Tom Berg", "the new bridge will open in May"),
        ),
        (
            "Senator Tom Berg said the new bridge will open in May.",
            ("claim", "Tom Berg", "the new bridge will open in May"),
        ),
        (
            '"The new bridge will open in May," Senator Tom Berg said.',
            ("claim", "Tom Berg", "The new bridge will open in May"),
        ),
        (
            '"The new bridge will open in May," said Senator Tom Berg.',
            ("claim", "Tom Berg", "The new bridge will open in May"),
        ),
        (
            "According to the Harbor Times, the new bridge will open in May.",
            ("claim", "Harbor Times", "the new bridge will open in May"),
        ),
        (
            "The new bridge will open in May, according to the Harbor Times.",
            ("claim", "Harbor Times", "The new bridge will open in May"),
        ),
        (
            "Senator Tom Berg denied that the vote on the bridge was rushed.",
            ("denial", "Tom Berg", "the vote on the bridge was rushed"),
        ),
        (
            "Senator Tom Berg warned that the bridge would cost too much.",
            ("concern", "Tom Berg", "the bridge would cost too much"),
        ),
    ],
)
def test_said_that_quote_first_and_according_to(text, expected):
    assert found(text) == [expected]


def test_a_possessive_claim_concern_or_denial_that():
    text = "Senator Tom Berg's claim that the vote was rigged drew criticism."
    # the shape, whatever the learned decision (0.60 for this lone sentence, under 0.65)
    (candidate,) = read(text, decide=lambda *_: True).candidates
    assert (candidate.kind, name_of(candidate)) == ("claim", "Tom Berg")
    assert text[candidate.content[0] : candidate.content[1]] == "the vote was rigged"
    text = "Senator Tom Berg's concern that the vote was rigged drew criticism."
    assert found(text) == [("concern", "Tom Berg", "concern that the vote was rigged")]


def test_a_stated_concern_about_something_is_a_concern():
    text = "Argentina expressed concern about the drone deal with Iran."
    assert found(text) == [("concern", "Argentina", "concern about the drone deal with Iran")]


def test_a_passive_names_its_agent():
    text = "It was reported by the Harbor Times that the new bridge will open in May."
    # the shape's job, read here keeping all (the keep model scores this invented
    # passive about 0.60, near its threshold; test_learned_keep pins the decision)
    (candidate,) = read(text, decide=lambda c, f: True).candidates
    assert (candidate.kind, name_of(candidate), text[slice(*candidate.content)]) == (
        "claim",
        "Harbor Times",
        "the new bridge will open in May",
    )


def test_a_quotation_over_several_sentences_is_the_speakers_throughout():
    text = (
        'Tom Berg spoke on Monday. "The vote was fair. Nobody was rushed. We are proud," Berg said.'
    )
    assert found(text) == [
        ("claim", "Berg", "The vote was fair"),
        ("claim", "Berg", "Nobody was rushed"),
        ("claim", "Berg", "We are proud"),
    ]


def test_an_attribution_quoted_inside_a_quotation_is_not_the_articles():
    text = '"Berg said the vote was rigged, and he was wrong," Ana Ruiz said on Monday.'
    assert [name for _, name, _ in found(text)] == ["Ana Ruiz"]


def test_interview_transcript_turns_belong_to_their_speaker():
    text = (
        "Chris Wallace interviewed Senator Ana Ruiz.\n"
        "WALLACE: Do you think the new bridge is safe?\n"
        "RUIZ: I think the new bridge is perfectly safe."
    )
    assert found(text)[-2:] == [
        ("claim", "Chris Wallace", "Do you think the new bridge is safe?"),
        ("claim", "Ana Ruiz", "I think the new bridge is perfectly safe"),
    ]


def test_content_is_the_attributed_words_and_never_an_ad_line():
    text = (
        "Senator Tom Berg said the new bridge will open in May\n"
        "Related investing news A.I. is changing national security systems"
    )
    assert found(text) == [("claim", "Tom Berg", "the new bridge will open in May")]


def test_an_unnamed_source_resolves_to_no_party():
    assert found("Officials said the new bridge will open in May.") == [
        ("claim", None, "the new bridge will open in May")
    ]


def test_saying_after_a_denial_is_the_denial():
    text = "Senator Tom Berg dismissed the critics, saying that they were wrong about the bridge."
    # what is denied is what he says, not "the critics" (the gold labels it so)
    assert found(text) == [("denial", "Tom Berg", "they were wrong about the bridge")]


def test_a_quotation_inside_the_content_is_the_speakers_own_words():
    text = 'Senator Tom Berg said on Monday that "the bridge will open in May, on budget."'
    assert found(text) == [("claim", "Tom Berg", "the bridge will open in May, on budget")]
    text = 'Senator Tom Berg said the bridge is "a marvel of steel and glass for the city."'
    assert found(text) == [("claim", "Tom Berg", "a marvel of steel and glass for the city")]


def test_a_quoted_predicate_keeps_the_clause_it_says_nothing_without():
    text = 'Senator Tom Berg said the bridge "will open in May, on time and on budget."'
    assert found(text) == [
        ("claim", "Tom Berg", 'the bridge "will open in May, on time and on budget')
    ]


def test_quoted_as_saying_is_the_quoted_persons():
    text = (
        '"Bridges matter to everyone in this city," Annika Berg, an analyst at the Harbor '
        "Institute, was cited by the Associated Press as saying."
    )
    assert found(text) == [("claim", "Annika Berg", "Bridges matter to everyone in this city")]


def test_according_to_an_outlet_reporting_a_statement_is_not_the_outlets():
    text = "The new bridge will open in May, Senator Tom Berg said on Monday, according to AP."
    assert found(text) == [("claim", "Tom Berg", "The new bridge will open in May")]


def test_a_quote_the_parser_ends_at_its_question_mark_is_the_next_sentences_speakers():
    text = '"Who knows what will happen to the bridge?" Senator Tom Berg told reporters on Monday.'
    assert found(text) == [("claim", "Tom Berg", "Who knows what will happen to the bridge?")]


def test_a_title_case_label_line_is_a_turn_only_when_it_names_someone():
    text = (
        "Senator Ana Ruiz spoke on Monday.\n"
        "Ana Ruiz: The new bridge is perfectly safe.\n"
        "The Latest: The new bridge opens in May."
    )
    assert [f for f in found(text) if f[1]] == [
        ("claim", "Ana Ruiz", "The new bridge is perfectly safe")
    ]


def test_a_hard_wrapped_line_is_one_sentence():
    text = "Senator Tom Berg said on Monday that the new bridge is safe\nand will open in May."
    assert found(text) == [("claim", "Tom Berg", "the new bridge is safe\nand will open in May")]


def test_a_repeated_said_joined_inside_the_first_clause_is_the_first_speakers():
    text = (
        "The council met on Monday.\n\n"
        "The deputy head of the delegation, Li Wen, said the United States should reduce "
        "its patrols in the region and said any attempts to isolate China would fail."
    )
    got = [
        (c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text).candidates
    ]
    assert got == [
        ("Li Wen", "the United States should reduce its patrols in the region"),
        ("Li Wen", "any attempts to isolate China would fail"),
    ]


def test_a_statement_saying_something_is_said_by_who_issued_it():
    doc = parse("The harbor union issued a statement saying the strike would go on until June.")
    saying = next(t for t in doc if t.lower_ == "saying")
    speaker = cue_speaker(saying)
    assert speaker is not None
    assert speaker.text == "union"
