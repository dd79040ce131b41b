"""A statement several named parties make together is an item of each (the guide: "Ana
Ruiz and Tom Berg found C" is one claim of each, with the same quote)."""

import pytest
from spacy.tokens import Doc

from briefing.attribution import read
from briefing.attribution.cues.shapes import Found
from briefing.attribution.items.statements import statements_from
from briefing.attribution.speakers.joint_sources import joint_speakers
from briefing.attribution.speakers.resolve import Resolver
from briefing.attribution.text.parse import nlp
from briefing.strategies.shared import rule_parties


def _speakers(text: str) -> tuple[list[str], dict[str, set[str]]]:
    """The parties listed, and for each quote the parties given an item of it."""
    reading = read(text)
    parties = rule_parties(reading)
    items: dict[str, set[str]] = {}
    for field, actor in (("claims", "claimant"), ("denials", "denier"), ("concerns", "holder")):
        for item in statements_from(reading, parties)[field]:
            items.setdefault(item["quote"], set()).add(item[actor])
    return [p.id for p in parties], items


@pytest.mark.parametrize(
    ("text", "quote", "speakers"),
    [
        (  # a group and its members named in apposition: the members, not "the historians"
            "The county's historians, Martin and Helen Corbett, wrote that the old bridge "
            '"was built in haste and repaired in a panic."',
            'the old bridge "was built in haste and repaired in a panic',
            {"martin-corbett", "helen-corbett"},
        ),
        (  # a family name in the plural: each person of that surname
            "Susan Halloran runs the bakery on Main Street. Her husband, Peter Halloran, "
            "drives the van.\n\nThe Hallorans said the new rent would force them to close "
            "by the spring.",
            "the new rent would force them to close by the spring",
            {"susan-halloran", "peter-halloran"},
        ),
        (  # "both": the two named together just before
            "The debate turned into a long argument between Ana Ortega and Tom Wallace over "
            "the budget. Both vowed to cut property taxes before the election.",
            "to cut property taxes",
            {"ana-ortega", "tom-wallace"},
        ),
        (  # "the couple": the two named together just before
            "At the shelter, Omar Haddad, 31, and his wife, Leila Haddad, 29, waited for "
            "news. Having left home in May, the couple worried that the new rules would keep "
            "their children out of school.",
            "the new rules would keep their children out of school",
            {"omar-haddad", "leila-haddad"},
        ),
        (  # a document speaks for each who filed it
            "Maria Lopez and David Brand filed a lawsuit against the city in March.\n\n"
            "The lawsuit contends that the permits were issued without any public hearing.",
            "the permits were issued without any public hearing",
            {"maria-lopez", "david-brand"},
        ),
    ],
)
def test_each_party_named_together_gets_the_item(text: str, quote: str, speakers: set[str]) -> None:
    parties, items = _speakers(text)
    assert items[quote] == speakers
    assert speakers <= set(parties)


def test_a_party_word_is_no_part_of_either_name() -> None:
    text = "Republican Garcia and Democrat Nolan have criticized the paper mill for the closure."
    speakers = {c.referent.text for c in read(text).candidates if c.referent}
    assert speakers == {"Garcia", "Nolan"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Bill and Melinda Gates Foundation said the vaccine program would reach ten "
            "more countries.",
            "Bill and Melinda Gates Foundation",
        ),
        (
            "Procter and Gamble said the plant in Ohio would close next year because demand "
            "had fallen.",
            "Procter and Gamble",
        ),
    ],
)
def test_a_name_holding_and_stays_one_speaker(text: str, name: str) -> None:
    speakers = {c.referent.text for c in read(text).candidates if c.referent}
    assert speakers == {name}


def _referents(text: str) -> set[str]:
    return {c.referent.text for c in read(text).candidates if c.referent}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # a name joined to a name, a group by its side, a body joined to a description
            "Senator Dana Whitfield and the Harbor Party said the tax would be repealed next year.",
            {"Dana Whitfield", "Harbor Party"},
        ),
        (
            "Senior Democrats and some Halvorsen allies said the plan would not survive the "
            "summer.",
            {"Senior Democrats", "some Halvorsen allies"},
        ),
        (
            "Governor Ruiz and other Ruritanian leaders said the border would stay closed "
            "until spring.",
            {"Ruiz", "other Ruritanian leaders"},
        ),
        (
            "Economists and even Ruritania's central bank have contested that view of the "
            "recovery.",
            {"Economists", "Ruritania's central bank"},
        ),
        (  # an apposition set off by dashes
            "The three judges -- Mr. Halvorsen, Ms. Quill and Mr. Barrow -- agreed that the "
            "ruling should stand for another year.",
            {"Halvorsen", "Quill", "Barrow"},
        ),
        (  # the names a plural noun lists
            "The cities of Dunmore and Kestrel Bay said they would close their parks on Sunday.",
            {"Dunmore", "Kestrel Bay"},
        ),
        (  # the parse reads the apposition as a modifier
            "The talks ended. Iranian state news outlets IRNA and Fars reported that the two "
            "countries signed a memorandum of understanding on defense and security.",
            {"IRNA", "Fars"},
        ),
        (  # a comma list the parse reads as an apposition and a conjunct
            "Jim Barrow, Ann Kessel and Tom Reilly wrote that the screening interviews should "
            "not be used.",
            {"Jim Barrow", "Ann Kessel", "Tom Reilly"},
        ),
        (  # a list with each party and state in brackets
            "Sens. Jim Barrow (D-Ohio), Ann Kessel (D-Utah), Tom Reilly (D-Iowa), and Sue Park "
            "(D-Maine) said the bill would fail in the spring.",
            {"Jim Barrow", "Ann Kessel", "Tom Reilly", "Sue Park"},
        ),
        (  # a title's first word is no party of its own ("House")
            "Tom Reilly and House Speaker Ann Kessel said the deal would fail before the summer.",
            {"Tom Reilly", "Ann Kessel"},
        ),
        (  # the parse hangs the first name on the second one's title
            "Mayor Ana Ruiz and Senate Leader Tom Berg pledged to work together despite their "
            "differences after a meeting Thursday.",
            {"Ana Ruiz", "Tom Berg"},
        ),
        (  # a business by its kind, named by the name before it
            "The Daily Ledger and the Harwick newspaper chain said the court records should be "
            "made public.",
            {"Daily Ledger", "Harwick"},
        ),
    ],
)
def test_each_name_joined_to_a_source_speaks(text: str, speakers: set[str]) -> None:
    assert _referents(text) == speakers


def test_a_group_its_pronoun_gives_the_name_before_speaks_too() -> None:
    text = "Councillor Ana Ruiz and her aides said the new bridge would open before the summer."
    assert _referents(text) == {"Councillor Ana Ruiz", "Ruiz's aides"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (  # aides of no one are no one named
            "Councillor Ana Ruiz and aides said the new bridge would open before the summer.",
            {"Councillor Ana Ruiz"},
        ),
        (  # senators of two countries are neither country
            "The senators of Ruritania and Valdonia said the border would stay closed until "
            "spring.",
            set(),
        ),
        (  # a person's apposition describes: no list without "and" joining a name
            "Jim Barrow, Ann Kessel's lawyer, said the screening interviews should not be used.",
            {"Jim Barrow"},
        ),
        (  # a chain that is no business
            "Tom Ruiz and the supply chain said the records should be made public.",
            {"Tom Ruiz"},
        ),
        (  # a supporter of Halvorsen is not Halvorsen
            '"Do these people read newspapers?" said Tom Keller, a Harbor City delegate and '
            "Halvorsen supporter who has accused the mayor's allies of lying.",
            {"Tom Keller", "Harbor City delegate"},
        ),
        (  # a country named in a person's title is not a second speaker
            "The airline and Ruritania's minister of transport, Pascale Boistard, confirmed "
            "that the pilot was on board the flight.",
            {"Pascale Boistard"},
        ),
    ],
)
def test_a_word_joined_to_a_source_that_names_no_one_is_no_speaker(
    text: str, speakers: set[str]
) -> None:
    assert _referents(text) == speakers


def test_only_a_given_name_before_and_shares_the_last_surname() -> None:
    text = (
        "Four casinos -- Ballard's, Corvino, Harlan's and Trump Taj Mahal -- reported that "
        "their revenues fell sharply last year."
    )
    speakers = _referents(text)
    assert "Trump Taj Mahal" in speakers
    assert not any(s.endswith("Mahal") and s != "Trump Taj Mahal" for s in speakers)


def test_a_name_the_tagger_takes_for_a_noun_still_speaks() -> None:
    """ "Filmmaker and author Dana D'Arcy said": the parse (built here, as the tagger reads
    such names in context) joins the name, tagged a noun, to "Filmmaker"."""
    words = ["Filmmaker", "and", "author", "Dana", "D’Arcy", "said", "the", "bridge", "would"]
    words += ["close", "."]
    pos = ["PROPN", "CCONJ", "NOUN", "PROPN", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB"]
    tags = ["NNP", "CC", "NN", "NNP", "NN", "VBD", "DT", "NN", "MD", "VB", "."]
    deps = ["nsubj", "cc", "compound", "compound", "conj", "ROOT", "det", "nsubj", "aux"]
    heads = [5, 0, 4, 4, 0, 5, 7, 9, 9, 5, 5]
    doc = Doc(
        nlp().vocab,
        words=words,
        pos=[*pos, "PUNCT"],
        tags=tags,
        deps=[*deps, "ccomp", "punct"],
        heads=heads,
        lemmas=[w.lower() for w in words],
    )
    said, end = doc[5], doc[9].idx + len(doc[9])
    found = Found(
        cue=(said.idx, said.idx + len(said)),
        kind="claim",
        head=doc[0],
        source=(0, said.idx - 1),
        content=(doc[6].idx, end),
        shape="verb-ccomp",
        token=said,
    )
    joint = joint_speakers(found, Resolver(doc))
    assert [m.text for m in joint.others] == ["Dana D’Arcy"]
