"""What a speaker foretells of another's win is a concern (invented sentences; evals/README
"Cases decided while labelling news-train": a prediction the speaker presents as harm (I),
a conditional verdict (V)); one's own win, an unnamed one, a verdict
or another's plan stays a claim."""

from tests.attribution.found import found


def _kinds(text: str) -> list[str]:
    return [kind for kind, _, _ in found(text)]


def test_what_follows_a_rivals_win_is_a_concern():
    text = (
        'Pastor Tom Brandt said, "Ann Cole will close every chapel if she is elected." '
        'Mayor Paul Kim said, "If Ann Cole becomes governor, I will be thrown out."'
    )
    assert _kinds(text) == ["concern", "concern"]


def test_ones_own_win_or_a_favourable_verdict_stays_a_claim():
    text = (
        'Mayor Paul Kim said, "If I am elected, I will build a new bridge." '
        'Senator Tom Brandt said, "If elected, he would be a friend to every farmer." '
        'Governor Ann Cole said, "It would be a good presidency if he were elected." '
        "Aides said Mr. Kim would leave the board if Mrs. Cole won."
    )
    assert _kinds(text) == ["claim", "claim", "claim", "claim"]


def test_a_question_foretelling_ones_own_defeat_is_a_concern():
    text = (
        '"You think we win with that kind of slogan?" Senator Tom Brandt said. '
        '"You think they will win the county?" Mayor Ann Cole asked.'
    )
    assert _kinds(text) == ["concern", "claim"]
