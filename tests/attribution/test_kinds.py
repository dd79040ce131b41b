"""The kind of an attribution from its whole shape, not only its cue word (invented
sentences, evals/README "Cases decided while labelling news-train")."""

from briefing.attribution import Candidate, read


def found(text: str) -> list[tuple[str, str | None, str]]:
    """(kind, referent, content) of each candidate, in reading order."""
    return [(c.kind, _name(c), text[c.content[0] : c.content[1]]) for c in read(text).candidates]


def _name(candidate: Candidate) -> str | None:
    return candidate.referent.text if candidate.referent else None


def test_a_call_or_demand_on_an_addressee_is_a_concern():
    text = (
        "Senator Alice Moreno called on the governor to close the plant. "
        "Mayor Tom Brandt urged the council to cut the budget. "
        "Rep. Ann Cole asked the agency to repair the road."
    )
    assert found(text) == [
        ("concern", "Alice Moreno", "to close the plant"),
        ("concern", "Tom Brandt", "to cut the budget"),
        ("concern", "Ann Cole", "to repair the road"),
    ]


def test_a_call_for_a_remedy_and_a_threat_are_concerns():
    text = (
        "Union leader Rita Vasquez called for an independent inquiry into the fire. "
        "Governor Ben Lee threatened to cut off aid unless the city pays."
    )
    assert found(text) == [
        ("concern", "Rita Vasquez", "an independent inquiry into the fire"),
        ("concern", "Ben Lee", "to cut off aid unless the city pays"),
    ]


def test_a_naming_or_a_question_stays_a_claim():
    text = "The mayor called him a liar, Senator Ruth Dale said. Dr. Paul Kim asked about the cost."
    assert [kind for kind, _, _ in found(text)] == ["claim"]


def test_a_denial_or_concern_voiced_under_a_speech_verb_is_the_speakers():
    text = (
        "Campaign manager Robert Mook said they were concerned that the mayor may hide "
        "the budget. Its director, Maria Chen, denied reports that the dam was leaking."
    )
    assert [(kind, name) for kind, name, _ in found(text)] == [
        ("concern", "Robert Mook"),
        ("concern", None),
        ("denial", "Maria Chen"),
    ]


def test_mocking_a_concern_is_a_denial():
    text = "Governor Ann Lee laughed, mocking concerns about a rise in the city's water bills."
    assert found(text) == [("denial", "Ann Lee", "a rise in the city's water bills")]


def test_a_rejection_as_y_runs_on_to_y():
    text = 'Senator Tom Berg dismissed the report as "a partisan fantasy" on Monday.'
    assert found(text) == [("denial", "Tom Berg", 'the report as "a partisan fantasy')]


def test_a_negated_worry_is_no_concern():
    text = "Governor Ann Lee wasn't too worried that the old bridge would fall."
    assert [kind for kind, _, _ in found(text)] == ["claim"]
