"""A speaker's own worry in the words they say is a concern (invented sentences;
evals/README "Concerns" and "Cases decided while labelling news-train")."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_something_that_worries_the_speaker_is_a_concern():
    text = (
        'Mayor Ann Cole spoke on Tuesday. "That version of the plan worries me greatly," Cole said.'
    )
    assert _kinds(text) == ["concern"]


def test_everyone_ought_to_be_worried_is_the_speakers_concern():
    text = "Senator Tom Brandt said everyone in the state ought to be worried about the dam."
    assert found(text)[0] == (
        "concern",
        "Tom Brandt",
        "everyone in the state ought to be worried about the dam",
    )


def test_living_in_fear_is_a_concern():
    text = '"We had lived in fear for so long that the river would flood," said farmer Paul Kim.'
    assert _kinds(text) == ["concern"]


def test_calling_a_state_of_affairs_alarming_is_a_concern():
    text = 'Judge Mary Stone called it "troubling" that the county has no plan for the floods.'
    assert _kinds(text) == ["concern"]


def test_a_worry_of_ones_own_negated_is_a_denial_one_in_a_condition_a_claim():
    text = (  # the guide (2026-12-06): "'It doesn't scare me,' she said of the race"
        '"The storm does not worry me," Mayor Ann Cole said. '
        '"If the dam ever worries me, I will close it," Dr. Paul Kim said. '
        '"It doesn\'t make me nervous," Senator Tom Berg said of the race. '
        '"I\'m not worried that the levee will fail," Judge Mary Stone said.'
    )
    assert _kinds(text) == ["denial", "claim", "denial", "denial"]


def test_someone_elses_worry_negated_stays_a_claim():
    text = '"They are not worried about the rules at all," Mayor Ann Cole said.'
    assert _kinds(text) == ["claim"]


def test_disturbed_by_counts_as_worried():
    text = (
        "Rabbi Lori Kahn said she has been deeply disturbed by the senator condoning and "
        "apparently encouraging attacks on reporters."
    )
    assert found(text) == [
        (
            "concern",
            "Rabbi Lori Kahn",
            "deeply disturbed by the senator condoning and apparently encouraging attacks on "
            "reporters",
        )
    ]


def test_calling_what_someone_made_dangerous_is_a_concern():
    text = (
        '"They have created a much more dangerous situation," organizer Tim Berg said. '
        '"We must separate people who have made dangerous decisions," Dr. Ann Cole said.'
    )
    assert _kinds(text) == ["concern", "claim"]


def test_calling_something_dangerous_or_terrifying_is_a_concern():
    """The guide (sixth slice): "'This policy is dangerous,' Ruiz said" is a concern; a
    dangerous thing named in passing ("the most dangerous places") is no alarm."""
    text = (
        '"What the governor is saying is dangerous," Mayor Ann Cole said. '
        '"What is terrifying to us is the silence of the council," Dr. Tom Berg said. '
        '"The city has some of the most dangerous roads in the state," Dr. Tom Berg said.'
    )
    assert _kinds(text) == ["concern", "concern", "claim"]


def test_horror_of_ones_own_is_a_concern():
    text = (  # the guide (M, N): "horrified by", "appalled by", "aghast at" are alarm
        '"I\'m aghast that the council has done nothing," Mayor Ann Cole said. '
        '"We are angry and horrified," Senator Tom Berg said of the shooting. '
        '"We are tired and not worried," Dr. Paul Kim said.'
    )
    assert _kinds(text) == ["concern", "concern", "claim"]


def test_a_feeling_supposed_for_someone_else_stays_a_claim():
    text = '"My mother would be so appalled at what is going on," Mayor Ann Cole said.'
    assert found(text) == [
        ("claim", "Ann Cole", "My mother would be so appalled at what is going on")
    ]


def test_a_thing_said_to_be_an_instance_of_something_dangerous_is_a_concern():
    text = (
        'Mayor Ann Cole said the new levy was "another example of his dangerous and '
        'divisive budget-cutting."'
    )
    assert _kinds(text) == ["concern"]
