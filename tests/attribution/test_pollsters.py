"""A poll speaks for the pollster it is named after."""

from briefing.attribution import read
from briefing.attribution.candidates import Mention
from briefing.attribution.documents import pollster
from briefing.attribution.parse import parse


def test_a_poll_named_after_a_place_speaks_for_the_pollster():
    text = (
        "Ana Ruiz leads the race in Ohio. The Dover poll also suggests that Ruiz is seen more "
        "favorably than Tom Berg."
    )
    speakers = [c.referent.text if c.referent else None for c in read(text).candidates]
    assert speakers == ["Dover"]


def test_a_poll_speaks_for_the_last_name_before_it_and_no_other_noun_does():
    text = "A new ABC/YRC poll shows Ruiz ahead."
    doc = parse(text)
    head = next(t for t in doc if t.lower_ == "poll")
    inside = [Mention("ABC", "ORG", (6, 9)), Mention("YRC", "GPE", (10, 13))]
    assert pollster(head, inside) == Mention("YRC", "ORG", (10, 13))
    assert pollster(doc[0], inside) is None  # "A": no poll
