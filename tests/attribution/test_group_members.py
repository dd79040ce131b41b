"""A group named with its members ("a coalition of 30 groups, including ...") is the group,
not a member its list happens to name (invented sentences)."""

from briefing.attribution import read
from briefing.attribution.items.statements import speaker_of
from briefing.attribution.parties.parties import parties_of, party_of
from briefing.schema import Party

TEXT = (
    "A coalition of nearly 30 groups - including the American Congress of Surgeons and "
    "Easter Seals - sent a letter urging Congress to pass the bill. "
    "Congress did not act, Senator Tom Brandt said."
)


def test_a_coalition_listing_its_members_is_the_coalition() -> None:
    reading = read(TEXT)
    names = [p.name for p in parties_of(reading)]
    assert "A coalition of nearly 30 groups" in names


def test_a_word_of_a_members_name_does_not_make_the_group_that_party() -> None:
    congress = Party(
        id="congress", name="Congress", kind="government", role=None, affiliation=None, aliases=[]
    )
    reading = read(TEXT)
    urging = next(c for c in reading.candidates if c.kind == "concern")
    assert urging.referent is not None
    assert party_of(urging.referent, [congress]) is None
    assert speaker_of(urging, [congress, *parties_of(reading)]) != "congress"
