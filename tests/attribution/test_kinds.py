"""The kind of an attribution from its whole shape, not only its cue word (invented
sentences, evals/README "Cases decided while labelling news-train")."""

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


def test_a_call_or_demand_on_an_addressee_is_a_concern():
    text = (
        "Senator Alice Moreno called on the governor to close the plant. "
        "Mayor Tom Brandt urged the council to cut the budget. "
        "Rep. Ann Cole asked the agency to repair the road."
    )
    assert found(text) == [
        ("concern", "Alice Moreno", "called on the governor to close the plant"),
        ("concern", "Tom Brandt", "urged the council to cut the budget"),
        ("concern", "Ann Cole", "asked the agency to repair the road"),
    ]


def test_a_call_for_a_remedy_and_a_threat_are_concerns():
    text = (
        "Union leader Rita Vasquez called for an independent inquiry into the fire. "
        "Governor Ben Lee threatened to cut off aid unless the city pays."
    )
    assert found(text) == [
        ("concern", "Rita Vasquez", "called for an independent inquiry into the fire"),
        ("concern", "Ben Lee", "to cut off aid unless the city pays"),
    ]


def test_a_naming_or_a_question_stays_a_claim():
    text = "The mayor called him a liar, Senator Ruth Dale said. Dr. Paul Kim asked about the cost."
    assert [kind for kind, _, _ in found(text)] == ["claim"]
