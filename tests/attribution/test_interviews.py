"""Question-and-answer interviews: the answers are the interviewee's, one sentence at a
time (invented sentences)."""

from briefing.attribution import read

TEXT = (
    "Baker speaks out.\n\n"
    "Chef Marta Lind has run the harbour bakery for twenty years. Marta Lind talked "
    "about the new rent rules.\n\n"
    "Q: What did the council tell you?\n\n"
    "A: Nobody from the council ever came to the shop. The rent doubled in one year. Yes.\n\n"
    "The small shops on this street will all close by the winter.\n\n"
    "Q: Will you stay?\n\n"
    "A: I will stay as long as the ovens still work."
)


def claims_of(text: str) -> list[tuple[str | None, str]]:
    return [
        (c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text).candidates
    ]


def test_each_answer_sentence_is_the_interviewees_claim():
    found = claims_of(TEXT)
    assert ("Marta Lind", "Nobody from the council ever came to the shop") in found
    assert ("Marta Lind", "The rent doubled in one year") in found
    assert ("Marta Lind", "I will stay as long as the ovens still work") in found


def test_an_unlabelled_paragraph_after_an_answer_goes_on_with_it():
    assert ("Marta Lind", "The small shops on this street will all close by the winter") in (
        claims_of(TEXT)
    )


def test_questions_and_short_answers_give_no_claim():
    contents = [content for _, content in claims_of(TEXT)]
    assert not any("council tell you" in c or "Will you stay" in c for c in contents)
    assert "Yes" not in contents


def test_no_interviewee_named_twice_gives_no_answers():
    text = TEXT.replace("Marta Lind talked", "She talked")
    assert all(who != "Marta Lind" or "rent" not in c for who, c in claims_of(text))
