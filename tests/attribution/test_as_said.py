"""Claims framed by an "as" clause (attribution/as_said.py)."""

from tests.attribution.found import found


def test_as_someone_put_it_frames_the_quotation_after_it():
    text = 'As Senator Maria Olsen, the leader of the group, put it: "This budget will not pass."'
    assert found(text) == [("claim", "Maria Olsen", "This budget will not pass")]


def test_as_someone_noted_frames_the_clause_before_or_after_it():
    text = (
        "As Senator Maria Olsen noted, the county has not paid its bills since May. "
        "The state will cover the gap this year, as Mayor Tom Reyes wrote."
    )
    assert found(text) == [
        ("claim", "Maria Olsen", "the county has not paid its bills since May"),
        ("claim", "Tom Reyes", "The state will cover the gap this year"),
    ]


def test_as_someone_spoke_or_put_a_thing_frames_nothing():
    text = (
        "As Mayor Tom Reyes spoke, protesters chanted outside the hall. "
        "As Senator Maria Olsen put the papers away, the room went quiet."
    )
    assert found(text) == []
