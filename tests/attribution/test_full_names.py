"""The fullest name the article writes is the party's name. Invented sentences only."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from briefing.attribution import read
from briefing.attribution.parties.parties import is_actor_name, parties_of
from briefing.attribution.parties.party_names import full_name
from briefing.attribution.parties.roles import parties_named
from briefing.attribution.text.parse import parse
from briefing.identity import acronym
from briefing.schema import PartyKind
from briefing.strategies.shared import rule_parties

TEXT = (
    "Harbor City Council member Lena J. Marsh said on Monday that the bridge was unsafe. "
    "Marsh added that the cables were old. "
    "Majority Leader Tomas Okafor said the repairs would start soon. "
    "Paul Brandt and Ivana Brandt disagreed. Brandt said the vote was close. "
    "Jane Ruiz, a city engineer, said the cost had doubled. Jane said so twice. "
    "The federal Harbor Safety Commission opened an inquiry, and the H.S.C. said it "
    "would report in June. The Regional Transit Board (RTB) said it had no comment."
)


@pytest.fixture(scope="module")
def doc() -> Doc:
    return parse(TEXT)


@pytest.mark.parametrize(
    ("name", "kind", "full"),
    [
        ("Marsh", "person", "Lena J. Marsh"),  # the surname: the full name written once
        ("Majority Leader Tomas Okafor", "person", "Tomas Okafor"),  # titles aside
        ("Brandt", "person", "Brandt"),  # two Brandts: the surname stays
        ("Jane", "person", "Jane Ruiz"),  # a given name
        ("H.S.C", "government", "Harbor Safety Commission"),  # initials spelled out
        ("federal Harbor Safety Commission", "government", "Harbor Safety Commission"),
        ("RTB", "organization", "Regional Transit Board"),
    ],
)
def test_a_party_is_named_by_the_fullest_name_the_article_writes(
    name: str, kind: PartyKind, full: str, doc: Doc
) -> None:
    assert full_name(name, kind, doc) == full


def test_dotted_initials_are_an_alias() -> None:
    assert acronym("Harbor Safety Commission", TEXT) == "H.S.C."


def test_the_rules_name_a_speaker_fully_and_keep_the_written_form_as_an_alias() -> None:
    parties = {p.name: p for p in parties_of(read(TEXT))}
    assert "Marsh" not in parties
    assert "Marsh" in parties["Lena J. Marsh"].aliases


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Republican", "group"),  # an adjective, no plural
        ("HARBORVILLE", "country"),  # a dateline
        ("Lawmaker", "person"),  # a common word the article writes in lower case
        ("Judge", "person"),  # a title
        ("leaders", "person"),
    ],
)
def test_a_word_that_only_qualifies_or_locates_is_no_actor(name: str, kind: PartyKind) -> None:
    text = "HARBORVILLE — A lawmaker said the Republican plan failed. Lawmaker Ruiz agreed."
    assert not is_actor_name(name, kind, parse(text))


def test_groups_and_people_stay_actors() -> None:
    doc = parse("Republicans said the plan failed. Tom Brown agreed, and NATO said nothing.")
    assert is_actor_name("Republicans", "group", doc)
    assert is_actor_name("Brown", "person", doc)
    assert is_actor_name("NATO", "organization", doc)
    assert is_actor_name("HBN/ORC", "organization", doc)  # a pollster pair, no shouted word
    # a surname that is also a common word, the parse tags a person
    doc = parse("Tom Brown said the fence was brown. Brown said it twice.")
    assert is_actor_name("Brown", "person", doc)


def test_a_groups_name_drops_the_reporters_words_of_feeling(doc: Doc) -> None:
    assert full_name("outraged Democratic lawmakers", "group", doc) == "Democratic lawmakers"
    assert full_name("retired generals", "group", doc) == "retired generals"


def test_the_models_adjectives_are_no_parties(doc: Doc) -> None:
    named = parties_named([("Russian", "group"), ("Lena J. Marsh", "person")], doc)
    assert [p.name for p in named] == ["Lena J. Marsh"]


def test_a_person_is_not_the_group_named_after_them() -> None:
    from briefing.attribution.candidates import Mention
    from briefing.attribution.parties.parties import party_of
    from briefing.schema import Party

    group = Party(
        id="berg-supporters",
        name="Berg supporters",
        kind="group",
        role=None,
        affiliation=None,
        aliases=[],
    )
    assert party_of(Mention("Berg", "PERSON", (0, 4)), [group]) is None


def test_a_title_without_its_name_is_no_party() -> None:
    text = (
        "U.S. District Judge Carla Reyes blocked the law on Friday. "
        "The District Judge said the law was void."
    )
    assert "District Judge" not in {p.name for p in rule_parties(read(text))}


def test_a_name_cut_short_is_no_party() -> None:
    text = (
        "The committee decided to ask the Legal Counsel of the European Parliament to refer the "
        "case to the court."
    )
    assert "Legal Counsel of" not in {p.name for p in rule_parties(read(text))}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Chancellor Anna Berg", "Anna Berg"),
        ("Director Tom Hale", "Tom Hale"),
        ("Sens. Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_title_before_a_persons_name_is_no_part_of_it(written: str, name: str) -> None:
    doc = parse(f"{written} said the plan would fail. The vote was delayed.")
    assert full_name(written, "person", doc) == name


def test_a_common_word_the_parse_tags_a_person_is_no_name() -> None:
    text = "Much of the plan is flawed, Ana Ruiz said. Much depends on the vote."
    doc = parse(text)
    ruiz = text.index("Ana Ruiz")
    much, named = doc.char_span(0, 4, label="PERSON"), doc.char_span(ruiz, ruiz + 8, label="PERSON")
    assert much is not None and named is not None
    doc.ents = [much, named]
    assert not is_actor_name("Much", "person", doc)
    assert is_actor_name("Ruiz", "person", doc)
