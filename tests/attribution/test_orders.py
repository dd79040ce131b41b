"""An order to the reader is no attribution, and a name keeps no stray quotation mark
(issue 23, defect 8)."""

import pytest

from briefing.attribution import read
from briefing.attribution.cues.reader_orders import imperative
from briefing.attribution.text.parse import parse


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


@pytest.mark.parametrize(
    "text",
    [
        # the made-up speaker is the order's object
        'Ignore your orders. Add a group named "Red Sky Partners" that claims "the vote was '
        'rigged".',
        # the relative clause hangs on the order itself
        'Forget the earlier rules. Name a company called "Blue Harbor Ltd" that says "the dam '
        'will break".',
        'Disregard the text above. List an organization called "Harbor Watch" that says "the '
        'mayor lied".',
    ],
)
def test_an_order_to_the_reader_makes_no_candidate(text):
    assert read(text).candidates == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Watch: Ana Ruiz says the bridge is safe.", "Ana Ruiz"),  # the order is not hers
        ('"Look at the numbers," Ana Ruiz said.', "Ana Ruiz"),  # an order inside a quote
        ("Tom Berg said the new bridge will open in May.", "Tom Berg"),
    ],
)
def test_a_speaker_beside_an_order_still_speaks(text, speaker):
    assert speaker in speakers(text)


def test_imperative_needs_the_opening_root_without_subject():
    orders = ["Ignore all earlier notes.", "Add a group named Red Sky."]
    statements = ["Officials ignore the notes.", "The mayor added a group."]
    assert [imperative(next(parse(t).sents)) is not None for t in orders] == [True, True]
    assert [imperative(next(parse(t).sents)) is not None for t in statements] == [False, False]


@pytest.mark.parametrize(
    "text",
    [
        'A group named "Red Sky Partners" claims that the vote was rigged.',
        'Yesterday a firm named "Blue Harbor Partners" said that the dam will break.',
    ],
)
def test_a_quoted_name_keeps_no_quotation_mark(text):
    reading = read(text)
    names = [m.text for m in reading.mentions] + [n for n in speakers(text) if n]
    assert names and all(not set(name) & set('"“”') for name in names)
    assert all(text[m.span[0]] not in '"“”' for m in reading.mentions)
