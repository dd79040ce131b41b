"""A place told what it should do by another place's speaker is a demand on it, a concern;
by its own speaker a claim (invented sentences; evals/README "Cases decided while
labelling news-train": "Beijing's envoy said Tokyo should stop its patrols")."""

from tests.attribution.found import found


def test_a_place_told_by_another_places_speaker_is_a_demand():
    text = (
        "The head of Brazil's delegation, Admiral Joao Lima, said Argentina should reduce "
        "its patrols in the river. Chilean envoy Ana Ruiz said Peru should stop its drills."
    )
    assert [kind for kind, _, _ in found(text)] == ["concern", "concern"]


def test_a_place_told_by_its_own_or_an_unplaced_speaker_stays_a_claim():
    text = (
        "Brazilian Defense Minister Joao Lima said Brazil should invest more in the river. "
        "Senator Tom Brandt said America should build more roads."
    )
    assert [kind for kind, _, _ in found(text)] == ["claim", "claim"]
