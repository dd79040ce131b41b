"""Claims a saying verb leads into (attribution/finders/lead_ins.py)."""

from tests.attribution.found import found


def test_a_named_speaker_telling_someone_a_quotation_is_kept():
    text = (
        "Mayor Tom Reyes was also critical of the plan on Monday, telling the Daily Star: "
        "\u201cThe council\u2019s choice is typical of its habits.\u201d"
    )
    assert found(text) == [
        ("claim", "Tom Reyes", "The council\u2019s choice is typical of its habits")
    ]


def test_a_quotation_opening_on_a_word_is_kept_whole():
    text = (
        "Asked about the delay, Senator Maria Olsen told reporters, "
        "\u201cSure. I get that. Everybody pays attention to our roads.\u201d"
    )
    assert found(text) == [
        ("claim", "Maria Olsen", "Sure. I get that. Everybody pays attention to our roads")
    ]


def test_a_pronoun_leading_in_is_left_to_keep():
    text = "He told the Daily Star: \u201cThe council\u2019s choice is typical of its habits.\u201d"
    assert all(who is None for _, who, _ in found(text))


def test_a_question_told_to_someone_is_the_quotation_before():
    text = (
        "\u201cWe may not get along very well, who knows?\u201d Mayor Tom Reyes told the "
        "city\u2019s radio station."
    )
    assert found(text) == [("claim", "Tom Reyes", "We may not get along very well, who knows?")]


def test_a_quotation_running_on_into_the_next_paragraph_is_led_in():
    text = (
        "Council row goes on\n\n"
        "Senator Tom Reyes was also critical of the plan, telling the Daily Star: "
        "\u201cThe council\u2019s choice is typical of its habits, which began with the bridge.\n\n"
        "\u201cRather than blaming the state, the council should fix the roads.\u201d"
    )
    assert (
        "claim",
        "Tom Reyes",
        "The council\u2019s choice is typical of its habits, which began with the bridge",
    ) in found(text)


def test_a_quotations_own_verb_does_not_take_over_the_lead_in():
    text = (
        "Roads row\n\n"
        "Mayor Ana Ruiz didn\u2019t seem particularly impressed with Cole\u2019s plan Tuesday, "
        "telling reporters, \u201cA lot of people said the council should step down.\u201d"
    )
    said = [who for _, who, content in found(text) if content.startswith("A lot of people")]
    assert said and said[0] is not None and said[0].endswith("Ana Ruiz")
