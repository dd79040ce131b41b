"""A poll speaks for its pollster: the one it is named after, else the maker of the poll
named nearest (invented sentences; issue 21)."""

from briefing.attribution import read
from briefing.attribution.candidates import Mention
from briefing.attribution.parties.parties import parties_of
from briefing.attribution.speakers.polls import named_after, pollster
from briefing.attribution.text.parse import parse


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


def speakers(text: str) -> list[str | None]:
    return [c.referent.text if c.referent else None for c in read(text).candidates]


def test_the_poll_is_the_pollster_of_the_poll_named_before():
    text = (
        "A Harbor Research poll of 900 voters was released on Tuesday. "
        "The poll shows that Ana Ruiz leads Tom Berg by six points."
    )
    assert speakers(text)[-1] == "Harbor Research"


def test_a_new_poll_in_the_lead_is_the_pollster_named_in_the_next_sentence():
    text = (
        "Ana Ruiz leads the race in Ohio, according to a new poll.\n\n"
        "The survey, conducted by Harbor Research, finds Ruiz with a six-point lead."
    )
    assert speakers(text)[0] == "Harbor Research"


def test_a_poll_with_no_pollster_named_near_it_speaks_for_no_one():
    text = (
        "The poll shows that Ana Ruiz leads Tom Berg by six points. Ruiz spoke in Dover. "
        "Berg spoke in Akron. Both spoke on Monday. Harbor Research surveyed 900 voters."
    )
    assert speakers(text)[0] is None


def test_data_and_records_speak_for_whoever_they_are_named_after():
    text = (
        "Ana Ruiz raised $4 million last year. Harbor Watch records show that most of her "
        "donors live in Ohio. Harbor Watch data show that most of her donors live in Ohio."
    )
    assert speakers(text) == ["Harbor Watch", "Harbor Watch"]


def test_a_pollster_is_known_by_its_polls_name_too():
    text = "A Harbor Research poll last week found that 63 percent of voters back Ana Ruiz."
    parties = parties_of(read(text))
    assert [(p.name, p.aliases) for p in parties] == [("Harbor Research", ["Harbor Research poll"])]


def test_records_of_a_kind_are_named_after_no_one():
    doc = parse("U.S. lobbying records show that Ana Ruiz met the envoy. Harbor data show it.")
    records = next(t for t in doc if t.lower_ == "records")
    data = next(t for t in doc if t.lower_ == "data")
    assert named_after(records) is None
    author = named_after(data)
    assert author is not None and author.text == "Harbor"
