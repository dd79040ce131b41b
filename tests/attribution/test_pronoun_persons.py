"""Names the small model tags as organizations that the article's pronouns show are people."""

from briefing.attribution import read
from briefing.attribution.names.pronoun_persons import pronoun_persons
from briefing.attribution.text.parse import parse


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_a_name_tagged_an_organization_that_her_continues_twice_is_a_woman():
    text = (
        "Carly Oakenfold threw her support behind Tom Berg on Monday. Carly Oakenfold also "
        "gave her time to the campaign. She said the bridge will open in May."
    )
    assert "oakenfold" in pronoun_persons(parse(text))
    assert speakers(text) == ["Carly Oakenfold"]


def test_a_company_that_its_continues_stays_a_company():
    text = (
        "Acme Corp. threw its support behind the mayor on Monday. Acme Corp. also gave its "
        "money to the campaign."
    )
    assert pronoun_persons(parse(text)) == frozenset()


def test_a_pronoun_after_a_person_named_between_is_that_persons():
    text = (
        "Harbor Oil hired Ana Ruiz for her skills on Monday. Harbor Oil later praised her "
        "work in the field."
    )
    assert pronoun_persons(parse(text)) == frozenset()
