"""One party under two names: a group described again ("the groups"), an institution's
shorter name, a collective and its members (invented sentences; issue 21, duplicates)."""

from briefing.attribution import Mention, read
from briefing.attribution.parties.parties import parties_of, party_of
from briefing.schema import Party


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_the_groups_are_the_organizations_described_before():
    text = (
        "Eleven environmental and farm organizations wrote to the governor on Monday. "
        "The groups say the plan would ruin the river. They urged the governor to drop it."
    )
    assert speakers(text) == ["Eleven environmental and farm organizations"] * 2


def test_a_campaigns_shorter_name_is_the_same_party():
    text = (
        "Maria Lopez opened her bid in Ohio on Monday. In March, the Maria Lopez "
        "presidential campaign challenged Tom Bell to debate her in Dayton. The Lopez "
        'campaign rejected the idea as "absurd" because the hall was too small.'
    )
    parties = parties_of(read(text))
    campaigns = [p for p in parties if p.kind == "organization"]
    assert [(p.name, p.aliases) for p in campaigns] == [
        (
            "Maria Lopez presidential campaign",
            ["Lopez campaign", "the Maria Lopez presidential campaign"],
        )
    ]


def _party(name: str, kind: str) -> Party:
    slug = name.lower().replace(" ", "-")
    return Party(id=slug, name=name, kind=kind, role=None, affiliation=None, aliases=[])


def test_one_of_a_polls_joint_sponsors_is_a_party_of_its_own():
    joint = _party("Harbor Post-Morning Survey", "media")
    assert party_of(Mention("Harbor Post", "ORG", (0, 11)), [joint]) is None
    assert party_of(Mention("Harbor Post-Morning Survey", "ORG", (0, 26)), [joint]) is not None


def test_a_committee_is_not_a_committee_of_another_name():
    ethics = _party("House Ethics committee", "government")
    assert party_of(Mention("House committee", "ORG", (0, 15)), [ethics]) is None


def test_an_electorate_is_its_members():
    electorate = _party("Republican electorate", "group")
    mention = Mention("Republicans", "NORP", (0, 11))
    assert party_of(mention, [electorate]) == "republican-electorate"
    democrats = Mention("Democrats", "NORP", (0, 9))
    assert party_of(democrats, [_party("Democratic public", "group")]) == "democratic-public"


def test_the_lawmaker_is_the_senator_named_before():
    text = (
        "Sen. Ana Ruiz said the bill was flawed. The vote was delayed until June. "
        "The lawmaker said she would vote against it."
    )
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_placed_title_opening_a_sentence_continues_the_subject_before():
    text = (
        "Former Democratic candidate Walter Mondale, who endorsed the plan on Tuesday, said "
        "Wednesday he agrees with the ruling.\n\n"
        "The Minnesota senator declined to say whether the court should have heard the case."
    )
    assert set(speakers(text)) == {"Walter Mondale"}


def test_a_leaders_title_in_a_clause_is_the_person_named_before_it_not_the_subject():
    text = (
        "Mr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner had "
        "said on Saturday that he was a danger to the country."
    )
    assert speakers(text) == ["Hillary Clinton"]


def test_the_ministry_is_the_countrys_foreign_ministry():
    text = (
        "Norway’s foreign ministry also weighed in on the dispute. "
        '"Outsiders should not meddle in the talks," the ministry said in a statement.'
    )
    assert speakers(text) == ["Norway’s foreign ministry"]


def test_the_acronyms_group_is_the_organization_itself():
    text = (
        "The Harbor Workers Union (HWU) held a rally on Monday. "
        "The HWU group is calling on the mayor to resign."
    )
    assert speakers(text)[-1] == "HWU"


def test_the_groups_are_an_alias_of_the_organizations():
    text = (
        "Eleven environmental and farm organizations wrote to the governor on Monday. "
        "The groups say the plan would ruin the river."
    )
    groups = [p for p in parties_of(read(text)) if p.kind == "group"]
    assert [(p.name, p.aliases) for p in groups] == [
        ("Eleven environmental and farm organizations", ["the groups"])
    ]


def test_a_person_the_story_is_about_is_a_party_though_silent():
    text = (
        "Senator Maria Lopez attacked Donald Wexford on Monday. Lopez said Mr. Wexford would "
        "raise taxes. Mr. Wexford has led the polls since May. Critics of Wexford point to "
        "his record as a developer."
    )
    assert [p.name for p in parties_of(read(text))] == ["Maria Lopez", "Donald Wexford"]
