"""A speaker described by his role before the article names him ("The deputy head of the
delegation said C. Rear Admiral Li Wei said D") is the person named next. Invented
sentences only."""

from __future__ import annotations

from tests.attribution.found import found


def test_a_role_is_the_person_the_next_sentence_names() -> None:
    text = (
        "The talks opened on Monday. The deputy head of the visiting delegation said "
        'any attempt to isolate them would fail. "We want calm seas," said Pavel Koren, '
        "a rear admiral."
    )
    speakers = {speaker for _, speaker, _ in found(text)}
    assert len(speakers) == 1 and None not in speakers


def test_a_document_is_no_one_named_next() -> None:
    text = (
        "The talks opened on Monday. The statement said the talks would fail. "
        '"We want calm seas," said Pavel Koren, a rear admiral.'
    )
    assert ("claim", None, "the talks would fail") in found(text)
