"""Where quotations open and close (attribution/cues/quotes.py `quotations`)."""

from briefing.attribution.cues.quotes import whole_quoted
from briefing.attribution.text.quotation_marks import quotations, running_on


def _quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quotations(text)]


def test_a_quotation_runs_on_into_a_paragraph_opening_with_a_mark():
    text = "Kim said: \u201cWe lost.\n\n\u201cWe will try again.\u201d She left."
    assert _quoted(text) == ["\u201cWe lost.\n\n\u201cWe will try again.\u201d"]


def test_a_mark_inside_a_later_line_starts_afresh():
    text = "A \u201cscare quote\n\nKim said \u201cWe will try again.\u201d"
    assert _quoted(text) == ["\u201cWe will try again.\u201d"]


def test_a_content_cut_after_its_conjunction_takes_the_rest_of_the_quotation():
    text = "\u201cThis might, and should, end the toll war,\u201d Ruiz wrote."
    cue = (text.index("wrote"), text.index("wrote") + 5)
    cut = (1, text.index(" should"))  # "This might, and" as the parser reads it
    start, end = whole_quoted(text, cut, cue, quotations(text))
    assert text[start:end] == "This might, and should, end the toll war"


def test_a_whole_clause_in_a_quotation_is_kept():
    text = "\u201cThe toll war is over, and we won,\u201d Ruiz wrote."
    cue = (text.index("wrote"), text.index("wrote") + 5)
    clause = (text.index("we"), text.index(" won") + 4)
    assert whole_quoted(text, clause, cue, quotations(text)) == clause


def test_a_straight_quotation_left_open_before_a_quoted_paragraph_runs_on():
    text = '"A," she said. "B and C.\n\n"D," she said. "E" is closed.\n\nNo mark here.'
    assert [text[a:b] for a, b in running_on(text)] == ['"B and C.']


def test_a_quotation_in_doubled_apostrophes_left_open_runs_on() -> None:
    text = "''A,'' she said. ''B and C.\n\n''D,'' she said. ''E'' is closed.\n\nNo mark here."
    assert [text[a:b] for a, b in running_on(text)] == ["''B and C."]
