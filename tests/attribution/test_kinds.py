"""The kind of a claim from its words (invented sentences, evals/README "Cases decided
while labelling news-train")."""

from briefing.attribution import Candidate, read


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, referent, content) of each candidate, in reading order."""
    return [(c.kind, _name(c), text[c.content[0] : c.content[1]]) for c in read(text).candidates]


def _name(candidate: Candidate) -> str | None:
    return candidate.referent.text if candidate.referent else None


def test_words_that_warn_are_a_concern():
    text = (
        "Senator Tom Berg said the cuts could lead to longer waits at hospitals. "
        "Mayor Ann Cole said the old dam is in danger of collapse. "
        "Dr. Paul Kim said the cuts will not hurt anyone."
    )
    assert [kind for kind, _, _ in found(text)] == ["concern", "concern", "claim"]
