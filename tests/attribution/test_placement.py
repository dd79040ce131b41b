"""A rule item's quote is placed where its candidate's words are, never at the first
place the same words occur (invented sentences; issue 21)."""

from briefing.attribution import read
from briefing.attribution.parties.parties import parties_of
from briefing.strategies.shared import rule_statements


def test_a_short_quote_is_placed_at_its_candidates_occurrence():
    text = (
        "Port deal\n\nOn Monday the port was sold to a fund. "
        "Senator Ana Ruiz said the port was sold to a fund."
    )
    reading = read(text)
    found = rule_statements(reading, parties_of(reading), {"article": text})
    (claim,) = found.claims
    assert claim.located is not None
    assert claim.located.start == text.rindex("the port was sold")
