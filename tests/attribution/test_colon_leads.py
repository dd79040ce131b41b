"""Quotations a colon leads into, whatever the verb before it (invented sentences; issue 21)."""

from tests.attribution.found import found


def test_the_subject_of_any_verb_before_a_colon_speaks_the_quotation():
    text = (
        "The debate opened.\n\n"
        'And Senator Tom Berg gloated: "I told you he would not be ready for this."\n'
    )
    assert found(text) == [("claim", "Tom Berg", "I told you he would not be ready for this")]


def test_a_quotation_in_the_next_paragraph_is_the_resolved_pronouns_sentence_by_sentence():
    text = (
        "Senator Ana Ruiz spoke at the rally.\n\n"
        "She told her audience, to loud applause:\n\n"
        "\u201cThere has never been a man or a woman more qualified than Tom Berg. "
        "He will win this race.\u201d\n"
    )
    assert found(text) == [
        ("claim", "Ana Ruiz", "There has never been a man or a woman more qualified than Tom Berg"),
        ("claim", "Ana Ruiz", "He will win this race"),
    ]


def test_a_question_or_a_title_after_a_colon_is_no_claim():
    text = (
        "The hearing opened.\n\n"
        'Senator Ana Ruiz turned to the crowd: "Why are we still waiting for the bridge?"\n\n'
        'Tom Berg has one favorite show: "Veep."\n'
    )
    assert found(text) == []
