"""Rules that decide which of a sentence's shapes is the statement (invented sentences)."""

from briefing.attribution import Candidate, read


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
