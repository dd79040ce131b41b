"""Rules that decide which of a sentence's shapes is the statement (invented sentences)."""

from briefing.attribution import Candidate, read


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, referent, content) of each candidate, in reading order."""
    return [(c.kind, _name(c), text[c.content[0] : c.content[1]]) for c in read(text).candidates]


def _name(candidate: Candidate) -> str | None:
    return candidate.referent.text if candidate.referent else None


def test_dismissed_the_object_saying_why_denies_what_is_said():
    text = "Senator Tom Berg dismissed the complaints, saying they were overblown."
    assert found(text) == [("denial", "Tom Berg", "they were overblown")]
