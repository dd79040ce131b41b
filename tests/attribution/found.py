"""What the attribution layer finds in an invented text, in the form the tests compare."""

from briefing.attribution import Candidate, read


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, referent, content) of each candidate, in reading order."""
    return [(c.kind, name_of(c), text[c.content[0] : c.content[1]]) for c in read(text).candidates]


def name_of(candidate: Candidate) -> str | None:
    """The name the candidate's source stands for, None for an unnamed source."""
    return candidate.referent.text if candidate.referent else None
