"""A statement several named parties make together is an item of each (the guide: "Ana
Ruiz and Tom Berg found C" is one claim of each, with the same quote)."""

import pytest

from briefing.attribution import read
from briefing.attribution.statements import statements_from
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
            "was built in haste and repaired in a panic",
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
