"""Rules that decide which of a sentence's shapes is the statement (invented sentences)."""

from briefing.attribution import Candidate, read
from briefing.attribution.parties import parties_of


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, referent, content) of each candidate, in reading order."""
    return [(c.kind, _name(c), text[c.content[0] : c.content[1]]) for c in read(text).candidates]


def _name(candidate: Candidate) -> str | None:
    return candidate.referent.text if candidate.referent else None


def test_a_denials_quotation_goes_on_denying_only_where_it_negates():
    text = (
        'Senator Tom Berg dismissed the complaints, saying, "The bridge is not a danger to '
        'anyone. We are careful builders."'
    )
    assert found(text) == [
        ("denial", "Tom Berg", "The bridge is not a danger to anyone"),
        ("claim", "Tom Berg", "We are careful builders"),
    ]


def test_a_claim_reporting_anothers_concern_is_that_concern():
    text = "Senator Tom Berg said that the Harbor City council is concerned about the bridge."
    reading = read(text)
    assert found(text) == [("concern", "Harbor City council", "the bridge")]
    # he says it: no item of his, but he is a party
    assert [c.referent.text for c in reading.reporters if c.referent] == ["Tom Berg"]


def test_a_reporter_of_a_concern_is_a_party_of_a_no_model_briefing():
    text = "Senator Tom Berg said that the Harbor City council is concerned about the bridge."
    names = [party.name for party in parties_of(read(text))]
    assert "Tom Berg" in names
