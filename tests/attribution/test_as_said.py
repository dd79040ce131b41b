"""Claims framed by an "as" clause (attribution/finders/as_said.py)."""

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


def test_as_a_source_reported_frames_the_clause_it_cites():
    text = (
        "As the Daily Courier reported on Monday, the mayor had hired three of his cousins. "
        "In the old republic, as Ann Lee reported in her memoir, the ministers kept villas. "
        "The plan would cost the city millions, as the Budget Office revealed last week."
    )
    assert found(text) == [
        ("claim", "Daily Courier", "the mayor had hired three of his cousins"),
        ("claim", "Ann Lee", "the ministers kept villas"),
        ("claim", "Budget Office", "The plan would cost the city millions"),
    ]


def test_a_conjunction_before_the_as_clause_leads_into_the_clause():
    text = "But as Senator Maria Olsen noted, those voters will return if the plant reopens."
    assert found(text) == [
        ("claim", "Maria Olsen", "those voters will return if the plant reopens"),
    ]


def test_an_as_clause_on_a_noun_frames_nothing():
    text = "The council, as the Daily Courier has reported, spent more than it raised."
    assert found(text) == []
