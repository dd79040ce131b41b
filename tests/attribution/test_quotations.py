"""Where quotations open and close (attribution/quotes.py `quotations`)."""

from briefing.attribution.quotes import quotations


def _quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in quotations(text)]


def test_a_quotation_runs_on_into_a_paragraph_opening_with_a_mark():
    text = "Kim said: \u201cWe lost.\n\n\u201cWe will try again.\u201d She left."
    assert _quoted(text) == ["\u201cWe lost.\n\n\u201cWe will try again.\u201d"]


def test_a_mark_inside_a_later_line_starts_afresh():
    text = "A \u201cscare quote\n\nKim said \u201cWe will try again.\u201d"
    assert _quoted(text) == ["\u201cWe will try again.\u201d"]
