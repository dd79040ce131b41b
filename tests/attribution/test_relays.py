"""A reported quotation of someone's words is theirs (invented sentences; evals/README
"Claims": relayed speech keeps the original speaker)."""

from tests.attribution.found import found


def test_a_quotation_an_outlet_reports_is_its_own_speakers():
    text = (
        '"Lee argued that the plan would fail," the Daily Gazette reported on Monday. '
        '"Mayor Tom Brandt emphasized that he did not pick the site to please anyone," '
        "wrote Gazette reporter Ann Cole."
    )
    assert found(text) == [
        ("claim", "Lee", "the plan would fail"),
        ("claim", "Tom Brandt", "he did not pick the site to please anyone"),
    ]


def test_a_quotation_opening_with_i_think_stays_the_speakers():
    text = '"I think the plan will fail," Mayor Tom Brandt wrote in a letter.'
    assert [name for _, name, _ in found(text)] == ["Tom Brandt"]
