"""Quotations whose speaker the parse loses (attribution/cues/quote_speakers.py, quotes.py):
a name with a description set off by commas between the quotation and its verb, and the
first half of a quotation the cue splits in two. Invented sentences."""

from briefing.attribution import read


def _quotes_of(text: str) -> list[tuple[str | None, str]]:
    return [
        (c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text).candidates
    ]


def test_a_name_described_between_quotation_and_verb_is_its_speaker():
    text = (
        "The harbour reopened on Monday.\n\n"
        '"Good managers, but poor leaders," John Smith, a former city treasurer, said of '
        'the council. "They spent too much."'
    )
    found = _quotes_of(text)
    assert ("John Smith", "Good managers, but poor leaders") in found
    assert ("John Smith", "They spent too much") in found  # the next quotation goes on


def test_a_name_opening_the_next_paragraph_is_no_speaker_of_a_quotation():
    text = (
        "The harbour reopened on Monday.\n\n"
        'Tom Berg toured the pier. "Is that all there is?" Berg said. "We need a new pier!"\n\n'
        "Sen. Marco Ruiz, R-Fla., appearing on Fox News right after the tour, said the pier "
        "was fine."
    )
    assert ("Berg", "We need a new pier!") in _quotes_of(text)


def test_the_first_half_of_a_quotation_split_by_its_cue_is_the_speakers():
    text = (
        "The harbour reopened on Monday.\n\n"
        "Tom Berg spoke at the pier on Monday.\n\n"
        '"You have to be able to listen," he said of the mayor, "whether you are a sailor '
        'or you are a banker."'
    )
    assert ("Tom Berg", "You have to be able to listen") in _quotes_of(text)
