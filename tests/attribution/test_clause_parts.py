"""A speaker's clause left out of a content a quotation bounds (`cues.quote_heads`), and
one claim per that-clause (`cues.that_clauses`), pinned
on invented sentences, every candidate kept (`decide` always true)."""

from briefing.attribution import read


def proposed(text: str) -> list[tuple[str, str | None, str]]:
    """(shape, referent, content) of every candidate the shapes propose."""
    return [
        (c.shape, c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text, decide=lambda *_: True).candidates
    ]


def test_the_clause_before_but_in_a_quotation_is_the_speakers_too():
    text = (
        "Senator Ana Ruiz spoke on Sunday.\n\n"
        "“We’re not winning, but it’s too soon to say that we are doing everything we "
        "need to do,” Ruiz said on a morning show on Sunday."
    )
    found = proposed(text)
    assert ("quote-head", "Ruiz", "We’re not winning") in found


def test_a_concession_before_the_content_gives_no_claim():
    text = (
        'Senator Ana Ruiz warned that while "the harbor looks calm today, the storm '
        'may still flood the docks."'
    )
    assert not [f for f in proposed(text) if f[0] == "quote-head"]


def test_a_paraphrase_conjoined_before_a_quoted_clause_is_the_speakers_claim():
    text = (
        "Senator Tom Berg told reporters that he had spoken to the harbor master and that "
        '"I think you\'re going to see the docks reopen soon."'
    )
    found = proposed(text)
    assert ("paraphrase-head", "Tom Berg", "he had spoken to the harbor master") in found


def test_a_paraphrase_joined_with_and_before_a_quotation():
    text = (
        "Senator Tom Berg told reporters he feels good about his campaign in the north, and "
        '"we\'ll see what it brings a week from tonight."'
    )
    found = proposed(text)
    assert ("paraphrase-head", "Tom Berg", "he feels good about his campaign in the north") in found


def test_said_that_a_and_that_b_gives_two_claims():
    text = (
        "Senator Ana Ruiz said the harbor plan was a costly mistake and that the "
        "council would vote against it in May."
    )
    found = proposed(text)
    assert ("verb-ccomp", "Ana Ruiz", "the harbor plan was a costly mistake") in found
    assert ("verb-ccomp", "Ana Ruiz", "the council would vote against it in May") in found


def test_one_that_clause_with_two_verbs_stays_one_claim():
    text = "Senator Ana Ruiz said the harbor plan was costly and would fail within a year."
    found = proposed(text)
    assert (
        "verb-ccomp",
        "Ana Ruiz",
        "the harbor plan was costly and would fail within a year",
    ) in found


def test_the_reporters_words_before_a_quoted_clause_and_its_tag_are_no_claim():
    text = (
        'The council issued a notice in May about the tolls and "the harbor will close '
        'within a year," said Ana Ruiz, a spokeswoman for the port.'
    )
    assert not [f for f in proposed(text) if f[0] == "paraphrase-head"]
