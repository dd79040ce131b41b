"""Candidate shapes widened for recall (issue 9), pinned on invented sentences.

Each is checked with every candidate kept (`decide` always true): whether one is
kept in a briefing is the learned model's call, not the shape's.
"""

from briefing.attribution import read
from briefing.attribution.text.quotation_marks import quotations


def proposed(text: str) -> list[tuple[str, str | None, str]]:
    """(shape, referent, content) of every candidate the shapes propose."""
    return [
        (c.shape, c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text, decide=lambda *_: True).candidates
    ]


def test_a_surname_tagged_as_a_noun_is_the_person_named_before():
    text = "Maria Fields spoke at the rally. Fields said she had been pushed aside."
    assert ("verb-ccomp", "Maria Fields", "she had been pushed aside") in proposed(text)


def test_an_object_comes_before_a_fronted_prepositional_phrase():
    text = "On immigration, Senator Ana Ruiz criticized the new border plan."
    assert proposed(text) == [("verb-dobj", "Ana Ruiz", "the new border plan")]


def test_a_cue_noun_as_object_without_a_content_of_its_own_is_the_content():
    text = "Senator Ana Ruiz flatly denied the allegation."
    assert proposed(text) == [("verb-dobj", "Ana Ruiz", "the allegation")]


def test_the_object_of_another_preposition_after_the_verb():
    text = "Senator Ana Ruiz argued for a ban on the new harbor tolls."
    assert proposed(text) == [("verb-pobj", "Ana Ruiz", "a ban on the new harbor tolls")]


def test_a_cue_noun_with_an_of_phrase_gives_its_object():
    text = "Senator Tom Berg offered a strong defense of the harbor plan."
    assert proposed(text) == [("noun-prep", "Tom Berg", "the harbor plan")]


def test_mixed_quotation_marks_close_a_quotation_over_two_sentences():
    text = '"The new bridge is safe. It will open in May,” Senator Tom Berg said.'
    assert ("quote-run", "Tom Berg", "The new bridge is safe") in proposed(text)


def test_quotations_with_mixed_or_doubled_single_marks():
    text = "\"A new bridge,” he said. “It is safe.\" ''It is old,'' she said."
    assert [text[a:b] for a, b in quotations(text)] == [
        '"A new bridge,”',
        '“It is safe."',
        "''It is old,''",
    ]


def test_an_objects_clause_set_off_by_a_comma_is_no_content():
    text = "Senator Ana Ruiz attacked Tom Berg, with whom she clashed at the debate."
    assert ("verb-dobj", "Ana Ruiz", "Tom Berg") in proposed(text)
