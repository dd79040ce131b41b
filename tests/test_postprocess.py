from briefing.attribution import read
from briefing.attribution.parties.parties import speaker_parties
from briefing.postprocess import (
    as_named,
    drop_minor_parties,
    mentioned_parties,
    merge_duplicate_parties,
)
from tests.cue_text import TEXT, party


def test_invented_parties_are_dropped_and_missing_speakers_added():
    parties = [
        party("ana-ruiz", "Ana Ruiz", aliases=["Ruiz"]),
        party("brazil", "Brazil", "country"),
    ]
    kept = mentioned_parties(parties, TEXT)
    assert [p.id for p in kept] == ["ana-ruiz"]
    added = speaker_parties(read(TEXT), kept)
    # The guide's kinds: a state's agency is a government; residents who raise a
    # concern are a group that takes a side, and the Daily Post only relays it.
    assert [(p.id, p.kind) for p in added[1:]] == [
        ("u-s-transport-agency", "government"),
        ("many-residents", "group"),
    ]


def test_a_person_named_only_through_an_institution_becomes_it():
    text = "Kirby said the Biden administration is worried."
    named = as_named(party("biden", "Joe Biden"), text)
    assert (named.id, named.name, named.kind) == (
        "biden-administration",
        "Biden administration",
        "government",
    )
    assert as_named(party("kirby", "John Kirby"), text).name == "John Kirby"


def test_parties_named_once_that_never_speak_are_dropped():
    text = "Iran sells drones to Serbia. Iran said sales grew."
    parties = [party("iran", "Iran", "country"), party("serbia", "Serbia", "country")]
    assert [p.id for p in drop_minor_parties(parties, set(), text)] == ["iran"]
    assert len(drop_minor_parties(parties, {"serbia"}, text)) == 2


def test_one_actor_under_two_names_is_one_party_under_the_fuller_name():
    merged = merge_duplicate_parties(
        [
            party("kremlin", "Kremlin", "government"),
            party("russia", "Russia", "country"),
            party("works-department", "Works Department", "government"),
            party("department-of-works", "Department of Works", "government"),
        ],
        [],
        [],
        [],
    )
    assert [(p.name, p.kind, p.aliases) for p in merged.parties] == [
        ("Russia", "country", ["Kremlin"]),
        ("Department of Works", "government", ["Works Department"]),
    ]
