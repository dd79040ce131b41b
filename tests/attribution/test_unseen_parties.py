"""Party shapes found on news-train articles the rules were never tuned on (issue 21,
parties6; invented sentences)."""

from briefing.attribution import read
from briefing.attribution.parties.parties import is_actor_name, parties_of


def _parties(text: str) -> dict[str, str]:
    return {p.name: p.kind for p in parties_of(read(text))}


def test_a_body_the_parse_names_with_the_is_no_surname_of_a_pair():
    text = (
        "The AFL-CIO voted Friday to back the plan. Its board met in Ohio. "
        "The AFL-CIO said the vote was close. Union President Ana Ruiz said she was pleased."
    )
    assert _parties(text).get("AFL-CIO") == "organization"


def test_a_lower_case_title_after_a_body_describes_an_unnamed_person():
    text = (
        "The harbor agency detained 40 people over the weekend, according to an HPA "
        "spokeswoman. Mayor Tom Berg said the raids were wrong."
    )
    assert "HPA spokeswoman" in _parties(text)


def test_a_place_before_a_description_is_no_office_the_person_named_most():
    text = (
        "Tom Berg toured the harbor plant on Monday. Workers cheered Tom Berg. Reporters "
        'followed Berg all day. "The plant stays open," said the Ohio businessman, '
        "who flew home at night."
    )
    parties = _parties(text)
    assert "Tom Berg" in parties
    assert not any("businessman" in name for name in parties)


def _left_out(text: str) -> list[str]:
    """The parties when the keep decision leaves every named source's candidate out."""
    return [p.name for p in parties_of(read(text, decide=lambda *_: False))]


def test_a_person_named_in_full_as_a_left_out_source_acts_in_the_story():
    text = (
        "Governor Marla Quint is expected to announce a new water plan on Friday. "
        "Aides to Quint were busy at the capitol."
    )
    assert "Marla Quint" in _left_out(text)


def test_a_place_or_a_one_word_name_as_a_left_out_source_is_no_party():
    text = (
        "Ohio opens its polls on Tuesday. Quint will travel there. "
        "Voters in Ohio were busy at the capitol."
    )
    names = _left_out(text)
    assert "Ohio" not in names
    assert "Quint" not in names


def test_capitals_the_article_writes_as_a_common_noun_name_no_person():
    text = (
        "Joint Staff prepared the forces, the memo said. The staff worked all night. "
        'Mayor Tom Berg said, "We are ready."'
    )
    reading = read(text)
    assert not is_actor_name("Joint Staff", "person", reading.doc)
    assert is_actor_name("Tom Berg", "person", reading.doc)
