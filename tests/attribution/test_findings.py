"""What a named pollster's or author's poll, study or report finds
(attribution/finders/findings.py)."""

from briefing.attribution import read
from tests.attribution.found import found


def _findings(text: str) -> list[tuple[str | None, str]]:
    return [
        (c.referent.text if c.referent else None, text[c.content[0] : c.content[1]])
        for c in read(text).candidates
        if c.shape == "finding"
    ]


def test_a_named_poll_shows_its_finding_with_what_carries_it_on():
    text = (
        "The race for governor tightened this week. A Harbor Institute poll released on "
        "Tuesday showed Ana Ruiz with a narrow lead over Tom Berg among likely voters."
    )
    lead = "Ana Ruiz with a narrow lead over Tom Berg among likely voters"
    assert found(text) == [("claim", "Harbor Institute", lead)]


def test_a_study_by_a_named_body_finds_a_clause():
    text = (
        "Rents rose again this spring. A study by the Coastal Housing Council found that "
        "rents in the city had doubled since 2010."
    )
    assert _findings(text) == [
        ("Coastal Housing Council", "rents in the city had doubled since 2010"),
    ]


def test_the_writer_s_tail_after_a_finding_is_left_out():
    text = (
        "A Harbor Institute survey shows most renters expect to move within a year, "
        "reflecting deep worry about prices across the region."
    )
    assert _findings(text) == [("Harbor Institute", "most renters expect to move within a year")]


def test_a_poll_of_a_place_or_a_poll_pointed_to_names_no_author():
    text = (
        "A new Oregon poll showed Ana Ruiz with a narrow lead over Tom Berg. "
        "Tom Berg pointed to a Harbor Institute poll that shows him gaining ground in the north."
    )
    assert _findings(text) == []


def test_a_sentence_opened_by_in_a_named_poll_tells_its_finding():
    text = (
        "The race tightened. In a Harbor Institute poll released on Monday, 52 percent of "
        "voters chose Ana Ruiz. But in a Lakeside University survey last week, Tom Berg led "
        "by four points. In a statement, Ruiz thanked voters."
    )
    assert _findings(text) == [
        ("Harbor Institute", "52 percent of voters chose Ana Ruiz"),
        ("Lakeside University", "Tom Berg led by four points"),
    ]
