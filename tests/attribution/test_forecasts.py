"""A prediction that something bad will follow is a concern (invented sentences;
evals/README "Cases decided while labelling news-train": "A prediction that something
bad will follow ... is a concern; a neutral or favourable prediction ... is a claim")."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_a_conditional_forecast_of_a_loss_is_a_concern():
    text = "Senator Tom Brandt said that if the mayor wins, we will see our parks taken away."
    assert _kinds(text) == ["concern"]


def test_a_forecast_bad_outcome_named_by_its_noun_is_a_concern():
    text = (
        "Governor Ann Cole said the new law would impose a dictatorship on the county. "
        "Dr. Paul Kim said the cuts will only fuel more hate crimes."
    )
    assert _kinds(text) == ["concern", "concern"]


def test_a_forecast_that_people_become_violent_is_a_concern():
    text = 'Mayor Ann Cole said, "Some of the crowd will just become virulent."'
    assert _kinds(text) == ["concern"]


def test_fighting_or_lessening_a_bad_outcome_stays_a_claim():
    text = (
        "Senator Tom Brandt said the plan will defeat terrorism. "
        "Governor Ann Cole said crime will fall next year."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_a_bad_word_in_a_condition_or_deep_in_a_phrase_stays_a_claim():
    text = (
        "Senator Tom Brandt said that if war breaks out, his party will win. "
        "Governor Ann Cole said her book would take a look at the disaster in the valley."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_a_bad_outcome_named_as_what_someone_is_stays_a_claim():
    text = "Senator Tom Brandt said the mayor would be a disaster."
    assert _kinds(text) == ["claim"]


def test_a_forecast_of_alienation_or_of_worse_is_a_concern():
    text = (
        'Mayor Ann Cole said, "Such a vote could alienate our neighbours." '
        'Dr. Paul Kim said, "The flooding is only going to get worse."'
    )
    assert _kinds(text) == ["concern", "concern"]


def test_making_things_worse_or_less_safe_is_a_concern():
    text = (
        'Senator Tom Brandt said the bill would make "a bad drought even worse." '
        "Governor Ann Cole said the treaty will make our towns less safe."
    )
    assert _kinds(text) == ["concern", "concern"]


def test_making_things_safer_or_not_worse_stays_a_claim():
    text = (
        "Senator Tom Brandt said the bill would make our towns more safe. "
        "Governor Ann Cole said the treaty will not make the drought worse."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_no_worse_stays_a_claim():
    text = "Senator Tom Brandt said the traffic will not get worse."
    assert _kinds(text) == ["claim"]


def test_predicting_xenophobia_or_a_backlash_is_a_warning():
    text = (
        '"Combined, these storms will increase xenophobic sentiment across the region," '
        'analyst Tom Berg said. "The ruling will cause a backlash," Dr. Ann Cole said.'
    )
    assert [kind for kind, _, _ in found(text)] == ["concern", "concern"]


def test_the_outcome_of_a_condition_is_predicted():
    text = (
        "Mayor Ann Cole said that if the dam fails, the valley is lost. "
        "Senator Tom Brandt said that if they meet, they are going to have a problem."
    )
    assert _kinds(text) == ["concern", "concern"]


def test_a_good_outcome_of_a_condition_stays_a_claim():
    text = '"If the dam holds, the problem is solved," Mayor Ann Cole said.'
    assert _kinds(text) == ["claim"]


def test_a_forecast_said_in_a_clause_on_a_noun_is_no_forecast_of_the_content():
    text = (
        "Senator Tom Brandt said that he will file his own bill after he opposed a plan "
        "that Governor Ann Cole said would make the drought worse."
    )
    assert [kind for kind, name, _ in found(text) if name == "Tom Brandt"] == ["claim"]


def test_a_loss_foretold_by_no_longer_or_not_anymore_is_a_concern():
    text = (
        'Senator Tom Brandt said, "If we sell the port, the town no longer stands for '
        'anything." Governor Ann Cole said, "If we do not act now, we are not going to '
        'have a valley anymore."'
    )
    assert _kinds(text) == ["concern", "concern"]


def test_no_longer_having_to_or_being_in_force_stays_a_claim():
    text = (
        "Senator Tom Brandt said that if the bill passes, farmers will no longer have to "
        "pay the fee. Governor Ann Cole said the old rule will no longer be in force."
    )
    assert _kinds(text) == ["claim", "claim"]


def test_what_someone_means_bad_is_a_concern_what_one_means_by_a_word_is_not():
    text = (
        'Governor Ann Cole said, "I believe Tom Brandt means war for this valley." '
        'Mayor Paul Kim said, "By chaos we mean a busy market day."'
    )
    assert _kinds(text) == ["concern", "claim"]
