"""A name spelt with a combining mark is still the speaker's name (invented sentence)."""

from tests.attribution.found import found


def test_a_name_with_a_combining_mark_names_the_speaker():
    text = "Rau\u0301l Sa\u0301nchez, a former envoy to Peru, said the border talks must resume."
    assert found(text) == [
        ("claim", "Rau\u0301l Sa\u0301nchez", "the border talks must resume"),
    ]
